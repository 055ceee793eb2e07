/**
 * Search over the LevelDB secondary indexes: one index drives the scan (the most selective field
 * given; several prefixes are merged newest-first for `teams` and score ranges), every other filter
 * is applied to the fetched records. Keyset cursors make pages stable under concurrent inserts.
 * A scan budget bounds the work per call: a page may hold fewer than `limit` calls while
 * `nextCursor` is set (the console asks for the next page).
 */
import { createHash } from 'node:crypto';
import { AppError, invalid } from '../errors/index.js';
import type { CallRecord, CallState, Direction } from '../model/index.js';
import { F, idOfKey, positionAtOrBefore, prefix, scoreBucket } from './index-keys.js';
import type { SearchOptions, SearchPage, SearchQuery } from './types.js';

export interface KeyIterator {
  nextv(size: number): Promise<string[]>;
  close(): Promise<void>;
}
export interface SearchDeps {
  keys(range: { gt?: string; gte?: string; lt: string; reverse?: boolean }): KeyIterator;
  getMany(ids: string[]): Promise<(CallRecord | undefined)[]>;
}

export const MAX_LIMIT = 1000;
/** Index entries examined per call at most (bounds latency for poorly selective filter mixes). */
export const SCAN_BUDGET = 20_000;
const MAX_TIME = 9_999_999_999_999;
const STATES: readonly CallState[] = ['ringing', 'recording', 'paused', 'completed', 'interrupted', 'not_recorded'];
const DIRECTIONS: readonly Direction[] = ['inbound', 'outbound', 'internal'];
const STRING_FIELDS = ['agentId', 'team', 'number', 'queue', 'tag', 'ruleHit', 'site'] as const;
const ALLOWED = new Set<string>([...STRING_FIELDS, 'from', 'to', 'teams', 'scoreMin', 'scoreMax', 'state', 'direction', 'negativeEmotionMin', 'legalHold', 'includeShredded']);

function checkString(v: unknown, what: string): void {
  if (typeof v !== 'string' || v.length === 0 || v.length > 256 || v.includes('\0')) {
    throw invalid('ERR_BAD_QUERY', 'a non-empty string of at most 256 characters without NUL', what, v);
  }
}
function checkNumber(v: unknown, what: string, min: number, max: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw invalid('ERR_BAD_QUERY', `a number in ${min}..${max}`, what, v);
}

/** Validates a query from an untrusted edge (ERR_BAD_QUERY / ERR_BAD_LIMIT). */
export function validateQuery(q: SearchQuery, opts: SearchOptions): number {
  if (q === null || typeof q !== 'object' || Array.isArray(q)) throw invalid('ERR_BAD_QUERY', 'an object', 'search query', q);
  for (const k of Object.keys(q)) if (!ALLOWED.has(k)) throw invalid('ERR_BAD_QUERY', `one of ${[...ALLOWED].join(', ')}`, 'search field', k);
  const r = q as Record<string, unknown>;
  for (const f of STRING_FIELDS) if (r[f] !== undefined) checkString(r[f], `query.${f}`);
  if (q.from !== undefined) checkNumber(q.from, 'query.from', 0, MAX_TIME);
  if (q.to !== undefined) checkNumber(q.to, 'query.to', 0, MAX_TIME);
  if (q.scoreMin !== undefined) checkNumber(q.scoreMin, 'query.scoreMin', 0, 100);
  if (q.scoreMax !== undefined) checkNumber(q.scoreMax, 'query.scoreMax', 0, 100);
  if (q.negativeEmotionMin !== undefined) checkNumber(q.negativeEmotionMin, 'query.negativeEmotionMin', 0, 1);
  if (q.state !== undefined && !STATES.includes(q.state)) throw invalid('ERR_BAD_QUERY', `one of ${STATES.join(', ')}`, 'query.state', q.state);
  if (q.direction !== undefined && !DIRECTIONS.includes(q.direction)) throw invalid('ERR_BAD_QUERY', `one of ${DIRECTIONS.join(', ')}`, 'query.direction', q.direction);
  for (const b of ['legalHold', 'includeShredded'] as const) if (q[b] !== undefined && typeof q[b] !== 'boolean') throw invalid('ERR_BAD_QUERY', 'a boolean', `query.${b}`, q[b]);
  if (q.teams !== undefined) {
    if (!Array.isArray(q.teams) || q.teams.length === 0 || q.teams.length > 200) throw invalid('ERR_BAD_QUERY', 'an array of 1..200 team ids', 'query.teams', q.teams);
    q.teams.forEach((t, i) => checkString(t, `query.teams[${i}]`));
  }
  const limit = opts.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw invalid('ERR_BAD_LIMIT', `an integer in 1..${MAX_LIMIT}`, 'limit', limit);
  return limit;
}

/** Whether a record satisfies every filter of the query. */
export function matches(q: SearchQuery, c: CallRecord): boolean {
  if (q.from !== undefined && c.startedAt < q.from) return false;
  if (q.to !== undefined && c.startedAt >= q.to) return false;
  if (q.agentId !== undefined && c.agentId !== q.agentId) return false;
  if (q.team !== undefined && c.team !== q.team) return false;
  if (q.teams !== undefined && !q.teams.includes(c.team)) return false;
  if (q.number !== undefined && c.caller !== q.number && c.callee !== q.number) return false;
  if (q.queue !== undefined && c.queue !== q.queue) return false;
  if (q.tag !== undefined && !c.tags.includes(q.tag)) return false;
  if (q.ruleHit !== undefined && !(c.analysis?.ruleHits ?? []).includes(q.ruleHit)) return false;
  if (q.scoreMin !== undefined || q.scoreMax !== undefined) {
    const s = c.analysis?.score;
    if (s === undefined || s < (q.scoreMin ?? 0) || s > (q.scoreMax ?? 100)) return false;
  }
  if (q.state !== undefined && c.state !== q.state) return false;
  if (q.direction !== undefined && c.direction !== q.direction) return false;
  if (q.site !== undefined && c.site !== q.site) return false;
  if (q.negativeEmotionMin !== undefined && !((c.analysis?.negativeEmotionShare ?? -1) >= q.negativeEmotionMin)) return false;
  if (q.legalHold !== undefined && c.legalHold !== q.legalHold) return false;
  if (q.includeShredded === false && c.shredded) return false;
  return true;
}

/** Chooses the driving index: the field most likely to be selective. */
export function planIndex(q: SearchQuery): { index: string; prefixes: string[] } {
  if (q.number !== undefined) return { index: 'number', prefixes: [prefix(F.number, q.number)] };
  if (q.agentId !== undefined) return { index: 'agent', prefixes: [prefix(F.agent, q.agentId)] };
  if (q.ruleHit !== undefined) return { index: 'ruleHit', prefixes: [prefix(F.ruleHit, q.ruleHit)] };
  if (q.tag !== undefined) return { index: 'tag', prefixes: [prefix(F.tag, q.tag)] };
  if (q.queue !== undefined) return { index: 'queue', prefixes: [prefix(F.queue, q.queue)] };
  if (q.team !== undefined) return { index: 'team', prefixes: [prefix(F.team, q.team)] };
  if (q.teams !== undefined) return { index: 'teams', prefixes: [...new Set(q.teams)].map((t) => prefix(F.team, t)) };
  if ((q.scoreMin ?? 0) > 0 || (q.scoreMax ?? 100) < 100) {
    const lo = Number(scoreBucket(q.scoreMin ?? 0));
    const hi = Number(scoreBucket(q.scoreMax ?? 100));
    const prefixes: string[] = [];
    for (let b = lo; b <= hi; b++) prefixes.push(prefix(F.score, String(b).padStart(2, '0')));
    return { index: 'score', prefixes };
  }
  if (q.state !== undefined) return { index: 'state', prefixes: [prefix(F.state, q.state)] };
  return { index: 'time', prefixes: [prefix(F.time, '')] };
}

function queryHash(q: object): string {
  const sorted = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 12);
}

function encodeCursor(q: object, pos: string): string {
  return Buffer.from(`1.${queryHash(q)}.${pos}`, 'utf8').toString('base64url');
}

function decodeCursor(q: object, cursor: unknown): string {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 700 || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw invalid('ERR_BAD_CURSOR', 'a cursor returned by a previous search', 'cursor', cursor);
  }
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^1\.([0-9a-f]{12})\.(\d{13}\0[^\0]{1,200})$/.exec(text);
  if (!m) throw invalid('ERR_BAD_CURSOR', 'a cursor returned by a previous search', 'cursor', cursor);
  if (m[1] !== queryHash(q)) throw new AppError('invalid', 'ERR_BAD_CURSOR', 'Expected a cursor from the same query but received one from another query');
  return m[2] as string;
}

interface Source {
  pre: string;
  it: KeyIterator;
  buf: string[];
  i: number;
  done: boolean;
}

/** Runs a validated query. */
export async function runSearch(deps: SearchDeps, q: SearchQuery, opts: SearchOptions): Promise<SearchPage> {
  const limit = validateQuery(q, opts);
  const after = opts.cursor !== undefined ? decodeCursor(q, opts.cursor) : undefined;
  const plan = planIndex(q);
  if (q.from !== undefined && q.to !== undefined && q.to <= q.from) return { calls: [], scanned: 0, index: plan.index };
  const hi = q.to !== undefined ? positionAtOrBefore(q.to - 1) : '';
  const lo = q.from !== undefined ? positionAtOrBefore(q.from) + '\x01' : '\xff';
  const sources: Source[] = plan.prefixes.map((pre) => {
    const range = after !== undefined && after >= hi ? { gt: pre + after, lt: pre + lo } : { gte: pre + hi, lt: pre + lo };
    return { pre, it: deps.keys(range), buf: [], i: 0, done: false };
  });
  let step = Math.max(16, limit + 1);
  const next = async (): Promise<string | undefined> => {
    let best: Source | undefined;
    let bestPos = '';
    for (const s of sources) {
      if (s.i >= s.buf.length && !s.done) {
        s.buf = await s.it.nextv(step);
        s.i = 0;
        if (s.buf.length === 0) s.done = true;
      }
      if (s.i < s.buf.length) {
        const pos = (s.buf[s.i] as string).slice(s.pre.length);
        if (best === undefined || pos < bestPos) {
          best = s;
          bestPos = pos;
        }
      }
    }
    if (!best) return undefined;
    best.i++;
    return bestPos;
  };
  const found: { pos: string; call: CallRecord }[] = [];
  let scanned = 0;
  let lastExamined: string | undefined;
  let exhausted = false;
  try {
    outer: while (found.length <= limit && scanned < SCAN_BUDGET) {
      const batch: string[] = [];
      while (batch.length < step) {
        const p = await next();
        if (p === undefined) {
          exhausted = true;
          break;
        }
        batch.push(p);
      }
      scanned += batch.length;
      const records = batch.length ? await deps.getMany(batch.map(idOfKey)) : [];
      for (let i = 0; i < batch.length; i++) {
        const rec = records[i];
        lastExamined = batch[i];
        if (rec && matches(q, rec)) {
          found.push({ pos: batch[i] as string, call: rec });
          if (found.length > limit) break outer;
        }
      }
      if (exhausted) break;
      step = Math.min(1000, step * 2);
    }
  } finally {
    await Promise.all(sources.map((s) => s.it.close()));
  }
  const page = found.slice(0, limit);
  let nextCursor: string | undefined;
  if (found.length > limit) nextCursor = encodeCursor(q, (page[page.length - 1] as { pos: string }).pos);
  else if (!exhausted && lastExamined !== undefined) nextCursor = encodeCursor(q, lastExamined);
  return { calls: page.map((f) => f.call), ...(nextCursor ? { nextCursor } : {}), scanned, index: plan.index };
}


/**
 * One page of the calls in `state`, OLDEST first (startedAt asc, then id): the state index read
 * backwards. For background sweeps (post-call catch-up) that must start with the oldest call and
 * must not hold every id in memory. Cursors are not interchangeable with search() cursors.
 */
export async function listOldestFirst(deps: SearchDeps, state: CallState, opts: SearchOptions): Promise<{ calls: CallRecord[]; nextCursor?: string }> {
  const limit = validateQuery({ state }, opts);
  const order = { state, order: 'oldest' };
  const pre = prefix(F.state, state);
  const it = deps.keys({ gte: pre, lt: opts.cursor !== undefined ? pre + decodeCursor(order, opts.cursor) : pre + '\xff', reverse: true });
  let keys: string[];
  try {
    keys = await it.nextv(limit + 1);
  } finally {
    await it.close();
  }
  const page = keys.slice(0, limit);
  const records = page.length ? await deps.getMany(page.map(idOfKey)) : [];
  const last = page[page.length - 1];
  return {
    // An index entry without its record (a torn bulk write) is skipped, not an error.
    calls: records.filter((r): r is CallRecord => r !== undefined),
    ...(keys.length > limit && last !== undefined ? { nextCursor: encodeCursor(order, last.slice(pre.length)) } : {}),
  };
}
