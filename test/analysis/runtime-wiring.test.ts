/**
 * The appliance as `callvault serve` / `demo` build it (src/cli/runtime.ts) on temp dirs: the
 * simulator records calls over loopback gRPC and each ended call is analysed in the background
 * (the console's call detail and search then show the result); a live transcript segment raises an
 * alert that reaches both the PBX's gRPC stream and the console's SSE stream.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:https';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCallAnalysis } from '../../src/analysis/index.js';
import { startAppliance, type Appliance } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/index.js';
import { bootstrapAdmin, type ConsoleHandle } from '../../src/console/index.js';
import { CallEventType, Leg } from '../../src/generated/callvault/capture/v1/capture.js';
import { runSimulator } from '../../src/simulator/index.js';
import { ev, openBridge, sendAudio, sleep } from '../capture/harness.js';
import { Client } from '../console/harness.js';

const root = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));
const PASSWORD = 'wiring test password';

/** Collects the console's SSE events of a logged-in client. */
function sse(url: string, ca: Buffer, c: Client): Promise<{ events: { event: string; data: Record<string, unknown> }[]; close(): void }> {
  return new Promise((resolve, reject) => {
    const events: { event: string; data: Record<string, unknown> }[] = [];
    const req = request(new URL('/api/v1/events', url), { headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }, ca, servername: 'localhost' }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`SSE status ${res.statusCode}`));
      let buf = '';
      res.on('data', (d: Buffer) => {
        buf += d.toString();
        for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
      });
      res.on('error', () => undefined);
      resolve({ events, close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

test('the runtime analyses every ended call and routes live alerts to the PBX and the console', { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-wiring-'));
  await writeFile(join(dir, 'config.json'), JSON.stringify({
    siteId: 'demo', bridgeId: 'sim-1', demoSpans: 2, dataDirs: [{ id: 'd1', path: 'data' }], dbPath: 'db', keyFile: 'keys/kek.json',
    grpc: { host: '127.0.0.1', port: 0, insecure: true }, console: { enabled: true, host: '127.0.0.1', port: 0 },
  }));
  let app: Appliance | undefined;
  try {
    app = await startAppliance(await loadConfig(join(dir, 'config.json')));
    assert.ok(app.postCall, 'post-call analysis is wired');
    const consoleHandle = app.console as ConsoleHandle;
    const ca = await readFile(consoleHandle.certPath);
    await bootstrapAdmin(app.store, { username: 'admin', password: PASSWORD, scryptN: 2 ** 12 });
    const admin = new Client(consoleHandle.url, ca);
    assert.equal((await admin.login('admin', PASSWORD)).status, 200);
    // The admin administers but does not read call content or alerts: a team-1 supervisor does.
    const made = await admin.req('POST', '/api/v1/users', { body: { username: 'sup', role: 'supervisor', teams: ['team-1'], password: PASSWORD } });
    assert.equal(made.status, 201, made.body.toString());
    const sup = new Client(consoleHandle.url, ca);
    assert.equal((await sup.login('sup', PASSWORD)).status, 200);
    const live = await sse(consoleHandle.url, ca, sup);
    const target = `127.0.0.1:${app.capture.port}`;

    // 1. Simulated calls (speech, PBX transcripts) end → analysed without anyone asking. 7 s calls:
    // the simulator's first English line (the recording disclosure) lasts 5.8 s.
    const sim = await runSimulator({ target, calls: 2, durationS: 7, extras: false, transcripts: true, language: 'en', cacheDir: join(root, '.callvault', 'speech-cache'), seed: 7 });
    assert.equal(sim.recordings.size, 2);
    for (const id of sim.recordings.values()) {
      const detail = await until(`analysis of ${id}`, async () => {
        const r = await sup.get(`/api/v1/calls/${id}`);
        assert.equal(r.status, 200);
        return r.json.analysis?.analysedAt ? (r.json as { call: { state: string }; analysis: Record<string, any> }) : undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
      });
      assert.equal(detail.call.state, 'completed');
      assert.equal(detail.analysis.transcriptSource, 'pbx');
      assert.equal(detail.analysis.speechSource, 'vad', 'metrics from the record path\'s stored VAD speech');
      assert.equal(detail.analysis.language, 'en');
      assert.ok(detail.analysis.scorecard.items.length > 0);
      const stored = await readCallAnalysis(app.store, id);
      assert.equal(stored?.scorecard.score, detail.analysis.scorecard.score);
      // The scorecard view names every item and gives points out of its weight (null: not applicable).
      const card = await sup.get(`/api/v1/calls/${id}/scorecard`);
      assert.equal(card.status, 200);
      assert.equal(card.json.items.length, stored?.scorecard.items.length);
      for (const [i, item] of (card.json.items as { id: string; label: string; score: number | null; max: number }[]).entries()) {
        const s = stored!.scorecard.items[i]!;
        assert.equal(item.id, s.itemId);
        assert.ok(item.label.length > 0 && item.label !== item.id, `item ${item.id} has a title`);
        assert.equal(item.max, s.weight);
        assert.equal(item.score, s.applicable ? (s.passed ? s.weight : 0) : null);
      }
      // The transcript view shows what the analysis stored: its rule hits and one emotion per line.
      const view = await sup.get(`/api/v1/calls/${id}/transcript`);
      assert.equal(view.status, 200);
      assert.equal(view.json.ruleHitsSource, 'analysis');
      assert.deepEqual((view.json.ruleHits as { ruleId: string; startMs: number; endMs: number }[]).map((h) => [h.ruleId, h.startMs, h.endMs]), stored?.rules.hits.map((h) => [h.ruleId, h.startMs, h.endMs]));
      const lines = view.json.segments as unknown[];
      assert.ok(lines.length > 0);
      const labelled = new Set((view.json.emotion as { segmentIndex?: number; label: string }[]).filter((e) => ['negative', 'neutral', 'positive'].includes(e.label)).map((e) => e.segmentIndex));
      assert.deepEqual([...lines.keys()].filter((i) => !labelled.has(i)), [], 'every transcript line has an emotion label');
    }
    const scored = await sup.get('/api/v1/calls?scoreMin=0&limit=50');
    assert.equal(scored.status, 200);
    assert.deepEqual(new Set((scored.json.calls as { id: string; score?: number }[]).filter((c) => typeof c.score === 'number').map((c) => c.id)), new Set(sim.recordings.values()));

    // 2. A live complaint: alert back on the bridge's stream and on the console's SSE; after hangup
    // the call is analysed and found by its rule hit.
    const b = await openBridge(target);
    try {
      const ch = 'e1a/1/3';
      b.send(ev(ch, 'live-1', CallEventType.CALL_EVENT_TYPE_ANSWER, { agentId: 'a-7' }));
      const started = await b.waitFor((m) => m.body?.$case === 'callStarted');
      const callId = started.body?.$case === 'callStarted' ? started.body.value.recordingId : '';
      await sendAudio(b, [ch], { tick: 1, seq: 0 }, 1);
      b.send({ body: { $case: 'transcript', value: { channelId: ch, callId: 'live-1', leg: Leg.LEG_CUSTOMER, startMs: 200, endMs: 900, text: '你们这服务太差了，我要投诉！气死我了', confidence: 0.9, language: 'zh-CN' } } });
      const alert = await b.waitFor((m) => m.body?.$case === 'alert');
      assert.ok(alert.body?.$case === 'alert' && alert.body.value.agentId === 'a-7');
      const seen = await until('the alert on SSE', async () => live.events.find((e) => e.event === 'alert' && e.data.callId === callId), 5000);
      assert.equal(seen.data.channelId, ch);
      b.send(ev(ch, 'live-1', CallEventType.CALL_EVENT_TYPE_HANGUP));
      const hit = await until('search by rule hit', async () => {
        const r = await sup.get('/api/v1/calls?ruleHit=intent.complaint');
        return (r.json.calls as { id: string }[]).some((c) => c.id === callId) ? r : undefined;
      });
      assert.equal(hit.status, 200);
      // Stored evidence on the transcript view: the complaint hit at its segment's time, and the
      // customer's line labelled negative.
      const view = await sup.get(`/api/v1/calls/${callId}/transcript`);
      assert.equal(view.status, 200);
      assert.equal(view.json.ruleHitsSource, 'analysis');
      const complaint = (view.json.ruleHits as { ruleId: string; startMs: number; endMs: number; segmentIndex?: number; text: string }[]).find((h) => h.ruleId === 'intent.complaint');
      assert.ok(complaint, JSON.stringify(view.json.ruleHits));
      assert.equal(complaint.segmentIndex, 0);
      assert.ok(complaint.startMs >= 200 && complaint.endMs <= 900 && complaint.startMs < complaint.endMs, JSON.stringify(complaint));
      assert.match(complaint.text, /投诉/u);
      const point = (view.json.emotion as { segmentIndex?: number; valence?: number }[]).find((e) => e.segmentIndex === 0);
      assert.deepEqual({ ...point, valence: undefined, arousal: undefined }, { segmentIndex: 0, speaker: 'customer', startMs: 200, endMs: 900, valence: undefined, arousal: undefined, label: 'negative' });
      assert.ok((point?.valence ?? 0) < 0, JSON.stringify(point));
    } finally {
      b.close();
      live.close();
    }
    assert.equal(app.postCall.stats.failed, 0);
    assert.equal(app.postCall.stats.analysed, 3);
  } finally {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  }
});
