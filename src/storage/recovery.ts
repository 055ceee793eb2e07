/**
 * Startup recovery. A call left in a live state (ringing/recording/paused) means the process died
 * mid-call: its file is scanned (H3's scanRecording authenticates chunk by chunk), the torn tail is
 * truncated to the authenticated prefix and fsynced, and the call is marked 'interrupted' with the
 * recovered duration. Everything that was acknowledged (fdatasync'd) is inside that prefix.
 * Recording files with no call record are reported, never deleted.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CallRecord } from '../model/index.js';
import { toAppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';
import type { StoreInternals } from './context.js';
import { F, idOfKey, prefix } from './index-keys.js';
import type { RecordingScanner, RecoveryReport } from './types.js';
import { LIVE_STATES } from './validate.js';

const log = createLogger('storage');

async function markInterrupted(ctx: StoreInternals, before: CallRecord, durationMs: number, bytes: number, details: Record<string, unknown>): Promise<void> {
  const after: CallRecord = {
    ...before,
    state: 'interrupted',
    durationMs,
    endedAt: before.endedAt ?? before.startedAt + durationMs,
    ...(before.recording ? { recording: { ...before.recording, bytes } } : {}),
  };
  await ctx.writeCall(before, after, [ctx.eventOp({ at: ctx.now(), type: 'recovery', callId: before.id, actor: 'system', reason: 'process stopped mid-call', details })], true);
}

async function recoverCall(ctx: StoreInternals, c: CallRecord, getScanner: () => Promise<RecordingScanner>, report: RecoveryReport): Promise<void> {
  if (!c.recording) {
    await markInterrupted(ctx, c, 0, 0, { recording: false });
    report.interrupted.push({ id: c.id, validBytes: 0, truncatedBytes: 0, durationMs: 0, complete: false });
    return;
  }
  const file = ctx.filePath(c);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // Created in metadata, file never made it (or was lost): nothing was acknowledged for it.
    await markInterrupted(ctx, c, 0, 0, { missingFile: true });
    report.failed.push({ id: c.id, code: 'ERR_RECORDING_MISSING', message: `Recording file ${file} is missing` });
    return;
  }
  const wrapped = await ctx.keys.get(c.recording.keyId);
  if (!wrapped) {
    report.failed.push({ id: c.id, code: 'ERR_KEY_MISSING', message: `Data key ${c.recording.keyId} is missing` });
    return;
  }
  const dataKey = ctx.ring.unwrap(wrapped);
  const scanner = await getScanner();
  const scan = await scanner(bytes, dataKey, c.id);
  const validBytes = Math.max(0, Math.min(bytes.length, Math.floor(scan.validBytes)));
  if (validBytes < bytes.length) {
    const fh = await ctx.fs.open(file, 'r+');
    try {
      await fh.truncate(validBytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
  }
  await markInterrupted(ctx, c, scan.durationMs, validBytes, { validBytes, truncatedBytes: bytes.length - validBytes, complete: scan.complete });
  report.interrupted.push({ id: c.id, validBytes, truncatedBytes: bytes.length - validBytes, durationMs: scan.durationMs, complete: scan.complete });
}

async function listCvr(dir: string, depth: number, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && depth > 0) await listCvr(p, depth - 1, out);
    else if (e.isFile() && e.name.endsWith('.cvr')) out.push(p);
  }
}

function dayDir(t: number): string {
  const d = new Date(t);
  return path.join(String(d.getUTCFullYear()), String(d.getUTCMonth() + 1).padStart(2, '0'), String(d.getUTCDate()).padStart(2, '0'));
}

export async function runRecovery(ctx: StoreInternals): Promise<RecoveryReport> {
  const report: RecoveryReport = { interrupted: [], failed: [], orphanFiles: [] };
  let scanner: RecordingScanner | undefined;
  const getScanner = async () => (scanner ??= await ctx.scanner());
  const ids: string[] = [];
  for (const state of LIVE_STATES) {
    const pre = prefix(F.state, state);
    for await (const key of ctx.idx.keys({ gte: pre, lt: pre + '\xff' })) ids.push(idOfKey(key));
  }
  for (const id of ids) {
    const c = await ctx.calls.get(id);
    if (!c || !LIVE_STATES.includes(c.state)) continue;
    try {
      await recoverCall(ctx, c, getScanner, report);
    } catch (error) {
      const e = toAppError(error);
      report.failed.push({ id, code: e.code, message: e.message });
      log.error('recovery failed for a call; it stays in its live state for the next start', { callId: id, code: e.code });
    }
  }
  if (ctx.orphanScan !== 'none') {
    for (const disk of ctx.dataDirs()) {
      const files: string[] = [];
      if (ctx.orphanScan === 'all') await listCvr(disk.path, 3, files);
      else for (const t of [ctx.now(), ctx.now() - 86_400_000]) await listCvr(path.join(disk.path, dayDir(t)), 0, files);
      const idsOnDisk = files.map((f) => path.basename(f, '.cvr'));
      for (let i = 0; i < files.length; i += 1000) {
        const found = await ctx.calls.getMany(idsOnDisk.slice(i, i + 1000));
        found.forEach((c, j) => {
          if (!c) report.orphanFiles.push(files[i + j] as string);
        });
      }
    }
  }
  if (report.interrupted.length || report.failed.length || report.orphanFiles.length) {
    log.warn('recovery', { interrupted: report.interrupted.length, failed: report.failed.length, orphanFiles: report.orphanFiles.length });
  }
  return report;
}
