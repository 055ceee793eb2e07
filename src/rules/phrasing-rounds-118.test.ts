import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 118–136 (phrasing-rounds-101.test.ts holds rounds 101–117, phrasing-rounds-137.test.ts rounds 137 onwards): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 118 (fresh223/fresh224 causes, after their blind score; measured blind on fresh225/fresh226): notice accounts and protection-only policies are no investment, a duplicate charge disputed is no guarantee, a loan\'s remainder and a card\'s charges told before the check, a maturity to check in general, a husband\'s grumble and someone else\'s disappointment retold, a journal called a scam, sarcastic praise for a three-day wait', () => {
  // A notice account and a business saver are deposits; a policy that is protection only, said so, sells no investment; a fund
  // named with its return still does.
  assert.ok(!call(['customer', "The notice one, is my money safe in that? It's not stocks or anything?"], ['agent', 'We have an instant access business saver at three point one percent variable, and a ninety-day notice account at three point six.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'Is there any maturity benefit or return also?'], ['agent', 'No sir, it is pure protection only, there is no investment component and no maturity amount.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '那有分红吗，能不能当理财？'], ['agent', '没有的，这个只是保障，不是投资产品，没有收益。']).includes('disclosure.wealth_risk'));
  assert.ok(call(['customer', 'Is there any return on it?'], ['agent', 'Yes, our Horizon Income Fund paid five percent last year, you could put the honey money in there.']).includes('disclosure.wealth_risk'));
  // A duplicate charge disputed ("guaranteed with duplicates") is a refund promise, judged by its own rule; money back plus six
  // percent on a fund is still a guarantee.
  assert.ok(!call(['agent', "Right, I'll raise a dispute on the second one. Don't worry, you'll get every penny back, that's guaranteed with duplicates."]).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', "Put it in the fund and you'll get every penny back plus six percent, that's guaranteed."]).includes('sales.no_guaranteed_returns'));
  // A loan's remainder and next payment, and a card looked up with its charges, told before the check, flag; a maturity to
  // check "您名下如果还有定期" is said in general.
  assert.ok(call(['customer', 'Hiya, I want to check how much is left on the loan I took for my greenhouse.'], ['agent', "Let me see. There's thirty-one thousand four hundred left, with the next payment of nine hundred due on the fifteenth."], ['agent', 'Before I go on, could you tell me the answer to your security question?'], ['agent', "Thanks, that's correct."]).includes('identity.verification'));
  assert.ok(call(['customer', 'A hotel charged my card twice for my conference stay.'], ['agent', 'Okay, I can see the card here, and yeah, two charges of three hundred and ten euros on the same day.'], ['agent', 'Can you just confirm your date of birth for me?'], ['agent', "Lovely, that's done."]).includes('identity.verification'));
  assert.ok(!call(['customer', '我想问一下工资卡销户要去网点办吗？'], ['agent', '是的，需要本人带身份证去网点。'], ['customer', '我干脆把工资卡销了，定期到期也都转过去。'], ['agent', '理解。您名下如果还有定期，可以先确认到期日，提前支取会损失利息。']).includes('identity.verification'));
  // A husband's grumble talked down, someone else's disappointment and a journal called a scam are no complaint; the caller's own
  // ombudsman threat and disappointment still are, and so is sarcastic praise beside a three-day wait.
  assert.ok(!flags('customer', "Thanks. My husband's been grumbling that he wants to go to the ombudsman about the rate, but honestly I told him it's fine, we signed up for it.").includes('intent.complaint'));
  assert.ok(flags('customer', "I'm going to the ombudsman about the rate, nobody told me it would jump like that.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I think it's one of those predatory journal scams.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Ah. He'll be disappointed.").includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly I'm really disappointed with how you've handled this.").includes('intent.complaint'));
  assert.ok(flags('customer', '处理中？三天了还处理中？你们服务真是太好了，好得我都要给你们送锦旗了。').includes('intent.complaint'));
});

test('round 119 (fresh225/fresh226 causes, after their blind score; measured blind on fresh227/fresh228): a brother\'s and a neighbour\'s move retold, one more bank that loses things, a salon owner who ran off, an application\'s outcome, a standing order changed, an instalment plan\'s progress and a terminal\'s limit raised', () => {
  // A brother's or a neighbour's move retold is no leaving, nor is a bank called one more of a kind; the caller's own move still
  // is, and the sarcasm still complains.
  assert.ok(!flags('customer', "Hi, my brother's moving all his money to another bank because they're giving him a cheaper renovation loan, and it got me wondering.").includes('intent.churn'));
  assert.ok(flags('customer', "I'm moving all my money to another bank, they're giving me a cheaper renovation loan.").includes('intent.churn'));
  assert.ok(!flags('customer', '我问一下哈，我邻居说你们的装修贷利率比别家高，他说他要把钱都转到别的银行去了，是真的高吗？').includes('intent.churn'));
  assert.ok(flags('customer', '你们的装修贷利率比别家高，我要把钱都转到别的银行去了。').includes('intent.churn'));
  assert.ok(!flags('customer', 'I signed it in branch two weeks ago. Oh brilliant, another bank that loses my money and my paperwork. Fantastic service, really.').includes('intent.churn'));
  assert.ok(flags('customer', 'I signed it in branch two weeks ago. Oh brilliant, another bank that loses my money and my paperwork. Fantastic service, really.').includes('intent.complaint'));
  // A salon owner who ran off with prepaid money is no complaint about the bank; the bank's own freeze is.
  assert.ok(!flags('customer', '对对对，就这笔，老板电话也打不通，微信也把我拉黑了，太气人了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '气死我了，那个美容院老板卷钱跑了，我办的五千块年卡才用了两次！').includes('intent.complaint'));
  assert.ok(flags('customer', '气死我了，你们银行把我的钱冻了三天，电话也打不通！').includes('intent.complaint'));
  // An application's outcome, a standing order changed, an instalment plan's progress and a terminal's limit raised touch the
  // caller's account (a check after the figures is late); how long approval takes, and how a limit is raised, are general.
  assert.ok(call(['customer', '我姓刘，我上周申请了一个装修分期，想问问批下来没有。'], ['agent', '刘先生您好，我帮您看一下啊……嗯，显示已经审批通过了，额度是十八万，分三十六期。'], ['customer', '十八万？我申请的是二十万啊。'], ['agent', '系统核定的是十八万，首期还款是下个月十五号，金额五千四百三十二块。']).includes('identity.verification'));
  assert.ok(!call(['customer', '装修分期一般多久能批下来？'], ['agent', '一般三到五个工作日，审批结果会短信通知您。']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi Dan, I need to change the standing order that pays my nail tech her commission, it's going up from four hundred to five hundred."], ['agent', "Okay, I can see the four hundred pound standing order to Kayleigh Ross on the fifteenth. I've changed it to five hundred from next month."]).includes('identity.verification'));
  assert.ok(call(['customer', '喂，我想问一下我那个美容分期还剩多少没还。'], ['agent', '好的，我看到了，您是在丽人坊做的分期，六千块分了六期，已经还了两期，还剩四千元，下期是十五号扣款。'], ['agent', '对，另外跟您核对一下身份，请报一下姓名和身份证后四位。'], ['agent', '好的，核实通过了。']).includes('identity.verification'));
  assert.ok(!call(['customer', '喂，我想问一下我那个美容分期还剩多少没还。'], ['agent', '好的，先跟您核对一下身份，请报一下姓名和身份证后四位。'], ['agent', '好的，核实通过了。'], ['agent', '您是在丽人坊做的分期，六千块分了六期，已经还了两期，还剩四千元，下期是十五号扣款。']).includes('identity.verification'));
  assert.ok(call(['customer', '我店里有客人要刷两万的年卡，刷卡机提示超限额了，你赶紧给我调一下。'], ['agent', '好，我直接给您把单笔限额从一万调到三万了，您再刷一下。']).includes('identity.verification'));
  assert.ok(!call(['customer', '刷卡机提示超限额了，这个一般怎么处理？'], ['agent', '商户的单笔限额可以申请调整，需要法人带营业执照到网点办理。']).includes('identity.verification'));
});

test('round 120 (fresh227/fresh228 causes, after their blind score; measured blind on fresh229/fresh230): understated displeasure, a dispute opened, an ATM limit raised, the caller\'s employer and a letting agent blamed, thanks for bearing with us, a rental bond', () => {
  // "Not very happy … not great service" about the bank's app complains; about an airline it does not.
  assert.ok(flags('customer', "See, I'm not very happy, to be honest. Three times in Bangkok it locked me out when I needed to pay the hotel. Not great service, yaar.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I'm not very happy with the airline, to be honest, they lost my bag in Doha.").includes('intent.complaint'));
  // A dispute opened with a certain outcome is a refund promise, not a guarantee of returns; a bond fund's yearly five percent is.
  assert.ok(!call(['agent', "I've opened a dispute. That's guaranteed to come back to you, it's clearly not your transaction."]).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', "Open the bond fund today and the five percent is guaranteed to come back to you every year."]).includes('sales.no_guaranteed_returns'));
  // An ATM limit raised on the caller's word touches the account; the standard limit asked about does not.
  assert.ok(call(['customer', "Hi, I'm cabin crew, I'm in Johannesburg and I need my ATM limit raised, it's only five hundred."], ['agent', "OK Zoe, I've found you. I've raised your overseas ATM limit to fifteen hundred pounds, effective now."]).includes('identity.verification'));
  assert.ok(!call(['customer', "What's the usual ATM limit on your debit cards?"], ['agent', "It's five hundred pounds a day as standard."]).includes('identity.verification'));
  // The caller's employer and a letting agent blamed are no complaint about the bank; the bank itself blamed is.
  assert.ok(!flags('customer', '唉，又是这样，我们公司财务太拖拉了，每个月都晚，真的烦死了，航司这点事都做不好。').includes('intent.complaint'));
  assert.ok(flags('customer', '唉，又是这样，你们银行处理太拖拉了，每个月都晚，真的烦死了。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Right, so it did go. They're just being useless then.").includes('intent.complaint'));
  assert.ok(flags('customer', "Right, so it never went. You lot are just being useless then.").includes('intent.complaint'));
  // "Thank you for bearing with us" while transferring closes politely; a rental bond is no investment, a bond fund still is.
  assert.ok(!call(['agent', 'Of course. I will transfer you to my team leader now.'], ['customer', 'Thank you.'], ['agent', 'Thank you for bearing with us, Callum. Transferring you now.']).includes('closing.polite'));
  assert.ok(!call(['customer', 'I paid my rental bond last week and the agent reckons it has not come through.'], ['agent', 'Yep, I can see two thousand four hundred dollars went to the Rental Bonds Online account on Thursday.']).includes('disclosure.wealth_risk'));
  assert.ok(call(['customer', 'What bonds do you have?'], ['agent', 'Our corporate bond fund yields five percent at the moment, you could put your savings in it.']).includes('disclosure.wealth_risk'));
});

test('round 121 (fresh229/fresh230 causes, after their blind score; measured blind on fresh231/fresh232): installers, nurseries and their owners blamed, a nursery\'s own parents chased, a neighbour\'s complaint retold, a business closing down, a husband\'s idea waved off, a refund of the lot, a payment seen and an application\'s outcome told', () => {
  // An installer, a nursery, a company and their owners blamed are no complaint about the bank; the bank blamed in the same
  // words is.
  assert.ok(!flags('customer', "Yeah, hi, the company that was meant to install my solar panels has gone into administration and they've got my four grand deposit. I'm absolutely livid with them.").includes('intent.complaint'));
  assert.ok(flags('customer', "You've frozen my account for four days and nobody can tell me why. I'm absolutely livid with you lot.").includes('intent.complaint'));
  assert.ok(!flags('customer', "That's them. Cowboys, honestly. Can I get it back?").includes('intent.complaint'));
  assert.ok(!flags('customer', '那钱能退回来吗？那公司太坑人了。').includes('intent.complaint'));
  assert.ok(flags('customer', '那钱能退回来吗？你们银行太坑人了。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hiya, I run a wee nursery in Paisley and I'm sick of chasing parents for fees. Can I take them by Direct Debit?").includes('intent.complaint'));
  assert.ok(!flags('customer', "The nursery I paid a deposit to has just shut without warning and the owner's ignoring me. It's shocking behaviour from them.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Funny, my neighbour had a nightmare with his heat pump loan somewhere else, he complained to the FCA and moved all his money to you lot actually.').includes('intent.complaint'));
  // A business closing down and a husband's idea waved off are no leaving; the business account taken to another bank is.
  assert.ok(!flags('customer', "Hello, I'm closing my nursery at the end of the month, sadly, and I need to shut down the business account.").includes('intent.churn'));
  assert.ok(flags('customer', "I'm shutting down the business account and moving everything to Starling, I've had enough.").includes('intent.churn'));
  assert.ok(!flags('customer', '我们这个月工资代发晚了半天，老师们都在问。我老公就说干脆换个银行算了，但我觉得也没必要，就想问问怎么回事。').includes('intent.churn'));
  // "We'll just refund the lot" and 一般都会全额退 … 钱会回来的 promise an undecided outcome; a refund on the finding does not.
  assert.ok(call(['agent', "Okay, well, we'll just refund the lot, you'll have it back in a few days, it's fine."]).includes('service.no_refund_promise'));
  assert.ok(!call(['agent', "If the investigation finds in your favour, we'll refund the disputed amount to your card."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', '这种情况我们一般都会全额退给您的，您等着就行，钱会回来的。']).includes('service.no_refund_promise'));
  // A payment seen and an application's outcome told touch the caller's account, and a check after them is late.
  assert.ok(call(['customer', 'Can you look at my account?'], ['agent', 'Right, I see a payment of two thousand five hundred to GreenHeat Solutions on the third.']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, I'm Leanne, I applied for a sustainable home loan top-up for solar and a battery, just checking on it."], ['agent', "Sure Leanne, let me look. Yep, good news, that's been approved for eighteen thousand at six point four percent."], ['agent', "Oh, sorry, before I go further I should check some details. Can I have your date of birth and the code I've just sent you?"], ['agent', 'Thanks, all verified.']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我姓谢，上周申请了一个绿色家居贷，想问问批了没有。'], ['agent', '谢先生您好，我查一下……您的贷款审批已经通过了，额度是十五万，利率百分之三点八。'], ['agent', '哦对了，我还得跟您核对一下身份，请问您身份证后四位是？'], ['agent', '好的，核对无误。']).includes('identity.verification'));
});

test('round 122 (fresh231/fresh232 causes, after their blind score; measured blind on fresh233/fresh234): a husband\'s advice set aside, couriers, scam texts and clients blamed, a client\'s move retold, a spare account closed, a wrong payment promised back, thanks for a check, a balance and a movement told, a payroll limit raised', () => {
  // Advice set aside is no escalation; the caller's own demand is.
  assert.ok(!flags('customer', "Hi, it's Chloe Dupont. My husband said I should demand a manager, but honestly I'm sure you can sort it. I'm checking on a refund from a French shop.").includes('intent.escalation'));
  assert.ok(flags('customer', "I've been waiting three weeks. I demand a manager, right now.").includes('intent.escalation'));
  // A courier, a scam text's threat, a client's ombudsman threat against the caller and a client's anger at the caller's firm are no
  // complaint about the bank; the bank taken to the ombudsman is, and so is dry understatement with the bank's mob named.
  assert.ok(!flags('customer', 'Hi, Ben Kowalski. So the courier lost my parcel, then I got a scam text pretending to be them. Useless lot, and the scammers are worse.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我姓杜，杜文斌。那个快递公司真是气死我了，东西摔坏了还不赔。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我收到一个短信，说什么我的包裹因为关税未缴被扣了，不交就要投诉我、还要上征信，我有点担心就打过来问问。').includes('intent.complaint'));
  assert.ok(!flags('customer', "A client says I paid his VAT late and he's saying he'll report me to the ombudsman. I need proof of when it left my account.").includes('intent.complaint'));
  assert.ok(flags('customer', "You paid my VAT late and I'm going to report you to the ombudsman.").includes('intent.complaint'));
  assert.ok(!flags('customer', '那能退回来吗？我客户气坏了，说要去投诉我们那个记账公司。').includes('intent.complaint'));
  assert.ok(flags('customer', 'Fifty-five bucks for one transfer. Not exactly over the moon about that, mate. Your mob never mentioned the correspondent fee when I set it up, bit rich.').includes('intent.complaint'));
  // A client's move retold and a spare payroll account closed with the main one kept are no leaving.
  assert.ok(!flags('customer', '哦，那还挺便宜。我有个客户说他们现在那家银行代发太贵，要换银行，我想推荐他来你们这。').includes('intent.churn'));
  assert.ok(!call(['customer', '你好，我们是个小记账公司，之前开了一个代发工资用的专用账户，现在那个客户不做了，想把这个户销掉。'], ['customer', '好的。我们基本户还是放你们这里，就这个没用的销掉。']).includes('intent.churn'));
  // A wrong payment promised back by Friday is a refund promise, not a guarantee of returns.
  assert.ok(!call(['agent', "Don't you worry, Margaret, you'll get every penny of that back by Friday, these always come back."]).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', "Don't you worry, Margaret, you'll get every penny of that back by Friday, these always come back."]).includes('service.no_refund_promise'));
  // "Cheers, you're verified" is no closing; a thank-you and goodbye after the check still is.
  assert.ok(call(['agent', 'Cheers, you\'re verified. You paid two hundred US at one rate and the refund came back at another.'], ['customer', "So there's nothing you can do?"], ['agent', "Nah. That's it."]).includes('closing.polite'));
  assert.ok(!call(['agent', "Thanks, you're verified. I'll send the paperwork to your email. Thanks for calling, bye now."]).includes('closing.polite'));
  // A balance said with its amount, a movement with its amount and when, and a payroll limit raised touch the account; a
  // product's minimum balance and an instalment question do not.
  assert.ok(call(['customer', "Hi, I'm waiting on a refund from a courier for a cancelled delivery. Card ends 0969."], ['agent', "Okay, card ending 0969, balance is one thousand two hundred and six pounds, and there's no refund from any courier."]).includes('identity.verification'));
  assert.ok(!call(['customer', 'What do I need to keep in the account to avoid the fee?'], ['agent', 'The minimum balance is one thousand pounds, then there is no monthly fee.']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我刚才收到一个短信，我点进去填了卡号，现在有点慌。'], ['agent', '我这边看到这张卡目前状态正常，刚才十分钟前有一笔三千二百块的境外消费在授权中，还没入账。'], ['agent', '好的，那我这边先帮您核实一下身份，请问您的姓名和身份证后六位？'], ['agent', '核实通过。']).includes('identity.verification'));
  assert.ok(!call(['customer', '我有一笔五千块的消费想分十二期，手续费怎么算？'], ['agent', '分十二期的话每期手续费率是百分之零点六，具体以账单为准。']).includes('identity.verification'));
  assert.ok(call(['customer', '还有，麻烦把我们单日代发限额从五十万调到八十万，下周有个大客户。'], ['agent', '好的，已经帮您调到八十万了。']).includes('identity.verification'));
});

test('round 123 (fresh233/fresh234 causes, after their blind score; measured blind on fresh235/fresh236): an auction house named, a shop owner\'s plan with his own bank, one unused card closed, a deposit\'s route told, details for a payer abroad, a tea shop\'s payment, a card\'s state and a block read out', () => {
  // An auction house named as the one blamed is no complaint; sarcasm about a week's hold that merely mentions the auction house is.
  assert.ok(!flags('customer', "Hi, I'm absolutely livid with Hartwell Auctions. I consigned a painting, they've lost it, and they kept my forty-pound listing fee.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Oh, wonderful. Wonderful service as always. A whole week, and the auction house is about to cancel my sale.').includes('intent.complaint'));
  // A shop owner's plan to complain to his own bank is neither a complaint nor an escalation here.
  assert.ok(!flags('customer', "Okay, good. The owner was pretty upset, he said he'd complain to his bank and get it escalated on their end.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Okay, good. The owner was pretty upset, he said he'd complain to his bank and get it escalated on their end.").includes('intent.escalation'));
  // One unused card closed is no leaving; every card closed and the money moved is.
  assert.ok(!flags('customer', '你好，我想把一张信用卡注销掉，就是那张艺术主题的联名卡，我基本不用。').includes('intent.churn'));
  assert.ok(flags('customer', '你好，我想把你们家的卡全注销掉，钱都转到别的银行去。').includes('intent.churn'));
  // A security deposit's route told (也是原路返回) promises nothing; 保证 … 一分不少给您退回来 still does.
  assert.ok(!call(['agent', '谢谢您的认可。开户当天就能用，保证金退回也是原路返回这个账户。']).includes('service.no_refund_promise'));
  assert.ok(call(['agent', '您放心，保证金我保证一分不少给您退回来。']).includes('service.no_refund_promise'));
  // What to give a payer abroad is general; a payment with the balance left, a card's state and a block with the last spend, read
  // out before any check, touch the account.
  assert.ok(!call(['customer', '你好，明天有个日本客户要给我打一笔日元过来，我想问问怎么收。'], ['agent', '好的，这个是境外汇入汇款。您提供给对方您的账户名、账号、我行的SWIFT代码，还有分行地址就可以了。']).includes('identity.verification'));
  assert.ok(call(['customer', '哎你好，我这个卡上有一笔茶叶的钱我不太认，叫什么云岭茶庄？'], ['agent', '我看一下啊。嗯，是有的，九月十二号下午三点二十，云岭茶庄，一千二百八十元，刷的是您的储蓄卡，余额现在还剩四千三百多。'], ['agent', '好的，那为了后续处理，麻烦先报一下您的姓名和身份证后四位。'], ['agent', '好的韦女士，核对无误。']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我在网上一个茶庄买了两饼普洱，收到货一看就是假的，想退款。'], ['agent', '好的，我看一下您的卡……九月三号，古韵茶庄，两千四百元，信用卡尾号五六零八，卡片目前正常使用。']).includes('identity.verification'));
  assert.ok(call(['customer', '我的卡怎么刷不了了？刚才在酒行买礼盒，刷了两次都失败。'], ['agent', '我看看……您这张卡尾号二九八九，昨天晚上被风控冻结了，原因是短时间内在多个烟酒商户有大额交易。'], ['agent', '最后一笔是昨天晚上九点，御品酒行，八千八百元，这个是您本人吗？']).includes('identity.verification'));
});

test('round 124 (fresh235/fresh236 causes, after their blind score; measured blind on fresh237/fresh238): advice and other banks\' stories retold, a tour operator blamed, a firm gone bust, a co-branded card closed, the bank\'s mistake, a spread called 黑, a third freeze, 铁定要退, payments in told with their payers', () => {
  // Advice retold and a mate's or a villager's complaint about another bank are neither a complaint nor leaving; the caller's own
  // 12378 call about this bank is a complaint.
  assert.ok(!flags('customer', 'Hi. Right, so my travel agent said I should ring you up, complain and threaten to switch banks because my card got declined at the hotel in Cairo. But honestly I just want it sorted.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Hi. Right, so my travel agent said I should ring you up, complain and threaten to switch banks because my card got declined at the hotel in Cairo. But honestly I just want it sorted.').includes('intent.churn'));
  assert.ok(!flags('customer', 'Only my mate had his held three weeks at another bank, he went to the ombudsman in the end and got compensation.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我有个老乡，在别的银行，钱被扣了半个月，他气得打了一二三七八去投诉那家银行。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们把我的钱扣了半个月，我已经打了一二三七八去投诉你们银行。').includes('intent.complaint'));
  // A tour operator blamed, taken to the tourism bureau, or in the news for going bust is no complaint about the bank; a co-branded
  // card closed after its partner went bust is no leaving.
  assert.ok(!flags('customer', "Hi. I'm fuming. The tour operator we used for Vietnam was a bunch of absolute cowboys, the hotels were nothing like the brochure.").includes('intent.complaint'));
  assert.ok(!flags('customer', '协商个屁，他们根本不理人。我已经准备去旅游局和消协告他们了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '喂，你好，那个天行旅游公司，你们知道吧，上新闻了，倒闭了，我在他们那儿交了两个人的团费。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我想把那张旅游联名卡销了，那个旅行社都倒闭了，卡上的积分权益也没用了。').includes('intent.churn'));
  // "Your bank's mistake … it's cost me", a spread called 真是黑 and sarcasm beside a third freeze complain; "your fault, not mine"
  // said of a fee is labelled no complaint in the corpus and stays none.
  assert.ok(flags('customer', "Because one of your colleagues told me in March to wait. This is your bank's mistake, not mine, and it's cost me two thousand pounds.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I've been charged overdraft fees because my wages were late over the weekend, which was your fault, not mine.").includes('intent.complaint'));
  assert.ok(flags('customer', '一些差别？我换一万美金比隔壁多花了好几百，你们这点差真是黑。').includes('intent.complaint'));
  assert.ok(flags('customer', 'Brilliant service, really. Third freeze this month. I should just start sleeping at the branch at this rate.').includes('intent.complaint'));
  // 铁定要退 … 一准到账 promises an undecided refund; 为准 到账后 is no 准到账.
  assert.ok(call(['agent', '这事您就包在我身上，旅行社取消的铁定要退，下周一准到账，您不用管了。']).includes('service.no_refund_promise'));
  assert.ok(!call(['agent', '养老金的发放日期是社保部门定的 一般假期前会提前 具体以社保通知为准 到账后我们这边会有短信提醒']).includes('service.no_refund_promise'));
  // Payments in told with their payers, a balance found by the calling number and a day's credits read out touch the account.
  assert.ok(call(['customer', 'Hi Ben, I want to check if the payments from the weekend car boot came through.'], ['agent', "Sure, let me look. Okay, on Saturday there's three hundred and forty from J Patel, on Sunday two hundred and ten from a Sophie Grant."], ['agent', 'Oh, sorry, I should have done this first, can you confirm your name and the first line of your address?'], ['agent', 'Thanks, that matches.']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, my account's frozen, can you see it?"], ['agent', "Yeah, that number's on an account with nine thousand three hundred and twenty in it, and it's frozen."]).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我想查一下这两天有几笔钱进来了。'], ['agent', '我看一下，昨天进来三笔，一笔一万二是个人转账，一笔八千六，还有一笔三万是某某再生资源公司转的。'], ['agent', '哦对，先跟您核实一下身份，请报一下姓名和身份证后四位。'], ['agent', '核实通过。']).includes('identity.verification'));
});

test('round 125 (fresh237/fresh238 causes, after their blind score; measured blind on fresh239/fresh240): a clinic owner who vanished, a kind of loan feared, a clinic\'s and a supplier\'s advice retold, a return promised in a pitch, a loan\'s and a plan\'s remainder told, an instalment\'s card changed', () => {
  // A clinic owner who vanished and a kind of loan feared are no complaint about the bank; the bank's own doing still is.
  assert.ok(!flags('customer', "Only one implant was done. The owner has vanished, it's a disgrace what that man has done.").includes('intent.complaint'));
  assert.ok(flags('customer', "You took the payment twice and nobody calls me back. It's a disgrace what your bank has done.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我想先问问这个分期是你们银行直接办的还是诊所自己弄的，因为我怕是那种乱七八糟的贷款，现在好多诊所都跟什么小贷公司合作。').includes('intent.complaint'));
  // Advice retold from a clinic's receptionist, and a supplier's threat to his own bank manager, are neither escalation nor complaint.
  assert.ok(!flags('customer', 'My dentist\'s receptionist told me I should "escalate it with the insurer" and even "complain to the ombudsman about them", because my dental claim was cut in half.').includes('intent.escalation'));
  assert.ok(!flags('customer', '诊所前台跟我说，钱要是三天不到账就让我打电话"找你们主管"，还说可以去投诉你们，我就想先问问一般多久到账。').includes('intent.escalation'));
  assert.ok(!flags('customer', '诊所前台跟我说，钱要是三天不到账就让我打电话"找你们主管"，还说可以去投诉你们，我就想先问问一般多久到账。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Ah, that's his old account. He's furious with me, he said he'd escalate it to his own bank manager.").includes('intent.escalation'));
  // 连本带息一分都不会少 in a pitch reads no account (it is a guarantee, judged by its own rule).
  assert.ok(!call(['agent', '陈老板，现在我们有一款结构性存款，年化能到百分之四点五。'], ['agent', '没关系,到时候连本带息一分都不会少,比放着强多了。']).includes('identity.verification'));
  assert.ok(call(['agent', '没关系,到时候连本带息一分都不会少,比放着强多了。']).includes('sales.no_guaranteed_returns'));
  // A loan's and a plan's remainder told touch the account, and a check after them is late; an instalment's card changed with the
  // balance read out needs a check.
  assert.ok(call(['customer', "Yeah hi, it's about the loan for the dental chairs, Brightsmile Dental on Hale Street. Just want to know where we're at."], ['agent', 'Let me pull that up. Your equipment loan has forty-two thousand three hundred outstanding, and the next repayment of two thousand one hundred and eighty comes out on the first.']).includes('identity.verification'));
  assert.ok(call(['customer', 'Your branch told me the implant plan had no fees at all, and now I am seeing charges.'], ['agent', 'So there is an implant instalment plan, three thousand two hundred remaining, and a monthly plan fee of twenty-four dollars.'], ['agent', 'Can I just confirm your date of birth for security?'], ['agent', 'Thanks, that matches.']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我女儿的牙齿矫正分期，原来是从我那张储蓄卡扣款，我想换成另一张。'], ['agent', '好的，我看一下，这个分期还剩八期，每期两千一，原来扣款卡余额只有三百多了，确实得换。新卡号多少？'], ['agent', '好的，已经帮您改成这张卡了。']).includes('identity.verification'));
});

test('round 126 (fresh239/fresh240 causes, after their blind score; measured blind on fresh241/fresh242): an employer, a head contractor and a labour agency blamed, a crew paid one by one, a complaint asked about for later, wages paid to another bank, a bid bond, sarcasm about a fee, thanks for a check, a deposit and a balance told', () => {
  // An employer, a head contractor, 项目的总包 and a labour agency blamed, and a crew paid one by one, are no complaint about the bank;
  // the bank's fees and its slow guarantee (beside 总包那边天天催) still are.
  assert.ok(!flags('customer', '我们老板太黑了，客人刷卡给的小费他一直扣着不发，说月底统一给，结果月底就给了一半。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Morning. I run a small formwork crew, eight blokes, and I'm sick of paying them one by one every Friday. Is there a way to do it in one go?").includes('intent.complaint'));
  assert.ok(flags('customer', "I'm sick of paying your fees every month for nothing.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I'm a concreting sub, and the head contractor on our job is an absolute shambles. Payments are weeks late.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，唉，我跟你说，我们这个项目的总包实在太坑了，工程款压了三个月，劳务公司也跟着推。').includes('intent.complaint'));
  assert.ok(flags('customer', '呵，你们银行效率真高啊，一个保函开了三个礼拜，总包那边天天催，预付款拿不到。').includes('intent.complaint'));
  // A complaint asked about for later and disowned is none; wages paid to another bank are no leaving.
  assert.ok(!flags('customer', 'Right. And if I wanted to complain about something down the track, who would I even talk to? Not that I do.').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi Nadia. I transferred my site crew's wages to a different bank two hours ago and they haven't got it yet.").includes('intent.churn'));
  // A bid bond is a bank guarantee, no investment.
  assert.ok(!call(['customer', "We're tendering for a hospital job. The tender asks for a bid bond. Can you lot issue one?"], ['agent', 'Yes, we can issue bid bonds, or bank guarantees as we often call them, for business customers with an approved facility.']).includes('disclosure.wealth_risk'));
  // Sarcastic praise for a fee (服务可真到位) complains; 谢谢您，核实通过了 is no closing; a deposit and a balance told before the check
  // are late.
  assert.ok(flags('customer', '呵，你们可真贴心啊，我辛辛苦苦挣点小费，你们扣得比我老板还快，服务可真到位。').includes('intent.complaint'));
  assert.ok(call(['agent', '谢谢您，核实通过了。您现在手机银行单日转账限额是五千。'], ['customer', '我试过了，刷不过去，你能帮我直接改吗？'], ['agent', '电话里改不了。'], ['agent', '那你自己看着办吧，要么去网点。']).includes('closing.polite'));
  assert.ok(call(['customer', 'The main contractor swears they paid our progress claim yesterday, can you see if it has landed?'], ['agent', "Yes, there's a deposit yesterday afternoon of eighty-four thousand two hundred from Castlegate Construction."], ['agent', "You're at ninety-one thousand six hundred and twelve."], ['agent', 'Oh, before we go any further, what is your date of birth?'], ['agent', "Thank you, that's verified."]).includes('identity.verification'));
});

test('round 127 (fresh241/fresh242 causes, after their blind score; measured blind on fresh243/fresh244): a sister\'s advice declined, a track record in a pitch, a transfer declined last time, a car dealer taken to 12315, messed about, a fixed-rate business bond', () => {
  // A sister's advice retold and declined is neither complaint nor leaving.
  assert.ok(!flags('customer', "Morning Grace. My sister keeps telling me to complain to you lot and close everything, but honestly I'm not complaining, I just want to understand something.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Morning Grace. My sister keeps telling me to complain to you lot and close everything, but honestly I'm not complaining, I just want to understand something.").includes('intent.churn'));
  // "It's never had a down year … you won't lose a penny" sells (a guarantee), it promises no refund.
  assert.ok(!call(['agent', "Honestly, it's never had a down year since launch. You'll be absolutely fine, you won't lose a penny on this one."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', "Honestly, it's never had a down year since launch. You'll be absolutely fine, you won't lose a penny on this one."]).includes('sales.no_guaranteed_returns'));
  // A transfer declined last time, and a car dealer's manager and 12315 complaint, are no escalation or complaint here; the bank
  // blamed beside the dealer still complains, as does "your lot have messed me about".
  assert.ok(!flags('customer', '嗯，上次我打电话，你们那个客服还说要给我转主管，我说不用，就是想问清楚。').includes('intent.escalation'));
  assert.ok(!flags('customer', '对，他们收了定金说车有问题不卖了，钱也不退，我找他们经理都没用，我打算去12315投诉他们，必要的话找律师。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，他们收了定金说车有问题不卖了，钱也不退，我找他们经理都没用，我打算去12315投诉他们，必要的话找律师。').includes('intent.escalation'));
  assert.ok(flags('customer', '我就说嘛 你们跟车行说法都对不上 这不是欺骗消费者吗 太过分了 我要投诉').includes('intent.complaint'));
  assert.ok(flags('customer', 'Because whoever I spoke to did not bother putting it on. This is the third time your lot have messed me about.').includes('intent.complaint'));
  // A fixed-rate business bond is a deposit.
  assert.ok(!call(['agent', 'For a year, our one-year fixed rate business bond pays four point one percent, and that rate is guaranteed for the full term.']).includes('disclosure.wealth_risk'));
});

test('round 128 (fresh243/fresh244 causes, after their blind score; measured blind on fresh245/fresh246): a dealer named, a chore, a neighbour\'s complaint and a friend\'s move retold, an instalment\'s approval told in general, a savings account with no investment risk, a rumour disowned, an absurd fee, a recall promised by Friday, 说冻就冻', () => {
  // A dealer named by what it is called, a chore and a neighbour's complaint retold are no complaint; a friend's move waved off is
  // no leaving.
  assert.ok(!flags('customer', "Hi. I'm absolutely fuming. A dealer called Cremona Classics sold me a so-called antique violin, and a luthier just told me it's a factory instrument. Total con artists.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Morning Dale. I run a fruit and veg stall on the Saturday market and I'm fed up carrying the takings home in a carrier bag. Someone said you do night safes?").includes('intent.complaint'));
  assert.ok(!flags('customer', "My neighbour complained to your branch last month about the QR, but for me, no problem at all.").includes('intent.complaint'));
  assert.ok(!flags('customer', '那就好。老李还说他要把钱都换到别的银行去，我说你换你的，我在这儿办得挺好，懒得折腾。').includes('intent.churn'));
  // How a special instalment is approved, told in general, reads no account; a normal savings account is no investment; a
  // rumour from a parents' group disowned is no refund promise.
  assert.ok(!call(['customer', '我想给孩子买架钢琴，能分期吗？'], ['agent', '好的，这种大额专项分期是需要单独申请的，额度跟您信用卡的固定额度是分开的，一般会根据您的收入情况和征信来审批，最高可以做到三十万。']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Is that an investment?'], ['agent', "No, the takings sweep into your savings account every night. It's a normal savings account, no investment risk."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', '验证通过了。关于退款，我得跟您说实话，群里说的“银行肯定给退”，我们这边没法保证，要看调查结果。']).includes('service.no_refund_promise'));
  // An absurd fee nobody told of and 说冻就冻 complain; a recall not yet tried promised back by Friday is a refund promise.
  assert.ok(flags('customer', "That's a third of the payment! It's absurd, and no one ever told me about this fee when I opened the account.").includes('intent.complaint'));
  assert.ok(call(['agent', "It's already left us, but don't worry, we'll get that back for you. You'll have it back in your account by Friday at the latest."]).includes('service.no_refund_promise'));
  assert.ok(flags('customer', '什么异常？那是饭店老板来进货，一下子付了几千块，这有什么异常的！你们说冻就冻，我今天一上午生意全白做了！').includes('intent.complaint'));
});

test('round 129 (fresh245/fresh246 causes, after their blind score; measured blind on fresh247/fresh248): a third party\'s terms, a shop\'s own promise, a husband\'s rant and a manager no longer needed, all cards cancelled, money moved to the other bank, a customer not treated right, past returns projected forward', () => {
  // "That depends on the plan's contract … ask the provider" answers in general; no account is looked at.
  assert.ok(!call(['customer', "I'm looking at a pre-need funeral plan for my grandmother. Can I set it on my credit card?"], ['agent', "That depends on the plan's contract, so you'd want to ask the provider how they handle the balance."]).includes('identity.verification'));
  // A shop's mistake and its own promise, a husband's rant retold and a manager thought of until the answer came are no complaint or escalation.
  assert.ok(!flags('customer', '我姓赵。花店把我爸出殡的花篮送错了，他们自己说了，肯定能退我钱，可是到现在也没退。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi, my husband was ranting last night that we should ring and demand a manager, but I said I'd just call and ask. The language school says our payment bounced.").includes('intent.escalation'));
  assert.ok(!flags('customer', '哦，原来是这样。我刚才还想着不行就让你们主管来处理，现在不用了。').includes('intent.escalation'));
  // Every card cancelled and the money moved to the bank named before are a leaving.
  assert.ok(flags('customer', '还有，办完这事我们家所有卡都销了，去工行。').includes('intent.churn'));
  assert.ok(flags('customer', '还是差不少。算了，我这个月到期后就把钱全部转到那边去了，卡也不打算用了。').includes('intent.churn'));
  // "This is not how to treat a customer" and a fourth call complain.
  assert.ok(flags('customer', 'Every time it is the same story, under investigation. My daughter will be deregistered. This is not how to treat a customer at all.').includes('intent.complaint'));
  assert.ok(flags('customer', 'Please, this is the fourth time I am calling about the school fees I sent to Melbourne.').includes('intent.complaint'));
  // Past returns said to hold in future promise them; the same words about a fee waived do not.
  assert.ok(call(['agent', '收益是看投资账户的，这个账户过去五年每年都有百分之八左右，以后肯定也差不多这个水平，您就放心吧。']).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', '年费已经给您免了，以后肯定也不会再扣了，您放心。']).includes('sales.no_guaranteed_returns'));
});

test('round 130 (fresh247/fresh248 causes, after their blind score; measured blind on fresh249/fresh250): cowboys and insurers blamed, one card closed with the rest kept, a refund said to be as good as back, a time deposit, another fee, the bank just taking it, service worse and worse, a third call, a structured deposit\'s floor sold as sure', () => {
  // Cowboys are the trade blamed, not the bank ('Absolute cowboys, the lot of you' still complains: rounds 101); an insurer slow to pay neither.
  assert.ok(!flags('customer', "Hi, yes, I paid a body shop six hundred and fifty dollars up front to fix a dent and now they're not answering the phone, the place is shut. Total cowboys.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我车出了事故在修理厂修，保险公司说理赔款打到我卡上了，我怎么没看到？这个保险公司真是磨磨唧唧的，拖了一个月了。').includes('intent.complaint'));
  // One credit card closed while the debit card and the business account stay is no leaving.
  assert.ok(!call(['customer', '你好，我想把我那张白金信用卡销掉，年费太贵了，我修车店平时用不上。'], ['customer', '没关系。我借记卡和店里的对公账户还用你们的，就这张信用卡不要了。']).includes('intent.churn'));
  // A chargeback or a misdirected transfer said to be as good as back promises the refund; 放一百个心 beside it sells no investment.
  assert.ok(call(['agent', '您放心，刷信用卡就这点好，这钱跑不掉，我给您发起拒付，下周就回您账上了。']).includes('service.no_refund_promise'));
  const traced = call(['agent', '明白了。这样，我马上帮您提交错账协查，联系对方银行。这钱您就当已经回来了，放一百个心。']);
  assert.ok(traced.includes('service.no_refund_promise'));
  assert.ok(!traced.includes('sales.no_guaranteed_returns'));
  // A time deposit's protected principal is a deposit fact.
  assert.ok(!call(['agent', 'Then a time deposit might suit you better, your principal is protected there. You can also do a risk questionnaire first to see what fits.']).includes('sales.no_guaranteed_returns'));
  // Another fee met with sarcasm, a fee the bank "just takes", service worse and worse, a third call and 这么拖拉 complain.
  assert.ok(flags('customer', "Oh brilliant. Another fee. You lot really know how to look after your customers, don't you.").includes('intent.complaint'));
  assert.ok(flags('customer', "Before it was only sixty. Nobody told me. It's not fair, we work very hard for this money and the bank just takes it.").includes('intent.complaint'));
  assert.ok(flags('customer', '这个月代发每笔又涨了两块钱，也没人通知我们。你们服务是真的越来越差，客户经理电话也不接。').includes('intent.complaint'));
  assert.ok(flags('customer', '我是第三次打电话了！我给家政公司的服务费，你们银行扣了两遍，一千二扣了两次。').includes('intent.complaint'));
  assert.ok(flags('customer', '处理了两个礼拜了还在处理！你们银行办事就是这么拖拉的？每次打来都说在处理。').includes('intent.complaint'));
  // A structured deposit's floor sold as sure promises a return; its principal told beside a floating return does not.
  assert.ok(call(['agent', '我们有款结构性存款，挂钩黄金，保底收益百分之三，最高能到百分之五，本金不会亏。']).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', '结构性存款是存款 本金有保障 但是收益是浮动的 挂钩金融衍生品 有可能只拿到最低那一档收益']).includes('sales.no_guaranteed_returns'));
});

test('round 131 (fresh249/fresh250 causes, after their blind score; measured blind on fresh251/fresh252): what is left on an instalment plan, name and postcode, a code from the text, an issue\'s track record, a repair place and a removal firm blamed, a television threat, a mortgage ported', () => {
  // What is left on an instalment plan, read out without a check, needs one.
  assert.ok(call(['customer', "Hi Priya, I bought a Samsung on a twelve-month instalment plan with your card and I just want to know what's left."], ['agent', "No problem, let me pull that up. So on the card ending 7420 the plan was nine hundred and sixty pounds, you've paid four instalments, and there's six hundred and forty left, eighty a month."]).includes('identity.verification'));
  // Full name and postcode asked together, and a texted code read back, are checks.
  assert.ok(!call(['customer', 'Hi, my card got declined at the phone shop. The number is 4539849803997420.'], ['agent', 'Okay, and your full name and postcode please?'], ['customer', 'Aisha Rahman, E14 7QP.'], ['agent', "Thank you Aisha. Just to confirm, that's card number 4539 8498 0399 7420?"], ['customer', 'Yes.'], ['agent', "Thanks. The decline was because the shop's terminal tried it as a contactless over the limit."]).includes('identity.verification'));
  assert.ok(!call(['customer', 'You charged me twenty-five quid because my storage direct debit bounced, on the day I was paying the movers.'], ['agent', 'Sorry to hear that. Name and security code from the text please?'], ['customer', 'Mike Doherty, 2 0 4 4 7 1.'], ['agent', 'Thanks, Mike. Yes, a returned payment fee of twenty-five pounds was applied on the third.'], ['customer', "It's a rip-off. If that isn't refunded I'm going to the Financial Ombudsman."], ['agent', 'I understand. I can put a fee review in for you, and the team will look at it within five working days.'], ['customer', 'Fine, do that.'], ['agent', "I've submitted it. You'll get a text with the outcome."]).includes('identity.verification'));
  // "Every issue we've run has paid out the full five percent" sells an investment; it promises no refund.
  assert.ok(!call(['agent', "Between you and me, you won't lose a penny. Every issue we've run has paid out the full five percent, it's basically money in the bank."]).includes('service.no_refund_promise'));
  // A repair place reviewed and a removal firm blamed are no complaint about the bank; a threat to call television is one.
  assert.ok(!flags('customer', "Morning. I'm absolutely fuming. That repair place in the arcade charged me ninety quid to fix my charging port and it's worse than before.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Useless the lot of them, I'm leaving them a one-star review.").includes('intent.complaint'));
  assert.ok(!flags('customer', '那个搬家公司简直离谱，打电话也不接，态度恶劣得很。').includes('intent.complaint'));
  assert.ok(flags('customer', '今天要是再没人来，我就打电话给电视台，让大家看看你们银行怎么对商户的。').includes('intent.complaint'));
  // Porting a mortgage on moving house, asked in general, is no leaving.
  assert.ok(!flags('customer', 'Hi, just a general question. If I sell and buy somewhere else, can I take my mortgage with me?').includes('intent.churn'));
});

test('round 132 (fresh251/fresh252 causes, after their blind score; measured blind on fresh253/fresh254): a customer\'s deposit lost, a refund back for sure, a caterer gone, one card closed with the rest kept, a floor and a track record sold as sure, takings read to a merchant, a buddy\'s bank, a card read before the check, a question offering the account, 受气 and 收费太狠', () => {
  // A customer's deposit lost by the app is no customer lost.
  assert.ok(!flags('customer', "So, I'm not exactly thrilled, to be honest. That's the third time this month your app has lost a customer's deposit payment off my statement, and then it shows up two days later.").includes('intent.churn'));
  // A dispute's refund promised "for sure" is a refund promise; "basically guaranteed" beside it sells no investment.
  assert.ok(call(['agent', "No worries, I'll put a dispute in. You'll get the six twelve back for sure, probably by Friday."]).includes('service.no_refund_promise'));
  assert.ok(!call(['agent', "Maybe an invoice if they ask, but it's basically guaranteed."]).includes('sales.no_guaranteed_returns'));
  // A caterer gone with the deposit is no complaint about the bank.
  assert.ok(!flags('customer', "Hi, this is Sophie Tremblay. The caterer for my daughter's sweet sixteen just disappeared with my eight hundred dollar deposit. Total scam artists, I'm furious.").includes('intent.complaint'));
  // One card closed with the savings and mortgage still here is no leaving.
  assert.ok(!flags('customer', '店转给别人了，这张卡用不着了。储蓄卡和房贷还都在你们这儿，不动。').includes('intent.churn'));
  // A structured deposit's floor "稳稳地拿到手" and "没一个亏的" after a risk warning promise returns.
  assert.ok(call(['agent', '您不用担心这个，金价怎么走都无所谓，最差也有三点五，稳稳地拿到手，基本上就是白捡的收益。']).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '说是这么说，但您放心，跟着我们买的客户这几年没一个亏的，不会让您亏钱的。']).includes('sales.no_guaranteed_returns'));
  // Takings and fees read out to a merchant who gave only a merchant number need a check.
  assert.ok(call(['customer', '你好，我是开糕点铺的，想问问我那个POS机昨天的钱到账没有。'], ['agent', '你商户号多少？'], ['customer', '六六一零二九。'], ['agent', '嗯，昨天到账一笔九千三，还扣了五十六块手续费，还有一笔两千没到。']).includes('identity.verification'));
  // A buddy's card at another bank is no leaving.
  assert.ok(!flags('customer', 'My buddy had a card with another bank where the fuel cashback just vanished, and he said he was going to the ombudsman about it. Does yours cap the cashback?').includes('intent.churn'));
  // A card read from the system before the check makes the check late.
  assert.ok(call(['customer', "Hi, I paid a parking fine on the council website and I'm not sure which card I used."], ['agent', 'Let me look. It was paid with your card 4012 8811 0948 5988, on the ninth, for seventy pounds.'], ['customer', "Oh, that's my old card then."], ['agent', 'Right. Before we go further, can I take your name and date of birth for security?'], ['customer', 'Joanne Lister, first of August eighty-two.'], ['agent', "Thank you Joanne, you're verified. That old card is still active. Would you like me to cancel it?"]).includes('identity.verification'));
  // "了解产品还是直接查您账户" asks; it looks at no account.
  assert.ok(!call(['customer', '你好，我是开洗车店兼加油站的，账上有点闲钱，有没有啥理财推荐？'], ['agent', '可以的，请问您是想了解产品还是直接查您账户的情况？'], ['customer', '就先了解一下产品。']).includes('identity.verification'));
  // 你们就会反馈 … 受气, and 收费太狠 with 服务又差, complain.
  assert.ok(flags('customer', '反馈反馈，你们就会反馈。说实话，隔壁农商行早就找我了，这笔贷款一结清，我对公账户和家里的存款全都转过去，不在你们这受气了。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们收费也太狠了，服务又差，上次柜台等了一个多小时。').includes('intent.complaint'));
});

test('round 133 (fresh253/fresh254 causes, after their blind score; measured blind on fresh255/fresh256): an instalment balance brought up, 扣了多少, a shop, a bike-share company and a resale site blamed, a husband talked down, 受够了, an approver asked for, sure win, a dispute lost, a fee taken again', () => {
  // An instalment plan's balance read out, brought up or asked as 扣了多少, needs a check.
  assert.ok(call(['customer', "Hiya, I bought an e-bike on one of your card instalment plans in spring and I've lost track of how much is left."], ['agent', "No problem, let me bring that up. So the e-bike plan was one thousand nine hundred and twenty pounds over twelve months, you've made seven payments and there's eight hundred pounds outstanding, five more at one sixty."]).includes('identity.verification'));
  assert.ok(call(['customer', '喂你好，我那个电动车分期这个月扣了多少？'], ['agent', '我看一下……这个月扣了五百三十二块，包括分期本金和手续费。']).includes('identity.verification'));
  // A shop, a bike-share company and a resale site blamed (the bank cleared) are no complaint about the bank.
  assert.ok(!flags('customer', "Hi Ade, my e-scooter's battery swelled up after two weeks and the shop's being useless.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，那个单车公司太过分了，押金拖了一年都不退，我想问问银行能不能帮忙。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi Tom. I'm fuming, not with you guys, you've always been good, but with this resale site.").includes('intent.complaint'));
  assert.ok(!flags('customer', "The promoter says it's the resale site's fault, the site's saying it's the promoter's. Useless, the lot of them. I'm going to report them to Trading Standards.").includes('intent.complaint'));
  // A husband's plan retold and talked down is neither an escalation nor a complaint; 受够了 with the bank complains but does not leave.
  assert.ok(!flags('customer', "Oh lovely. My husband was all for going to the ombudsman and demanding a manager, but I told him there's no need, you lot haven't done anything wrong.").includes('intent.escalation'));
  assert.ok(!flags('customer', "Oh lovely. My husband was all for going to the ombudsman and demanding a manager, but I told him there's no need, you lot haven't done anything wrong.").includes('intent.complaint'));
  assert.ok(!flags('customer', '都一个多月了，你们银行就是在拖，我已经受够了。再这样我就打12378，向金融监管总局投诉你们。').includes('intent.churn'));
  // Someone with the authority to approve asked for is an escalation.
  assert.ok(flags('customer', '嗯，我理解，你们这边服务一直挺好的。不过这事儿你应该做不了主吧，能不能帮我转给有审批权限的负责人？').includes('intent.escalation'));
  // Singlish "confirm can get … sure win" promises a return.
  assert.ok(call(['agent', 'Actually we got one structured product, six months, linked to index. Confirm can get five percent one, sure win, no need to worry.']).includes('sales.no_guaranteed_returns'));
  // A dispute the bank lost, and sarcasm after a fee taken again, complain; six weeks waited on a homeowner do not.
  assert.ok(flags('customer', "Yeah, hi. I lodged a dispute for Splendour in the Grass tickets six weeks ago and now you're telling me you've lost it?").includes('intent.complaint'));
  assert.ok(flags('customer', '上次打电话说会处理，结果又扣了一次，你们这服务真是让人服气。').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Oh, where do I start. I finished a rewire six weeks ago and the homeowner still hasn\'t paid. Nightmare.').includes('intent.complaint'));
});

test('round 134 (fresh255/fresh256 causes, after their blind score; measured blind on fresh257/fresh258): a franchisor\'s head office, a solicitor onto them, 这个总部, a complaint followed up, a watch dealer, advice and a neighbour retold, 等着钱回来, a card blocked before the check, a look offered, 你们服务就是这样, 了还没到', () => {
  // A franchisor's head office is no one above the agent (the bank's still is: the last case); a franchisor, a watch dealer and an
  // earlier complaint about someone else followed up are no complaint about the bank.
  assert.ok(!flags('customer', "Hi, I paid my franchise fee to the burger chain head office last week by card and they claim they haven't had it.").includes('intent.escalation'));
  assert.ok(!flags('customer', "They took my franchise fee, promised training, supply, the lot, and now the head office phone's dead. Absolute cowboys. I'm getting a solicitor onto them.").includes('intent.complaint'));
  assert.ok(!flags('customer', '好，你们银行这边倒是没什么问题，就是这个总部太坑了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我姓马，马建国。上个月我投诉过加盟总部多扣的设备押金，想问问结果。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我跟你说，那个二手表商太黑了，卖给我的表机芯是换过的，我要把钱要回来。').includes('intent.complaint'));
  // Advice and a neighbour's threat retold are not the caller's own.
  assert.ok(!flags('customer', 'My accountant said I should complain to the ombudsman and demand a manager, but honestly, I just want it sorted.').includes('intent.escalation'));
  assert.ok(!flags('customer', '哎你好，我问个事，我隔壁那个开炸串店的老板说你们的经营贷利率比别家高，他说他要把钱都转到别的银行去，还说要投诉你们。').includes('intent.complaint'));
  // "十拿九稳，您就等着钱回来吧" awaits a refund; it sells no investment.
  assert.ok(!call(['agent', '您这种人在国内、卡在身上的，十拿九稳，您就等着钱回来吧，不用操心。']).includes('sales.no_guaranteed_returns'));
  // A card's block and a flagged payment told before the check make it late; a look offered after a check not yet asked for is none.
  assert.ok(call(['customer', 'Morning. My card got declined at a pawnshop when I was buying back my Tag Heuer.'], ['agent', "Right, let me pull it up. Yes, that card's currently blocked. A payment of two thousand one hundred dollars at Main Street Pawn was flagged as suspected fraud about twenty minutes ago."], ['customer', 'That was me, I was buying my watch back.'], ['agent', 'Okay. Before I go any further, can I just confirm your full name and date of birth?'], ['customer', 'Daniel Park, eighth of August eighty-four.'], ['agent', "Thanks Daniel, that matches. I've removed the block, so you can try again now."]).includes('identity.verification'));
  assert.ok(!call(['customer', '我问一下啊，你们那个收单手续费怎么又涨了？光手续费就多扣了好几百。'], ['agent', '理解您的想法，这是您的权利。如果您需要了解具体费率明细，可以核身后我帮您查询。']).includes('identity.verification'));
  // 你们服务就是这样 and sarcasm with 了还没到 complain.
  assert.ok(flags('customer', '合同写了有什么用，当时客户经理一个字都没提！你们服务就是这样的。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行效率可真高啊，我周一转给香港表行的钱，今天周四了还没到，真是佩服。').includes('intent.complaint'));
  assert.ok(flags('customer', 'Put me through to your head office, I want this looked at by someone who can fix it.').includes('intent.escalation'));
});

test('round 135 (fresh257/fresh258 causes, after their blind score; measured blind on fresh259/fresh260): a dry cleaner blamed, a card blocked before the check, a fellow driver retold, how to apply, 就知道收钱, 简直是乱来, you lot are unbelievable, 变着法儿扣', () => {
  // A dry cleaner and its owner blamed are no complaint about the bank.
  assert.ok(!flags('customer', '我姓林，林佳慧。我跟你说那个干洗店太过分了，我一件羊绒大衣送过去，拿回来缩成童装了！').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，就是这笔。他们老板还不认账，说是衣服本身质量问题，气死我了。').includes('intent.complaint'));
  // A card's block and the payment behind it told before the check make it late.
  assert.ok(call(['customer', "Hi, my debit card won't work in the laundromat machines, can you check?"], ['agent', "Sure, what's your name?"], ['customer', 'Zoe Chambers.'], ['agent', 'Okay Zoe, I see the card is blocked because of a suspicious online payment of three hundred pounds last night.'], ['customer', "What? That wasn't me."], ['agent', "Right, before we go further, can I take your date of birth and the code I've just sent you?"], ['customer', 'Ninth of November ninety-four, code is 611 904.'], ['agent', "Thanks, verified. I'll cancel that card and send a new one, and raise a fraud claim for the payment."]).includes('identity.verification'));
  // A fellow driver's advice and his own call retold are no escalation; how to apply, told in general, looks at no account.
  assert.ok(!flags('customer', "Hi Oliver. Quick one. My mate who also drives said to get a payment holiday on the car loan you've got to demand a manager.").includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我一个一起跑车的哥们儿说，车贷要延期还得找你们领导批，是这样吗？').includes('intent.escalation'));
  assert.ok(!flags('customer', '哦，他上次打电话非要找经理，折腾半天。那我不找领导，我就问问流程。').includes('intent.escalation'));
  assert.ok(!call(['customer', 'And can I get a payment holiday on the car loan?'], ['agent', 'Sure. You apply in the app under your loan, give a reason and some income details, and you get a decision in about five working days.']).includes('identity.verification'));
  // 就知道收钱, 简直是乱来, 'you lot are unbelievable' and sarcasm with fees taken three times complain.
  assert.ok(flags('customer', '你们今年扣了我三次短信费，又扣了个年费，我一个跑车的挣点钱容易吗？你们这银行就知道收钱。').includes('intent.complaint'));
  assert.ok(flags('customer', '我跑网约车的，乘客付款当然是小额多笔了，这你们也冻？简直是乱来。').includes('intent.complaint'));
  assert.ok(flags('customer', "Fifteen quid for not paying something? You lot are unbelievable. That's the third time this year you've charged me for that.").includes('intent.complaint'));
  assert.ok(flags('customer', '呵呵，你们真是太贴心了，我一个开车的一个月挣那点，你们变着法儿扣我三回，真是太为客户着想了。').includes('intent.complaint'));
});

test('round 136 (fresh259/fresh260 causes, after their blind score; measured blind on fresh261/fresh262): a misunderstanding retold, an authority that only goes up, a company blamed, a transfer declined, damn slow, I guarantee it, 这次肯定也能拿到, tired of this, 效率太低', () => {
  // A colleague's misunderstanding retold is no leaving; an authority that "only goes up to" a limit sells nothing.
  assert.ok(!flags('customer', '对，也是中行的，尾号3707。我之前跟你们同事说要换卡，他以为我要换银行，问了半天，不是，就是家里内部换一下。').includes('intent.churn'));
  assert.ok(!call(['agent', 'Thanks Ingrid, verified. Your current limit is thirty thousand, and my authority only goes up to a small increase.']).includes('sales.no_guaranteed_returns'));
  // A company blamed is no complaint about the bank, and a transfer declined no escalation.
  assert.ok(!flags('customer', '对，这个公司太坑了，取消了还扣。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你也不用给我转什么领导了，没用。这次再拖，我直接打12378投诉你们。').includes('intent.escalation'));
  // Service "damn slow", tiredness and 效率太低 aimed at the bank complain.
  assert.ok(flags('customer', 'Every month also hold. Your service really damn slow.').includes('intent.complaint'));
  // A target hit every year "I guarantee it" and 这次肯定也能拿到 promise returns (and 'only goes up' still does beside a fund).
  assert.ok(call(['agent', "It's targeting six percent. Between you and me though, it's hit that every year, so you'll get your six percent, I guarantee it."]).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '合同上是这么写，但是您放心，这款我们发了好几期了，每期都是三点二，这次肯定也能拿到，跑不掉的。']).includes('sales.no_guaranteed_returns'));
  // Tiredness and slowness aimed at the bank complain.
  assert.ok(flags('customer', "Good day Grace. Abeg, I'm tired of this. My studio received payment from a client in Canada and you people have held it again.").includes('intent.complaint'));
  assert.ok(flags('customer', '每次都是这样，三天两头要材料，你们效率真的太低了。').includes('intent.complaint'));
  assert.ok(call(['agent', 'Honestly this fund only goes up, the returns have been great.']).includes('sales.no_guaranteed_returns'));
});
