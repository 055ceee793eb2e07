/**
 * Channel plan of a site (from firmware-config/*.json) and the live per-channel state board.
 * Channel ids are stable strings: digital trunks "<cardId>/<span>/<channel>" (span and channel
 * 1-based, e.g. "e1a/2/17"), analogue taps "<cardId>/<port>" (e.g. "ana1/3").
 */
import type { ChannelState } from '../model/index.js';

/** Built-in card catalogue. */
export type CardModel = 'E1' | 'T1' | 'ANALOG-4' | 'ANALOG-8' | 'ANALOG-16';

export interface CardModelInfo {
  model: CardModel;
  kind: 'digital' | 'analog';
  /** Digital: 30 (E1) or 24 (T1) voice channels per span; analogue: ports on the card. */
  channelsPerSpan: number;
  /** Maximum spans on one card (analogue: 1, the ports). */
  maxSpans: number;
}

/** What a channel is wired to. */
export interface ChannelMapping {
  extension?: string;
  agentId?: string;
  team?: string;
  queue?: string;
  /** Do-not-record channel (e.g. a private line): events are tracked, audio is not stored. */
  record?: boolean;
}

export interface ChannelInfo extends ChannelMapping {
  id: string;
  cardId: string;
  model: CardModel;
  /** 1-based span (analogue cards: 1). */
  span: number;
  /** 1-based channel in the span (analogue: the port). */
  channel: number;
}

export interface SpanInfo {
  /** "<cardId>/<span>" */
  id: string;
  cardId: string;
  span: number;
  channels: string[];
}

export interface CardInfo {
  id: string;
  model: CardModel;
  spans: SpanInfo[];
}

/** A validated site plan. */
export interface ChannelPlan {
  /** Source files merged into this plan. */
  files: string[];
  site: string;
  bridgeId: string;
  cards: CardInfo[];
  /** Every channel, in card/span/channel order. */
  channels: ChannelInfo[];
}

/** Span alarms per ITU-T G.704/G.775 and T1.403: loss of signal, alarm indication, remote alarm. */
export type SpanAlarm = 'LOS' | 'AIS' | 'RAI' | 'LOF' | 'DOWN' | 'CLEAR';

/** Events the board understands (the capture plane maps its gRPC messages to these). */
export type BoardEvent =
  | { type: 'seize' | 'ring' | 'answer' | 'hold' | 'resume' | 'hangup' | 'pause' | 'unpause'; channelId: string; callId?: string; at?: number }
  | { type: 'transfer'; channelId: string; callId?: string; to: string; at?: number }
  | { type: 'span_alarm'; spanId: string; alarm: SpanAlarm; at?: number }
  | { type: 'channel_down' | 'channel_up'; channelId: string; at?: number };

export interface ChannelLiveState {
  id: string;
  state: ChannelState;
  callId?: string;
  /** When the channel entered this state. */
  since: number;
  /** Active span alarm, if any. */
  alarm?: SpanAlarm;
}

/** Emitted on the board as 'change'. */
export interface ChannelChange {
  channel: ChannelInfo;
  previous: ChannelState;
  current: ChannelLiveState;
  event: BoardEvent;
}
