/**
 * Live board and alerts over SSE (scoped per role), channel snapshot, system health, /metrics,
 * OpenAPI, and the QA override flow (score and transcript) through the real HTTPS server.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { CallRecord, TranscriptSegment } from '../../src/model/index.js';
import { recordCall, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let call: CallRecord;
before(async () => {
  h = await startHarness();
  call = await recordCall(h.store, 'team-1', 2, { analysis: { score: 55, ruleHits: ['greeting'], analysedAt: Date.now() } });
});
after(async () => h?.close());

/** Opens the SSE stream of a client and collects parsed events. */
function sse(c: Client): Promise<{ events: { event: string; data: any }[]; close(): void; wait(pred: (e: { event: string; data: any }) => boolean): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const events: { event: string; data: any }[] = [];
    const waiters: (() => void)[] = [];
    const req = request(new URL('/api/v1/events', h.console.url), { headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }, ca: h.ca, servername: 'localhost' }, (res) => {
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /text\/event-stream/);
      let buf = '';
      res.on('data', (d: Buffer) => {
        buf += d.toString();
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const ev = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (ev && data) events.push({ event: ev, data: JSON.parse(data) });
          for (const w of waiters.splice(0)) w();
        }
      });
      res.on('error', () => undefined);
      const api = {
        events,
        close: () => req.destroy(),
        wait: (pred: (e: { event: string; data: any }) => boolean) => new Promise<void>((ok, fail) => {
          const timer = setTimeout(() => fail(new Error(`event not received; got ${JSON.stringify(events)}`)), 5000);
          const check = () => (events.some(pred) ? (clearTimeout(timer), ok()) : waiters.push(check));
          check();
        }),
      };
      api.wait((e) => e.event === 'hello').then(() => resolve(api), reject);
    });
    req.on('error', reject);
    req.end();
  });
}

test('SSE: channel changes and alerts reach each role within its scope', async () => {
  const sup = await sse(await h.login('supervisor'));
  const admin = await sse(await h.login('admin'));
  const qa = await sse(await h.login('qa'));
  h.board.apply({ type: 'seize', channelId: 'e1a/2/5', callId: 'other-team-call' });
  h.board.apply({ type: 'answer', channelId: 'e1a/1/3', callId: 'my-team-call' });
  h.alertHook.deps.onAlert!({ ruleId: 'r-other', severity: 'warning', message: 'x', atOffsetMs: 1, callId: 'c2', pbxCallId: 'p', channelId: 'e1a/2/5', agentId: 'a035', team: 'team-2', queue: 'q' } as never);
  h.alertHook.deps.onAlert!({ ruleId: 'r-mine', severity: 'critical', message: 'y', atOffsetMs: 2, callId: 'c1', pbxCallId: 'p', channelId: 'e1a/1/3', agentId: 'a003', team: 'team-1', queue: 'q' } as never);
  await sup.wait((e) => e.event === 'alert' && e.data.ruleId === 'r-mine');
  await admin.wait((e) => e.event === 'channel' && e.data.id === 'e1a/1/3');
  await qa.wait((e) => e.event === 'alert' && e.data.ruleId === 'r-mine');
  const supChannels = sup.events.filter((e) => e.event === 'channel').map((e) => e.data.id);
  assert.deepEqual(supChannels, ['e1a/1/3'], 'supervisor sees only team-1 channels');
  assert.deepEqual(sup.events.filter((e) => e.event === 'alert').map((e) => e.data.ruleId), ['r-mine']);
  assert.deepEqual(admin.events.filter((e) => e.event === 'channel').map((e) => e.data.id).sort(), ['e1a/1/3', 'e1a/2/5']);
  assert.equal(admin.events.filter((e) => e.event === 'alert').length, 0, 'admin gets no call alerts');
  assert.equal(qa.events.filter((e) => e.event === 'channel').length, 0, 'qa gets no board events');
  const talking = sup.events.find((e) => e.event === 'channel')!.data;
  assert.equal(talking.state, 'talking');
  assert.equal(talking.callId, 'my-team-call');
  for (const s of [sup, admin, qa]) s.close();
});

test('channel snapshot is scoped; counts follow what is visible', async () => {
  const sup = await h.login('supervisor');
  const r = await sup.get('/api/v1/channels');
  assert.equal(r.status, 200);
  assert.ok(r.json.channels.length === 30 && r.json.channels.every((c: { team: string }) => c.team === 'team-1'));
  assert.equal(r.json.counts.talking, 1);
  const admin = await h.login('admin');
  assert.equal((await admin.get('/api/v1/channels')).json.channels.length, 60);
});

test('system health, metrics (session or bearer token) and the OpenAPI document', async () => {
  const admin = await h.login('admin');
  const health = await admin.get('/api/v1/system/health');
  assert.equal(health.status, 200);
  assert.ok(health.json.disks.length === 1 && typeof health.json.disks[0].freeBytes === 'number');
  assert.ok(health.json.memory.total > 0);
  assert.equal(health.json.cpu.cores > 0, true);
  const m = await admin.get('/metrics');
  assert.equal(m.status, 200);
  assert.match(m.body.toString(), /^callvault_channels\{state="talking"\} 1$/m);
  assert.match(m.body.toString(), /^callvault_disk_free_bytes\{disk="d1"\} \d+/m);
  const anon = h.client();
  assert.equal((await anon.get('/metrics')).status, 401);
  const token = (await readFile(h.console.metricsTokenPath, 'utf8')).trim();
  assert.equal((await anon.get('/metrics', { authorization: `Bearer ${token}` })).status, 200);
  assert.equal((await anon.get('/metrics', { authorization: 'Bearer wrong' })).status, 401);
  assert.equal((await (await h.login('supervisor')).get('/metrics')).status, 403);
  const doc = await anon.get('/api/v1/openapi.json');
  assert.equal(doc.json.openapi, '3.1.0');
  assert.ok(doc.json.paths['/api/v1/calls/{id}/audio'].get);
});

test('QA override: score (audited, re-indexed) and transcript correction', async () => {
  const segs: TranscriptSegment[] = [
    { speaker: 'agent', startMs: 0, endMs: 900, text: 'hello this call is recorded', confidence: 0.9, source: 'pbx' },
    { speaker: 'customer', startMs: 1000, endMs: 1900, text: 'my card number is wrong', confidence: 0.8, source: 'pbx' },
  ];
  await h.store.sublevel<TranscriptSegment[]>('pbx-transcripts').put(call.id, segs);
  const qa = await h.login('qa');
  const t0 = await qa.get(`/api/v1/calls/${call.id}/transcript`);
  assert.equal(t0.json.source, 'pbx');
  assert.equal(t0.json.segments[1].text, 'my card number is wrong');
  // No analysis module here: hits come from the rules in force (the built-in pack).
  assert.equal(t0.json.ruleHitsSource, 'rules');
  assert.ok(t0.json.ruleHits.some((x: { ruleId: string; segmentIndex?: number }) => x.ruleId === 'greeting.recording_notice' && x.segmentIndex === 0), JSON.stringify(t0.json.ruleHits));
  const bad = await qa.req('POST', `/api/v1/calls/${call.id}/overrides/score`, { body: { score: 120, reason: 'x' } });
  assert.equal(bad.status, 400);
  const o = await qa.req('POST', `/api/v1/calls/${call.id}/overrides/score`, { body: { score: 92, reason: 'disclosure was given in Mandarin' } });
  assert.equal(o.status, 201);
  assert.equal(o.json.override.previous, 55);
  const card = await qa.get(`/api/v1/calls/${call.id}/scorecard`);
  assert.equal(card.json.effectiveScore, 92);
  const found = await qa.get('/api/v1/calls?scoreMin=90');
  assert.deepEqual(found.json.calls.map((c: { id: string }) => c.id), [call.id]);
  const tr = await qa.req('POST', `/api/v1/calls/${call.id}/overrides/transcript`, { body: { segmentIndex: 1, text: 'my card number is wrong (corrected)', reason: 'ASR error' } });
  assert.equal(tr.status, 201);
  const t1 = await qa.get(`/api/v1/calls/${call.id}/transcript`);
  assert.equal(t1.json.segments[1].text, 'my card number is wrong (corrected)');
  assert.equal(t1.json.segments[1].overridden, true);
  const detail = await qa.get(`/api/v1/calls/${call.id}`);
  assert.equal(detail.json.can.override, true);
  assert.equal(detail.json.can.download, false);
  assert.equal(detail.json.overrides.length, 2);
  const ev = await h.console.services.audit.list({ type: 'override', callId: call.id });
  assert.equal(ev.events.length, 2);
});

test('settings: invalid JSON rejected with line/column; a change is audited with hashes', async () => {
  const admin = await h.login('admin');
  const bad = await admin.req('PUT', '/api/v1/settings/rules', { body: { content: '{\n  "rules": [,]\n}' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.code, 'ERR_BAD_SETTINGS');
  assert.equal(bad.json.error.details.line, 2);
  const notAPack = await admin.req('PUT', '/api/v1/settings/rules', { body: { content: '{"rules":[{"id":"greeting"}]}' } });
  assert.equal(notAPack.status, 400, 'valid JSON but not a rule pack');
  assert.equal(notAPack.json.error.code, 'ERR_RULES_INVALID');
  const { defaultRulePack } = await import('../../src/rules/index.js');
  const pack = JSON.stringify(defaultRulePack(), null, 2);
  const ok = await admin.req('PUT', '/api/v1/settings/rules', { body: { content: pack, reason: 'add greeting' } });
  assert.equal(ok.status, 200);
  assert.equal((await admin.get('/api/v1/settings')).json.rules.content, pack);
  const ev = await h.console.services.audit.list({ type: 'rule_change' });
  assert.equal(ev.events[0]?.details?.reason, 'add greeting');
  assert.match(String(ev.events[0]?.details?.after), /^[0-9a-f]{64}$/);
});

test('errors are JSON with stable codes; unknown routes 404; static pages served with security headers', async () => {
  const admin = await h.login('admin');
  const r = await admin.get('/api/v1/nope');
  assert.equal(r.status, 404);
  assert.equal(r.json.error.code, 'ERR_NOT_FOUND');
  const q = await admin.get('/api/v1/calls?limit=0');
  assert.equal(q.status, 400);
  assert.equal(q.json.error.code, 'ERR_BAD_QUERY');
  const page = await admin.get('/');
  assert.equal(page.status, 200);
  assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
  assert.equal((await admin.get('/../package.json')).status, 404);
});

test('reports: scores, rule hits, hot keywords, silence and overtalk within the team', async () => {
  const c2 = await recordCall(h.store, 'team-1', 1, { analysis: { score: 80, ruleHits: ['greeting'], negativeEmotionShare: 0.2, analysedAt: Date.now() }, durationMs: 10_000 });
  await h.store.sublevel<TranscriptSegment[]>('pbx-transcripts').put(c2.id, [{ speaker: 'customer', startMs: 0, endMs: 1000, text: 'refund refund 退款申请', confidence: 1 }]);
  await h.store.sublevel('acoustics').put(c2.id, { speech: [{ leg: 'agent', startMs: 0, endMs: 4000 }, { leg: 'customer', startMs: 3000, endMs: 6000 }], features: [] });
  const qa = await h.login('qa');
  const r = await qa.get('/api/v1/reports/summary');
  assert.equal(r.status, 200);
  assert.equal(r.json.calls, 2);
  assert.equal(r.json.ruleHitRates[0].ruleId, 'greeting');
  assert.equal(r.json.ruleHitRates[0].rate, 1);
  assert.deepEqual(r.json.hotKeywords.find((k: { word: string }) => k.word === 'refund'), { word: 'refund', count: 2 });
  assert.ok(r.json.hotKeywords.some((k: { word: string }) => k.word === '退款'));
  const q = r.json.silenceOvertalk.find((x: { queue: string }) => x.queue === 'retail');
  assert.equal(q.silenceShare, 0.4);
  assert.equal(q.overtalkShare, 0.1);
  const out = await qa.get('/api/v1/reports/summary?team=team-2');
  assert.equal(out.status, 403);
});

test('rules dry run over past calls: QA sees its teams only; a bad pack is a 400 with line/column', async () => {
  const { defaultRulePack } = await import('../../src/rules/index.js');
  const other = await recordCall(h.store, 'team-2', 1);
  await h.store.sublevel<TranscriptSegment[]>('pbx-transcripts').put(other.id, [{ speaker: 'agent', startMs: 0, endMs: 500, text: 'hi', confidence: 1 }]);
  const qa = await h.login('qa');
  const r = await qa.req('POST', '/api/v1/settings/rules/dry-run', { body: { content: JSON.stringify(defaultRulePack()) } });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.ok(r.json.calls >= 1);
  assert.ok(r.json.rules > 0);
  assert.ok(!r.json.hits.some((x: { callId: string }) => x.callId === other.id), 'no team-2 call in a team-1 QA dry run');
  const aud = await (await h.login('auditor')).req('POST', '/api/v1/settings/rules/dry-run', { body: { content: '{}' } });
  assert.equal(aud.status, 403);
  const bad = await qa.req('POST', '/api/v1/settings/rules/dry-run', { body: { content: '{"version": 1,\n "rules": [}' } });
  assert.equal(bad.status, 400);
});
