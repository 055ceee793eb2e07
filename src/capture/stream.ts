/**
 * One bidirectional Stream of one bridge: Hello first, then events/ticks/controls/segments in
 * order. Per-channel problems come back as ChannelError messages; only stream-level problems (no
 * Hello, a message that cannot be understood, ignoring credits) end the stream with a status.
 * When the stream ends for any reason, the calls it opened are ended as interrupted: this is the
 * documented choice (no grace period), so a file never waits for a bridge that may not return.
 */
import type { ServerDuplexStream } from '@grpc/grpc-js';
import { toAppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';
import type { BridgeMessage, ServerMessage } from '../generated/callvault/capture/v1/capture.js';
import type { CallOwner } from './active-call.js';
import { toGrpcError } from './grpc-errors.js';
import type { Ingest, TickProgress } from './ingest.js';
import { streamError, validateControl, validateEvent, validateSegment } from './validate.js';

const log = createLogger('capture');
const ACK_INTERVAL_MS = 200;
/** ChannelErrors written back per stream per second; the rest are counted (ERR_CAPTURE_ERRORS_SUPPRESSED). */
const MAX_ERRORS_PER_SECOND = 200;

export interface BridgeSession {
  bridgeId: string;
  site: string;
}

export function handleStream(
  ingest: Ingest,
  sessions: Map<string, BridgeSession>,
  call: ServerDuplexStream<BridgeMessage, ServerMessage>,
): void {
  let bridge: BridgeSession | undefined;
  let ended = false;
  const progress: TickProgress = { received: 0, accepted: 0, durable: 0 };
  let sentAccepted = -1;
  let sentDurable = -1;
  let pausedSent = false;
  const send = (msg: ServerMessage) => {
    if (!ended && call.writable) call.write(msg);
  };
  // A hostile bridge can provoke an error per ChannelAudio entry: cap what we write back per second
  // (call-ending errors always go through) and say how many were suppressed.
  let errorBudget = MAX_ERRORS_PER_SECOND;
  let suppressed = 0;
  const owner: CallOwner = {
    get bridgeId() {
      return bridge?.bridgeId ?? '';
    },
    sendError: (channelId, callId, code, message, status, tick, callEnded) => {
      if (errorBudget <= 0 && !callEnded) {
        suppressed++;
        return;
      }
      errorBudget--;
      send({ body: { $case: 'error', value: { channelId, callId, code, message, tick, status, callEnded } } });
    },
    sendCallStarted: (channelId, callId, recordingId, recording) =>
      send({ body: { $case: 'callStarted', value: { channelId, callId, recordingId, recording } } }),
    sendAlert: (channelId, callId, agentId, ruleId, severity, message, atOffsetMs) =>
      send({ body: { $case: 'alert', value: { channelId, callId, agentId, ruleId, severity, message, atOffsetMs } } }),
  };
  const budgetTimer = setInterval(() => {
    if (suppressed > 0) {
      send({ body: { $case: 'error', value: { channelId: '', callId: '', code: 'ERR_CAPTURE_ERRORS_SUPPRESSED', message: `${suppressed} channel error(s) in the last second were not sent (more than ${MAX_ERRORS_PER_SECOND}/s)`, tick: progress.received, status: 8, callEnded: false } } });
      suppressed = 0;
    }
    errorBudget = MAX_ERRORS_PER_SECOND;
  }, 1000);
  budgetTimer.unref();
  const ackTimer = setInterval(() => {
    if (progress.accepted !== sentAccepted || progress.durable !== sentDurable) {
      sentAccepted = progress.accepted;
      sentDurable = progress.durable;
      send({ body: { $case: 'ack', value: { acceptedTick: progress.accepted, durableTick: progress.durable } } });
    }
    const backlogged = ingest.backlogged;
    if (backlogged !== pausedSent) {
      pausedSent = backlogged;
      send({ body: { $case: 'flow', value: { creditTicks: ingest.opts.creditTicks, paused: backlogged, reason: backlogged ? 'record engine queue full' : '' } } });
    }
  }, ACK_INTERVAL_MS);
  ackTimer.unref();

  const finish = (why: string) => {
    if (ended) return;
    ended = true;
    clearInterval(ackTimer);
    clearInterval(budgetTimer);
    let open = 0;
    for (const c of [...ingest.calls.values()]) {
      if (c.owner !== owner) continue;
      open++;
      void ingest.lifecycle.endCall(c, 'interrupted', ingest.opts.now());
    }
    if (open > 0) log.warn('stream ended with calls open: marked interrupted', { bridge: bridge?.bridgeId, calls: open, why });
  };
  const fail = (error: unknown) => {
    const status = toGrpcError(error);
    finish(`error ${status.details}`);
    call.emit('error', status);
  };

  call.on('data', (msg: BridgeMessage) => {
    if (ended) return;
    try {
      const body = msg.body;
      const now = ingest.opts.now();
      if (!bridge) {
        if (body?.$case !== 'hello') throw streamError('unauthenticated', 'ERR_CAPTURE_NO_HELLO', `Expected Hello as the first message of the stream but received ${body?.$case ?? 'an empty message'}`);
        bridge = sessions.get(body.value.sessionToken);
        if (!bridge) throw streamError('unauthenticated', 'ERR_CAPTURE_BAD_TOKEN', 'Expected the session token of a Register call for Hello.session_token but received an unknown token');
        send({ body: { $case: 'flow', value: { creditTicks: ingest.opts.creditTicks, paused: false, reason: '' } } });
        return;
      }
      switch (body?.$case) {
        case 'tick': {
          const t = body.value;
          if (t.tick <= progress.received) throw streamError('invalid', 'ERR_CAPTURE_BAD_TICK', `Expected tick > ${progress.received} for AudioTick.tick but received ${t.tick}`);
          if (t.tick > progress.accepted + ingest.opts.creditTicks * 4 + 10) {
            throw streamError('exhausted', 'ERR_CAPTURE_CREDITS', `Expected tick <= ${progress.accepted + ingest.opts.creditTicks} (credits) but received ${t.tick}`);
          }
          ingest.acceptTick(owner, progress, t);
          return;
        }
        case 'event':
          return perMessage(() => ingest.lifecycle.onEvent(owner, validateEvent(body.value, now)), body.value.channelId, body.value.callId);
        case 'control':
          return perMessage(() => ingest.lifecycle.onControl(owner, validateControl(body.value, now)), body.value.channelId, body.value.callId);
        case 'transcript':
          return perMessage(() => void ingest.lifecycle.onSegment(owner, validateSegment(body.value)), body.value.channelId, body.value.callId);
        case 'hello':
          throw streamError('invalid', 'ERR_CAPTURE_BAD_MESSAGE', 'Expected one Hello per stream but received a second one');
        default:
          throw streamError('invalid', 'ERR_CAPTURE_BAD_MESSAGE', 'Expected one of event, tick, control, transcript for BridgeMessage but received an empty message');
      }
    } catch (error) {
      fail(error);
    }
  });
  /** A bad event/control is that channel's problem, not the stream's. */
  const perMessage = (run: () => void, channelId: string, callId: string) => {
    try {
      run();
    } catch (error) {
      const app = toAppError(error);
      if (!app.expose) throw error;
      ingest.channelError({ owner, channelId: channelId.slice(0, 64), pbxCallId: callId.slice(0, 128) }, app.code, app.message, app.grpcStatus);
    }
  };
  call.on('end', () => {
    finish('client half-closed');
    if (!call.writableEnded) call.end();
  });
  call.on('cancelled', () => finish('cancelled'));
  call.on('error', (error: Error) => {
    log.trace('stream error', { message: error.message });
    finish('stream error');
  });
  call.on('close', () => finish('closed'));
}
