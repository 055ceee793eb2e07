/**
 * The Koa application: security headers, the one error middleware, /metrics, the /api/v1 router
 * built from the route table (with its common auth checks), the auditor activity log, and the
 * static pages.
 */
import { timingSafeEqual } from 'node:crypto';
import Router from '@koa/router';
import Koa, { type Next } from 'koa';
import { AppError } from '../errors/index.js';
import type { ConsoleServices, ConsoleState, Ctx } from './context.js';
import { clientIp, errorMiddleware, guard, sessionMiddleware, type RouteDef } from './http.js';
import { renderMetrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { can } from './policy.js';
import { auditRoutes } from './routes/audit.js';
import { audioRoutes } from './routes/audio.js';
import { callRoutes } from './routes/calls.js';
import { contentRoutes } from './routes/content.js';
import { liveRoutes } from './routes/live.js';
import { reportRoutes } from './routes/reports.js';
import { sessionRoutes } from './routes/session.js';
import { settingsRoutes } from './routes/settings.js';
import { systemRoutes } from './routes/system.js';
import { userRoutes } from './routes/users.js';
import { staticMiddleware } from './static.js';

export const API_VERSION = '1.0.0';

/** Every /api/v1 route (OpenAPI, the access-matrix test and the router all read this). */
export const ROUTES: RouteDef[] = [
  ...sessionRoutes, ...callRoutes, ...contentRoutes, ...audioRoutes, ...liveRoutes,
  ...systemRoutes, ...auditRoutes, ...userRoutes, ...settingsRoutes, ...reportRoutes,
  { method: 'GET', path: '/openapi.json', summary: 'This API as OpenAPI 3.1', auth: 'public', actions: [], status: 200, handler: async (ctx) => void (ctx.body = openApiDocument(ROUTES, API_VERSION)) },
];

function securityHeaders() {
  return async (ctx: Ctx, next: Next) => {
    ctx.set('strict-transport-security', 'max-age=31536000');
    ctx.set('x-content-type-options', 'nosniff');
    ctx.set('x-frame-options', 'DENY');
    ctx.set('referrer-policy', 'no-referrer');
    ctx.set('content-security-policy', "default-src 'self'; media-src 'self' blob:; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    await next();
  };
}

function countResponses(s: ConsoleServices) {
  return async (ctx: Ctx, next: Next) => {
    try {
      await next();
    } finally {
      s.metrics.countRequest(ctx.status);
    }
  };
}

/** Auditors are audited on every request (read-only access to everything is itself evidence). */
function auditorLog(s: ConsoleServices) {
  return async (ctx: Ctx, next: Next) => {
    await next();
    const user = ctx.state.user;
    if (user?.role === 'auditor' && !ctx.state.audited && (ctx.path.startsWith('/api/') || ctx.path === '/metrics')) {
      await s.audit.append({ type: 'view', actor: user.username, role: user.role, ip: clientIp(ctx), target: ctx.path.slice(0, 200), outcome: ctx.status < 400 ? 'ok' : 'denied', details: { method: ctx.method, status: ctx.status } });
    }
  };
}

function metricsRoute(s: ConsoleServices) {
  return async (ctx: Ctx, next: Next) => {
    if (ctx.path !== '/metrics' || ctx.method !== 'GET') return next();
    const auth = ctx.get('authorization');
    const bearer = auth.startsWith('Bearer ') ? Buffer.from(auth.slice(7)) : undefined;
    const want = Buffer.from(s.metricsToken);
    const tokenOk = bearer !== undefined && bearer.length === want.length && timingSafeEqual(bearer, want);
    if (!tokenOk && !can(ctx.state.user, 'system.view')) {
      throw ctx.state.user
        ? new AppError('forbidden', 'ERR_FORBIDDEN', 'Your role does not allow this')
        : new AppError('unauthenticated', 'ERR_UNAUTHENTICATED', 'Expected a session or the metrics bearer token but received neither');
    }
    ctx.type = 'text/plain; version=0.0.4; charset=utf-8';
    ctx.body = await renderMetrics({
      ...(s.deps.board ? { board: s.deps.board } : {}), ...(s.deps.capture ? { capture: s.deps.capture } : {}),
      store: s.deps.store, metrics: s.metrics, now: s.now, sessions: s.sessions.count(), sseClients: s.hub.clients, auditEvents: s.audit.currentHead().seq,
    });
    return undefined;
  };
}

export function createApp(s: ConsoleServices, webRoot: string): Koa<ConsoleState> {
  const app = new Koa<ConsoleState>();
  // Koa would print every error to stderr; the error middleware logs what matters as JSON lines.
  app.silent = true;
  const router = new Router<ConsoleState>({ prefix: '/api/v1' });
  for (const r of ROUTES) router.register(r.path, [r.method], guard(r, s) as never);
  app.use(countResponses(s));
  app.use(securityHeaders());
  app.use(errorMiddleware(s));
  app.use(sessionMiddleware(s));
  app.use(metricsRoute(s));
  app.use(auditorLog(s));
  app.use(router.routes() as never);
  app.use(staticMiddleware(webRoot));
  return app;
}
