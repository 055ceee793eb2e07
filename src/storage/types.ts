/**
 * Public types of the recording store: data directories (disks), the crash-safe writer, the LevelDB
 * index and search, envelope encryption, retention, legal hold and recovery.
 * Times are epoch milliseconds (UTC).
 */
import type { CallRecord, CallState, Direction } from '../model/index.js';

/** Result of H3's scanRecording (src/native): how much of a possibly torn file authenticates. */
export interface RecordingScan {
  complete: boolean;
  /** Length of the authenticated prefix; recovery truncates the file here. */
  validBytes: number;
  durationMs: number;
}

/** Injected so recovery can be tested without the native addon; default is src/native scanRecording. */
export type RecordingScanner = (file: Buffer, dataKey: Buffer, recordingId: string) => Promise<RecordingScan>;

/** Retention: days to keep audio per tag / queue; the longest matching rule wins. */
export interface RetentionPolicy {
  /** Default 183 (six months). */
  defaultDays?: number;
  byTag?: Record<string, number>;
  byQueue?: Record<string, number>;
}

/** One data directory (a disk). */
export interface DataDirConfig {
  /** Stable id stored in CallRecord.recording.disk (e.g. "d1"). */
  id: string;
  path: string;
}

/**
 * The few file-system calls the writer makes, injectable ONLY so fault tests can simulate a failed
 * fsync or a full disk (ENOSPC). Production uses node:fs/promises.
 */
export interface StorageFs {
  open(path: string, flags: string, mode?: number): Promise<StorageFileHandle>;
  /** Free/total bytes of the file system holding `path`. */
  statfs(path: string): Promise<{ freeBytes: number; totalBytes: number }>;
}
export interface StorageFileHandle {
  write(buffer: Buffer, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  sync(): Promise<void>;
  truncate(len: number): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  dataDirs: DataDirConfig[];
  /** LevelDB directory (created if missing). */
  dbPath: string;
  /** Key-encryption-key file; created with 0600 at first start. Never logged. */
  keyFile: string;
  /** Group-commit interval: one fdatasync per dirty file per interval. Default 200 ms. */
  fsyncIntervalMs?: number;
  /** A disk with less free space is not chosen for new recordings. Default 1 GiB. */
  minFreeBytes?: number;
  retention?: RetentionPolicy;
  /** Default: scanRecording from src/native. */
  scanner?: RecordingScanner;
  /** Test seam for fault injection (fsync failure, ENOSPC). Default node:fs. */
  fs?: StorageFs;
  /** Which day directories recovery walks for orphan files. Default 'recent' (today and yesterday). */
  orphanScan?: 'recent' | 'all' | 'none';
  /** Clock (tests). Default Date.now. */
  now?: () => number;
}

/** What the capture plane knows when a call starts. */
export interface NewCall {
  /** Our call id; generated (time-ordered, URL-safe) when absent. */
  id?: string;
  site: string;
  bridgeId: string;
  channelId: string;
  pbxCallId: string;
  direction: Direction;
  caller: string;
  callee: string;
  agentId: string;
  team: string;
  queue: string;
  tags?: string[];
  startedAt: number;
  answeredAt?: number;
  /** Recording format version of the native writer (CallRecord.recording.formatVersion). Default 1. */
  formatVersion?: number;
  legalHold?: boolean;
}

/** Fields a caller may change after creation (id, recording and shredding are the store's). */
export type CallPatch = Partial<Omit<CallRecord, 'id' | 'recording' | 'shredded'>>;

/** Append-only, group-committed writer of one recording file. */
export interface RecordingWriter {
  readonly callId: string;
  readonly disk: string;
  /** Bytes accepted by append() (buffered or written). */
  readonly ackedBytes: number;
  /** Bytes known to be on stable storage (fdatasync succeeded). Ack upstream only up to this. */
  readonly durableBytes: number;
  /** True after a failed write/fsync or ENOSPC: further appends reject with ERR_STORAGE_DEGRADED. */
  readonly degraded: boolean;
  /**
   * Buffers `bytes` for the next group commit. `durationMs` (optional) is the audio duration that
   * these bytes complete; it becomes the call's durable duration once committed.
   * Throws ERR_STORAGE_DEGRADED (the writer cannot continue: start a new recording) or ERR_WRITER_CLOSED.
   */
  append(bytes: Buffer, durationMs?: number): void;
  /** Resolves when durableBytes >= bytes (default: everything appended so far); rejects if degraded. */
  waitDurable(bytes?: number): Promise<void>;
  /** Writes finalBytes, fsyncs, closes and marks the call 'completed' (or patch.state) durably. */
  finish(finalBytes: Buffer | null, patch?: CallPatch): Promise<CallRecord>;
  /** Closes after committing what is buffered; the call keeps its state (recovery will scan it). */
  abort(reason: string): Promise<void>;
}

/** Search filters. `from`/`to` bound startedAt: from <= startedAt < to. */
export interface SearchQuery {
  from?: number;
  to?: number;
  agentId?: string;
  team?: string;
  /** Supervisor scope: any of these teams (merged index scan). */
  teams?: string[];
  /** Matches caller or callee exactly. */
  number?: string;
  queue?: string;
  tag?: string;
  ruleHit?: string;
  /** Inclusive score range 0..100 (analysis.score). */
  scoreMin?: number;
  scoreMax?: number;
  state?: CallState;
  direction?: Direction;
  site?: string;
  /** Minimum analysis.negativeEmotionShare (0..1). */
  negativeEmotionMin?: number;
  legalHold?: boolean;
  /** Include crypto-shredded calls (metadata only). Default true. */
  includeShredded?: boolean;
}

export interface SearchOptions {
  /** 1..1000, default 50. */
  limit?: number;
  /** Opaque cursor from a previous page of the SAME query (ERR_BAD_CURSOR otherwise). */
  cursor?: string;
}

export interface SearchPage {
  /** Newest first (startedAt desc, then id desc). */
  calls: CallRecord[];
  /** Present when more may follow; keyset-based, stable under concurrent inserts. */
  nextCursor?: string;
  /** Index entries examined (diagnostics). */
  scanned: number;
  /** Which index drove the scan. */
  index: string;
}

export interface ReadResult {
  call: CallRecord;
  /** The encrypted recording file as written (durable prefix if still recording). */
  bytes: Buffer;
  /** Unwrapped 32-byte data key; never log it. */
  dataKey: Buffer;
  recordingId: string;
}

export interface DiskHealth {
  id: string;
  path: string;
  /** Mount point and fs type from systeminformation when known. */
  mount?: string;
  fsType?: string;
  freeBytes: number;
  totalBytes: number;
  degraded: boolean;
  reason?: string;
  openRecordings: number;
  /** Average write rate over the recent window, extrapolated per day. */
  bytesPerDay: number;
  /** freeBytes / bytesPerDay; undefined when nothing was written recently. */
  daysToFull?: number;
}

export interface StorageAlarm {
  at: number;
  disk?: string;
  callId?: string;
  code: string;
  message: string;
}

export interface StoreHealth {
  disks: DiskHealth[];
  alarms: StorageAlarm[];
  openRecordings: number;
  kekId: string;
}

export interface RecoveryReport {
  /** Calls repaired and marked interrupted. */
  interrupted: { id: string; validBytes: number; truncatedBytes: number; durationMs: number; complete: boolean }[];
  /** Calls in a live state whose file could not be scanned (missing file, missing key, scanner error). */
  failed: { id: string; code: string; message: string }[];
  /** Files found on disk with no call record (reported, never deleted). */
  orphanFiles: string[];
}

export interface RetentionReport {
  shredded: string[];
  skippedLegalHold: string[];
  skippedActive: string[];
}

/** A storage event in the store's own log (legal hold, shred, key rotation, recovery). */
export interface StorageEvent {
  at: number;
  type: 'legal_hold' | 'shred' | 'kek_rotation' | 'recovery' | 'degraded';
  callId?: string;
  actor: string;
  reason: string;
  details?: Record<string, unknown>;
}

/** Tombstone kept after crypto-shredding: who, when, why. */
export interface ShredTombstone {
  callId: string;
  keyId: string;
  kekId: string;
  at: number;
  actor: string;
  reason: string;
}

/** A typed key/value namespace inside the store's LevelDB (for analysis results, users, audit…). */
export interface Namespace<V> {
  get(key: string): Promise<V | undefined>;
  getMany(keys: string[]): Promise<(V | undefined)[]>;
  put(key: string, value: V, options?: { sync?: boolean }): Promise<void>;
  del(key: string, options?: { sync?: boolean }): Promise<void>;
  batch(ops: ({ type: 'put'; key: string; value: V } | { type: 'del'; key: string })[], options?: { sync?: boolean }): Promise<void>;
  /** Ordered by key (UTF-8 bytes). */
  entries(range?: { gt?: string; gte?: string; lt?: string; lte?: string; limit?: number; reverse?: boolean }): AsyncIterable<[string, V]>;
}

export interface RecordingStore {
  /** What recovery did at open. */
  readonly recovery: RecoveryReport;
  /**
   * Creates the call record (state 'recording', durable sync write), a per-recording data key wrapped
   * by the KEK, and an empty file `<disk>/<yyyy>/<mm>/<dd>/<id>.cvr` on the healthiest disk.
   * ERR_NO_HEALTHY_DISK when every disk is degraded or below minFreeBytes.
   */
  createRecording(meta: NewCall): Promise<{ call: CallRecord; dataKey: Buffer; writer: RecordingWriter }>;
  /** Metadata-only call (do-not-record, imports without audio); state defaults to 'not_recorded'. */
  putCall(meta: NewCall & { state?: CallState; durationMs?: number; endedAt?: number }): Promise<CallRecord>;
  /** Bulk insert of complete records (migration, benchmarks): one LevelDB batch per 1000. */
  putCalls(records: CallRecord[]): Promise<void>;
  getCall(id: string): Promise<CallRecord>;
  updateCall(id: string, patch: CallPatch): Promise<CallRecord>;
  readRecording(id: string): Promise<ReadResult>;
  search(query: SearchQuery, options?: SearchOptions): Promise<SearchPage>;
  /**
   * Calls in one state, OLDEST first (startedAt asc), a page at a time (limit 1..1000, default 50):
   * for background sweeps such as the post-call catch-up. ERR_BAD_QUERY, ERR_BAD_LIMIT, ERR_BAD_CURSOR.
   */
  listOldestFirst(state: CallState, options?: SearchOptions): Promise<{ calls: CallRecord[]; nextCursor?: string }>;
  /** Number of call records (exact count; O(n), for diagnostics and tests). */
  countCalls(): Promise<number>;
  setLegalHold(id: string, on: boolean, actor: string, reason: string): Promise<CallRecord>;
  /** Deletes the wrapped data key (and the file), keeps metadata with `shredded`, writes a tombstone. */
  shred(id: string, reason: string, actor: string): Promise<CallRecord>;
  applyRetention(now?: number, actor?: string): Promise<RetentionReport>;
  /** Generates a new KEK, re-wraps every live data key with it; old KEKs stay until they wrap nothing. */
  rotateKek(actor: string): Promise<{ kekId: string; rewrapped: number; retiredKekIds: string[] }>;
  tombstone(id: string): Promise<ShredTombstone | undefined>;
  events(options?: { limit?: number; callId?: string }): Promise<StorageEvent[]>;
  health(): Promise<StoreHealth>;
  sublevel<V = unknown>(name: string): Namespace<V>;
  /** Absolute path of a call's recording file. */
  recordingPath(call: CallRecord): string;
  /** Commits buffered data of every open writer, then closes LevelDB. Open writers are aborted. */
  close(): Promise<void>;
}
