/**
 * QA evaluation: per-rule precision/recall of call-level outcomes (a rule "flags" a call when its
 * outcome fails: violation found, mandatory phrase missing, intent detected), PII recall over the
 * labelled spans, and live-alert latency of the streaming matcher.
 */
import { performance } from 'node:perf_hooks';
import { createStreamingMatcher, evaluateRules, type RulePack } from '../../src/rules/index.js';
import { findTranscriptPii } from '../../src/redaction/index.js';
import type { CorpusCall } from './corpus.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SplitReport {
  calls: number;
  perRule: Record<string, Counts & { precision: number; recall: number }>;
  precision: number;
  recall: number;
  piiRecall: number;
  piiPrecision: number;
  piiExpected: number;
  /** Call ids with their wrong outcomes, for tuning (dev) and honesty (held-out). */
  errors: { call: string; rule: string; error: 'fp' | 'fn' }[];
  piiMissed: { call: string; text: string }[];
  piiSpurious: { call: string; text: string }[];
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

export function evaluateSplit(pack: RulePack, calls: CorpusCall[]): SplitReport {
  const perRule: Record<string, Counts> = {};
  for (const r of pack.rules) perRule[r.id] = { tp: 0, fp: 0, fn: 0 };
  const errors: SplitReport['errors'] = [];
  let piiHit = 0;
  let piiExpected = 0;
  let piiFound = 0;
  let piiFoundTrue = 0;
  const piiMissed: SplitReport['piiMissed'] = [];
  const piiSpurious: SplitReport['piiSpurious'] = [];
  for (const call of calls) {
    const { outcomes } = evaluateRules(pack, { segments: call.segments, durationMs: call.durationMs, language: call.language });
    const expected = new Set(call.expected.flagged);
    for (const o of outcomes) {
      const c = perRule[o.ruleId] ?? (perRule[o.ruleId] = { tp: 0, fp: 0, fn: 0 });
      const flagged = !o.passed;
      if (flagged && expected.has(o.ruleId)) c.tp++;
      else if (flagged) {
        c.fp++;
        errors.push({ call: call.id, rule: o.ruleId, error: 'fp' });
      } else if (expected.has(o.ruleId)) {
        c.fn++;
        errors.push({ call: call.id, rule: o.ruleId, error: 'fn' });
      }
    }
    const found = findTranscriptPii(call.segments);
    for (const e of call.expected.pii) {
      piiExpected++;
      const spans = found[e.segment] ?? [];
      const text = call.segments[e.segment]?.text ?? '';
      // Recalled when every non-space character of the labelled span is inside a found span.
      let ok = true;
      for (let i = e.start; i < e.end; i++) if (!/\s/.test(text[i] ?? '') && !spans.some((s) => s.start <= i && i < s.end)) ok = false;
      if (ok) piiHit++;
      else piiMissed.push({ call: call.id, text: e.text });
    }
    found.forEach((spans, seg) => {
      for (const s of spans) {
        piiFound++;
        const overlaps = call.expected.pii.some((e) => e.segment === seg && e.start < s.end && s.start < e.end);
        if (overlaps) piiFoundTrue++;
        else piiSpurious.push({ call: call.id, text: (call.segments[seg]?.text ?? '').slice(s.start, s.end) });
      }
    });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const rules: SplitReport['perRule'] = {};
  for (const [id, c] of Object.entries(perRule)) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    rules[id] = { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
  }
  return {
    calls: calls.length,
    perRule: rules,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    piiRecall: ratio(piiHit, piiExpected),
    piiPrecision: ratio(piiFoundTrue, piiFound),
    piiExpected,
    errors,
    piiMissed,
    piiSpurious,
  };
}

/**
 * Live-alert latency inside the engine: time from a segment's push into the streaming matcher to
 * its hits being returned, for every segment that produced a hit. (The end-to-end gRPC figure is
 * measured by the analysis layer; this is the rule-engine share of it.)
 */
export function measureAlertLatency(pack: RulePack, calls: CorpusCall[]): { samples: number; p50Ms: number; p95Ms: number } {
  const samples: number[] = [];
  for (const call of calls) {
    const matcher = createStreamingMatcher(pack);
    for (const seg of call.segments) {
      const t0 = performance.now();
      const hits = matcher.push(seg);
      const dt = performance.now() - t0;
      if (hits.length > 0) samples.push(dt);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { samples: samples.length, p50Ms: at(0.5), p95Ms: at(0.95) };
}
