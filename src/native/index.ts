/**
 * The TypeScript face of the native audio core. Everything else imports the addon through here
 * (src/native/load.ts is the only loader).
 *
 * Record path per call: timeline (2 legs, reorder/gap/late) → G.711/L16 decode → per-leg VAD + features
 * → stereo Opus (agent left, customer right) → Ogg → streaming AES-256-GCM chunks (~0.5 s).
 * Batching: one push() carries frames of many sessions (≥100 ms each is the intended use) and runs
 * on the libuv pool; frames of one session are processed in order, sessions in parallel.
 * Errors are AppError with stable codes: ERR_RECORDER_BAD_ARG, ERR_RECORDER_UNKNOWN_SESSION,
 * ERR_RECORDER_CLOSED, ERR_RECORDER_TOO_LARGE, ERR_AEAD_AUTH, ERR_AEAD_TRUNCATED, ERR_AEAD_BAD_FORMAT, …
 */
import { loadAddon } from './load.js';

export type {
  RecorderOptions,
  FrameIn,
  SegmentFeatures,
  LegCounters,
  PushResult,
  RecordingSummary,
  ScanResult,
  DecodeOptions,
  DecodedRecording,
  MaskMode,
} from './types.js';
export { RecordEngine, RECORDING_FORMAT_VERSION, liveNativeSessions } from './record-engine.js';
export type { OpenedSession } from './record-engine.js';
export { scanRecording, decodeRecording, decryptToOgg, maskRecording } from './reader.js';
export { opusOnlyBench } from './bench-native.js';

interface AddonBase {
  opusVersion: string;
}

/** The libopus version the addon is linked against. */
export function opusVersion(): string {
  return loadAddon<AddonBase>().opusVersion;
}
