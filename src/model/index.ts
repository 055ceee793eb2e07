/**
 * Shared vocabulary of the control plane: plain types only (no behaviour), so every feature folder
 * can speak about calls, legs, transcripts and analysis results the same way.
 * Times are epoch milliseconds (UTC) unless a field says "Ms" relative to the call start.
 */

/** Agent is the left channel of a stereo recording, customer the right. */
export type Leg = 'agent' | 'customer';
export type Codec = 'pcmu' | 'pcma' | 'l16';
export type Direction = 'inbound' | 'outbound' | 'internal';

export type CallState =
  | 'ringing'
  | 'recording'
  | 'paused'
  | 'completed'
  /** The process died or the bridge vanished mid-call; the file was repaired up to its last valid chunk. */
  | 'interrupted'
  /** Do-not-record: metadata only. */
  | 'not_recorded';

export type ChannelState = 'idle' | 'ringing' | 'talking' | 'held' | 'paused' | 'alarm' | 'down';

export interface TimeRangeMs {
  startMs: number;
  endMs: number;
}

/** One call as indexed in LevelDB. */
export interface CallRecord {
  id: string;
  site: string;
  bridgeId: string;
  channelId: string;
  /** The PBX's own call id (may repeat across sites; ours is `id`). */
  pbxCallId: string;
  direction: Direction;
  caller: string;
  callee: string;
  agentId: string;
  /** Team of the agent: the unit supervisors are scoped to. */
  team: string;
  queue: string;
  tags: string[];
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  state: CallState;
  /** Recorded audio duration (ms) that is durable on disk. */
  durationMs: number;
  /** PCI pauses: ranges (relative to the call start) where no audio was stored. */
  pausedRanges: TimeRangeMs[];
  /** Ranges masked after the fact (PII redaction). */
  maskedRanges: TimeRangeMs[];
  holdRanges: TimeRangeMs[];
  transfers: { atMs: number; to: string }[];
  legalHold: boolean;
  /** Epoch ms after which retention may delete the audio (crypto-shred). */
  retainUntil: number;
  recording?: RecordingFileRef;
  /** Set when the audio was crypto-shredded (retention or request); the metadata stays. */
  shredded?: { at: number; actor: string; reason: string };
  /** Set when the storage failed under this recording (failed fsync, full disk): audio after durable bytes is lost. */
  storageDegraded?: { at: number; reason: string };
  /** Filled by analysis when it has run. */
  analysis?: CallAnalysisSummary;
}

export interface RecordingFileRef {
  /** Data directory (disk) id. */
  disk: string;
  /** Path relative to the disk's root. */
  path: string;
  bytes: number;
  /** Recording format version (native core). */
  formatVersion: number;
  /** Id of the wrapped data key in the key store. */
  keyId: string;
}

export interface TranscriptSegment {
  speaker: Leg;
  startMs: number;
  endMs: number;
  text: string;
  /** 0..1 */
  confidence: number;
  /** Where it came from: the PBX's ASR, the local engine, or an imported file. */
  source?: 'pbx' | 'local-asr' | 'import';
}

export interface SpeechSegment {
  leg: Leg;
  startMs: number;
  endMs: number;
}

export interface CallAnalysisSummary {
  score?: number;
  ruleHits: string[];
  negativeEmotionShare?: number;
  language?: 'zh' | 'en';
  analysedAt: number;
}
