/**
 * A recorded call through real gRPC on loopback: both legs stored, decodable with the right
 * duration; a transfer and a hold end up in the metadata; PCI pause/resume gives a silent range.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { decodeRecording } from '../../src/native/index.js';
import { CallEventType, ControlType } from '../../src/generated/callvault/capture/v1/capture.js';
import { ev, expectBoard, openBridge, sendAudio, sleep, startHarness } from './harness.js';

async function waitState(h: Awaited<ReturnType<typeof startHarness>>, id: string, state: string) {
  for (let i = 0; i < 100; i++) {
    const c = await h.store.getCall(id);
    if (c.state === state) return c;
    await sleep(50);
  }
  return h.store.getCall(id);
}

test('a two-leg call is recorded, completed and decodes to its duration', async () => {
  const h = await startHarness();
  const b = await openBridge(h.target);
  try {
    const ch = 'e1a/1/1';
    b.send(ev(ch, 'pbx-1', CallEventType.CALL_EVENT_TYPE_RING, { tags: ['vip'] }));
    b.send(ev(ch, 'pbx-1', CallEventType.CALL_EVENT_TYPE_ANSWER, { agentId: 'agent-7' }));
    const started = await b.waitFor((m) => m.body?.$case === 'callStarted');
    assert.ok(started.body?.$case === 'callStarted' && started.body.value.recording);
    const id = started.body.value.recordingId;
    expectBoard(h, ch, 'talking');
    const pos = { tick: 1, seq: 100 };
    await sendAudio(b, [ch], pos, 3);
    b.send(ev(ch, 'pbx-1', CallEventType.CALL_EVENT_TYPE_TRANSFER, { transferTo: '8123', agentId: 'agent-9' }));
    await sendAudio(b, [ch], pos, 2);
    b.send(ev(ch, 'pbx-1', CallEventType.CALL_EVENT_TYPE_HANGUP));
    const call = await waitState(h, id, 'completed');
    assert.equal(call.state, 'completed');
    assert.equal(call.agentId, 'agent-9');
    assert.deepEqual(call.tags, ['vip']);
    assert.equal(call.transfers.length, 1);
    assert.equal(call.transfers[0]!.to, '8123');
    expectBoard(h, ch, 'idle');
    const rec = await h.store.readRecording(id);
    const dec = await decodeRecording(rec.bytes, rec.dataKey, rec.recordingId);
    assert.ok(dec.complete);
    assert.ok(Math.abs(dec.durationMs - 5000) <= 120, `decoded ${dec.durationMs} ms, stored ${call.durationMs} ms`);
    // Both legs carry the tone: energy on left and right.
    let left = 0, right = 0;
    for (let i = 0; i + 1 < dec.pcm.length; i += 2) (left += Math.abs(dec.pcm[i]!)), (right += Math.abs(dec.pcm[i + 1]!));
    assert.ok(left / (dec.pcm.length / 2) > 500 && right / (dec.pcm.length / 2) > 500, `energy L ${left} R ${right}`);
    // Every tick is acknowledged as accepted and, once fsynced, durable.
    await b.waitFor((m) => m.body?.$case === 'ack' && m.body.value.acceptedTick === 50 && m.body.value.durableTick === 50);
    assert.equal(b.messages.filter((m) => m.body?.$case === 'error').length, 0);
  } finally {
    b.close();
    await h.close();
  }
});

test('PCI pause/resume: the range is reported and its audio is silent', async () => {
  const h = await startHarness();
  const b = await openBridge(h.target);
  try {
    const ch = 'e1a/1/2';
    b.send(ev(ch, 'pbx-2', CallEventType.CALL_EVENT_TYPE_ANSWER));
    const started = await b.waitFor((m) => m.body?.$case === 'callStarted');
    const id = started.body?.$case === 'callStarted' ? started.body.value.recordingId : '';
    const pos = { tick: 1, seq: 0 };
    await sendAudio(b, [ch], pos, 2);
    b.send({ body: { $case: 'control', value: { channelId: ch, callId: 'pbx-2', type: ControlType.CONTROL_TYPE_PAUSE, atMs: Date.now(), maskStartMs: 0, maskEndMs: 0, reason: 'card entry' } } });
    await sendAudio(b, [ch], pos, 2);
    await sleep(100);
    expectBoard(h, ch, 'paused');
    b.send({ body: { $case: 'control', value: { channelId: ch, callId: 'pbx-2', type: ControlType.CONTROL_TYPE_RESUME, atMs: Date.now(), maskStartMs: 0, maskEndMs: 0, reason: '' } } });
    await sendAudio(b, [ch], pos, 2);
    b.send(ev(ch, 'pbx-2', CallEventType.CALL_EVENT_TYPE_HANGUP));
    const call = await waitState(h, id, 'completed');
    assert.equal(call.pausedRanges.length, 1);
    const r = call.pausedRanges[0]!;
    assert.ok(r.endMs - r.startMs >= 1500, `paused range ${JSON.stringify(r)}`);
    const rec = await h.store.readRecording(id);
    const dec = await decodeRecording(rec.bytes, rec.dataKey, rec.recordingId);
    const rms = (fromMs: number, toMs: number) => {
      let s = 0, n = 0;
      for (let i = Math.floor((fromMs * dec.sampleRate) / 1000) * 2; i < Math.floor((toMs * dec.sampleRate) / 1000) * 2 && i < dec.pcm.length; i++) (s += dec.pcm[i]! ** 2), n++;
      return Math.sqrt(s / Math.max(1, n));
    };
    // Inside the reported range (away from codec edges) it is silent; before it, the tone is there.
    assert.ok(rms(r.startMs + 200, r.endMs - 200) < 50, `paused rms ${rms(r.startMs + 200, r.endMs - 200)}`);
    assert.ok(rms(200, 1500) > 500);
  } finally {
    b.close();
    await h.close();
  }
});
