import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 155 onwards (phrasing-rounds-137.test.ts holds rounds 137–154): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 155 (fresh297/fresh298 causes, after their blind score; measured blind on fresh299/fresh300): their lease, had a patient, 有个病人, 打电话来闹, 的公司真是, went off saying, 人跑了, 另一个签字人, 换一家买, 到底行不行, no exactly chuffed, compensated, as good as in your pocket, as per the mandate, 上限设成', () => {
  // A leasing company's fee, the caller's own patients, a supplier firm, a scam seller and a co-signatory are not the bank; the
  // bank's fees or its slowness over a signatory change are.
  assert.ok(!flags('customer', "It's daylight robbery. Anyway, I want out of their lease and wondered if you do equipment finance for clinics.").includes('intent.complaint'));
  assert.ok(flags('customer', "It's daylight robbery. Your fees have doubled and nobody told me.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi, I'm on reception at a dental clinic. We've had a patient in this morning shouting that he wanted to speak to our manager, complaining about his bill.").includes('intent.complaint'));
  assert.ok(!flags('customer', '就是有个病人上周做了三次理疗，刷卡的时候机器卡了一下，他说被扣了两次钱，一千二的扣了两遍，现在天天打电话来闹。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我姓林，开了个小牙科诊所。哎我跟你说，那个卖牙椅的公司真是太坑了，说好一个月送到，拖了三个月。').includes('intent.complaint'));
  // Another supplier is no other bank.
  assert.ok(!flags('customer', '是啊，我不是怪你们银行啊，是那个厂家不靠谱。我想问问你们有没有设备分期，我想换一家买。').includes('intent.churn'));
  assert.ok(!flags('customer', "Hi Hannah, just a quick one. Last week our payment to the tournament organisers bounced, and our chairman went off saying he'd report you to the ombudsman.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，气死我了，网上找了个做球衣的，交了两千定金，人跑了，微信也拉黑我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我是城南跑团的财务，我们账户是双签的，另一个签字人老周每次都要审批，太麻烦了。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行效率真是高啊，一个变更签字人，办了两个月了，业主们都以为我们委员会把维修基金吞了。').includes('intent.complaint'));
  // 到底行不行 after a third time, and 'no exactly chuffed', complain.
  assert.ok(flags('customer', '这已经是第三次了，代发工资晚到两天，护士们都来找我，你们银行这系统到底行不行？').includes('intent.complaint'));
  assert.ok(flags('customer', "Aye, morning. I'm no exactly chuffed with how your branch treated our volunteer on Saturday.").includes('intent.complaint'));
  // Compensation sworn before any review, and a return 'as good as in your pocket', promise.
  assert.ok(call(['agent', "I'll raise a complaint, and don't worry, I'll make sure you and the nurses are compensated for all of it, every penny of those charges."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', 'In theory. But between you and me, this index has been going up for years. That six percent is as good as in your pocket already.']).includes('sales.no_guaranteed_returns'));
  // A mandate read out, and a limit changed, before the check.
  assert.ok(call(['customer', 'I want to know who all are signatories on our account now.'], ['agent', 'Sure sir, one minute. As per the mandate, there are two signatories, Mr Rajesh Menon and Mr Suresh Pillai.'], ['agent', 'Now for security, kindly tell me your full name and date of birth.']).includes('identity.verification'));
  assert.ok(call(['customer', '能不能五千块以下的支出只要我一个人签就行？'], ['agent', '可以的，我这边直接帮您把单人授权的上限设成五千元。'], ['agent', '对，已经改好了，马上生效。'], ['agent', '然后我还需要核实一下您的身份，请报一下姓名和身份证号后四位。']).includes('identity.verification'));
});

test('round 156 (fresh299/fresh300 causes, after their blind score; measured blind on fresh301/fresh302): they sorted it in a day, planning application, 这个开发商, 我是气那个, at the council, 到了没有, account has no fees, 跟定期存款一回事, 出版基金, 打到别家去, told him no way', () => {
  // Another bank that 'sorted it in a day' is no praise for this one; the agent who sorted it is.
  assert.ok(flags('customer', "Because I've called your business team five times and not one person has called me back. It's been useless. So I'm moving the practice's accounts to Metro Bank, they sorted it in a day.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I was all set to ask for a manager, but no need, you've sorted it in two minutes.").includes('intent.complaint'));
  // A council, a developer client, a printer and a chair's threat at the council are not the bank; the bank itself is.
  assert.ok(!flags('customer', "Typical. And the council still hasn't decided on their planning application, so they're using that as an excuse not to pay my fees. The whole system is a joke.").includes('intent.complaint'));
  assert.ok(!flags('customer', '气死我了，这个开发商拖了我们半年了，每次都说下周付，一点信用都没有，这种甲方真是太坑了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我是气那个印刷厂，钱早就付了，书拖了一个月还没印出来，现在又说纸涨价要加钱，真是气死人。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Good. Our chair, Pat, is furious at the council for cutting the library's opening hours. She said she'd take them to the ombudsman!").includes('intent.complaint'));
  assert.ok(flags('customer', "I'm furious at your bank for closing the branch without a word. I'll take you to the ombudsman!").includes('intent.complaint'));
  // Money asked after (到了没有) and read out before a late check; a product's terms described touch no account.
  assert.ok(call(['customer', '有个新加坡的客户说上周就把尾款汇过来了，我想问问到了没有。'], ['agent', '稍等我看一下哈……有的有的，昨天下午到了一笔美元，四千二百美元，汇款行是新加坡的华侨银行。'], ['agent', '哦对了庞女士，按流程我还得跟您核实一下，您身份证后六位是多少？']).includes('identity.verification'));
  assert.ok(!call(['customer', 'We want to set up a separate savings pot for a campaign fund.'], ['agent', 'Lovely. Our community savings account has no fees and lets you hold money alongside your current account.']).includes('identity.verification'));
  // A structured deposit called 'the same as a fixed deposit' still needs its disclosure; a publishing grant's 基金 is no fund.
  assert.ok(call(['agent', '屈老师，我给您推荐一款结构性存款，挂钩黄金价格，一年期，到期肯定能拿到百分之四，跟定期存款一回事，还比定期高一倍。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我们出版社申请了一个出版基金的补助，要开个专户，我先问问要准备什么。'], ['agent', '开专户需要带营业执照、法人身份证、公章和基金下达的批复文件。']).includes('disclosure.wealth_risk'));
  // Payments redirected to another bank and the account given up leave; a husband's idea refused does not.
  assert.ok(flags('customer', '算了，等这笔到了，我就让甲方以后把项目款都打到别家去，你们这边的账户我也不打算再用了。').includes('intent.churn'));
  assert.ok(!flags('customer', "And my husband says we should switch banks for the Friends account, no idea why, but I told him no way, you've always been fine.").includes('intent.churn'));
});

test('round 157 (fresh301/fresh302 causes, after their blind score; measured blind on fresh303/fresh304): 他们那个客服, keeps saying he\'ll, 嚷嚷着, someone would call me back, to the other bank, 这张卡转出三笔', () => {
  // A delivery platform's own support is not the bank's; the bank's is.
  assert.ok(!flags('customer', '果然，就是平台没打。他们那个客服永远是机器人，烦死了。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们那个客服永远是机器人，烦死了。').includes('intent.complaint'));
  // A bandmate's threats retold and waved off are not the caller's complaint.
  assert.ok(!flags('customer', "Quick one: our bassist wants to come off the joint account. He keeps saying he'll go to the ombudsman if we don't sort it, but I told him it's just paperwork.").includes('intent.complaint'));
  assert.ok(!flags('customer', '哦，原来是当时约定的。他天天嚷嚷着说要去投诉你们，我跟他说这是我们自己签的，我没什么意见。').includes('intent.complaint'));
  // A callback promised and never made, 'not good enough', complains; savings moved to 'the other bank' leave; transfers read
  // out before a late check need it first.
  assert.ok(flags('customer', "Forty-two quid! I asked about this in March and was told someone would call me back. Nobody did. It's just not good enough.").includes('intent.complaint'));
  assert.ok(flags('customer', "I've had a better rate offered elsewhere, I think I'll just move all my savings to the other bank when this matures.").includes('intent.churn'));
  assert.ok(call(['customer', '我是咖啡店老板，昨天转了三笔，有一笔说没到。'], ['agent', '我看一下啊……昨天您这张卡转出三笔，给李小雨八百六十元，给韩冬七百二十元，都显示成功。'], ['agent', '哦对了，不好意思，我还没核实您的身份，请问您的姓名和身份证后四位？']).includes('identity.verification'));
});

test('round 158 (fresh303/fresh304 causes, after their blind score; measured blind on fresh305/fresh306): chasing bank transfers, 去告他, 这个保姆, 你们这是搞什么, not entirely thrilled, month running, broken into, would\'ve moved, 我师傅说, 有权限批的主管, 后来想想', () => {
  // The caller's own customers, a debtor and a nanny are not the bank; the bank changing a debit date unannounced, and its app
  // refusing the same payment three months running, are.
  assert.ok(!flags('customer', "Morning. I'm a sparky, self-employed, and I'm fed up of chasing bank transfers. I want one of those little card readers I can take on jobs.").includes('intent.complaint'));
  assert.ok(!flags('customer', '唉，这个人真是太不讲信用了，天天说明天明天，我都想去告他了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '好好，快冻。这个保姆太不像话了，我对她那么好！').includes('intent.complaint'));
  assert.ok(flags('customer', '你们把我车贷的扣款日从二十号改到十号，根本没通知我，现在征信上多了一条逾期！你们这是搞什么？').includes('intent.complaint'));
  assert.ok(flags('customer', "Hello Michael. I'm, let's say, not entirely thrilled. That's the third month running your app has refused the payment to our nanny as unusual activity.").includes('intent.complaint'));
  // A wallet stolen from a van, a move that would have happened, and a mentor's move retold are no leaving; a move threatened is.
  assert.ok(!flags('customer', "Hi, I'm a decorator, my van got broken into last night and my wallet was in the glovebox. I need to cancel my card.").includes('intent.churn'));
  assert.ok(!flags('customer', "Brilliant. To be honest, if that hadn't come through this week I would've moved to another bank, but it did, so fair play to you.").includes('intent.churn'));
  assert.ok(flags('customer', "If that doesn't come through this week I'm moving to another bank.").includes('intent.churn'));
  assert.ok(!flags('customer', '哦，我师傅说他把账户都转到农行去了，说农行缴税方便，我没打算换啊，就问一下你们能不能缴。').includes('intent.churn'));
  // Someone with the power to approve asked for escalates; a manager thought of and dropped before calling does not.
  assert.ok(flags('customer', '理解理解，你们规定就是这样。那能不能帮我转给你们有权限批的主管，直接跟他说一下？明天就要用。').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我本来打算直接找你们经理的，后来想想还是先打客服吧。我给阿姨发工资的自动转账停了，不知道为什么。').includes('intent.escalation'));
});

test('round 159 (fresh305/fresh306 causes, after their blind score; measured blind on fresh307/fresh308): outstanding balance on the van finance, returned unpaid, stopped by our fraud team, overdraft\'s at minus, 三号扣的, my team leader, once the balance is, 给您回电, 补偿金, 被起诉, 有个前同事, kick a man while he\'s down, 刁难人, 气得要去, 社保卡是别的银行, 每次都是顶格, 没有任何理财', () => {
  // A loan's outstanding balance, a payment returned unpaid, a card stopped by the fraud team, an overdraft at minus and a
  // debit read out with its day need a check first.
  assert.ok(call(['customer', "Hiya, I've had a letter about my van loan, says I've missed a payment?"], ['agent', 'Right, so the outstanding balance on the van finance is eleven thousand two hundred and forty pounds, and the March payment of three hundred and twelve pounds was returned unpaid.']).includes('identity.verification'));
  assert.ok(call(['customer', 'My card got declined at the storage place, is it blocked or something?'], ['agent', 'Let me check. Yeah, the card ending two four eight was stopped yesterday by our fraud team after a payment to a van hire company in Leeds.'], ['agent', 'Ah okay. Can I just take your date of birth and postcode to confirm who I\'m speaking to?']).includes('identity.verification'));
  assert.ok(call(['customer', "I wanted to know where I'm at with my overdraft and my credit card."], ['agent', 'Name?'], ['customer', 'Jasmine Reid.'], ['agent', "Okay Jasmine, overdraft's at minus one thousand four hundred and twenty. Credit card, you missed last month's minimum of sixty-five pounds."]).includes('identity.verification'));
  assert.ok(call(['customer', '你们这个月又从我卡里扣了二十块钱 什么小额账户管理费'], ['agent', '我帮您看一下啊 您是尾号6633那张卡吧 对 这边显示是三号扣的二十元账户管理费 因为日均余额不足三百']).includes('identity.verification'));
  // A transfer to a team leader, an offer to look, a closing procedure, a callback and a fee review look at no account.
  assert.ok(!call(['customer', 'Jess, your bank charged me forty quid for paying in cash last month.'], ['agent', "Thanks for holding, I've got my team leader Mark here, I'm transferring you now."]).includes('identity.verification'));
  assert.ok(!call(['customer', 'Your card settlements take three days, my customers\' deposits are stuck.'], ['agent', "Standard settlement is next working day, let me see if there's a delay."], ['agent', 'You can close through the app or in branch once the balance is transferred.']).includes('identity.verification'));
  assert.ok(!call(['customer', '你们银行现在真是越来越离谱，去柜台存个钱还要收什么点钞费？'], ['agent', '好的，我理解，我现在帮您登记，请主管在二十四小时内给您回电。']).includes('identity.verification'));
  assert.ok(!call(['customer', '刷卡的费率啊，人家招行给我千分之五，你们千分之六。'], ['agent', '理解您的感受，费率是根据商户类型定的，我可以帮您申请一下优惠评估。']).includes('identity.verification'));
  // Severance pay (补偿金) asks no compensation, and a debtor afraid of being sued threatens no one; compensation demanded does.
  assert.ok(!flags('customer', '然后呢我有房贷、有车贷，还有一张你们的信用卡，我现在就是想搞清楚每个月到底要还多少钱，补偿金够不够撑，够撑多久。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们扣错了钱，太过分了，必须给我补偿！').includes('intent.complaint'));
  assert.ok(!flags('customer', '那我怎么办啊，我现在真的一分钱都拿不出来，会不会上征信，会不会被起诉？').includes('intent.complaint'));
  // A former colleague's threat retold is not the caller's; 'kick a man while he's down' and 刁难人 complain.
  assert.ok(!flags('customer', '哦，我有个前同事跟我一起被裁的，他说上次打电话问了半天没问清楚，还说要去银保监投诉你们呢。').includes('intent.complaint'));
  assert.ok(flags('customer', "Lovely. Real customer care, that. Kick a man while he's down.").includes('intent.complaint'));
  assert.ok(flags('customer', '我都失业了哪来的收入证明？你们这个规定就是刁难人！我在你们行存了十五年钱，一点情面都不讲。').includes('intent.complaint'));
  // A friend's anger retold asks for no manager; a social-security card from another bank is no leaving.
  assert.ok(!flags('customer', '我朋友也是搬家的，他说他们银行收了上门刷卡的押金，客户退押金的时候银行给冻住了，他气得要去找主管。我想问问你们这儿会不会这样？').includes('intent.escalation'));
  assert.ok(!flags('customer', '那我社保卡是别的银行的，能领吗？').includes('intent.churn'));
  // 每次都是顶格 … 肯定能拿到 promises; 没有任何理财产品是稳赚不赔的 denies.
  assert.ok(call(['agent', '说实话，这款这几年每次都是顶格，您放心，三点五是肯定能拿到的，跑不了。']).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', '跟您说实话，没有任何理财产品是稳赚不赔的，理财都有可能亏损。']).includes('sales.no_guaranteed_returns'));
});

test('round 160 (fresh307/fresh308 causes, after their blind score; measured blind on fresh309/fresh310): the hotel\'s been useless, 酒店也是, 投诉那个信贷员, 照常用, 还接着用, 我倒没想走, mind yourself, you\'ll have that … back', () => {
  // A hotel blamed in its own words, and a second third party (酒店也是) are no complaint about the bank; the bank's service is.
  assert.ok(!flags('customer', "They took a damage deposit and never gave it back. Honestly, the hotel's been useless, they won't answer emails.").includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly, your service has been useless, nobody answers my emails.").includes('intent.complaint'));
  assert.ok(!flags('customer', '酒店也是，说不可取消，一分钱都不退，真是太过分了。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们也是，说不能取消，一分钱都不退，真是太过分了。').includes('intent.complaint'));
  // 投诉那个 turns to a merchant, unless a bank employee follows it (信贷员).
  assert.ok(flags('customer', '拒就拒，态度那么差算怎么回事？我要投诉那个信贷员。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我不是投诉你们，我要投诉那个中介。').includes('intent.complaint'));
  // The rest kept (照常用, 还接着用) and a friend's move disowned (我倒没想走) are no leaving; a move threatened is.
  assert.ok(!flags('customer', '积分我上周已经换了机票了，剩下的无所谓。销掉吧，我的工资卡和另一张信用卡还是照常用。').includes('intent.churn'));
  assert.ok(!call(['customer', '我同事说你们结清手续麻烦，他打算换银行，我倒没这想法，储蓄卡我还接着用。']).includes('intent.churn'));
  assert.ok(!call(['customer', '嗯，我有个同行老李说你们审批太慢了，他说要把账户都搬到城商行去。'], ['customer', '我倒没想走啊，我在你们这儿十几年了，就是想问问清楚。']).includes('intent.churn'));
  assert.ok(call(['customer', '你们审批太慢了，我要把账户都搬到城商行去。']).includes('intent.churn'));
  // An Irish farewell (mind yourself) closes politely; a bare 'Anything else?' does not.
  assert.ok(!call(['agent', 'Hiya, Shannon Credit Union, this call is recorded. How can I help you?'], ['customer', 'Just checking the payment break form arrived.'], ['agent', 'No bother. Anything else? Mind yourself, Sean, bye.']).includes('closing.polite'));
  assert.ok(call(['agent', 'Hiya, Shannon Credit Union, this call is recorded. How can I help you?'], ['customer', 'Just checking the payment break form arrived.'], ['agent', 'It arrived. Anything else?']).includes('closing.polite'));
  // An amount promised back ('you'll have that nine eighty back … guaranteed') is a refund promise; a card coming back is not.
  assert.ok(call(['agent', "No worries. I'll log a dispute, and you'll have that nine eighty back in a week or so, guaranteed."]).includes('service.no_refund_promise'));
  assert.ok(!call(['agent', "I'll log a dispute now. I can't promise the outcome, and you'll have that card back from the courier by Friday."]).includes('service.no_refund_promise'));
});

test('round 161 (fresh309/fresh310 causes, after their blind score; measured blind on fresh311/fresh312): accounts over to the credit union, costing me customers, it\'s an insult, 两个月还, 我装修队都等着开工, 那个营地, 老板欠我, 上周投诉过一笔, blue chips, the market, I can see six hundred, I can see why that', () => {
  // Accounts moved 'over to the' credit union leave; a payment from two accounts 'to the' credit union's desk does not.
  assert.ok(flags('customer', "We've heard that before. The board voted last night. We're moving all the co-op accounts over to the credit union next month.").includes('intent.churn'));
  assert.ok(!flags('customer', "I'm paying the invoice from the two club accounts to the credit union's loan desk.").includes('intent.churn'));
  // The harm named beside a runaround ('costing me customers'), loyalty slighted ('it's an insult') and sarcasm beside a wait (两个月还在排期) complain; a wait asked after does not.
  assert.ok(flags('customer', "This is the third time your settlements have been late. It's costing me customers.").includes('intent.complaint'));
  assert.ok(!flags('customer', "The road works outside have been costing me customers, so I need a bit of overdraft.").includes('intent.complaint'));
  assert.ok(flags('customer', "Twelve years we've banked with you and not a single missed payment. It's an insult, and nobody even rang me to explain.").includes('intent.complaint'));
  assert.ok(flags('customer', '哈，你们可真是太高效了，两个月还在排期，营地国庆都过完了，客人刷不了卡全跑了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我那个装修贷款申请两个月了，想问问到哪一步了。').includes('intent.complaint'));
  // A crew kept waiting by the bank (我装修队都等着开工) is the bank's fault; a crew that ran off with the deposit, a campsite and a debtor are someone else's.
  assert.ok(flags('customer', '又是复核！上次打电话就说复核，你们这个效率也太差了，我装修队都等着开工。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我去年找了个装修队，收了定金人就跑了，太缺德了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，那个营地太黑了，老板还凶得很，什么态度！').includes('intent.complaint'));
  assert.ok(!flags('customer', '哎，你好，我想问一下，有个饭店老板欠我三万多的鱼钱，拖了半年了，电话也不接，气死我了。').includes('intent.complaint'));
  // A past complaint followed up (上周投诉过一笔 … 退了没有) is none; a new one is.
  assert.ok(!flags('customer', '你好，我上周投诉过一笔重复扣款，就是我店里进货那笔，想问下退了没有。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们乱扣我的钱，气死我了，我要投诉。').includes('intent.complaint'));
  // Shares sold as safe are the returns rule's, not a refund promise; a double charge promised back is one.
  assert.ok(!call(['agent', "Honestly, between you and me, you won't lose a cent on this one. It's blue chips, it only goes up over a year."]).includes('service.no_refund_promise'));
  assert.ok(!call(['agent', "In theory. But between you and me, it's tracked the whole world market, you won't lose a penny if you hold it five years."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', "Don't worry about the double charge, you won't lose a penny, it'll be back on your card by Friday."]).includes('service.no_refund_promise'));
  // An amount seen going out ('I can see six hundred to …') needs a check first; sympathy ('I can see why that worries you') looks at no account.
  assert.ok(call(['customer', 'A motorhome hire firm has charged me six hundred for damage I didn\'t do.'], ['agent', 'Right, yeah, I can see six hundred to Roamers Motorhome Hire on the twentieth, and a fuel payment at Tebay services just before it.'], ['agent', "I'll just need your date of birth to log it."]).includes('identity.verification'));
  assert.ok(!call(['customer', 'How do card disputes work for hire firms?'], ['agent', 'I can see why that worries you. A dispute usually takes up to forty-five days.']).includes('identity.verification'));
});

test('round 162 (fresh311/fresh312 causes, after their blind score; measured blind on fresh313/fresh314): your branch was incredibly rude, really on top of things, my accountant keeps complaining, I\'d have asked for your manager, 换到她那个银行, is blocked because, available limit is, never goes below what you put in, you will get that … back, 存款是保本的, FSCS protection', () => {
  // The bank's counter staff called rude complain; a receptionist elsewhere does not.
  assert.ok(flags('customer', "I'm the treasurer of Eastside Karate Club and I'm calling because the woman at your High Street branch was incredibly rude to me yesterday.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I'm so annoyed, this massage place charged me twice and the receptionist was super rude when I asked.").includes('intent.complaint'));
  // Sarcasm beside a runaround ('really on top of things') complains; the caller's accountant grumbling does not, the caller's own complaining does.
  assert.ok(flags('customer', "Third time I've sent my marriage certificate. You lot are really on top of things, aren't you.").includes('intent.complaint'));
  assert.ok(!flags('customer', "They get mixed up with the term fees and my accountant keeps complaining about it at the end of every year.").includes('intent.complaint'));
  assert.ok(flags('customer', "I keep complaining about your fees and nothing changes.").includes('intent.complaint'));
  // A manager the caller would have asked for is no request; one threatened is.
  assert.ok(!flags('customer', "Brilliant. Honestly if you'd told me I had to go into a branch I'd have asked for your manager, but that was painless.").includes('intent.escalation'));
  assert.ok(flags('customer', "If you tell me I have to go into a branch I'm asking for your manager.").includes('intent.escalation'));
  // Salary cards moved to a wife's bank (换到她那个银行) leave; money sent to her card (打到她那个银行卡) does not.
  assert.ok(flags('customer', '我不想折腾了。我们两口子打算把工资卡都换到她那个银行去，这边的钱月底我全转走。').includes('intent.churn'));
  assert.ok(!flags('customer', '我每个月给我老婆打点生活费，直接打到她那个银行卡上就行吧？').includes('intent.churn'));
  // A block read out with its cause and the limit left needs a check first.
  assert.ok(call(['customer', 'My card kena declined just now.'], ['agent', 'OK, I see this card ending 6844 is blocked, because got three wrong PIN yesterday at the ATM, and your available limit is four thousand two.'], ['agent', 'Can I verify your full name and NRIC last four?']).includes('identity.verification'));
  // A floor promised on a unit trust ('never goes below what you put in') is a guaranteed return, not a refund promise.
  assert.ok(call(['agent', "Don't worry lah, even worst case you confirm get back your money one, it never goes below what you put in if you hold three years."]).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', "Don't worry lah, even worst case you confirm get back your money one, it never goes below what you put in if you hold three years."]).includes('service.no_refund_promise'));
  // 'you will get that second payment back, one hundred percent' promises a refund; a card coming back does not.
  assert.ok(call(['agent', "Don't you worry, I'll file a dispute and you will get that second payment back, one hundred percent."]).includes('service.no_refund_promise'));
  assert.ok(!call(['agent', "The courier has it, you'll get that card back by Thursday."]).includes('service.no_refund_promise'));
  // A deposit set against the product (存款是保本的，投连险不是) denies; the product called as safe as a deposit promises.
  assert.ok(!call(['agent', '存款是保本的，投连险不是，如果您追求稳定，其实不太建议。']).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '这个投连险跟存款一样，是保本的，您放心。']).includes('sales.no_guaranteed_returns'));
  // FSCS cover on a joint savings bond is a deposit, not a wealth product.
  assert.ok(!call(['customer', 'We just got married and want somewhere safe for our savings.'], ['agent', 'Yes, as a joint bond, and the FSCS protection then covers up to a hundred and seventy thousand for the two of you.']).includes('disclosure.wealth_risk'));
});

test('round 163 (fresh313/fresh314 causes, after their blind score; measured blind on fresh315/fresh316): moving all my accounts to … as soon as, I would have moved my account to, 二手车行, 开转账凭证, 生意还做不做, the insurer, oh, mate reckons I should have asked for', () => {
  // Every account moved somewhere by a date leaves; accounts moved to joint names do not.
  assert.ok(flags('customer', "Well, after this I'm done with Pinewood anyway. I'm moving all my accounts to Northgate as soon as this is sorted.").includes('intent.churn'));
  assert.ok(!flags('customer', "Now we're married, I'm moving all my accounts to joint names with my wife.").includes('intent.churn'));
  // A move the caller would have made, had the bank said no, is none; one threatened is.
  assert.ok(!flags('customer', "Honestly if you all said no I would have moved my account to another bank already, but okay lah, you settled it, so no problem.").includes('intent.churn'));
  assert.ok(flags('customer', "If you say no I'm moving my account to another bank.").includes('intent.churn'));
  // A used-car lot blamed, and evidence asked of the bank for a case against it, are no complaint; legal action threatened at the bank is.
  assert.ok(!flags('customer', '我跟你说，那个二手车行真是太坑了，车有问题还死活不给退定金。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我就想问，如果我想走法律途径，银行这边能不能开转账凭证出来？').includes('intent.complaint'));
  assert.ok(flags('customer', '你们再不处理，我就走法律途径。').includes('intent.complaint'));
  // A business frozen twice (我生意还做不做了) complains.
  assert.ok(flags('customer', '我收二手手机，当然是很多人转钱给我啊！你们一次两次地冻，我生意还做不做了？').includes('intent.complaint'));
  // An insurer praised in sarcasm is someone else's grievance; the bank praised so is the caller's.
  assert.ok(!flags('customer', "Morning. I just want to check whether the insurance payout has landed. The insurer, oh, they've been absolutely wonderful, six weeks of losing my photos and asking for the same receipts. Marvellous people.").includes('intent.complaint'));
  assert.ok(flags('customer', "Oh, you've been absolutely wonderful, six weeks of losing my documents and asking for the same receipts. Marvellous.").includes('intent.complaint'));
  // A mate's advice to ask for a manager, turned down, asks for nobody; a manager asked for does.
  assert.ok(!flags('customer', "Sounds fine. My mate reckons I should have asked for a manager to get a better rate, but nah, that's plenty for me.").includes('intent.escalation'));
  assert.ok(flags('customer', "That rate's no good. I want to speak to a manager about a better one.").includes('intent.escalation'));
});

test('round 164 (fresh315/fresh316 causes, after their blind score; measured blind on fresh317/fresh318): keep my everyday account, told me he closed, 说是找过你们主管, she complained and asked for a manager, that app is useless, 他们那个银行, 保健品推销的忽悠, this is your fault, 客户都是傻子', () => {
  // One card closed with the rest kept, and a friend's closure retold and disowned, are no leaving; the caller's own closure is.
  assert.ok(!call(['customer', "Hi, I want to cancel my fuel card. I've gone electric for my rideshare car, so I don't need it."], ['customer', 'Great. Just the fuel card, mind, keep my everyday account and the car loan as they are.']).includes('intent.churn'));
  assert.ok(!flags('customer', "Hi, my friend told me he closed his account with you because his Ola payouts were slow. I'm not planning to do that, I just want to understand the timing.").includes('intent.churn'));
  assert.ok(flags('customer', "My payouts are always slow, so I'm closing my account with you this week.").includes('intent.churn'));
  // A colleague's or sister's manager retold asks for nobody; the caller's own request does.
  assert.ok(!flags('customer', '你好，我跑外卖的，我同事上个月车贷延期，说是找过你们主管才批下来的。').includes('intent.escalation'));
  assert.ok(!flags('customer', "So my sister rang you last month about our mum's standing order and she was, well, she complained and asked for a manager. I'm not doing that, don't worry, I just want to change the amount.").includes('intent.escalation'));
  assert.ok(flags('customer', '你们这个延期批不下来，我要找你们主管。').includes('intent.escalation'));
  // A transfer app, a bank abroad and a mother's hawkers blamed are no complaint about the bank.
  assert.ok(!flags('customer', "Right, so it's them. Honestly that app is useless, and her bank over there is even worse, they take weeks for everything.").includes('intent.complaint'));
  assert.ok(!flags('customer', '那就是越南那边的银行慢了，他们那个银行真是烂，上次也拖了一个礼拜，那边的人说话还爱答不理的。').includes('intent.complaint'));
  assert.ok(!flags('customer', '现在是五千，我想调到两千，她最近老被那些保健品推销的忽悠。').includes('intent.complaint'));
  // Blame laid on the bank and customers taken for fools complain; the bank excused does not.
  assert.ok(flags('customer', "Your app went down on Saturday night and my car loan payment failed. This is your fault, not mine.").includes('intent.complaint'));
  assert.ok(flags('customer', '再加上汇率还比别家差，你们是不是觉得客户都是傻子？').includes('intent.complaint'));
  assert.ok(!flags('customer', "It's not your fault, the merchant messed up.").includes('intent.complaint'));
});

test('round 165 (fresh317/fresh318 causes, after their blind score; measured blind on fresh319/fresh320): only going one way, locked in for you, how much of my renovation loan, still held back, 卡片目前状态是, give them your routing, you\'d move your, salary comes into my, your app has crashed, 这公司太, 这房东, 业务员跟我说', () => {
  // Shares sold as 'only going one way' are the returns rule's, not a refund promise; a past return 'locked in for you' promises, a deposit's rate locked in does not.
  assert.ok(!call(['agent', "Honestly it's a safe bet, renewables are only going one way, you won't lose a penny and you'll do way better than a savings account."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', "It invests in wind and solar farms. It's returned nine percent every single year, and that's locked in for you if you come in now."]).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', 'Our two-year fixed deposit pays four percent, and that rate is locked in for the full term.']).includes('sales.no_guaranteed_returns'));
  // Staged loan releases and a new card's status read out need a check first; a payment set up elsewhere and advice on a move read nothing out.
  assert.ok(call(['customer', "Hi Josh, I need to know how much of my renovation loan's already gone to the contractor."], ['agent', 'Sure thing. Looking at it now, stage one of fifteen thousand went out in January, stage two of twelve thousand went last week, and eighteen thousand is still held back.'], ['agent', 'Ah, I should have done this first, sorry. Can you give me your name and the answer to your security question?']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我上周申请的信用卡，卡片寄到了，我想问问现在能用了没。'], ['agent', '好的，我这边查一下，您的卡片目前状态是未激活，额度是八千元。'], ['agent', '好的，激活之前需要先核实您的身份，请问您的姓名和身份证号后六位？']).includes('identity.verification'));
  assert.ok(!call(['customer', 'My student loan grace period ends next month and I want to set up payments from my checking.'], ['agent', 'Okay, so the payments themselves are set up with your loan servicer, not with us. You just give them your routing and account number.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Can the rent come out of a pot directly?'], ['agent', "Yes, you can pay direct debits and standing orders from a bills pot, so you'd move your rent standing order over from the other bank."], ['agent', 'Can you confirm your name, date of birth and the code I\'ve sent to the app?']).includes('identity.verification'));
  // A salary account described is no move; a move announced is.
  assert.ok(!flags('customer', "My salary comes into my Monzo, but my rent is paid from an old student account at another bank, and I want to start saving for a house deposit.").includes('intent.churn'));
  assert.ok(flags('customer', "I'm moving my salary to Monzo this month and closing everything with you.").includes('intent.churn'));
  // An app crashing every payday complains; an installer and a landlord blamed do not.
  assert.ok(flags('customer', "Honestly I'm calling to say I'm done. Your app has crashed every payday for three months and I keep getting charged for stuff.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，付了尾款三万二，他们拿了钱就不来修了，这公司太不像话了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '喂，你好，我想查一笔转账记录，我房东说没收到我的押金，太气人了，这房东就是想赖账。').includes('intent.complaint'));
  // A salesman's claim checked with the bank, answered with its disclaimer, sells nothing.
  assert.ok(!call(['customer', '你好，有个光伏安装的业务员跟我说，装他们的板子稳赚不赔，发电收益保底，贷款还是你们银行放的，是真的吗？'], ['agent', '发电收益要看日照、设备和电价政策，我行不做任何收益保证，安装商的承诺也不代表银行。']).includes('disclosure.wealth_risk'));
});

test('round 166 (fresh319/fresh320 causes, after their blind score; measured blind on fresh321/fresh322): percent is in the bag, if I were to move, 寄养店, 这人真是, 找律师问问, nothing to do with the bank, missed payments affect, card is still active, last used yesterday, 根据来电号码查到', () => {
  // A fund's six percent 'in the bag' is a guaranteed return, not a refund promise.
  assert.ok(!call(['agent', "Realistically? Between you and me, the six percent is in the bag. It's done that every year for a decade, you won't lose a cent."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', "Realistically? Between you and me, the six percent is in the bag. It's done that every year for a decade, you won't lose a cent."]).includes('sales.no_guaranteed_returns'));
  // A move asked about hypothetically is none; a move announced is.
  assert.ok(!flags('customer', 'If I were to move my everyday banking to another bank, would that affect the loan at all?').includes('intent.churn'));
  assert.ok(flags('customer', "I'm moving my everyday banking to another bank next month.").includes('intent.churn'));
  // A kennel, a husband's spending, a divorce lawyer consulted and an ex's threat aimed at the caller are no complaint about the bank; a lawyer threatened at the bank is.
  assert.ok(!flags('customer', '我姓冯。我跟你说那个寄养店太坑了，狗放了五天，给我扣了两次钱！').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，就是这些，这是他自己乱花的，我根本不知道，这人真是太过分了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '行，那我心里有数了，我去找律师问问。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们再这样乱扣钱，我就找律师告你们。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Only reason I ask is she's constantly saying she'll go to the ombudsman about me if a payment's a day late. Not about you lot, obviously, it's nothing to do with the bank, she's just like that.").includes('intent.complaint'));
  // General advice on missed payments reads nothing out; an additional card's status and last use, and a loan's approval found by the calling number, need a check first.
  assert.ok(!call(['customer', 'And for the mortgage, can I just stop paying my half?'], ['agent', "I wouldn't recommend that. You're both jointly responsible for the full payment, so missed payments affect both your credit files."], ['agent', "If you'd like me to check anything on your accounts, I'll need to verify you first. Can I take your name and the code I've sent?"]).includes('identity.verification'));
  assert.ok(call(['customer', 'I want to know if the card my husband had is still active on my account.'], ['agent', "Sure, let me look you up by phone number... okay, I've got you. The additional card is still active, last used yesterday at a petrol station."], ['agent', 'Oh, and can I grab your date of birth and postcode just to verify?']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我上个月申请了你们的小微贷，想问审批到哪了。'], ['agent', '好的，我这边根据来电号码查到一个申请，是您本人吗？'], ['agent', '好的，您的贷款申请已经审批通过，额度二十万，等您去网点签合同。']).includes('identity.verification'));
});

test('round 167 (fresh321/fresh322 causes, after their blind score; not yet measured blind): 隔壁卖, 我继续用, 你们这边我不用了, 那个骗子, 一次都没低过, 安心等着就行, only ever goes one way, mortgage money been released, scheduled to go to your solicitor, I should\'ve done this first', () => {
  // A neighbouring stall-holder's talk of switching, with the caller staying, is no leaving; a move to the bank next door (隔壁那家银行) and takings moved away (你们这边我不用了) are.
  assert.ok(!call(['customer', '确定。我跟你说啊，我们隔壁卖奶茶的老李天天说要换银行，嫌你们手续费高。'], ['customer', '我继续用啊，我用着挺好的，就是副卡用不着了。']).includes('intent.churn'));
  assert.ok(flags('customer', '我下个月就把工资卡换到隔壁那家银行去。').includes('intent.churn'));
  assert.ok(flags('customer', '登记登记，每次都登记。算了，我以后营业款全部走网商银行，你们这边我不用了。').includes('intent.churn'));
  // A QR-code scammer blamed is no complaint about the bank; the bank called 缺德 is.
  assert.ok(!flags('customer', '那个骗子真缺德，专挑我们这种小摊下手。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们真缺德，专挑我们这种小摊收手续费。').includes('intent.complaint'));
  // A structured deposit's record promised forward (一次都没低过 … 到期肯定就是) guarantees; a refund's wait (一分不少，您就安心等着) does not.
  assert.ok(call(['agent', '说实话这款从发行到现在一次都没低过，每期都是最高档，您放心，到期肯定就是百分之三点二，跑不掉的。']).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', '我这边已经帮您提交了重复扣款核查工单。'], ['agent', '对，一分不少，您就安心等着就行。']).includes('sales.no_guaranteed_returns'));
  // Property 'only ever goes one way' is a guaranteed return, not a refund promise.
  assert.ok(!call(['agent', "Ah, sure look, it's bricks and mortar, it only ever goes one way. You won't lose a penny on this one."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', "Ah, sure look, it's bricks and mortar, it only ever goes one way. You won't lose a penny on this one."]).includes('sales.no_guaranteed_returns'));
  // A mortgage drawdown read out before the check, with the check's lateness admitted ("I should've done this first"), is late.
  assert.ok(call(['customer', "Has the mortgage money been released?"], ['agent', 'Let me pull that up from your number... yes, funds of two hundred and ten thousand are scheduled to go to your solicitor tomorrow at nine a.m.'], ['agent', "Actually, sorry, I should've done this first. Can you confirm your full name and postcode?"]).includes('identity.verification'));
});

test('round 168 (fresh323/fresh324 causes, after their blind score; measured blind on fresh325/fresh326): he\'s got … in there, you had … settled, … dollars this morning, … dollars was released, LPA reference, nobody there reads, ten out of ten for effort, 可真是贴心, 真是太到位了, shifting all my accounts … to HDFC, never seen it lose', () => {
  // A holder's balance told to the person calling for him, takings told by day, a payment with its amount and when, and a batch's
  // amount with what became of it are read-outs: a check only after them is late.
  assert.ok(call(['customer', "My dad's blind, he wants to know what's in his account."], ['agent', "He's got two thousand three hundred and eleven in there."], ['agent', 'Is he there? I need his date of birth.']).includes('identity.verification'));
  assert.ok(!call(['customer', "My dad's blind, he wants to know what's in his account."], ['agent', 'Is he there? I need his date of birth.'], ['customer', 'Fifth of May, forty-one.'], ['agent', "Thanks. He's got two thousand three hundred and eleven in there."]).includes('identity.verification'));
  assert.ok(call(['customer', 'My card machine payouts look a bit short this week.'], ['agent', 'Right, so Monday you had two thousand one hundred settled, and Wednesday is still pending.'], ['agent', 'Can you confirm your date of birth and the postcode on the account?']).includes('identity.verification'));
  assert.ok(call(['customer', 'His card got declined at the pharmacy, can you tell me why?'], ['agent', 'Yeah, our fraud system flagged a payment to a gaming site for two hundred and ten dollars this morning.'], ['agent', 'Your date of birth and the code we just texted you?']).includes('identity.verification'));
  assert.ok(call(['customer', 'Just want to know if our payroll went out this morning.'], ['agent', 'Yes, the batch of fifty-three salaries totalling one hundred and eighty-four thousand dollars was released at nine.'], ['agent', 'Oh, and just for security, can I take your name and the last four of your NRIC?']).includes('identity.verification'));
  // ...but a general limit with an amount reads nothing out.
  assert.ok(!call(['customer', 'How do international payments work?'], ['agent', 'Anything over five thousand dollars is checked by our payments team before it is released.']).includes('identity.verification'));
  // An attorney's registration reference asked with the name is a check.
  assert.ok(!call(['customer', "Can you check the power of attorney on my mother's account?"], ['agent', 'Can I take your name and the LPA reference number?'], ['customer', 'Daniel Mensah, L P A nine seven seven two one.'], ['agent', "I can see it was uploaded but it's showing as pending review."]).includes('identity.verification'));
  assert.ok(call(['customer', "Can you check the power of attorney on my mother's account?"], ['agent', 'Can I take your name, please?'], ['customer', 'Daniel Mensah.'], ['agent', "I can see it was uploaded but it's showing as pending review."]).includes('identity.verification'));
  // Notes ignored and sarcastic marks complain; sincere marks do not.
  assert.ok(flags('customer', "We've asked five times for text only. Five times! It's like nobody there reads the notes.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Well, it did. Ten out of ten for effort.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Ten out of ten, that was quick, thank you.').includes('intent.complaint'));
  assert.ok(flags('customer', '你好，我是全盲的，用读屏软件的。你们新版手机银行可真是贴心啊。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这无障碍改造做得真是太到位了，到位到盲人一个都用不了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你们新版手机银行挺好用的，谢谢啊。').includes('intent.complaint'));
  // Every account and the loan shifted to a named bank leaves; savings shifted within the bank do not.
  assert.ok(flags('customer', 'Tell him also, if this is not sorted, I am shifting all my accounts and the loan to HDFC next month itself.').includes('intent.churn'));
  assert.ok(!flags('customer', 'I am shifting all my savings into the fixed deposit here next month.').includes('intent.churn'));
  // A fund 'practically guaranteed' with a spotless record promises; a refund 'practically guaranteed' is no return promised.
  assert.ok(call(['agent', "Understand. But honestly, between you and me, it's practically guaranteed. Paid out four per cent every year for ten years, I've never seen it lose."]).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', "Your chargeback is practically guaranteed once the merchant confirms."]).includes('sales.no_guaranteed_returns'));
});

test('round 169 (fresh325/fresh326 causes, after their blind score; measured blind on fresh327/fresh328): they\'re an absolute joke, game company, 游戏公司, your lot keep losing, apologies don\'t pay, pointless, 瞎搞, 没面子, 要是你们哪天, 不在那个平台, 网上支付停了, one of my card readers, 不销了, transfer you, thank you, balance was, 昨晚…点那笔…元, income goes up and down', () => {
  // A delivery app and a game company blamed in their own words are no complaint about the bank; the bank blamed the same way is.
  assert.ok(!flags('customer', 'Hi, Deliveroo have clawed back six hundred quid from my account and I haven\'t had a single complaint. They\'re an absolute joke.').includes('intent.complaint'));
  assert.ok(flags('customer', 'You have clawed back six hundred quid from my account. You lot are an absolute joke.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Can you get it back? The game company are a joke, honestly, worst customer service ever.').includes('intent.complaint'));
  assert.ok(flags('customer', 'Can you get it back? Your bank is a joke, honestly, worst customer service ever.').includes('intent.complaint'));
  assert.ok(!flags('customer', '对就是这个，那游戏公司客服简直离谱，电话打不通，邮件也不回，什么垃圾公司。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们客服简直离谱，电话打不通，邮件也不回。').includes('intent.complaint'));
  // Papers lost again, an apology brushed off, the bank's checks called pointless, its fraud controls 瞎搞 and the caller shamed before staff complain; the caller's own slips do not.
  assert.ok(flags('customer', 'I have sent those. Three times. Your lot keep losing them.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'I keep losing my card, silly me. Can I order another?').includes('intent.complaint'));
  assert.ok(flags('customer', "Apologies don't pay the builders.").includes('intent.complaint'));
  assert.ok(flags('customer', "Your checks are pointless, honestly, what's the point of the confirmation of payee thing if it doesn't stop this?").includes('intent.complaint'));
  assert.ok(!flags('customer', "Honestly it's pointless me going into the branch, I'll do it online.").includes('intent.complaint'));
  assert.ok(flags('customer', '我那个是限量款，现在没货了，你们这风控就是瞎搞！').includes('intent.complaint'));
  assert.ok(!flags('customer', '是我自己瞎搞的，密码输错了三次。').includes('intent.complaint'));
  assert.ok(flags('customer', '系统升级也不提前说，你们这样搞我在员工面前很没面子。').includes('intent.complaint'));
  // Leaving some day if ever (fine for now), a delivery platform left, a card's online payments stopped, one of several card readers cancelled and a closure taken back (不销了) are no leaving.
  assert.ok(!flags('customer', '说实话要是你们哪天手续费也乱涨，我就换银行了，不过现在还行。').includes('intent.churn'));
  assert.ok(flags('customer', '你们手续费再乱涨，我下个月就换银行。').includes('intent.churn'));
  assert.ok(!flags('customer', '这个平台真是越来越离谱，下个月我就不在那个平台上了，换别家。').includes('intent.churn'));
  assert.ok(flags('customer', '你们真是越来越离谱，下个月我就换别家银行。').includes('intent.churn'));
  assert.ok(!flags('customer', '什么？！这小子。那能不能把这卡的网上支付停了？').includes('intent.churn'));
  assert.ok(flags('customer', '这卡我不想用了，给我停了吧。').includes('intent.churn'));
  assert.ok(!flags('customer', "Hiya, I need to cancel one of my card readers. My landlord's doubled the rent on my second shop so I'm shutting it.").includes('intent.churn'));
  assert.ok(flags('customer', 'Hiya, I need to cancel my card and close my account.').includes('intent.churn'));
  assert.ok(!call(['customer', '系统升级也不提前说，我真想把账户销了。'], ['customer', '算了算了，销户也麻烦，代发都绑在你们这儿，不销了。']).includes('intent.churn'));
  assert.ok(call(['customer', '系统升级也不提前说，我真想把账户销了。'], ['customer', '你们下次注意点就行。']).includes('intent.churn'));
  // A transfer with a thank-you closes politely; a bare transfer does not.
  assert.ok(!call(['customer', 'I want to talk to your manager.'], ['agent', 'Understood, I\'ll pass that on. Please hold while I transfer you, thank you.']).includes('closing.polite'));
  assert.ok(call(['customer', 'I want to talk to your manager.'], ['agent', 'Please hold while I transfer you.']).includes('closing.polite'));
  // A bounced payment with the balance it met, and a charge told by its time of day and amount, are read-outs: a check only after them is late.
  assert.ok(call(['customer', "Is this month's loan payment gone out?"], ['agent', 'Yes, I see it bounced yesterday, it was six hundred and forty pounds and your balance was just under four hundred.'], ['agent', 'Before we go further, can I just take your date of birth and the passcode?']).includes('identity.verification'));
  assert.ok(!call(['customer', "Is this month's loan payment gone out?"], ['agent', 'Before we go further, can I just take your date of birth and the passcode?'], ['customer', 'Twenty-fifth of March ninety, passcode is taro.'], ['agent', 'Thanks. Yes, I see it bounced yesterday, it was six hundred and forty pounds and your balance was just under four hundred.']).includes('identity.verification'));
  assert.ok(call(['customer', '我刚收到短信说我的卡消费了，但我没买东西啊。'], ['agent', '您稍等我看一下……是昨晚十一点零五分那笔648元，商户是一家网络游戏公司，对吧？'], ['agent', '好的，那为了安全，麻烦您提供一下身份证后四位核验一下。']).includes('identity.verification'));
  assert.ok(!call(['customer', '晚上转账什么时候到？'], ['agent', '昨晚十一点以后的转账，一般第二天上午才入账。']).includes('identity.verification'));
  // The customer's income going up and down is no risk disclosure for the product.
  assert.ok(call(['agent', "I'm calling because you're eligible for our Creator Protect Plus plan, it's life cover combined with an investment account linked to global equities."], ['agent', 'Part of your premium buys cover and the rest is invested, and the linked fund has grown about nine percent a year over the last five years.'], ['agent', 'Exactly, flexible premiums, ideal if your brand deal income goes up and down.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', "I'm calling because you're eligible for our Creator Protect Plus plan, it's life cover combined with an investment account linked to global equities."], ['agent', 'Part of your premium is invested, and the fund value can go up and down, so your capital is at risk.']).includes('disclosure.wealth_risk'));
});

test('round 170 (fresh327/fresh328 causes, after their blind score; measured blind on fresh329/fresh330): lowlifes, 有个骗子, they\'re a shambles, 气得说要, 我不换, I\'d be tempted to, brilliant service, really, community fund, percent, guaranteed, recent payments:, there\'s a payment holiday, 到时候按您账户', () => {
  // Scammers posing as the caller's charity and an army pay office are not the bank; the bank blamed the same way is.
  assert.ok(!flags('customer', "Someone's set up a fake page using our animal rescue's name and people are giving to it! I'm absolutely livid, those lowlifes.").includes('intent.complaint'));
  assert.ok(flags('customer', "You've frozen our animal rescue's account again. I'm absolutely livid.").includes('intent.complaint'));
  assert.ok(!flags('customer', '气死我了！有个骗子冒充我们教会，在朋友圈发了个假的奉献二维码，这种人真该抓起来！').includes('intent.complaint'));
  assert.ok(flags('customer', '气死我了！你们银行又把我们教会的账户冻了，太过分了！').includes('intent.complaint'));
  assert.ok(!flags('customer', "The Army pay office messed up his first wage so I'm topping him up, honestly they're a shambles.").includes('intent.complaint'));
  assert.ok(flags('customer', "You messed up his first wage so I'm topping him up, honestly you lot are a shambles.").includes('intent.complaint'));
  // A co-worker's anger retold with the caller staying (我不换), and a move the caller would have been tempted to make, are no leaving.
  assert.ok(!flags('customer', '我们另一个同工气得说要换银行，我跟她说这又不怪银行，我不换。').includes('intent.churn'));
  assert.ok(flags('customer', '我们教会下个月就换银行，你们这手续费太高了。').includes('intent.churn'));
  assert.ok(!flags('customer', "Will do. If you lot hadn't caught it I'd be tempted to go elsewhere, but you have, so no.").includes('intent.churn'));
  assert.ok(flags('customer', "You didn't catch it, so I'm going elsewhere.").includes('intent.churn'));
  // Flat praise after a grievance ('Brilliant service, really.') complains; sincere praise does not.
  assert.ok(flags('customer', "Hi. I send my husband money every month, and your bank is charging the transfer fee twice. Every month. Brilliant service, really.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Oh that was quick, brilliant service, thank you.').includes('intent.complaint'));
  // A lottery grant's fund is no product sold; investment talk ('seven percent, guaranteed … Every client has been paid out') is no refund promise.
  assert.ok(!call(['customer', 'Can you see if our lottery grant has landed?'], ['agent', 'Yes, there was a payment in on Tuesday of twelve thousand four hundred pounds from the National Lottery Community Fund.']).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', 'For the reserves I would suggest our Global Growth Fund, it has returned nine percent a year.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', "Between us, that's never going to happen. It'll pay seven percent, guaranteed, and you won't lose a penny. Every client has been paid out."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', "I'll chase the merchant now and you won't lose a penny, I promise."]).includes('service.no_refund_promise'));
  // Recent payments listed are a read-out; what a loan offers (a payment holiday) and a review to come (到时候按您账户情况审核) look at no account.
  assert.ok(call(['customer', "There's a payment on our card I don't recognise, the account ends 2234."], ['agent', 'Let me see. Ending 2234, recent payments: sixty-two pounds at Tesco, a hundred and fifteen to PrintHub, and four hundred and eighty to SoundPro Hire on Thursday.'], ['agent', 'Ah, I should have done this first, can I take your date of birth and the code on your phone?']).includes('identity.verification'));
  assert.ok(!call(['customer', 'How long do recent payments take to show?'], ['agent', 'Recent payments usually show within two hours in the app.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Do you do anything for servicemembers on loans?'], ['agent', "We do. Active service members can cap interest at six percent, and there's a payment holiday option of up to six months on request with orders."]).includes('identity.verification'));
  assert.ok(call(['customer', 'Has my loan payment gone out?'], ['agent', "Yes, there's a payment of four hundred pounds that went out this morning."]).includes('identity.verification'));
  assert.ok(!call(['customer', '我们想问问你们有没有军人家庭的贷款优惠政策，就是问问。'], ['agent', '可以申请，执行任务期间能申请延期还款，但需要部队出具任务证明，具体要到时候按您账户情况审核。']).includes('identity.verification'));
  assert.ok(call(['customer', '我的房贷这个月扣了吗？'], ['agent', '我看了一下您账户，这个月的月供三千二已经扣了。']).includes('identity.verification'));
});

test('round 171 (fresh329/fresh330 causes, after their blind score; measured blind on fresh331/fresh332): you closed my account, he says if, if I\'m with another bank, might think about switching, 会考虑换, 存在别的银行, 他名下的卡, 那是她的事, 供货商自己, the prison\'s, probation\'s, humiliating, treat me like, 这是固定利率, 自动转到您的账户', () => {
  // The bank closing the account, a father's threat retold, being with another bank asked about, a move only thought of if it happens again, money held elsewhere moved on, a relative's card closed for him and a colleague's move that is 'her business' are no leaving; the caller's own move is.
  assert.ok(!flags('customer', "Hi Priya. I got out two weeks ago and I've just found out you closed my account while I was in there. No letter, nothing.").includes('intent.churn'));
  assert.ok(flags('customer', "I'm closing my account while I still have money in it.").includes('intent.churn'));
  assert.ok(!flags('customer', "My dad's in a state about it, he says if my brother banks here too he'll move all his money to another building society.").includes('intent.churn'));
  assert.ok(flags('customer', "If my brother banks here too I'll move all my money to another building society.").includes('intent.churn'));
  assert.ok(!flags('customer', 'And if I\'m with another bank now, is that a problem?').includes('intent.churn'));
  assert.ok(!flags('customer', "If anything like this ever happens again I might think about switching banks just to start fresh, but that's not on you.").includes('intent.churn'));
  assert.ok(!flags('customer', '要是下次去还这样，我真的会考虑换一家银行。').includes('intent.churn'));
  assert.ok(flags('customer', '下次再这样，我就换一家银行。').includes('intent.churn'));
  assert.ok(!flags('customer', '我爸脾气特别大，他觉得丢人，要把以前存在别的银行的钱全都转到另一家去，我都劝不动。').includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我帮我爸注销他名下的卡，他已经出来了，人就在我旁边。').includes('intent.churn'));
  assert.ok(!flags('customer', '哦，有个小妹说她嫌麻烦，要把工资卡都换到别的银行去，那是她的事。这些租椅子的老是拖租金，烦死了。').includes('intent.churn'));
  assert.ok(flags('customer', '我嫌麻烦，要把工资卡都换到别的银行去。').includes('intent.churn'));
  // A supplier, a prison and the probation service blamed are not the bank; the bank blamed the same way, and being treated like a launderer, complain.
  assert.ok(!flags('customer', '那就是供货商自己没看清楚，这人老是这样，上次也说没收到，烦死了。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Right. Honestly the prison's a nightmare, nobody tells you anything, I've been messed about for weeks.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Oh thank God. Probation's been useless, the hostel's worse.").includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly your bank's a nightmare, nobody tells you anything, I've been messed about for weeks.").includes('intent.complaint'));
  assert.ok(flags('customer', "Every time I put money in you lot treat me like I'm laundering it. It's humiliating.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'The staff at the branch treat me like family, it was lovely.').includes('intent.complaint'));
  // A term deposit's fixed rate told beside a fund with its risks promises nothing; a fund said to be 保本付息 does.
  assert.ok(!call(['agent', '三年定期目前年利率是百分之一点九五，这是固定利率，到期保本付息。另外有一只平衡型基金，风险等级是R3中风险，不保证本金，净值会波动，有可能亏损。']).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '这只平衡型基金到期保本付息，您放心买。']).includes('sales.no_guaranteed_returns'));
  // Where a standing order will pay looks at no account; money told as arrived does.
  assert.ok(!call(['customer', '能不能设个自动转账让他们按月转给我？'], ['agent', '可以的，您可以让发型师在他们的手机银行里设置定期转账，每月固定日期自动转到您的账户。']).includes('identity.verification'));
  assert.ok(call(['customer', '我那笔租金到了没有？'], ['agent', '我看了一下，三千块已经转到您的账户了。']).includes('identity.verification'));
});
