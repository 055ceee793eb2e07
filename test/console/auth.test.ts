/**
 * Login throttling (per user and per IP, exponential backoff, 429 + Retry-After) and session expiry
 * (30 min idle, 12 h absolute) through the real HTTPS server, with the console's injected clock.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, startHarness, type Harness } from './harness.js';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => h?.close());

test('wrong password → 401; after 5 failures 429 with Retry-After even for the right password; backoff doubles', async () => {
  await h.console.services.users.create({ username: 'victim', role: 'qa', teams: ['team-1'], password: PASSWORD });
  const c = h.client();
  for (let i = 0; i < 4; i++) {
    const r = await c.login('victim', 'wrong password!');
    assert.equal(r.status, 401);
    assert.equal(r.json.error.code, 'ERR_LOGIN_FAILED');
  }
  const fifth = await c.login('victim', 'wrong password!');
  assert.equal(fifth.status, 401);
  const blocked = await c.login('victim', PASSWORD);
  assert.equal(blocked.status, 429);
  assert.equal(blocked.json.error.code, 'ERR_LOGIN_THROTTLED');
  assert.equal(blocked.headers['retry-after'], '1');
  h.clock.t += 1100;
  const sixth = await c.login('victim', 'wrong password!');
  assert.equal(sixth.status, 401);
  const again = await c.login('victim', PASSWORD);
  assert.equal(again.status, 429);
  assert.equal(again.headers['retry-after'], '2', 'second wait doubles');
  h.clock.t += 2100;
  const ok = await c.login('victim', PASSWORD);
  assert.equal(ok.status, 200, 'after the wait the right password works');
  // Success resets the user's counter: one more failure does not throttle.
  const d = h.client();
  assert.equal((await d.login('victim', 'wrong password!')).status, 401);
  assert.equal((await d.login('victim', PASSWORD)).status, 200);
});

test('per-IP throttling across many usernames (password spraying)', async () => {
  // The IP's failures from the previous test are forgotten after an hour without failures.
  h.clock.t += 3_600_001;
  const c = h.client();
  let status = 0;
  for (let i = 0; i < 20; i++) status = (await c.login(`nobody${i}`, 'whatever password')).status;
  assert.equal(status, 401);
  const r = await c.login('admin', PASSWORD);
  assert.equal(r.status, 429, 'the 21st attempt from the same IP waits, whatever the username');
  h.clock.t += 1100;
  assert.equal((await c.login('admin', PASSWORD)).status, 200);
});

test('failed and throttled logins are audited', async () => {
  const events = await h.console.services.audit.list({ type: 'login_failed', limit: 500 });
  assert.ok(events.events.some((e) => e.actor === 'victim' && e.outcome === 'fail'));
  assert.ok(events.events.some((e) => e.actor === 'victim' && e.outcome === 'denied'));
});

test('idle timeout: 30 min without a request → 401 ERR_SESSION_EXPIRED; activity keeps it alive', async () => {
  const c = await h.login('auditor');
  for (let i = 0; i < 3; i++) {
    h.clock.t += 29 * 60_000;
    assert.equal((await c.get('/api/v1/calls')).status, 200, `request ${i} within the idle window`);
  }
  h.clock.t += 30 * 60_000 + 1000;
  const r = await c.get('/api/v1/calls');
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'ERR_SESSION_EXPIRED');
  assert.equal((await c.get('/api/v1/calls')).status, 401);
});

test('absolute timeout: 12 h after login even when active', async () => {
  const c = await h.login('auditor');
  for (let i = 0; i < 24; i++) {
    h.clock.t += 29 * 60_000;
    assert.equal((await c.get('/api/v1/session')).json.user?.username, 'auditor');
  }
  h.clock.t += 25 * 60_000; // 24×29 + 25 = 721 min > 12 h
  const r = await c.get('/api/v1/calls');
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'ERR_SESSION_EXPIRED');
});

test('logout ends the session; the cookie is HttpOnly, Secure, SameSite=Strict', async () => {
  const c = h.client();
  await c.refreshCsrf();
  const r = await c.req('POST', '/api/v1/auth/login', { body: { username: 'qa', password: PASSWORD } });
  const cookie = ([] as string[]).concat(r.headers['set-cookie'] ?? []).find((x) => x.startsWith('cv_session='));
  assert.ok(cookie);
  assert.match(cookie, /httponly/i);
  assert.match(cookie, /secure/i);
  assert.match(cookie, /samesite=strict/i);
  c.csrf = r.json.csrfToken;
  assert.equal((await c.get('/api/v1/calls')).status, 200);
  const saved = new Map(c.cookies);
  assert.equal((await c.req('POST', '/api/v1/auth/logout')).status, 204);
  for (const [k, v] of saved) c.cookies.set(k, v); // replay the old cookie
  assert.equal((await c.get('/api/v1/calls')).status, 401);
});

test('a disabled user is logged out at once and cannot log in', async () => {
  await h.console.services.users.create({ username: 'leaver', role: 'qa', teams: ['team-1'], password: PASSWORD });
  const c = await h.login('leaver');
  const admin = await h.login('admin');
  assert.equal((await admin.req('PATCH', '/api/v1/users/leaver', { body: { disabled: true } })).status, 200);
  assert.equal((await c.get('/api/v1/calls')).status, 401);
  assert.equal((await h.client().login('leaver', PASSWORD)).status, 401);
});

test('the last admin cannot be demoted; passwords are never returned', async () => {
  const admin = await h.login('admin');
  const r = await admin.req('PATCH', '/api/v1/users/admin', { body: { role: 'qa' } });
  assert.equal(r.status, 409);
  assert.equal(r.json.error.code, 'ERR_LAST_ADMIN');
  const list = await admin.get('/api/v1/users');
  assert.ok(!JSON.stringify(list.json).includes('"hash"'));
  assert.ok(!JSON.stringify(list.json).includes('dk'));
});
