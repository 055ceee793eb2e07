import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseEmotion, checkAsrModelDir, computeMetrics, defaultScorecard, overrideItem, parseScorecard, parseTranscriptJson, scoreCall } from './index.js';
import { defaultRulePack, evaluateRules } from '../rules/index.js';
import type { TranscriptSegment } from '../model/index.js';

const t = (speaker: 'agent' | 'customer', startMs: number, endMs: number, text: string): TranscriptSegment => ({ speaker, startMs, endMs, text, confidence: 1 });

test('default scorecard: 18 items, rule ids exist in the default pack, evidence on every item', () => {
  const card = defaultScorecard();
  assert.equal(card.items.length, 18);
  const ids = new Set(defaultRulePack().rules.map((r) => r.id));
  for (const it of card.items) if (it.check.kind === 'rule') assert.ok(ids.has(it.check.ruleId), it.check.ruleId);
  const segments = [t('agent', 0, 3000, 'Hello, this call is recorded. How can I help?'), t('customer', 3500, 6000, 'This is ridiculous, I want to make a complaint!'), t('agent', 20_000, 22_000, 'Sorry. Goodbye.')];
  const durationMs = 22_000;
  const metrics = computeMetrics({ durationMs, speech: segments.map((s) => ({ leg: s.speaker, startMs: s.startMs, endMs: s.endMs })), transcript: segments });
  const rules = evaluateRules(defaultRulePack(), { segments, durationMs, language: 'en' });
  const r = scoreCall(card, { rules, metrics, emotion: analyseEmotion({ transcript: segments, durationMs }) });
  assert.ok(r.items.every((i) => i.evidence.length > 0));
  const silence = r.items.find((i) => i.itemId === 'dead-air-longest')!;
  assert.equal(silence.passed, true); // 14 s gap < 15 s
  assert.equal(silence.evidence[0]!.value, 14_000);
  assert.equal(r.items.find((i) => i.itemId === 'no-complaint')!.passed, false);
  assert.ok(r.score < 100);
});

test('override keeps reason, actor, time; audits; recomputes score', async () => {
  const card = parseScorecard({ id: 'x', version: 1, items: [
    { id: 'a', title: 'A', category: 'compliance', weight: 1, check: { kind: 'metric', metric: 'holdMs', max: 0 } },
    { id: 'b', title: 'B', category: 'service_attitude', weight: 3, check: { kind: 'metric', metric: 'silenceCount', max: 0 } },
  ] });
  const metrics = computeMetrics({ durationMs: 20_000, speech: [], holdRanges: [{ startMs: 0, endMs: 1000 }] });
  const r = scoreCall(card, { rules: { hits: [], outcomes: [] }, metrics, emotion: analyseEmotion({ transcript: [], durationMs: 20_000 }) });
  assert.equal(r.score, 0); // hold 1000 > 0; silence 19 s → 1 silence
  const audited: unknown[] = [];
  const o = await overrideItem(r, { itemId: 'b', passed: true, reason: 'IVR music, not dead air', actor: 'sup1', at: 5 }, (e) => void audited.push(e));
  assert.equal(o.score, 75);
  assert.deepEqual(o.items[1]!.override, { passed: true, reason: 'IVR music, not dead air', actor: 'sup1', at: 5, previous: false });
  assert.equal(audited.length, 1);
  await assert.rejects(overrideItem(r, { itemId: 'b', passed: true, reason: '  ', actor: 'sup1' }, () => undefined), /reason/);
  await assert.rejects(overrideItem(r, { itemId: 'zz', passed: true, reason: 'x', actor: 'sup1' }, () => undefined), { code: 'ERR_SCORECARD_ITEM' });
  await assert.rejects(overrideItem(r, { itemId: 'a', passed: true, reason: 'x', actor: 's' }, () => { throw new Error('audit down'); }), /audit down/);
});

test('hostile scorecards → ERR_SCORECARD_INVALID with path', () => {
  const cases: [unknown, string][] = [
    ['{', '$'],
    [[], '$'],
    [{ id: 'x', version: 1, items: [] }, '$.items'],
    [{ id: 'x', version: 1, items: [{ id: 'a', title: 'A', category: 'nope', weight: 1, check: { kind: 'rule', ruleId: 'r' } }] }, '$.items[0].category'],
    [{ id: 'x', version: 1, items: [{ id: 'a', title: 'A', category: 'compliance', weight: -1, check: { kind: 'rule', ruleId: 'r' } }] }, '$.items[0].weight'],
    [{ id: 'x', version: 1, items: [{ id: 'a', title: 'A', category: 'compliance', weight: 1, check: { kind: 'metric', metric: 'holdMs', max: 'big' } }] }, '$.items[0].check.max'],
    [JSON.parse('{"id":"x","version":1,"items":[{"id":"a","title":"A","category":"compliance","weight":1,"check":{"kind":"eval","__proto__":{"x":1}}}]}'), '$.items[0].check.kind'],
  ];
  for (const [input, path] of cases) {
    assert.throws(() => parseScorecard(typeof input === 'string' ? input : JSON.stringify(input)), (e: { code?: string; details?: { path?: string } }) => e.code === 'ERR_SCORECARD_INVALID' && e.details?.path === path, path);
  }
});

test('imported transcripts: valid file parsed, hostile ones rejected with path', () => {
  assert.equal(parseTranscriptJson(JSON.stringify({ segments: [{ speaker: 'agent', startMs: 0, endMs: 10, text: 'hi' }] }))[0]!.source, 'import');
  for (const [bad, path] of [['nope', '$'], ['{"segments":5}', '$'], ['[{"speaker":"bot","startMs":0,"endMs":1,"text":""}]', '$.segments[0].speaker'], ['[{"speaker":"agent","startMs":5,"endMs":1,"text":""}]', '$.segments[0].endMs'], ['[{"speaker":"agent","startMs":1e300,"endMs":1e301,"text":""}]', '$.segments[0].startMs'], ['[{"speaker":"agent","startMs":0,"endMs":1,"text":{}}]', '$.segments[0].text']] as const) {
    assert.throws(() => parseTranscriptJson(bad), (e: { code?: string; details?: { path?: string } }) => e.code === 'ERR_TRANSCRIPT_INVALID' && e.details?.path === path, bad);
  }
});

test('ASR model dir check: missing dir, no tokens, incomplete transducer, each model type', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-asr-'));
  try {
    await assert.rejects(checkAsrModelDir(join(dir, 'absent')), { code: 'ERR_ASR_MODEL' });
    await assert.rejects(checkAsrModelDir(dir), /tokens\.txt/);
    await writeFile(join(dir, 'tokens.txt'), 'a 0\n');
    await assert.rejects(checkAsrModelDir(dir), /model\*\.onnx/);
    await writeFile(join(dir, 'encoder-epoch-99.onnx'), '');
    await assert.rejects(checkAsrModelDir(dir), /incomplete/);
    await writeFile(join(dir, 'decoder-epoch-99.onnx'), '');
    assert.equal((await checkAsrModelDir(dir)).type, 'whisper');
    await writeFile(join(dir, 'joiner-epoch-99.onnx'), '');
    assert.equal((await checkAsrModelDir(dir)).type, 'zipformer');
    const para = join(dir, 'paraformer');
    await import('node:fs/promises').then((f) => f.mkdir(para));
    await writeFile(join(para, 'tokens.txt'), '');
    await writeFile(join(para, 'model.int8.onnx'), '');
    assert.equal((await checkAsrModelDir(para)).type, 'paraformer');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
