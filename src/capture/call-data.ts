/**
 * What the capture plane keeps per call besides the recording: the PBX's transcript segments and
 * the record path's speech segments (VAD) and acoustic features. Post-call analysis reads them
 * through these functions, so the sublevel names stay private to capture.
 */
import type { TranscriptSegment, SpeechSegment } from '../model/index.js';
import type { SegmentFeatures } from '../native/index.js';
import type { RecordingStore } from '../storage/index.js';

export const PBX_TRANSCRIPTS_SUBLEVEL = 'pbx-transcripts';
export const ACOUSTICS_SUBLEVEL = 'acoustics';

/** Speech segments and per-segment acoustic features of both legs of one call. */
export interface CallAcoustics {
  speech: SpeechSegment[];
  features: SegmentFeatures[];
}

/** The transcript segments the PBX sent during the call (empty if none). */
export async function readPbxTranscript(store: RecordingStore, callId: string): Promise<TranscriptSegment[]> {
  return (await store.sublevel<TranscriptSegment[]>(PBX_TRANSCRIPTS_SUBLEVEL).get(callId)) ?? [];
}

/** The record path's speech segments and features (undefined for calls recorded without them). */
export async function readCallAcoustics(store: RecordingStore, callId: string): Promise<CallAcoustics | undefined> {
  return (await store.sublevel<CallAcoustics>(ACOUSTICS_SUBLEVEL).get(callId)) ?? undefined;
}
