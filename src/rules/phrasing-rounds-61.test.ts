import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 61–84 (phrasing-rounds.test.ts holds rounds 30–60, phrasing-rounds-85.test.ts rounds 85 onwards): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 61 (fresh109/fresh110 causes, after their blind score; measured blind on fresh111/fresh112): a neobank account opened, a fee refund someone is sure of, our product pitched against crypto', () => {
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

test('round 62 (fresh111/fresh112 causes, after their blind score; measured blind on fresh113/fresh114): faults told with 打不进/登不上, a number to change, the deposit scheme', () => {
  // A 不 inside a fault ("APP也登不上") negates nothing after it, even when the fault starts before the negation window.
  assert.ok(flags('customer', '我排了一个小时才接通 你们这一个礼拜到底怎么回事 电话打不进 APP也登不上 我真的是受够了').includes('intent.complaint'));
  assert.ok(!flags('customer', '我不是受够了 就是问问').includes('intent.complaint'));
  assert.ok(flags('customer', "I'm ringing to close my account. The app's been down three days, my card got declined, and nobody answers the phones.").includes('intent.complaint'));
  assert.ok(flags('customer', "This is the third time I've called about the same thing and every time I get told something different. It's really poor.").includes('intent.complaint'));
  assert.ok(flags('customer', '这个月你们扣了两次 一次扣我工资卡 一次扣我另外一张卡 你们是怎么做事的').includes('intent.complaint'));
  assert.ok(!flags('customer', '我一个朋友还说你们这样搞不定就换个银行 我说没必要 调一下的事').includes('intent.churn'));
  // Changing the mobile number on the account after only a name is an unverified change.
  assert.ok(call(['customer', "Hi, I'm not getting the security texts. I think you've still got my old number."], ['agent', "Okay, I've updated that now."]).includes('identity.verification'));
  assert.ok(call(['agent', "Okay Joe, I've got you. So your rent standing order for eight fifty failed on Tuesday, and there's a forty quid payment to Deliveroo since then."]).includes('identity.verification'));
  assert.ok(!flags('agent', 'No, with a savings account your capital is protected by the deposit scheme up to the limit. With Smart Saver it isn\'t.').includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['customer', '我老公说把钱转到别的银行去买理财'], ['agent', '我们这条线只处理话费和分期业务 理财的话需要您咨询华信银行的理财经理']).includes('disclosure.wealth_risk'));
});

test('round 63 (fresh113/fresh114 causes, after their blind score; measured blind on fresh115/fresh116): last digits alone are no check, balances told to a known voice', () => {
  // The card's last four identify the card, not the caller: alone they are no check, with a name or a code they are.
  assert.ok(call(['customer', 'Did my check go in?'], ['agent', 'Sure, what are the last four digits on the card?'], ['agent', 'Okay, card ending 6601. Your available balance right now is nine hundred twelve dollars.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Did my check go in?'], ['agent', 'Sure, can I have your full name and the last four digits on the card?'], ['agent', 'Okay, card ending 6601. Your available balance right now is nine hundred twelve dollars.']).includes('identity.verification'));
  assert.ok(call(['customer', '我这卡上到了没有啊'], ['agent', '您的卡号后四位是多少'], ['agent', '好的 尾号1919的卡 昨天晚上八点多有一笔四千五百块的转入 卡上现在一共是六千零三十二块']).includes('identity.verification'));
  assert.ok(!call(['customer', '我这卡上到了没有啊'], ['agent', '请提供一下姓名和卡号后四位'], ['agent', '好的 尾号1919的卡 昨天晚上八点多有一笔四千五百块的转入 卡上现在一共是六千零三十二块']).includes('identity.verification'));
  assert.ok(!call(['customer', '我想换一笔英镑'], ['agent', '麻烦先提供一下您名下借记卡的后四位和预留手机号的后四位'], ['agent', '好的 卡里现在有二十万']).includes('identity.verification'));
  // A client known by voice, or one of a colleague's clients, is still unverified.
  assert.ok(call(['customer', "Has the money from the Chelsea sale come in? Nine fifty"], ['agent', 'Yep, nine hundred and fifty thousand came in at eleven oh four this morning']).includes('identity.verification'));
  assert.ok(call(['customer', "The family trust account. Has the Michaelmas term gone out, and what's left in it?"], ['agent', 'Yes, forty-two thousand went out on the first, and the balance now is three hundred and eighteen thousand pounds']).includes('identity.verification'));
  // Telling a caller to have her son look it up is no look at the account.
  assert.ok(!call(['customer', '那我上回咋扣了我两块钱'], ['agent', '那应该是他行ATM的跨行取款费'], ['agent', '那您让您儿子帮您查 行了 就这样吧']).includes('identity.verification'));
});

test('round 63, continued (before fresh115/116 were scored): a fee back called certain, a president demanded, money going to Barclays, the wealth line named', () => {
  assert.ok(flags('agent', "You'll get that fee back, one hundred percent. Three days, it'll be on your account.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Leave it with me, I'll get that second twenty-five back to you, it'll be on your statement by Friday.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I'll get that form back to you once the team has reviewed the dispute.").includes('service.no_refund_promise'));
  assert.ok(flags('customer', "Then I'd like to speak to somebody more senior who can sign it off, please. No offence to you.").includes('intent.escalation'));
  assert.ok(flags('customer', "Get me the branch president, get me the chairman, I don't care who.").includes('intent.escalation'));
  assert.ok(!flags('customer', '我跟你们支行周行长是老朋友了 他说可以给我再低一点').includes('intent.escalation'));
  assert.ok(flags('customer', "Yeah, it's going to Barclays, they've already opened the account for me, they're paying four point eight.").includes('intent.churn'));
  assert.ok(flags('customer', '我想好了 明天我就去把对公户销了 收款码也不用你们的了 换信用社的').includes('intent.churn'));
  assert.ok(!flags('customer', '我卡转账转不出去 说超限额了 你把你们经理叫来 我不跟你们小姑娘说').includes('intent.churn'));
  // ...but "I'm done talking to you" before a closure is still leaving.
  assert.ok(flags('customer', '我不跟你说了 明天就去把卡销了').includes('intent.churn'));
  assert.ok(!call(['agent', '您好 华信银行贵宾理财专线 通话会录音 请问怎么称呼您'], ['customer', '我想给我儿子留学换点美元']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我昨天买了两百克积存金 怎么扣了两遍钱啊'], ['agent', '我查到了 十七号下午三点零二分 有两笔积存金买入 每笔九万一千六百元']).includes('disclosure.wealth_risk'));
});

test('round 64 (fresh115/fresh116 causes, after their blind score; measured blind on fresh117/118): a figure broken off, how-to answers, the cash value of a policy', () => {
  // A trainee who starts to read the bill and stops ("您这期账单是 呃"), then checks first, disclosed nothing too early.
  assert.ok(!call(['customer', '我想查下这期账单要还多少'], ['agent', '好的 您这期账单是 呃'], ['agent', '在给您查询之前 需要先核实一下您的身份 麻烦提供一下姓名和卡号后四位'], ['agent', '核实通过了 您本期账单金额是两千八百七十六元']).includes('identity.verification'));
  assert.ok(call(['customer', '我想问下我这个月账单'], ['agent', '您本期账单是七千六百五十三元 主要是 呃 十二号京东三千二'], ['agent', '不好意思 我忘了先核实身份了 麻烦您报一下卡号后四位和姓名']).includes('identity.verification'));
  assert.ok(!call(['customer', '每个月自动扣是吧'], ['agent', '对的 自动从您卡里扣 您在手机银行基金频道搜索定投就可以设置']).includes('identity.verification'));
  assert.ok(!call(['customer', '我信用卡积分上个月到期清零了 你们都不提醒的吗'], ['agent', '好的 那个 我帮您登记一下 让我们主管给您回电']).includes('identity.verification'));
  assert.ok(!call(['customer', '那办那个 社保卡激活能办吗 周六'], ['agent', '周六是可以办的 建议您带上身份证原件']).includes('identity.verification'));
  assert.ok(call(['customer', "I need to know how much I'd get if I cancel my endowment policy."], ['agent', 'Got it. So on that policy the current cash value is nine thousand eight hundred and fifty.']).includes('identity.verification'));
  assert.ok(flags('customer', 'You can close my checking. I already opened one at First Community last week, direct deposit goes there starting Monday.').includes('intent.churn'));
  assert.ok(flags('agent', '而且本金是保的 利息也是保的 就跟存定期一模一样 只会多不会少').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '阿姨您放心 我们卖了这么多年 没有一个客户拿回来比交的少').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('customer', '小伙子 你是新来的吧 你就直接给我退了呗 新人嘛 领导也不会说你').includes('intent.escalation'));
});

test('round 65 (fresh117/fresh118 causes, after their blind score; measured blind on fresh119/120): a negated verb closed by a space, a lender named, a caller-id name, fees wiped', () => {
  // A negation and its verb end their clause at a space: "就是没讲 | 你们这套路太多了" is a grievance, "说不用 | 你们说法都不一样" too.
  assert.ok(flags('customer', '讲清楚 就是没讲 你们这套路太多了').includes('intent.complaint'));
  assert.ok(flags('customer', '谁办卡的时候跟她说过有年费啊 现在又扣钱 这不是坑老人吗').includes('intent.complaint'));
  // ...while a negation inside the clause still governs it.
  assert.ok(!flags('customer', '我没有说你们套路多 就是问问年费').includes('intent.complaint'));
  assert.ok(!flags('customer', '结果到现在都没到 我儿子一直打电话问我').includes('intent.complaint'));
  assert.ok(flags('customer', "Don't bother. My broker's already got me offers, all four are going to Kent Reliance and I'm done with Harbourside.").includes('intent.churn'));
  assert.ok(!flags('customer', "Hi, I want to change my mortgage payment date and pay it from a different bank account, I've switched banks for my salary.").includes('intent.churn'));
  assert.ok(!flags('customer', '你好 我要绑一张他行的卡来还房贷 建行的卡').includes('intent.churn'));
  assert.ok(!flags('customer', '母亲: 对 我闺女说了算 不在你们这办了').includes('intent.escalation'));
  assert.ok(flags('customer', '你跟我说没用 找个说了算的来').includes('intent.escalation'));
  assert.ok(flags('agent', "Totally agree. Leave it with me, I'll have those wiped, they'll be refunded to the account in the next few days, definitely, don't worry about it.").includes('service.no_refund_promise'));
  // The name bound to the calling number, read out by the agent, checks nobody.
  assert.ok(call(['customer', '我爸的银行卡丢了 你们赶紧给冻一下'], ['agent', '好的 我这边看到您来电号码绑定的户名是周建国 是您父亲吧'], ['customer', '对'], ['agent', '已经冻结好了 卡里目前余额是三万六千四百多']).includes('identity.verification'));
  // A business's cut-off time asked "if it's over the limit" is a general question, not the caller's account over its limit.
  assert.ok(!call(['customer', "Okay. And if it's over the limit for the online approver, what happens?"], ['agent', 'Then it needs a second authoriser, and same-day payments need to be submitted by three thirty.']).includes('identity.verification'));
  assert.ok(call(['customer', "I'm over the limit on my credit card, can you tell me by how much?"], ['agent', "You're one hundred and twelve pounds over, the balance is two thousand one hundred and twelve."]).includes('identity.verification'));
});

test('round 66 (fresh119/fresh120 causes, after their blind score; measured blind on fresh121/122): a negated verb right before a spaced grievance, a fixed deposit asked after, a dated fee read out, a pension moved', () => {
  // "连问都不问 | 我真是服了": the negation and its verb end at the space, even when the grievance starts right after it.
  assert.ok(flags('customer', '你们银行就这么办事的啊 扣钱之前连问都不问 我真是服了').includes('intent.complaint'));
  assert.ok(!flags('customer', '我不是服了 我是没听清').includes('intent.complaint'));
  assert.ok(!call(['customer', '那放存款里是不是比提前还划算'], ['agent', '一般来说提前还更划算 存款虽然不会亏本 但利息比房贷低']).includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '不是的女士 三点二是最高档 达不到可能只拿到一点五的保底部分 以前的产品表现也不代表这一期的结果').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '这款理财有保底收益 您放心').includes('sales.no_guaranteed_returns'));
  assert.ok(call(['customer', '喂 我是唐建国 我想问下我定期是不是到期了 到期了给我转成活期'], ['agent', '好 我看看 唐建国是吧 您的三年定期十万元 今天到期 目前本息十万零六千四百五']).includes('identity.verification'));
  assert.ok(call(['customer', "Yeah hi, it's Leon Baptiste. I've been charged a fee for taking cash out in Prague."], ['agent', "Let me see. Yeah, there's a two ninety-nine cash fee on the eighth and a one fifty one on the ninth."]).includes('identity.verification'));
  assert.ok(call(['customer', 'Hey, I need to change the mailing address on my business account. We moved the shop.'], ['agent', 'Okay, got it. New address?'], ['customer', '418 Alder Street.'], ['agent', 'Changing it now. Statements and the new checks will go there.']).includes('identity.verification'));
  // A grievance logged, or a promise to look into it, is not the agent on the account.
  assert.ok(!call(['customer', "I've been charged an overdraft fee three times this month and nobody's fixed it."], ['agent', "I'm sorry about that, let me look into it."], ['agent', "I've logged it with our customer resolution team, and you'll get a written response within ten business days."]).includes('identity.verification'));
  assert.ok(flags('customer', '我已经跟单位说了 以后退休金打到农行去 农行就在楼下 你们这儿我以后就不用了').includes('intent.churn'));
  assert.ok(!flags('customer', '说实话你们要是再这么乱扣 我真就把卡销了 不过这次就算了 退了就行').includes('intent.churn'));
});

test('round 67 (fresh121/fresh122 causes, after their blind score; measured blind on fresh123/124): a product pitched, a structured floor, principal promised, a card activated, stop calling', () => {
  // A pitch that mentions the customer's idle money or the payout at maturity tells and changes nothing on the account.
  assert.ok(!call(['agent', '唐先生 您卡里那笔活期放了挺久了 最近我们代销了一只科技主题的股票型基金 去年收益百分之十八'], ['customer', '起投多少'], ['agent', '一千块就可以起投 您在app上搜名字就行']).includes('identity.verification'));
  assert.ok(!call(['customer', '那二十万买进去三个月能拿多少'], ['agent', '二十万澳元 九十天 按四点五算 大概两千二百澳元左右 到期自动到您账户上']).includes('identity.verification'));
  // ...but a holding read out is the account: "您持有一笔悦享九十天 本金二十万 当前市值…".
  assert.ok(call(['customer', '你好 我想看下我之前买的那个理财 现在多少钱了'], ['agent', '好的 我查一下您来电号码名下的 您持有一笔悦享九十天 本金二十万 当前市值二十万一千八百三十二']).includes('identity.verification'));
  assert.ok(call(['agent', 'Hey Tyler, I see your new Rewards card shipped ten days ago but it is not active yet.'], ['customer', 'Can you just turn it on for me?'], ['agent', "Sure thing, I can activate it from here. Okay, done, it's active. Your credit limit on it is seven thousand five hundred."]).includes('identity.verification'));
  assert.ok(!flags('agent', '不能说稳赚 这个收益是不确定的 宣传上的最高收益不代表您一定能拿到 历史上也有不少期只拿到保底收益的').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '这款产品从发行到现在 每一期都是按四点五兑付的 一期都没少过 您买进去到期就是四点五 这个您可以放心').includes('sales.no_guaranteed_returns'));
  // Principal promised back is an investment guarantee, not a refund.
  assert.ok(!flags('agent', "Honestly though, between you and me, you're going to get your principal back at maturity, guaranteed.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Honestly though, between you and me, you're going to get your principal back at maturity, guaranteed.").includes('sales.no_guaranteed_returns'));
  // Refusing an unsolicited call is no complaint; a grievance about it still is.
  assert.ok(!flags('customer', '你备注吧 别再打了').includes('intent.complaint'));
  assert.ok(flags('customer', '你们一天打八个电话 骚扰啊 别再打了').includes('intent.complaint'));
});

test('round 68 (fresh123/fresh124 causes, after their blind score; measured blind on fresh125/126): a merchant blamed, a reversal promised by Friday, Hong Kong English and Singlish leaving, Cantonese money back', () => {
  // A merchant blamed in a dispute is no complaint about the bank; the bank blamed still is.
  assert.ok(!flags('customer', '你好 我要申请拒付 商家骗人 东西是假货 钱一直不退').includes('intent.complaint'));
  assert.ok(!flags('customer', '我就是被那个商家气死了 我要去12315投诉他们 这商家太黑了').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行搞什么 扣了两次钱 气死我了').includes('intent.complaint'));
  assert.ok(flags('agent', "Honestly, don't worry about it. I'm just gonna reverse it for you right now. You'll definitely have the hundred fifty back by Friday, you have my word.").includes('service.no_refund_promise'));
  assert.ok(flags('customer', "So once it matures I'm shifting the whole lot over to OCBC lah, unless your branch manager can match.").includes('intent.churn'));
  assert.ok(flags('customer', 'Wah, so expensive ah. HSBC is free for me. Okay la, I will move all my money to HSBC next month, no need your account anymore.').includes('intent.churn'));
  assert.ok(flags('agent', '唔好意思陈生 呢笔钱你唔使担心 肯定退返畀你嘅 三日之内一定返到你张卡度').includes('service.no_refund_promise'));
  assert.ok(call(['customer', "Hello, my husband's boat loan, the monthly instalment, did it go through already?"], ['agent', "What's the account name?"], ['customer', 'Lau Chi Keung.'], ['agent', 'Okay, the instalment of twelve thousand four hundred went through on the fifth. Balance left in the account is three thousand two hundred and ten.']).includes('identity.verification'));
});

test('round 69 (fresh125/fresh126 causes, after their blind score; measured blind on fresh127/128): a PIN set to the phone digits, fraud as background, a reversal on the next statement, leaving said sideways, a head-office complaint', () => {
  // A PIN or password set to the phone's last digits tells a secret; it checks nobody.
  assert.ok(call(['customer', 'I got my new card and it said wrong PIN.'], ['agent', "I can see the account from the number you're calling from, so I'll just activate the card."], ['agent', "Nope, all done. The card's active, and I've set a temporary PIN of the last four digits of your phone number on file."]).includes('identity.verification'));
  assert.ok(call(['customer', '我新卡到了 查询密码呢'], ['agent', '我这边看到您来电这个号码就是绑定的这个账户 我直接帮您激活了'], ['agent', '查询密码我这边也给您重置了 重置后是您手机号后六位 您登录后记得改掉']).includes('identity.verification'));
  // Fraud named as the times we live in does not make a pitch a fraud case.
  assert.ok(flags('agent', "With everything going on with fraud lately a lot of our retired customers are moving money into our Secure Growth Plan. It's an investment linked policy, and you honestly can't lose with it.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', "I've opened a fraud case, and you can't lose the money you didn't authorise, we'll refund it once the investigation confirms it.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "I hear you. I'll go ahead and reverse that for you, it'll definitely be off your next statement, 100 percent.").includes('service.no_refund_promise'));
  assert.ok(flags('customer', "Wonderful. You know what, I'm sure Harbor Savings will be thrilled to have my savings and my mortgage payments starting next month. I'll be moving it all.").includes('intent.churn'));
  assert.ok(flags('customer', '对 到期了我就转走了 别的银行给我三个点 你们才二点几 工资卡也不用你们的了').includes('intent.churn'));
  assert.ok(flags('customer', "Honestly, if this keeps being this hard we're just going to move her accounts to the credit union near her.").includes('intent.churn'));
  assert.ok(!flags('customer', "I'm writing to my congressman this week and I'm filing a formal complaint with your head office.").includes('intent.escalation'));
  assert.ok(flags('customer', "I'm filing a formal complaint with your head office.").includes('intent.complaint'));
  assert.ok(!flags('customer', '滨江 坐公交要换两趟 你们领导是不是从来不坐公交 这种决定谁拍脑袋做的').includes('intent.escalation'));
  assert.ok(!call(['customer', '网点关了我怎么办'], ['agent', '理解您的情况 现在大部分业务都可以用我们的手机银行办理 查余额 转账都可以的'], ['agent', '老先生 我这边可以给您提交一个意见工单 由支行负责人在三个工作日内给您回电']).includes('identity.verification'));
});

test('round 70 (fresh127/fresh128 causes, after their blind score; measured blind on fresh129/130): holdings already owned need no risk disclosure, Bond Street is a street, have a wonderful day', () => {
  assert.ok(!call(['customer', 'Why was I charged on the account?'], ['agent', "Thank you, Mr Prescott. I can see it's an early-exit charge on the fixed-term investment account you broke last week."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我上周赎回的基金怎么少了钱'], ['agent', '我这边看一下啊 您是说上周三赎回的那笔全球科技基金对吧 赎回金额是二百四十万 扣了一万八千二']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'My quarterly reports never arrived.'], ['agent', "I can see the requests. I'll escalate this to the portfolio management team right now."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'What went out last month?'], ['agent', 'There is a card payment of sixty-two thousand at a jeweller in Bond Street on the nineteenth.']).includes('disclosure.wealth_risk'));
  // ...while a fund pitched still needs it.
  assert.ok(call(['agent', 'While I have you, our Global Bond Fund is paying five percent this year, you should move some savings into it.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', 'Yes, the portfolio is down nine point two percent year to date. Equity markets do carry risk and this year has been rough.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', 'Northgate Bank, this call is recorded, how can I help?'], ['customer', 'no that is it'], ['agent', 'thanks linda have a wonderful day']).includes('closing.polite'));
  assert.ok(call(['agent', 'Northgate Bank, this call is recorded, how can I help?'], ['customer', 'no thanks'], ['agent', 'done tuesday at ten']).includes('closing.polite'));
});

test('round 71 (fresh129/fresh130 causes, after their blind score; measured blind on fresh131/132): a payment that came in, a relative who owes, a policy invested in the market, a car dealer blamed', () => {
  assert.ok(flags('agent', "You're right, the deposit wasn't coded as direct deposit. I'll make sure all thirty-six dollars come back to you, I guarantee it.").includes('service.no_refund_promise'));
  assert.ok(call(['customer', "I'm checking if my pension payment came in."], ['agent', 'Name?'], ['customer', 'Leonard Fitch.'], ['agent', 'Okay. Yeah, the pension deposit posted this morning, two thousand one hundred eighty-four dollars.']).includes('identity.verification'));
  assert.ok(call(['customer', "I'm calling about my wife's car loan, I just need to know how much is left."], ['agent', "Got it. She owes eighteen thousand four hundred twelve, payment's due on the third."]).includes('identity.verification'));
  assert.ok(call(['agent', "It's a variable universal life policy, and the cash value is invested in the market so it grows."]).includes('disclosure.wealth_risk'));
  assert.ok(call(['customer', '我想问下我的车贷这个月扣了没有'], ['agent', '我看您贷款还有两年 我们现在有个分红型两全保险 每年都有分红 往年都在百分之四以上']).includes('disclosure.wealth_risk'));
  // ...while a loan rate read out is still no investment talk.
  assert.ok(!call(['customer', '我想问下是先还贷款还是买理财'], ['agent', '您的贷款利率是年化百分之四点五 比很多理财收益都高 先还贷款划算']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('customer', '嗯 那还完了我这个还款卡是不是要销掉啊 我不想销啊 我工资还发这张卡呢').includes('intent.churn'));
  assert.ok(!flags('customer', '哦 吓死我了 车行那帮人真不靠谱 我跟你说').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行真不靠谱 我跟你说').includes('intent.complaint'));
});

test('round 72 (fresh131/fresh132 causes, after their blind score; measured blind on fresh133/134): charges promised reversed, months of calls, a third party refused, a scam blamed, a chat-group scheme', () => {
  assert.ok(flags('agent', "You're absolutely right. I promise you all of those charges will be reversed, every single one.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "It'll be back on the account within three days, I can guarantee that.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', 'If the review agrees, the charges will be reversed within three days.').includes('service.no_refund_promise'));
  assert.ok(flags('customer', "Four months of phone calls and forms going missing. I know you have processes, but it's not good enough.").includes('intent.complaint'));
  assert.ok(!call(['customer', 'My dad banks with you and is being scammed. I need you to freeze his account.'], ['agent', "I understand, but I can't access or act on an account for someone who isn't the account holder. Your dad can call with you."], ['agent', "I've put the callback request in."]).includes('identity.verification'));
  assert.ok(!call(['customer', '我爸的卡为什么给冻了 卡刷不了'], ['agent', '我们收到了死亡信息以后 账户是会止付的 您需要带死亡证明到网点办理'], ['agent', '我这边可以帮您登记 主管会在二十四小时内回电']).includes('identity.verification'));
  assert.ok(!flags('customer', '你好 我上周在你们这报过一个案子 就是那个网上投资群骗钱的 想问问进度').includes('intent.complaint'));
  assert.ok(!flags('customer', '好 关了好 那个东西太坑了').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这收费太坑了').includes('intent.complaint'));
  assert.ok(!call(['customer', "I've joined this WhatsApp investment club, and they guarantee thirty percent a month."], ['agent', 'No legitimate investment pays thirty percent a month.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', 'You called about the held transfer to the investment platform?'], ['customer', 'Yes, it was fake.']).includes('disclosure.wealth_risk'));
});

test('round 73 (fresh129 and fresh134 causes, after their blind score; measured blind on fresh135/136): an annuity riding the market needs a risk disclosure, and an investment floor is no refund', () => {
  assert.ok(call(['agent', 'We have a Growth Plus annuity that is perfect for retirees. It goes up with the market but never down.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', 'A fixed annuity pays the same every month for life.']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', "On paper, but honestly, with the way it's set up you're guaranteed to at least get your money back, plus growth.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "I'll make sure you get your money back, I guarantee it.").includes('service.no_refund_promise'));
});

test('round 74 (fresh135/fresh136 causes, after their blind score; measured blind on fresh137/138): an impatient agent, a dated refund, a parent moved to Lloyds, a contractor blamed, a dual-currency card', () => {
  assert.ok(!call(['customer', 'I need to ask about my overdraft limit.'], ['agent', "I've got a queue of forty people. Can you call back with someone who can speak clearly?"]).includes('identity.verification'));
  assert.ok(!call(['customer', '他的社保卡要激活金融功能 但他现在卧床'], ['agent', '我可以帮您提交一个上门服务申请 由网点主任直接联系您']).includes('identity.verification'));
  assert.ok(flags('agent', "Yes, you'll get it all back, it'll be refunded by Friday.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', 'Yes sir, consider them gone.').includes('service.no_refund_promise'));
  assert.ok(flags('customer', "Oh, three times. Well that's wonderful service, isn't it. Really top notch.").includes('intent.complaint'));
  assert.ok(flags('customer', '你这个小姑娘怎么这么不耐烦 我听不清楚你多说两句怎么了').includes('intent.complaint'));
  assert.ok(flags('customer', '说实话你们这app太不照顾我们了').includes('intent.complaint'));
  assert.ok(flags('customer', 'Your bank put a guy in that store who lied to my face. That is a complaint, a formal one.').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好 我要气死了 那个装修公司真是太缺德了 合同说好了六十天完工 现在三个月了').includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly, once this is sorted we're moving all Dad's accounts over to Lloyds.").includes('intent.churn'));
  assert.ok(!call(['customer', 'Hi, we want to close a credit card.'], ['customer', "We're keeping everything else here, just simplifying."]).includes('intent.churn'));
  assert.ok(flags('agent', 'Honestly, the way this one is structured, the six percent is locked in. You are getting six, I would bet my job on it.').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '您放心 这一期的挂钩区间设计得特别宽 基本上就是锁定三点八了 到期肯定是拿三点八的').includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', '您的卡是双币卡 境外可以直接使用 建议出发前设置一下境外交易限额']).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', '我们最近有一款双币种存款 挂钩美元兑日元 年化能到百分之六点五']).includes('disclosure.wealth_risk'));
});

test('round 75 (fresh137/fresh138 causes, after their blind score; measured blind on fresh139/140): a claim sworn into the account, a code sent to the phone, a suggestion to fetch the manager, a manager not needed', () => {
  assert.ok(flags('agent', "I can see all your documents are there, so I guarantee you'll have the full two eight hundred in your account by Friday.").includes('service.no_refund_promise'));
  assert.ok(!call(['customer', 'My card was blocked.'], ['agent', 'Can I take your name and the security code sent to your phone?'], ['customer', 'Nina Patel, 339105.'], ['agent', "Thank you Nina. I've removed the block, you can use the card now."]).includes('identity.verification'));
  assert.ok(call(['customer', 'I want to close my account.'], ['agent', "What's the sort code and account number?"], ['customer', 'Twenty, forty-one, fifteen, 3188450.'], ['agent', "Right, that account's got two thousand one hundred and six in it."]).includes('identity.verification'));
  assert.ok(!call(['agent', "It's a protection-only policy, there's no investment element to it."]).includes('disclosure.wealth_risk'));
  assert.ok(flags('customer', '你好 我刷卡又被拒了 我妈在急诊等着用药 你们是不是有毛病啊').includes('intent.complaint'));
  assert.ok(flags('customer', '我有住院证明 你们能不能通融一下 要不你让你们经理跟我说').includes('intent.escalation'));
  assert.ok(!flags('customer', "Honestly last time I called a different bank about something like this I had to ask for a manager three times. I don't need a manager, you're doing great").includes('intent.escalation'));
  assert.ok(!flags('customer', "Honestly last time I called a different bank about something like this I had to ask for a manager three times. I don't need a manager, you're doing great").includes('intent.churn'));
  assert.ok(flags('customer', 'Your bank handed my account to a criminal. If this is not fixed by Monday I am calling the news.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我同事上次也是这样 他一气之下把那家银行的卡全销了 说要换银行 我倒没那么想 你们这次挺靠谱的').includes('intent.churn'));
  assert.ok(!flags('customer', '对了 那个补卡的人 我已经去派出所投诉了 希望能抓到').includes('intent.complaint'));
});

test('round 76 (fresh139/fresh140 causes, after their blind score; measured blind on fresh141/142): main banking moved, charges tallied, a texted code, a passcode, cashback is no investment, calling again', () => {
  assert.ok(flags('customer', "I'm moving my main banking over to Starling in the new year, their app is nicer.").includes('intent.churn'));
  assert.ok(call(['customer', 'How much have the streaming charges come to on my card?'], ['agent', "Let me add it up, there's nine charges, total one hundred and twelve dollars."]).includes('identity.verification'));
  assert.ok(!call(['customer', 'I got charged a foreign transaction fee on my card twice.'], ['agent', "Name and the code I'm texting you now please."], ['customer', 'Ana Ruiz, 551920.'], ['agent', 'Thanks Ana. Right, I can see the fee, four dollars ten, and it was already refunded yesterday.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'My streaming payment was taken twice from my card.'], ['agent', 'Can I take your name and the passcode on the account?'], ['customer', 'Li Wen, passcode harbour twelve.'], ['agent', 'Thank you. I can see a disputed payment of forty dollars to a music service.']).includes('identity.verification'));
  assert.ok(!call(['customer', '你们的卡能绑手机钱包吗'], ['agent', '可以的 在钱包里手动输入卡号 然后会给预留手机号发验证码'], ['agent', '免密额度一般是一千元以下 具体额度以您的卡片设置为准']).includes('identity.verification'));
  assert.ok(call(['customer', '我那个贵宾厅的次数 今年还剩几次'], ['agent', '我帮您查一下 您名下是一张白金卡 尾号7710 您上个月的消费是一万二']).includes('identity.verification'));
  assert.ok(flags('agent', "Don't worry, the money will be back with you, one hundred percent.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "I've raised the dispute, and it's guaranteed to go your way.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Look, that forty dollars is definitely getting credited tomorrow.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', 'It pays about four and a half percent, and none of my clients have ever lost a penny in it.').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '您放心 这个返现我们肯定给您补上 三百块 后天到账').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', "Honestly it's a no-brainer, I'm filing it now and it'll be credited by Monday.").includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '我们的定期存款利率是二点一'], ['agent', '零钱通是货币基金 收益会变动 您可以自己比较']).every((r) => r !== 'disclosure.wealth_risk'));
  assert.ok(flags('customer', 'Hi. Fourth time calling about the same charge, honestly.').includes('intent.complaint'));
  assert.ok(flags('customer', '我打了两次电话了 每次都说在处理 到底什么时候好').includes('intent.complaint'));
  assert.ok(flags('customer', '信用卡中心凭什么给我降额度 我每个月都按时还').includes('intent.complaint'));
  assert.ok(flags('customer', '我上个礼拜打过嚟 个同事话帮我跟进 结果冇人理').includes('intent.complaint'));
  assert.ok(!flags('customer', '我那个音乐App年费 我去年就不用了 自动续的 你们银行能不能帮我拦一下').includes('intent.churn'));
});

test('round 77 (fresh141/fresh142 causes, after their blind score; measured blind on fresh143/144): a block and a payout told, a code already texted, relatives leaving, staying put, the bank cleared, understatement, cover promised', () => {
  assert.ok(call(['customer', 'My son is away at sea and asked me to ring for him.'], ['agent', 'Let me look. Yes, it has been blocked since Monday, the last thing that went through was sixty pounds at a hardware shop.']).includes('identity.verification'));
  assert.ok(call(['customer', 'Has the loan money reached her college yet?'], ['agent', 'Yes, the first tranche of eight thousand was disbursed on the fifth.'], ['agent', 'Sorry, can I have your date of birth to verify you?']).includes('identity.verification'));
  assert.ok(call(['customer', 'Did my wages come in? Card ends 1180.'], ['agent', "Sure, I've got a direct deposit yesterday for five hundred and forty dollars."], ['agent', 'Can I just get your date of birth to confirm?']).includes('identity.verification'));
  assert.ok(!call(['customer', 'I want to cancel the overdraft on my account.'], ['agent', "Can you confirm your name and the code I've texted?"], ['customer', 'Ana Lima, 441 902.'], ['agent', 'Thank you Ana. Your overdraft balance is zero, so I can remove it now.']).includes('identity.verification'));
  assert.ok(!call(['customer', '我上周在网点申请的存款证明还没开出来'], ['agent', '好的 我可以帮您登记 由网点负责人两小时内联系您'], ['agent', '请问回电号码还是您预留的手机吗']).includes('identity.verification'));
  assert.ok(!flags('customer', 'My cousin closed his account with you and went off to one of those app banks.').includes('intent.churn'));
  assert.ok(!call(['customer', 'Please close the savings account I opened for my son.'], ['customer', "My brother moved everything to another bank, but I'll stay put, my current account stays with you."]).includes('intent.churn'));
  assert.ok(!call(['customer', '我女儿那张留学生卡想注销掉'], ['customer', '我自己的工资卡和存款都还放你们这 别人说要把钱都转走 我可没那打算']).includes('intent.churn'));
  assert.ok(!flags('customer', "Look, I'm not going to go running to the regulator over ten pounds, I just want to know what it is.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Right, I'm getting a solicitor onto that builder. Not you lot, you've been fine.").includes('intent.complaint'));
  assert.ok(!flags('customer', '谢谢你啊 你们银行没毛病 是那个包工头坑人').includes('intent.complaint'));
  assert.ok(!flags('customer', '不好意思这么晚打来 孩子那边是白天 这时差真是折腾人').includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly I'm not thrilled. That's not quite what I expected from you lot.").includes('intent.complaint'));
  assert.ok(flags('customer', "Not being funny, but that's the third time you've frozen my card this month. Bit much, like.").includes('intent.complaint'));
  assert.ok(flags('customer', '我去网点取钱 那个柜员还凶我 说我不会填单').includes('intent.complaint'));
  assert.ok(flags('customer', '你们可真贴心啊 我女儿在悉尼买个菜都给冻卡 这个月第二次了').includes('intent.complaint'));
  assert.ok(flags('agent', "Don't worry, we'll cover the rebooking fee, that's guaranteed, I'll make sure of it.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "Don't worry, we'll cover the rebooking fee, that's guaranteed, I'll make sure of it.").includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', 'Our fixed deposit pays four percent.'], ['customer', 'Put ten in it.'], ['agent', 'Done. Thanks Jo, enjoy the holiday, see ya.']).includes('closing.polite'));
});

test('round 78 (fresh143/fresh144 causes, after their blind score; measured blind on fresh145/146): a facility, the day\'s takings and a cancellation told, advice retold, an ex or a buyer blamed, grievances in new words', () => {
  assert.ok(call(['customer', 'I need the invoice finance position for Mr Shah.'], ['agent', "Let me pull that up. The facility limit is sixty thousand, you've currently got forty-one thousand drawn."]).includes('identity.verification'));
  assert.ok(call(['customer', 'A payment into my QR account seems missing.'], ['agent', 'Let me see. The last three credits today are twelve pounds, nine pounds and thirty pounds.'], ['agent', 'Sorry, can I take your name and date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', 'My card just stopped working.'], ['agent', 'Okay, it was cancelled this morning by the primary cardholder.'], ['agent', 'Before we go on, can I have your date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', '我那个经营贷额度还剩多少'], ['agent', '我看一下 您这个循环额度是三十万 已经用了十二万'], ['agent', '先跟您核实一下身份 报一下验证码']).includes('identity.verification'));
  assert.ok(call(['customer', '我收款码今天到账对不对'], ['agent', '今天到账一共一千八百块 最后一笔是下午三点']).includes('identity.verification'));
  assert.ok(call(['customer', '我想问一下联名账户最近有没有钱转出去'], ['agent', '我看到这个账户上周转出两万 周五又转出三万']).includes('identity.verification'));
  assert.ok(!call(['customer', 'I do the books for Mr Ali, he asked me to check his credit line.'], ['agent', 'Are you registered on the account as an authorised user?'], ['customer', 'No.'], ['agent', "Then I'm afraid I can't discuss the account with you."]).includes('identity.verification'));
  assert.ok(flags('agent', "Honestly, I'd be shocked if you lost a penny. It's guaranteed to give you at least three percent a year.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', 'This is the second time this year, and nobody even emailed me. It is frankly not good enough.').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个手续费怎么一声不吭就涨了').includes('intent.complaint'));
  assert.ok(flags('customer', '你们上次也是这样，问谁都说不知道，太耽误事了').includes('intent.complaint'));
  assert.ok(flags('customer', '我是他亲女儿 你们这什么破规定 一点人情味都没有').includes('intent.complaint'));
  assert.ok(flags('customer', '可是你们上次说要他同意 现在又说不用 你们说法一天一个样').includes('intent.complaint'));
  assert.ok(!flags('customer', "My accountant got all worked up, said I should go to the ombudsman. I told him not to be daft.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我一个朋友之前办贷款卡了两个月 他说要去金融监管总局投诉 我倒没那么急').includes('intent.complaint'));
  assert.ok(!flags('customer', '我们给一个超市供货，他们老拖着不付钱，发票都开了三个月了，气死我了').includes('intent.complaint'));
  assert.ok(!flags('customer', '卡在她那儿 她签的我的名字 这女人真是太过分了').includes('intent.complaint'));
  assert.ok(!flags('customer', '我律师说了 这些钱算他个人的债务 要去法院起诉他').includes('intent.complaint'));
  assert.ok(!flags('customer', '他还说要去银保监投诉我 说我乱停他的卡 可笑吧').includes('intent.complaint'));
  assert.ok(flags('customer', '你们搞什么 我要投诉 我去12378投诉你们').includes('intent.complaint'));
  assert.ok(!flags('customer', '那得让老板赶紧转点钱进来').includes('intent.escalation'));
  assert.ok(!flags('customer', '我以前开了两个收款码 一个店关了 想把那个码注销掉').includes('intent.churn'));
  assert.ok(flags('customer', '我想好了 收款码也不用你们的了 换信用社的').includes('intent.churn'));
  assert.ok(!call(['customer', 'We have separated and want to close the joint account.'], ['customer', "My own current account is fine? I'm keeping that with you."]).includes('intent.churn'));
  assert.ok(!flags('customer', 'Fantastic service. Letting anybody with a pulse empty my account.').includes('intent.churn'));
  assert.ok(flags('customer', "I've had an offer elsewhere. I'm moving the business account and the card machine by the end of the month.").includes('intent.churn'));
});

test('round 79 (fresh145/fresh146 causes, after their blind score; measured blind on fresh147/148): policies and mortgages told, holdings serviced, a landlord or a friend, sarcasm and mis-selling', () => {
  assert.ok(call(['customer', 'I want to know about my life policy.'], ['agent', "Sure, I've pulled you up from the number you're calling from. Your policy has a cash value of twelve thousand dollars."], ['agent', 'Before we go further, can I have your date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', '我想问问我那个保险'], ['agent', '好的 我这边根据您来电号码查到了 现金价值目前是八万二'], ['agent', '我需要核实一下身份 请报一下身份证后四位']).includes('identity.verification'));
  assert.ok(call(['customer', "It's completion day and the seller hasn't got the money."], ['agent', "What's your name?"], ['customer', 'Priya Nair.'], ['agent', 'Thanks Priya. I can see the mortgage of two hundred thousand was released to your solicitor this morning.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'There is a debit of three hundred on my card I do not recognise.'], ['agent', 'Okay, card ending 4410. I am seeing a recurring premium of three hundred dollars to Meridian Life, it is for a variable annuity set up through our branch in 2021.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'I want to surrender my investment-linked policy.'], ['agent', "The current fund value is nine thousand pounds, and there's a two percent exit charge this year."]).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', 'Our fixed-term savings account pays a set rate and your capital is protected. Alternatively there is our Balanced fund.').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', "It's basically a deposit that pays better, four or five percent a year, and you won't lose a penny of it.").includes('service.no_refund_promise'));
  assert.ok(!flags('customer', 'My neighbour had a bond with some other bank and she ended up going to the ombudsman over the exit charges.').includes('intent.complaint'));
  assert.ok(!flags('customer', "I'd normally ask for a manager when I'm confused, but honestly I don't need one, you've explained it well.").includes('intent.escalation'));
  assert.ok(!flags('customer', '我朋友上次办房贷 说他打电话来非要找你们经理 我倒没那么急 就想问问审批到哪了').includes('intent.escalation'));
  assert.ok(!flags('customer', '房东扣着我押金不退，气死我了，这个房东太不讲理了').includes('intent.complaint'));
  assert.ok(!flags('customer', '这个中介简直是骗子，我要去12345投诉他们').includes('intent.complaint'));
  assert.ok(flags('customer', 'Oh aye, brilliant. Cracking service, that. Funny how none of that came up at the time.').includes('intent.complaint'));
  assert.ok(flags('customer', '当初卖的时候谁给我看合同了？就一个劲儿说好，说随时能取').includes('intent.complaint'));
  assert.ok(flags('customer', '上次打电话也这么说，你们办事也太拖拉了，违约金谁出？').includes('intent.complaint'));
});

test('round 80 (fresh147/fresh148 causes, after their blind score; measured blind on fresh149/150): a loan by caller ID, a card state, foundations and charity funds, someone else set on, another bank imagined', () => {
  assert.ok(call(['customer', 'The flood took the shed and I cannot make the next payment.'], ['agent', "I've got your number coming up here, so, your car loan's got twelve thousand outstanding."], ['agent', 'Before we go on, can I have your full name and date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', '我卡被水冲走了 想看看有没有人用'], ['agent', '我看一下 这张卡现在还是正常状态 最近一笔是昨天下午刷了两百'], ['agent', '我先帮您核实一下身份 请报一下身份证后四位']).includes('identity.verification'));
  assert.ok(call(['customer', 'I sent the club money to the wrong sort code.'], ['agent', 'Okay, looking at your account now. Yep, nine hundred out at ten this morning.']).includes('identity.verification'));
  assert.ok(!call(['agent', '核实通过 上个月十八号有一笔两千元 收款方是某某教育基金会']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'Can we keep the food parcels apart from the building fund?'], ['agent', 'Yes. It is one point two percent per card donation for registered charities.']).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', "Don't worry, with the premium cover you'll definitely get the full payout.").includes('service.no_refund_promise'));
  assert.ok(flags('customer', 'No notice on the door, nothing on the website. Not exactly your finest hour, is it?').includes('intent.complaint'));
  assert.ok(!flags('customer', '那个拖车公司简直是抢钱，平时两百，这次收了我一千二').includes('intent.complaint'));
  assert.ok(!flags('customer', "If he doesn't give the chequebook back by Friday I'll be getting a solicitor onto him.").includes('intent.complaint'));
  assert.ok(!flags('customer', '他不交印章 我们连会费都取不出来 我打算找律师告他').includes('intent.complaint'));
  assert.ok(!flags('customer', "Oh brilliant. I was all set to ask for a manager, but no need, you've sorted it in two minutes.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Oh brilliant. I was all set to ask for a manager, but no need, you've sorted it in two minutes.").includes('intent.escalation'));
  assert.ok(!flags('customer', 'My neighbour had to ask for a manager to get hers approved, so I was expecting a fight.').includes('intent.escalation'));
  assert.ok(!flags('customer', '说实话，要是换别的银行这么拖，我早就销户走人了，不过你们这次还真挺快的').includes('intent.churn'));
  assert.ok(!flags('customer', "The charity's account is with a different bank, though. Is there a limit on coin deposits?").includes('intent.churn'));
});

test('round 81 (fresh149/fresh150 causes, after their blind score; measured blind on fresh151/152): a frozen card and a balance read as figures, fee policy in general, a lender or a platform blamed, understatement and mockery', () => {
  assert.ok(call(['customer', 'My card got declined twice today.'], ['agent', "Right, so your debit card's been temporarily frozen, and your account's sitting at minus twelve."], ['agent', 'Sorry, can you confirm your date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', '我那个收款的账户是不是被冻了'], ['agent', '我看一下 尾号四二零六这个账户，余额十二万，目前是只收不付状态'], ['agent', '先帮您核实一下身份 请报一下验证码']).includes('identity.verification'));
  assert.ok(!call(['customer', 'What happens if I miss a pay-later payment?'], ['agent', 'Ten dollars per missed payment, and yes, missed payments can be reported.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'I want to pay my factory from my account but they want it upfront. What options do you have?'], ['agent', 'Yes, a relationship manager would set that up after looking at your accounts.']).includes('identity.verification'));
  assert.ok(flags('agent', '这种商家跑路的我们见多了 基本都能退 您就等着收钱吧').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', '理解您的顾虑，不过说实话，这几年买的客户基本没有亏的，您放三年，收益就稳稳在那，不会让您吃亏的').includes('service.no_refund_promise'));
  assert.ok(flags('agent', "You'll get seven percent, guaranteed. There's no way you lose on it.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '这款是保本浮动收益型的 本金部分保障 但收益不确定').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('customer', '我之前在一个网贷平台借了钱，现在催收天天打电话，烦死了').includes('intent.complaint'));
  assert.ok(!flags('customer', 'TikTok那边突然说买家拒付 直接把我的回款扣了 这平台太坑了').includes('intent.complaint'));
  assert.ok(flags('customer', '四百个点叫一些？你们这服务真的是把我们这些小卖家当韭菜割').includes('intent.complaint'));
  assert.ok(flags('customer', 'Three fees in one day. You lot must be laughing. I am paying you for the privilege.').includes('intent.complaint'));
  assert.ok(flags('customer', "Three weeks. It's not ideal that nobody thought to mention it. Rather poor, frankly.").includes('intent.complaint'));
  assert.ok(flags('customer', "Oh brilliant, another fee. You lot are really outdoing yourselves. Every month it's something new.").includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行效率真是高啊，五天，还收两道手续费，真厉害').includes('intent.complaint'));
});

test('round 82 (fresh151/fresh152 causes, after their blind score; measured blind on fresh153/154): general advice, UK fixed bonds and savers, flatmates and sisters retold, scams and airlines, grievances in new words', () => {
  assert.ok(!call(['customer', 'My visa expires next month, will my account be frozen?'], ['agent', 'Generally, when the ID document on file expires, the account may be restricted until it is renewed.'], ['agent', 'We do send an SMS reminder thirty days before, to your registered mobile.']).includes('identity.verification'));
  assert.ok(!call(['customer', "I'm trying to send money to my sister in Ohio and the app says my remittance purpose is invalid."], ['agent', 'Pick family support instead.'], ['agent', "Anyway, I've got other calls waiting."]).includes('identity.verification'));
  assert.ok(call(['customer', '我想问一下上个月那笔汇款的手续费'], ['agent', '我看一下 您5月20号有一笔跨境汇出 金额三万元 手续费两百三'], ['agent', '对了 刚才忘了核实身份 请报一下预留手机号']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Where should I put the redundancy money?'], ['agent', 'Our one-year fixed bond is four point one percent, you could look at that on the website.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'So that is just savings, not stocks or anything?'], ['agent', 'Yes. An easy-access saver paying three point nine percent, covered by deposit protection.']).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', "Officially it's not guaranteed, but realistically you're looking at six percent a year, every year, guaranteed.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('customer', 'My flatmate had a nightmare with another bank, his account got frozen and he ended up complaining to the regulator.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'My flatmate had a nightmare with another bank, his account got frozen and he ended up complaining to the regulator.').includes('intent.churn'));
  assert.ok(!flags('customer', "My sister was furious, she said she'd go to the ombudsman if it were her. But honestly I'm not bothered.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I'm so annoyed. The airline cancelled my flight and they keep offering vouchers. Useless company.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'I think I nearly got scammed. Someone texted me saying I had won a prize. Absolute crooks.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我真是气死了 这两天老有人打电话说是你们银行的 让我把钱转到什么安全账户').includes('intent.complaint'));
  assert.ok(flags('customer', "A USB key? In 2024? Honestly, your whole setup is a joke.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Nobody thought to mention it. A bit of a poor show, really.').includes('intent.complaint'));
  assert.ok(flags('customer', '你们就不能等几天吗？每次都这样，一点都不考虑外国人的情况').includes('intent.complaint'));
  assert.ok(flags('customer', "Brilliant. Just brilliant. Hold someone's life savings for a week.").includes('intent.complaint'));
  assert.ok(!flags('customer', '哦，好的。我一个朋友说他要把他的钱都转到别的银行，因为那边换汇便宜，我没有这个打算，就是问问你们的汇率。').includes('intent.churn'));
  assert.ok(!flags('customer', 'I got a lump sum from work. Should I move it somewhere better?').includes('intent.churn'));
  assert.ok(flags('customer', '人家境外号码就能注册。我这个月就把账户销了，工资卡也换到他们那边去。').includes('intent.churn'));
  assert.ok(!flags('customer', '我前天给我老婆那边转钱 转到她四川那个信用社的卡 她说没收到').includes('intent.churn'));
});

test('round 83 (fresh153/fresh154 causes, after their blind score; measured blind on fresh155/156): a retained card, spending and deposits told, a dispute called won, a driver or a platform blamed, grievances about a migration', () => {
  assert.ok(call(['customer', 'The machine ate my card outside the pub.'], ['agent', 'Right, I can see that card was retained by the machine at eleven, and your last withdrawal before that was forty pounds.'], ['agent', 'Can I take your full name and date of birth to confirm it is you?']).includes('identity.verification'));
  assert.ok(call(['customer', 'My old card got replaced.'], ['agent', 'Yes, that old card was cancelled on Monday. The last transaction on it was twenty pounds at a bakery.'], ['agent', 'Let me do security now, your date of birth please?']).includes('identity.verification'));
  assert.ok(call(['customer', '我想看看副卡这周花了多少'], ['agent', '您的副卡本周末一共消费了三笔 合计四千二'], ['agent', '请报一下姓名和身份证后四位']).includes('identity.verification'));
  assert.ok(call(['customer', '我那两张存单迁过来没有'], ['agent', '我查一下 有的 两张存单都迁到新账户下面了 一张十万 明年到期']).includes('identity.verification'));
  assert.ok(flags('agent', "I'm opening a dispute now. Honestly, consider that money already back in your account. These always go the customer's way.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', '这种一看就是重复扣款 您就当这钱已经回来了 平台不退也得退').includes('service.no_refund_promise'));
  assert.ok(!flags('customer', '我昨晚打车 司机绕路不说 还多刷了我一百多 这司机太黑了').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，我只订了一间房。这个平台太坑了，客服根本打不通。').includes('intent.complaint'));
  assert.ok(flags('customer', 'Brilliant, just brilliant. A whole week without online banking, great job on that migration.').includes('intent.complaint'));
  assert.ok(flags('customer', "I'll be honest, I'm not best pleased. The chap at the branch couldn't work the new system.").includes('intent.complaint'));
  assert.ok(flags('customer', '你们搞什么东西，迁系统也不通知一下要重新设置？').includes('intent.complaint'));
  assert.ok(flags('customer', '这是你们的问题，凭什么我来背？你们这个合并简直是一团糟！').includes('intent.complaint'));
  assert.ok(flags('customer', "Understood, it's not your fault. Is there someone with a bit more clout I could talk to?").includes('intent.escalation'));
});

test('round 84 (fresh155/fresh156 causes, after their blind score; measured blind on fresh157/fresh158): benefits and holds told, disputes called won, Singlish grievances and leaving, a hotel blamed, advice waved off', () => {
  assert.ok(call(['customer', 'My card stopped working.'], ['agent', "Card ending 7446, yes, that card's been blocked since last night for suspected fraud."], ['agent', 'Before I go further, your full name and date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', '我的低保金这个月到了没有'], ['agent', '我看一下 尾号零九零二这张卡 这个月低保金确实还没有入账'], ['agent', '先跟您核实一下身份 请问您叫什么名字']).includes('identity.verification'));
  assert.ok(call(['customer', '我的补贴怎么没了'], ['agent', '您这张卡 昨天入账六百八十块 同一天被扣了'], ['agent', '身份证后四位方便说一下吗']).includes('identity.verification'));
  assert.ok(!call(['customer', '社保卡能领农业补贴吗'], ['agent', '如果您已经有第三代社保卡并激活了金融功能 一般不需要另外开卡 补贴直接进社保卡的银行账户']).includes('identity.verification'));
  assert.ok(flags('agent', "Ah, misdescribed goods, these always go in the customer's favour. Consider it sorted, honestly.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', '您这种货不对板的情况 商户一般都得退 您就等着钱回来吧').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', 'Guaranteed seven, you get your money back plus the return at maturity.').includes('service.no_refund_promise'));
  assert.ok(flags('customer', 'Your bank lock my account again! I transfer to my son only, you all very troublesome.').includes('intent.complaint'));
  assert.ok(flags('customer', 'If cannot settle, I go CPF Board change my payout bank, all my money also move to other bank.').includes('intent.churn'));
  assert.ok(flags('customer', '养老金是我自己的钱，你们天天限制，让我天天跑网点').includes('intent.complaint'));
  assert.ok(!flags('customer', '婚期改了 酒店说定金不退 这也太霸道了吧 这酒店真是坑人').includes('intent.complaint'));
  assert.ok(!flags('customer', "My neighbour said I should ask for a manager and switch banks over it, but I'm not going anywhere.").includes('intent.escalation'));
  assert.ok(!flags('customer', '我朋友说遇到这种事就要找领导、要换银行，我觉得没必要，你们谨慎点是对的').includes('intent.churn'));
  assert.ok(!flags('customer', '我有个老存折，好多年不用了，能不能销掉').includes('intent.churn'));
});
