/**
 * Post-call analysis on the real path: the stored call record, the PBX transcript (or a supplied /
 * imported one), the record path's speech segments and features, then metrics, rules, scorecard,
 * emotion and redaction. The summary goes to CallRecord.analysis; the full result to the
 * 'analysis' sublevel so the console can show evidence without recomputing.
 */
import { randomBytes } from 'node:crypto';
import { readCallAcoustics, readPbxTranscript } from '../capture/index.js';
import type { CallAnalysisSummary, SpeechSegment, TranscriptSegment } from '../model/index.js';
import { maskRecording } from '../native/index.js';
import { redactTranscript } from '../redaction/index.js';
import { defaultRulePack, evaluateRules, type EvaluationResult, type RulePack } from '../rules/index.js';
import type { RecordingStore } from '../storage/index.js';
import { createLogger } from '../trace/index.js';
import { defaultScorecard } from './default-scorecard.js';
import { analyseEmotion, type EmotionPoint, type EmotionSummary } from './emotion.js';
import { computeMetrics, type ConversationMetrics } from './metrics.js';
import { scoreCall, type Scorecard, type ScorecardResult } from './scorecard.js';
import type { TranscriptSource } from './sources.js';

export const ANALYSIS_SUBLEVEL = 'analysis';
/** A 2-hour call has ~1,500 transcript segments; beyond this the stored record would only grow. */
export const MAX_STORED_EMOTION_POINTS = 2000;
const log = createLogger('analysis');

/** One emotion reading as stored for the console's transcript view (no evidence text: no PII). */
export interface StoredEmotionPoint {
  /** Index into `redacted` (the time-sorted transcript); absent for acoustic-only points. */
  segmentIndex?: number;
  startMs: number;
  endMs: number;
  speaker: EmotionPoint['leg'];
  valence?: number;
  arousal?: number;
  label: 'negative' | 'neutral' | 'positive';
}

/** One positive lexicon word gives valence 0.5: that is where a line reads as positive. */
const POSITIVE_VALENCE = 0.5;

/**
 * Points for the transcript view, bounded: transcript-backed points first (every line gets its
 * label), acoustic-only points fill what room is left, the result back in time order.
 */
export function storedEmotionPoints(points: EmotionPoint[], max = MAX_STORED_EMOTION_POINTS): StoredEmotionPoint[] {
  const byText = points.filter((p) => p.segmentIndex !== undefined);
  const acousticOnly = points.filter((p) => p.segmentIndex === undefined);
  const kept = [...byText, ...acousticOnly].slice(0, max).sort((a, b) => a.startMs - b.startMs);
  return kept.map((p) => ({
    ...(p.segmentIndex !== undefined ? { segmentIndex: p.segmentIndex } : {}),
    startMs: p.startMs, endMs: p.endMs, speaker: p.leg,
    ...(p.valence !== undefined ? { valence: p.valence } : {}),
    ...(p.arousal !== undefined ? { arousal: p.arousal } : {}),
    label: p.negative ? 'negative' : (p.valence ?? 0) >= POSITIVE_VALENCE ? 'positive' : 'neutral',
  }));
}

export interface CallAnalysis {
  callId: string;
  language: 'zh' | 'en';
  /** Where the words came from. */
  transcriptSource: 'pbx' | 'local-asr' | 'import' | 'none';
  /** Speech segments from the record path's VAD, or (fallback) the transcript's segment times. */
  speechSource: 'vad' | 'transcript';
  metrics: ConversationMetrics;
  rules: EvaluationResult;
  scorecard: ScorecardResult;
  emotion: Omit<EmotionSummary, 'points'>;
  /** Per-segment emotion (at most MAX_STORED_EMOTION_POINTS), segment indices into `redacted`. */
  emotionPoints: StoredEmotionPoint[];
  /** Redacted transcript (what the console shows) and the PII audio ranges to mask. */
  redacted: TranscriptSegment[];
  piiAudioRanges: { startMs: number; endMs: number }[];
  analysedAt: number;
}

export interface AnalyseOptions {
  store: RecordingStore;
  callId: string;
  rulePack?: RulePack;
  scorecard?: Scorecard;
  /** Other transcript sources tried in order when the PBX sent none (local ASR, imported files). */
  transcripts?: TranscriptSource[];
  /** Also produce a PII-masked copy of the recording (silence over piiAudioRanges). */
  maskAudio?: boolean;
  now?: () => number;
}

function detectLanguage(segments: TranscriptSegment[]): 'zh' | 'en' {
  const text = segments.map((s) => s.text).join(' ');
  const cjk = text.match(/[\u3400-\u9fff]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]+/gu)?.length ?? 0;
  return cjk >= latin ? 'zh' : 'en';
}

export async function analyseCall(opts: AnalyseOptions): Promise<CallAnalysis & { masked?: { bytes: Buffer; dataKey: Buffer; recordingId: string } }> {
  const { store, callId } = opts;
  const call = await store.getCall(callId);
  let transcript = await readPbxTranscript(store, callId);
  let transcriptSource: CallAnalysis['transcriptSource'] = transcript.length ? 'pbx' : 'none';
  for (const source of transcript.length ? [] : opts.transcripts ?? []) {
    try {
      transcript = await source.transcript(callId);
    } catch (error) {
      // One failing source (no model, missing file) must not stop the analysis of the call.
      log.warn('transcript source failed', { callId, source: source.kind, error: (error as Error).message });
      continue;
    }
    if (transcript.length) {
      transcriptSource = source.kind;
      break;
    }
  }
  transcript = [...transcript].sort((a, b) => a.startMs - b.startMs);
  const acoustics = await readCallAcoustics(store, callId);
  const speech: SpeechSegment[] = acoustics?.speech.length ? acoustics.speech : transcript.map((s) => ({ leg: s.speaker, startMs: s.startMs, endMs: s.endMs }));
  const language = call.analysis?.language ?? detectLanguage(transcript);
  const durationMs = call.durationMs ?? Math.max(0, ...speech.map((s) => s.endMs));
  const metrics = computeMetrics({ durationMs, speech, transcript, holdRanges: call.holdRanges, language });
  const rules = evaluateRules(opts.rulePack ?? defaultRulePack(), { segments: transcript, durationMs, language });
  const emotion = analyseEmotion({ transcript, features: acoustics?.features ?? [], durationMs });
  const scorecard = scoreCall(opts.scorecard ?? defaultScorecard(), { rules, metrics, emotion });
  const red = redactTranscript(transcript);
  const piiAudioRanges = red.audioRanges.map((r) => ({ startMs: r.startMs, endMs: r.endMs }));
  const analysedAt = (opts.now ?? Date.now)();
  const { points, ...emotionSummary } = emotion;
  const result: CallAnalysis = {
    callId, language, transcriptSource, speechSource: acoustics?.speech.length ? 'vad' : 'transcript',
    metrics, rules, scorecard, emotion: emotionSummary, emotionPoints: storedEmotionPoints(points), redacted: red.segments, piiAudioRanges, analysedAt,
  };
  const summary: CallAnalysisSummary = {
    score: scorecard.score,
    ruleHits: [...new Set(rules.outcomes.filter((o) => o.applicable && !o.passed).map((o) => o.ruleId))],
    negativeEmotionShare: emotion.customer.negativeShare,
    language,
    analysedAt,
  };
  await store.sublevel<CallAnalysis>(ANALYSIS_SUBLEVEL).put(callId, result);
  await store.updateCall(callId, { analysis: summary });
  if (opts.maskAudio && call.recording && call.state === 'completed') {
    const rec = await store.readRecording(callId);
    const out = { dataKey: randomBytes(32), recordingId: `${callId}.pii-masked` };
    const ranges = [...call.maskedRanges, ...piiAudioRanges].filter((r) => r.endMs > r.startMs);
    const bytes = await maskRecording(rec.bytes, rec.dataKey, rec.recordingId, ranges, out, 'silence');
    return { ...result, masked: { bytes, ...out } };
  }
  return result;
}

/** Reads a stored analysis (undefined if the call was never analysed). */
export async function readCallAnalysis(store: RecordingStore, callId: string): Promise<CallAnalysis | undefined> {
  return (await store.sublevel<CallAnalysis>(ANALYSIS_SUBLEVEL).get(callId)) ?? undefined;
}
