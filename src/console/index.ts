/**
 * The web console: a Koa app over HTTPS serving the JSON API under /api/v1 (src/console/API.md,
 * /api/v1/openapi.json), Server-Sent Events for the live board, decrypted seekable audio, Prometheus
 * /metrics and the static pages of src/console/web. Local accounts (scrypt), sessions with idle and
 * absolute timeouts, login throttling, CSRF tokens, and one policy function for every object.
 *
 * Error codes: ERR_UNAUTHENTICATED, ERR_SESSION_EXPIRED, ERR_LOGIN_FAILED, ERR_LOGIN_THROTTLED,
 * ERR_CSRF, ERR_FORBIDDEN, ERR_NOT_FOUND, ERR_CALL_NOT_FOUND, ERR_USER_NOT_FOUND, ERR_USER_EXISTS,
 * ERR_LAST_ADMIN, ERR_BAD_REQUEST, ERR_BAD_PASSWORD, ERR_BAD_SETTINGS, ERR_RANGE_NOT_SATISFIABLE,
 * ERR_SHREDDED, ERR_NO_AUDIO, ERR_UNAVAILABLE, ERR_TLS_GENERATE, ERR_CONSOLE_LISTEN.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { auditLogFor, type AuditAnchor } from '../audit/index.js';
import type { CallvaultConfig, TlsConfig } from '../config/index.js';
import { AppError } from '../errors/index.js';
import type { RecordingStore } from '../storage/index.js';
import { createLogger } from '../trace/index.js';
import { createApp } from './app.js';
import { AudioCache } from './audio-cache.js';
import { SessionManager } from './auth/sessions.js';
import { LoginThrottle, type ThrottleOptions } from './auth/throttle.js';
import { UserStore, type User } from './auth/users.js';
import type { AnalysisLike, ConsoleDeps, ConsoleServices } from './context.js';
import { EventHub } from './events.js';
import { MetricsState } from './metrics.js';
import { defaultWebRoot } from './static.js';
import { loadOrCreateTls } from './tls.js';

export { can, teamScope, ACTIONS } from './policy.js';
export type { Action, PolicyObject } from './policy.js';
export { ROUTES, API_VERSION } from './app.js';
export { UserStore, ROLES, PERMISSIONS, checkPassword } from './auth/users.js';
export type { User, Role, Permission, NewUser, UserPatch } from './auth/users.js';
export { SessionManager, IDLE_MS, ABSOLUTE_MS } from './auth/sessions.js';
export { LoginThrottle } from './auth/throttle.js';
export type { DirectoryAuthenticator, DirectoryIdentity } from './auth/ldap.js';
export type { AnalysisLike, CaptureLike } from './context.js';

const log = createLogger('console');

/**
 * The console's dependencies (ConsoleDeps; `analysis` defaults to src/analysis when built), with
 * defaults taken from `config`, plus how to serve.
 */
export interface StartConsoleOptions extends Omit<ConsoleDeps, 'dataDir'> {
  config?: CallvaultConfig;
  host?: string;
  port?: number;
  tls?: TlsConfig;
  /** Default: <dir of config.dbPath>/console. Required without config. */
  dataDir?: string;
  /** Clock (tests age sessions with it). */
  now?: () => number;
  /** scrypt cost for new hashes; tests lower it. */
  scryptN?: number;
  throttle?: ThrottleOptions;
  /** Static pages; default src/console/web of the package. */
  webRoot?: string;
  /** Where the audit chain head is anchored after each event (the evidence ledger, when it exists). */
  auditAnchor?: AuditAnchor;
  /** Accepted for the CLI runtime's call shape; the board carries the plan. */
  plan?: unknown;
}

export interface ConsoleHandle {
  url: string;
  port: number;
  /** PEM path of the certificate in use (tests trust it; the demo prints it). */
  certPath: string;
  selfSigned: boolean;
  /** File holding the bearer token for Prometheus scrapes. */
  metricsTokenPath: string;
  services: ConsoleServices;
  close(): Promise<void>;
}

async function loadAnalysis(): Promise<AnalysisLike | undefined> {
  const file = join(dirname(dirname(fileURLToPath(import.meta.url))), 'analysis', 'index.js');
  if (!existsSync(file)) return undefined;
  try {
    return (await import(pathToFileURL(file).href)) as AnalysisLike;
  } catch (error) {
    log.warn('analysis module failed to load; console falls back to PBX transcripts', { message: (error as Error).message });
    return undefined;
  }
}

async function metricsToken(dataDir: string): Promise<{ token: string; path: string }> {
  const path = join(dataDir, 'metrics-token');
  if (existsSync(path)) return { token: (await readFile(path, 'utf8')).trim(), path };
  const token = randomBytes(24).toString('base64url');
  await writeFile(path, token + '\n', { mode: 0o600 });
  return { token, path };
}

/** Starts the console over HTTPS; resolves once it listens. */
export async function startConsole(options: StartConsoleOptions): Promise<ConsoleHandle> {
  const { store, config } = options;
  const dataDir = options.dataDir ?? (config ? join(dirname(config.dbPath), 'console') : undefined);
  if (!dataDir) throw new AppError('invalid', 'ERR_CONFIG', 'Expected dataDir or config for the console but received neither');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const host = options.host ?? config?.console.host ?? '127.0.0.1';
  const port = options.port ?? config?.console.port ?? 8443;
  const now = options.now ?? Date.now;
  const tlsMaterial = await loadOrCreateTls(options.tls ?? config?.console.tls, dataDir, host);
  const token = await metricsToken(dataDir);
  const analysis = options.analysis ?? (await loadAnalysis());
  const rulesPath = options.rulesPath ?? config?.rulesPath;
  const scorecardPath = options.scorecardPath ?? config?.scorecardPath;
  const s: ConsoleServices = {
    deps: {
      store, dataDir,
      ...(options.board ? { board: options.board } : {}),
      ...(options.capture ? { capture: options.capture } : {}),
      ...(rulesPath ? { rulesPath } : {}),
      ...(scorecardPath ? { scorecardPath } : {}),
      ...(analysis ? { analysis } : {}),
    },
    now,
    users: new UserStore(store, { ...(options.scryptN ? { scryptN: options.scryptN } : {}), now }),
    sessions: new SessionManager(now),
    throttle: new LoginThrottle(now, options.throttle),
    audit: await auditLogFor(store, { now, ...(options.auditAnchor ? { anchor: options.auditAnchor } : {}) }),
    hub: new EventHub(now),
    metrics: new MetricsState(),
    audio: new AudioCache(now),
    metricsToken: token.token,
  };
  s.hub.attach(options.board, options.capture);
  const app = createApp(s, options.webRoot ?? defaultWebRoot());
  const server: Server = createServer({ cert: tlsMaterial.cert, key: tlsMaterial.key, minVersion: 'TLSv1.2' }, app.callback());
  const sockets = new Set<Socket>();
  server.on('connection', (sock: Socket) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new AppError('unavailable', 'ERR_CONSOLE_LISTEN', `Cannot listen on ${host}:${port}: ${error.message}`)));
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `https://${shownHost}:${bound}/`;
  log.info('console listening', { url, selfSigned: tlsMaterial.selfSigned });
  let closing: Promise<void> | undefined;
  return {
    url, port: bound, certPath: tlsMaterial.certPath, selfSigned: tlsMaterial.selfSigned, metricsTokenPath: token.path, services: s,
    close: () => {
      closing ??= (async () => {
        s.hub.close();
        s.audio.clear();
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const sock of sockets) sock.destroy();
        await done;
      })();
      return closing;
    },
  };
}

/**
 * Creates the first admin with the given password if no enabled admin exists (the demo prints the
 * generated password once). Returns the user, or undefined when an admin already exists.
 */
export async function bootstrapAdmin(store: RecordingStore, options: { username: string; password: string; scryptN?: number }): Promise<User | undefined> {
  const users = new UserStore(store, options.scryptN ? { scryptN: options.scryptN } : {});
  if ((await users.countAdmins()) > 0) return undefined;
  const user = await users.create({ username: options.username, role: 'admin', password: options.password, displayName: 'Administrator' });
  const audit = await auditLogFor(store);
  await audit.append({ type: 'user_change', actor: 'system', target: `user:${user.username}`, details: { op: 'create', role: 'admin', via: 'bootstrap' } });
  return user;
}
