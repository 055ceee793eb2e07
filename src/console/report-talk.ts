/**
 * Conversation-level report figures computed from what capture stores per call: hot keywords from
 * transcripts (Latin words and CJK bigrams, stop words dropped) and silence / overtalk shares from
 * the record path's speech segments. Bounded to a sample of the newest calls.
 */
import { readCallAcoustics, readPbxTranscript } from '../capture/index.js';
import type { CallRecord, SpeechSegment } from '../model/index.js';
import type { RecordingStore } from '../storage/index.js';

const STOP = new Set(['the', 'and', 'you', 'for', 'are', 'this', 'that', 'with', 'have', 'your', 'was', 'not', 'but', 'can', 'our', 'all', 'will', 'just', 'what', 'yes', 'okay', 'thank', 'thanks', 'please', 'hello']);
const CJK = /[\u4e00-\u9fff]+/g;

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []) if (!STOP.has(w)) out.push(w);
  for (const run of text.match(CJK) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** Total length of the union of ranges. */
function covered(ranges: { startMs: number; endMs: number }[]): number {
  const s = [...ranges].sort((a, b) => a.startMs - b.startMs);
  let total = 0;
  let end = -Infinity;
  for (const r of s) {
    if (r.startMs > end) {
      total += r.endMs - r.startMs;
      end = r.endMs;
    } else if (r.endMs > end) {
      total += r.endMs - end;
      end = r.endMs;
    }
  }
  return total;
}

function overlap(a: SpeechSegment[], b: SpeechSegment[]): number {
  const inter: { startMs: number; endMs: number }[] = [];
  for (const x of a) for (const y of b) {
    const s = Math.max(x.startMs, y.startMs);
    const e = Math.min(x.endMs, y.endMs);
    if (e > s) inter.push({ startMs: s, endMs: e });
  }
  return covered(inter);
}

export async function talkFigures(store: RecordingStore, calls: CallRecord[], sample = 1000): Promise<{
  hotKeywords: { word: string; count: number }[];
  silenceOvertalk: { queue: string; calls: number; silenceShare: number; overtalkShare: number }[];
}> {
  const words = new Map<string, number>();
  const queues = new Map<string, { calls: number; silence: number; overtalk: number; ms: number }>();
  for (const c of calls.slice(0, sample)) {
    const [segments, acoustics] = await Promise.all([readPbxTranscript(store, c.id), readCallAcoustics(store, c.id)]);
    for (const seg of segments) for (const t of tokens(seg.text)) words.set(t, (words.get(t) ?? 0) + 1);
    const speech = acoustics?.speech ?? [];
    if (speech.length && c.durationMs > 0) {
      const q = queues.get(c.queue) ?? { calls: 0, silence: 0, overtalk: 0, ms: 0 };
      const agent = speech.filter((s) => s.leg === 'agent');
      const customer = speech.filter((s) => s.leg === 'customer');
      q.calls++;
      q.ms += c.durationMs;
      q.silence += Math.max(0, c.durationMs - covered(speech));
      q.overtalk += overlap(agent, customer);
      queues.set(c.queue, q);
    }
  }
  return {
    hotKeywords: [...words].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([word, count]) => ({ word, count })),
    silenceOvertalk: [...queues].map(([queue, q]) => ({ queue, calls: q.calls, silenceShare: q.silence / q.ms, overtalkShare: q.overtalk / q.ms })),
  };
}
