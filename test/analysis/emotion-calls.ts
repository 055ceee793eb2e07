/**
 * Synthetic calls for the acoustic emotion evaluation: the customer leg speaks neutral sentences
 * (English, or Mandarin from tone-numbered pinyin) rendered by espeak-ng either calm (low pitch,
 * soft, slow) or agitated (high pitch, loud, fast), in a chosen order; the calls then go through
 * the real record path (RecordEngine, μ-law 20 ms frames in 200 ms card ticks) and come back with
 * the VAD's speech segments and their acoustic features.
 *
 * The texts carry no lexicon words, so valence is 0 everywhere and only the voice can decide.
 * Everything is seeded: the same set on every run (espeak output is cached by test/vad/espeak.ts).
 */
import { RecordEngine } from '../../src/native/index.js';
import type { FrameIn, SegmentFeatures } from '../../src/native/index.js';
import { encodeUlaw, toFrames } from '../../src/native/test-support.js';
import type { TranscriptSegment } from '../../src/model/index.js';
import { speak } from '../vad/espeak.js';
import type { Voice } from '../vad/espeak.js';
import { rng } from '../../src/simulator/index.js';

const RATE = 8000;
const FRAMES_PER_TICK = 10; // 200 ms of 20 ms frames per leg per push
const KEY = Buffer.alloc(32, 11);
/** Line noise floor (σ of 16-bit samples, about -60 dBFS): a real line is never digital zero. */
const NOISE_SIGMA = 30;

/** Neutral sentences: what is said (espeak input) and what a transcript would show. */
interface Line {
  say: string;
  text: string;
}

const EN: Line[] = [
  'I am calling about the statement for my credit card.',
  'The payment was made on the third of last month.',
  'My account number ends in four seven two one.',
  'Can you tell me when the transfer will arrive?',
  'I changed my address in March this year.',
  'The card was used at a shop in the city centre.',
  'I would like to know the interest rate on the loan.',
  'Please send the letter to my home address.',
  'The branch on the main street was closed on Monday.',
  'I need the balance of the savings account.',
  'Which documents do I have to bring to the branch?',
  'The amount on the bill is three hundred and twenty dollars.',
  'I spoke to one of your colleagues yesterday afternoon.',
  'My phone number changed last week.',
  'When will the new card reach me by post?',
  "The fee appears twice on this month's statement.",
].map((s) => ({ say: s, text: s }));

const ZH: Line[] = [
  ['wo3 xiang3 wen4 yi2 xia4 xin4 yong4 ka3 de zhang4 dan1.', '我想问一下信用卡的账单。'],
  ['zhe4 bi3 kuan3 shi4 shang4 ge4 yue4 san1 hao4 fu4 de.', '这笔款是上个月三号付的。'],
  ['wo3 de zhang4 hao4 wei3 hao4 shi4 si4 qi1 er4 yi1.', '我的账号尾号是四七二一。'],
  ['zhuan3 zhang4 shen2 me shi2 hou4 neng2 dao4 zhang4?', '转账什么时候能到账？'],
  ['wo3 jin1 nian2 san1 yue4 huan4 le di4 zhi3.', '我今年三月换了地址。'],
  ['zhe4 zhang1 ka3 zai4 shi4 zhong1 xin1 de shang1 dian4 shua1 guo4.', '这张卡在市中心的商店刷过。'],
  ['dai4 kuan3 de li4 xi1 shi4 duo1 shao3?', '贷款的利息是多少？'],
  ['qing3 ba3 xin4 ji4 dao4 wo3 jia1 li3.', '请把信寄到我家里。'],
  ['zhu3 jie1 de na4 ge4 wang3 dian3 xing1 qi1 yi1 guan1 men2 le.', '主街的那个网点星期一关门了。'],
  ['wo3 xu1 yao4 cha2 chu3 xu4 zhang4 hu4 de yu2 e2.', '我需要查储蓄账户的余额。'],
  ['qu4 wang3 dian3 yao4 dai4 na3 xie1 zheng4 jian4?', '去网点要带哪些证件？'],
  ['zhang4 dan1 shang4 de jin1 e2 shi4 san1 bai3 er4 shi2 yuan2.', '账单上的金额是三百二十元。'],
  ['wo3 zuo2 tian1 xia4 wu3 gen1 ni3 men de tong2 shi4 tan2 guo4.', '我昨天下午跟你们的同事谈过。'],
  ['wo3 de shou3 ji1 hao4 shang4 zhou1 huan4 le.', '我的手机号上周换了。'],
  ['xin1 ka3 shen2 me shi2 hou4 you2 ji4 dao4?', '新卡什么时候邮寄到？'],
  ['zhe4 ge4 yue4 de zhang4 dan1 shang4 shou3 xu4 fei4 chu1 xian4 le liang3 ci4.', '这个月的账单上手续费出现了两次。'],
].map(([say, text]) => ({ say: say as string, text: text as string }));

const VARIANTS = ['m1', 'm3', 'f2', 'm7', 'f4', 'm5', 'f1', 'm2'];

/** calm→agitated, agitated→calm, or calm throughout (the false-positive control). */
export type Order = 'rising' | 'falling' | 'flat';

/**
 * How far apart the two registers are. 'brief': the ranges (calm -p ~35 -a ~80 -s ~150,
 * agitated -p 70-90 -a 150-190 -s 190-230). 'mild': a smaller raise (-p 50-60 -a 105-125
 * -s 170-190), to show where detection fades. 'wide': calm only, but spread over -p 25-50
 * -a 60-110 -s 130-175, a livelier calm speaker for the false-alarm side.
 */
export type Register = 'brief' | 'mild' | 'wide';

export interface CallSpec {
  name: string;
  language: 'en' | 'zh';
  order: Order;
  seed: number;
  /** Default 'brief'. */
  register?: Register;
  /** Customer utterances in the call (half calm, half agitated unless flat). Default 8. */
  utterances?: number;
}

export interface Utterance {
  startMs: number;
  endMs: number;
  text: string;
  agitated: boolean;
  voice: Voice;
}

export interface SyntheticCall {
  spec: CallSpec;
  durationMs: number;
  utterances: Utterance[];
  /** The customer's transcript (neutral text, exact timings). */
  transcript: TranscriptSegment[];
  agent: Int16Array;
  customer: Int16Array;
}

export interface RecordedCall extends SyntheticCall {
  /** Features of the VAD's speech segments of both legs, as the record path returned them. */
  features: SegmentFeatures[];
}


const between = (r: () => number, lo: number, hi: number) => Math.round(lo + (hi - lo) * r());

/** [pitch, amplitude, speed] ranges of each register. */
const RANGES: Record<Register, { calm: [number, number][]; agitated: [number, number][] }> = {
  brief: { calm: [[31, 39], [70, 90], [140, 160]], agitated: [[70, 90], [150, 190], [190, 230]] },
  mild: { calm: [[31, 39], [70, 90], [140, 160]], agitated: [[50, 60], [105, 125], [170, 190]] },
  wide: { calm: [[25, 50], [60, 110], [130, 175]], agitated: [[70, 90], [150, 190], [190, 230]] },
};

function voiceFor(r: () => number, language: 'en' | 'zh', variant: string, pitchOffset: number, register: Register, agitated: boolean): Voice {
  const [p, a, s] = RANGES[register][agitated ? 'agitated' : 'calm'] as [[number, number], [number, number], [number, number]];
  return { language, variant, pitch: between(r, ...p) + pitchOffset, amplitude: between(r, ...a), speed: between(r, ...s) };
}

function noise(r: () => number, n: number): Int16Array {
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(NOISE_SIGMA * Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r()));
  return out;
}

/** Renders one call: leading silence, then the customer's utterances with 0.6–1.0 s pauses. */
export async function buildCall(spec: CallSpec): Promise<SyntheticCall> {
  const r = rng(spec.seed);
  const count = spec.utterances ?? 8;
  const pool = [...(spec.language === 'zh' ? ZH : EN)];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as Line, pool[i] as Line];
  }
  const variant = VARIANTS[Math.floor(r() * VARIANTS.length)] as string;
  const pitchOffset = between(r, -5, 5);
  // Phone/line gain of this caller: levels are only comparable within one call.
  const gain = 0.6 + 0.5 * r();
  const parts: { pcm: Int16Array; line: Line; agitated: boolean; voice: Voice; pauseMs: number }[] = [];
  for (let i = 0; i < count; i++) {
    const second = i >= count / 2;
    const agitated = spec.order === 'rising' ? second : spec.order === 'falling' ? !second : false;
    const voice = voiceFor(r, spec.language, variant, pitchOffset, spec.register ?? 'brief', agitated);
    const line = pool[i % pool.length] as Line;
    parts.push({ pcm: await speak(line.say, voice, RATE), line, agitated, voice, pauseMs: between(r, 600, 1000) });
  }
  const leadMs = 500;
  const totalSamples = ((leadMs + parts.reduce((s, p) => s + p.pauseMs, 0)) * RATE) / 1000 + parts.reduce((s, p) => s + p.pcm.length, 0);
  const frames = Math.ceil(totalSamples / 160);
  const customer = noise(r, frames * 160);
  const agent = noise(r, frames * 160);
  const utterances: Utterance[] = [];
  let at = (leadMs * RATE) / 1000;
  for (const p of parts) {
    for (let i = 0; i < p.pcm.length; i++) {
      const x = (customer[at + i] as number) + gain * (p.pcm[i] as number);
      customer[at + i] = Math.max(-32768, Math.min(32767, Math.round(x)));
    }
    utterances.push({ startMs: (at * 1000) / RATE, endMs: ((at + p.pcm.length) * 1000) / RATE, text: p.line.text, agitated: p.agitated, voice: p.voice });
    at += p.pcm.length + (p.pauseMs * RATE) / 1000;
  }
  const transcript: TranscriptSegment[] = utterances.map((u) => ({ speaker: 'customer', startMs: Math.round(u.startMs), endMs: Math.round(u.endMs), text: u.text, confidence: 1 }));
  return { spec, durationMs: frames * 20, utterances, transcript, agent, customer };
}

/**
 * Records calls side by side through one engine (each push carries one 200 ms tick of every
 * session, as a capture card would) and returns each call with the features the path produced.
 */
export async function recordCalls(calls: SyntheticCall[]): Promise<RecordedCall[]> {
  const engine = new RecordEngine();
  try {
    const legs = calls.map((c, i) => {
      const { session } = engine.open({ recordingId: `emotion-${i}-${c.spec.name}`, dataKey: KEY, codec: 'pcmu', sampleRate: RATE });
      return { session, agent: toFrames(session, 'agent', encodeUlaw(c.agent), 160), customer: toFrames(session, 'customer', encodeUlaw(c.customer), 160) };
    });
    const features = new Map<number, SegmentFeatures[]>(legs.map((l) => [l.session, []]));
    const longest = Math.max(...legs.map((l) => l.customer.length));
    for (let f = 0; f < longest; f += FRAMES_PER_TICK) {
      const batch: FrameIn[] = legs.flatMap((l) => [...l.agent.slice(f, f + FRAMES_PER_TICK), ...l.customer.slice(f, f + FRAMES_PER_TICK)]);
      if (batch.length === 0) continue;
      for (const res of await engine.push(batch)) features.get(res.session)?.push(...res.features);
    }
    for (const l of legs) features.get(l.session)?.push(...(await engine.finish(l.session)).summary.features);
    return calls.map((c, i) => ({ ...c, features: features.get((legs[i] as { session: number }).session) ?? [] }));
  } finally {
    await engine.close();
  }
}

/** Features of one utterance rendered alone and recorded (for checks that one knob moves one feature). */
export async function recordUtterance(text: string, voice: Voice): Promise<SegmentFeatures[]> {
  const pcm = await speak(text, voice, RATE);
  const r = rng(7);
  const n = Math.ceil((pcm.length + RATE) / 160) * 160;
  const customer = noise(r, n);
  for (let i = 0; i < pcm.length; i++) customer[RATE / 2 + i] = Math.max(-32768, Math.min(32767, (customer[RATE / 2 + i] as number) + (pcm[i] as number)));
  const call: SyntheticCall = { spec: { name: 'one', language: voice.language, order: 'flat', seed: 7 }, durationMs: (n / RATE) * 1000, utterances: [], transcript: [], agent: noise(r, n), customer };
  const [recorded] = await recordCalls([call]);
  return (recorded?.features ?? []).filter((f) => f.leg === 'customer');
}
