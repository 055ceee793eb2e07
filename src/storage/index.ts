/**
 * Recording store: several data directories (disks) chosen by free space and health, one encrypted
 * recording file per call written append-only with group-commit fdatasync, call metadata and
 * secondary indexes in LevelDB, envelope encryption (per-recording data key wrapped by a KEK),
 * retention with legal hold and crypto-shredding, and crash recovery at open.
 *
 * Error codes: ERR_STORAGE_DEGRADED, ERR_NO_HEALTHY_DISK, ERR_WRITER_CLOSED, ERR_CALL_NOT_FOUND,
 * ERR_CALL_EXISTS, ERR_SHREDDED, ERR_LEGAL_HOLD, ERR_CALL_ACTIVE, ERR_BAD_CURSOR, ERR_BAD_LIMIT,
 * ERR_BAD_QUERY, ERR_BAD_CALL, ERR_KEY_FILE, ERR_KEY_MISSING, ERR_KEY_UNWRAP, ERR_STORE_CLOSED.
 */
export type {
  RecordingScan,
  RecordingScanner,
  RetentionPolicy,
  DataDirConfig,
  StorageFs,
  StorageFileHandle,
  StoreOptions,
  NewCall,
  CallPatch,
  RecordingWriter,
  SearchQuery,
  SearchOptions,
  SearchPage,
  ReadResult,
  DiskHealth,
  StorageAlarm,
  StoreHealth,
  RecoveryReport,
  RetentionReport,
  StorageEvent,
  ShredTombstone,
  Namespace,
  RecordingStore,
} from './types.js';
export { openStore } from './store.js';
export { nodeStorageFs } from './fs-layer.js';
export { newCallId } from './ids.js';
