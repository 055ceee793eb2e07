/**
 * The data directories (disks): free space (statfs through the fs layer, cached briefly), health
 * (a failed fsync or ENOSPC marks a disk degraded until restart: FACTS "fsyncgate" — a failed fsync
 * cannot be retried, so we stop trusting the disk), write-rate tracking for the fill forecast, and
 * the choice of a disk for each new recording.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import si from 'systeminformation';
import { AppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';
import type { DataDirConfig, DiskHealth, StorageFs } from './types.js';

const log = createLogger('storage');
const STAT_TTL_MS = 2000;
const RATE_WINDOW_MS = 60 * 60 * 1000;
const RATE_BUCKET_MS = 60 * 1000;

interface Disk {
  id: string;
  path: string;
  mount?: string;
  fsType?: string;
  degraded: boolean;
  reason?: string;
  open: number;
  stat?: { freeBytes: number; totalBytes: number; at: number };
  /** [bucketStartMs, bytes] for the fill forecast. */
  rate: [number, number][];
  firstWriteAt?: number;
}

export class DiskSet {
  private readonly disks: Disk[];

  constructor(configs: DataDirConfig[], private readonly fs: StorageFs, private readonly minFreeBytes: number, private readonly now: () => number) {
    if (!Array.isArray(configs) || configs.length === 0) throw new AppError('invalid', 'ERR_BAD_STORE_OPTIONS', 'Expected at least one data directory for dataDirs but received none');
    const ids = new Set<string>();
    this.disks = configs.map((c) => {
      if (typeof c.id !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(c.id) || ids.has(c.id)) {
        throw new AppError('invalid', 'ERR_BAD_STORE_OPTIONS', `Expected a unique id of 1-32 [A-Za-z0-9_-] for a data directory but received ${JSON.stringify(c.id)}`);
      }
      ids.add(c.id);
      return { id: c.id, path: path.resolve(c.path), degraded: false, open: 0, rate: [] };
    });
  }

  /** Creates the directories and reads mount info from systeminformation (best effort, bounded). */
  async init(): Promise<void> {
    for (const d of this.disks) await mkdir(d.path, { recursive: true });
    try {
      const sizes = await Promise.race([si.fsSize(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref())]);
      for (const d of this.disks) {
        let best: (typeof sizes)[number] | undefined;
        for (const s of sizes) {
          const m = s.mount;
          if ((d.path === m || d.path.startsWith(m.endsWith('/') ? m : m + '/')) && (!best || m.length > best.mount.length)) best = s;
        }
        if (best) {
          d.mount = best.mount;
          d.fsType = best.type;
        }
      }
    } catch (error) {
      log.warn('systeminformation fsSize failed; mount info unavailable', { error: String(error) });
    }
  }

  get(id: string): Disk | undefined {
    return this.disks.find((d) => d.id === id);
  }

  all(): readonly Disk[] {
    return this.disks;
  }

  private async stat(d: Disk, fresh = false): Promise<{ freeBytes: number; totalBytes: number }> {
    const t = this.now();
    if (!fresh && d.stat && t - d.stat.at < STAT_TTL_MS) return d.stat;
    try {
      const s = await this.fs.statfs(d.path);
      d.stat = { ...s, at: t };
    } catch (error) {
      this.markDegraded(d.id, `statfs failed: ${(error as Error).message}`);
      d.stat = { freeBytes: 0, totalBytes: 0, at: t };
    }
    return d.stat;
  }

  /** The healthy disk with the most free space (ties: fewest open recordings, then config order). */
  async choose(): Promise<Disk> {
    let best: { d: Disk; free: number } | undefined;
    for (const d of this.disks) {
      if (d.degraded) continue;
      const { freeBytes } = await this.stat(d);
      if (freeBytes < this.minFreeBytes) continue;
      const score = freeBytes / (1 + d.open * 0.001);
      if (!best || score > best.free) best = { d, free: score };
    }
    if (!best) {
      throw new AppError('unavailable', 'ERR_NO_HEALTHY_DISK', 'No data directory is healthy with enough free space for a new recording', {
        details: { disks: this.disks.map((d) => ({ id: d.id, degraded: d.degraded, reason: d.reason })) },
      });
    }
    return best.d;
  }

  /** Marks a disk degraded; returns true if it was healthy before (first alarm). */
  markDegraded(id: string, reason: string): boolean {
    const d = this.get(id);
    if (!d || d.degraded) return false;
    d.degraded = true;
    d.reason = reason;
    log.error('data directory degraded', { disk: id, reason });
    return true;
  }

  noteWrite(id: string, bytes: number): void {
    const d = this.get(id);
    if (!d) return;
    const t = this.now();
    d.firstWriteAt ??= t;
    const bucket = t - (t % RATE_BUCKET_MS);
    const last = d.rate[d.rate.length - 1];
    if (last && last[0] === bucket) last[1] += bytes;
    else d.rate.push([bucket, bytes]);
    while (d.rate.length && (d.rate[0] as [number, number])[0] < t - RATE_WINDOW_MS) d.rate.shift();
  }

  async health(): Promise<DiskHealth[]> {
    const t = this.now();
    const out: DiskHealth[] = [];
    for (const d of this.disks) {
      const s = await this.stat(d, true);
      const bytes = d.rate.reduce((a, [, b]) => a + b, 0);
      const since = Math.max(t - RATE_WINDOW_MS, d.firstWriteAt ?? t);
      const span = Math.max(RATE_BUCKET_MS, t - since);
      const bytesPerDay = bytes > 0 ? Math.round((bytes / span) * 86_400_000) : 0;
      out.push({
        id: d.id,
        path: d.path,
        ...(d.mount ? { mount: d.mount } : {}),
        ...(d.fsType ? { fsType: d.fsType } : {}),
        freeBytes: s.freeBytes,
        totalBytes: s.totalBytes,
        degraded: d.degraded,
        ...(d.reason ? { reason: d.reason } : {}),
        openRecordings: d.open,
        bytesPerDay,
        ...(bytesPerDay > 0 ? { daysToFull: s.freeBytes / bytesPerDay } : {}),
      });
    }
    return out;
  }
}
