import test from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RecordEngine, liveNativeSessions } from './index.js';
import type { FrameIn, RecorderOptions } from './index.js';
import { isAppError } from '../errors/index.js';
import { encodeUlaw, tone, toFrames } from './test-support.js';

const KEY = Buffer.alloc(32, 1);
const opts = (over: Partial<RecorderOptions> = {}): RecorderOptions => ({ recordingId: 'r', dataKey: KEY, codec: 'pcmu', sampleRate: 8000, ...over });
const code = (c: string) => (e: unknown) => {
  assert.ok(isAppError(e, c), `expected ${c} but got ${(e as { code?: string }).code}: ${(e as Error).message}`);
  return true;
};

test('bad options → ERR_RECORDER_BAD_ARG', () => {
  const engine = new RecordEngine();
  assert.throws(() => engine.open(opts({ codec: 'gsm' as never })), code('ERR_RECORDER_BAD_ARG'));
  assert.throws(() => engine.open(opts({ sampleRate: 16000 })), code('ERR_RECORDER_BAD_ARG')); // G.711 is 8 kHz only
  assert.throws(() => engine.open(opts({ sampleRate: 44100 as never, codec: 'l16' })), code('ERR_RECORDER_BAD_ARG'));
  assert.throws(() => engine.open(opts({ dataKey: Buffer.alloc(16) })), code('ERR_RECORDER_BAD_ARG'));
  assert.throws(() => engine.open(opts({ recordingId: '' })), code('ERR_RECORDER_BAD_ARG'));
  assert.throws(() => engine.open(opts({ frameMs: 25 })), code('ERR_RECORDER_BAD_ARG'));
  assert.throws(() => engine.open(opts({ complexity: 11 })), code('ERR_RECORDER_BAD_ARG'));
  assert.throws(() => engine.open(null as never), code('ERR_RECORDER_BAD_ARG'));
  assert.equal(engine.sessions, 0);
  return engine.close();
});

test('hostile batches → clear codes, no session changed', async () => {
  const engine = new RecordEngine();
  const { session } = engine.open(opts());
  const good = toFrames(session, 'agent', encodeUlaw(tone(440, 200)), 160);
  await assert.rejects(engine.push([]), code('ERR_RECORDER_BAD_ARG'));
  await assert.rejects(engine.push('x' as never), code('ERR_RECORDER_BAD_ARG'));
  // Truncated G.711 frame (159 bytes) anywhere rejects the whole batch.
  await assert.rejects(engine.push([...good, { session, leg: 'agent', seq: 99, payload: Buffer.alloc(159) }]), code('ERR_RECORDER_BAD_ARG'));
  // An L16-sized frame sent to a G.711 session (wrong codec / wrong rate).
  await assert.rejects(engine.push([{ session, leg: 'agent', seq: 1, payload: Buffer.alloc(320) }]), code('ERR_RECORDER_BAD_ARG'));
  await assert.rejects(engine.push([{ session, leg: 'left' as never, seq: 1, payload: Buffer.alloc(160) }]), code('ERR_RECORDER_BAD_ARG'));
  await assert.rejects(engine.push([{ session, leg: 'agent', seq: -1, payload: Buffer.alloc(160) }]), code('ERR_RECORDER_BAD_ARG'));
  await assert.rejects(engine.push([{ session, leg: 'agent', seq: 1, payload: 'abc' as never }]), code('ERR_RECORDER_BAD_ARG'));
  await assert.rejects(engine.push([{ session: 9999, leg: 'agent', seq: 1, payload: Buffer.alloc(160) }]), code('ERR_RECORDER_UNKNOWN_SESSION'));
  // Huge batches: 100k frames, and one 50 MB payload.
  const many: FrameIn[] = Array.from({ length: 100_000 }, (_, i) => ({ session, leg: 'agent', seq: i, payload: Buffer.alloc(160) }));
  await assert.rejects(engine.push(many), code('ERR_RECORDER_TOO_LARGE'));
  await assert.rejects(engine.push([{ session, leg: 'agent', seq: 1, payload: Buffer.alloc(50 << 20) }]), code('ERR_RECORDER_TOO_LARGE'));
  // Nothing above reached the session: its first real push sees no frames before.
  const [r] = await engine.push(good);
  assert.equal(r?.legs.agent.frames, 10);
  assert.equal(r?.legs.agent.duplicateFrames, 0);
  // Garbage G.711 (random bytes) is still audio: recorded, no crash.
  const garbage = Array.from({ length: 10 }, (_, i) => ({ session, leg: 'customer' as const, seq: i, payload: Buffer.from(Array.from({ length: 160 }, () => Math.floor(Math.random() * 256))) }));
  await engine.push(garbage);
  // Hostile sequence numbers: a huge jump re-anchors instead of inserting hours of silence.
  const [j] = await engine.push([{ session, leg: 'agent', seq: 0x7fffffff, payload: Buffer.alloc(160) }]);
  assert.equal(j?.legs.agent.resyncs, 1);
  const fin = await engine.finish(session);
  assert.ok(fin.summary.durationMs < 1000, `duration ${fin.summary.durationMs}`);
  await assert.rejects(engine.push(good), code('ERR_RECORDER_UNKNOWN_SESSION'));
  await assert.rejects(engine.finish(session), code('ERR_RECORDER_UNKNOWN_SESSION'));
  assert.throws(() => engine.pause(12345), code('ERR_RECORDER_UNKNOWN_SESSION'));
  await engine.close();
});

test('push after close → ERR_RECORDER_CLOSED; close waits for a pending push', async () => {
  const engine = new RecordEngine();
  const sessions = Array.from({ length: 20 }, (_, i) => engine.open(opts({ recordingId: `c${i}` })).session);
  const audio = encodeUlaw(tone(440, 2000));
  const batch = sessions.flatMap((s) => [...toFrames(s, 'agent', audio, 160), ...toFrames(s, 'customer', audio, 160)]);
  let settled = false;
  const pending = engine.push(batch).then((r) => {
    settled = true;
    return r;
  });
  await engine.close();
  assert.equal(settled, true, 'close resolved only after the pending push');
  const results = await pending;
  assert.equal(results.length, 20);
  assert.ok(results.every((r) => r.bytes.length > 0));
  await assert.rejects(engine.push(batch), code('ERR_RECORDER_CLOSED'));
  assert.throws(() => engine.open(opts()), code('ERR_RECORDER_CLOSED'));
  assert.throws(() => engine.pause(sessions[0] as number), code('ERR_RECORDER_CLOSED'));
  await assert.rejects(engine.finish(sessions[0] as number), code('ERR_RECORDER_CLOSED'));
  assert.equal(engine.sessions, 0);
});

test('concurrent pushes of one session stay in order', async () => {
  const engine = new RecordEngine();
  const { session } = engine.open(opts());
  const frames = toFrames(session, 'agent', encodeUlaw(tone(440, 4000)), 160);
  const pushes = [];
  for (let i = 0; i < frames.length; i += 5) pushes.push(engine.push(frames.slice(i, i + 5)));
  const results = (await Promise.all(pushes)).flat();
  const last = results.at(-1);
  assert.equal(last?.legs.agent.lateFrames, 0);
  assert.equal(last?.legs.agent.frames, 200);
  const fin = await engine.finish(session);
  assert.ok(Math.abs(fin.summary.durationMs - 4000) <= 20);
  await engine.close();
});

test('abandoned engines and aborted sessions are freed by GC', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const before = liveNativeSessions();
  (() => {
    const engine = new RecordEngine();
    for (let i = 0; i < 50; i++) engine.open(opts({ recordingId: `g${i}` }));
  })();
  const aborted = new RecordEngine();
  const { session } = aborted.open(opts());
  aborted.abort(session);
  assert.throws(() => aborted.abort(session), code('ERR_RECORDER_UNKNOWN_SESSION'));
  for (let i = 0; i < 10 && liveNativeSessions() > before; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(liveNativeSessions(), before);
  await aborted.close();
});
