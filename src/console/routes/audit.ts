/** Audit log listing and chain verification (admin, auditor). */
import type { ConsoleServices, Ctx } from '../context.js';
import { queryNumber, queryString, queryTime, type RouteDef } from '../http.js';

async function list(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const from = queryTime(ctx, 'from');
  const to = queryTime(ctx, 'to');
  const actor = queryString(ctx, 'actor');
  const type = queryString(ctx, 'type');
  const callId = queryString(ctx, 'callId');
  const cursor = queryString(ctx, 'cursor');
  ctx.body = await s.audit.list({
    ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), ...(actor ? { actor } : {}), ...(type ? { type } : {}),
    ...(callId ? { callId } : {}), ...(cursor ? { cursor } : {}), limit: queryNumber(ctx, 'limit', 1, 500) ?? 100,
  });
}

async function verify(ctx: Ctx, s: ConsoleServices): Promise<void> {
  ctx.body = await s.audit.verifyChain();
}

export const auditRoutes: RouteDef[] = [
  { method: 'GET', path: '/audit', summary: 'Audit events, newest first', auth: 'session', actions: ['audit.view'], status: 200, handler: list, query: { from: 'string', to: 'string', actor: 'string', type: 'string', callId: 'string', limit: 'integer', cursor: 'string' } },
  { method: 'GET', path: '/audit/verify', summary: 'Verify the audit hash chain', auth: 'session', actions: ['audit.view'], status: 200, handler: verify },
];
