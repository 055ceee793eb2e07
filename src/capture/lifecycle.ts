/**
 * Call lifecycle commands: events (seize…hangup), recording controls and transcript segments for one
 * channel. Storage and engine steps run on the ingest's ordered pipeline.
 */
import { GrpcStatus, toAppError } from '../errors/index.js';
import type { CallState, TranscriptSegment } from '../model/index.js';
import { createLogger } from '../trace/index.js';
import { type ActiveCall, type CallOwner, endPatch, newActiveCall, offsetMs, toNewCall } from './active-call.js';
import type { ChannelInfo, BoardEvent } from '../channels/index.js';
import type { CaptureDeps, CaptureOptions, CaptureStats } from './types.js';
import { ACOUSTICS_SUBLEVEL, PBX_TRANSCRIPTS_SUBLEVEL, type CallAcoustics } from './call-data.js';
import { ERR, type ValidControl, type ValidEvent, type ValidSegment } from './validate.js';

const log = createLogger('capture');

/** What the lifecycle needs from the ingest (an interface, so the two files do not import each other). */
export interface IngestPort {
  readonly calls: Map<string, ActiveCall>;
  readonly channels: Map<string, ChannelInfo>;
  readonly stats: CaptureStats;
  readonly opts: Required<CaptureOptions>;
  readonly deps: CaptureDeps;
  board(event: BoardEvent): void;
  channelError(call: { owner: CallOwner; channelId: string; pbxCallId: string }, code: string, message: string, status: number, tick?: number, ended?: boolean): void;
  afterAudio(what: string, fn: () => Promise<void> | void): Promise<void>;
  enqueue(what: string, fn: () => Promise<void> | void): Promise<void>;
}

export class CallLifecycle {
  readonly bySession = new Map<number, ActiveCall>();

  constructor(private readonly ingest: IngestPort) {}

  private unknown(owner: CallOwner, channelId: string, pbxCallId: string): boolean {
    if (this.ingest.channels.has(channelId)) return false;
    this.ingest.channelError({ owner, channelId: channelId.slice(0, 64), pbxCallId }, ERR.unknownChannel, `Expected a channel of this site's plan but received ${JSON.stringify(channelId.slice(0, 64))}`, GrpcStatus.NOT_FOUND);
    return true;
  }

  /** The call a control/segment names, or a ChannelError. */
  private current(owner: CallOwner, channelId: string, pbxCallId: string): ActiveCall | undefined {
    if (this.unknown(owner, channelId, pbxCallId)) return undefined;
    const call = this.ingest.calls.get(channelId);
    if (!call || call.pbxCallId !== pbxCallId) {
      this.ingest.channelError({ owner, channelId, pbxCallId }, ERR.noCall, `Expected call ${JSON.stringify(pbxCallId)} on channel ${channelId} but received ${call ? `call ${JSON.stringify(call.pbxCallId)}` : 'no call'}`, GrpcStatus.FAILED_PRECONDITION);
      return undefined;
    }
    return call;
  }

  onEvent(owner: CallOwner, ev: ValidEvent): void {
    if (this.unknown(owner, ev.channelId, ev.pbxCallId)) return;
    const ingest = this.ingest;
    let call = ingest.calls.get(ev.channelId);
    if (call && call.pbxCallId !== ev.pbxCallId) {
      if (ev.kind === 'seize' || ev.kind === 'ring' || ev.kind === 'answer') {
        // The bridge lost the old call's hangup: end it rather than mix two calls in one file.
        void this.endCall(call, 'interrupted', ev.at);
        call = undefined;
      } else {
        ingest.channelError({ owner, channelId: ev.channelId, pbxCallId: ev.pbxCallId }, ERR.badEvent, `Expected call ${JSON.stringify(call.pbxCallId)} on channel ${ev.channelId} for ${ev.kind} but received ${JSON.stringify(ev.pbxCallId)}`, GrpcStatus.INVALID_ARGUMENT);
        return;
      }
    }
    if (!call) {
      if (ev.kind === 'hangup') return; // hangup of a call we never saw (or already ended): nothing to do
      if (ev.kind !== 'seize' && ev.kind !== 'ring' && ev.kind !== 'answer') {
        ingest.channelError({ owner, channelId: ev.channelId, pbxCallId: ev.pbxCallId }, ERR.noCall, `Expected a call on channel ${ev.channelId} for ${ev.kind} but received none`, GrpcStatus.FAILED_PRECONDITION);
        return;
      }
      call = newActiveCall(owner, ev.channelId, ev.pbxCallId, ingest.channels.get(ev.channelId), ev.at);
      ingest.calls.set(ev.channelId, call);
    }
    this.merge(call, ev);
    switch (ev.kind) {
      case 'seize':
      case 'ring':
        ingest.board({ type: ev.kind, channelId: ev.channelId, at: ev.at });
        return;
      case 'answer':
        return this.answer(call, ev);
      case 'hold':
        if (call.holdStartedAt === undefined) call.holdStartedAt = ev.at;
        ingest.board({ type: 'hold', channelId: ev.channelId, ...this.ids(call), at: ev.at });
        return;
      case 'resume':
        if (call.holdStartedAt !== undefined) call.holdRanges.push({ startMs: offsetMs(call, call.holdStartedAt), endMs: offsetMs(call, ev.at) });
        call.holdStartedAt = undefined;
        ingest.board({ type: 'resume', channelId: ev.channelId, ...this.ids(call), at: ev.at });
        return;
      case 'transfer':
        call.transfers.push({ atMs: offsetMs(call, ev.at), to: ev.transferTo });
        ingest.board({ type: 'transfer', channelId: ev.channelId, to: ev.transferTo, ...this.ids(call), at: ev.at });
        return;
      case 'hangup':
        void this.endCall(call, 'completed', ev.at);
        return;
    }
  }

  private ids(call: ActiveCall): { callId?: string } {
    return call.callId ? { callId: call.callId } : {};
  }

  /** Later events overwrite what earlier ones said (agent learnt at answer, tags added…). */
  private merge(call: ActiveCall, ev: ValidEvent): void {
    if (ev.kind === 'seize' || ev.kind === 'ring' || ev.kind === 'answer') call.direction = ev.direction;
    if (ev.caller) call.caller = ev.caller;
    if (ev.callee) call.callee = ev.callee;
    if (ev.agentId) call.agentId = ev.agentId;
    if (ev.queue) call.queue = ev.queue;
    for (const t of ev.tags) call.tags.add(t);
    if (ev.skill) call.tags.add(`skill:${ev.skill}`);
  }

  private answer(call: ActiveCall, ev: ValidEvent): void {
    if (call.phase !== 'ringing') return; // a repeated ANSWER changes nothing
    call.answeredAt = ev.at;
    call.format = ev.format;
    call.phase = 'opening';
    this.ingest.stats.callsStarted++;
    this.ingest.board({ type: 'answer', channelId: call.channelId, at: ev.at });
    void this.ingest.afterAudio('open', () => this.open(call));
  }

  private async open(call: ActiveCall): Promise<void> {
    const { store, engine } = this.ingest.deps;
    const site = this.ingest.opts.site;
    if (call.phase !== 'opening') return;
    try {
      if (call.doNotRecord) {
        const rec = await store.putCall({ ...toNewCall(call, site), state: 'not_recorded' });
        call.callId = rec.id;
        call.phase = 'not_recorded';
        call.owner.sendCallStarted(call.channelId, call.pbxCallId, rec.id, false);
        return;
      }
      const { call: rec, dataKey, writer } = await store.createRecording(toNewCall(call, site));
      call.callId = rec.id;
      call.writer = writer;
      const fmt = call.format!;
      try {
        const opened = engine.open({
          recordingId: rec.id, dataKey, codec: fmt.codec, sampleRate: fmt.sampleRate, frameMs: fmt.frameMs,
          complexity: this.ingest.opts.opusComplexity, features: this.ingest.opts.features,
        });
        writer.append(opened.header, 0);
        call.session = opened.session;
        this.bySession.set(opened.session, call);
      } catch (error) {
        call.phase = 'failed';
        await writer.finish(null, { state: 'interrupted', endedAt: this.ingest.opts.now() }).catch(() => undefined);
        throw error;
      }
      call.phase = 'recording';
      // KEEP may have arrived while the record was being created.
      if (call.legalHold && !rec.legalHold) await store.setLegalHold(rec.id, true, `bridge:${call.owner.bridgeId}`, 'keep requested by the PBX');
      if (call.paused) this.ingest.deps.engine.pause(call.session);
      call.owner.sendCallStarted(call.channelId, call.pbxCallId, rec.id, true);
    } catch (error) {
      const app = toAppError(error);
      call.phase = 'failed';
      const code = app.code.startsWith('ERR_RECORDER') || app.code === 'ERR_NOT_IMPLEMENTED' ? ERR.engine : ERR.storage;
      this.ingest.channelError(call, code, `Cannot start the recording (${app.code}: ${app.expose ? app.message : 'internal error'})`, GrpcStatus.UNAVAILABLE, 0, false);
    }
  }

  /** Ends a call: seals its recording (completed) or marks it interrupted. Idempotent. */
  endCall(call: ActiveCall, state: Extract<CallState, 'completed' | 'interrupted'>, at: number): Promise<void> {
    const ingest = this.ingest;
    if (ingest.calls.get(call.channelId) === call) ingest.calls.delete(call.channelId);
    if (call.phase === 'ended') return Promise.resolve();
    const prevPhase = call.phase;
    call.phase = 'ended';
    ingest.board({ type: 'hangup', channelId: call.channelId, ...this.ids(call), at });
    ingest.deps.alerts?.onCallEnd?.(call.callId ?? call.pbxCallId);
    return ingest.afterAudio('finish', async () => {
      const { store, engine } = ingest.deps;
      if (state === 'completed') ingest.stats.callsCompleted++;
      else ingest.stats.callsInterrupted++;
      if (call.session !== undefined && call.writer) {
        const session = call.session;
        this.bySession.delete(session);
        let finalBytes: Buffer | null = null;
        let summary;
        try {
          ({ bytes: finalBytes, summary } = await engine.finish(session));
          ingest.stats.gapFrames += summary.legs.agent.gapFrames + summary.legs.customer.gapFrames - call.gapFrames;
          ingest.stats.lateFrames += summary.legs.agent.lateFrames + summary.legs.customer.lateFrames - call.lateFrames;
        } catch (error) {
          log.warn('engine finish failed', { callId: call.callId, code: toAppError(error).code });
        }
        if (summary) {
          call.speech.push(...summary.speech);
          call.features.push(...summary.features);
        }
        await call.writer.finish(finalBytes, endPatch(call, state, at, summary));
      } else if (call.callId) {
        await store.updateCall(call.callId, endPatch(call, call.doNotRecord || prevPhase === 'not_recorded' ? 'not_recorded' : 'interrupted', at));
      } else if (prevPhase === 'ringing') {
        // Never answered: keep the metadata (abandoned calls matter for QA), no audio.
        await store.putCall({ ...toNewCall(call, ingest.opts.site), state: 'not_recorded', endedAt: at, durationMs: 0 });
      }
      if (call.callId && call.segments.length > 0) {
        await store.sublevel<TranscriptSegment[]>(PBX_TRANSCRIPTS_SUBLEVEL).put(call.callId, call.segments);
      }
      if (call.callId && (call.speech.length > 0 || call.features.length > 0)) {
        await store.sublevel<CallAcoustics>(ACOUSTICS_SUBLEVEL).put(call.callId, { speech: call.speech, features: call.features });
      }
      if (call.callId) this.ingest.deps.onCallEnded?.(call.callId);
    });
  }

  /** The engine or storage failed under one call: stop recording it, keep what is durable. */
  failCall(call: ActiveCall, code: string, message: string): void {
    const session = call.session;
    if (session === undefined || this.bySession.get(session) !== call) return; // already stopped
    if (call.phase !== 'ended') call.phase = 'failed';
    this.bySession.delete(session);
    call.session = undefined;
    try {
      this.ingest.deps.engine.abort(session);
    } catch {
      // already gone
    }
    const writer = call.writer;
    const id = call.callId;
    call.writer = undefined;
    if (writer) {
      // Keep what is durable; the call is interrupted from here on (hangup only adds its end time).
      void writer
        .abort(code)
        .then(() => (id ? this.ingest.deps.store.updateCall(id, { state: 'interrupted', endedAt: this.ingest.opts.now() }) : undefined))
        .catch((error: unknown) => log.warn('could not mark a failed call interrupted', { callId: id, code: toAppError(error).code }));
    }
    this.ingest.channelError(call, code, message, GrpcStatus.UNAVAILABLE, 0, true);
  }

  onControl(owner: CallOwner, c: ValidControl): void {
    const call = this.current(owner, c.channelId, c.pbxCallId);
    if (!call) return;
    const ingest = this.ingest;
    switch (c.kind) {
      case 'pause':
        if (call.paused) return;
        call.paused = true;
        call.pauseStartedAt = c.at;
        ingest.board({ type: 'pause', channelId: call.channelId, at: c.at });
        void ingest.afterAudio('pause', () => {
          if (call.session !== undefined && call.phase === 'recording') ingest.deps.engine.pause(call.session);
        });
        return;
      case 'resume':
        if (!call.paused) return;
        call.paused = false;
        if (call.pauseStartedAt !== undefined) call.pausedRanges.push({ startMs: offsetMs(call, call.pauseStartedAt), endMs: offsetMs(call, c.at) });
        call.pauseStartedAt = undefined;
        ingest.board({ type: 'unpause', channelId: call.channelId, at: c.at });
        void ingest.afterAudio('resume', () => {
          if (call.session !== undefined && call.phase === 'recording') ingest.deps.engine.resume(call.session);
        });
        return;
      case 'mask':
        call.maskedRanges.push({ startMs: c.maskStartMs, endMs: c.maskEndMs });
        return;
      case 'keep':
        call.legalHold = true;
        if (call.callId) void ingest.enqueue('keep', async () => void (await ingest.deps.store.setLegalHold(call.callId!, true, `bridge:${owner.bridgeId}`, c.reason || 'keep requested by the PBX')));
        return;
      case 'do_not_record':
        return this.doNotRecord(call, owner, c.reason);
    }
  }

  private doNotRecord(call: ActiveCall, owner: CallOwner, reason: string): void {
    call.doNotRecord = true;
    if (call.phase !== 'opening' && call.phase !== 'recording') return;
    const ingest = this.ingest;
    void ingest.afterAudio('do-not-record', async () => {
      if (call.session !== undefined) {
        this.bySession.delete(call.session);
        ingest.deps.engine.abort(call.session);
        call.session = undefined;
      }
      if (call.phase !== 'ended') call.phase = 'not_recorded';
      if (call.writer && call.callId) {
        await call.writer.abort('do-not-record');
        call.writer = undefined;
        // Audio already stored is destroyed by deleting its data key; the deletion is recorded.
        await ingest.deps.store.shred(call.callId, reason || 'do-not-record requested by the PBX', `bridge:${owner.bridgeId}`);
        await ingest.deps.store.updateCall(call.callId, { state: 'not_recorded' });
      }
    });
  }

  async onSegment(owner: CallOwner, s: ValidSegment): Promise<void> {
    const call = this.current(owner, s.channelId, s.pbxCallId);
    if (!call) return;
    const seg: TranscriptSegment = { speaker: s.leg, startMs: s.startMs, endMs: s.endMs, text: s.text, confidence: s.confidence, source: 'pbx' };
    call.segments.push(seg);
    const alerts = this.ingest.deps.alerts;
    if (!alerts) return;
    const info = { callId: call.callId ?? '', pbxCallId: call.pbxCallId, channelId: call.channelId, agentId: call.agentId, team: call.team, queue: call.queue };
    try {
      for (const a of await alerts.onSegment(info, seg)) {
        owner.sendAlert(call.channelId, call.pbxCallId, call.agentId, a.ruleId, a.severity, a.message, a.atOffsetMs);
        this.ingest.deps.onAlert?.({ ...a, ...info });
      }
    } catch (error) {
      log.warn('alert source failed', { code: toAppError(error).code });
    }
  }
}
