import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 202 onwards (phrasing-rounds-193.test.ts holds rounds 193–201): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 202 (fresh391/fresh392 causes, after their blind score; measured blind on fresh393/fresh394): agency guys, 遣散费, 拖尾款, 那对新人, my shift supervisor, 要不要销, 目前还行，先不换, 我先不动吧, 保险基金, 他身份证号我有, the last three transactions are <a …>', () => {
  // A staffing agency, a factory moving away and a couple slow to pay are someone else blamed (f391-en-03, f391-zh-23, f392-zh-01, f392-zh-07); the bank called crooks is a complaint.
  assert.ok(!flags('customer', 'Seven eighty-eight. They docked me for a late clock-in that was literally their broken time clock. Those agency guys are crooks, man.').includes('intent.complaint'));
  assert.ok(flags('customer', 'Seven eighty-eight again. You guys are crooks, man, taking a fee every single time.').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我在厂里干了五年，厂里要搬到越南去了，老板说遣散费也不给，气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '主要是现在新人老拖尾款，婚礼一结束人就找不着了，气死我了，我想现场直接刷掉。').includes('intent.complaint'));
  assert.ok(!flags('customer', '可是合同写得清清楚楚定金不退啊！那对新人还在朋友圈骂我，真是离谱。').includes('intent.complaint'));
  assert.ok(flags('customer', '可是你们说好不扣的，结果又扣了，真是离谱。').includes('intent.complaint'));
  // The caller's own shift supervisor who sent them asks for no one (f391-en-15).
  assert.ok(!flags('customer', "Hi, so my shift supervisor at the plant told me to call you and ask why my pay didn't go through.").includes('intent.escalation'));
  assert.ok(flags('customer', "I'm not dealing with you any more, get me your supervisor.").includes('intent.escalation'));
  // Whether a card must go if the wages move, and a move floated while things are fine (f391-zh-12, f392-zh-13); a move decided still counts.
  assert.ok(!flags('customer', '那我要是以后工资发到别的银行去了，这张卡要不要销').includes('intent.churn'));
  assert.ok(!call(
    ['customer', '哦，那要是厂里真换了，我可能就得换卡，不过现在还没定，我先不动吧，你们这卡我用着也挺顺手的'],
    ['agent', '好的，明白。还有其他问题吗？'],
  ).includes('intent.churn'));
  assert.ok(!flags('customer', '说实话，上回你们跨行到账慢了一天，我就想，要是以后老这样我可能考虑换个银行，不过目前还行，先不换。').includes('intent.churn'));
  assert.ok(flags('customer', '上回你们跨行到账慢了一天，这回又慢，我下个月就换个银行。').includes('intent.churn'));
  // An injury-insurance fund's payout is no fund sold; a workmate giving the holder's ID is no check (f391-zh-15).
  assert.ok(!call(
    ['customer', '我想查查工伤赔偿到了没有。'],
    ['agent', '核实通过。您这张卡十八号有一笔工伤保险基金的入账，一万二千三百元。'],
  ).includes('disclosure.wealth_risk'));
  assert.ok(call(
    ['customer', '你好，我是帮我工友打的，他住院了，让我帮他问问工伤赔偿到了没有'],
    ['agent', '好的，您工友叫什么名字？'],
    ['customer', '叫石永福，卡是你们行的工资卡，他身份证号我有，后四位二三一四'],
    ['agent', '好的我看一下，石永福这张卡十八号有一笔工伤保险基金的入账，一万二千三百元，目前卡里一共一万三千五百多。'],
  ).includes('identity.verification'));
  // Recent transactions listed before the check make it late (f391-en-20); where the app shows them touches no account.
  assert.ok(call(
    ['customer', "I'm trying to figure out if my agency paid me for last week, the card ends in five six seven one."],
    ['agent', 'Let me see, card ending five six seven one. The last three transactions are a deposit of four hundred seventy from StaffRight on Monday, and an ATM withdrawal of one hundred.'],
    ['customer', 'Okay so they did pay me.'],
    ['agent', 'Before we go further, I need to verify you. Could you give me your date of birth and the passcode?'],
    ['customer', 'April eighth, ninety-seven, code eight eight zero four one three.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', 'Where do I find the newest payments on a card?'],
    ['agent', 'In the app, tap the card and the last five transactions show at the top.'],
  ).includes('identity.verification'));
});

test('round 203 (fresh393/fresh394 causes, after their blind score; measured blind on fresh395/fresh396): the card we use for, keeping the current account, 不注销了, 那是气话, 变着法儿收钱, 不在你们这受气, 是商户那边, 这帮骗子, 投资管理合伙企业, current account has no, 一般的处理方式, there\'s a <merchant> charge of <amount>, it\'ll definitely come back', () => {
  // A card cancelled for what it pays for, one card closed with the current account kept, a threat said in anger and taken back (f393-en-21, f393-en-25, f394-zh-25); a move decided still counts.
  assert.ok(!flags('customer', 'Hi, I need to cancel the card we use for our old email marketing subscription.').includes('intent.churn'));
  assert.ok(!flags('customer', "Hi, I'd like to close our company credit card, we're keeping the current account, we just don't use the card anymore.").includes('intent.churn'));
  assert.ok(!call(
    ['customer', '你好，我儿子休学了，澳洲那个学校说退学费，拖了两个月了都，气得我想把这些卡全注销了。'],
    ['agent', '核验通过。您账户昨天有一笔从澳大利亚汇入的款项，已经入账了。'],
    ['customer', '哎呀那就好。刚才我说要注销卡那是气话啊，不注销了，是那个学校磨叽，跟你们没关系。'],
  ).includes('intent.churn'));
  assert.ok(flags('customer', '不用了，我已经想好了，下个月我就把公司账户销了，工资代发也换到招行去，不在你们这受气了。').includes('intent.churn'));
  // Fees taken by trickery and no more 受气 (f393-zh-19).
  assert.ok(flags('customer', '不用了，我已经想好了，下个月我就把公司账户销了，工资代发也换到招行去，不在你们这受气了。').includes('intent.complaint'));
  assert.ok(flags('customer', '还有那个什么账户管理年费，说好小微企业免的，怎么又扣了六百？你们就是变着法儿收钱。').includes('intent.complaint'));
  // A merchant's double charge and embassy scammers are someone else blamed (f393-zh-05, f394-zh-04); the bank called scammers is not.
  assert.ok(!flags('customer', '这个月被扣了两次，每次四千八百多，这不是坑人吗，是商户那边重复扣的吧。').includes('intent.complaint'));
  assert.ok(!flags('customer', '这帮骗子太缺德了，专门骗我们留学生，气死我了。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这帮骗子，乱扣我的年费，气死我了。').includes('intent.complaint'));
  // A payer's name is no fund sold (f393-zh-02).
  assert.ok(!call(
    ['customer', '我们天使轮的钱说是昨天打过来了，我想确认一下到没到。'],
    ['agent', '核实通过。昨天下午一笔入账五十万元整，付款方是一家投资管理合伙企业。'],
  ).includes('disclosure.wealth_risk'));
  // A packaged account described and a card's unfreezing told in general touch no account (f394-en-11, f394-zh-18); a merchant's charge read out to a bookkeeper does (f393-en-15), a fee told does not.
  assert.ok(!call(
    ['customer', "I'm heading to Milan for a semester. Is there an account that doesn't charge foreign fees?"],
    ['agent', "Our Voyager current account has no foreign fees, but it's a packaged account at twelve pounds a month."],
    ['customer', 'Okay, thanks.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', '你好，我女儿在英国读书，她的卡好像被冻了。'],
    ['agent', '我可以跟您说一下一般的处理方式：境外卡片如果因风控被临时冻结，持卡人本人通过手机银行人脸识别就可以自助解除。'],
    ['customer', '哦，那我让她自己弄。'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', "I'm the bookkeeper for Brightpixel Ltd, reconciling their March statement. There's something around the twentieth?"],
    ['agent', "Yes, on the nineteenth there's a Slack charge of six hundred and twelve pounds, and a payment to QuickPrint."],
    ['customer', 'Ah brilliant, thanks so much.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', 'What does the business card cost?'],
    ['agent', "It has no foreign transaction fee, but there's a monthly charge of ten pounds."],
    ['customer', 'Okay, thanks.'],
  ).includes('identity.verification'));
  // A chargeback sworn to come back (f394-en-16).
  assert.ok(flags('agent', "I'll raise a chargeback. It'll definitely come back, don't worry about that, it's obviously a duplicate.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I'll raise a chargeback. The card network decides, so I can't say it will definitely come back.").includes('service.no_refund_promise'));
});

test('round 204 (fresh395/fresh396 causes, after their blind score; measured blind on fresh397/fresh398): terminal rental, keeping my accounts, 早就换银行了, 医院那个, 那个收费员, 有没有人在干活, 跟进个鬼, your bank declined, 约一下你们, it\'ll definitely be on his card', () => {
  // A card terminal's rental cancelled with the accounts kept, and a move only had the bank been as slow as the insurer (f395-en-16, f396-zh-11); a store account and its terminal moved is f114-en-24's churn.
  assert.ok(!flags('customer', "Second, I want to cancel my card terminal rental because I'm not doing markets any more. Keeping my accounts though, obviously.").includes('intent.churn'));
  assert.ok(flags('customer', "Don't bother. I already talked to First Rural. I'm moving the store account and the card terminal over there next week.").includes('intent.churn'));
  assert.ok(!flags('customer', '那个保险公司拖了一个月了，真是磨叽。要是你们银行也这么拖，我早就换银行了。').includes('intent.churn'));
  // A hospital's kiosk and cashier are someone else blamed (f396-zh-06, f396-zh-07); the bank's own teller is not.
  assert.ok(!flags('customer', '就是医院那个破机器，卡了一下又刷了一遍。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，那个收费员还跟我说是系统问题，让我自己找银行，态度差得要死。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们那个柜员跟我说是系统问题，让我自己想办法，态度差得要死。').includes('intent.complaint'));
  // Nobody working and follow-ups that never come (f395-zh-03); the bank named as declining the card keeps its sentence whatever the hospital (f396-en-11).
  assert.ok(flags('customer', '待发送？三号到现在都十天了！你们到底有没有人在干活？我都打了三次电话了，每次都说会跟进，跟进个鬼。').includes('intent.complaint'));
  assert.ok(flags('customer', 'Your bank declined my card at the hospital admissions desk while my husband was on a gurney. Do you have any idea how humiliating that was?').includes('intent.complaint'));
  assert.ok(!flags('customer', 'The parking machine at the hospital declined my card twice, how humiliating, I had to borrow cash.').includes('intent.complaint'));
  // A meeting with the branch head asked for, whatever the relationship manager said (f395-zh-17).
  assert.ok(flags('customer', '我明白，客户经理那边说要等季度评审。能不能帮我约一下你们支行行长或者公司业务部的负责人，我想当面谈谈。').includes('intent.escalation'));
  assert.ok(!flags('customer', '我明白，客户经理那边说要等季度评审，那我就等客户经理的消息吧。').includes('intent.escalation'));
  // A refund sworn to be on the card by Friday (f395-en-08).
  assert.ok(flags('agent', "Don't worry about it at all. I guarantee he gets the second forty back, it'll definitely be on his card by Friday.").includes('service.no_refund_promise'));
});

test('round 205 (fresh397/fresh398 causes, after their blind score; measured blind on fresh399/fresh400): their accounts team, 这个供应商, 孩子他爸, 游戏平台, 不销了, my dad\'s moving his, 我妈说她想, 有没有人维护, 不在你们这儿受, 孩子的卡号, 理财小课堂', () => {
  // A broker's accounts team, a supplier and a game platform are someone else blamed (f397-en-20, f397-zh-01, f398-zh-15); the bank's own team is not.
  assert.ok(!flags('customer', 'Right, so they have been paid. Typical, their accounts team are useless.').includes('intent.complaint'));
  assert.ok(flags('customer', 'Right, so it was your side. Typical, your team are useless.').includes('intent.complaint'));
  assert.ok(!flags('customer', '那就是他们自己那边的问题了，这个供应商老是这样，收了钱说没收到，拖着不发货，真是服了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '好，那个游戏平台真是什么都能绑，太离谱了。').includes('intent.complaint'));
  // A card's closing taken back, and a parent's own move retold (f398-zh-15, f398-en-22, f398-zh-22); a caller moving everything near a mother's care home is f137-en-24's churn.
  assert.ok(!call(
    ['customer', '你好，我想把我这张卡销了，孩子他爸老是把卡号给孩子玩游戏用，烦死了。'],
    ['agent', '其实换个卡号就可以，游戏那边绑的就失效了。'],
    ['customer', '那算了，不销了，就换个卡号吧，这张卡用了十年了我也舍不得。'],
  ).includes('intent.churn'));
  assert.ok(!flags('customer', "Cool. My dad's moving his mortgage to another bank though, does that matter?").includes('intent.churn'));
  assert.ok(flags('customer', "I want to close my account. My mum's moving into the care home next to the Barclays branch, it's just easier, I'm moving everything.").includes('intent.churn'));
  assert.ok(!flags('customer', '两百啊，好少。我妈说她想把工资也转到别家去，说别家的限额高。').includes('intent.churn'));
  // An app nobody maintains (f397-zh-23).
  assert.ok(flags('customer', '你们那个企业app又卡死了，付了三次都转圈圈，你们这app到底有没有人维护啊').includes('intent.complaint'));
  // A child's card asked of his uncle checks nobody (f398-zh-13); a money-skills class for children is no product sold (f398-zh-19).
  assert.ok(call(
    ['customer', '你好，我是孩子的舅舅，他有张你们的少年卡，我想看看他最近是不是又去充游戏了。'],
    ['agent', '好的，请问孩子的卡号或者姓名是？'],
    ['customer', '叫马子轩，卡号后四位是0453。'],
    ['agent', '好的我查一下……这张卡目前余额是一百二十三块五，最近三天有两笔游戏充值。'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', '你好，我想问问你们少年卡怎么办，孩子十岁。'],
    ['agent', '少年卡免年费。目前我们没有开卡礼品，不过少年卡有理财小课堂活动，孩子可以参加。'],
  ).includes('disclosure.wealth_risk'));
});

test('round 206 (fresh399/fresh400 causes, after their blind score; not yet measured blind): 家具城, 一句都没提, 我老公前两天, 我同事也遇到, i was thinking if this didn\'t, 保洁公司说, 现在弄好了就不折腾, his offer is for <amount>, 贷款申请批了, the last credit on your', () => {
  // A furniture store that took a deposit and vanished (f399-zh-13).
  assert.ok(!flags('customer', '气死我了，我在那个什么欧式家具城交了八千块定金，说好一个月送货，现在两个月了人都找不到，电话也不接。').includes('intent.complaint'));
  // The bank's manager named as the one who kept quiet asks for no one, while the grievance stands (f399-zh-18); a husband's and a colleague's demand retold (f399-zh-19, f400-zh-18).
  assert.ok(!flags('customer', '第十二条？那么小的字谁看得见？你们经理签约的时候一句都没提，这不是坑人吗？').includes('intent.escalation'));
  assert.ok(flags('customer', '第十二条？那么小的字谁看得见？你们经理签约的时候一句都没提，这不是坑人吗？').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我老公前两天打过来，说是要找你们领导，后来问题好像解决了。我今天就是问点别的事。').includes('intent.escalation'));
  assert.ok(!flags('customer', '那就好，上次我同事也遇到这事，他打电话非要找你们主管，折腾半天，我就想着别找了，你们能办就行').includes('intent.escalation'));
  // A move thought of until the problem was fixed, and an outsourcing firm's payroll moved (f400-en-24, f400-zh-13, f400-zh-24).
  assert.ok(!flags('customer', "Honestly, standing out here at five in the morning I was thinking if this didn't get sorted I'd switch banks, but that's fine now, no drama.").includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我们保洁公司说下个月代发工资不走你们银行了，要换成农商行，那我这张卡还能用吗').includes('intent.churn'));
  assert.ok(!flags('customer', '设好了，能付了。说实话刚才我都想着要不这卡不要了，换一家算了，现在弄好了就不折腾了').includes('intent.churn'));
  // A partner told the offer's amount, a wife told the loan approved, a last credit read before the check (f399-en-19, f399-zh-12, f400-en-02); an offer's usual validity touches no account.
  assert.ok(call(
    ['customer', "Hi, I'm calling for my partner, James Pike. He's had a mortgage offer from you and we want to know when it expires."],
    ['agent', 'No problem. Do you have his date of birth?'],
    ['customer', 'Yeah, twenty-fifth of May eighty-seven.'],
    ['agent', 'Okay, found him. His offer is for two hundred and eighty-five thousand at 4.29 percent fixed, and it expires on the thirtieth of September.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', '你好，我帮我老公问一下房贷审批到哪一步了。'],
    ['agent', '好的我查到了，李伟先生的贷款申请批了一百二十万，三十年，现在在等签合同。'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', "They swear they paid me on Friday but I've got nothing."],
    ['agent', 'Right, the last credit on your current account was the twenty-eighth of last month, nine hundred and twelve pounds from Brightclean.'],
    ['customer', 'Typical.'],
    ['agent', "Oh, sorry, I should've asked, can you confirm your date of birth and postcode for me?"],
    ['customer', 'Third of March eighty, LS6 2QT.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', 'How long does a mortgage offer last?'],
    ['agent', 'A typical offer is valid for six months, and the rate is fixed from the day it is made.'],
  ).includes('identity.verification'));
});
