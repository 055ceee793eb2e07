/**
 * Synthetic audio calls from the labelled corpus (issue 4: "≥ 10 synthetic audio calls").
 *
 * Each chosen dev call's transcript is spoken by espeak-ng, segment by segment, on its speaker's leg
 * at the segment's start time (agent and customer get different voices), fitted to the segment's
 * duration by the speaking rate. English is spoken from the text; Mandarin from tone-numbered pinyin
 * (audio-calls-pinyin.json, generated once with pinyin-pro 3.29 because espeak-ng cannot read
 * characters). A segment is spoken in pieces cut at its labelled PII boundaries, so the time the PII
 * was actually spoken is known exactly — the ground truth for the audio mask.
 *
 * The call then goes through the appliance's own path: RecordEngine (μ-law, 20 ms frames, 200 ms
 * batches of both legs of every call) → encrypted recording in the real store, the PBX transcript
 * and the VAD's speech segments and features stored beside it the way capture stores them, then
 * analyseCall with audio masking, and decodeRecording of the original and the masked copy.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCall, type CallAnalysis } from '../../src/analysis/index.js';
import type { Leg, SpeechSegment, TranscriptSegment } from '../../src/model/index.js';
import { RecordEngine, decodeRecording, type FrameIn, type SegmentFeatures } from '../../src/native/index.js';
import { encodeUlaw, toFrames } from '../../src/native/test-support.js';
import { rng } from '../../src/simulator/index.js';
import { openStore, type RecordingStore } from '../../src/storage/index.js';
import { speak, type Voice } from '../vad/espeak.js';
import { loadCorpus, type CorpusCall } from './corpus.js';

const RATE = 8000;
const FRAME = 160; // 20 ms at 8 kHz
const FRAMES_PER_BATCH = 10; // 200 ms per leg per push
const NOISE_SIGMA = 30; // line noise floor, about -60 dBFS: a real line is never digital zero
const DEFAULT_WPM = 175;
/** Sublevel names of src/capture/call-data.ts (private there); analyseCall reports 'none'/'transcript' if they drift. */
const PBX_TRANSCRIPTS = 'pbx-transcripts';
const ACOUSTICS = 'acoustics';

/** 7 en + 7 zh dev calls: clean ones, rule violations, missing mandatory items, intents, PII of every kind. */
export const AUDIO_CALL_IDS = [
  'd-en-02', 'd-en-03', 'd-en-05', 'd-en-08', 'd-en-13', 'd-en-16', 'hb-en-04',
  'd-zh-01', 'd-zh-05', 'd-zh-14', 'd-zh-15', 'd-zh-21', 'hd-zh-03', 'hd-zh-05',
] as const;

const VOICES: Record<Leg, Omit<Voice, 'language'>> = {
  agent: { pitch: 40, variant: 'm3' },
  customer: { pitch: 62, variant: 'f2' },
};

export interface SpokenRange {
  leg: Leg;
  startMs: number;
  endMs: number;
}

export interface AudioCall {
  corpus: CorpusCall;
  agent: Int16Array;
  customer: Int16Array;
  /** Where each segment's speech actually is (after fitting to the segment's duration). */
  spoken: SpokenRange[];
  /** Where each labelled PII span was actually spoken. */
  spokenPii: (SpokenRange & { text: string })[];
}

function pinyinTable(): Record<string, string[][]> {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/eval/audio-calls-pinyin.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[][]>;
}

/** The segment's text cut at its labelled PII boundaries; `pii` marks the pieces that are PII. */
function pieces(call: CorpusCall, index: number, text: string): { text: string; pii: boolean }[] {
  const spans = call.expected.pii.filter((p) => p.segment === index);
  const cuts = [...new Set([0, ...spans.flatMap((p) => [p.start, p.end]), text.length])].sort((a, b) => a - b);
  return cuts.slice(1).map((end, k) => {
    const start = cuts[k] as number;
    return { text: text.slice(start, end), pii: spans.some((p) => p.start <= start && end <= p.end) };
  });
}

async function speakPieces(texts: string[], voice: Voice): Promise<{ pcm: Int16Array; bounds: [number, number][] }> {
  const parts = await Promise.all(texts.map((t) => (/[a-z0-9]/i.test(t) ? speak(t, voice, RATE) : Promise.resolve(new Int16Array(0)))));
  const pcm = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  const bounds: [number, number][] = [];
  let at = 0;
  for (const p of parts) {
    pcm.set(p, at);
    bounds.push([at, at + p.length]);
    at += p.length;
  }
  return { pcm, bounds };
}

function noise(r: () => number, n: number): Int16Array {
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(NOISE_SIGMA * Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r()));
  return out;
}

/** Renders one corpus call: both legs as 8 kHz PCM with each segment at its start time. */
export async function renderCall(call: CorpusCall, pinyin = pinyinTable()): Promise<AudioCall> {
  const total = Math.ceil(((call.durationMs + 500) * RATE) / 1000 / FRAME) * FRAME;
  const r = rng(call.id.length * 7919 + call.segments.length);
  const legs: Record<Leg, Int16Array> = { agent: noise(r, total), customer: noise(r, total) };
  const spoken: SpokenRange[] = [];
  const spokenPii: AudioCall['spokenPii'] = [];
  for (const [index, seg] of call.segments.entries()) {
    const cut = pieces(call, index, seg.text);
    const texts = call.language === 'zh' ? pinyin[call.id]?.[index] : cut.map((p) => p.text.normalize('NFKC'));
    if (!texts || texts.length !== cut.length) throw new Error(`Expected pinyin pieces for ${call.id} segment ${index}`);
    const voice: Voice = { language: call.language, ...VOICES[seg.speaker] };
    const room = Math.round(((seg.endMs - seg.startMs) * RATE) / 1000);
    let out = await speakPieces(texts, voice);
    // Fit the speaking rate to the segment (espeak ends with ~0.1 s of silence: aim a little short).
    const speed = Math.round(Math.min(450, Math.max(80, (DEFAULT_WPM * out.pcm.length) / (0.95 * room))));
    if (Math.abs(speed - DEFAULT_WPM) > 5) out = await speakPieces(texts, { ...voice, speed });
    const at = Math.round((seg.startMs * RATE) / 1000);
    const n = Math.min(out.pcm.length, room, total - at);
    const leg = legs[seg.speaker];
    for (let i = 0; i < n; i++) leg[at + i] = Math.max(-32768, Math.min(32767, (leg[at + i] as number) + (out.pcm[i] as number)));
    const ms = (sample: number) => Math.round(((at + Math.min(sample, n)) * 1000) / RATE);
    spoken.push({ leg: seg.speaker, startMs: ms(0), endMs: ms(n) });
    cut.forEach((p, k) => {
      const [s, e] = out.bounds[k] as [number, number];
      if (p.pii && e > s) spokenPii.push({ leg: seg.speaker, startMs: ms(s), endMs: ms(e), text: p.text });
    });
  }
  return { corpus: call, agent: legs.agent, customer: legs.customer, spoken, spokenPii };
}

export interface RecordedAudioCall extends AudioCall {
  callId: string;
  speech: SpeechSegment[];
  features: SegmentFeatures[];
  bytes: number;
}

/** Records the calls concurrently through one RecordEngine into `store`, as the capture plane does. */
export async function recordCalls(store: RecordingStore, calls: AudioCall[]): Promise<RecordedAudioCall[]> {
  const engine = new RecordEngine();
  try {
    const open = await Promise.all(calls.map(async (c) => {
      const { call, dataKey, writer } = await store.createRecording({
        site: 'eval', bridgeId: 'audio-calls', channelId: `ch/${c.corpus.id}`, pbxCallId: c.corpus.id, direction: 'inbound',
        caller: '+10000000000', callee: '95588', agentId: 'agent-eval', team: 'eval', queue: 'eval', startedAt: Date.now(),
      });
      const { session, header } = engine.open({ recordingId: call.id, dataKey, codec: 'pcmu', sampleRate: RATE });
      writer.append(header, 0);
      const agent = toFrames(session, 'agent', encodeUlaw(c.agent), FRAME);
      const customer = toFrames(session, 'customer', encodeUlaw(c.customer), FRAME);
      return { c, callId: call.id, session, writer, agent, customer, speech: [] as SpeechSegment[], features: [] as SegmentFeatures[], bytes: header.length };
    }));
    const bySession = new Map(open.map((o) => [o.session, o]));
    const longest = Math.max(...open.map((o) => o.agent.length));
    for (let f = 0; f < longest; f += FRAMES_PER_BATCH) {
      const batch: FrameIn[] = open.flatMap((o) => [...o.agent.slice(f, f + FRAMES_PER_BATCH), ...o.customer.slice(f, f + FRAMES_PER_BATCH)]);
      for (const res of await engine.push(batch)) {
        const o = bySession.get(res.session);
        if (!o) continue;
        if (res.bytes.length) o.writer.append(res.bytes, res.durationMs);
        o.bytes += res.bytes.length;
        o.speech.push(...res.speech);
        o.features.push(...res.features);
      }
    }
    for (const o of open) {
      const { bytes, summary } = await engine.finish(o.session);
      o.speech.push(...summary.speech);
      o.features.push(...summary.features);
      o.bytes += bytes.length;
      await o.writer.finish(bytes, { state: 'completed', endedAt: Date.now(), durationMs: summary.durationMs, pausedRanges: summary.pausedRanges });
      await store.sublevel<TranscriptSegment[]>(PBX_TRANSCRIPTS).put(o.callId, o.c.corpus.segments);
      await store.sublevel<{ speech: SpeechSegment[]; features: SegmentFeatures[] }>(ACOUSTICS).put(o.callId, { speech: o.speech, features: o.features });
    }
    return open.map((o) => ({ ...o.c, callId: o.callId, speech: o.speech, features: o.features, bytes: o.bytes }));
  } finally {
    await engine.close();
  }
}

/** RMS of one channel (0 agent, 1 customer) of interleaved stereo PCM over [fromMs, toMs). */
export function rms(stereo: Int16Array, channel: 0 | 1, fromMs: number, toMs: number, rate: number): number {
  const a = Math.max(0, Math.floor((fromMs * rate) / 1000));
  const b = Math.min(stereo.length / 2, Math.floor((toMs * rate) / 1000));
  let sum = 0;
  for (let i = a; i < b; i++) sum += (stereo[i * 2 + channel] as number) ** 2;
  return b > a ? Math.sqrt(sum / (b - a)) : 0;
}

const overlapMs = (a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }) => Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));
const talk = (ranges: { leg: Leg; startMs: number; endMs: number }[], leg: Leg) => ranges.filter((s) => s.leg === leg).reduce((t, s) => t + s.endMs - s.startMs, 0);

export interface AudioCallResult {
  id: string;
  language: 'zh' | 'en';
  analysis: CallAnalysis;
  /** Rule ids flagged by analyseCall (outcome failed) and the labels. */
  flagged: string[];
  expected: string[];
  /** Labelled PII spans whose text no longer appears in the redacted transcript. */
  piiRedacted: number;
  piiExpected: number;
  /** Per labelled PII span: share of its actually-spoken time inside the masked ranges, and the RMS there before/after masking. */
  piiAudio: { text: string; covered: number; rmsBefore: number; rmsAfter: number }[];
  /** Loudest RMS (either leg) of the masked copy inside any masked range, 40 ms in from its edges (≈ 0 expected). */
  maskedRms: number;
  /** RMS of the masked copy over the speaking leg's speech outside every masked range, relative to the original (1 = unchanged). */
  outsideRatio: number;
  /** VAD talk time vs transcript segment time, per leg, and vs the speech actually placed on the leg. */
  talk: Record<Leg, { vadMs: number; transcriptMs: number; spokenMs: number }>;
  recordedBytes: number;
}

/** analyseCall on a recorded call, checked against its labels and its decoded audio. */
export async function checkCall(store: RecordingStore, rec: RecordedAudioCall): Promise<AudioCallResult> {
  const result = await analyseCall({ store, callId: rec.callId, maskAudio: true });
  if (result.transcriptSource !== 'pbx' || result.speechSource !== 'vad') {
    throw new Error(`Expected PBX transcript and VAD speech for ${rec.corpus.id} but received ${result.transcriptSource}/${result.speechSource}`);
  }
  const { masked, ...analysis } = result;
  if (!masked) throw new Error(`Expected a masked recording for ${rec.corpus.id}`);
  const stored = await store.readRecording(rec.callId);
  const before = await decodeRecording(stored.bytes, stored.dataKey, stored.recordingId);
  const after = await decodeRecording(masked.bytes, masked.dataKey, masked.recordingId);
  const ch = (leg: Leg): 0 | 1 => (leg === 'agent' ? 0 : 1);
  const ranges = analysis.piiAudioRanges;
  const piiAudio = rec.spokenPii.map((p) => {
    const covered = ranges.reduce((t, r) => t + overlapMs(p, r), 0) / Math.max(1, p.endMs - p.startMs);
    return { text: p.text, covered, rmsBefore: rms(before.pcm, ch(p.leg), p.startMs, p.endMs, before.sampleRate), rmsAfter: rms(after.pcm, ch(p.leg), p.startMs, p.endMs, after.sampleRate) };
  });
  const inside = ranges.flatMap((r) => [0, 1].map((c) => rms(after.pcm, c as 0 | 1, r.startMs + 40, r.endMs - 40, after.sampleRate)));
  // Outside the masks: the speech placed on the legs, cut around every masked range (±100 ms of codec overlap).
  let num = 0;
  let den = 0;
  for (const s of rec.spoken) {
    let pieces = [{ startMs: s.startMs, endMs: s.endMs }];
    for (const r of ranges) pieces = pieces.flatMap((p) => (overlapMs(p, { startMs: r.startMs - 100, endMs: r.endMs + 100 }) === 0 ? [p] : [{ startMs: p.startMs, endMs: r.startMs - 100 }, { startMs: r.endMs + 100, endMs: p.endMs }].filter((q) => q.endMs - q.startMs > 100)));
    for (const p of pieces) {
      const w = p.endMs - p.startMs;
      num += w * rms(after.pcm, ch(s.leg), p.startMs, p.endMs, after.sampleRate) ** 2;
      den += w * rms(before.pcm, ch(s.leg), p.startMs, p.endMs, before.sampleRate) ** 2;
    }
  }
  const redacted = analysis.redacted;
  const piiRedacted = rec.corpus.expected.pii.filter((e) => {
    const seg = rec.corpus.segments[e.segment];
    const red = redacted.find((r) => r.startMs === seg?.startMs && r.speaker === seg?.speaker);
    return red !== undefined && !red.text.includes(e.text);
  }).length;
  const legTalk = (leg: Leg) => ({ vadMs: talk(rec.speech, leg), transcriptMs: talk(rec.corpus.segments.map((s) => ({ leg: s.speaker, startMs: s.startMs, endMs: s.endMs })), leg), spokenMs: talk(rec.spoken, leg) });
  return {
    id: rec.corpus.id,
    language: rec.corpus.language,
    analysis,
    flagged: [...new Set(analysis.rules.outcomes.filter((o) => !o.passed).map((o) => o.ruleId))].sort(),
    expected: [...rec.corpus.expected.flagged].sort(),
    piiRedacted,
    piiExpected: rec.corpus.expected.pii.length,
    piiAudio,
    maskedRms: Math.max(0, ...inside),
    outsideRatio: den > 0 ? Math.sqrt(num / den) : 1,
    talk: { agent: legTalk('agent'), customer: legTalk('customer') },
    recordedBytes: rec.bytes,
  };
}

export interface AudioEvalReport {
  calls: AudioCallResult[];
  precision: number;
  recall: number;
  piiRedacted: number;
  piiExpected: number;
  /** Spoken PII spans whose actually-spoken time is ≥ 90 % inside a mask and silent there after masking. */
  piiMasked: number;
  /** Mean |VAD − transcript| / transcript talk time over every leg of every call. */
  talkError: number;
  summary: string;
}

/** Renders, records and analyses the audio calls in a fresh temporary store. */
export async function runAudioCalls(ids: readonly string[] = AUDIO_CALL_IDS): Promise<AudioEvalReport> {
  const dev = new Map(loadCorpus('dev').map((c) => [c.id, c]));
  const chosen = ids.map((id) => {
    const c = dev.get(id);
    if (!c) throw new Error(`Expected corpus call ${id} in test/corpus/dev`);
    return c;
  });
  const pinyin = pinyinTable();
  const rendered = await Promise.all(chosen.map((c) => renderCall(c, pinyin)));
  const dir = await mkdtemp(join(tmpdir(), 'cv-audio-calls-'));
  const store = await openStore({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'kek.json'), fsyncIntervalMs: 50, minFreeBytes: 0 });
  try {
    const recorded = await recordCalls(store, rendered);
    const calls: AudioCallResult[] = [];
    for (const rec of recorded) calls.push(await checkCall(store, rec));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of calls) {
      tp += c.flagged.filter((r) => c.expected.includes(r)).length;
      fp += c.flagged.filter((r) => !c.expected.includes(r)).length;
      fn += c.expected.filter((r) => !c.flagged.includes(r)).length;
    }
    const spans = calls.flatMap((c) => c.piiAudio);
    const piiMasked = spans.filter((p) => p.covered >= 0.9 && p.rmsAfter < 0.05 * Math.max(1, p.rmsBefore)).length;
    const legs = calls.flatMap((c) => Object.values(c.talk));
    const talkError = legs.reduce((t, l) => t + Math.abs(l.vadMs - l.transcriptMs) / Math.max(1, l.transcriptMs), 0) / Math.max(1, legs.length);
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const piiRedacted = calls.reduce((t, c) => t + c.piiRedacted, 0);
    const piiExpected = calls.reduce((t, c) => t + c.piiExpected, 0);
    const zh = calls.filter((c) => c.language === 'zh').length;
    const summary = `audio calls: ${calls.length} (${calls.length - zh} en, ${zh} zh) rules P ${precision.toFixed(2)} R ${recall.toFixed(2)} ` +
      `PII redacted ${piiRedacted}/${piiExpected} PII audio masked ${piiMasked}/${spans.length} talk-time error ${(100 * talkError).toFixed(1)}%`;
    return { calls, precision, recall, piiRedacted, piiExpected, piiMasked, talkError, summary };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
