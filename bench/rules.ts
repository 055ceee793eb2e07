/**
 * Rule-engine benchmark: every phrase list of the default pack (match phrases, proximity anchors,
 * negation cues, exclusions; ~6,000 phrases in zh and en) run over every segment of the labelled
 * corpus, compiled two ways in the same run: the prefix tree the engine uses (phraseRegex) and, as
 * the baseline, one flat longest-first alternation (what the engine compiled before round 13). Both
 * must find matches in the same segments. Then whole-call evaluation (evaluateRules) per call.
 * Prints medians of --reps runs and, last, one JSON line:
 * {"segments","lists","phrases","tree_ms","flat_ms","speedup","evaluate_ms_per_call","calls"}.
 *
 *   npm run bench:rules -- --json [--reps 3]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultRulePack, evaluateRules, normalize, type CallTranscript, type MatchSpec } from '../src/rules/index.js';
import { confusionsOf, expand, phraseRegex, phraseUnits } from '../src/rules/compile.js';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, reps: { type: 'string' } } });
const REPS = Math.max(3, Number(values.reps ?? 3));
const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/corpus');

const calls: CallTranscript[] = [];
for (const split of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'src')) {
  for (const f of readdirSync(join(corpus, split.name)).filter((n) => n.endsWith('.json'))) {
    calls.push(JSON.parse(readFileSync(join(corpus, split.name, f), 'utf8')) as CallTranscript);
  }
}
const texts = calls.flatMap((c) => c.segments.map((s) => normalize(s.text).text));

const pack = defaultRulePack();
const lexicon = pack.lexicon ?? {};
const confusions = confusionsOf(pack.homophones);
const lists: string[][] = [];
const specLists = (m: MatchSpec | undefined) => {
  if (!m) return;
  const n = m.negation;
  for (const l of [m.phrases, m.excludeInSegment, m.excludeInCall, n?.before, n?.after, n?.ignore, n?.breaks, n?.through]) if (l?.length) lists.push(expand(l, lexicon));
  for (const near of m.near ?? []) lists.push(expand(near.a, lexicon), expand(near.b, lexicon));
  for (const cue of m.cues ?? []) for (const f of cue.families) lists.push(expand(f, lexicon));
};
for (const rule of pack.rules) [rule.match, rule.appliesWhen, rule.before].forEach(specLists);

const flatRegex = (phrases: string[]) =>
  new RegExp([...new Set(phrases.map((p) => phraseUnits(p, confusions).join('')))].sort((a, b) => b.length - a.length).join('|'), 'g');
const tree = lists.map((l) => phraseRegex(l, confusions)!);
const flat = lists.map(flatRegex);

/** Runs every list over every segment; returns elapsed ms and which (list, segment) pairs matched. */
function run(regexes: RegExp[]): { ms: number; hits: Set<number> } {
  const hits = new Set<number>();
  const t0 = process.hrtime.bigint();
  regexes.forEach((re, li) => {
    texts.forEach((t, si) => {
      re.lastIndex = 0;
      if (re.exec(t)) hits.add(li * texts.length + si);
    });
  });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, hits };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const treeMs: number[] = [];
const flatMs: number[] = [];
let same = true;
for (let r = 0; r < REPS; r++) {
  const a = run(tree);
  const b = run(flat);
  treeMs.push(a.ms);
  flatMs.push(b.ms);
  same &&= a.hits.size === b.hits.size && [...a.hits].every((h) => b.hits.has(h));
}
if (!same) throw new Error('prefix-tree and flat alternations matched different segments');

evaluateRules(pack, calls[0]!);
const evalMs: number[] = [];
for (let r = 0; r < REPS; r++) {
  const t0 = process.hrtime.bigint();
  for (const c of calls) evaluateRules(pack, c);
  evalMs.push(Number(process.hrtime.bigint() - t0) / 1e6 / calls.length);
}

const result = {
  segments: texts.length,
  lists: lists.length,
  phrases: lists.reduce((n, l) => n + l.length, 0),
  tree_ms: Math.round(median(treeMs)),
  flat_ms: Math.round(median(flatMs)),
  speedup: Math.round((median(flatMs) / median(treeMs)) * 10) / 10,
  evaluate_ms_per_call: Math.round(median(evalMs) * 100) / 100,
  calls: calls.length,
};
process.stdout.write(`${result.lists} phrase lists (${result.phrases} phrases) over ${result.segments} segments, median of ${REPS}: prefix tree ${result.tree_ms} ms, flat alternation ${result.flat_ms} ms (baseline), ${result.speedup}× faster; whole-call evaluation ${result.evaluate_ms_per_call} ms per call over ${result.calls} calls\n`);
if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
