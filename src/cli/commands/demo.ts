/**
 * `callvault demo` (what `npm start` runs): the appliance on the embedded default (everything under
 * ./.callvault/, gRPC in plain text on loopback only — said explicitly in the generated config) plus
 * the simulator, so a newcomer sees calls being recorded within a minute. No default password: the
 * console's admin password is generated once and printed (when the console module offers it).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../config/index.js';
import { runSimulator } from '../../simulator/index.js';
import { intFlag, parseFlags } from '../args.js';
import type { Command, CliIo } from '../registry.js';
import { optionalModule, startAppliance, type Appliance } from '../runtime.js';

const usage = 'callvault demo [--calls N] [--duration S] [--dir DIR]';

/** The demo's config file; written once so the user can read and edit it. */
export const DEMO_CONFIG = {
  siteId: 'demo',
  dataDirs: [{ id: 'd1', path: 'data' }],
  dbPath: 'db',
  keyFile: 'keys/kek.json',
  grpc: { host: '127.0.0.1', port: 0, insecure: true },
  console: { enabled: true, host: '127.0.0.1', port: 8443 },
};

interface UsersModule {
  /** Creates an admin with a generated password if none exists; returns it once. */
  bootstrapAdmin?: (store: unknown, options: { username: string; password: string }) => Promise<unknown>;
}

async function printAdminAccess(app: Appliance, io: CliIo): Promise<void> {
  const mod = await optionalModule<UsersModule>('console');
  if (!app.consoleUrl || !mod?.bootstrapAdmin) {
    io.out('console: not available in this build (gRPC capture only)');
    return;
  }
  const password = randomBytes(12).toString('base64url');
  const created = await mod.bootstrapAdmin(app.store, { username: 'admin', password }).catch(() => undefined);
  io.out(`console: ${app.consoleUrl}`);
  io.out(created ? `login: admin / ${password}   (one-time password, shown only now; change it after login)` : 'login: an admin already exists (use `callvault users add` to create another)');
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'serve + simulate on the embedded default config (./.callvault)',
  usage,
  async run(argv, io) {
    const { values: v } = parseFlags(argv, { calls: { type: 'string' }, duration: { type: 'string' }, dir: { type: 'string' } }, usage);
    const dir = v.dir ?? join(process.cwd(), '.callvault');
    await mkdir(dir, { recursive: true });
    const configPath = join(dir, 'config.json');
    if (!existsSync(configPath)) await writeFile(configPath, JSON.stringify(DEMO_CONFIG, null, 2) + '\n');
    const config = await loadConfig(configPath);
    const app = await startAppliance(config);
    const target = `127.0.0.1:${app.capture.port}`;
    io.out(`callvault demo: appliance data in ${dir}, gRPC capture on ${target} (plain text, loopback only)`);
    await printAdminAccess(app, io);
    const ac = new AbortController();
    const stop = () => ac.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const seen = new Set<string>();
    const report = setInterval(async () => {
      const page = await app.store.search({}, { limit: 10 }).catch(() => undefined);
      for (const c of page?.calls ?? []) {
        const key = `${c.id}:${c.state}`;
        if (seen.has(key)) continue;
        seen.add(key);
        io.out(`  call ${c.id}  ${c.state.padEnd(11)} ${c.channelId.padEnd(9)} agent ${c.agentId.padEnd(6)} ${c.caller} → ${c.callee}  ${(c.durationMs / 1000).toFixed(1)} s`);
      }
    }, 2000);
    io.out('simulating calls (Ctrl-C to stop)…');
    try {
      await runSimulator({
        target, calls: intFlag(v.calls, 'calls', 1, 200, 6), durationS: intFlag(v.duration, 'duration', 5, 3600, 25),
        runSeconds: 86400, cacheDir: join(dir, 'speech-cache'), signal: ac.signal,
      });
    } finally {
      clearInterval(report);
      await app.close();
    }
    io.out('demo stopped; recordings stay in ' + dir);
    return 0;
  },
};
