/**
 * GET /calls/:id/audio: the recording decrypted to Ogg Opus on the server (the browser never sees a
 * key), redacted by default (masked ranges silenced via the native mask), with HTTP Range so the
 * <audio> element can seek. One audit event per session, call and variant — not per Range request.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors/index.js';
import type { TimeRangeMs } from '../../model/index.js';
import { decryptToOgg, maskRecording } from '../../native/index.js';
import { loadCall, redactionRanges } from '../calls.js';
import type { ConsoleServices, Ctx } from '../context.js';
import { clientIp, denied, queryString, type RouteDef } from '../http.js';
import { can } from '../policy.js';

/** Parses a single `bytes=` range (RFC 9110 §14.1.2); undefined = serve the whole body. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Multiple ranges or other units: a server may ignore Range and send 200 (RFC 9110).
  if (!m) return undefined;
  const [, a, b] = m;
  let start: number;
  let end: number;
  if (a === '' && b === '') return undefined;
  if (a === '') {
    const n = Number(b);
    if (n === 0) throw unsatisfiable(size);
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
    if (b !== '' && Number(b) < start) return undefined;
  }
  if (start >= size || size === 0) throw unsatisfiable(size);
  return { start, end };
}

function unsatisfiable(size: number): AppError {
  return new AppError('invalid', 'ERR_RANGE_NOT_SATISFIABLE', `Expected a range within ${size} bytes but received one outside`, { httpStatus: 416, details: { size } });
}

async function decrypted(s: ConsoleServices, callId: string, ranges: TimeRangeMs[]): Promise<Buffer> {
  const rec = await s.deps.store.readRecording(callId);
  const live = rec.call.state !== 'completed';
  if (ranges.length === 0) return (await decryptToOgg(rec.bytes, rec.dataKey, rec.recordingId, { allowTruncated: live })).ogg;
  if (live) throw new AppError('conflict', 'ERR_CALL_ACTIVE', 'Expected a completed call for redacted playback but the call is still being recorded', { httpStatus: 409 });
  // The mask writes a fresh recording under a throw-away key that never leaves this function.
  const tmp = { dataKey: randomBytes(32), recordingId: `${callId}.redacted` };
  const masked = await maskRecording(rec.bytes, rec.dataKey, rec.recordingId, ranges, tmp, 'silence');
  return (await decryptToOgg(masked, tmp.dataKey, tmp.recordingId)).ogg;
}

async function audio(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const original = queryString(ctx, 'original') === '1';
  const download = queryString(ctx, 'download') === '1';
  const call = await loadCall(ctx, s, original ? 'call.audio.original' : 'call.audio');
  const user = ctx.state.user!;
  if (download && !can(user, 'call.download', { kind: 'call', team: call.team })) {
    await denied(ctx, s, `call:${call.id}`);
    throw new AppError('forbidden', 'ERR_FORBIDDEN', 'Your role does not allow downloading recordings');
  }
  if (call.shredded) throw new AppError('not_found', 'ERR_SHREDDED', 'The audio of this call was crypto-shredded (retention); only its metadata remains', { httpStatus: 410 });
  if (!call.recording) throw new AppError('not_found', 'ERR_NO_AUDIO', 'This call has no recorded audio');
  const variant = original ? 'original' : 'redacted';
  const ranges = original ? [] : await redactionRanges(s, call);
  const key = `${call.id}:${variant}:${call.recording.bytes}:${call.durationMs}:${JSON.stringify(ranges)}`;
  let ogg = s.audio.get(key);
  if (!ogg) {
    ogg = await decrypted(s, call.id, ranges);
    s.audio.set(key, ogg);
  }
  const once = `${call.id}:${variant}:${download ? 'dl' : 'play'}`;
  const session = ctx.state.session!;
  if (!session.audited.has(once)) {
    session.audited.add(once);
    await s.audit.append({ type: download ? 'download' : 'playback', actor: user.username, role: user.role, ip: clientIp(ctx), target: `call:${call.id}`, details: { variant } });
  }
  ctx.state.audited = true;
  const size = ogg.length;
  const range = parseRange(ctx.get('range') || undefined, size);
  ctx.set('accept-ranges', 'bytes');
  ctx.set('cache-control', 'private, no-store');
  ctx.type = 'audio/ogg';
  if (download) ctx.attachment(`${call.id}${original ? '' : '.redacted'}.ogg`);
  if (range) {
    ctx.status = 206;
    ctx.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
    ctx.body = ogg.subarray(range.start, range.end + 1);
  } else {
    ctx.status = 200;
    ctx.body = ogg;
  }
}

export const audioRoutes: RouteDef[] = [
  { method: 'GET', path: '/calls/:id/audio', summary: 'Decrypted Ogg Opus (Range; ?original=1, ?download=1)', auth: 'session', actions: ['call.audio', 'call.audio.original'], status: 200, handler: audio, query: { original: 'string', download: 'string' } },
];
