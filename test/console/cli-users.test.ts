/**
 * `callvault users` through the binary: the first admin from stdin (no default password), refusals
 * (short password, duplicate, no password on a terminal-less empty stdin), list/disable, the audit
 * trail of CLI changes, and a console login with the account created.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditLogFor } from '../../src/audit/index.js';
import { bootstrapAdmin, UserStore } from '../../src/console/index.js';
import { openStore } from '../../src/storage/index.js';

const root = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));
const bin = join(root, 'bin', 'callvault.js');
let dir: string;
let config: string;

function cli(args: string[], stdin: string, env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args, '--config', config], { env: { ...process.env, CALLVAULT_PASSWORD: '', ...env }, timeout: 60_000 }, (error, out, err) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err }));
    child.stdin!.end(stdin);
  });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cv-cli-users-'));
  config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'keys', 'kek.json'), grpc: { insecure: true } }));
});
after(async () => rm(dir, { recursive: true, force: true }));

test('users add/list/disable through the CLI; refusals; audited; the password verifies', async () => {
  const add = await cli(['users', 'add', '--name', 'boss', '--role', 'admin'], 'a long enough secret\n');
  assert.equal(add.code, 0, add.err);
  assert.match(add.out, /created boss\s+admin/);
  const short = await cli(['users', 'add', '--name', 'x1', '--role', 'qa'], 'short\n');
  assert.equal(short.code, 1);
  assert.match(short.err, /ERR_BAD_PASSWORD/);
  const empty = await cli(['users', 'add', '--name', 'x2', '--role', 'qa'], '');
  assert.equal(empty.code, 1);
  const dup = await cli(['users', 'add', '--name', 'boss', '--role', 'qa'], 'another long secret\n');
  assert.equal(dup.code, 1);
  assert.match(dup.err, /ERR_USER_EXISTS/);
  const badRole = await cli(['users', 'add', '--name', 'x3', '--role', 'root'], 'another long secret\n');
  assert.equal(badRole.code, 1);
  const sup = await cli(['users', 'add', '--name', 'sup', '--role', 'supervisor', '--teams', 'team-1,team-2'], '', { CALLVAULT_PASSWORD: 'from the environment' });
  assert.equal(sup.code, 0, sup.err);
  assert.equal((await cli(['users', 'disable', '--name', 'sup'], '')).code, 0);
  const list = await cli(['users', 'list'], '');
  assert.match(list.out, /boss\s+admin\s+enabled/);
  assert.match(list.out, /sup\s+supervisor\s+disabled\s+teams=team-1,team-2/);

  const store = await openStore({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'keys', 'kek.json'), minFreeBytes: 0 });
  try {
    const users = new UserStore(store);
    assert.equal((await users.verify('boss', 'a long enough secret'))?.role, 'admin');
    assert.equal(await users.verify('boss', 'wrong secret!!'), undefined);
    assert.equal(await users.verify('sup', 'from the environment'), undefined, 'disabled users cannot log in');
    // The demo's bootstrap does nothing once an admin exists (no second default account).
    assert.equal(await bootstrapAdmin(store, { username: 'admin', password: 'whatever long pw' }), undefined);
    const audit = await auditLogFor(store);
    const events = await audit.list({ type: 'user_change' });
    assert.deepEqual(events.events.map((e) => `${e.actor}:${e.target}:${String(e.details?.op)}`).reverse(), ['cli:user:boss:create', 'cli:user:sup:create', 'cli:user:sup:disable']);
    assert.equal((await audit.verifyChain()).ok, true);
  } finally {
    await store.close();
  }
});

test('bootstrapAdmin creates the first admin once', async () => {
  const d = await mkdtemp(join(tmpdir(), 'cv-boot-'));
  const store = await openStore({ dataDirs: [{ id: 'd1', path: join(d, 'data') }], dbPath: join(d, 'db'), keyFile: join(d, 'kek.json'), minFreeBytes: 0 });
  try {
    const u = await bootstrapAdmin(store, { username: 'admin', password: 'generated-once-pw', scryptN: 2 ** 12 });
    assert.equal(u?.role, 'admin');
    assert.equal(await bootstrapAdmin(store, { username: 'admin2', password: 'generated-once-pw', scryptN: 2 ** 12 }), undefined);
  } finally {
    await store.close();
    await rm(d, { recursive: true, force: true });
  }
});
