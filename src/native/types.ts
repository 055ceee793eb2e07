/**
 * Plain types of the native record path, shared by the engine wrapper and the readers.
 * Units: times are milliseconds relative to the recording start (slot 0 of the timeline);
 * a "channel" is one leg (mono); a stereo call is two channels (agent = left, customer = right).
 */
import type { Codec, Leg, SpeechSegment, TimeRangeMs } from '../model/index.js';

/** Options of one recording session (one call, two legs, one output file). */
export interface RecorderOptions {
  /** Bound into every chunk's associated data: a chunk cannot be spliced into another recording. */
  recordingId: string;
  /** 32-byte AES-256 data key of this recording (unwrapped; never logged). */
  dataKey: Buffer;
  /** Input codec of both legs. pcmu/pcma are 8 kHz only; l16 is big-endian (RFC 3551) at 8 or 16 kHz. */
  codec: Codec;
  sampleRate: 8000 | 16000;
  /** Input frame duration: 10, 20, 30 or 40 ms. Default 20. */
  frameMs?: number;
  /** Opus bitrate in bit/s, total of the two mono streams (agent, customer). Default 16000 at 8 kHz, 32000 at 16 kHz. */
  opusBitrate?: number;
  /** Opus complexity 0..10. Default 5. */
  complexity?: number;
  /** Plaintext per AEAD chunk in ms of audio (100..2000). Default 500: a crash loses at most this. */
  chunkMs?: number;
  /** Per-segment acoustic features (H1). Default true. */
  features?: boolean;
  /** Reorder window in frames before a missing frame is declared a gap. Default 3 (60 ms at 20 ms). */
  reorderFrames?: number;
}

/** One received frame of one leg of one session. */
export interface FrameIn {
  session: number;
  leg: Leg;
  /** RTP-style sequence number, uint16 or uint32 space: wrap-around is handled (uint32). */
  seq: number;
  /** Exactly one frame: frameMs of audio in the session's codec and sample rate. */
  payload: Buffer;
}

/** Acoustic features of one closed speech segment of one leg (filled by H1's extractor). */
export interface SegmentFeatures {
  leg: Leg;
  startMs: number;
  endMs: number;
  /** Named scalar features (f0MeanHz, f0RangeSt, f0Slope, loudnessDb, jitter, shimmer, hnrDb, …). */
  values: Record<string, number>;
  /** First MFCCs (c1..cN) averaged over the segment. */
  mfcc: number[];
}

/** Counters of one leg; cumulative since open. */
export interface LegCounters {
  /** Frames accepted into the timeline. */
  frames: number;
  /** Slots released without a frame (filled with concealment/silence). */
  gapFrames: number;
  /** Frames that arrived after their slot was released (dropped). */
  lateFrames: number;
  /** Frames whose slot was already filled (ignored). */
  duplicateFrames: number;
  /** Sequence discontinuities where the leg was re-anchored to the playout point. */
  resyncs: number;
}

/** What one push produced for one session. */
export interface PushResult {
  session: number;
  /** Ciphertext to append to the recording file (possibly empty: a chunk is sealed every chunkMs). */
  bytes: Buffer;
  /** Speech segments closed during this push. */
  speech: SpeechSegment[];
  features: SegmentFeatures[];
  /** PCI pauses closed during this push. */
  pausedRanges: TimeRangeMs[];
  /** Cumulative, both legs summed. */
  gapFrames: number;
  lateFrames: number;
  /** Audio duration sealed so far (durable once `bytes` are on disk). */
  durationMs: number;
  /** Per-leg cumulative counters. */
  legs: Record<Leg, LegCounters>;
}

/** Summary returned by finish(). */
export interface RecordingSummary {
  durationMs: number;
  totalBytes: number;
  chunks: number;
  speech: SpeechSegment[];
  features: SegmentFeatures[];
  pausedRanges: TimeRangeMs[];
  legs: Record<Leg, LegCounters>;
  /** Format version written in the header (bump on incompatible change). */
  formatVersion: number;
}

/** Result of scanning a (possibly crash-truncated) recording. */
export interface ScanResult {
  /** True if the final (last-flag) chunk authenticated. */
  complete: boolean;
  /** Length of the authenticated prefix: truncate the file here to repair it. */
  validBytes: number;
  /** Audio duration held by the valid prefix. */
  durationMs: number;
  chunks: number;
}

export interface DecodeOptions {
  /** Accept a file without its last chunk (crash) and decode the valid prefix. Default false. */
  allowTruncated?: boolean;
  /** Output PCM rate. Default 8000. */
  sampleRate?: 8000 | 48000;
}

export interface DecodedRecording {
  /** The decrypted Ogg Opus stream (plays in a browser's audio element). */
  ogg: Buffer;
  /** Stereo interleaved PCM: agent left, customer right. */
  pcm: Int16Array;
  sampleRate: number;
  durationMs: number;
  complete: boolean;
}

export type MaskMode = 'silence' | 'beep';
