import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 101 onwards (phrasing-rounds-85.test.ts holds rounds 85–100): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 101 (fresh189/fresh190 causes, after their blind score; not yet measured blind): a code sent to the phone\'s ending, a recurring debit read out, a capital account, your managers asked for, vendors and a streaming service blamed, a husband all set to complain, a partner\'s idea retold, a merchant still taking money', () => {
  // A code sent to "您尾号的手机" discloses nothing; a recurring debit read out with no check flags.
  assert.ok(!call(['customer', '我看账单上每个月都有一笔二十五块的扣款，我也不知道是啥。'], ['agent', '好的陈女士，我这边给您尾号的手机发了一条验证码，您念一下。'], ['agent', '核实通过了，谢谢。我看一下，这笔二十五元是每个月五号扣的，商户是腾讯视频。']).includes('identity.verification'));
  assert.ok(call(['customer', '喂，你好，我卡上有个每月扣钱的，我想知道是什么。'], ['agent', '你这卡，嗯，每个月十五号扣四十块，是个什么美图秀秀VIP。']).includes('identity.verification'));
  // A company's capital account is no investment.
  assert.ok(!call(['customer', '我们公司准备搭VIE架构，境外的美元基金要进来，想问问账户怎么安排。'], ['agent', '您目前只有一个人民币基本户，VIE架构一般需要境外主体另开离岸账户，境内WFOE开资本金账户。']).includes('disclosure.wealth_risk'));
  // "你们的经理" and someone more senior asked for, calmly, is an escalation.
  assert.ok(flags('customer', '没关系，你已经很好了。就是能不能帮我转给更资深一点的同事，或者你们的经理，跟我详细聊一下？').includes('intent.escalation'));
  // Vendors, a streaming service and an advisory firm blamed, and a husband's complaint called off, are no complaint.
  assert.ok(!flags('customer', "Hi. Honestly, this week's been a nightmare. Our payroll software provider messed up and sent the wrong amounts to your bank.").includes('intent.complaint'));
  assert.ok(!flags('customer', "See? Honestly, you guys have always been great, it's them I'm fuming at.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Hi Ben. My husband was all set to ring up and complain, but I told him it\'s not the bank\'s fault, so I\'m calling instead.').includes('intent.complaint'));
  assert.ok(!flags('customer', '这个投顾公司骗人的，推荐的股票全亏了，还天天扣钱。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我要说那个什么乐享健身，真是气死我了，我会员早就退了，它还每个月扣我钱！').includes('intent.complaint'));
  assert.ok(flags('customer', 'Aye. Brilliant service, really. Three calls, three promises it\'s blocked, and it\'s still taking my money. Top marks.').includes('intent.complaint'));
  // A partner's idea retold, and a merchant "still taking my money", are no leaving.
  assert.ok(!flags('customer', '你好，是这样，我们合伙人前几天说想把公司的钱都转到别的银行去，说那边代发工资免费。').includes('intent.churn'));
  assert.ok(!flags('customer', "Aye. Brilliant service, really. Three calls, three promises it's blocked, and it's still taking my money. Top marks.").includes('intent.churn'));
  assert.ok(flags('customer', "I'm taking my money elsewhere.").includes('intent.churn'));
});
