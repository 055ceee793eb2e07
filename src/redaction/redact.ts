/**
 * Transcript redaction and the audio ranges to mask. ASR segments carry no per-character timing,
 * so a span's audio range is estimated from spoken weight, not characters: the segment's duration
 * is shared out by syllables (spoken-weight.ts), taking the reading that puts the span earliest for
 * its start and latest for its end. A number read out takes far longer than its share of the
 * characters ("5312" is eight syllables in English), and a bank would rather mask a little too
 * much than leak digits: the range is widened by AUDIO_PAD_MS on each side, runs to the segment's
 * edge when it comes within EDGE_SNAP_SHARE of it, and is clamped to the segment.
 */
import type { TranscriptSegment } from '../model/index.js';
import { asksForCvvLast, findPiiSpans, namesLast } from './find-pii.js';
import { spokenFractionBounds } from './spoken-weight.js';
import type { AudioRange, PiiKind, PiiSpan } from './types.js';

/** Speech rate varies within a segment: each PII range is widened by this on both sides. */
export const AUDIO_PAD_MS = 250;
/** A range that ends (starts) within this share of the segment's duration of its end (start) runs to it. */
export const EDGE_SNAP_SHARE = 0.15;
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
  const all: PiiSpan[][] = [];
  segments.forEach((seg, index) => {
    // A security code is often asked for in one segment and answered in the next (other speaker);
    // only when the code was the last thing asked for, so "后四位" asked after it is not taken for one.
    const before = segments[index - 1];
    // Likewise "请报一下您的身份证号码" names the number in the answer, whose check digit may be misheard,
    // and a phone number just given names the read-back ("+65 8712 4093" → "8712 4093, okay").
    const prevText = before !== undefined && typeof before.text === 'string' ? before.text : '';
    const prevGavePhone = (all[index - 1] ?? []).some((p) => p.kind === 'phone');
    const named = namesLast(prevText) ?? (prevGavePhone ? 'phone' : undefined);
    all.push(typeof seg.text === 'string' ? findPiiSpans(seg.text, asksForCvvLast(prevText), named) : []);
  });
  return all;
}

export function redactSegments(segments: TranscriptSegment[]): { segments: TranscriptSegment[]; audioRanges: AudioRange[] } {
  const out: TranscriptSegment[] = [];
  const audioRanges: AudioRange[] = [];
  const all = transcriptSpans(segments);
  segments.forEach((seg, index) => {
    const spans = all[index] ?? [];
    out.push(spans.length ? { ...seg, text: maskText(seg.text, spans) } : { ...seg });
    if (spans.length === 0) return;
    const bounds = spokenFractionBounds(seg.text);
    for (const s of spans) audioRanges.push({ segmentIndex: index, kind: s.kind, ...spanAudioRange(seg, bounds(s.start, s.end)) });
  });
  return { segments: out, audioRanges };
}

/** The stretch of the segment's audio to mask for a span said between fractions `from` and `to` of it. */
function spanAudioRange(seg: TranscriptSegment, { from, to }: { from: number; to: number }): { startMs: number; endMs: number } {
  const dur = Math.max(0, seg.endMs - seg.startMs);
  let startMs = Math.floor(seg.startMs + dur * from) - AUDIO_PAD_MS;
  let endMs = Math.ceil(seg.startMs + dur * to) + AUDIO_PAD_MS;
  if (startMs - seg.startMs <= EDGE_SNAP_SHARE * dur) startMs = seg.startMs;
  if (seg.endMs - endMs <= EDGE_SNAP_SHARE * dur) endMs = seg.endMs;
  return { startMs: Math.max(seg.startMs, startMs), endMs: Math.max(seg.startMs, Math.min(seg.endMs, endMs)) };
}
