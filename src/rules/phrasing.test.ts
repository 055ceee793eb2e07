import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateRules, parseRulePack } from './index.js';
import { call, flags, seg } from './phrasing-cases.js';

/**
 * Round 10 (fresh6's general causes): words slipped between a phrase's words, a negation carried by
 * a verb of promising, superiors summoned, standing arrangements moved to a named bank, advice and
 * "we're staying" that are not churn. Each case also has its look-alike that must not flag.
 */

test('fillers and intensifiers between the words of an English phrase still match', () => {
  assert.ok(flags('customer', 'Is there anybody there with actual authority to make a decision?').includes('intent.escalation'));
  assert.ok(flags('customer', 'I am not really happy with how this went.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Is there anybody there who can tell me the opening hours?').includes('intent.escalation'));
});

test('a negated verb of promising carries its negation to what it governs', () => {
  assert.ok(!flags('agent', '我这边可以帮您发起争议交易申请 但是没办法跟您保证一定能退回来').includes('service.no_refund_promise'));
  assert.ok(flags('agent', '这个您别担心 我跟您保证一定能退回来').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I can't promise you that you will definitely get a refund.").includes('service.no_refund_promise'));
  // The option is part of the pack language: a pack that names no governing verbs keeps the short window.
  const strict = parseRulePack(JSON.stringify({
    id: 't', version: '1.0.0',
    rules: [{ id: 'r', category: 'c', severity: 'critical', type: 'must_not_occur', match: { phrases: ['一定能退'], negation: { before: ['没办法'], windowChars: 6 } } }],
  }));
  const hit = (p: typeof strict) => !evaluateRules(p, { segments: [seg('agent', '没办法跟您保证一定能退')], durationMs: 3000 }).outcomes[0]!.passed;
  assert.equal(hit(strict), true);
  strict.rules[0]!.match.negation!.through = ['保证'];
  assert.equal(hit(parseRulePack(JSON.stringify(strict))), false);
});

test('superiors summoned or the agent\'s say dismissed are escalation; disowning an earlier promise is not', () => {
  assert.ok(flags('customer', '别查了 你们这些客服说了不算 把你们行长叫来').includes('intent.escalation'));
  assert.ok(flags('customer', '让你们经理出来跟我说').includes('intent.escalation'));
  assert.ok(!flags('customer', '那他上次说的不算啊').includes('intent.escalation'));
});

test('churn: standing arrangements moved to a named bank; advice from others and staying are not churn', () => {
  assert.ok(flags('customer', "I'm moving my paycheck and my mortgage over to Chase next month.").includes('intent.churn'));
  assert.ok(flags('customer', '你们这个房贷利率比隔壁建行高了快一个点 我打算把贷款转到那边去').includes('intent.churn'));
  assert.ok(!flags('customer', 'I moved my paycheck last month, has the first deposit arrived?').includes('intent.churn'));
  assert.ok(!flags('customer', '我朋友跟我说年费太贵了让我把卡注销了 我可没打算销卡啊').includes('intent.churn'));
  assert.ok(!flags('customer', "My wife wanted to close our joint account and switch banks, but we talked it over and we're staying.").includes('intent.churn'));
});

/** Round 11 (fresh7 and fresh8's general causes). */

test('identity must be checked before the agent reads out the customer\'s figures, not after', () => {
  const ask: [('agent' | 'customer'), string] = ['customer', "Hi, I'd like my credit limit put up please."];
  const late = call(ask, ['agent', 'Sure, your current limit is four thousand and your balance is three thousand seven hundred.'],
    ['agent', 'Before I put the request in, what is your date of birth? Thanks, you are verified.']);
  assert.ok(late.includes('identity.verification'), 'verified only after disclosing');
  const inTime = call(ask, ['agent', 'Sure, what is your date of birth? Thanks, you are verified.'], ['agent', 'Your current limit is four thousand.']);
  assert.ok(!inTime.includes('identity.verification'));
  assert.ok(call(['customer', '你好 查个余额'], ['agent', '您的活期余额是八万七千']).includes('identity.verification'), 'figures read out with no check at all');
  assert.ok(!call(['customer', '你们信用卡账单分期手续费怎么算'], ['agent', '每期费率零点六 感谢来电 再见']).includes('identity.verification'), 'a general enquiry');
  assert.ok(!call(['customer', "I'm not after anything on my own account, how do overpayments work in general?"], ['agent', 'You can overpay ten percent a year.']).includes('identity.verification'));
  const notMustOccur = { id: 't', version: '1.0.0', rules: [{ id: 'r', category: 'c', severity: 'info', type: 'intent', match: { phrases: ['x'] }, before: { phrases: ['y'] } }] };
  assert.throws(() => parseRulePack(JSON.stringify(notMustOccur)), /before.*must_occur/);
});

test('staying said anywhere in the call cancels churn; a solicitor as payee is no complaint; a complaint called off', () => {
  const tidy = call(['customer', 'I want to close my current account, I barely use it.'], ['agent', 'Can I ask why?'],
    ['customer', "Nothing bad, I'm staying with you, I just want fewer accounts."]);
  assert.ok(!tidy.includes('intent.churn'));
  assert.ok(call(['customer', 'I want to close my account, I have had enough.']).includes('intent.churn'));
  assert.ok(!flags('customer', 'I sent fifteen thousand to my solicitor yesterday and it is showing as held.').includes('intent.complaint'));
  assert.ok(flags('customer', 'You will be hearing from my solicitor about this.').includes('intent.complaint'));
  assert.ok(!flags('customer', '哦到了啊 我还以为要打电话跟你们吵一架 要去投诉呢 那没事了').includes('intent.complaint'));
  assert.ok(!flags('customer', "I'm not closing my account or running off to another bank or anything, and I'm not going to kick off and complain.").some((r) => r.startsWith('intent.')));
});

test('money-back certainty, fee waivers, head-office complaints and never-lost track records', () => {
  assert.ok(flags('agent', "Don't worry, you'll definitely get that three hundred and twenty back.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I'll definitely get back to you about that tomorrow.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I'll definitely get that sorted and call you back.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', '这个违约金我给您申请免掉 肯定能免 您放心').includes('service.no_refund_promise'));
  assert.ok(!flags('customer', '我要把录音发到网上去 再去你们总行投诉你').includes('intent.escalation'));
  assert.ok(flags('customer', '我要找你们总行的人来处理').includes('intent.escalation'));
  assert.ok(flags('agent', '只要坚持拿三年以上 我们行这么多客户 就没有亏钱出来的').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', 'An annuity gives you a guaranteed income for life, but it is fixed once you buy it.').includes('sales.no_guaranteed_returns'));
});

/** Round 12 (fresh9 and fresh10's general causes: regional wording, code-switching, outbound calls). */
test('regional and code-switched wording: Cantonese, Taiwan, Singapore and Indian English', () => {
  assert.ok(flags('agent', '唔使擔心 呢隻好穩陣㗎 基本上唔會蝕 同擺定期差唔多').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "No catch really. It's basically a savings account that pays more.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', 'In ten years this fund has never given negative returns, your money will only grow.').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', 'Confirm will get back the fifty dollar, sure one, by tomorrow it will be in your account already.').includes('service.no_refund_promise'));
  assert.ok(flags('agent', '林小姐您放心 這筆手續費我們一定會幫您退掉').includes('service.no_refund_promise'));
  assert.ok(flags('customer', '這種事情你應該也做不了主 能不能讓你們主管跟我談一下').includes('intent.escalation'), '能不能 asks, it does not negate');
  assert.ok(flags('customer', '我就是要解約 解完之後錢全部轉到國泰 這邊的帳戶我也要收掉').includes('intent.churn'));
  const tw = call(['customer', '我這期的帳單怎麼多一筆'], ['agent', '先跟您確認身分 麻煩提供您的身分證字號後四碼跟生日'], ['agent', '核對無誤 本期帳單金額是三千二']);
  assert.ok(!tw.includes('identity.verification'), 'Taiwan wording of an identity check');
  assert.ok(call(['customer', '我那个分期还剩几期'], ['agent', '请问您贵姓'], ['agent', '何先生 还剩四期每期五百三']).includes('identity.verification'), 'a surname is no check');
});

test('outbound and scam calls: past-due amounts to a third party, a crypto scam is no product sale', () => {
  assert.ok(call(['agent', 'Hi, this is Northgate Bank calling, this call is recorded.'], ['customer', "He's at work, I'm his roommate."],
    ['agent', 'Could you let him know his auto loan is thirty-one days past due?']).includes('identity.verification'));
  assert.ok(!call(['customer', 'My dad got sucked into some crypto investment thing on WhatsApp.'], ['agent', 'I am so sorry, let me freeze the card.'])
    .includes('disclosure.wealth_risk'));
});

/** Rounds 13-14 (fresh11-fresh14's general causes: sarcasm, self-blame, idioms, look-alike pairs). */
test('sarcasm next to a wait is a complaint; blaming oneself is not', () => {
  assert.ok(flags('customer', 'Oh, thank you for waiting, that\'s a good one. Forty minutes. Brilliant service as always.').includes('intent.complaint'));
  assert.ok(!flags('customer', 'Brilliant, thank you so much, that was quick.').includes('intent.complaint'), 'praise alone');
  assert.ok(flags('customer', '你们这就是雁过拔毛 一点点都要刮').includes('intent.complaint'));
  assert.ok(flags('customer', '到现在一个多月了 一点音讯都没有 石沉大海啊').includes('intent.complaint'), '没有 in a grievance negates nothing after it');
  assert.ok(!flags('customer', '唉 我真是服了我自己了 手机银行密码输错了三次 给锁了').includes('intent.complaint'));
  assert.ok(!flags('customer', '哎哟 我这脑子 老了老了 被人当猴耍').includes('intent.complaint'));
});

test('look-alike pairs: a lock-in period, an earlier call\'s recording, one card of several, a refinance elsewhere', () => {
  assert.ok(!flags('agent', "PPF has a fifteen year lock-in, seven point one percent currently, it's a government scheme.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', 'This one locks in seven percent for five years, you cannot lose.').includes('sales.no_guaranteed_returns'));
  const earlier = call(['agent', '喂您好 北辰银行 请问有什么可以帮您'], ['agent', '您那通电话的录音我们也调出来听了 那笔已经退回了']);
  assert.ok(earlier.includes('greeting.recording_notice'), 'an earlier call\'s recording is no notice');
  assert.ok(!flags('customer', '我想注销一张信用卡 就是那张航空联名卡 现在不怎么坐飞机了').includes('intent.churn'));
  assert.ok(flags('customer', "I've already started an application with HSBC to refinance, and my salary account is going with it.").includes('intent.churn'));
  assert.ok(flags('customer', '不用了 此处不留爷 自有留爷处 我明天就去柜台把卡销了').includes('intent.churn'));
  assert.ok(flags('customer', 'No offence, but is there someone a wee bit further up the food chain I could have a word with?').includes('intent.escalation'));
});

test('a check made after the agent pulled the account up and read transactions is late', () => {
  const late = call(['customer', 'I just wanna check the last few transactions on my checking.'],
    ['agent', "Sure thing, I've got your account up from the number you're calling from. So the last three are forty-two dollars at Whataburger."],
    ['agent', 'Before we go any further I need to verify you. Can you give me your date of birth and the last four of your Social?']);
  assert.ok(late.includes('identity.verification'));
  assert.ok(call(['customer', "what's my limit"], ['agent', 'can I have your phone number?'], ['agent', 'Your daily transfer limit is fifty thousand.']).includes('identity.verification'),
    'a phone number used to look the account up is no identity check');
});

test('round 15 (fresh15/fresh16 causes): personal cover for losses, soft escalation, joked churn, ancillary accounts', () => {
  assert.ok(flags('agent', '您放心 本金这块我给您兜着 真要出了问题 我想办法给您补上').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', "You're getting nine percent as good as banked.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', "I'd rather speak with whoever can actually sign this off. Would you put me through to your head of desk, please?").includes('intent.escalation'));
  assert.ok(!call(['customer', '那你说我要不要干脆销户得了 哈哈 开玩笑的 销户那倒不至于 工资卡还在你们这儿呢']).includes('intent.churn'));
  assert.ok(!flags('customer', '我想把我手机银行里那个电子账户注销了 就是那个二类户 我平时都不用').includes('intent.churn'));
  assert.ok(flags('customer', '招商那边大额存单给我两块四 你们才一块九 差太多了 我到期直接取了转过去').includes('intent.churn'));
});

test('round 16 (fresh19/fresh20 causes): comparisons are no negation, regional refund certainty, ASR-split notices', () => {
  assert.ok(flags('agent', '您放心 这款我们卖了好几年了 到期都是按三点八给的 跟存定期没啥两样 本钱一分都少不了').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '不过您放心 呢啲一定批嘅 我同您打包票 您當佢已經退咗就得啦').includes('service.no_refund_promise'));
  assert.ok(flags('agent', "No worries at all, you'll have it back by Friday, guaranteed.").includes('service.no_refund_promise'));
  assert.ok(flags('customer', '我不跟侬讲了 侬做不了主 叫侬拉领导来跟我讲').includes('intent.escalation'));
  assert.ok(!flags('customer', '本来我想干脆跑去别家银行换的 想想算了 你们这边手机上弄方便').includes('intent.churn'));
  assert.ok(!call(['agent', 'Good afternoon, Haiwan Bank card services. This call is re corded for quality. How can I help?']).includes('greeting.recording_notice'));
});

test('round 17 (fresh21/fresh22 causes): complaints about merchants, one of two cards, refinancing elsewhere, 凭什么', () => {
  assert.ok(!flags('customer', '你好 我要投诉 不是投诉你们啊 我要投诉那个网上买的家具店 东西到了是坏的').includes('intent.complaint'));
  assert.ok(!flags('customer', '你好 我有两张你们的卡 有一张以前办房贷的时候办的 现在不用了 我想把它销掉').includes('intent.churn'));
  assert.ok(flags('customer', '对 我在别的行已经批了 他们那边利率低 我把你们这笔结掉 以后工资卡也转过去了').includes('intent.churn'));
  assert.ok(flags('customer', '我卡被冻了 刷不了 你们凭什么不打招呼就冻我卡').includes('intent.complaint'));
  assert.ok(flags('agent', '您放心 这种商户跑路的 我们直接给您发起拒付 六千八一分不少都能给您退回来').includes('service.no_refund_promise'));
  assert.ok(!flags('agent', '现在理财都是净值型的 没有保本的了 如果您想要保本的 那就是存款').includes('sales.no_guaranteed_returns'));
});

test('round 18 (fresh23/fresh24 causes): anyone there who can decide, 非得投诉, service roles, hypothetical questions', () => {
  assert.ok(flags('customer', 'Look, is there anyone there who can actually make a decision on releasing it?').includes('intent.escalation'));
  assert.ok(flags('customer', '这不怨我 我不跟你说了 你叫恁主管来 我要跟主管说 这事我非得投诉恁').includes('intent.complaint'));
  assert.ok(!flags('customer', '那中 那俺去网点找你们那个理财经理办').includes('intent.escalation'));
  assert.ok(!flags('customer', '你好 我就是好奇问一下啊 我不销户啊 就问问 假如一个人把信用卡销了 会影响征信吗').includes('intent.churn'));
  assert.ok(flags('agent', '罚息这个四十二块六我给您全部退掉 今天就退回您卡上').includes('service.no_refund_promise'));
  assert.ok(flags('agent', "It hasn't had a single losing year since it launched, you can think of it pretty much like a savings account.").includes('sales.no_guaranteed_returns'));
});

test('round 19 (fresh25/fresh26 causes): the agent must act on the account, OTP checks, anger at others, called-off requests', () => {
  assert.ok(!call(['customer', '我这手里还有个老存折 想换成卡 要带啥'], ['agent', '换卡是免费的 您带着身份证和存折去任何一个网点都能办']).includes('identity.verification'));
  assert.ok(call(['customer', '我这手里还有个老存折 想换成卡 要带啥'], ['agent', '我看到您名下有一本存折 余额是三千二']).includes('identity.verification'));
  assert.ok(!call(['customer', 'Can you take the overdraft fee off my account?'], ['agent', 'Can I get your name and the one-time code I just texted to the phone on file?'], ['agent', "Thanks. I've put in a fee reversal request."]).includes('identity.verification'));
  assert.ok(!flags('customer', '这帮骗子真是缺德 前天还有人冒充公安给我打电话').includes('intent.complaint'));
  assert.ok(!flags('customer', 'My sister moved banks after the merger, she was so fed up.').includes('intent.complaint'));
  assert.ok(flags('customer', '五年老客户你们就这么对待').includes('intent.complaint'));
  assert.ok(!flags('customer', "Oh good. I was all ready to ask for your supervisor, I thought it'd be a battle. No need.").includes('intent.escalation'));
  assert.ok(flags('customer', '我工资卡下个月单位统一改到建行了 信用卡我这个月还完也准备注销').includes('intent.churn'));
  assert.ok(!call(['customer', '那张联名卡想注销 白金卡我还天天用呢']).includes('intent.churn'));
  assert.ok(!flags('agent', 'Our fixed-rate savings bonds pay four point one for one year.').includes('disclosure.wealth_risk'));
});

test('round 20 (fresh27/fresh28 causes): the agent must talk investments, scams retold, prospects, certain chargebacks', () => {
  assert.ok(!call(['customer', 'They texted me to move my money to a safe account and promised guaranteed returns.'], ['agent', "That's a scam. We will never ask you to move money."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'My neighbour lost money in some shares business.'], ['agent', "A term deposit isn't an investment in shares, and our term deposits pay four point one percent."]).includes('disclosure.wealth_risk'));
  assert.ok(call(['customer', '你们那个新发的理财怎么样'], ['agent', '这款收益不错 年化三点八']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', '我们有一款分红型的年金保险 另外还有分红 不过分红是不保证的']).includes('disclosure.wealth_risk'));
  assert.ok(flags('customer', "You know what, maybe I'll just take the mortgage and the savings over to Barclays.").includes('intent.churn'));
  assert.ok(flags('customer', "Okay, then honestly, if you can't raise it I'm just gonna cancel this card and go to Chase.").includes('intent.churn'));
  assert.ok(!flags('customer', "Alright, I'll think about it. My current card's with another bank, I'm just shopping around.").includes('intent.churn'));
  assert.ok(!call(['customer', '你好 我想把我儿子那张副卡注销掉 他出国读书了用不上']).includes('intent.churn'));
  assert.ok(flags('agent', '这个拒付肯定能成功 钱百分之百能回来 您放心').includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Oh it'll go through, one hundred percent. Consider that gone, you'll see it back on your next statement.").includes('service.no_refund_promise'));
  assert.ok(!call(['customer', 'I want to check if my payment posted.'], ['agent', 'Name and last four? And your zip code?'], ['agent', 'Yeah, $500 posted on Tuesday.']).includes('identity.verification'));
  assert.ok(call(['customer', "I'm calling for my husband, what is the balance on his card?"], ['agent', "Okay, I've got Robert Haines, balance is $3,604.12."]).includes('identity.verification'));
});

test('round 21 (fresh29/fresh30 causes): deposits as yardsticks, approvals called certain, readbacks are no check, the caller\'s own boss', () => {
  assert.ok(call(['agent', 'We have a money market fund that pays around eighteen percent.'], ['agent', 'It is basically as safe as a fixed deposit. That fund has never had a negative month.']).includes('disclosure.wealth_risk'));
  assert.ok(flags('agent', 'Sir, it is basically as safe as a fixed deposit, your capital is guaranteed.').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', 'A fixed deposit is covered by deposit insurance, your capital is guaranteed.').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '我这边给您申请减免 您放心 这个肯定能批下来 三个工作日之内钱就退回您账户了').includes('service.no_refund_promise'));
  assert.ok(flags('agent', "I'll put a refund request in for you now, and honestly, don't worry, it will be approved.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I'll put a refund request in for you now. If it's approved, you'll see it back in five days.").includes('service.no_refund_promise'));
  assert.ok(call(['customer', '我卡丢了 帮我挂失'], ['agent', '好的 我跟您核对一下 卡号是6222025964875476 对吧'], ['agent', '已经给您做了临时挂失']).includes('identity.verification'));
  assert.ok(!flags('customer', '也不是不满意 就是那边条件好 老板说了算').includes('intent.escalation'));
  assert.ok(flags('customer', 'Is there someone there who actually makes these decisions? Someone who can overrule the computer?').includes('intent.escalation'));
  assert.ok(!flags('customer', '我想查一下今天有没有一笔进账 我们有个客户 拖了我们三个月的货款了 真是气死人').includes('intent.complaint'));
  assert.ok(flags('customer', '以后我给她汇钱就不走你们行了 我那点定期到期也转到中行去').includes('intent.churn'));
  assert.ok(flags('customer', "Honestly then it's a no-brainer, I'm going with the Yorkshire deal and I'll pay you guys off when the fix ends.").includes('intent.churn'));
  assert.ok(call(['agent', '我这边调一下上次通话的录音记录 您稍等']).includes('greeting.recording_notice'));
});

test('round 22 (fresh31/fresh32 causes): Cantonese negation, supplementary cards, mis-selling refunds, first-person refunds', () => {
  assert.ok(!call(['agent', '呢隻係債券基金 風險評級係三級'], ['agent', '唔係保本㗎 我要講清楚先 有機會蝕本']).includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', '你同我讲冇用 叫你哋行长出嚟 叫个话事嘅人同我讲').includes('intent.escalation'));
  assert.ok(!flags('customer', '喂你好呀 我想取消一張附屬卡 係我個仔嘅').includes('intent.churn'));
  assert.ok(flags('customer', '這邊的戶口我想關掉 錢全部轉去DBS那邊').includes('intent.churn'));
  assert.ok(flags('agent', "No problem at all, I'll refund the annual fee for you, you won't pay it.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I've opened a dispute. If it's confirmed as a duplicate, it'll be credited back within 30 days.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', 'The two-year fixed rate bond is a savings deposit, so your capital is protected and covered by the FSCS.').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('agent', '好的先生 稳赚不赔这个说法是不准确的 风险等级是R4').includes('sales.no_guaranteed_returns'));
  assert.ok(!call(['agent', '好的梁先生 我而家幫你轉駁去值班主任 多謝你嘅耐心']).includes('closing.polite'));
});

test('round 23 (fresh33/fresh34 causes): a deposit and a fund in one turn, questions back, hearsay, 两清', () => {
  assert.ok(call(['agent', "Our one year Fixed Rate Bond pays 4.1% and that rate is guaranteed. Or if you're thinking longer term, customers are going for our Managed Portfolio service, it's done really nicely."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', 'Our one year Fixed Rate Bond pays 4.1% and that rate is guaranteed for the year.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '我想查余额'], ['agent', '奶奶 您是想查一下卡里的余额是吗'], ['agent', '那我先核对一下您的身份 您说一下您的名字和身份证号码'], ['agent', '核对过了 您这张卡里面余额是四万三千六百元']).includes('identity.verification'));
  assert.ok(!flags('customer', "Do you charge abroad? Because my brother says you get ripped off if you pay in pounds.").includes('intent.complaint'));
  assert.ok(flags('customer', '说实话 等房贷一还清 我跟你们就两清了 工资卡下个月我也换掉').includes('intent.churn'));
  assert.ok(flags('customer', '你们这安全也太差了 去年就被盗刷过一次 这次弄完我就把你们家的卡全注销 钱也全部转走').includes('intent.churn'));
  assert.ok(!call(['customer', '本来想你们要是乱扣 我这卡就不用了 既然是我自己点的 那就算了 卡不销']).includes('intent.churn'));
  assert.ok(!call(['customer', '我之前信用卡有过一次逾期 影响车贷吗'], ['agent', '偶尔一次短期逾期一般影响不大 但最终还是看审批']).includes('identity.verification'));
});

test('round 24 (fresh35/fresh36 causes): somebody above you, certain money back, sarcasm online, 用不着了, general limits', () => {
  assert.ok(flags('customer', 'Is there somebody above you, maybe the branch manager, who could actually make that call?').includes('intent.escalation'));
  assert.ok(flags('agent', "Don't worry, you're definitely getting that fifty back by Friday.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "I'm filing a claim now, and you'll definitely get the full hundred and forty-nine back.").includes('service.no_refund_promise'));
  assert.ok(!flags('agent', "I'll definitely get that sorted and call you back.").includes('service.no_refund_promise'));
  assert.ok(flags('customer', 'Oh amazing, a human. Love that for me. Your app has logged me out three times today.').includes('intent.complaint'));
  assert.ok(flags('customer', '哎呀 可算打通了 你们这服务可真好啊 我打了八遍').includes('intent.complaint'));
  assert.ok(!flags('customer', '我想问一下那个攒钱罐的利率 我看小红书上说你们这个比余额宝高').includes('intent.complaint'));
  assert.ok(flags('customer', '我到小红书上发个帖子 让大家来评评理').includes('intent.complaint'));
  assert.ok(flags('customer', '养老金以后打建行那个卡上 你们这个卡我就用不着了 咋销啊').includes('intent.churn'));
  assert.ok(!call(['customer', '我想问问春耕贷款能贷多少'], ['agent', '我们农户信用贷款 一般额度是五万到三十万']).includes('identity.verification'));
  assert.ok(flags('agent', '这个产品过往收益不代表未来 不过说实话 它上线三年来就没有一天是亏的 您就当定期存着').includes('sales.no_guaranteed_returns'));
});

test('round 25 (fresh37/fresh38 causes): risk scales, restated complaints, portfolios moved, changes made before the check', () => {
  assert.ok(!call(['agent', "It's a six-year autocallable note. It's rated four out of six on our risk scale."]).includes('disclosure.wealth_risk'));
  assert.ok(!call(['agent', '这款分红险 分红是不确定的 计划书里的演示利益只是参考 不代表实际能拿到']).includes('disclosure.wealth_risk'));
  assert.ok(!flags('agent', '明白 您反映的是销售人员承诺保本的问题 我们会调取双录核实').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', "Unless someone senior can match it, I'll be moving the portfolio to Coutts at the end of the quarter.").includes('intent.churn'));
  assert.ok(flags('customer', 'Would it be possible to speak to someone more senior, a mortgage manager or someone with authority?').includes('intent.escalation'));
  assert.ok(!flags('customer', "And don't worry, I'm not going to go running off to another bank over it.").includes('intent.churn'));
  assert.ok(!call(['customer', 'I want to cancel my credit card. I\'ll keep the current account, my salary goes in there.']).includes('intent.churn'));
  assert.ok(!call(['customer', '没事 我也不是那种动不动就销户的人 哈哈']).includes('intent.churn'));
  assert.ok(flags('customer', '呵呵 你们也挺厉害的 app打不开 提额还不给提 真是服务一流啊').includes('intent.complaint'));
  assert.ok(flags('customer', '做生意的 两天钱不到账谁受得了').includes('intent.complaint'));
  assert.ok(!flags('agent', "Not this one, it's basically bonds, you won't lose a penny on it.").includes('service.no_refund_promise'));
  assert.ok(call(['customer', '我手机号换了 收不到验证码'], ['agent', '那我这边帮您把预留手机号改一下 新号码是多少'], ['agent', '好的 已经给您改好了'], ['agent', '麻烦您说一下您的姓名和身份证后四位 我这边备注一下']).includes('identity.verification'));
});

test('round 26 (fresh39/fresh40 causes): annuities in payment, greetings are no closing, money moved as a lot, claims called won', () => {
  assert.ok(!call(['agent', "Frank's annuity was a joint life annuity with a fifty percent spouse's pension, so you'll get half of it for life."]).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', 'Some customers look at a variable annuity we offer, your money is invested in funds and pays you an income.']).includes('disclosure.wealth_risk'));
  assert.ok(call(['agent', 'Harbourline. Thanks for holding. What do you need?'], ['customer', 'What do your savings bonds pay?'], ['agent', 'Four point one.']).includes('closing.polite'));
  assert.ok(!call(['customer', 'Could I speak to a supervisor?'], ['agent', 'Of course, I will get my supervisor now. Bear with me, and thanks for holding.']).includes('closing.polite'));
  assert.ok(!flags('customer', "I'm not complaining, you've been lovely. I don't need to talk to a manager or anything.").includes('intent.escalation'));
  assert.ok(flags('customer', "It's a joke, frankly. Right, I'm done. I'm moving the lot to Halifax this afternoon.").includes('intent.churn'));
  assert.ok(flags('customer', "Right, that settles it. I'll transfer my pension out of you to them. No point staying.").includes('intent.churn'));
  assert.ok(!call(['customer', "I was half thinking of shutting the whole account down and starting again somewhere else, but no, I'm not going to do that."]).includes('intent.churn'));
  assert.ok(!call(['customer', "I've had my bag nicked on the tube, I need to cancel my debit card."]).includes('intent.churn'));
  assert.ok(flags('agent', "I'll raise a chargeback now. It's an obvious duplicate, so it's a guaranteed win.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', 'Between us, nobody\'s ever come out of that fund with less than they put in. It pays like clockwork.').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', '那就是你们没问题了 真厉害 你们这服务真是一流啊 转个钱能转四天').includes('intent.complaint'));
});

test('round 27 (fresh41/fresh42 causes): the complaints menu, praise passed up, outbound disclosures, other people\'s banks', () => {
  assert.ok(!flags('customer', "Hi, I was put through to complaints by mistake, I pressed the wrong option, I just wanted to check my balance.").includes('intent.complaint'));
  assert.ok(!flags('customer', '我刚才按错了 按了那个投诉建议的键 我其实就是想改一下账单地址').includes('intent.complaint'));
  assert.ok(!flags('customer', '我不是投诉 我是想表扬 让他们领导知道啊 给他评个优秀什么的').includes('intent.escalation'));
  assert.ok(!flags('customer', '找你们领导我也不找了 找了也白找').includes('intent.escalation'));
  assert.ok(!flags('customer', '那个商家 我打他客服打了三天都没人接 这种商家真是缺德').includes('intent.complaint'));
  assert.ok(!flags('customer', "Nine. I'd say ten but my wife would kill me, she's with another bank, ha.").includes('intent.churn'));
  assert.ok(!flags('customer', 'I got a call from your fraud people, they cancelled my card and sent a new one.').includes('intent.churn'));
  assert.ok(!call(['customer', '到期那个 我本来是想转到别的银行去的 后来算了一下 也就差几百块钱']).includes('intent.churn'));
  assert.ok(call(['agent', '宋小姐您好 系统给您尾号1029的信用卡临时额度提到了五万 另外您这期账单是一万八千六']).includes('identity.verification'));
  assert.ok(flags('agent', "I'll make sure you get both premiums back in full, that's a definite.").includes('service.no_refund_promise'));
  assert.ok(flags('agent', "Between us, you'll get your money back no matter what happens in the markets.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', '你不用跟我说 让你们经理给我打电话 我跟他说').includes('intent.escalation'));
});

test('round 28 (fresh43/fresh44 causes): informal 你 actions, unblocked cards, promised points, sarcasm about efficiency', () => {
  assert.ok(call(['customer', '我手机银行密码忘了 登不进去'], ['agent', '你叫什么名字'], ['agent', '好 那我这边给你解锁 然后重置一下登录密码']).includes('identity.verification'));
  assert.ok(call(['customer', "My card's blocked, I typed the PIN wrong."], ['agent', 'Name?'], ['agent', "Right Jake, I've unblocked it and sent a PIN reminder by post."]).includes('identity.verification'));
  assert.ok(flags('agent', '不过您放心 这个基金经理管了八年了 保证您一年下来至少四个点 跑不了').includes('sales.no_guaranteed_returns'));
  assert.ok(flags('customer', '呵呵 你们银行效率真是太高了啊 我给我女儿汇个学费 汇了三天了还没到 真是佩服').includes('intent.complaint'));
  assert.ok(flags('customer', 'Is there anyone more senior there, because clearly you can\'t sort this.').includes('intent.escalation'));
});

test('round 29 (fresh45/fresh46 causes): unwanted sales calls, promised percentages, 肯定赚, asking for someone else', () => {
  assert.ok(flags('customer', "This is the third cold call this week, stop calling me about instalments and put me through to your manager.").includes('intent.complaint'));
  assert.ok(flags('agent', "It's medium risk, but honestly it pays a guaranteed six percent every year.").includes('sales.no_guaranteed_returns'));
  assert.ok(flags('agent', '基金定投您就长期拿着 肯定赚 去年还涨了百分之十二').includes('sales.no_guaranteed_returns'));
  assert.ok(!flags('customer', '诶你好 我就问一下啊 不是说我要销户啊 你别误会 就是我同事问我 你们销户要不要手续费').includes('intent.churn'));
  assert.ok(!call(['customer', '不免的话这张卡我就不要了 反正我主要用的是你们的储蓄卡']).includes('intent.churn'));
  assert.ok(!call(['agent', 'Will do. Thanks so much for your time, drive safe, bye.']).includes('closing.polite'));
});

test('a question that holds a grievance word (靠不靠谱) is no complaint', () => {
  assert.ok(!flags('customer', '我隔壁老王说 贷出来去买你们的理财 稳赚不赔 赚个差价 你说靠不靠谱').includes('intent.complaint'));
  assert.ok(flags('customer', '你们银行真是太不靠谱了 第三次了').includes('intent.complaint'));
});
