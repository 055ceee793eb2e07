/**
 * Acoustic arousal, measured end to end (issue 4 item 5): espeak-ng calls where the customer speaks
 * neutral sentences calm (low pitch, soft, slow) then agitated (high pitch, loud, fast), the reverse,
 * or calm throughout, in English and Mandarin, recorded through the real record path (RecordEngine,
 * μ-law 20 ms frames, 200 ms ticks); the features it returns and the neutral transcript go into
 * analyseEmotion. Scored: per-utterance agitated/calm accuracy, call-level trend direction, and false
 * alarms on the flat calls. Figures are printed; the assertions are the levels measured on this set
 * (with a small margin), not targets the code was never shown to reach.
 *
 * What this does not show: espeak's "agitation" is only pitch, level and rate moved together, with a
 * steady synthetic voice; real anger also changes voice quality, pitch range and articulation, and
 * real calls vary far more within a calm speaker.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseEmotion, RAISED_AROUSAL } from '../../src/analysis/index.js';
import type { SegmentFeatures } from '../../src/native/index.js';
import { buildCall, recordCalls, recordUtterance } from './emotion-calls.js';
import type { CallSpec, Order, RecordedCall, Register } from './emotion-calls.js';

const specs = (order: Order, perLanguage: number, seed: number, register: Register = 'brief'): CallSpec[] =>
  (['en', 'zh'] as const).flatMap((language, l) =>
    Array.from({ length: perLanguage }, (_, i) => ({ name: `${register === 'brief' ? '' : `${register}-`}${order}-${language}-${i}`, language, order, seed: seed + 100 * l + i, register })),
  );

/** The issue's set (brief ranges), plus a milder raise and a livelier calm speaker as stress sets. */
const SET: CallSpec[] = [
  ...specs('rising', 6, 1000), ...specs('falling', 3, 2000), ...specs('flat', 4, 3000),
  ...specs('rising', 3, 4000, 'mild'), ...specs('flat', 3, 5000, 'wide'),
];

interface Scored {
  call: RecordedCall;
  /** Per utterance: truth, prediction (undefined: no feature segment overlapped it). */
  utterances: { agitated: boolean; predicted: boolean | undefined; arousal: number | undefined }[];
  /** Largest |valence| of the call's points: the texts are neutral, so it must be 0. */
  valence: number;
  trend: number;
  rising: boolean;
}

function score(call: RecordedCall): Scored {
  const emotion = analyseEmotion({ transcript: call.transcript, features: call.features, durationMs: call.durationMs });
  const byIndex = new Map(emotion.points.filter((p) => p.segmentIndex !== undefined).map((p) => [p.segmentIndex as number, p]));
  const utterances = call.utterances.map((u, i) => {
    const arousal = byIndex.get(i)?.arousal;
    return { agitated: u.agitated, predicted: arousal === undefined ? undefined : arousal >= RAISED_AROUSAL, arousal };
  });
  const valence = Math.max(0, ...emotion.points.map((p) => Math.abs(p.valence ?? 0)));
  return { call, utterances, valence, trend: emotion.customer.arousalTrend, rising: emotion.customer.arousalRising };
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const fmt = (x: number) => x.toFixed(3);

interface Figures {
  calls: number;
  utterances: number;
  /** Share of utterances whose agitated/calm call matches the truth (no features counts as calm). */
  accuracy: number;
  agitatedRecall: number;
  /** Share of calm utterances flagged agitated. */
  falseAlarm: number;
  noFeatures: number;
  /** Calls whose arousal trend was called rising / clearly falling. */
  rising: number;
  falling: number;
}

function figures(set: Scored[]): Figures {
  const us = set.flatMap((s) => s.utterances);
  const agitated = us.filter((u) => u.agitated), calm = us.filter((u) => !u.agitated);
  return {
    calls: set.length,
    utterances: us.length,
    accuracy: ratio(us.filter((u) => (u.predicted ?? false) === u.agitated).length, us.length),
    agitatedRecall: ratio(agitated.filter((u) => u.predicted).length, agitated.length),
    falseAlarm: ratio(calm.filter((u) => u.predicted).length, calm.length),
    noFeatures: us.filter((u) => u.predicted === undefined).length,
    rising: set.filter((s) => s.rising).length,
    falling: set.filter((s) => !s.rising && s.trend <= -RAISED_AROUSAL / 2).length,
  };
}

test('acoustic arousal on espeak calls: per-utterance accuracy, trend, false alarms on flat calls', { timeout: 120_000 }, async () => {
  const calls = await recordCalls(await Promise.all(SET.map(buildCall)));
  const scored = calls.map(score);
  const pick = (register: Register, ...orders: Order[]) => scored.filter((s) => (s.call.spec.register ?? 'brief') === register && orders.includes(s.call.spec.order));
  const changing = figures(pick('brief', 'rising', 'falling'));
  const rising = figures(pick('brief', 'rising'));
  const falling = figures(pick('brief', 'falling'));
  const flat = figures(pick('brief', 'flat'));
  const mild = figures(pick('mild', 'rising'));
  const wide = figures(pick('wide', 'flat'));
  const byLanguage = (['en', 'zh'] as const).map((language) => {
    const f = figures(pick('brief', 'rising', 'falling').filter((s) => s.call.spec.language === language));
    return `${language} ${fmt(f.accuracy)} (n ${f.utterances})`;
  });
  if (process.env.EMOTION_DEBUG) {
    for (const s of scored) {
      console.log(`${s.call.spec.name.padEnd(20)} trend ${s.trend.toFixed(2).padStart(6)} ${s.rising ? 'RISING' : '      '} ` + s.utterances.map((u) => `${u.agitated ? 'A' : 'c'}${u.arousal === undefined ? '  - ' : u.arousal.toFixed(1).padStart(4)}`).join(' '));
    }
  }
  console.log(
    `emotion-acoustic figures (brief ranges, ${changing.calls} changing calls): segment accuracy ${fmt(changing.accuracy)} (n ${changing.utterances}; ${byLanguage.join(', ')}), ` +
      `agitated recall ${fmt(changing.agitatedRecall)}, utterances without features ${changing.noFeatures}; ` +
      `trend rising found ${rising.rising}/${rising.calls}, falling found ${falling.falling}/${falling.calls} (called rising ${falling.rising}); ` +
      `flat calls: segment FP rate ${fmt(flat.falseAlarm)} (n ${flat.utterances}), called rising ${flat.rising}/${flat.calls}`,
  );
  console.log(
    `emotion-acoustic stress: mild raise (-p 50-60 -a 105-125) recall ${fmt(mild.agitatedRecall)} (n ${mild.utterances / 2}), rising found ${mild.rising}/${mild.calls}; ` +
      `lively calm (-p 25-50 -a 60-110) segment FP rate ${fmt(wide.falseAlarm)} (n ${wide.utterances}), called rising ${wide.rising}/${wide.calls}`,
  );
  const trends = (set: Scored[]) => set.map((s) => s.trend);
  const quietest = Math.min(...trends(pick('brief', 'rising')), ...trends(pick('mild', 'rising')));
  const liveliest = Math.max(...trends(pick('brief', 'flat')), ...trends(pick('wide', 'flat')));
  console.log(`emotion-acoustic trend margin: lowest rising-call trend ${quietest.toFixed(2)}, highest flat-call trend ${liveliest.toFixed(2)}, rising threshold ${RAISED_AROUSAL / 2}`);

  assert.equal(Math.max(...scored.map((s) => s.valence)), 0, 'neutral texts: valence must not decide');
  // Measured on this set: 1.000 / 1.000 / 12 of 12 / 6 of 6 / 0 false alarms (an earlier native build
  // whose VAD dropped some high, loud female utterances gave 0.944). Asserted with a small margin.
  assert.ok(changing.accuracy >= 0.9, `segment accuracy ${changing.accuracy}`);
  assert.ok(changing.agitatedRecall >= 0.85, `agitated recall ${changing.agitatedRecall}`);
  assert.ok(rising.rising >= rising.calls - 1, `rising found ${rising.rising}/${rising.calls}`);
  assert.ok(falling.falling >= falling.calls - 1 && falling.rising === 0, `falling found ${falling.falling}/${falling.calls}, called rising ${falling.rising}`);
  assert.ok(flat.falseAlarm <= 0.05 && flat.rising === 0, `flat: FP ${flat.falseAlarm}, called rising ${flat.rising}`);
  // Stress sets: a lively calm speaker must not look agitated; a mild raise still reads as a rise.
  assert.ok(wide.falseAlarm <= 0.1 && wide.rising <= 1, `lively calm: FP ${wide.falseAlarm}, called rising ${wide.rising}`);
  assert.ok(mild.rising >= mild.calls - 2, `mild rise found ${mild.rising}/${mild.calls}`);
});

/** Duration-weighted mean of one feature over the customer's segments of one recording. */
function mean(features: SegmentFeatures[], name: string): number {
  let sum = 0, weight = 0;
  for (const f of features) {
    const x = f.values[name];
    if (typeof x !== 'number' || !Number.isFinite(x)) continue;
    sum += x * (f.endMs - f.startMs);
    weight += f.endMs - f.startMs;
  }
  return weight ? sum / weight : Number.NaN;
}

test('native features move with the voice: pitch, amplitude and speed each move their feature', { timeout: 60_000 }, async () => {
  const out: string[] = [];
  for (const [language, text] of [['en', 'I would like to know why the payment on my account has not arrived yet.'], ['zh', 'wo3 xiang3 zhi1 dao4 wo3 zhang4 hu4 shang4 de na4 bi3 kuan3 wei4 shen2 me hai2 mei2 dao4.']] as const) {
    const at = (pitch: number, amplitude: number, speed: number) => recordUtterance(text, { language, pitch, amplitude, speed });
    const [low, high, soft, loud, slow, fast] = await Promise.all([at(30, 100, 160), at(80, 100, 160), at(50, 60, 160), at(50, 180, 160), at(50, 100, 130), at(50, 100, 220)]);
    const semitones = 12 * Math.log2(mean(high!, 'f0MeanHz') / mean(low!, 'f0MeanHz'));
    const db = mean(loud!, 'loudnessDb') - mean(soft!, 'loudnessDb');
    const rates = [mean(slow!, 'voicedRatePerSec'), mean(fast!, 'voicedRatePerSec')] as const;
    out.push(`${language}: -p 80 vs 30 ${semitones.toFixed(1)} st; -a 180 vs 60 ${db.toFixed(1)} dB; voiced rate -s 130 ${rates[0].toFixed(2)}/s, -s 220 ${rates[1].toFixed(2)}/s`);
    assert.ok(semitones >= 4, `${language}: f0 ${semitones} st higher at -p 80`);
    assert.ok(Math.abs(db - 20 * Math.log10(3)) <= 3, `${language}: loudness +${db} dB at 3x amplitude`);
    assert.ok(rates[1] > rates[0], `${language}: voiced rate ${rates.join(' → ')}`);
  }
  console.log(`native feature response: ${out.join('; ')}`);
});
