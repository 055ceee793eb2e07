/**
 * Load shedding: the record engine's complexity can change mid-recording without losing or
 * corrupting audio (through the TS wrapper), bad values are refused with a stable code, and the
 * controller steps down under sustained load, not on a blip, and back up after a calm stretch.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { RecordEngine, decodeRecording } from '../../src/native/index.js';
import type { FrameIn } from '../../src/native/index.js';
import { encodeUlaw, speechLike, toFrames, toneShare, tone } from '../../src/native/test-support.js';
import { EncoderEffort } from '../../src/capture/index.js';

const KEY = Buffer.alloc(32, 9);

test('setComplexity mid-recording keeps every frame; bad values → ERR_RECORDER_BAD_ARG', async () => {
  const engine = new RecordEngine();
  const { session, header } = engine.open({ recordingId: 'effort-1', dataKey: KEY, codec: 'pcmu', sampleRate: 8000 });
  const agent = toFrames(session, 'agent', encodeUlaw(tone(440, 4000)), 160);
  const customer = toFrames(session, 'customer', encodeUlaw(speechLike(4000, 180)), 160);
  const parts = [header];
  for (let i = 0; i < agent.length; i += 10) {
    if (i === 50) engine.setComplexity(0); // after 1 s
    if (i === 150) engine.setComplexity(10); // after 3 s
    for (const r of await engine.push([...agent.slice(i, i + 10), ...customer.slice(i, i + 10)] as FrameIn[])) parts.push(r.bytes);
  }
  const fin = await engine.finish(session);
  parts.push(fin.bytes);
  assert.equal(fin.summary.legs.agent.frames, 200);
  const d = await decodeRecording(Buffer.concat(parts), KEY, 'effort-1');
  assert.ok(Math.abs(d.durationMs - 4000) <= 20, `duration ${d.durationMs}`);
  const sr = d.sampleRate;
  for (const [from, to] of [[0.2, 0.9], [1.2, 2.8], [3.2, 3.9]]) {
    assert.ok(toneShare(d.pcm, 0, 440, sr, sr * (from as number), sr * (to as number)) > 0.8, `tone intact ${from}–${to} s`);
  }
  for (const bad of [-1, 11, 2.5, Number.NaN]) {
    assert.throws(() => engine.setComplexity(bad), (e: { code?: string }) => e.code === 'ERR_RECORDER_BAD_ARG', String(bad));
  }
  await engine.close();
});

test('the controller sheds effort under sustained load only, and restores it after a calm stretch', () => {
  let now = 0;
  const set: number[] = [];
  const effort = new EncoderEffort({ setComplexity: (c) => set.push(c) }, { configured: 5, min: 1, batchMs: 100, now: () => now });
  // Slow pushes for a second (GC, a burst of call setups) are not load.
  for (let i = 0; i < 10; i++) (now += 100), effort.observe(250);
  for (let i = 0; i < 10; i++) (now += 100), effort.observe(40);
  assert.deepEqual(set, []);
  // Pushes taking the whole window for seconds: down one step, wait to see its effect, then another.
  for (let i = 0; i < 100; i++) (now += 100), effort.observe(110);
  assert.deepEqual(set, [3, 1]);
  assert.equal(effort.complexity, 1);
  // It never goes below the floor.
  for (let i = 0; i < 30; i++) (now += 100), effort.observe(110);
  assert.deepEqual(set, [3, 1]);
  // Calm for 15 s: one step back up at a time, never above the configured value.
  for (let i = 0; i < 400; i++) (now += 100), effort.observe(20);
  assert.deepEqual(set, [3, 1, 3, 5]);
  assert.equal(effort.complexity, 5);
});
