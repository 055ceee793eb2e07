/**
 * Access matrix: every role × every /api/v1 route × an object in the user's team and one outside
 * it, through the real HTTPS server. The expectations below are written from the role
 * description, independently of src/console/policy.ts; anything not listed as allowed must be 403.
 * Also: unauthenticated → 401 everywhere, state-changing requests without (or with another
 * session's) CSRF token → 403 ERR_CSRF, and the route table is fully covered.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES } from '../../src/console/index.js';
import { defaultRulePack } from '../../src/rules/index.js';
import type { CallRecord } from '../../src/model/index.js';
import { PASSWORD, recordCall, startHarness, type Client, type Harness, type Res } from './harness.js';

type RoleName = 'admin' | 'supervisor' | 'qa' | 'auditor' | 'supervisor2';
const ROLES: RoleName[] = ['admin', 'supervisor', 'qa', 'auditor', 'supervisor2'];
type Scope = 'in' | 'out';

interface Case {
  /** Route key "METHOD path" as in ROUTES (variants add a suffix after '#'). */
  route: string;
  /** Roles allowed on an in-team object / out-of-team object (no object: both the same). */
  allow: { in: RoleName[]; out: RoleName[] };
  /** Statuses that count as "allowed". Default 2xx. */
  ok?: number[];
  send(c: Client, scope: Scope, role: RoleName, n: number): Promise<Res>;
}

let h: Harness;
let callIn: CallRecord;
let callOut: CallRecord;
const clients = new Map<RoleName, Client>();
let seq = 0;

const SUP = ['supervisor', 'supervisor2'] as RoleName[];
const both = (roles: RoleName[]) => ({ in: roles, out: roles });
const team = (inRoles: RoleName[], outRoles: RoleName[]) => ({ in: inRoles, out: outRoles });
const id = (s: Scope) => (s === 'in' ? callIn.id : callOut.id);
const teamOf = (s: Scope) => (s === 'in' ? 'team-1' : 'team-2');

const CASES: Case[] = [
  { route: 'GET /session', allow: both(ROLES), send: (c) => c.get('/api/v1/session') },
  { route: 'GET /openapi.json', allow: both(ROLES), send: (c) => c.get('/api/v1/openapi.json') },
  { route: 'POST /auth/password', allow: both(ROLES), ok: [204], send: (c) => c.req('POST', '/api/v1/auth/password', { body: { currentPassword: PASSWORD, newPassword: PASSWORD } }) },
  { route: 'GET /calls', allow: team(['admin', ...SUP, 'qa', 'auditor'], ['admin', 'auditor']), send: (c, s) => c.get(`/api/v1/calls?team=${teamOf(s)}`) },
  { route: 'GET /calls/:id', allow: team(['admin', ...SUP, 'qa', 'auditor'], ['admin', 'auditor']), send: (c, s) => c.get(`/api/v1/calls/${id(s)}`) },
  { route: 'GET /calls/:id/timeline', allow: team([...SUP, 'qa', 'auditor'], ['auditor']), send: (c, s) => c.get(`/api/v1/calls/${id(s)}/timeline`) },
  { route: 'GET /calls/:id/transcript', allow: team([...SUP, 'qa', 'auditor'], ['auditor']), send: (c, s) => c.get(`/api/v1/calls/${id(s)}/transcript`) },
  { route: 'GET /calls/:id/transcript#original', allow: team(['supervisor2'], []), send: (c, s) => c.get(`/api/v1/calls/${id(s)}/transcript?original=1`) },
  { route: 'GET /calls/:id/scorecard', allow: team([...SUP, 'qa', 'auditor'], ['auditor']), send: (c, s) => c.get(`/api/v1/calls/${id(s)}/scorecard`) },
  { route: 'POST /calls/:id/overrides/score', allow: team(['qa'], []), send: (c, s) => c.req('POST', `/api/v1/calls/${id(s)}/overrides/score`, { body: { score: 77, reason: 'matrix test' } }) },
  { route: 'POST /calls/:id/overrides/transcript', allow: team(['qa'], []), send: (c, s) => c.req('POST', `/api/v1/calls/${id(s)}/overrides/transcript`, { body: { segmentIndex: 0, text: 'x', reason: 'matrix test' } }) },
  { route: 'GET /calls/:id/audio', allow: team([...SUP, 'qa', 'auditor'], ['auditor']), send: (c, s) => c.get(`/api/v1/calls/${id(s)}/audio`, { range: 'bytes=0-99' }) },
  // Original (un-redacted) audio needs the audio.original permission, which only supervisor2 holds.
  { route: 'GET /calls/:id/audio#original', allow: team(['supervisor2'], []), send: (c, s) => c.get(`/api/v1/calls/${id(s)}/audio?original=1`, { range: 'bytes=0-99' }) },
  { route: 'GET /calls/:id/audio#download', allow: team([...SUP, 'auditor'], ['auditor']), send: (c, s) => c.get(`/api/v1/calls/${id(s)}/audio?download=1`, { range: 'bytes=0-99' }) },
  { route: 'GET /channels', allow: both(['admin', ...SUP, 'auditor']), send: (c) => c.get('/api/v1/channels') },
  { route: 'GET /events', allow: both(['admin', ...SUP, 'qa', 'auditor']), send: (c) => c.req('GET', '/api/v1/events', { raw: true }) },
  { route: 'GET /system/health', allow: both(['admin', 'auditor']), send: (c) => c.get('/api/v1/system/health') },
  { route: 'GET /audit', allow: both(['admin', 'auditor']), send: (c) => c.get('/api/v1/audit?limit=5') },
  { route: 'GET /audit/verify', allow: both(['admin', 'auditor']), send: (c) => c.get('/api/v1/audit/verify') },
  { route: 'GET /users', allow: both(['admin', 'auditor']), send: (c) => c.get('/api/v1/users') },
  { route: 'POST /users', allow: both(['admin']), ok: [201], send: (c, s, r, n) => c.req('POST', '/api/v1/users', { body: { username: `new-${r}-${s}-${n}`, role: 'qa', teams: ['team-1'], password: PASSWORD } }) },
  { route: 'PATCH /users/:username', allow: both(['admin']), send: (c, _s, _r, n) => c.req('PATCH', '/api/v1/users/target', { body: { displayName: `t${n}` } }) },
  {
    route: 'DELETE /users/:username', allow: both(['admin']), ok: [204],
    send: async (c, s, r, n) => {
      const name = `del-${r}-${s}-${n}`;
      await h.console.services.users.create({ username: name, role: 'qa', password: PASSWORD });
      return c.req('DELETE', `/api/v1/users/${name}`);
    },
  },
  { route: 'GET /settings', allow: both(['admin', 'qa', 'auditor']), send: (c) => c.get('/api/v1/settings') },
  { route: 'PUT /settings/rules', allow: both(['admin', 'qa']), send: (c) => c.req('PUT', '/api/v1/settings/rules', { body: { content: JSON.stringify(defaultRulePack()) } }) },
  { route: 'PUT /settings/scorecard', allow: both(['admin', 'qa']), send: (c) => c.req('PUT', '/api/v1/settings/scorecard', { body: { content: '{"items":[]}' } }) },
  { route: 'POST /settings/rules/dry-run', allow: both(['admin', 'qa']), send: (c) => c.req('POST', '/api/v1/settings/rules/dry-run', { body: { content: JSON.stringify(defaultRulePack()) } }) },
  // Outside /api/v1 but behind the same policy (or the scrape token).
  { route: 'GET /metrics', allow: both(['admin', 'auditor']), send: (c) => c.get('/metrics') },
  { route: 'GET /reports/summary', allow: team([...SUP, 'qa', 'auditor'], ['auditor']), send: (c, s) => c.get(`/api/v1/reports/summary?team=${teamOf(s)}`) },
];
// Logout is exercised last per role (it ends the session).
const LOGOUT: Case = { route: 'POST /auth/logout', allow: both(ROLES), ok: [204], send: (c) => c.req('POST', '/api/v1/auth/logout') };
const PUBLIC = new Set(['GET /session', 'GET /openapi.json', 'POST /auth/login']);

before(async () => {
  h = await startHarness();
  callIn = await recordCall(h.store, 'team-1', 2);
  callOut = await recordCall(h.store, 'team-2', 2);
  await h.console.services.users.create({ username: 'target', role: 'qa', password: PASSWORD });
  for (const r of ROLES) clients.set(r, await h.login(r));
});
after(async () => h?.close());

test('every route of the route table is in the matrix', () => {
  const covered = new Set([...CASES, LOGOUT].map((c) => c.route.split('#')[0]));
  covered.add('POST /auth/login'); // login has its own tests (throttling, failures)
  for (const r of ROUTES) assert.ok(covered.has(`${r.method} ${r.path}`), `route ${r.method} ${r.path} is missing from the access matrix`);
});

test('role × route × in/out-of-team object: allowed, else 403', async () => {
  const failures: string[] = [];
  for (const c of [...CASES, LOGOUT]) {
    for (const role of ROLES) {
      for (const scope of ['in', 'out'] as Scope[]) {
        let client = clients.get(role)!;
        if (c === LOGOUT) client = await h.login(role);
        const res = await c.send(client, scope, role, ++seq);
        const allowed = c.allow[scope].includes(role);
        const okStatuses = c.ok ?? [200, 201, 204, 206];
        const good = allowed ? okStatuses.includes(res.status) : res.status === 403 && res.json?.error?.code === 'ERR_FORBIDDEN';
        if (!good) failures.push(`${role} ${scope} ${c.route}: expected ${allowed ? okStatuses.join('/') : '403 ERR_FORBIDDEN'} got ${res.status} ${res.json ? JSON.stringify(res.json).slice(0, 120) : String(res.headers['content-type'])}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('unauthenticated: every session route answers 401', async () => {
  const anon = h.client();
  await anon.refreshCsrf();
  const failures: string[] = [];
  for (const c of [...CASES, LOGOUT]) {
    if (PUBLIC.has(c.route)) continue;
    const res = await c.send(anon, 'in', 'admin', ++seq);
    if (res.status !== 401) failures.push(`${c.route}: ${res.status}`);
  }
  assert.deepEqual(failures, []);
});

test('state-changing routes without the CSRF token, or with another session token, answer 403 ERR_CSRF', async () => {
  const unsafe = [...CASES, LOGOUT].filter((c) => !c.route.startsWith('GET '));
  assert.ok(unsafe.length >= 9);
  const failures: string[] = [];
  const other = await h.login('auditor');
  for (const role of ['admin', 'qa'] as RoleName[]) {
    for (const mode of ['none', 'foreign']) {
      const c = await h.login(role);
      c.csrf = mode === 'none' ? '' : other.csrf;
      for (const k of unsafe) {
        const res = await k.send(c, 'in', role, ++seq);
        if (res.status !== 403 || res.json?.error?.code !== 'ERR_CSRF') failures.push(`${role} ${mode} ${k.route}: ${res.status}`);
      }
    }
  }
  // Login itself needs the pre-session token.
  const anon = h.client();
  const res = await anon.req('POST', '/api/v1/auth/login', { body: { username: 'admin', password: PASSWORD } });
  if (res.status !== 403 || res.json?.error?.code !== 'ERR_CSRF') failures.push(`login without token: ${res.status}`);
  assert.deepEqual(failures, []);
});

test('search is scoped: a supervisor without a team filter sees only their team', async () => {
  const sup = clients.get('supervisor')!;
  const res = await sup.get('/api/v1/calls');
  assert.equal(res.status, 200);
  const teams = new Set((res.json.calls as { team: string }[]).map((c) => c.team));
  assert.deepEqual([...teams], ['team-1']);
  const aud = await clients.get('auditor')!.get('/api/v1/calls');
  assert.deepEqual(new Set((aud.json.calls as { team: string }[]).map((c) => c.team)), new Set(['team-1', 'team-2']));
});

test('denials and auditor activity are in the audit log; the chain verifies', async () => {
  const admin = clients.get('admin')!;
  const denied = await admin.get('/api/v1/audit?type=denied&limit=500');
  assert.equal(denied.status, 200);
  assert.ok((denied.json.events as { actor: string; target?: string }[]).some((e) => e.actor === 'supervisor' && e.target === `call:${callOut.id}`));
  const views = await admin.get('/api/v1/audit?actor=auditor&type=view&limit=5');
  assert.ok(views.json.events.length > 0);
  const v = await admin.get('/api/v1/audit/verify');
  assert.equal(v.json.ok, true, JSON.stringify(v.json));
});
