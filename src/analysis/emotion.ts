/**
 * Emotion per leg: arousal from the record path's acoustic features (loudnessDb, f0MeanHz, f0RangeSt,
 * zcr) as z-scores against the same speaker's baseline in this call (so a naturally loud or high
 * voice is not "angry"), valence from the text lexicon. Summaries per call quarter, trend start→end
 * and peaks with timestamps.
 */
import type { Leg, TranscriptSegment } from '../model/index.js';
import type { SegmentFeatures } from '../native/index.js';
import { segmentValence } from './sentiment.js';

const AROUSAL_FEATURES = ['loudnessDb', 'f0MeanHz', 'f0RangeSt', 'zcr'] as const;

export interface EmotionPoint {
  leg: Leg;
  startMs: number;
  endMs: number;
  /** Mean z-score of the acoustic features vs the speaker's own call baseline (undefined: no features). */
  arousal?: number;
  /** -1..1 from text (undefined: no transcript overlapping this point). */
  valence?: number;
  negative: boolean;
  evidence: string;
}

export interface LegEmotion {
  /** Share of this leg's points judged negative (0..1). */
  negativeShare: number;
  /** Mean valence per call quarter (undefined where the leg said nothing in that quarter). */
  quarters: (number | undefined)[];
  /** Mean valence of the last quarter with speech minus the first one (positive = improving). */
  trend: number;
  /** The most negative moments (valence ≤ -0.5, or high arousal with negative text), time-ordered. */
  peaks: { atMs: number; valence: number; arousal?: number; evidence: string }[];
}

export interface EmotionSummary {
  points: EmotionPoint[];
  agent: LegEmotion;
  customer: LegEmotion;
}

/** Z-scores each feature within one leg; returns the mean available z-score per segment. */
export function arousalByBaseline(features: SegmentFeatures[]): Map<SegmentFeatures, number> {
  const out = new Map<SegmentFeatures, number>();
  for (const leg of ['agent', 'customer'] as const) {
    const segs = features.filter((f) => f.leg === leg);
    const stats = AROUSAL_FEATURES.map((name) => {
      const xs = segs.map((s) => s.values[name]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
      const mean = xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length || 1));
      return { name, mean, sd, n: xs.length };
    });
    for (const s of segs) {
      const zs = stats.flatMap(({ name, mean, sd, n }) => {
        const x = s.values[name];
        // A single segment (or a flat feature) has no spread: it is its own baseline.
        return typeof x === 'number' && Number.isFinite(x) && n >= 2 && sd > 1e-9 ? [(x - mean) / sd] : [];
      });
      out.set(s, zs.length ? zs.reduce((a, b) => a + b, 0) / zs.length : 0);
    }
  }
  return out;
}

function summarise(points: EmotionPoint[], leg: Leg, durationMs: number): LegEmotion {
  const mine = points.filter((p) => p.leg === leg);
  const withText = mine.filter((p) => p.valence !== undefined);
  const quarters: (number | undefined)[] = [0, 1, 2, 3].map((q) => {
    const lo = (durationMs * q) / 4, hi = (durationMs * (q + 1)) / 4;
    const xs = withText.filter((p) => p.startMs >= lo && (p.startMs < hi || (q === 3 && p.startMs <= hi))).map((p) => p.valence as number);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
  });
  const present = quarters.filter((x): x is number => x !== undefined);
  const trend = present.length >= 2 ? present[present.length - 1]! - present[0]! : 0;
  const peaks = mine
    .filter((p) => p.valence !== undefined && (p.valence <= -0.5 || (p.valence < 0 && (p.arousal ?? 0) >= 1)))
    .map((p) => ({ atMs: p.startMs, valence: p.valence as number, ...(p.arousal !== undefined ? { arousal: p.arousal } : {}), evidence: p.evidence }));
  return { negativeShare: mine.length ? mine.filter((p) => p.negative).length / mine.length : 0, quarters, trend, peaks };
}

/**
 * One point per transcript segment (text valence + arousal of the overlapping feature segments of
 * the same leg), plus feature-only points where no transcript covers the speech.
 */
export function analyseEmotion(input: { transcript: TranscriptSegment[]; features?: SegmentFeatures[]; durationMs: number }): EmotionSummary {
  const features = input.features ?? [];
  const arousal = arousalByBaseline(features);
  const used = new Set<SegmentFeatures>();
  const points: EmotionPoint[] = segmentValence(input.transcript).map((v, i) => {
    const overlapping = features.filter((f) => f.leg === v.speaker && f.startMs < v.endMs && f.endMs > v.startMs);
    overlapping.forEach((f) => used.add(f));
    const a = overlapping.length ? overlapping.reduce((s, f) => s + (arousal.get(f) ?? 0), 0) / overlapping.length : undefined;
    // Negative: clearly negative words, or mildly negative words said with raised arousal.
    const negative = v.valence <= -0.5 || (v.valence < 0 && (a ?? 0) >= 1);
    return { leg: v.speaker, startMs: v.startMs, endMs: v.endMs, ...(a !== undefined ? { arousal: a } : {}), valence: v.valence, negative, evidence: (input.transcript[i]?.text ?? '').slice(0, 120) };
  });
  for (const f of features) {
    if (used.has(f)) continue;
    const a = arousal.get(f) ?? 0;
    // Without words, only a strong acoustic excursion counts as negative (agitation).
    points.push({ leg: f.leg, startMs: f.startMs, endMs: f.endMs, arousal: a, negative: a >= 1.5, evidence: 'acoustic' });
  }
  points.sort((x, y) => x.startMs - y.startMs);
  const durationMs = input.durationMs > 0 ? input.durationMs : Math.max(0, ...points.map((p) => p.endMs));
  return { points, agent: summarise(points, 'agent', durationMs), customer: summarise(points, 'customer', durationMs) };
}
