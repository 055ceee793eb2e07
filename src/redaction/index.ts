/**
 * PII redaction for transcripts (and the audio ranges to mask): bank cards (Luhn), Chinese resident
 * ids (ISO 7064 MOD 11-2), phone numbers, CVV near card context, spoken digit strings (zh/en).
 */
import type { TranscriptSegment } from '../model/index.js';
import { findPiiSpans } from './find-pii.js';
import { redactSegments, transcriptSpans } from './redact.js';
import type { AudioRange, FindPiiOptions, PiiSpan } from './types.js';

export { luhnValid, cnIdValid } from './checksums.js';
export { maskText, REPLACEMENT, AUDIO_PAD_MS, EDGE_SNAP_SHARE } from './redact.js';

export type { AudioRange, FindPiiOptions, PiiKind, PiiSpan } from './types.js';

/**
 * PII spans in one text, sorted and non-overlapping. Written digits count only when they check out
 * (Luhn, id checksum, phone pattern); spoken digit runs of ≥ 6 always count.
 */
export function findPii(text: string, options: FindPiiOptions = {}): PiiSpan[] {
  return findPiiSpans(text, options.cvvContext === true);
}

/**
 * PII spans of every segment of a transcript; a bare 3-4 digit answer counts as a CVV when the
 * security code was the last thing asked for in the previous segment.
 */
export function findTranscriptPii(segments: TranscriptSegment[]): PiiSpan[][] {
  return transcriptSpans(segments);
}

/**
 * Masks PII in every segment ([CARD], [ID], [PHONE], [CVV], [NUMBER]) and estimates the audio
 * ranges to mask by spoken weight (syllables, numbers read out in full), padded and snapped to the
 * segment's edges so they err towards masking more (see redact.ts).
 */
export function redactTranscript(segments: TranscriptSegment[]): { segments: TranscriptSegment[]; audioRanges: AudioRange[] } {
  return redactSegments(segments);
}
