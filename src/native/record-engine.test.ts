import test from 'node:test';
import assert from 'node:assert/strict';
import { RecordEngine, decodeRecording } from './index.js';
import type { FrameIn, PushResult, RecorderOptions } from './index.js';
import { encodeAlaw, encodeL16, encodeUlaw, rms, speechLike, tone, toneShare, toFrames } from './test-support.js';

const KEY = Buffer.alloc(32, 0x42);
const opts = (over: Partial<RecorderOptions> = {}): RecorderOptions => ({ recordingId: 'rec-1', dataKey: KEY, codec: 'pcmu', sampleRate: 8000, ...over });

/** Pushes frames in ticks of `tick` frames per leg and concatenates header + all bytes. */
async function record(engine: RecordEngine, header: Buffer, batches: FrameIn[][], session: number): Promise<{ file: Buffer; results: PushResult[] }> {
  const parts = [header];
  const results: PushResult[] = [];
  for (const batch of batches) {
    for (const r of await engine.push(batch)) {
      assert.equal(r.session, session);
      parts.push(r.bytes);
      results.push(r);
    }
  }
  const fin = await engine.finish(session);
  parts.push(fin.bytes);
  return { file: Buffer.concat(parts), results };
}

/** Groups frames into card ticks of `perTick` frame periods: both legs' frames of the same period travel together. */
function ticks(agent: FrameIn[], customer: FrameIn[], perTick = 10): FrameIn[][] {
  const out: FrameIn[][] = [];
  for (const leg of [agent, customer]) {
    const first = leg[0]?.seq ?? 0;
    for (const f of leg) {
      const t = Math.floor(((f.seq - first) >>> 0) / perTick);
      while (out.length <= t) out.push([]);
      out[t]!.push(f);
    }
  }
  return out;
}

test('two-leg call end to end: duration, agent tone left only, customer tone right only', async () => {
  const engine = new RecordEngine();
  const { session, header, frameBytes } = engine.open(opts());
  assert.equal(frameBytes, 160);
  const agent = toFrames(session, 'agent', encodeUlaw(tone(440, 3000)), 160, 65530);
  const customer = toFrames(session, 'customer', encodeUlaw(tone(1000, 3000, 8000, 3000)), 160, 12);
  const { file, results } = await record(engine, header, ticks(agent, customer), session);
  assert.ok(results.some((r) => r.bytes.length > 0), 'chunks are sealed during the call, not only at finish');
  const decoded = await decodeRecording(file, KEY, 'rec-1');
  assert.equal(decoded.complete, true);
  assert.ok(Math.abs(decoded.durationMs - 3000) <= 20, `duration ${decoded.durationMs}`);
  const sr = decoded.sampleRate;
  const from = sr * 0.5;
  const to = sr * 2.5;
  assert.ok(toneShare(decoded.pcm, 0, 440, sr, from, to) > 0.8, 'agent tone in the left channel');
  assert.ok(toneShare(decoded.pcm, 1, 1000, sr, from, to) > 0.8, 'customer tone in the right channel');
  assert.ok(toneShare(decoded.pcm, 1, 440, sr, from, to) < 0.05, 'no agent tone on the right');
  assert.ok(toneShare(decoded.pcm, 0, 1000, sr, from, to) < 0.05, 'no customer tone on the left');
  await engine.close();
});

test('agent-only tone: the customer channel stays silent', async () => {
  const engine = new RecordEngine();
  const { session, header } = engine.open(opts({ codec: 'pcma' }));
  const agent = toFrames(session, 'agent', encodeAlaw(tone(600, 2000)), 160);
  const customer = toFrames(session, 'customer', encodeAlaw(new Int16Array(16000)), 160);
  const { file } = await record(engine, header, ticks(agent, customer), session);
  const d = await decodeRecording(file, KEY, 'rec-1');
  assert.ok(rms(d.pcm, 0, d.sampleRate * 0.3, d.sampleRate * 1.7) > 2000);
  assert.ok(rms(d.pcm, 1, d.sampleRate * 0.3, d.sampleRate * 1.7) < 100);
  await engine.close();
});

test('l16 at 16 kHz (big-endian) records at the right duration', async () => {
  const engine = new RecordEngine();
  const { session, header, frameBytes } = engine.open(opts({ codec: 'l16', sampleRate: 16000 }));
  assert.equal(frameBytes, 640);
  const agent = toFrames(session, 'agent', encodeL16(tone(500, 1000, 16000)), 640);
  const customer = toFrames(session, 'customer', encodeL16(tone(1500, 1000, 16000)), 640);
  const { file } = await record(engine, header, ticks(agent, customer), session);
  const d = await decodeRecording(file, KEY, 'rec-1', { sampleRate: 48000 });
  assert.ok(Math.abs(d.durationMs - 1000) <= 20, `duration ${d.durationMs}`);
  assert.ok(toneShare(d.pcm, 0, 500, 48000, 48000 * 0.2, 48000 * 0.8) > 0.8);
  assert.ok(toneShare(d.pcm, 1, 1500, 48000, 48000 * 0.2, 48000 * 0.8) > 0.8);
  // The legs stay apart (stereo Opus at too low a bitrate mixes them).
  assert.ok(toneShare(d.pcm, 0, 1500, 48000, 48000 * 0.2, 48000 * 0.8) < 0.05, 'no customer tone on the left');
  assert.ok(toneShare(d.pcm, 1, 500, 48000, 48000 * 0.2, 48000 * 0.8) < 0.05, 'no agent tone on the right');
  await engine.close();
});

test('gaps are filled with silence and counted; the timeline does not shift', async () => {
  const engine = new RecordEngine();
  const { session, header } = engine.open(opts());
  const agent = toFrames(session, 'agent', encodeUlaw(tone(440, 2000)), 160).filter((f) => f.seq < 40 || f.seq >= 50);
  const customer = toFrames(session, 'customer', encodeUlaw(tone(900, 2000)), 160);
  const { file, results } = await record(engine, header, ticks(agent, customer), session);
  const last = results.at(-1);
  assert.equal(last?.legs.agent.gapFrames, 10);
  assert.equal(last?.legs.customer.gapFrames, 0);
  const d = await decodeRecording(file, KEY, 'rec-1');
  assert.ok(Math.abs(d.durationMs - 2000) <= 20, `duration ${d.durationMs}`);
  const sr = d.sampleRate;
  // Slots 40..49 = 800..1000 ms are silent on the left; the tone is back after, at the same place.
  assert.ok(rms(d.pcm, 0, sr * 0.83, sr * 0.97) < 300, 'gap is silent');
  assert.ok(rms(d.pcm, 0, sr * 1.1, sr * 1.9) > 2000, 'tone resumes after the gap');
  assert.ok(rms(d.pcm, 1, sr * 0.83, sr * 0.97) > 2000, 'the other leg is untouched');
  await engine.close();
});

test('late and out-of-order frames: reordered within the window, late ones dropped and counted', async () => {
  const engine = new RecordEngine();
  const { session, header } = engine.open(opts());
  const agent = toFrames(session, 'agent', encodeUlaw(tone(440, 1000)), 160, 100);
  const customer = toFrames(session, 'customer', encodeUlaw(tone(440, 1000)), 160, 100);
  // Swap neighbours in the first tick (reordered), and hold agent frame 5 back two ticks (late).
  const swapped = [...agent];
  [swapped[2], swapped[3]] = [swapped[3] as FrameIn, swapped[2] as FrameIn];
  const held = swapped.splice(5, 1)[0] as FrameIn;
  const batches = ticks(swapped, customer);
  batches[2]?.push(held);
  const { results } = await record(engine, header, batches, session);
  const last = results.at(-1);
  assert.equal(last?.legs.agent.lateFrames, 1);
  assert.equal(last?.legs.agent.gapFrames, 1);
  assert.equal(last?.legs.agent.frames, 49);
  // Duplicate of an unreleased frame is ignored.
  await engine.close();
});

test('pause/resume silences the paused range on both legs and reports it', async () => {
  const engine = new RecordEngine();
  const { session, header } = engine.open(opts());
  const agent = toFrames(session, 'agent', encodeUlaw(tone(440, 3000)), 160);
  const customer = toFrames(session, 'customer', encodeUlaw(tone(700, 3000)), 160);
  const batches = ticks(agent, customer);
  const parts = [header];
  const paused = [];
  for (let i = 0; i < batches.length; i++) {
    if (i === 5) engine.pause(session); // after 1 s of pushes
    if (i === 10) engine.resume(session); // after 2 s of pushes
    for (const r of await engine.push(batches[i] as FrameIn[])) {
      parts.push(r.bytes);
      paused.push(...r.pausedRanges);
    }
  }
  const fin = await engine.finish(session);
  parts.push(fin.bytes);
  assert.equal(paused.length, 1);
  const range = paused[0] as { startMs: number; endMs: number };
  // The pause starts at the playout point (received frames not yet released are silenced too) and
  // ends after everything received before resume.
  assert.ok(range.startMs >= 800 && range.startMs <= 1000, `start ${range.startMs}`);
  assert.ok(range.endMs >= 2000 && range.endMs <= 2100, `end ${range.endMs}`);
  assert.deepEqual(fin.summary.pausedRanges, paused);
  const d = await decodeRecording(Buffer.concat(parts), KEY, 'rec-1');
  const sr = d.sampleRate;
  for (const ch of [0, 1] as const) {
    assert.ok(rms(d.pcm, ch, sr * (range.startMs / 1000 + 0.05), sr * (range.endMs / 1000 - 0.05)) < 50, 'paused audio is silent');
    assert.ok(rms(d.pcm, ch, sr * 0.2, sr * 0.7) > 2000);
    assert.ok(rms(d.pcm, ch, sr * 2.3, sr * 2.8) > 2000);
  }
  // Nothing of the paused audio reached VAD either: no speech segment inside the range.
  await engine.close();
});

test('speech segments and features come out for a speech-like leg', async () => {
  const engine = new RecordEngine();
  const { session, header } = engine.open(opts());
  const agent = toFrames(session, 'agent', encodeUlaw(speechLike(6000, 150)), 160);
  const customer = toFrames(session, 'customer', encodeUlaw(new Int16Array(48000)), 160);
  const { results } = await record(engine, header, ticks(agent, customer), session);
  const speech = results.flatMap((r) => r.speech);
  assert.ok(speech.length >= 2, `segments ${JSON.stringify(speech)}`);
  assert.ok(speech.every((s) => s.leg === 'agent'));
  // Bursts start every 2 s and last 1.2 s.
  const first = speech[0] as { startMs: number; endMs: number };
  assert.ok(first.startMs <= 150 && first.endMs >= 1000 && first.endMs <= 1700, JSON.stringify(first));
  await engine.close();
});

test('one push carrying more than the jitter ring (3 s) and large sequence jumps: all audio kept, timeline intact', async () => {
  // Regression: slots released inside push() (beyond the 2.56 s ring) were written to a null output.
  const engine = new RecordEngine();
  const { session, header } = engine.open(opts());
  const agent = toFrames(session, 'agent', encodeUlaw(tone(440, 4000)), 160);
  const customer = toFrames(session, 'customer', encodeUlaw(tone(900, 4000)), 160);
  const parts = [header];
  // Frames in time order, as a card delivers them (a batch beyond the ring releases as it goes, so a
  // leg sent entirely after the other would find its first slots already released).
  const first = agent.slice(0, 150).flatMap((f, i) => [f, customer[i] as FrameIn]);
  for (const r of await engine.push(first)) parts.push(r.bytes);
  // A 1 s forward jump on both legs: filled with silence, counted as gaps.
  const jumped = (fs: FrameIn[]) => fs.slice(150).map((f) => ({ ...f, seq: f.seq + 50 }));
  for (const r of await engine.push([...jumped(agent), ...jumped(customer)])) parts.push(r.bytes);
  const fin = await engine.finish(session);
  parts.push(fin.bytes);
  assert.equal(fin.summary.legs.agent.gapFrames, 50);
  const d = await decodeRecording(Buffer.concat(parts), KEY, 'rec-1');
  assert.ok(Math.abs(d.durationMs - 5000) <= 20, `duration ${d.durationMs}`);
  const sr = d.sampleRate;
  assert.ok(toneShare(d.pcm, 0, 440, sr, sr * 0.2, sr * 2.8) > 0.8, 'the first 3 s are recorded');
  assert.ok(rms(d.pcm, 0, sr * 3.1, sr * 3.9) < 300, 'the jump is silent');
  assert.ok(toneShare(d.pcm, 1, 900, sr, sr * 4.1, sr * 4.9) > 0.8, 'audio after the jump is in place');
  await engine.close();
});
