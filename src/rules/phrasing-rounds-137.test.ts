import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 137 onwards (phrasing-rounds-118.test.ts holds rounds 118–136): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 137 (fresh261/fresh262 causes, after their blind score; measured blind on fresh263/fresh264): a card dropped, a care home and a neighbour retold, a pension told in general, a policy already sold, a parent\'s account read out, a debit\'s date before the check, excuses, 干什么吃的, 服务真不行, 你们银行可真行', () => {
  // A card dropped on a bus and cancelled is no leaving; a care home's bill and a neighbour's old complaint retold are no complaint.
  assert.ok(!flags('customer', 'Hello dear, I need to cancel my card, my son says he saw it on the floor of the bus.').includes('intent.churn'));
  assert.ok(!flags('customer', 'Good. They put her bill up three times this year and nobody answers the phone there.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我邻居老孙说他上回在你们这投诉过排队的事，现在好点了没？').includes('intent.complaint'));
  // How a pension arrives and who may collect it, told in general, look at no account.
  assert.ok(!call(['customer', '我想问一下，养老金一般是每个月几号到？'], ['agent', '养老金是社保部门发放的，具体日期各地不一样，我们这边一般是收到社保资金当天入账。'], ['customer', '那我领取的时候能不能让我女儿代领？'], ['agent', '可以的，女儿拿您的卡和密码就可以在柜员机取，柜台代办需要带双方身份证。']).includes('identity.verification'));
  // A policy already sold, found while a mis-sale is complained of, needs no risk disclosure.
  assert.ok(!call(['customer', '我爸八十一了，你们网点的人给他卖了一个什么分红险，交了十万。'], ['agent', '核实通过。系统里确实有一份去年十月的分红型保险，是在网点签的。']).includes('disclosure.wealth_risk'));
  // A parent's account read out to a son or daughter, and a debit's date read out before the check, need a check in time.
  assert.ok(call(['customer', "Hi, I'm checking my mum's account, the surname's Pryce. She's worried the water company took too much."], ['agent', 'Let me find it. Pryce, Cardiff. Okay, Welsh Water took forty-two pounds on the first, and the council took one hundred and eighteen on the third.']).includes('identity.verification'));
  assert.ok(call(['customer', '我想看看我爸那个养老院的钱这个月扣了没有，卡尾号七三一七。'], ['agent', '好的，我看一下……尾号七三一七这张卡，本月三号扣了护理费四千八百元，上个月也是同样金额。'], ['customer', '哦那扣了。'], ['agent', '系统显示已扣款成功。对了，请问您是持卡人本人吗？麻烦报一下姓名和身份证后四位。']).includes('identity.verification'));
  // Excuses every time, 不管我们这些老头老太太, 干什么吃的, 服务真不行 and 你们银行可真行 complain.
  assert.ok(flags('customer', 'Three months in a row his pension credit was held for checks and he couldn\'t pay his carer. Every time, a different excuse from your lot.').includes('intent.complaint'));
  assert.ok(flags('customer', '中山路？我坐公交得四十分钟！你们就不管我们这些老头老太太了是吧？').includes('intent.complaint'));
  assert.ok(flags('customer', '一个七十多岁的老人一次转六万，你们银行连个电话都不打，风控干什么吃的？').includes('intent.complaint'));
  assert.ok(flags('customer', '复核复核，每次都复核，还收我二十五块手续费，你们这服务真不行。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行可真行啊，给七十八岁的老人卖R4，业绩真是“出色”。').includes('intent.complaint'));
});

test('round 138 (fresh263/fresh264 causes, after their blind score; not yet measured blind): a cottage owner, a hotel, a nursery and a pay app blamed, a friend disowned, wages from another bank, a duplicate promised back, 就这么扣', () => {
  // A cottage owner, a hotel, a nursery and a pay app blamed, and a friend's complaint disowned, are no complaint about the bank.
  assert.ok(!flags('customer', "Hi, I've been charged a damage deposit by a holiday cottage for a broken lamp I never even touched. I'm fuming with that owner.").includes('intent.complaint'));
  assert.ok(!flags('customer', '就是那个海边的度假酒店啊，我明明提前两天取消了，他还给我扣了一晚上的房费，说我no-show，太过分了这个酒店！').includes('intent.complaint'));
  assert.ok(!flags('customer', '也没什么，就是现在出门住酒店都用另一张卡了，这张闲着。我朋友之前说年费太贵要去投诉你们，我倒不是要投诉啊，就是用不上了。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Honestly, that nursery's admin is useless.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Hi Kofi. So my care agency uses this app, WageNow, to let you draw your pay early, and honestly the app is a rip-off, they take two quid every time.').includes('intent.complaint'));
  // Wages coming in from another bank are no leaving.
  assert.ok(!flags('customer', '你好，我想问一下，我们护理中介说工资是从别的银行转过来的，一般要多久才能到？').includes('intent.churn'));
  // A duplicate not yet checked, promised back tomorrow, is a refund promise.
  assert.ok(call(['agent', "Don't stress, that's obviously a duplicate. It'll be back tomorrow, guaranteed."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', '您别生气，这个肯定是系统重复了，明天一定给客人退回去，您跟客人说放心就好。']).includes('service.no_refund_promise'));
  // 谁跟我说过了 … 就这么扣 complains; 你们就会说 alone ("你们就会说看情况") does not.
  assert.ok(flags('customer', '什么规定啊？我开户的时候你们谁跟我说过了？一个月五块，一年就六十，我们护工挣点钱多不容易，你们银行就这么扣？').includes('intent.complaint'));
  assert.ok(!flags('customer', '你们就会说看情况 算了算了 我自己弄').includes('intent.complaint'));
});
