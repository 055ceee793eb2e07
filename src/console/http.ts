/**
 * HTTP plumbing shared by the routes: the one error middleware (AppError → JSON with a stable
 * code), JSON body reading with a size limit, query parsing, and the route table whose entries
 * declare their auth so 401 → CSRF 403 → role 403 are checked the same way everywhere.
 */
import type { Next } from 'koa';
import { AppError, invalid, toAppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';
import type { ConsoleServices, Ctx } from './context.js';
import { can, type Action } from './policy.js';

const log = createLogger('console');
export const SESSION_COOKIE = 'cv_session';
export const PRE_COOKIE = 'cv_pre';
const MAX_BODY = 1 << 20;

/** The one Koa error middleware. Internal errors are logged and answered without internals. */
export function errorMiddleware(s: ConsoleServices) {
  return async (ctx: Ctx, next: Next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined && ctx.path.startsWith('/api/')) {
        throw new AppError('not_found', 'ERR_NOT_FOUND', `No route ${ctx.method} ${ctx.path}`);
      }
    } catch (error) {
      let app = toAppError(error);
      // Koa / router errors (405, 501, body too large) carry a status of their own.
      const status = (error as { status?: unknown }).status;
      if (!(error instanceof AppError) && typeof status === 'number' && status >= 400 && status < 500) {
        app = new AppError('invalid', 'ERR_BAD_REQUEST', (error as Error).message, { httpStatus: status });
      }
      if (!app.expose || app.httpStatus === 500) log.error('console request failed', { code: app.code, path: ctx.path, message: app.message });
      s.metrics.countError(app.expose ? app.code : 'ERR_INTERNAL');
      ctx.status = app.httpStatus;
      if (app.code === 'ERR_LOGIN_THROTTLED' && typeof app.details?.retryAfterSeconds === 'number') ctx.set('retry-after', String(app.details.retryAfterSeconds));
      if (app.code === 'ERR_RANGE_NOT_SATISFIABLE' && typeof app.details?.size === 'number') ctx.set('content-range', `bytes */${app.details.size}`);
      ctx.body = { error: app.toJSON() };
    }
  };
}

/** Reads a JSON object body (content-type must be JSON: a form post from another site cannot be). */
export async function readJson(ctx: Ctx): Promise<Record<string, unknown>> {
  if (!ctx.is('application/json')) throw invalid('ERR_BAD_REQUEST', 'content-type application/json', 'request body', ctx.get('content-type') || 'none');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new AppError('invalid', 'ERR_BAD_REQUEST', `Expected a body of at most ${MAX_BODY} bytes but received more`, { httpStatus: 413 });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let value: unknown;
  try {
    value = text === '' ? {} : JSON.parse(text);
  } catch {
    throw invalid('ERR_BAD_REQUEST', 'valid JSON', 'request body', `${text.length} characters`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid('ERR_BAD_REQUEST', 'a JSON object', 'request body', value);
  return value as Record<string, unknown>;
}

export function queryString(ctx: Ctx, name: string): string | undefined {
  const v = ctx.query[name];
  if (Array.isArray(v)) throw invalid('ERR_BAD_QUERY', 'one value', `query parameter ${name}`, v);
  return v === undefined || v === '' ? undefined : v;
}

export function queryNumber(ctx: Ctx, name: string, min: number, max: number): number | undefined {
  const v = queryString(ctx, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw invalid('ERR_BAD_QUERY', `a number in ${min}..${max}`, `query parameter ${name}`, v);
  return n;
}

/** Epoch ms or ISO 8601. */
export function queryTime(ctx: Ctx, name: string): number | undefined {
  const v = queryString(ctx, name);
  if (v === undefined) return undefined;
  const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isFinite(n) || n < 0) throw invalid('ERR_BAD_QUERY', 'epoch milliseconds or an ISO 8601 time', `query parameter ${name}`, v);
  return n;
}

export function clientIp(ctx: Ctx): string {
  return ctx.req.socket.remoteAddress ?? 'unknown';
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDef {
  method: Method;
  /** Koa-router path under /api/v1, e.g. "/calls/:id". */
  path: string;
  summary: string;
  /** public: no session needed (session, login, openapi). */
  auth: 'public' | 'session';
  /** The role must be allowed at least one of these (objects are checked in the handler). */
  actions: Action[];
  /** Documented success status. */
  status: number;
  /** JSON Schema of the request body (OpenAPI). */
  body?: Record<string, unknown>;
  /** Query parameters (OpenAPI): name → JSON Schema type. */
  query?: Record<string, 'string' | 'integer' | 'number'>;
  handler: (ctx: Ctx, s: ConsoleServices) => Promise<void>;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Loads the session's user (if any) for every /api request. */
export function sessionMiddleware(s: ConsoleServices) {
  return async (ctx: Ctx, next: Next) => {
    const found = s.sessions.lookup(ctx.cookies.get(SESSION_COOKIE));
    if (found && 'session' in found) {
      const user = await s.users.get(found.session.username);
      if (user && !user.disabled) {
        ctx.state.user = user;
        ctx.state.session = found.session;
      } else s.sessions.destroy(found.session);
    } else if (found) ctx.state.sessionExpired = true;
    await next();
  };
}

/** Wraps a route handler with the common checks: 401, CSRF, role. */
export function guard(route: RouteDef, s: ConsoleServices) {
  return async (ctx: Ctx) => {
    if (route.auth === 'session') {
      const user = ctx.state.user;
      if (!user) {
        if (ctx.state.sessionExpired) throw new AppError('unauthenticated', 'ERR_SESSION_EXPIRED', 'Your session has expired; log in again');
        throw new AppError('unauthenticated', 'ERR_UNAUTHENTICATED', 'Expected a logged-in session but received none');
      }
      if (UNSAFE.has(ctx.method) && !s.sessions.checkCsrf('sess', ctx.cookies.get(SESSION_COOKIE), ctx.get('x-csrf-token') || undefined)) {
        throw new AppError('forbidden', 'ERR_CSRF', 'Expected the x-csrf-token header of this session but received none or another');
      }
      if (route.actions.length && !route.actions.some((a) => can(user, a))) {
        await denied(ctx, s, `${route.method} ${route.path}`);
        throw new AppError('forbidden', 'ERR_FORBIDDEN', 'Your role does not allow this');
      }
    } else if (UNSAFE.has(ctx.method)) {
      // Before login the token is bound to the pre-session cookie set by GET /session.
      const ok = s.sessions.checkCsrf('pre', ctx.cookies.get(PRE_COOKIE), ctx.get('x-csrf-token') || undefined)
        || s.sessions.checkCsrf('sess', ctx.cookies.get(SESSION_COOKIE), ctx.get('x-csrf-token') || undefined);
      if (!ok) throw new AppError('forbidden', 'ERR_CSRF', 'Expected the x-csrf-token header from GET /api/v1/session but received none or another');
    }
    await route.handler(ctx, s);
  };
}

/** Audits a denial (403) once; returns nothing so callers throw their own error. */
export async function denied(ctx: Ctx, s: ConsoleServices, target: string): Promise<void> {
  const user = ctx.state.user;
  ctx.state.audited = true;
  await s.audit.append({ type: 'denied', actor: user?.username ?? 'anonymous', ...(user ? { role: user.role } : {}), ip: clientIp(ctx), target, outcome: 'denied', details: { method: ctx.method, path: ctx.path } });
}
