import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_STORED_EMOTION_POINTS, analyseEmotion, computeMetrics, createAlertSource, storedEmotionPoints, textValence } from './index.js';
import type { SpeechSegment, TranscriptSegment } from '../model/index.js';

const seg = (leg: 'agent' | 'customer', startMs: number, endMs: number): SpeechSegment => ({ leg, startMs, endMs });

test('metrics: talk, silence, overtalk, interruptions, hold, latency (hand-computed)', () => {
  // agent 0-4s, customer 3-10s (agent interrupted at 3s? no: customer starts while agent speaks),
  // silence 10-17s (7s), agent 17-20s, hold 20-30s, customer 30-31s, call ends at 40s (9s silence).
  const m = computeMetrics({
    durationMs: 40_000,
    speech: [seg('agent', 0, 4000), seg('customer', 3000, 10_000), seg('agent', 17_000, 20_000), seg('customer', 30_000, 31_000)],
    holdRanges: [{ startMs: 20_000, endMs: 30_000 }],
  });
  assert.deepEqual(m.talkMs, { agent: 7000, customer: 8000 });
  assert.equal(m.talkToListen.agent, 7000 / 8000);
  assert.deepEqual(m.silence, { count: 2, totalMs: 16_000, longestMs: 9000 });
  assert.equal(m.overtalkMs, 1000);
  assert.deepEqual(m.interruptions, [{ by: 'customer', interrupted: 'agent', atMs: 3000 }]);
  assert.equal(m.holdMs, 10_000);
  assert.equal(m.agentResponseLatencyMs, 7000);
});

test('metrics: speaking rate zh chars/min and en words/min; empty and hostile input', () => {
  const t: TranscriptSegment[] = [
    { speaker: 'agent', startMs: 0, endMs: 6000, text: '您好请问有什么可以帮您', confidence: 1 },
    { speaker: 'customer', startMs: 6000, endMs: 12_000, text: 'I want to close my account', confidence: 1 },
  ];
  const m = computeMetrics({ durationMs: 12_000, speech: [], transcript: t });
  assert.equal(m.speakingRate.agent, 110); // 11 chars in 6 s
  assert.equal(m.speakingRate.customer, 60); // 6 words in 6 s
  const e = computeMetrics({ durationMs: 0, speech: [seg('agent', 5, 1), seg('customer', Number.NaN, 3)] });
  assert.equal(e.talkMs.agent, 0);
  assert.equal(e.silence.count, 0);
  assert.equal(e.agentResponseLatencyMs, undefined);
});

test('sentiment: labelled calm vs angry lines, negation', () => {
  const angry = ['This is ridiculous, I want to complain!', '你们这服务太差了，我要投诉！', 'I am not happy at all', '我对处理结果不满意', 'Worst bank ever, useless!!', '气死我了，骗子'];
  const calm = ['Thank you, that was helpful', '好的，谢谢您', 'Could you check my balance please', '我想查询一下余额', 'Great, it is resolved', '不错，很专业'];
  const correct = angry.filter((s) => textValence(s).valence < 0).length + calm.filter((s) => textValence(s).valence >= 0).length;
  assert.equal(correct, 12, 'all labelled lines classified');
  assert.ok(textValence('I am not angry').valence > 0);
});

test('alert source: rule hits and emotion peaks per call; hostile segments do not throw', async () => {
  const source = createAlertSource({});
  const call = { callId: 'c1', pbxCallId: 'p1', channelId: 'ch1', agentId: 'a1', team: 't', queue: 'q' };
  const alerts = await source.onSegment(call, { speaker: 'customer', startMs: 1000, endMs: 3000, text: '你们这服务太差了，我要投诉！气死我了', confidence: 0.9 });
  assert.ok(alerts.some((a) => a.ruleId === 'emotion.negative' && a.atOffsetMs === 1000), JSON.stringify(alerts));
  const calm = await source.onSegment(call, { speaker: 'customer', startMs: 4000, endMs: 5000, text: '好的谢谢', confidence: 0.9 });
  assert.ok(!calm.some((a) => a.ruleId === 'emotion.negative'));
  await source.onSegment(call, { speaker: 'agent', startMs: 0, endMs: 0, text: 'x'.repeat(100_000), confidence: 0 });
  source.onCallEnd?.('c1');
});

test('stored emotion points: one labelled point per line, bounded, lines kept before acoustic-only points', () => {
  const lines: TranscriptSegment[] = [
    { speaker: 'customer', startMs: 1000, endMs: 2000, text: 'this is terrible, I want to complain!', confidence: 0.9 },
    { speaker: 'agent', startMs: 0, endMs: 900, text: 'thank you for calling', confidence: 0.9 },
  ];
  const features = Array.from({ length: MAX_STORED_EMOTION_POINTS + 5 }, (_, i) => ({ leg: 'agent' as const, startMs: 3000 + i * 10, endMs: 3005 + i * 10, values: { loudnessDb: i % 7 }, mfcc: [] }));
  const points = storedEmotionPoints(analyseEmotion({ transcript: lines, features, durationMs: 30_000 }).points);
  assert.equal(points.length, MAX_STORED_EMOTION_POINTS);
  assert.deepEqual(points.slice(0, 2).map((p) => [p.segmentIndex, p.speaker, p.label]), [[1, 'agent', 'positive'], [0, 'customer', 'negative']]);
  assert.ok(points.every((p, i) => i === 0 || points[i - 1]!.startMs <= p.startMs), 'time-ordered');
});
