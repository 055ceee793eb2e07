import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags, timedCall } from './phrasing-cases.js';

/**
 * Rounds 178–184 (phrasing-rounds-172.test.ts holds rounds 172–177, phrasing-rounds-185.test.ts rounds 185–192): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 178 (fresh343/fresh344 causes, after their blind score; measured blind on fresh345/fresh346): a notice timed from its sentence\'s start, forget that, 我有个朋友, 考虑考虑换, 现在的顾客, take them to, the solicitor\'s been, he said he wanted, 那口子, a declined payment of, there was a payment from, 是被拒了, 核实后帮您查', () => {
  // Moves taken back at once, a friend's move and one only if prices rise; the caller's own moves still are churn.
  assert.ok(!flags('customer', "Please do. Honestly I was ready to close the whole lot and go elsewhere, but no, forget that, the account itself is fine, it's just the overdraft.").includes('intent.churn'));
  assert.ok(!flags('customer', "Honestly, if this keeps happening I'll close everything and... no, forget I said that, it's not your fault, it's the courier.").includes('intent.churn'));
  assert.ok(flags('customer', "If this keeps happening I'll close everything and go elsewhere.").includes('intent.churn'));
  assert.ok(!flags('customer', '哦，手机上免费那还好。我有个朋友嫌他那家银行收费贵，钱都转走了。').includes('intent.churn'));
  assert.ok(!flags('customer', '那就好，要是以后你们也涨价，我可能也得考虑考虑换一家，现在先这样吧。').includes('intent.churn'));
  assert.ok(flags('customer', '你们又涨价了，我下个月就换一家银行，钱全转走。').includes('intent.churn'));
  // Shop customers, an auction house taken to court and a solicitor blamed; the bank's treatment called a disgrace beside a solicitor's letter still is a complaint.
  assert.ok(!flags('customer', '唉我跟你说，现在的顾客真是，上礼拜有个人拿了三件大衣走了，说扫了码，其实根本没付，气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Right. If they don't sort it I'll take them to the small claims court anyway.").includes('intent.complaint'));
  assert.ok(!flags('customer', "The solicitor's been dragging his feet for months, useless man.").includes('intent.complaint'));
  assert.ok(flags('customer', "It's a court settlement! I sent you the solicitor's letter on Monday. This is ridiculous, the way you lot treat people is a disgrace.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我气死了，那个拍卖行拍走我爸留下的字画都俩月了，钱还拖着不给我，这什么破拍卖行！').includes('intent.complaint'));
  // A brother's and a wife's demands for a manager retold; the caller's own demand still is escalation.
  assert.ok(!flags('customer', "Hi, my brother rang last week about Mum's estate and he said he wanted to speak to a manager, but I'm just calling to sort my own bit.").includes('intent.escalation'));
  assert.ok(!flags('customer', '喂，我家那口子昨天还说要打电话找你们领导呢，嫌你们年费贵，我说我来打吧。').includes('intent.escalation'));
  assert.ok(flags('customer', '我要找你们领导，你处理不了就换个能处理的人来。').includes('intent.escalation'));
  // Figures read out before the check (a declined payment, an incoming payment told to a relative, a loan refused) need it first; a look promised for a later call needs none.
  assert.ok(call(
    ['agent', 'Hi, Cobalt Bank, calls are recorded, you are speaking with Jade.'],
    ['customer', 'Hi Jade, my card just got declined at the laundrette.'],
    ['agent', 'Oh no. Let me pull it up from your phone number... okay, I can see a declined payment of four pound fifty at Clean Machine, and before that a payment of three hundred and ten at Argos yesterday.'],
    ['customer', "That Argos one's mine. So why decline?"],
    ['agent', 'Right, just so I can go further, can you confirm your date of birth and postcode?'],
    ['customer', 'Twelfth of May eighty five, M14 6RD.'],
    ['agent', "Thanks, verified. There's a fraud block from the Argos spend, I've taken it off now. Thanks for calling, bye."],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', 'Good afternoon, Nationwide, this call is recorded. How can I help?'],
    ['customer', "Hi, I'm calling for my uncle. He wants to know if the gallery's payment went in."],
    ['agent', "Okay, what's the account number?"],
    ['customer', 'Sort code 07 04 36, account 41552210.'],
    ['agent', 'Thanks. Yes, there was a payment from Whitfield Fine Art of fifteen thousand on Tuesday.'],
    ['agent', 'Thanks for calling, bye now.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', '您好，华兴银行，通话将被录音，请问有什么可以帮您？'],
    ['customer', '我是开改衣店的，上礼拜申请了你们那个经营贷，到底批了没有？'],
    ['agent', '我查一下您来电号码名下的申请……是被拒了，系统显示流水不足，额度评估只有三万。'],
    ['customer', '三万？我申请的二十万！'],
    ['agent', '为了确认是您本人，请报一下身份证后四位。'],
    ['customer', '0330。'],
    ['agent', '好的核对无误。感谢您的来电，再见。'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', '您好，交通银行客服，本次通话会被录音，请问有什么可以帮您？'],
    ['customer', '我就想问问，要是他们从国外打钱过来，一般几天能到？手续费怎么收？'],
    ['agent', '一般情况下境外汇入是一到三个工作日，我行汇入不收手续费。'],
    ['customer', '哦那还行。'],
    ['agent', '好的，如果后续需要查询具体入账，可以带上证件再来电，我们核实后帮您查。'],
    ['customer', '好的谢谢。'],
    ['agent', '不客气，祝您顺利，再见。'],
  ).includes('identity.verification'));
  // A notice sentence begun before 60 s in a turn that runs past it is on time (its key word may come after 60 s); one begun after 60 s is late.
  assert.ok(!timedCall(
    ['agent', 'Hello, Metro Bank, Aisha speaking.', 0, 2],
    ['customer', "Hi Aisha, I'm applying for a visa and they want a proof of funds letter. Do you do those?", 3, 9],
    ['agent', "You'd need to request it through the app or in store. Sorry, before we carry on, I should have said, this call is recorded for training and monitoring.", 55, 66],
    ['customer', 'Got it, thanks.', 67, 68],
    ['agent', 'Thanks for calling Metro Bank, bye.', 69, 71],
  ).includes('greeting.recording_notice'));
  assert.ok(timedCall(
    ['agent', 'Hello, Metro Bank, Aisha speaking.', 0, 2],
    ['customer', "Hi Aisha, I'm applying for a visa and they want a proof of funds letter. Do you do those?", 3, 9],
    ['agent', "You'd need to request it through the app or in store, and it takes about three to five working days to arrive by post. Sorry, this call is recorded.", 55, 66],
    ['customer', 'Got it, thanks.', 67, 68],
    ['agent', 'Thanks for calling Metro Bank, bye.', 69, 71],
  ).includes('greeting.recording_notice'));
  assert.ok(!timedCall(
    ['agent', '您好，', 0, 1],
    ['customer', '喂，你好，是民生银行吧？我想问外公那张卡里的钱怎么转给我们这些继承人。', 2, 9],
    ['agent', '好了，不好意思让您久等。先说明一下本次通话将被录音。请问您是持卡人本人还是继承人？', 55, 64],
    ['customer', '我是继承人。', 65, 67],
    ['agent', '好的，需要您带上材料到网点办理。感谢您的来电，再见。', 68, 73],
  ).includes('greeting.recording_notice'));
});

test('round 179 (fresh345/fresh346 causes, after their blind score; measured blind on fresh347/fresh348): 让我来回跑, 有没有个准话, nobody at your bank, had enough of your, really classy, 就你们死板, the tax office, 公司也真是的, 养老院说, a colleague of mine, close his credit card, where it\'s up to, approved in principle, your dad\'s name, change it to mine', () => {
  // Sent back and forth with no straight answer, nobody at the bank knowing, had enough of the bank, always on hold, a fee thanked for in sarcasm and a bank called rigid are complaints.
  assert.ok(flags('customer', "That's exactly what the last three people said. Nobody at your bank seems to know anything and I've lost two clients.").includes('intent.complaint'));
  assert.ok(flags('customer', '你好，我想办个收款码，你们网点让我来回跑了三趟，每次都说缺材料，每次缺的还不一样！').includes('intent.complaint'));
  assert.ok(flags('customer', '又是待补充！你们到底有没有个准话？').includes('intent.complaint'));
  assert.ok(flags('customer', "Morning. I'll keep this short. I'm attorney for my mum, and I've had enough of your bank.").includes('intent.complaint'));
  assert.ok(flags('customer', "Your app won't let attorneys log in, and every time I ring I'm on hold for forty minutes.").includes('intent.complaint'));
  assert.ok(flags('customer', "Oh hello. I'd just like to say thank you ever so much for charging my eighty nine year old father twenty five pounds for a paper statement. Really classy.").includes('intent.complaint'));
  assert.ok(flags('customer', '安全安全，别的银行人家受托人早就能在网上操作了，就你们死板。').includes('intent.complaint'));
  // A tax office, a slow client abroad, sales calls to a parent and a care home blamed are not the bank; the bank's branch queue beside care-home fees still is a complaint.
  assert.ok(!flags('customer', "Perfect. Oh, and lovely weather we're having, and the tax office has me on hold for an hour, fantastic morning all round.").includes('intent.complaint'));
  assert.ok(!flags('customer', '哦原来是卡在申报这儿了。那个德国公司也真是的，拖了两个月才付，还老说财务流程慢，烦死了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '要是以后那些推销电话还是打到我妈这，我可能也会考虑换家银行，不过现在还没这个打算。').includes('intent.complaint'));
  assert.ok(!flags('customer', '养老院说我爸这个月费用没到账，天天打电话催，态度可差了。').includes('intent.complaint'));
  assert.ok(flags('customer', '我真受够了，我妈痴呆三年了，我每次给她交养老院的钱都得跑你们网点排两个钟头。').includes('intent.complaint'));
  // A colleague's move and a parent's credit card closed by an attorney are no leaving; a parent's savings moved and accounts closed still are.
  assert.ok(!flags('customer', "Okay. A colleague of mine just moved everything to Monzo, she says the app is slicker.").includes('intent.churn'));
  assert.ok(!flags('customer', "Hi Aaron, I'm attorney for my dad, he's got dementia, and I want to close his credit card. He keeps ordering stuff off the shopping channel.").includes('intent.churn'));
  assert.ok(flags('customer', "So I'm moving all Mum's savings to Nationwide this week and closing her accounts with you.").includes('intent.churn'));
  // A loan's status asked after and told before the check needs it first; a general question about decision times needs none; a relative's details asked of the caller check nothing; a relative's phone number changed needs a check.
  assert.ok(call(
    ['agent', 'Good afternoon, Blackwater Bank, this call is recorded. How can I help?'],
    ['customer', "Hi, I run a small interpreting agency, I applied for a business loan last week and wanted to see where it's up to."],
    ['agent', "Let me bring it up. Yes, the application for twenty-five thousand pounds is approved in principle, we're just waiting for your last two months of bank statements."],
    ['customer', 'Oh great, I can send those today.'],
    ['agent', 'Actually, sorry, I should have done this first, can I take your date of birth and postcode for security?'],
    ['customer', 'Sure, twelfth of December eighty-eight, postcode M14 5RD.'],
    ['agent', "Thank you, that's verified. Thanks for calling, have a good afternoon."],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', 'Good afternoon, Blackwater Bank, this call is recorded. How can I help?'],
    ['customer', 'Hi, I applied for a business loan last week, how long does the decision usually take?'],
    ['agent', 'Usually five working days once we have two months of statements.'],
    ['customer', 'Great, thanks.'],
    ['agent', 'Thanks for calling, have a good afternoon.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', 'Hello, Eastfield Building Society, calls are recorded. What can I do for you?'],
    ['customer', "Yeah hi, it's about my dad's account. He's got Alzheimer's and I think the care home's been taking too much."],
    ['agent', "OK, what's your dad's name and the last four of the account?"],
    ['customer', 'Derek Pallister, ends four seven six four.'],
    ['agent', "Right, I've got Mr Pallister's account here. Balance is eleven thousand two hundred and six pounds forty."],
    ['agent', 'Lovely, thanks for calling, bye now.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', 'Hiya, Moorside Bank, Jake speaking, calls are recorded.'],
    ['customer', "Hi Jake, my mother in law's mobile's been cut off, so she's not getting any of your texts. Can we change it to mine?"],
    ['agent', "Sure, what's the account?"],
    ['customer', 'It ends three nine zero seven.'],
    ['agent', "Done, that's updated, texts will come to you from now on. Thanks for calling, bye."],
  ).includes('identity.verification'));
});

test('round 180 (fresh347/fresh348 causes, after their blind score; measured blind on fresh349/fresh350): people and a manager, 气呼呼地说要, 房东一点, 那个银行的, 冒充你们, pretending to be you, was in the local paper, 打官司拿了, 要是哪天不放心, 银行倒闭', () => {
  // A manager involved last time and a husband's demand retold ask for nobody; the caller's own demand still is escalation.
  assert.ok(!flags('customer', "Hi, I need to activate the new card for my print shop. Last time I rang, it took three people and a manager, so let's hope this is quicker, ha.").includes('intent.escalation'));
  assert.ok(!flags('customer', '哦到了啊，那没事了。我老公昨天没查到，还气呼呼地说要找你们经理投诉，我说人家跨行转账本来就要时间，没必要。').includes('intent.escalation'));
  assert.ok(flags('customer', "This is the third time I've rung. Put me through to a manager, please.").includes('intent.escalation'));
  // A landlord, a sister's bank elsewhere, a scammer posing as the bank, a win in the paper and a lawsuit won are not the bank; a threat to go to the paper or to sue the bank still is a complaint.
  assert.ok(!flags('customer', '行，到了就好。唉，现在房租又涨了，房东一点不讲理，一年涨两回，我这小店真扛不住。').includes('intent.complaint'));
  assert.ok(!flags('customer', '哎，说到这个我就来气，我姐去年在别的银行买了个基金亏了二十多万，那个银行的客户经理天天忽悠她。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我要气死了，我中奖的事不知道怎么被人知道了，有个人冒充你们银行打电话，说帮我办什么高收益理财，我转了两万过去！').includes('intent.complaint'));
  assert.ok(!flags('customer', 'I think I\'ve been scammed. My win was in the local paper and someone rang pretending to be you, said my account was compromised.').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我前阵子打官司拿了一笔赔偿，差不多一百万，放着不知道干嘛。').includes('intent.complaint'));
  assert.ok(flags('customer', "If this isn't fixed by Friday I'm going to the local paper about how you treat people.").includes('intent.complaint'));
  assert.ok(flags('customer', '你们再不给我解决，我就去法院跟你们打官司。').includes('intent.complaint'));
  // A move only some day, if ever, is no leaving; a move now is.
  assert.ok(!flags('customer', '哦，要是哪天不放心，我就分开放几家，或者全转走，反正现在先存着。').includes('intent.churn'));
  assert.ok(flags('customer', '我不放心你们了，下周就把钱全转走。').includes('intent.churn'));
  // Deposit insurance told (paid in full up to 500,000 if a bank fails) promises no refund; a refund promised is one.
  assert.ok(!flags('agent', '不好意思先补充告知一下，本次通话会被录音。是的，五十万以内全额赔付，超过部分按破产清算程序处理，实际上银行倒闭的情况非常少见。').includes('service.no_refund_promise'));
  assert.ok(flags('agent', '您放心，这笔钱我们一定全额退给您，明天就到账。').includes('service.no_refund_promise'));
});

test('round 181 (fresh349/fresh350 causes, after their blind score; measured blind on fresh351/fresh352): 这师傅, their finance, 那平台, 房东要, 投资方, 起诉那个, the director was, 爱搭不理, 他们公司领导, 他说不行就, 我师兄, 这个钱能转到, completion bond, it\'s been approved for, 本期账单 and 最低还款 with a figure', () => {
  // A plumber, a venue's finance team, a ticketing platform, a theatre's landlord, an investor and a distributor sued, and a director's anger retold, are not the bank; the bank's own account manager ignoring calls and its own runaround still are complaints.
  assert.ok(!flags('customer', '前天家里下水道堵了，叫了个网上的疏通师傅，说好一百五，结果刷了我一千二，说什么高压疏通另算。这师傅太黑了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那个师傅还多收了我们三百块上门费，我老婆气坏了，说要找他们公司领导投诉。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那个师傅还多收了我们三百块上门费，我老婆气坏了，说要找他们公司领导投诉。').includes('intent.escalation'));
  assert.ok(!flags('customer', "The venue still owes us. Three months! Their finance guy keeps fobbing me off. I'm livid.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Yes please. The director was fuming at you lot, but I'll tell him it was us.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我们剧团在一个票务平台上退了两场演出的场地押金，一笔到了一笔没到，那平台客服真是烂透了，踢皮球。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我想问一下，你们跨行转账单笔最多能转多少？我们这个小剧场的房东要一次性收一年房租，真是黑心。').includes('intent.complaint'));
  assert.ok(!flags('customer', '哦那还行。我跟你说我们那个投资方也是，说好打款拖了三个月，气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '喂你好啊我想问一下开收入流水证明要怎么弄我要去法院起诉那个发行公司').includes('intent.complaint'));
  assert.ok(flags('customer', '又要补材料？上个月已经补了两次了！你们那个客户经理每次都说差不多了，打电话过去还爱搭不理的。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行的客服就会踢皮球，真是烂透了。').includes('intent.complaint'));
  // A producer's threat retold asks for nobody; the caller's own demand still is escalation.
  assert.ok(!flags('customer', '你好，我是剧组的出纳，我们制片人说网银U盾老是登不上，让我打电话，他说不行就要找你们领导。').includes('intent.escalation'));
  assert.ok(flags('customer', '网银U盾老是登不上，你解决不了就给我找你们领导。').includes('intent.escalation'));
  // A fellow apprentice's move and money asked about moving to a wallet are no leaving; the caller's own move is.
  assert.ok(!flags('customer', '哦，我师兄上个月嫌你们限额低，把账户都转到别的银行去了。').includes('intent.churn'));
  assert.ok(!flags('customer', '那我顺便问一下这个钱能转到支付宝吗？').includes('intent.churn'));
  assert.ok(flags('customer', '你们限额这么低，我下个月就把账户都转到别的银行去。').includes('intent.churn'));
  // A film's completion bond is no investment.
  assert.ok(!flags('agent', "Thank you. Yes, it's still with underwriting, they requested the completion bond last week.").includes('disclosure.wealth_risk'));
  // A loan decision and a statement's total told before any check need one first; a statement explained in general terms needs none.
  assert.ok(call(
    ['agent', 'Hi, Kestrel Bank, this call is recorded. How can I help?'],
    ['customer', "Hi, I applied for a loan for a new van on Monday, I'm a locksmith. Just wondering if it's been decided."],
    ['agent', "Sure, what's your surname and postcode?"],
    ['customer', 'Hughes, NG7 2RD.'],
    ['agent', "Okay, I've found it. Good news, it's been approved for eighteen thousand pounds at six point nine percent over five years."],
    ['agent', "Oh, I just need to run security, can you give me your date of birth and the passcode I've sent?"],
    ['customer', 'Second of November eighty-nine, code three three one, five zero two.'],
    ['agent', 'Thanks, verified. Thanks for calling, bye.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', '您好，广州农商银行，本次通话将被录音。'],
    ['customer', '喂你好，我想问下我信用卡这个月账单多少。'],
    ['agent', '本期账单八千七百二十元，最低还款八百七十二元，二十五号前还。'],
    ['customer', '好的，谢谢。'],
    ['agent', '不客气，感谢来电，再见。'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', '您好，广州农商银行，本次通话将被录音。'],
    ['customer', '喂你好，我想问下信用卡账单一般几号出？'],
    ['agent', '本期账单出来以后可以在APP上分期，最低还款按账单的百分之十算。'],
    ['customer', '好的，谢谢。'],
    ['agent', '不客气，感谢来电，再见。'],
  ).includes('identity.verification'));
});

test('round 182 (fresh351/fresh352 causes, after their blind score; measured blind on fresh353/fresh354): lose things on purpose, 电话真难打, been to the branch three times, the district office, 学校财务, 不是你们的问题, our head teacher, 校长让我, if theirs is better, 账户继承, 算了算了，不换了, 申请补偿, unit-linked, the value moves, your mum\'s full name, 老人的卡号, saver\'s got, 如果开通了', () => {
  // A document asked for again, a branch visited three times in sarcasm and a phone line hard to get through are complaints; a school's payroll and finance offices blamed are not the bank.
  assert.ok(flags('customer', "Hi. Third time I've been asked to send my husband's death certificate. Third time. Do you lose things on purpose?").includes('intent.complaint'));
  assert.ok(flags('customer', "Oh, your service is just wonderful. I've been to the branch three times to release money for my dad's funeral, and three times the system was down. Gold star.").includes('intent.complaint'));
  assert.ok(flags('customer', '你们这电话真难打，转了三次人工，等了二十分钟，我就想给墓园交个管理费。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Honestly the district office is useless, it's the second time this term. Anyway, how much does it cost if I go overdrawn?").includes('intent.complaint'));
  assert.ok(!flags('customer', '哦行，其实也不是你们的问题，是我们学校财务太拖了，上个月绩效到现在还没发，烦死了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '唉，果然还没发，学校真是太过分了，我们同事都准备去上访了。').includes('intent.complaint'));
  // A head teacher's demand and question retold ask for nobody; the caller's own demand still is escalation.
  assert.ok(!flags('customer', "Hi, I'm the office manager at Greenfields Infants. Our head teacher is furious because a supplier payment bounced, she says she wants to speak to your manager.").includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我是学校会计，我们校长让我问一下，团体意外险是不是从公户扣的，他说搞不清楚就要找你们经理。').includes('intent.escalation'));
  assert.ok(flags('customer', "A supplier payment bounced and nobody can tell me why. I want to speak to your manager.").includes('intent.escalation'));
  // A move only if a union's deal is better, a colleague's move, a late mother's card closed and a move taken back are no leaving; the caller's own move is.
  assert.ok(!flags('customer', "Okay, and my union's talking about some deal with another bank, so if theirs is better I might move, but I don't know yet.").includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我们办公室一个老师，昨天手机银行转账转不出去，气得要命，说要把工资转到别的银行去。').includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我妈的账户继承上周办完了，钱已经转到我卡上，想确认一下她那个卡是不是注销了。').includes('intent.churn'));
  assert.ok(!flags('customer', '哎，说实话我刚才都想把卡销了换一家了。算了算了，不换了，你帮我转吧。').includes('intent.churn'));
  assert.ok(flags('customer', '转账老是转不出去，我要把工资转到别的银行去。').includes('intent.churn'));
  // Compensation for costs promised is a refund promise, not a guaranteed return.
  assert.ok(!flags('agent', '实在抱歉。这样，这些费用我帮您申请补偿，您放心，肯定给您补上，打车费和冷藏费一起。').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '实在抱歉。这样，这些费用我帮您申请补偿，您放心，肯定给您补上，打车费和冷藏费一起。').includes('service.no_refund_promise'));
  // A unit-linked plan sold is a wealth product and needs its risk told; the value said to move and fall below what was paid in tells it.
  assert.ok(call(
    ['agent', 'Hello, Pembrook Bank, just to let you know this call is recorded. How can I help?'],
    ['customer', "Hi, I've got a question about saving for my kids' university."],
    ['agent', 'Let me get you through security: name, date of birth, and the code on your phone?'],
    ['customer', 'Kevin Marsh, second of February seventy, code 1 9 2 8 3 6.'],
    ['agent', "Thanks Kevin. Our FutureStart unit-linked savings plan is ideal. It's a life policy that invests your monthly payments in a range of funds."],
    ['agent', 'I will book you in with one of our advisers. Thanks for calling Kevin, have a good day.'],
  ).includes('disclosure.wealth_risk'));
  assert.ok(!call(
    ['agent', 'Hello, Northgate Bank, this call may be recorded. How can I help?'],
    ['customer', 'What has your branch done with my money?'],
    ['agent', 'Could I take your name, date of birth and the first line of your address?'],
    ['customer', 'Irene Walsh. Ninth of September, forty-eight. Twelve Elm Grove.'],
    ['agent', 'Thank you, that matches. I can see a unit-linked life policy taken out in November, fifteen thousand paid in.'],
    ['agent', "If the policy were surrendered today the value would be lower than what you paid in, because it's invested and the value moves."],
    ['agent', 'Thank you for your patience, and goodbye for now.'],
  ).includes('disclosure.wealth_risk'));
  // A late parent's or relative's details asked of the caller check nothing; a saver's balance told needs a check; a fee for a service if opened looks at no account.
  assert.ok(call(
    ['agent', 'Hello, you are through to Lloyds bereavement support, calls are recorded.'],
    ['customer', "Hi, my name's Daniel Okafor. My mum passed away on Tuesday and I need to know what's in her current account."],
    ['agent', "I'm very sorry for your loss, Daniel. What was your mum's full name and date of birth?"],
    ['customer', 'Grace Okafor, fourth of June nineteen forty-six.'],
    ['agent', "Thank you. I've found Grace's current account. The balance is eleven thousand three hundred and eight pounds."],
    ['agent', 'You are welcome. Take care of yourself, Daniel. Goodbye.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', '您好，工商银行客服，通话会录音，请问怎么称呼？'],
    ['customer', '我姓秦，我妈妈前几天去世了，我想知道她卡里还有多少钱够不够。'],
    ['agent', '秦先生节哀。您把老人的卡号或者姓名告诉我一下。'],
    ['customer', '她叫刘桂兰，卡尾号是四三一七。'],
    ['agent', '好的我查到了，刘桂兰女士名下这张卡活期余额是三万六千二百元。'],
    ['agent', '不客气，感谢来电，再见。'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', 'Carrow Bank, your call is recorded. How can I help?'],
    ['customer', "Hi, I just want to know how much is in my Christmas saver."],
    ['agent', 'Name?'],
    ['customer', 'Brenda Collins.'],
    ['agent', "Okay. Christmas saver's got six hundred and twenty pounds."],
    ['agent', 'Thanks for calling, bye.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['agent', '您好 东方银行客服中心 本次通话将被录音 请问有啥可以帮您'],
    ['customer', '就是我想以后让家长直接转给我 个人收款码收钱要不要手续费啊'],
    ['agent', '个人收款码用于个人之间收款是免费的 如果开通了经营收款码 单笔会有千分之三点八的费率'],
    ['customer', '好嘞 明白了'],
    ['agent', '好的 感谢您的来电 祝您一切顺利 再见'],
  ).includes('identity.verification'));
});

test('round 183 (fresh353/fresh354 causes, after their blind score; measured blind on fresh355/fresh356): delayed again by your, because of you lot, nothing says great service, your attitude is awful, 闪退了三次, 你们到账怎么这么慢, 到底谁说了算, if i ever switched, 假如哪天, 不是真要销, 储蓄卡留着, i\'m taking the mortgage there, business manager, 中介让我, no early withdrawals, agreement in principle for, 您女儿的姓名', () => {
  // Payouts delayed again, an app praised in sarcasm, the agent's manner, slow settlement and staff contradicting each other are complaints; an app praised plainly is none.
  assert.ok(flags('customer', "Hi. My online orders, I sell hot sauce, the payouts have been delayed again by your bank. That's the third time this month.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Oh I just love your new app. Really. Nothing says great service like being logged out every time I try to pay my plum pickers.').includes('intent.complaint'));
  assert.ok(flags('customer', 'Your attitude is awful, honestly.').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个app真是太好用了哈，我点了三次转账，闪退了三次，给供货的蜂农打款打了一上午都没打出去。').includes('intent.complaint'));
  assert.ok(flags('customer', '我五一在景区摆摊卖杨梅，POS机刷的钱到现在都没到！你们到账怎么这么慢啊，我都想把户销了。').includes('intent.complaint'));
  assert.ok(flags('customer', '我姓郑。你们员工当时跟我说没问题，现在又说不行，你们到底谁说了算？').includes('intent.complaint'));
  assert.ok(!flags('customer', 'I just love your new app, it makes paying my pickers so easy.').includes('intent.complaint'));
  // Moves only asked about, a threat taken back and a credit card closed while the savings card stays are no leaving; a mortgage taken elsewhere with the account and salary moved is.
  assert.ok(!flags('customer', "Hi, I sell eggs at the end of my lane with an honesty box and a QR code. If I ever switched banks, would the QR code stop working?").includes('intent.churn'));
  assert.ok(!flags('customer', '哦，那我问一下啊，假如哪天我换个别的银行的卡，那个收款码还能接着用吗？').includes('intent.churn'));
  assert.ok(!flags('customer', '啊？我跟你说要是今天再不到，我就把你们这的卡全销了……算了算了，不是真要销户，跟你们没关系，是买家那边磨叽。').includes('intent.churn'));
  assert.ok(!call(['customer', '我想把我那张信用卡注销了，用不上。'], ['agent', '好的，储蓄卡需要保留吗？'], ['customer', '储蓄卡留着，平时收款还要用，就是信用卡不要了。']).includes('intent.churn'));
  assert.ok(flags('customer', "Another one? Look, I'm done. I've got an offer from Nationwide already, I'm taking the mortgage there, and I'm moving my current account and my salary over this weekend.").includes('intent.churn'));
  // A business manager asked to call and an estate agent's advice retold ask for nobody above the agent; the caller's own demand does.
  assert.ok(!flags('customer', 'How do I get a business manager to call me?').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我那个中介让我打电话找你们经理，说你们经理能加快放款，有这回事吗？').includes('intent.escalation'));
  assert.ok(flags('customer', '我不想听这些了，你给我找你们主管来，我要跟能做主的人说话。').includes('intent.escalation'));
  // A fixed-rate bond's terms are a deposit's; a mortgage in principle and a daughter's account told on her details asked of her father need a check of the caller.
  assert.ok(!call(
    ['agent', 'Hello, Severn Valley Bank, this call is recorded. How can I help?'],
    ['customer', "What's your fixed rate bond paying?"],
    ['agent', 'Our one year fixed rate bond is paying four point one percent, guaranteed for the full term.'],
    ['agent', "On this bond no early withdrawals, so only put in what you won't need for the year."],
    ['agent', 'Thanks for calling, have a good day, goodbye.'],
  ).includes('disclosure.wealth_risk'));
  assert.ok(call(
    ['agent', "Hello, Northgate Building Society, this call is being recorded. You're speaking with Tom."],
    ['customer', "Hi Tom, I applied for a mortgage in principle on Monday. Surname's Okafor."],
    ['agent', "No problem, let me pull that up. Okafor, yes, here we are. That's been approved, agreement in principle for two hundred and sixty thousand over thirty years."],
    ['agent', "You're welcome. Thanks for calling Northgate, have a good day."],
  ).includes('identity.verification'));
  assert.ok(call(
    ['agent', '您好，北京银行客服，本次通话将被录音，请问有什么可以帮您？'],
    ['customer', '你好，我是替我女儿问的，想看看她那张卡收到首付没有。'],
    ['agent', '好的，请问您女儿的姓名和卡号后四位是？'],
    ['customer', '她叫张晓雯，卡号后四位四四五七。'],
    ['agent', '好的，她这张卡昨天下午收到一笔八十万的转账，目前余额是八十三万二千多。'],
    ['agent', '不客气，感谢您的来电，再见。'],
  ).includes('identity.verification'));
});

test('round 184 (fresh355/fresh356 causes, after their blind score; measured blind on fresh357/fresh358): 又上头, 半夜上头, but honestly, i\'ll keep it, using it for betting, 我媳妇还说, 我懒得换, 老板还要抽, 派遣公司, that bookmaker, 网贷公司, 这女的, 那边的客服, he\'ll be furious, 就只会说抱歉, 服务差得要命, 真会管闲事, principal is guaranteed', () => {
  // 上头 as 'carried away' is nobody above the agent; 你上头的人 is.
  assert.ok(!flags('customer', '你好，我戒赌快一年了，想把每个月剩的钱做点投资，但是又怕自己又上头。').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我想问一下，能不能让我的卡晚上十二点以后刷不了？我每次都是半夜上头。').includes('intent.escalation'));
  assert.ok(flags('customer', '你做不了主就让你上头的人来。').includes('intent.escalation'));
  // A move abroad dropped, a credit card cancelled against gambling, a wife's and a colleague's moves are no leaving; 'I'll keep it short' before a real move does not hide it.
  assert.ok(!flags('customer', "Right. I did think if I move out there for good, I might close everything here. But honestly, I'll keep it, my mum pays my phone bill into it.").includes('intent.churn'));
  assert.ok(!flags('customer', "Hi Ellie, I want to cancel my credit card. I keep using it for betting and it's got to go.").includes('intent.churn'));
  assert.ok(!flags('customer', '好。我媳妇还说要把家里存款转到别的银行，不让我碰，也行吧。').includes('intent.churn'));
  assert.ok(!flags('customer', '那就好。我们同事说这边银行转账老慢，要把工资卡换到别的银行去，我懒得换，反正我用着挺好').includes('intent.churn'));
  assert.ok(flags('customer', "Right, I'll keep it short. I've got my ISA and my current account with you, and I'm moving the lot over to Nationwide.").includes('intent.churn'));
  // A restaurant boss, a staffing agency, a bookmaker, payday lenders, a girlfriend, another bank's staff and a relative's anger foreseen are not the bank; apologies that do nothing, service called awful and a rule mocked are complaints.
  assert.ok(!flags('customer', '哦够了够了，我们那小费本来就不多，老板还要抽三成，真是黑心').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，帮我查下有没有一笔工资进来，那个派遣公司说打了，我觉得他们在骗人').includes('intent.complaint'));
  assert.ok(!flags('customer', "Great. He'll be furious, but tough.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Good. That bookmaker kept sending him free bets even after he told them he'd a problem. Disgusting.").includes('intent.complaint'));
  assert.ok(!flags('customer', '那些网贷公司天天打电话骂人，连我都骂，太不像话了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，我根本不知道，她拿走我卡偷偷玩的，这女的太过分了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '行，你们服务还行吧，比上次强。上次我在建行弄这个，折腾了半天都没弄好，那边的客服态度真差。').includes('intent.complaint'));
  assert.ok(flags('customer', '我上次打电话你们说弄好了，结果又冻，你们客服就只会说抱歉，一点用没有').includes('intent.complaint'));
  assert.ok(flags('customer', '反正你们就是这样，服务差得要命。').includes('intent.complaint'));
  assert.ok(flags('customer', '七十二小时？我自己的钱自己的卡，你们银行可真会管闲事啊，管得比我妈还宽。').includes('intent.complaint'));
  // A principal guaranteed on an investment is a guaranteed return, not a refund promise.
  assert.ok(!flags('agent', "Between us, you won't lose a penny, your principal is guaranteed on this one and you'll get at least five percent.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Between us, you won't lose a penny, your principal is guaranteed on this one and you'll get at least five percent.").includes('sales.no_guaranteed_returns'));
});
