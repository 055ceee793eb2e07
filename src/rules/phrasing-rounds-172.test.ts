import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags, timedCall } from './phrasing-cases.js';

/**
 * Rounds 172 onwards (phrasing-rounds-155.test.ts holds rounds 155–171): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 172 (fresh331/fresh332 causes, after their blind score; measured blind on fresh333/fresh334): have to think about going, if you lot ever, 旧卡要注销, 我不转了, 收款全部走 …农商行, 主管说也没用, the site\'s, 旅行平台, their bank, bursar\'s office, I see <merchant> <amount>, …, 透支额度是, 您母亲的名字', () => {
  // A move the caller would have to think about, one only 'if you lot ever' did something, an old settlement card replaced and a threat taken back (我不转了，刚才是气头上) are no leaving; takings routed to another bank from a date leave.
  assert.ok(!flags('customer', "Tell me about it. If you lot couldn't extend it I'd honestly have to think about going elsewhere.").includes('intent.churn'));
  assert.ok(!flags('customer', "Good. Because if you lot ever pulled my overdraft in February I'd be off to another bank like a shot, ha.").includes('intent.churn'));
  assert.ok(flags('customer', "You pulled my overdraft in February, so I'm off to another bank.").includes('intent.churn'));
  assert.ok(!flags('customer', '喂你好，我是乌镇开民宿的，我想改一下我那个POS结算卡，旧卡要注销了。').includes('intent.churn'));
  assert.ok(flags('customer', '你们这卡我用不惯，旧卡新卡我全部注销。').includes('intent.churn'));
  assert.ok(!call(['customer', '你们这乱收费我就把钱都转走，户也销了。'], ['customer', '这样啊，那算了，我不转了，刚才是气头上。']).includes('intent.churn'));
  assert.ok(flags('customer', '不用了，跟你们主管说也没用。我已经问好了，下个月开始船票收款全部走北部湾农商行，你们这边的机子我退了。').includes('intent.churn'));
  // A supervisor offered and turned down (跟你们主管说也没用) is no escalation.
  assert.ok(!flags('customer', '不用了，跟你们主管说也没用。').includes('intent.escalation'));
  assert.ok(flags('customer', '我要跟你们主管说，你做不了主。').includes('intent.escalation'));
  assert.ok(!flags('customer', '下个月开始船票收款全部走你们这张卡。').includes('intent.churn'));
  // A booking site and its owner, a travel platform, the guests' own bank and a university's bursar are not the bank.
  assert.ok(!flags('customer', "I booked a guesthouse through one of those booking sites and they'd given our room away. The site's refusing to refund, the owner won't answer the phone, it's a shambles.").includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我就是想吐槽一下，现在那个某某旅行平台简直是土匪，客人说退就退，定金一分不给我留。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Their bank is ridiculous, they told them at home the card would work everywhere, and now they've frozen it.").includes('intent.complaint'));
  assert.ok(!flags('customer', "So my PhD stipend is late again and I'm honestly furious, the bursar's office at my school keeps messing up the payroll file.").includes('intent.complaint'));
  assert.ok(flags('customer', "So my stipend is late again and I'm honestly furious, your bank keeps messing up the payroll file.").includes('intent.complaint'));
  // Merchants listed with their amounts are a read-out; a limit and its use told after only the holder's details were asked of a relative is unchecked.
  assert.ok(call(['customer', "Morning, I think there's a charge on my card I don't recognise."], ['agent', 'Let me pull that up. I see Fisher Scientific 1,240, Amazon Business 312, and VWR 89.50, and then one from PXL Tech for 499.'], ['agent', 'Okay. Before we go further, could you confirm your date of birth and the security word on the account?']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Which shops take your card?'], ['agent', 'I see most shops take it, and Amazon Business 312 days a year, and more.']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我是帮我妈问的，她那个季节性透支现在还能用多少？'], ['agent', '您母亲的名字和手机号是？'], ['customer', '林秀英，手机13950217736。'], ['agent', '好的查到了，林秀英女士的透支额度是十五万，目前已经用了九万八，还可以用五万二左右。']).includes('identity.verification'));
  assert.ok(!call(['customer', '我想查一下我的透支还能用多少？'], ['agent', '请您报一下姓名和身份证后四位。'], ['customer', '林秀英，后四位1234。'], ['agent', '核实通过。您的透支额度是十五万，目前已经用了九万八。']).includes('identity.verification'));
});

test('round 173 (fresh333/fresh334 causes, after their blind score; measured blind on fresh335/fresh336): the gym\'s, 那家健身房, 那个厂家, 投诉一个, 本来都想说 … 那就不用了, cash is lower but, capital\'s guaranteed, 到账十万元, … total, the bar account to Nationwide', () => {
  // A gym, a kit maker and an early-learning centre blamed are not the bank; one of the bank's staff complained of is.
  assert.ok(!flags('customer', "Yeah, the gym's billing is a shambles honestly, they did this to my mate as well.").includes('intent.complaint'));
  assert.ok(flags('customer', 'Yeah, your billing is a shambles honestly, you did this to my mate as well.').includes('intent.complaint'));
  assert.ok(!flags('customer', '对，就是这个，那家健身房真的太坑了，前台说退卡之后就不扣了，结果还扣。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我们篮球队要给球衣厂付尾款，那个厂家真是气死我了，球衣号码印错了一半，还天天催钱。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我想投诉一个早教中心，我给孩子报了课交了八千八，结果他们跑路了。').includes('intent.complaint'));
  assert.ok(flags('customer', '我想投诉一个你们的柜员，态度太差了。').includes('intent.complaint'));
  // A manager the caller had meant to ask for, then did not need (本来都想说 … 那就不用了), is no escalation.
  assert.ok(!flags('customer', '啊通过了啊，我还以为卡住了，本来都想说找你们领导问问呢，那就不用了。').includes('intent.escalation'));
  assert.ok(flags('customer', '卡住了，我要找你们领导问问。').includes('intent.escalation'));
  // Cash set against a fund beside it promises nothing; a capital guarantee on an investment is the returns rule's, not a refund promise.
  assert.ok(!call(['agent', "Cash is lower but your money won't go down. The stocks and shares one is invested in funds rated medium risk, so the value can fall as well as rise."]).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', "honestly no, the capital's guaranteed on this one, you won't lose a penny, worst case you get your money back plus a bit"]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', "honestly no, the capital's guaranteed on this one, you won't lose a penny, worst case you get your money back plus a bit"]).includes('sales.no_guaranteed_returns'));
  // Money told as arrived (到账十万元整) and collections with their total are read-outs; a general transfer time and a yearly allowance are not.
  assert.ok(call(['customer', '尾号1237的账户，赞助费到没到？'], ['agent', '稍等……有的，昨天下午四点十二分到账十万元整，付款方是鸿远汽车销售服务有限公司。哦对了，先跟您补个身份核实，请报一下经办人身份证后四位。']).includes('identity.verification'));
  assert.ok(!call(['customer', '跨行转账多久到？'], ['agent', '一般两小时内到账，五万元以上可能要次日。']).includes('identity.verification'));
  assert.ok(call(['customer', 'Need to know if the subs direct debits ran this month, business account ends two two nine one.'], ['agent', 'Yep, forty-one collections on the second, two thousand and fifty total, four bounced.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'How much can grandparents pay into a Junior ISA?'], ['agent', 'Anyone can pay into it, up to nine thousand pounds a year in total.']).includes('identity.verification'));
  // The caller's accounts moved to a named bank leave; someone else's account moved does not.
  assert.ok(flags('customer', "I'm taking it to the Financial Ombudsman, and we're moving the club account and the bar account to Nationwide next week, the forms are already signed.").includes('intent.churn'));
  assert.ok(!flags('customer', "One of them says she's ditching her bank and moving her account to Monzo anyway.").includes('intent.churn'));
});

test('round 174 (fresh335/fresh336 causes, after their blind score; measured blind on fresh337/fresh338): they\'re furious, physio clinic, at the hospital, 医院收费处, 药房, taking the mick, 手续费怎么又涨, 不近人情, she kept demanding, 我让老板, 被酒店取消, 算了，不转了, you can also set up, 欠款本息合计 …元, 十二号ATM取现五千', () => {
  // The caller's own customers furious, a physio clinic, a hospital's parking and cashier's desk and a pharmacy are not the bank; the bank blamed the same way is.
  assert.ok(!flags('customer', "A bride's mum paid on my card terminal and it's charged their card twice, they're furious and now they're saying they'll do a chargeback.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I am absolutely livid. The physio clinic I was going to has gone bust, they took six sessions up front. Shocking, they knew they were closing.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Oh, it's done? Great. That parking system at the hospital is a disaster, everyone complains about it.").includes('intent.complaint'));
  assert.ok(!flags('customer', '那个医院收费处真是气死我了，排队排了三个小时，发票还开错了，跑了两趟。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对！这药房太坑人了，我以后再也不去他家买了。').includes('intent.complaint'));
  assert.ok(flags('customer', '对！你们银行太坑人了，我以后再也不来了。').includes('intent.complaint'));
  // Fees raised again ('taking the mick', 手续费怎么又涨, 又收钱又慢) and charges called heartless (不近人情) complain; a fee asked about does not.
  assert.ok(flags('customer', "My monthly fee's gone up again, that's twice this year, and now you're charging per deposit as well. For a sole trader that's just taking the mick.").includes('intent.complaint'));
  assert.ok(flags('customer', '我就是想问问，你们跨行转账手续费怎么又涨了，以前都是免费的，现在又收钱又慢。').includes('intent.complaint'));
  assert.ok(flags('customer', '我住院怎么刷？你们这收费太不近人情了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我就是想问问，你们跨行转账手续费是多少？').includes('intent.complaint'));
  // A guest's demand for a manager retold, and the caller's own boss to sign, ask for nobody above the agent.
  assert.ok(!flags('customer', "The mother of the bride couldn't add a tip on the card machine, she kept demanding to speak to a manager, that was me, ha.").includes('intent.escalation'));
  assert.ok(!flags('customer', '好，我让老板签。').includes('intent.escalation'));
  assert.ok(flags('customer', '我要找你们老板，你做不了主。').includes('intent.escalation'));
  // An event cancelled by the hotel and a move taken back (算了，不转了; not 转不转了) are no leaving.
  assert.ok(!flags('customer', '我姓吴，我们办的一个年会被酒店取消了，我之前刷卡付的场地定金一万二，酒店说退了，我想确认一下。').includes('intent.churn'));
  assert.ok(!call(['customer', '真要那么久我干脆把钱都挪别家去了。'], ['customer', '哦？还真有，已经开了。那算了，不转了，你们这个挺方便。']).includes('intent.churn'));
  assert.ok(call(['customer', '真要那么久我干脆把钱都挪别家去了。'], ['customer', '那我还转不转了？']).includes('intent.churn'));
  // Advice on what the caller can set up looks at no account; arrears with their sum and dated withdrawals are read-outs.
  assert.ok(!call(['customer', 'If I ever had to switch, would that mess up payment holidays in progress?'], ['agent', "Any loans stay with the lender, so an agreed payment holiday wouldn't be affected."], ['agent', 'That makes total sense. You can also set up a trusted contact on your profile, so someone can speak for you if you are unwell.']).includes('identity.verification'));
  assert.ok(call(['agent', '王女士您好，您的消费贷已经逾期二十三天了，目前欠款本息合计一万八千三百二十元，还有罚息四百一十元。'], ['agent', '那为了后续帮您办理，我需要先核实一下身份，麻烦报一下身份证后四位。']).includes('identity.verification'));
  assert.ok(call(['customer', '我住院这半个月，我儿子说我卡里少了钱，你帮我看看是不是被人盗刷了。'], ['agent', '十二号ATM取现五千，十四号转账一万给邓小军，十五号又取现三千。']).includes('identity.verification'));
  assert.ok(!call(['customer', '逾期了会怎样？'], ['agent', '逾期会产生罚息，具体按合同约定的利率计算。']).includes('identity.verification'));
});

test('round 175 (fresh337/fresh338 causes, after their blind score; measured blind on fresh339/fresh340): bounced from another bank, might think about going, 要是再这样下去, 那就不换了, he ended up asking, 你们主管叫来 kept beside 客户经理, 说气话, 被网上, 真是谢谢你们, 瞎拦, never had one of these not pay out, 任何说给您保证, the number on your card, there have been … transfers', () => {
  // Wages bounced from another bank, a move only thought of or threatened if it goes on, and a move called off (那就不换了) are no leaving; money moved to another bank is.
  assert.ok(!flags('customer', "Great, that's what I needed. The owner was worried because a driver's wages bounced from another bank.").includes('intent.churn'));
  assert.ok(!flags('customer', 'Your app\'s a joke, to be honest. If something like this happens again I might think about going elsewhere.').includes('intent.churn'));
  assert.ok(!flags('customer', '你们这个系统真的不行，要是再这样下去，我就把钱都取出来放家里算了。').includes('intent.churn'));
  assert.ok(!call(['customer', '要是真是你们拖的，我就换银行了。'], ['customer', '哈哈，不过看来不是，那就不换了。']).includes('intent.churn'));
  assert.ok(flags('customer', '你们这个系统真的不行，我下个月就把钱都转到别的银行去。').includes('intent.churn'));
  // A former boss's request for a manager retold asks for nobody; a demand said outright keeps its sentence although the turn names an account manager (客户经理), who alone is no one above the agent.
  assert.ok(!flags('customer', "My old gaffer went through you years back and he said it was such a faff he ended up asking to speak to a manager.").includes('intent.escalation'));
  assert.ok(flags('customer', '你们这服务真是太差了，一个客户经理电话打不通，一个客服只会说抱歉。我不跟你说了，你把你们主管叫来，或者给我找个能拍板的领导。').includes('intent.escalation'));
  assert.ok(!flags('customer', '我想找我的客户经理，他电话打不通。').includes('intent.escalation'));
  // Anger taken back (说气话) and an online 'mentor' who conned the caller are no complaint about the bank; sarcastic thanks and a fraud filter that blocks the wrong payments (瞎拦, 该拦的不拦) are.
  assert.ok(!flags('customer', '本来我一生气想把你们家全都不用了，上次扣费搞错那个事……算了算了，说气话。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我想问问你们那个理财。之前被网上的“导师”忽悠过一次，现在不敢乱投了。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这个ＡＰＰ真是厉害啊，给骗子转钱的时候不拦，我给我亲妈转个２０００块倒是拦了，真是谢谢你们啊。').includes('intent.complaint'));
  assert.ok(flags('customer', '反正你们这个风控就是瞎拦，该拦的不拦，不该拦的乱拦。').includes('intent.complaint'));
  // An investment's record ('never had one of these not pay out') is no refund promise; a warning against promised returns promises none.
  assert.ok(!call(['agent', "It's risk level three and your capital is at risk, but honestly it'll pay five percent, we've never had one of these not pay out. You won't lose a penny."]).includes('service.no_refund_promise'));
  assert.ok(!call(['agent', '这个没办法保证的，阿姨。任何说给您保证多少收益的理财，您都要警惕，包括有人冒充我们银行的人。']).includes('sales.no_guaranteed_returns'));
  // General information and the advice to ring the number on the card look at no account; activity told by its count is a read-out.
  assert.ok(!call(['customer', 'What funds do you have?'], ['agent', "Sure, this is just general info so I don't need to go into your account."], ['agent', "Please always call back on the number on your card if you're unsure."]).includes('identity.verification'));
  assert.ok(call(['customer', "My dad's been scammed, I need to know how much he's sent her."], ['agent', 'Right, I see his account. There have been six international transfers in the last two months totalling about thirty-eight thousand dollars.']).includes('identity.verification'));
});

test('round 176 (fresh339/fresh340 causes, after their blind score; measured blind on fresh341/fresh342): probably think about going, 她说要把, 不换不换, fully intending to ask, 我让主任, 换主任, 在群里喊，说要, 琴行, 都被骗了', () => {
  // A move only if fees went up, a colleague's retold and one considered then dropped (不换不换) are no leaving; the caller's own move is.
  assert.ok(!flags('customer', "Right. I mean, if you ever started charging for SEPA I'd probably think about going elsewhere, but for now that's fine.").includes('intent.churn'));
  assert.ok(!flags('customer', '哦，那还行。我一个同事也教中文的，她说要把账户全搬到别的银行去，说那边汇款便宜。').includes('intent.churn'));
  assert.ok(!flags('customer', '上回换主任折腾了三趟，要是这次再拖我们就考虑换家银行了……哎算了算了，上次那事后来你们网点处理得也挺快，不换不换。').includes('intent.churn'));
  assert.ok(!flags('customer', '上回换主任折腾了三趟，要是这次再拖我们就考虑换家银行了……哎算了算了，上次那事后来你们网点处理得也挺快，不换不换。').includes('intent.escalation'));
  assert.ok(flags('customer', '你们再拖，我下个月就把账户全搬到别的银行去。').includes('intent.churn'));
  // A manager the caller meant to ask for, a committee's own director (我让主任, 换主任) and a neighbour shouting in the group chat ask for nobody above the agent; a demand for the director is one.
  assert.ok(!flags('customer', "Hi Ben. I'll be honest, I rang fully intending to ask for a manager because last time I got nowhere, but let's see how we go.").includes('intent.escalation'));
  assert.ok(!flags('customer', '行，那我让主任准备一下。').includes('intent.escalation'));
  assert.ok(flags('customer', '你给我找你们主任来，我要跟能做主的人说。').includes('intent.escalation'));
  assert.ok(!flags('customer', '不是，我是邻居。那个收钱的老杨天天在群里喊，说要找你们行长，要去告你们银行，我看他就是自己账搞不清楚。').includes('intent.escalation'));
  // The caller's own residents grumbling together still complain; a violin shop and a school that conned parents are not the bank.
  assert.ok(flags('customer', '每次打电话都是这句话，你们这个效率真的太差了，我们二十几户天天在群里骂。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，我给儿子在琴行租了一把小提琴，押金两千，结果那个琴行扣了我两次，打电话过去老板还说是我自己刷了两遍，气死我了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对对，就是这家，太坑人了，家长群里几十个人都被骗了。').includes('intent.complaint'));
});

test('round 177 (fresh341/fresh342 causes, after their blind score; measured blind on fresh343/fresh344): that garage, 修理厂, transfer app, the landlord\'s, 这种房东, 供应商说, 表哥说, 打到你们, 委托我帮他, 日本的银行', () => {
  // A garage, a repair shop, a transfer app and landlords blamed; the bank's own fee and the bank called 黑心 still are complaints.
  assert.ok(!flags('customer', "Oh brilliant. That garage dragged it out for months, cheeky so-and-sos, they kept saying the brakes were fine.").includes('intent.complaint'));
  assert.ok(!flags('customer', '喂，我想问一下那个修理厂乱收费的事情能不能让银行帮我要回来。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行乱收费，这个年费我从来没同意过。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Right, so it left you fine. It's the transfer app that's useless, and honestly the landlord's a bit dodgy too.").includes('intent.complaint'));
  assert.ok(!flags('customer', '就是它！我根本没授权，这种房东真是黑心。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们这种银行真是黑心，扣了钱连个短信都没有。').includes('intent.complaint'));
  // A supplier's and a cousin's moves retold, a pension paid in here, a brother's card closed by power of attorney and a bank abroad closing; the caller's own moves still are churn.
  assert.ok(!flags('customer', '哦。我那个配件供应商说他们已经把账户全挪到招行去了，说招行利率低。').includes('intent.churn'));
  assert.ok(!flags('customer', '哦哦，我表哥说他回国以后要把钱全挪到别的银行去，说你们审核太严，我是觉得还好啦，就是问问。').includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我在加拿大那边有一份退休金，每个季度打到你们中行卡上，这次好像没到。').includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我弟弟在西班牙定居了，回不来，他委托我帮他把国内的卡销了，我手上有公证过的委托书。').includes('intent.churn'));
  assert.ok(!flags('customer', '喂你好我从日本回来了那个日本的银行销户销得特别慢烦死了我想看看国内这张卡还能不能用').includes('intent.churn'));
  assert.ok(flags('customer', '我下个月就把退休金换到工行去，你们这儿我不用了。').includes('intent.churn'));
  assert.ok(flags('customer', '我要把这张卡销户，钱全转到别的银行去。').includes('intent.churn'));
});

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

test('round 183 (fresh353/fresh354 causes, after their blind score; not yet measured blind): delayed again by your, because of you lot, nothing says great service, your attitude is awful, 闪退了三次, 你们到账怎么这么慢, 到底谁说了算, if i ever switched, 假如哪天, 不是真要销, 储蓄卡留着, i\'m taking the mortgage there, business manager, 中介让我, no early withdrawals, agreement in principle for, 您女儿的姓名', () => {
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
