import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 193–201 (phrasing-rounds-185.test.ts holds rounds 185–192, phrasing-rounds-202.test.ts rounds 202 onwards): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 193 (fresh373/fresh374 causes, after their blind score; measured blind on fresh375/fresh376): my neighbour moved, 不过应该差不多, forget what I said about leaving, the vet, 宠物医院收了我, 那家狗舍, 乡里拖, 你们银行怎么搞的, 啥名目都不说, fourth person today, told me I should demand, 找啥领导, 跟他们前台说, I can see <merchant>, <amount> pounds', () => {
  // A neighbour's move and a move only if rates are better are no leaving; a threat taken back once the problem is fixed is none, a threat kept is.
  assert.ok(!flags('customer', 'Typical. My neighbour moved all his banking to Bendigo last year because he reckoned their grants came through faster.').includes('intent.churn'));
  assert.ok(!flags('customer', '那够了，要是别家利率比你们高我就换别家存，不过应该差不多吧。').includes('intent.churn'));
  assert.ok(!call(
    ['customer', "If you can't do that, I'm closing everything and going to the credit union."],
    ['agent', "I've moved twelve thousand from savings into the loan account."],
    ['customer', "Right. Forget what I said about leaving, I'll stay, but you need to sort that phone queue out."],
  ).includes('intent.churn'));
  assert.ok(call(
    ['customer', "If you can't do that, I'm closing everything and going to the credit union."],
    ['agent', "I'm afraid I can't move it today."],
    ['customer', "Right. Then I'm closing everything."],
  ).includes('intent.churn'));
  // A vet, a pet hospital, a kennel and a township office blamed are not the bank; the bank's own slowness beside a pet hospital's bill is.
  assert.ok(!flags('customer', 'Hi, so my spaniel ate a sock and the emergency vet has just quoted me nineteen hundred quid, which frankly is daylight robbery.').includes('intent.complaint'));
  assert.ok(!flags('customer', "He's fine, he's snoring on the sofa. The vet is the one I'm furious with. Anyway, can I spread a bill like that on my credit card?").includes('intent.complaint'));
  assert.ok(!flags('customer', '我家猫刚做完手术，宠物医院收了我八千多，真是黑心，检查费都收了三遍。').includes('intent.complaint'));
  assert.ok(!flags('customer', '气死我了！我国庆把狗送去寄养，那家狗舍说好一天八十，结果我一看刷了我两千四！').includes('intent.complaint'));
  assert.ok(!flags('customer', '总算到了，乡里拖了快俩月，我们催了好几趟，那帮人办事太磨叽了。').includes('intent.complaint'));
  assert.ok(flags('customer', '呵呵，你们银行效率真是"高"啊，宠物医院那笔三天前就申请了，到现在还审核中，真是服了。').includes('intent.complaint'));
  // The bank asked 怎么搞的, a fee taken unexplained, and being passed to a fourth person are complaints.
  assert.ok(flags('customer', '你们银行怎么搞的，我的贷款明明按时存了钱，你们系统没扣，反倒说我逾期，还扣了我罚息！').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个月又扣了我们合作社一百多块钱手续费，啥名目都不说清楚。').includes('intent.complaint'));
  assert.ok(flags('customer', 'Oh brilliant. Fourth person today. Really fantastic service, well done everyone.').includes('intent.complaint'));
  // Advice to demand a supervisor set aside, a wife's urging waved off and a manager asked of a kennel's desk ask for none; the caller's own demand does.
  assert.ok(!flags('customer', "Morning Rosa. Look, my accountant told me I should demand a supervisor straight off, but honestly I think you can probably just help me.").includes('intent.escalation'));
  assert.ok(!flags('customer', '喂，我那个补贴卡一直没激活，我媳妇在旁边叫我直接找你们领导，我说找啥领导，你帮我弄就行。').includes('intent.escalation'));
  assert.ok(!flags('customer', '我就放了七天！我当时就跟他们前台说叫你们经理出来，结果经理不接电话。').includes('intent.escalation'));
  assert.ok(flags('customer', '我就放了七天！你叫你们经理出来跟我说。').includes('intent.escalation'));
  // A merchant read out with its amount before the check makes the check late; read out after it, it does not.
  assert.ok(call(
    ['customer', "Hi, it's Janet Morris. I think the dog groomer charged me twice on Saturday."],
    ['agent', 'Let me have a look, Janet. Okay, I can see Pampered Paws Grooming, forty-five pounds, twice on the fourteenth.'],
    ['customer', "Yep, that's the double one."],
    ['agent', 'Right. Before I go any further, can I just take your date of birth and the first line of your address?'],
    ['customer', 'Third of March eighty-eight, fourteen Willow Close.'],
    ['agent', "Thank you, that's all matched. I can raise a query on the duplicate."],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', "Hi, it's Janet Morris. I think the dog groomer charged me twice on Saturday."],
    ['agent', 'Can I just take your date of birth and the first line of your address?'],
    ['customer', 'Third of March eighty-eight, fourteen Willow Close.'],
    ['agent', "Thank you, that's all matched. Okay, I can see Pampered Paws Grooming, forty-five pounds, twice on the fourteenth."],
  ).includes('identity.verification'));
});

test('round 194 (fresh375/fresh376 causes, after their blind score; measured blind on fresh377/fresh378): 平台抽成, 那停车场, 电子眼, our payroll, told me you guys do, fake complaint, 又被你们拦了, 你们银行是不是有病, my boss was, 老板气坏了, 经理跑来, somewhere better to put, no problem + bye, if you pay your statement, there\'s <amount> pounds at', () => {
  // A ride-hail platform, a car park, a speed camera, a hospital payroll, a product heard of and a complaint against the caller are not the bank; a driver's pay blocked again by the bank, and the bank's app, are.
  assert.ok(!flags('customer', '三点八五啊，那还行。我现在这个车是平台租的，平台抽成太狠了，一单抽百分之二十几，真是黑心。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那停车场真是坑人，道闸坏了抬不起来，出口那个保安还凶我，什么破地方。').includes('intent.complaint'));
  assert.ok(!flags('customer', '气死我了，一个月被拍了四次，那个路口电子眼就是专门坑我们跑车的。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Our payroll at the trust is useless, they've moved pay day again. If I go into my arranged overdraft for two days, what does that cost in general?").includes('intent.complaint'));
  assert.ok(!flags('customer', "Right now they just use their own cards and I pay them back which is a nightmare for the bookkeeping, and somebody told me you guys do a fuel card for small businesses.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Honestly what a week. Lyft deactivated me for two days over a fake complaint, and the rental company charged me a cleaning fee.").includes('intent.complaint'));
  assert.ok(flags('customer', '我平台打给我的钱又被你们拦了！这是第三回了。').includes('intent.complaint'));
  assert.ok(flags('customer', '滴滴打给司机的工资还要说明？你们银行是不是有病，三天两头冻。').includes('intent.complaint'));
  assert.ok(flags('customer', "Your app is useless, you've moved my pay day again.").includes('intent.complaint'));
  // A boss's fury retold and a branch manager who came to explain are no complaint, leaving or manager asked for; the caller's own demand is.
  assert.ok(!flags('customer', "Good. My boss Mr Dobson was fuming yesterday, wanted to speak to your manager, said he'd close the accounts.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，解了。上周我们老板气坏了，说要找你们行长，还说要把钱全转走。').includes('intent.churn'));
  assert.ok(!flags('customer', '没事没事，后来你们网点的经理跑来解释了，是因为有一笔押金退款被误判成可疑交易。').includes('intent.escalation'));
  assert.ok(flags('customer', '不行，你让你们网点的经理来跟我解释。').includes('intent.escalation'));
  // Somewhere better for spare money is a product asked for, no leaving.
  assert.ok(!flags('customer', "Hi, I'm an agency nurse, I do a lot of bank shifts and I'd like somewhere better to put the extra money each month.").includes('intent.churn'));
  // 'No problem, bye' answers a thank-you politely; 'Right. Bye.' does not.
  assert.ok(!call(
    ['agent', 'Hello, this call is recorded.'],
    ['customer', 'Cheers, thanks'],
    ['agent', 'No problem, bye.'],
  ).includes('closing.polite'));
  assert.ok(call(
    ['agent', 'Hello, this call is recorded.'],
    ['customer', 'Cheers, thanks'],
    ['agent', 'Right. Bye.'],
  ).includes('closing.polite'));
  // A card's terms need no check; charges read out before the check make it late, read out after it they do not.
  assert.ok(!call(
    ['customer', 'Can I pay a city parking ticket with my credit card, or is it treated like a cash advance?'],
    ['agent', "It's treated as a regular purchase, so no cash-advance fee, and it's interest-free if you pay your statement in full."],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', "Hey, it's Jordan Lee, I think my card might've been cloned"],
    ['agent', "Let's take a look. There's a charge for three hundred and ten dollars at an electronics store this morning."],
    ['customer', "That's not me!"],
    ['agent', 'Okay. Can I just confirm your date of birth for security?'],
    ['customer', 'Tenth of October eighty-six'],
    ['agent', "Thanks. I'll block the card and raise a fraud claim."],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', "Hi, I think someone's used my card, there's stuff I don't recognise"],
    ['agent', "Okay, I'm looking at the account now, there's forty two pounds at Deliveroo and a hundred and nineteen at Currys."],
    ['customer', "The Currys one isn't me"],
    ['agent', 'Right. Can I take your date of birth and postcode?'],
    ['customer', 'Eleventh of January 1986, CR0 4PL'],
    ['agent', "Thank you, that's verified. I've blocked the card."],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', "Hi, I think someone's used my card, there's stuff I don't recognise"],
    ['agent', 'Can I take your date of birth and postcode?'],
    ['customer', 'Eleventh of January 1986, CR0 4PL'],
    ['agent', "Thank you, that's verified. There's forty two pounds at Deliveroo and a hundred and nineteen at Currys."],
  ).includes('identity.verification'));
});

test('round 195 (fresh377/fresh378 causes, after their blind score; measured blind on fresh379/fresh380): the school\'s own, 人去楼空, 那个业主, 给总包, fee I complained about, and nobody rings, 专门设计来考验, wanted me to ring, will be disappointed, she said to ring, cash ISA pays, retention bond, if you clear the balance, 客户经理回访, read me the passcode, account has <amount> in it, there was a credit of', () => {
  // A school's portal, a tutoring school gone, a client who paid late, a main contractor's terms and a past complaint refunded are not the bank; the bank's own slowness beside a main contractor is, and so are call-backs never made and sarcasm at the app.
  assert.ok(!flags('customer', "Right. The school's own payment portal is an absolute shambles, by the way, took me three goes just to log in.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我在一家少儿英语机构给孩子刷了一万二的课时费，结果这机构现在人去楼空，老板电话都打不通了，气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '唉，烦死了，那个业主拖我装修尾款拖了半年，今天终于转了，结果我看怎么好像扣了我两笔钱？').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我想问问那个应收账款保理，我们给总包干活，他们那个账期长得离谱，一拖就是一年多，真的是黑心。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Morning. Two things. First, you were refunding a CHAPS fee I complained about last week, and second, there's a chargeback I want to raise.").includes('intent.complaint'));
  assert.ok(flags('customer', '呵，你们银行效率真高啊，一个保函开了三个礼拜，总包那边天天催，我材料都进不了场。').includes('intent.complaint'));
  assert.ok(flags('customer', "GB-4471-ON. And I've called four times. Each time someone promises a callback and nobody rings.").includes('intent.complaint'));
  assert.ok(flags('customer', '你好啊，我就想问问，你们这个App是专门设计来考验家长耐心的吗？').includes('intent.complaint'));
  // A foreman's and a wife's push retold and set aside ask for no manager; the caller's own demand does.
  assert.ok(!flags('customer', "Hi. My foreman wanted me to ring and demand your manager, because he's convinced nobody on the phone knows anything, but I told him not to bother.").includes('intent.escalation'));
  assert.ok(!flags('customer', 'Easy. My foreman will be disappointed there was no drama.').includes('intent.complaint'));
  assert.ok(!flags('customer', "My wife thinks the bank has made a mistake. She said to ring and ask for a manager, but I think it's just the school.").includes('intent.escalation'));
  assert.ok(flags('customer', "With respect, that's what the last three people said. I want to speak to a supervisor. Now, please.").includes('intent.escalation'));
  // A cash ISA's safety is a deposit fact; a fund sold with 'cash ISA safety' promises a return.
  assert.ok(!flags('agent', "The cash Junior ISA pays a variable rate and your capital is safe. The stocks and shares one is invested in funds, so its value can fall.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "Honestly with this one you really can't lose. You'd be getting your cash ISA safety but almost double the return.").includes('sales.no_guaranteed_returns'));
  // A builder's retention bond and its price are no investment.
  assert.ok(!call(
    ['customer', 'The main contractor keeps five percent retention on every valuation. Someone told me a retention bond could get that cash released.'],
    ['agent', "That's right. A retention bond is a guarantee we issue to the main contractor in place of the cash retention."],
    ['customer', 'What does that usually cost?'],
    ['agent', "It's priced as a percentage of the bond value per year, typically somewhere between one and three percent."],
  ).includes('disclosure.wealth_risk'));
  // A card's rules told in general and a call-back booked need no check; a passcode read is a check; a currency account's money read out before the check makes it late.
  assert.ok(!call(
    ['customer', "My daughter's starting school in September and they want the fees paid termly. Can I put that on my credit card?"],
    ['agent', "You can. We treat school fees as an ordinary purchase, so there's no cash advance fee and it's covered by the usual interest-free period if you clear the balance."],
    ['customer', 'Is there a limit?'],
    ['agent', "That would just be your available credit limit, there's no separate cap for education payments."],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', '你好，我问下对公账户销户要什么手续。'],
    ['agent', '对公销户需要法人带营业执照、公章到开户网点办理，账户里不能有余额和未结清业务。'],
    ['customer', '行。'],
    ['agent', '我这边也可以帮您申请一下客户经理回访，看能不能给您更合适的方案。'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', 'I want to add a card to my business account for my site manager.'],
    ['agent', 'Verify first, read me the passcode.'],
    ['customer', 'Two eight eight, one nine six.'],
    ['agent', 'Fine. The main card ends 2335, and the account has four thousand pounds available.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', "Hi Hannah, I need to know if there's enough in our foreign currency account."],
    ['agent', 'Sure, let me see. The Australian dollar account has eleven thousand two hundred AUD in it, and there was a credit of five thousand AUD on the third.'],
    ['customer', 'Great.'],
    ['agent', 'To make the payment I will need to take you through security. Can you give me your date of birth?'],
    ['customer', 'Eleventh of October seventy-seven.'],
    ['agent', "Thank you, you're verified."],
  ).includes('identity.verification'));
});

test('round 196 (fresh379/fresh380 causes, after their blind score; measured blind on fresh381/fresh382): 白嫖, days to release, for pushing a button, worst support, 这点钱你们也要扣, 无缘无故给我冻, 找主管也是一样, 换起来太麻烦, 故障工单, it\'s not stocks, 这个月金额是, 按规定我还得, account, which has <amount> in it', () => {
  // A buyer's refund-only trick is not the bank; sarcasm at a five-day hold, a fee for pushing a button, the worst support, a fee grudged and a card frozen for nothing are complaints, but years banked said with a threat is not one (f129-en-19).
  assert.ok(!flags('customer', '又是这种白嫖的买家，收了货还仅退款，太恶心了。').includes('intent.complaint'));
  assert.ok(flags('customer', "Oh hi. Just calling to say what a fantastic job you're doing, really, five days to release my own money. Stellar.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Thirty five bucks for pushing a button. I want it back.').includes('intent.complaint'));
  assert.ok(!flags('customer', "And let me be clear, if nobody fixes this, I'm taking everything over to Fidelity. Thirty-one years I've banked here.").includes('intent.complaint'));
  assert.ok(flags('customer', "Under review for three weeks. It's honestly the worst support I've had from any bank.").includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个什么账户管理费，一个季度扣我三块钱，我一个退休老头子，这点钱你们也要扣？').includes('intent.complaint'));
  assert.ok(flags('customer', '你们怎么回事啊，我的退休金卡无缘无故给我冻了，我去取钱取不出来，丢人丢到家了。').includes('intent.complaint'));
  // A supervisor turned down ('找主管也是一样') asks for none; the caller's own demand does.
  assert.ok(!flags('customer', '不用了不用了，找主管也是一样的话，今天下午能到就行。').includes('intent.escalation'));
  assert.ok(flags('customer', '不行，你给我找主管，今天下午必须到。').includes('intent.escalation'));
  // A leaving taken back as too much trouble is no leaving; a fault ticket filed needs no check.
  assert.ok(!call(
    ['customer', '苹果的，昨天刚更新的。说实话我都想销户换一家了。'],
    ['agent', '非常理解您的心情，我先帮您登记这个问题，让技术部门跟进。'],
    ['customer', '唉，算了，我这边供应商都绑的你们账户，换起来太麻烦，不换了，你们赶紧修好就行。'],
  ).includes('intent.churn'));
  assert.ok(!call(
    ['customer', '你们那个手机银行一打开就闪退，说实话我都想销户换一家了。'],
    ['agent', '好的，已经帮您提交了故障工单，技术人员会在三个工作日内联系您。'],
  ).includes('identity.verification'));
  // A caller asking that a deposit is 'not stocks' brings up no investment; an agent's stocks fund with returns does.
  assert.ok(!call(
    ['customer', 'I want to open a term deposit. So it\'s not stocks or anything.'],
    ['agent', "No, it's a plain deposit, your principal and the rate are fixed."],
  ).includes('disclosure.wealth_risk'));
  assert.ok(call(
    ['customer', 'Hi, I want to put some profit to work.'],
    ['agent', 'I\'d recommend our index-linked stocks fund, it has returned eight percent a year.'],
  ).includes('disclosure.wealth_risk'));
  // A pension's amount and card read out, and a card's linked account with its money, before the check make it late.
  assert.ok(call(
    ['customer', '我想问一下年金这个月发了没有。'],
    ['agent', '陈女士您好，我看一下……您这个年金每月二十五号发放，这个月金额是一千八百六十元，会打到尾号五六三九的卡上。'],
    ['customer', '对。'],
    ['agent', '哦不好意思，按规定我还得核实一下您的身份，麻烦说下身份证后四位。'],
    ['customer', '一二三四。'],
    ['agent', '好的，核实通过。'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', 'My card is 4012 8877 6655 4438.'],
    ['agent', "Let me just check that, yes, that's linked to your business account, which has sixty-two thousand in it at the moment."],
    ['customer', "That's right."],
    ['agent', "I'll need to verify you first, date of birth and the passcode please."],
    ['customer', 'First of June eighty-six, code nine one one eight four two.'],
  ).includes('identity.verification'));
});

test('round 197 (fresh381/fresh382 causes, after their blind score; measured blind on fresh383/fresh384): that marina, 骗鬼呢, 我们财务处, did you just read my, nickel and dime, 只退了一半, I\'m sure we don\'t need, 我姐夫, 借记卡我还用, that\'s a deposit, 要看您的账户类型', () => {
  // A marina, a buyer who never paid and a university finance office are not the bank; the agent's read-back objected to, fees called nickel-and-diming and a half refund are complaints.
  assert.ok(!flags('customer', 'Oh brilliant. That marina is shambolic honestly, they never answer the phone.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我就知道！这个老吴骗鬼呢，一船梭子蟹拿走了一个多月，每次都说打了打了，这种人真是缺德。').includes('intent.complaint'));
  assert.ok(!flags('customer', '哎终于到了，我们财务处拖了快两个月，每次去问都说在走流程，真是服了他们。').includes('intent.complaint'));
  assert.ok(flags('customer', "Wait, did you just read my entire card number out over the phone?").includes('intent.complaint'));
  assert.ok(flags('customer', 'Forty-five? Seriously? That\'s absurd. You guys nickel and dime your members on everything.').includes('intent.complaint'));
  assert.ok(flags('customer', '我在你们这代买的渔船保险，船卖了我退保，结果只退了一半保费，凭什么？').includes('intent.complaint'));
  // A skipper's advice to ask for a manager set aside asks for none; the caller's own demand does.
  assert.ok(!flags('customer', "My skipper said if the bank gives me any grief I should ask for a manager straight away, but I'm sure we don't need that, I just want the card sorted.").includes('intent.escalation'));
  assert.ok(flags('customer', "You've given me grief all morning. I want a manager straight away.").includes('intent.escalation'));
  // A brother-in-law leaving another bank, and one credit card closed with the debit card kept, are no leaving.
  assert.ok(!flags('customer', '哦，我姐夫上礼拜刚把他在另一家银行的钱全取了销户了，说那家把他的冷链贷款卡得死死的。').includes('intent.churn'));
  assert.ok(!call(
    ['customer', '我想把我那张公务卡之外的个人信用卡注销掉，用得少还有年费。'],
    ['agent', '好的，注销后无法恢复，确定吗？'],
    ['customer', '确定。不过你们的借记卡我还用，工资都发在那个卡上，公务卡也留着报销要用。'],
  ).includes('intent.churn'));
  // A deposit recommended as protected promises no return; account types named in general need no check.
  assert.ok(!flags('agent', "If you need the money within two years, a savings account at four percent might be better, because that's a deposit and your capital's protected.").includes('sales.no_guaranteed_returns'));
  assert.ok(!call(
    ['customer', '我想问下跨行代发劳务费要多少手续费？'],
    ['agent', '老师您好，跨行代发确实有一定手续费，具体要看您的账户类型。'],
  ).includes('identity.verification'));
});

test('round 198 (fresh383/fresh384 causes, after their blind score; measured blind on fresh385/fresh386): sick of him, 他老是拖, 他天天打电话催我, 你们那个app, 又闪退, 我前夫还说, 老板让我来, 能批额度的经理, 他说他下个月, 我再比较一下, redemption figure today is', () => {
  // An ex-partner and a customer pressing the caller are not the bank; a supplier pressing because the bank is slow does not hide the bank, and the app crashing again is a complaint.
  assert.ok(!flags('customer', 'He is such a liar. Honestly, he does this every single month, I\'m so sick of him.').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，他老是拖，上个月拖了半个月才给，气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那客人的钱到底能不能回去？他天天打电话催我。').includes('intent.complaint'));
  assert.ok(flags('customer', '呵，你们银行效率可真高啊，一笔货款三天都到不了，人家供应商天天打电话催我。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们那个APP又闪退了，我收银对账对一半就退出来，这个月第四次了！').includes('intent.complaint'));
  // An ex-husband's threats and a boss's errand retold are no complaint or escalation; someone who can approve asked for is one.
  assert.ok(!flags('customer', '行吧。我前夫还说他要把在你们这的卡都销了，搬去外地，以后钱都不好转了，烦死了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '还能这样？那我前夫说要找你们经理投诉我，他找得到吗？').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我是西餐厅主厨，老板让我来办个公司卡的副卡，说要不行就找你们经理，我就先打打看。').includes('intent.escalation'));
  assert.ok(flags('customer', '能不能麻烦你帮我转给你们能批额度的经理，我想直接跟他聊一下。').includes('intent.escalation'));
  // A supplier's move and shopping around are no leaving.
  assert.ok(!flags('customer', '我给供应商转货款，他说他下个月要换银行了，让我以后别往这张卡打了。').includes('intent.churn'));
  assert.ok(!flags('customer', '嗯，我再比较一下，要是别家利率低点我可能就去别家看看了。').includes('intent.churn'));
  // A mortgage redemption figure read out before the check makes it late.
  assert.ok(call(
    ['customer', 'Hi, I need a redemption figure on the mortgage, the house is being sold.'],
    ['agent', 'Sure, the redemption figure today is one hundred and forty-two thousand, three hundred and eighteen pounds.'],
    ['customer', 'Right, okay.'],
    ['agent', "Sorry, before we go further could I take your date of birth and postcode, just to confirm it's you?"],
    ['customer', 'Fifth of May seventy-nine, BS4 2QT.'],
  ).includes('identity.verification'));
});

test('round 199 (fresh385/fresh386 causes, after their blind score; measured blind on fresh387/fresh388): this guest, take him to, 你们到底怎么回事, 折磨人, 那是你们系统的问题, 你们非说我, overdraft thing is a scam, you charged me, can only go up to, double check, and that\'s your limit, credit limit of <amount>, 老板的姓名', () => {
  // Anger at a B&B guest and a landlord taken to small claims names no grievance with the bank (f385-en-12, f386-en-15); the bank's app reviewed still counts.
  assert.ok(!flags('customer', 'Ugh, this guest, honestly, he smashed a lamp, left the bath running and then left a one-star review.').includes('intent.complaint'));
  assert.ok(!flags('customer', "I knew it. That man has been dodging me for a month. I swear I'm going to take him to small claims.").includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly, I'm leaving you a one-star review, your app has logged me out five times today.").includes('intent.complaint'));
  // The caller's own travel agency does not hide the bank asked what is going on (f385-zh-04); a process called torture is a grievance, a course of chemotherapy is not.
  assert.ok(flags('customer', '我是做入境游的旅行社，上周五老外刷卡的团费四万多到现在还没结算，你们到底怎么回事？').includes('intent.complaint'));
  assert.ok(flags('customer', '又是补材料！补完了还是不到账，你们这个流程简直折磨人，一个电话转三个部门。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我妈化疗这半年简直折磨人，所以想问问能不能把她的定期提前取出来。').includes('intent.complaint'));
  // The late payment put on the bank's system (f386-zh-15); asking for someone who can decide is escalation, not a complaint (f126-zh-23).
  assert.ok(flags('customer', '那是你们系统的问题，又不是我的问题，第一次用信用卡就给我搞个逾期。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个还款是怎么回事，我明明二十号就还了，你们非说我逾期，还收了我违约金。').includes('intent.complaint'));
  assert.ok(!flags('customer', '那你做不了主 就找个能做主的来跟我说 你们分行谁管这个 叫他接电话').includes('intent.complaint'));
  // A fee called a scam, and a charge met with sarcasm (f386-en-13); a scam asked about is neither.
  assert.ok(flags('customer', 'Honestly the whole overdraft thing is a scam, charging broke new grads the most.').includes('intent.complaint'));
  assert.ok(flags('customer', 'I was short by four dollars for one night and you charged me thirty five bucks. Super cool, love that for me.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'A guy on Instagram promised me double my money in a week, is that a scam?').includes('intent.complaint'));
  // A limit's ceiling and a check urged promise no return (f385-en-20, f386-en-03); a fund said to double still does.
  assert.ok(!flags('agent', 'Your current limit is fifteen thousand per day, and I can only go up to twenty.').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', 'Then definitely double check in person or by video first. Anything else?').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', 'This fund will definitely double your money within three years.').includes('sales.no_guaranteed_returns'));
  // A secured card's limit explained touches no account (f386-en-21); a card's own limit read out before the check does (f386-en-02, f386-en-24), a typical limit does not.
  assert.ok(!call(
    ['customer', "I got rejected for a regular credit card, someone said I should get a secured card?"],
    ['agent', "Yeah, that's a common first step. With a secured card you put down a deposit, say three hundred dollars, and that's your limit."],
    ['customer', 'Is there an annual fee?'],
    ['agent', 'Ours has no annual fee. Thanks for calling, and good luck!'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', 'I applied for my first credit card a week ago and I still have not heard anything?'],
    ['agent', 'Let me take a look. Okay, you were approved, the Starter card, with a credit limit of one thousand two hundred dollars.'],
    ['customer', 'Only twelve hundred?'],
    ['agent', 'Oh, sorry, I should have asked first, can you confirm your date of birth for me?'],
    ['customer', 'August twenty second, ninety nine.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', "Hi, I'm not sure if my new card is activated."],
    ['agent', "Okay, I see one card for Daniel Wu, it's not activated yet, the credit limit is fifteen hundred."],
    ['customer', 'Can you activate it?'],
    ['agent', 'Yes, I just need your date of birth and the security code on the back.'],
    ['customer', 'January first, two thousand.'],
    ['agent', "Thank you, it's active now."],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', "What sort of credit limit would I get on the starter card?"],
    ['agent', 'It depends on the application, but for a first card the credit limit is usually a few hundred dollars.'],
    ['customer', 'Okay, thanks.'],
  ).includes('identity.verification'));
  // The holder's details asked of a front-desk clerk check nothing about the caller (f385-zh-24).
  assert.ok(call(
    ['customer', '你好，我是客栈的前台，老板出去了，让我查下他那个收款账户今天进了多少。'],
    ['agent', '老板的姓名和账号后四位是？'],
    ['customer', '老板叫杨国华，卡号后四位二一八七。'],
    ['agent', '好的，杨国华名下尾号二一八七的账户今天入账五笔，一共六千八百元，当前余额三万一千二百元。'],
  ).includes('identity.verification'));
});

test('round 200 (fresh387/fresh388 causes, after their blind score; measured blind on fresh389/fresh390): 恨不得, 车退给他们, our chair was, 我们理事长, 那个公益组织, 就在你们这还完, 那我就不换了, month in a row my, lovely new fee, 到底能不能用了, enjoy the, if you bought gap, approved, <amount>, now <n> days past due, roof fund', () => {
  // Anger at a car dealer the caller itches to hand the car back to (恨不得 negates nothing: f387-zh-14); the bank named still counts.
  assert.ok(!flags('customer', '气死我了，我恨不得把车退给他们').includes('intent.complaint'));
  assert.ok(flags('customer', '气死我了，你们银行这样扣钱，我恨不得把卡都剪了').includes('intent.complaint'));
  // A society's chair retold (f388-en-17, f388-zh-19) and a charity in the news (f388-zh-17); the caller's own charity charged by the bank is f148-zh-10's complaint.
  assert.ok(!flags('customer', "Ah. Our chair was fuming this morning, she said she wanted to speak to your manager. But honestly I don't need that, it's our mistake.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Ah. Our chair was fuming this morning, she said she wanted to speak to your manager. But honestly I don't need that, it's our mistake.").includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我看新闻说那个什么公益组织拿捐款去买豪车，气死我了，我每个月给它捐三百！').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个账户一年扣我们三百六的管理费，我们就是个公益组织，账上才几千块，这也太过分了吧。').includes('intent.complaint'));
  assert.ok(!flags('customer', '哎呀，那就是我填错了。我们理事长刚才还火大，说要找你们行长理论。').includes('intent.complaint'));
  assert.ok(!flags('customer', '哎呀，那就是我填错了。我们理事长刚才还火大，说要找你们行长理论。').includes('intent.escalation'));
  // A move floated, then dropped later in the call (f387-zh-15, f388-zh-10).
  assert.ok(!call(
    ['customer', '那要是一直不降，我可能得考虑转到别的银行去做'],
    ['agent', '理解，不过转贷需要先结清本笔贷款，还可能涉及违约金。'],
    ['customer', '嗯……算了算了，剩一年多了，不折腾了，就在你们这还完吧'],
  ).includes('intent.churn'));
  assert.ok(!call(
    ['customer', '哦，是我自己开的啊。我还以为乱扣费，要是真乱扣，我就换银行了。'],
    ['agent', '理解，如果不需要也可以关掉。'],
    ['customer', '留着吧，挺有用的，那我就不换了哈哈。'],
  ).includes('intent.churn'));
  // Sarcasm beside a repeated failure, a new fee thanked for, an app asked whether it works (f387-en-22, f388-en-21, f388-zh-21); a savings goal hit three months running is praise.
  assert.ok(flags('customer', 'Oh great job, guys. Third month in a row my car payment autopay didn\'t go through. Really impressive.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Great job on the app, by the way. Third month in a row I\'ve hit my savings goal.').includes('intent.complaint'));
  assert.ok(flags('customer', "I'm calling about the lovely new fee on our card reader. Really generous of you, charging a hospice charity shop more.").includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个手机银行到底能不能用了，我每次点进去那个公益捐款页面就闪退，闪退三天了！').includes('intent.complaint'));
  // A thank-you with a wish for the new car closes the call (f387-en-15).
  assert.ok(!call(
    ['customer', "That's all."],
    ['agent', 'Thanks Greg, enjoy the new car.'],
  ).includes('closing.polite'));
  // GAP cover explained touches no account (f387-en-09); a loan's approval with its amount and a payment told as days overdue do (f387-en-02, f387-en-16), a ceiling for a future refinance does not.
  assert.ok(!call(
    ['customer', 'My car got totaled and the insurance payout is less than what I owe. Does GAP cover that?'],
    ['agent', 'Generally yes. If you bought GAP coverage with your loan, it covers the difference between the insurance settlement and the loan balance.'],
    ['customer', 'Got it, thank you.'],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', "This is Rick in the F&I office at Sunset Toyota. I've got a deal for a customer, Tanya Brooks, submitted yesterday. Where's it at?"],
    ['agent', "Let me look. Tanya Brooks, okay, that one's approved, sixty-two thousand on a seventy-two month term."],
    ['customer', "Awesome, I'll get her in to sign tonight."],
  ).includes('identity.verification'));
  assert.ok(call(
    ['customer', 'I got a text saying my car payment is late but I paid it through your app.'],
    ['agent', 'I see a payment of five hundred thirty-eight dollars due on the 15th, not received, now eight days past due.'],
    ['customer', "That's wrong."],
    ['agent', 'Okay, before I go further, can I get your date of birth to verify?'],
    ['customer', 'February 20th, 1983.'],
  ).includes('identity.verification'));
  assert.ok(!call(
    ['customer', 'What happens if I miss a car payment?'],
    ['agent', "A missed payment is reported to the bureaus after thirty days. On a refinance you could be approved for up to twenty thousand."],
    ['customer', 'Okay, thanks.'],
  ).includes('identity.verification'));
  // A savings pot named a roof fund is no fund sold (f388-en-23).
  assert.ok(!call(
    ['customer', "We've got twenty thousand set aside for a new roof and want it somewhere safe."],
    ['agent', 'Our two-year Charity Fixed Term Deposit pays a fixed four point one percent, and it is a savings deposit, not an investment.'],
    ['customer', "That's perfect for a roof fund."],
  ).includes('disclosure.wealth_risk'));
});

test('round 201 (fresh389/fresh390 causes, after their blind score; measured blind on fresh391/fresh392): switching all their banking, is switching her account, 俱乐部说要, 改用他们公司, 转到我这张, 那个球员, 冰场, 队长打电话过来, cleaning agency, 那些骗子, manager at her bank, minutes to get through to you, 被你们扣了, 你们到底谁说了算, 太贵了吧, 如果您想查', () => {
  // A sponsor, a cleaner, a rival club and an employer moving their own banking, and money in from another bank, are no leaving (f389-en-15, f390-en-15, f389-zh-12, f390-zh-15); the caller's own move still is.
  assert.ok(!flags('customer', "I'm the treasurer for a junior tennis academy. Our main sponsor, a local gym chain, is switching all their banking to another bank.").includes('intent.churn'));
  assert.ok(!flags('customer', 'Our cleaner is switching her account to another bank, and I pay her by standing order.').includes('intent.churn'));
  assert.ok(!flags('customer', '对得上。隔壁那个橄榄球俱乐部说要把账户换到别的银行去，说那边手续费便宜，我们倒是无所谓。').includes('intent.churn'));
  assert.ok(!flags('customer', '我是做保姆的，我老板说下个月开始改用他们公司那个银行给我发工资了，不用你们银行了。').includes('intent.churn'));
  assert.ok(!flags('customer', '就是别的银行转到我这张农行卡上，我收钱要不要扣手续费？').includes('intent.churn'));
  assert.ok(flags('customer', "We're switching all our banking to another bank, the fees here are a joke.").includes('intent.churn'));
  // A rough tackle, an ice rink and a team captain retold (f389-zh-16, f389-zh-20); the caller's own move agreed with the captain is f186-zh-08's churn.
  assert.ok(!flags('customer', '你好，我儿子踢球被人铲断了腿，对方那个球员下脚太黑了，裁判还不吹！').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我们冰球队之前订的那个冰场，押金两万说好比赛结束退，到现在还拖着不退，烦死了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '上次我们队长打电话过来，说要找你们经理投诉那个冰场，后来他也就算了。').includes('intent.escalation'));
  assert.ok(flags('customer', '我不管谁的问题，反正你们这卡用着就是憋屈。我跟我们队长说好了，下个月工资改发到农商行去，你们这卡我销了。').includes('intent.churn'));
  // A cleaning agency, scammers and a host mum's wish for a manager retold (f390-en-22, f390-zh-21, f390-en-16).
  assert.ok(!flags('customer', "I disputed a charge from a cleaning agency a few weeks ago, they billed me after I'd cancelled, because of course they did, brilliant business model.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对就是那笔，那些骗子太缺德了，我辛辛苦苦攒的钱。').includes('intent.complaint'));
  assert.ok(!flags('customer', "My host mum paid my pocket money yesterday. She's annoyed and says she wants to speak to a manager at her bank about it, but I just want to check my side.").includes('intent.escalation'));
  // Not told, held forty minutes, money taken, the bank's own colleague contradicted, a fee too dear (f389-en-14, f389-zh-03, f390-zh-14); a card's annual fee too dear, and 'I've had enough' beside a move, are no complaint.
  assert.ok(flags('customer', 'Nobody told us! And it took me forty minutes to get through to you.').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个收款码，说好个人收款免费的，结果队员交的钱被你们扣了一百多块，也没人通知我！').includes('intent.complaint'));
  assert.ok(flags('customer', '判定？谁判定的？上个月打电话你们同事说不会收费，现在又说收，你们到底谁说了算？').includes('intent.complaint'));
  assert.ok(flags('customer', '你好，我每个月帮我们家菲佣汇钱回菲律宾，你们收的手续费一次一百五，太贵了吧。').includes('intent.complaint'));
  assert.ok(!flags('customer', '尾号6241那张，年费太贵了，我用不上。但是我工资卡和存款还是放你们这，别的不动。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Then I'll be moving my savings to another bank this week, I've had enough.").includes('intent.complaint'));
  // A way to watch money arriving offered touches no account (f390-zh-15).
  assert.ok(!call(
    ['customer', '就是别的银行转到我这张卡上，我收钱要不要扣手续费？我还担心每个月要被扣钱呢。'],
    ['agent', '收款是不收费的。如果您想查到账情况，可以开通短信提醒。'],
    ['customer', '那我用App吧，谢谢你啊。'],
  ).includes('identity.verification'));
});
