/**
 * Audio streaming: decrypted Ogg Opus with HTTP Range (206 + exact bytes, suffix ranges, 416),
 * playback audited once per session, redaction by default, 410 after crypto-shredding.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CallRecord } from '../../src/model/index.js';
import { recordCall, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let call: CallRecord;
let sup: Client;
let full: Buffer;

before(async () => {
  h = await startHarness();
  call = await recordCall(h.store, 'team-1', 4);
  sup = await h.login('supervisor');
  const r = await sup.get(`/api/v1/calls/${call.id}/audio`);
  assert.equal(r.status, 200);
  full = r.body;
});
after(async () => h?.close());

test('whole file: 200, audio/ogg, an Ogg Opus stream, accept-ranges', async () => {
  assert.equal(full.subarray(0, 4).toString('latin1'), 'OggS');
  assert.ok(full.includes(Buffer.from('OpusHead')));
  const r = await sup.get(`/api/v1/calls/${call.id}/audio`);
  assert.equal(r.headers['content-type'], 'audio/ogg');
  assert.equal(r.headers['accept-ranges'], 'bytes');
  assert.equal(Number(r.headers['content-length']), full.length);
  assert.ok(full.length > 2000, `ogg of 4 s is ${full.length} bytes`);
});

test('Range requests return 206 with the exact bytes', async () => {
  const n = full.length;
  const cases: [string, number, number][] = [
    ['bytes=0-99', 0, 99],
    [`bytes=100-${n - 1}`, 100, n - 1],
    ['bytes=1000-', 1000, n - 1],
    ['bytes=-500', n - 500, n - 1],
    [`bytes=${n - 10}-${n + 1000}`, n - 10, n - 1],
  ];
  for (const [range, a, b] of cases) {
    const r = await sup.get(`/api/v1/calls/${call.id}/audio`, { range });
    assert.equal(r.status, 206, range);
    assert.equal(r.headers['content-range'], `bytes ${a}-${b}/${n}`, range);
    assert.equal(Number(r.headers['content-length']), b - a + 1, range);
    assert.ok(r.body.equals(full.subarray(a, b + 1)), `${range}: bytes differ`);
  }
});

test('unsatisfiable range → 416 with content-range */size', async () => {
  const r = await sup.get(`/api/v1/calls/${call.id}/audio`, { range: `bytes=${full.length}-` });
  assert.equal(r.status, 416);
  assert.equal(r.headers['content-range'], `bytes */${full.length}`);
});

test('playback is audited once per session and call, not per Range request', async () => {
  const events = await h.console.services.audit.list({ type: 'playback', callId: call.id, limit: 100 });
  assert.equal(events.events.filter((e) => e.actor === 'supervisor').length, 1);
});

test('redacted by default: masked ranges differ from the original; original needs the permission', async () => {
  const masked = await h.store.updateCall(call.id, { maskedRanges: [{ startMs: 1000, endMs: 2500 }] });
  assert.equal(masked.maskedRanges.length, 1);
  const redacted = await sup.get(`/api/v1/calls/${call.id}/audio`);
  assert.equal(redacted.status, 200);
  assert.equal(redacted.body.subarray(0, 4).toString('latin1'), 'OggS');
  assert.ok(!redacted.body.equals(full), 'the redacted stream is not the original');
  assert.equal((await sup.get(`/api/v1/calls/${call.id}/audio?original=1`)).status, 403);
  const sup2 = await h.login('supervisor2');
  const orig = await sup2.get(`/api/v1/calls/${call.id}/audio?original=1`);
  assert.equal(orig.status, 200);
  assert.ok(orig.body.equals(full));
  const ev = await h.console.services.audit.list({ type: 'playback', actor: 'supervisor2', limit: 10 });
  assert.equal(ev.events[0]?.details?.variant, 'original');
});

test('download sets content-disposition and is audited as download', async () => {
  const r = await sup.get(`/api/v1/calls/${call.id}/audio?download=1`);
  assert.equal(r.status, 200);
  assert.match(String(r.headers['content-disposition']), /attachment/);
  const ev = await h.console.services.audit.list({ type: 'download', callId: call.id, limit: 10 });
  assert.equal(ev.events.length, 1);
});

test('crypto-shredded audio → 410 ERR_SHREDDED; unknown call → 404', async () => {
  const other = await recordCall(h.store, 'team-1', 1);
  await h.store.shred(other.id, 'test', 'tester');
  const r = await sup.get(`/api/v1/calls/${other.id}/audio`);
  assert.equal(r.status, 410);
  assert.equal(r.json.error.code, 'ERR_SHREDDED');
  assert.equal((await sup.get('/api/v1/calls/nope123/audio')).status, 404);
});

test('PII spoken in the transcript is masked in the redacted transcript and silenced in redacted audio', async () => {
  const pii = await recordCall(h.store, 'team-1', 4);
  await h.store.sublevel('pbx-transcripts').put(pii.id, [
    { speaker: 'agent', startMs: 0, endMs: 900, text: 'how can I help', confidence: 1 },
    { speaker: 'customer', startMs: 1000, endMs: 3500, text: 'my card is 4111 1111 1111 1111 thanks', confidence: 1 },
  ]);
  const plain = await sup.get(`/api/v1/calls/${pii.id}/audio?download=1`);
  const redacted = await sup.get(`/api/v1/calls/${pii.id}/audio`);
  assert.equal(redacted.status, 200);
  const sup2 = await h.login('supervisor2');
  const original = await sup2.get(`/api/v1/calls/${pii.id}/audio?original=1`);
  assert.ok(!redacted.body.equals(original.body), 'redacted audio differs from the original');
  assert.ok(plain.body.equals(redacted.body), 'a download without ?original=1 is redacted too');
  const t = await sup.get(`/api/v1/calls/${pii.id}/transcript`);
  assert.equal(t.json.redacted, true);
  assert.ok(!JSON.stringify(t.json).includes('4111'), JSON.stringify(t.json.segments));
  assert.equal((await sup.get(`/api/v1/calls/${pii.id}/transcript?original=1`)).status, 403);
  const t2 = await sup2.get(`/api/v1/calls/${pii.id}/transcript?original=1`);
  assert.match(t2.json.segments[1].text, /4111 1111 1111 1111/);
  // A QA correction that types a card number is masked in every redacted view as well.
  const qa = await h.login('qa');
  const o = await qa.req('POST', `/api/v1/calls/${pii.id}/overrides/transcript`, { body: { segmentIndex: 0, text: 'card 5500 0000 0000 0004 noted', reason: 'typed by QA' } });
  assert.equal(o.status, 201);
  for (const path of [`/api/v1/calls/${pii.id}`, `/api/v1/calls/${pii.id}/transcript`]) {
    const r = await sup.get(path);
    assert.equal(r.status, 200);
    assert.ok(!JSON.stringify(r.json).includes('5500 0000'), `${path} leaks the card number`);
  }
});
