/**
 * Builds the labelled QA corpus (test/corpus/{dev,heldout,fresh2,fresh3}/*.json) from the hand-written
 * sources in test/corpus/src/*.txt, so calls stay readable and reviewable as plain dialogue. A source
 * file's name picks its split: heldout-*.txt → heldout/, fresh<N>-*.txt → fresh<N>/, others → dev/.
 *
 * Source format, one call per block:
 *   ### <id>                     (file name; ids starting "h" go to heldout/ when the file is heldout-*.txt)
 *   lang: zh|en
 *   flags: rule.id, rule.id      (rules expected to flag: violation, missing mandatory phrase, or intent)
 *   note: free text              (why the call is in the corpus)
 *   duration: 95                 (optional, seconds; default last segment end + 1 s)
 *   A: text / C: text            (agent / customer; "A@65: text" starts the segment at 65 s)
 * PII is marked inline as [[kind:text]] with kind card|id|phone|cvv|digits; the markers are stripped
 * and recorded as expected spans. Timing: zh 220 ms per character, en 380 ms per word, 400 ms gaps.
 *
 * Run: node dist/test/corpus/build-corpus.js (rewrites the JSON files).
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const KIND: Record<string, string> = { card: 'bank_card', id: 'cn_id', phone: 'phone', cvv: 'cvv', digits: 'spoken_digits' };

interface Segment { speaker: 'agent' | 'customer'; startMs: number; endMs: number; text: string; confidence: number }
interface ExpectedPii { segment: number; kind: string; start: number; end: number; text: string }

export function corpusRoot(): string {
  // dist/test/corpus/build-corpus.js → repository test/corpus
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/corpus');
}

function stripMarkup(raw: string, segment: number, pii: ExpectedPii[]): string {
  let out = '';
  const re = /\[\[(card|id|phone|cvv|digits):([^\]]+)\]\]/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += raw.slice(last, m.index);
    const text = m[2] ?? '';
    pii.push({ segment, kind: KIND[m[1] ?? ''] ?? 'unknown', start: out.length, end: out.length + text.length, text });
    out += text;
    last = m.index + m[0].length;
  }
  return out + raw.slice(last);
}

function durationOf(text: string, lang: string): number {
  if (lang === 'zh') return Math.max(800, [...text.replace(/\s/g, '')].length * 220);
  return Math.max(800, text.split(/\s+/).filter(Boolean).length * 380);
}

function parseBlock(block: string): Record<string, unknown> {
  const lines = block.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  const id = (lines.shift() ?? '').replace(/^###\s*/, '').trim();
  const call: Record<string, unknown> = { id };
  const segments: Segment[] = [];
  const pii: ExpectedPii[] = [];
  let lang = 'zh';
  let flags: string[] = [];
  let clock = 0;
  let duration: number | undefined;
  for (const line of lines) {
    const meta = /^(lang|flags|note|duration):\s*(.*)$/.exec(line);
    if (meta) {
      const [, key, value = ''] = meta;
      if (key === 'lang') lang = value.trim();
      else if (key === 'flags') flags = value.split(',').map((s) => s.trim()).filter(Boolean);
      else if (key === 'note') call.note = value.trim();
      else duration = Number(value) * 1000;
      continue;
    }
    const seg = /^([AC])(?:@([\d.]+))?:\s?(.*)$/.exec(line);
    if (!seg) throw new Error(`${id}: cannot read line ${JSON.stringify(line)}`);
    const text = stripMarkup(seg[3] ?? '', segments.length, pii);
    const startMs = seg[2] !== undefined ? Math.round(Number(seg[2]) * 1000) : clock;
    const endMs = startMs + durationOf(text, lang);
    segments.push({ speaker: seg[1] === 'A' ? 'agent' : 'customer', startMs, endMs, text, confidence: 0.9 });
    clock = endMs + 400;
  }
  const last = segments[segments.length - 1];
  return {
    ...call,
    language: lang,
    durationMs: duration ?? (last ? last.endMs + 1000 : 0),
    segments,
    expected: { flagged: flags, pii },
  };
}

/** Fresh batches stay in their own folder so each can be scored once, as written, before any tuning. */
function splitOf(file: string): string {
  return /^(heldout|fresh\d+)-/.exec(file)?.[1] ?? 'dev';
}

function main(): void {
  const root = corpusRoot();
  const sources = readdirSync(join(root, 'src')).filter((f) => f.endsWith('.txt')).sort();
  for (const split of new Set(['dev', 'heldout', ...sources.map(splitOf)])) {
    rmSync(join(root, split), { recursive: true, force: true });
    mkdirSync(join(root, split), { recursive: true });
  }
  let n = 0;
  for (const file of sources) {
    const split = splitOf(file);
    const text = readFileSync(join(root, 'src', file), 'utf8');
    for (const block of text.split(/\n(?=### )/)) {
      if (!block.trim().startsWith('###')) continue;
      const call = parseBlock(block.trim());
      writeFileSync(join(root, split, `${String(call.id)}.json`), JSON.stringify(call, null, 1) + '\n');
      n++;
    }
  }
  process.stdout.write(`wrote ${n} calls\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
