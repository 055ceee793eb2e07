/**
 * VAD quality on the labelled set (test/vad/vad-set.ts), through the record path's TS wrapper:
 * frame-level F1 ≥ 0.90 over all conditions, no condition far behind, and hold music alone is not
 * taken for speech.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { evaluateVad } from './vad-eval.js';

test('VAD frame-level F1 ≥ 0.90 on espeak-ng speech in silence, line noise and hold music at 20/10/5 dB', async () => {
  const r = await evaluateVad();
  console.log(`# VAD: F1 ${r.f1.toFixed(3)} P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} over ${r.frames} frames; hold music alone flagged ${(r.music_false_alarm * 100).toFixed(1)}%`);
  assert.ok(r.labels_match, 'the regenerated labels match test/vad/labels.json (espeak-ng or the generator changed?)');
  assert.ok(r.frames >= 30000, `frames ${r.frames}`);
  assert.ok(r.f1 >= 0.9, `F1 ${r.f1}`);
  for (const [condition, s] of Object.entries(r.by_condition)) assert.ok(s.f1 >= 0.8, `${condition}: F1 ${s.f1}`);
  assert.ok(r.music_false_alarm < 0.05, `hold music flagged as speech ${r.music_false_alarm}`);
});
