/**
 * Test and bench helpers for the native record path: synthetic audio, a G.711 μ-law/A-law encoder
 * (ITU-T G.711 segment encoding, so tests do not depend on the code under test), and frame builders.
 */
import type { Leg } from '../model/index.js';
import type { FrameIn } from './types.js';

/** A sine tone, 16-bit PCM. */
export function tone(hz: number, ms: number, sampleRate = 8000, amplitude = 8000): Int16Array {
  const n = Math.round((ms * sampleRate) / 1000);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate));
  return out;
}

/** Speech-like test signal: 1.2 s bursts of harmonic syllables (150 ms voiced, 100 ms closure) + noise, 0.8 s pauses. */
export function speechLike(ms: number, f0: number, sampleRate = 8000, seed = 1): Int16Array {
  const n = Math.round((ms * sampleRate) / 1000);
  const out = new Int16Array(n);
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / sampleRate;
    const inBurst = t % 2 < 1.2;
    const f = f0 * (1 + 0.05 * Math.sin(2 * Math.PI * 3 * t));
    phase += (2 * Math.PI * f) / sampleRate;
    // Syllables: 150 ms of voice, 100 ms of closure, as speech does (a steady held tone is music, not
    // speech, to the VAD).
    const syllable = t % 0.25 < 0.15 ? Math.sin((Math.PI * (t % 0.25)) / 0.15) : 0;
    const voiced = inBurst ? syllable * (5000 * Math.sin(phase) + 2500 * Math.sin(2 * phase) + 1200 * Math.sin(3 * phase)) : 0;
    out[i] = Math.max(-32768, Math.min(32767, Math.round(voiced + 60 * rnd())));
  }
  return out;
}

/** ITU-T G.711 μ-law encoding of one sample. */
export function linearToUlaw(sample: number): number {
  const BIAS = 0x84;
  let s = Math.max(-32635, Math.min(32635, sample));
  const sign = s < 0 ? 0x80 : 0;
  if (s < 0) s = -s;
  s += BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

/** ITU-T G.711 A-law encoding of one sample. */
export function linearToAlaw(sample: number): number {
  let s = Math.max(-32768, Math.min(32767, sample)) >> 3;
  let mask = 0xd5;
  if (s < 0) {
    mask = 0x55;
    s = -s - 1;
  }
  const seg = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff].findIndex((end) => s <= end);
  if (seg < 0) return 0x7f ^ mask;
  const aval = (seg << 4) | (seg < 2 ? (s >> 1) & 0x0f : (s >> seg) & 0x0f);
  return aval ^ mask;
}

export function encodeUlaw(pcm: Int16Array): Buffer {
  const out = Buffer.allocUnsafe(pcm.length);
  for (let i = 0; i < pcm.length; i++) out[i] = linearToUlaw(pcm[i] as number);
  return out;
}

export function encodeAlaw(pcm: Int16Array): Buffer {
  const out = Buffer.allocUnsafe(pcm.length);
  for (let i = 0; i < pcm.length; i++) out[i] = linearToAlaw(pcm[i] as number);
  return out;
}

/** Big-endian L16 (RFC 3551). */
export function encodeL16(pcm: Int16Array): Buffer {
  const out = Buffer.allocUnsafe(pcm.length * 2);
  for (let i = 0; i < pcm.length; i++) out.writeInt16BE(pcm[i] as number, i * 2);
  return out;
}

/** Splits an encoded leg into frames with sequence numbers from `firstSeq`. */
export function toFrames(session: number, leg: Leg, encoded: Buffer, frameBytes: number, firstSeq = 0): FrameIn[] {
  const frames: FrameIn[] = [];
  for (let off = 0, seq = firstSeq; off + frameBytes <= encoded.length; off += frameBytes, seq++) {
    frames.push({ session, leg, seq: seq >>> 0, payload: encoded.subarray(off, off + frameBytes) });
  }
  return frames;
}

/** Goertzel power of `hz` relative to total power, on one channel of interleaved stereo PCM. */
export function toneShare(stereo: Int16Array, channel: 0 | 1, hz: number, sampleRate: number, from = 0, to = stereo.length / 2): number {
  const w = (2 * Math.PI * hz) / sampleRate;
  const coeff = 2 * Math.cos(w);
  let s1 = 0;
  let s2 = 0;
  let energy = 0;
  const n = Math.max(0, Math.floor(to) - Math.floor(from));
  for (let i = Math.floor(from); i < Math.floor(to); i++) {
    const x = stereo[i * 2 + channel] as number;
    energy += x * x;
    const s0 = x + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  if (energy === 0 || n === 0) return 0;
  const power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
  return (2 * power) / (n * energy);
}

/** RMS of one channel of interleaved stereo PCM over [from, to) sample frames. */
export function rms(stereo: Int16Array, channel: 0 | 1, from = 0, to = stereo.length / 2): number {
  let sum = 0;
  let n = 0;
  for (let i = Math.floor(from); i < Math.floor(to); i++, n++) {
    const x = stereo[i * 2 + channel] as number;
    sum += x * x;
  }
  return n ? Math.sqrt(sum / n) : 0;
}
