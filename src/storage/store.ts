/**
 * openStore(): wires the key ring, the disks, LevelDB (calls, indexes, wrapped keys, tombstones,
 * events) and the group-commit timer, then runs recovery before resolving.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Level } from 'level';
import { AppError, invalid, notFound } from '../errors/index.js';
import type { CallRecord } from '../model/index.js';
import { createLogger } from '../trace/index.js';
import type { BatchOp, Db, StoreInternals, Sub } from './context.js';
import { DiskSet } from './disks.js';
import { nodeStorageFs } from './fs-layer.js';
import { newCallId } from './ids.js';
import { indexDiff } from './index-keys.js';
import { KeyRing, newDataKey, type WrappedKey } from './keys.js';
import { applyRetention, rotateKek, setLegalHold, shred } from './lifecycle.js';
import { runRecovery } from './recovery.js';
import { listOldestFirst, runSearch } from './search.js';
import type {
  CallPatch, Namespace, NewCall, ReadResult, RecordingScanner, RecordingStore, RecoveryReport, SearchOptions, SearchPage,
  SearchQuery, ShredTombstone, StorageAlarm, StorageEvent, StoreHealth, StoreOptions,
} from './types.js';
import { checkCallId, LIVE_STATES, normalizeRetention, retainUntil, validateNewCall, validatePatch, validateRecord } from './validate.js';
import { FileWriter, type WriterHost } from './writer.js';

const log = createLogger('storage');
const MAX_ALARMS = 200;
const BULK_BATCH = 1000;

async function defaultScanner(): Promise<RecordingScanner> {
  const native = await import('../native/index.js');
  return (file, key, id) => native.scanRecording(file, key, id);
}

class Store implements RecordingStore, StoreInternals, WriterHost {
  recovery: RecoveryReport = { interrupted: [], failed: [], orphanFiles: [] };
  readonly calls: Sub<CallRecord>;
  readonly idx: Sub<string>;
  readonly keys: Sub<WrappedKey>;
  readonly tombs: Sub<ShredTombstone>;
  readonly eventLog: Sub<StorageEvent>;
  readonly writers = new Map<string, FileWriter>();
  readonly pendingWraps = new Set<Promise<unknown>>();
  readonly fs;
  readonly orphanScan;
  readonly retention;
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly alarms: StorageAlarm[] = [];
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  private isClosed = false;
  private eventSeq = 0;

  constructor(readonly db: Db, readonly ring: KeyRing, readonly disks: DiskSet, private readonly opts: StoreOptions) {
    this.calls = db.sublevel<string, CallRecord>('calls', { valueEncoding: 'json' }) as Sub<CallRecord>;
    this.idx = db.sublevel<string, string>('idx', { valueEncoding: 'utf8' }) as Sub<string>;
    this.keys = db.sublevel<string, WrappedKey>('keys', { valueEncoding: 'json' }) as Sub<WrappedKey>;
    this.tombs = db.sublevel<string, ShredTombstone>('tombs', { valueEncoding: 'json' }) as Sub<ShredTombstone>;
    this.eventLog = db.sublevel<string, StorageEvent>('events', { valueEncoding: 'json' }) as Sub<StorageEvent>;
    this.fs = opts.fs ?? nodeStorageFs;
    this.orphanScan = opts.orphanScan ?? 'recent';
    this.retention = normalizeRetention(opts.retention);
  }

  now(): number {
    return (this.opts.now ?? Date.now)();
  }

  scanner = async (): Promise<RecordingScanner> => this.opts.scanner ?? defaultScanner();

  startTimer(): void {
    const interval = this.opts.fsyncIntervalMs ?? 200;
    this.timer = setInterval(() => void this.tick(), interval);
    this.timer.unref();
  }

  /** Group commit: one write + fdatasync per dirty writer, all writers in parallel. */
  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      await Promise.all([...this.writers.values()].filter((w) => w.dirty).map((w) => w.commit()));
    } finally {
      this.ticking = false;
    }
  }

  private live(): void {
    if (this.isClosed) throw new AppError('unavailable', 'ERR_STORE_CLOSED', 'The recording store is closed');
  }

  withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(id) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(id, tail);
    void tail.then(() => {
      if (this.locks.get(id) === tail) this.locks.delete(id);
    });
    return run;
  }

  async getCall(id: string): Promise<CallRecord> {
    this.live();
    const c = await this.calls.get(checkCallId(id));
    if (!c) throw notFound('ERR_CALL_NOT_FOUND', 'call', id);
    return c;
  }

  async writeCall(before: CallRecord | undefined, after: CallRecord, extra: BatchOp[], sync: boolean): Promise<void> {
    const ops: BatchOp[] = [{ type: 'put', sublevel: this.calls, key: after.id, value: after }];
    for (const op of indexDiff(before, after)) {
      ops.push(op.type === 'put' ? { type: 'put', sublevel: this.idx, key: op.key, value: '' } : { type: 'del', sublevel: this.idx, key: op.key });
    }
    ops.push(...extra);
    await this.db.batch(ops as never, { sync });
  }

  eventOp(ev: StorageEvent): BatchOp {
    const key = `${String(ev.at).padStart(13, '0')}-${String(this.eventSeq++).padStart(8, '0')}`;
    return { type: 'put', sublevel: this.eventLog, key, value: ev };
  }

  alarm(a: Omit<StorageAlarm, 'at'>): void {
    this.alarms.push({ at: this.now(), ...a });
    if (this.alarms.length > MAX_ALARMS) this.alarms.shift();
    log.error('storage alarm', { ...a });
  }

  filePath(call: CallRecord): string {
    const disk = call.recording && this.disks.get(call.recording.disk);
    if (!call.recording || !disk) throw new AppError('not_found', 'ERR_NO_RECORDING', `Call ${call.id} has no recording file`);
    return path.join(disk.path, call.recording.path);
  }

  recordingPath(call: CallRecord): string {
    return this.filePath(call);
  }

  dataDirs(): { id: string; path: string }[] {
    return this.disks.all().map((d) => ({ id: d.id, path: d.path }));
  }

  // --- WriterHost -------------------------------------------------------------------------------

  fault(w: FileWriter, reason: string, error: unknown): void {
    const full = (error as NodeJS.ErrnoException)?.code === 'ENOSPC';
    const code = full ? 'ERR_DISK_FULL' : 'ERR_STORAGE_DEGRADED';
    if (this.disks.markDegraded(w.disk, reason)) this.alarm({ disk: w.disk, code, message: `Data directory ${w.disk} degraded: ${reason}; new recordings go to other disks` });
    this.alarm({ disk: w.disk, callId: w.callId, code, message: `Recording ${w.callId} degraded at ${w.durableBytes} durable bytes: ${reason}` });
    void this.withLock(w.callId, async () => {
      const before = await this.calls.get(w.callId);
      if (!before) return;
      const after: CallRecord = { ...before, storageDegraded: { at: this.now(), reason } };
      await this.writeCall(before, after, [this.eventOp({ at: this.now(), type: 'degraded', callId: w.callId, actor: 'system', reason, details: { disk: w.disk, code } })], true);
    }).catch((e) => log.error('could not record degradation', { callId: w.callId, error: String(e) }));
  }

  wrote(disk: string, bytes: number): void {
    this.disks.noteWrite(disk, bytes);
  }

  closed(w: FileWriter): void {
    this.writers.delete(w.callId);
    // The commit timer keeps the process alive only while a recording is open.
    if (this.writers.size === 0) this.timer?.unref();
    const d = this.disks.get(w.disk);
    if (d) d.open = Math.max(0, d.open - 1);
  }

  async complete(w: FileWriter, patch: CallPatch, interrupted: boolean): Promise<CallRecord> {
    validatePatch(patch);
    return this.withLock(w.callId, async () => {
      const before = await this.getCall(w.callId);
      const durationMs = interrupted ? w.durableDurationMs : (patch.durationMs ?? w.durableDurationMs);
      const after: CallRecord = {
        ...before,
        ...patch,
        state: interrupted ? 'interrupted' : (patch.state ?? 'completed'),
        endedAt: patch.endedAt ?? this.now(),
        durationMs,
        ...(before.recording ? { recording: { ...before.recording, bytes: w.durableBytes } } : {}),
      };
      if (w.degradedReason && !after.storageDegraded) after.storageDegraded = { at: this.now(), reason: w.degradedReason };
      if (patch.tags !== undefined || patch.queue !== undefined) after.retainUntil = patch.retainUntil ?? retainUntil(this.retention, after);
      await this.writeCall(before, after, [], true);
      return after;
    });
  }

  // --- RecordingStore ---------------------------------------------------------------------------

  async createRecording(meta: NewCall): Promise<{ call: CallRecord; dataKey: Buffer; writer: FileWriter }> {
    this.live();
    validateNewCall(meta);
    const id = meta.id ?? newCallId(this.now());
    return this.withLock(id, async () => {
      if (await this.calls.get(id)) throw new AppError('conflict', 'ERR_CALL_EXISTS', `A call with id ${JSON.stringify(id)} already exists`);
      const d = new Date(meta.startedAt);
      const rel = path.join(String(d.getUTCFullYear()), String(d.getUTCMonth() + 1).padStart(2, '0'), String(d.getUTCDate()).padStart(2, '0'), `${id}.cvr`);
      // Try disks in order of preference: a disk that fails to create the file is degraded and skipped.
      for (;;) {
        const disk = await this.disks.choose();
        const file = path.join(disk.path, rel);
        let fh;
        try {
          const created = await mkdir(path.dirname(file), { recursive: true });
          fh = await this.fs.open(file, 'wx', 0o640);
          // Make the new directory entries durable: the file in its day dir, new day dirs in parents.
          const dirs = [path.dirname(file)];
          if (created) for (let p = path.dirname(file); p.length >= created.length && p !== disk.path; p = path.dirname(p)) dirs.push(path.dirname(p));
          for (const dir of new Set(dirs)) {
            const dh = await this.fs.open(dir, 'r');
            try {
              await dh.sync();
            } finally {
              await dh.close();
            }
          }
        } catch (error) {
          await fh?.close().catch(() => undefined);
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EEXIST') throw new AppError('conflict', 'ERR_CALL_EXISTS', `A recording file for ${id} already exists on ${disk.id}`);
          const reason = `creating ${rel} failed (${code ?? 'error'})`;
          if (this.disks.markDegraded(disk.id, reason)) this.alarm({ disk: disk.id, code: code === 'ENOSPC' ? 'ERR_DISK_FULL' : 'ERR_STORAGE_DEGRADED', message: `Data directory ${disk.id} degraded: ${reason}` });
          continue;
        }
        const dataKey = newDataKey();
        const now = this.now();
        const call: CallRecord = {
          id, site: meta.site, bridgeId: meta.bridgeId, channelId: meta.channelId, pbxCallId: meta.pbxCallId, direction: meta.direction,
          caller: meta.caller, callee: meta.callee, agentId: meta.agentId, team: meta.team, queue: meta.queue, tags: [...(meta.tags ?? [])],
          startedAt: meta.startedAt, ...(meta.answeredAt !== undefined ? { answeredAt: meta.answeredAt } : {}),
          state: 'recording', durationMs: 0, pausedRanges: [], maskedRanges: [], holdRanges: [], transfers: [],
          legalHold: meta.legalHold ?? false, retainUntil: 0,
          recording: { disk: disk.id, path: rel, bytes: 0, formatVersion: meta.formatVersion ?? 1, keyId: id },
        };
        call.retainUntil = retainUntil(this.retention, call);
        const wrapped = this.ring.wrap(id, dataKey, now);
        const write = this.writeCall(undefined, call, [{ type: 'put', sublevel: this.keys, key: id, value: wrapped }], true);
        this.pendingWraps.add(write);
        try {
          await write;
        } catch (error) {
          await fh.close().catch(() => undefined);
          throw error;
        } finally {
          this.pendingWraps.delete(write);
        }
        const writer = new FileWriter(id, disk.id, fh, this);
        this.writers.set(id, writer);
        this.timer?.ref();
        disk.open++;
        return { call, dataKey, writer };
      }
    });
  }

  async putCall(meta: NewCall & { state?: CallRecord['state']; durationMs?: number; endedAt?: number }): Promise<CallRecord> {
    this.live();
    validateNewCall(meta);
    const id = meta.id ?? newCallId(this.now());
    const call: CallRecord = {
      id, site: meta.site, bridgeId: meta.bridgeId, channelId: meta.channelId, pbxCallId: meta.pbxCallId, direction: meta.direction,
      caller: meta.caller, callee: meta.callee, agentId: meta.agentId, team: meta.team, queue: meta.queue, tags: [...(meta.tags ?? [])],
      startedAt: meta.startedAt, ...(meta.answeredAt !== undefined ? { answeredAt: meta.answeredAt } : {}),
      ...(meta.endedAt !== undefined ? { endedAt: meta.endedAt } : {}),
      state: meta.state ?? 'not_recorded', durationMs: meta.durationMs ?? 0, pausedRanges: [], maskedRanges: [], holdRanges: [], transfers: [],
      legalHold: meta.legalHold ?? false, retainUntil: 0,
    };
    call.retainUntil = retainUntil(this.retention, call);
    validateRecord(call);
    return this.withLock(id, async () => {
      if (await this.calls.get(id)) throw new AppError('conflict', 'ERR_CALL_EXISTS', `A call with id ${JSON.stringify(id)} already exists`);
      await this.writeCall(undefined, call, [], true);
      return call;
    });
  }

  async putCalls(records: CallRecord[]): Promise<void> {
    this.live();
    if (!Array.isArray(records)) throw invalid('ERR_BAD_CALL', 'an array of call records', 'putCalls', records);
    records.forEach(validateRecord);
    for (let i = 0; i < records.length; i += BULK_BATCH) {
      const chunk = records.slice(i, i + BULK_BATCH);
      const existing = await this.calls.getMany(chunk.map((c) => c.id));
      const ops: BatchOp[] = [];
      chunk.forEach((c, j) => {
        ops.push({ type: 'put', sublevel: this.calls, key: c.id, value: c });
        for (const op of indexDiff(existing[j], c)) {
          ops.push(op.type === 'put' ? { type: 'put', sublevel: this.idx, key: op.key, value: '' } : { type: 'del', sublevel: this.idx, key: op.key });
        }
      });
      await this.db.batch(ops as never);
    }
  }

  async updateCall(id: string, patch: CallPatch): Promise<CallRecord> {
    this.live();
    checkCallId(id);
    validatePatch(patch);
    return this.withLock(id, async () => {
      const before = await this.getCall(id);
      const after: CallRecord = { ...before, ...patch };
      if ((patch.tags !== undefined || patch.queue !== undefined || patch.startedAt !== undefined) && patch.retainUntil === undefined) after.retainUntil = retainUntil(this.retention, after);
      await this.writeCall(before, after, [], patch.state !== undefined && patch.state !== before.state);
      return after;
    });
  }

  async readRecording(id: string): Promise<ReadResult> {
    const call = await this.getCall(id);
    if (call.shredded) throw new AppError('precondition', 'ERR_SHREDDED', `The recording of call ${id} was crypto-shredded`, { httpStatus: 410, details: { at: call.shredded.at } });
    if (!call.recording) throw new AppError('not_found', 'ERR_NO_RECORDING', `Call ${id} has no recording (state ${call.state})`);
    const wrapped = await this.keys.get(call.recording.keyId);
    if (!wrapped) throw new AppError('data_loss', 'ERR_KEY_MISSING', `The data key of call ${id} is missing`);
    const dataKey = this.ring.unwrap(wrapped);
    const { readFile } = await import('node:fs/promises');
    let bytes = await readFile(this.filePath(call));
    if (!LIVE_STATES.includes(call.state) && bytes.length > call.recording.bytes) bytes = bytes.subarray(0, call.recording.bytes);
    return { call, bytes, dataKey, recordingId: id };
  }

  search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchPage> {
    this.live();
    return runSearch(
      { keys: (range) => this.idx.keys(range) as never, getMany: (ids) => this.calls.getMany(ids) },
      query,
      options,
    );
  }

  listOldestFirst(state: CallRecord['state'], options: SearchOptions = {}): Promise<{ calls: CallRecord[]; nextCursor?: string }> {
    this.live();
    return listOldestFirst({ keys: (range) => this.idx.keys(range) as never, getMany: (ids) => this.calls.getMany(ids) }, state, options);
  }

  async countCalls(): Promise<number> {
    let n = 0;
    for await (const _ of this.calls.keys()) n++;
    return n;
  }

  setLegalHold(id: string, on: boolean, actor: string, reason: string): Promise<CallRecord> {
    this.live();
    return setLegalHold(this, id, on, actor, reason);
  }

  shred(id: string, reason: string, actor: string): Promise<CallRecord> {
    this.live();
    return shred(this, id, reason, actor);
  }

  applyRetention(now: number = this.now(), actor = 'retention'): ReturnType<RecordingStore['applyRetention']> {
    this.live();
    return applyRetention(this, now, actor);
  }

  rotateKek(actor: string): ReturnType<RecordingStore['rotateKek']> {
    this.live();
    return rotateKek(this, actor);
  }

  async tombstone(id: string): Promise<ShredTombstone | undefined> {
    return this.tombs.get(checkCallId(id));
  }

  async events(options: { limit?: number; callId?: string } = {}): Promise<StorageEvent[]> {
    const limit = Math.min(Math.max(1, options.limit ?? 100), 10_000);
    const out: StorageEvent[] = [];
    for await (const [, ev] of this.eventLog.iterator({ reverse: true })) {
      if (options.callId === undefined || ev.callId === options.callId) out.push(ev);
      if (out.length >= limit) break;
    }
    return out;
  }

  async health(): Promise<StoreHealth> {
    return { disks: await this.disks.health(), alarms: [...this.alarms], openRecordings: this.writers.size, kekId: this.ring.currentKekId };
  }

  sublevel<V = unknown>(name: string): Namespace<V> {
    if (typeof name !== 'string' || !/^[a-z0-9-]{1,40}$/.test(name)) throw invalid('ERR_BAD_ARG', 'a name of 1-40 [a-z0-9-]', 'sublevel name', name);
    const sub = this.db.sublevel<string, V>(`x-${name}`, { valueEncoding: 'json' });
    return {
      get: (k) => sub.get(k),
      getMany: (ks) => sub.getMany(ks),
      put: (k, v, o) => sub.put(k, v, (o ?? {}) as object),
      del: (k, o) => sub.del(k, (o ?? {}) as object),
      batch: (ops, o) => sub.batch(ops as never, (o ?? {}) as object),
      entries: (range = {}) => sub.iterator(range) as AsyncIterable<[string, V]>,
    };
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.writers.values()].map((w) => w.shutdown().catch(() => undefined)));
    await this.db.close();
  }
}

/** Opens (creating if needed) the store and runs crash recovery before resolving. */
export async function openStore(opts: StoreOptions): Promise<RecordingStore> {
  if (!opts || typeof opts.dbPath !== 'string' || typeof opts.keyFile !== 'string') throw invalid('ERR_BAD_STORE_OPTIONS', '{dataDirs, dbPath, keyFile}', 'openStore options', opts);
  const interval = opts.fsyncIntervalMs ?? 200;
  if (!Number.isFinite(interval) || interval < 1 || interval > 10_000) throw invalid('ERR_BAD_STORE_OPTIONS', 'an interval in 1..10000 ms', 'fsyncIntervalMs', interval);
  const ring = await KeyRing.open(opts.keyFile);
  const disks = new DiskSet(opts.dataDirs, opts.fs ?? nodeStorageFs, opts.minFreeBytes ?? 1 << 30, opts.now ?? Date.now);
  await disks.init();
  await mkdir(opts.dbPath, { recursive: true });
  const db: Db = new Level<string, string>(opts.dbPath, { valueEncoding: 'utf8' });
  await db.open();
  const store = new Store(db, ring, disks, opts);
  try {
    store.recovery = await runRecovery(store);
  } catch (error) {
    await db.close();
    throw error;
  }
  store.startTimer();
  return store;
}
