/**
 * The ingest: call sessions per channel, one serialized pipeline into the record engine and the
 * store. Audio of every call is gathered into one batch per `batchMs` (one engine.push carries all
 * channels: FACTS, crossing into native per frame costs more than the DSP). Everything that must
 * happen between two batches (open, pause, finish…) goes through the same promise chain, so it is
 * ordered with the audio around it.
 */
import { GrpcStatus, toAppError } from '../errors/index.js';
import type { ChannelInfo } from '../channels/index.js';
import type { BoardEvent } from '../channels/index.js';
import type { FrameIn, PushResult } from '../native/index.js';
import type { Leg } from '../model/index.js';
import { createLogger } from '../trace/index.js';
import type { AudioTick } from '../generated/callvault/capture/v1/capture.js';
import { type ActiveCall, type CallOwner } from './active-call.js';
import { CallLifecycle } from './lifecycle.js';
import { EncoderEffort } from './encoder-effort.js';
import type { CaptureDeps, CaptureOptions, CaptureStats } from './types.js';
import { ERR, codecOf, legOf } from './validate.js';

/** Per call, at most this many speech segments and feature sets are kept (a day-long call stays bounded). */
const MAX_ACOUSTIC_ITEMS = 20_000;

const log = createLogger('capture');
/** Longest silence fill for one sequence gap (100 frames = 2 s at 20 ms). */
const MAX_GAP_FRAMES = 100;
/** Audio of one leg per engine push: at most one AEAD chunk (the engine's default chunkMs). */
const CHUNK_MS = 500;

interface PendingFrame {
  call: ActiveCall;
  leg: Leg;
  seq: number;
  payload: Buffer;
}

/** Per-stream progress, advanced by the pipeline. */
export interface TickProgress {
  received: number;
  accepted: number;
  durable: number;
}

export class Ingest {
  readonly calls = new Map<string, ActiveCall>();
  readonly channels: Map<string, ChannelInfo>;
  readonly lifecycle: CallLifecycle;
  readonly stats: CaptureStats = {
    ticks: 0, framesReceived: 0, gapFrames: 0, lateFrames: 0, framesRejected: 0, callsStarted: 0,
    callsCompleted: 0, callsInterrupted: 0, channelErrors: 0, pushes: 0, pushMsMax: 0, pushMsMean: 0,
    opusComplexity: 5, effortChanges: 0,
  };
  private readonly effort: EncoderEffort | undefined;
  private pending: PendingFrame[] = [];
  private pendingTicks = new Map<TickProgress, number>();
  private chain: Promise<void> = Promise.resolve();
  private queuedPushes = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  readonly opts: Required<CaptureOptions>;

  constructor(readonly deps: CaptureDeps, options: CaptureOptions) {
    this.opts = {
      batchMs: 100, creditTicks: 50, maxTickMs: 200, maxPayloadBytes: 6400, opusComplexity: 5,
      minOpusComplexity: 1, features: true, lateAfterMs: 300, now: Date.now, ...options,
    };
    this.stats.opusComplexity = this.opts.opusComplexity;
    const engine = deps.engine;
    if (engine.setComplexity && this.opts.minOpusComplexity < this.opts.opusComplexity) {
      this.effort = new EncoderEffort({ setComplexity: (c) => engine.setComplexity?.(c) }, {
        configured: this.opts.opusComplexity, min: this.opts.minOpusComplexity, batchMs: this.opts.batchMs, now: () => performance.now(),
        onChange: (from, to, busy) => {
          this.stats.opusComplexity = to;
          this.stats.effortChanges++;
          log.warn(to < from ? 'encoder effort lowered under load' : 'encoder effort restored', { from, to, busy: Math.round(busy * 100) / 100 });
        },
      });
    }
    this.channels = new Map(deps.plan.channels.map((c) => [c.id, c]));
    this.lifecycle = new CallLifecycle(this);
    this.timer = setInterval(() => this.schedulePush(), this.opts.batchMs);
    this.timer.unref();
  }

  /** True while audio waits for the engine beyond the batch being pushed: other work should wait. */
  get busy(): boolean {
    return this.queuedPushes > 1;
  }

  /** True while the engine is behind: streams tell their bridge to pause audio. */
  get backlogged(): boolean {
    return this.queuedPushes > 3;
  }

  /** Runs `fn` after everything queued before it (audio batches included). Errors are logged, never thrown. */
  enqueue(what: string, fn: () => Promise<void> | void): Promise<void> {
    const next = this.chain.then(fn).catch((error: unknown) => {
      const app = toAppError(error);
      log.error('pipeline step failed', { step: what, code: app.code, message: app.message });
    });
    this.chain = next;
    return next;
  }

  /** Queues the frames gathered so far as one engine batch. */
  schedulePush(): void {
    if (this.pending.length === 0) return;
    const frames = this.pending;
    const ticks = this.pendingTicks;
    this.pending = [];
    this.pendingTicks = new Map();
    this.queuedPushes++;
    void this.enqueue('push', async () => {
      try {
        await this.push(frames, ticks);
      } finally {
        this.queuedPushes--;
      }
    });
  }

  /** Flushes pending audio, then runs `fn` in order with it. */
  afterAudio(what: string, fn: () => Promise<void> | void): Promise<void> {
    this.schedulePush();
    return this.enqueue(what, fn);
  }

  /** Board updates never break the ingest (the board is a view). */
  board(event: BoardEvent): void {
    const board = this.deps.board;
    if (!board) return;
    try {
      board.apply(event);
    } catch (error) {
      log.trace('board event refused', { type: event.type, code: toAppError(error).code });
    }
  }

  channelError(call: { owner: CallOwner; channelId: string; pbxCallId: string }, code: string, message: string, status: number, tick = 0, ended = false): void {
    this.stats.channelErrors++;
    call.owner.sendError(call.channelId, call.pbxCallId, code, message, status, tick, ended);
  }

  /** Validates one tick's audio and queues its frames; per-channel problems go back as ChannelErrors. */
  acceptTick(owner: CallOwner, progress: TickProgress, tick: AudioTick): void {
    const now = this.opts.now();
    this.stats.ticks++;
    const bad = (channelId: string, code: string, message: string, status: number) => {
      this.stats.framesRejected++;
      this.channelError({ owner, channelId, pbxCallId: this.calls.get(channelId)?.pbxCallId ?? '' }, code, message, status, tick.tick);
    };
    if (tick.durationMs < 10 || tick.durationMs > this.opts.maxTickMs) {
      bad('', ERR.oversized, `Expected a tick of 10..${this.opts.maxTickMs} ms for AudioTick.duration_ms but received ${tick.durationMs}`, GrpcStatus.INVALID_ARGUMENT);
      return;
    }
    let frames = 0;
    for (const a of tick.audio) {
      const call = this.calls.get(a.channelId);
      if (!call) {
        if (!this.channels.has(a.channelId)) bad(a.channelId.slice(0, 64), ERR.unknownChannel, `Expected a channel of this site's plan but received ${JSON.stringify(a.channelId.slice(0, 64))}`, GrpcStatus.NOT_FOUND);
        else bad(a.channelId, ERR.noCall, `Expected an answered call on channel ${a.channelId} for audio but received none`, GrpcStatus.FAILED_PRECONDITION);
        continue;
      }
      if (call.phase === 'not_recorded' || call.phase === 'failed') continue;
      if ((call.phase !== 'opening' && call.phase !== 'recording') || !call.format) {
        bad(a.channelId, ERR.noCall, `Expected an answered call on channel ${a.channelId} for audio but received audio while ${call.phase}`, GrpcStatus.FAILED_PRECONDITION);
        continue;
      }
      const leg = legOf(a.leg);
      if (!leg) {
        bad(a.channelId, ERR.badPayload, `Expected LEG_AGENT or LEG_CUSTOMER for ChannelAudio.leg but received ${a.leg}`, GrpcStatus.INVALID_ARGUMENT);
        continue;
      }
      const fmt = call.format;
      const codec = codecOf(a.codec);
      if (codec !== fmt.codec) {
        bad(a.channelId, ERR.wrongCodec, `Expected ${fmt.codec.toUpperCase()} (announced at ANSWER) for ChannelAudio.codec but received ${codec?.toUpperCase() ?? a.codec}`, GrpcStatus.INVALID_ARGUMENT);
        continue;
      }
      const n = a.payload.length / fmt.frameBytes;
      if (a.payload.length > this.opts.maxPayloadBytes || n * fmt.frameMs > this.opts.maxTickMs) {
        bad(a.channelId, ERR.oversized, `Expected at most ${Math.min(this.opts.maxPayloadBytes, (this.opts.maxTickMs / fmt.frameMs) * fmt.frameBytes)} bytes (${this.opts.maxTickMs} ms) for ChannelAudio.payload but received ${a.payload.length} bytes`, GrpcStatus.INVALID_ARGUMENT);
        continue;
      }
      if (n === 0 || !Number.isInteger(n)) {
        bad(a.channelId, ERR.badPayload, `Expected a whole number of ${fmt.frameBytes}-byte frames for ChannelAudio.payload but received ${a.payload.length} bytes`, GrpcStatus.INVALID_ARGUMENT);
        continue;
      }
      const seq = this.checkSequence(call, leg, a.seq >>> 0, n, tick.tick);
      for (let i = 0; i < n; i++) {
        this.pending.push({ call, leg, seq: (seq + i) >>> 0, payload: a.payload.subarray(i * fmt.frameBytes, (i + 1) * fmt.frameBytes) });
      }
      frames += n;
    }
    this.stats.framesReceived += frames;
    if (now > tick.atMs + tick.durationMs + this.opts.lateAfterMs) this.stats.lateFrames += frames;
    progress.received = tick.tick;
    this.pendingTicks.set(progress, tick.tick);
  }

  /**
   * Gap detection per leg. Forward jumps longer than MAX_GAP_FRAMES are shortened (the leg's
   * sequence space is shifted) so the engine fills at most ~2 s of silence: a bridge restarting its
   * counters must not stall the timeline, and the record engine crashed on multi-second forward
   * jumps when this was written (reported to H3). Returns the sequence number to give the engine.
   */
  private checkSequence(call: ActiveCall, leg: Leg, seq: number, n: number, tick: number): number {
    const expected = call.nextSeq[leg];
    const ahead = expected === undefined ? 0 : (seq - expected) >>> 0;
    if (expected !== undefined && ahead >= 0x80000000) return (seq + call.seqShift[leg]) >>> 0; // late or duplicate: the engine counts it
    if (ahead > 0) {
      this.channelError(call, ERR.seqGap, `Expected seq ${expected} on ${leg} leg but received ${seq} (${ahead} frame(s) missing, filled with silence)`, GrpcStatus.OK, tick);
      if (ahead > MAX_GAP_FRAMES) call.seqShift[leg] = (call.seqShift[leg] - (ahead - MAX_GAP_FRAMES)) >>> 0;
    }
    call.nextSeq[leg] = (seq + n) >>> 0;
    return (seq + call.seqShift[leg]) >>> 0;
  }

  /**
   * Pushes a batch, in rounds of at most CHUNK_MS of audio per leg: after a stall (GC, a
   * bursting bridge) one session may have seconds queued, and a push spanning several AEAD chunks
   * of one session crashed the engine when this was written (reported to H3); rounds keep each
   * push within one chunk per session and cost nothing in the steady state (100 ms batches).
   */
  private async push(frames: PendingFrame[], ticks: Map<TickProgress, number>): Promise<void> {
    const rounds: PendingFrame[][] = [];
    const counts = new Map<ActiveCall, { agent: number; customer: number }>();
    for (const f of frames) {
      if (!this.live(f.call)) continue;
      let c = counts.get(f.call);
      if (!c) counts.set(f.call, (c = { agent: 0, customer: 0 }));
      const round = Math.floor(c[f.leg]++ / Math.max(1, Math.floor(CHUNK_MS / (f.call.format?.frameMs ?? 20))));
      (rounds[round] ??= []).push(f);
    }
    const started = performance.now();
    const touched = new Set<ActiveCall>();
    for (const round of rounds) await this.pushRound(round, touched);
    const ms = performance.now() - started;
    this.stats.pushes++;
    this.stats.pushMsMax = Math.max(this.stats.pushMsMax, ms);
    this.stats.pushMsMean += (ms - this.stats.pushMsMean) / this.stats.pushes;
    this.effort?.observe(ms);
    const writers = [...touched].map((o) => o.writer).filter((w) => w !== undefined);
    for (const [progress, tick] of ticks) progress.accepted = Math.max(progress.accepted, tick);
    void Promise.all(writers.map((w) => w.waitDurable().catch(() => undefined))).then(() => {
      for (const [progress, tick] of ticks) progress.durable = Math.max(progress.durable, tick);
    });
  }

  /**
   * Whether a call's queued audio still goes to the engine. Not its phase: a hangup marks the call
   * ended at once, but the audio received before it must still be pushed before the finish step.
   */
  private live(call: ActiveCall): boolean {
    return call.session !== undefined && this.lifecycle.bySession.get(call.session) === call;
  }

  private async pushRound(frames: PendingFrame[], touched: Set<ActiveCall>): Promise<void> {
    let owners = frames.filter((f) => this.live(f.call));
    let batch: FrameIn[] = owners.map((f) => ({ session: f.call.session!, leg: f.leg, seq: f.seq, payload: f.payload }));
    // One bad frame rejects the whole batch (details.index): fail that call, retry the rest.
    for (let attempt = 0; batch.length > 0 && attempt < 8; attempt++) {
      try {
        const results = await this.deps.engine.push(batch);
        for (const f of owners) touched.add(f.call);
        this.applyResults(results);
        return;
      } catch (error) {
        const app = toAppError(error);
        const index = typeof app.details?.index === 'number' ? app.details.index : -1;
        const culprit = owners[index]?.call;
        if (!culprit) {
          log.error('engine push failed', { code: app.code, message: app.message, frames: batch.length });
          for (const call of new Set(owners.map((o) => o.call))) this.lifecycle.failCall(call, ERR.engine, `The record engine refused the audio (${app.code})`);
          return;
        }
        this.lifecycle.failCall(culprit, ERR.engine, `The record engine refused the audio (${app.code}: ${app.message})`);
        const keep = owners.map((o) => o.call !== culprit);
        batch = batch.filter((_, i) => keep[i]);
        owners = owners.filter((_, i) => keep[i]);
      }
    }
  }

  private applyResults(results: PushResult[]): void {
    for (const r of results) {
      const call = this.lifecycle.bySession.get(r.session);
      if (!call) continue;
      this.stats.gapFrames += r.gapFrames - call.gapFrames;
      this.stats.lateFrames += r.lateFrames - call.lateFrames;
      call.gapFrames = r.gapFrames;
      call.lateFrames = r.lateFrames;
      call.durationMs = r.durationMs;
      if (call.speech.length < MAX_ACOUSTIC_ITEMS) call.speech.push(...r.speech);
      if (call.features.length < MAX_ACOUSTIC_ITEMS) call.features.push(...r.features);
      if (r.bytes.length > 0 && call.writer) {
        try {
          call.writer.append(r.bytes, r.durationMs);
        } catch (error) {
          this.lifecycle.failCall(call, ERR.storage, `Storage failed under this call (${toAppError(error).code})`);
        }
      }
    }
  }

  /** Ends every call (interrupted), drains the pipeline and closes the engine. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    for (const call of [...this.calls.values()]) void this.lifecycle.endCall(call, 'interrupted', this.opts.now());
    this.schedulePush();
    await this.chain;
    await this.deps.engine.close().catch((error: unknown) => log.warn('engine close failed', { code: toAppError(error).code }));
  }
}
