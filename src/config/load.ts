/**
 * Reads and validates the config file. Errors name the field path ("grpc.tls.certPath") and what
 * was expected; relative paths are resolved against the config file's directory (or the cwd when
 * there is no file), so the appliance does not depend on where it was started from.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { AppError } from '../errors/index.js';
import { configSchema, type CallvaultConfig, type TlsConfig } from './schema.js';

const MAX_CONFIG_BYTES = 1 << 20;

/** Validates a parsed JSON value; `baseDir` resolves relative paths. Throws ERR_CONFIG with details.path. */
export function parseConfig(value: unknown, baseDir: string, source = 'config'): CallvaultConfig {
  const result = configSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    const message = issue ? issue.message : 'invalid config';
    throw new AppError('invalid', 'ERR_CONFIG', `${source}: ${path || '(root)'}: ${message}`, {
      details: { path, issues: result.error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) },
    });
  }
  return resolvePaths(result.data, baseDir);
}

/** Loads a config file (JSON). Without a path, returns the embedded-demo defaults rooted at `cwd`. */
export async function loadConfig(path?: string, cwd = process.cwd()): Promise<CallvaultConfig> {
  if (path === undefined) return parseConfig({}, cwd, 'defaults');
  let text: string;
  try {
    const buf = await readFile(path);
    if (buf.length > MAX_CONFIG_BYTES) throw new AppError('invalid', 'ERR_CONFIG', `${path}: Expected at most ${MAX_CONFIG_BYTES} bytes but received ${buf.length}`);
    text = buf.toString('utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid', 'ERR_CONFIG_READ', `Cannot read config file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid', 'ERR_CONFIG_JSON', `${path}: Expected JSON but it does not parse (${(error as Error).message})`);
  }
  return parseConfig(json, dirname(resolve(cwd, path)), path);
}

function resolvePaths(c: CallvaultConfig, base: string): CallvaultConfig {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const tls = (t: TlsConfig | undefined): TlsConfig | undefined =>
    t && { certPath: abs(t.certPath), keyPath: abs(t.keyPath), ...(t.clientCaPath ? { clientCaPath: abs(t.clientCaPath) } : {}) };
  const opt = (p: string | undefined) => (p === undefined ? undefined : abs(p));
  return {
    ...c,
    dataDirs: c.dataDirs.map((d) => ({ id: d.id, path: abs(d.path) })),
    dbPath: abs(c.dbPath),
    keyFile: abs(c.keyFile),
    firmwareConfigPath: opt(c.firmwareConfigPath),
    rulesPath: opt(c.rulesPath),
    scorecardPath: opt(c.scorecardPath),
    asrModelDir: opt(c.asrModelDir),
    grpc: { ...c.grpc, tls: tls(c.grpc.tls) },
    console: { ...c.console, tls: tls(c.console.tls) },
  };
}
