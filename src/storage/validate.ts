/** Validation of call metadata entering the store, and the retention computation. */
import { invalid } from '../errors/index.js';
import type { CallRecord, CallState } from '../model/index.js';
import type { CallPatch, NewCall, RetentionPolicy } from './types.js';

const DAY_MS = 86_400_000;
export const DEFAULT_RETENTION_DAYS = 183;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const STATES: readonly CallState[] = ['ringing', 'recording', 'paused', 'completed', 'interrupted', 'not_recorded'];
const TEXT_FIELDS = ['site', 'bridgeId', 'channelId', 'pbxCallId', 'caller', 'callee', 'agentId', 'team', 'queue'] as const;
/** States in which audio may still be being written. */
export const LIVE_STATES: readonly CallState[] = ['ringing', 'recording', 'paused'];

/** Call ids become file names and index keys: a conservative alphabet. */
export function checkCallId(id: unknown): string {
  if (typeof id !== 'string' || !ID_RE.test(id)) throw invalid('ERR_BAD_CALL', 'an id of 1-128 [A-Za-z0-9._:-] characters', 'call id', id);
  return id;
}

function checkText(v: unknown, what: string): void {
  // Empty is allowed (an unknown agent); NUL would break the index key layout.
  if (typeof v !== 'string' || v.length > 256 || v.includes('\0')) throw invalid('ERR_BAD_CALL', 'a string of at most 256 characters without NUL', what, v);
}

function checkTime(v: unknown, what: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 9_999_999_999_999) throw invalid('ERR_BAD_CALL', 'epoch milliseconds', what, v);
}

function checkTags(v: unknown, what: string): void {
  if (!Array.isArray(v) || v.length > 64) throw invalid('ERR_BAD_CALL', 'an array of at most 64 strings', what, v);
  v.forEach((t, i) => {
    if (typeof t !== 'string' || t.length === 0 || t.length > 128 || t.includes('\0')) throw invalid('ERR_BAD_CALL', 'a tag of 1-128 characters', `${what}[${i}]`, t);
  });
}

/** Validates the metadata of a new call. */
export function validateNewCall(m: NewCall): void {
  if (m === null || typeof m !== 'object') throw invalid('ERR_BAD_CALL', 'an object', 'call metadata', m);
  if (m.id !== undefined) checkCallId(m.id);
  for (const f of TEXT_FIELDS) checkText(m[f], `call.${f}`);
  if (!['inbound', 'outbound', 'internal'].includes(m.direction)) throw invalid('ERR_BAD_CALL', 'inbound, outbound or internal', 'call.direction', m.direction);
  checkTime(m.startedAt, 'call.startedAt');
  if (m.answeredAt !== undefined) checkTime(m.answeredAt, 'call.answeredAt');
  if (m.tags !== undefined) checkTags(m.tags, 'call.tags');
  if (m.formatVersion !== undefined && !(Number.isInteger(m.formatVersion) && m.formatVersion > 0)) throw invalid('ERR_BAD_CALL', 'a positive integer', 'call.formatVersion', m.formatVersion);
  if (m.legalHold !== undefined && typeof m.legalHold !== 'boolean') throw invalid('ERR_BAD_CALL', 'a boolean', 'call.legalHold', m.legalHold);
}

/** Validates a complete record (bulk import). */
export function validateRecord(c: CallRecord): void {
  validateNewCall({ ...c, formatVersion: undefined } as NewCall);
  checkCallId(c.id);
  if (!STATES.includes(c.state)) throw invalid('ERR_BAD_CALL', `one of ${STATES.join(', ')}`, 'call.state', c.state);
  checkTime(c.retainUntil, 'call.retainUntil');
  if (typeof c.durationMs !== 'number' || !(c.durationMs >= 0)) throw invalid('ERR_BAD_CALL', 'a duration >= 0', 'call.durationMs', c.durationMs);
  if (!Array.isArray(c.tags)) throw invalid('ERR_BAD_CALL', 'an array', 'call.tags', c.tags);
}

const PATCH_FORBIDDEN = new Set(['id', 'recording', 'shredded', 'legalHold', 'storageDegraded']);

/** Validates a patch; legal hold goes through setLegalHold (audited), not updateCall. */
export function validatePatch(p: CallPatch): void {
  if (p === null || typeof p !== 'object' || Array.isArray(p)) throw invalid('ERR_BAD_CALL', 'an object', 'call patch', p);
  for (const k of Object.keys(p)) if (PATCH_FORBIDDEN.has(k)) throw invalid('ERR_BAD_CALL', 'a field the caller may change (use setLegalHold/shred for those)', 'call patch field', k);
  for (const f of TEXT_FIELDS) if (p[f] !== undefined) checkText(p[f], `patch.${f}`);
  for (const f of ['startedAt', 'answeredAt', 'endedAt', 'retainUntil'] as const) if (p[f] !== undefined) checkTime(p[f], `patch.${f}`);
  if (p.tags !== undefined) checkTags(p.tags, 'patch.tags');
  if (p.state !== undefined && !STATES.includes(p.state)) throw invalid('ERR_BAD_CALL', `one of ${STATES.join(', ')}`, 'patch.state', p.state);
  if (p.durationMs !== undefined && !(typeof p.durationMs === 'number' && p.durationMs >= 0)) throw invalid('ERR_BAD_CALL', 'a duration >= 0', 'patch.durationMs', p.durationMs);
  if (p.analysis !== undefined) {
    const a = p.analysis;
    if (a === null || typeof a !== 'object' || !Array.isArray(a.ruleHits)) throw invalid('ERR_BAD_CALL', 'an analysis summary with ruleHits[]', 'patch.analysis', a);
    checkTags(a.ruleHits, 'patch.analysis.ruleHits');
    if (a.score !== undefined && !(typeof a.score === 'number' && a.score >= 0 && a.score <= 100)) throw invalid('ERR_BAD_CALL', 'a score in 0..100', 'patch.analysis.score', a.score);
  }
}

/** Normalised retention policy. */
export function normalizeRetention(p: RetentionPolicy | undefined): Required<RetentionPolicy> {
  const days = (v: unknown, what: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 1 || v > 36_500) throw invalid('ERR_BAD_STORE_OPTIONS', 'a number of days in 1..36500', what, v);
    return v;
  };
  const out: Required<RetentionPolicy> = { defaultDays: days(p?.defaultDays ?? DEFAULT_RETENTION_DAYS, 'retention.defaultDays'), byTag: {}, byQueue: {} };
  for (const [k, v] of Object.entries(p?.byTag ?? {})) out.byTag[k] = days(v, `retention.byTag.${k}`);
  for (const [k, v] of Object.entries(p?.byQueue ?? {})) out.byQueue[k] = days(v, `retention.byQueue.${k}`);
  return out;
}

/** retainUntil of a call: the longest matching tag/queue rule wins; none matching → the default. */
export function retainUntil(policy: Required<RetentionPolicy>, c: { startedAt: number; tags: string[]; queue: string }): number {
  const matched: number[] = [];
  for (const t of c.tags) if (Object.hasOwn(policy.byTag, t)) matched.push(policy.byTag[t] as number);
  if (Object.hasOwn(policy.byQueue, c.queue)) matched.push(policy.byQueue[c.queue] as number);
  const days = matched.length ? Math.max(...matched) : policy.defaultDays;
  return c.startedAt + days * DAY_MS;
}
