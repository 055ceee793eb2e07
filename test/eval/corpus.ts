/** Loads the labelled QA corpus (test/corpus/<split>/*.json, built by test/corpus/build-corpus.ts). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TranscriptSegment } from '../../src/model/index.js';
import type { PiiKind } from '../../src/redaction/index.js';

export interface ExpectedPii {
  segment: number;
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

export interface CorpusCall {
  id: string;
  note?: string;
  language: 'zh' | 'en';
  durationMs: number;
  segments: TranscriptSegment[];
  expected: { flagged: string[]; pii: ExpectedPii[] };
}

/**
 * dev: tuned on. heldout: never tuned on. fresh2 … fresh18: batches written blind (without reading the
 * rule patterns), each scored once before any tuning that could see it (test/corpus/README.md).
 */
export const SPLITS = ['dev', 'heldout', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18'] as const;
export type Split = (typeof SPLITS)[number];

export function corpusDir(): string {
  // dist/test/eval/corpus.js → repository test/corpus (the JSON is not copied to dist).
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/corpus');
}

export function loadCorpus(split: Split, dir = corpusDir()): CorpusCall[] {
  const folder = join(dir, split);
  // A fresh batch may not be written yet; an absent folder is an empty split, not an error.
  if (split !== 'dev' && split !== 'heldout' && !existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as CorpusCall);
}
