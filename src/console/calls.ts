/**
 * Call loading with the object check, and the presenters that whitelist what leaves the process.
 */
import { readPbxTranscript } from '../capture/index.js';
import { AppError, invalid } from '../errors/index.js';
import type { CallRecord, TimeRangeMs, TranscriptSegment } from '../model/index.js';
import { findPii, maskText, redactTranscript } from '../redaction/index.js';
import type { ConsoleServices, Ctx } from './context.js';
import { denied } from './http.js';
import { can, type Action } from './policy.js';

export interface Override {
  id: string;
  callId: string;
  kind: 'score' | 'transcript';
  itemId?: string;
  segmentIndex?: number;
  previous: number | string | null;
  score?: number;
  text?: string;
  reason: string;
  by: string;
  at: number;
}

export const OVERRIDES_SUBLEVEL = 'console-overrides';

export function checkCallId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 128 || !/^[A-Za-z0-9._:-]+$/.test(id)) throw invalid('ERR_BAD_REQUEST', 'a call id', 'id', id);
  return id;
}

/**
 * Loads a call and checks `action` on it: 404 if it does not exist, 403 (audited) if it is outside
 * the user's scope. Every per-call route goes through here.
 */
export async function loadCall(ctx: Ctx, s: ConsoleServices, action: Action): Promise<CallRecord> {
  const id = checkCallId(ctx.params?.id);
  let call: CallRecord;
  try {
    call = await s.deps.store.getCall(id);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_CALL_NOT_FOUND') throw new AppError('not_found', 'ERR_CALL_NOT_FOUND', `No call with id ${JSON.stringify(id)}`);
    throw error;
  }
  if (!can(ctx.state.user, action, { kind: 'call', team: call.team })) {
    await denied(ctx, s, `call:${id}`);
    throw new AppError('forbidden', 'ERR_FORBIDDEN', "This call belongs to a team outside your access");
  }
  return call;
}

export function presentSummary(c: CallRecord): Record<string, unknown> {
  return {
    id: c.id,
    startedAt: c.startedAt,
    ...(c.endedAt !== undefined ? { endedAt: c.endedAt } : {}),
    durationMs: c.durationMs,
    state: c.state,
    direction: c.direction,
    caller: c.caller,
    callee: c.callee,
    agentId: c.agentId,
    team: c.team,
    queue: c.queue,
    channelId: c.channelId,
    tags: [...c.tags],
    legalHold: c.legalHold,
    shredded: c.shredded !== undefined,
    ...(c.analysis?.score !== undefined ? { score: c.analysis.score } : {}),
    ruleHits: [...(c.analysis?.ruleHits ?? [])],
    ...(c.analysis?.negativeEmotionShare !== undefined ? { negativeEmotionShare: c.analysis.negativeEmotionShare } : {}),
  };
}

export function presentDetail(c: CallRecord): Record<string, unknown> {
  return {
    ...presentSummary(c),
    site: c.site,
    bridgeId: c.bridgeId,
    pbxCallId: c.pbxCallId,
    ...(c.answeredAt !== undefined ? { answeredAt: c.answeredAt } : {}),
    pausedRanges: c.pausedRanges,
    maskedRanges: c.maskedRanges,
    holdRanges: c.holdRanges,
    transfers: c.transfers,
    retainUntil: c.retainUntil,
    hasAudio: c.recording !== undefined && c.shredded === undefined,
    ...(c.storageDegraded ? { storageDegraded: c.storageDegraded } : {}),
    ...(c.shredded ? { shreddedAt: c.shredded.at } : {}),
    ...(c.analysis?.language ? { language: c.analysis.language } : {}),
  };
}

export async function listOverrides(s: ConsoleServices, callId: string): Promise<Override[]> {
  const out: Override[] = [];
  for await (const [, o] of s.deps.store.sublevel<Override>(OVERRIDES_SUBLEVEL).entries({ gte: `${callId}\0`, lt: `${callId}\x01` })) out.push(o);
  return out;
}

/** The analysis module's view of a call, when that module is present. */
export async function readAnalysis(s: ConsoleServices, callId: string): Promise<Record<string, unknown> | undefined> {
  const fn = s.deps.analysis?.readCallAnalysis;
  if (!fn) return undefined;
  return (await fn(s.deps.store, callId)) ?? undefined;
}

/** The call's transcript: the analysis module's when present, else the PBX's segments. */
export async function loadTranscript(s: ConsoleServices, callId: string): Promise<{ segments: TranscriptSegment[]; source: 'analysis' | 'pbx' | 'none'; analysis?: Record<string, unknown> }> {
  const analysis = await readAnalysis(s, callId);
  const fromAnalysis = Array.isArray(analysis?.transcript) ? (analysis.transcript as TranscriptSegment[]) : [];
  if (fromAnalysis.length) return { segments: fromAnalysis, source: 'analysis', analysis };
  const pbx = await readPbxTranscript(s.deps.store, callId);
  // No PBX words: the analysis may have had them from local ASR or an import (stored redacted).
  const redacted = analysis?.redacted;
  if (analysis && !pbx.length && Array.isArray(redacted) && redacted.length) return { segments: redacted as TranscriptSegment[], source: 'analysis', analysis };
  return { segments: pbx, source: pbx.length ? 'pbx' : 'none', ...(analysis ? { analysis } : {}) };
}

/**
 * Audio ranges the redacted playback silences: ranges masked on the record (PII redaction after the
 * fact) plus the spans where the transcript holds card numbers, ids, phone numbers or CVVs.
 */
export async function redactionRanges(s: ConsoleServices, call: CallRecord): Promise<TimeRangeMs[]> {
  const { segments } = await loadTranscript(s, call.id);
  const pii = segments.length ? redactTranscript(segments).audioRanges.map((r) => ({ startMs: r.startMs, endMs: r.endMs })) : [];
  return [...call.maskedRanges, ...pii].filter((r) => r.endMs > r.startMs).sort((a, b) => a.startMs - b.startMs);
}

/** An override as shown in redacted views: PII a QA analyst typed into a correction is masked too. */
export function redactOverride(o: Override): Override {
  return o.text === undefined ? o : { ...o, text: maskText(o.text, findPii(o.text)) };
}
