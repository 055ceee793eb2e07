/**
 * Hostile bridges: unknown channel, wrong codec, oversized and ragged payloads, sequence gaps,
 * bad events, a stream without Hello, garbage bytes, a disconnect mid-call. Each gives a clear
 * code; the call recorded beside them stays intact.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { Client, credentials, Metadata, status as GrpcCode } from '@grpc/grpc-js';
import { CallEventType, Codec, Leg, type ChannelError } from '../../src/generated/callvault/capture/v1/capture.js';
import { ev, expectBoard, openBridge, sendAudio, sleep, startHarness, tick, ulawFrames } from './harness.js';

const errorsOf = (msgs: { body?: { $case: string; value: unknown } | undefined }[]) =>
  msgs.filter((m) => m.body?.$case === 'error').map((m) => m.body!.value as ChannelError);

async function waitState(store: { getCall(id: string): Promise<{ state: string; durationMs: number }> }, id: string, state: string) {
  for (let i = 0; i < 100; i++) {
    const c = await store.getCall(id);
    if (c.state === state) return c;
    await sleep(50);
  }
  return store.getCall(id);
}

test('per-channel hostile audio gets stable codes and the good call stays intact', async () => {
  const h = await startHarness();
  const b = await openBridge(h.target);
  try {
    const good = 'e1a/1/1', bad = 'e1a/1/2';
    b.send(ev(good, 'good', CallEventType.CALL_EVENT_TYPE_ANSWER));
    b.send(ev(bad, 'bad', CallEventType.CALL_EVENT_TYPE_ANSWER));
    await b.waitFor((m) => m.body?.$case === 'callStarted' && m.body.value.callId === 'bad');
    const started = await b.waitFor((m) => m.body?.$case === 'callStarted' && m.body.value.callId === 'good');
    const goodId = started.body?.$case === 'callStarted' ? started.body.value.recordingId : '';
    const pos = { tick: 1, seq: 0 };
    await sendAudio(b, [good, bad], pos, 1);
    const t = pos.tick;
    const agent = (channelId: string, payload: Buffer, extra: { seq?: number; codec?: Codec } = {}) => ({ channelId, leg: Leg.LEG_AGENT, seq: extra.seq ?? pos.seq, payload, ...(extra.codec ? { codec: extra.codec } : {}) });
    const goodAudio = (seq: number) => [
      { channelId: good, leg: Leg.LEG_AGENT, seq, payload: ulawFrames(5) },
      { channelId: good, leg: Leg.LEG_CUSTOMER, seq, payload: ulawFrames(5) },
    ];
    b.send(tick(t, [...goodAudio(pos.seq), agent('nope/9/9', ulawFrames(5))]));
    b.send(tick(t + 1, [...goodAudio(pos.seq + 5), agent(bad, ulawFrames(5), { codec: Codec.CODEC_PCMA })]));
    b.send(tick(t + 2, [...goodAudio(pos.seq + 10), agent(bad, ulawFrames(50))]));
    b.send(tick(t + 3, [...goodAudio(pos.seq + 15), agent(bad, Buffer.alloc(161, 0xff))]));
    b.send(tick(t + 4, [...goodAudio(pos.seq + 20), agent(bad, Buffer.alloc(0))]));
    b.send(tick(t + 5, [...goodAudio(pos.seq + 25), agent(bad, ulawFrames(5), { seq: pos.seq + 1000 })]));
    b.send(tick(t + 6, [...goodAudio(pos.seq + 30), agent('e1a/2/5', ulawFrames(5))]));
    b.send(ev(bad, 'other-call', CallEventType.CALL_EVENT_TYPE_HOLD));
    b.send(ev('x'.repeat(500), 'y', CallEventType.CALL_EVENT_TYPE_RING));
    const weird = ev(bad, 'bad', CallEventType.CALL_EVENT_TYPE_RING);
    if (weird.body?.$case === 'event') weird.body.value.type = 99 as CallEventType;
    b.send(weird);
    pos.tick += 7;
    pos.seq += 35;
    await sendAudio(b, [good], pos, 1);
    await sleep(300);
    const codes = errorsOf(b.messages).map((e) => `${e.channelId}:${e.code}`);
    for (const want of [
      'nope/9/9:ERR_UNKNOWN_CHANNEL',
      `${bad}:ERR_CAPTURE_WRONG_CODEC`,
      `${bad}:ERR_CAPTURE_OVERSIZED_FRAME`,
      `${bad}:ERR_CAPTURE_BAD_PAYLOAD`,
      `${bad}:ERR_CAPTURE_SEQ_GAP`,
      'e1a/2/5:ERR_CAPTURE_NO_CALL',
      `${bad}:ERR_CAPTURE_BAD_EVENT`,
    ]) assert.ok(codes.includes(want), `missing ${want} in ${codes.join(', ')}`);
    assert.ok(errorsOf(b.messages).some((e) => e.code === 'ERR_UNKNOWN_CHANNEL' && e.channelId.length <= 64), 'long unknown channel id is truncated');
    const wrong = errorsOf(b.messages).find((e) => e.code === 'ERR_CAPTURE_WRONG_CODEC')!;
    assert.equal(wrong.status, GrpcCode.INVALID_ARGUMENT);
    assert.match(wrong.message, /^Expected PCMU .* but received PCMA$/);
    assert.ok(!errorsOf(b.messages).some((e) => e.channelId === good), 'no error on the good channel');
    b.send(ev(good, 'good', CallEventType.CALL_EVENT_TYPE_HANGUP));
    const call = await waitState(h.store, goodId, 'completed');
    assert.equal(call.state, 'completed');
    assert.ok(call.durationMs >= 2500, `good call duration ${call.durationMs}`);
  } finally {
    b.close();
    await h.close();
  }
});

test('a disconnect mid-call marks its calls interrupted and keeps their audio', async () => {
  const h = await startHarness();
  const b = await openBridge(h.target);
  try {
    const ch = 'e1a/1/3';
    b.send(ev(ch, 'cut', CallEventType.CALL_EVENT_TYPE_ANSWER));
    const started = await b.waitFor((m) => m.body?.$case === 'callStarted');
    const id = started.body?.$case === 'callStarted' ? started.body.value.recordingId : '';
    await sendAudio(b, [ch], { tick: 1, seq: 0 }, 2);
    await sleep(200);
    b.close();
    const call = await waitState(h.store, id, 'interrupted');
    assert.equal(call.state, 'interrupted');
    assert.ok(call.durationMs >= 1500, `interrupted duration ${call.durationMs}`);
    expectBoard(h, ch, 'idle');
  } finally {
    await h.close();
  }
});

test('stream-level violations end the stream with a gRPC status', async () => {
  const h = await startHarness();
  try {
    // No Hello first.
    const b = await openBridge(h.target);
    const noHello = b.conn.client.stream();
    noHello.on('error', () => undefined);
    const s1 = new Promise<{ code: number; details: string }>((r) => noHello.on('status', r));
    noHello.write(ev('e1a/1/1', 'c', CallEventType.CALL_EVENT_TYPE_RING));
    const st1 = await s1;
    assert.equal(st1.code, GrpcCode.UNAUTHENTICATED);
    assert.match(st1.details, /ERR_CAPTURE_NO_HELLO/);
    // Bad token.
    const bad = b.conn.openStream('forged');
    bad.on('error', () => undefined);
    const st2 = await new Promise<{ code: number; details: string }>((r) => bad.on('status', r));
    assert.equal(st2.code, GrpcCode.UNAUTHENTICATED);
    // Tick numbers going backwards.
    b.send(tick(5, []));
    b.send(tick(5, []));
    const st3 = await b.status;
    assert.equal(st3.code, GrpcCode.INVALID_ARGUMENT);
    assert.match(st3.details, /ERR_CAPTURE_BAD_TICK/);
    // Ticks far beyond the granted credits.
    const greedy = await openBridge(h.target);
    greedy.send(tick(1, []));
    greedy.send(tick(100_000, []));
    const st5 = await greedy.status;
    assert.equal(st5.code, GrpcCode.RESOURCE_EXHAUSTED);
    assert.match(st5.details, /ERR_CAPTURE_CREDITS/);
    greedy.close();
    // An error flood is capped: 1,000 unknown channels in one tick → 200 errors + one summary.
    const flood = await openBridge(h.target);
    flood.send(tick(1, Array.from({ length: 1000 }, (_, i) => ({ channelId: `ghost/${i}`, leg: Leg.LEG_AGENT, seq: 0, payload: ulawFrames(1) }))));
    const summary = await flood.waitFor((m) => m.body?.$case === 'error' && m.body.value.code === 'ERR_CAPTURE_ERRORS_SUPPRESSED', 3000);
    assert.ok(summary.body?.$case === 'error' && /^800 channel error/.test(summary.body.value.message));
    assert.equal(errorsOf(flood.messages).filter((e) => e.code === 'ERR_UNKNOWN_CHANNEL').length, 200);
    flood.close();
    // Garbage bytes instead of a protobuf message: grpc-js refuses to decode, the server survives.
    const raw = new Client(h.target, credentials.createInsecure());
    const garbage = raw.makeBidiStreamRequest('/callvault.capture.v1.CaptureService/Stream', (x: Buffer) => x, (x: Buffer) => x, new Metadata());
    garbage.on('error', () => undefined);
    const st4 = await new Promise<{ code: number }>((r) => {
      garbage.on('status', r);
      garbage.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02]));
    });
    assert.notEqual(st4.code, GrpcCode.OK);
    raw.close();
    // Register with the wrong site.
    await assert.rejects(b.conn.register({ site: 'elsewhere', bridgeId: 'x', cards: [], softwareVersion: '' }), (e: { code: number; details: string }) => e.code === GrpcCode.PERMISSION_DENIED && /ERR_CAPTURE_WRONG_SITE/.test(e.details));
    await assert.rejects(b.conn.register({ site: 'demo', bridgeId: '', cards: [], softwareVersion: '' }), (e: { code: number }) => e.code === GrpcCode.INVALID_ARGUMENT);
    // And the server still works.
    const b2 = await openBridge(h.target);
    b2.send(ev('e1a/1/1', 'after', CallEventType.CALL_EVENT_TYPE_ANSWER));
    await b2.waitFor((m) => m.body?.$case === 'callStarted');
    b2.close();
    b.close();
  } finally {
    await h.close();
  }
});

test('a span alarm puts its channels in alarm and CLEAR brings them back', async () => {
  const h = await startHarness();
  const b = await openBridge(h.target);
  try {
    const ack = await b.conn.reportAlarm({ sessionToken: b.token, spanId: 'e1a/2', channelId: '', kind: 1, atMs: 0, detail: 'LOS on span 2' });
    assert.equal(ack.affectedChannelIds.length, 30);
    expectBoard(h, 'e1a/2/7', 'alarm');
    expectBoard(h, 'e1a/1/7', 'idle');
    await b.conn.reportAlarm({ sessionToken: b.token, spanId: 'e1a/2', channelId: '', kind: 6, atMs: 0, detail: '' });
    expectBoard(h, 'e1a/2/7', 'idle');
    await assert.rejects(b.conn.reportAlarm({ sessionToken: b.token, spanId: 'e1a/9', channelId: '', kind: 1, atMs: 0, detail: '' }), (e: { code: number; details: string }) => e.code === GrpcCode.NOT_FOUND && /ERR_UNKNOWN_SPAN/.test(e.details));
    await assert.rejects(b.conn.reportAlarm({ sessionToken: 'forged', spanId: 'e1a/2', channelId: '', kind: 1, atMs: 0, detail: '' }), (e: { code: number }) => e.code === GrpcCode.UNAUTHENTICATED);
    await assert.rejects(b.conn.reportAlarm({ sessionToken: b.token, spanId: 'e1a/2', channelId: 'e1a/2/1', kind: 1, atMs: 0, detail: '' }), (e: { code: number }) => e.code === GrpcCode.INVALID_ARGUMENT);
  } finally {
    b.close();
    await h.close();
  }
});
