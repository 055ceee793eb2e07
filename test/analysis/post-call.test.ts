/**
 * Post-call analysis on the real path: a call recorded through the capture gRPC server (native record
 * engine with VAD + features), PBX transcript segments, then analyseCall reads what was stored,
 * saves CallRecord.analysis and produces a PII-masked copy of the recording.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { CallEventType, Leg } from '../../src/generated/callvault/capture/v1/capture.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCallAcoustics } from '../../src/capture/index.js';
import { analyseCall, localAsrTranscriptSource, readCallAnalysis } from '../../src/analysis/index.js';
import { ev, openBridge, sendAudio, sleep, startHarness } from '../capture/harness.js';

test('analyseCall on a recorded call: metrics from VAD, rules, scorecard, emotion, PII mask', { timeout: 60_000 }, async () => {
  let ended: (id: string) => void = () => undefined;
  const endedP = new Promise<string>((r) => (ended = r));
  const h = await startHarness({ features: true, onCallEnded: (id) => ended(id) });
  const b = await openBridge(h.target);
  try {
    const ch = 'e1a/1/4';
    b.send(ev(ch, 'p1', CallEventType.CALL_EVENT_TYPE_ANSWER, { agentId: 'a-9' }));
    const started = await b.waitFor((m) => m.body?.$case === 'callStarted');
    const id = started.body?.$case === 'callStarted' ? started.body.value.recordingId : '';
    const pos = { tick: 1, seq: 0 };
    await sendAudio(b, [ch], pos, 3);
    const say = (leg: Leg, startMs: number, endMs: number, text: string) =>
      b.send({ body: { $case: 'transcript', value: { channelId: ch, callId: 'p1', leg, startMs, endMs, text, confidence: 0.9, language: 'zh-CN' } } });
    say(Leg.LEG_AGENT, 0, 800, '您好，本次通话将被录音，请问有什么可以帮您？');
    say(Leg.LEG_CUSTOMER, 900, 1800, '我的卡号是6222021234567890128，你们太差了，我要投诉！');
    say(Leg.LEG_AGENT, 1900, 2900, '非常抱歉，我马上为您处理，感谢您的耐心，再见。');
    await sleep(200);
    b.send(ev(ch, 'p1', CallEventType.CALL_EVENT_TYPE_HANGUP));
    let call = await h.store.getCall(id);
    for (let i = 0; i < 100 && call.state !== 'completed'; i++) (await sleep(50), (call = await h.store.getCall(id)));
    await Promise.race([endedP, sleep(10_000)]);
    assert.equal(call.state, 'completed');
    const result = await analyseCall({ store: h.store, callId: id, maskAudio: true, now: () => 1234 });
    assert.equal(result.transcriptSource, 'pbx');
    assert.equal(result.language, 'zh');
    assert.equal(result.scorecard.items.length, 18);
    assert.ok(result.scorecard.score >= 0 && result.scorecard.score <= 100);
    assert.ok(result.rules.outcomes.some((o) => o.ruleId === 'intent.complaint' && !o.passed), 'complaint intent flagged');
    assert.ok(result.emotion.customer.negativeShare > 0, 'customer negative');
    assert.ok(result.piiAudioRanges.length >= 1, 'card number → audio range');
    assert.ok(!result.redacted.some((s) => s.text.includes('6222021234567890128')), 'card redacted in text');
    assert.ok(result.masked && result.masked.bytes.length > 0, 'masked recording produced');
    const ac = await readCallAcoustics(h.store, id);
    console.log(`stored acoustics: speech=${ac?.speech.length ?? 'none'} features=${ac?.features.length ?? 'none'}`);
    console.log(`speechSource=${result.speechSource} talk=${JSON.stringify(result.metrics.talkMs)} score=${result.scorecard.score}`);
    const stored = await h.store.getCall(id);
    assert.equal(stored.analysis?.analysedAt, 1234);
    assert.equal(stored.analysis?.score, result.scorecard.score);
    assert.ok(stored.analysis?.ruleHits.includes('intent.complaint'));
    assert.equal((await readCallAnalysis(h.store, id))?.callId, id);
    // Local ASR without a usable model: a clear ERR_ASR_MODEL, never a crash (no model ships).
    await assert.rejects(localAsrTranscriptSource({ store: h.store, modelDir: join(h.dir, 'no-model') }).transcript(id), { code: 'ERR_ASR_MODEL' });
    const fake = await mkdtemp(join(tmpdir(), 'cv-fake-asr-'));
    try {
      await writeFile(join(fake, 'tokens.txt'), 'a 0\n');
      await writeFile(join(fake, 'model.onnx'), 'not an onnx model');
      await assert.rejects(localAsrTranscriptSource({ store: h.store, modelDir: fake }).transcript(id), { code: 'ERR_ASR_MODEL' });
    } finally {
      await rm(fake, { recursive: true, force: true });
    }
  } finally {
    b.close();
    await h.close();
  }
});
