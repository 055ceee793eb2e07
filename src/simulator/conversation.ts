/**
 * One simulated conversation: agent and customer take turns (utterances from the speech bank)
 * separated by silences; produces both legs' encoded audio tick by tick and reports each finished
 * turn as a transcript segment (the text that was spoken, with timings).
 */
import type { Codec, Leg } from '../model/index.js';
import { encodeG711, silenceByte } from './g711.js';
import type { Utterance } from './speech-bank.js';

export interface EncodedUtterance {
  speaker: Leg;
  language: 'en' | 'zh';
  text: string;
  bytes: Buffer;
}

export interface SpokenSegment {
  leg: Leg;
  startMs: number;
  endMs: number;
  text: string;
  language: string;
}

export function bytesPerSample(codec: Codec): number {
  return codec === 'l16' ? 2 : 1;
}

/** Encodes the bank once per codec (8 kHz). L16 is big-endian (RFC 3551). */
export function encodeBank(bank: Utterance[], codec: Codec): EncodedUtterance[] {
  return bank.map((u) => {
    let bytes: Buffer;
    if (codec === 'l16') {
      bytes = Buffer.allocUnsafe(u.pcm.length * 2);
      for (let i = 0; i < u.pcm.length; i++) bytes.writeInt16BE(u.pcm[i]!, i * 2);
    } else bytes = encodeG711(u.pcm, codec);
    return { speaker: u.speaker, language: u.language, text: u.text, bytes };
  });
}

/** Small deterministic PRNG (mulberry32): a run is reproducible from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Conversation {
  private readonly lines: EncodedUtterance[];
  private lineIndex = 0;
  private current: EncodedUtterance | undefined;
  private pos = 0;
  private startMs = 0;
  private silenceLeft: number;
  private elapsedSamples = 0;
  private readonly silence: number;
  private readonly bps: number;

  constructor(bank: EncodedUtterance[], language: 'en' | 'zh', codec: Codec, private readonly random: () => number) {
    this.lines = bank.filter((u) => u.language === language);
    if (this.lines.length === 0) this.lines = bank;
    this.silence = codec === 'l16' ? 0 : silenceByte(codec);
    this.bps = bytesPerSample(codec);
    this.silenceLeft = 8000 * (0.3 + random() * 0.5);
  }

  /** Produces `samples` of both legs; returns segments of turns that finished in this slice. */
  next(samples: number): { agent: Buffer; customer: Buffer; segments: SpokenSegment[] } {
    const agent = Buffer.alloc(samples * this.bps, this.silence);
    const customer = Buffer.alloc(samples * this.bps, this.silence);
    const segments: SpokenSegment[] = [];
    let done = 0;
    while (done < samples) {
      if (!this.current) {
        const gap = Math.min(this.silenceLeft, samples - done);
        this.silenceLeft -= gap;
        done += gap;
        if (this.silenceLeft <= 0) {
          this.current = this.lines[this.lineIndex++ % this.lines.length]!;
          this.pos = 0;
          this.startMs = ((this.elapsedSamples + done) * 1000) / 8000;
        }
        continue;
      }
      const u = this.current;
      const take = Math.min(u.bytes.length - this.pos, (samples - done) * this.bps);
      u.bytes.copy(u.speaker === 'agent' ? agent : customer, done * this.bps, this.pos, this.pos + take);
      this.pos += take;
      done += take / this.bps;
      if (this.pos >= u.bytes.length) {
        const endMs = ((this.elapsedSamples + done) * 1000) / 8000;
        segments.push({ leg: u.speaker, startMs: Math.round(this.startMs), endMs: Math.round(endMs), text: u.text, language: u.language === 'zh' ? 'zh-CN' : 'en' });
        this.current = undefined;
        this.silenceLeft = Math.round(8000 * (0.25 + this.random() * 1.0));
      }
    }
    this.elapsedSamples += samples;
    return { agent, customer, segments };
  }
}
