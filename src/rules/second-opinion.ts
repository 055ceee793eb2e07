/**
 * A statistical second opinion for rules whose wording keeps changing (intents, promises, guarantees):
 * a logistic model per rule over the speaker's words (Chinese character 2-3-grams, English words and
 * word pairs), trained on the labelled corpus (test/eval/train-second-opinion.ts, never on the sets
 * kept unseen). It only adds: when the rules found nothing in a call and the model is confident
 * (probability ≥ the pack's threshold) and none of the rule's words occurred at all (wording the lists met
 * and judged — negated, conditional, a certainty word without money back — stays the rules' call), the rule fires with the speaker's most telling segment as
 * evidence, marked source "model". Rules stay the explanation of record; the model catches new
 * phrasings the lists have not met. Post-call only: live alerts stay rule-based and instant.
 */
import type { TranscriptSegment } from '../model/index.js';
import { normalize } from './normalize.js';
import { SECOND_OPINION_MODELS } from '../generated/second-opinion-weights.js';

export interface RuleModel {
  speaker: 'agent' | 'customer';
  bias: number;
  weights: Record<string, number>;
}

export interface SecondOpinionModel {
  /** Where the weights came from (training splits, call count), for the audit trail. */
  trainedOn: string;
  rules: Record<string, RuleModel>;
}

/** Built-in models by name (a pack refers to one as `secondOpinion.model`). */
export function builtInModel(name: string): SecondOpinionModel | undefined {
  return (SECOND_OPINION_MODELS as Record<string, SecondOpinionModel>)[name];
}

export function builtInModelNames(): string[] {
  return Object.keys(SECOND_OPINION_MODELS);
}

/** Features of one text: presence of Chinese character 2- and 3-grams, English words and word pairs. */
export function textFeatures(text: string, into: Set<string> = new Set()): Set<string> {
  const t = normalize(typeof text === 'string' ? text.slice(0, 20_000) : '').text;
  const zh = t.replace(/[^\u4e00-\u9fff]/g, '');
  for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= zh.length; i++) into.add(`z${zh.slice(i, i + n)}`);
  const words = t.match(/[a-z']+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    into.add(`w${words[i]}`);
    if (i + 1 < words.length) into.add(`b${words[i]} ${words[i + 1]}`);
  }
  return into;
}

/** Features of everything one speaker said in a call. */
export function speakerFeatures(segments: TranscriptSegment[], speaker: string): Set<string> {
  const out = new Set<string>();
  for (const s of segments) if (s.speaker === speaker) textFeatures(s.text, out);
  return out;
}

export function probability(model: RuleModel, features: Set<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface ModelVerdict {
  probability: number;
  /** The speaker's segment that scores highest on its own: the evidence shown to a reviewer. */
  segmentIndex: number;
}

/** The model's verdict on one rule for a call, or undefined when the speaker never spoke. */
export function judge(model: RuleModel, segments: TranscriptSegment[]): ModelVerdict | undefined {
  let best = -1;
  let bestP = -1;
  // Each segment's features are extracted once: scored alone for the evidence, then merged for the call.
  const call = new Set<string>();
  segments.forEach((s, i) => {
    if (s.speaker !== model.speaker) return;
    const own = textFeatures(s.text);
    const p = probability(model, own);
    if (p > bestP) [best, bestP] = [i, p];
    for (const f of own) call.add(f);
  });
  if (best < 0) return undefined;
  return { probability: probability(model, call), segmentIndex: best };
}

/**
 * Logistic regression by stochastic gradient descent in a fixed order (deterministic: the same corpus
 * gives the same weights), then pruned to the `keep` strongest weights so the shipped model stays small.
 */
export function trainRuleModel(examples: { features: Set<string>; label: boolean }[], speaker: 'agent' | 'customer', keep = 4000): RuleModel {
  const w = new Map<string, number>();
  let bias = 0;
  const EPOCHS = 30;
  const RATE = 0.3;
  const L2 = 1e-4;
  for (let e = 0; e < EPOCHS; e++) {
    for (const ex of examples) {
      let z = bias;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (ex.label ? 1 : 0);
      bias -= RATE * g;
      for (const f of ex.features) {
        const v = w.get(f) ?? 0;
        w.set(f, v - RATE * (g + L2 * v));
      }
    }
  }
  const strongest = [...w.entries()].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  const weights: Record<string, number> = {};
  for (const [f, v] of strongest.sort((a, b) => (a[0] < b[0] ? -1 : 1))) weights[f] = Math.round(v * 1e4) / 1e4;
  return { speaker, bias: Math.round(bias * 1e4) / 1e4, weights };
}
