/**
 * Public types of the capture plane: what the server needs (dependencies are injected so tests and
 * the CLI choose the store, the channel plan and the record engine) and what it reports.
 */
import type { ChannelBoard, ChannelPlan } from '../channels/index.js';
import type { TranscriptSegment } from '../model/index.js';
import type { RecordEngine } from '../native/index.js';
import type { RecordingStore } from '../storage/index.js';
import type { TlsConfig } from '../config/index.js';

/** The record engine calls the ingest makes (H3's RecordEngine satisfies it). */
export type RecordEngineLike = Pick<RecordEngine, 'open' | 'push' | 'pause' | 'resume' | 'finish' | 'abort' | 'close'> &
  Partial<Pick<RecordEngine, 'setComplexity'>>;

/** What the ingest tells an alert source about the call a transcript segment belongs to. */
export interface AlertCallInfo {
  callId: string;
  pbxCallId: string;
  channelId: string;
  agentId: string;
  team: string;
  queue: string;
}

/** A real-time alert to send back to the bridge (and to the console through `onAlert`). */
export interface CaptureAlert {
  ruleId: string;
  severity: 'info' | 'warning' | 'critical';
  message: string;
  atOffsetMs: number;
}

/** Adapter over H7's real-time monitor: fed with streaming transcript segments, returns alerts. */
export interface AlertSource {
  onSegment(call: AlertCallInfo, segment: TranscriptSegment): Promise<CaptureAlert[]> | CaptureAlert[];
  /** The call ended: drop its state. */
  onCallEnd?(callId: string): void;
}

export interface CaptureOptions {
  site: string;
  /** Wall-time window between engine.push calls (ms). Default 100. */
  batchMs?: number;
  /** Ticks a client may send beyond the last accepted tick. Default 50. */
  creditTicks?: number;
  /** Longest tick / payload accepted (ms). Default 200. */
  maxTickMs?: number;
  /** Largest ChannelAudio.payload (bytes). Default 6400. */
  maxPayloadBytes?: number;
  /** Opus complexity (0..10) and features of the record path. */
  opusComplexity?: number;
  /** Load shedding floor: under CPU pressure complexity steps down to this (default 1; = opusComplexity: off). */
  minOpusComplexity?: number;
  features?: boolean;
  /** A tick counts as late when it arrives this long after its end (ms). Default 300 (jitter buffer). */
  lateAfterMs?: number;
  /** Clock (tests). */
  now?: () => number;
}

export interface CaptureDeps {
  store: RecordingStore;
  plan: ChannelPlan;
  /** Live channel states (H5); optional so the ingest can run before the board exists. */
  board?: ChannelBoard;
  engine: RecordEngineLike;
  alerts?: AlertSource;
  /** Called for every alert (console SSE). */
  onAlert?: (alert: CaptureAlert & AlertCallInfo) => void;
  /** Called once a call's record, transcript and acoustics are stored (post-call analysis). */
  onCallEnded?: (callId: string) => void;
}

export interface ServerListenOptions {
  host: string;
  port: number;
  tls?: TlsConfig;
  insecure?: boolean;
  maxMessageBytes?: number;
}

/** Cumulative counters of the ingest (bench, /metrics, shutdown log). */
export interface CaptureStats {
  ticks: number;
  framesReceived: number;
  /** Frames the engine filled with silence because they never came (lost). */
  gapFrames: number;
  /** Frames of ticks that arrived after their slot (tick end + lateAfterMs), plus engine-late frames. */
  lateFrames: number;
  framesRejected: number;
  callsStarted: number;
  callsCompleted: number;
  callsInterrupted: number;
  channelErrors: number;
  pushes: number;
  /** Engine push latency, ms: max and running mean. */
  pushMsMax: number;
  pushMsMean: number;
  /** Opus complexity in force now (load shedding may hold it below the configured one). */
  opusComplexity: number;
  /** How often load shedding changed it. */
  effortChanges: number;
}
