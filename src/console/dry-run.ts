/**
 * Dry run of a rule pack over past calls, for the rules editor: the newest calls in range that the
 * user may read transcripts of (QA: their teams), evaluated with src/rules exactly as analysis
 * would. Nothing is stored. Evidence excerpts come from the rules engine, which masks PII in them.
 */
import type { CallRecord } from '../model/index.js';
import { evaluateRules, parseRulePack, type RuleHit } from '../rules/index.js';
import type { User } from './auth/users.js';
import { loadTranscript } from './calls.js';
import type { ConsoleServices } from './context.js';
import { teamScope } from './policy.js';

export interface DryRunOptions {
  content: string;
  from?: number;
  to?: number;
  limit: number;
}

export async function dryRunRules(s: ConsoleServices, user: User, o: DryRunOptions): Promise<Record<string, unknown>> {
  const pack = parseRulePack(o.content, 'rules editor');
  const teams = teamScope(user, 'call.transcript');
  const calls: CallRecord[] = [];
  if (!teams || teams.length) {
    let cursor: string | undefined;
    const q = { ...(o.from !== undefined ? { from: o.from } : {}), ...(o.to !== undefined ? { to: o.to } : {}), ...(teams ? { teams } : {}), includeShredded: false };
    do {
      const page = await s.deps.store.search(q, { limit: Math.min(1000, o.limit), ...(cursor ? { cursor } : {}) });
      calls.push(...page.calls);
      cursor = page.nextCursor;
    } while (cursor && calls.length < o.limit);
  }
  const byRule = new Map<string, { calls: number; hits: number }>();
  const flagged: { callId: string; startedAt: number; ruleIds: string[]; hits: RuleHit[] }[] = [];
  let evaluated = 0;
  for (const call of calls.slice(0, o.limit)) {
    const { segments } = await loadTranscript(s, call.id);
    if (!segments.length) continue;
    evaluated++;
    const result = evaluateRules(pack, { segments, durationMs: call.durationMs, ...(call.analysis?.language ? { language: call.analysis.language } : {}) });
    const failed = result.outcomes.filter((x) => x.applicable && !x.passed);
    for (const f of failed) {
      const r = byRule.get(f.ruleId) ?? { calls: 0, hits: 0 };
      r.calls++;
      r.hits += f.hits.length;
      byRule.set(f.ruleId, r);
    }
    if (failed.length && flagged.length < 200) flagged.push({ callId: call.id, startedAt: call.startedAt, ruleIds: failed.map((f) => f.ruleId), hits: failed.flatMap((f) => f.hits).slice(0, 5) });
  }
  return {
    calls: evaluated,
    scanned: Math.min(calls.length, o.limit),
    rules: pack.rules.length,
    byRule: [...byRule].sort((a, b) => b[1].calls - a[1].calls).map(([ruleId, r]) => ({ ruleId, calls: r.calls, hits: r.hits, rate: evaluated ? r.calls / evaluated : 0 })),
    hits: flagged,
  };
}
