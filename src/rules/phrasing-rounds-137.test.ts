import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 137–154 (phrasing-rounds-118.test.ts holds rounds 118–136, phrasing-rounds-155.test.ts round 155 onwards): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 137 (fresh261/fresh262 causes, after their blind score; measured blind on fresh263/fresh264): a card dropped, a care home and a neighbour retold, a pension told in general, a policy already sold, a parent\'s account read out, a debit\'s date before the check, excuses, 干什么吃的, 服务真不行, 你们银行可真行', () => {
  // A card dropped on a bus and cancelled is no leaving; a care home's bill and a neighbour's old complaint retold are no complaint.
  assert.ok(!flags('customer', 'Hello dear, I need to cancel my card, my son says he saw it on the floor of the bus.').includes('intent.churn'));
  assert.ok(!flags('customer', 'Good. They put her bill up three times this year and nobody answers the phone there.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我邻居老孙说他上回在你们这投诉过排队的事，现在好点了没？').includes('intent.complaint'));
  // How a pension arrives and who may collect it, told in general, look at no account.
  assert.ok(!call(['customer', '我想问一下，养老金一般是每个月几号到？'], ['agent', '养老金是社保部门发放的，具体日期各地不一样，我们这边一般是收到社保资金当天入账。'], ['customer', '那我领取的时候能不能让我女儿代领？'], ['agent', '可以的，女儿拿您的卡和密码就可以在柜员机取，柜台代办需要带双方身份证。']).includes('identity.verification'));
  // A policy already sold, found while a mis-sale is complained of, needs no risk disclosure.
  assert.ok(!call(['customer', '我爸八十一了，你们网点的人给他卖了一个什么分红险，交了十万。'], ['agent', '核实通过。系统里确实有一份去年十月的分红型保险，是在网点签的。']).includes('disclosure.wealth_risk'));
  // A parent's account read out to a son or daughter, and a debit's date read out before the check, need a check in time.
  assert.ok(call(['customer', "Hi, I'm checking my mum's account, the surname's Pryce. She's worried the water company took too much."], ['agent', 'Let me find it. Pryce, Cardiff. Okay, Welsh Water took forty-two pounds on the first, and the council took one hundred and eighteen on the third.']).includes('identity.verification'));
  assert.ok(call(['customer', '我想看看我爸那个养老院的钱这个月扣了没有，卡尾号七三一七。'], ['agent', '好的，我看一下……尾号七三一七这张卡，本月三号扣了护理费四千八百元，上个月也是同样金额。'], ['customer', '哦那扣了。'], ['agent', '系统显示已扣款成功。对了，请问您是持卡人本人吗？麻烦报一下姓名和身份证后四位。']).includes('identity.verification'));
  // Excuses every time, 不管我们这些老头老太太, 干什么吃的, 服务真不行 and 你们银行可真行 complain.
  assert.ok(flags('customer', 'Three months in a row his pension credit was held for checks and he couldn\'t pay his carer. Every time, a different excuse from your lot.').includes('intent.complaint'));
  assert.ok(flags('customer', '中山路？我坐公交得四十分钟！你们就不管我们这些老头老太太了是吧？').includes('intent.complaint'));
  assert.ok(flags('customer', '一个七十多岁的老人一次转六万，你们银行连个电话都不打，风控干什么吃的？').includes('intent.complaint'));
  assert.ok(flags('customer', '复核复核，每次都复核，还收我二十五块手续费，你们这服务真不行。').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行可真行啊，给七十八岁的老人卖R4，业绩真是“出色”。').includes('intent.complaint'));
});

test('round 138 (fresh263/fresh264 causes, after their blind score; measured blind on fresh267/fresh268): a cottage owner, a hotel, a nursery and a pay app blamed, a friend disowned, wages from another bank, a duplicate promised back, 就这么扣', () => {
  // A cottage owner, a hotel, a nursery and a pay app blamed, and a friend's complaint disowned, are no complaint about the bank.
  assert.ok(!flags('customer', "Hi, I've been charged a damage deposit by a holiday cottage for a broken lamp I never even touched. I'm fuming with that owner.").includes('intent.complaint'));
  assert.ok(!flags('customer', '就是那个海边的度假酒店啊，我明明提前两天取消了，他还给我扣了一晚上的房费，说我no-show，太过分了这个酒店！').includes('intent.complaint'));
  assert.ok(!flags('customer', '也没什么，就是现在出门住酒店都用另一张卡了，这张闲着。我朋友之前说年费太贵要去投诉你们，我倒不是要投诉啊，就是用不上了。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Honestly, that nursery's admin is useless.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'Hi Kofi. So my care agency uses this app, WageNow, to let you draw your pay early, and honestly the app is a rip-off, they take two quid every time.').includes('intent.complaint'));
  // Wages coming in from another bank are no leaving.
  assert.ok(!flags('customer', '你好，我想问一下，我们护理中介说工资是从别的银行转过来的，一般要多久才能到？').includes('intent.churn'));
  // A duplicate not yet checked, promised back tomorrow, is a refund promise.
  assert.ok(call(['agent', "Don't stress, that's obviously a duplicate. It'll be back tomorrow, guaranteed."]).includes('service.no_refund_promise'));
  assert.ok(call(['agent', '您别生气，这个肯定是系统重复了，明天一定给客人退回去，您跟客人说放心就好。']).includes('service.no_refund_promise'));
  // 谁跟我说过了 … 就这么扣 complains; 你们就会说 alone ("你们就会说看情况") does not.
  assert.ok(flags('customer', '什么规定啊？我开户的时候你们谁跟我说过了？一个月五块，一年就六十，我们护工挣点钱多不容易，你们银行就这么扣？').includes('intent.complaint'));
  assert.ok(!flags('customer', '你们就会说看情况 算了算了 我自己弄').includes('intent.complaint'));
});

test('round 139 (fresh265/fresh266 causes, after their blind score; measured blind on fresh269/fresh270): the bank named beside a supplier, a merchant\'s word, a complaint process asked for someone else, a payee\'s bank, an account moved here, 接着用, a roommate retold, the credit union, a boss at the till, 都是拿最高档, a pending payment and a saver read out', () => {
  // A grievance naming the bank in its own sentence stays a complaint whoever else the turn blames; a supplier blamed alone,
  // a merchant's word, and the process asked about for an apprentice do not complain.
  assert.ok(flags('customer', "Nobody called me. Nobody texted me. My supplier thinks I'm skint. Your service has been shocking.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Honestly, I'm so fed up. My meat supplier shorted me again and the delivery app is taking thirty percent now.").includes('intent.complaint'));
  assert.ok(!flags('customer', 'The guy at the counter swears it only went through once. Useless.').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi Sam. Quick one. My apprentice wanted to know how he'd go about making a complaint to a bank, like in general.").includes('intent.complaint'));
  // A supplier's bank changing, an account moved here, one card closed with the rest kept, and a roommate's plan are no leaving;
  // all the money to the credit union is.
  assert.ok(!flags('customer', "Hiya. My brick supplier's moving to a different bank, so their account details are changing. How do I update the payee?").includes('intent.churn'));
  assert.ok(!flags('customer', 'Invoice finance sounds like what I need. What would it cost roughly, and would I need to move my business account over to you?').includes('intent.churn'));
  assert.ok(!call(['customer', '你好，我想把我那张信用卡注销掉，平时买材料都用储蓄卡，信用卡用不上。'], ['agent', '好的，请问您的姓名和卡号后四位？'], ['customer', '那我储蓄卡和公司的对公户不受影响吧？我还要接着用的。']).includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我室友说她要把你们的卡销掉，说是收短信费，我想问问是不是真的要收？').includes('intent.churn'));
  assert.ok(flags('customer', "And nobody thought to tell me. Fantastic. Honestly, I'm done. I'm taking all my money to the credit union next week.").includes('intent.churn'));
  // A contractor's boss paying at the terminal asks for nobody; 找一下你们领导 does.
  assert.ok(!flags('customer', '哦，那装修队的老板过来一刷就是好几万，借记卡是不是就封顶二十块？').includes('intent.escalation'));
  assert.ok(flags('customer', '我下周一就要付装修队的钱了，你这边做不了主的话，帮我找一下你们领导。').includes('intent.escalation'));
  // Every tranche at the top tier, a low one 'basically impossible', promises the return.
  assert.ok(call(['agent', '对，名字里带存款嘛，收益区间一点五到四点二。我跟您讲，我们这个产品上线三年，每一期都是拿最高档的，基本不可能拿低档。']).includes('sales.no_guaranteed_returns'));
  // A pending payment and a savings balance read out before any check need the check in time.
  assert.ok(call(['customer', "Hi, it's about my business credit card. I paid a builders' merchant yesterday and I want to know if it's gone through."], ['agent', "Okay, yes, I can see a pending payment of three thousand and eighty to Buildbase, and you've got about six thousand nine hundred available."], ['agent', 'Oh, sorry, I should have asked, can I just confirm your date of birth and postcode?']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi Dave, I want to know how much is in my savings, I'm putting it towards my son's halls fees."], ['agent', 'Sure, your instant saver has eighteen thousand four hundred and twenty pounds in it.']).includes('identity.verification'));
});

test('round 140 (fresh267/fresh268 causes, after their blind score; measured blind on fresh271/fresh272): a hearing-aid shop, a daughter talked down, complain to them, 他们收我, an escalation process asked in advance, an app\'s account, a dated spend, a debit date moved, fixed-rate savings, 从来没亏过 and 肯定到她卡上', () => {
  // A hearing-aid shop blamed, a daughter's complaint talked down, a firm complained to and a rental firm's charge are no complaint
  // about the bank; the bank's fees blamed beside the rental company are.
  assert.ok(!flags('customer', "Morning. I'm absolutely fuming with that hearing aid place on the high street. They sold my husband a pair that whistle constantly and now they won't answer the phone.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Hello, dear. My daughter was all set to complain to the ombudsman about your fees last week, but I told her not to be silly, you've always been fine with me.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I'm going to complain to them and leave a review everywhere I can.").includes('intent.complaint'));
  assert.ok(!flags('customer', '罚款两百，他们收我四百五，还没经过我同意。这个你能处理吗？').includes('intent.complaint'));
  assert.ok(flags('customer', "Your overdraft fees, that's what. Three weeks in a row you've charged me because the rental company takes its cut a day before my rideshare money lands. It's daylight robbery.").includes('intent.complaint'));
  // The escalation process asked about in case it is needed, and an app's account closed, are neither escalation nor leaving.
  assert.ok(!flags('customer', '这家租车公司太不靠谱了。我先自己去找他们。万一他们不理我，那时候我要升级处理的话，流程是怎样的？').includes('intent.escalation'));
  assert.ok(!flags('customer', '就是共享汽车那个App，押金九九九，我注销了账户，他们说退了。').includes('intent.churn'));
  // A dated spend read out before the check, and a debit's date moved with no check, need the check.
  assert.ok(call(['customer', '我买了个助行车，退给店里了，钱还没回来，我卡后四位是三二五零。'], ['agent', '我看一下啊，尾号三二五零，四月三号在安康辅具商店消费了两千九百元，到现在没有退款记录。'], ['agent', '先说一下您的名字和验证码吧。']).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我想改一下我的汽车租赁代扣日期，每月五号太早了。'], ['agent', '好的，已经改成每月二十号扣款，下个月生效，金额还是四千一百元。']).includes('identity.verification'));
  // A fixed-rate savings account's capital is protected; an investment's track record is no refund; 肯定到她卡上 … 打包票 is.
  assert.ok(!call(['agent', 'Then a fixed-rate savings account might suit better for that part, because your capital is protected there.']).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', '您放心，这款我们卖了好几年了，从来没亏过，买了就等着收钱。']).includes('service.no_refund_promise'));
  assert.ok(call(['agent', '没事的，您跟老人家说，明天一早肯定到她卡上，您就跟她打包票，出了问题算我的。']).includes('service.no_refund_promise'));
});

test('round 141 (fresh269/fresh270 causes, after their blind score; measured blind on fresh273/fresh274): a late mother\'s account, own accounts kept, a funeral director and 殡仪馆 blamed, not going down that road, 上次已经找过主管, 你们银行 beside sarcasm, 全额赔偿, a block and a late-night spend read out', () => {
  // A late mother's account closed, and the caller's own accounts kept anywhere in the call, are no leaving.
  assert.ok(!flags('customer', "Hi, the estate's all done and I want to close my mum's account now the money's been paid out.").includes('intent.churn'));
  assert.ok(!call(['customer', 'I want to close my savings account, the rate is poor.'], ['customer', "And just to be clear, I'm keeping my own accounts with you, I don't want anything of mine touched."]).includes('intent.churn'));
  // A funeral director and a funeral parlour blamed, a sister's threat declined and a supervisor seen last time ask for nothing.
  assert.ok(!flags('customer', 'Hi. I need to check a charge. Honestly, that funeral director fleeced us, they charged us for a limo we never got.').includes('intent.complaint'));
  assert.ok(!flags('customer', '我想查一笔交易，殡仪馆那帮人太黑了，一个骨灰盒收我八千八！').includes('intent.complaint'));
  assert.ok(!flags('customer', "My sister says she'll report you to the ombudsman if we don't get it back, but honestly I'm not going down that road, I just want to know the options.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，上次已经找过你们主管了，他说已经修复了。我就是确认一下昨天那笔两千四到了没有。').includes('intent.escalation'));
  // The bank named beside Chinese sarcasm complains; English praise beside "you guys" is as often sincere.
  assert.ok(flags('customer', '你们银行真是太"贴心"了啊，半夜两点给我锁卡，我一桌十二个客人等着我结账。').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Brilliant. Did you guys take a fee on that?').includes('intent.complaint'));
  // 一定给您全额赔偿 is a refund promise; a block and a late-night spend read out before the check need it in time.
  assert.ok(call(['agent', '这个您放心，我们一定给您全额赔偿，年费滞纳金全都退，再补您一笔补偿金。']).includes('service.no_refund_promise'));
  assert.ok(call(['customer', "Hi, my card isn't working at the mahjong parlour, can you tell me what's going on? It ends in eight seven nine nine."], ['agent', 'Let me check. Yep, card ending eight seven nine nine is blocked, a one hundred and fifty dollar payment at Golden Tile got declined at ten past midnight.'], ['agent', 'Now, can I just confirm your name and date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', '我刚在KTV买单，刷卡刷不了，我卡尾号是二二八三。'], ['agent', '好的我查一下……这张卡今天凌晨零点五十有一笔两千六百八十元的交易，因为金额和时间异常，被系统临时锁定了。'], ['agent', '好的，那我核实一下身份，请问您的姓名和预留手机号？']).includes('identity.verification'));
});

test('round 142 (fresh271/fresh272 causes, after their blind score; measured blind on fresh275/fresh276): a salon and a marina blamed, a fee for pressing a button, 我说不至于, 是不是得找, would I have to go to a manager, 不是真要换, 姓名和身份证, payments left, a payroll run, incoming transfers', () => {
  // A beauty salon and a marina blamed are no complaint; a fee charged 'for pressing a button' is.
  assert.ok(!flags('customer', '小何你好，我跟你说这个美容院真的气死我了，那个小姑娘一直缠着我让我充值，我不充她就摆脸色。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好，气死我了，那个码头太黑了，说好的泊位费一个月三千，结果刷了我四千五，还说是什么旺季附加费。').includes('intent.complaint'));
  assert.ok(flags('customer', "I've just had my statement, and you've charged me forty-five pounds to pay twelve therapists. Forty-five pounds! For pressing a button.").includes('intent.complaint'));
  // A husband talked down, and a manager wondered about in case of a refusal, ask for nobody; a move disowned is no leaving.
  assert.ok(!flags('customer', '哦，是这样。我老公刚才在旁边嚷嚷，说钱不到账就要找你们领导，我说不至于，你给我说清楚就行了。').includes('intent.escalation'));
  assert.ok(!flags('customer', '那要是你们审批不通过，我是不是得找你们经理说？').includes('intent.escalation'));
  assert.ok(!flags('customer', 'And if it gets knocked back, would I have to go to a manager or something?').includes('intent.escalation'));
  assert.ok(!call(['customer', '你好，我就是想问问，嗯，假如说啊，我们美容院的收单想换到别家银行，你们这边的机器要怎么退？'], ['customer', '哦哦，我也就问问，不是真要换，你们这边用着也还行。']).includes('intent.churn'));
  // Name and ID number asked for are a check; a plan's payments left, a payroll run and incoming transfers read out need one in time;
  // a payroll record named as a loan's condition touches no account.
  assert.ok(!call(['agent', '好的，先请您提供一下姓名和身份证号。'], ['customer', '卡号是6217002148245089。'], ['agent', '查到了，昨天下午三点有一笔3800元的消费，状态是交易成功。']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, I'm calling about my instalment plan for the skin clinic."], ['agent', "Sure thing. Okay, I've found it from your phone number. You've got six payments left of ninety-five pounds, so five hundred and seventy outstanding."], ['agent', 'Oh, sorry, before we go further, can I just check your name and date of birth?']).includes('identity.verification'));
  assert.ok(call(['customer', '喂你好，我们店今天给员工发工资，有几个人说没收到。'], ['agent', '我看看……今天上午十点代发了十二笔，总共六万四千八，其中三笔失败，原因是户名和账号不符。']).includes('identity.verification'));
  assert.ok(call(['customer', "Hey, it's Manta Scuba Hawaii, I want to check which student deposits came in this week."], ['agent', 'Sure, I see five incoming transfers of three hundred dollars each and one of one fifty.']).includes('identity.verification'));
  assert.ok(!call(['customer', '你好 我想了解一下你们那个消费贷 利率现在多少'], ['agent', '一般需要您在我行有代发工资或者公积金缴存记录 您可以在手机银行上先测一下额度']).includes('identity.verification'));
});

test('round 143 (fresh273/fresh274 causes, after their blind score; measured blind on fresh277/fresh278): a loan account closed, 别家银行早就免了, a son\'s push refused, 老劝我…我没同意, a supplier\'s clerk and her manager, 这个老板, if I got stuck, “方便”, back with you by Friday, a card\'s last four', () => {
  // A paid-off loan's account closed with the rest kept, a fee compared with other banks', and a son's or daughter's push refused
  // are no leaving; moving to a daughter's bank is.
  assert.ok(!call(['customer', "Hi Ethan. I've made the last payment on the loan for our guillotine cutter, and I'd like to close that loan account."], ['customer', "Great. Just the loan, mind. The current account and my card stay as they are, we're happy here."]).includes('intent.churn'));
  assert.ok(!flags('customer', '十五块一笔？别家银行早就免了！你们这收费也太黑了吧，我小本生意，一个月光手续费就好几百。').includes('intent.churn'));
  assert.ok(!flags('customer', "Flat 3, 18 Cotham Road, Bristol. And my son keeps on at me to move everything to his bank, says the app's better. But I'm not going to.").includes('intent.churn'));
  assert.ok(!flags('customer', '我女儿还老劝我，说把钱都转到她上班那家银行去，方便她帮我看。我没同意，在你们这存了三十年了，不换。').includes('intent.churn'));
  assert.ok(flags('customer', "My daughter banks somewhere else and she says they'd have caught it. Once this is sorted, I'm closing my accounts and moving to her bank.").includes('intent.churn'));
  // A supplier's clerk complaining, her manager, a bust firm's boss and a daughter's advice for later are no complaint or escalation.
  assert.ok(!flags('customer', "Oh. Their accounts lady was complaining she never got it. She said she'd get her manager to call me.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Oh. Their accounts lady was complaining she never got it. She said she'd get her manager to call me.").includes('intent.escalation'));
  assert.ok(!flags('customer', '对对就是这个，这个老板太坑人了，收了钱就跑。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hello Grace. My daughter said if I got stuck I should ask for a manager, but let's see if you can help first.").includes('intent.escalation'));
  // Praise in quotation marks complains; 'that'll be back with you by Friday' promises; a card's last four is no check, a Social's is.
  assert.ok(flags('customer', '你们这个网上银行真是“方便”啊，我弄了三天都没注册成功，一会儿说证件不对一会儿说超时。').includes('intent.complaint'));
  assert.ok(call(['agent', "We contact the merchant's bank and they've got time to respond. But honestly, don't worry, that'll be back with you by Friday, these always go through."]).includes('service.no_refund_promise'));
  assert.ok(call(['customer', "My grandson set me up on this online banking thing and I'm not sure it's showing me the right money."], ['agent', 'Right, let me have a look for you. Give me the last four of your card?'], ['agent', 'Okay, so your last three transactions are the pension credit of one thousand eight hundred and a Tesco payment of sixty two pounds. Balance is four thousand two hundred and twelve.']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Can you check my balance?'], ['agent', 'Before we go any further I need to verify you. Can you give me your date of birth and the last four of your Social?'], ['agent', 'Balance is four thousand two hundred and twelve.']).includes('identity.verification'));
});

test('round 144 (fresh275/fresh276 causes, after their blind score; measured blind on fresh279/fresh280): a dead cert and as good as back on a dispute, 一直稳稳的, a manager retold twice, that\'s a relief, a deposit scheme told, a question back, 的手机发, settlement credits and 一共进来三笔', () => {
  // A disputed payment's certainty is no investment promise; a product that 'always stays steady at six points' is.
  assert.ok(!call(['agent', "Oh, you'll definitely get that back. Lost in transit with no delivery proof, it's a dead cert, I'd put money on it."]).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', "Honestly, consider it done. That money's as good as back in your account, these ones always come back."]).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', '这个您放一百个心，这款一直稳稳的，每年六个点左右跑不掉的，就跟存钱一样。']).includes('sales.no_guaranteed_returns'));
  // A husband's and a wife's manager retold ask for nobody; relief is no sarcasm.
  assert.ok(!flags('customer', "Oh good. My husband rang about it last time and he said he was about ready to ask for a manager, but in the end your colleague sorted it, so fair play.").includes('intent.escalation'));
  assert.ok(!flags('customer', "Brilliant. My wife asked if I'd spoken to a manager about it yet, and I said no need, it's a simple fix.").includes('intent.escalation'));
  assert.ok(!call(['customer', 'Hiya, the transfer was three weeks late last time.'], ['customer', "Oh brilliant, that's a relief. The baby's due in three weeks so every penny counts."]).includes('intent.complaint'));
  // A deposit scheme told in general, a question back about a charge, and an SMS code sent to the phone on file disclose nothing;
  // a franchisee's settlement credits and a parcel station's three payments read out before any check need one.
  assert.ok(!call(['customer', "Hi, I'm expecting in March. What's a Junior ISA?"], ['agent', "The cash one pays a variable interest rate and the balance is protected under the deposit guarantee scheme, so no, it doesn't go down."]).includes('identity.verification'));
  assert.ok(!call(['customer', "I'm so fed up with TinyTots Superstore, they won't take back an unopened car seat."], ['agent', 'That sounds frustrating. Is it a charge on your card you want to look into?'], ['customer', 'Not yet, I just want to know my options.'], ['agent', "In general, first ask the store for a written refusal. If they won't honour their own return policy, we'll look at whether a dispute applies."]).includes('identity.verification'));
  assert.ok(!call(['customer', '你好，我想查一下今天下午存的营业款到了没有。'], ['agent', '郑先生您好，我这边给您尾号八八的手机发了一个验证码，麻烦您读一下。'], ['customer', '四七二九一六。'], ['agent', '验证通过，谢谢您。您的对公结算户今天下午三点十二分有一笔现金存入，金额是一万八千六百元。']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi Tom, I'm a franchisee with one of the parcel networks, I want to check whether head office paid our COD settlement this week."], ['agent', "Sure, what's the last four of the account?"], ['agent', "Okay, here we go. I've got three credits from the network this week, one thousand eight hundred on Monday and six hundred and fifteen this morning."]).includes('identity.verification'));
  assert.ok(call(['customer', '你好，我是那个驿站的老板，想问下昨天的代收货款结算是不是少了一笔。'], ['agent', '好，我看一下啊。昨天一共进来三笔，一笔是四千二，一笔是一千七百五，还有一笔是八百三十元。']).includes('identity.verification'));
});

test('round 145 (fresh277/fresh278 causes, after their blind score; measured blind on fresh281/fresh282): a vanished franchisor, 加盟商, 平台投诉我, a partner\'s and a mate\'s push refused, 跟银行没关系, rude branch staff, an unnamed bank, 还款卡, never paid below the top rate, 从来没低过, a freeze told in general', () => {
  // A vanished franchisor and a buyer's threat against the caller are no complaint about the bank; 要去投诉 before a spaced 我 still is.
  assert.ok(!flags('customer', "So I paid a bubble tea franchise twelve thousand dollars on my card in January, and now the franchisor's website is gone, phones disconnected, the lot. These guys are crooks.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，就是那个。这帮人太缺德了，骗了好几十个加盟商，真是坑死人了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '对。他说我不退他就去二手车平台投诉我，其实我也愿意退。').includes('intent.complaint'));
  assert.ok(flags('customer', '你这就是在承诺收益 我给你说 你们这种销售方式我要去投诉 我录了音的').includes('intent.complaint'));
  // A partner's, a friend's and a mate's push retold and refused ask for nothing; rude branch staff are a complaint.
  assert.ok(!flags('customer', "Hi, I'm Raj Patel. My business partner at the tea shop keeps saying we should switch banks and go complain to your manager about the card fees, but I told him no, we're fine here.").includes('intent.escalation'));
  assert.ok(!flags('customer', '你好，我就问问啊。我一个朋友在一家奶茶店充了会员卡，店关了，她说要找你们经理投诉你们银行。我跟她说这跟银行没关系嘛。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Yeah, it landed this morning. My mate reckoned I should complain to the ombudsman about the delay, but honestly I'm not fussed, I just want to understand why.").includes('intent.complaint'));
  assert.ok(flags('customer', "Aye, hiya. I went into your Dundee branch and the lassie at the counter was pure rude to me. Treated me like an idiot.").includes('intent.complaint'));
  // Accounts moved to a bank the lists do not name leave; the card a loan is repaid from, replaced, does not.
  assert.ok(flags('customer', "Well, I've had it. I'm moving the tea room's accounts and my personal ones to Northway Bank next week. All of it.").includes('intent.churn'));
  assert.ok(!flags('customer', '你好，我想问下我那个车贷的还款卡能不能换，我原来那张卡要注销了。').includes('intent.churn'));
  // A structured product that never paid below its top rate promises it; a franchise deposit's freeze told in general needs no check.
  assert.ok(call(['agent', '理论上有区间，但是这款产品历史上从来没低过，每期都是拿到顶的，您就当它是稳稳的四个点就好。']).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', "Well, every tranche we've issued has paid the top rate, it has never paid below it. So six percent is as good as locked in, really."]).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['customer', '你好，我准备加盟一个茶饮品牌，对方要求保证金先存在我自己名下冻结一年，存你们这儿定期可以吗？'], ['customer', '那冻结是怎么操作的？'], ['agent', '需要您和品牌方一起到网点签三方协议，定期到期前账户资金处于冻结状态。']).includes('identity.verification'));
});

test('round 146 (fresh279/fresh280 causes, after their blind score; measured blind on fresh283/fresh284): five percent every year, 我朋友之前, the council, not calling about that, 投诉啥的, an app that died, 全被你们吃了, 把这笔改成十二期, QR credits read out', () => {
  // A fund's yearly return is a sales claim, not a refund; a friend's past move is no leaving.
  assert.ok(!call(['agent', "Honestly, that's just the wording we must say. Between you and me, you won't lose a cent with this fund, it's paid about five percent every year like clockwork."]).includes('service.no_refund_promise'));
  assert.ok(!flags('customer', '我朋友之前就是因为这个把钱都挪到别的银行去了，说那边机构有监管。').includes('intent.churn'));
  // A council blamed, a brother's old row disowned and 不是要找…投诉啥的 are no complaint; an app that died on the caller and
  // fees that ate the margin are.
  assert.ok(!flags('customer', "Morning Sam. The market's put my pitch rent up again, twenty percent, no notice. The council reckon they can charge what they like. It's a disgrace.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi Liam. So my brother had a row with you lot last year and said he'd take you to the ombudsman. I'm not calling about that, to be clear, I'm nothing to do with it.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我姓马。我先说清楚啊，我不是要找你们领导投诉啥的，就是上回网点那个小伙子没讲明白，我想再问问。').includes('intent.complaint'));
  assert.ok(flags('customer', "Three times this month your app's died on me at midnight when I'm paying the wholesaler. Three times.").includes('intent.complaint'));
  assert.ok(flags('customer', '你们这费率比别家高一大截！我隔壁卖鞋的用农商行的，才千分之二点五。卖衣服利润本来就薄，全被你们吃了。').includes('intent.complaint'));
  // An instalment plan's term changed, and QR credits read out before a late check, need the check in time.
  assert.ok(call(['customer', '喂，你好，我叫刘芳，我上周刷的那笔奥数班学费分了六期，压力有点大，能改成十二期吗？'], ['agent', '好的，我现在就帮您把这笔改成十二期，每期本金八百，手续费按十二期费率重新算。'], ['agent', '对，这个月开始按新的期数扣。已经改好了。']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi Frank, I need to check whether the two QR payments from this morning's market have landed."], ['agent', 'Yes, two QR credits this morning, forty-five pounds and one hundred and twenty, and a rent payment out to Market Trust of three hundred.'], ['agent', 'Just for our records, can I take your date of birth?']).includes('identity.verification'));
});

test('round 147 (fresh281/fresh282 causes, after their blind score; measured blind on fresh285/fresh286): a Rig Fund pot, 我是理财经理, 这游戏公司, 不用帮我找什么领导, 经理一个字没提, a mortgage holiday applied, 改成二十四期', () => {
  // A savings pot named "Rig Fund" and an agent's title (理财经理) sell no investment; a fund that pays six percent does.
  assert.ok(!call(['customer', 'Hi. I had a savings pot I was using to save for a gaming PC. I want to close the pot.'], ['agent', 'Thanks Ethan, you\'re verified. The "Rig Fund" pot has a zero balance, so I can close it straight away.']).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', 'Our Rig Fund pays about six percent a year, and you can top it up any time.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', '您好，东兴银行，本次通话将被录音，我是理财经理小杨。'], ['agent', '核实通过。如果有一笔暂时不用的钱，可以考虑我们的大额存单，就是定期存款，受存款保险保护。']).includes('disclosure.wealth_risk'));
  // A game company blamed, a leader waved off and a manager who said nothing back then are no complaint or escalation;
  // the regulator threatened still complains.
  assert.ok(!flags('customer', '喂，你好，我在一个游戏平台买了个年卡会员，结果他们把服务器关了，钱也不退，客服也找不到人。这游戏公司太坑了真的。').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好啊，我先说一下，我不是要投诉，也不用帮我找什么领导，我就是想问问情况。').includes('intent.escalation'));
  assert.ok(!flags('customer', '办的时候你们经理一个字没提，这就是误导消费。我告诉你，你们不处理我就打12378投诉，再去金融监管总局反映。').includes('intent.escalation'));
  assert.ok(flags('customer', '办的时候你们经理一个字没提，这就是误导消费。我告诉你，你们不处理我就打12378投诉，再去金融监管总局反映。').includes('intent.complaint'));
  // A mortgage holiday applied and an instalment plan's term changed before the check need it in time.
  assert.ok(call(['customer', "Hi, yeah, we've just moved in and money's really tight after the builders, can I get a payment holiday on the mortgage?"], ['agent', 'Let me see what I can do. The mortgage linked to this number ends in four one seven. I can put a two-month holiday on that for you now.'], ['agent', "Okay, that's applied, so no payments in November or December."], ['agent', 'Oh, sorry, I should have done this first. Can you confirm your full name, date of birth and postcode?']).includes('identity.verification'));
  assert.ok(call(['customer', '我上周分期买的家具，分了十二期，每个月压力有点大，能改成二十四期吗？'], ['agent', '可以的，我看一下，您来电号码下有一笔八千四的分期，对吧？'], ['agent', '好的，已经帮您改成二十四期了，每期本金三百五，手续费会相应调整。'], ['agent', '对了，按流程还需要跟您核对一下，请您报一下姓名和身份证后四位。']).includes('identity.verification'));
});

test('round 148 (fresh283/fresh284 causes, after their blind score; measured blind on fresh287/fresh288): no need to pass me to a supervisor, 民宿老板, a bank deposit\'s principal', () => {
  // A supervisor waved off and a guesthouse's owner ask for nobody.
  assert.ok(!flags('customer', "Great. And honestly, no need to pass me to a supervisor or anything, I'm not complaining, it was my own fault for having it in my shorts.").includes('intent.escalation'));
  assert.ok(!flags('customer', '哦，那我让民宿老板去撤销一下就行了？').includes('intent.escalation'));
  // A bank deposit's principal is safe; a fund's is a promise.
  assert.ok(!call(['agent', 'Yes sir, it is a bank deposit, principal is safe and interest rate is locked at booking.']).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', 'Yes sir, it is a balanced fund, principal is safe and the return is locked at booking.']).includes('sales.no_guaranteed_returns'));
});

test('round 149 (fresh285/fresh286 causes, after their blind score; measured blind on fresh287/fresh288): 她前阵子, a sister closing her account, 店不开了 with 我还得用, 通知存款, it\'s never missed, my vet, 老板跑路, my supplier beside a grievance, under payees', () => {
  // A friend's and a sister's moves retold and a shop's own accounts closed with the personal ones kept are no leaving; 懒得折腾
  // before the money moves away is.
  assert.ok(!flags('customer', '知道，没办法，这两个月活儿少。我朋友也是做翻译的，她前阵子把账户都转到别的银行去了，说那边汇率好。').includes('intent.churn'));
  assert.ok(!flags('customer', "Hi Emily. My sister told me she's closing her account with you and moving to an online bank, she asked me to ask if there's a fee for that.").includes('intent.churn'));
  assert.ok(!call(['customer', '你好，我那个宠物美容店不开了，想把店里的收款码商户和对公户注销掉。'], ['customer', '行，那我个人的储蓄卡和信用卡不受影响吧？我还得用，家里两只猫还要看病呢。']).includes('intent.churn'));
  assert.ok(call(['customer', '你开玩笑吧 我为了改个身份证要坐飞机去成都 你们这个规定也太死板了'], ['customer', '算了算了 我也懒得折腾了 反正那边单位代发是农行 我到了那边就把钱全转过去 你们这卡我回头找个时间销掉']).includes('intent.churn'));
  // A notice deposit is a deposit; 'it's never missed, so you'll get your six percent' promises.
  assert.ok(!call(['agent', '通知存款是提前一天或者七天通知就能取，利率比活期高，也是存款，本金利息都有保障。']).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', "It's paid six percent every single year since launch. Between us, it's never missed, so you'll get your six percent, I wouldn't worry about the fluctuation bit."]).includes('sales.no_guaranteed_returns'));
  // A vet and an owner who ran off are blamed, not the bank; a branch's broken promise beside a supplier's mood still complains;
  // where to look in the app touches no account.
  assert.ok(!flags('customer', "Hi Tasha. I'm furious with my vet. They charged me two hundred dollars for a nail trim and a bath, which is insane. The vet clinic is a total rip-off.").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，现在老板跑路了，电话都打不通，太坑人了。').includes('intent.complaint'));
  assert.ok(flags('customer', "I'm not exactly thrilled, I must say. The young man at the branch assured me it was done. Frankly it's not good enough, and my supplier has been rather short with me.").includes('intent.complaint'));
  assert.ok(!call(['customer', "Hi, I'm trying to pay a supplier for my pet shop by bank transfer and it keeps failing."], ['agent', 'Check the app, under payees, pending. You tap confirm.'], ['agent', "It's in the app. That's it, I've got other calls waiting."]).includes('identity.verification'));
});

test('round 150 (fresh287/fresh288 causes, after their blind score; measured blind on fresh289/fresh290): a shop\'s own customer who demanded the manager, 我就不找了, a block read out with its payments, a nightmare dealing with your probate team', () => {
  // A shop's own customer who demanded the manager, and a friend's advice waived, ask for nobody; the same advice taken up does.
  assert.ok(!flags('customer', "Hi Daniel. Funny story, a customer of mine at the dress shop demanded to speak to the manager yesterday, and of course the manager is me. Anyway, I want to refund her deposit by card.").includes('intent.escalation'));
  assert.ok(!flags('customer', '我朋友说这种事得找经理，找了经理也没用，我就不找了，你直接告诉我怎么弄就行。').includes('intent.escalation'));
  assert.ok(flags('customer', '我朋友说这种事得找经理，你帮我转你们经理吧。').includes('intent.escalation'));
  // A block read out with when and the payments behind it needs a check first; the same after the check does not flag.
  assert.ok(call(['customer', "I've just had a text saying my card's been stopped."], ['agent', 'Right, I can see it. Your card was blocked at nine fifteen after two online payments, one for seven hundred and ninety pounds and one for four hundred and twelve.'], ['agent', "Okay. Let me just verify you. What's your full name and date of birth?"]).includes('identity.verification'));
  assert.ok(!call(['customer', "I've just had a text saying my card's been stopped."], ['agent', "Let me just verify you first. What's your full name and date of birth?"], ['customer', 'Patrick Nolan, first of January seventy-five.'], ['agent', 'Thanks, that matches. Your card was blocked at nine fifteen after two online payments, one for seven hundred and ninety pounds and one for four hundred and twelve.']).includes('identity.verification'));
  // A nightmare dealing with the bank's own team complains; the team praised, or someone else the nightmare, does not.
  assert.ok(flags('customer', "Morning Liam. I'll be polite, but frankly it's been a bit of a nightmare dealing with your probate team.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Morning Liam. I'm dealing with your probate team about my husband's accounts, they've been very kind.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Dealing with your probate team has been fine, honestly, it's the estate agent who's been a nightmare.").includes('intent.complaint'));
});

test('round 151 (fresh289/fresh290 causes, after their blind score; measured blind on fresh291/fresh292): 刚才忘了提醒…录音, 以您的账户等级为准, 上门处理, 您的反馈, limited in what I can do, a pot called Van Fund, very efficient lah, if I ever had a complaint, it\'s a scandal, 失职, the Co-op, 提交调查 … 一分不少都会回', () => {
  // An admission about the recording notice is no late check; one about the check still is.
  assert.ok(!call(['agent', '喂，您好，安泰银行。'], ['customer', '我想问问能不能把个人收款码的钱自动转到公司账户上去？'], ['agent', '不好意思，刚才忘了提醒，本次通话会被录音。我们有定时转账功能，可以把个人账户的余额转到公司账户。办理前先核实一下身份，请报一下姓名和验证码。'], ['customer', '何永胜，验证码三三零七一九。'], ['agent', '核实通过。我看到您个人账户绑定了一个对公账户，尾号5512，可以直接在手机银行设置定时转账。']).includes('identity.verification'));
  assert.ok(call(['customer', '我想问问我这张卡能不能设置定时转账到公司账户？'], ['agent', '可以的。对了，刚才忘了，麻烦您报一下姓名和身份证后四位，我核实一下。'], ['customer', '何永胜，三三零七。'], ['agent', '核实通过。我看到您个人账户绑定了一个对公账户，尾号5512。']).includes('identity.verification'));
  // A term explained, a home visit or feedback registered, and what may not be done for someone else look at no account.
  assert.ok(!call(['customer', '那个账户等级是什么意思？那我是几类？'], ['agent', '个人码一般是够的，具体以您的账户等级为准。'], ['agent', '这个我刚才说了，就是您账户的类别。']).includes('identity.verification'));
  assert.ok(!call(['customer', '你们那个企业网银又登不上了！'], ['agent', '理解您的心情。如果您需要，我可以先帮您登记，让网点安排技术人员上门处理。'], ['agent', '好的，尊重您的决定，销户时需要法人带公章到网点办理。']).includes('identity.verification'));
  assert.ok(!call(['customer', '我妈那张卡每个季度都被扣个什么管理费。'], ['agent', '理解您的想法，如果您愿意，我可以先帮您登记减免申请的意见，也会把您的反馈提交上去。']).includes('identity.verification'));
  assert.ok(!call(['customer', "Your bank has frozen my mother's account because someone told a branch she had dementia."], ['agent', "I understand. Until the LPA is registered I'm limited in what I can do on the account."]).includes('identity.verification'));
  // A savings pot by its name is no fund sold; a fund sold from the same account still needs its disclosure.
  assert.ok(!call(['customer', 'I want to close one of my little savings pots. The one called Van Fund.'], ['agent', 'I can move the 230 dollars left in Van Fund to your main checking and close it.']).includes('disclosure.wealth_risk'));
  assert.ok(call(['customer', 'I want to put some money away for the long run.'], ['agent', 'Our Horizon Income Fund has done well, I can move two thousand from your main checking into it today.']).includes('disclosure.wealth_risk'));
  // Singapore sarcasm with a runaround, a scandal and 失职 complain; a complaint supposed does not.
  assert.ok(flags('customer', "Wah, very efficient lah, your bank. Three days still cannot, my staff salary also cannot pay. I already sent the documents twice.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Honestly, if I ever had a complaint I'd know who to call, but you've always been good to me.").includes('intent.complaint'));
  assert.ok(flags('customer', "I know why. What I'm saying is it's a scandal charging a disabled man forty quid a month for being a day late.").includes('intent.complaint'));
  assert.ok(flags('customer', '你们柜员都不看看是谁吗？一个三十多岁的女的拿老头的身份证，你们也给取？你们这是严重失职！').includes('intent.complaint'));
  // Accounts moved to the Co-op leave.
  assert.ok(flags('customer', "I've had enough. I'm shifting all his accounts to the Co-op next week, they've a basic account with no overdraft at all.").includes('intent.churn'));
  // Money sworn back after an investigation is opened is a refund promise, not an investment promise.
  assert.ok(call(['agent', '非常抱歉，我马上提交调查。您放心，这个我可以跟您打包票，这三万块一分不少都会回到老人的账户里。']).includes('service.no_refund_promise'));
  assert.ok(!call(['agent', '非常抱歉，我马上提交调查。您放心，这个我可以跟您打包票，这三万块一分不少都会回到老人的账户里。']).includes('sales.no_guaranteed_returns'));
});

test('round 152 (fresh291/fresh292 causes, after their blind score; measured blind on fresh293/fresh294): fined me, 高速公司, against the insurer, 传了两次 with 跟你们来回折腾, a dispatcher\'s advice waived, 给老板报账, one payment behind, 到期自动回到您的账户', () => {
  // Fines, tolls, an insurer and a hospital are blamed, not the bank; the bank blamed the same way still complains.
  assert.ok(!flags('customer', "Yeah hi, I'm fuming. The Dart Charge people have fined me seventy quid for a crossing I paid for.").includes('intent.complaint'));
  assert.ok(flags('customer', "Yeah hi, I'm fuming. Your bank has charged me seventy quid for a payment I never made.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我跟你说这个高速公司真是坑人，我ETC明明装着，它说没识别，给我按最远的收费站收了六百多。').includes('intent.complaint'));
  assert.ok(!flags('customer', "The hospital billing office is no better. They lost my paperwork twice. I'm going to file a complaint against the insurer with the state insurance regulator.").includes('intent.complaint'));
  assert.ok(flags('customer', "You lost my paperwork twice. I'm going to file a complaint against your bank with the ombudsman.").includes('intent.complaint'));
  // Papers sent twice and a bank that 'just won't' complain; switching banks called a hassle does not.
  assert.ok(flags('customer', '我诊断证明都传了两次了！你们就是不想给减，我做透析一个礼拜三次，哪有工夫跟你们来回折腾。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我是不同意的，来回折腾，我们还是留在你们这，我就想问问你们这边批量代发奖金怎么收费。').includes('intent.complaint'));
  // A dispatcher's advice waived and the boss a driver reports to ask for nobody; the agent's boss summoned does.
  assert.ok(!flags('customer', "Hi Aoife, Kieran Walsh. My dispatcher told me I should ring and ask for a supervisor about the insurance on the truck finance, but honestly I don't think I need one.").includes('intent.escalation'));
  assert.ok(!flags('customer', '能不能给我发个明细，我要给老板报账。').includes('intent.escalation'));
  assert.ok(flags('customer', '你解决不了就叫你们老板来。').includes('intent.escalation'));
  // Arrears read out before the check need it first; a product's maturity told in a pitch looks at no account.
  assert.ok(call(['customer', "I'm worried about the mortgage."], ['agent', "Let me have a look. So you're one payment behind, that's nine hundred and twelve pounds, and the next one is due on the first."], ['agent', 'Oh, sorry, I should have done this first, can I just take your date of birth and your security answer?']).includes('identity.verification'));
  assert.ok(!call(['customer', '那行吧，明年用钱的时候能拿出来吗？'], ['agent', '一年期到期自动回到您的账户，正好赶上您换车。']).includes('identity.verification'));
});

test('round 153 (fresh293/fresh294 causes, after their blind score; measured blind on fresh295/fresh296): a repayment, a SEPA payment and a child at minus read out, 报一下…验证码, nobody returns emails, fees are a joke, done this to me, a freight forwarder, 这个经销商, 这家公司, if not, keeping everything with you, as good as guaranteed', () => {
  // A repayment and a loan's balance, a payment in with its payer, and a child's overdrawn balance read out need a check first;
  // the SMS code asked for and read back is one.
  assert.ok(call(['customer', 'Just wanted to check our canning line loan payment went out okay yesterday.'], ['agent', 'Yep, I can see the repayment of four thousand two hundred and twelve dollars came out yesterday, and the remaining balance on the loan is sixty-one thousand eight hundred.']).includes('identity.verification'));
  assert.ok(call(['customer', 'Is the payment from the Italian importer in?'], ['agent', "Let me check. Okay, in the last three days there's an incoming SEPA payment of seven thousand nine hundred and fifty euros from Cantina Rossi."], ['agent', 'Oh, sorry, I should have done this first. Can you confirm your date of birth and postcode?']).includes('identity.verification'));
  assert.ok(call(['customer', "I'm calling about my daughter's student account, she says she's overspent."], ['agent', 'Name on the account?'], ['customer', 'Lily Morgan.'], ['agent', "Okay, she's at minus twelve pounds forty, and there's a pending payment to a hostel for thirty-five."]).includes('identity.verification'));
  assert.ok(!call(['customer', '你们这次设备贷款的还款怎么扣了我两个月的钱？'], ['agent', '请问您怎么称呼？'], ['customer', '我姓黄，黄德明。'], ['agent', '黄先生，请报一下您收到的短信验证码。'], ['customer', '二九八一四五。'], ['agent', '好的，我看到这个月确实有两笔还款扣款，我需要提交核查看看是不是系统重复扣收。']).includes('identity.verification'));
  // A team that never answers, fees called a joke, and the bank doing it again complain; a forwarder, a distributor and an
  // equipment firm blamed do not.
  assert.ok(flags('customer', 'Nine days! Your trade finance team is hopeless, nobody returns emails and my container is sitting at the port racking up fees.').includes('intent.complaint'));
  assert.ok(flags('customer', 'Your merchant fees are a joke. We paid over two thousand dollars in terminal fees last month.').includes('intent.complaint'));
  assert.ok(flags('customer', "This is the second time your bank has done this to me. I'm not dealing with it again. Get me your supervisor.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Morning. I'm just so fed up. Our freight forwarder lost the paperwork for a pallet of pinot, and the customs broker is charging us storage every day.").includes('intent.complaint'));
  assert.ok(!flags('customer', '哎呀，这个经销商真是太不靠谱了，每次都说打了打了，结果都是骗人的，拖了我三个月了。').includes('intent.complaint'));
  assert.ok(!flags('customer', '我上个月在一个设备公司买了台配件，他们给我刷了两次，打电话过去就推来推去，这家公司太坑了。').includes('intent.complaint'));
  // "If not" threatens, it does not deny; keeping everything with the bank is no leaving.
  assert.ok(flags('customer', "It better be, because if not I'm taking the brewery's accounts and the loan over to First Citizens.").includes('intent.churn'));
  assert.ok(!call(['customer', 'I want to close my junior savings account.'], ['customer', "Into my Oakfield current account. I'm keeping everything with you, just don't need the junior one anymore."]).includes('intent.churn'));
  // Nobody who held it ever lost is a promise; a fixed-rate savings account's interest is not.
  assert.ok(call(['agent', "Well, put it this way, nobody who's held it for three years or more has ever lost a penny. It's as good as guaranteed, really."]).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', "It's a fixed-rate savings account, so your interest is as good as guaranteed, really."]).includes('sales.no_guaranteed_returns'));
});

test('round 154 (fresh295/fresh296 causes, after their blind score; measured blind on fresh297/fresh298): a settlement of, balance now stands at, is blocked after a declined transaction, it has never once dipped, my business card lost, you\'ve lost my business, sick of cash, 老板现在电话都不接, complained to his bank', () => {
  // Card takings settled, a balance that 'now stands at', and a block told with the declined payment need a check first.
  assert.ok(call(['customer', "Can you tell me if yesterday's card money's gone in?"], ['agent', 'Sure, let me look. I can see a settlement of six hundred and twelve pounds forty from your card terminal this morning.'], ['agent', 'The balance now stands at two thousand one hundred and three pounds.']).includes('identity.verification'));
  assert.ok(call(['customer', "Hi, my card isn't working."], ['agent', 'Yes, the card ending two five eight five is blocked after a declined transaction of four thousand rand in Sandton this morning.'], ['agent', 'Okay. Just so I can help further, can I have your full name and ID last four digits?']).includes('identity.verification'));
  // A product that 'has never once dipped' promises; a base rate that never dipped is no investment.
  assert.ok(call(['agent', "Sir, between us, it has never once dipped, you'll get your five percent, no question, I'm telling you."]).includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', "The base rate has never once dipped below two percent this year, so your mortgage payment stays as it is."]).includes('sales.no_guaranteed_returns'));
  // A business card lost is no leaving; 'you've lost my business' is, though the bank is named as the actor.
  assert.ok(!flags('customer', "I've lost my business card at the salon, I think someone's lifted it from the till.").includes('intent.churn'));
  assert.ok(flags('customer', "You've lost my business, I'm closing all my accounts with you.").includes('intent.churn'));
  // Cash-only trading, a shop's owner who stopped answering and a crewmate's complaint to his own bank are not the caller's
  // complaint about the bank; the bank's fees, fuming, are.
  assert.ok(!flags('customer', "Morning. I've got a two-chair barbershop in Leeds and I'm sick of cash only. What do your card readers cost?").includes('intent.complaint'));
  assert.ok(!flags('customer', '对，就是那家，老板现在电话都不接了，太坑了。').includes('intent.complaint'));
  assert.ok(!flags('customer', "Hi, quick one. My crewmate was fuming, he complained to his bank about foreign fees. I've no complaint, mind, I just want to know what yours are.").includes('intent.complaint'));
  assert.ok(flags('customer', "I'm fuming, your bank charged me foreign fees three times this month and nobody explained why.").includes('intent.complaint'));
});
