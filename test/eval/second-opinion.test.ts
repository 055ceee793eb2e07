import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isAppError } from '../../src/errors/index.js';
import type { TranscriptSegment } from '../../src/model/index.js';
import { defaultRulePack, evaluateRules, parseRulePack } from '../../src/rules/index.js';
import { trainSecondOpinion, weightsSource } from './train-second-opinion.js';

const seg = (speaker: 'agent' | 'customer', startMs: number, text: string): TranscriptSegment => ({ speaker, startMs, endMs: startMs + 3000, text, confidence: 0.9 });

/** A pack with the default rule ids whose phrases never match, so every hit comes from the model. */
function modelOnlyPack(threshold: number, extra: Record<string, unknown> = {}) {
  const rule = (id: string, type: string, speaker: string) => ({ id, category: 'c', severity: 'warning', type, speaker, match: { phrases: ['zzqqxx'] } });
  return parseRulePack(JSON.stringify({
    id: 't', version: '1.0.0',
    rules: [rule('intent.complaint', 'intent', 'customer'), rule('intent.churn', 'intent', 'customer'), rule('greeting.recording_notice', 'must_occur', 'agent')],
    secondOpinion: { model: 'bank-default', threshold, rules: ['intent.complaint', 'intent.churn'] },
    ...extra,
  }));
}

test('the committed weights are exactly what the trainer makes from the corpus (deterministic, unseen sets left out)', () => {
  const { model } = trainSecondOpinion();
  const committed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/generated/second-opinion-weights.ts'), 'utf8');
  assert.equal(weightsSource(model), committed, 'run npm run train:second-opinion and commit the result');
  assert.ok(!/heldout/.test(model.trainedOn), 'the held-out set is never trained on');
});

test('the model raises a rule its phrases missed, with the speaker\'s most telling segment as evidence', () => {
  const call = { durationMs: 0, segments: [
    seg('agent', 0, '您好 请问有什么可以帮您'),
    seg('customer', 3000, '你们这什么破服务 转了三次人工都没人管 我要去投诉你们 太差劲了'),
    seg('agent', 6000, '非常抱歉'),
  ] };
  const hit = evaluateRules(modelOnlyPack(0.9), call).hits.find((h) => h.ruleId === 'intent.complaint');
  assert.ok(hit, 'a plain complaint is raised by the model');
  assert.equal(hit.source, 'model');
  assert.equal(hit.kind, 'intent');
  assert.equal(hit.segmentIndex, 1);
  assert.ok((hit.probability ?? 0) >= 0.9);
  const strict = evaluateRules(modelOnlyPack(1), call).hits.filter((h) => h.source === 'model');
  assert.deepEqual(strict, [], 'threshold 1 is never reached');
  const calm = evaluateRules(modelOnlyPack(0.9), { durationMs: 0, segments: [seg('customer', 0, '你好 我想问一下信用卡年费怎么收 谢谢')] });
  assert.ok(!calm.hits.some((h) => h.source === 'model'), 'an ordinary question raises nothing');
});

test('a pack without a second opinion never gets model hits; the default pack names one', () => {
  const pack = defaultRulePack();
  assert.equal(pack.secondOpinion?.model, 'bank-default');
  const without = { ...pack, secondOpinion: undefined };
  const call = { durationMs: 0, segments: [seg('customer', 0, '你们这什么破服务 我要去投诉你们 太差劲了 转了三次都没人管')] };
  assert.ok(!evaluateRules(parseRulePack(JSON.stringify(without)), call).hits.some((h) => h.source === 'model'));
});

test('hostile packs and input: unknown model, must_occur or unknown rules, low threshold; huge and empty text', () => {
  const bad = (secondOpinion: unknown) => {
    try {
      modelOnlyPack(0.9, { secondOpinion });
    } catch (e) {
      assert.ok(isAppError(e, 'ERR_RULES_INVALID'));
      return String(e.details?.path);
    }
    assert.fail('expected ERR_RULES_INVALID');
  };
  assert.equal(bad({ model: 'nope', threshold: 0.9, rules: [] }), 'secondOpinion.model');
  assert.equal(bad({ model: 'bank-default', threshold: 0.9, rules: ['greeting.recording_notice'] }), 'secondOpinion.rules[0]');
  assert.equal(bad({ model: 'bank-default', threshold: 0.9, rules: ['no.such.rule'] }), 'secondOpinion.rules[0]');
  assert.equal(bad({ model: 'bank-default', threshold: 0.2, rules: [] }), 'secondOpinion.threshold');
  const huge = '投诉'.repeat(400_000) + ' complain '.repeat(100_000);
  const t0 = Date.now();
  evaluateRules(modelOnlyPack(0.9), { durationMs: 0, segments: [seg('customer', 0, huge), seg('customer', 3000, ''), seg('agent', 6000, '\u0000\uffff')] });
  assert.ok(Date.now() - t0 < 20_000, 'bounded work on a 1 MB segment');
});
