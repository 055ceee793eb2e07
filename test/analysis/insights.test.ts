import test from 'node:test';
import assert from 'node:assert/strict';
import { exemplaryCalls, findSpikes, topicCounts, type CallAnalysis } from '../../src/analysis/index.js';
import type { CallRecord } from '../../src/model/index.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T10:00:00Z');

function mk(i: number, day: number, flagged: string[], score = 80, trend = 0): { call: CallRecord; analysis: CallAnalysis } {
  const call = { id: `c${i}`, startedAt: T0 + day * DAY, queue: 'cards', agentId: `a${i % 3}`, tags: ['vip'] } as unknown as CallRecord;
  const analysis = {
    callId: call.id,
    redacted: [{ speaker: 'customer', startMs: 0, endMs: 1, text: i % 2 ? 'My card was blocked' : 'balance', confidence: 1 }],
    rules: { hits: [], outcomes: flagged.map((ruleId) => ({ ruleId, passed: false, applicable: true, hits: [] })) },
    scorecard: { score },
    emotion: { customer: { trend } },
  } as unknown as CallAnalysis;
  return { call, analysis };
}

test('topic counts by queue, spike vs trailing baseline, exemplary calls', () => {
  const calls = [];
  let i = 0;
  // 14 quiet days with one complaint each, then a day with 8 complaints.
  for (let d = 0; d < 14; d++) calls.push(mk(i++, d, ['intent.complaint']));
  for (let k = 0; k < 8; k++) calls.push(mk(i++, 14, ['intent.complaint']));
  calls.push(mk(i++, 14, [], 95, 0.5), mk(i++, 14, [], 99, -0.2), mk(i++, 14, ['intent.churn'], 100, 1));
  const counts = topicCounts(calls, 'queue', ['blocked']);
  const day14 = counts.find((c) => c.day === '2026-11-15' && c.topic === 'intent.complaint');
  assert.equal(day14?.count, 8);
  assert.ok(counts.some((c) => c.topic === 'kw:blocked'));
  const spikes = findSpikes(counts);
  assert.deepEqual(spikes.filter((s) => !s.topic.startsWith('kw:')).map((s) => `${s.day}:${s.topic}`), ['2026-11-15:intent.complaint']); // the keyword co-spikes (odd calls say it)
  assert.equal(spikes[0]!.baselineMean, 1);
  assert.deepEqual(exemplaryCalls(calls).map((c) => c.score), [95]);
  assert.deepEqual(topicCounts([], 'tag'), []);
});
