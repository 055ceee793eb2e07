/**
 * Transcript redaction and the audio ranges to mask. ASR segments carry no per-character timing,
 * so a span's audio range is estimated proportionally: a span covering characters [s, e) of a
 * segment of n characters lasting [t0, t1] maps to t0 + (t1 - t0)·s/n … t0 + (t1 - t0)·e/n,
 * widened by AUDIO_PAD_MS on each side (speech rate varies) and clamped to the segment.
 */
import type { TranscriptSegment } from '../model/index.js';
import { asksForCvvLast, findPiiSpans } from './find-pii.js';
import type { AudioRange, PiiKind, PiiSpan } from './types.js';

export const AUDIO_PAD_MS = 250;
export const REPLACEMENT: Record<PiiKind, string> = {
  bank_card: '[CARD]',
  cn_id: '[ID]',
  phone: '[PHONE]',
  cvv: '[CVV]',
  spoken_digits: '[NUMBER]',
};

/** Replaces each span with its label (spans must be sorted and non-overlapping, as findPii returns them). */
export function maskText(text: string, spans: { kind: PiiKind; start: number; end: number }[]): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    if (s.start < last) continue;
    out += text.slice(last, s.start) + REPLACEMENT[s.kind];
    last = s.end;
  }
  return out + text.slice(last);
}

export function transcriptSpans(segments: TranscriptSegment[]): PiiSpan[][] {
  return segments.map((seg, index) => {
    // A security code is often asked for in one segment and answered in the next (other speaker);
    // only when the code was the last thing asked for, so "后四位" asked after it is not taken for one.
    const before = segments[index - 1];
    const prev = before !== undefined && typeof before.text === 'string' && asksForCvvLast(before.text);
    return typeof seg.text === 'string' ? findPiiSpans(seg.text, prev) : [];
  });
}

export function redactSegments(segments: TranscriptSegment[]): { segments: TranscriptSegment[]; audioRanges: AudioRange[] } {
  const out: TranscriptSegment[] = [];
  const audioRanges: AudioRange[] = [];
  const all = transcriptSpans(segments);
  segments.forEach((seg, index) => {
    const spans = all[index] ?? [];
    out.push(spans.length ? { ...seg, text: maskText(seg.text, spans) } : { ...seg });
    if (spans.length === 0) return;
    const n = seg.text.length;
    const dur = Math.max(0, seg.endMs - seg.startMs);
    for (const s of spans) {
      const startMs = Math.max(seg.startMs, Math.floor(seg.startMs + (dur * s.start) / n) - AUDIO_PAD_MS);
      const endMs = Math.min(seg.endMs, Math.ceil(seg.startMs + (dur * s.end) / n) + AUDIO_PAD_MS);
      audioRanges.push({ segmentIndex: index, kind: s.kind, startMs, endMs });
    }
  });
  return { segments: out, audioRanges };
}
