/**
 * What the console's routes share: injected dependencies (store, board, capture, clock) and the
 * services built from them (users, sessions, throttle, audit, live events, metrics, audio cache).
 */
import type { ParameterizedContext } from 'koa';
import type { AuditLog } from '../audit/index.js';
import type { ChannelBoard } from '../channels/index.js';
import type { RecordingStore } from '../storage/index.js';
import type { Session, SessionManager } from './auth/sessions.js';
import type { LoginThrottle } from './auth/throttle.js';
import type { User, UserStore } from './auth/users.js';
import type { CaptureLike, EventHub } from './events.js';
import type { AudioCache } from './audio-cache.js';
import type { MetricsState } from './metrics.js';

/**
 * Optional analysis module (src/analysis) functions the console uses when present. Each may be
 * absent: the console then falls back to the PBX transcript and CallRecord.analysis.
 */
export interface AnalysisLike {
  /** Full analysis of one call (transcript, rule hits with times, emotion, scorecard items). */
  readCallAnalysis?(store: RecordingStore, callId: string): Promise<Record<string, unknown> | undefined>;
  /** Dry run of a rules document over past calls. */
  dryRunRules?(options: { store: RecordingStore; rules: unknown; from?: number; to?: number; limit?: number }): Promise<unknown>;
}

export interface ConsoleDeps {
  store: RecordingStore;
  board?: ChannelBoard;
  capture?: CaptureLike;
  /** Console state (TLS material, metrics token, settings fallbacks) lives here. */
  dataDir: string;
  rulesPath?: string;
  scorecardPath?: string;
  analysis?: AnalysisLike;
}

export interface ConsoleServices {
  deps: ConsoleDeps;
  now: () => number;
  users: UserStore;
  sessions: SessionManager;
  throttle: LoginThrottle;
  audit: AuditLog;
  hub: EventHub;
  metrics: MetricsState;
  audio: AudioCache;
  metricsToken: string;
}

export interface ConsoleState {
  user?: User;
  session?: Session;
  /** Set by handlers that wrote their own audit event (the auditor "view" logger then skips). */
  audited?: boolean;
  /** The cookie named a session that timed out (401 ERR_SESSION_EXPIRED rather than ERR_UNAUTHENTICATED). */
  sessionExpired?: boolean;
}

export type Ctx = ParameterizedContext<ConsoleState>;

export type { CaptureLike };
