/**
 * Hand checks of every incoming message (cheaper than a schema library on the audio hot path).
 * Each returns normalised plain values or throws AppError with a stable code and the house message.
 */
import { AppError, invalid } from '../errors/index.js';
import type { Codec, Direction, Leg } from '../model/index.js';
import {
  CallEventType,
  Codec as PbCodec,
  ControlType,
  Direction as PbDirection,
  Leg as PbLeg,
  type CallEvent,
  type RecordingControl,
  type TranscriptSegment as PbSegment,
} from '../generated/callvault/capture/v1/capture.js';

export const ERR = {
  unknownChannel: 'ERR_UNKNOWN_CHANNEL',
  noCall: 'ERR_CAPTURE_NO_CALL',
  wrongCodec: 'ERR_CAPTURE_WRONG_CODEC',
  oversized: 'ERR_CAPTURE_OVERSIZED_FRAME',
  badPayload: 'ERR_CAPTURE_BAD_PAYLOAD',
  badEvent: 'ERR_CAPTURE_BAD_EVENT',
  seqGap: 'ERR_CAPTURE_SEQ_GAP',
  storage: 'ERR_CAPTURE_STORAGE',
  engine: 'ERR_CAPTURE_ENGINE',
} as const;

export function codecOf(c: PbCodec): Codec | undefined {
  return c === PbCodec.CODEC_PCMU ? 'pcmu' : c === PbCodec.CODEC_PCMA ? 'pcma' : c === PbCodec.CODEC_L16 ? 'l16' : undefined;
}
export function pbCodec(c: Codec): PbCodec {
  return c === 'pcmu' ? PbCodec.CODEC_PCMU : c === 'pcma' ? PbCodec.CODEC_PCMA : PbCodec.CODEC_L16;
}
export function legOf(l: PbLeg): Leg | undefined {
  return l === PbLeg.LEG_AGENT ? 'agent' : l === PbLeg.LEG_CUSTOMER ? 'customer' : undefined;
}
function directionOf(d: PbDirection): Direction {
  return d === PbDirection.DIRECTION_OUTBOUND ? 'outbound' : d === PbDirection.DIRECTION_INTERNAL ? 'internal' : 'inbound';
}

function text(value: string, what: string, max: number, required = false): string {
  if (required && value.length === 0) throw invalid(ERR.badEvent, 'a non-empty string', what, value);
  if (value.length > max) throw invalid(ERR.badEvent, `at most ${max} characters`, what, value);
  // Control characters in ids break logs and indexes; a bridge never needs them.
  if (/[\u0000-\u001f]/.test(value)) throw invalid(ERR.badEvent, 'no control characters', what, value);
  return value;
}

/** Audio format of a call, from its ANSWER event. */
export interface AudioFormat {
  codec: Codec;
  sampleRate: 8000 | 16000;
  frameMs: number;
  /** Bytes of one frame of one leg. */
  frameBytes: number;
}

export type EventKind = 'seize' | 'ring' | 'answer' | 'hold' | 'resume' | 'transfer' | 'hangup';
const EVENT_KINDS: Partial<Record<CallEventType, EventKind>> = {
  [CallEventType.CALL_EVENT_TYPE_SEIZE]: 'seize',
  [CallEventType.CALL_EVENT_TYPE_RING]: 'ring',
  [CallEventType.CALL_EVENT_TYPE_ANSWER]: 'answer',
  [CallEventType.CALL_EVENT_TYPE_HOLD]: 'hold',
  [CallEventType.CALL_EVENT_TYPE_RESUME]: 'resume',
  [CallEventType.CALL_EVENT_TYPE_TRANSFER]: 'transfer',
  [CallEventType.CALL_EVENT_TYPE_HANGUP]: 'hangup',
};

export interface ValidEvent {
  kind: EventKind;
  channelId: string;
  pbxCallId: string;
  at: number;
  direction: Direction;
  caller: string;
  callee: string;
  agentId: string;
  queue: string;
  skill: string;
  tags: string[];
  transferTo: string;
  format?: AudioFormat;
}

export function validateEvent(e: CallEvent, now: number): ValidEvent {
  const kind = EVENT_KINDS[e.type];
  if (!kind) throw invalid(ERR.badEvent, 'a call event type', 'CallEvent.type', e.type);
  if (e.tags.length > 32) throw invalid(ERR.badEvent, 'at most 32 tags', 'CallEvent.tags', e.tags);
  const tags = e.tags.map((t, i) => text(t, `CallEvent.tags[${i}]`, 64, true));
  const ev: ValidEvent = {
    kind,
    channelId: text(e.channelId, 'CallEvent.channel_id', 64, true),
    pbxCallId: text(e.callId, 'CallEvent.call_id', 128, true),
    at: e.atMs > 0 ? e.atMs : now,
    direction: directionOf(e.direction),
    caller: text(e.caller, 'CallEvent.caller', 32),
    callee: text(e.callee, 'CallEvent.callee', 32),
    agentId: text(e.agentId, 'CallEvent.agent_id', 64),
    queue: text(e.queue, 'CallEvent.queue', 64),
    skill: text(e.skill, 'CallEvent.skill', 64),
    tags,
    transferTo: text(e.transferTo, 'CallEvent.transfer_to', 32, kind === 'transfer'),
  };
  if (kind === 'answer') ev.format = audioFormat(e);
  return ev;
}

function audioFormat(e: CallEvent): AudioFormat {
  const codec = e.codec === PbCodec.CODEC_UNSPECIFIED ? 'pcmu' : codecOf(e.codec);
  if (!codec) throw invalid(ERR.badEvent, 'PCMU, PCMA or L16', 'CallEvent.codec', e.codec);
  const sampleRate = e.sampleRate === 0 ? 8000 : e.sampleRate;
  if (sampleRate !== 8000 && sampleRate !== 16000) throw invalid(ERR.badEvent, '8000 or 16000', 'CallEvent.sample_rate', e.sampleRate);
  if (sampleRate === 16000 && codec !== 'l16') throw invalid(ERR.badEvent, '8000 Hz for G.711', 'CallEvent.sample_rate', sampleRate);
  const frameMs = e.frameMs === 0 ? 20 : e.frameMs;
  if (![10, 20, 30, 40].includes(frameMs)) throw invalid(ERR.badEvent, '10, 20, 30 or 40', 'CallEvent.frame_ms', e.frameMs);
  return { codec, sampleRate, frameMs, frameBytes: ((sampleRate * frameMs) / 1000) * (codec === 'l16' ? 2 : 1) };
}

export type ControlKind = 'pause' | 'resume' | 'mask' | 'do_not_record' | 'keep';
export interface ValidControl {
  kind: ControlKind;
  channelId: string;
  pbxCallId: string;
  at: number;
  maskStartMs: number;
  maskEndMs: number;
  reason: string;
}

export function validateControl(c: RecordingControl, now: number): ValidControl {
  const map: Partial<Record<ControlType, ControlKind>> = {
    [ControlType.CONTROL_TYPE_PAUSE]: 'pause',
    [ControlType.CONTROL_TYPE_RESUME]: 'resume',
    [ControlType.CONTROL_TYPE_MASK]: 'mask',
    [ControlType.CONTROL_TYPE_DO_NOT_RECORD]: 'do_not_record',
    [ControlType.CONTROL_TYPE_KEEP]: 'keep',
  };
  const kind = map[c.type];
  if (!kind) throw invalid(ERR.badEvent, 'a control type', 'RecordingControl.type', c.type);
  if (kind === 'mask' && !(c.maskEndMs > c.maskStartMs)) {
    throw invalid(ERR.badEvent, 'mask_end_ms > mask_start_ms', 'RecordingControl mask range', `${c.maskStartMs}..${c.maskEndMs}`);
  }
  return {
    kind,
    channelId: text(c.channelId, 'RecordingControl.channel_id', 64, true),
    pbxCallId: text(c.callId, 'RecordingControl.call_id', 128, true),
    at: c.atMs > 0 ? c.atMs : now,
    maskStartMs: c.maskStartMs,
    maskEndMs: c.maskEndMs,
    reason: text(c.reason, 'RecordingControl.reason', 256),
  };
}

export interface ValidSegment {
  channelId: string;
  pbxCallId: string;
  leg: Leg;
  startMs: number;
  endMs: number;
  text: string;
  confidence: number;
  language: string;
}

export function validateSegment(s: PbSegment): ValidSegment {
  const leg = legOf(s.leg);
  if (!leg) throw invalid(ERR.badEvent, 'LEG_AGENT or LEG_CUSTOMER', 'TranscriptSegment.leg', s.leg);
  if (s.endMs < s.startMs) throw invalid(ERR.badEvent, 'end_ms >= start_ms', 'TranscriptSegment', `${s.startMs}..${s.endMs}`);
  if (Buffer.byteLength(s.text) > 4096) throw invalid(ERR.badEvent, 'at most 4096 bytes', 'TranscriptSegment.text', s.text);
  if (!(s.confidence >= 0 && s.confidence <= 1)) throw invalid(ERR.badEvent, '0..1', 'TranscriptSegment.confidence', s.confidence);
  return {
    channelId: text(s.channelId, 'TranscriptSegment.channel_id', 64, true),
    pbxCallId: text(s.callId, 'TranscriptSegment.call_id', 128, true),
    leg,
    startMs: s.startMs,
    endMs: s.endMs,
    text: s.text,
    confidence: s.confidence,
    language: text(s.language, 'TranscriptSegment.language', 16),
  };
}

/** Stream-level failure (ends the stream with the kind's gRPC status). */
export function streamError(kind: 'invalid' | 'unauthenticated' | 'exhausted', code: string, message: string): AppError {
  return new AppError(kind, code, message);
}
