import test from 'node:test';
import assert from 'node:assert/strict';
import { parseWav } from './wav.js';

function wav(opts: { tag?: number; channels?: number; rate?: number; bits?: number; data?: Buffer; fmtSize?: number; dataSize?: number } = {}): Buffer {
  const channels = opts.channels ?? 1, bits = opts.bits ?? 16, rate = opts.rate ?? 8000;
  const data = opts.data ?? Buffer.alloc(1600);
  const fmt = Buffer.alloc(opts.fmtSize ?? 16);
  if (fmt.length >= 16) {
    fmt.writeUInt16LE(opts.tag ?? 1, 0);
    fmt.writeUInt16LE(channels, 2);
    fmt.writeUInt32LE(rate, 4);
    fmt.writeUInt32LE((rate * channels * bits) / 8, 8);
    fmt.writeUInt16LE((channels * bits) / 8, 12);
    fmt.writeUInt16LE(bits, 14);
  }
  const head = (id: string, size: number) => Buffer.concat([Buffer.from(id, 'latin1'), Buffer.from(Uint32Array.of(size).buffer)]);
  const body = Buffer.concat([Buffer.from('WAVE'), head('fmt ', fmt.length), fmt, head('data', opts.dataSize ?? data.length), data]);
  return Buffer.concat([head('RIFF', body.length), body]);
}

test('reads PCM stereo into two big-endian legs', () => {
  const data = Buffer.alloc(8);
  data.writeInt16LE(1000, 0);
  data.writeInt16LE(-2, 2);
  data.writeInt16LE(3, 4);
  data.writeInt16LE(4, 6);
  const w = parseWav(wav({ channels: 2, data }));
  assert.equal(w.codec, 'l16');
  assert.equal(w.legs.length, 2);
  assert.equal(w.legs[0]!.readInt16BE(0), 1000);
  assert.equal(w.legs[1]!.readInt16BE(0), -2);
  assert.equal(w.legs[0]!.readInt16BE(2), 3);
});

test('reads μ-law and A-law mono and computes the duration', () => {
  const u = parseWav(wav({ tag: 7, bits: 8, data: Buffer.alloc(8000, 0xff) }));
  assert.equal(u.codec, 'pcmu');
  assert.equal(u.durationMs, 1000);
  assert.equal(parseWav(wav({ tag: 6, bits: 8, data: Buffer.alloc(80, 0xd5) })).codec, 'pcma');
});

test('hostile WAV files give stable codes', () => {
  const cases: [Buffer, string][] = [
    [Buffer.alloc(0), 'ERR_WAV_NOT_RIFF'],
    [Buffer.from('RIFF\0\0\0\0WAVX'), 'ERR_WAV_NOT_RIFF'],
    [wav({ tag: 85 }), 'ERR_WAV_CODEC'],
    [wav({ channels: 6 }), 'ERR_WAV_CHANNELS'],
    [wav({ rate: 44100 }), 'ERR_WAV_RATE'],
    [wav({ tag: 7, bits: 16 }), 'ERR_WAV_BITS'],
    [wav({ fmtSize: 8 }), 'ERR_WAV_BAD_FMT'],
    [wav({ dataSize: 1 << 30 }), 'ERR_WAV_TRUNCATED'],
    [wav().subarray(0, 30), 'ERR_WAV_TRUNCATED'],
    [wav().subarray(0, 36), 'ERR_WAV_NO_DATA'],
  ];
  for (const [buf, code] of cases) assert.throws(() => parseWav(buf), (e: { code?: string }) => e.code === code, code);
  // Random bytes after a valid header never crash: always an AppError.
  for (let i = 0; i < 300; i++) {
    const b = wav();
    for (let k = 0; k < 4; k++) b[12 + Math.floor(Math.random() * (b.length - 12))] = Math.floor(Math.random() * 256);
    try {
      parseWav(b);
    } catch (error) {
      assert.match(String((error as { code?: string }).code), /^ERR_WAV_/);
    }
  }
  // A streamed WAV (data size 0xFFFFFFFF) is read up to the end of the file.
  assert.equal(parseWav(wav({ dataSize: 0xffffffff })).durationMs, 100);
});
