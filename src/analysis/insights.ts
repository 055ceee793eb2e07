/**
 * Insights over many analysed calls: keyword/topic (rule hit) counts per day by queue, agent or tag,
 * spikes against a trailing baseline (z-score), and exemplary calls to learn from.
 */
import type { CallRecord } from '../model/index.js';
import type { CallAnalysis } from './analyse-call.js';

export type GroupBy = 'queue' | 'agent' | 'tag';

export interface TopicCount {
  day: string;
  group: string;
  topic: string;
  count: number;
}

export interface Spike extends TopicCount {
  baselineMean: number;
  baselineSd: number;
  z: number;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

function groupsOf(call: CallRecord, by: GroupBy): string[] {
  if (by === 'queue') return [call.queue];
  if (by === 'agent') return [call.agentId];
  return call.tags.length ? call.tags : ['(untagged)'];
}

/** Counts, per UTC day and group, the calls where each topic (rule id flagged, or keyword) occurred. */
export function topicCounts(calls: { call: CallRecord; analysis: CallAnalysis }[], by: GroupBy, keywords: string[] = []): TopicCount[] {
  const counts = new Map<string, TopicCount>();
  for (const { call, analysis } of calls) {
    const text = analysis.redacted.map((s) => s.text.toLowerCase()).join('\n');
    const topics = new Set([
      ...analysis.rules.outcomes.filter((o) => o.applicable && !o.passed).map((o) => o.ruleId),
      ...keywords.filter((k) => k && text.includes(k.toLowerCase())).map((k) => `kw:${k}`),
    ]);
    for (const group of groupsOf(call, by)) {
      for (const topic of topics) {
        const day = dayOf(call.startedAt);
        const key = `${day}\u0000${group}\u0000${topic}`;
        const c = counts.get(key) ?? { day, group, topic, count: 0 };
        c.count += 1;
        counts.set(key, c);
      }
    }
  }
  return [...counts.values()].sort((a, b) => a.day.localeCompare(b.day) || a.group.localeCompare(b.group) || a.topic.localeCompare(b.topic));
}

/**
 * A spike: a day's count whose z-score over the previous `trailingDays` days (missing days count 0)
 * is ≥ zMin and that is at least minCount. The sd floor of 1 keeps a quiet topic going 0→1 from
 * being a "spike".
 */
export function findSpikes(counts: TopicCount[], opts: { trailingDays?: number; zMin?: number; minCount?: number } = {}): Spike[] {
  const trailing = opts.trailingDays ?? 14, zMin = opts.zMin ?? 3, minCount = opts.minCount ?? 3;
  const series = new Map<string, Map<string, number>>();
  for (const c of counts) {
    const k = `${c.group}\u0000${c.topic}`;
    (series.get(k) ?? series.set(k, new Map()).get(k)!).set(c.day, c.count);
  }
  const out: Spike[] = [];
  for (const c of counts) {
    if (c.count < minCount) continue;
    const s = series.get(`${c.group}\u0000${c.topic}`)!;
    const t0 = Date.parse(`${c.day}T00:00:00Z`);
    const xs = Array.from({ length: trailing }, (_, i) => s.get(dayOf(t0 - (i + 1) * DAY_MS)) ?? 0);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.max(1, Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length));
    const z = (c.count - mean) / sd;
    if (z >= zMin) out.push({ ...c, baselineMean: mean, baselineSd: sd, z });
  }
  return out;
}

/** Exemplary calls: score ≥ minScore, no complaint/escalation/churn flagged, customer mood improving. */
export function exemplaryCalls(calls: { call: CallRecord; analysis: CallAnalysis }[], opts: { minScore?: number; limit?: number } = {}): { callId: string; score: number; trend: number }[] {
  const minScore = opts.minScore ?? 90;
  return calls
    .filter(({ analysis: a }) => a.scorecard.score >= minScore && !a.rules.outcomes.some((o) => o.ruleId.startsWith('intent.') && o.applicable && !o.passed) && a.emotion.customer.trend >= 0)
    .map(({ call, analysis: a }) => ({ callId: call.id, score: a.scorecard.score, trend: a.emotion.customer.trend }))
    .sort((x, y) => y.score - x.score || y.trend - x.trend)
    .slice(0, opts.limit ?? 20);
}
