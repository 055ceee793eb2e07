import test from 'node:test';
import assert from 'node:assert/strict';
import { RecordEngine, decodeRecording, decryptToOgg, maskRecording, scanRecording } from './index.js';
import type { FrameIn } from './index.js';
import { isAppError } from '../errors/index.js';
import { encodeUlaw, rms, tone, toFrames } from './test-support.js';

const KEY = Buffer.alloc(32, 9);
const ID = 'reader-rec';

/** A 3 s call; returns the file and the offsets where each sealed chunk starts (plus the end). */
async function makeFile(): Promise<{ file: Buffer; boundaries: number[] }> {
  const engine = new RecordEngine();
  const { session, header } = engine.open({ recordingId: ID, dataKey: KEY, codec: 'pcmu', sampleRate: 8000 });
  const agent = toFrames(session, 'agent', encodeUlaw(tone(440, 3000)), 160);
  const customer = toFrames(session, 'customer', encodeUlaw(tone(800, 3000)), 160);
  const parts = [header];
  const boundaries = [header.length];
  let at = header.length;
  for (let i = 0; i < agent.length; i += 10) {
    const [r] = await engine.push([...agent.slice(i, i + 10), ...customer.slice(i, i + 10)] as FrameIn[]);
    if (r && r.bytes.length) {
      parts.push(r.bytes);
      at += r.bytes.length;
      boundaries.push(at);
    }
  }
  const fin = await engine.finish(session);
  parts.push(fin.bytes);
  boundaries.push(at + fin.bytes.length);
  await engine.close();
  return { file: Buffer.concat(parts), boundaries };
}

const aeadCode = (e: unknown) => {
  assert.ok(isAppError(e) && /^ERR_AEAD_/.test(e.code), `expected ERR_AEAD_* but got ${(e as { code?: string }).code}`);
  return true;
};

test('decode round trip and decryptToOgg yields an Ogg stream', async () => {
  const { file } = await makeFile();
  const d = await decodeRecording(file, KEY, ID);
  assert.equal(d.complete, true);
  assert.ok(Math.abs(d.durationMs - 3000) <= 20);
  const ogg = await decryptToOgg(file, KEY, ID);
  assert.equal(ogg.ogg.subarray(0, 4).toString('latin1'), 'OggS');
  assert.ok(ogg.ogg.includes(Buffer.from('OpusHead')));
  assert.equal(ogg.validBytes, file.length);
});

test('wrong key, wrong recording id (splice) → ERR_AEAD_*', async () => {
  const { file } = await makeFile();
  await assert.rejects(decodeRecording(file, Buffer.alloc(32, 8), ID), aeadCode);
  await assert.rejects(decodeRecording(file, KEY, 'other-recording'), aeadCode);
});

test('a flipped bit at every chunk boundary and at 1,000 random offsets → ERR_AEAD_*', async () => {
  const { file, boundaries } = await makeFile();
  assert.ok(boundaries.length >= 7, `chunks ${boundaries.length}`);
  const offsets = new Set<number>();
  for (const b of boundaries) for (const d of [-2, -1, 0, 1, 2]) if (b + d >= 0 && b + d < file.length) offsets.add(b + d);
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < 1000; i++) offsets.add(Math.floor(rnd() * file.length));
  for (const off of offsets) {
    const bad = Buffer.from(file);
    bad[off] = (bad[off] as number) ^ (1 << Math.floor(rnd() * 8));
    await assert.rejects(decodeRecording(bad, KEY, ID), aeadCode, `offset ${off}`);
  }
});

test('reordered and truncated chunks are detected', async () => {
  const { file, boundaries } = await makeFile();
  const [b0, b1, b2] = boundaries as [number, number, number];
  const swapped = Buffer.concat([file.subarray(0, b0), file.subarray(b1, b2), file.subarray(b0, b1), file.subarray(b2)]);
  await assert.rejects(decodeRecording(swapped, KEY, ID), aeadCode);
  const cut = file.subarray(0, boundaries.at(-2));
  await assert.rejects(decodeRecording(cut, KEY, ID), aeadCode);
  const prefix = await decodeRecording(cut, KEY, ID, { allowTruncated: true });
  assert.equal(prefix.complete, false);
  assert.ok(prefix.durationMs > 2000 && prefix.durationMs < 3000, `${prefix.durationMs}`);
});

test('scanRecording on a file cut at random points returns the valid prefix', async () => {
  const { file, boundaries } = await makeFile();
  const full = await scanRecording(file, KEY, ID);
  assert.equal(full.complete, true);
  assert.equal(full.validBytes, file.length);
  assert.ok(Math.abs(full.durationMs - 3000) <= 20);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const cuts = [0, 1, (boundaries[0] as number) - 1, ...Array.from({ length: 60 }, () => Math.floor(rnd() * file.length))];
  for (const cut of cuts) {
    const s = await scanRecording(file.subarray(0, cut), KEY, ID);
    const expected = boundaries.filter((b) => b <= cut).at(-1) ?? 0;
    assert.equal(s.complete, false, `cut ${cut}`);
    assert.equal(s.validBytes, expected === (boundaries[0] as number) ? expected : expected, `cut ${cut}`);
    assert.ok(s.durationMs <= full.durationMs);
  }
  // Garbage after a valid prefix (torn write) does not extend it.
  const torn = Buffer.concat([file.subarray(0, boundaries[3]), Buffer.alloc(100, 0xaa)]);
  const t = await scanRecording(torn, KEY, ID);
  assert.equal(t.validBytes, boundaries[3]);
});

test('maskRecording silences a range into a new recording', async () => {
  const { file } = await makeFile();
  const outKey = Buffer.alloc(32, 3);
  const masked = await maskRecording(file, KEY, ID, [{ startMs: 1000, endMs: 2000 }], { dataKey: outKey, recordingId: 'masked' });
  await assert.rejects(decodeRecording(masked, KEY, ID), aeadCode);
  const d = await decodeRecording(masked, outKey, 'masked');
  assert.ok(Math.abs(d.durationMs - 3000) <= 20);
  const sr = d.sampleRate;
  for (const ch of [0, 1] as const) {
    assert.ok(rms(d.pcm, ch, sr * 1.05, sr * 1.95) < 100, 'masked range is silent');
    assert.ok(rms(d.pcm, ch, sr * 0.2, sr * 0.9) > 2000, 'audio before the range is kept');
    assert.ok(rms(d.pcm, ch, sr * 2.1, sr * 2.8) > 2000, 'audio after the range is kept');
  }
  await assert.rejects(maskRecording(file, KEY, ID, [{ startMs: 5, endMs: 1 }], { dataKey: outKey, recordingId: 'm' }), (e: unknown) => isAppError(e, 'ERR_RECORDER_BAD_ARG'));
});
