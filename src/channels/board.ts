/**
 * Live state of every channel of a plan, driven by call events and span alarms. Lenient on order
 * (a PBX may drop an event): each event sets the state it implies. A span in alarm forces its
 * channels to 'alarm' and ignores call events until CLEAR; a downed channel stays 'down' until up.
 */
import { EventEmitter } from 'node:events';
import { AppError, invalid } from '../errors/index.js';
import type { ChannelState } from '../model/index.js';
import type { BoardEvent, ChannelChange, ChannelInfo, ChannelLiveState, ChannelPlan, SpanAlarm } from './types.js';

const CALL_STATE: Record<string, ChannelState> = {
  seize: 'ringing',
  ring: 'ringing',
  answer: 'talking',
  resume: 'talking',
  unpause: 'talking',
  transfer: 'talking',
  hold: 'held',
  pause: 'paused',
  hangup: 'idle',
};
const ALARMS: readonly SpanAlarm[] = ['LOS', 'AIS', 'RAI', 'LOF', 'DOWN', 'CLEAR'];

function emptyCounts(): Record<ChannelState, number> {
  return { idle: 0, ringing: 0, talking: 0, held: 0, paused: 0, alarm: 0, down: 0 };
}

/**
 * Emits 'change' (ChannelChange) for each state change. Unknown channels / spans throw
 * ERR_UNKNOWN_CHANNEL / ERR_UNKNOWN_SPAN; malformed events ERR_BAD_BOARD_EVENT.
 */
export class ChannelBoard extends EventEmitter {
  private readonly info = new Map<string, ChannelInfo>();
  private readonly live = new Map<string, ChannelLiveState>();
  private readonly spans = new Map<string, { channels: string[]; alarm?: SpanAlarm; since: number }>();
  private readonly tally = emptyCounts();

  constructor(readonly plan: ChannelPlan, private readonly now: () => number = Date.now) {
    super();
    const t = now();
    for (const c of plan.channels) {
      this.info.set(c.id, c);
      this.live.set(c.id, { id: c.id, state: 'idle', since: t });
      this.tally.idle++;
    }
    for (const card of plan.cards) for (const s of card.spans) this.spans.set(s.id, { channels: s.channels, since: t });
  }

  /** Applies one event; returns the changes it caused (also emitted as 'change'). */
  apply(event: BoardEvent): ChannelChange[] {
    if (event === null || typeof event !== 'object' || typeof event.type !== 'string') throw invalid('ERR_BAD_BOARD_EVENT', 'a board event', 'event', event);
    const at = typeof event.at === 'number' && Number.isFinite(event.at) ? event.at : this.now();
    if (event.type === 'span_alarm') {
      const span = this.spans.get(event.spanId);
      if (!span) throw new AppError('not_found', 'ERR_UNKNOWN_SPAN', `No span with id ${JSON.stringify(event.spanId)}`);
      if (!ALARMS.includes(event.alarm)) throw invalid('ERR_BAD_BOARD_EVENT', `one of ${ALARMS.join(', ')}`, 'span alarm', event.alarm);
      if (event.alarm === 'CLEAR') delete span.alarm;
      else span.alarm = event.alarm;
      span.since = at;
      const changes: ChannelChange[] = [];
      for (const id of span.channels) {
        const cur = this.live.get(id) as ChannelLiveState;
        if (cur.state === 'down') continue;
        const c = event.alarm === 'CLEAR' ? this.set(id, 'idle', undefined, at, event, undefined) : this.set(id, 'alarm', undefined, at, event, event.alarm);
        if (c) changes.push(c);
      }
      return changes;
    }
    const id = (event as { channelId?: unknown }).channelId;
    if (typeof id !== 'string' || !this.info.has(id)) throw new AppError('not_found', 'ERR_UNKNOWN_CHANNEL', `No channel with id ${JSON.stringify(id)}`, { details: { channelId: id } });
    const cur = this.live.get(id) as ChannelLiveState;
    let change: ChannelChange | undefined;
    if (event.type === 'channel_down') change = this.set(id, 'down', undefined, at, event, undefined);
    else if (event.type === 'channel_up') {
      const alarm = this.spans.get(this.spanOf(id))?.alarm;
      change = alarm ? this.set(id, 'alarm', undefined, at, event, alarm) : this.set(id, 'idle', undefined, at, event, undefined);
    } else {
      const next = CALL_STATE[event.type];
      if (next === undefined) throw invalid('ERR_BAD_BOARD_EVENT', 'a known event type', 'event.type', event.type);
      if (cur.state === 'alarm' || cur.state === 'down') return [];
      const callId = next === 'idle' ? undefined : ((event as { callId?: string }).callId ?? cur.callId);
      change = this.set(id, next, callId, at, event, undefined);
    }
    return change ? [change] : [];
  }

  private spanOf(channelId: string): string {
    const c = this.info.get(channelId) as ChannelInfo;
    return `${c.cardId}/${c.span}`;
  }

  private set(id: string, state: ChannelState, callId: string | undefined, at: number, event: BoardEvent, alarm: SpanAlarm | undefined): ChannelChange | undefined {
    const cur = this.live.get(id) as ChannelLiveState;
    if (cur.state === state && cur.callId === callId && cur.alarm === alarm) return undefined;
    const next: ChannelLiveState = { id, state, since: cur.state === state ? cur.since : at, ...(callId ? { callId } : {}), ...(alarm ? { alarm } : {}) };
    this.live.set(id, next);
    this.tally[cur.state]--;
    this.tally[state]++;
    const change: ChannelChange = { channel: this.info.get(id) as ChannelInfo, previous: cur.state, current: next, event };
    this.emit('change', change);
    return change;
  }

  /** Static info of a channel, or undefined. */
  channel(id: string): ChannelInfo | undefined {
    return this.info.get(id);
  }

  /** Live state of one channel (ERR_UNKNOWN_CHANNEL). */
  get(id: string): ChannelLiveState {
    const s = this.live.get(id);
    if (!s) throw new AppError('not_found', 'ERR_UNKNOWN_CHANNEL', `No channel with id ${JSON.stringify(id)}`);
    return s;
  }

  /** Every channel with its live state, in plan order. */
  snapshot(): (ChannelInfo & { live: ChannelLiveState })[] {
    return this.plan.channels.map((c) => ({ ...c, live: this.live.get(c.id) as ChannelLiveState }));
  }

  /** Channels per state (for Prometheus: callvault_channels{state="talking"}). */
  counts(): Record<ChannelState, number> {
    return { ...this.tally };
  }

  /** Spans currently in alarm. */
  spanAlarms(): { spanId: string; alarm: SpanAlarm; since: number }[] {
    const out: { spanId: string; alarm: SpanAlarm; since: number }[] = [];
    for (const [spanId, s] of this.spans) if (s.alarm) out.push({ spanId, alarm: s.alarm, since: s.since });
    return out;
  }
}
