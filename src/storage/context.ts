/** Internal handles shared by the store's modules (not exported from index.ts). */
import type { AbstractSublevel } from 'abstract-level';
import type { Level } from 'level';
import type { CallRecord } from '../model/index.js';
import type { DiskSet } from './disks.js';
import type { KeyRing, WrappedKey } from './keys.js';
import type { FileWriter } from './writer.js';
import type { RecordingScanner, ShredTombstone, StorageAlarm, StorageEvent, StorageFs } from './types.js';

export type Db = Level<string, string>;
export type Sub<V> = AbstractSublevel<Db, string | Buffer | Uint8Array, string, V>;

/** One operation of an atomic cross-sublevel batch. */
export type BatchOp =
  | { type: 'put'; sublevel: object; key: string; value: unknown }
  | { type: 'del'; sublevel: object; key: string };

export interface StoreInternals {
  db: Db;
  calls: Sub<CallRecord>;
  idx: Sub<string>;
  keys: Sub<WrappedKey>;
  tombs: Sub<ShredTombstone>;
  eventLog: Sub<StorageEvent>;
  ring: KeyRing;
  disks: DiskSet;
  fs: StorageFs;
  now(): number;
  scanner: () => Promise<RecordingScanner>;
  orphanScan: 'recent' | 'all' | 'none';
  writers: Map<string, FileWriter>;
  /** LevelDB writes of freshly wrapped data keys still in flight (KEK rotation waits for them). */
  pendingWraps: Set<Promise<unknown>>;
  withLock<T>(id: string, fn: () => Promise<T>): Promise<T>;
  getCall(id: string): Promise<CallRecord>;
  /** Atomically writes the record, its index changes and `extra` operations. */
  writeCall(before: CallRecord | undefined, after: CallRecord, extra: BatchOp[], sync: boolean): Promise<void>;
  eventOp(ev: StorageEvent): BatchOp;
  alarm(a: Omit<StorageAlarm, 'at'>): void;
  filePath(call: CallRecord): string;
  dataDirs(): { id: string; path: string }[];
}
