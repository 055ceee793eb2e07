/** Call search and per-call read routes (detail, timeline). */
import { readCallAcoustics } from '../../capture/index.js';
import { AppError, invalid } from '../../errors/index.js';
import type { CallState, Direction } from '../../model/index.js';
import type { SearchQuery } from '../../storage/index.js';
import { listOverrides, loadCall, presentDetail, presentSummary, readAnalysis, redactOverride } from '../calls.js';
import type { ConsoleServices, Ctx } from '../context.js';
import { denied, queryNumber, queryString, queryTime, type RouteDef } from '../http.js';
import { can, teamScope } from '../policy.js';

/** Search filters (OpenAPI); reports take the same. */
export const SEARCH_QUERY: NonNullable<RouteDef['query']> = {
  from: 'string', to: 'string', agent: 'string', number: 'string', queue: 'string', tag: 'string', team: 'string', state: 'string',
  direction: 'string', ruleHit: 'string', scoreMin: 'number', scoreMax: 'number', negativeEmotionMin: 'number', limit: 'integer', cursor: 'string',
};

/** Builds a store query from the request, restricted to the user's teams when the role is team-scoped. */
export async function scopedQuery(ctx: Ctx, s: ConsoleServices, action: 'calls.search' | 'reports.view'): Promise<SearchQuery | undefined> {
  const user = ctx.state.user!;
  const q: SearchQuery = {};
  const from = queryTime(ctx, 'from');
  const to = queryTime(ctx, 'to');
  if (from !== undefined) q.from = from;
  if (to !== undefined) q.to = to;
  const map: [string, keyof SearchQuery][] = [['agent', 'agentId'], ['number', 'number'], ['queue', 'queue'], ['tag', 'tag'], ['ruleHit', 'ruleHit'], ['team', 'team']];
  for (const [param, field] of map) {
    const v = queryString(ctx, param);
    if (v !== undefined) (q as Record<string, unknown>)[field] = v;
  }
  const state = queryString(ctx, 'state');
  if (state !== undefined) q.state = state as CallState;
  const direction = queryString(ctx, 'direction');
  if (direction !== undefined) q.direction = direction as Direction;
  const scoreMin = queryNumber(ctx, 'scoreMin', 0, 100);
  const scoreMax = queryNumber(ctx, 'scoreMax', 0, 100);
  const neg = queryNumber(ctx, 'negativeEmotionMin', 0, 1);
  if (scoreMin !== undefined) q.scoreMin = scoreMin;
  if (scoreMax !== undefined) q.scoreMax = scoreMax;
  if (neg !== undefined) q.negativeEmotionMin = neg;
  const teams = teamScope(user, action);
  if (teams) {
    if (q.team !== undefined && !teams.includes(q.team)) {
      await denied(ctx, s, `team:${q.team}`);
      throw new AppError('forbidden', 'ERR_FORBIDDEN', 'This team is outside your access');
    }
    if (q.team === undefined) {
      if (teams.length === 0) return undefined;
      q.teams = teams;
    }
  }
  return q;
}

async function search(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const q = await scopedQuery(ctx, s, 'calls.search');
  const limit = queryNumber(ctx, 'limit', 1, 200) ?? 50;
  if (!Number.isInteger(limit)) throw invalid('ERR_BAD_LIMIT', 'an integer in 1..200', 'limit', limit);
  const cursor = queryString(ctx, 'cursor');
  if (!q) {
    ctx.body = { calls: [] };
    return;
  }
  const page = await s.deps.store.search(q, { limit, ...(cursor ? { cursor } : {}) });
  ctx.body = { calls: page.calls.map(presentSummary), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

async function detail(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const call = await loadCall(ctx, s, 'call.view');
  const user = ctx.state.user!;
  const obj = { kind: 'call' as const, team: call.team };
  const mayContent = can(user, 'call.transcript', obj);
  // The transcript itself is served (redacted) by /transcript only, never inside the detail.
  const { transcript: _t, ...analysis } = (mayContent ? await readAnalysis(s, call.id) : undefined) ?? {};
  ctx.body = {
    call: presentDetail(call),
    analysis: mayContent ? (Object.keys(analysis).length ? analysis : (call.analysis ?? null)) : null,
    overrides: mayContent ? (await listOverrides(s, call.id)).map(redactOverride) : [],
    can: {
      play: can(user, 'call.audio', obj),
      playOriginal: can(user, 'call.audio.original', obj),
      download: can(user, 'call.download', obj),
      override: can(user, 'call.override', obj),
      transcript: mayContent,
    },
  };
}

async function timeline(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const call = await loadCall(ctx, s, 'call.transcript');
  const acoustics = await readCallAcoustics(s.deps.store, call.id);
  ctx.body = {
    durationMs: call.durationMs,
    speech: (acoustics?.speech ?? []).map((x) => ({ leg: x.leg, startMs: x.startMs, endMs: x.endMs })),
    pausedRanges: call.pausedRanges,
    holdRanges: call.holdRanges,
    maskedRanges: call.maskedRanges,
  };
}

export const callRoutes: RouteDef[] = [
  { method: 'GET', path: '/calls', summary: 'Search calls (cursor pagination)', auth: 'session', actions: ['calls.search'], status: 200, handler: search, query: SEARCH_QUERY },
  { method: 'GET', path: '/calls/:id', summary: 'Call detail', auth: 'session', actions: ['call.view'], status: 200, handler: detail },
  { method: 'GET', path: '/calls/:id/timeline', summary: 'Talk/silence timeline of both legs', auth: 'session', actions: ['call.transcript'], status: 200, handler: timeline },
];
