/**
 * Emotion per leg: arousal from the record path's acoustic features (loudness and pitch against the
 * same speaker's calm register in this call, see arousalByBaseline), valence from the text lexicon.
 * Summaries per call quarter, trends start→end (words and voice) and peaks with timestamps.
 */
import type { Leg, TranscriptSegment } from '../model/index.js';
import type { SegmentFeatures } from '../native/index.js';
import { segmentValence } from './sentiment.js';

/** Arousal at or above this reads as a raised (agitated) voice. */
export const RAISED_AROUSAL = 1;

export interface EmotionPoint {
  leg: Leg;
  /** Index of the transcript segment this point was read from (absent for feature-only points). */
  segmentIndex?: number;
  startMs: number;
  endMs: number;
  /** Raised-voice steps vs the speaker's own calm register in the call (undefined: no features). */
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
  /** Mean arousal per call quarter (undefined where the leg has no acoustic reading in that quarter). */
  arousalQuarters: (number | undefined)[];
  /** Mean arousal of the last quarter with a reading minus the first one (positive = voice rising). */
  arousalTrend: number;
  /** The voice rose over the call: arousalTrend of at least half a raised-voice step. */
  arousalRising: boolean;
  /** The most negative moments (valence ≤ -0.5, or high arousal with negative text), time-ordered. */
  peaks: { atMs: number; valence: number; arousal?: number; evidence: string }[];
}

export interface EmotionSummary {
  points: EmotionPoint[];
  agent: LegEmotion;
  customer: LegEmotion;
}

/**
 * Arousal cues and the step that counts as one clearly audible change. A raised voice is louder and
 * higher (Banse & Scherer 1996; Juslin & Laukka 2003): 6 dB is twice the amplitude, 3 semitones a
 * quarter of an octave. Pitch range, zero-crossing rate and the voiced-rate proxy were left out: on
 * the espeak set (test/analysis/emotion-acoustic.test.ts) they did not move with agitation and the
 * pitch range is dominated by tracking errors at low male pitch.
 */
const AROUSAL_CUES: { name: string; scale: (x: number) => number; step: number }[] = [
  { name: 'loudnessDb', scale: (db) => db, step: 6 },
  { name: 'f0MeanHz', scale: (hz) => 12 * Math.log2(hz / 100), step: 3 },
];
/** The speaker's calm register: this quantile of each cue over their segments in the call. */
const BASELINE_QUANTILE = 0.25;
/** Shorter segments (a cough, "uh") have unstable pitch and level: they do not set the baseline. */
const MIN_BASELINE_SEGMENT_MS = 400;
/** One cue cannot outvote the others by more than this many steps (octave errors, clipping). */
const MAX_CUE_STEPS = 3;

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q, lo = Math.floor(at), hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/**
 * Arousal of each segment against the same speaker's baseline in this call (so a naturally loud or
 * high voice is not "angry"): per cue, the distance above the speaker's calm register (lower
 * quartile) in units of the larger of an audible step and the speaker's own spread, averaged over
 * the cues the segment has. 0 ≈ the speaker's calm voice; RAISED_AROUSAL ≈ a clearly raised one.
 * A fixed step rather than a plain z-score: z-scores give every call unit spread, so a monotone call
 * would show its small wobbles as "agitation"; the spread still widens the step for a speaker whose
 * voice swings a lot anyway. The baseline is the calm end, not the mean, so a call that is half
 * agitated is still measured from its calm half, whichever half comes first.
 */
export function arousalByBaseline(features: SegmentFeatures[]): Map<SegmentFeatures, number> {
  const out = new Map<SegmentFeatures, number>();
  const cue = (f: SegmentFeatures, c: (typeof AROUSAL_CUES)[number]) => {
    const x = f.values[c.name];
    return typeof x === 'number' && Number.isFinite(x) && (c.name !== 'f0MeanHz' || x > 0) ? c.scale(x) : undefined;
  };
  for (const leg of ['agent', 'customer'] as const) {
    const segs = features.filter((f) => f.leg === leg);
    const long = segs.filter((f) => f.endMs - f.startMs >= MIN_BASELINE_SEGMENT_MS);
    const basis = long.length >= 2 ? long : segs;
    const baselines = AROUSAL_CUES.map((c) => {
      const xs = basis.map((f) => cue(f, c)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
      // A single reading has no baseline to differ from: it is its own baseline.
      if (xs.length < 2) return undefined;
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
      return { ref: quantile(xs, BASELINE_QUANTILE), unit: Math.max(c.step, sd) };
    });
    for (const f of segs) {
      const steps = AROUSAL_CUES.flatMap((c, i) => {
        const x = cue(f, c), b = baselines[i];
        return x === undefined || b === undefined ? [] : [Math.max(-MAX_CUE_STEPS, Math.min(MAX_CUE_STEPS, (x - b.ref) / b.unit))];
      });
      out.set(f, steps.length ? steps.reduce((a, b) => a + b, 0) / steps.length : 0);
    }
  }
  return out;
}

/** Mean of `value` per call quarter (by point start), and last present quarter minus first. */
function byQuarter(points: EmotionPoint[], value: (p: EmotionPoint) => number | undefined, durationMs: number): { quarters: (number | undefined)[]; trend: number } {
  const quarters: (number | undefined)[] = [0, 1, 2, 3].map((q) => {
    const lo = (durationMs * q) / 4, hi = (durationMs * (q + 1)) / 4;
    const xs = points.filter((p) => p.startMs >= lo && (p.startMs < hi || (q === 3 && p.startMs <= hi))).flatMap((p) => {
      const x = value(p);
      return x === undefined ? [] : [x];
    });
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
  });
  const present = quarters.filter((x): x is number => x !== undefined);
  return { quarters, trend: present.length >= 2 ? present[present.length - 1]! - present[0]! : 0 };
}

function summarise(points: EmotionPoint[], leg: Leg, durationMs: number): LegEmotion {
  const mine = points.filter((p) => p.leg === leg);
  const { quarters, trend } = byQuarter(mine, (p) => p.valence, durationMs);
  const voice = byQuarter(mine, (p) => p.arousal, durationMs);
  const peaks = mine
    .filter((p) => p.valence !== undefined && (p.valence <= -0.5 || (p.valence < 0 && (p.arousal ?? 0) >= 1)))
    .map((p) => ({ atMs: p.startMs, valence: p.valence as number, ...(p.arousal !== undefined ? { arousal: p.arousal } : {}), evidence: p.evidence }));
  return {
    negativeShare: mine.length ? mine.filter((p) => p.negative).length / mine.length : 0,
    quarters, trend,
    arousalQuarters: voice.quarters, arousalTrend: voice.trend, arousalRising: voice.trend >= RAISED_AROUSAL / 2,
    peaks,
  };
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
    return { leg: v.speaker, segmentIndex: i, startMs: v.startMs, endMs: v.endMs, ...(a !== undefined ? { arousal: a } : {}), valence: v.valence, negative, evidence: (input.transcript[i]?.text ?? '').slice(0, 120) };
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
