/** User administration (admin; auditors may list). Every change is audited and ends the user's sessions. */
import { invalid } from '../../errors/index.js';
import { checkUsername, type NewUser, type UserPatch } from '../auth/users.js';
import type { ConsoleServices, Ctx } from '../context.js';
import { clientIp, readJson, type RouteDef } from '../http.js';

const FIELDS = ['displayName', 'role', 'teams', 'permissions', 'disabled', 'password'] as const;

async function list(ctx: Ctx, s: ConsoleServices): Promise<void> {
  ctx.body = { users: await s.users.list() };
}

async function audit(ctx: Ctx, s: ConsoleServices, target: string, details: Record<string, unknown>): Promise<void> {
  const me = ctx.state.user!;
  ctx.state.audited = true;
  await s.audit.append({ type: 'user_change', actor: me.username, role: me.role, ip: clientIp(ctx), target: `user:${target}`, details });
}

async function create(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const body = await readJson(ctx);
  const user = await s.users.create(body as unknown as NewUser);
  await audit(ctx, s, user.username, { op: 'create', role: user.role, teams: user.teams, permissions: user.permissions });
  ctx.status = 201;
  ctx.body = { user };
}

async function patch(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const name = checkUsername(ctx.params?.username);
  const body = await readJson(ctx);
  for (const k of Object.keys(body)) if (!(FIELDS as readonly string[]).includes(k)) throw invalid('ERR_BAD_REQUEST', `one of ${FIELDS.join(', ')}`, 'field', k);
  const user = await s.users.update(name, body as UserPatch);
  s.sessions.destroyUser(name, ctx.state.session);
  const { password, ...visible } = body;
  await audit(ctx, s, name, { op: 'update', ...visible, ...(password !== undefined ? { password: 'changed' } : {}) });
  ctx.body = { user };
}

async function remove(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const name = checkUsername(ctx.params?.username);
  await s.users.remove(name);
  s.sessions.destroyUser(name);
  await audit(ctx, s, name, { op: 'delete' });
  ctx.status = 204;
}

export const userRoutes: RouteDef[] = [
  { method: 'GET', path: '/users', summary: 'List users', auth: 'session', actions: ['users.view'], status: 200, handler: list },
  { method: 'POST', path: '/users', summary: 'Create a user', auth: 'session', actions: ['users.manage'], status: 201, handler: create, body: { type: 'object', required: ['username', 'role', 'password'], properties: { username: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{1,63}$' }, displayName: { type: 'string' }, role: { enum: ['admin', 'supervisor', 'qa', 'auditor'] }, teams: { type: 'array', items: { type: 'string' } }, permissions: { type: 'array', items: { enum: ['audio.original'] } }, password: { type: 'string', minLength: 10, maxLength: 200 } } } },
  { method: 'PATCH', path: '/users/:username', summary: 'Change a user', auth: 'session', actions: ['users.manage'], status: 200, handler: patch, body: { type: 'object', properties: { displayName: { type: 'string' }, role: { enum: ['admin', 'supervisor', 'qa', 'auditor'] }, teams: { type: 'array', items: { type: 'string' } }, permissions: { type: 'array', items: { enum: ['audio.original'] } }, disabled: { type: 'boolean' }, password: { type: 'string', minLength: 10, maxLength: 200 } }, additionalProperties: false } },
  { method: 'DELETE', path: '/users/:username', summary: 'Delete a user', auth: 'session', actions: ['users.manage'], status: 204, handler: remove },
];
