/**
 * Post-call analysis on the appliance: when the capture plane has stored a call (record, PBX
 * transcript, VAD speech and features) it reports the call id; this queue runs src/analysis
 * `analyseCall` on it in the background. Analysis is CPU work on a machine whose first job is
 * recording, so at most `concurrency` analyses run at once, the capture callback only enqueues,
 * and a failing analysis is logged and dropped: it never reaches the capture plane.
 *
 * Catch-up: calls that ended while nothing analysed them (queue dropped at shutdown, crash, kill -9,
 * analysis module missing) are found at the next start and analysed after live intake, oldest
 * first. A call whose analysis failed gets a marker (its error code) and is not retried at every
 * start: a bank wants every call analysed, but not one poisoned call re-run forever. Once the cause
 * is fixed, an operator lists the markers and clears them (`callvault analysis failures|retry`,
 * the functions below) and the next start analyses those calls.
 *
 * Error codes: ERR_CALL_NOT_FOUND, ERR_NO_ANALYSIS_FAILURE (findAnalysisFailures).
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CallvaultConfig } from '../config/index.js';
import type { CallRecord } from '../model/index.js';
import type { RecordingStore } from '../storage/index.js';
import { AppError, isAppError, toAppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';

const log = createLogger('analysis');
/** Ids waiting beyond this are dropped (logged): a backlog this deep means analysis cannot keep up. */
const MAX_PENDING = 10_000;
/** How soon a deferred analysis looks again whether capture is still busy. */
const BUSY_RETRY_MS = 250;
/** Namespace of the failure markers (call id → AnalysisFailure). */
export const ANALYSIS_FAILURES_SUBLEVEL = 'analysis-failures';
/** Calls the catch-up reads per page of the store's index, and keeps waiting in memory at most. */
const CATCH_UP_PAGE = 200;
/** States of calls that have ended; 'not_recorded' calls are never analysed. */
const ENDED_STATES = ['completed', 'interrupted'] as const;

/** Why a call is left unanalysed: written when its analysis fails, read by the catch-up. */
export interface AnalysisFailure {
  code: string;
  at: number;
}

/** What the catch-up did at startup (logged once). */
export interface CatchUpReport {
  /** Ended calls with no stored analysis. */
  found: number;
  /** Of those, handed to the queue. */
  queued: number;
  /** Of those, left alone because their analysis failed before (a failure marker). */
  skipped: number;
}

/** A failure marker with its call's start and state (`call` absent when the record is gone). */
export interface AnalysisFailureEntry extends AnalysisFailure {
  callId: string;
  call?: { startedAt: number; state: CallRecord['state'] };
}

/**
 * Every failure marker, newest failure first. Markers are keyed by call id, not time, so all are
 * read; there is one per poisoned call, far fewer than calls.
 */
export async function listAnalysisFailures(store: RecordingStore): Promise<AnalysisFailureEntry[]> {
  const entries: AnalysisFailureEntry[] = [];
  for await (const [callId, marker] of store.sublevel<AnalysisFailure>(ANALYSIS_FAILURES_SUBLEVEL).entries()) {
    const call = await store.getCall(callId).catch((error: unknown) => {
      if (isAppError(error, 'ERR_CALL_NOT_FOUND')) return undefined;
      throw error;
    });
    entries.push({ callId, code: marker.code, at: marker.at, ...(call ? { call: { startedAt: call.startedAt, state: call.state } } : {}) });
  }
  return entries.sort((a, b) => b.at - a.at || (a.callId < b.callId ? -1 : 1));
}

/**
 * The failure markers of `callIds` (or every marker, 'all'), checked before anything is cleared: an
 * id with no marker is ERR_CALL_NOT_FOUND when no such call exists, else ERR_NO_ANALYSIS_FAILURE.
 */
export async function findAnalysisFailures(store: RecordingStore, callIds: string[] | 'all'): Promise<AnalysisFailureEntry[]> {
  if (callIds === 'all') return listAnalysisFailures(store);
  const ids = [...new Set(callIds)];
  const markers = await store.sublevel<AnalysisFailure>(ANALYSIS_FAILURES_SUBLEVEL).getMany(ids);
  const found: AnalysisFailureEntry[] = [];
  for (const [i, callId] of ids.entries()) {
    const marker = markers[i];
    if (marker) {
      found.push({ callId, code: marker.code, at: marker.at });
      continue;
    }
    await store.getCall(callId); // ERR_CALL_NOT_FOUND for an id that names no call
    throw new AppError('not_found', 'ERR_NO_ANALYSIS_FAILURE', `Expected a call whose analysis failed for ${JSON.stringify(callId)} but received a call with no failure marker (analysed, queued, or never tried)`);
  }
  return found;
}

/**
 * Removes failure markers so the next start's catch-up analyses those calls again. Only for a store
 * no appliance runs on: a running queue would not look at the calls again before its next start.
 */
export async function clearAnalysisFailures(store: RecordingStore, entries: Pick<AnalysisFailureEntry, 'callId'>[]): Promise<void> {
  const failures = store.sublevel<AnalysisFailure>(ANALYSIS_FAILURES_SUBLEVEL);
  for (let i = 0; i < entries.length; i += CATCH_UP_PAGE) {
    await failures.batch(entries.slice(i, i + CATCH_UP_PAGE).map((e) => ({ type: 'del' as const, key: e.callId })), { sync: true });
  }
}

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
  /**
   * Finds ended calls with no stored analysis and no failure marker and queues them behind live
   * calls, oldest first, a page at a time. Resolves (and logs) once every such call was queued.
   */
  catchUp(): Promise<CatchUpReport>;
  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking work and the catch-up, waits for the analyses in progress; queued ids are dropped (logged). */
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

/** Calls in one state, oldest first, one page of the store's index in memory at a time. */
async function* oldestInState(store: RecordingStore, state: CallRecord['state']): AsyncGenerator<CallRecord> {
  let cursor: string | undefined;
  do {
    const page = await store.listOldestFirst(state, { limit: CATCH_UP_PAGE, ...(cursor ? { cursor } : {}) });
    yield* page.calls;
    cursor = page.nextCursor;
  } while (cursor);
}

/** Ended calls (every ENDED_STATES index merged), oldest first; ties as the index orders them (id descending). */
async function* endedOldestFirst(store: RecordingStore): AsyncGenerator<CallRecord> {
  const streams = ENDED_STATES.map((state) => oldestInState(store, state));
  try {
    const heads = await Promise.all(streams.map((s) => s.next()));
    for (;;) {
      let pick = -1;
      heads.forEach((h, i) => {
        const best = pick >= 0 ? heads[pick] : undefined;
        if (h.done) return;
        if (!best || best.done || h.value.startedAt < best.value.startedAt || (h.value.startedAt === best.value.startedAt && h.value.id > best.value.id)) pick = i;
      });
      const head = heads[pick];
      if (!head || head.done) return;
      yield head.value;
      heads[pick] = await streams[pick]!.next();
    }
  } finally {
    await Promise.all(streams.map((s) => s.return(undefined)));
  }
}

export function createPostCallQueue(config: CallvaultConfig, store: RecordingStore, mod: PostCallModules, concurrency = 1): PostCallQueue {
  // Same files the console's settings page writes (src/console/routes/settings.ts).
  const consoleDir = join(dirname(config.dbPath), 'console');
  const rulePack = editableDocument('rules', config.rulesPath ?? join(consoleDir, 'rules.json'), mod.parseRulePack);
  const scorecard = editableDocument('scorecard', config.scorecardPath ?? join(consoleDir, 'scorecard.json'), mod.parseScorecard && ((text: string) => mod.parseScorecard!(text)));
  const transcripts = config.asrModelDir && mod.localAsrTranscriptSource ? [mod.localAsrTranscriptSource({ store, modelDir: config.asrModelDir })] : [];
  const failures = store.sublevel<AnalysisFailure>(ANALYSIS_FAILURES_SUBLEVEL);
  /** Live hangups: analysed first. */
  const pending = new Set<string>();
  /** Catch-up calls: analysed when no live call waits; at most about one page of ids. */
  const backlog = new Set<string>();
  const running = new Set<Promise<void>>();
  const runningIds = new Set<string>();
  const stats = { analysed: 0, failed: 0, skipped: 0, dropped: 0 };
  let idleWaiters: (() => void)[] = [];
  let roomWaiter: (() => void) | undefined;
  let catchUpRun: Promise<CatchUpReport> | undefined;
  let closed = false;
  let busy: () => boolean = () => false;
  let retry: NodeJS.Timeout | undefined;
  const queued = () => pending.size + backlog.size;

  const analyse = async (callId: string, caughtUp: boolean): Promise<void> => {
    const call = await store.getCall(callId);
    // A call the PBX asked not to record (or already shredded) is not mined for content; a
    // caught-up call may have been analysed by the live path since the sweep read it.
    if (call.state === 'not_recorded' || call.shredded || (caughtUp && call.analysis?.analysedAt !== undefined)) {
      stats.skipped++;
      return;
    }
    const [pack, card] = await Promise.all([rulePack(), scorecard()]);
    await mod.analyseCall({ store, callId, ...(pack ? { rulePack: pack } : {}), ...(card ? { scorecard: card } : {}), ...(transcripts.length ? { transcripts } : {}) });
    stats.analysed++;
    log.trace('post-call analysis stored', { callId });
  };

  const failed = async (callId: string, error: unknown): Promise<void> => {
    stats.failed++;
    const app = toAppError(error);
    log.error('post-call analysis failed', { callId, code: app.code, message: app.message });
    // The marker keeps the catch-up from retrying this call at every start.
    await failures.put(callId, { code: app.code, at: Date.now() }).catch((e: unknown) => log.error('could not record the analysis failure', { callId, code: toAppError(e).code }));
  };

  const pump = (): void => {
    if (!closed && queued() > 0 && running.size === 0 && busy()) {
      retry ??= setTimeout(() => {
        retry = undefined;
        pump();
      }, BUSY_RETRY_MS);
      return;
    }
    while (!closed && running.size < concurrency && queued() > 0) {
      const caughtUp = pending.size === 0;
      const from = caughtUp ? backlog : pending;
      const callId = from.values().next().value as string;
      from.delete(callId);
      if (caughtUp && backlog.size < CATCH_UP_PAGE / 4) roomWaiter?.();
      runningIds.add(callId);
      const job: Promise<void> = analyse(callId, caughtUp)
        .catch((error: unknown) => failed(callId, error))
        .finally(() => {
          running.delete(job);
          runningIds.delete(callId);
          // The next analysis on a later turn, so capture's timers and streams run in between.
          setImmediate(pump);
        });
      running.add(job);
    }
    if (running.size === 0 && (queued() === 0 || closed)) for (const w of idleWaiters.splice(0)) w();
  };

  const waitForRoom = (): Promise<void> => new Promise<void>((resolve) => {
    roomWaiter = () => {
      roomWaiter = undefined;
      resolve();
    };
  });

  const runCatchUp = async (): Promise<CatchUpReport> => {
    const report: CatchUpReport = { found: 0, queued: 0, skipped: 0 };
    let batch: string[] = [];
    const hand = async (): Promise<void> => {
      const markers = batch.length ? await failures.getMany(batch) : [];
      batch.forEach((callId, i) => {
        if (markers[i]) report.skipped++;
        else if (!closed) {
          backlog.add(callId);
          report.queued++;
        }
      });
      batch = [];
      if (backlog.size) setImmediate(pump);
      // Bounded: the next page is read only once most of this one has been analysed.
      while (!closed && backlog.size >= CATCH_UP_PAGE / 4) await waitForRoom();
    };
    try {
      for await (const call of endedOldestFirst(store)) {
        if (closed) break;
        if (call.shredded || call.analysis?.analysedAt !== undefined) continue;
        report.found++;
        if (pending.has(call.id) || runningIds.has(call.id) || backlog.has(call.id)) continue;
        batch.push(call.id);
        if (batch.length >= CATCH_UP_PAGE) await hand();
        // Recording first: the sweep's reads wait while capture has audio queued.
        while (!closed && busy()) await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
      }
      if (!closed) await hand();
    } catch (error) {
      const app = toAppError(error);
      log.error('post-call catch-up stopped', { code: app.code, message: app.message, ...report });
      return report;
    }
    log.info('post-call catch-up', { ...report });
    return report;
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
    catchUp() {
      catchUpRun ??= runCatchUp();
      return catchUpRun;
    },
    idle() {
      if (running.size === 0 && queued() === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      roomWaiter?.();
      if (queued()) {
        stats.dropped += queued();
        log.warn('shutdown: queued calls left unanalysed', { count: queued() });
        pending.clear();
        backlog.clear();
      }
      // The sweep may be reading a page: the store must outlive it.
      await catchUpRun;
      await Promise.all([...running]);
      for (const w of idleWaiters.splice(0)) w();
      idleWaiters = [];
    },
  };
}
