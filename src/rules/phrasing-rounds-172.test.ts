import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 172–177 (phrasing-rounds-155.test.ts holds rounds 155–171, phrasing-rounds-178.test.ts rounds 178 on): each blind
 * pair's general causes, tuned on only after the pair was scored once (test/corpus/README.md). Each case also has its
 * look-alike that must not flag.
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
