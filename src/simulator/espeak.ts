/**
 * espeak-ng speech as 16-bit mono PCM: English, or Mandarin from tone-numbered pinyin (plain `-v cmn`
 * would read the tone digits in English), with a given pitch (-p), amplitude (-a) and speed (-s);
 * sox resamples it. Each rendering is cached as a raw file named by a hash of its arguments, so a
 * text is synthesised once and then only read — by the simulator's speech bank and by tests alike.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Voice {
  language: 'en' | 'zh';
  /** espeak-ng -p, 0..99 (50 default). */
  pitch?: number;
  /** espeak-ng -a, 0..200 (100 default). */
  amplitude?: number;
  /** espeak-ng -s, words per minute (175 default). */
  speed?: number;
  /** espeak-ng voice variant (e.g. 'f2', 'm3'): a different base voice. Default: none. */
  variant?: string;
}

const inFlight = new Map<string, Promise<void>>();
let tempCounter = 0;

async function render(args: string[], text: string, sampleRate: number, cacheDir: string, raw: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  if (await stat(raw).then(() => true, () => false)) return;
  const temp = `${raw}.${process.pid}.${tempCounter++}`;
  try {
    await run('espeak-ng', [...args, '-w', `${temp}.wav`, text]);
    await run('sox', [`${temp}.wav`, '-r', String(sampleRate), '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'raw', `${temp}.tmp`]);
    await rename(`${temp}.tmp`, raw);
  } finally {
    await rm(`${temp}.wav`, { force: true });
    await rm(`${temp}.tmp`, { force: true });
  }
}

/** Renders `text` (pinyin with tone digits for zh) at `sampleRate`, cached in `cacheDir`. */
export async function synthesise(text: string, voice: Voice, sampleRate: number, cacheDir: string): Promise<Int16Array> {
  const base = voice.language === 'zh' ? 'cmn-latn-pinyin' : 'en-us';
  const args = ['-v', voice.variant ? `${base}+${voice.variant}` : base, '-p', String(voice.pitch ?? 50), '-a', String(voice.amplitude ?? 100), '-s', String(voice.speed ?? 175)];
  const key = createHash('sha256').update(JSON.stringify([args, text, sampleRate])).digest('hex').slice(0, 24);
  const raw = join(cacheDir, `${key}.s16`);
  // One synthesis per file even when calls overlap (Promise.all over segments, parallel processes):
  // in-process callers share the promise; across processes each writes its own temp files and the
  // rename makes the result appear whole.
  let pending = inFlight.get(raw);
  if (!pending) {
    pending = render(args, text, sampleRate, cacheDir, raw).finally(() => inFlight.delete(raw));
    inFlight.set(raw, pending);
  }
  await pending;
  const buf = await readFile(raw);
  return new Int16Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
}
