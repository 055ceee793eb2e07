import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { encodeG711, linearToAlaw, linearToUlaw } from './index.js';

test('G.711 reference points', () => {
  assert.equal(linearToUlaw(0), 0xff);
  assert.equal(linearToUlaw(32767), 0x80);
  assert.equal(linearToUlaw(-32768), 0x00);
  assert.equal(linearToAlaw(0), 0xd5);
  assert.equal(linearToAlaw(32767), 0xaa);
  assert.equal(linearToAlaw(-32768), 0x2a);
});

/** ITU-T G.711 A-law expansion (reference), for checking the quantisation error. */
function alawToLinear(code: number): number {
  const a = code ^ 0x55;
  const seg = (a & 0x70) >> 4;
  let t = (a & 0x0f) << 4;
  t += seg === 0 ? 8 : 0x108;
  if (seg > 1) t <<= seg - 1;
  return a & 0x80 ? t : -t;
}

test('μ-law matches sox bit for bit; A-law stays within one quantisation step everywhere', () => {
  const pcm = new Int16Array(65536 / 4);
  for (let i = 0; i < pcm.length; i++) pcm[i] = -32768 + i * 4;
  let sox: Buffer | undefined;
  try {
    sox = execFileSync('sox', ['-D', '-t', 'raw', '-r', '8000', '-e', 'signed', '-b', '16', '-c', '1', '-', '-t', 'raw', '-e', 'u-law', '-b', '8', '-'], { input: Buffer.from(pcm.buffer), stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    sox = undefined; // sox missing: the A-law property and the reference points still run
  }
  if (sox) {
    const ours = encodeG711(pcm, 'pcmu');
    let diff = 0;
    for (let i = 0; i < ours.length; i++) if (ours[i] !== sox[i]) diff++;
    assert.equal(diff, 0, `${diff} of ${ours.length} μ-law codes differ from sox`);
  }
  const alaw = encodeG711(pcm, 'pcma');
  for (let i = 0; i < pcm.length; i++) {
    const seg = ((alaw[i]! ^ 0x55) & 0x70) >> 4;
    const step = seg <= 1 ? 16 : 16 << (seg - 1);
    assert.ok(Math.abs(alawToLinear(alaw[i]!) - pcm[i]!) <= step, `A-law error at ${pcm[i]}`);
  }
});
