/**
 * Report aggregates over the newest calls in range within the user's scope (bounded: at most
 * MAX_CALLS records are read, `sampled` says when more exist).
 */
import type { CallRecord } from '../../model/index.js';
import type { ConsoleServices, Ctx } from '../context.js';
import type { RouteDef } from '../http.js';
import { talkFigures } from '../report-talk.js';
import { SEARCH_QUERY, scopedQuery } from './calls.js';

const MAX_CALLS = 5000;

async function summary(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const q = await scopedQuery(ctx, s, 'reports.view');
  const calls: CallRecord[] = [];
  let sampled = false;
  if (q) {
    let cursor: string | undefined;
    do {
      const page = await s.deps.store.search(q, { limit: 1000, ...(cursor ? { cursor } : {}) });
      calls.push(...page.calls);
      cursor = page.nextCursor;
      if (calls.length >= MAX_CALLS) {
        sampled = cursor !== undefined || calls.length > MAX_CALLS;
        break;
      }
    } while (cursor);
  }
  const days = new Map<string, { calls: number; scoreSum: number; scored: number }>();
  const hits = new Map<string, number>();
  const queues = new Map<string, { calls: number; negSum: number; n: number }>();
  const histogram = new Array<number>(11).fill(0);
  let durSum = 0;
  for (const c of calls.slice(0, MAX_CALLS)) {
    const day = new Date(c.startedAt).toISOString().slice(0, 10);
    const d = days.get(day) ?? { calls: 0, scoreSum: 0, scored: 0 };
    d.calls++;
    const score = c.analysis?.score;
    if (typeof score === 'number') {
      d.scoreSum += score;
      d.scored++;
      histogram[Math.min(10, Math.floor(score / 10))]!++;
    }
    days.set(day, d);
    for (const r of new Set(c.analysis?.ruleHits ?? [])) hits.set(r, (hits.get(r) ?? 0) + 1);
    const qd = queues.get(c.queue) ?? { calls: 0, negSum: 0, n: 0 };
    qd.calls++;
    if (typeof c.analysis?.negativeEmotionShare === 'number') {
      qd.negSum += c.analysis.negativeEmotionShare;
      qd.n++;
    }
    queues.set(c.queue, qd);
    durSum += c.durationMs;
  }
  const n = Math.min(calls.length, MAX_CALLS);
  ctx.body = {
    calls: n,
    sampled,
    byDay: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, d]) => ({ day, calls: d.calls, avgScore: d.scored ? d.scoreSum / d.scored : null })),
    ruleHitRates: [...hits].sort((a, b) => b[1] - a[1]).map(([ruleId, k]) => ({ ruleId, calls: k, rate: n ? k / n : 0 })),
    negativeEmotionByQueue: [...queues].map(([queue, d]) => ({ queue, calls: d.calls, share: d.n ? d.negSum / d.n : null })),
    scoreHistogram: histogram,
    avgDurationMs: n ? durSum / n : 0,
    ...(await talkFigures(s.deps.store, calls)),
  };
}

export const reportRoutes: RouteDef[] = [
  { method: 'GET', path: '/reports/summary', summary: 'Score trends, rule hit rates, negative emotion by queue', auth: 'session', actions: ['reports.view'], status: 200, handler: summary, query: SEARCH_QUERY },
];
