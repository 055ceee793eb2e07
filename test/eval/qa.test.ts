/**
 * Guards the QA engine against regressions: the dev corpus must keep meeting the goals
 * (precision and recall ≥ 0.95, PII recall ≥ 0.99). Held-out figures are reported, not asserted
 * here beyond a sanity floor, so nobody is tempted to tune on them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRulePack } from '../../src/rules/index.js';
import { loadCorpus } from './corpus.js';
import { evaluateSplit, measureAlertLatency } from './qa-metrics.js';

test('the corpus has the required size, languages, labels and hard cases', () => {
  const dev = loadCorpus('dev');
  const heldout = loadCorpus('heldout');
  assert.ok(dev.length + heldout.length >= 60, `${dev.length + heldout.length} calls`);
  assert.ok(heldout.length >= 15);
  const all = [...dev, ...heldout];
  const zh = all.filter((c) => c.language === 'zh').length;
  assert.ok(zh >= all.length * 0.4 && zh <= all.length * 0.6, `${zh} zh of ${all.length}`);
  assert.ok(all.some((c) => c.segments.length === 0), 'an empty call');
  assert.ok(all.some((c) => /[\uff10-\uff19]/.test(c.segments.map((s) => s.text).join(''))), 'full-width digits');
  const ruleIds = new Set(defaultRulePack().rules.map((r) => r.id));
  // Fresh batches are labelled the same way: unknown rule ids or shifted PII offsets would skew their figures.
  const fresh = [...loadCorpus('fresh2'), ...loadCorpus('fresh3')];
  assert.ok(fresh.length >= 55, `${fresh.length} fresh calls`);
  for (const c of [...all, ...fresh]) {
    for (const f of c.expected.flagged) assert.ok(ruleIds.has(f), `${c.id}: unknown rule ${f}`);
    for (const p of c.expected.pii) assert.equal(c.segments[p.segment]?.text.slice(p.start, p.end), p.text, `${c.id}: PII label offsets`);
  }
  for (const id of ruleIds) assert.ok(dev.some((c) => c.expected.flagged.includes(id)), `dev has a positive case for ${id}`);
});

test('the dev corpus meets the goals: P ≥ 0.95, R ≥ 0.95, PII recall ≥ 0.99', () => {
  const r = evaluateSplit(defaultRulePack(), loadCorpus('dev'));
  const why = JSON.stringify({ errors: r.errors, piiMissed: r.piiMissed });
  assert.ok(r.precision >= 0.95, `precision ${r.precision} ${why}`);
  assert.ok(r.recall >= 0.95, `recall ${r.recall} ${why}`);
  assert.ok(r.piiRecall >= 0.99, `PII recall ${r.piiRecall} ${why}`);
});

test('held-out figures are computed (reported by npm run eval:qa)', () => {
  const pack = defaultRulePack();
  const r = evaluateSplit(pack, loadCorpus('heldout'));
  assert.ok(r.calls >= 15);
  assert.ok(r.precision > 0.5 && r.recall > 0.5, JSON.stringify(r.errors));
  const latency = measureAlertLatency(pack, loadCorpus('heldout'));
  assert.ok(latency.samples > 0, 'the streaming matcher raised alerts on the held-out calls');
});
