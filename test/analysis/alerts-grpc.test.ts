/**
 * The real alert source behind the real capture gRPC server on loopback: transcript segments sent by
 * a bridge client come back as alerts on the same stream. The segment-sent → alert-received
 * latency (measureGrpcAlertLatency, also what `npm run eval:qa` reports as alert_p95_ms) is printed,
 * not asserted: the machine is shared.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { TranscriptSegment } from '../../src/model/index.js';
import { measureGrpcAlertLatency } from './alert-latency.js';

const customer = (i: number, text: string): TranscriptSegment => ({ speaker: 'customer', startMs: 1000 + i * 2000, endMs: 2500 + i * 2000, text, confidence: 0.9, source: 'pbx' });

test('createAlertSource raises alerts over gRPC; latency p95 printed', { timeout: 60_000 }, async () => {
  const lines = ['你们这服务太差了，我要投诉！气死我了', 'This is ridiculous, worst bank ever, I will complain!!'];
  const calls = [0, 1].map((c) => ({ id: `g${c}`, segments: Array.from({ length: 10 }, (_, i) => customer(i, lines[(i + c) % 2]!)) }));
  const r = await measureGrpcAlertLatency(calls);
  console.log(`alert latency over gRPC: n=${r.samples} p50=${r.p50Ms.toFixed(1)}ms p95=${r.p95Ms.toFixed(1)}ms max=${r.maxMs.toFixed(1)}ms`);
  // Every segment is an angry customer: each one must have come back as at least one alert.
  assert.equal(r.samples, 20);
  assert.ok(r.alerts >= 20, `${r.alerts} alerts`);
  assert.ok(r.ruleIds.includes('emotion.negative'), r.ruleIds.join(','));
});
