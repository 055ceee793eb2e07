/**
 * Decrypted audio kept briefly in memory: an <audio> element seeks with many Range requests, and
 * decrypting (and redacting) the whole recording for each would cost more than serving it. Entries
 * are keyed by call, variant and recorded size (a growing live recording gets a new entry), and
 * the cache is bounded by bytes and age.
 */
export class AudioCache {
  private readonly entries = new Map<string, { ogg: Buffer; at: number }>();
  private bytes = 0;

  constructor(private readonly now: () => number, private readonly maxBytes = 256 << 20, private readonly ttlMs = 10 * 60_000) {}

  get(key: string): Buffer | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.at > this.ttlMs) {
      this.drop(key);
      return undefined;
    }
    // Re-insert: Map order is the LRU order.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.ogg;
  }

  set(key: string, ogg: Buffer): void {
    this.drop(key);
    if (ogg.length > this.maxBytes) return;
    this.entries.set(key, { ogg, at: this.now() });
    this.bytes += ogg.length;
    for (const k of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(k);
    }
  }

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.ogg.length;
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
