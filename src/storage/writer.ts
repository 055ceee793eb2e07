/**
 * Append-only writer of one recording file. Appends are buffered in memory; the store's group
 * commit calls commit() every fsyncIntervalMs, which writes the buffer at the end of the file and
 * issues one fdatasync. durableBytes only moves after a successful fdatasync, so the ingest acks
 * only what survives a crash. A failed write or fsync is final (FACTS: a failed fsync cannot be
 * retried): the writer turns degraded and the host moves new recordings to another disk.
 */
import { AppError, invalid } from '../errors/index.js';
import type { CallRecord } from '../model/index.js';
import type { CallPatch, RecordingWriter, StorageFileHandle } from './types.js';

/** What the store provides to its writers. */
export interface WriterHost {
  fault(w: FileWriter, reason: string, error: unknown): void;
  wrote(disk: string, bytes: number): void;
  closed(w: FileWriter): void;
  complete(w: FileWriter, patch: CallPatch, interrupted: boolean): Promise<CallRecord>;
}

function degradedError(w: FileWriter): AppError {
  return new AppError('unavailable', 'ERR_STORAGE_DEGRADED', `Recording ${w.callId} cannot continue: ${w.degradedReason ?? 'storage degraded'}`, {
    details: { callId: w.callId, disk: w.disk, durableBytes: w.durableBytes },
  });
}

export class FileWriter implements RecordingWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  private durable = 0;
  private acked = 0;
  /** (ackedBytes, durationMs) marks: the duration becomes durable with those bytes. */
  private marks: [number, number][] = [];
  private waiters: { bytes: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  private chain: Promise<void> = Promise.resolve();
  private isClosed = false;
  /** Durable audio duration (ms) from append()'s durationMs. */
  durableDurationMs = 0;
  degradedReason: string | undefined;

  constructor(
    readonly callId: string,
    readonly disk: string,
    private readonly fh: StorageFileHandle,
    private readonly host: WriterHost,
  ) {}

  get ackedBytes(): number {
    return this.acked;
  }
  get durableBytes(): number {
    return this.durable;
  }
  get degraded(): boolean {
    return this.degradedReason !== undefined;
  }
  get dirty(): boolean {
    return this.pendingBytes > 0 && !this.degraded && !this.isClosed;
  }

  append(bytes: Buffer, durationMs?: number): void {
    if (this.isClosed) throw new AppError('precondition', 'ERR_WRITER_CLOSED', `Recording ${this.callId} is already finished`);
    if (this.degraded) throw degradedError(this);
    if (!Buffer.isBuffer(bytes)) throw invalid('ERR_BAD_ARG', 'a Buffer', 'recording bytes', bytes);
    if (durationMs !== undefined && (!Number.isFinite(durationMs) || durationMs < 0)) throw invalid('ERR_BAD_ARG', 'a duration >= 0 ms', 'durationMs', durationMs);
    if (bytes.length > 0) {
      this.pending.push(bytes);
      this.pendingBytes += bytes.length;
      this.acked += bytes.length;
    }
    if (durationMs !== undefined) this.marks.push([this.acked, durationMs]);
  }

  waitDurable(bytes: number = this.acked): Promise<void> {
    if (this.durable >= bytes) return Promise.resolve();
    if (this.degraded) return Promise.reject(degradedError(this));
    return new Promise((resolve, reject) => this.waiters.push({ bytes, resolve, reject }));
  }

  /** Writes the buffer and fdatasyncs (serialized per writer). */
  commit(): Promise<void> {
    this.chain = this.chain.then(() => this.doCommit());
    return this.chain;
  }

  private async doCommit(): Promise<void> {
    if (this.degraded) return;
    if (this.pendingBytes === 0) return this.settle();
    const buf = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      let off = 0;
      while (off < buf.length) {
        const { bytesWritten } = await this.fh.write(buf, off, buf.length - off, this.written + off);
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        off += bytesWritten;
      }
    } catch (error) {
      return this.fail(`write failed (${(error as NodeJS.ErrnoException).code ?? 'error'})`, error);
    }
    this.written += buf.length;
    this.host.wrote(this.disk, buf.length);
    try {
      if (buf.length > 0) await this.fh.datasync();
    } catch (error) {
      return this.fail(`fdatasync failed (${(error as NodeJS.ErrnoException).code ?? 'error'})`, error);
    }
    this.durable = this.written;
    this.settle();
  }

  /** Moves durations and waiters that the durable bytes now cover. */
  private settle(): void {
    while (this.marks.length && (this.marks[0] as [number, number])[0] <= this.durable) {
      this.durableDurationMs = Math.max(this.durableDurationMs, (this.marks.shift() as [number, number])[1]);
    }
    const still: typeof this.waiters = [];
    for (const w of this.waiters) (w.bytes <= this.durable ? w.resolve() : still.push(w));
    this.waiters = still;
  }

  private fail(reason: string, error: unknown): void {
    this.degradedReason = reason;
    this.pending = [];
    this.pendingBytes = 0;
    const err = degradedError(this);
    for (const w of this.waiters) w.reject(err);
    this.waiters = [];
    this.host.fault(this, reason, error);
  }

  private async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    try {
      await this.fh.close();
    } catch {
      // Closing a handle whose fsync failed may fail again; the data state is already decided.
    }
    this.host.closed(this);
  }

  async finish(finalBytes: Buffer | null, patch: CallPatch = {}): Promise<CallRecord> {
    if (this.isClosed) throw new AppError('precondition', 'ERR_WRITER_CLOSED', `Recording ${this.callId} is already finished`);
    if (finalBytes && finalBytes.length && !this.degraded) this.append(finalBytes, patch.durationMs);
    await this.commit();
    await this.close();
    return this.host.complete(this, patch, this.degraded);
  }

  async abort(reason: string): Promise<void> {
    if (this.isClosed) return;
    await this.commit();
    await this.close();
    await this.host.complete(this, { endedAt: undefined }, true);
    void reason;
  }

  /** Closes without touching metadata (store shutdown: recovery scans the file at next open). */
  async shutdown(): Promise<void> {
    await this.commit();
    await this.close();
  }
}
