/**
 * Conversation metrics from VAD speech segments (per leg) and transcripts. Pure functions so the
 * figures can be checked by hand in tests.
 */
import type { Leg, SpeechSegment, TimeRangeMs, TranscriptSegment } from '../model/index.js';

export interface Interruption {
  /** Who started speaking while the other was still talking. */
  by: Leg;
  interrupted: Leg;
  atMs: number;
}

export interface ConversationMetrics {
  durationMs: number;
  talkMs: Record<Leg, number>;
  /** Own talk time / other side's talk time (0 when the other side never spoke). */
  talkToListen: Record<Leg, number>;
  silence: { count: number; totalMs: number; longestMs: number };
  overtalkMs: number;
  interruptions: Interruption[];
  holdMs: number;
  /** chars/min for zh, words/min for en, over the leg's transcript time. */
  speakingRate: Record<Leg, number>;
  /** Mean gap from the end of a customer turn to the next agent start (ms), undefined if none. */
  agentResponseLatencyMs: number | undefined;
}

export interface MetricsInput {
  durationMs: number;
  speech: SpeechSegment[];
  transcript?: TranscriptSegment[];
  holdRanges?: TimeRangeMs[];
  language?: string;
  /** Minimum gap counted as a silence (ms). Default 5000. */
  silenceMs?: number;
}

const LEGS: Leg[] = ['agent', 'customer'];

function merge(ranges: TimeRangeMs[]): TimeRangeMs[] {
  const sorted = ranges.filter((r) => r.endMs > r.startMs).map((r) => ({ ...r })).sort((a, b) => a.startMs - b.startMs);
  const out: TimeRangeMs[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.startMs <= last.endMs) last.endMs = Math.max(last.endMs, r.endMs);
    else out.push(r);
  }
  return out;
}

const total = (ranges: TimeRangeMs[]): number => ranges.reduce((s, r) => s + r.endMs - r.startMs, 0);

function intersectMs(a: TimeRangeMs[], b: TimeRangeMs[]): number {
  let sum = 0;
  for (const x of a) for (const y of b) sum += Math.max(0, Math.min(x.endMs, y.endMs) - Math.max(x.startMs, y.startMs));
  return sum;
}

function units(text: string, language: string | undefined): number {
  const cjk = text.match(/[\u3400-\u9fff]/gu)?.length ?? 0;
  if (language?.startsWith('zh') || (!language && cjk > 0)) return cjk;
  return text.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

export function computeMetrics(input: MetricsInput): ConversationMetrics {
  const silenceMs = input.silenceMs ?? 5000;
  const byLeg = Object.fromEntries(LEGS.map((leg) => [leg, merge(input.speech.filter((s) => s.leg === leg))])) as Record<Leg, TimeRangeMs[]>;
  const talkMs = { agent: total(byLeg.agent), customer: total(byLeg.customer) };
  const talkToListen = {
    agent: talkMs.customer > 0 ? talkMs.agent / talkMs.customer : 0,
    customer: talkMs.agent > 0 ? talkMs.customer / talkMs.agent : 0,
  };
  // Silence: gaps where neither side speaks, including the start and end of the call; hold excluded.
  const anySpeech = merge([...byLeg.agent, ...byLeg.customer, ...(input.holdRanges ?? [])]);
  const silence = { count: 0, totalMs: 0, longestMs: 0 };
  let cursor = 0;
  for (const r of [...anySpeech, { startMs: input.durationMs, endMs: input.durationMs }]) {
    const gap = r.startMs - cursor;
    if (gap >= silenceMs) {
      silence.count += 1;
      silence.totalMs += gap;
      silence.longestMs = Math.max(silence.longestMs, gap);
    }
    cursor = Math.max(cursor, r.endMs);
  }
  const overtalkMs = intersectMs(byLeg.agent, byLeg.customer);
  // Interruption: a leg starts while the other leg is already speaking (not at the same instant).
  const interruptions: Interruption[] = [];
  for (const leg of LEGS) {
    const other: Leg = leg === 'agent' ? 'customer' : 'agent';
    for (const r of byLeg[leg]) {
      if (byLeg[other].some((o) => o.startMs < r.startMs && o.endMs > r.startMs)) interruptions.push({ by: leg, interrupted: other, atMs: r.startMs });
    }
  }
  interruptions.sort((a, b) => a.atMs - b.atMs);
  const holdMs = total(merge(input.holdRanges ?? []));
  const speakingRate = { agent: 0, customer: 0 };
  const transcript = input.transcript ?? [];
  for (const leg of LEGS) {
    const segs = transcript.filter((s) => s.speaker === leg && s.endMs > s.startMs);
    const ms = total(merge(segs));
    const n = segs.reduce((s, x) => s + units(x.text, input.language), 0);
    speakingRate[leg] = ms > 0 ? (n * 60_000) / ms : 0;
  }
  const latencies: number[] = [];
  for (const c of byLeg.customer) {
    const next = byLeg.agent.find((a) => a.startMs >= c.endMs);
    if (next && !byLeg.customer.some((x) => x.startMs > c.startMs && x.startMs < next.startMs)) latencies.push(next.startMs - c.endMs);
  }
  const agentResponseLatencyMs = latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : undefined;
  return { durationMs: input.durationMs, talkMs, talkToListen, silence, overtalkMs, interruptions, holdMs, speakingRate, agentResponseLatencyMs };
}
