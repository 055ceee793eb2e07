/**
 * The simulator against a real server: concurrent calls with speech, events and PBX transcript
 * segments end up as completed recordings with their transcripts.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TranscriptSegment } from '../../src/model/index.js';
import { readCallAcoustics, readPbxTranscript } from '../../src/capture/index.js';
import { runSimulator } from '../../src/simulator/index.js';
import { sleep, startHarness } from './harness.js';

const root = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));

test('the simulator records 4 concurrent calls with their transcripts, speech segments and features', { timeout: 60_000 }, async () => {
  const ended: string[] = [];
  const h = await startHarness({ features: true, onCallEnded: (id) => ended.push(id) });
  try {
    const res = await runSimulator({ target: h.target, calls: 4, durationS: 8, extras: false, tickMs: 100, language: 'mixed', cacheDir: join(root, '.callvault', 'speech-cache'), seed: 7 });
    assert.equal(res.callsCompleted, 4);
    assert.equal(res.recordings.size, 4);
    assert.deepEqual(res.errors.map((e) => e.code), []);
    assert.ok(res.framesSent >= 4 * 2 * 400, `frames ${res.framesSent}`);
    let transcribed = 0;
    for (const id of res.recordings.values()) {
      let call = await h.store.getCall(id);
      for (let i = 0; i < 50 && call.state !== 'completed'; i++) (await sleep(50), (call = await h.store.getCall(id)));
      assert.equal(call.state, 'completed');
      assert.ok(Math.abs(call.durationMs - 8000) <= 200, `duration ${call.durationMs}`);
      assert.ok(call.agentId.startsWith('a'), 'agent from the channel plan');
      const segs: TranscriptSegment[] = await readPbxTranscript(h.store, id);
      // The record path's VAD and features are kept for post-call analysis: speech on every leg that spoke.
      const acoustics = await readCallAcoustics(h.store, id);
      const spoken = new Set(segs.map((s) => s.speaker));
      for (const leg of (['agent', 'customer'] as const).filter((l) => spoken.has(l))) {
        assert.ok(acoustics?.speech.some((s) => s.leg === leg && s.endMs > s.startMs), `${leg} speech segments`);
        assert.ok(acoustics?.features.some((f) => f.leg === leg), `${leg} features`);
      }
      if (segs.length > 0) {
        transcribed++;
        for (const s of segs) assert.ok(s.endMs > s.startMs && s.text.length > 0);
      }
    }
    assert.ok(transcribed >= 3, `${transcribed} calls with transcript segments`);
    assert.deepEqual([...ended].sort(), [...res.recordings.values()].sort(), 'onCallEnded once per call');
  } finally {
    await h.close();
  }
});
