import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 61 onwards (phrasing-rounds.test.ts holds rounds 30–60): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 61 (fresh109/fresh110 causes, after their blind score; not yet measured blind): a neobank account opened, a fee refund someone is sure of, our product pitched against crypto', () => {
  assert.ok(flags('customer', "nah honestly I'm done. I already opened a Chime account, I'm moving my paycheck over and closing this one this week.").includes('intent.churn'));
  assert.ok(!flags('customer', 'I already opened a dispute about the charge last week.').includes('intent.churn'));
  assert.ok(flags('agent', "I'm sending this over to the fee team now, and I'm sure they'll all be refunded, you'll see a hundred and five back by tomorrow.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I'm sending this over to the fee team now; if they approve it, the fees will be refunded within two days.").includes('service.no_refund_promise'));
  // Crypto named beside our own product ("比炒币稳多了") is a pitch, not a scam being reported.
  assert.ok(call(['agent', '虚拟货币风险真的很大 其实您可以看看我们的理财 一年百分之三点八 比炒币稳多了']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '有人拉我进群买虚拟货币 说是保本保收益 这是不是骗局'], ['agent', '这是典型的诈骗 请不要转账']).includes('disclosure.wealth_risk'));
  // What the card already sent today is the caller's account, told without a check.
  assert.ok(call(['agent', '这张卡手机银行单日转账限额是五千 您今天已经转出一千二了 所以剩三千八']).includes('identity.verification'));
  // A repayment card swapped for another is no leaving.
  assert.ok(!flags('customer', '你好 我助学贷款的还款卡想换一张 原来那张我不用了 销掉了').includes('intent.churn'));
});
