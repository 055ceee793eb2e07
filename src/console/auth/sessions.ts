/**
 * Console sessions: an opaque random id in the `cv_session` cookie, kept in memory by its SHA-256
 * (a heap dump does not yield usable cookies). Idle timeout 30 min, absolute 12 h; the clock is
 * injected so tests can age sessions. A restart logs everyone out, which is acceptable for an
 * appliance console and avoids persisting bearer secrets.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 3_600_000;

export interface Session {
  /** sha256 of the cookie value. */
  key: string;
  username: string;
  createdAt: number;
  lastSeen: number;
  /** Playback already audited in this session ("<callId>:<variant>"), to log a play once, not per Range request. */
  audited: Set<string>;
}

export type SessionLookup = { session: Session } | { expired: true } | undefined;

const digest = (s: string) => createHash('sha256').update(s).digest('hex');

export class SessionManager {
  private readonly sessions = new Map<string, Session>();
  private readonly secret = randomBytes(32);

  constructor(private readonly now: () => number = Date.now, readonly idleMs = IDLE_MS, readonly absoluteMs = ABSOLUTE_MS) {}

  /** Creates a session; returns the cookie value (only ever sent to the client). */
  create(username: string): { cookie: string; session: Session } {
    this.prune();
    const cookie = randomBytes(32).toString('base64url');
    const t = this.now();
    const session: Session = { key: digest(cookie), username, createdAt: t, lastSeen: t, audited: new Set() };
    this.sessions.set(session.key, session);
    return { cookie, session };
  }

  /** Finds the session of a cookie; `touch` extends the idle window (every authenticated request). */
  lookup(cookie: string | undefined, touch = true): SessionLookup {
    if (!cookie || cookie.length > 100) return undefined;
    const s = this.sessions.get(digest(cookie));
    if (!s) return undefined;
    const t = this.now();
    if (t - s.lastSeen > this.idleMs || t - s.createdAt > this.absoluteMs) {
      this.sessions.delete(s.key);
      return { expired: true };
    }
    if (touch) s.lastSeen = t;
    return { session: s };
  }

  /** Whether a session is still valid without extending it (SSE re-checks). */
  alive(s: Session): boolean {
    const t = this.now();
    return this.sessions.has(s.key) && t - s.lastSeen <= this.idleMs && t - s.createdAt <= this.absoluteMs;
  }

  expiries(s: Session): { idleExpiresAt: number; absoluteExpiresAt: number } {
    return { idleExpiresAt: s.lastSeen + this.idleMs, absoluteExpiresAt: s.createdAt + this.absoluteMs };
  }

  destroy(s: Session): void {
    this.sessions.delete(s.key);
  }

  /** Ends every session of a user (password change, role change, disable, delete). */
  destroyUser(username: string, except?: Session): void {
    for (const s of this.sessions.values()) if (s.username === username && s !== except) this.sessions.delete(s.key);
  }

  /** CSRF token bound to a session cookie or a pre-session cookie (synchroniser token via HMAC). */
  csrfToken(kind: 'sess' | 'pre', cookie: string): string {
    return createHmac('sha256', this.secret).update(`${kind}:${cookie}`).digest('base64url');
  }

  checkCsrf(kind: 'sess' | 'pre', cookie: string | undefined, token: string | undefined): boolean {
    if (!cookie || !token) return false;
    const want = Buffer.from(this.csrfToken(kind, cookie));
    const got = Buffer.from(token);
    return want.length === got.length && timingSafeEqual(want, got);
  }

  count(): number {
    return this.sessions.size;
  }

  private prune(): void {
    const t = this.now();
    for (const s of this.sessions.values()) if (t - s.lastSeen > this.idleMs || t - s.createdAt > this.absoluteMs) this.sessions.delete(s.key);
  }
}
