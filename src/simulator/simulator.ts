/**
 * The card-bridge simulator: N concurrent two-leg calls over real gRPC, one AudioTick per tick for
 * all of them, with call events (ring, answer, hold, transfer, hangup), an optional PCI pause,
 * occasional span alarms and PBX transcript segments. Calls on a channel restart until `runSeconds`.
 */
import type { ChannelError, ServerMessage, BridgeMessage, Alert } from '../generated/callvault/capture/v1/capture.js';
import { AlarmKind, CallEventType, ControlType, Direction, Leg as PbLeg } from '../generated/callvault/capture/v1/capture.js';
import type { Codec } from '../model/index.js';
import { AppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';
import { connectBridge, type ClientTls } from './connect.js';
import { Conversation, encodeBank, rng, type EncodedUtterance } from './conversation.js';
import { loadSpeechBank } from './speech-bank.js';
import { pbCodecOf } from './codes.js';

const log = createLogger('simulator');

export interface SimulatorOptions {
  /** host:port of the appliance's gRPC listener. */
  target: string;
  tls?: ClientTls;
  site?: string;
  bridgeId?: string;
  /** Concurrent calls (each on its own channel, two legs). Default 4. */
  calls?: number;
  /** Duration of each call in seconds (answer → hangup). Default 20. */
  durationS?: number;
  /** Keep starting new calls until this many seconds have passed. Default: one round of calls. */
  runSeconds?: number;
  /** Tick length (ms, 20..200). Default 100. */
  tickMs?: number;
  /** Frame length (ms). Default 20. */
  frameMs?: number;
  codec?: Codec;
  language?: 'en' | 'zh' | 'mixed';
  /** Send PBX transcript segments. Default true. */
  transcripts?: boolean;
  /** Holds, transfers, PCI pauses and span alarms now and then. Default true. */
  extras?: boolean;
  /** Where synthesised speech is cached. */
  cacheDir: string;
  /** Spread call starts over this many ms. Default min(calls × 50, 3000). */
  rampMs?: number;
  seed?: number;
  /** Stops early (the stream is then cancelled: open calls become interrupted). */
  signal?: AbortSignal;
  onMessage?: (msg: ServerMessage) => void;
}

export interface SimulatorResult {
  ticksSent: number;
  framesSent: number;
  callsStarted: number;
  callsCompleted: number;
  /** Ticks sent later than their due time + one tick (the simulator itself fell behind). */
  ticksBehind: number;
  errors: ChannelError[];
  alerts: Alert[];
  /** PBX call id → the appliance's recording id. */
  recordings: Map<string, string>;
  lastAck: { accepted: number; durable: number };
  status?: { code: number; details: string };
}

interface SimCall {
  channelId: string;
  pbxCallId: string;
  conv: Conversation;
  answeredAtTick: number;
  endTick: number;
  seq: { agent: number; customer: number };
  hold?: [number, number];
  pause?: [number, number];
  transferAt?: number;
}

/** Runs the simulator until every call has hung up (or runSeconds passed); resolves with counters. */
export async function runSimulator(o: SimulatorOptions): Promise<SimulatorResult> {
  const tickMs = o.tickMs ?? 100, frameMs = o.frameMs ?? 20, codec = o.codec ?? 'pcmu';
  const nCalls = o.calls ?? 4, durationTicks = Math.max(1, Math.round(((o.durationS ?? 20) * 1000) / tickMs));
  if (tickMs % frameMs !== 0 || tickMs < frameMs || tickMs > 200) throw new AppError('invalid', 'ERR_SIMULATOR_ARGS', `Expected a tick of ${frameMs}..200 ms in whole ${frameMs} ms frames but received ${tickMs}`);
  const random = rng(o.seed ?? 1);
  const bank = encodeBank(await loadSpeechBank(o.cacheDir), codec);
  const conn = connectBridge(o.target, o.tls);
  const reg = await conn.register({ site: o.site ?? 'demo', bridgeId: o.bridgeId ?? 'sim-1', cards: [], softwareVersion: 'callvault-simulator 0.1' });
  if (reg.channelIds.length < nCalls) throw new Error(`the appliance knows ${reg.channelIds.length} channels, fewer than ${nCalls} calls`);
  const stream = conn.openStream(reg.sessionToken);
  const res: SimulatorResult = { ticksSent: 0, framesSent: 0, callsStarted: 0, callsCompleted: 0, ticksBehind: 0, errors: [], alerts: [], recordings: new Map(), lastAck: { accepted: 0, durable: 0 } };
  let credits = reg.config?.creditTicks ?? 50, paused = false;
  stream.on('data', (m: ServerMessage) => {
    const b = m.body;
    if (b?.$case === 'ack') res.lastAck = { accepted: b.value.acceptedTick, durable: b.value.durableTick };
    else if (b?.$case === 'flow') ({ creditTicks: credits, paused } = b.value);
    else if (b?.$case === 'error') res.errors.push(b.value);
    else if (b?.$case === 'alert') res.alerts.push(b.value);
    else if (b?.$case === 'callStarted') res.recordings.set(b.value.callId, b.value.recordingId);
    o.onMessage?.(m);
  });
  const ended = new Promise<void>((resolve) => {
    stream.on('status', (s: { code: number; details: string }) => ((res.status = { code: s.code, details: s.details }), resolve()));
    stream.on('error', () => resolve());
  });
  // One ordered outbox: events must never overtake the audio queued before them (credits hold ticks back).
  const outbox: BridgeMessage[] = [];
  const send = (msg: BridgeMessage) => void outbox.push(msg);
  const totalTicks = o.runSeconds ? Math.round((o.runSeconds * 1000) / tickMs) : Infinity;
  const rampTicks = Math.round((o.rampMs ?? Math.min(nCalls * 50, 3000)) / tickMs);
  const channels = reg.channelIds.slice(0, nCalls);
  const active = new Map<string, SimCall>();
  const nextStart = new Map(channels.map((c, i) => [c, Math.floor((i * rampTicks) / Math.max(1, nCalls))]));
  let callCounter = 0;
  const language = (): 'en' | 'zh' => (o.language === 'en' || o.language === 'zh' ? o.language : random() < 0.5 ? 'en' : 'zh');

  const startCall = (channelId: string, tick: number) => {
    const pbxCallId = `${o.bridgeId ?? 'sim-1'}-${Date.now().toString(36)}-${++callCounter}`;
    const c: SimCall = { channelId, pbxCallId, conv: new Conversation(bank as EncodedUtterance[], language(), codec, random), answeredAtTick: tick + Math.round(600 / tickMs), endTick: 0, seq: { agent: Math.floor(random() * 60000), customer: Math.floor(random() * 60000) } };
    c.endTick = c.answeredAtTick + durationTicks;
    if (o.extras !== false && durationTicks * tickMs >= 8000) {
      const r = random();
      const at = (f: number) => c.answeredAtTick + Math.round(durationTicks * f);
      if (r < 0.25) c.hold = [at(0.4), at(0.4) + Math.round(1500 / tickMs)];
      else if (r < 0.4) c.pause = [at(0.3), at(0.3) + Math.round(2000 / tickMs)];
      else if (r < 0.5) c.transferAt = at(0.6);
    }
    active.set(channelId, c);
    const n = 8000 + callCounter;
    send(event(c, CallEventType.CALL_EVENT_TYPE_RING, { direction: random() < 0.8 ? Direction.DIRECTION_INBOUND : Direction.DIRECTION_OUTBOUND, caller: `1380013${String(n % 10000).padStart(4, '0')}`, callee: '95555', queue: random() < 0.5 ? 'retail' : 'cards', tags: random() < 0.2 ? ['vip'] : [] }));
  };
  const event = (c: SimCall, type: CallEventType, extra: Partial<Parameters<typeof mkEvent>[3]> = {}): BridgeMessage => mkEvent(c.channelId, c.pbxCallId, type, extra);
  const control = (c: SimCall, type: ControlType): BridgeMessage => ({ body: { $case: 'control', value: { channelId: c.channelId, callId: c.pbxCallId, type, atMs: Date.now(), maskStartMs: 0, maskEndMs: 0, reason: 'simulated PCI card entry' } } });

  const t0 = performance.now();
  let tick = 0;
  const framesPerTick = Math.max(1, Math.round(tickMs / frameMs));
  const aborted = () => o.signal?.aborted === true;
  while (!aborted()) {
    tick++;
    const due = t0 + tick * tickMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    else if (-wait > tickMs) res.ticksBehind++;
    if (res.status) break;
    for (const ch of channels) {
      const c = active.get(ch);
      if (!c && tick >= (nextStart.get(ch) ?? Infinity) && tick < totalTicks) startCall(ch, tick);
    }
    const audio = [];
    for (const c of active.values()) {
      if (tick === c.answeredAtTick) {
        res.callsStarted++;
        send(event(c, CallEventType.CALL_EVENT_TYPE_ANSWER, { agentId: '', codec: pbCodecOf(codec), sampleRate: 8000, frameMs }));
      }
      if (tick < c.answeredAtTick) continue;
      if (c.hold?.[0] === tick) send(event(c, CallEventType.CALL_EVENT_TYPE_HOLD));
      if (c.hold?.[1] === tick) send(event(c, CallEventType.CALL_EVENT_TYPE_RESUME));
      if (c.pause?.[0] === tick) send(control(c, ControlType.CONTROL_TYPE_PAUSE));
      if (c.pause?.[1] === tick) send(control(c, ControlType.CONTROL_TYPE_RESUME));
      if (c.transferAt === tick) send(event(c, CallEventType.CALL_EVENT_TYPE_TRANSFER, { transferTo: '8999' }));
      if (tick >= c.endTick) {
        send(event(c, CallEventType.CALL_EVENT_TYPE_HANGUP));
        res.callsCompleted++;
        active.delete(c.channelId);
        nextStart.set(c.channelId, o.runSeconds ? tick + Math.round(500 / tickMs) : Infinity);
        continue;
      }
      const { agent, customer, segments } = c.conv.next((8000 * framesPerTick * frameMs) / 1000);
      audio.push({ channelId: c.channelId, leg: PbLeg.LEG_AGENT, codec: pbCodecOf(codec), seq: c.seq.agent, payload: agent });
      audio.push({ channelId: c.channelId, leg: PbLeg.LEG_CUSTOMER, codec: pbCodecOf(codec), seq: c.seq.customer, payload: customer });
      c.seq.agent = (c.seq.agent + framesPerTick) >>> 0;
      c.seq.customer = (c.seq.customer + framesPerTick) >>> 0;
      res.framesSent += 2 * framesPerTick;
      if (o.transcripts !== false) {
        for (const s of segments) {
          send({ body: { $case: 'transcript', value: { channelId: c.channelId, callId: c.pbxCallId, leg: s.leg === 'agent' ? PbLeg.LEG_AGENT : PbLeg.LEG_CUSTOMER, startMs: s.startMs, endMs: s.endMs, text: s.text, confidence: 0.9, language: s.language } } });
        }
      }
    }
    if (o.extras !== false && tick % Math.round(30000 / tickMs) === 0) void alarmBlip(conn, reg.sessionToken, reg.channelIds);
    if (audio.length > 0) send({ body: { $case: 'tick', value: { tick: ++res.ticksSent, atMs: Date.now() - tickMs, durationMs: framesPerTick * frameMs, audio } } });
    // Credits: never more than `credits` ticks beyond the last accepted one; a card would buffer.
    while (outbox.length > 0) {
      const next = outbox[0]!;
      if (next.body?.$case === 'tick' && (paused || next.body.value.tick > res.lastAck.accepted + credits)) break;
      stream.write(outbox.shift()!);
    }
    if (tick >= totalTicks && active.size === 0 && outbox.length === 0) break;
    if (!o.runSeconds && active.size === 0 && callCounter >= nCalls && outbox.length === 0) break;
  }
  if (aborted()) stream.cancel();
  else stream.end();
  outbox.length = 0;
  await Promise.race([ended, new Promise((r) => setTimeout(r, 5000))]);
  conn.close();
  log.info('simulator done', { ticks: res.ticksSent, frames: res.framesSent, calls: res.callsCompleted, errors: res.errors.length });
  return res;
}

function mkEvent(channelId: string, callId: string, type: CallEventType, extra: Partial<{ direction: Direction; caller: string; callee: string; agentId: string; queue: string; tags: string[]; transferTo: string; codec: number; sampleRate: number; frameMs: number }>): BridgeMessage {
  return { body: { $case: 'event', value: { channelId, callId, type, atMs: Date.now(), direction: extra.direction ?? 0, caller: extra.caller ?? '', callee: extra.callee ?? '', agentId: extra.agentId ?? '', queue: extra.queue ?? '', skill: '', tags: extra.tags ?? [], transferTo: extra.transferTo ?? '', codec: extra.codec ?? 0, sampleRate: extra.sampleRate ?? 0, frameMs: extra.frameMs ?? 0 } } };
}

/** A short LOS on the last span of the plan (usually unused), cleared 2 s later. */
async function alarmBlip(conn: ReturnType<typeof connectBridge>, token: string, channelIds: string[]): Promise<void> {
  const last = channelIds[channelIds.length - 1];
  if (!last) return;
  const spanId = last.split('/').slice(0, 2).join('/');
  try {
    await conn.reportAlarm({ sessionToken: token, spanId, channelId: '', kind: AlarmKind.ALARM_KIND_LOS, atMs: Date.now(), detail: 'simulated loss of signal' });
    await new Promise((r) => setTimeout(r, 2000));
    await conn.reportAlarm({ sessionToken: token, spanId, channelId: '', kind: AlarmKind.ALARM_KIND_CLEAR, atMs: Date.now(), detail: '' });
  } catch (error) {
    log.warn('alarm report failed', { message: (error as Error).message });
  }
}
