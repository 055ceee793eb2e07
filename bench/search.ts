/**
 * Search benchmark: indexes N synthetic calls (default 1,000,000) into LevelDB through the store's
 * bulk insert (same records, same secondary indexes as production), then runs mixed searches the
 * console makes — by agent, number, queue, tag, team + time range, score, rule hit, plain time
 * range — including follow-up pages through the cursor. Prints progress and, last, one JSON line:
 * {"calls","search_p95_ms","search_p50_ms","index_seconds",…}. Goal: p95 < 300 ms at 1M calls.
 *
 * The same searches then run again through the console (HTTPS, keep-alive, an auditor session,
 * GET /api/v1/calls with the cursor) to report the latency a user sees: search_http_p95_ms.
 *
 *   npm run bench:search -- --json [--calls N] [--searches N] [--dir DIR (keep the db)] [--no-http]
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CallRecord } from '../src/model/index.js';
import { startConsole } from '../src/console/index.js';
import { openStore, type RecordingStore, type SearchQuery } from '../src/storage/index.js';
import { rng } from '../src/simulator/index.js';

const { values } = parseArgs({ options: { calls: { type: 'string' }, searches: { type: 'string' }, json: { type: 'boolean' }, dir: { type: 'string' }, 'no-http': { type: 'boolean' } } });
const N = Number(values.calls ?? 1_000_000);
const SEARCHES = Math.max(200, Number(values.searches ?? 240));
const DAY = 86_400_000;
const END = Date.UTC(2026, 10, 1);
const SPAN_DAYS = 180;
const AGENTS = 3000;
const TEAMS = 100;
const QUEUES = 24;
const NUMBERS = 300_000;
const TAGS = ['vip', 'complaint', 'sales', 'renewal', 'card', 'loan', 'callback', 'escalated', 'fraud', 'survey'];
const RULES = ['greeting', 'disclosure', 'recording-notice', 'forbidden-words', 'upsell', 'id-check'];

const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const agentOf = (i: number) => `a${String(i).padStart(4, '0')}`;
const numberOf = (i: number) => `+86138${String(i).padStart(8, '0')}`;

function synth(i: number): CallRecord {
  const startedAt = END - Math.floor(rand() * SPAN_DAYS * DAY);
  const agent = Math.floor(rand() * AGENTS);
  const durationMs = 20_000 + Math.floor(rand() * 600_000);
  const tags = rand() < 0.6 ? [pick(TAGS)] : rand() < 0.5 ? [pick(TAGS), pick(TAGS)] : [];
  const analysed = rand() < 0.8;
  return {
    id: `b${startedAt.toString(36)}${i.toString(36).padStart(5, '0')}`,
    site: 'bench', bridgeId: 'b1', channelId: `e1a/${1 + (agent % 8)}/${1 + (agent % 30)}`, pbxCallId: `p${i}`,
    direction: rand() < 0.7 ? 'inbound' : 'outbound',
    caller: numberOf(Math.floor(rand() * NUMBERS)), callee: String(8000 + (agent % 1000)),
    agentId: agentOf(agent), team: `team-${agent % TEAMS}`, queue: `q${agent % QUEUES}`,
    tags: [...new Set(tags)], startedAt, answeredAt: startedAt + 3000, endedAt: startedAt + durationMs,
    state: 'completed', durationMs, pausedRanges: [], maskedRanges: [], holdRanges: [], transfers: [],
    legalHold: false, retainUntil: startedAt + 183 * DAY,
    ...(analysed ? { analysis: { score: Math.floor(40 + rand() * 60), ruleHits: rand() < 0.3 ? [pick(RULES)] : [], negativeEmotionShare: rand() * 0.5, analysedAt: startedAt + durationMs } } : {}),
  };
}

function mixedQuery(k: number): { q: SearchQuery; pages: number; label: string } {
  const day = END - Math.floor(rand() * SPAN_DAYS) * DAY;
  switch (k % 9) {
    case 0: return { label: 'agent', q: { agentId: agentOf(Math.floor(rand() * AGENTS)) }, pages: 3 };
    case 1: return { label: 'number', q: { number: numberOf(Math.floor(rand() * NUMBERS)) }, pages: 1 };
    case 2: return { label: 'queue', q: { queue: `q${Math.floor(rand() * QUEUES)}` }, pages: 3 };
    case 3: return { label: 'tag', q: { tag: pick(TAGS) }, pages: 2 };
    case 4: return { label: 'time-range', q: { from: day - DAY, to: day }, pages: 3 };
    case 5: return { label: 'teams+time', q: { teams: [`team-${Math.floor(rand() * TEAMS)}`, `team-${Math.floor(rand() * TEAMS)}`], from: day - 7 * DAY, to: day }, pages: 2 };
    case 6: return { label: 'agent+time', q: { agentId: agentOf(Math.floor(rand() * AGENTS)), from: day - 30 * DAY, to: day }, pages: 1 };
    case 7: return { label: 'ruleHit+queue', q: { ruleHit: pick(RULES), queue: `q${Math.floor(rand() * QUEUES)}` }, pages: 1 };
    default: return { label: 'score<60', q: { scoreMax: 59, team: `team-${Math.floor(rand() * TEAMS)}` }, pages: 1 };
  }
}

/** Runs the queries through the console API; returns per-page latencies (ms). */
async function httpLatencies(store: RecordingStore, dir: string, queries: { q: SearchQuery; pages: number }[]): Promise<number[]> {
  const handle = await startConsole({ store, dataDir: join(dir, 'console'), host: '127.0.0.1', port: 0, scryptN: 2 ** 12 });
  const ca = await readFile(handle.certPath);
  const agent = new Agent({ keepAlive: true, maxSockets: 1, ca });
  const cookies = new Map<string, string>();
  const call = (method: string, path: string, body?: unknown, csrf?: string) => new Promise<{ status: number; json: any }>((resolve, reject) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const headers: Record<string, string> = { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body) headers['content-type'] = 'application/json';
    if (csrf) headers['x-csrf-token'] = csrf;
    const req = request(new URL(path, handle.url), { method, headers, agent, servername: 'localhost' }, (res) => {
      for (const c of res.headers['set-cookie'] ?? []) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
      }
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
    });
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
  try {
    await handle.services.users.create({ username: 'bench', role: 'auditor', password: 'bench password 1' });
    const pre = await call('GET', '/api/v1/session');
    const login = await call('POST', '/api/v1/auth/login', { username: 'bench', password: 'bench password 1' }, pre.json.csrfToken);
    if (login.status !== 200) throw new Error(`bench login failed: ${login.status}`);
    const lat: number[] = [];
    for (const { q, pages } of queries) {
      const params = new URLSearchParams();
      const names: Record<string, string> = { agentId: 'agent', teams: 'team' };
      for (const [k, v] of Object.entries(q)) params.set(names[k] ?? k, String(Array.isArray(v) ? v[0] : v));
      let cursor: string | undefined;
      for (let p = 0; p < pages; p++) {
        if (cursor) params.set('cursor', cursor);
        const t = performance.now();
        const r = await call('GET', `/api/v1/calls?${params}`);
        lat.push(performance.now() - t);
        if (r.status !== 200) throw new Error(`search ${params}: ${r.status} ${JSON.stringify(r.json)}`);
        cursor = r.json.nextCursor;
        if (!cursor) break;
      }
    }
    return lat;
  } finally {
    agent.destroy();
    await handle.close();
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

async function main(): Promise<void> {
  const dir = values.dir ?? (await mkdtemp(join(tmpdir(), 'cv-bench-search-')));
  const store = await openStore({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'kek.json'), minFreeBytes: 0, orphanScan: 'none' });
  try {
    const existing = values.dir ? await store.countCalls() : 0;
    const t0 = performance.now();
    const CHUNK = 10_000;
    for (let i = existing; i < N; i += CHUNK) {
      const batch: CallRecord[] = [];
      for (let j = i; j < Math.min(N, i + CHUNK); j++) batch.push(synth(j));
      await store.putCalls(batch);
      if ((i / CHUNK) % 10 === 0 || i + CHUNK >= N) {
        const done = Math.min(N, i + CHUNK);
        const s = (performance.now() - t0) / 1000;
        process.stderr.write(`indexed ${done}/${N} calls, ${s.toFixed(1)} s (${Math.round((done - existing) / s)}/s)\n`);
      }
    }
    const indexSeconds = (performance.now() - t0) / 1000;
    const lat: number[] = [];
    const byLabel = new Map<string, number[]>();
    let returned = 0;
    let firstPageEmpty = 0;
    // Warm-up: the first searches pay for opening table files; they are not the steady state.
    for (let k = 0; k < 9; k++) await store.search(mixedQuery(k).q, { limit: 50 });
    const queries = Array.from({ length: SEARCHES }, (_, k) => mixedQuery(k));
    for (const { q, pages, label } of queries) {
      let cursor: string | undefined;
      for (let p = 0; p < pages; p++) {
        const t = performance.now();
        const page = await store.search(q, { limit: 50, ...(cursor ? { cursor } : {}) });
        const ms = performance.now() - t;
        lat.push(ms);
        (byLabel.get(label) ?? byLabel.set(label, []).get(label)!).push(ms);
        returned += page.calls.length;
        if (p === 0 && page.calls.length === 0) firstPageEmpty++;
        cursor = page.nextCursor;
        if (!cursor) break;
      }
    }
    // The HTTP run maps `teams` to its first team (the API scopes teams by the user, not a parameter).
    const httpLat = values['no-http'] ? [] : await httpLatencies(store, dir, queries.map(({ q, pages }) => ({ q, pages })));
    const summary = {
      calls: N,
      search_p95_ms: Number(pct(lat, 95).toFixed(2)),
      search_p50_ms: Number(pct(lat, 50).toFixed(2)),
      index_seconds: Number(indexSeconds.toFixed(1)),
      ...(httpLat.length ? { search_http_p95_ms: Number(pct(httpLat, 95).toFixed(2)), search_http_p50_ms: Number(pct(httpLat, 50).toFixed(2)), http_requests: httpLat.length } : {}),
      searches: lat.length,
      search_max_ms: Number(Math.max(...lat).toFixed(2)),
      calls_returned: returned,
      empty_first_pages: firstPageEmpty,
      p95_by_kind: Object.fromEntries([...byLabel].map(([k, v]) => [k, Number(pct(v, 95).toFixed(2))])),
    };
    if (!values.json) {
      process.stdout.write(`indexed ${N} calls in ${summary.index_seconds} s; ${lat.length} searches: p50 ${summary.search_p50_ms} ms, p95 ${summary.search_p95_ms} ms (goal < 300 ms)\n`);
      if (httpLat.length) process.stdout.write(`through the console (HTTPS): p50 ${summary.search_http_p50_ms} ms, p95 ${summary.search_http_p95_ms} ms\n`);
      for (const [k, v] of Object.entries(summary.p95_by_kind)) process.stdout.write(`  ${k.padEnd(14)} p95 ${v} ms\n`);
    }
    process.stdout.write(JSON.stringify(summary) + '\n');
  } finally {
    await store.close();
    if (!values.dir) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:search failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
