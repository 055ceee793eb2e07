/**
 * `npm run eval:qa [-- --json] [-- --verbose]`: scores the default rule pack and the redaction on
 * the labelled corpus, dev and held-out separately. The last line is JSON:
 * {"precision","recall","pii_recall","alert_p95_ms","heldout_precision","heldout_recall","calls",…}.
 */
import { defaultRulePack } from '../../src/rules/index.js';
import { loadCorpus } from './corpus.js';
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

function main(): void {
  const args = new Set(process.argv.slice(2));
  const pack = defaultRulePack();
  const dev = loadCorpus('dev');
  const heldout = loadCorpus('heldout');
  const d = evaluateSplit(pack, dev);
  const h = evaluateSplit(pack, heldout);
  const latency = measureAlertLatency(pack, [...dev, ...heldout]);
  // Batch A (h-*) was written before any tuning; batch E (he-*) before the fourth tuning round
  // (batches B, C and D were each measured once as held-out, then moved to dev; see test/corpus/README.md).
  const batchA = evaluateSplit(pack, heldout.filter((c) => c.id.startsWith('h-')));
  const batchE = evaluateSplit(pack, heldout.filter((c) => c.id.startsWith('he-')));
  process.stdout.write(`${table('dev', d)}\n\n${table('heldout (never tuned on)', h)}\n\n`);
  process.stdout.write(`held-out batch A (pre-tuning): ${batchA.calls} calls, P ${round(batchA.precision)} R ${round(batchA.recall)}\n`);
  process.stdout.write(`held-out batch E (written before the fourth tuning round): ${batchE.calls} calls, P ${round(batchE.precision)} R ${round(batchE.recall)}\n`);
  process.stdout.write(`alert latency (engine, push → hits): ${latency.samples} alerts, p50 ${latency.p50Ms.toFixed(3)} ms, p95 ${latency.p95Ms.toFixed(3)} ms\n`);
  if (args.has('--verbose')) {
    // --dev-errors lists dev mistakes only: what tuning may look at.
    const splits = args.has('--dev-errors') ? ([['dev', d]] as const) : ([['dev', d], ['heldout', h]] as const);
    for (const [name, r] of splits) {
      for (const e of r.errors) process.stdout.write(`${name} ${e.error} ${e.call} ${e.rule}\n`);
      for (const e of r.piiMissed) process.stdout.write(`${name} pii-missed ${e.call} ${e.text}\n`);
      for (const e of r.piiSpurious) process.stdout.write(`${name} pii-spurious ${e.call} ${e.text}\n`);
    }
  }
  const perRule = (r: SplitReport) => Object.fromEntries(Object.entries(r.perRule).map(([id, c]) => [id, { precision: round(c.precision), recall: round(c.recall) }]));
  const summary = {
    precision: round(d.precision),
    recall: round(d.recall),
    pii_recall: round(d.piiRecall),
    alert_p95_ms: round(latency.p95Ms),
    heldout_precision: round(h.precision),
    heldout_recall: round(h.recall),
    heldout_pii_recall: round(h.piiRecall),
    heldout_batches: {
      a_pre_tuning: { calls: batchA.calls, precision: round(batchA.precision), recall: round(batchA.recall) },
      e_before_fourth_round: { calls: batchE.calls, precision: round(batchE.precision), recall: round(batchE.recall) },
    },
    alert_p50_ms: round(latency.p50Ms),
    alert_samples: latency.samples,
    pii_precision: round(d.piiPrecision),
    calls: dev.length + heldout.length,
    dev_calls: dev.length,
    heldout_calls: heldout.length,
    rules: perRule(d),
    heldout_rules: perRule(h),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main();
