/**
 * Secondary index keys in LevelDB. Every entry is `<field>\0<value>\0<inv>\0<id>` with an empty
 * value: `inv` is the zero-padded complement of startedAt, so ascending key order is newest first
 * and a keyset cursor is just the `<inv>\0<id>` position. Retention uses ascending retainUntil.
 */
import type { CallRecord } from '../model/index.js';

const MAX_TIME = 9_999_999_999_999;
const SEP = '\0';

/** Index field tags (short: they repeat in every key). */
export const F = {
  time: 't',
  agent: 'a',
  team: 'm',
  number: 'n',
  queue: 'q',
  tag: 'g',
  ruleHit: 'r',
  score: 's',
  state: 'st',
  retention: 'ret',
} as const;

export function pad13(n: number): string {
  return String(Math.max(0, Math.min(MAX_TIME, Math.floor(n)))).padStart(13, '0');
}

/** Position of a call in every time-ordered index. */
export function position(startedAt: number, id: string): string {
  return `${pad13(MAX_TIME - startedAt)}${SEP}${id}`;
}

/** Lowest position a call with startedAt <= t can have. */
export function positionAtOrBefore(t: number): string {
  return pad13(MAX_TIME - t);
}

export function prefix(field: string, value: string): string {
  return `${field}${SEP}${value}${SEP}`;
}

/** Score bucket 0..10 (a bucket per 10 points). */
export function scoreBucket(score: number): string {
  return String(Math.max(0, Math.min(10, Math.floor(score / 10)))).padStart(2, '0');
}

/** Every index key of a record. */
export function indexKeys(c: CallRecord): string[] {
  const pos = position(c.startedAt, c.id);
  const keys = new Set<string>();
  const add = (field: string, value: string | undefined) => {
    if (value !== undefined && value !== '') keys.add(prefix(field, value) + pos);
  };
  keys.add(prefix(F.time, '') + pos);
  add(F.agent, c.agentId);
  add(F.team, c.team);
  add(F.number, c.caller);
  add(F.number, c.callee);
  add(F.queue, c.queue);
  for (const t of c.tags) add(F.tag, t);
  for (const r of c.analysis?.ruleHits ?? []) add(F.ruleHit, r);
  if (typeof c.analysis?.score === 'number') add(F.score, scoreBucket(c.analysis.score));
  add(F.state, c.state);
  // Retention only tracks audio that still exists.
  if (c.recording && !c.shredded) keys.add(`${prefix(F.retention, '')}${pad13(c.retainUntil)}${SEP}${c.id}`);
  return [...keys];
}

/** Batch operations turning `before`'s index entries into `after`'s. */
export function indexDiff(before: CallRecord | undefined, after: CallRecord): { type: 'put' | 'del'; key: string }[] {
  const old = new Set(before ? indexKeys(before) : []);
  const next = new Set(indexKeys(after));
  const ops: { type: 'put' | 'del'; key: string }[] = [];
  for (const k of old) if (!next.has(k)) ops.push({ type: 'del', key: k });
  for (const k of next) if (!old.has(k)) ops.push({ type: 'put', key: k });
  return ops;
}

/** The id at the end of an index key. */
export function idOfKey(key: string): string {
  return key.slice(key.lastIndexOf(SEP) + 1);
}
