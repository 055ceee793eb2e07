/**
 * Synthetic speech for tests: the simulator's espeak-ng renderer (src/simulator/espeak.ts) with the
 * cache under test-output/, so repeated runs only read files.
 */
import { join } from 'node:path';
import { synthesise, type Voice } from '../../src/simulator/index.js';

export type { Voice };

const CACHE = join(process.cwd(), 'test-output', 'espeak-cache');

/** Renders `text` (pinyin with tone digits for zh) as 16-bit mono PCM at `sampleRate`. */
export function speak(text: string, voice: Voice, sampleRate = 8000): Promise<Int16Array> {
  return synthesise(text, voice, sampleRate, CACHE);
}
