/**
 * `callvault users`: console accounts from the command line — how the first admin is created (there
 * is no default password). The password is read from CALLVAULT_PASSWORD or from standard input
 * (never a flag: flags end up in shell history and `ps`). Opens the store's LevelDB directly, so the
 * appliance must be stopped (LevelDB allows one process); while it runs, use the console's Users page.
 */
import { auditLogFor } from '../../audit/index.js';
import { loadConfig } from '../../config/index.js';
import { UserStore, checkPassword, type Permission, type Role, type User } from '../../console/index.js';
import { AppError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Command, CliIo } from '../registry.js';
import { openStoppedStore } from '../runtime.js';

const usage = [
  'callvault users add --name NAME --role admin|supervisor|qa|auditor [--teams t1,t2] [--display-name TEXT] [--permissions audio.original] [--config FILE]',
  '       callvault users passwd --name NAME [--config FILE]',
  '       callvault users disable|enable --name NAME [--config FILE]',
  '       callvault users list [--config FILE]',
  '  The password comes from $CALLVAULT_PASSWORD or the first line of standard input (10..200 characters).',
].join('\n');

async function readPassword(): Promise<string> {
  const env = process.env.CALLVAULT_PASSWORD;
  if (env) return checkPassword(env);
  if (process.stdin.isTTY) throw new AppError('invalid', 'ERR_CLI_ARGS', 'Expected the password on standard input (e.g. `read -s P; printf %s "$P" | callvault users add …`) or in $CALLVAULT_PASSWORD but received a terminal');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const first = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  return checkPassword(first);
}

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
const show = (u: User) => `${u.username.padEnd(16)} ${u.role.padEnd(10)} ${u.disabled ? 'disabled' : 'enabled '} teams=${u.teams.join(',') || '-'}${u.permissions.length ? ` permissions=${u.permissions.join(',')}` : ''}`;

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseFlags(argv, {
    name: { type: 'string' }, role: { type: 'string' }, teams: { type: 'string' }, 'display-name': { type: 'string' },
    permissions: { type: 'string' }, config: { type: 'string' },
  }, usage);
  const sub = positionals[0];
  if (!sub || !['add', 'passwd', 'disable', 'enable', 'list'].includes(sub)) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected a subcommand add|passwd|disable|enable|list but received ${JSON.stringify(sub ?? '')}\nusage: ${usage}`);
  if (sub !== 'list' && !v.name) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected --name for users ${sub} but received none\nusage: ${usage}`);
  const password = sub === 'add' || sub === 'passwd' ? await readPassword() : undefined;
  const config = await loadConfig(v.config ?? process.env.CALLVAULT_CONFIG);
  const store = await openStoppedStore(config, 'or manage users in the console');
  try {
    const users = new UserStore(store);
    const audit = await auditLogFor(store);
    const name = v.name as string;
    const record = (details: Record<string, unknown>) => audit.append({ type: 'user_change', actor: 'cli', target: `user:${name}`, details: { via: 'cli', ...details } });
    if (sub === 'list') {
      for (const u of await users.list()) io.out(show(u));
      return 0;
    }
    if (sub === 'add') {
      const user = await users.create({
        username: name, role: (v.role ?? '') as Role, teams: list(v.teams), permissions: list(v.permissions) as Permission[], password: password as string,
        ...(v['display-name'] ? { displayName: v['display-name'] } : {}),
      });
      await record({ op: 'create', role: user.role, teams: user.teams, permissions: user.permissions });
      io.out(`created ${show(user)}`);
      return 0;
    }
    const user = await users.update(name, sub === 'passwd' ? { password: password as string } : { disabled: sub === 'disable' });
    await record({ op: sub });
    io.out(`${sub === 'passwd' ? 'password changed for' : `${sub}d`} ${show(user)}`);
    return 0;
  } finally {
    await store.close();
  }
}

export const command: Command = {
  name: 'users',
  summary: 'console accounts: add (first admin), passwd, disable, enable, list',
  usage,
  run,
};
