/**
 * Rules and scorecard files: view, replace (validated JSON, atomic rename, audited with the hashes
 * before and after) and a dry run through the analysis module when it offers one.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, invalid } from '../../errors/index.js';
import { JsonSyntaxError, parseLocated } from '../../json/index.js';
import type { ConsoleServices, Ctx } from '../context.js';
import { clientIp, readJson, type RouteDef } from '../http.js';
import { parseRulePack } from '../../rules/index.js';
import { dryRunRules } from '../dry-run.js';

type Kind = 'rules' | 'scorecard';
const MAX = 1 << 20;

function pathOf(s: ConsoleServices, kind: Kind): string {
  return (kind === 'rules' ? s.deps.rulesPath : s.deps.scorecardPath) ?? join(s.deps.dataDir, `${kind}.json`);
}

async function readSetting(s: ConsoleServices, kind: Kind): Promise<{ path: string; content: string; updatedAt?: number }> {
  const path = pathOf(s, kind);
  try {
    const [content, st] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { path, content, updatedAt: st.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, content: '' };
    throw error;
  }
}

/**
 * Offset of the first syntax error for the editor's line/column (V8's JSON.parse names a position
 * only for some errors). The editor marks where reading stopped: the end of the text for an
 * unterminated string, the character after the backslash for a bad escape.
 */
function jsonErrorOffset(text: string): number {
  try {
    parseLocated(text);
    return -1;
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    if (e.reason === 'unterminated-string') return text.length;
    if (e.reason === 'bad-escape') return e.offset + 1;
    return e.offset;
  }
}

/** Parses JSON and reports line/column of a syntax error. */
function parseJson(content: unknown, what: string): unknown {
  if (typeof content !== 'string' || content.length > MAX) throw invalid('ERR_BAD_SETTINGS', `JSON text of at most ${MAX} bytes`, what, content);
  try {
    return JSON.parse(content);
  } catch (error) {
    const pos = Math.max(0, jsonErrorOffset(content));
    const before = content.slice(0, pos).split('\n');
    throw new AppError('invalid', 'ERR_BAD_SETTINGS', `Expected valid JSON for ${what} but received a syntax error (${(error as Error).message})`, { details: { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 } });
  }
}

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

async function view(ctx: Ctx, s: ConsoleServices): Promise<void> {
  ctx.body = { rules: await readSetting(s, 'rules'), scorecard: await readSetting(s, 'scorecard') };
}

function update(kind: Kind) {
  return async (ctx: Ctx, s: ConsoleServices): Promise<void> => {
    const body = await readJson(ctx);
    parseJson(body.content, `${kind} content`);
    const content = body.content as string;
    // A rules file analysis cannot load must never reach the disk (ERR_RULES_INVALID with line/column/path).
    if (kind === 'rules') parseRulePack(content, 'rules editor');
    const before = await readSetting(s, kind);
    const path = before.path;
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, content, { mode: 0o640 });
    await rename(tmp, path);
    const user = ctx.state.user!;
    ctx.state.audited = true;
    await s.audit.append({
      type: kind === 'rules' ? 'rule_change' : 'setting_change', actor: user.username, role: user.role, ip: clientIp(ctx), target: `settings:${kind}`,
      details: { path, before: sha(before.content), after: sha(content), ...(typeof body.reason === 'string' ? { reason: body.reason.slice(0, 500) } : {}) },
    });
    ctx.body = await readSetting(s, kind);
  };
}

/** The analysis module's dry run when it offers one, else the rules engine directly (src/rules). */
async function dryRun(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const body = await readJson(ctx);
  if (typeof body.content !== 'string' || body.content.length > MAX) throw invalid('ERR_BAD_SETTINGS', `JSON text of at most ${MAX} bytes`, 'rules content', body.content);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const from = num(body.from);
  const to = num(body.to);
  const limit = Math.max(1, Math.min(5000, Math.floor(num(body.limit) ?? 500)));
  const fn = s.deps.analysis?.dryRunRules;
  if (fn) {
    ctx.body = await fn({ store: s.deps.store, rules: parseJson(body.content, 'rules content'), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), limit });
    return;
  }
  ctx.body = await dryRunRules(s, ctx.state.user!, { content: body.content, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), limit });
}

const SETTING_BODY = { type: 'object', required: ['content'], properties: { content: { type: 'string', description: 'JSON text' }, reason: { type: 'string', maxLength: 500 } } };

export const settingsRoutes: RouteDef[] = [
  { method: 'GET', path: '/settings', summary: 'Rules and scorecard files', auth: 'session', actions: ['settings.view'], status: 200, handler: view },
  { method: 'PUT', path: '/settings/rules', summary: 'Replace the rules file', auth: 'session', actions: ['settings.update'], status: 200, handler: update('rules'), body: SETTING_BODY },
  { method: 'PUT', path: '/settings/scorecard', summary: 'Replace the scorecard file', auth: 'session', actions: ['settings.update'], status: 200, handler: update('scorecard'), body: SETTING_BODY },
  { method: 'POST', path: '/settings/rules/dry-run', summary: 'Dry run of rules over past calls', auth: 'session', actions: ['settings.update'], status: 200, handler: dryRun, body: { type: 'object', required: ['content'], properties: { content: { type: 'string' }, from: { type: 'number' }, to: { type: 'number' }, limit: { type: 'integer', minimum: 1, maximum: 5000 } } } },
];
