import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 101–117 (phrasing-rounds-85.test.ts holds rounds 85–100, phrasing-rounds-118.test.ts the rounds after 117): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 101 (fresh189/fresh190 causes, after their blind score; measured blind on fresh191/fresh192): a code sent to the phone\'s ending, a recurring debit read out, a capital account, your managers asked for, vendors and a streaming service blamed, a husband all set to complain, a partner\'s idea retold, a merchant still taking money', () => {
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

test('round 102 (fresh191/fresh192 causes, after their blind score; measured blind on fresh193/fresh194): charges and balances told before a check, a hypothetical answered in general, a deposit asked about, credit-repair firms, a brother\'s complaint retold, a manager waved off, old closures told, a service attitude, money promised back', () => {
  assert.ok(call(['customer', "My husband thinks someone's been using my debit card, can you look?"], ['agent', 'Sure thing. Okay, your card is active, and the last three charges are Publix for sixty-two dollars and CVS for eighteen fifty.'], ['agent', 'Oh, before we go any further, I do need to verify you. Can you give me your date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, hello, I can't get into my banking app."], ['agent', "Pruitt. Okay, yeah, your online banking's locked. You've got eleven hundred forty in checking."]).includes('identity.verification'));
  assert.ok(call(['customer', '我的手机银行打不开了。'], ['agent', '谢德胜……你这个账户被锁了，输错密码了，卡里还有一万四千三。']).includes('identity.verification'));
  assert.ok(!call(['customer', 'If I had a missed payment like four years ago, can I still get approved for a credit limit increase?'], ['agent', 'It depends on your recent history. Older missed payments that were cleared carry less weight than recent ones.']).includes('identity.verification'));
  // A deposit asked about ("Not those unit trust things?") sells nothing.
  assert.ok(!call(['customer', 'This one is a deposit, right? Not those unit trust things?'], ['agent', 'Yes. For twelve months the rate is two point seven percent per year, and that rate is fixed for the whole term.']).includes('disclosure.wealth_risk'));
  // Credit-repair firms blamed and a brother's complaint retold are no complaint; a service attitude is.
  assert.ok(!flags('customer', "Man, those guys are crooks. They don't even answer the phone now.").includes('intent.complaint'));
  assert.ok(!flags('customer', '唉，我已经交了一千了，那个公司太坑了，现在电话都不接。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi! So my brother had a nightmare with you lot last year, he complained and closed all his accounts, but honestly I've never had a problem.").includes('intent.complaint'));
  assert.ok(flags('customer', '那是三年前的！我打了三次电话了，每次都让我等，你们这什么服务态度？').includes('intent.complaint'));
  // A manager waved off is no escalation.
  assert.ok(!flags('customer', "Which I'd agreed a payment plan for! Your collections team completely ignored it. And don't bother putting me through to a manager, I've done that dance before.").includes('intent.escalation'));
  // A card closed long ago, or a loan applied for elsewhere, told while disputing a record, is no leaving.
  assert.ok(!flags('customer', "Morning. I closed my credit card months ago, but my credit report says it's thirty days late. How's that even possible?").includes('intent.churn'));
  assert.ok(!flags('customer', '喂您好，我那张卡早就注销了，怎么征信上还显示逾期啊？').includes('intent.churn'));
  assert.ok(!flags('customer', "I need a settlement letter for my car loan because another bank I'm applying with says it's still showing a balance.").includes('intent.churn'));
  assert.ok(flags('customer', '行，那我这就去把你们这儿的卡全销了，钱都转走，以后再也不用你们银行。').includes('intent.churn'));
  // Money promised back "一分不少" on an identity-theft loan under investigation is a refund promise.
  assert.ok(flags('agent', '有这个可能，我帮您提交冒名贷款的调查。您别担心，这种情况被扣的钱最后都会一分不少退回来的。').includes('service.no_refund_promise'));
});

test('round 103 (fresh193/fresh194 causes, after their blind score; measured blind on fresh195/fresh196): a savings goal\'s nickname, policy told in general, a widow\'s fee, gifts taxed by fees, a teller\'s look, returns called guaranteed, money back by Monday, a closure imagined, one card kept, a supervisor who called back, a wife\'s advice', () => {
  assert.ok(!call(['customer', 'Can I keep the wedding money separate?'], ['agent', "That's definitely doable. You can open a second chequing or savings account online in a few minutes and nickname it something like wedding fund."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', "I'm calling about my late father's account. You've frozen the whole thing."], ['agent', "I'm very sorry for your loss. When we're notified of a death, the account is frozen until probate. Are you the executor?"]).includes('identity.verification'));
  assert.ok(!call(['customer', '我爸妈能往我卡里转钱吗？'], ['agent', '父母往里面转钱是没有问题的，任何人都可以往您的账户里转入。']).includes('identity.verification'));
  // Grievances: a widow charged a fee, fees mocked in Nigerian English, a teller's look.
  assert.ok(flags('customer', "You've charged me fifteen pounds for it! That's disgraceful, charging a widow for someone else's cheque.").includes('intent.complaint'));
  assert.ok(flags('customer', "It's just not right. You lot should be ashamed.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Two percent? Ehen. So the bank also came to my wedding and collected gift. Thank you for your generosity, I am very grateful.').includes('intent.complaint'));
  assert.ok(flags('customer', '你好。我就想说一句，你们网点那个柜员，我去存结婚礼金，给我脸色看，还让我排了两个小时。').includes('intent.complaint'));
  // Returns called guaranteed after a disclosure; money promised back by a date.
  assert.ok(flags('agent', '您放心，我跟您这么说吧，每年至少百分之三点五，这个是保证的，怎么都不会低于这个数。').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '不过说实话啊，这款我们发了好几期了，每一期都是拿到最高档，您到期肯定能拿到百分之四，不会少的。').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '好的，我这边先帮您把卡冻结，再给您提交争议。您别担心，这个钱下周一之前就回到您账上了。').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', '核实通过。退款已经在昨天回到您账上了，您可以在明细里看到。').includes('service.no_refund_promise'));
  // A closure imagined and one card closed while the others stay are no leaving.
  assert.ok(!flags('customer', "Oh thank goodness. My friend's bank held his for two weeks. Honestly, if you'd done that to me I would have closed my account on the spot.").includes('intent.churn'));
  assert.ok(!call(['customer', '你好，我想把我一张信用卡销掉，以前买建材用的，现在不用了。'], ['customer', '确认。我其他的卡还用着啊，工资卡、车贷都在你们这，就这一张没用。']).includes('intent.churn'));
  // A supervisor who already called back, and a wife's advice waved off, are no escalation.
  assert.ok(!flags('customer', '你好，我上周打过电话，当时说要找你们主管，后来主管也给我回电话了，这次就是问问进度。').includes('intent.escalation'));
  assert.ok(!flags('customer', '行，我老婆还说让我直接找你们经理要，我说不用，你给弄就行了。').includes('intent.escalation'));
  assert.ok(flags('customer', '不行，你直接找你们经理来跟我说。').includes('intent.escalation'));
});

test('round 104 (fresh195/fresh196 causes, after their blind score; measured blind on fresh197/fresh198): payments and balances told before the check, a greeting "recorded for security", understatement, parents, thieves and shops blamed, a complaint imagined, the lot closed, autopay from another bank, a loss made good, a payout told as certain', () => {
  assert.ok(call(['customer', 'One of my pupils says she paid for the whole term last Friday, but I can\'t see it.'], ['agent', 'Okay, what\'s the account name?'], ['agent', "Right, I've found it. So on Friday you had two payments in. Your balance right now is two thousand three hundred and eight pounds forty."]).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, I lost my wallet on the train this morning and I'm worried someone's using my card."], ['agent', 'Okay, I can see a purchase at a petrol station for sixty-two pounds at ten forty.'], ['agent', 'Before we go any further, can I just confirm your full name and the answer to your security question?']).includes('identity.verification'));
  assert.ok(call(['agent', "Morning, Eastbank, this call is recorded for security. You're speaking with Ravi."], ['customer', 'Hi, my phone got stolen.'], ['agent', "Okay, your debit card ending 0735 is still active and you've got two thousand four hundred and ten pounds available."], ['agent', 'Sure, just before I do, can I get your full name and date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我用你们的贷款买了辆教练车，想问问这个月还款成功没有？'], ['agent', '我看到这张卡本月月供两千三百元已经扣款成功，卡内余额还剩四千八百一十二元。'], ['agent', '换扣款卡需要核实身份，请您报一下姓名和手机收到的验证码。']).includes('identity.verification'));
  assert.ok(call(['customer', '我想看看卡有没有被人刷。'], ['agent', '我看一下，您这张卡昨天晚上十一点零五分有一笔便利店消费一百二十八元。'], ['agent', '好的，那麻烦您先报一下姓名和身份证后四位，我给您核实一下身份。']).includes('identity.verification'));
  // Understatement is a complaint; a parent, a thief and a phone shop blamed, or a complaint imagined, are not.
  assert.ok(flags('customer', "Well, I'm not exactly impressed. Three days for thirty-five pounds, nobody rang me. It's a bit rubbish, frankly.").includes('intent.complaint'));
  assert.ok(!flags('customer', '真是气死我了，这家长太不像话了，孩子课一节没少上，钱一分不给。').includes('intent.complaint'));
  assert.ok(!flags('customer', '哎，气死我了，那个小偷真是缺德，还有那个手机店，拿了我的手机还帮人解锁，什么破店！').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Thank God. Well, if this kind of thing ever happens again and your line is slow, I might complain, but today you were fast.').includes('intent.complaint'));
  // "Closing the lot" is leaving; autopay from another bank and a friend's move retold are not.
  assert.ok(flags('customer', "Fine. And when I'm home I'm closing the lot and going to Nationwide, I've had enough.").includes('intent.churn'));
  assert.ok(!flags('customer', "Hey, I'm a driving instructor, I've got my training car loan with you guys, and I want to set up autopay from my checking at another bank.").includes('intent.churn'));
  assert.ok(!flags('customer', '我有个朋友说你们利率太低，他要把钱全转到别的银行去。我倒没这打算，就是问问。').includes('intent.churn'));
  // A loss made good is a refund promise, not a guarantee; a structured product "paid out every single time" is a guarantee only.
  assert.ok(flags('agent', '我理解。这笔钱您就当没丢，我们这边会给您补上的，过两天就回到卡里了。').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', '我理解。这笔钱您就当没丢，我们这边会给您补上的，过两天就回到卡里了。').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', "We have to say that. Between you and me though, you won't lose a penny, the bank makes sure of it, and it's paid out every single time.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "We have to say that. Between you and me though, you won't lose a penny, the bank makes sure of it, and it's paid out every single time.").includes('sales.no_guaranteed_returns'));
});

test('round 105 (fresh197/fresh198 causes, after their blind score; measured blind on fresh199/fresh200): a parent\'s holdings reviewed, a redemption explained, a scam warning, a fake note, a neighbour\'s and a brother\'s moves retold, sarcasm and understatement, cards closed after a loan, an investment told as money back', () => {
  // A parent's holdings reviewed and a redemption explained sell nothing; a fund pitched does.
  assert.ok(!call(['customer', '我妈以前在你们这边买了好几个理财，我们想帮她整体梳理一下。'], ['agent', '明白，您是想帮母亲梳理名下的理财持仓，对吧？'], ['agent', '核实通过。您母亲名下目前有三笔理财，一笔已到期待赎回。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我爸那两只基金现在怎么样了？'], ['agent', '我看一下，尾号3085名下有两只基金，一只混合型目前市值八万六千元左右。'], ['agent', '如果要赎回的话可以在柜台或者手机银行办理，赎回前请注意基金净值会波动。']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'A man called my dad promising guaranteed returns.'], ['agent', 'Please be assured we would never call a customer to move money to another account or promise returns like that.']).includes('sales.no_guaranteed_returns'));
  // A shopper's fake note and a neighbour's or brother's move retold are no complaint and no leaving.
  assert.ok(!flags('customer', '唉，气死我了，我店里今天收了一张假的一百块，那个人买了两包烟就走了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我隔壁开早餐店的老王，他说他把账户全转到别的银行去了。我可没打算换啊，我就想问问你们有没有那种预约存款的。').includes('intent.churn'));
  assert.ok(!flags('customer', '哦，那麻烦了。我哥一直嚷嚷说要把我爸的钱全转到他开户的那家银行去，说那边利息高。我是觉得没必要。').includes('intent.churn'));
  // Sarcasm and understatement are complaints.
  assert.ok(flags('customer', 'Well. Oh brilliant, fantastic service as always. Third month running I\'ve been charged the coin deposit fee, after your colleague swore blind it was waived.').includes('intent.complaint'));
  assert.ok(flags('customer', "Yes, I know. Brilliant system. Very reassuring. The care home has threatened to give her notice, so, thanks ever so much for nothing.").includes('intent.complaint'));
  assert.ok(flags('customer', "Well, I'll be honest, I'm no exactly thrilled with how you lot have handled this.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Aye, do that. Bit rich charging a man in a care home for travel insurance, mind.').includes('intent.complaint'));
  // Cards closed once a loan is repaid and takings moved elsewhere are leaving.
  assert.ok(flags('customer', '好。也不是你们不好啊，就是农商行那边贷款利息也低一点，我打算以后流水全走他们那儿，你们这边贷款还清了我就把卡都销了。').includes('intent.churn'));
  // An investment told as money back "no question" is a guarantee, not a refund promise.
  assert.ok(!flags('agent', "On paper, yeah, but honestly, with this one you can't lose, it's never had a down year. Your mum will get her money back plus a bit, no question.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "On paper, yeah, but honestly, with this one you can't lose, it's never had a down year. Your mum will get her money back plus a bit, no question.").includes('sales.no_guaranteed_returns'));
});

test('round 106 (fresh199/fresh200 causes, after their blind score; measured blind on fresh201/fresh202): a pot called Camera Fund, a merchant complained of, a couple who threaten the caller, nobody told me, a mate\'s plan retold, a sale that pays for the fees', () => {
  assert.ok(!call(['customer', "The one called Camera Fund. I've bought the camera now, so it's just sitting there empty."], ['agent', 'No problem. Camera Fund has a zero balance, so I can close it now.']).includes('disclosure.wealth_risk'));
  // A merchant or a couple blamed are no complaint about the bank; nobody telling the caller is one.
  assert.ok(!flags('customer', '你好，我要投诉一个商家！我在网上一家器材租赁店刷卡付了三千块押金，结果人家店铺关了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '有一对新人取消了婚礼，合同写了定金不退，但他们说要去找媒体曝光我。这个他们能追回去吗？').includes('intent.complaint'));
  assert.ok(!flags('customer', '我明明交付了啊，有聊天记录，有网盘链接，他们还发朋友圈夸我拍得好！').includes('intent.complaint'));
  assert.ok(flags('customer', '没人跟我说过要刷满六次啊。你能不能给我退了？').includes('intent.complaint'));
  assert.ok(flags('customer', '我要去发朋友圈曝光你们。').includes('intent.complaint'));
  // A mate's plan with another bank retold is no leaving.
  assert.ok(!flags('customer', 'Oh good. My mate had a plan with another bank and they stung him for paying early.').includes('intent.churn'));
  // "稳赚不赔" sold beside a fee is a guarantee; a universal-life policy's contractual minimum rate is not.
  assert.ok(flags('agent', '其实我跟您说，您要是手头有点闲钱，可以买我们的鼎盈理财，年化四点二，稳赚不赔的，收益拿来抵手续费都够了。').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '万能险合同有最低保证利率 但是超出保底的那部分结算利率是浮动的 而且前几年退保有手续费 可能拿回来比交的少').includes('sales.no_guaranteed_returns'));
});

test('round 107 (fresh201/fresh202 causes, after their blind score; measured blind on fresh203/fresh204): a payroll debit and a deposit told before the check, a balance with its currency, a look offered for later, practice accounts taken to Barclays, insurers, a patient and a tutoring school blamed, thanks through the teeth, a patient repaid for certain, a return locked in', () => {
  // Money moves read out before the check (a payroll debit, a balance with its currency, a deposit that came in, 一万的入账) flag;
  // a caller who came in, and a look offered for later, do not.
  assert.ok(call(['customer', 'Hi, did the staff wages for my pharmacy go out okay this morning?'], ['agent', 'Yes, I can see a payroll debit of twenty-one thousand four hundred this morning, and the account now has six thousand and eighty left.'], ['agent', 'Oh, sorry, I should have done this first. Can you confirm your date of birth and the passcode on the account?'], ['agent', "Thank you, that's all verified."]).includes('identity.verification'));
  assert.ok(call(['customer', "Hey, I just want to check how much is left in my daughter's college savings account."], ['agent', 'No worries, I found it by your phone number. You have twelve thousand three hundred and forty dollars.']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, my son's scholarship was supposed to be paid into my account this week."], ['agent', 'Okay, I see it. A deposit of six thousand five hundred dollars came in yesterday from the State Scholarship Board.'], ['agent', 'Just before we go further, can I confirm your date of birth and the last four of your Social?'], ['agent', "Thank you, that's all verified."]).includes('identity.verification'));
  assert.ok(!call(['agent', "It's Andrew from the branch on Market Street. You came in yesterday to set up a power of attorney and I just wanted to check how it went."], ['customer', 'Oh, it went very well, the young lady was very patient with me.']).includes('identity.verification'));
  assert.ok(call(['customer', '喂，我查一下，学校退给我那一万块到哪了？'], ['agent', '我看一下……这张卡最近没收到一万的入账，只有上周扣的一万学费。']).includes('identity.verification'));
  assert.ok(!call(['customer', '我是开诊所的，今天有个病人说要去他银行把钱拒付了，他真能这么干吗？'], ['agent', '持卡人可以向发卡行提出争议，但需要有理由。如果后续真的收到调单通知，您再打我们电话，我们帮您查具体那笔交易。']).includes('identity.verification'));
  // Accounts and banking taken to a named bank are leaving.
  assert.ok(flags('customer', "This is the third mess-up this year. Your bank is shambolic. I'm moving the practice accounts to Barclays, the lot.").includes('intent.churn'));
  assert.ok(flags('customer', "Honestly, I've had it. Once this quarter's done, I'm taking the pharmacy's banking to Starling.").includes('intent.churn'));
  // Insurers, a patient and a tutoring school blamed are no complaint about the bank; thanks through the teeth for a fee are one.
  assert.ok(!flags('customer', "I run a chiropractic clinic, and honestly the insurance companies are killing me. One of them takes ninety days to reimburse us, it's a joke.").includes('intent.complaint'));
  assert.ok(flags('customer', "Ninety days to get my card replaced, it's a joke.").includes('intent.complaint'));
  assert.ok(!flags('customer', '今天有个病人嫌我们收费贵，在前台闹，说要投诉我们诊所，还说要去他银行把钱拒付了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那个培训机构太黑了，孩子才上了两节课，说好七天无理由退，现在人都找不到了，刷了我八千八。').includes('intent.complaint'));
  assert.ok(flags('customer', '呵呵，封顶一千，那我还得谢谢你们呗。').includes('intent.complaint'));
  assert.ok(flags('customer', '你好啊，我就想说你们银行可真是太贴心了，我给孩子汇个学费，一千块的手续费眼睛都不眨就扣了。').includes('intent.complaint'));
  // Money back to a merchant's customer sworn before the investigation is a promise; a return "locked" on a wealth product is a
  // guarantee, a deposit's fixed rate is not.
  assert.ok(flags('agent', '您放心，这种重复扣款我们这边百分之百给病人退，最晚三天就到他卡上，您让病人别着急。').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', '这种重复扣款要等调查结果出来，确认以后才会给病人退。').includes('service.no_refund_promise'));
  assert.ok(flags('agent', '虽然说是有风险，但是您放心，这款年化百分之五是锁死的，到期肯定给您，我们从来都是这么兑付的。').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '定期存款的利率存进去就是锁死的，到期本息一起给您。').includes('sales.no_guaranteed_returns'));
});

test('round 108 (fresh203/fresh204 causes, after their blind score; measured blind on fresh205/fresh206): payments in and deposits on hold told before the check, a switch nearly made, a cousin\'s fight retold, a visa centre and a translator blamed, disappointment, a letter blamed, a shop\'s owner, interest made good, a cent not lost', () => {
  // The month's payments in, a term deposit on hold and a hold under the caller's name, read out before a late check, flag.
  assert.ok(call(['customer', "Hello, I'm a jazz pianist, I play a few restaurants, and I want to check who's paid me this month."], ['agent', "Okay, let's see. This month you've had three hundred and twenty from Blue Note Bistro and four hundred from The Ivory Room."], ['agent', 'Sorry, before we go further, could I just take your full name and your date of birth for security?'], ['agent', "Thank you, that's verified."]).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, I'm calling about the deposit that's been frozen for my F-1 visa, I need to know when it matures."], ['agent', 'Sure. I see a certificate of deposit for forty-two thousand dollars on hold, maturing on the fifteenth of September.'], ['agent', 'Oh, I should have asked, can you confirm your full name and date of birth for security?'], ['agent', "Thank you, you're verified."]).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我想查下我之前开的那个存款证明，冻结的钱什么时候能解。'], ['agent', '好的，我看一下，您名下有一笔冻结，金额是三十五万，冻结到今年九月十八号。'], ['agent', '对了，为了您的账户安全，麻烦您报一下姓名和身份证后四位。'], ['agent', '好的，核实通过。']).includes('identity.verification'));
  // A switch nearly made last year (差点就) is no leaving; a cousin's fight with her own bank retold and disowned is neither leaving nor
  // a complaint, nor are a visa centre and a translation firm blamed.
  assert.ok(!flags('customer', '我跟你说，我去年因为年费差点就转去别的银行了，后来还是留下来了，你们客服态度还不错。').includes('intent.churn'));
  assert.ok(flags('customer', '我明天就转去别的银行了。').includes('intent.churn'));
  assert.ok(!flags('customer', "My cousin had a nightmare with her bank over this, she threatened to go to the ombudsman and ended up switching banks. I'm not going to do anything like that, I just need the letter.").includes('intent.churn'));
  assert.ok(!flags('customer', "My cousin had a nightmare with her bank over this, she threatened to go to the ombudsman and ended up switching banks. I'm not going to do anything like that, I just need the letter.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Honestly the visa centre is a nightmare. They cancelled my slot twice and nobody answers the phone.').includes('intent.complaint'));
  assert.ok(!flags('customer', '那太好了，我上次找外面翻译公司翻流水，错了一堆，还收我三百，气死我了。').includes('intent.complaint'));
  // Disappointment with a runaround, the bank's letter blamed for a refusal, daily freezes and a stock answer are complaints.
  assert.ok(flags('customer', "Yeah. It's a bit disappointing, to be honest. Not great now, to be fair. Three times I've had to ring up about it, and nobody seems to fix it.").includes('intent.complaint'));
  assert.ok(flags('customer', '我签证被拒了！就是因为你们开的那个资信证明，英文名字跟护照对不上。').includes('intent.complaint'));
  assert.ok(flags('customer', '我是演话剧的，观众买票、剧社分账都是转账，你们天天冻，我还怎么收钱？你们这服务真是够了。').includes('intent.complaint'));
  assert.ok(flags('customer', '每次都是综合评分不足，你们就会这一句话，我流水一年几十万，就因为不是上班族？你们这就是歧视自由职业。').includes('intent.complaint'));
  // A shop's owner is nobody to escalate to.
  assert.ok(!flags('customer', '对，那琴行老板说他那边只显示一笔，推给我找银行，这老板也是够呛。').includes('intent.escalation'));
  assert.ok(flags('customer', '你这解决不了，我要找你们老板。').includes('intent.escalation'));
  // Interest lost made good for certain is a promise; "you won't lose a cent" on a fund is a guarantee, not a refund promise.
  assert.ok(flags('agent', '非常抱歉，我马上给您提交紧急工单。这几天的利息损失我们一定给您补偿，您放心。').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "Not really. It's never dipped in the time I've been here, you won't lose a cent, and it's paying about four and a half.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Not really. It's never dipped in the time I've been here, you won't lose a cent, and it's paying about four and a half.").includes('sales.no_guaranteed_returns'));
});

test('round 109 (fresh205/fresh206 causes, after their blind score; measured blind on fresh207/fresh208): a passcode asked with the name, a cash advance explained, a block and a freeze told before the check, a marketplace and a mate\'s bank blamed, wasted time, slowness, fees taken again, neglect, a neighbour\'s move, a settlement card replaced', () => {
  // "Name and passcode?" checks; a cash advance explained in general looks at no account; a block and a freeze told with when
  // and why before the check flag.
  assert.ok(!call(['customer', "Hi, I'm setting up payouts for my store and need to confirm my card is good to go."], ['agent', 'Name and passcode?'], ['customer', 'Jasmine Carter, passcode four zero nine nine two six.'], ['agent', "Okay. Yes, it's active."]).includes('identity.verification'));
  assert.ok(!call(['customer', 'How does the cash advance work?'], ['agent', "It's based on your card takings, and repayments come out as a percentage of daily sales, so quieter days mean smaller repayments."]).includes('identity.verification'));
  assert.ok(call(['customer', "He says his card got declined at the chemist."], ['agent', 'Ah, I can see the card ending six three eight one was blocked this morning after a declined online payment to a shop in Lagos.'], ['agent', 'Okay, let me just verify him first. Can he give me his full name and date of birth?'], ['agent', "Thank you, that's verified."]).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我眼睛不好，刚才在超市刷卡刷不了。'], ['agent', '您是尾号七七零四的卡对吧，我看一下，这张卡今天上午因为风控被临时冻结了。'], ['agent', '那我先核实一下您身份，请说一下全名和预留手机号。'], ['agent', '核实通过了。']).includes('identity.verification'));
  // A marketplace, a fake buyer and a mate's own bank blamed are no complaint (moving to her bank still leaves, and the grievance
  // beside it stays one); a wait called wasted time, slowness, fees taken again, neglect and "just not on" are complaints, while a
  // condition (要是再这么乱扣) and "not on you" are not.
  assert.ok(!flags('customer', "Some buyer on Marketplace sent me a fake payment screenshot and took a laptop. Facebook won't do anything, they're useless.").includes('intent.complaint'));
  assert.ok(!flags('customer', "My mate's been complaining to his bank for ages cause theirs never has the headphone jack working. Yours is spot on.").includes('intent.complaint'));
  assert.ok(flags('customer', "You people should have stopped that. Once this is sorted, I'm closing my accounts and moving to her bank.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Pending, pending, every time I call it is pending. Your bank has been wasting my time, my suppliers in Lagos are waiting.').includes('intent.complaint'));
  assert.ok(flags('customer', '材料我上礼拜就传了啊！你们效率太低了吧，双十一备货就靠这笔钱，现在全耽误了。').includes('intent.complaint'));
  assert.ok(flags('customer', '我叫包晓东，你们又乱扣我手续费！').includes('intent.complaint'));
  assert.ok(!flags('customer', '说实话你们要是再这么乱扣 我真就把卡销了 不过这次就算了 退了就行').includes('intent.complaint'));
  assert.ok(flags('customer', '而且那个耳机孔一半时间都是坏的，我说了多少次了你们都没人修，你们对我们盲人就是不上心！').includes('intent.complaint'));
  assert.ok(flags('customer', "You sent me a letter in tiny print about my overdraft and now you've charged me a thirty-five pound fee. That's just not on.").includes('intent.complaint'));
  assert.ok(!flags('customer', "No worries, that's not on you. Is there someone more senior who could sign off the twelve?").includes('intent.complaint'));
  // A neighbour's move retold and a settlement card replaced by one of ours are no leaving.
  assert.ok(!flags('customer', '哦，那挺好。我邻居老周就是因为他那个银行没这个，把钱都转到别的银行去了。').includes('intent.churn'));
  assert.ok(!flags('customer', '我要改一下我那个快手小店绑定的结算卡，原来那张要注销了。').includes('intent.churn'));
  assert.ok(flags('customer', '这张卡我要注销了，钱都转到别的银行去。').includes('intent.churn'));
});

test('round 110 (fresh207/fresh208 causes, after their blind score; measured blind on fresh209/fresh210): a facility\'s terms, money received and a surname changed before the check, a shipping line, buyers, a venue and a shop blamed, praise in scare quotes, a husband\'s account elsewhere, an old card closed, a move asked about, a transfer declined', () => {
  // A facility's terms "subject to credit approval and your limit" look at no account; money received and a surname changed
  // before a late check flag.
  assert.ok(!call(['customer', 'We got a big order from a buyer in Poland and we need money for fabric before shipment. What facility you have?'], ['agent', 'Usually up to eighty percent of the FOB value, subject to credit approval and your limit.']).includes('identity.verification'));
  assert.ok(call(['customer', '我想问一下啊，我们厂有一笔美金货款，越南那边客户说前天打了，到了没有？'], ['agent', '我看一下……您这个账户昨天下午确实收到一笔两万三千四百美元，汇款人是胡志明市的一家公司。'], ['agent', '哦对了，先跟您核对一下，报一下法人身份证后四位？'], ['agent', '好的，核对一致。']).includes('identity.verification'));
  assert.ok(call(['customer', "G'day, I've just got married and I need to change my surname on my accounts, from Nguyen to Fletcher."], ['agent', "Righto, I can see both there. I'll update the surname to Fletcher on both now... done."], ['agent', 'Oh, actually, just before I go further, can you confirm your date of birth and the answer to your security question for me?'], ['agent', 'Perfect, thanks.']).includes('identity.verification'));
  // A shipping line, the caller's own buyer, a neighbour fooled, a boat-trip company, a wedding venue and a shop are no complaint
  // about the bank; praise in scare quotes beside a runaround is one, and so are cowboys meant for the bank.
  assert.ok(!flags('customer', 'This shipping company is hopeless, every season same story. And the buyer is using it as an excuse to bargain.').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我是做箱包的，有个中东客户特别难搞，信用证一拖再拖，说好上个月开的，到现在还没开出来，真是气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '啊？那他是被人忽悠了？').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Hiya, so on our honeymoon in Lisbon we paid for a boat trip, six hundred euro, and the company just never showed up. Absolute cowboys they were.').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi, I want to complain about our wedding venue. They've gone bust and kept our eight thousand pound deposit.").includes('intent.complaint'));
  assert.ok(!flags('customer', '十月三号，一万二千八的那笔，那个店真是太坑了。').includes('intent.complaint'));
  assert.ok(flags('customer', '哦，终于好了。你们银行真是太"贴心"了，改个信息让我跑了三趟网点，每次都说缺一样材料，一次说清楚会死啊。').includes('intent.complaint'));
  assert.ok(flags('customer', 'Absolute cowboys, the lot of you.').includes('intent.complaint'));
  // Paying from a husband's account elsewhere, an old card closed and a question about a move next year are no leaving.
  assert.ok(!flags('customer', 'Okay, and can my husband pay part of it from his account at another bank?').includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我想把我以前读书时候的那张卡注销掉。').includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我问个问题，我们结婚以后可能明年会搬去深圳，到时候是不是要把你们的卡销掉？').includes('intent.churn'));
  assert.ok(flags('customer', '这张卡我要注销了，以后不用你们的了。').includes('intent.churn'));
  // A transfer an earlier agent offered, declined, is no escalation.
  assert.ok(!flags('customer', '你好，我上次打电话问过一次，那个客服说要帮我转主管，其实不用，我就是想再确认一下我的定期什么时候到期。').includes('intent.escalation'));
  assert.ok(flags('customer', '你别说了，帮我转主管。').includes('intent.escalation'));
});

test('round 111 (fresh209/fresh210 causes, after their blind score; measured blind on fresh211/fresh212): a salary credit and a file read before the check, a management fund, a floor told as the worst case, a factor, a contractor, a property manager and a buyer\'s agent blamed, the bank\'s own mistake charged for, nothing heard, a manager waved off or held in reserve', () => {
  // A salary credit read out before a late check, and the caller's file read and changed with no check, flag.
  assert.ok(call(['customer', "I'm in the middle of a mortgage application and the broker wants proof of income."], ['agent', "Right, let's have a look. So I can see a salary credit of two thousand eight hundred and forty on the twenty-eighth of March."], ['agent', 'Oh, sorry, I should have done this first. Can I just grab your postcode and the answer to your security question?'], ['agent', "Thanks, you're verified."]).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我换了新工作，收入高了，想把单位信息改一下，顺便看看能不能提额。'], ['agent', '好的，您现在登记的单位是“恒远物流”，额度是两万。'], ['agent', '好的，我这边帮您更新了，提额申请也提交了。']).includes('identity.verification'));
  // A condo's management fund is no investment; a structured deposit's floor told as its worst case is no guarantee.
  assert.ok(!call(['customer', 'Hello, I want to check ah, my condo management fund payment, the quarterly one, got deducted from my card or not?'], ['agent', 'Can, you give me the card number and your name?'], ['agent', "Okay, verified. Yes, deducted already, eight hundred and sixty dollars to Parkview MCST on the first."]).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', '最差就只拿到说明书里写的保底年化，比如我们这期是百分之一点三，跟最高的三点二差不少，所以千万不要按最高去预期。').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '这款是保底的，年化最高三点二，您放心，稳赚不赔。').includes('sales.no_guaranteed_returns'));
  // A factoring firm, a contractor, a property manager and a buyer's agent are no complaint about the bank; the bank's own
  // mistake charged for, and nothing heard after a ticket, are complaints.
  assert.ok(!flags('customer', "Right, grand. And if I want to stop paying because the factor's useless?").includes('intent.complaint'));
  assert.ok(!flags('customer', 'I am calling about this plumbing contractor our estate committee hired. They collected forty percent upfront and they have not shown their face for five weeks. These people are crooks, I tell you.').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我跟你说说我们小区那个物业，简直太差劲了，电梯坏了一个月都不修，还好意思涨物业费！').includes('intent.complaint'));
  assert.ok(!flags('customer', "Unbelievable. That guy's been jerking me around for a month. He's a total crook.").includes('intent.complaint'));
  assert.ok(flags('customer', 'You charged us a two hundred and fifty dollar wire recall fee when it was your wire room that sent our contractor payment to the wrong account.').includes('intent.complaint'));
  assert.ok(flags('customer', '上次也是这么说，提交完就没下文了。你做不了主的话，找个能拍板的人来跟我谈。').includes('intent.complaint'));
  // A manager someone else mentioned, waved off, and one asked for only if it goes wrong, are no escalation.
  assert.ok(!flags('customer', '你好，我们物业的押金专户想开通短信提醒，之前打电话有人说要找经理审批，我觉得不用那么麻烦吧，我不需要找什么经理，你直接帮我开就行。').includes('intent.escalation'));
  assert.ok(!flags('customer', "I'm hoping you can sort it today; if this turns out to be another runaround I'd be asking for a supervisor, but let's see.").includes('intent.escalation'));
  assert.ok(flags('customer', "This is another runaround. I'm asking for a supervisor.").includes('intent.escalation'));
});

test('round 112 (fresh211/fresh212 causes, after their blind score; measured blind on fresh213/fresh214): a plan\'s contribution read out, a name for a deposit told in general, returns that only get better, an adviser and nobody ringing, brokers, a platform and crooks blamed, complaints that never were, moves asked in the abstract, loans refinanced with us, a caller who stays', () => {
  // A plan's contribution read out before a late check flags; whose name a deposit goes in, told in general, does not.
  assert.ok(call(['customer', "Hi, I'm calling about the RESP I've been paying into for my granddaughter. I want to know whether my last contribution went through."], ['agent', 'Let me check. Yes, your contribution of two thousand five hundred dollars on January 10th went through. The plan is at twenty-one thousand four hundred now.'], ['agent', "Oh, sorry, I should have done this first. Can you confirm your name and the code I've just sent you?"], ['agent', "Thanks, you're verified."]).includes('identity.verification'));
  assert.ok(!call(['customer', '那我存孙子名下还是我名下好？'], ['agent', '存在您名下，您支配起来方便一些；存在孩子名下，钱就归孩子了，取的时候要监护人办理。']).includes('identity.verification'));
  // Returns that "will only get better" are a guarantee.
  assert.ok(flags('agent', '对，这款投连险的账户前五年年化都在百分之六以上，以后只会更好，您就放心拿收益吧，比存银行强多了。').includes('sales.no_guaranteed_returns'));
  // The bank's adviser and nobody ringing back are a complaint; freight brokers, a freight platform and crooks preying on the old
  // are not, though the bank's own sale "preying on old people" is; nor are a son's complaint that never was and a daughter's
  // waved off.
  assert.ok(flags('customer', "Last year your adviser put my grandchildren's trust money in a fund that's lost eight percent, and nobody's rung me once. It's frankly not good enough.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Figures. These brokers are the worst, sixty days to pay and then they lie about it. Absolute cowboys.').includes('intent.complaint'));
  assert.ok(!flags('customer', '这个破平台，拖了我两个月运费了，天天说打了打了，根本没打。真是坑人。').includes('intent.complaint'));
  assert.ok(!flags('customer', "I'll call her right now. These crooks, preying on old folks, it makes me sick.").includes('intent.complaint'));
  assert.ok(flags('customer', "This is disgusting. Preying on old people. If this isn't undone I'm going to the state insurance commissioner.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Last time my son rang for me he said he'd have put in a complaint if he'd been kept waiting that long, but honestly it was fine.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我女儿说上次去办的时候等了一个多小时，说要投诉你们，我说那有啥，人多嘛。我不投诉啊，我就问问。').includes('intent.complaint'));
  // A move asked about out of curiosity or hypothetically, loans refinanced with us and a grandchild's card closed by a caller who
  // stays are no leaving.
  assert.ok(!flags('customer', 'Out of curiosity, if I ever wanted to switch banks, would the signatories carry over?').includes('intent.churn'));
  assert.ok(!flags('customer', "Howya. I've a loan on the lorry with ye, and I'm just wondering, hypothetically like, if I moved it to another lender, what would it cost me?").includes('intent.churn'));
  assert.ok(!flags('customer', "I'm thinking of refinancing the truck loans with you. I've got two with another lender and one with you already.").includes('intent.churn'));
  assert.ok(!flags('customer', '对，主卡我还用，我就是把孩子那张销了，你们银行我用了二十年了，不走的。').includes('intent.churn'));
  assert.ok(flags('customer', "I've decided. I'm switching banks next month.").includes('intent.churn'));
});

test('round 113 (fresh213/fresh214 causes, after their blind score; measured blind on fresh215/fresh216): a block, a cash deposit and a balance told before the check, odds that go your way, an insurer\'s payout, a principal safe as houses, God bless, a clinic gone bust, everything taken to Chase, 别的 not a negation', () => {
  // A block with its declined attempt, a cash deposit and a current account's balance read out before a check flag.
  assert.ok(call(['customer', "Hi, my card got declined at the hospital billing desk."], ['agent', "Let me look... yes, the card was blocked an hour ago after a declined attempt of four thousand two hundred dollars at St Mary's Hospital."], ['agent', "Okay, to lift the block I need to verify you. What's your full name and date of birth?"], ['agent', "Thanks, you're verified."]).includes('identity.verification'));
  assert.ok(call(['customer', 'Just checking the Easter festival takings went in.'], ['agent', 'Sure, I can see a cash deposit of three thousand two hundred and forty dollars on Tuesday at the Marrickville branch.'], ['agent', "Oh, sorry, I should've done this first, can I just confirm your name and date of birth?"], ['agent', "Thanks, you're verified."]).includes('identity.verification'));
  assert.ok(call(['customer', 'I am the treasurer for Methodist Church, Adabraka. I want to know our balance.'], ['agent', 'Okay, the church current account has eighty-four thousand five hundred cedis.']).includes('identity.verification'));
  // Odds that "nearly always go your way" and 一般都能退，基本没问题 promise money back; an insurer's payout is no guarantee, and a
  // principal "safe as houses" is a guarantee, not a refund promise.
  assert.ok(flags('agent', "I've lodged the dispute now. Honestly these nearly always go your way, I'd expect the money back on your card by Friday.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', '好的，我帮您发起争议。说实话像这种商户停业的，一般都能退，基本没问题，下周钱就能回到您卡上。').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "Oh, emergency dental abroad, that'll be paid out in full, no question, you'll have it back in a couple of weeks.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', "But look, between ourselves, it's always paid out. Your principal is safe as houses, you won't lose a cent.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "But look, between ourselves, it's always paid out. Your principal is safe as houses, you won't lose a cent.").includes('sales.no_guaranteed_returns'));
  // "Thanks a million … God bless" closes politely.
  assert.ok(!call(['customer', "Thank you so much."], ['agent', 'Thanks a million, Siobhán, God bless.']).includes('closing.polite'));
  // A clinic gone bust is no complaint about the bank; everything taken to Chase is leaving.
  assert.ok(!flags('customer', "That's the one. Absolute cowboys, they took everyone's money.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，这诊所太坑人了。那你们能帮我把钱要回来吗？').includes('intent.complaint'));
  assert.ok(flags('customer', "Don't be sorry. I'm pulling my checking and my savings and taking it all to Chase this week.").includes('intent.churn'));
  // 别的 is "other", not 别 "don't": "别的都不动" keeps the rest; a colleague's idea refused (不会转的) and other banks' sales
  // calls, no longer hidden by that 别, are no leaving either.
  assert.ok(!call(['customer', '你好，我那个做牙的分期已经还完了，当时为了分期办的那张卡我想注销掉。'], ['customer', '不用不用，我工资卡、存款都在你们这，就是这张卡用不上了，别的都不动。']).includes('intent.churn'));
  assert.ok(!flags('customer', '嗯 我同事跟我说转到别的银行去转按揭利率低一点 不过我也懒得折腾 我就是问问 不会转的').includes('intent.churn'));
  assert.ok(!flags('customer', '你好 最近老有别的银行给我打电话 说转按揭什么利率低 我想问问你们 存量房贷利率是不是也能降').includes('intent.churn'));
  assert.ok(flags('customer', '我下个月就把房贷转到别的银行去。').includes('intent.churn'));
});

test('round 114 (fresh215/fresh216 causes, after their blind score; measured blind on fresh217/fresh218): a security word, nothing looked up, a loan found by the number, a phone changed back before the check, a one-year bond, a promise disowned, a sister\'s opinion and an employer, a wasted trip, nobody ringing back, humiliation, everything closed', () => {
  // A security word checks; "that's all I've got" looks at nothing; a loan found by the number, its overdue instalments and a phone
  // changed back before a late check flag.
  assert.ok(!call(['customer', 'Hi, I just saw a five pound charge on my account called an inactivity fee?'], ['agent', 'Let me check. Name and security word please?'], ['customer', "Hannah Bell, and it's thistle."], ['agent', 'Thanks Hannah. Yes, the account had no activity for twelve months, so the fee applied.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Can I pay yen into my account here?'], ['agent', 'Only at the airport branch.'], ['agent', "Yeah, look, that's all I've got on that. Bye."]).includes('identity.verification'));
  assert.ok(call(['customer', 'I am receiving messages that my loan payment is overdue but I never took any loan from your bank.'], ['agent', 'Okay let me check with your number. Yes, there is a personal loan of 800,000 naira disbursed on the 4th of March, and two instalments are overdue.'], ['agent', 'Alright, sorry, let me verify you first. Please tell me your full name, date of birth and the OTP on your phone.'], ['agent', 'Thank you ma, verified.']).includes('identity.verification'));
  assert.ok(call(['customer', '我收到你们的催收短信，说我有一笔贷款逾期。'], ['agent', '我看一下，您来电号码关联的这笔是三月五号线上放款的消费贷，五万元，已经逾期两期了。'], ['agent', '好的，那我先核实一下您的身份，请说一下姓名和身份证后四位。'], ['agent', '核实通过。']).includes('identity.verification'));
  assert.ok(call(['customer', '我账户的预留手机号被人改了，你赶紧帮我改回来。'], ['agent', '好的，我这边看到预留手机确实是前天被修改过，我现在帮您把预留手机改回来……好了，已经改回来了。'], ['agent', '那您报一下姓名和身份证后四位，我核实一下身份再帮您重置密码。'], ['agent', '核实通过。']).includes('identity.verification'));
  // A one-year savings bond is a deposit; someone else's promise disowned (不能这样承诺) is none.
  assert.ok(!call(['customer', "I want to lock some money away so I don't spend it over winter."], ['agent', "Our one-year fixed-rate savings bond pays four point one percent, fixed for the term."], ['customer', 'Put two thousand in.'], ['agent', 'Done, two thousand into the one-year bond.']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', '这个我现在没法给您确定的答复，需要调查部门核实交易情况后才能决定，您朋友说的肯定能退，我们这边是不能这样承诺的。').includes('service.no_refund_promise'));
  // A sister's opinion and an employer are no complaint about the bank; a wasted trip, a rude teller, nobody ringing back and
  // humiliation are; a callback someone promised from a supervisor is no escalation.
  assert.ok(!flags('customer', "My sister keeps on at me about leaving you lot for some app bank, she reckons your fees are a rip off, but I'm not going anywhere, I just have a quick question.").includes('intent.complaint'));
  assert.ok(!flags('customer', '那我去网点打吧。这老板真是太过分了，每个月都少给。').includes('intent.complaint'));
  assert.ok(flags('customer', '我今天下午去你们西湖边那个网点存日元，柜员说不收，让我白跑一趟，还说话特别冲！').includes('intent.complaint'));
  assert.ok(flags('customer', '上次那个客服说要找他们主管给我回电话，结果一个星期了，谁都没打给我。').includes('intent.complaint'));
  assert.ok(!flags('customer', '上次那个客服说要找他们主管给我回电话，结果一个星期了，谁都没打给我。').includes('intent.escalation'));
  assert.ok(flags('customer', "A hold. Great. Your people didn't check a single thing when those were opened, and I've been humiliated at work.").includes('intent.complaint'));
  // Savings pulled out and everything closed is leaving.
  assert.ok(flags('customer', "And once this is fixed I'm pulling my savings out of your bank and closing everything. Done with you.").includes('intent.churn'));
});

test('round 115 (fresh217/fresh218 causes, after their blind score; measured blind on fresh219/fresh220): a full card read back after "the full one", a dealer and a club owner blamed, a wife\'s and a neighbour\'s complaint retold, incompetence', () => {
  // A full card read back after "the full one" is a readback (the pronoun no longer joins the number; redaction.test.ts).
  assert.ok(call(['customer', "Hi, I'm calling for my client, he's a jockey, he can't use his card."], ['agent', 'Okay, I see Luis Ortega. His card ending, let me read the full one, 5200 8244 7719 2975, is currently on a temporary hold for suspicious activity.']).includes('privacy.no_full_number_readback'));
  // A dealer, a club owner and a wife's or neighbour's complaint retold are no complaint about the bank; a neighbouring bank named
  // beside the caller's own grievance still is, and so is incompetence.
  assert.ok(!flags('customer', "The dealer took my deposit, closed the branch and won't refund me. Honestly those people are crooks.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，这个俱乐部老板太坑了，跑路了，人都找不到。').includes('intent.complaint'));
  assert.ok(!flags('customer', "My wife's furious with you lot, she says she's going to complain to the ombudsman about the card reader fees.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我问个事，我隔壁卖烤鱿鱼的老钟说你们手续费高，他前阵子还说要去投诉你们，后来干脆把卡都销了转去别的银行了。').includes('intent.complaint'));
  assert.ok(flags('customer', '呵呵 好 我隔壁那家银行APP一直好好的 我看我明天就把工资卡换过去算了 省得受这个气').includes('intent.complaint'));
  assert.ok(flags('customer', 'I submitted that contract twice! Your people keep losing my documents. This is pure incompetence.').includes('intent.complaint'));
});

test('round 116 (fresh219/fresh220 causes, after their blind score; measured blind on fresh221/fresh222): an incoming transfer told before the check, money from abroad told in general, a share plan, a floor called certain, products pushed on the old, a client and a platform blamed, a manager wondered about, the post office bank', () => {
  // An incoming transfer read out before a late check flags; money from abroad told in general and an employer's share plan
  // are no account looked at and no investment sold.
  assert.ok(call(['customer', 'I sold some RSUs through my employer\'s broker, and the proceeds should have come in from E-Trade. Can you check?'], ['agent', 'Let me have a look. Yes, I can see an incoming transfer of eighteen thousand six hundred and forty dollars, credited this morning.'], ['agent', 'Sorry, I should have done this first, can you confirm your date of birth and postcode for me?'], ['agent', "Thanks, you're verified."]).includes('identity.verification'));
  assert.ok(!call(['customer', '对方每个月通过那个Wise打款过来，是直接打到你们的人民币卡上，这个会不会有什么问题？'], ['agent', '这种情况一般是对方通过第三方支付机构在境内的合作渠道打款，到您账户时就是人民币了，正常的经营或劳务收入是可以的。']).includes('identity.verification'));
  assert.ok(!call(['customer', "My employer in Seattle offers an employee stock purchase plan, and I'm trying to figure out whether I can have the shares and any dividends paid into my account with you."], ['agent', "Good question. We don't hold shares ourselves, so the shares would sit with the plan's broker."]).includes('disclosure.wealth_risk'));
  // A structured deposit's range told as its floor is a guarantee; products pushed on the old are a complaint, a client abroad
  // and an outsourcing platform are not; a manager only wondered about is no escalation; a pension moved to the post office
  // bank leaves.
  assert.ok(flags('agent', '区间是一点五到三点三，不过您放心，按现在行情，最少也有三个点，跑不了的。').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', '你们怎么回回都推这个，上次我去网点也是，柜台那小伙子非让我买，老百姓存个钱都不让消停。').includes('intent.complaint'));
  assert.ok(!flags('customer', '唉，我气死了，海外一个客户欠我三个月的开发费不给，那个外包平台也不管，客服一直踢皮球。').includes('intent.complaint'));
  assert.ok(!flags('customer', '哦，是这样啊。我还想着要是你解决不了，我是不是还得找你们领导啊。').includes('intent.escalation'));
  assert.ok(flags('customer', "And you can tell them I'm moving my pension to the post office bank next month. I've had enough.").includes('intent.churn'));
});

test('round 117 (fresh221/fresh222 causes, after their blind score; measured blind on fresh223/fresh224): 核实成功, a code sent to the reserved phone, trust and dealer-loan balances, a premium worked out, a scooter seller, a care firm and a toll company, a repayment date moved, a car loan priced elsewhere', () => {
  // 核实成功 is a check, and a code sent to the card's reserved phone discloses nothing; a trust's balance, a dealer loan's balance
  // and a trust's monthly payment read out flag.
  assert.ok(!call(['customer', '你好，我上个月退了一个制氧机的租赁押金，想问问到了没。'], ['agent', '好的，请先说一下您的姓名，然后我给您发个验证码。'], ['customer', '何晓东。二五八八三一。'], ['agent', '核实成功。我查到这笔押金退款，八百元已于七号入账到您尾号四四零二的卡上。']).includes('identity.verification'));
  assert.ok(!call(['customer', '梁建华，卡号是6258 0766 7316 3529。'], ['agent', '谢谢，我再给您尾号3529这张卡预留的手机发个验证码。'], ['customer', '收到了，一五零八八三。'], ['agent', '核实通过。您这笔申请昨天已经审批通过，额度一万二。']).includes('identity.verification'));
  assert.ok(call(['customer', "I'm co-trustee on my disabled daughter's trust, I was wondering what to do with the cash in it."], ['agent', 'Sure, let me pull that up. So the trust account has sixty-two thousand in cash.']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, I bought a car through the dealer and the finance is with you lot, I just want to know where I'm at."], ['agent', "Sure. So your dealer finance balance is eighteen thousand six hundred, and you've got one missed payment from last month."], ['agent', 'Sorry, just for security, can you confirm your name and postcode for me?'], ['agent', "Thanks, you're verified."]).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我想问问我弟弟那个信托账户这个月的钱拨出来没有。'], ['agent', '好的，这个月的分配款四千五已经在三号划到指定的生活费账户了。']).includes('identity.verification'));
  // Whether an insurance premium is 也算理财, to be worked out by a wealth manager (给您测算), is no investment sold.
  assert.ok(!call(['customer', '这个是不是也算理财啊？'], ['agent', '您本人可以根据健康状况投保，保费和年龄有关，具体可以到网点让理财经理给您测算。']).includes('disclosure.wealth_risk'));
  // A scooter seller, a home-care firm and a toll company are no complaint; a dealer's salesman named beside the bank's own fee
  // leaves the complaint standing.
  assert.ok(!flags('customer', "Hi Gemma. I'm absolutely furious with the scooter company we bought my mum's mobility scooter from. It broke down in a week and they won't answer the phone.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我姓马。我跟你说，那个居家护理公司真是太黑了，说好一个月四千，这个月扣了我五千六。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi, look, I'm absolutely fuming with the toll company. They've sent me three fines for one trip.").includes('intent.complaint'));
  assert.ok(flags('customer', '审核审核 上次打电话也是这么说的 你们做事效率也太低了吧 还有我提前还款收了我两千多违约金 当初办贷款的时候4S店那个人说随时可以还不收钱的').includes('intent.complaint'));
  // A repayment date moved after payday, and a car loan priced elsewhere, are no leaving.
  assert.ok(!flags('customer', '是这样，我工资改到每月十号发了，车贷扣款日是五号，想改到十五号，能不能调？').includes('intent.churn'));
  assert.ok(!flags('customer', '有点高啊，要是太高我可能去别家看看车贷。').includes('intent.churn'));
});
