/**
 * Readers of recordings written by RecordEngine: scan (crash recovery), decode, decrypt-to-Ogg, mask.
 * All run off the main thread and reject with AppError (ERR_AEAD_AUTH, ERR_AEAD_TRUNCATED, …).
 */
import type { TimeRangeMs } from '../model/index.js';
import { invalid } from '../errors/index.js';
import { loadAddon } from './load.js';
import { callNative } from './errors.js';
import type { DecodeOptions, DecodedRecording, MaskMode, ScanResult } from './types.js';

interface ReaderAddon {
  readerScan(file: Buffer, key: Buffer, recordingId: string): Promise<ScanResult>;
  readerDecrypt(file: Buffer, key: Buffer, recordingId: string, allowTruncated: boolean): Promise<{ ogg: Buffer; complete: boolean; validBytes: number; durationMs: number }>;
  readerDecode(
    file: Buffer,
    key: Buffer,
    recordingId: string,
    allowTruncated: boolean,
    sampleRate: number,
  ): Promise<{ ogg: Buffer; pcm: Buffer; sampleRate: number; durationMs: number; complete: boolean }>;
  readerMask(file: Buffer, key: Buffer, recordingId: string, ranges: Float64Array, outKey: Buffer, outId: string, beep: boolean): Promise<Buffer>;
}

function checkCommon(file: Buffer, key: Buffer, recordingId: string): void {
  if (!Buffer.isBuffer(file)) throw invalid('ERR_RECORDER_BAD_ARG', 'a Buffer', 'file', file);
  if (!Buffer.isBuffer(key) || key.length !== 32) throw invalid('ERR_RECORDER_BAD_ARG', 'a 32-byte Buffer', 'key', key);
  if (typeof recordingId !== 'string' || recordingId.length === 0) throw invalid('ERR_RECORDER_BAD_ARG', 'a recording id', 'recordingId', recordingId);
}

/** Finds where the authenticated prefix of a (possibly crash-cut) recording ends. Never throws on corruption. */
export async function scanRecording(file: Buffer, key: Buffer, recordingId: string): Promise<ScanResult> {
  checkCommon(file, key, recordingId);
  return callNative(() => loadAddon<ReaderAddon>().readerScan(file, key, recordingId));
}

/** Decrypts, demuxes and decodes to stereo PCM (agent left). Any flipped bit → ERR_AEAD_AUTH. */
export async function decodeRecording(file: Buffer, key: Buffer, recordingId: string, options: DecodeOptions = {}): Promise<DecodedRecording> {
  checkCommon(file, key, recordingId);
  const rate = options.sampleRate ?? 8000;
  if (rate !== 8000 && rate !== 48000) throw invalid('ERR_RECORDER_BAD_ARG', '8000 or 48000', 'sampleRate', rate);
  const r = await callNative(() => loadAddon<ReaderAddon>().readerDecode(file, key, recordingId, options.allowTruncated ?? false, rate));
  const pcm = new Int16Array(r.pcm.buffer, r.pcm.byteOffset, r.pcm.length / 2);
  return { ogg: r.ogg, pcm, sampleRate: r.sampleRate, durationMs: r.durationMs, complete: r.complete };
}

/** Decrypts to the Ogg Opus stream for the console's audio player. */
export async function decryptToOgg(
  file: Buffer,
  key: Buffer,
  recordingId: string,
  options: { allowTruncated?: boolean } = {},
): Promise<{ ogg: Buffer; complete: boolean; validBytes: number }> {
  checkCommon(file, key, recordingId);
  const r = await callNative(() => loadAddon<ReaderAddon>().readerDecrypt(file, key, recordingId, options.allowTruncated ?? false));
  return { ogg: r.ogg, complete: r.complete, validBytes: r.validBytes };
}

/**
 * Writes a new recording (new key and id) where `ranges` are silenced (or beeped) on both channels.
 * The source must be complete and authentic. Returns the whole new file (header included).
 */
export async function maskRecording(
  file: Buffer,
  key: Buffer,
  recordingId: string,
  ranges: TimeRangeMs[],
  out: { dataKey: Buffer; recordingId: string },
  mode: MaskMode = 'silence',
): Promise<Buffer> {
  checkCommon(file, key, recordingId);
  checkCommon(file, out?.dataKey, out?.recordingId);
  if (mode !== 'silence' && mode !== 'beep') throw invalid('ERR_RECORDER_BAD_ARG', "'silence' or 'beep'", 'mode', mode);
  if (!Array.isArray(ranges)) throw invalid('ERR_RECORDER_BAD_ARG', 'an array of ranges', 'ranges', ranges);
  const flat = new Float64Array(ranges.length * 2);
  ranges.forEach((r, i) => {
    if (!r || !Number.isFinite(r.startMs) || !Number.isFinite(r.endMs) || r.startMs < 0 || r.endMs < r.startMs) {
      throw invalid('ERR_RECORDER_BAD_ARG', 'a range with 0 ≤ startMs ≤ endMs', `ranges[${i}]`, r);
    }
    flat[i * 2] = r.startMs;
    flat[i * 2 + 1] = r.endMs;
  });
  return callNative(() => loadAddon<ReaderAddon>().readerMask(file, key, recordingId, flat, out.dataKey, out.recordingId, mode === 'beep'));
}
