/**
 * Audit trail of the console and the CLI: append-only events (login, playback, download, export,
 * override, rule/setting/user change…) on a SHA-256 hash chain in the store's LevelDB, with
 * verifyChain() to detect edits, deletions and reordering. The head can be anchored elsewhere
 * (AuditAnchor: the evidence ledger's seam).
 *
 * Error codes: ERR_BAD_LIMIT, ERR_BAD_CURSOR.
 */
import type { RecordingStore } from '../storage/index.js';
import { AuditLog, type AuditAnchor, type AuditEvent, type AuditHead } from './log.js';

export { AuditLog, GENESIS_HASH, eventHash } from './log.js';
export type { AuditAnchor, AuditEvent, AuditHead, AuditInput, AuditQuery, AuditType, VerifyResult } from './log.js';
export { canonicalJson } from './canonical.js';

/** Sublevel names inside the store's LevelDB. */
export const AUDIT_SUBLEVEL = 'audit';
export const AUDIT_HEAD_SUBLEVEL = 'audit-head';

const logs = new WeakMap<object, Promise<AuditLog>>();

/**
 * The one AuditLog of a store. Every writer in the process (console, demo bootstrap) must share it:
 * two instances over the same LevelDB would each extend their own idea of the head and fork the chain.
 */
export function auditLogFor(store: RecordingStore, options: { now?: () => number; anchor?: AuditAnchor } = {}): Promise<AuditLog> {
  let log = logs.get(store);
  if (!log) {
    log = AuditLog.open(store.sublevel<AuditEvent>(AUDIT_SUBLEVEL), store.sublevel<AuditHead>(AUDIT_HEAD_SUBLEVEL), options);
    logs.set(store, log);
  }
  return log;
}
