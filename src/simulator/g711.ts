/**
 * G.711 encoders (ITU-T G.711 segment tables) for the simulator and the WAV importer: 16-bit linear
 * PCM → μ-law / A-law, one byte per sample.
 */
// Segment end points of the reference encoder (Sun's g711.c, which sox and most PBXs follow).
const SEG_UEND = [0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff];
const SEG_AEND = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];

function segment(value: number, ends: number[]): number {
  for (let i = 0; i < ends.length; i++) if (value <= ends[i]!) return i;
  return ends.length;
}

/** 16-bit linear → μ-law (on the 14-bit magnitude, bias 33, clip 8159). */
export function linearToUlaw(sample: number): number {
  let v = Math.max(-32768, Math.min(32767, sample | 0)) >> 2;
  let mask = 0xff;
  if (v < 0) {
    v = -v;
    mask = 0x7f;
  }
  v = Math.min(v, 8159) + 0x21;
  const seg = segment(v, SEG_UEND);
  if (seg >= 8) return 0x7f ^ mask;
  return ((seg << 4) | ((v >> (seg + 1)) & 0x0f)) ^ mask;
}

/** 16-bit linear → A-law (on the 13-bit value, even bits inverted). */
export function linearToAlaw(sample: number): number {
  let v = Math.max(-32768, Math.min(32767, sample | 0)) >> 3;
  let mask = 0xd5;
  if (v < 0) {
    mask = 0x55;
    v = -v - 1;
  }
  const seg = segment(v, SEG_AEND);
  if (seg >= 8) return 0x7f ^ mask;
  const aval = (seg << 4) | (seg < 2 ? (v >> 1) & 0x0f : (v >> seg) & 0x0f);
  return aval ^ mask;
}

/** Encodes 16-bit samples; `codec` 'pcmu' or 'pcma'. */
export function encodeG711(samples: Int16Array, codec: 'pcmu' | 'pcma'): Buffer {
  const out = Buffer.allocUnsafe(samples.length);
  const enc = codec === 'pcmu' ? linearToUlaw : linearToAlaw;
  for (let i = 0; i < samples.length; i++) out[i] = enc(samples[i]!);
  return out;
}

/** The byte a silent sample encodes to (digital zero). */
export function silenceByte(codec: 'pcmu' | 'pcma'): number {
  return codec === 'pcmu' ? 0xff : 0xd5;
}
