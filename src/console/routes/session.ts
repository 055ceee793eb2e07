/** Session routes: who am I (+ CSRF token), login with throttling, logout, password change. */
import { randomBytes } from 'node:crypto';
import { AppError, invalid } from '../../errors/index.js';
import { checkPassword } from '../auth/users.js';
import type { ConsoleServices, Ctx } from '../context.js';
import { PRE_COOKIE, SESSION_COOKIE, clientIp, readJson, type RouteDef } from '../http.js';

const COOKIE = { httpOnly: true, secure: true, sameSite: 'strict', path: '/', overwrite: true } as const;

function sessionBody(ctx: Ctx, s: ConsoleServices, cookie: string) {
  const sess = ctx.state.session;
  return {
    user: ctx.state.user ?? null,
    csrfToken: s.sessions.csrfToken('sess', cookie),
    ...(sess ? s.sessions.expiries(sess) : {}),
  };
}

async function getSession(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const cookie = ctx.cookies.get(SESSION_COOKIE);
  if (ctx.state.user && cookie) {
    ctx.body = sessionBody(ctx, s, cookie);
    return;
  }
  let pre = ctx.cookies.get(PRE_COOKIE);
  if (!pre || !/^[A-Za-z0-9_-]{32,64}$/.test(pre)) {
    pre = randomBytes(24).toString('base64url');
    ctx.cookies.set(PRE_COOKIE, pre, COOKIE);
  }
  ctx.body = { user: null, csrfToken: s.sessions.csrfToken('pre', pre) };
}

async function login(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const body = await readJson(ctx);
  const username = typeof body.username === 'string' ? body.username.trim().toLowerCase() : '';
  const password = typeof body.password === 'string' ? body.password : '';
  if (!username || !password || username.length > 64 || password.length > 200) throw invalid('ERR_BAD_REQUEST', 'a username and a password', 'login', 'missing or oversized fields');
  const ip = clientIp(ctx);
  const wait = s.throttle.retryAfterMs(username, ip);
  if (wait > 0) {
    const retryAfterSeconds = Math.ceil(wait / 1000);
    await s.audit.append({ type: 'login_failed', actor: username, ip, outcome: 'denied', details: { reason: 'throttled', retryAfterSeconds } });
    throw new AppError('exhausted', 'ERR_LOGIN_THROTTLED', `Too many failed logins; retry in ${retryAfterSeconds} s`, { details: { retryAfterSeconds } });
  }
  const user = await s.users.verify(username, password);
  if (!user) {
    s.throttle.fail(username, ip);
    await s.audit.append({ type: 'login_failed', actor: username, ip, outcome: 'fail' });
    throw new AppError('unauthenticated', 'ERR_LOGIN_FAILED', 'Wrong username or password');
  }
  s.throttle.succeed(username);
  // A new id at login (no session fixation); the old session, if any, ends.
  if (ctx.state.session) s.sessions.destroy(ctx.state.session);
  const { cookie, session } = s.sessions.create(user.username);
  ctx.cookies.set(SESSION_COOKIE, cookie, COOKIE);
  ctx.cookies.set(PRE_COOKIE, null, COOKIE);
  ctx.state.user = user;
  ctx.state.session = session;
  ctx.state.audited = true;
  await s.audit.append({ type: 'login', actor: user.username, role: user.role, ip });
  ctx.body = sessionBody(ctx, s, cookie);
}

async function logout(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const { session, user } = ctx.state;
  if (session) s.sessions.destroy(session);
  ctx.cookies.set(SESSION_COOKIE, null, COOKIE);
  ctx.state.audited = true;
  await s.audit.append({ type: 'logout', actor: user?.username ?? 'anonymous', ...(user ? { role: user.role } : {}), ip: clientIp(ctx) });
  ctx.status = 204;
}

async function changePassword(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const user = ctx.state.user!;
  const body = await readJson(ctx);
  const next = checkPassword(body.newPassword, 'newPassword');
  const ok = await s.users.verify(user.username, typeof body.currentPassword === 'string' ? body.currentPassword : '');
  if (!ok) {
    s.throttle.fail(user.username, clientIp(ctx));
    throw new AppError('forbidden', 'ERR_FORBIDDEN', 'Expected the current password but received another');
  }
  await s.users.update(user.username, { password: next });
  s.sessions.destroyUser(user.username, ctx.state.session);
  ctx.state.audited = true;
  await s.audit.append({ type: 'password_change', actor: user.username, role: user.role, ip: clientIp(ctx), target: `user:${user.username}` });
  ctx.status = 204;
}

export const sessionRoutes: RouteDef[] = [
  { method: 'GET', path: '/session', summary: 'Current user and CSRF token', auth: 'public', actions: [], status: 200, handler: getSession },
  { method: 'POST', path: '/auth/login', summary: 'Log in (throttled)', auth: 'public', actions: [], status: 200, handler: login, body: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 200 } } } },
  { method: 'POST', path: '/auth/logout', summary: 'Log out', auth: 'session', actions: [], status: 204, handler: logout },
  { method: 'POST', path: '/auth/password', summary: 'Change own password', auth: 'session', actions: [], status: 204, handler: changePassword, body: { type: 'object', required: ['currentPassword', 'newPassword'], properties: { currentPassword: { type: 'string' }, newPassword: { type: 'string', minLength: 10, maxLength: 200 } } } },
];
