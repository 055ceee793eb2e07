import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 85–100 (phrasing-rounds-61.test.ts holds rounds 61–84, phrasing-rounds-101.test.ts the rounds after 100): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 85 (fresh157/fresh158 causes, after their blind score; measured blind on fresh159/fresh160): savings read out, funds and education policies sold, a risk taken back, fees mocked, third parties blamed, a complaint asked about in advance', () => {
  // A child's savings told before the check.
  assert.ok(call(['customer', "How much is in my son's Junior ISA?"], ['agent', "Leo's Junior ISA has 4,312 pounds 60 in it, and the last payment in was 250 pounds on the third."], ['agent', 'Can you confirm your date of birth for security?']).includes('identity.verification'));
  // A fund named by its kind, and an education policy sold on its returns.
  assert.ok(call(['agent', 'The Bright Futures plan invests in a mix of global funds until your baby turns eighteen.']).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', '我们现在有一款教育金保险 每年交两万 交十年'], ['agent', '这个收益是很稳的 您交进去的钱一分不会少 还能多拿个三四成']).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '我们现在有一款教育金保险 每年交两万 交十年']).includes('disclosure.wealth_risk'));
  // A risk named and taken back in the same turn is no disclosure; named alone, it is.
  assert.ok(call(['agent', '那您可以考虑转成基金定投'], ['agent', '短期是有波动 但是时间拉长了就没有亏的 到时候翻个倍没问题']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', '那您可以考虑转成基金定投'], ['agent', '短期是有波动 基金有风险 投资需谨慎']).includes('disclosure.wealth_risk'));
  // A policy already held, described while a mis-selling complaint is handled, is no sale.
  assert.ok(!call(['customer', 'Your adviser sold me an education savings bond and it is down twelve hundred pounds.'], ['agent', "Yes, I can see the plan, it's a stocks and shares product and the current value is below what's been paid in."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '你们网点给我推了个少儿教育账户 说跟存款一样'], ['agent', '我这边看到您购买的是一款投资连结保险 账户价值随投资单位价格波动']).includes('disclosure.wealth_risk'));
  // A disputed payment promised back by Friday is a refund promise, not a track record.
  assert.ok(!flags('agent', "Honestly, don't worry about it, you'll definitely get it back by Friday, these always come back.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Honestly, don't worry about it, you'll definitely get it back by Friday, these always come back.").includes('service.no_refund_promise'));
  // Fees mocked as greed are grievances.
  assert.ok(flags('customer', '谁会去看那个协议啊 一个小孩的零花钱卡还收年费 你们也太会赚钱了吧').includes('intent.complaint'));
  assert.ok(flags('customer', '呵呵 你们银行真是太贴心了 小孩压岁钱也不放过 一年四十块').includes('intent.complaint'));
  // A nursery gone bust, a toll operator and a petrol-station cashier are not the bank.
  assert.ok(!flags('customer', "My son's nursery shut down overnight and they'd already taken a full term's fees on my credit card. I'm fuming with them.").includes('intent.complaint'));
  assert.ok(!flags('customer', "The toll company charged my card a forty-dollar admin fee. Their customer service is a joke, I've been on hold with them for an hour.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我给孩子报的早教班 刷你们的信用卡交了一万二 结果那个机构跑路了 气死我了').includes('intent.complaint'));
  assert.ok(!flags('customer', '我今天在路边一个加油站加油 那个收银员太黑了 我加了三百 他刷了我三百八').includes('intent.complaint'));
  // Asking in advance how one would complain or escalate is neither.
  const howTo = 'Just a general question: if a big transfer like that ever went wrong, how would I complain, or who would I escalate it to?';
  assert.ok(!flags('customer', howTo).includes('intent.complaint'));
  assert.ok(!flags('customer', howTo).includes('intent.escalation'));
  // A relative's move retold, and the caller staying, are no leaving.
  assert.ok(!flags('customer', "My sister moved her kids' money to another bank for a better rate, so I wondered.").includes('intent.churn'));
  assert.ok(!flags('customer', '我老公说你们利率太低 要把钱全转到建行去 我跟他说没必要 我不打算转').includes('intent.churn'));
  assert.ok(flags('customer', '你们利率太低 我要把钱全转到建行去').includes('intent.churn'));
});

test('round 86 (fresh159/fresh160 causes, after their blind score; measured blind on fresh161/fresh162): a check admitted late, payments told by their day, checks said in their own sentence, a relative\'s manager waved off, co-ops, buyers and hospitals blamed, staff who sneer, parents\' accounts moved', () => {
  // The agent's own afterthought makes the check late, whatever the disclosure before it said.
  assert.ok(call(['customer', 'Why was my card declined?'], ['agent', 'Let me pull up your account.'], ['agent', "Oh, I should have asked first, sorry. Can I take your name and the passcode I'm sending?"], ['agent', 'Thanks, verified.']).includes('identity.verification'));
  assert.ok(call(['customer', '我想查一下我卡里这几天有没有钱打进来'], ['agent', '好的 我查一下'], ['agent', '是的。对了，我还需要核实一下您的身份，请报一下姓名和验证码。'], ['agent', '好的，核实通过了。']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Why was my card declined?'], ['agent', "Can I take your name and the passcode I'm sending?"], ['agent', 'Thanks, verified. Oh, I should have asked, do you want a new card sent out?']).includes('identity.verification'));
  assert.ok(call(['customer', '我想问问这几天有没有钱打进来'], ['agent', '这张卡状态正常，前天有一笔农业保险理赔款六千八百元转入。'], ['agent', '请报一下姓名和验证码。'], ['agent', '好的，核实通过了。']).includes('identity.verification'));
  // A check in its own sentence counts, whatever the next sentence asks; "I'll skip that then" is no check.
  assert.ok(!call(['customer', '我手机号换了 想改一下预留的号码 我叫冯国平 身份证后四位一一三五'], ['agent', '冯先生，核实通过。请问新号码是多少？']).includes('identity.verification'));
  assert.ok(!call(['customer', '我爸被骗了 转了五万'], ['agent', '好的，王女士，已核实，备案信息也能看到。我这边看到今天上午十点有一笔五万元转出。']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Why do you keep rejecting the power of attorney on my account?'], ['agent', 'Can I take your name and the postcode on the account?'], ['agent', 'Thanks Margaret. I can see the notes on your account, and the rejection reason is the wording on page three.']).includes('identity.verification'));
  assert.ok(call(['customer', "can you tell me what's left on my card?"], ['agent', 'Of course. Can I just take your full name and the—'], ['customer', "It's Gareth, just have a look."], ['agent', "Alright, I'll skip that then. So you've got forty-two pounds of available credit left."]).includes('identity.verification'));
  // A relative's idea of a supervisor, waved off, is no escalation.
  assert.ok(!flags('customer', '上次我儿子说要找你们主管，我说不用找主管了，你帮我登记就行。').includes('intent.escalation'));
  // Third parties blamed are no complaint about the bank; the bank's own failure, its staff sneering and the conduct regulator are.
  assert.ok(!flags('customer', "That buyer docked me for moisture again, they're a bunch of crooks.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我就知道！那个合作社的老李，说了好几回年底分红，拖到现在都没影，太不像话了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我爸在一家私立医院看病，刷卡刷了两次，医院说只收了一次，推来推去的。').includes('intent.complaint'));
  assert.ok(!flags('customer', "I'm taking them to the tribunal, and I'll go to the local paper too if I have to.").includes('intent.complaint'));
  assert.ok(flags('customer', "How on earth did your staff pass those? It's a basic failure on your part.").includes('intent.complaint'));
  assert.ok(flags('customer', "Not a callback, now. And if it isn't overturned, I'm going to the Financial Conduct Authority and the local paper.").includes('intent.complaint'));
  assert.ok(flags('customer', '那个柜员一直翻白眼，嫌我说话听不清。我种了一辈子地，到你们那儿取个钱还要受气。').includes('intent.complaint'));
  // Moving the parents' accounts elsewhere is leaving.
  assert.ok(flags('customer', "We've had enough. We're moving all their accounts over to Nationwide next week.").includes('intent.churn'));
});

test('round 87 (fresh161/fresh162 causes, after their blind score; measured blind on fresh163/fresh164): a fund\'s years are no account, blocked payments and hotel holds told, 哦对 as an afterthought, advice and colleagues retold, no manager needed, a class teacher, airlines blamed, sarcastic thanks, a top rate promised', () => {
  // "over the last three years" is a fund's record, not the caller's last three transactions.
  assert.ok(!call(['customer', "I've got some savings sitting around. What should I do with them while I'm away?"], ['agent', "A lot of our travellers like the Global Currency Opportunities Fund, it's returned about seven percent a year over the last three years, it's risky mind, the value can fall."], ['agent', 'You can sell units from the app and it lands in your account in a couple of days.']).includes('identity.verification'));
  assert.ok(call(['customer', 'My card got declined in Bangkok, the one ending 9258.'], ['agent', 'Let me look. Yes, the card ending 9258 is blocked, there was an attempted payment of twenty-three thousand baht at a tailor an hour ago.'], ['agent', 'Before I unblock it, can I verify you? Name and date of birth please?'], ['agent', 'Thank you, verified.']).includes('identity.verification'));
  assert.ok(call(['customer', '我想查一下我卡里那笔预授权什么时候解冻'], ['agent', '好的，我看一下'], ['agent', '一般酒店撤销后七到十五个工作日。哦对，我这边还需要跟您核对一下身份，请问您的姓名和身份证后六位？'], ['agent', '好的，核对一致。']).includes('identity.verification'));
  assert.ok(!call(['customer', '我想查一下我卡里那笔预授权什么时候解冻'], ['agent', '好的，我看一下'], ['agent', '我这边需要跟您核对一下身份，请问您的姓名和身份证后六位？'], ['agent', '好的，核对一致。']).includes('identity.verification'));
  assert.ok(call(['customer', '酒店说我的卡冻了一笔钱'], ['agent', '您这张卡上确实有一笔泰铢的预授权 折合人民币大概三千二'], ['agent', '请问您的姓名和身份证后六位？'], ['agent', '好的，核对一致。']).includes('identity.verification'));
  // Advice and others' complaints retold, and a manager not needed, are neither escalation, leaving nor complaint.
  const husband = "My husband's standing next to me saying I should demand a supervisor and tell you we're switching banks, but honestly I just want it working.";
  assert.ok(!flags('customer', husband).includes('intent.escalation'));
  assert.ok(!flags('customer', husband).includes('intent.churn'));
  assert.ok(!flags('customer', '刚才我朋友说让我直接找你们领导，说领导办得快，我说不用，我不用找你们领导，你帮我办就行。').includes('intent.escalation'));
  assert.ok(!flags('customer', 'Oh, I thought must ask for your manager to fix. No need to get your manager lah, you explained already.').includes('intent.escalation'));
  const colleague = "A colleague of mine complained to you guys last week about the payroll thing, and our principal escalated it with the district, but honestly I'm just calling to check my own pay came in.";
  assert.ok(!flags('customer', colleague).includes('intent.complaint'));
  assert.ok(!flags('customer', colleague).includes('intent.escalation'));
  assert.ok(!flags('customer', '哦，那她还说上次在你们网点排队排了一个小时，说要投诉你们呢，哈哈，我倒是觉得还好。').includes('intent.complaint'));
  assert.ok(!flags('customer', '学校说对公账户手续麻烦，让我们班主任自己收。').includes('intent.escalation'));
  assert.ok(!flags('customer', '我订机票被航空公司扣了两次钱，气死我了，那个航空公司的客服根本打不通。').includes('intent.complaint'));
  assert.ok(flags('customer', 'Oh brilliant, another charge. Thank you o. You people are still removing money every month. Very considerate of you.').includes('intent.complaint'));
  // 一定的收益 is "some return", not a promise; a top rate "肯定拿得到 … 每期都是顶格兑付" is one.
  assert.ok(!flags('agent', '职业年金由受托机构统一投资运营，有一定的投资收益和波动，具体以公布的为准。').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '说实话您放心买，这期三点二肯定拿得到，我们之前每期都是顶格兑付的。').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '这款理财收益一定能到百分之四。').includes('sales.no_guaranteed_returns'));
});

test('round 88 (fresh163/fresh164 causes, after their blind score; measured blind on fresh165/fresh166): redundancy money moved away, a child\'s card cancelled, holdings cashed in or paused, stop status and counted charges told, advice and other banks retold, sarcasm with nobody telling, a full refund promised', () => {
  assert.ok(flags('customer', "My redundancy money lands next week and it's going straight to Nationwide. I'm switching my current account and closing the savings too.").includes('intent.churn'));
  assert.ok(!flags('customer', "I've just cancelled my son's card because he spent all his birthday money on a game.").includes('intent.churn'));
  // A holding cashed in, surrendered or paused is serviced, not sold.
  assert.ok(!call(['customer', "I need to cash in my ISA, I've lost my job."], ['agent', "Your stocks and shares ISA is currently valued at eight thousand four hundred. Selling today would lock in that value."], ['agent', "Done, I've placed a partial withdrawal of five thousand."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我前几年买了一份分红险 现在想退掉'], ['agent', '您这份保单是代理销售的某某人寿分红险，已交三年，每年两万。目前退保的话，按现金价值大概能拿回四万一千元左右。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我想把基金定投停掉'], ['agent', '您名下有一笔每月十号扣款两千元的基金定投，确认暂停吗？'], ['agent', '只是暂停定投，已持有的基金份额不受影响。']).includes('disclosure.wealth_risk'));
  // What the agent reads before the check: a stop status and a last repayment, and charges counted.
  assert.ok(call(['customer', '我的信用卡刷不了了 是不是被冻了'], ['agent', '您的卡目前是止付状态，上次还款是三月五号，已经逾期一期了。'], ['agent', '麻烦您报一下姓名和身份证后四位，我核实一下。'], ['agent', '好的，核实通过了。']).includes('identity.verification'));
  assert.ok(call(['customer', '我老公的卡被我们家小孩拿去充游戏了'], ['agent', '卡号后四位是多少？'], ['customer', '六三八四'], ['agent', '嗯看到了，这三天一共七笔，三千四百五十元，都是同一个游戏。']).includes('identity.verification'));
  // Advice, a brother's threat waved off, a friend's own bank, a game company and a nephew's family: no complaint about the bank.
  assert.ok(!flags('customer', "My brother was saying he'd report you lot to the FCA if you don't help, and I told him don't be daft, you've always been fine with me.").includes('intent.complaint'));
  assert.ok(!flags('customer', "My neighbour told me I should go to the ombudsman straight away, but honestly I don't think that's necessary, you've all been really helpful.").includes('intent.complaint'));
  assert.ok(!flags('customer', '还有我一个朋友，她说她那个银行不给她缓还款，要去银保监投诉他们，我就想问问你们这边怎么样。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Twitch's support is useless, I've emailed them three times and got a bot every time. Honestly that company is a disgrace.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Yeah. You guys have been fine, it's Twitch I'm mad at.").includes('intent.complaint'));
  assert.ok(!flags('customer', '那你们提争议要多久啊？能不能快一点？我侄子家里也说要赔我，但是我还是想先走银行这边，你们那边一般多久有结果？').includes('intent.complaint'));
  // Sarcasm with nobody telling the caller is a complaint; a full refund promised before the dispute is decided is a promise.
  assert.ok(flags('customer', "Oh, brilliant. Really brilliant service you lot provide. My lad's spent two grand on a football game overnight and not one text, not one call from you.").includes('intent.complaint'));
  assert.ok(flags('agent', '理解您，我这边帮您申请，经理会回电。另外您放心，这次一定给您全退，一分都不会少。').includes('service.no_refund_promise'));
});

test('round 89 (fresh165/fresh166 causes, after their blind score; measured blind on fresh167/fresh168): a loan payment told before a late check, what the bank would do if, a policy with no investment element, a percent then guaranteed, duplicates made good, agencies and employers blamed, colleagues retold, the bank\'s system blamed', () => {
  assert.ok(call(['customer', 'Can you tell me if my wife paid the boat loan yet?'], ['agent', 'Let me look. Yes, a payment of six hundred and forty pounds went to the loan on the second, and there was a cash withdrawal of two hundred yesterday.'], ['agent', 'Sorry, I should have asked first, can I just take your date of birth and passcode?'], ['agent', "Thank you, that's all matching."]).includes('identity.verification'));
  assert.ok(!call(['customer', '从国外汇美元过来一般要几天？'], ['agent', '正常一到三个工作日入账。'], ['agent', '如果超过七个工作日没到，可以让汇款方提供汇款凭证，我们帮您查。']).includes('identity.verification'));
  assert.ok(!call(['customer', '这个险就是出医疗纠纷的时候赔的，对吧？'], ['agent', '对，是职业责任保障，没有理财功能。']).includes('disclosure.wealth_risk'));
  // A rate then "guaranteed" promises it; a guarantee named as a scam's mark warns.
  assert.ok(flags('agent', "Between you and me, it's paid five percent every year for ten years. You'll get your five percent, guaranteed, put it that way.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', 'I have to be honest with you, twenty percent a month guaranteed is a classic sign of a scam.').includes('sales.no_guaranteed_returns'));
  // A duplicate debit made good is a refund promise, not an investment guarantee.
  assert.ok(!flags('agent', '郭先生您别急，这个肯定是系统重复了，这钱我们一定给您补上，您不会有损失的。').includes('sales.no_guaranteed_returns'));
  // Agencies, employers and colleagues: no complaint or escalation about the bank.
  assert.ok(!flags('customer', 'Unbelievable. That agency is a shambles. Every single month it\'s late, and they don\'t answer the phone.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我就知道。我们医院人事科真是太离谱了，加班费拖了三个月，一点都不把我们当人看。').includes('intent.complaint'));
  assert.ok(!flags('customer', '哦。我们船上有个兄弟上次取不出来，他说回去要投诉你们，我跟他说先打电话问问嘛。').includes('intent.complaint'));
  const colleague = '是这样的，我们科室一个同事说她上次在食堂刷不出来，说要投诉你们，还说要找你们经理。';
  assert.ok(!flags('customer', colleague).includes('intent.complaint'));
  assert.ok(!flags('customer', colleague).includes('intent.escalation'));
  assert.ok(!flags('customer', "Oh, that's what caught my colleague out. She was fuming, said she'd go to the ombudsman and wanted a manager and everything.").includes('intent.escalation'));
  assert.ok(flags('customer', "I rang last week and the girl said she'd lift it to twenty-five. Nothing happened. Get me your manager.").includes('intent.escalation'));
  // The bank's system and fees blamed are complaints.
  assert.ok(flags('customer', '你们怎么搞的，我给家里汇钱，一笔五万块扣了两次！').includes('intent.complaint'));
  assert.ok(flags('customer', '那就是你们贵嘛。还有每笔汇进来还收钱，我干了八年船员，在你们这儿吃了多少亏。').includes('intent.complaint'));
});

test('round 90 (fresh167/fresh168 causes, after their blind score; measured blind on fresh169/fresh170): investors\' holdings serviced, a market risk named, an apology for the order, gyms, brokers and cold callers blamed, membership and dealing accounts closed, losses promised back', () => {
  // Holdings serviced — a fund bought long ago, redemptions and their fees, custody moved, a plan stopped, dealing fees — are no sale.
  assert.ok(!call(['customer', 'Your wealth manager sold me an unsuitable fund.'], ['agent', "I can see the Global Growth Fund was bought in your name eighteen months ago."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我在手机银行上赎回基金，钱多久能到？'], ['agent', '这个要看基金类型，货币基金一般 T 加 1，股票型和混合型一般是 T 加 3 到 T 加 4 个工作日。'], ['agent', '赎回进度您在手机银行我的基金里可以查到。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我想把基金转到招商那边'], ['agent', '基金转托管需要您先在招商那边开好基金账户，再到我们网点填转托管申请。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', "What's the fee for buying ETFs through your share dealing service?"], ['agent', "It's a flat eight pound fifty per online trade, and there's a platform fee of zero point two five percent a year, capped at forty-five pounds."], ['customer', 'And for US shares?'], ['agent', 'Same dealing fee, plus an FX charge of one percent on the conversion.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我自己也想开港股通'], ['agent', '港股通是在券商开的，银行这边主要是三方存管。'], ['agent', '另外港股通涉及汇率和市场波动风险，建议您先了解清楚。']).includes('disclosure.wealth_risk'));
  // An apology for the order makes the check late; a margin loan read out first discloses.
  assert.ok(call(['customer', 'I got a letter about my securities-backed loan.'], ['agent', "Right, your loan's at forty-two thousand and there's three hundred twelve dollars of interest overdue."], ['agent', 'Oh, sorry, before we go further I do need to verify you. What\'s your date of birth?'], ['agent', 'Thanks, all good.']).includes('identity.verification'));
  assert.ok(!call(['customer', "Just a general question, I don't need you to look at anything on my account. Can you stop a gym's recurring payment?"], ['agent', "Yes, we'll stop the payments. The contract is between you and the gym, so they could still chase you for money you owe under it."]).includes('identity.verification'));
  // Gyms, brokers, cold callers and fake platforms blamed are no complaint about the bank; understatement about the bank is.
  assert.ok(!flags('customer', "Yes! They're a disgrace. I'm reporting them to Trading Standards, and I'll leave reviews everywhere.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我办了一年的卡，才去了两个月他们就说要装修关门，也不退钱，我已经去12315投诉他们了。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Fine. Honestly the broker's the problem here. Their app didn't even send me a warning, absolute cowboys.").includes('intent.complaint'));
  assert.ok(!flags('customer', "He knew my name though. I told him I'd report him to the FCA and he hung up.").includes('intent.complaint'));
  assert.ok(flags('customer', "He never once told me it could fall this much. I'm not exactly thrilled with how your bank handled it, to be honest.").includes('intent.complaint'));
  assert.ok(flags('customer', '呵呵，你们银行真是高效啊，三个星期了，一个电话都没有，我都快忘了自己提过。').includes('intent.complaint'));
  // A mate's advice declined is no escalation; a membership card, a dealing account and a past thought are no leaving.
  assert.ok(!flags('customer', "My mate said I should just demand a manager straight off, but honestly I don't think that's needed.").includes('intent.escalation'));
  assert.ok(!flags('customer', '我姓陈，我那个游泳馆年卡我取消了，结果又扣了一次。').includes('intent.churn'));
  assert.ok(!flags('customer', "Morning. I'd like to close my share dealing account. I don't really use it any more.").includes('intent.churn'));
  assert.ok(!flags('customer', '之前有一次我四点多转不了，当时气得我都想过换个银行，后来想想算了，也不是你们的问题。').includes('intent.churn'));
  // Losses promised back before any review.
  assert.ok(flags('agent', "Of course, I'll pass it to my team leader. And please don't worry, we'll make sure you're compensated for the losses.").includes('service.no_refund_promise'));
});

test('round 91 (fresh169/fresh170 causes, after their blind score; measured blind on fresh171/fresh172): holiday branch hours, products said not to promise, a promise declined through 答复, relatives\' advice declined, fake collectors, a sweep told before the check, a branch that sat on a payment', () => {
  assert.ok(!call(['customer', '春节网点都关门了 我要取钱怎么办'], ['agent', '您现在要取大额现金的话，我可以帮您查一下附近初四营业的网点，或者帮您预约大额取现。']).includes('identity.verification'));
  assert.ok(!call(['customer', '我朋友说他买了个理财 保本保收益 你们有没有这种？'], ['agent', '先生您好，现在按规定理财产品都不能承诺保本保收益了，您朋友说的那种可能说法不太准确。'], ['agent', '您可以考虑我们的三年定期存款。']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', '这个要等调查结果出来，我没法提前答复您一定能退，但我们会全程跟进，进展会短信通知您。').includes('service.no_refund_promise'));
  assert.ok(call(['customer', 'My whole pay is gone!'], ['agent', 'Okay, I can see two thousand one hundred dollars was transferred from your everyday account to cover the arrears on your personal loan.'], ['agent', 'Let me just verify you properly. Date of birth and your phone banking code?'], ['agent', 'Thank you, verified.']).includes('identity.verification'));
  // Relatives' advice declined, a hypothetical, an airline and a fake collector: no complaint or escalation.
  const brother = "So my brother said I should ring up and demand a manager and threaten to go to the ombudsman. Honestly, I don't want to do any of that.";
  assert.ok(!flags('customer', brother).includes('intent.complaint'));
  assert.ok(!flags('customer', brother).includes('intent.escalation'));
  assert.ok(!flags('customer', '我先说啊，我老公在旁边一直嚷嚷说要打12378投诉你们，还要找你们经理，我觉得没必要，我就想问问协商还款的事。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Would I need to speak to a manager to get a plan, or can you do it? Just asking, like, if I needed one.").includes('intent.escalation'));
  assert.ok(!flags('customer', "If you guys ever did that to me I'd be straight to the ombudsman, but honestly you've been great.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，就是这个，航空公司太不像话了，电话也打不通。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我刚才接到一个电话，说是什么催收公司的，说我欠你们银行八万块，还要起诉我，气死我了，这帮骗子！').includes('intent.complaint'));
  assert.ok(!flags('customer', '对了我邻居说你们排队太慢要投诉你们，我倒觉得还行。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我弟说他要把钱都转到别的银行去，说那边利率高，我懒得折腾，就存你们这儿吧。').includes('intent.churn'));
  assert.ok(flags('customer', '算了算了 我也懒得折腾了 反正那边单位代发是农行 我到了那边就把钱全转过去 你们这卡我回头找个时间销掉').includes('intent.churn'));
  // The bank's fraud system mocked, and a branch that sat on a payment, are complaints; sitting on a card is not.
  assert.ok(flags('customer', 'I get that, but I answered the text every time and it still blocked. Your fraud system is a joke.').includes('intent.complaint'));
  assert.ok(flags('customer', "Yeah, because the branch sat on it. That's not my fault.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi, my debit card snapped in half, I sat on it, don't ask. I need a new one.").includes('intent.complaint'));
});

test('round 92 (fresh171/fresh172 causes, after their blind score; measured blind on fresh173/fresh174): balances and statuses read before the check, deposit schemes and guarantee funds, a sure thing is no refund, fees called chaotic, retold switches', () => {
  assert.ok(call(['customer', 'I need to update my address.'], ['agent', 'Let me check from your phone number. Okay, and your checking balance is three thousand two hundred and ten dollars.'], ['agent', "Just so I can make changes, I'll send you a verification code now."], ['agent', "Thank you, you're verified."]).includes('identity.verification'));
  assert.ok(call(['customer', '我想把这边的钱都转走'], ['agent', '好的，我看一下……您名下有一个借记卡账户和一个定期账户，合计余额大概是二十三万四千元。'], ['agent', '麻烦报一下您的姓名和证件后四位。']).includes('identity.verification'));
  assert.ok(call(['customer', '我的卡被锁了 麻烦帮我解锁一下'], ['agent', '好的，我查一下您的来电号码……卡片状态是风控锁定，因为异地大额交易。'], ['agent', '可以，我先给您发个验证码确认一下身份。'], ['agent', '验证通过，已经给您解锁了。']).includes('identity.verification'));
  // A government deposit scheme and a guarantee fund for loans are no investment.
  assert.ok(!call(['customer', 'If someone told me an investment was guaranteed, I\'d be suspicious.'], ['agent', 'Deployed members in eligible areas can deposit up to ten thousand dollars and earn ten percent a year on it.'], ['agent', 'On our side, we have a twelve month certificate at four percent fixed, which is also a deposit.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '退役军人创业贷怎么申请'], ['agent', '一般需要担保或者抵押，也可以走政府担保基金。']).includes('disclosure.wealth_risk'));
  // An investment called a sure thing is a guarantee, not a refund promise; money "准到账" on a disputed withdrawal is.
  assert.ok(!flags('agent', "Honestly, it's a sure thing. You won't lose a penny, I've got clients who've been in it for years and it only goes one way.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', '您别担心，我这边先给您办上，下周一钱准到账，您就安心执勤吧。').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', '养老金的发放日期是社保部门定的 具体以社保通知为准 到账后我们这边会有短信提醒').includes('service.no_refund_promise'));
  // A manager's past recommendation is no escalation; fees called chaotic and feedback that goes nowhere are complaints.
  assert.ok(!flags('customer', '你好，我是部队转业的，之前你们经理推荐了一个结构性存款，我想再问问。').includes('intent.escalation'));
  assert.ok(flags('customer', '什么柜面，我就在你们手机银行上转的！你们这收费也太乱了。').includes('intent.complaint'));
  assert.ok(flags('customer', "I'm not one to make a fuss, but frankly it's a bit rubbish that you sat on it for ten days.").includes('intent.complaint'));
  assert.ok(!flags('customer', "That's a bit rubbish. What else is there?").includes('intent.complaint'));
  // Every cent moved to AIB is leaving; a bandmate's or a friend's switch retold is not.
  assert.ok(flags('customer', "And if it's not released today, I'm going to the ombudsman and I'm moving every cent I have to AIB.").includes('intent.churn'));
  assert.ok(!flags('customer', "Our drummer's been saying he'll switch banks if we can't sort this out.").includes('intent.churn'));
  assert.ok(!flags('customer', "A friend of mine, she's switching banks, and it got me wondering. If someone closed their account, what happens to direct debits?").includes('intent.churn'));
});

test('round 93 (fresh173/fresh174 causes, after their blind score; measured blind on fresh175/fresh176): a payee\'s name is no check, a child\'s card and a blocked card read out, six percent come what may, a scam claim, letting agents and rental agencies blamed, a mortgage moved in, a flatmate\'s threat retold', () => {
  // The payee's name read out with a balance is a disclosure before the check, not the check.
  assert.ok(call(['customer', '我想看看我那张交学费的卡里面钱够不够'], ['agent', '这张卡现在余额是五千二百一十三块六，昨天有一笔八千块的转入，对方户名是王建国。'], ['agent', '按规定我还得跟您核实一下身份，您说一下姓名和身份证后四位吧。']).includes('identity.verification'));
  assert.ok(!call(['customer', '我想看看我那张卡里面钱够不够'], ['agent', '先跟您核实一下身份，您说一下姓名和身份证后四位吧。'], ['agent', '好的，核实通过。余额是五千二百一十三块六。']).includes('identity.verification'));
  // A child's card read out to a parent on a name alone, and a buy-to-let balance and a card block told before the check.
  assert.ok(call(['customer', '我是学生家长，我想看看他卡里都花哪去了。'], ['agent', '他尾号四九八四的卡这个月有十几笔消费，最大的一笔是在一个游戏平台充值了八百元。']).includes('identity.verification'));
  assert.ok(call(['customer', 'Is my card ending three oh six four still blocked?'], ['agent', 'The outstanding balance on your buy-to-let is one hundred and eighty-six thousand pounds. And the card is still on a temporary block from last week.'], ['agent', 'I can unblock it, I just need to verify you first. Can I have your full name and date of birth?']).includes('identity.verification'));
  // A rate promised "come what may" is a guarantee; a scam claim's money promised back is a refund promise only.
  assert.ok(flags('agent', "Six percent a year. I've never seen anyone lose a penny on it. You'll get your six percent come what may.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Don't worry, this one hasn't had a down year in ten years. Honestly you'll get your two thousand back plus the four percent no matter what.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', "Whatever happens, we'll help you no matter what.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', "I'm going to raise a scam claim now and contact the receiving bank. Don't worry, you'll definitely get every penny back, these always come good.").includes('sales.no_guaranteed_returns'));
  // A letting agent or rental agency blamed, and a flatmate's anger retold, are no complaint about the bank.
  assert.ok(!flags('customer', "Honestly, I'm furious. My letting agent was meant to put my tenant's deposit in a protection scheme and they've just pocketed it. Useless, the lot of them.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我真是气死了，那个链什么的中介，押金扣了我一半，说是什么服务费，太黑了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '唉，我室友上次工资晚到了两天，她气得说要打电话投诉你们，还说要把钱全转到别的银行去。').includes('intent.complaint'));
  assert.ok(!flags('customer', '唉，我室友上次工资晚到了两天，她气得说要打电话投诉你们，还说要把钱全转到别的银行去。').includes('intent.churn'));
  assert.ok(!flags('customer', '我投诉过了，问问处理得怎么样了。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这收费也太黑了，我要投诉你们。').includes('intent.complaint'));
  // A mortgage moved in is no leaving; savings no longer kept here are.
  assert.ok(!flags('customer', '我有一套房子是租出去的，现在那个房贷想转到你们行来，就是转按揭，这个能做吗？').includes('intent.churn'));
  assert.ok(flags('customer', '算了吧，回头我把存款都转到我儿子那个银行去，以后就不在你们这儿存了。').includes('intent.churn'));
  assert.ok(!call(['customer', '我想把学校那个联名的龙卡注销掉。'], ['customer', '不用不用，储蓄卡我还要用的，生活费都打那张上。']).includes('intent.churn'));
});

test('round 94 (fresh175/fresh176 causes, after their blind score; measured blind on fresh177/fresh178): a loan\'s principal read out, a repayment card changed, scam warnings with their rule of thumb, suppliers and delivery platforms blamed, old accounts closed, advice from children and friends retold, an executor\'s accounts', () => {
  // A loan's principal read out with its figure and the repayment card changed, with no check, flags; the fee rule told in general does not.
  assert.ok(call(['customer', '我那个买炒菜机器人的贷款，想把还款卡换一张。'], ['agent', '找到了，韩东，剩余本金四万七千五，每月还两千一百。换哪张卡？'], ['agent', '好，已经改了，下个月从7712扣。']).includes('identity.verification'));
  assert.ok(!call(['customer', '那要是我中途不想分了 提前还清呢'], ['agent', '提前结清的话 剩余期数的手续费不再收取 但会收剩余本金百分之一的提前还款费 具体以合同为准']).includes('identity.verification'));
  assert.ok(call(['customer', 'I took a loan for the tawa and the fridge, I want to know how much is pending.'], ['agent', 'Sure sir, your outstanding principal is forty-two thousand three hundred rupees and the next EMI of three thousand six hundred is due on the fifth.'], ['agent', 'Oh, sorry sir, just for records, can you please confirm your date of birth?']).includes('identity.verification'));
  // A guarantee named as the mark of a scam, or of illegal fundraising (非法集资: its 非 negates nothing), is a warning.
  assert.ok(!flags('agent', 'Ma, please don\'t send him anything. Any offer that promises thirty percent guaranteed with no risk is almost certainly a scam.').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '大爷，您先别转。这种承诺保本高收益的，基本都是非法集资或者诈骗的套路，银行正规产品都不会这么说。').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '这款产品承诺保本高收益，您放心买。').includes('sales.no_guaranteed_returns'));
  // CDs in an IRA for a caller who wants none of the stock market are no investment sold.
  assert.ok(!call(['agent', 'Generally folks either keep it in savings or CDs, or they roll it into an IRA so it stays tax-deferred. The rollover part is something your plan administrator starts.'], ['customer', "That's what I want. I don't want any of that stock market stuff at my age."]).includes('disclosure.wealth_risk'));
  // A supplier and a delivery platform blamed are not the bank.
  assert.ok(!flags('customer', "Honestly, I'm so fed up. My meat supplier shorted me again and the delivery app is taking thirty percent now. Those guys are crooks.").includes('intent.complaint'));
  assert.ok(!flags('customer', '唉，烦死了，那个外卖平台这个月结算又晚了三天，抽成还涨到百分之二十，真是黑心。').includes('intent.complaint'));
  // An old account left unused and closed, while the rest stays, is no leaving.
  assert.ok(!call(['customer', "Hi, I've a small café in Galway, I want to close an old savings account I never use."], ['customer', "The business account and the card machine stay with ye, obviously, I'm only tidying up."]).includes('intent.churn'));
  assert.ok(!flags('customer', '喂，你好，我有张旧的借记卡好几年不用了，想把它注销掉。').includes('intent.churn'));
  assert.ok(flags('customer', '我想把你们银行的卡都注销掉，以后不用了。').includes('intent.churn'));
  // A daughter's, son's or friend's advice to ask for a manager, retold, is no escalation.
  assert.ok(!flags('customer', 'Hi Nadia. My daughter told me to ask for a manager straight off, she says the first person never knows anything. But let\'s see how we go.').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我儿子让我打电话，说要是你们搞不定就找你们领导。不过我觉得应该不用，你先帮我看看。').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我的POS机屏幕裂了，想换一台。我朋友说上次他换机器折腾半天，最后吵着要找你们经理才办成。').includes('intent.escalation'));
  assert.ok(flags('customer', '你们搞不定就找你们领导来跟我说。').includes('intent.escalation'));
  // An executor closing a late mother's accounts is not leaving.
  assert.ok(!flags('customer', "Good morning. My mother passed and I'm executor. I'm trying to find out how to close her accounts.").includes('intent.churn'));
});

test('round 95 (fresh177/fresh178 causes, after their blind score; measured blind on fresh179/fresh180): payment plans read before the check, a passcode asked for with a merchant number, a general question asked back, savings pots and demand deposits, a cross-border scheme explained, a top rate basically guaranteed, refunds awaited, shops, clinics and airlines blamed, one card of several closed', () => {
  // A payment plan read out before a late check flags; a merchant number and passcode asked for are a check.
  assert.ok(call(['customer', 'I want to know if my payment plan is properly set up.'], ['agent', 'Yes, I can see the plan — total eighteen thousand rupees, six instalments of three thousand.'], ['agent', "Actually ma'am, may I just confirm your full name and date of birth for security?"]).includes('identity.verification'));
  assert.ok(call(['customer', 'Has my payment plan for the vet been paid this month?'], ['agent', "Yes, the instalment of one thousand two hundred rand went off on the twenty-fifth, and you've got four left."], ['agent', 'I can do that, but first I need to verify you. Your full name and ID number, please?']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Your card terminal took a payment twice yesterday.'], ['agent', 'Okay, give me your merchant number and the passcode on your account.'], ['agent', 'Yep, got you. I see the two transactions, a minute apart.']).includes('identity.verification'));
  // The agent asking whether it is about this card or the rules in general, then answering in general, looks at nothing.
  assert.ok(!call(['customer', '我的卡在深圳湾口岸过去那边用，会不会有货币转换费啊？'], ['agent', '请问您是要问具体您这张卡的情况还是一般的收费规则？'], ['customer', '就一般的吧'], ['agent', '一般来说，银联通道消费港币是直接按银联汇率折算成人民币入账，不收货币转换费。']).includes('identity.verification'));
  // A savings pot, a demand deposit and a cross-border scheme's eligibility are no investment sold; a fund pitched still is.
  assert.ok(!call(['customer', 'I want to close my Puppy Fund savings pot.'], ['agent', 'The Puppy Fund pot has one thousand eight hundred and twenty pounds including interest.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '那个是存款还是理财？'], ['agent', '是存款，按活期计息，随时能取，不涉及投资风险。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '跨境理财通北向通是要什么条件才能开啊？我老婆想买内地的理财。'], ['agent', '北向通是给港澳居民投资内地理财产品的，需要她先在香港的合作银行开通。']).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', '我们这款理财产品收益挺好的，您可以买一点。']).includes('disclosure.wealth_risk'));
  // "basically guaranteed the three point eight" after a disclosure is a guarantee; a refund to wait for is promised.
  assert.ok(flags('agent', "But honestly, between us, it's never missed the top rate in the four years we've offered it, so you're basically guaranteed the three point eight.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '您这种情况啊，我们处理过很多，基本都是全额退回的，您就等着钱到账就行，不用操心。').includes('service.no_refund_promise'));
  // A restaurant, an airline, a clinic's terminal, a shop and a seller blamed are no complaint about the bank.
  assert.ok(!flags('customer', 'Yeah, the restaurant is useless, they refused to do anything.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'That airline is an absolute joke, they charged me in euro even though I booked from Belfast, and their helpline just hangs up on you.').includes('intent.complaint'));
  assert.ok(!flags('customer', '对啊，打个疫苗扣我一千多，诊所那台破机器真是坑人。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那就是他们那个机器的问题咯？那家店真的是，气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '就是这个骗子，这种黑心卖家真该抓起来。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行真是坑人，气死我了。').includes('intent.complaint'));
  // One co-branded card closed while the others stay is no leaving.
  assert.ok(!call(['customer', '你好，我想把那张宠物联名卡销了。'], ['customer', '你们家别的卡我都还用着，储蓄卡和那张白金卡都留着，就销这一张。']).includes('intent.churn'));
});

test('round 96 (fresh179/fresh180 causes, after their blind score; measured blind on fresh181/fresh182): payments counted before a check admitted late, the caller\'s own chairman, a threat dropped before it was made, advice to switch retold, a standing order or side account closed, travel and domestic-help agencies, fees mocked as looking after us, a system that fails all the time', () => {
  // Payments counted before a check the agent admits is late.
  assert.ok(call(['customer', '想看看最近有哪些会员交了年费。'], ['agent', '我看一下，最近一周有五笔转入，分别是李建军两百、赵红两百。'], ['agent', '哦对了，刚才忘记了，按规定还是要核实一下您的身份，请念一下手机收到的验证码。']).includes('identity.verification'));
  // The caller's own chairman is no escalation; the bank's chairman asked for is.
  assert.ok(!flags('customer', "No wahala, I'll call the chairman.").includes('intent.escalation'));
  assert.ok(flags('customer', 'This is ridiculous. Get me the chairman.').includes('intent.escalation'));
  assert.ok(!flags('customer', '啊？可以啊？我打电话之前本来还想着要是再说不行，我就直接找你们主管了。').includes('intent.escalation'));
  // Advice to switch retold, a side account or a standing order closed while the rest stays, is no leaving.
  assert.ok(!flags('customer', 'Oh good. Our head coach keeps saying we should move everything to another bank that doesn\'t charge.').includes('intent.churn'));
  assert.ok(!flags('customer', 'Hi, my employer told me I should put my savings somewhere better than the savings account. I have about eight thousand.').includes('intent.churn'));
  assert.ok(!call(['customer', '你好，我们骑行俱乐部去年单独开了个差旅的账户，现在比赛结束了，想把它销掉。'], ['customer', '转到我们俱乐部主账户就行，主账户还是在你们这儿继续用。']).includes('intent.churn'));
  assert.ok(!call(['customer', '我想把每个月给阿姨的自动转账取消掉。'], ['customer', '好的，我的卡和账户都不动，只是取消这个。']).includes('intent.churn'));
  assert.ok(flags('customer', "We're moving everything to another bank that doesn't charge.").includes('intent.churn'));
  // A travel agency or a domestic-help agency blamed, and the caller's own cash chore, are no complaint; fees mocked and a
  // system failing all the time are.
  assert.ok(!flags('customer', '你好，我们门球队去外地参加比赛，报了个旅行社，结果大巴没来，酒店也没订，气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我跟你说，这家家政中介太坑人了，阿姨干了一个礼拜就走了，中介费一分都不退。').includes('intent.complaint'));
  assert.ok(!flags('customer', '现在每次都是现金收，我还得一张一张数，数完还得跑银行去存，太麻烦了。').includes('intent.complaint'));
  assert.ok(flags('customer', "Oh brilliant. Fifteen bucks on top of the monthly fee. You lot are just wonderful to community clubs, aren't you. Really looking after the little guy.").includes('intent.complaint'));
  assert.ok(flags('customer', "Oh brilliant, another fee. You guys really look after us helpers, don't you.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I got a leaflet through the door, oh brilliant, another fund. What's the deal with it?").includes('intent.complaint'));
  assert.ok(flags('customer', '上个月好好的，这个月就校验不通过了？你们系统一天到晚出问题，去年也出过一次。').includes('intent.complaint'));
});

test('round 97 (fresh181/fresh182 causes, after their blind score; measured blind on fresh183/fresh184): a change made then a check said as an afterthought, a loan told before an apology, a salon selling membership cards may still leave, a brother\'s closure retold, one card of several, the caller\'s own clients, a next time imagined', () => {
  // An address changed, then 哦对 … 身份证后四位 in the same turn; a loan's remaining amount told before "Oh, sorry, before we go further".
  assert.ok(call(['customer', '你好，我要改一下地址，我已经搬到美国了。'], ['agent', '好的，已经帮您把通讯地址更新为美国地址了。哦对，麻烦您报一下姓名和身份证后四位，我核对一下。']).includes('identity.verification'));
  assert.ok(call(['customer', 'Hi, I wanted to know how much is left on the loan for my barber chairs.'], ['agent', "Sure, one moment. You've got nine thousand four hundred and twenty remaining, and the next repayment is six hundred and ten on the fifteenth."], ['agent', 'Oh, sorry, before we go further, can you confirm your full name and date of birth?']).includes('identity.verification'));
  assert.ok(!call(['customer', '你好，我要改一下地址。'], ['agent', '好的，先麻烦您报一下姓名和身份证后四位，我核对一下。'], ['agent', '好的，已经帮您把通讯地址更新了。']).includes('identity.verification'));
  // A salon that sells 会员卡 and then moves its money away is leaving; a gym card cancelled in its own turn is not.
  assert.ok(call(['customer', '我一个美容院卖会员卡不是很正常吗？你们这效率真是没谁了。'], ['customer', '算了，等解冻了我明天就去别家银行开户，钱全部转走。']).includes('intent.churn'));
  assert.ok(!flags('customer', '我那个游泳馆年卡我取消了 结果又扣了一次').includes('intent.churn'));
  // A brother's closure retold with the caller keeping his, and one credit card closed while the others stay.
  assert.ok(!flags('customer', "Cool. My brother said he was closing his accounts with you lot when he moved, but I reckon I'll keep mine, I've got a mortgage here anyway.").includes('intent.churn'));
  assert.ok(!call(['customer', '你好，我想把一张信用卡注销了，就是那张白金卡，年费太贵。'], ['customer', '对，就这张，其他的卡还留着。']).includes('intent.churn'));
  assert.ok(call(['customer', '不光这张卡，我家里三张卡都在你们这，回头我全销了，钱都转到农商行去。']).includes('intent.churn'));
  // The caller's own clients blamed are no complaint about the bank.
  assert.ok(!flags('customer', "Hi. I'm so annoyed. One of my clients got a full balayage, loved it, posted it on Instagram, and then charged it back saying she never came in.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我是开美发店的，前两天有个顾客做完烫染说不满意，跟发卡行发起了拒付。').includes('intent.complaint'));
  assert.ok(flags('customer', "I'm going to post it on Instagram so everyone sees how you treat people.").includes('intent.complaint'));
  // A manager imagined for next time is no escalation.
  assert.ok(!flags('customer', "Oh. If it happens again next year I'd probably want a manager to look at it, but fair enough, I forgot.").includes('intent.escalation'));
});

test('round 98 (fresh183/fresh184 causes, after their blind score; measured blind on fresh185/fresh186): purchases counted before the check, an auction house, a market boss, a platform and a hospital blamed, slowness mocked, Singlish and plain grievances, a brother\'s request and an agent\'s offer retold, a mate\'s move retold, an insurer\'s payout promised, a loan\'s APR', () => {
  assert.ok(call(['customer', "Hi, yeah, it's about my fuel card for the trawler, the statement looks wrong."], ['agent', 'Sure, let me pull that up. Okay, I can see three fuel purchases at Eyemouth harbour this month.'], ['agent', 'Right, before we go any further can I just confirm your full name and date of birth?']).includes('identity.verification'));
  assert.ok(!call(['customer', 'I need to check my statement.'], ['agent', 'Before we go any further, could you confirm your date of birth and the first line of your address?'], ['agent', 'Thanks, I can see three payments this month.']).includes('identity.verification'));
  // Third parties blamed are no complaint; slowness mocked and plain grievances are.
  assert.ok(!flags('customer', "Morning. That auction house in Peterhead took my card payment twice for the same lot, honestly they're a shambles down there.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我在鱼市扫码买了一批虾苗，钱付了，那个老板死活说没收到，还让我再付一次，太不讲理了这人。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那就是平台扣的！这帮人太黑了，号称公益还抽成。还有医院，一个床位费天天涨，真是气死我了。').includes('intent.complaint'));
  assert.ok(flags('customer', '哟，你们效率真高啊，三个月才批下来，我要收的那批鱼人家早卖给别人了。').includes('intent.complaint'));
  assert.ok(flags('customer', '那次是台风把塘冲了！你们一点都不体谅，服务真是越来越差。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我爸身体越来越差，我想问问他的卡怎么办。').includes('intent.complaint'));
  assert.ok(flags('customer', "Hi, lah, it charged me twice. I called two times already, your bank never do anything!").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Hi, eh can help me check why my account got charge fifty dollar one ah? I never do anything also.').includes('intent.complaint'));
  assert.ok(flags('customer', "Fifteen years I've banked with you and you can't lend me six grand when he's had a stroke? That's just heartless.").includes('intent.complaint'));
  // A brother's request and an agent's past offer retold are no escalation.
  assert.ok(!flags('customer', "G'day. My brother rang last month about his boat loan and ended up asking for a manager, but I don't need any of that, just a quick question.").includes('intent.escalation'));
  assert.ok(!flags('customer', '我上周打过电话，那个客服说帮我转主管处理，结果到现在都没人理我。').includes('intent.escalation'));
  // A mate's move and a brother's suggestion retold are no leaving.
  assert.ok(!flags('customer', '哦。我们船上老李说别的银行高一点，他上个月把钱都转过去了。').includes('intent.churn'));
  assert.ok(!flags('customer', '我哥还说干脆都转到别的银行去算了，我说没必要，折腾啥呀。').includes('intent.churn'));
  assert.ok(flags('customer', '我要销户 储蓄卡信用卡全销了 你们家这卡我留着也没用').includes('intent.churn'));
  // An insurer's payout promised before assessment is a refund promise; "the insurer backs it" still sells a guarantee.
  assert.ok(flags('agent', "Honestly, don't stress. Storms like that are always covered, trust me, the insurer will pay out in full, you'll have the money before Christmas.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "It's locked in at three and a half percent every year, and the insurer backs it, so you really can't lose.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', 'I know, but between us, the index has to fall by more than half for that to happen. Honestly, you won\'t lose a penny on this one.').includes('service.no_refund_promise'));
  // A loan the NHS "won't fund" and its APR sell no investment.
  assert.ok(!call(['customer', "My wife needs a treatment that the NHS won't fund yet, and I'm looking at a loan."], ['agent', 'For nine thousand over four years, your personalised rate is seven point four percent APR.']).includes('disclosure.wealth_risk'));
});

test('round 99 (fresh185/fresh186 causes, after their blind score; measured blind on fresh187/fresh188): transactions listed before a late check, a card\'s rules told in general, early withdrawal and a managed fund, a booking platform, anger retold, complaints asked after, a loan called in, a late fee promised, a transfer with thanks', () => {
  assert.ok(call(['customer', '你好，我这个月钱怎么少了那么多，帮我看看都扣到哪儿去了。'], ['agent', '好的，我看一下，您最近的交易有，十八号一笔借款App还款八百元。'], ['agent', '对了，刚才忘了，麻烦您报一下姓名和身份证后四位，我核实一下身份。']).includes('identity.verification'));
  assert.ok(!call(['customer', '卡里钱不够的时候刷了会怎么样啊？'], ['agent', '您说的是借记卡对吧？我们借记卡一般是余额不足就直接交易失败，不会透支的。'], ['agent', '如果您开通了小额透支服务才会有利息，您可以在手机银行里看看有没有开。']).includes('identity.verification'));
  // A deposit's early-withdrawal terms and a customer's "is that like an investment?" sell nothing; a managed fund does.
  assert.ok(!call(['customer', '这个会不会亏啊？我听说有人买什么理财亏了。'], ['agent', '提前支取的话按活期利率算利息，本金不受影响。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', "Is that like an investment? I don't want to lose it."], ['agent', "With this bond you can't withdraw early, so only put in money you won't need for a year."]).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', "It's life cover and a savings plan in one, linked to our managed funds, and your pot grows with the funds."]).includes('disclosure.wealth_risk'));
  // A booking platform blamed and anger retold are no complaint; an earlier complaint asked after is none either.
  assert.ok(!flags('customer', "Hi. I'm furious with Booking.com, honestly. They've been sitting on my payout for three weeks and their support is useless.").includes('intent.complaint'));
  assert.ok(!flags('customer', '哦，我同事老张说他上次在柜台转被扣了十块，气得说要找你们经理理论。').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我上周投诉过一个重复扣费的事，就是那个会员费，想问问怎么样了。').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Ah, okay. My mate at work reckons he got charged and said I should ring up and ask for a supervisor. But I don\'t need all that, I just wanted to check.').includes('intent.escalation'));
  // A loan called in before the season and fees mocked are complaints.
  assert.ok(flags('customer', '我这马上旺季，你们这时候抽贷是要逼死人啊！签的时候客户经理说好可以续的，现在一句话就不认了，太不讲信用了。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们是怎么回事？我贷款还没到期，你们突然发短信说要提前收回！').includes('intent.complaint'));
  assert.ok(flags('customer', '五十块，我在餐馆洗碗一天才挣一百五。你们也太会收钱了。').includes('intent.complaint'));
  // A late fee promised covered is a refund promise; "thanks for bearing with me" closes a transfer politely.
  assert.ok(flags('agent', "I'll get a supervisor for you, and don't worry about the landlord's late fee, we'll definitely cover that for you.").includes('service.no_refund_promise'));
  assert.ok(!call(['customer', 'Fine.'], ['agent', 'Thanks for bearing with me, Leanne, transferring you now.']).includes('closing.polite'));
});

test('round 100 (fresh187/fresh188 causes, after their blind score; measured blind on fresh189/fresh190): hotlines inside a phone number, gold held and sold, a merchant\'s category, an order read out, "should\'ve asked", a pawnshop, an online seller and an events company, a friend\'s plan retold, a transfer declined, incompetence, a replacement promised, a keepsake', () => {
  // A hotline inside a phone number is none; the hotline itself is a complaint.
  assert.ok(!flags('customer', 'Understood. My mobile is 98450 12345, please send me the document list.').includes('intent.complaint'));
  assert.ok(flags('customer', '再拖下去我直接打12378，去金融监管总局投诉你们。').includes('intent.complaint'));
  assert.ok(flags('customer', '我要打１２３７８').includes('intent.complaint'));
  assert.ok(flags('customer', '不给解决我就打12363').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Call me back on 186 12363 4455 please.').includes('intent.complaint'));
  // Gold already held or sold, and a merchant's category, sell nothing; a gold product pitched still needs its risk.
  assert.ok(!call(['customer', '我想问下我那个积存金账户现在存了多少克了。'], ['agent', '我看到您积存金账户目前持有一百二十六点五克。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '积存金怎么全部卖掉？'], ['agent', '积存金可以在手机银行贵金属栏目里点赎回，全部卖出后钱会回到您的借记卡。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', '我看到您这张卡刚才有三笔交易被风控暂停，因为金额比较大，商户类别又是贵金属批发。']).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', '我们现在有一款积存金产品，每个月定投一点，很适合您。']).includes('disclosure.wealth_risk'));
  // An order read out before a late check, and "I should've asked".
  assert.ok(call(['customer', '我在你们手机银行订了两根金条，一个礼拜了还没到。'], ['agent', '您是九月二十八号下单的，两根五十克的金条，订单金额五万三千四百块，目前物流显示在转运中心。'], ['agent', '对了，为了安全，麻烦您报一下姓名和手机验证码。']).includes('identity.verification'));
  assert.ok(call(['customer', "I want to know if I've got enough in my gold savings account."], ['agent', 'So your gold savings account is holding forty-one grams, and your checking has eight hundred and twelve.'], ['agent', "Great. Sorry, I should've asked, can you confirm your date of birth?"]).includes('identity.verification'));
  // A pawnshop, an online gold seller and an events company blamed; a friend's plan retold; a transfer declined.
  assert.ok(!flags('customer', '那家典当行利息高得离谱，真是黑心。').includes('intent.complaint'));
  assert.ok(!flags('customer', '喂，我在一个网上卖黄金的店买了金手镯，钱付了，商家也联系不上了，这个骗子真可恶。').includes('intent.complaint'));
  assert.ok(!flags('customer', '说好七个工作日退款，现在都半个月了！这家演出公司太不靠谱了，真是气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '行，我朋友还说要是场地不退就去投诉他们，我看看吧。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对！当时就是说保本的。你也别给我转什么领导，转了也没用，我直接去金融监管总局投诉你们。').includes('intent.escalation'));
  assert.ok(!flags('customer', "The venue manager told me he'd escalated it to the promoter, and my mate told me to ring you and ask for a supervisor straight off, but I reckon you can sort it.").includes('intent.escalation'));
  assert.ok(flags('customer', 'Nobody called me, nobody warned me. This is total incompetence from your bank.').includes('intent.complaint'));
  // A replacement or full compensation promised is a refund promise; an investment "locking in" a return is no refund.
  assert.ok(flags('agent', '您别着急，这个事情我一定给您处理好，肯定给您换一根新的，换不了就全额赔偿您，您放心。').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "Realistically you won't lose a cent, and with where gold's heading you're locking in at least thirty percent over the five years.").includes('service.no_refund_promise'));
  // Gold kept as a keepsake is not leaving; an account left as one is.
  assert.ok(!flags('customer', '没事，我们就是留着当纪念，不打算卖。').includes('intent.churn'));
  assert.ok(flags('customer', '行 那我这周一的定期到期了就全部挪过去 这户头你们就留着当纪念吧').includes('intent.churn'));
});
