/**
 * RecordEngine: owns native recording sessions. One engine per process is the intended use.
 * A push packs every frame of the batch into one Buffer plus an Int32Array index, so the batch
 * crosses into native once (STYLE: a crossing per frame costs more than the DSP).
 */
import type { Leg } from '../model/index.js';
import { AppError, invalid } from '../errors/index.js';
import { loadAddon } from './load.js';
import { callNative, callNativeSync } from './errors.js';
import type { FrameIn, LegCounters, PushResult, RecorderOptions, RecordingSummary, SegmentFeatures } from './types.js';
import type { SpeechSegment, TimeRangeMs } from '../model/index.js';

/** Returned by open(): the session handle and the file header bytes (write them first). */
export interface OpenedSession {
  session: number;
  /** Recording header (format version, AEAD nonce prefix, ids): the first bytes of the file. */
  header: Buffer;
  /** Bytes of one input frame of one leg (e.g. 160 for 20 ms G.711). */
  frameBytes: number;
}

/** Format version of the files this build writes (matches the native header). */
export const RECORDING_FORMAT_VERSION = 1;

const CODEC_ID: Record<string, number> = { pcmu: 0, pcma: 1, l16: 2 };
const LEG_ID: Record<Leg, number> = { agent: 0, customer: 1 };
/** Same limits as native; checked here first so the error names the JS-side problem. */
const MAX_BATCH_FRAMES = 65536;
const MAX_BATCH_BYTES = 16 << 20;

interface NativeResult {
  session: number;
  bytes: Buffer;
  speech: SpeechSegment[];
  features: SegmentFeatures[];
  pausedRanges: TimeRangeMs[];
  allPausedRanges: TimeRangeMs[];
  legs: Record<Leg, LegCounters>;
  gapFrames: number;
  lateFrames: number;
  durationMs: number;
  totalBytes: number;
  chunks: number;
  error?: Error;
}

interface NativeEngine {
  open(o: object): OpenedSession;
  push(data: Buffer, index: Int32Array): Promise<NativeResult[]>;
  pause(session: number): void;
  resume(session: number): void;
  finish(session: number): Promise<NativeResult>;
  abort(session: number): void;
  setComplexity(complexity: number): void;
  close(): void;
  count(): number;
}

interface NativeEngineClass {
  new (): NativeEngine;
  liveSessions(): number;
}

function addon(): { RecordEngine: NativeEngineClass } {
  return loadAddon<{ RecordEngine: NativeEngineClass }>();
}

/** Sessions alive in native memory across all engines (tests use it to check GC frees them). */
export function liveNativeSessions(): number {
  return addon().RecordEngine.liveSessions();
}

/**
 * Many concurrent recordings. All methods validate arguments synchronously and throw AppError
 * (ERR_RECORDER_BAD_ARG…); async methods reject with AppError carrying the caller's stack.
 */
export class RecordEngine {
  #native: NativeEngine | undefined;
  readonly #pending = new Set<Promise<unknown>>();
  #closing: Promise<void> | undefined;

  constructor() {
    this.#native = new (addon().RecordEngine)();
  }

  #engine(): NativeEngine {
    if (!this.#native || this.#closing) throw new AppError('precondition', 'ERR_RECORDER_CLOSED', 'Expected an open RecordEngine but it is closed');
    return this.#native;
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    const untrack = () => this.#pending.delete(promise);
    promise.then(untrack, untrack);
    return promise;
  }

  /** Opens a session; write `header` to the new file before any push bytes. */
  open(options: RecorderOptions): OpenedSession {
    const engine = this.#engine();
    if (options === null || typeof options !== 'object') throw invalid('ERR_RECORDER_BAD_ARG', 'an options object', 'open', options);
    const codec = CODEC_ID[options.codec as string];
    if (codec === undefined) throw invalid('ERR_RECORDER_BAD_ARG', "'pcmu', 'pcma' or 'l16'", 'codec', options.codec);
    return callNativeSync(() => engine.open({ ...options, codec }));
  }

  /**
   * Feeds a batch of frames (many sessions, ≥100 ms each). Resolves with one result per session
   * present in the batch, in first-appearance order. The batch is validated as a whole before any
   * work: one bad frame rejects the batch and changes no session. Results never carry pipeline
   * failures silently: a session that failed rejects the whole push with its code.
   */
  push(frames: FrameIn[]): Promise<PushResult[]> {
    let engine: NativeEngine;
    let data: Buffer;
    let index: Int32Array;
    try {
      engine = this.#engine();
      [data, index] = pack(frames);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#track(
      callNative(async () => {
        const results = await engine.push(data, index);
        const failed = results.find((r) => r.error);
        if (failed?.error) throw failed.error;
        return results.map(toPushResult);
      }),
    );
  }

  /** PCI pause: from the current playout point on, audio is replaced by silence before VAD/Opus see it. */
  /**
   * Opus complexity (integer 0–10) of every session, open or opened later, from its next batch on.
   * Load shedding: under CPU pressure the encoder spends less effort per frame; no frame is dropped.
   */
  setComplexity(complexity: number): void {
    const engine = this.#engine();
    callNativeSync(() => engine.setComplexity(complexity));
  }

  pause(session: number): void {
    const engine = this.#engine();
    callNativeSync(() => engine.pause(session));
  }

  /** Ends a PCI pause after every frame received so far (conservative: never records paused audio). */
  resume(session: number): void {
    const engine = this.#engine();
    callNativeSync(() => engine.resume(session));
  }

  /** Flushes the timeline, seals the last chunk and frees the session. Append `bytes` to the file. */
  finish(session: number): Promise<{ bytes: Buffer; summary: RecordingSummary }> {
    let engine: NativeEngine;
    try {
      engine = this.#engine();
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#track(
      callNative(async () => {
        const r = await engine.finish(session);
        const summary: RecordingSummary = {
          durationMs: r.durationMs,
          totalBytes: r.totalBytes,
          chunks: r.chunks,
          speech: r.speech,
          features: r.features,
          pausedRanges: r.allPausedRanges,
          legs: r.legs,
          formatVersion: RECORDING_FORMAT_VERSION,
        };
        return { bytes: r.bytes, summary };
      }),
    );
  }

  /** Drops a session without sealing (the file stays incomplete: scanRecording finds its valid prefix). */
  abort(session: number): void {
    const engine = this.#engine();
    callNativeSync(() => engine.abort(session));
  }

  /** Number of open sessions. */
  get sessions(): number {
    return this.#native && !this.#closing ? this.#native.count() : 0;
  }

  /** Waits for pending pushes/finishes, then aborts the remaining sessions; later calls throw ERR_RECORDER_CLOSED. */
  close(): Promise<void> {
    if (!this.#closing) {
      this.#closing = (async () => {
        await Promise.allSettled([...this.#pending]);
        this.#native?.close();
        this.#native = undefined;
      })();
    }
    return this.#closing;
  }
}

function toPushResult(r: NativeResult): PushResult {
  return {
    session: r.session,
    bytes: r.bytes,
    speech: r.speech,
    features: r.features,
    pausedRanges: r.pausedRanges,
    gapFrames: r.gapFrames,
    lateFrames: r.lateFrames,
    durationMs: r.durationMs,
    legs: r.legs,
  };
}

/** Packs frames into one Buffer + index (session, leg, seq, offset, length per frame). */
function pack(frames: FrameIn[]): [Buffer, Int32Array] {
  if (!Array.isArray(frames)) throw invalid('ERR_RECORDER_BAD_ARG', 'an array of frames', 'push', frames);
  if (frames.length === 0) throw invalid('ERR_RECORDER_BAD_ARG', 'at least one frame', 'push', frames);
  if (frames.length > MAX_BATCH_FRAMES) {
    throw new AppError('invalid', 'ERR_RECORDER_TOO_LARGE', `Expected at most ${MAX_BATCH_FRAMES} frames per push but received ${frames.length}`);
  }
  let total = 0;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (!f || !Buffer.isBuffer(f.payload)) throw invalid('ERR_RECORDER_BAD_ARG', 'a Buffer payload', `frame ${i}`, f?.payload);
    total += f.payload.length;
  }
  if (total > MAX_BATCH_BYTES) {
    throw new AppError('invalid', 'ERR_RECORDER_TOO_LARGE', `Expected at most ${MAX_BATCH_BYTES} payload bytes per push but received ${total}`);
  }
  const data = Buffer.allocUnsafe(total);
  const index = new Int32Array(frames.length * 5);
  let offset = 0;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as FrameIn;
    const leg = LEG_ID[f.leg];
    if (leg === undefined) throw invalid('ERR_RECORDER_BAD_ARG', "'agent' or 'customer'", `leg of frame ${i}`, f.leg);
    if (!Number.isInteger(f.session) || f.session <= 0) throw invalid('ERR_RECORDER_BAD_ARG', 'a session number', `frame ${i}`, f.session);
    if (!Number.isInteger(f.seq) || f.seq < 0 || f.seq > 0xffffffff) throw invalid('ERR_RECORDER_BAD_ARG', 'a uint32 sequence number', `frame ${i}`, f.seq);
    const j = i * 5;
    index[j] = f.session | 0;
    index[j + 1] = leg;
    index[j + 2] = f.seq | 0;
    index[j + 3] = offset;
    index[j + 4] = f.payload.length;
    f.payload.copy(data, offset);
    offset += f.payload.length;
  }
  return [data, index];
}
