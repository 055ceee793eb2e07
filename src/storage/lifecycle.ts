/**
 * Legal hold, crypto-shredding, retention and KEK rotation. Every one of these writes a storage
 * event in the same atomic batch as the change, so the record of the action cannot be lost apart
 * from the action itself.
 */
import { rm } from 'node:fs/promises';
import { AppError, invalid } from '../errors/index.js';
import type { CallRecord } from '../model/index.js';
import { createLogger } from '../trace/index.js';
import type { StoreInternals } from './context.js';
import { F, pad13, prefix, idOfKey } from './index-keys.js';
import type { WrappedKey } from './keys.js';
import type { RetentionReport, ShredTombstone } from './types.js';
import { checkCallId, LIVE_STATES } from './validate.js';

const log = createLogger('storage');
/** Serializes key deletion (shred) against KEK rotation so a rotation never resurrects a shredded key. */
export const KEYS_LOCK = '\0keys';
const MAX_RETENTION_PER_RUN = 100_000;

function checkActor(actor: unknown, reason: unknown): void {
  if (typeof actor !== 'string' || actor.length === 0 || actor.length > 200) throw invalid('ERR_BAD_ARG', 'an actor id of 1-200 characters', 'actor', actor);
  if (typeof reason !== 'string' || reason.length === 0 || reason.length > 2000) throw invalid('ERR_BAD_ARG', 'a reason of 1-2000 characters', 'reason', reason);
}

/** Deletes the physically-deleted key range from LevelDB's files (memtable flush + compaction). */
async function compactKeys(ctx: StoreInternals): Promise<void> {
  // classic-level has compactRange; the universal `level` type does not declare it.
  await (ctx.db as unknown as { compactRange(start: string, end: string): Promise<void> }).compactRange('!keys!', '!keys"');
}

/** Sets or clears a legal hold (audited in the storage event log). */
export async function setLegalHold(ctx: StoreInternals, id: string, on: boolean, actor: string, reason: string): Promise<CallRecord> {
  checkCallId(id);
  checkActor(actor, reason);
  if (typeof on !== 'boolean') throw invalid('ERR_BAD_ARG', 'a boolean', 'legal hold', on);
  return ctx.withLock(id, async () => {
    const before = await ctx.getCall(id);
    if (on && before.shredded) throw new AppError('precondition', 'ERR_SHREDDED', `The recording of call ${id} was already crypto-shredded`, { httpStatus: 410 });
    const after: CallRecord = { ...before, legalHold: on };
    await ctx.writeCall(before, after, [ctx.eventOp({ at: ctx.now(), type: 'legal_hold', callId: id, actor, reason, details: { on } })], true);
    return after;
  });
}

async function shredLocked(ctx: StoreInternals, id: string, reason: string, actor: string): Promise<CallRecord> {
  const before = await ctx.getCall(id);
  if (before.shredded) return before;
  if (before.legalHold) throw new AppError('precondition', 'ERR_LEGAL_HOLD', `Call ${id} is under legal hold and cannot be deleted`);
  if (ctx.writers.has(id)) throw new AppError('precondition', 'ERR_CALL_ACTIVE', `Call ${id} is still being recorded`);
  if (!before.recording) throw new AppError('not_found', 'ERR_NO_RECORDING', `Call ${id} has no recording to shred`);
  const keyId = before.recording.keyId;
  const at = ctx.now();
  let file: string | undefined;
  try {
    file = ctx.filePath(before);
  } catch {
    file = undefined;
  }
  const after = await ctx.withLock(KEYS_LOCK, async () => {
    const wrapped = await ctx.keys.get(keyId);
    const tomb: ShredTombstone = { callId: id, keyId, kekId: wrapped?.kekId ?? '', at, actor, reason };
    const next: CallRecord = { ...before, shredded: { at, actor, reason } };
    await ctx.writeCall(
      before,
      next,
      [
        { type: 'del', sublevel: ctx.keys, key: keyId },
        { type: 'put', sublevel: ctx.tombs, key: id, value: tomb },
        ctx.eventOp({ at, type: 'shred', callId: id, actor, reason, details: { keyId } }),
      ],
      true,
    );
    return next;
  });
  // The key is gone, so the file is noise; removing it frees space (best effort).
  if (file) await rm(file, { force: true }).catch((e) => log.warn('could not remove shredded file', { callId: id, error: String(e) }));
  return after;
}

/** Crypto-shreds one call: deletes its wrapped data key and file, keeps metadata and a tombstone. */
export async function shred(ctx: StoreInternals, id: string, reason: string, actor: string): Promise<CallRecord> {
  checkCallId(id);
  checkActor(actor, reason);
  const out = await ctx.withLock(id, () => shredLocked(ctx, id, reason, actor));
  await compactKeys(ctx);
  return out;
}

/** Shreds every call whose retainUntil has passed, except held and active ones. */
export async function applyRetention(ctx: StoreInternals, now: number, actor: string): Promise<RetentionReport> {
  if (typeof now !== 'number' || !Number.isFinite(now)) throw invalid('ERR_BAD_ARG', 'epoch milliseconds', 'now', now);
  const report: RetentionReport = { shredded: [], skippedLegalHold: [], skippedActive: [] };
  const base = prefix(F.retention, '');
  const ids: string[] = [];
  for await (const key of ctx.idx.keys({ gte: base, lt: base + pad13(now), limit: MAX_RETENTION_PER_RUN })) ids.push(idOfKey(key));
  for (const id of ids) {
    try {
      await ctx.withLock(id, async () => {
        const c = await ctx.calls.get(id);
        if (!c || c.shredded) return;
        if (c.legalHold) return void report.skippedLegalHold.push(id);
        if (ctx.writers.has(id) || LIVE_STATES.includes(c.state)) return void report.skippedActive.push(id);
        await shredLocked(ctx, id, `retention expired at ${new Date(c.retainUntil).toISOString()}`, actor);
        report.shredded.push(id);
      });
    } catch (error) {
      log.error('retention could not shred a call', { callId: id, error: String(error) });
    }
  }
  if (report.shredded.length) await compactKeys(ctx);
  return report;
}

/** New KEK; re-wraps every data key under it; removes KEKs that no longer wrap anything. */
export async function rotateKek(ctx: StoreInternals & { pendingWraps: Set<Promise<unknown>> }, actor: string): Promise<{ kekId: string; rewrapped: number; retiredKekIds: string[] }> {
  checkActor(actor, 'rotation');
  return ctx.withLock(KEYS_LOCK, async () => {
    const kekId = ctx.ring.addKek();
    await ctx.ring.save();
    // Keys wrapped under the old KEK just before the switch may still be on their way to LevelDB.
    await Promise.allSettled([...ctx.pendingWraps]);
    let rewrapped = 0;
    let batch: { type: 'put'; key: string; value: WrappedKey }[] = [];
    const flush = async () => {
      if (batch.length) await ctx.keys.batch(batch, { sync: true } as object);
      batch = [];
    };
    const stillUsed = new Set<string>();
    for await (const [keyId, w] of ctx.keys.iterator()) {
      if (w.kekId === kekId) continue;
      const wrapped = ctx.ring.wrap(keyId, ctx.ring.unwrap(w), w.createdAt);
      if (wrapped.kekId !== kekId) stillUsed.add(w.kekId);
      batch.push({ type: 'put', key: keyId, value: wrapped });
      rewrapped++;
      if (batch.length >= 1000) await flush();
    }
    await flush();
    const retiredKekIds = ctx.ring.kekIds().filter((k) => k !== kekId && !stillUsed.has(k));
    ctx.ring.removeKeks(retiredKekIds);
    await ctx.ring.save();
    await ctx.db.batch([ctx.eventOp({ at: ctx.now(), type: 'kek_rotation', actor, reason: 'rotation', details: { kekId, rewrapped, retiredKekIds } })] as never, { sync: true });
    return { kekId, rewrapped, retiredKekIds };
  });
}
