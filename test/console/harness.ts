/**
 * Console test harness: a real store in a temp dir, the demo channel plan (team-1, team-2) on a
 * board, the console over HTTPS on an ephemeral port (its self-signed certificate trusted by the
 * client, not switched off), one user per role, and calls with real encrypted recordings.
 */
import { request } from 'node:https';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChannelBoard } from '../../src/channels/index.js';
import { demoChannelPlan, type CaptureStats } from '../../src/capture/index.js';
import { startConsole, type ConsoleHandle, type NewUser } from '../../src/console/index.js';
import type { CallRecord } from '../../src/model/index.js';
import { RecordEngine, type FrameIn } from '../../src/native/index.js';
import { encodeUlaw, toFrames, tone } from '../../src/native/test-support.js';
import { openStore, type RecordingStore } from '../../src/storage/index.js';

export const PASSWORD = 'correct horse battery';

export interface Harness {
  dir: string;
  store: RecordingStore;
  board: ChannelBoard;
  console: ConsoleHandle;
  ca: Buffer;
  clock: { t: number };
  alertHook: { deps: { onAlert?: (a: never) => void } };
  client(): Client;
  /** A logged-in client (username = role name unless given). */
  login(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export class Client {
  readonly cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly base: string, private readonly ca: Buffer) {}

  req(method: string, path: string, opts: { body?: unknown; headers?: Record<string, string>; csrf?: boolean; raw?: boolean } = {}): Promise<Res> {
    const url = new URL(path, this.base);
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: Buffer | undefined;
    if (opts.body !== undefined) {
      payload = Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
      headers['content-type'] ??= 'application/json';
    }
    if (method !== 'GET' && opts.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    return new Promise((resolve, reject) => {
      const r = request(url, { method, headers, ca: this.ca, servername: 'localhost' }, (res) => {
        for (const c of ([] as string[]).concat(res.headers['set-cookie'] ?? [])) {
          const [pair] = c.split(';');
          const i = pair!.indexOf('=');
          const k = pair!.slice(0, i);
          const v = pair!.slice(i + 1);
          if (v === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(k);
          else this.cookies.set(k, v);
        }
        if (opts.raw && /event-stream/.test(String(res.headers['content-type']))) {
          // A stream never ends: report the headers and hang up.
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0), json: null });
          res.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          let json: unknown = null;
          if (/json/.test(String(res.headers['content-type'])) && body.length) json = JSON.parse(body.toString('utf8'));
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
        res.on('error', reject);
      });
      r.on('error', reject);
      if (payload) r.write(payload);
      r.end();
    });
  }

  get(path: string, headers?: Record<string, string>): Promise<Res> {
    return this.req('GET', path, headers ? { headers } : {});
  }

  /** GET /session to obtain the CSRF token (pre-session or session). */
  async refreshCsrf(): Promise<Res> {
    const r = await this.get('/api/v1/session');
    this.csrf = r.json.csrfToken;
    return r;
  }

  async login(username: string, password: string): Promise<Res> {
    await this.refreshCsrf();
    const r = await this.req('POST', '/api/v1/auth/login', { body: { username, password } });
    if (r.status === 200) this.csrf = r.json.csrfToken;
    return r;
  }
}

const zeroStats = (): CaptureStats => ({ ticks: 0, framesReceived: 0, gapFrames: 0, lateFrames: 0, framesRejected: 0, callsStarted: 0, callsCompleted: 0, callsInterrupted: 0, channelErrors: 0, pushes: 0, pushMsMax: 0, pushMsMean: 0, opusComplexity: 5, effortChanges: 0 });

export const USERS: NewUser[] = [
  { username: 'admin', role: 'admin', password: PASSWORD },
  { username: 'supervisor', role: 'supervisor', teams: ['team-1'], password: PASSWORD },
  { username: 'qa', role: 'qa', teams: ['team-1'], password: PASSWORD },
  { username: 'auditor', role: 'auditor', password: PASSWORD },
  { username: 'supervisor2', role: 'supervisor', teams: ['team-1'], permissions: ['audio.original'], password: PASSWORD },
];

export async function startHarness(opts: { users?: NewUser[] } = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'cv-console-'));
  const store = await openStore({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'kek.json'), fsyncIntervalMs: 20, minFreeBytes: 0 });
  const plan = demoChannelPlan('demo', 'sim-1', 2);
  const clock = { t: Date.now() };
  const board = new ChannelBoard(plan, () => clock.t);
  const alertHook: Harness['alertHook'] = { deps: {} };
  const handle = await startConsole({
    store, board, capture: { stats: zeroStats, ingest: alertHook as never }, dataDir: join(dir, 'console'), host: '127.0.0.1', port: 0,
    now: () => clock.t, scryptN: 2 ** 12,
  });
  const ca = await readFile(handle.certPath);
  for (const u of opts.users ?? USERS) await handle.services.users.create(u);
  const client = () => new Client(handle.url, ca);
  return {
    dir, store, board, console: handle, ca, clock, alertHook, client,
    async login(username, password = PASSWORD) {
      const c = client();
      const r = await c.login(username, password);
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.body.toString()}`);
      return c;
    },
    async close() {
      await handle.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A completed call with `seconds` of real encrypted audio (agent 440 Hz, customer 800 Hz). */
export async function recordCall(store: RecordingStore, team: string, seconds = 3, extra: Partial<CallRecord> = {}): Promise<CallRecord> {
  const startedAt = Date.now() - 60_000;
  const { call, dataKey, writer } = await store.createRecording({
    site: 'demo', bridgeId: 'sim-1', channelId: team === 'team-1' ? 'e1a/1/1' : 'e1a/2/1', pbxCallId: `pbx-${Math.random().toString(36).slice(2)}`,
    direction: 'inbound', caller: '+8613800000001', callee: '8001', agentId: team === 'team-1' ? 'a001' : 'a031', team, queue: 'retail', startedAt,
  });
  const engine = new RecordEngine();
  const { session, header } = engine.open({ recordingId: call.id, dataKey, codec: 'pcmu', sampleRate: 8000 });
  writer.append(header, 0);
  const agent = toFrames(session, 'agent', encodeUlaw(tone(440, seconds * 1000)), 160);
  const customer = toFrames(session, 'customer', encodeUlaw(tone(800, seconds * 1000)), 160);
  for (let i = 0; i < agent.length; i += 10) {
    const [r] = await engine.push([...agent.slice(i, i + 10), ...customer.slice(i, i + 10)] as FrameIn[]);
    if (r && r.bytes.length) writer.append(r.bytes, (i + 10) * 20);
  }
  const fin = await engine.finish(session);
  await engine.close();
  const done = await writer.finish(fin.bytes, { state: 'completed', endedAt: startedAt + seconds * 1000, durationMs: seconds * 1000 });
  return Object.keys(extra).length ? store.updateCall(done.id, extra) : done;
}
