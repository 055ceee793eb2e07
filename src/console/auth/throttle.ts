/**
 * Login throttling with exponential backoff, per username and per client IP: after `free` failures
 * each further failure doubles the wait (1 s, 2 s, 4 s … capped at 15 min). While a key waits,
 * login is refused with 429 before the password is even checked, so guessing stays slow.
 */
export interface ThrottleOptions {
  /** Failures allowed before waits start. Default 5 per user, 20 per IP. */
  freeUser?: number;
  freeIp?: number;
  baseMs?: number;
  maxMs?: number;
  /** A key with no failure for this long is forgotten. Default 1 h. */
  forgetMs?: number;
}

interface Entry {
  failures: number;
  until: number;
  last: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly o: Required<ThrottleOptions>;

  constructor(private readonly now: () => number = Date.now, options: ThrottleOptions = {}) {
    this.o = { freeUser: 5, freeIp: 20, baseMs: 1000, maxMs: 15 * 60_000, forgetMs: 3_600_000, ...options };
  }

  private keys(username: string, ip: string): [string, number][] {
    return [[`u:${username.toLowerCase().slice(0, 64)}`, this.o.freeUser], [`ip:${ip}`, this.o.freeIp]];
  }

  /** Milliseconds to wait before another attempt is allowed (0 = allowed). */
  retryAfterMs(username: string, ip: string): number {
    const t = this.now();
    let wait = 0;
    for (const [k] of this.keys(username, ip)) {
      const e = this.entries.get(k);
      if (e) wait = Math.max(wait, e.until - t);
    }
    return Math.max(0, wait);
  }

  fail(username: string, ip: string): void {
    const t = this.now();
    if (this.entries.size > 100_000) this.prune(t);
    for (const [k, free] of this.keys(username, ip)) {
      const e = this.entries.get(k) ?? { failures: 0, until: 0, last: t };
      if (t - e.last > this.o.forgetMs) e.failures = 0;
      e.failures++;
      e.last = t;
      if (e.failures >= free) e.until = t + Math.min(this.o.maxMs, this.o.baseMs * 2 ** (e.failures - free));
      this.entries.set(k, e);
    }
  }

  /** A successful login clears the username's record (the IP's stays: it may be spraying names). */
  succeed(username: string): void {
    this.entries.delete(`u:${username.toLowerCase().slice(0, 64)}`);
  }

  private prune(t: number): void {
    for (const [k, e] of this.entries) if (t - e.last > this.o.forgetMs && e.until < t) this.entries.delete(k);
  }
}
