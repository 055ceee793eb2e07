/**
 * The `callvault` command line (bin/callvault.js imports this). Commands live in the registry;
 * src/cli/commands/users.ts (console owner) is registered when present.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { toAppError } from '../errors/index.js';
import { analysisCommand } from './commands/analysis.js';
import { callsCommand } from './commands/calls.js';
import { demoCommand } from './commands/demo.js';
import { doctorCommand } from './commands/doctor.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { serveCommand } from './commands/serve.js';
import { simulateCommand } from './commands/simulate.js';
import { getCommand, listCommands, registerCommand, type CliIo } from './registry.js';

export { registerCommand, listCommands } from './registry.js';
export type { Command, CliIo } from './registry.js';

for (const c of [serveCommand, simulateCommand, demoCommand, importCommand, exportCommand, callsCommand, doctorCommand, analysisCommand]) registerCommand(c);

/** Loads optional command files owned by other folders' authors (they call registerCommand or export `command`). */
async function loadPluginCommands(): Promise<void> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'commands');
  for (const name of ['users.js']) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as { command?: Parameters<typeof registerCommand>[0]; commands?: Parameters<typeof registerCommand>[0][] };
    if (mod.command) registerCommand(mod.command);
    for (const c of mod.commands ?? []) registerCommand(c);
  }
}

const stdio: CliIo = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

/** Runs one command line; returns the exit code (errors are printed, never thrown). */
export async function main(argv: string[], io: CliIo = stdio): Promise<number> {
  await loadPluginCommands();
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out('usage: callvault <command> [flags]\n');
    for (const c of listCommands()) io.out(`  ${c.name.padEnd(10)} ${c.summary}`);
    io.out('\n`callvault <command> --help` shows its flags.');
    return name ? 0 : 1;
  }
  const command = getCommand(name);
  if (!command) {
    io.err(`callvault: unknown command ${JSON.stringify(name)} (try: callvault help)`);
    return 2;
  }
  if (rest.includes('--help')) {
    io.out(`usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const app = toAppError(error);
    io.err(`callvault ${name}: ${app.expose ? `${app.code}: ${app.message}` : `internal error (${app.message})`}`);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
