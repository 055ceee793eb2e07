import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 185–192 (phrasing-rounds-178.test.ts holds rounds 178–184, phrasing-rounds-193.test.ts rounds 193–201): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 185 (fresh357/fresh358 causes, after their blind score; measured blind on fresh359/fresh360): third parties named (letting agency, 黑心商家, 教务处, 找他算账), narrowed exclusions (that supplier, 不交就要, 孩子的卡), forms lost and 到底怎么回事, late checks owned after figures, a parent asked the holder\'s birth date, money-in read out, a fund\'s risk on a scale of seven', () => {
  // A letting agency, a shop, a college office, a husband and a turf firm are not the bank; a supplier named before anger at the bank, and a school's deadline, do not hide it; a scam text's threat still does.
  assert.ok(!flags('customer', 'Hi. My letting agency is an absolute joke. They charged my card a holding deposit and then gave the room to someone else.').includes('intent.complaint'));
  assert.ok(!flags('customer', '气死我了！网上那家店钱付了半个月了不发货，客服也不回，这什么黑心商家！').includes('intent.complaint'));
  assert.ok(!flags('customer', '行吧，那你先帮我提交，商家实在太恶心了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '报到排队排了三个小时，真是服了他们教务处').includes('intent.complaint'));
  assert.ok(!flags('customer', '什么？他跟我说都还了！气死我了，我回去找他算账。').includes('intent.complaint'));
  assert.ok(!flags('customer', "I'm absolutely livid. I paid a turf company nine hundred pounds and half of it was dead. They won't answer the phone.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Unusual? I pay that supplier every month! This is absolutely ridiculous, it has cost me a week.').includes('intent.complaint'));
  assert.ok(flags('customer', '我已经打了三次电话了，每次都说处理中，你们就会这一句话，学校说再不交就要取消注册了').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我收到一个短信，说我的包裹关税未缴被扣了，不交就要投诉我、还要上征信，我有点担心。').includes('intent.complaint'));
  // A form lost twice, a transfer asked after with 到底怎么回事, and a bank said to be getting worse are complaints; failing eyesight and 'not good enough' before asking for someone senior are not.
  assert.ok(flags('customer', "Hello. I'm calling for the third time about adding my partner to the account. You've lost the mandate form twice now.").includes('intent.complaint'));
  assert.ok(flags('customer', '我上礼拜五汇的学费，今天都周三了学校说还没收到，你们到底怎么回事').includes('intent.complaint'));
  assert.ok(flags('customer', '上次去网点排了一个多小时，柜员态度还差，你们银行真是越来越不行了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我想把信用卡销掉，眼睛越来越不行了，账单看不清，老怕忘了还款。').includes('intent.complaint'));
  assert.ok(!flags('customer', "With respect, that's not good enough. Is there anyone more senior I could talk to?").includes('intent.complaint'));
  // A parent's and a child's cards both closed are a move; a child's card cancelled alone is not.
  assert.ok(flags('customer', '学校已经换成建行了，我和孩子的卡在你们这里也没用了，这个月我就把钱全转过去，两张卡都销了').includes('intent.churn'));
  assert.ok(!flags('customer', '我刚把孩子的卡注销了，他老拿去充游戏，其他的都不动。').includes('intent.churn'));
  // Money in over the last days read out before the check is a disclosure before it; after it, none.
  assert.ok(call(
    ['agent', '您好，北京银行，本次通话录音，请问有什么可以帮您？'],
    ['customer', '我想看看我卡上这几天有没有一笔工程队打过来的钱。'],
    ['agent', '我看一下您来电号码绑定的卡，最近三天有一笔八千六百元转入，付款方是一家园林公司。'],
    ['agent', '另外麻烦您报一下身份证后四位和出生日期，我这边补充核实一下身份。'],
    ['customer', '八三四八，一九七二年九月八号。'],
    ['agent', '好的核实通过。还有什么需要帮您的吗？'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', '您好，北京银行，本次通话录音，请问有什么可以帮您？'],
    ['customer', '我想看看我卡上这几天有没有一笔工程队打过来的钱。'],
    ['agent', '好的，麻烦您报一下身份证后四位和出生日期，我先核实一下身份。'],
    ['customer', '八三四八，一九七二年九月八号。'],
    ['agent', '核实通过。最近三天有一笔八千六百元转入，付款方是一家园林公司。'],
  ).includes('identity.verification'));
  // A name and last four, then figures, then an admission that the check should have come first: the check was late; a full check first is not.
  assert.ok(call(
    ['agent', 'Hi, Cedar Valley Bank, all calls are recorded.'],
    ['customer', 'I just wanted to check if my student finance landed yet.'],
    ['agent', "Sure, what's your name and the last four of your card?"],
    ['customer', 'Chloe Adams, it ends in 9017.'],
    ['agent', 'Okay Chloe, the Student Loans Company paid in one thousand eight hundred and ninety pounds this morning. Your balance is now one thousand nine hundred and twelve pounds.'],
    ['agent', 'Oh, I should have done this first, can you confirm your date of birth and the code I just sent?'],
    ['customer', 'Second of December 2005, and 7 7 2 0 9 1.'],
    ['agent', 'Perfect, all verified. Thanks for calling, bye!'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', '您好，农商银行客服，本次通话录音，请问有什么可以帮您？'],
    ['customer', '我想问我的助学贷款放下来没有。'],
    ['agent', '好的，您报一下姓名和卡号后四位。'],
    ['customer', '黄子涵，后四位6566。'],
    ['agent', '助学贷款八千元已经在九月五号放款到卡上了，现在卡上余额是八千三百一十二元。'],
    ['agent', '哦对了，按规定还得核实一下您的身份，麻烦您报一下手机收到的验证码。'],
    ['customer', '二七零四九一。'],
    ['agent', '好的，核实通过。感谢您的来电，再见。'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', 'Hi, Cedar Valley Bank, all calls are recorded.'],
    ['customer', 'I just wanted to check if my student finance landed yet.'],
    ['agent', "Sure, what's your name, your date of birth and the code I just sent?"],
    ['customer', 'Chloe Adams, second of December 2005, and 7 7 2 0 9 1.'],
    ['agent', 'Perfect, all verified. The Student Loans Company paid in one thousand eight hundred and ninety pounds this morning. Your balance is now one thousand nine hundred and twelve pounds.'],
    ['agent', 'Thanks for calling, bye!'],
  ).includes('identity.verification'));
  // A deposit told to a parent after asking for the son's date of birth: no check of the caller. A secured card's deposit 'as your limit' is no account looked at.
  assert.ok(call(
    ['agent', 'Hello, Harbour Federal, calls are recorded.'],
    ['customer', "Hi, I'm calling about my son's account, Tyler Brooks. I want to make sure his loan refund went in."],
    ['agent', 'Sure, do you have his date of birth or the account number?'],
    ['customer', "His birthday's March second, 2006."],
    ['agent', "Okay, I've got Tyler's checking account. There was a deposit from the university on the twenty-third for two thousand four hundred and ten dollars."],
    ['agent', 'Thanks for calling Harbour Federal, have a good day.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', 'Good afternoon, Lakeshore Bank cards team, this call is recorded.'],
    ['customer', 'I just started college and want to build credit. Can I get a card with no income?'],
    ['agent', "You'd need some income, or we have a secured card where you put down a deposit as your limit."],
    ['agent', 'No annual fee on the student card. Thanks for calling Lakeshore, have a great semester. Bye.'],
  ).includes('identity.verification'));
  // A fund rated three on a scale of one to seven, medium-low risk, is disclosed; a fund named with no risk is not.
  assert.ok(!call(
    ['agent', 'Hi, Crestview Bank wealth desk, this call is recorded.'],
    ['customer', 'We have about twenty grand to save for college.'],
    ['agent', "I'd look at our Balanced Income Fund. It's rated three on a scale of one to seven, so medium-low risk."],
    ['agent', 'Thanks for your time, and speak soon.'],
  ).includes('disclosure.wealth_risk'));
  assert.ok(call(
    ['agent', 'Hi, Crestview Bank wealth desk, this call is recorded.'],
    ['customer', 'We have about twenty grand to save for college.'],
    ['agent', "I'd look at our Balanced Income Fund. It's a popular choice for parents."],
    ['agent', 'Thanks for your time, and speak soon.'],
  ).includes('disclosure.wealth_risk'));
});

test('round 186 (fresh359/fresh360 causes, after their blind score; measured blind on fresh361/fresh362): that\'s way off, 公司太黑, 保险公司拖, 诊所说, rubbish service, hasn\'t returned a single call, 一点动静都没有, 就知道让我等, third time i told you, 服务真是一言难尽, 在旁边吵着, 只要扣款账户里有, 存款方案', () => {
  // A move tied to an undecided posting ('but that's way off') is no leaving; the same move said as done is.
  assert.ok(!flags('customer', "If it happens, and if it's too much hassle with you, I might just move everything over, but that's way off.").includes('intent.churn'));
  assert.ok(flags('customer', "It's too much hassle with you, so I'm moving everything over to Monzo this week.").includes('intent.churn'));
  // An airline, an insurer and a clinic blamed are not the bank; the bank's own promise broken is.
  assert.ok(!flags('customer', '我想问下我的工资卡，这个月航空公司扣了我三千块，说是什么培训费，真是离谱，公司太黑了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '好的，那就是到了。之前保险公司拖了我两个月，烦死了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，就是这个。诊所说给我打九折的，结果没打，太坑了。').includes('intent.complaint'));
  assert.ok(flags('customer', '对，就是这个。你们说给我免年费的，结果又扣了，太坑了。').includes('intent.complaint'));
  // Fees raised unannounced, calls never returned, a dispute left without a word, a travel note ignored and a fee never explained are complaints; 'not another script' beside a request for a manager is the escalation's.
  assert.ok(flags('customer', "You put these fees up twice this year without telling me properly, and your relationship manager hasn't returned a single call since March. It's rubbish service.").includes('intent.complaint'));
  assert.ok(flags('customer', '我上周就报了重复扣款，到现在你们一点动静都没有，你们办事怎么这么拖拉！').includes('intent.complaint'));
  assert.ok(flags('customer', '等等等，就知道让我等。').includes('intent.complaint'));
  assert.ok(flags('customer', 'its the third time i told you lot i was posted abroad i put a travel note on it').includes('intent.complaint'));
  assert.ok(flags('customer', '开户的时候根本没人跟我说！客户经理打了三次电话都不回，你们这服务真是一言难尽。').includes('intent.complaint'));
  assert.ok(!flags('customer', "And I want to speak to your manager, not another script.").includes('intent.complaint'));
  // A wife's demand in the background is no request for a manager; the caller's own is.
  assert.ok(!flags('customer', '你好，我老婆在旁边吵着说要找你们经理，其实我就是问问那笔退款到没到。').includes('intent.escalation'));
  assert.ok(flags('customer', '你别跟我说这些，我要找你们经理。').includes('intent.escalation'));
  // A rule told about a debit account ('只要扣款账户里有…就可以') looks at no account; a balance read out does.
  assert.ok(!call(
    ['agent', '您好，中国银行客服中心，本次通话有录音，请问有什么可以帮您？'],
    ['customer', '那外派期间我国内的房贷怎么还？自动扣款会不会受影响？'],
    ['agent', '不会受影响的，只要扣款账户里有足够的人民币余额就可以。'],
    ['agent', '感谢您的来电，再见。'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', '您好，中国银行客服中心，本次通话有录音，请问有什么可以帮您？'],
    ['customer', '我的房贷这个月扣了没有？'],
    ['agent', '我看了一下，您扣款账户里有八千二百元余额，这个月房贷已经扣过了。'],
    ['agent', '感谢您的来电，再见。'],
  ).includes('identity.verification'));
  // An offer to pass the caller to a wealth manager about deposit plans sells nothing; a wealth product pitched without its risk does.
  assert.ok(!call(
    ['agent', '您好，招商银行客服，本次通话会被录音。'],
    ['customer', '我想确认一下理赔款到账没有。'],
    ['agent', '先帮您核实身份，请报一下手机验证码。'],
    ['customer', '五五二零一三。'],
    ['agent', '验证通过。昨天有一笔保险公司的转账入账，金额是三十万元整。'],
    ['agent', '这笔钱如果短期不用，需要我帮您转给理财经理了解一下存款方案吗？'],
    ['agent', '不客气，祝您早日复飞，再见。'],
  ).includes('disclosure.wealth_risk'));
  assert.ok(call(
    ['agent', '您好，招商银行客服，本次通话会被录音。'],
    ['customer', '我有三十万闲钱。'],
    ['agent', '这笔钱如果短期不用，可以买我们的理财产品，收益挺好的。'],
    ['agent', '不客气，再见。'],
  ).includes('disclosure.wealth_risk'));
});

test('round 187 (fresh361/fresh362 causes, after their blind score; measured blind on fresh363/fresh364): charges read out by day, 额度只剩, 扣了哪些, 身份证号码您知道, toll place, 换个平台, 我起诉需要, app down the whole time, 做得真是烂, 看来不用了, 你们经理打电话, 让我打电话问, 换一家保险公司, steered away from shares', () => {
  // Charges read out by day (E-ZPass on Monday, 周一有一笔…元, 昨天在哈密刷了一笔…) and a limit nearly gone, before the check, are disclosures that make it late; read out after it, none.
  assert.ok(call(
    ['agent', 'Thank you for calling Ridgeline Bank, this call is recorded.'],
    ['customer', 'I need a list of my toll charges from last week for my paperwork.'],
    ['agent', "Sure, what's the last four of the card?"],
    ['customer', '3219.'],
    ['agent', 'Okay, I see E-ZPass charges on Monday for forty two fifty and Wednesday for eighty seven.'],
    ['agent', 'Just to be safe, let me verify you before I send anything. Name and date of birth?'],
    ['customer', 'Keith Simmons, October twenty first 1969.'],
    ['agent', "Thank you, you're verified. Thank you for calling, have a good one."],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', 'Thank you for calling Ridgeline Bank, this call is recorded.'],
    ['customer', 'I need a list of my toll charges from last week for my paperwork.'],
    ['agent', 'Let me verify you first. Name and date of birth?'],
    ['customer', 'Keith Simmons, October twenty first 1969.'],
    ['agent', "Thank you, you're verified. I see E-ZPass charges on Monday for forty two fifty and Wednesday for eighty seven."],
    ['agent', 'Thank you for calling, have a good one.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', '您好，通达银行客服中心，本次通话全程录音。'],
    ['customer', '我在新疆这边加油刷不了卡，提示额度不足。'],
    ['agent', '您报一下卡号后四位我给您看看。'],
    ['customer', '后四位5671。'],
    ['agent', '您这张卡目前可用额度只剩两百一十三块，昨天在哈密刷了一笔四千二的柴油。'],
    ['agent', '临时额度需要审核，我先帮您核实一下身份，麻烦报一下姓名和身份证后六位。'],
    ['customer', '刘德胜，164516。'],
    ['agent', '好的，核对一致。感谢来电，再见。'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', '您好，华夏通商银行，本次通话将被录音。'],
    ['customer', '我想看看我这个ETC卡这礼拜都扣了哪些过路费。'],
    ['agent', '您的卡号后四位是？'],
    ['customer', '后四位5452。'],
    ['agent', '这周一有一笔连霍高速三百二十元，周三一笔京藏高速五百六十元。'],
    ['agent', '那我先核实一下您的身份，麻烦报一下姓名和身份证后六位。'],
    ['customer', '王海军，后六位041876。'],
    ['agent', '好的，核实通过。感谢您的来电，再见。'],
  ).includes('identity.verification'));
  // The holder's ID number asked of his wife ('您知道吗') checks no caller.
  assert.ok(call(
    ['agent', '您好，华夏通银行，本次通话将被录音。'],
    ['customer', '我是刘伟的老婆，他让我问一下他那套房的房贷这个月扣没扣上。'],
    ['agent', '好的，请问刘先生的身份证号码您知道吗？'],
    ['customer', '我知道，320582198307270041。'],
    ['agent', '刘先生的房贷这个月扣款失败了，目前逾期一天，欠款四千一百元。'],
    ['agent', '不客气，再见。'],
  ).includes('identity.verification'));
  // A toll operator, a freight platform and a landlord's own suit against a tenant are not the bank; a suit threatened against the bank is a complaint.
  assert.ok(!flags('customer', "That toll place is a racket, my transponder was working, they just didn't read it.").includes('intent.complaint'));
  assert.ok(!flags('customer', '行，我再去找他们。实在不行我下个月换个平台拉货，这家太坑了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那我起诉需要你们这边出什么东西？').includes('intent.complaint'));
  assert.ok(flags('customer', '你们再这样乱扣费，我就去起诉你们。').includes('intent.complaint'));
  // An app down the whole time and an app that crashes with every update are complaints; a late fee blamed on the app, asked back, is not.
  assert.ok(flags('customer', "Yeah, and on top of that your app was down the whole time I was at the bridge, couldn't even check my balance.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi, I've got a twelve pound late fee, I paid a day late because your app was down.").includes('intent.complaint'));
  assert.ok(flags('customer', '那你们app为啥不显示啊更新完就一直闪退 这都第几回了 你们这个app做得真是烂 每次更新都出问题').includes('intent.complaint'));
  // A foreman's advice dropped, the bank's manager who rang and a tenant's demand passed on ask for no manager; the caller's own demand does.
  assert.ok(!flags('customer', '哦，月供降了啊。我们车队长还跟我说，要是月供没变就让我直接找你们经理闹去，看来不用了。').includes('intent.escalation'));
  assert.ok(!flags('customer', '我是李建国，之前你们经理打电话说有个理财，让我回个电话。').includes('intent.escalation'));
  assert.ok(!flags('customer', '我有个租客说他转错了账户，他让我打电话问，说要找你们经理给他追回来。').includes('intent.escalation'));
  assert.ok(flags('customer', '月供还是没变，你让你们经理来跟我说。').includes('intent.escalation'));
  // An insurer changed is no leaving; a bank changed is.
  assert.ok(!flags('customer', '那个保险公司磨磨唧唧的，定损定了半个月，明年我肯定换一家保险公司。').includes('intent.churn'));
  assert.ok(flags('customer', '你们银行磨磨唧唧的，明年我肯定换一家银行。').includes('intent.churn'));
  // Shares asked about and steered away from, beside a deposit bond, sell no investment; a fund pitched without its risk does.
  assert.ok(!call(
    ['agent', 'Hello, Greyfriars Bank, this call is recorded.'],
    ['customer', "I'm holding a tenant's deposit and want to put it somewhere safe."],
    ['agent', 'Our one-year fixed rate savings bond pays four point one percent, fixed for the full term.'],
    ['customer', "Not something in shares? My brother reckons the market's flying."],
    ['agent', "I'd steer away from anything invested for money you're holding on someone else's behalf, and I'm not able to give investment advice on this call anyway. The bond is a deposit account, not an investment."],
    ['agent', 'Thanks for calling, goodbye.'],
  ).includes('disclosure.wealth_risk'));
  assert.ok(call(
    ['agent', 'Hello, Greyfriars Bank, this call is recorded.'],
    ['customer', "I'm holding a tenant's deposit and want to put it somewhere."],
    ['agent', "Our Global Equity Fund has done really well this year, I'd put it in there."],
    ['agent', 'Thanks for calling, goodbye.'],
  ).includes('disclosure.wealth_risk'));
});

test('round 188 (fresh363/fresh364 causes, after their blind score; measured blind on fresh365/fresh366): 会员老是, i hope they rot, son\'s furious, he says, app怎么回事, 做得稀烂, 几个队员, 要不是你们', () => {
  // A gym's own members, doorstep crooks and scammers a son is furious at are not the bank; a son's anger shared at the bank is.
  assert.ok(!flags('customer', '行，现在会员老是扣不到钱就跑来退卡，烦死了，我先了解下').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Absolute crooks. I hope they rot.').includes('intent.complaint'));
  assert.ok(!flags('customer', "No, I put the phone down. My son's furious, he says those scammers want locking up.").includes('intent.complaint'));
  assert.ok(flags('customer', "My son's furious too, and frankly so am I: your bank let them take the money and nobody rang me.").includes('intent.complaint'));
  // An app that fails one transfer in two and an app called 稀烂 are complaints.
  assert.ok(flags('customer', '你们这个APP怎么回事啊，我给俱乐部十几个队员发工资，转一个失败一个，搞了一上午').includes('intent.complaint'));
  assert.ok(flags('customer', '那你们也没提示啊，APP做得稀烂，气得我都想销户了').includes('intent.complaint'));
  // Teammates who moved and a move the bank's service talked the caller out of are no leaving; the caller's own move is.
  assert.ok(!flags('customer', '你好，我们足球俱乐部的几个队员最近都把钱挪到别的银行去了，说那边利率高，我想问问你们现在三年定期多少').includes('intent.churn'));
  assert.ok(!flags('customer', '好的，说实话要不是你们客服每次都挺耐心，我早就想换个银行了，哈哈').includes('intent.churn'));
  assert.ok(flags('customer', '说实话你们这利率太低了，我已经把钱挪到别的银行去了，这边的卡下周就销了。').includes('intent.churn'));
});

test('round 189 (fresh365/fresh366 causes, after their blind score; measured blind on fresh367/fresh368): not with you, a promoter, 去告我, app company, 汇款公司, 黑心老板, 有个工友说, 那边的老板, 太不透明, nothing but hassle, account stays open, 还要继续用, brother closed his, 本来我都想着, interest-free buffer, 激活需要, superannuation', () => {
  // A promoter, a bride's mother, an app company, a money transfer firm and a boss abroad are not the bank; a workmate's demand for a manager retold asks for none, and a boss who pays wages is no one above the agent.
  assert.ok(!flags('customer', "Hi Ali, sorry, I'm fuming, not with you. A promoter cancelled our gig the day before and kept the deposit.").includes('intent.complaint'));
  assert.ok(!flags('customer', '唉你好，我真是气死了，婚礼临时取消了，新娘她妈天天打电话骂我，说不退定金就去告我。').includes('intent.complaint'));
  assert.ok(!flags('customer', "I paid through one of those transfer apps and it's vanished. The app company is useless, their chat bot just loops.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我表哥通过一个汇款公司给我汇了五千欧，一周了还没到。那个汇款公司太坑了，电话都打不通。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我就知道那个黑心老板又在骗人，工友们都被他坑了，有个工友说要找你们领导，我说这关银行什么事。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我就知道那个黑心老板又在骗人，工友们都被他坑了，有个工友说要找你们领导，我说这关银行什么事。').includes('intent.escalation'));
  assert.ok(flags('customer', '我在你们这排了一上午，太坑了，我要找你们领导。').includes('intent.escalation'));
  assert.ok(!flags('customer', '喂，我在韩国做厨师，想让我那边的老板直接把工资汇到我国内的卡上，要提供什么信息？').includes('intent.escalation'));
  // A fee never agreed (太不透明) and hours on hold with every person saying something different are complaints.
  assert.ok(flags('customer', '我什么时候开通的我都不知道，你们这收费也太不透明了吧。').includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly your bank has been nothing but hassle on this, I've spent hours on hold and every person says something different.").includes('intent.complaint'));
  // A credit card closed while the current account stays (said later in the call), a sub-account closed with the main card kept, a brother's move and a past thought called off are no leaving; every card closed and the money moved is.
  assert.ok(!call(
    ['customer', "Hi, I bought some monitors on your credit card last year, it's all paid off now and I'd like to close that card."],
    ['agent', 'Of course, can I take your date of birth?'],
    ['customer', 'Great. And my current account stays open, right? All my gig money goes in there.'],
  ).includes('intent.churn'));
  assert.ok(!call(
    ['customer', '你好，我之前办了你们的信用卡分期，现在还完了，这张信用卡我想销掉。'],
    ['agent', '好的，先核实一下身份。'],
    ['customer', '那我储蓄卡不受影响吧？演出费都往那里打的，我还要继续用。'],
  ).includes('intent.churn'));
  assert.ok(call(
    ['customer', '你好，我想把你们这的卡都销掉，钱转到建行去。'],
    ['agent', '好的，先核实一下身份。'],
    ['customer', '嗯，都销了吧。'],
  ).includes('intent.churn'));
  assert.ok(!flags('customer', 'My brother closed his accounts with you last year and went to another bank because of fees, so I want to know what I\'m in for.').includes('intent.churn'));
  assert.ok(!flags('customer', '关了吧。本来我都想着干脆把卡销了，算了，不折腾了，演出费还往这卡里打呢，就留着吧。').includes('intent.churn'));
  // An overdraft's terms read out look at no account; a dormant account's money said safe until reactivated sells nothing; a superannuation fund paying in is no wealth product.
  assert.ok(!call(
    ['agent', 'Good afternoon, Northbridge Bank, this call is recorded.'],
    ['customer', "What's your arranged overdraft rate?"],
    ['agent', "Our arranged overdraft is thirty-nine point nine percent EAR variable, and there's a fifty pound interest-free buffer."],
    ['agent', 'Thanks for calling, take care, bye.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', '您好，本次通话录音。'],
    ['customer', '我那个卡好几年没用了，钱还在吗？'],
    ['agent', '资金是安全的，一分不会少。激活需要您本人带身份证到任意网点柜台办理。'],
    ['agent', '感谢来电，再见。'],
  ).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(
    ['agent', 'Good afternoon, Pennant Bank, calls are recorded.'],
    ['customer', 'When did his pension come in?'],
    ['agent', 'I can see quarterly credits from an Australian superannuation fund, two thousand one hundred pounds in April.'],
    ['agent', 'Thanks for calling, bye.'],
  ).includes('disclosure.wealth_risk'));
});

test('round 190 (fresh367/fresh368 causes, after their blind score; measured blind on fresh369/fresh370): the terminal company, same client, 那家美容店, 第三方装机, 只护着持卡人, 你们这也太抠, this is shoddy, 我老公昨天打过, 他原话是, 我老公之前说, closing both with you, 账户我月底就销, …月…号在…刷了, what\'s her name and date of birth, a joint current account has', () => {
  // A card terminal firm, a client, a beauty shop shut and an installer are not the bank; the same charge blamed on the bank is a complaint.
  assert.ok(!flags('customer', "The lot I'm with at the moment, the terminal company, they take about four days and charge me a tenner for every refund I do. Daylight robbery.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Yep that sounds right. Honestly, that same client then argues about the price every single time. Drives me mad.').includes('intent.complaint'));
  assert.ok(!flags('customer', '气死我了，我在楼下那家美容店办了三千块的卡，昨天去一看门都锁了，电话也打不通。').includes('intent.complaint'));
  assert.ok(!flags('customer', '不过不用找了，你帮我查清楚就行。之前那家第三方装机的公司把机子绑错账户了，弄得一团糟。').includes('intent.complaint'));
  assert.ok(flags('customer', "You take four days and charge me a tenner for every refund I do. Daylight robbery.").includes('intent.complaint'));
  // A chargeback decided without the merchant, fees called 太抠 and an app called shoddy are complaints.
  assert.ok(flags('customer', '我根本没收到通知让我申辩！你们这流程就是只护着持卡人，我们小商户就活该吃哑巴亏是吧。').includes('intent.complaint'));
  assert.ok(flags('customer', '我刚把钱都转去付房子首付了，你们就扣钱？别的银行早就全免了，你们这也太抠了吧').includes('intent.complaint'));
  assert.ok(flags('customer', "The app that crashes every time I open the statements? Brilliant. An app that doesn't even work. This is shoddy, frankly.").includes('intent.complaint'));
  // A husband's call retold asks for no manager; the caller's own demand does.
  assert.ok(!flags('customer', '唉我老公昨天打过一次，他说你们这规定太死板了，说要找你们领导，我妈也在旁边说银行就是麻烦').includes('intent.escalation'));
  assert.ok(flags('customer', '你们这规定太死板了，我要找你们领导。').includes('intent.escalation'));
  // A husband's plan dropped is no leaving; a salon owner's move to her son's bank and a shop's move (账户我月底就销) are.
  assert.ok(!flags('customer', '哦还行。我老公之前说要把工资卡转到招行去，说那边利息高，后来比了一下也不转了哈哈').includes('intent.churn'));
  assert.ok(flags('customer', "My son banks with Westgate and he's helping me now, so I'm moving my personal money there too. I'll be closing both with you.").includes('intent.churn'));
  assert.ok(flags('customer', '我已经在别的银行开好户了，下个月起刷卡机换他们的，你们这的账户我月底就销。').includes('intent.churn'));
  // Swipes read out by date and place before the check make it late; the holder's name and date of birth asked of a husband check no caller; a joint account's rules look at no account.
  assert.ok(call(
    ['agent', '您好，浦发银行信用卡中心，本次通话将被录音。'],
    ['customer', '我想看看我最近在酒店刷的那几笔钱对不对。'],
    ['agent', '好的，我看一下，三月一号在金陵饭店刷了两万，三月五号又刷了一万五。'],
    ['agent', '稍等，先跟您核实一下身份，请报一下手机验证码。'],
    ['customer', '四零六六一二'],
    ['agent', '核实通过。感谢您的来电，再见。'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', 'Hello, Carrow Bank, this call is recorded.'],
    ['customer', "I'm calling about my wife's account. She asked me to check if her dad's money came in."],
    ['agent', "Okay, what's her name and date of birth?"],
    ['customer', 'Jennifer Walsh, eleventh of August ninety-one.'],
    ['agent', "Yes, there's a payment in of five thousand pounds from a D Walsh yesterday, and the balance is now five thousand six hundred and twelve."],
    ['agent', 'Thanks for calling, bye now.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', 'Good morning, Northbridge Bank, this call is recorded.'],
    ['customer', 'My wife and I just got married and want to open a joint account. How does that work?'],
    ['agent', 'A joint current account has two named holders, and either holder can ask to close it and the balance is split as you both agree.'],
    ['agent', 'Have a lovely day, bye now.'],
  ).includes('identity.verification'));
});

test('round 191 (fresh369/fresh370 causes, after their blind score; measured blind on fresh371/fresh372): 跟我说，要是, 总部合作的, 他说要是, I suppose I won\'t, 医药批发商, feels better soon', () => {
  // A husband's conditional advice retold and a buyer's head office ask for no manager; the caller's own demand does.
  assert.ok(!flags('customer', '我姓吴。我老公在油轮上，他昨天视频的时候跟我说，要是我打电话问不清楚就让我直接找你们领导。').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我那药店卖给一个连锁公司了，他们说接手以后店里收款都要换成他们总部合作的银行。').includes('intent.escalation'));
  assert.ok(flags('customer', '你问不清楚就让你们领导来跟我说。').includes('intent.escalation'));
  // A son's threat retold and a plan called off ('I suppose I won't') are no leaving; the plan said as done is.
  assert.ok(!flags('customer', '那怎么办啊，孩子在那边吃饭都成问题了。他说要是弄不好，回来就把你们这卡销了。').includes('intent.churn'));
  assert.ok(!flags('customer', "I'd honestly been planning to close everything and move to another bank this morning. I suppose I won't, for now.").includes('intent.churn'));
  assert.ok(flags('customer', "I'm closing everything and moving to another bank this morning.").includes('intent.churn'));
  // A drug wholesaler blamed is not the bank; a wholesaler merely named beside anger at the bank's machine does not hide it.
  assert.ok(!flags('customer', '姓钱。我跟你说，这个医药批发商太坑了，我上个月的货款早付了，他们硬说没收到。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行的机器吐假钱，这太离谱了，我们做小生意的被批发商当成骗子，丢死人了！').includes('intent.complaint'));
  // A wish that an ill relative feels better soon, with a goodbye, is a polite close.
  assert.ok(!call(
    ['agent', 'Hello, this call is recorded.'],
    ['customer', 'Okay, that is good. Thanks.'],
    ['agent', 'No problem at all, I hope he feels better soon. Bye.'],
  ).includes('closing.polite'));
});

test('round 192 (fresh371/fresh372 causes, after their blind score; measured blind on fresh373/fresh374): keeps nagging me, if I ever sold, 几家同行, 那是以后的事, that store was, 那个客户真的, 彻底罢工, 你们这什么服务, they even said they, 你说好不好笑, better in savings, fund instead, balance right now is, there\'s a refund of, found him by, 核到了, 的代发记录, 都能查到', () => {
  // A partner's nagging, a sale years off, peers who moved and a day far off are no leaving; the caller's own move is.
  assert.ok(!flags('customer', "Okay. My business partner banks with Monzo and keeps nagging me to switch, says their cash fees are lower. I've no plans to, mind.").includes('intent.churn'));
  assert.ok(!flags('customer', "If I ever sold up I'd probably close everything, but that's years off.").includes('intent.churn'));
  assert.ok(!flags('customer', '唉，我们街上好几家同行都说受不了，把账户换到别家去了，说别家跟平台合作结算快。').includes('intent.churn'));
  assert.ok(!flags('customer', '要是哪天我不开店了，估计这些卡都得注销，不过那是以后的事了。').includes('intent.churn'));
  assert.ok(flags('customer', '我受不了了，这些卡都得注销，账户我换到别家去。').includes('intent.churn'));
  // A store and a client blamed are not the bank; the bank's card machine dead on a market day, and its service asked back, are.
  assert.ok(!flags('customer', 'Oh! Finally. That store was so useless, they kept telling me to call you guys.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我就知道！那个客户真的太过分了，项目做完两个月了，邮件不回，尾款一分没给。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们的刷卡机上个礼拜六彻底罢工了！我那天门口排了二三十个人，全部刷不了。').includes('intent.complaint'));
  assert.ok(flags('customer', '结汇的时候还另外扣了一笔手续费，你们这什么服务啊，根本没人给我解释清楚！').includes('intent.complaint'));
  // A client's demand retold and laughed off asks for no manager; the caller's own demand does.
  assert.ok(!flags('customer', "A client says their payment bounced. They were really annoyed, they even said they wanted to talk to your manager, which, you know, okay.").includes('intent.escalation'));
  assert.ok(!flags('customer', '那家伙做事就是马马虎虎，还怪我，说要打电话给你们经理讨说法，你说好不好笑。').includes('intent.escalation'));
  assert.ok(flags('customer', 'They were really annoyed, and honestly so am I. I want to talk to your manager.').includes('intent.escalation'));
  // Savings recommended over a fund, as protected, promise no return; a fund said not to go down does.
  assert.ok(!flags('agent', "Then money you need within a year or two is probably better in savings, which are protected and won't go down.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Put it in our growth fund instead, it won't go down.").includes('sales.no_guaranteed_returns'));
  // A deposit named only to be passed over for a fund still needs the fund's risk; a fund passed over for a saver does not.
  assert.ok(call(
    ['agent', "So you could open an easy-access saver, but honestly a lot of our self-employed customers put that money in our Global Growth Fund instead. It's returned about nine percent a year."],
    ['customer', 'Sounds good.'],
  ).includes('disclosure.wealth_risk'));
  assert.ok(!call(
    ['agent', "You could put it in our Global Growth Fund, but an easy-access saver would suit you better for the tax money."],
    ['customer', 'Sounds good.'],
  ).includes('disclosure.wealth_risk'));
  // A holder found by name and postcode for his bookkeeper is no check; the caller's own postcode and date of birth are.
  assert.ok(call(
    ['customer', "Hi, I'm calling on behalf of Ben Holloway, I do his books. I'm missing a couple of client payments."],
    ['agent', "That's okay, I found him by name and postcode. So, this quarter he had three incoming wires. His balance right now is eleven thousand four hundred."],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', "Hi, I'm Ben Holloway, I'm missing a couple of client payments."],
    ['agent', "Can I take your full name, date of birth and postcode?"],
    ['customer', 'Ben Holloway, third of May eighty, SW4 7AB.'],
    ['agent', "Thanks, you're verified. His balance right now is eleven thousand four hundred."],
  ).includes('identity.verification'));
  // Refunds read out on request need a check first.
  assert.ok(call(
    ['customer', 'I think someone at my café has been taking cash refunds on the card machine. Can you tell me the recent refunds?'],
    ['agent', "Let me see. There's a refund of forty-five pounds on Monday, another of sixty on Wednesday."],
  ).includes('identity.verification'));
  // 核到了 is a check done; a payroll record looked up (帮您查代发记录) reads nothing out; what the app shows is no account looked at.
  assert.ok(!call(
    ['agent', '你先报下身份证号嘛 我核一下'],
    ['customer', '510107198502126639'],
    ['agent', '好 核到了 哪张卡'],
    ['customer', '6214 8300 5566 7785'],
    ['agent', '好 6214830055667785 这张卡 昨天晚上十点那笔1280 是对方账户名字对不上 退回来了'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', '好的，请提供一下企业网银登录用的手机号收到的验证码，我帮您查代发记录。'],
    ['customer', '四一八八零三。'],
    ['agent', '核实通过。我看到您这个月的代发批次是在网银上保存了，但还没有提交审批。'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', '国外客户要给我打美元过来，我想问下大概要多久到账，我要给客户提供什么信息？'],
    ['agent', '您给客户提供户名拼音、账号、我行的SWIFT代码和分行地址就可以，这些在手机银行“境外汇款入账指南”里都能查到。'],
  ).includes('identity.verification'));
});
