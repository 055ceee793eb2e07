/**
 * Post-call analysis on the appliance: when the capture plane has stored a call (record, PBX
 * transcript, VAD speech and features) it reports the call id; this queue runs src/analysis
 * `analyseCall` on it in the background. Analysis is CPU work on a machine whose first job is
 * recording, so at most `concurrency` analyses run at once, the capture callback only enqueues,
 * and a failing analysis is logged and dropped: it never reaches the capture plane.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CallvaultConfig } from '../config/index.js';
import type { RecordingStore } from '../storage/index.js';
import { toAppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';

const log = createLogger('analysis');
/** Ids waiting beyond this are dropped (logged): a backlog this deep means analysis cannot keep up. */
const MAX_PENDING = 10_000;
/** How soon a deferred analysis looks again whether capture is still busy. */
const BUSY_RETRY_MS = 250;

/** The parts of src/analysis (and src/rules) the queue uses; both are loaded by the runtime. */
export interface PostCallModules {
  analyseCall(options: { store: RecordingStore; callId: string; rulePack?: unknown; scorecard?: unknown; transcripts?: unknown[] }): Promise<unknown>;
  parseScorecard?(input: string): unknown;
  localAsrTranscriptSource?(options: { store: RecordingStore; modelDir: string }): unknown;
  parseRulePack?(text: string, path: string): unknown;
}

export interface PostCallQueue {
  /** The capture plane's onCallEnded: enqueues and returns at once. */
  enqueue(callId: string): void;
  /**
   * Recording comes first: while `busy()` says the capture plane has audio queued, analyses wait.
   * A burst of hangups (a shift ending) otherwise competes with live calls for the main thread and
   * the I/O pool, and the bridges see back-pressure.
   */
  deferWhile(busy: () => boolean): void;
  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking work, waits for the analyses in progress; queued ids are dropped (logged). */
  close(): Promise<void>;
  readonly stats: { analysed: number; failed: number; skipped: number; dropped: number };
}

/**
 * Reads a JSON document the console may edit at run time (rules, scorecard): the configured path,
 * else the console's saved copy, parsed again only when the file changes. Undefined = built-in.
 */
function editableDocument<T>(kind: string, path: string, parse: ((text: string, path: string) => T) | undefined): () => Promise<T | undefined> {
  let cached: { mtimeMs: number; value: T | undefined } | undefined;
  return async () => {
    if (!parse) return undefined;
    const st = await stat(path).catch(() => undefined);
    if (!st) return undefined;
    if (cached?.mtimeMs === st.mtimeMs) return cached.value;
    let value: T | undefined;
    try {
      value = parse(await readFile(path, 'utf8'), path);
    } catch (error) {
      log.warn(`${kind} file does not parse; post-call analysis uses the built-in ${kind}`, { path, code: toAppError(error).code });
    }
    cached = { mtimeMs: st.mtimeMs, value };
    return value;
  };
}

export function createPostCallQueue(config: CallvaultConfig, store: RecordingStore, mod: PostCallModules, concurrency = 1): PostCallQueue {
  // Same files the console's settings page writes (src/console/routes/settings.ts).
  const consoleDir = join(dirname(config.dbPath), 'console');
  const rulePack = editableDocument('rules', config.rulesPath ?? join(consoleDir, 'rules.json'), mod.parseRulePack);
  const scorecard = editableDocument('scorecard', config.scorecardPath ?? join(consoleDir, 'scorecard.json'), mod.parseScorecard && ((text: string) => mod.parseScorecard!(text)));
  const transcripts = config.asrModelDir && mod.localAsrTranscriptSource ? [mod.localAsrTranscriptSource({ store, modelDir: config.asrModelDir })] : [];
  const pending = new Set<string>();
  const running = new Set<Promise<void>>();
  const stats = { analysed: 0, failed: 0, skipped: 0, dropped: 0 };
  let idleWaiters: (() => void)[] = [];
  let closed = false;
  let busy: () => boolean = () => false;
  let retry: NodeJS.Timeout | undefined;

  const analyse = async (callId: string): Promise<void> => {
    const call = await store.getCall(callId);
    // A call the PBX asked not to record (or already shredded) is not mined for content.
    if (call.state === 'not_recorded' || call.shredded) {
      stats.skipped++;
      return;
    }
    const [pack, card] = await Promise.all([rulePack(), scorecard()]);
    await mod.analyseCall({ store, callId, ...(pack ? { rulePack: pack } : {}), ...(card ? { scorecard: card } : {}), ...(transcripts.length ? { transcripts } : {}) });
    stats.analysed++;
  };

  const pump = (): void => {
    if (!closed && pending.size > 0 && running.size === 0 && busy()) {
      retry ??= setTimeout(() => {
        retry = undefined;
        pump();
      }, BUSY_RETRY_MS);
      return;
    }
    while (!closed && running.size < concurrency && pending.size > 0) {
      const callId = pending.values().next().value as string;
      pending.delete(callId);
      const job: Promise<void> = analyse(callId)
        .catch((error: unknown) => {
          stats.failed++;
          const app = toAppError(error);
          log.error('post-call analysis failed', { callId, code: app.code, message: app.message });
        })
        .finally(() => {
          running.delete(job);
          // The next analysis on a later turn, so capture's timers and streams run in between.
          setImmediate(pump);
        });
      running.add(job);
    }
    if (running.size === 0 && (pending.size === 0 || closed)) for (const w of idleWaiters.splice(0)) w();
  };

  return {
    stats,
    deferWhile(probe) {
      busy = probe;
    },
    enqueue(callId) {
      if (closed) return;
      if (pending.size >= MAX_PENDING) {
        stats.dropped++;
        log.warn('post-call analysis backlog full: call not analysed', { callId, pending: pending.size });
        return;
      }
      pending.add(callId);
      // Start on the next turn: the capture plane's finish step is still running when it calls us.
      setImmediate(pump);
    },
    idle() {
      if (running.size === 0 && pending.size === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      if (pending.size) {
        stats.dropped += pending.size;
        log.warn('shutdown: queued calls left unanalysed', { count: pending.size });
        pending.clear();
      }
      await Promise.all([...running]);
      for (const w of idleWaiters.splice(0)) w();
      idleWaiters = [];
    },
  };
}
