/**
 * End-to-end real-time alert latency: transcript segments sent by a real gRPC bridge client over
 * loopback to the real capture server (native record engine, store in a temp dir) with the real
 * alert source, timed from the client's write of a segment to the client's receipt of the alert
 * on the same stream. Used by test/analysis/alerts-grpc.test.ts and `npm run eval:qa`.
 */
import { createAlertSource } from '../../src/analysis/index.js';
import type { CaptureAlert } from '../../src/capture/index.js';
import { CallEventType, Leg } from '../../src/generated/callvault/capture/v1/capture.js';
import type { TranscriptSegment } from '../../src/model/index.js';
import type { RulePack } from '../../src/rules/index.js';
import { ev, openBridge, startHarness } from '../capture/harness.js';

export interface LatencyCall {
  id: string;
  segments: TranscriptSegment[];
}

export interface GrpcAlertLatency {
  /** Segments that raised at least one alert (each timed once: write → first alert back). */
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Alerts received on the bridge's stream in all, and their distinct rule ids. */
  alerts: number;
  ruleIds: string[];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;

/**
 * Plays each call as one PBX call (answer, its segments in order, hangup) on one channel, one call
 * after another. Which segments should alert is known beforehand from a second alert source with
 * the same pack (the source is deterministic), so each alerting segment is awaited by the
 * (rule, offset) of its first alert; a missing alert fails the measure instead of being skipped.
 */
export async function measureGrpcAlertLatency(calls: LatencyCall[], options: { pack?: RulePack; timeoutMs?: number } = {}): Promise<GrpcAlertLatency> {
  const sourceOptions = options.pack ? { pack: options.pack } : {};
  const oracle = createAlertSource(sourceOptions);
  const h = await startHarness({ alerts: createAlertSource(sourceOptions) });
  const b = await openBridge(h.target);
  const latencies: number[] = [];
  const channelId = 'e1a/1/1';
  try {
    for (const [n, call] of calls.entries()) {
      const pbxCallId = `lat-${n}-${call.id}`.slice(0, 128);
      b.send(ev(channelId, pbxCallId, CallEventType.CALL_EVENT_TYPE_ANSWER, { agentId: 'a-lat' }));
      await b.waitFor((m) => m.body?.$case === 'callStarted' && m.body.value.callId === pbxCallId, options.timeoutMs);
      const info = { callId: pbxCallId, pbxCallId, channelId, agentId: 'a-lat', team: '', queue: '' };
      for (const seg of call.segments) {
        const expected: CaptureAlert[] = await oracle.onSegment(info, seg);
        const first = expected[0];
        const from = b.messages.length;
        const t0 = performance.now();
        b.send({ body: { $case: 'transcript', value: { channelId, callId: pbxCallId, leg: seg.speaker === 'agent' ? Leg.LEG_AGENT : Leg.LEG_CUSTOMER, startMs: seg.startMs, endMs: seg.endMs, text: seg.text, confidence: seg.confidence, language: '' } } });
        if (!first) continue;
        // Only an alert that arrived after this write counts (an earlier one may share rule and offset).
        await b.waitFor((m) => b.messages.lastIndexOf(m) >= from && m.body?.$case === 'alert' && m.body.value.callId === pbxCallId && m.body.value.ruleId === first.ruleId && m.body.value.atOffsetMs === first.atOffsetMs, options.timeoutMs);
        latencies.push(performance.now() - t0);
      }
      oracle.onCallEnd?.(pbxCallId);
      b.send(ev(channelId, pbxCallId, CallEventType.CALL_EVENT_TYPE_HANGUP));
    }
  } finally {
    b.close();
    await h.close();
  }
  latencies.sort((x, y) => x - y);
  return {
    samples: latencies.length,
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    maxMs: latencies[latencies.length - 1] ?? 0,
    alerts: b.messages.filter((m) => m.body?.$case === 'alert').length,
    ruleIds: [...new Set(b.messages.flatMap((m) => (m.body?.$case === 'alert' && m.body.value.agentId === 'a-lat' ? [m.body.value.ruleId] : [])))],
  };
}
