/**
 * The in-memory state of one call on one channel, from SEIZE/RING to HANGUP, and the metadata
 * patch written to the store when it ends.
 */
import type { ChannelInfo } from '../channels/index.js';
import type { CallPatch, NewCall, RecordingWriter } from '../storage/index.js';
import type { CallState, Direction, Leg, SpeechSegment, TimeRangeMs, TranscriptSegment } from '../model/index.js';
import type { RecordingSummary, SegmentFeatures } from '../native/index.js';
import type { AudioFormat } from './validate.js';

/** Where a call's server messages go (one gRPC stream). */
export interface CallOwner {
  readonly bridgeId: string;
  sendError(channelId: string, pbxCallId: string, code: string, message: string, status: number, tick: number, callEnded: boolean): void;
  sendCallStarted(channelId: string, pbxCallId: string, recordingId: string, recording: boolean): void;
  sendAlert(channelId: string, pbxCallId: string, agentId: string, ruleId: string, severity: string, message: string, atOffsetMs: number): void;
}

export type CallPhase = 'ringing' | 'opening' | 'recording' | 'not_recorded' | 'failed' | 'ended';

export interface ActiveCall {
  owner: CallOwner;
  channelId: string;
  pbxCallId: string;
  channel: ChannelInfo | undefined;
  phase: CallPhase;
  direction: Direction;
  caller: string;
  callee: string;
  agentId: string;
  team: string;
  queue: string;
  tags: Set<string>;
  startedAt: number;
  answeredAt?: number;
  format?: AudioFormat;
  /** Our call id (store), once created. */
  callId?: string;
  session?: number;
  writer?: RecordingWriter;
  doNotRecord: boolean;
  legalHold: boolean;
  paused: boolean;
  pauseStartedAt?: number;
  pausedRanges: TimeRangeMs[];
  holdStartedAt?: number;
  holdRanges: TimeRangeMs[];
  transfers: { atMs: number; to: string }[];
  maskedRanges: TimeRangeMs[];
  segments: TranscriptSegment[];
  /** Speech segments (VAD) and acoustic features from the record path, kept for post-call analysis. */
  speech: SpeechSegment[];
  features: SegmentFeatures[];
  /** Next expected sequence number per leg (gap detection, uint32 space). */
  nextSeq: Record<Leg, number | undefined>;
  /** Added to the bridge's sequence numbers before the engine sees them (see Ingest.checkSequence). */
  seqShift: Record<Leg, number>;
  /** Last cumulative engine counters seen (to turn them into deltas). */
  gapFrames: number;
  lateFrames: number;
  durationMs: number;
}

export function newActiveCall(owner: CallOwner, channelId: string, pbxCallId: string, channel: ChannelInfo | undefined, at: number): ActiveCall {
  return {
    owner,
    channelId,
    pbxCallId,
    channel,
    phase: 'ringing',
    direction: 'inbound',
    caller: '',
    callee: '',
    agentId: channel?.agentId ?? '',
    team: channel?.team ?? '',
    queue: channel?.queue ?? '',
    tags: new Set(),
    startedAt: at,
    doNotRecord: channel?.record === false,
    legalHold: false,
    paused: false,
    pausedRanges: [],
    holdRanges: [],
    transfers: [],
    maskedRanges: [],
    segments: [],
    speech: [],
    features: [],
    nextSeq: { agent: undefined, customer: undefined },
    seqShift: { agent: 0, customer: 0 },
    gapFrames: 0,
    lateFrames: 0,
    durationMs: 0,
  };
}

/** Offset (ms) of an absolute time from the call's answer (or start when not answered). */
export function offsetMs(call: ActiveCall, at: number): number {
  return Math.max(0, at - (call.answeredAt ?? call.startedAt));
}

export function toNewCall(call: ActiveCall, site: string): NewCall {
  return {
    site,
    bridgeId: call.owner.bridgeId,
    channelId: call.channelId,
    pbxCallId: call.pbxCallId,
    direction: call.direction,
    caller: call.caller,
    callee: call.callee,
    agentId: call.agentId,
    team: call.team,
    queue: call.queue,
    tags: [...call.tags],
    startedAt: call.startedAt,
    ...(call.answeredAt !== undefined ? { answeredAt: call.answeredAt } : {}),
    legalHold: call.legalHold,
  };
}

/** The metadata written when a call ends; open hold/pause ranges are closed at `at`. */
export function endPatch(call: ActiveCall, state: CallState, at: number, summary?: RecordingSummary): CallPatch {
  const holds = [...call.holdRanges];
  if (call.holdStartedAt !== undefined) holds.push({ startMs: offsetMs(call, call.holdStartedAt), endMs: offsetMs(call, at) });
  const ownPauses = [...call.pausedRanges];
  if (call.pauseStartedAt !== undefined) ownPauses.push({ startMs: offsetMs(call, call.pauseStartedAt), endMs: offsetMs(call, at) });
  // The engine knows the exact audio slots it silenced; our own wall-clock ranges are the fallback.
  const paused = summary && summary.pausedRanges.length > 0 ? summary.pausedRanges : ownPauses;
  return {
    state,
    endedAt: at,
    durationMs: summary?.durationMs ?? call.durationMs,
    pausedRanges: paused,
    holdRanges: holds,
    transfers: call.transfers,
    maskedRanges: call.maskedRanges,
    agentId: call.agentId,
    team: call.team,
    queue: call.queue,
    tags: [...call.tags],
    caller: call.caller,
    callee: call.callee,
  };
}
