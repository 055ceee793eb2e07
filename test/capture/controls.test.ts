/**
 * Hold, legal hold (KEEP), do-not-record, PBX transcript segments and real-time alerts, through
 * real gRPC on loopback.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { CallEventType, ControlType, Leg } from '../../src/generated/callvault/capture/v1/capture.js';
import type { AlertSource } from '../../src/capture/index.js';
import type { TranscriptSegment } from '../../src/model/index.js';
import { ev, expectBoard, openBridge, sendAudio, sleep, startHarness, type Harness } from './harness.js';

async function waitCall(h: Harness, id: string, ok: (c: Awaited<ReturnType<Harness['store']['getCall']>>) => boolean) {
  for (let i = 0; i < 100; i++) {
    const c = await h.store.getCall(id);
    if (ok(c)) return c;
    await sleep(50);
  }
  return h.store.getCall(id);
}

const control = (channelId: string, callId: string, type: ControlType, reason = '') =>
  ({ body: { $case: 'control' as const, value: { channelId, callId, type, atMs: Date.now(), maskStartMs: 0, maskEndMs: 0, reason } } });

test('hold ranges, KEEP and a transcript segment that raises a supervisor alert', async () => {
  const seen: string[] = [];
  const alerts: AlertSource = {
    onSegment: (call, seg) => {
      seen.push(`${call.agentId}:${seg.speaker}:${seg.text}`);
      return /complaint|投诉/.test(seg.text) ? [{ ruleId: 'complaint.intent', severity: 'warning', message: 'Customer wants to complain', atOffsetMs: seg.startMs }] : [];
    },
  };
  const h = await startHarness({ alerts });
  const b = await openBridge(h.target);
  try {
    const ch = 'e1a/1/4';
    b.send(ev(ch, 'h1', CallEventType.CALL_EVENT_TYPE_ANSWER, { agentId: 'a-42' }));
    const started = await b.waitFor((m) => m.body?.$case === 'callStarted');
    const id = started.body?.$case === 'callStarted' ? started.body.value.recordingId : '';
    const pos = { tick: 1, seq: 0 };
    await sendAudio(b, [ch], pos, 1);
    b.send(ev(ch, 'h1', CallEventType.CALL_EVENT_TYPE_HOLD));
    await sleep(300);
    expectBoard(h, ch, 'held');
    b.send(ev(ch, 'h1', CallEventType.CALL_EVENT_TYPE_RESUME));
    await sleep(100);
    expectBoard(h, ch, 'talking');
    b.send(control(ch, 'h1', ControlType.CONTROL_TYPE_KEEP, 'customer dispute'));
    b.send({ body: { $case: 'control', value: { channelId: ch, callId: 'h1', type: ControlType.CONTROL_TYPE_MASK, atMs: Date.now(), maskStartMs: 300, maskEndMs: 700, reason: 'card number read out' } } });
    b.send({ body: { $case: 'control', value: { channelId: ch, callId: 'h1', type: ControlType.CONTROL_TYPE_MASK, atMs: Date.now(), maskStartMs: 700, maskEndMs: 300, reason: '' } } });
    await b.waitFor((m) => m.body?.$case === 'error' && m.body.value.code === 'ERR_CAPTURE_BAD_EVENT');
    b.send({ body: { $case: 'transcript', value: { channelId: ch, callId: 'h1', leg: Leg.LEG_CUSTOMER, startMs: 1200, endMs: 2900, text: '我要投诉，你们的服务太差了。', confidence: 0.9, language: 'zh-CN' } } });
    const alert = await b.waitFor((m) => m.body?.$case === 'alert');
    assert.ok(alert.body?.$case === 'alert');
    assert.equal(alert.body.value.ruleId, 'complaint.intent');
    assert.equal(alert.body.value.agentId, 'a-42');
    assert.equal(alert.body.value.atOffsetMs, 1200);
    assert.deepEqual(seen, ['a-42:customer:我要投诉，你们的服务太差了。']);
    // A segment for a call that is not on the channel is refused, not stored.
    b.send({ body: { $case: 'transcript', value: { channelId: ch, callId: 'other', leg: Leg.LEG_AGENT, startMs: 0, endMs: 1, text: 'x', confidence: 1, language: 'en' } } });
    await b.waitFor((m) => m.body?.$case === 'error' && m.body.value.code === 'ERR_CAPTURE_NO_CALL');
    await sendAudio(b, [ch], pos, 1);
    b.send(ev(ch, 'h1', CallEventType.CALL_EVENT_TYPE_HANGUP));
    const call = await waitCall(h, id, (c) => c.state === 'completed');
    assert.equal(call.state, 'completed');
    assert.equal(call.holdRanges.length, 1);
    assert.ok(call.holdRanges[0]!.endMs >= call.holdRanges[0]!.startMs);
    assert.equal(call.legalHold, true);
    assert.deepEqual(call.maskedRanges, [{ startMs: 300, endMs: 700 }]);
    const segs = await h.store.sublevel<TranscriptSegment[]>('pbx-transcripts').get(id);
    assert.equal(segs?.length, 1);
    assert.equal(segs?.[0]?.source, 'pbx');
  } finally {
    b.close();
    await h.close();
  }
});

test('do-not-record mid-call destroys the audio and keeps the metadata', async () => {
  const h = await startHarness();
  const b = await openBridge(h.target);
  try {
    const ch = 'e1a/1/5';
    b.send(ev(ch, 'dnr', CallEventType.CALL_EVENT_TYPE_ANSWER, { caller: '13900000000' }));
    const started = await b.waitFor((m) => m.body?.$case === 'callStarted');
    const id = started.body?.$case === 'callStarted' ? started.body.value.recordingId : '';
    const pos = { tick: 1, seq: 0 };
    await sendAudio(b, [ch], pos, 1);
    b.send(control(ch, 'dnr', ControlType.CONTROL_TYPE_DO_NOT_RECORD, 'private call'));
    await sendAudio(b, [ch], pos, 1); // audio after the control is dropped silently
    b.send(ev(ch, 'dnr', CallEventType.CALL_EVENT_TYPE_HANGUP, { caller: '13900000000' }));
    const call = await waitCall(h, id, (c) => c.state === 'not_recorded' && c.endedAt !== undefined);
    assert.equal(call.state, 'not_recorded');
    assert.equal(call.caller, '13900000000');
    assert.ok(call.shredded, 'data key shredded');
    await assert.rejects(h.store.readRecording(id));
    assert.equal(b.messages.filter((m) => m.body?.$case === 'error').length, 0);
  } finally {
    b.close();
    await h.close();
  }
});
