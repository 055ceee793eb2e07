/**
 * `callvault serve` as a child process for the CLI end-to-end tests, and the local config it runs
 * on. The child's JSON lines (stdout: the `listening` event; stderr: structured logs) are parsed as
 * they complete, so a test can wait for the line it needs instead of sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));
/** The built `callvault` binary. */
export const callvaultBin = join(root, 'bin', 'callvault.js');

/** One parsed JSON line from the child. */
export type LogLine = Record<string, unknown>;

/**
 * Writes `config.json` in `dir`: a simulated bridge, data and keys under `dir`, gRPC on an
 * ephemeral loopback port without TLS, no console. Returns the config's path.
 */
export async function writeLocalConfig(dir: string, { demoSpans }: { demoSpans: number }): Promise<string> {
  const configPath = join(dir, 'config.json');
  await writeFile(configPath, JSON.stringify({
    siteId: 'demo', bridgeId: 'sim-1', demoSpans, dataDirs: [{ id: 'd1', path: 'data' }], dbPath: 'db', keyFile: 'keys/kek.json',
    grpc: { host: '127.0.0.1', port: 0, insecure: true }, console: { enabled: false },
  }));
  return configPath;
}

export interface ServeChild {
  /** Resolves with the first line so far or to come that matches; rejects on timeout or exit. */
  waitFor(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /**
   * Stops the child and resolves with how it exited. By default SIGTERM (a clean shutdown: analyses
   * in progress finish, the store closes), then SIGKILL if it has not exited within `graceMs`.
   * `crash: true` sends SIGKILL at once, which is how the tests simulate a power cut.
   */
  stop(options?: { crash?: boolean; graceMs?: number }): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the child wrote so far, for assertion messages. */
  output(): string;
}

/** Children not yet exited: `killServeChildren` ends them when a test fails midway, so it does not hang. */
const running = new Set<ChildProcess>();

/** SIGKILLs every serve child still running; call it from a test's `finally`. */
export function killServeChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Spawns `callvault serve --config <configPath> --no-console`; `trace` sets CALLVAULT_TRACE. */
export function spawnServe(configPath: string, { trace }: { trace?: string } = {}): ServeChild {
  const env = trace === undefined ? process.env : { ...process.env, CALLVAULT_TRACE: trace };
  const child = spawn(process.execPath, [callvaultBin, 'serve', '--config', configPath, '--no-console'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  running.add(child);
  let output = '';
  const lines: LogLine[] = [];
  let waiters: { match: (line: LogLine) => boolean; settle: (line?: LogLine) => void }[] = [];
  let exitedWith: string | undefined;
  const exited = once(child, 'exit').then(([code, signal]) => {
    running.delete(child);
    exitedWith = `serve exited (code ${code}, signal ${signal})`;
    for (const w of waiters) w.settle();
    waiters = [];
    return { code: code as number | null, signal: signal as NodeJS.Signals | null };
  });
  const follow = (stream: NodeJS.ReadableStream) => {
    let partial = '';
    stream.on('data', (d: Buffer) => {
      output += d.toString();
      // Only the lines this chunk completes are parsed; a line cut mid-chunk waits for its end.
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const l of parts) {
        if (!l.startsWith('{')) continue;
        try {
          lines.push(JSON.parse(l) as LogLine);
        } catch {
          continue; // not a JSON line (a stack trace, say): kept in output() only
        }
        const line = lines[lines.length - 1]!;
        waiters = waiters.filter((w) => (w.match(line) ? (w.settle(line), false) : true));
      }
    });
  };
  follow(child.stdout!);
  follow(child.stderr!);

  return {
    waitFor: (match, timeoutMs = 15_000) => new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find(match);
      if (seen) return resolve(seen);
      if (exitedWith) return reject(new Error(`${exitedWith} before the awaited line: ${output}`));
      const waiter = { match, settle: (line?: LogLine) => {
        clearTimeout(timer);
        if (line) resolve(line);
        else reject(new Error(`${exitedWith} before the awaited line: ${output}`));
      } };
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== waiter);
        reject(new Error(`no such line from serve within ${timeoutMs} ms: ${output}`));
      }, timeoutMs);
      waiters.push(waiter);
    }),
    async stop({ crash = false, graceMs = 10_000 } = {}) {
      if (exitedWith) return exited;
      child.kill(crash ? 'SIGKILL' : 'SIGTERM');
      const fallback = crash ? undefined : setTimeout(() => child.kill('SIGKILL'), graceMs);
      const how = await exited;
      clearTimeout(fallback);
      return how;
    },
    output: () => output,
  };
}
