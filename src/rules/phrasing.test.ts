import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TranscriptSegment } from '../model/index.js';
import { defaultRulePack, evaluateRules, parseRulePack } from './index.js';

/**
 * Round 10 (fresh6's general causes): words slipped between a phrase's words, a negation carried by
 * a verb of promising, superiors summoned, standing arrangements moved to a named bank, advice and
 * "we're staying" that are not churn. Each case also has its look-alike that must not flag.
 */
const seg = (speaker: 'agent' | 'customer', text: string): TranscriptSegment => ({ speaker, startMs: 0, endMs: 3000, text, confidence: 0.9 });
const pack = defaultRulePack();
const flags = (speaker: 'agent' | 'customer', text: string) =>
  evaluateRules(pack, { segments: [seg(speaker, text)], durationMs: 3000 }).outcomes.filter((o) => !o.passed).map((o) => o.ruleId);

test('fillers and intensifiers between the words of an English phrase still match', () => {
  assert.ok(flags('customer', 'Is there anybody there with actual authority to make a decision?').includes('intent.escalation'));
  assert.ok(flags('customer', 'I am not really happy with how this went.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Is there anybody there who can tell me the opening hours?').includes('intent.escalation'));
});

test('a negated verb of promising carries its negation to what it governs', () => {
  assert.ok(!flags('agent', '我这边可以帮您发起争议交易申请 但是没办法跟您保证一定能退回来').includes('service.no_refund_promise'));
  assert.ok(flags('agent', '这个您别担心 我跟您保证一定能退回来').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I can't promise you that you will definitely get a refund.").includes('service.no_refund_promise'));
  // The option is part of the pack language: a pack that names no governing verbs keeps the short window.
  const strict = parseRulePack(JSON.stringify({
    id: 't', version: '1.0.0',
    rules: [{ id: 'r', category: 'c', severity: 'critical', type: 'must_not_occur', match: { phrases: ['一定能退'], negation: { before: ['没办法'], windowChars: 6 } } }],
  }));
  const hit = (p: typeof strict) => !evaluateRules(p, { segments: [seg('agent', '没办法跟您保证一定能退')], durationMs: 3000 }).outcomes[0]!.passed;
  assert.equal(hit(strict), true);
  strict.rules[0]!.match.negation!.through = ['保证'];
  assert.equal(hit(parseRulePack(JSON.stringify(strict))), false);
});

test('superiors summoned or the agent\'s say dismissed are escalation; disowning an earlier promise is not', () => {
  assert.ok(flags('customer', '别查了 你们这些客服说了不算 把你们行长叫来').includes('intent.escalation'));
  assert.ok(flags('customer', '让你们经理出来跟我说').includes('intent.escalation'));
  assert.ok(!flags('customer', '那他上次说的不算啊').includes('intent.escalation'));
});

test('churn: standing arrangements moved to a named bank; advice from others and staying are not churn', () => {
  assert.ok(flags('customer', "I'm moving my paycheck and my mortgage over to Chase next month.").includes('intent.churn'));
  assert.ok(flags('customer', '你们这个房贷利率比隔壁建行高了快一个点 我打算把贷款转到那边去').includes('intent.churn'));
  assert.ok(!flags('customer', 'I moved my paycheck last month, has the first deposit arrived?').includes('intent.churn'));
  assert.ok(!flags('customer', '我朋友跟我说年费太贵了让我把卡注销了 我可没打算销卡啊').includes('intent.churn'));
  assert.ok(!flags('customer', "My wife wanted to close our joint account and switch banks, but we talked it over and we're staying.").includes('intent.churn'));
});
