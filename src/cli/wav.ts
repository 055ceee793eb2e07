/**
 * A strict RIFF/WAVE reader for migration imports: PCM 16-bit (8/16 kHz), G.711 μ-law (7) and
 * A-law (6) at 8 kHz, mono or stereo. Every length is checked against the buffer before it is
 * used; anything else is ERR_WAV_* with the offset, never a crash or a huge allocation.
 */
import { AppError } from '../errors/index.js';
import type { Codec } from '../model/index.js';

export interface WavAudio {
  codec: Codec;
  sampleRate: 8000 | 16000;
  channels: 1 | 2;
  /** Per channel: G.711 bytes, or L16 big-endian (RFC 3551) converted from the file's little-endian. */
  legs: Buffer[];
  durationMs: number;
}

const bad = (code: string, message: string, offset: number) => new AppError('invalid', code, message, { details: { offset } });

export function parseWav(buf: Buffer): WavAudio {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WAVE') {
    throw bad('ERR_WAV_NOT_RIFF', `Expected a RIFF/WAVE header for the file but received ${buf.length < 12 ? `${buf.length} bytes` : JSON.stringify(buf.toString('latin1', 0, 4))}`, 0);
  }
  let fmt: { tag: number; channels: number; rate: number; bits: number; blockAlign: number } | undefined;
  let data: Buffer | undefined;
  let off = 12;
  while (off + 8 <= buf.length && !data) {
    const id = buf.toString('latin1', off, off + 4);
    let size = buf.readUInt32LE(off + 4);
    const body = off + 8;
    if (size > buf.length - body) {
      // Streaming writers leave 0xFFFFFFFF (or 0) in the data size: take what is there.
      if (id === 'data' && (size === 0xffffffff || size === 0)) size = buf.length - body;
      else throw bad('ERR_WAV_TRUNCATED', `Expected ${size} bytes for chunk ${JSON.stringify(id)} but received ${buf.length - body}`, off);
    }
    if (id === 'fmt ') {
      if (size < 16) throw bad('ERR_WAV_BAD_FMT', `Expected at least 16 bytes for the fmt chunk but received ${size}`, off);
      let tag = buf.readUInt16LE(body);
      if (tag === 0xfffe && size >= 40) tag = buf.readUInt16LE(body + 24); // WAVE_FORMAT_EXTENSIBLE: sub-format GUID starts with the tag
      fmt = { tag, channels: buf.readUInt16LE(body + 2), rate: buf.readUInt32LE(body + 4), blockAlign: buf.readUInt16LE(body + 12), bits: buf.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      data = buf.subarray(body, body + size);
    }
    off = body + size + (size & 1); // chunks are word-aligned
  }
  if (!fmt) throw bad('ERR_WAV_BAD_FMT', 'Expected a fmt chunk before the data but received none', off);
  if (!data) throw bad('ERR_WAV_NO_DATA', 'Expected a data chunk but received none', off);
  const codec: Codec | undefined = fmt.tag === 1 ? 'l16' : fmt.tag === 7 ? 'pcmu' : fmt.tag === 6 ? 'pcma' : undefined;
  if (!codec) throw bad('ERR_WAV_CODEC', `Expected PCM (1), A-law (6) or μ-law (7) for the WAV format tag but received ${fmt.tag}`, 20);
  if (fmt.channels !== 1 && fmt.channels !== 2) throw bad('ERR_WAV_CHANNELS', `Expected 1 or 2 channels but received ${fmt.channels}`, 22);
  const bits = codec === 'l16' ? 16 : 8;
  if (fmt.bits !== bits) throw bad('ERR_WAV_BITS', `Expected ${bits} bits per sample for ${codec} but received ${fmt.bits}`, 34);
  if (fmt.rate !== 8000 && !(fmt.rate === 16000 && codec === 'l16')) throw bad('ERR_WAV_RATE', `Expected 8000 Hz (or 16000 Hz for PCM) but received ${fmt.rate}`, 24);
  const bps = bits / 8;
  if (fmt.blockAlign !== bps * fmt.channels) throw bad('ERR_WAV_BAD_FMT', `Expected block align ${bps * fmt.channels} but received ${fmt.blockAlign}`, 32);
  const frames = Math.floor(data.length / fmt.blockAlign);
  const legs: Buffer[] = [];
  for (let ch = 0; ch < fmt.channels; ch++) {
    const leg = Buffer.allocUnsafe(frames * bps);
    for (let i = 0; i < frames; i++) {
      const src = i * fmt.blockAlign + ch * bps;
      if (bps === 1) leg[i] = data[src]!;
      else leg.writeInt16BE(data.readInt16LE(src), i * 2);
    }
    legs.push(leg);
  }
  return { codec, sampleRate: fmt.rate as 8000 | 16000, channels: fmt.channels as 1 | 2, legs, durationMs: Math.round((frames * 1000) / fmt.rate) };
}
