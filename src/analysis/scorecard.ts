/**
 * QA scorecard: weighted items in four categories, each checked against a rule outcome of the rule
 * pack or a conversation/emotion metric. Every item carries evidence (transcript span + time, or the
 * metric value). Supervisors override an item with a reason; the override is kept with actor and
 * time and reported to an audit callback.
 */
import { AppError } from '../errors/index.js';
import type { EvaluationResult } from '../rules/index.js';
import type { EmotionSummary } from './emotion.js';
import type { ConversationMetrics } from './metrics.js';

export const CATEGORIES = ['service_attitude', 'script_compliance', 'problem_resolution', 'compliance'] as const;
export type ScoreCategory = (typeof CATEGORIES)[number];
export const METRICS = ['silenceCount', 'silenceLongestMs', 'agentInterruptions', 'agentTalkShare', 'agentResponseLatencyMs', 'holdMs', 'customerNegativeShare', 'customerTrend', 'agentNegativeShare'] as const;
export type ScoreMetric = (typeof METRICS)[number];

export type ItemCheck = { kind: 'rule'; ruleId: string } | { kind: 'metric'; metric: ScoreMetric; min?: number; max?: number };

export interface ScorecardItem {
  id: string;
  title: string;
  category: ScoreCategory;
  weight: number;
  check: ItemCheck;
}

export interface Scorecard {
  id: string;
  version: number;
  items: ScorecardItem[];
}

export interface ItemEvidence {
  startMs?: number;
  endMs?: number;
  text?: string;
  value?: number;
}

export interface ItemOverride {
  passed: boolean;
  reason: string;
  actor: string;
  at: number;
  previous: boolean;
}

export interface ItemResult {
  itemId: string;
  /** The item's title in the scorecard that scored it (kept so a later edit of the card cannot relabel old scores). */
  title: string;
  category: ScoreCategory;
  weight: number;
  passed: boolean;
  /** False when the rule did not apply to this call: the item is left out of the score. */
  applicable: boolean;
  evidence: ItemEvidence[];
  override?: ItemOverride;
}

export interface ScorecardResult {
  scorecardId: string;
  /** 0..100 over applicable items. */
  score: number;
  byCategory: Partial<Record<ScoreCategory, number>>;
  items: ItemResult[];
}

function invalid(path: string, why: string): AppError {
  return new AppError('invalid', 'ERR_SCORECARD_INVALID', `scorecard ${path}: ${why}`, { details: { path } });
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const ID = /^[a-z0-9][a-z0-9_.-]{0,63}$/u;

/** Parses and validates a scorecard (JSON text or an already parsed value). */
export function parseScorecard(input: string | unknown): Scorecard {
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (input.length > 1_000_000) throw invalid('$', 'larger than 1 MB');
    try {
      raw = JSON.parse(input);
    } catch (error) {
      throw invalid('$', `not JSON (${(error as Error).message})`);
    }
  }
  if (!isObj(raw)) throw invalid('$', 'expected an object');
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) throw invalid('$.id', 'expected an id like "bank-qa"');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) throw invalid('$.version', 'expected an integer ≥ 1');
  if (!Array.isArray(raw.items) || raw.items.length === 0 || raw.items.length > 200) throw invalid('$.items', 'expected 1..200 items');
  const seen = new Set<string>();
  const items = raw.items.map((it: unknown, i): ScorecardItem => {
    const at = `$.items[${i}]`;
    if (!isObj(it)) throw invalid(at, 'expected an object');
    if (typeof it.id !== 'string' || !ID.test(it.id)) throw invalid(`${at}.id`, 'expected an id');
    if (seen.has(it.id)) throw invalid(`${at}.id`, `duplicate id ${it.id}`);
    seen.add(it.id);
    if (typeof it.title !== 'string' || it.title.length === 0 || it.title.length > 200) throw invalid(`${at}.title`, 'expected 1..200 chars');
    if (!CATEGORIES.includes(it.category as ScoreCategory)) throw invalid(`${at}.category`, `expected one of ${CATEGORIES.join(', ')}`);
    if (typeof it.weight !== 'number' || !Number.isFinite(it.weight) || it.weight <= 0 || it.weight > 100) throw invalid(`${at}.weight`, 'expected a number in (0, 100]');
    const c = it.check;
    if (!isObj(c)) throw invalid(`${at}.check`, 'expected an object');
    let check: ItemCheck;
    if (c.kind === 'rule') {
      if (typeof c.ruleId !== 'string' || c.ruleId.length === 0 || c.ruleId.length > 128) throw invalid(`${at}.check.ruleId`, 'expected a rule id');
      check = { kind: 'rule', ruleId: c.ruleId };
    } else if (c.kind === 'metric') {
      if (!METRICS.includes(c.metric as ScoreMetric)) throw invalid(`${at}.check.metric`, `expected one of ${METRICS.join(', ')}`);
      for (const k of ['min', 'max'] as const) {
        if (c[k] !== undefined && (typeof c[k] !== 'number' || !Number.isFinite(c[k]))) throw invalid(`${at}.check.${k}`, 'expected a finite number');
      }
      if (c.min === undefined && c.max === undefined) throw invalid(`${at}.check`, 'expected min and/or max');
      check = { kind: 'metric', metric: c.metric as ScoreMetric, ...(c.min !== undefined ? { min: c.min as number } : {}), ...(c.max !== undefined ? { max: c.max as number } : {}) };
    } else throw invalid(`${at}.check.kind`, 'expected "rule" or "metric"');
    return { id: it.id, title: it.title, category: it.category as ScoreCategory, weight: it.weight, check };
  });
  return { id: raw.id, version: raw.version, items };
}

export interface ScoreInput {
  rules: EvaluationResult;
  metrics: ConversationMetrics;
  emotion: EmotionSummary;
}

function metricValue(metric: ScoreMetric, { metrics, emotion }: ScoreInput): { value: number; at?: number } | undefined {
  const talk = metrics.talkMs.agent + metrics.talkMs.customer;
  switch (metric) {
    case 'silenceCount': return { value: metrics.silence.count };
    case 'silenceLongestMs': return { value: metrics.silence.longestMs };
    case 'agentInterruptions': {
      const mine = metrics.interruptions.filter((x) => x.by === 'agent');
      return { value: mine.length, ...(mine[0] ? { at: mine[0].atMs } : {}) };
    }
    case 'agentTalkShare': return talk > 0 ? { value: metrics.talkMs.agent / talk } : undefined;
    case 'agentResponseLatencyMs': return metrics.agentResponseLatencyMs === undefined ? undefined : { value: metrics.agentResponseLatencyMs };
    case 'holdMs': return { value: metrics.holdMs };
    case 'customerNegativeShare': return { value: emotion.customer.negativeShare, ...(emotion.customer.peaks[0] ? { at: emotion.customer.peaks[0].atMs } : {}) };
    case 'customerTrend': return { value: emotion.customer.trend };
    case 'agentNegativeShare': return { value: emotion.agent.negativeShare, ...(emotion.agent.peaks[0] ? { at: emotion.agent.peaks[0].atMs } : {}) };
  }
}

export function scoreCall(card: Scorecard, input: ScoreInput): ScorecardResult {
  const items = card.items.map((item): ItemResult => {
    const base = { itemId: item.id, title: item.title, category: item.category, weight: item.weight };
    if (item.check.kind === 'rule') {
      const ruleId = item.check.ruleId;
      const outcome = input.rules.outcomes.find((o) => o.ruleId === ruleId);
      // A rule missing from the pack cannot be judged: not applicable rather than a silent pass.
      if (!outcome) return { ...base, passed: true, applicable: false, evidence: [{ text: `rule ${ruleId} not in pack` }] };
      const evidence = outcome.hits.map((h) => ({ startMs: h.startMs, endMs: h.endMs, text: `${h.kind}: ${h.text}` }));
      return { ...base, passed: outcome.passed, applicable: outcome.applicable, evidence: evidence.length ? evidence : [{ text: outcome.passed ? 'no violation found' : 'required phrase not found' }] };
    }
    const { metric, min, max } = item.check;
    const v = metricValue(metric, input);
    if (!v) return { ...base, passed: true, applicable: false, evidence: [{ text: `${metric} not measurable` }] };
    const passed = (min === undefined || v.value >= min) && (max === undefined || v.value <= max);
    return { ...base, passed, applicable: true, evidence: [{ value: v.value, ...(v.at !== undefined ? { startMs: v.at } : {}), text: `${metric}=${Math.round(v.value * 1000) / 1000}` }] };
  });
  return { scorecardId: card.id, ...totals(items), items };
}

function totals(items: ItemResult[]): Pick<ScorecardResult, 'score' | 'byCategory'> {
  const pct = (xs: ItemResult[]) => {
    const w = xs.reduce((s, x) => s + x.weight, 0);
    return w > 0 ? Math.round((1000 * xs.reduce((s, x) => s + (x.passed ? x.weight : 0), 0)) / w) / 10 : 100;
  };
  const live = items.filter((x) => x.applicable);
  const byCategory: Partial<Record<ScoreCategory, number>> = {};
  for (const c of CATEGORIES) if (live.some((x) => x.category === c)) byCategory[c] = pct(live.filter((x) => x.category === c));
  return { score: pct(live), byCategory };
}

export type ScoreAudit = (event: { action: 'scorecard.override'; itemId: string; actor: string; reason: string; from: boolean; to: boolean; at: number }) => void | Promise<void>;

/**
 * Supervisor override of one item. Returns a new result (score recomputed); the reason is required
 * and the audit callback runs before the result is returned so an audit failure blocks the change.
 */
export async function overrideItem(result: ScorecardResult, change: { itemId: string; passed: boolean; reason: string; actor: string; at?: number }, audit: ScoreAudit): Promise<ScorecardResult> {
  const item = result.items.find((x) => x.itemId === change.itemId);
  if (!item) throw new AppError('not_found', 'ERR_SCORECARD_ITEM', `no scorecard item ${change.itemId}`);
  const reason = typeof change.reason === 'string' ? change.reason.trim() : '';
  if (!reason || reason.length > 1000) throw new AppError('invalid', 'ERR_SCORECARD_OVERRIDE', 'an override needs a reason (1..1000 chars)');
  if (typeof change.actor !== 'string' || !change.actor) throw new AppError('invalid', 'ERR_SCORECARD_OVERRIDE', 'an override needs an actor');
  const at = change.at ?? Date.now();
  const previous = item.override?.previous ?? item.passed;
  await audit({ action: 'scorecard.override', itemId: item.itemId, actor: change.actor, reason, from: item.passed, to: change.passed, at });
  const items = result.items.map((x) => (x === item ? { ...x, passed: change.passed, applicable: true, override: { passed: change.passed, reason, actor: change.actor, at, previous } } : x));
  return { ...result, ...totals(items), items };
}
