/**
 * The real alert source behind the real capture gRPC server on loopback: transcript segments sent by
 * a bridge client come back as alerts. Prints the segment-sent → alert-received p95 (not asserted).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { CallEventType, Leg } from '../../src/generated/callvault/capture/v1/capture.js';
import { createAlertSource } from '../../src/analysis/index.js';
import { ev, openBridge, sendAudio, startHarness } from '../capture/harness.js';

test('createAlertSource raises alerts over gRPC; latency p95 printed', { timeout: 60_000 }, async () => {
  const h = await startHarness({ alerts: createAlertSource({}) });
  const b = await openBridge(h.target);
  try {
    const ch = 'e1a/1/4';
    b.send(ev(ch, 'g1', CallEventType.CALL_EVENT_TYPE_ANSWER, { agentId: 'a-7' }));
    await b.waitFor((m) => m.body?.$case === 'callStarted');
    await sendAudio(b, [ch], { tick: 1, seq: 0 }, 1);
    const latencies: number[] = [];
    const lines = ['你们这服务太差了，我要投诉！气死我了', 'This is ridiculous, worst bank ever, I will complain!!'];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      b.send({ body: { $case: 'transcript', value: { channelId: ch, callId: 'g1', leg: Leg.LEG_CUSTOMER, startMs: 1000 + i * 2000, endMs: 2500 + i * 2000, text: lines[i % 2]!, confidence: 0.9, language: i % 2 ? 'en' : 'zh-CN' } } });
      const alert = await b.waitFor((m) => m.body?.$case === 'alert' && m.body.value.atOffsetMs === 1000 + i * 2000);
      latencies.push(performance.now() - t0);
      assert.ok(alert.body?.$case === 'alert');
      assert.equal(alert.body.value.agentId, 'a-7');
    }
    latencies.sort((x, y) => x - y);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    console.log(`alert latency over gRPC: n=${latencies.length} p50=${latencies[10]!.toFixed(1)}ms p95=${p95.toFixed(1)}ms`);
    const ruleIds = new Set(b.messages.flatMap((m) => (m.body?.$case === 'alert' ? [m.body.value.ruleId] : [])));
    assert.ok(ruleIds.has('emotion.negative'), [...ruleIds].join(','));
    b.send(ev(ch, 'g1', CallEventType.CALL_EVENT_TYPE_HANGUP));
  } finally {
    b.close();
    await h.close();
  }
});
