/**
 * The append-only audit log: every event carries the hash of its predecessor, so editing, deleting
 * or reordering a stored event breaks the chain at that point (verifyChain). The head (last seq and
 * hash) is also kept apart and handed to an optional anchor (the evidence ledger, later): cutting
 * events off the tail is only detectable against such an outside copy.
 */
import { createHash } from 'node:crypto';
import { invalid } from '../errors/index.js';
import type { Namespace } from '../storage/index.js';
import { canonicalJson } from './canonical.js';

export type AuditType =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'password_change'
  | 'playback'
  | 'download'
  | 'export'
  | 'override'
  | 'rule_change'
  | 'setting_change'
  | 'user_change'
  | 'analysis_retry'
  | 'view'
  | 'denied';

export interface AuditInput {
  type: AuditType;
  /** Username, or "system" / "cli" for non-interactive actors. */
  actor: string;
  role?: string;
  ip?: string;
  /** What was acted on: "call:<id>", "user:<name>", "settings:rules"… */
  target?: string;
  outcome?: 'ok' | 'denied' | 'fail';
  /** Non-secret details (never passwords, keys or audio). */
  details?: Record<string, unknown>;
}

export interface AuditEvent extends AuditInput {
  seq: number;
  at: number;
  outcome: 'ok' | 'denied' | 'fail';
  prevHash: string;
  hash: string;
}

export interface AuditHead {
  seq: number;
  hash: string;
}

/** Seam for anchoring the head elsewhere (evidence ledger). Called after every append. */
export interface AuditAnchor {
  anchor(head: AuditHead): void | Promise<void>;
}

export interface VerifyResult {
  ok: boolean;
  count: number;
  headHash: string;
  firstBadSeq?: number;
  reason?: string;
}

export interface AuditQuery {
  from?: number;
  to?: number;
  actor?: string;
  type?: string;
  /** Matches target "call:<id>". */
  callId?: string;
  limit?: number;
  cursor?: string;
}

export const GENESIS_HASH = '0'.repeat(64);
const SCAN_BUDGET = 50_000;

/** Hash of one event: sha256(prevHash ‖ canonical JSON of the event without its own hash). */
export function eventHash(event: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256').update(event.prevHash).update(canonicalJson(event)).digest('hex');
}

const seqKey = (seq: number) => String(seq).padStart(12, '0');

export class AuditLog {
  private head: AuditHead = { seq: 0, hash: GENESIS_HASH };
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly events: Namespace<AuditEvent>,
    private readonly meta: Namespace<AuditHead>,
    private readonly now: () => number,
    private readonly anchor?: AuditAnchor,
  ) {}

  /** Opens the log over two namespaces (events, head) and reads the current head. */
  static async open(events: Namespace<AuditEvent>, meta: Namespace<AuditHead>, options: { now?: () => number; anchor?: AuditAnchor } = {}): Promise<AuditLog> {
    const log = new AuditLog(events, meta, options.now ?? Date.now, options.anchor);
    for await (const [, ev] of events.entries({ reverse: true, limit: 1 })) log.head = { seq: ev.seq, hash: ev.hash };
    return log;
  }

  currentHead(): AuditHead {
    return { ...this.head };
  }

  /** Appends one event; appends are serialised so the chain never forks. */
  append(input: AuditInput): Promise<AuditEvent> {
    const run = this.tail.then(async () => {
      const base: Omit<AuditEvent, 'hash'> = {
        ...input,
        outcome: input.outcome ?? 'ok',
        seq: this.head.seq + 1,
        at: this.now(),
        prevHash: this.head.hash,
      };
      const event: AuditEvent = { ...base, hash: eventHash(base) };
      await this.events.put(seqKey(event.seq), event, { sync: true });
      this.head = { seq: event.seq, hash: event.hash };
      await this.meta.put('head', this.head);
      await this.anchor?.anchor({ ...this.head });
      return event;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Walks the whole chain in key order: every seq follows the previous one, every prevHash is the
   * previous hash, every hash recomputes, and the last event matches the separately stored head.
   */
  async verifyChain(): Promise<VerifyResult> {
    let prev: AuditHead = { seq: 0, hash: GENESIS_HASH };
    let count = 0;
    const bad = (seq: number, reason: string): VerifyResult => ({ ok: false, count, headHash: prev.hash, firstBadSeq: seq, reason });
    for await (const [key, ev] of this.events.entries()) {
      const { hash, ...rest } = ev;
      if (key !== seqKey(ev.seq)) return bad(ev.seq, `event stored under key ${key} claims seq ${ev.seq}`);
      if (ev.seq !== prev.seq + 1) return bad(prev.seq + 1, `expected seq ${prev.seq + 1} but found ${ev.seq} (deleted or reordered)`);
      if (ev.prevHash !== prev.hash) return bad(ev.seq, 'prevHash does not match the previous event');
      if (eventHash(rest) !== hash) return bad(ev.seq, 'hash does not match the event content (edited)');
      prev = { seq: ev.seq, hash };
      count++;
    }
    const stored = await this.meta.get('head');
    if (stored && (stored.seq !== prev.seq || stored.hash !== prev.hash)) {
      return bad(Math.min(stored.seq, prev.seq + 1), `chain ends at seq ${prev.seq} but the head says ${stored.seq} (events cut off)`);
    }
    return { ok: true, count, headHash: prev.hash };
  }

  /** Newest first, filtered; cursor = seq to continue below. */
  async list(q: AuditQuery): Promise<{ events: AuditEvent[]; nextCursor?: string }> {
    const limit = q.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw invalid('ERR_BAD_LIMIT', 'an integer in 1..500', 'limit', limit);
    let lt: string | undefined;
    if (q.cursor !== undefined) {
      if (!/^\d{1,12}$/.test(q.cursor)) throw invalid('ERR_BAD_CURSOR', 'a cursor returned by a previous page', 'cursor', q.cursor);
      lt = seqKey(Number(q.cursor));
    }
    const out: AuditEvent[] = [];
    let scanned = 0;
    let last: AuditEvent | undefined;
    for await (const [, ev] of this.events.entries({ reverse: true, ...(lt ? { lt } : {}) })) {
      last = ev;
      if (++scanned > SCAN_BUDGET) break;
      if (q.from !== undefined && ev.at < q.from) break;
      if (q.to !== undefined && ev.at >= q.to) continue;
      if (q.actor !== undefined && ev.actor !== q.actor) continue;
      if (q.type !== undefined && ev.type !== q.type) continue;
      if (q.callId !== undefined && ev.target !== `call:${q.callId}`) continue;
      out.push(ev);
      if (out.length >= limit) break;
    }
    const more = last !== undefined && last.seq > 1 && (out.length >= limit || scanned > SCAN_BUDGET);
    return { events: out, ...(more && last ? { nextCursor: String(last.seq) } : {}) };
  }
}
