/**
 * Wires the appliance from a config: store (H5), channel plan and board (H5), record engine (H3),
 * capture server (H4), optional alert source and post-call analysis (H7) and console (H8). Modules owned by others that
 * may not exist yet are loaded dynamically and skipped with a warning when absent.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ChannelBoard, loadChannelConfigDir, loadChannelConfigFile, type ChannelPlan } from '../channels/index.js';
import { demoChannelPlan, startCaptureServer, type AlertSource, type CaptureServer } from '../capture/index.js';
import type { CallvaultConfig } from '../config/index.js';
import { RecordEngine } from '../native/index.js';
import { openStore, type RecordingStore } from '../storage/index.js';
import { AppError, toAppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';
import { createPostCallQueue, type CatchUpReport, type PostCallModules, type PostCallQueue } from './post-call.js';

const log = createLogger('cli');
const srcRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** Imports a sibling feature folder's index.js if it exists (others' folders may not be built yet). */
export async function optionalModule<T>(folder: string): Promise<T | undefined> {
  const file = join(srcRoot, folder, 'index.js');
  if (!existsSync(file)) return undefined;
  try {
    return (await import(pathToFileURL(file).href)) as T;
  } catch (error) {
    log.warn('optional module failed to load', { folder, message: (error as Error).message });
    return undefined;
  }
}

/**
 * For admin commands that open the LevelDB themselves: LevelDB allows one process, so while
 * `callvault serve` holds the store this says so plainly (ERR_STORE_LOCKED, with `whatElse` to do).
 */
export async function openStoppedStore(config: CallvaultConfig, whatElse: string): Promise<RecordingStore> {
  try {
    return await openConfiguredStore(config);
  } catch (error) {
    const text = [error, (error as { cause?: unknown }).cause].map((e) => `${(e as Error | undefined)?.message ?? ''} ${(e as { code?: string } | undefined)?.code ?? ''}`).join(' ');
    if (/lock/i.test(text)) throw new AppError('unavailable', 'ERR_STORE_LOCKED', `The store is in use by a running appliance: stop it first, ${whatElse}`);
    throw error;
  }
}

export async function openConfiguredStore(config: CallvaultConfig): Promise<RecordingStore> {
  for (const d of config.dataDirs) await mkdir(d.path, { recursive: true });
  await mkdir(dirname(config.keyFile), { recursive: true, mode: 0o700 });
  return openStore({
    dataDirs: config.dataDirs,
    dbPath: config.dbPath,
    keyFile: config.keyFile,
    fsyncIntervalMs: config.fsyncIntervalMs,
    retention: config.retention,
  });
}

export async function loadPlan(config: CallvaultConfig): Promise<ChannelPlan> {
  const p = config.firmwareConfigPath;
  if (!p) return demoChannelPlan(config.siteId, config.bridgeId, config.demoSpans);
  const plan = await (statSync(p).isDirectory() ? loadChannelConfigDir(p) : loadChannelConfigFile(p));
  if (plan.site !== config.siteId) {
    throw new AppError('invalid', 'ERR_CONFIG', `siteId: Expected the site of ${p} (${JSON.stringify(plan.site)}) but received ${JSON.stringify(config.siteId)}`, { details: { path: 'siteId' } });
  }
  return plan;
}

export interface Appliance {
  config: CallvaultConfig;
  store: RecordingStore;
  plan: ChannelPlan;
  board: ChannelBoard;
  capture: CaptureServer;
  /** Post-call analysis queue (absent when src/analysis is not built). */
  postCall?: PostCallQueue;
  /** The startup sweep that queues ended calls left unanalysed; resolves with its counts. */
  catchUp?: Promise<CatchUpReport>;
  consoleUrl?: string;
  /** Whatever the console module returned (for user bootstrap in the demo). */
  console?: unknown;
  close(): Promise<void>;
}

interface ConsoleModule {
  startConsole(options: Record<string, unknown>): Promise<{ url?: string; close(): Promise<void> } & Record<string, unknown>>;
}
interface AnalysisModule extends Partial<PostCallModules> {
  createAlertSource?: (options: Record<string, unknown>) => AlertSource;
}
interface RulesModule {
  parseRulePack?: (text: string, path: string) => unknown;
}

/** Post-call analysis when src/analysis is built; otherwise calls are only recorded (said once). */
async function startPostCall(config: CallvaultConfig, store: RecordingStore, analysis: AnalysisModule | undefined): Promise<PostCallQueue | undefined> {
  const analyseCall = analysis?.analyseCall;
  if (!analysis || !analyseCall) {
    log.warn('analysis module not available: calls are recorded but not analysed');
    return undefined;
  }
  const rules = await optionalModule<RulesModule>('rules');
  return createPostCallQueue(config, store, { ...analysis, analyseCall, ...(rules?.parseRulePack ? { parseRulePack: rules.parseRulePack } : {}) });
}

/** Starts the appliance: gRPC capture and (when present and enabled) the console. */
export async function startAppliance(config: CallvaultConfig): Promise<Appliance> {
  const store = await openConfiguredStore(config);
  const recovery = store.recovery;
  if (recovery.interrupted.length || recovery.failed.length) {
    log.warn('recovery at startup', { interrupted: recovery.interrupted.length, failed: recovery.failed.length, orphans: recovery.orphanFiles.length });
  }
  const plan = await loadPlan(config);
  const board = new ChannelBoard(plan);
  const analysis = await optionalModule<AnalysisModule>('analysis');
  const alerts = analysis?.createAlertSource?.({ store, rulesPath: config.rulesPath });
  const postCall = await startPostCall(config, store, analysis);
  let capture: CaptureServer;
  try {
    // Alerts go back to the bridge from the ingest; the console chains its SSE hub onto
    // deps.onAlert when it starts (EventHub.attach), so this object must stay the one the ingest holds.
    capture = await startCaptureServer(
      { store, plan, board, engine: new RecordEngine(), ...(alerts ? { alerts } : {}), ...(postCall ? { onCallEnded: (callId: string) => postCall.enqueue(callId) } : {}) },
      { site: config.siteId, ...config.capture },
      { host: config.grpc.host, port: config.grpc.port, tls: config.grpc.tls, insecure: config.grpc.insecure, maxMessageBytes: config.grpc.maxMessageBytes },
    );
  } catch (error) {
    await postCall?.close();
    await store.close();
    throw error;
  }
  const { ingest } = capture;
  postCall?.deferWhile(() => ingest.busy);
  // Calls that ended while nothing analysed them (shutdown, crash, analysis missing): queued now,
  // behind live hangups; the sweep logs its counts once it has queued them all.
  const catchUp = postCall?.catchUp();
  let consoleHandle: Awaited<ReturnType<ConsoleModule['startConsole']>> | undefined;
  if (config.console.enabled) {
    const mod = await optionalModule<ConsoleModule>('console');
    if (mod?.startConsole) {
      try {
        consoleHandle = await mod.startConsole({ config, store, board, plan, capture, host: config.console.host, port: config.console.port, tls: config.console.tls });
      } catch (error) {
        // Recording must not stop because the console cannot start: capture keeps running, loudly.
        const app = toAppError(error);
        log.error('console failed to start: serving gRPC only', { code: app.code, message: app.message });
      }
    } else log.warn('console module not available: serving gRPC only');
  }
  const retention = startRetentionSweep(store, config.retention.sweepIntervalMinutes * 60_000);
  return {
    config, store, plan, board, capture,
    ...(postCall ? { postCall } : {}),
    ...(catchUp ? { catchUp } : {}),
    ...(consoleHandle?.url ? { consoleUrl: consoleHandle.url } : {}),
    ...(consoleHandle ? { console: consoleHandle } : {}),
    async close() {
      clearInterval(retention);
      await consoleHandle?.close().catch(() => undefined);
      await capture.close();
      // Analyses in progress read the store: let them finish before it closes.
      await postCall?.close();
      await store.close();
    },
  };
}

/**
 * Retention runs on the appliance itself: every interval, recordings past their retainUntil are
 * crypto-shredded (their data key destroyed, the deletion recorded); legal hold and live calls are
 * skipped by the store. A failure is logged and retried at the next interval, never fatal.
 */
function startRetentionSweep(store: RecordingStore, intervalMs: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    store.applyRetention().then(
      (r) => {
        if (r.shredded.length || r.skippedLegalHold.length) log.info('retention sweep', { shredded: r.shredded.length, legalHold: r.skippedLegalHold.length, active: r.skippedActive.length });
      },
      (error: unknown) => log.error('retention sweep failed', { code: toAppError(error).code }),
    );
  }, intervalMs);
  timer.unref();
  return timer;
}
