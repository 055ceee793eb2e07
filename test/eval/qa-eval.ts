/**
 * `npm run eval:qa [-- --json] [-- --verbose] [-- --set fresh2]`: scores the default rule pack and the
 * redaction on the labelled corpus, one table per set (dev, heldout, fresh2, fresh3, fresh4 … fresh402), then a headline
 * computed only on the sets no tuning had seen when they were scored (UNSEEN_SPLITS), never on dev.
 * The last line is JSON: {"headline":{basis,calls,precision,recall,pii_recall},"precision","recall",
 * "pii_recall" (the headline again),"sets":{dev,heldout,fresh2,…,fresh402},"alert_p95_ms",…}.
 * `--set NAME` (repeatable, or comma-separated) scores only the named sets.
 * `--audio` also renders, records and analyses the synthetic audio calls (test/eval/audio-calls.ts, ~12 s)
 * and adds their line and "audio_calls" to the JSON.
 * alert_p95_ms is end to end: every corpus call is played as a PBX call by a real gRPC client over
 * loopback to the real capture server, timed from a segment's write to its alert's receipt on the
 * bridge's stream (test/analysis/alert-latency.ts); alert_engine_p95_ms is the rule engine's share.
 */
import { defaultRulePack } from '../../src/rules/index.js';
import { setLogSink } from '../../src/trace/index.js';
import { measureGrpcAlertLatency } from '../analysis/alert-latency.js';
import { runAudioCalls } from './audio-calls.js';
import { loadCorpus, SPLITS, UNSEEN_SPLITS, type CorpusCall, type Split } from './corpus.js';
import { SPLIT_TITLE } from './split-titles.js';
import { evaluateSplit, measureAlertLatency, type SplitReport } from './qa-metrics.js';

const round = (x: number) => Math.round(x * 10000) / 10000;

function table(name: string, r: SplitReport): string {
  const lines = [`== ${name}: ${r.calls} calls, P ${round(r.precision)} R ${round(r.recall)}, PII recall ${round(r.piiRecall)} (${r.piiExpected} spans), PII precision ${round(r.piiPrecision)}`];
  lines.push(`${'rule'.padEnd(34)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall`);
  for (const [id, c] of Object.entries(r.perRule)) {
    lines.push(`${id.padEnd(34)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${round(c.precision).toFixed(4).padStart(9)}  ${round(c.recall).toFixed(4)}`);
  }
  return lines.join('\n');
}

function selectedSplits(argv: string[]): Split[] {
  const named: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--set') named.push(...(argv[i + 1] ?? '').split(','));
    else if (a.startsWith('--set=')) named.push(...a.slice('--set='.length).split(','));
  });
  if (named.length === 0) return [...SPLITS];
  for (const n of named) {
    if (!(SPLITS as readonly string[]).includes(n)) throw new Error(`Expected one of ${SPLITS.join(', ')} for --set but received ${JSON.stringify(n)}`);
  }
  return SPLITS.filter((s) => named.includes(s));
}

function summaryOf(r: SplitReport) {
  const perRule = Object.fromEntries(Object.entries(r.perRule).map(([id, c]) => [id, { tp: c.tp, fp: c.fp, fn: c.fn, precision: round(c.precision), recall: round(c.recall) }]));
  return { calls: r.calls, precision: round(r.precision), recall: round(r.recall), pii_recall: round(r.piiRecall), pii_precision: round(r.piiPrecision), pii_spans: r.piiExpected, rules: perRule };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const pack = defaultRulePack();
  const splits = selectedSplits(argv);
  const calls = new Map<Split, CorpusCall[]>(splits.map((s) => [s, loadCorpus(s)]));
  const reports = new Map<Split, SplitReport>();
  for (const [s, c] of calls) if (c.length > 0) reports.set(s, evaluateSplit(pack, c));
  for (const [s, r] of reports) process.stdout.write(`${table(SPLIT_TITLE[s], r)}\n\n`);

  const heldout = calls.get('heldout') ?? [];
  if (heldout.length > 0) {
    // Batch A (h-*) was written before any tuning; batch E (he-*) before the fourth tuning round.
    const batchA = evaluateSplit(pack, heldout.filter((c) => c.id.startsWith('h-')));
    const batchE = evaluateSplit(pack, heldout.filter((c) => c.id.startsWith('he-')));
    process.stdout.write(`held-out batch A (pre-tuning): ${batchA.calls} calls, P ${round(batchA.precision)} R ${round(batchA.recall)}\n`);
    process.stdout.write(`held-out batch E (written before the fourth tuning round): ${batchE.calls} calls, P ${round(batchE.precision)} R ${round(batchE.recall)}\n`);
  }

  const unseenSplits = UNSEEN_SPLITS.filter((s) => (calls.get(s) ?? []).length > 0);
  const unseen = unseenSplits.flatMap((s) => calls.get(s) ?? []);
  const headline = evaluateSplit(pack, unseen);
  const basis = unseenSplits.length > 0 ? unseenSplits.join('+') : 'none selected';
  process.stdout.write(`HEADLINE (unseen calls only: ${basis}; dev and the tuned-on fresh sets excluded): ${headline.calls} calls, P ${round(headline.precision)} R ${round(headline.recall)}, PII recall ${round(headline.piiRecall)}\n`);

  const engine = measureAlertLatency(pack, [...calls.values()].flat());
  // The capture server's info lines (listening, bridge registered) are noise here; warnings still show.
  setLogSink((line) => {
    if (!/"level":"(debug|info)"/.test(line)) process.stderr.write(line + '\n');
  });
  const latency = await measureGrpcAlertLatency([...calls.values()].flat(), { pack });
  process.stdout.write(`alert latency end to end (gRPC client over loopback → capture server → alert back on the stream): ${latency.samples} alerting segments, p50 ${latency.p50Ms.toFixed(2)} ms, p95 ${latency.p95Ms.toFixed(2)} ms, max ${latency.maxMs.toFixed(2)} ms\n`);
  process.stdout.write(`alert latency, rule engine only (push → hits): ${engine.samples} segments, p50 ${engine.p50Ms.toFixed(3)} ms, p95 ${engine.p95Ms.toFixed(3)} ms\n`);
  if (args.has('--verbose')) {
    // --dev-errors lists dev mistakes only: what tuning may look at.
    const shown = [...reports].filter(([s]) => !args.has('--dev-errors') || s === 'dev');
    for (const [name, r] of shown) {
      for (const e of r.errors) process.stdout.write(`${name} ${e.error} ${e.call} ${e.rule}\n`);
      for (const e of r.piiMissed) process.stdout.write(`${name} pii-missed ${e.call} ${e.text}\n`);
      for (const e of r.piiSpurious) process.stdout.write(`${name} pii-spurious ${e.call} ${e.text}\n`);
    }
  }
  const audio = args.has('--audio') ? await runAudioCalls() : undefined;
  if (audio) process.stdout.write(`${audio.summary}\n`);
  const summary = {
    headline: { basis, calls: headline.calls, precision: round(headline.precision), recall: round(headline.recall), pii_recall: round(headline.piiRecall) },
    precision: round(headline.precision),
    recall: round(headline.recall),
    pii_recall: round(headline.piiRecall),
    alert_p95_ms: round(latency.p95Ms),
    alert_p50_ms: round(latency.p50Ms),
    alert_samples: latency.samples,
    alert_latency_path: 'grpc-loopback-end-to-end',
    alert_engine_p95_ms: round(engine.p95Ms),
    calls: [...calls.values()].reduce((n, c) => n + c.length, 0),
    sets: Object.fromEntries([...reports].map(([s, r]) => [s, summaryOf(r)])),
    ...(audio ? { audio_calls: { calls: audio.calls.length, precision: round(audio.precision), recall: round(audio.recall), pii_audio_masked: audio.piiMasked, pii_audio_spans: audio.calls.reduce((n, c) => n + c.piiAudio.length, 0), talk_time_error: round(audio.talkError) } } : {}),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:qa failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
