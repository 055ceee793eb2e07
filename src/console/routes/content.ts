/**
 * Call content: transcript (analysis's if present, else the PBX's), scorecard, and QA overrides.
 * Overrides never rewrite the original: they are stored beside it with who, when and why, applied
 * on presentation, audited, and the score override also updates the indexed score.
 */
import { randomBytes } from 'node:crypto';
import { invalid } from '../../errors/index.js';
import type { TranscriptSegment } from '../../model/index.js';
import { redactTranscript } from '../../redaction/index.js';
import { evaluateRules } from '../../rules/index.js';
import { OVERRIDES_SUBLEVEL, listOverrides, loadCall, loadTranscript, readAnalysis, redactOverride, type Override } from '../calls.js';
import type { ConsoleServices, Ctx } from '../context.js';
import { clientIp, queryString, readJson, type RouteDef } from '../http.js';
import { currentRulePack } from '../rule-pack.js';

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const pick = (o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
const HIT_FIELDS = ['ruleId', 'category', 'severity', 'kind', 'speaker', 'startMs', 'endMs', 'text', 'source', 'probability'] as const;
const EMOTION_FIELDS = ['startMs', 'endMs', 'speaker', 'valence', 'arousal', 'label'] as const;

/**
 * The stored analysis as the transcript view shows it (undefined when the call was never analysed).
 * Segment indices point into the analysed transcript (time-sorted); the shown one keeps the PBX's
 * stored order, so each index is re-pointed by speaker and times, and dropped when nothing matches
 * (the page then places the item by time).
 */
function storedView(analysis: Record<string, unknown> | undefined, shown: TranscriptSegment[]): { ruleHits: Record<string, unknown>[]; emotion: Record<string, unknown>[] } | undefined {
  const hits = rec(analysis?.rules).hits;
  if (!analysis || !Array.isArray(hits)) return undefined;
  const key = (seg: { speaker?: unknown; startMs?: unknown; endMs?: unknown }): string => `${String(seg.speaker)}\0${String(seg.startMs)}\0${String(seg.endMs)}`;
  const shownAt = new Map<string, number>();
  shown.forEach((seg, i) => {
    if (!shownAt.has(key(seg))) shownAt.set(key(seg), i);
  });
  const analysed = arr(analysis.redacted);
  const present = (item: unknown, fields: readonly string[]): Record<string, unknown> => {
    const o = rec(item);
    const seg = num(o.segmentIndex) ? analysed[o.segmentIndex] : undefined;
    const index = seg === undefined ? undefined : shownAt.get(key(rec(seg)));
    return { ...pick(o, fields), ...(index !== undefined ? { segmentIndex: index } : {}) };
  };
  return { ruleHits: hits.map((h) => present(h, HIT_FIELDS)), emotion: arr(analysis.emotionPoints).map((p) => present(p, EMOTION_FIELDS)) };
}

/**
 * Transcript, PII-redacted by default (card numbers, ids, phone numbers, CVVs masked); `?original=1`
 * needs the same permission as original audio and is audited. QA corrections are applied first,
 * so a correction cannot reintroduce a card number into the redacted view.
 */
async function transcript(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const original = queryString(ctx, 'original') === '1';
  const call = await loadCall(ctx, s, original ? 'call.audio.original' : 'call.transcript');
  const { segments, source, analysis } = await loadTranscript(s, call.id);
  const overrides = (await listOverrides(s, call.id)).filter((o) => o.kind === 'transcript');
  let shown: TranscriptSegment[] = segments.map((seg) => ({ speaker: seg.speaker, startMs: seg.startMs, endMs: seg.endMs, text: seg.text, confidence: seg.confidence, ...(seg.source ? { source: seg.source } : {}) }));
  const overridden = new Set<number>();
  for (const o of overrides) {
    const seg = o.segmentIndex !== undefined ? shown[o.segmentIndex] : undefined;
    if (seg && o.text !== undefined) {
      seg.text = o.text;
      overridden.add(o.segmentIndex as number);
    }
  }
  // Stored analysis: its rule hits (evidence times, masked evidence text) and per-segment emotion.
  // Without one, rule hits are evaluated now with the rules in force so the page can still highlight.
  const stored = storedView(analysis, shown);
  const ruleHits = stored ? stored.ruleHits : shown.length ? evaluateRules(await currentRulePack(s), { segments: shown, durationMs: call.durationMs, ...(call.analysis?.language ? { language: call.analysis.language } : {}) }).hits : [];
  let piiSpans = 0;
  if (!original && shown.length) {
    const r = redactTranscript(shown);
    piiSpans = r.audioRanges.length;
    shown = r.segments;
  }
  if (original) {
    const user = ctx.state.user!;
    ctx.state.audited = true;
    await s.audit.append({ type: 'view', actor: user.username, role: user.role, ip: clientIp(ctx), target: `call:${call.id}`, details: { what: 'transcript', variant: 'original' } });
  }
  ctx.body = {
    segments: shown.map((seg, i) => (overridden.has(i) ? { ...seg, overridden: true } : seg)),
    source,
    redacted: !original,
    piiSpans,
    ruleHits,
    ruleHitsSource: stored ? 'analysis' : 'rules',
    emotion: stored?.emotion ?? [],
    overrides: original ? overrides : overrides.map(redactOverride),
  };
}

function scoreItemView(it: Record<string, unknown>): Record<string, unknown> {
  const id = typeof it.itemId === 'string' ? it.itemId : it.id;
  const max = typeof it.weight === 'number' ? it.weight : it.max;
  const applicable = it.applicable !== false;
  const passed = it.override && typeof it.override === 'object' ? (it.override as { passed?: unknown }).passed : it.passed;
  const score = typeof it.score === 'number' ? it.score : applicable && typeof max === 'number' ? (passed ? max : 0) : null;
  const evidence = arr(it.evidence) as Record<string, unknown>[];
  return { id, label: it.title ?? it.label ?? id, category: it.category, score, max, applicable, passed, evidence: evidence.slice(0, 5) };
}

async function scorecard(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const call = await loadCall(ctx, s, 'call.scorecard');
  const analysis = await readAnalysis(s, call.id);
  const card = (analysis?.scorecard ?? {}) as { items?: unknown; score?: unknown };
  const overrides = (await listOverrides(s, call.id)).filter((o) => o.kind === 'score');
  // The analysis stores pass/fail per item with its weight; the page shows points out of the weight
  // (none when the item did not apply to this call).
  const items = (arr(card.items) as Record<string, unknown>[]).map((stored) => {
    const it = scoreItemView(stored);
    const o = [...overrides].reverse().find((x) => x.itemId !== undefined && x.itemId === it.id);
    return o ? { ...it, score: o.score, overridden: true } : it;
  });
  const base = typeof card.score === 'number' ? card.score : (overrides[0]?.previous as number | null | undefined) ?? call.analysis?.score ?? null;
  const whole = [...overrides].reverse().find((x) => x.itemId === undefined);
  ctx.body = { score: base, items, overrides, effectiveScore: whole?.score ?? call.analysis?.score ?? base };
}

function checkReason(v: unknown): string {
  if (typeof v !== 'string' || v.trim().length < 3 || v.length > 500) throw invalid('ERR_BAD_REQUEST', 'a reason of 3..500 characters', 'reason', v);
  return v.trim();
}

async function saveOverride(s: ConsoleServices, o: Override): Promise<void> {
  await s.deps.store.sublevel<Override>(OVERRIDES_SUBLEVEL).put(`${o.callId}\0${String(o.at).padStart(13, '0')}-${o.id}`, o, { sync: true });
}

async function overrideScore(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const call = await loadCall(ctx, s, 'call.override');
  const user = ctx.state.user!;
  const body = await readJson(ctx);
  const score = body.score;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) throw invalid('ERR_BAD_REQUEST', 'a number in 0..100', 'score', score);
  const reason = checkReason(body.reason);
  const itemId = body.itemId === undefined ? undefined : String(body.itemId).slice(0, 128);
  const o: Override = {
    id: randomBytes(8).toString('hex'), callId: call.id, kind: 'score', ...(itemId ? { itemId } : {}),
    previous: call.analysis?.score ?? null, score, reason, by: user.username, at: s.now(),
  };
  await saveOverride(s, o);
  if (!itemId) {
    // The indexed score follows the override so score searches and reports see the corrected value.
    await s.deps.store.updateCall(call.id, { analysis: { ruleHits: [], ...call.analysis, score, analysedAt: call.analysis?.analysedAt ?? s.now() } });
  }
  ctx.state.audited = true;
  await s.audit.append({ type: 'override', actor: user.username, role: user.role, ip: clientIp(ctx), target: `call:${call.id}`, details: { kind: 'score', itemId, previous: o.previous, score, reason } });
  ctx.status = 201;
  ctx.body = { override: o };
}

async function overrideTranscript(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const call = await loadCall(ctx, s, 'call.override');
  const user = ctx.state.user!;
  const body = await readJson(ctx);
  const idx = body.segmentIndex;
  if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0 || idx > 100_000) throw invalid('ERR_BAD_REQUEST', 'a segment index', 'segmentIndex', idx);
  if (typeof body.text !== 'string' || body.text.length > 5000) throw invalid('ERR_BAD_REQUEST', 'a text of at most 5000 characters', 'text', body.text);
  const reason = checkReason(body.reason);
  const o: Override = {
    id: randomBytes(8).toString('hex'), callId: call.id, kind: 'transcript', segmentIndex: idx,
    previous: null, text: body.text, reason, by: user.username, at: s.now(),
  };
  await saveOverride(s, o);
  ctx.state.audited = true;
  await s.audit.append({ type: 'override', actor: user.username, role: user.role, ip: clientIp(ctx), target: `call:${call.id}`, details: { kind: 'transcript', segmentIndex: idx, reason } });
  ctx.status = 201;
  ctx.body = { override: o };
}

export const contentRoutes: RouteDef[] = [
  { method: 'GET', path: '/calls/:id/transcript', summary: 'Transcript with rule hits, emotion, overrides', auth: 'session', actions: ['call.transcript'], status: 200, handler: transcript, query: { original: 'string' } },
  { method: 'GET', path: '/calls/:id/scorecard', summary: 'Scorecard and overrides', auth: 'session', actions: ['call.scorecard'], status: 200, handler: scorecard },
  { method: 'POST', path: '/calls/:id/overrides/score', summary: 'Override the score (QA)', auth: 'session', actions: ['call.override'], status: 201, handler: overrideScore, body: { type: 'object', required: ['score', 'reason'], properties: { score: { type: 'number', minimum: 0, maximum: 100 }, itemId: { type: 'string' }, reason: { type: 'string', minLength: 3, maxLength: 500 } } } },
  { method: 'POST', path: '/calls/:id/overrides/transcript', summary: 'Correct a transcript segment (QA)', auth: 'session', actions: ['call.override'], status: 201, handler: overrideTranscript, body: { type: 'object', required: ['segmentIndex', 'text', 'reason'], properties: { segmentIndex: { type: 'integer', minimum: 0 }, text: { type: 'string', maxLength: 5000 }, reason: { type: 'string', minLength: 3, maxLength: 500 } } } },
];
