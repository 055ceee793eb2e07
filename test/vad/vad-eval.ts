/**
 * `npm run eval:vad -- [--json] [--write-labels]`: runs the labelled VAD set through the record
 * path (the TS wrapper of the addon, μ-law frames in card-sized batches, both legs busy) and scores
 * the speech segments it returns frame by frame against the labels. Last line with --json:
 * {"f1", "precision", "recall", "music_false_alarm", "frames", "by_condition": {...}}.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RecordEngine } from '../../src/native/index.js';
import type { FrameIn } from '../../src/native/index.js';
import { encodeUlaw, toFrames } from '../../src/native/test-support.js';
import { buildSet, FRAME_MS, holdMusicOnly } from './vad-set.js';
import type { LabelledCall } from './vad-set.js';

const LABELS_FILE = join(process.cwd(), 'test', 'vad', 'labels.json');
const KEY = Buffer.alloc(32, 7);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const score = (c: Counts) => {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
};

/** Speech decisions per frame for two calls recorded as the two legs of one session. */
async function detect(engine: RecordEngine, agent: LabelledCall, customer: LabelledCall): Promise<[Uint8Array, Uint8Array]> {
  const { session } = engine.open({ recordingId: `vad-${agent.name}`, dataKey: KEY, codec: 'pcmu', sampleRate: 8000 });
  const a = toFrames(session, 'agent', encodeUlaw(agent.pcm), 160);
  const c = toFrames(session, 'customer', encodeUlaw(customer.pcm), 160);
  const out: [Uint8Array, Uint8Array] = [new Uint8Array(agent.labels.length), new Uint8Array(customer.labels.length)];
  const mark = (segments: { leg: string; startMs: number; endMs: number }[]) => {
    for (const s of segments) {
      const target = s.leg === 'agent' ? out[0] : out[1];
      target.fill(1, Math.floor(s.startMs / FRAME_MS), Math.ceil(s.endMs / FRAME_MS));
    }
  };
  // 200 ms card ticks: 10 frames per leg per push.
  for (let i = 0; i < Math.max(a.length, c.length); i += 10) {
    const batch: FrameIn[] = [...a.slice(i, i + 10), ...c.slice(i, i + 10)];
    for (const r of await engine.push(batch)) mark(r.speech);
  }
  mark((await engine.finish(session)).summary.speech);
  return out;
}

export interface VadEvaluation {
  f1: number;
  precision: number;
  recall: number;
  music_false_alarm: number;
  frames: number;
  calls: number;
  by_condition: Record<string, { f1: number; precision: number; recall: number }>;
  labels_match: boolean;
  false_alarms: { in_music: number; elsewhere: number };
}

export async function evaluateVad(options: { writeLabels?: boolean } = {}): Promise<VadEvaluation> {
  const set = await buildSet();
  const summary = set.map((c) => ({ name: c.name, frames: c.labels.length, speech: c.labels.reduce((s, v) => s + v, 0), music: c.musicFrames, sha256: createHash('sha256').update(c.labels).digest('hex').slice(0, 16) }));
  let labelsMatch = true;
  if (options.writeLabels) await writeFile(LABELS_FILE, `${JSON.stringify(summary, null, 1)}\n`);
  else labelsMatch = (await readFile(LABELS_FILE, 'utf8').catch(() => '')).trim() === JSON.stringify(summary, null, 1);
  const engine = new RecordEngine();
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const byCondition = new Map<string, Counts>();
  let fpMusic = 0, fpOther = 0;
  const debug: string[] = [];
  for (let i = 0; i < set.length; i += 2) {
    const pair = [set[i], set[i + 1] ?? set[i]] as [LabelledCall, LabelledCall];
    const decisions = await detect(engine, pair[0], pair[1]);
    pair.forEach((call, leg) => {
      const key = `${call.condition.noise}@${call.condition.snrDb}dB`;
      const c = byCondition.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      byCondition.set(key, c);
      const got = decisions[leg] as Uint8Array;
      for (let f = 0; f < call.labels.length; f++) {
        const field = call.labels[f] ? (got[f] ? 'tp' : 'fn') : got[f] ? 'fp' : 'tn';
        c[field]++;
        total[field]++;
        if (field === 'fp') call.music[f] ? fpMusic++ : fpOther++;
        if (process.env.VAD_DEBUG && field !== 'tp' && field !== 'tn') debug.push(`${call.name} ${field} ${f * FRAME_MS}${call.music[f] ? ' music' : ''}`);
      }
    });
  }
  await engine.close();
  if (process.env.VAD_DEBUG) await writeFile(process.env.VAD_DEBUG, debug.join('\n'));
  // Besides false alarms inside the calls' music stretches (false_alarms.in_music), music alone on a
  // quiet line: the share of it taken for speech.
  const musicFalseAlarm = await musicFalseAlarmRate();
  return {
    ...score(total),
    music_false_alarm: musicFalseAlarm,
    frames: total.tp + total.fp + total.fn + total.tn,
    calls: set.length,
    by_condition: Object.fromEntries([...byCondition].map(([k, c]) => [k, score(c)])),
    labels_match: labelsMatch,
    false_alarms: { in_music: fpMusic, elsewhere: fpOther },
  };
}

/** Share of frames flagged as speech over 30 s of hold music alone on a quiet line. */
async function musicFalseAlarmRate(): Promise<number> {
  const pcm = holdMusicOnly(30);
  const engine = new RecordEngine();
  const { session } = engine.open({ recordingId: 'vad-music', dataKey: KEY, codec: 'pcmu', sampleRate: 8000 });
  const a = toFrames(session, 'agent', encodeUlaw(pcm), 160);
  const c = toFrames(session, 'customer', encodeUlaw(new Int16Array(pcm.length)), 160);
  let speechMs = 0;
  for (let i = 0; i < a.length; i += 10) {
    for (const r of await engine.push([...a.slice(i, i + 10), ...c.slice(i, i + 10)])) for (const s of r.speech) speechMs += s.endMs - s.startMs;
  }
  for (const s of (await engine.finish(session)).summary.speech) speechMs += s.endMs - s.startMs;
  await engine.close();
  return speechMs / 30000;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const json = process.argv.includes('--json');
  const result = await evaluateVad({ writeLabels: process.argv.includes('--write-labels') });
  if (!json) {
    for (const [k, v] of Object.entries(result.by_condition)) console.log(`${k.padEnd(16)} P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)} F1 ${v.f1.toFixed(3)}`);
    console.log(`all: P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)}; hold music alone flagged ${(result.music_false_alarm * 100).toFixed(1)}%`);
  }
  console.log(JSON.stringify(result));
}
