/**
 * The labelled VAD set: synthetic calls built from espeak-ng speech (English and Mandarin, varied
 * pitch, loudness and speed), pauses, stretches of hold music, and line noise (white hiss, pink
 * noise with mains hum, clicks) mixed at 20, 10 and 5 dB SNR, plus a quiet line.
 *
 * Labels are per 20 ms frame and come from the clean speech before mixing: a frame is speech when
 * its clean energy is within 35 dB of the utterance's loudest frame; pauses shorter than 260 ms
 * between speech frames of one utterance count as speech (the granularity a QA analyst uses, and
 * the VAD's hangover). Hold music is never speech. Everything is seeded, so the set is the same on
 * every run; labels.json holds the label summary of each call so a drift of espeak-ng shows.
 */
import { rng } from '../../src/simulator/index.js';
import { speak } from './espeak.js';

export const FRAME_MS = 20;
const RATE = 8000;
const FRAME = (RATE * FRAME_MS) / 1000;
const BRIDGE_FRAMES = 13; // 260 ms
const ACTIVE_BELOW_PEAK_DB = 35;

const EN = [
  'Thank you for calling, this call may be recorded for quality and training purposes.',
  'Could you please confirm your full name and the last four digits of your card?',
  'I have been waiting for the refund for two weeks and nobody called me back.',
  'Let me check that for you, it will only take a moment.',
  'The annual fee is waived if you spend more than five thousand dollars a year.',
  'I would like to close my account today.',
  'Is there anything else I can help you with?',
  'No, that is all, thank you very much.',
  'Your transfer has been completed and you will receive a text message shortly.',
  'Why was I charged twice for the same purchase?',
];
const ZH = [
  'nin2 hao3, huan1 ying2 zhi4 dian4, ben3 ci4 tong1 hua4 jiang1 bei4 lu4 yin1.',
  'qing3 wen4 you3 shen2 me ke3 yi3 bang1 nin2?',
  'wo3 xiang3 cha2 yi2 xia4 wo3 de xin4 yong4 ka3 zhang4 dan1.',
  'qing3 nin2 he2 dui4 yi2 xia4 shen1 fen4 zheng4 hou4 si4 wei4.',
  'zhe4 kuan3 li3 cai2 chan3 pin3 you3 feng1 xian3, bu4 bao3 zheng4 shou1 yi4.',
  'wo3 yi3 jing1 deng3 le liang3 ge4 xing1 qi1 le, tai4 man4 le.',
  'fei1 chang2 bao4 qian4, wo3 ma3 shang4 wei4 nin2 chu3 li3.',
  'hao3 de, xie4 xie4, zai4 jian4.',
  'nin2 de zhuan3 zhang4 yi3 jing1 cheng2 gong1 le.',
  'wei4 shen2 me kou4 le wo3 liang3 ci4 qian2?',
];

export type NoiseKind = 'quiet' | 'white' | 'pink-hum' | 'clicks';
export interface Condition {
  noise: NoiseKind;
  snrDb: number;
}
export const CONDITIONS: Condition[] = [
  { noise: 'quiet', snrDb: 60 },
  ...[20, 10, 5].flatMap((snrDb) => (['white', 'pink-hum', 'clicks'] as const).map((noise) => ({ noise, snrDb }))),
];

export interface LabelledCall {
  name: string;
  condition: Condition;
  language: 'en' | 'zh';
  pcm: Int16Array;
  /** 1 = speech, per 20 ms frame. */
  labels: Uint8Array;
  /** 1 = hold music, per 20 ms frame. */
  music: Uint8Array;
  musicFrames: number;
}


function gaussian(r: () => number): number {
  return Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
}

/** A hold-music stretch: a pentatonic melody of harmonic notes over a sustained fifth. */
function holdMusic(samples: number, r: () => number): Float64Array {
  const out = new Float64Array(samples);
  const scale = [262, 294, 330, 392, 440, 523, 587];
  const root = scale[Math.floor(r() * 3)] as number;
  for (let i = 0; i < samples; i++) {
    const t = i / RATE;
    out[i] = 0.35 * (Math.sin(2 * Math.PI * (root / 2) * t) + 0.6 * Math.sin(2 * Math.PI * ((root * 3) / 4) * t));
  }
  for (let start = 0; start < samples; ) {
    const len = Math.round(RATE * (0.25 + r() * 0.35));
    const f = scale[Math.floor(r() * scale.length)] as number;
    for (let i = 0; i < len && start + i < samples; i++) {
      const t = i / RATE;
      const env = Math.min(1, t / 0.02) * Math.exp(-t * 2.5);
      let v = 0;
      for (const [h, a] of [[1, 1], [2, 0.5], [3, 0.3], [4, 0.15]] as const) v += a * Math.sin(2 * Math.PI * f * h * t);
      out[start + i] = (out[start + i] as number) + env * v;
    }
    start += len;
  }
  return out;
}

function noise(kind: NoiseKind, samples: number, r: () => number): Float64Array {
  const out = new Float64Array(samples);
  let b0 = 0, b1 = 0, b2 = 0;
  for (let i = 0; i < samples; i++) {
    const w = gaussian(r);
    if (kind === 'pink-hum') {
      // Paul Kellet's economy pink filter, plus 50 Hz mains hum with odd harmonics.
      b0 = 0.99765 * b0 + w * 0.099046;
      b1 = 0.963 * b1 + w * 0.2965164;
      b2 = 0.57 * b2 + w * 1.0526913;
      const t = i / RATE;
      out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.35 + 0.8 * Math.sin(2 * Math.PI * 50 * t) + 0.4 * Math.sin(2 * Math.PI * 150 * t) + 0.2 * Math.sin(2 * Math.PI * 250 * t);
    } else if (kind === 'clicks') {
      out[i] = w * 0.6 + (r() < 0.0008 ? (r() - 0.5) * 40 : 0);
    } else {
      out[i] = w;
    }
  }
  return out;
}

const power = (x: Float64Array | Int16Array, from = 0, to = x.length): number => {
  let s = 0;
  for (let i = from; i < to; i++) s += (x[i] as number) ** 2;
  return s / Math.max(1, to - from);
};

function labelUtterance(pcm: Int16Array): Uint8Array {
  const frames = Math.floor(pcm.length / FRAME);
  const e = Array.from({ length: frames }, (_, f) => power(pcm, f * FRAME, (f + 1) * FRAME));
  const threshold = Math.max(...e) * 10 ** (-ACTIVE_BELOW_PEAK_DB / 10);
  const labels = new Uint8Array(frames);
  e.forEach((v, f) => (labels[f] = v > threshold ? 1 : 0));
  let last = -1;
  for (let f = 0; f < frames; f++) {
    if (!labels[f]) continue;
    if (last >= 0 && f - last - 1 < BRIDGE_FRAMES) labels.fill(1, last + 1, f);
    last = f;
  }
  return labels;
}

/** Builds one labelled call of ~40 s. */
export async function buildCall(index: number, condition: Condition, language: 'en' | 'zh'): Promise<LabelledCall> {
  const r = rng(1000 + index * 7919);
  const seconds = 40;
  const total = seconds * RATE;
  const speech = new Float64Array(total);
  const music = new Float64Array(total);
  const labels = new Uint8Array(total / FRAME);
  const musicMask = new Uint8Array(total / FRAME);
  const texts = language === 'en' ? EN : ZH;
  // Odd calls start talking at once, before the VAD has heard any noise.
  let at = index % 2 === 1 ? 0 : Math.round(RATE * (0.5 + r() * 1.5));
  let musicFrames = 0;
  while (at < total - RATE * 3) {
    if (r() < 0.22) {
      const len = Math.min(total - at, Math.round(RATE * (3 + r() * 5)));
      music.set(holdMusic(len, r), at);
      musicMask.fill(1, Math.floor(at / FRAME), Math.ceil((at + len) / FRAME));
      musicFrames += Math.floor(len / FRAME);
      at += len + Math.round(RATE * (0.3 + r() * 1));
      continue;
    }
    const text = texts[Math.floor(r() * texts.length)] as string;
    // Base voices: espeak's default, two female and a male variant, so F0 spans ~80–300 Hz.
    const variant = ['', 'f2', 'm3', 'f4'][Math.floor(r() * 4)] || undefined;
    const voice = { language, variant, pitch: 20 + Math.floor(r() * 70), amplitude: 60 + Math.floor(r() * 120), speed: 140 + Math.floor(r() * 80) };
    const pcm = await speak(text, voice);
    const start = Math.ceil(at / FRAME) * FRAME;
    const n = Math.min(pcm.length, total - start);
    for (let i = 0; i < n; i++) speech[start + i] = pcm[i] as number;
    const ul = labelUtterance(pcm.subarray(0, n));
    for (let f = 0; f < ul.length; f++) if (ul[f]) labels[start / FRAME + f] = 1;
    at = start + n + Math.round(RATE * (0.3 + r() * 2.2));
  }
  // Levels: noise at the condition's SNR under the speech; music about as loud as the speech.
  let activePower = 0, active = 0;
  for (let f = 0; f < labels.length; f++) if (labels[f]) (activePower += power(speech, f * FRAME, (f + 1) * FRAME)), active++;
  activePower /= Math.max(1, active);
  const line = noise(condition.noise, total, r);
  const noiseGain = Math.sqrt(activePower / 10 ** (condition.snrDb / 10) / power(line));
  let musicPower = 0, musicSamples = 0;
  for (let i = 0; i < total; i++) if (music[i] !== 0) (musicPower += (music[i] as number) ** 2), musicSamples++;
  const musicGain = musicSamples ? Math.sqrt((activePower * 0.5) / (musicPower / musicSamples)) : 0;
  const pcm = new Int16Array(total);
  for (let i = 0; i < total; i++) {
    const v = (speech[i] as number) + musicGain * (music[i] as number) + noiseGain * (line[i] as number);
    pcm[i] = Math.max(-32768, Math.min(32767, Math.round(v)));
  }
  const name = `${String(index).padStart(2, '0')}-${language}-${condition.noise}-${condition.snrDb}dB`;
  return { name, condition, language, pcm, labels, music: musicMask, musicFrames };
}

/** The whole set: every condition in English and in Mandarin. */
export async function buildSet(): Promise<LabelledCall[]> {
  const calls: LabelledCall[] = [];
  let index = 0;
  for (const condition of CONDITIONS) {
    for (const language of ['en', 'zh'] as const) calls.push(await buildCall(index++, condition, language));
  }
  return calls;
}

/** `seconds` of hold music alone at a speech-like level (same generator as the set), for the music false-alarm figure. */
export function holdMusicOnly(seconds: number, seed = 4242): Int16Array {
  const music = holdMusic(seconds * RATE, rng(seed));
  const out = new Int16Array(music.length);
  for (let i = 0; i < music.length; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round((music[i] as number) * 3000)));
  return out;
}
