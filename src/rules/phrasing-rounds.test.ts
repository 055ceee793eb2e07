import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TranscriptSegment } from '../model/index.js';
import { evaluateRules } from './index.js';
import { call, flags, pack } from './phrasing-cases.js';

/**
 * Rounds 30 onwards: each blind pair's general causes, tuned on only after the pair was scored once
 * (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 30 (fresh47/fresh48 causes): a phrase counts at its own time in a long turn; a negation that ends its clause', () => {
  const at = (speaker: 'agent' | 'customer', startMs: number, endMs: number, text: string): TranscriptSegment => ({ speaker, startMs, endMs, text, confidence: 0.9 });
  // A 55-s call: the last 30 s start at 25 s. "Cheers." opens an 18-s turn from 24 s: said before them.
  const pitch = "You've put in six thousand this year, so fourteen thousand left. Have you thought about our stocks and shares ISA? It's a no-brainer.";
  const closing = (last: string) => evaluateRules(pack, { segments: [at('agent', 24_000, 42_000, last), at('agent', 50_000, 55_000, 'Okay, I will leave it with you then.')], durationMs: 55_000 })
    .outcomes.find((o) => o.ruleId === 'closing.polite')!.passed;
  assert.equal(closing(`Cheers. ${pitch}`), false);
  assert.equal(closing(`${pitch} Cheers, thanks for calling.`), true);
  // 没有 closing its clause ("结果啥也没有 | 你让你们领导来") negates nothing after the space; written together it still does.
  assert.ok(flags('customer', '核查核查 上回也说核查 结果啥也没有 你让你们领导来跟我说').includes('intent.escalation'));
  assert.ok(!flags('customer', '我也不是要找你们领导说理').includes('intent.escalation'));
  // The ombudsman is a complaint to an outside body, not a superior inside the bank.
  const ombudsman = flags('customer', "I'm gonna take this to the Financial Ombudsman and stick a review on Trustpilot.");
  assert.ok(ombudsman.includes('intent.complaint') && !ombudsman.includes('intent.escalation'));
  assert.ok(flags('customer', 'From next month my salary account I am shifting to HDFC.').includes('intent.churn'));
  assert.ok(flags('customer', 'When the fixed rate ends, the mortgage, the savings, the lot is going to Barclays.').includes('intent.churn'));
  assert.ok(flags('customer', '行 那我这周一的定期到期了就全部挪过去').includes('intent.churn'));
  // A loan's principal is no investment talk; an insurance policy's investment sub-account is not the caller's account.
  assert.ok(!call(['customer', '我手上有二十万 是不是留着理财好'], ['agent', '黄先生 您的房贷剩余本金八十七万 提前还二十万需要预约']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '给小孩攒教育金有什么产品'], ['agent', '一部分是保障 一部分放到投资账户里 账户里有积极型 稳健型好几个可以选 风险等级R3 可能亏损本金']).includes('identity.verification'));
  assert.ok(call(['customer', "Hey, what's my portfolio sitting at, roughly?"], ['agent', "Your account's at forty two thousand three hundred."]).includes('identity.verification'));
});

test('round 31 (fresh49/fresh50 causes): conditions end at 的话, not enough is no negation, refunds in words, the elderly bullied', () => {
  assert.ok(flags('customer', '你跟你主管说 这个年费不退的话 我所有的卡都销了 以后全用招行').includes('intent.churn'));
  assert.ok(!flags('customer', '我不会把卡都销了的 就是问问').includes('intent.churn'));
  assert.ok(flags('customer', '那既然你这边权限不够 能拍板的人来跟我谈').includes('intent.escalation'));
  assert.ok(flags('agent', "Don't worry about it, that fee is coming off for sure.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "Yep, all three, you won't lose a cent on this one. It'll just show up as a credit.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "It's a balanced fund, you won't lose a cent on this one.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', 'Nobody mentioned that when I opened the card. Great job, really.').includes('intent.complaint'));
  assert.ok(flags('customer', '我从来没开过 你们就是欺负老人不懂').includes('intent.complaint'));
  assert.ok(flags('customer', "Once my money's back, I'm taking my pension and my savings to the Leeds building society.").includes('intent.churn'));
  assert.ok(!call(['customer', "My son-in-law says I should put it in the stock market."], ['agent', "For eighteen months it's three point nine percent APY."]).includes('disclosure.wealth_risk'));
});

test('round 32 (fresh51/fresh52 causes): Cantonese guarantees, a fund that pays, moves to a named bank, past banks, ids asked for', () => {
  assert.ok(flags('agent', '基本上冇风险 我哋呢个系列推出咗五年 从来冇一期亏过').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "It hasn't had a single down year in the eleven years we've offered it.").includes('sales.no_guaranteed_returns'));
  // "a fund that pays" is the noun; "I'll fund that" stays a verb.
  assert.ok(call(['agent', "We've got an income fund that's been paying around six percent."], ['agent', "I've never had a client lose money in it."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'Can I move money over to fund that purchase?'], ['agent', "Sure, I'll fund that from your savings."]).includes('disclosure.wealth_risk'));
  assert.ok(flags('customer', "I need the balance. I'm moving it all to Bank of China next week.").includes('intent.churn'));
  assert.ok(flags('customer', "Once the school year's paid I'm pulling everything out and moving to Standard Chartered.").includes('intent.churn'));
  assert.ok(flags('customer', '搞完呢单我张卡都唔用喇 人工我叫公司转去第二间银行出').includes('intent.churn'));
  assert.ok(flags('customer', "I'm closing down all my business accounts with you.").includes('intent.churn'));
  assert.ok(!flags('customer', 'And how long to Melbourne? Cause last time with another bank it took like eight days.').includes('intent.churn'));
  assert.ok(!flags('customer', "No, I'm done with you. Get me your manager. Now.").includes('intent.churn'));
  assert.ok(!call(['customer', "I'm calling about my mortgage pre-approval."], ['agent', 'Can I have your name and your resident ID number?'], ['agent', 'Your application is still with the credit team.']).includes('identity.verification'));
});

test('round 33 (fresh53/fresh54 causes): refinancing to a named bank, hearsay, endowments, asking after a complaint, principal locked in', () => {
  assert.ok(flags('customer', "My lock-in finished. I'm going to refinance my HDB loan over to DBS, their package is much better.").includes('intent.churn'));
  assert.ok(!flags('customer', '你好 我就是问问啊 现在好多人说转按揭 我也不是真要转').includes('intent.churn'));
  assert.ok(call(['customer', 'I want to make a partial prepayment.'], ['agent', "Have you considered our ten-year endowment plan? It's projected at four point two five percent per annum."]).includes('disclosure.wealth_risk'));
  assert.ok(!flags('customer', 'I had raised a complaint already. What is the status?').includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly, I'll be putting all this in a Google review tonight so other people know what they're in for.").includes('intent.complaint'));
  assert.ok(flags('agent', "Between you and me, no. The principal is basically locked in, you'll always get at least what you put in back.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '您放进去 一年后六个点稳稳到手').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '您放心 这笔钱我们肯定会全额退还给您的 三万八一分不少').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Don't stress, you'll one hundred percent get both fees back by Friday.").includes('service.no_refund_promise'));
  // "我们app里现在有一款…" names a product; "您卡里现在有…" reads out a balance.
  assert.ok(!call(['customer', '我想在app里买点理财'], ['agent', '我们app里现在有一款 季季红 风险等级是R2']).includes('identity.verification'));
});

test('round 34 (fresh55/fresh56 causes): fraud callbacks ask whether an activity was the customer\'s, principal back is a guarantee, one card kept', () => {
  // "是不是您本人" about a purchase checks the purchase, not the caller; the card and purchase were read out before any check.
  assert.ok(call(['agent', '您好 瑞丰银行风控中心 本次通话会录音 请问是冯先生吗'], ['customer', '嗯 对'],
    ['agent', '冯先生 您尾号3300的信用卡刚刚在京东有一笔八千九百九十九元的消费 想跟您确认一下是不是您本人']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Yes, speaking.'], ['agent', "I've sent a code to your registered mobile, could you read it to me to confirm it's you?"],
    ['agent', 'That is correct. We noticed a charge from a streaming site on your card.']).includes('identity.verification'));
  assert.ok(flags('agent', '它主要买债券 成立以来从来没亏过 跟存个定期差不多 到期本金利息都能拿回来').includes('sales.no_guaranteed_returns'));
  // Best effort, subject to the investigation, is neither a guarantee nor a refund promise; certainty is.
  assert.ok(!flags('agent', '您放心 这笔盗刷的钱我们会尽力帮您拿回来 要看调查结果').some((r) => r === 'sales.no_guaranteed_returns' || r === 'service.no_refund_promise'));
  assert.ok(flags('agent', '您放心 这笔钱肯定给您拿回来').includes('service.no_refund_promise'));
  assert.ok(!call(['customer', 'I want to cancel my credit card. I never use it.'], ['customer', 'God, no. Just the credit card. My current account and mortgage stay where they are.']).includes('intent.churn'));
  assert.ok(!flags('customer', '每次都要我们打电话来跟你们吵 烦死了 再这么搞我哪天就把卡销了 不过算了 这次先不说这个').includes('intent.churn'));
  assert.ok(!call(['agent', '喂 郑丽是吧 我这里瑞丰银行信用卡催收部门 通话是录了音的']).includes('greeting.recording_notice'));
});

test('round 35 (fresh57/fresh58 causes): disputes called won, provisional credits called final, sarcastic slowness, corrected complaints', () => {
  assert.ok(flags('agent', "Cancelled sailing, no service provided, this is a slam dunk. You are getting every penny of that back.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Honestly, don't sweat it. That money's yours now. Once we've credited it the merchant can't take it back.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', '临时入账给您的这笔就是您的了 商户那边不管怎么说 都不会再扣回去的 您放心用').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', 'No guarantee, it depends on the evidence, but keep the booking confirmation.').includes('service.no_refund_promise'));
  assert.ok(flags('customer', "Oh, fantastic work over there, really. Five days for a wire. Pony Express would've been quicker.").includes('intent.complaint'));
  assert.ok(flags('customer', "Really impressive stuff. I'll be sure to put that in my review, one star, right on your app store page.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好 我要投诉 不是 我要那个 申请争议 酒店多扣了我一晚的钱').includes('intent.complaint'));
  assert.ok(flags('customer', '算了算了 我明天就去建行开户 以后进货的钱 收款码全部弄到建行去').includes('intent.churn'));
  // "It's not an investment product" describes a CD; a general answer "depending on your card" looks at no account.
  assert.ok(!call(['customer', 'And that is guaranteed? My son keeps telling me about the stock market.'], ['agent', "A CD is a bank deposit. It's not an investment product like the market."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'Is there a fee to dispute a charge?'], ['agent', "No fee to file a dispute. There's a three percent foreign fee depending on your card."]).includes('identity.verification'));
});

test('round 36 (fresh59/fresh60 causes): private-banking moves, structured notes, superiors told to call, slowness, phrases across a comma', () => {
  assert.ok(flags('customer', "We've decided, as a family, to consolidate our banking with Pictet in Geneva.").includes('intent.churn'));
  assert.ok(flags('customer', "Unless this is done by Friday, the portfolio goes to UBS.").includes('intent.churn'));
  assert.ok(flags('customer', '我们家下半年会把在你们这边的资产 慢慢都转到瑞银那边去').includes('intent.churn'));
  assert.ok(!flags('customer', "Another bank has quoted me eight. I'd like to speak to someone who can make that decision.").includes('intent.churn'));
  assert.ok(flags('customer', '我不想听这个 你让你们私行部总经理给我打电话 今天').includes('intent.escalation'));
  assert.ok(flags('customer', 'I want the head of private banking to call me personally, today.').includes('intent.escalation'));
  assert.ok(call(['agent', 'So this is our new autocallable on the Euro Stoxx 50, three-year term, pays eight percent a year.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', 'The short-duration bond fund is rated two on our one to seven scale, lower risk, though the unit price can move a bit.']).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', '您想想 政府还能不还钱吗 我们行代销这类产品这么多年 从来没有让客户亏过一分钱').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', '又维护 上个月也是 你们这系统三天两头崩 能不能靠点谱').includes('intent.complaint'));
  // "…two days, now there's a fee" is no "days now" runaround.
  assert.ok(!flags('customer', "I've been in Thailand with rubbish wifi and missed my payment by two days, now there's a late fee.").includes('intent.complaint'));
  assert.ok(flags('customer', "When I'm back I'll take the mortgage and the savings somewhere that actually picks up the phone.").includes('intent.churn'));
});

test('round 37 (fresh61/fresh62 causes): risk-free names no risk, a dated return is a promise, hyperbole is no scam, 等着收钱 needs an investment', () => {
  assert.ok(call(['customer', 'Is that like a savings account?'], ['agent', "Kind of, but better. It's bonds, so it's basically risk-free."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', 'The value on the day depends on the fund prices, it can go up or down until it is sold.']).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', "Trust me, it'll go through. You'll have the thirty five back Monday, don't even stress.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "I'm putting it through as a waiver now, the five hundred will be credited back to your account by Wednesday.").includes('service.no_refund_promise'));
  assert.ok(flags('customer', "Honestly I'm just calling to close everything. The fees on a student account are literally a scam.").includes('intent.churn'));
  assert.ok(flags('customer', "Aye, I'm cancelling the lot and I'm away to the Clydesdale.").includes('intent.churn'));
  assert.ok(!flags('customer', '我本来是想说乾脆把你们这边的户头关掉 钱都转过去 后来想想算了 放这边还蛮方便的').includes('intent.churn'));
  assert.ok(!flags('agent', '嗯 您等着收钱就行').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '这只基金成立以来就没亏过 买了您就等着收钱').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', "I'm literally gonna post this on TikTok so everyone knows how you scam students.").includes('intent.complaint'));
  assert.ok(call(['customer', "yo what's my student loan balance"], ['agent', 'Name?'], ['customer', 'Noah Rivera'], ['agent', 'okay, balance is eighteen thousand four hundred.']).includes('identity.verification'));
});

test('round 38 (fresh63/fresh64 causes): risk ratings, dated and flat returns, counterfactual complaints, decisions, idioms', () => {
  assert.ok(!call(['agent', "For stocks and shares we've got the Cautious Income Fund, it's risk-rated three out of seven, so towards the lower end."]).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', "I'll put a request in for those fees, you'll have them back for sure, probably next week.").includes('service.no_refund_promise'));
  assert.ok(!flags('customer', "I was about to write a complaint, but I figured I'd ask first.").includes('intent.complaint'));
  assert.ok(flags('customer', 'And you can put me through to someone who actually gets paid to make decisions.').includes('intent.escalation'));
  assert.ok(flags('customer', '公告公告 你在这儿跟我说没用 你把能拍板的人叫来').includes('intent.escalation'));
  assert.ok(flags('agent', '不用懂 您就设好每月扣一千 剩下不用管 拿够三年 闭着眼睛都是赚的').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '不过阿姨 说句实在话 这款没让一个客户亏过一分钱 本金这块您把心放肚子里').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', '行了 你们家门槛高 我高攀不起 这张卡我注销了 存的钱我也挪别家去').includes('intent.churn'));
  assert.ok(flags('customer', "So I've already opened something with Chase, direct deposit's going there from next month.").includes('intent.churn'));
  assert.ok(flags('customer', '你们这电话也太难打了吧 我打了四十分钟才打进来 你们就这么对客户的').includes('intent.complaint'));
  // A fault reported is no complaint; a verdict on the app is.
  assert.ok(!flags('customer', "Hi, I'm trying to set up a standing order but the app keeps crashing.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Hi, so basically your app is honestly so bad. It logs me out every five minutes.').includes('intent.complaint'));
});

test('round 39 (fresh65/fresh66 causes): refunds said as happening, a yes/no 本人 question checks nobody, wallets and recent items read out', () => {
  assert.ok(flags('agent', "I'm gonna put in a request, but trust me, you are getting that sixty-two fifty back, a hundred percent.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "If the dispute is upheld, you're getting that money back within ten days.").includes('service.no_refund_promise'));
  // "您是持卡人本人是吧" asks nothing that proves who is calling.
  assert.ok(call(['customer', '喂 我想提一下额度 我这卡才八千额度'], ['agent', '您是持卡人本人是吧 我看一下 您现在额度是八千 可用额度还有六千二']).includes('identity.verification'));
  assert.ok(call(['customer', '喂你好我查一下我钱包里还有多少钱最近几笔消费是啥'], ['agent', '手机号报一下'], ['agent', '余额六百一十二块三 最近三笔 十号乐淘超市八十九']).includes('identity.verification'));
  assert.ok(call(['customer', "Can you tell me what's been spent on my wallet?"], ['agent', 'Name?'], ['agent', 'Okay, balance is thirty-six twenty. Last three are Glow Cosmetics and StreamPlus.']).includes('identity.verification'));
  assert.ok(flags('customer', '这分期我一还完 卡我就销了 以后买东西贷款都不找你们了').includes('intent.churn'));
  assert.ok(flags('customer', '我在你们这开户两年了 从来没这么恶心过').includes('intent.complaint'));
});

test('round 40 (fresh67/fresh68 causes): remittances to family, wires sent, can\'t-lose pitches, replacements, questions that ask for a superior', () => {
  assert.ok(!call(['customer', 'Okay, I will send yen then. I send money to my parents there every quarter.'], ['agent', 'Makes sense. It is in the app under Invest. I can send you the link.'], ['agent', 'Done. Anything else?']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, I'm calling about a wire I sent to Seoul. Name's Jae Kim."], ['agent', "Let me pull it up, Mr Kim. Okay, that's the twelve thousand dollar wire to Shinhan Bank. It's completed."]).includes('identity.verification'));
  assert.ok(call(['agent', "Our Income Plus fund is paying about six percent right now, and it's principal protected, you literally can't lose money on it."]).includes('disclosure.wealth_risk'));
  assert.ok(!flags('customer', 'I need to cancel my debit card and get a new one. Because of the breach thing.').includes('intent.churn'));
  assert.ok(flags('customer', '嗯 我理解 这样吧 你们那边有没有能说话算数的 比如主管 我想跟他聊一下').includes('intent.escalation'));
  assert.ok(!flags('customer', '那我卡有没有事啊 你帮我看看最近有没有乱扣钱').includes('intent.complaint'));
  assert.ok(!flags('customer', '我记不清了 坦白说我是记者 现在网上好多人投诉你们').includes('intent.complaint'));
  assert.ok(!flags('agent', '核实通过 我这边查了您的账户目前没有任何风险提示 也没有异地登录').includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', 'hi thank you for calling north gate bank this call maybe reckorded for quality how can i help']).includes('greeting.recording_notice'));
});

test('round 41 (fresh69/fresh70 causes): mortgages taken to an offer, wages moved, a deposit named beside a guarantee, a case closed', () => {
  assert.ok(flags('customer', "We've had an offer in principle from Nationwide, and if this isn't sorted by Friday we're taking the mortgage to them.").includes('intent.churn'));
  assert.ok(flags('customer', 'It won\'t be happening again, because I opened a Monzo account last week and my wages are going there from next month.').includes('intent.churn'));
  assert.ok(flags('agent', "Tell him it's very similar. It's bonds, so you basically can't lose. It's the safest thing we offer besides a CD.").includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['customer', 'Hello, I am calling because I want to close. Close everything.'], ['customer', 'Yes, the money came. Everything is good. I keep the account, the account is very good.']).includes('intent.churn'));
  assert.ok(flags('customer', '一年下来小四十块钱 你们真会做生意啊 服务没见多好 收费倒挺积极').includes('intent.complaint'));
});

test('round 42 (fresh71/fresh72 causes): posting it up online, 差不多 negates nothing, a transfer told is no request, a redemption is no sale', () => {
  assert.ok(flags('customer', "I was stood at the till like an eejit. I'll be putting this up on X and all, the state of ye").includes('intent.complaint'));
  assert.ok(flags('customer', '两张都销 我实在受不了你们了 上周末又是崩了两天').includes('intent.complaint'));
  assert.ok(flags('agent', "Pretty much, yeah. Bonds don't really go down like shares do, so your money's safe.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', "You don't go down to the branch for that, it's all in the app.").includes('sales.no_guaranteed_returns'));
  // "差不多" holds a 不 but negates nothing: "今年肯定也差不多 本金是不会少的" is still a promise.
  assert.ok(flags('agent', '去年百分之八 今年肯定也差不多 本金是不会少的 比您刚才那个理财强多了').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', "Bless you, I know it ain't your fault. Is there anybody there who actually has the authority to make a decision?").includes('intent.escalation'));
  assert.ok(flags('customer', '你别说了 给我换个人').includes('intent.escalation'));
  assert.ok(!flags('customer', '哎呦 终于又换一个人了 转了四次了 每个人都让我等').includes('intent.escalation'));
  assert.ok(!flags('customer', '我那个同事啊 说是周末这事之后要换别家银行了 我说我不换 我在你们这都二十年了').includes('intent.churn'));
  assert.ok(!call(['customer', '我下个月把卡全注销'], ['agent', '好的 核实通过 您名下还有一个理财账户 注销前需要把理财赎回 借记卡余额转出']).includes('disclosure.wealth_risk'));
});

test('round 43 (fresh73/fresh74 causes): scams retold, every penny promised, SMS codes, cash ordered, a kind of fund, both cards', () => {
  assert.ok(flags('agent', "I'm putting in a recall request right now, and honestly with these scam platforms we'll get every penny back for you.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "If the recall succeeds, we'll get every penny back for you.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', '您放心 这种被骗的钱 我们给您登记以后 银行这边会全部退回到您卡上的').includes('service.no_refund_promise'));
  assert.ok(flags('customer', 'I opened an account at the credit union down the road, and I\'m moving my paycheck and savings over at the end of the month.').includes('intent.churn'));
  assert.ok(flags('customer', '月底之前你们还不给我一个说法 我就把你们这两张卡都销了 房贷我也转到建行去').includes('intent.churn'));
  // A scammer's script retold is not the caller's plan, nor their account being dealt with.
  assert.ok(!flags('customer', "I just got a call from someone saying he's from your security team and I need to move my savings to a new account. Is that real?").includes('intent.churn'));
  assert.ok(!call(['customer', '我收到一条短信 说我的信用卡因为异常被冻结了 让我点链接解冻 这是你们发的吗'], ['agent', '没事 骗子的短信跟您卡没关系 删了就行']).includes('identity.verification'));
  assert.ok(!call(['customer', 'There are charges on my card I never made.'], ['agent', "I'm texting you a code. Read it."], ['customer', '9 3 0 1 5 5'], ['agent', 'I see three charges you might not recognise.']).includes('identity.verification'));
  assert.ok(call(['customer', 'I need to pull out twenty five thousand in cash for the wedding, pick it up at Riverside on the twenty ninth.'], ['agent', "Okay, I've got your checking account here. Riverside can do fifteen thousand."]).includes('identity.verification'));
  assert.ok(call(['customer', '想明天取五十万现金 在你们城南支行'], ['agent', '好的 您这个号码下就一张借记卡 我看一下 城南支行明天现金预约满了 最多只能给您约二十万']).includes('identity.verification'));
  assert.ok(call(['agent', "A lot of our customers are putting their bonus into our Horizon Income Fund this month. It's paid six to eight percent every year."]).includes('disclosure.wealth_risk'));
  assert.ok(flags('customer', '你们客服除了念稿子什么都不会 查了一个礼拜了屁都没查出来').includes('intent.complaint'));
  assert.ok(!call(['agent', 'Great, thanks for staying with us Nathan, and happy New Year.']).includes('closing.polite'));
});

test('round 44 (fresh75/fresh76 causes): business banking moves, market notes, limits bumped for an employee, wires asked after', () => {
  assert.ok(flags('customer', "We're moving our business banking over to Lakeshore Credit Union, they gave us a better line of credit.").includes('intent.churn'));
  assert.ok(flags('customer', 'Our new bank is asking for a letter from you confirming our accounts are closed, so I need to know how to shut these down.').includes('intent.churn'));
  assert.ok(flags('customer', "Monday morning I'm walking into First National with my wife and we're moving the checking, the savings, and the IRA.").includes('intent.churn'));
  assert.ok(!flags('customer', 'I got a statement in the mail with a different bank name on it and a different number.').includes('intent.churn'));
  assert.ok(!flags('customer', '我之前两边都有卡 现在合成一家了 我想把东岳那张注销掉 留一张就够了').includes('intent.churn'));
  assert.ok(call(['customer', 'My Pinecrest market note matures Friday and rolls into Anchor Growth?'], ['agent', "Anchor Growth is our flagship, it's averaged just under seven percent."]).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', "You hold it through December, you'll be up by the end of the year, that's a given.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "I've never seen it finish a year in the red.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '不过我还是要提醒您 以前没亏过不等于以后不会亏').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "I'm reversing every one of those right now, they'll be gone off your statement by tomorrow, guaranteed.").includes('service.no_refund_promise'));
  assert.ok(flags('customer', 'Three hundred people at that bank and nobody picks up the phone to call a twenty-year customer. This is garbage.').includes('intent.complaint'));
  assert.ok(call(['customer', "I'm the admin for Castillo Events, Ben Alvarez's limit's too low. Bump it to fifteen thousand."], ['agent', "Ben Alvarez, card ending 6389, current limit's five thousand."]).includes('identity.verification'));
  assert.ok(call(['customer', '我是远航科技的公务卡管理员 员工那张卡额度太低了 帮我调到五万'], ['agent', '远航科技 杜宇 尾号2251的卡 现在额度是两万 要调到五万是吧']).includes('identity.verification'));
  assert.ok(call(['customer', 'Can you check if our wire to Shenzhen Meditech went out this morning?'], ['agent', "Sure, one sec. Yes, there's an international wire for eighty-seven thousand dollars, status completed."]).includes('identity.verification'));
  assert.ok(call(['customer', '我是安捷包装的财务 想看一下我们今天上午给纸箱厂付的款出去了没有'], ['agent', '我看一下 今天上午十点十二分有一笔 七万三千五百元 状态已经成功了']).includes('identity.verification'));
  // 叫 names someone ("叫杜宇"), it does not summon them.
  assert.ok(!flags('customer', '叫杜宇 销售总监').includes('intent.escalation'));
  assert.ok(flags('customer', '叫你们总监来跟我说').includes('intent.escalation'));
});

test('round 45 (fresh77/fresh78 causes): a slump hotline — values said to move, holdings asked after, recovery promised, money lost is no lost card', () => {
  // The risk said as the value moving either way is a disclosure.
  assert.ok(!call(['agent', 'For the ISA transfer, your funds stay invested, so the value can still go up or down in that time.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', '您的三笔理财本周五到期 净值型产品最终以到期兑付的净值为准 也可能低于本金']).includes('disclosure.wealth_risk'));
  assert.ok(call(['customer', '你好 我就想问问我那个理财现在到底亏了多少'], ['agent', '李先生 我这边看到您名下有一笔二十万的理财 现在的市值是十九万四千六']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, I put in an order yesterday for the Emerging Markets fund. Can you cancel it?"], ['agent', 'Okay Tom, I can see a pending purchase of five thousand pounds into Emerging Markets.']).includes('identity.verification'));
  assert.ok(call(['customer', "What's my investment account looking like?"], ['agent', 'So you have two funds, the Tech Leaders fund is sitting at thirty-one thousand four hundred.']).includes('identity.verification'));
  assert.ok(flags('agent', "Please don't panic-sell. Honestly, it will definitely be back above what you paid by next year, these things always bounce back.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '现在银行理财都不承诺保本了 只有存款是保本的').includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', "Our UK Index tracker's down fifteen percent from its high, and historically it's averaged about seven percent a year."]).includes('disclosure.wealth_risk'));
  assert.ok(flags('customer', "I've lost forty thousand in your so-called cautious portfolio. I'm done. I'm closing everything here, current account, ISA, the lot, and moving to HSBC.").includes('intent.churn'));
  assert.ok(flags('customer', "my new gig only pays out to their partner bank, so I'm gonna close this out once my last payout lands here Friday").includes('intent.churn'));
  assert.ok(!flags('customer', "yeah this is so scammy, I'm literally about to leave you guys a one star review").includes('intent.churn'));
});

test('round 46 (fresh79/fresh80 causes): collections and Singlish — reversals sworn later in the turn, Chinese after an English word, callers who want someone bigger', () => {
  assert.ok(flags('agent', "Don't worry about it. I'm reversing all of it, the fees and the interest, and you'll see the full credit on your next statement, guaranteed.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "But don't worry, I'll put in the waiver for you, confirm can one. The eighty dollars and the interest sure get back.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', '郑先生 我现在帮你waive掉 一定可以的 下个月的账单那一百块就会reverse回去 保证没问题').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', '我可以帮您提交减免的申请 但是能不能减免要看审批结果 我这边没办法现在就答应您一定退').includes('service.no_refund_promise'));
  // Chinese after an English word is inside its window: "跟fixed deposit一样安全" compares, so the deposit does not excuse it.
  assert.ok(flags('agent', '不会啦 这个是保本的 本金百分百拿回来的 跟fixed deposit一样安全').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', 'Honestly Madam, this one is like fixed deposit lah. Your capital sure safe, this fund never drop before since launch.').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Put that into our Secure Growth variable annuity. It's a guaranteed seven percent, you literally can't lose.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', 'Your principal is protected only if you hold to maturity. If you withdraw early, you may get back less.').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', 'Every time like that, then I must call, wait half an hour. Your bank system really cannot make it. I\'m going to post on Facebook, let everybody know.').includes('intent.complaint'));
  assert.ok(flags('customer', 'Twelve years with you people, one bad month and that\'s how you treat me.').includes('intent.complaint'));
  assert.ok(flags('customer', '不要生气 你讲得简单 你们这样做生意的吗 我要跟你们的supervisor讲').includes('intent.escalation'));
  assert.ok(flags('customer', '你可以处理吗 不可以的话 你们那边有没有比你大的 可以讲话的 我要跟他讲').includes('intent.escalation'));
  assert.ok(flags('customer', 'Is there anybody over there who can actually make a decision? Because I need to talk to that person.').includes('intent.escalation'));
  assert.ok(flags('customer', '我老公那边的银行给我们比较好的配套 我们想说全部放在一起算了 这边的户口和卡都不用了').includes('intent.churn'));
  assert.ok(flags('customer', 'ok lor 那我去别的银行开一张算了 这边的卡我以后也不会用了 剪掉算了').includes('intent.churn'));
  assert.ok(!flags('customer', "My colleague bought some insurance savings plan from another bank, he says it's quite good").includes('intent.churn'));
  assert.ok(flags('customer', "I'm switching from you to another bank.").includes('intent.churn'));
  // The bank's own overdue notice is not a scam retold; a collector's 你这笔贷款 discloses the loan.
  assert.ok(call(['customer', '你好 我收到短信说我贷款逾期了 我想问问怎么回事'], ['agent', '你叫什么 哦 马丽是吧 你这笔贷款欠了三期了 连本带息一万八千七']).includes('identity.verification'));
  assert.ok(call(['customer', '我是帮我妈妈打的啦 她的户口电话号码要换'], ['agent', '好 找到了 新的号码是几号'], ['customer', '0162738841'], ['agent', '好 我已经帮你换了']).includes('identity.verification'));
});

test('round 47 (fresh81/fresh82 causes): bereavement, a skipped check, products likened to a deposit, storm-night sarcasm', () => {
  assert.ok(!flags('customer', "Hello dear. My husband passed in the spring and I'd like to close his account and move whatever's in it into mine.").includes('intent.churn'));
  assert.ok(!flags('customer', '你好 是这样 我父亲去年年底去世了 他在你们这还有个存折 我们家里商量好了 想把那个户销掉').includes('intent.churn'));
  assert.ok(!flags('customer', "My sister keeps telling me I should just close my account here, but I'm not doing that, I'm happy with you lot.").includes('intent.churn'));
  // Saying the check is skipped means it was not done, whatever was asked before.
  assert.ok(call(['customer', "Can you tell me what's in my savings account?"], ['agent', "Okay, I'll skip the security questions. I've found you from the number you're calling from. Your instant saver has eight thousand four hundred pounds."]).includes('identity.verification'));
  assert.ok(call(['customer', '我想问问我卡里还剩多少钱'], ['agent', '您是持卡人本人吧 卡号后四位是多少'], ['customer', '好像是二五二一 还是一五二一'], ['agent', '没关系 我就不跟您一项一项核实了 查到了 您卡上余额是四万三千六']).includes('identity.verification'));
  assert.ok(!call(['customer', 'My mum died, this is her card.'], ['agent', "I've found the account. I won't be able to discuss balances, but we'll place a bereavement marker on the account."]).includes('identity.verification'));
  assert.ok(flags('agent', "It's been returning around six percent, and the beauty of it is you'll never get back less than you put in, so your mum's money is safe whatever happens.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '这款产品发行六年了 从来没有亏过 您就把它当成一个定期存款就行').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Honestly, you'll get at least six percent a year on this one, that's guaranteed.").includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '那我推荐您看看我们的稳盈180天 业绩基准百分之三点八 您就放心买']).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', '您可以申请保单贷款先把钱拿出来 另外我们现在有一款新的理财 年化四点二 这个是保本的 跟存款一样']).includes('disclosure.wealth_risk'));
  assert.ok(flags('customer', "Oh, great job guys. Really stellar. Two days, two days the ATMs in my district have been dead.").includes('intent.complaint'));
  assert.ok(flags('customer', "I got hit with an overdraft fee and a late fee because I couldn't move money. It's a joke.").includes('intent.complaint'));
  assert.ok(flags('customer', '这个事情你肯定是做不了主了 你给我找个说话能算数的人').includes('intent.escalation'));
  assert.ok(!flags('customer', '商戶號 我睇下 負責人梁志明').includes('intent.escalation'));
});

test('round 48 (fresh83/fresh84 causes): policies serviced not sold, policies asked after, Aussie leavers, complaints about mis-selling', () => {
  // A policy the caller holds, being surrendered, is serviced, not sold.
  assert.ok(!call(['agent', '王先生您好 核对无误 看到您有一张分红型两全保险 去年八月投保 年交两万'], ['agent', '已经过了犹豫期 现在退保按现金价值退 大概两万七']).includes('disclosure.wealth_risk'));
  assert.ok(call(['customer', '诶你好 我想查一下我那个保险现在退的话能退多少钱'], ['agent', '您这张保单 现金价值是两万七']).includes('identity.verification'));
  assert.ok(call(['customer', "Tell me what my so-called savings plan is worth today."], ['agent', 'One moment. Okay, the current surrender value is nine thousand three hundred and ten.']).includes('identity.verification'));
  assert.ok(flags('customer', "Honestly mate, I'm done, I'll be at the branch first thing tomorrow pulling every cent out and taking it to the Commonwealth").includes('intent.churn'));
  assert.ok(flags('customer', "You'll be hearing from the ombudsman, and once this is sorted, you've seen the last of my money. Everything's going to Nationwide.").includes('intent.churn'));
  assert.ok(!flags('customer', '行 我还以为得去柜台呢 我妈老说换个银行得了 我说换啥呀 挺好的').includes('intent.churn'));
  assert.ok(flags('customer', '你好 我要退保 我是被你们银行骗了买的').includes('intent.complaint'));
  assert.ok(flags('customer', '五万二 哼 当时说好的存三年连本带利拿回来 现在倒好').includes('intent.complaint'));
  assert.ok(flags('customer', "That's exactly what I'm upset about. The branch told me it was like a bank account.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Honestly, I rang up ready to complain, but let me ask first. I don't know whether to cash in my savings policy.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我这都第三回打电话了 一个明白人都没有').includes('intent.escalation'));
  assert.ok(!flags('agent', '理财和存款不一样 理财不保本 有风险 具体的产品您可以到网点做个风险测评再看 存单这块是本金利息都有保障的').includes('sales.no_guaranteed_returns'));
});

test('round 49 (fresh85/fresh86 causes): a fee named beside a pitch, recovery guaranteed, 投连, closings and deposits withdrawn early', () => {
  // The annual fee named only as what the return would pay for does not make the turn a fee waiver.
  assert.ok(flags('agent', '您要是不想浪费钱 我们有一款理财 我可以保证您一年稳拿百分之四 一千二的年费利息就赚回来了').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "What I'd say is that fund is guaranteed to come back over the long term, if you just hold on.").includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '不过我建议您看一下我们的这款旅行加投连的组合 保障一样']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', '提前支取的部分按活期利率计息 本金不受影响').includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', "Understood. I'll transfer you to our account closure team. Thank you for being a customer, Ms. Price."]).includes('closing.polite'));
  assert.ok(flags('customer', "Honestly though, it's one thing after another with you. We're going to take the kids' accounts elsewhere.").includes('intent.complaint'));
});

test('round 50 (fresh87/fresh88 causes): false advertising, an app too hard to use, weeks waited with sarcasm, ISAs taken elsewhere', () => {
  assert.ok(flags('customer', "Honestly, thanks for twelve years of your app crashing every payday, it's been a real treat.").includes('intent.complaint'));
  assert.ok(flags('customer', "I've just been charged sixty quid in foreign fees on a card that your advert said was free to use abroad. That's false advertising.").includes('intent.complaint'));
  assert.ok(flags('customer', '没什么 就是公司统一换的 而且你们这手机银行太难用了').includes('intent.complaint'));
  assert.ok(flags('customer', '哎呀 你们效率真是高啊 一笔跨境汇款 三个礼拜了 还没到账 我真是佩服').includes('intent.complaint'));
  assert.ok(flags('customer', "Yeah hi, I'm just after the form to move my ISA out, I'm taking it to Nationwide, they actually pay interest").includes('intent.churn'));
  assert.ok(!flags('customer', '我朋友说你们跨行转账要收手续费 说不收费的话他就换银行了 我说不可能吧').includes('intent.churn'));
  assert.ok(!flags('agent', '我现在给您发起拒付 这一千二百九十九会一分不少退到您卡上').includes('sales.no_guaranteed_returns'));
});

test('round 51 (fresh89/fresh90 causes, after their blind score): the bank denying such a product, scams named, cards replaced', () => {
  assert.ok(!call(['agent', '先生您好 我行没有任何年化百分之十五还保本的产品 而且我行工作人员不会让您转账到个人账户']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', '先生您好 我行没有任何年化百分之十五还保本的产品 而且我行工作人员不会让您转账到个人账户').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '先生 这种承诺高收益的养老投资项目 很多都是诈骗 建议您和阿姨不要再转钱了').includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', 'Nobody can guarantee twenty percent a year, and an online contact asking you to wire money for crypto is one of the most common scams we see.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', 'Thank you. I can see an annuity purchase on the twelfth through our investment services.']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('customer', '我姓黄 我想把自动扣话费的卡换一张 原来那张卡注销了').includes('intent.churn'));
});

test('round 52 (fresh91/fresh92 causes, after their blind score): settlements arriving, merchant accounts moved, a warm goodbye', () => {
  // A merchant's settlement arriving "today for sure" is no refund; money sent back and then "肯定到账" still is.
  assert.ok(!flags('agent', '今天下午一定会入账 到账后会有短信提示 请问还有其他可以帮您的吗').includes('service.no_refund_promise'));
  assert.ok(flags('agent', '我这边马上给您把八百八退回去 三个工作日肯定到账 您不用再操心了').includes('service.no_refund_promise'));
  assert.ok(flags('customer', "They're sending me a terminal next week. Once this is sorted, I'm moving the whole merchant account over there.").includes('intent.churn'));
  assert.ok(flags('customer', '下个月你们这个机器我就退了 结算账户也一起撤了').includes('intent.churn'));
  assert.ok(!call(['agent', 'Thanks Raj and Anita, congratulations on the townhouse, bye.']).includes('closing.polite'));
});

test('round 53 (fresh93/fresh94 causes, after their blind score): "you\'re being recorded", claims paid for sure, slow work, sarcasm, a pay cheque sent away', () => {
  assert.ok(!call(['agent', "Northgate Bank, you're being recorded, Callum speaking."]).includes('greeting.recording_notice'));
  assert.ok(call(['agent', "Northgate Bank, you're not being recorded, Callum speaking."]).includes('greeting.recording_notice'));
  assert.ok(!call(['agent', 'Thanks Aaron, enjoy the new tyres. Bye.']).includes('closing.polite'));
  // An insurance claim called certain is a promise of money back, not a promise that an investment cannot lose.
  const claim = flags('agent', '您放心 您这个肯定能赔 我给您保证 材料一交三天之内钱就全额打到您卡上 一分都不会少');
  assert.ok(claim.includes('service.no_refund_promise') && !claim.includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', '审核审核 上次打电话也是这么说的 你们做事效率也太低了吧').includes('intent.complaint'));
  assert.ok(flags('customer', 'I just wanted to call and say what an amazing job you guys are doing. Really. Freezing my account because someone paid me for a couch. Five stars.').includes('intent.complaint'));
  assert.ok(flags('customer', "You know, my direct deposit hits next week. Maybe I'll have it go somewhere that doesn't lock it up every time.").includes('intent.churn'));
});

test('round 54 (fresh95/fresh96 causes, after their blind score): accounts moved at length, cards opened elsewhere, shaming threats, complaints registered', () => {
  assert.ok(flags('customer', "Honestly, I've already talked to First Pacific. I'm moving the business checking and all three company cards over there by the end of the month.").includes('intent.churn'));
  assert.ok(flags('customer', "Honestly Paul, I've already opened a card with Amex. Once this balance is paid off, I'm done with them.").includes('intent.churn'));
  assert.ok(flags('customer', '还有 我跟你说清楚 我名下这三张卡 等这事处理完我全部注销 以后一分钱也不放你们行').includes('intent.churn'));
  assert.ok(flags('customer', '七到十天 你们效率可真高啊 给你们点个大大的赞 回头我就发个微博 让大家都看看').includes('intent.complaint'));
  assert.ok(flags('customer', '回访 你们还好意思回访').includes('intent.complaint'));
  // Registering a complaint, or reading the queue ticket, looks at no account.
  assert.ok(!call(['customer', '你哋张卡刷预授权刷唔到 酒店话系你哋银行拒绝'], ['agent', '非常抱歉 今日下午我哋系统有故障 部分交易被拒绝 宜家已经恢复'], ['agent', '明白您嘅心情 我可以帮您登记投诉']).includes('identity.verification'));
});

test('round 55 (fresh97/fresh98 causes, after their blind score): money called funds, holdings named, an assistant asking, portfolios moved, "never once fell"', () => {
  const pitch = (agent: string) => call(['customer', 'I need to send a wire today.'], ['agent', agent]);
  assert.ok(!pitch("I'll make sure they know exactly that. The funds are already back in your account, and we can resend today.").includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', '罗先生 您名下目前还有一笔私募基金没到封闭期 要到明年三月才能退出']).includes('disclosure.wealth_risk'));
  // "从来没有一期跌破过" boasts; it discloses no risk.
  assert.ok(call(['agent', '我们这个月新发了一期结构性票据 预期年化最高能到百分之七点八 本金是保住的'], ['agent', '跌了也不影响您本金啊 我们发了十几期了 从来没有一期跌破过']).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', '这款不一样的陈生 它是保证回本的 五年后最少拿回全部保费').includes('sales.no_guaranteed_returns'));
  assert.ok(call(['customer', "He asked me to check how much is sitting in his main checking."], ['agent', 'Sure, give me one sec. Okay, his primary checking has four hundred twelve thousand.']).includes('identity.verification'));
  assert.ok(call(['agent', '请问您是持卡人本人吗 我帮您查一下 您叫什么名字'], ['agent', '高女士 查到了 本月账单里有一笔年费三千六百元']).includes('identity.verification'));
  assert.ok(flags('customer', "If this isn't fixed today, I'm moving the entire portfolio to JPMorgan.").includes('intent.churn'));
  assert.ok(!call(['agent', 'Sounds good. Ask for Marcus, I\'ll be here. Thank you, Mr. Alvarez, talk soon.']).includes('closing.polite'));
});

test('round 56 (fresh99/fresh100 causes, after their blind score): remittances home, money moved across, hedged words made certain, managers not wanted', () => {
  assert.ok(!flags('customer', '你好 我问一下 快过年了 我要往家里打点钱 家里是贵州那边的农信社 从你们这转过去要钱不').includes('intent.churn'));
  assert.ok(flags('customer', "I'm thinking I'll just shift that and everything else across to the Bendigo in town.").includes('intent.churn'));
  assert.ok(flags('customer', "Honestly, I'm going to move it over to Barclays when the fix ends.").includes('intent.churn'));
  assert.ok(!flags('customer', 'I want to move it over to my Barclays account.').includes('intent.churn'));
  assert.ok(flags('agent', '其实跟大额存单差不多 本金肯定没问题 您放心买').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Expected yield means that's what you'll get at maturity, it's basically fixed.").includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '对 全部退 一分不少 我马上给您取消代扣').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Honestly don't worry about it, that'll come back to you, no question.").includes('service.no_refund_promise'));
  assert.ok(!flags('customer', "And look, your manager doesn't need to get involved or anything, I already spoke to a supervisor last week.").includes('intent.escalation'));
  assert.ok(flags('customer', "Yep. And I'm about to post all about it in the county group, because I'm sure I'm not the only one you're doing this to.").includes('intent.complaint'));
  assert.ok(flags('customer', '这个月第三次失败了 失败了手续费还照扣 这个真的挺影响人的').includes('intent.complaint'));
  assert.ok(!call(['customer', '我们村有人说把钱放卡上可以买理财 是不是真的'], ['agent', '理财的话需要到网点做风险测评才能买 我这边不给您推荐具体产品']).includes('disclosure.wealth_risk'));
});

test('round 57 (fresh101/fresh102 causes, after their blind score): a product in the news told apart from deposits, reimbursement declared settled', () => {
  assert.ok(!call(['customer', 'Is my savings safe? I saw the news about the investment.'], ['agent', 'Okay, so the product in the news is an investment note, which is a completely different thing from a savings account.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我那个存款没事吧 新闻说你们理财出事了'], ['agent', '好的 那您放心 存款跟这次新闻里说的那个理财产品是两回事 存款是受存款保险保障的']).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', "And please don't worry, your mum will get all forty thousand back, that's happening.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Yeah, this is a chargeback. Consider it done, I'll put it through now and you'll have the eleven hundred back on your card by Friday.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "The bank's going to make good on all of it. Everyone's getting reimbursed in full, that's already been decided upstairs.").includes('service.no_refund_promise'));
  // ...but a pitch's "worst case you get all your money back" is a sales claim, not a refund.
  assert.ok(!flags('agent', "Worst case you get all your money back plus the bonus, you can't lose on it.").includes('service.no_refund_promise'));
});

test('round 58 (fresh103/fresh104 causes, after their blind score; measured blind on fresh105/fresh106): accounts opened elsewhere, balances sent to a new bank, leaving called off', () => {
  assert.ok(flags('customer', "I've opened an account at Vanguard and I'm going to be rolling my whole IRA over there.").includes('intent.churn'));
  assert.ok(flags('customer', 'I want to close my checking and savings and send the balance to my new RBC account.').includes('intent.churn'));
  assert.ok(!flags('customer', "Honestly I was about ready to close the whole account over it but okay, I'm not gonna do that now, we're good.").includes('intent.churn'));
  assert.ok(!flags('customer', 'And if I transfer an IRA from another bank to you?').includes('intent.churn'));
  assert.ok(!flags('customer', '我想把个人养老金的资金账户换个绑定卡 原来那张卡我要注销了 换成新办的那张').includes('intent.churn'));
  assert.ok(flags('customer', "And the minute this is sorted out I'm moving every cent she has to our credit union, her checking, her savings, all of it.").includes('intent.churn'));
  assert.ok(flags('agent', "Don't worry about it, I'm going to get that fee reversed for you, it's done, you'll see the thirty five back by Friday, guaranteed.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Honestly, over ten years you're pretty much certain to get at least four percent a year.").includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', 'Will do. Anything else?'], ['agent', 'Thanks Owen, goodnight.']).includes('closing.polite'));
  // The app's wealth section named as a place ("理财专区里面") is no product discussed.
  assert.ok(!call(['customer', '那风险测评手机上能做吗 还是必须去网点'], ['agent', '手机上能做 理财专区里面']).includes('disclosure.wealth_risk'));
});

test('round 59 (fresh105/fresh106 causes, after their blind score; measured blind on fresh107/fresh108): a solicitor for a divorce, the switch service, a review left', () => {
  // Asking one's own solicitor for advice is no threat; getting one involved against the bank still is.
  assert.ok(!flags('customer', 'Okay. I need to talk to my solicitor.').includes('intent.complaint'));
  assert.ok(flags('customer', "If this isn't fixed by Friday I'm getting my solicitor involved.").includes('intent.complaint'));
  assert.ok(flags('customer', "I'll do the current account switch service and then this one'll be shut.").includes('intent.churn'));
  assert.ok(!flags('customer', "Forty minutes for that. I'm definitely going to leave you guys a glowing Google review.").includes('intent.churn'));
  // 自己名下 is the caller's own money, not a move between her own accounts, when it goes to another bank.
  assert.ok(flags('customer', '我离婚了 我要把联名账户销掉 然后我自己名下的钱全部转到招行去 以后不在你们这存了').includes('intent.churn'));
  assert.ok(!flags('customer', '我想把钱转到自己名下的另一张卡上').includes('intent.churn'));
  assert.ok(flags('customer', '你开玩笑吧 你们这个规定也太死板了 什么年代了还不能线上弄').includes('intent.complaint'));
  assert.ok(flags('customer', '是你们柜员没输进去 真是服了你们这服务 你们这种水平我要去网上好好给你们写写').includes('intent.complaint'));
});

test('round 60 (fresh107/fresh108 causes, after their blind score; measured blind on fresh109/fresh110): market-proof pitches, a CD named plainly, fraud not stopped', () => {
  // "people don't lose money on it" is the guarantee, not a disclosure of risk.
  assert.ok(call(['agent', "I'd put that two thousand into our Growth Fund. It's returning about nine percent, and people don't lose money on it."]).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', 'You get your full principal back at maturity no matter what the market does.').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "It's the return of a stock with the safety of a CD.").includes('sales.no_guaranteed_returns'));
  // A structured growth annuity is invested: "won't lose a cent" about it is a guarantee, and it needs a risk disclosure.
  const annuity = call(['agent', "I've got a structured growth annuity that closes tomorrow. Eight percent a year, locked in, you won't lose a cent even if the market tanks."]);
  assert.ok(annuity.includes('sales.no_guaranteed_returns') && annuity.includes('disclosure.wealth_risk'));
  // ...while a twelve-month CD for a caller who wants "no funds, no stocks" is a deposit.
  assert.ok(!call(['customer', "I don't trust the stock market, I just want somewhere safe. No funds, no stocks."], ['agent', 'Our twelve-month CD is at four percent. It is a deposit, so your principal and that rate are guaranteed for the term.']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', "It's really as safe as a savings account, you'll get your money back plus the income, no question.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', 'Generally we report a payment as late once it is 30 days past due.').includes('identity.verification'));
  assert.ok(!flags('agent', '很抱歉 涉及持卡人账户信息的 我们只能跟持卡人本人沟通 没办法向第三方透露欠款金额或者还款情况').includes('identity.verification'));
  assert.ok(!flags('customer', '喂 我被骗了 有人冒充我领导 让我买购物卡').includes('intent.escalation'));
  assert.ok(flags('customer', 'But you know, you people should have stopped that. Four gift card purchases in an hour from an old man?').includes('intent.complaint'));
  assert.ok(flags('customer', '你们也没提醒我 这种大额的买卡怎么不拦一下').includes('intent.complaint'));
});
