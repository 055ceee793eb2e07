/**
 * The default bank pack. Each rule carries zh-CN and en phrases together, so rule ids are the same
 * for both languages and code-switched calls ("这个fund的return是guaranteed的") are covered.
 */
import { ACCOUNT_TRANSFER_NEAR, AGENT_DATED_CHARGE_NEAR, ACCOUNT_READ_OUT_REGEX, BANK_HOMOPHONES, HOTLINE_REGEX, BANK_LEXICON, CHURN_NEAR, ESCALATION_NEAR, GUARANTEE_NOT_A_SALE, GUARANTEE_REGEX, REFUND_NEAR, REFUND_REGEX } from './default-lexicon.js';
import type { RulePack } from './types.js';

const NEG = { before: ['@neg_before'], ignore: ['@neg_ignore'] };
/** Guarantees: quoted claims are refuted a few words later, and "if you need capital protection…" sets a condition. */
const GUARANTEE_NEG = {
  before: ['@neg_before', '@quoted', '要是您要求', '如果您要求', '要是您需要', '如果您需要', '如果您想要', '要是您想要', '想要保本的', '只有存款是', '只有存款才', '存款才是', 'if you need', 'if you want', 'if you require'],
  // "Your principal is protected only if you hold to maturity" states a condition, not a guarantee.
  ignore: ['@neg_ignore'], after: ['@neg_after', 'only if you', 'only if held', 'only when held', 'provided you hold', 'as long as you hold'], through: ['@promise_through'], window: 6, windowChars: 8,
};
/** A deposit named as the yardstick ("as safe as a fixed deposit", "比定期强") does not make the turn about a deposit. */
const COMPARED = { before: ['@comparison_before'], after: ['@comparison_after'], window: 4, windowChars: 5 };
/** Customer intents: "别忽悠我" is a grievance, and "不退钱我就投诉" a threat, not a negated complaint. */
// "not closing my account or running off to another bank": a negation reaches through a coordination.
const INTENT_NEG = { before: ['@neg_before', '@counterfactual'], ignore: ['@neg_ignore', '@grievance_not_negation'], breaks: ['@scope_breaks'], through: ['or', 'nor', 'and', '或者', '也不', 'complaining to', 'complained to', 'planning to', 'going to', 'gonna', 'intend to', 'thinking of', 'want to', 'running off to', 'run off to', 'go running to', 'running to', 'write a', 'file a', 'lodge a', 'make a', 'raise a'] };
/** A thank-you, half of a polite close. */
const THANKS = ['thanks', 'thank you', 'cheers', '谢谢', '感谢'];
/** Churn's scope: an exclusion is undone only by a true negation, not by someone else named ("someone saying he's from…"). */
const CHURN_SCOPE = { before: ['@neg_before', '@counterfactual'], ignore: ['@neg_ignore'], breaks: ['@scope_breaks'], through: INTENT_NEG.through, windowChars: 10 };

export function bankPack(): RulePack {
  return structuredClone({
    id: 'bank-default',
    version: '1.1.0',
    description: 'Bank customer service (credit cards, wealth products, loans, complaints), zh-CN and en',
    lexicon: BANK_LEXICON,
    // New wording the phrase lists have not met: the corpus-trained model raises these rules when it is
    // at least 90 % sure and the phrases found nothing (threshold fixed before the batches it was measured on).
    secondOpinion: {
      model: 'bank-default',
      threshold: 0.9,
      rules: ['intent.complaint', 'intent.escalation', 'intent.churn', 'sales.no_guaranteed_returns', 'service.no_refund_promise'],
    },
    homophones: BANK_HOMOPHONES,
    rules: [
      {
        id: 'greeting.recording_notice',
        category: 'script',
        severity: 'critical',
        type: 'must_occur',
        description: 'The agent tells the caller the call is recorded within the first 60 s',
        speaker: 'agent',
        position: { firstMs: 60_000 },
        match: {
          // ASR splits and look-alikes of the notice itself: "re corded", "录因".
          phrases: ['全程录音', '通话录音', '电话录音', '录音', '录因', '录了音', '录着音', 'reckorded', 'recorded line', 'monitored or recorded', 'monitored and recorded', 're corded', 'recor ded', 'being recorded', 'are recorded', 'will be recorded', 'may be recorded'],
          // The recording of an earlier call ("您那通电话的录音我们也调出来听了") is no notice for this one.
          excludeInSegment: ['那通电话的录音', '上次的录音', '上次通话', '上次的通话', '之前的通话', '那次通话', '调出来听', '调录音', '调取录音', 'recording of your last call', 'recording of that call', 'pulled the recording', 'listened to the recording'],
          near: [{ a: ['record*'], b: ['call', 'calls', 'conversation', 'line'], within: 6 }],
          negation: NEG,
        },
      },
      {
        id: 'identity.verification',
        category: 'compliance',
        severity: 'warning',
        type: 'must_occur',
        description: 'The agent verifies the caller\'s identity when the call touches their own account or card (details or changes)',
        speaker: 'agent',
        // A general enquiry (rates, fees, branch hours, how to apply) needs no check; either party may raise the account.
        appliesWhen: {
          phrases: ['@account_info_zh', '@account_info_en', '@account_change_zh', '@account_change_en', '@account_disclosed_zh', '@account_disclosed_en'],
          regex: ACCOUNT_READ_OUT_REGEX,
          near: ACCOUNT_TRANSFER_NEAR,
          // A card number said aloud means a particular card is being dealt with.
          pii: ['bank_card'],
          // "I'm not after anything on my own account" is a general enquiry.
          negation: NEG,
          // What to bring to a branch, and whether a rumour is true, are how-to questions: nothing is done to an account on the call.
          excludeInSegment: ['@branch_procedure', '@rumour_question', '@account_not_looked_at', '@scam_told'],
        },
        // ...and the agent looks at, tells from or acts on that account: an enquiry the agent answers in general terms
        // ("换卡是免费的 带身份证去网点") needs no check, whatever the caller said about their own card.
        alsoWhen: {
          speaker: 'agent',
          phrases: ['@agent_on_account_zh', '@agent_on_account_en', '@account_disclosed_zh', '@account_disclosed_en'],
          regex: ACCOUNT_READ_OUT_REGEX,
          near: AGENT_DATED_CHARGE_NEAR,
          pii: ['bank_card'],
          negation: NEG,
          // What the branch will do later ("网点会先帮您查") is not the agent looking now, nor is a grievance logged
          // ("I've logged it with our customer resolution team") or a promise to "look into it".
          excludeInSegment: ['网点会', '网点帮您', '柜台会', '如果超过', '只要您开通', 'the branch will', 'the branch can', '@account_not_looked_at', '带身份证去', '带身份证到', '去网点激活', '到网点激活', '登记投诉', 'let me look into it', 'logged it with our customer', 'logged your complaint', 'logged the complaint', 'logged a complaint', '取的号', '取号'],
        },
        // Verify first, then read out figures: a check made only after the balance was disclosed is too late.
        // A question back ("您是想查一下卡里的余额是吗"), a figure begun and broken off ("您这期账单是 呃"), or a code sent to "您尾号的手机",
        // discloses nothing.
        // ...and a check said with an admission that it comes late ("I should have asked first", "哦对，麻烦您报一下姓名和身份证后四位") was due before that turn (not one about the recording notice, "刚才忘了提醒，本次通话会被录音").
        lateWhen: { phrases: ['@check_admitted_late'], near: [{ a: ['对了', '哦对', '噢对'], b: ['核实', '核对', '验证', '身份证后', '证件后'], within: 6, withinChars: 16, ordered: true }], excludeInSegment: ['录音', 'recorded'], excludeScope: 'sentence' },
        before: { speaker: 'agent', phrases: ['@account_disclosed_zh', '@account_disclosed_en', '@account_changed_done'], regex: ACCOUNT_READ_OUT_REGEX, excludeInSegment: ['尾号的手机', '预留的手机发', '的手机发', '是吗', '对吗', '是不是', 'is that right', 'is it', '账单是呃', '余额是呃', '额度是呃', '金额是呃', 'balance is uh', 'balance is um'] },
        match: {
          // Asking "请问您是持卡人本人吗" checks nothing; a stated check ("确认是您本人", "持卡人本人吧" confirmed) does.
          phrases: [
            '核实身份', '验证身份', '身份验证', '身份核实', '核对身份', '确认身份', '确认是您本人', '是否本人', '是您本人', '持卡人本人吧',
            '证件号码后', '证件号后', '身份证后', '身份证号码的后', '身份证号码', '出生日期', '出生年月日',
            // Taiwan / Hong Kong wording: 身分證字號後四碼, 核對無誤, 核對咗, 出世日期.
            '身分证', '后四码', '核对无误', '核对正确', '核对咗', '核实咗', '出世日期', '身份证头',
            'passport last four', 'last four first', 'code i just sent', "code i've just sent", 'code we just sent', 'code we sent',
            '@identity_checked_more_zh', '@identity_checked_more_en', '核实通过', '核实成功', '验证通过', '验证成功', '已核实', '已经核实', '核实好了', '核实完了', '核实完毕', '验证好了', '核对好了', '机主本人', '核对一下', '跟您核对',
            'verify your identity', 'confirm your identity', 'verify you', 'verification', 'security question*', 'date of birth',
            'for security', 'security check', "you're verified", 'you are verified', 'verified', 'your birthday',
            'memorable word', 'security word', 'maiden name', 'security details', 'through security', 'passed security', 'that matches',
            'name and last four', 'name, last four', 'name and passcode', 'name and the passcode', 'and your zip code', 'and your postcode', 'and your post code',
            // A one-time code sent to the phone on file and read back is a check ("the one-time code I just texted").
            'code sent to your phone', 'one-time code', 'one time code', 'one-time password', 'one time password', 'one-time passcode', 'otp',
            'texting you a code', 'text you a code', 'texted you a code', 'sending you a code', "code i'm sending", 'code i am sending', 'code i sent', 'code we sent you', 'code i just texted', "code i've just texted", 'code we just texted', 'code i texted', 'code we texted', "confirm it's you", 'confirm it is you', 'sent a code to your',
            "code i'm texting", 'code i am texting', "code we're texting", "code i've texted", "code we've texted", "code i've sent", "code we've sent",
          ],
          near: [
            { a: ['核实', '验证', '核对', '确认'], b: ['身份', '本人'], within: 3, withinChars: 6 },
            // Ordered: the check comes first ("核对一下手机号"); "手机号改好了 验证码会发到…" is an SMS code, not a check.
            { a: ['核对', '确认', '核实', '验证'], b: ['尾号', '出生', '手机号', '证件'], within: 4, withinChars: 10, ordered: true },
            // The reserved phone number checks identity when asked for, not when it is the thing being changed ("把预留手机号改成…").
            { a: ['说一下', '说下', '报一下', '提供', '告诉我', '是多少', '多少'], b: ['预留手机号', '预留的手机号'], within: 4, withinChars: 10 },
            // Asking for the card number with the holder's name is a check of who is calling.
            { a: ['卡号', 'card number', 'account number'], b: ['姓名', '名字', 'full name', 'your name'], within: 5, withinChars: 8 },
            {
              a: ['verify', 'confirm', 'can i have', 'could i have', 'can i get', 'could i get', 'may i have', 'may i get', 'can i take', 'could i take', 'may i take', 'can you give me', 'can you tell me', 'please give me', 'please tell me'],
              b: ['identity', 'date of birth', 'birthday', 'postcode', 'post code', 'zip code', 'security', 'full name', 'address', 'id number', 'resident id', 'national id', 'passport number', 'nric', 'hkid'],
              within: 8,
            },
            // The account's passcode asked for: "Can I take your name and the passcode on the account?", "give me your merchant number and the passcode" (a name alone checks nothing).
            { a: ['can i take', 'could i take', 'can i have', 'could i have', 'can i get', 'may i have', 'please give me', 'give me your'], b: ['passcode', 'passphrase'], within: 8, ordered: true },
          ],
          // Last digits alone identify a card, not the person calling: they count with a second factor in the same turn.
          cues: [{ families: [['@identity_last_digits'], ['@identity_second_factor']] }],
          negation: NEG,
          // Reading back the card number the caller just gave ("我跟您核对一下 卡号是…") confirms the number, not the person.
          // Nor is asking for the new reserved number ("把预留手机号改一下 新号码是多少") a check of the old one; each of these
          // counts in its own sentence only ("冯先生，核实通过。请问新号码是多少？" checks, then asks).
          // "…有一笔消费 想跟您确认一下是不是您本人" asks whether the customer made it, not who is calling; "this call is recorded for
          // security" is the greeting.
          // The name bound to the calling number read out, or a PIN set to the phone's last digits ("重置后是您手机号后六位",
          // "a temporary PIN of the last four digits of your phone number"), checks nobody.
          excludeInSegment: ['recorded for security', 'monitored for security', '对方户名', '收款人户名', '付款方户名', '收款方户名', '核对一下卡号', '核对下卡号', '核对一下您的卡号', '核对一下卡号是', '来电号码绑定', '号码绑定的户名', '重置后是', '密码是您手机号', '密码为您手机号', 'temporary pin', 'temporary password of', '新号码', '新的号码', '新手机号', '@activity_confirm'],
          excludeScope: 'sentence',
          // The agent saying the check is skipped ("I'll skip the security questions", "就不跟您一项一项核实了") means it
          // was not done, whatever check words were said before it.
          excludeInCall: ['@verification_skipped'],
        },
      },
      {
        id: 'disclosure.wealth_risk',
        category: 'compliance',
        severity: 'critical',
        type: 'must_occur',
        description: 'When wealth products are discussed, the agent discloses their risk',
        speaker: 'agent',
        // "不是理财" / "not an investment" says what a deposit is not; "fund it from my card" is a verb.
        // A turn that declines investments ("不买理财了 理财我怕亏") is not a product being discussed.
        appliesWhen: {
          // A deposit really is 保本保息 (大额存单, deposit insurance): that turn is not selling an investment.
          // A scam told as "some crypto investment thing" is fraud reported, and "这个是理财吗" a question: no product being sold.
          // Nor is a chat-group scheme the caller joined ("this WhatsApp investment club … guarantee thirty percent a month"), nor a savings pot by its name ("The one called Van Fund", "… left in Van Fund to your main checking"),
          // nor a foundation (基金会, a charity, whose 基金 is no fund) or an association's own pot ("the building fund", "my condo
          // management fund payment"), nor an employer's share plan paid out ("an employee stock purchase plan … We don't hold shares
          // ourselves, so the shares would sit with the plan's broker").
          excludeInSegment: ['是理财吗', '我是理财经理', 'pot has a', 'the pot', 'that pot', 'this pot', 'one called', 'pot called', 'to your main checking', 'to your main account', '是不是理财', '还是理财', 'is that like an investment', 'is that an investment', '算理财吗', '算不算理财', '也算理财', '给您测算', 'is it an investment', 'is this an investment', '@declines_investment', '@deposit_products', 'scam', 'scammer*', 'fraud*', '诈骗', '骗局', '骗子', '荐股群', '投资群', 'whatsapp', 'telegram', 'wechat group', '基金会', 'building fund', 'relief fund', 'hardship fund', 'memorial fund', 'sinking fund', 'management fund', 'maintenance fund', 'repair fund', '维修基金', 'wedding fund', 'holiday fund', 'emergency fund', 'rainy day fund', 'camera fund', 'the one called', 'employee stock purchase plan', 'espp', "don't hold shares", "plan's broker", '@protection_only', '担保基金', '@bond_not_investment'],
          // A capital-and-interest guarantee (保本保息, 稳赚不赔) is only ever said of an investment being sold.
          phrases: ['@wealth', '@investment_guarantee'],
          regex: ["(?<![a-z])(?<!(?:to|can|can't|cannot|could|will|would|won't|don't|we|i|you|they|not|'ll|'d) )fund(?![a-z])(?! (?:it|the|your|my|this|a|an|from|with|by|savings|accounts?)(?![a-z]))",
            // A kind of fund named is the noun, whatever follows: "our Horizon Income Fund this month", "a mix of global funds".
            '(?<![a-z])(?:income|bond|equity|growth|index|balanced|mutual|tracker|dividend|property|investment|managed) funds?(?![a-z])',
            '(?<![a-z])(?:global|international|world|emerging markets?|multi-asset|technology|tech|ethical|sustainable|esg|overseas) funds?(?![a-z])'],
          negation: { before: ['@not_a'], window: 2, windowChars: 3 },
          excludeNegation: COMPARED,
          excludeScope: 'sentence',
        },
        // ...and the agent talks about an investment or its returns (not a deposit): a caller quoting a scammer's
        // "保本保息" or a neighbour's losses in shares, answered with a fraud warning or deposit rates, is no sale.
        alsoWhen: {
          speaker: 'agent',
          phrases: ['@wealth', '@investment_guarantee', '@investment_words', 'yield', 'yields', '年化', '分红', '业绩比较基准', '净值', '%', 'percent', '个点'],
          // "A CD is a bank deposit … it's not an investment product" says what the deposit is not.
          negation: { before: ['@not_a'], window: 2, windowChars: 3 },
          // ...nor is a policy the caller already bought, described while handling a mis-selling complaint, nor a charity's
          // card fee ("one point two percent per card donation").
          excludeInSegment: ['@deposit_products', '@loan_talk', '理财赎回', '@holding_serviced', '@no_such_product', '诈骗', '骗子', 'scam', 'scammer*', 'fraud*', 'savings or investments', 'savings and investments', '购买了一份', '销售投诉', '误导销售', 'mis-sell*', 'mis-sold', 'you bought', "hasn't grown", 'has not grown', 'ten year review', 'policy review', 'held transfer', 'held payment', 'transfer we held', 'transfer was held', 'payment was held', '@not_this_product', '不给您推荐', '不推荐具体', "can't recommend", 'cannot recommend', '基金会', 'per card donation', 'per donation', 'per transaction', '@protection_only', '担保基金'],
          // A policy loan (保单贷款) offered beside a pitch does not make the turn loan talk.
          excludeNegation: { ...COMPARED, before: [...COMPARED.before, '保单'] },
          excludeScope: 'sentence',
        },
        match: {
          phrases: [
            '理财非存款', '产品有风险', '投资须谨慎', '投资需谨慎', '市场有风险', '不保本', '风险等级', '风险提示', '风险揭示', '可能亏损',
            '损失本金', '亏损的风险', '过往业绩不代表', '不代表未来', '风险承受能力', '不保证收益', '不承诺收益', '理财有风险', '投资有风险',
            '基金有风险', '投资要谨慎', '投资请谨慎', '谨慎投资', '中风险', '高风险', '中高风险', '净值会有波动', '净值波动', '可能会亏损',
            '可能出现亏损', '可能会出现亏损', '有可能亏损', '亏损风险', '本金损失', '波动风险', '市场风险', '汇率风险', 'r1', 'r2', 'r3', 'r4', 'r5',
            'risk levels', 'risk scale', 'risk category', 'risk grade', 'risk class', 'can also fall', 'could also fall', 'may also fall', 'investments carry risk', 'carries risk', 'carry risk', 'go down as well as up', 'may go down', 'can go down', 'may lose', 'could lose',
            'get back less', 'not guaranteed', 'past performance', 'risk rating', 'risk level', 'risk disclosure', 'not a deposit',
            'not insured', 'capital at risk', 'may fall', 'can fall', 'could fall', 'fall as well as rise', 'medium risk', 'high risk',
            'higher risk', 'lower risk', 'risk-rated', 'risk rated', 'out of seven', 'price can move', 'can go up or down', '随市场波动', '低于您交的', 'one to seven scale', 'may not get back', 'no guarantee', "isn't guaranteed", 'market risk', 'volatile', 'fluctuate*', 'capital is at risk', 'lose money', "can't guarantee", 'cannot guarantee',
            '@risk_disclosed_more_zh', '@risk_disclosed_more_en', '亏损的可能', '亏本的可能', '可能会亏', '可能亏', '会有损失', '有损失', '不承诺保本', '不代表以后', '不代表将来', '上下波动', '有波动',
            'not promise', "can't promise", 'cannot promise', 'not protected', 'lose some', 'lose part',
            // "分红是不保证的", "分红是不确定的 演示利益只是参考": a benefit said not to be certain.
            '不保证', '是不保证的', '不确定的', '只是参考', '不代表实际', '不能承诺保本', '不能承诺收益', '都不能承诺',
            // "零钱通是货币基金 收益会变动": returns said to vary.
            '收益会变动', '收益会波动', '收益是浮动的', '收益不固定',
          ],
          // A risk word near the product or investment ("理财产品都有风险", "the fund carries some risk").
          near: [
            { a: ['@wealth', '产品', '投资'], b: ['有风险', '风险'], within: 3, withinChars: 5, ordered: true },
            { a: ['@wealth', 'product', 'investing', 'invest*'], b: ['risk', 'risks', 'risky'], within: 5, ordered: true },
          ],
          // "没有风险" / "不可能亏" are guarantees, not disclosures; so are "you're not gonna lose money" (window 3 words), "I've never
          // had a client lose money", "people don't lose money on it"; "bonds, so it's basically risk-free" names no risk either.
          // A risk taken back in the same turn ("短期是有波动 但是时间拉长了就没有亏的") is no disclosure.
          excludeInSegment: ['@disclosure_undercut'],
          negation: { before: ['不', '没有', '没', '无', '零', '不可能', '不会', 'no', 'not', 'zero', 'without', "won't", 'never', "can't", 'cannot', "don't", "doesn't", "didn't", 'nobody', 'no one'], after: ['free'], ignore: ['@neg_ignore'], through: ['had a client', 'had a customer', 'had anyone', 'seen a client', 'seen anyone', 'known anyone'], window: 3, windowChars: 4 },
        },
      },
      {
        id: 'sales.no_guaranteed_returns',
        category: 'compliance',
        severity: 'critical',
        type: 'must_not_occur',
        description: 'The agent must not promise guaranteed returns or principal (资管新规: no 保本保收益)',
        speaker: 'agent',
        match: {
          phrases: [
            '保本保息', '保证收益', '保证本金', '保本保收益', '稳赚不赔', '稳赚', '只赚不赔', '包赚', '肯定赚钱', '一定赚钱', '零风险',
            '没有任何风险', '没有风险', '无风险', '收益有保障', '收益是有保障', '刚性兑付', '保底收益', '保证回报', '不会亏', '不可能亏',
            '亏不了', '保本', '绝对安全', '一分不少', '一分都不会少', '本金不会少', '百分之百赚', '稳拿', '旱涝保收', '只赚不亏',
            '收益是固定的', '收益固定', '稳稳当当', '亏不着', '从来没亏过', '没亏过', '一分不会少',
            'never go down', "won't go down", 'safe as a bank',
            'guaranteed return*', 'guaranteed profit*', 'guaranteed income', 'guaranteed yield', 'guaranteed growth', 'risk-free',
            'risk free', 'no risk at all', 'zero risk', "can't lose", 'cannot lose', "won't lose", 'never lose', 'definitely make money',
            'capital is guaranteed', 'principal is guaranteed', 'guaranteed to make', 'guaranteed to earn', 'guaranteed to grow',
            "can't go wrong", 'cannot go wrong', 'no way you can lose', 'safe as houses', 'no downside', 'a sure thing', 'a sure bet', 'a safe bet', 'no-brainer', 'no brainer', 'never had a down year', 'never lost money', 'definitely earn', 'bet my job on it', 'bet my life on it', 'bet my house on it',
            'zero chance of losing', 'no chance of losing', 'losing a penny', 'lose a penny', 'losing a cent', 'lose a cent',
            '@gain_certain', '@risk_denied', '@track_record',
          ],
          regex: GUARANTEE_REGEX,
          near: [
            { a: ['@promise_zh'], b: ['@returns_zh'], within: 3, withinChars: 6 },
            // "保证您一年下来至少四个点": a promised rate a few words on.
            { a: ['@promise_zh'], b: ['个点', '个百分点'], within: 6, withinChars: 12, ordered: true },
            { a: ['@promise_en'], b: ['@returns_en'], within: 5 },
            // "it pays a guaranteed six percent every year".
            { a: ['guaranteed'], b: ['percent', 'per cent', '%'], within: 2, ordered: true },
            // "You'll get your six percent come what may", "… plus the four percent no matter what".
            { a: ['percent', 'per cent', '%'], b: ['come what may', 'no matter what', 'whatever happens'], within: 3, ordered: true },
            // "six percent a year, every year, guaranteed", "You'll get your five percent, guaranteed".
            { a: ['percent a year', 'per cent a year', 'percent every year', 'percent', 'per cent'], b: ['guaranteed'], within: 3, ordered: true },
            // "locks in seven percent", not the noun "a fifteen year lock-in".
            { a: ['locks in', 'locked in at', 'lock in at', 'lock it in at', 'lock in a', 'lock in the', 'locking in'], b: ['percent', '%', '@returns_en'], within: 3 },
            // "本金…肯定…不会少" / "收益…稳…拿到手": the money word and the certainty a few words apart (一定 as a verb's, not "一定的收益").
            { a: ['本金', '收益', '回报'], b: ['肯定', '一定能', '一定会', '一定有', '一定是', '一定可以', '一定不', '一定拿', '一定赚', '绝对', '百分百', '稳稳', '很稳', '特别稳', '非常稳'], within: 4, withinChars: 8 },
            { a: ['@certain_en'], b: ['return', 'returns', 'profit', 'profits', 'make money', 'capital', 'principal'], within: 4 },
            { a: ['@certain_en', '@certainty_extra_en'], b: ['@value_moves_en'], within: 4 },
            // "本金绝对安全", "your principal is totally safe".
            { a: ['@principal'], b: ['@safe_words'], within: 4, withinChars: 6, ordered: true },
          ],
          // "非常安全" alone may be about the app; with a product or investment word in the same turn it is a promise.
          cues: [{ families: [['@safety_strong'], ['@investment_words', '@wealth']] }],
          // Wider windows: quoted claims are refuted a few words later ("…的说法是不存在的", "… like that is a scam").
          negation: GUARANTEE_NEG,
          // A deposit or fee named as the yardstick is no deposit context either: "basically as safe as a fixed deposit".
          // A variable, structured or indexed annuity is invested (the annuity exclusion is for annuities in payment).
          excludeNegation: { ...GUARANTEE_NEG, before: [...GUARANTEE_NEG.before, '@comparison_before', 'variable', 'structured', 'growth', 'indexed', 'index-linked', 'market-linked', 'investment-linked', 'unit-linked'], after: [...GUARANTEE_NEG.after, '@comparison_after'] },
          // Deposits, refunds, complaints quoted and scams named are not an investment promise (see GUARANTEE_NOT_A_SALE).
          excludeInSegment: GUARANTEE_NOT_A_SALE,
        },
      },
      {
        id: 'service.no_refund_promise',
        category: 'compliance',
        severity: 'critical',
        type: 'must_not_occur',
        description: 'The agent must not promise a refund before it is approved',
        speaker: 'agent',
        match: {
          phrases: [
            '一定能退', '一定会退', '一定给您退', '肯定能退', '肯定会退', '肯定给您退', '一定全额退', '肯定退', '一定退', '一定可以退',
            '肯定可以退', '包退', '承诺退款', '@refund_flat_zh', '@refund_flat_en',
          ],
          regex: REFUND_REGEX,
          near: REFUND_NEAR,
          // "如果审核通过会退回" / "if the claim is approved you'll get it back" is the process, not a promise.
          // Window 6: "I'm not allowed to tell you you'll definitely get a refund" disclaims the promise.
          // "没办法现在就答应您一定退": 答应 (promise) carries the negation before it, like 保证.
          negation: { before: ['@neg_before', '@conditional'], ignore: ['@neg_ignore'], after: ['@neg_after'], through: ['@promise_through', '答应', '答复'], window: 6 },
          // A deposit really is repaid in full, and dividends or returns paid out are a sales claim, judged by its own rule,
          // as is an investment's floor ("you're guaranteed to at least get your money back, plus growth") or a yearly return
          // ("five, six percent a year, and you won't lose a penny"; "It's never dipped … you won't lose a cent", "Your principal is safe
          // as houses, you won't lose a cent"), or past buyers' record ("买的客户基本没有亏的 … 不会让您吃亏的"). Someone else's promise
          // disowned ("您朋友说的肯定能退，我们这边是不能这样承诺的") is none.
          excludeInSegment: ['从来没亏过', '从来没有亏过', '不能这样承诺', '不能这么承诺', '群里说的', '@refund_route_told', '@deposit_products', '@wealth', 'financial claims scheme', 'the index', 'locking in', 'paid out every', 'paid out the full', 'every issue we', "can't lose", 'never dipped', 'safe as houses', 'principal is safe', 'direct debit guarantee', 'guarantee refund', 'indemnity claim', '分红', 'dividend', 'dividends', '理财', '基金', 'wealth plan', 'wealth product', 'investment', 'fund', 'collect the coupon', 'the coupon', '本金收益', '到期本金', '收益都', 'as safe as', 'down year', 'never had a down year', 'plus the income', 'plus growth', 'never lost money', 'at least get your money back', 'percent a year', 'per cent a year', 'percent every year', 'per cent every year', '没有亏的', '基本没有亏', 'plus the return', 'at maturity', 'losing year', 'a sure thing', 'only goes one way'],
        },
      },
      {
        id: 'privacy.no_full_number_readback',
        category: 'privacy',
        severity: 'critical',
        type: 'must_not_occur',
        description: 'The agent must not read back a full card or resident id number',
        speaker: 'agent',
        match: { pii: ['bank_card', 'cn_id'] },
      },
      {
        id: 'closing.polite',
        category: 'service',
        severity: 'warning',
        type: 'must_occur',
        description: 'The agent closes politely in the last 30 s',
        speaker: 'agent',
        position: { lastMs: 30_000 },
        match: {
          phrases: [
            '感谢您的来电', '感谢来电', '感谢致电', '感谢您的致电', '感谢您的耐心', '感谢您的接听', '谢谢您的来电', '祝您生活愉快', '祝您愉快',
            '再见', '拜拜', '感谢您的支持', '祝您', '还有其他可以帮您', '还有其他需要',
            'thank you for calling', 'thanks for calling', 'thank you for your time', 'thank you for your patience', 'have a nice day',
            'have a great day', 'have a good day', 'have a lovely day', 'have a wonderful day', 'enjoy the rest of your day', 'goodbye', 'good bye', 'bye bye', 'bye now', 'bye for now', 'anything else i can help', 'take care', 'talk soon', 'speak soon', 'talk to you soon', 'speak to you soon', '回头见', '回头聊',
            'thanks for your call', 'thank you for your call', 'thanks a million', 'god bless', 'thanks for banking', 'thank you for banking', 'cheers', 'enjoy your', 'all the best',
            '不打扰您了', '感谢您', '谢谢您', '欢迎再次来电', '有需要随时', '随时联系',
            'have a nice', 'have a good', 'have a great', 'have a lovely', 'thanks for your patience', 'thanks for your time',
            "you're welcome", 'you are welcome', 'my pleasure', '不客气', '多谢', '唔该晒', 'thanks for holding', 'thank you for holding', 'thanks for bearing with me', 'thank you for bearing with me', 'thanks for bearing with us', 'thank you for bearing with us', 'thanks so much', 'thank you so much', 'drive safe', 'thanks for being with us', 'thank you for being with us', 'thanks for staying with us', 'thank you for staying with us', 'thank you for being a customer', 'thanks for being a customer', 'happy new year', 'merry christmas', 'happy holidays', 'best of luck', 'good luck', 'congratulations on', '恭喜您', 'goodnight', 'good night', '晚安',
          ],
          // A thank-you and a goodbye anywhere in the turn: "Thanks Greg, bye.", "Thanks Aaron, enjoy the new tyres. Bye."
          cues: [{ families: [THANKS, ['bye', 'goodbye', '拜拜', '再见', 'see ya', 'see you']] }],
          // A lone 拜 only right after the thanks ("谢谢 拜"), where it cannot be the 拜 of 拜访.
          near: [{ a: THANKS, b: ['拜'], within: 8, withinChars: 8, ordered: true }],
          // The greeting of a short call ("Thank you for calling, how can I help?") is no closing, nor thanks for a check ("Cheers, you're verified", "谢谢您，核实通过了").
          excludeInSegment: ["cheers, you're verified", '谢谢您，核实通过', '谢谢，核实通过', 'how can i help', 'how may i help', 'what can i do for you', 'what do you need', 'how can i assist', '请问有什么可以帮您', '请问有什么需要', '很高兴为您服务'],
        },
      },
      {
        id: 'intent.complaint',
        category: 'intent',
        severity: 'warning',
        type: 'intent',
        description: 'The customer complains or threatens to complain',
        speaker: 'customer',
        match: {
          phrases: [
            '投诉', '举报', '太差了', '太差劲', '不满意', '什么破服务', '银保监', '金融监管局', '消协', '曝光你们', '忍无可忍', '太过分了',
            'complain*', 'ridiculous', 'unacceptable', 'terrible service', 'awful service', 'disgusting', 'outrageous', 'ombudsman',
            'cfpb', 'report you', 'this is a joke', 'fed up', 'sick of', 'unhappy', 'not happy', 'disappointed', 'taking this further',
            'take this further', 'shocking', 'disgraceful', 'useless', 'worst service', 'appalling',
            'pathetic', 'incompetent', 'a disgrace',
            '告你们', '起诉你们', '打官司', '骗人', '坑人', '太坑了', '欺骗', '误导', '要个说法', '讨个说法', '差劲', '服务太差', '太不负责',
            'logged officially', 'formal complaint', 'not acceptable', 'regulator', 'trading standards',
            'what a joke', 'absolute joke', 'disgrace', 'fuming', 'furious', 'let down',
            '不是抢钱', '不是坑人', '不是坑老人', '不是骗人', '不是耍人', '不是欺负人', '坑钱', '上黑猫', '黑猫上', '了个寂寞', 'consumer financial protection', 'sums up the service', '什么态度', '态度太差', '态度差', '态度特别差', '不像话', '太离谱', '维权', '骚扰', '反映到', '向监管', '找媒体', '气死我了',
            // "五年老客户你们就这么对待".
            '就这么对待', '就这样对待', '这么对待老客户', '这样对待老客户', '谁受得了', '乱加手续费', '乱收费', '真是服务一流', '服务一流啊', '服务真是一流', '飞鸽传书', 'top marks', 'makes a customer feel valued', 'report the bank', 'report you to', 'reporting you lot', 'reporting you to', 'report you lot',
            // Unwanted sales calls: "stop calling me", "推销电话天天打".
            'stop calling me', 'keep calling me', 'stop ringing me', 'keep ringing me', 'cold call*', 'sales calls', '推销电话', '天天打电话', '一直打电话给我', '一直打电话来', '一直打电话催', '一直给我打电话', '你们一直打电话', 'being punished for', 'done being polite', '没人干活', '不想再打你们', '跟放屁一样', '说话不算数', '说话不算话', 'posting the whole thing', 'tagging you', '审核不严', '把关不严', '管理不严',
            '@complaint_strong', '@complaint_more_zh', '@complaint_more_en',
          ],
          // The hotlines by number, not inside a phone number (lexicon/complaint.ts).
          regex: HOTLINE_REGEX,
          // "去监管那边反映", "找律师告你们".
          near: [
            { a: ['@complaint_bodies'], b: ['@complaint_report_verbs'], within: 4, withinChars: 8 },
            { a: ['@complaint_lawyer_verbs'], b: ['@complaint_lawyer'], within: 3, ordered: true },
          ],
          // Two weaker cues in one turn: "your service is terrible", "你们银行…第三次了", "太差了…给个说法".
          // "你们APP老是认证不过" (target + runaround) reports a fault; a runaround counts with feeling or a demand.
          cues: [
            { families: [['@complaint_sentiment'], ['@complaint_target'], ['@complaint_demand']] },
            { families: [['@complaint_sentiment', '@complaint_demand'], ['@complaint_runaround']] },
            { families: [['@complaint_sarcasm'], ['@complaint_runaround', '@complaint_wait', '@complaint_not_told', '@complaint_sarcasm_target']] },
            // Called again and fobbed off each time: "我打了三回电话了 每次都说在处理" (cues, so the words alone leave the model free).
            { families: [['打了三回', '打了三次', '打了两回', '打了两次', '打了好几次', '打了好几回', '打了几次', '打了几回', '之前打过', '上次打过', '打过嚟'], ['每次都说在处理', '都说在处理', '没下文', '没人回', '没人跟进']] },
          ],
          // Anger at someone else ("这帮骗子真是缺德", "my sister … she was so fed up") is no complaint about the bank.
          negation: { ...INTENT_NEG, before: [...INTENT_NEG.before, '@complaint_other_target'], after: ['@complaint_self_corrected'] },
          // Praise for how an earlier complaint was handled ("上次投诉处理得挺好的") is not a complaint.
          // "你说靠不靠谱" asks; its 不靠谱 is no grievance.
          excludeInSegment: ['@complaint_praise', '@complaint_called_off', '@complaint_self_blame', '@complaint_not_you', '@intent_not_own', '@retold_not_own', '靠不靠谱', '靠谱不靠谱', 'or something ridiculous'], keepInSentence: ['@complaint_bank_named'],
          // Only a negation right before the context cancels it ("not really happy with how…"); a question a clause
          // earlier ("今天有没有一笔进账 我们有个客户…") does not.
          excludeNegation: { before: ['@neg_before'], ignore: ['@neg_ignore', '有没有'], window: 3, windowChars: 4 },
        },
      },
      {
        id: 'intent.escalation',
        category: 'intent',
        severity: 'warning',
        type: 'intent',
        description: 'The customer asks for a manager or escalation',
        speaker: 'customer',
        match: {
          phrases: [
            '领导', '行长', '你们经理', '你们的经理', '你们的主管', '你们的领导', '更资深', '找经理', '叫经理', '值班经理', '找主管', '你们主管', '你们上级', '你们负责人', '你们的负责人', '找负责人', '叫负责人', '负责人来', '负责人出来', '升级处理', '你们老板',
            '叫主管', '转主管', '主管来', '经理来', '上级来', '说了算的', '谁说了算', '能说了算', '管事的', '上面的人', '你上级', '你领导', '你主管', '你经理', '找上级',
            'in charge', 'someone in authority', 'senior person', 'team leader', 'line manager', 'floor manager', 'duty manager', 'complaints department',
            'speak to someone else', 'talk to someone else', 'someone who can actually', 'next level', 'higher authority',
            // "someone there who actually makes these decisions … who can overrule the computer".
            'who actually makes', 'who makes these decisions', 'who makes the decisions', 'who makes the decision', 'overrule the', 'can overrule',
            'your supervisor', 'your manager', 'a supervisor', 'a manager', 'someone senior', 'escalat*', 'higher up',
            'someone more senior', 'your boss', 'your head office', 'someone above you', 'anyone above you', 'anyone more senior', 'anybody more senior', 'somebody above you', 'anybody above you', 'someone higher',
            '@escalation_strong',
          ],
          // Someone else asked for ("换个人", "换一个人来"), not a transfer told ("终于又换一个人了", "又换个人打").
          regex: ['(?<![又就兑])换一?个?人(?![打了民])'],
          near: ESCALATION_NEAR,
          // "I was all ready to ask for your supervisor": the request verb carries the counterfactual before it.
          // "有没有能说话算数的" asks for one; it negates nothing (for complaints it makes a question: "有没有乱扣钱").
          negation: { ...INTENT_NEG, ignore: [...INTENT_NEG.ignore, '有没有'], through: [...INTENT_NEG.through, 'ask for', 'asking for', 'ask to speak to', 'talk to', 'speak to'], after: ['不找了', '也不找', '就不找了', '找了也白找', '都没有'] },
          // Service roles, superiors of the caller's own, praise, a habit or advice told and waived: lexicon/escalation.ts
          // (escalation_not_asking); retold advice that also takes a complaint away: intent_not_own (and retold_not_own, also churn's).
          excludeInSegment: ['@escalation_not_asking', '@intent_not_own', '@retold_not_own'],
        },
      },
      {
        id: 'intent.churn',
        category: 'intent',
        severity: 'warning',
        type: 'intent',
        description: 'The customer intends to close accounts or leave the bank',
        speaker: 'customer',
        match: {
          phrases: [
            '销户', '销卡', '不用你们银行', '不咋用你们了', '不怎么用你们了', '不用你们的卡', '换一家银行', '换别的银行', '转到别的银行', '把钱都转走', '把钱转走', '别家银行',
            'clos* my account*', 'clos* the account', 'cancel* my account*', 'switch* bank*', 'switch* to another bank', 'mov* my money',
            'mov* my account*', 'mov* the business account*', 'mov* my business account*', 'mov* everything', 'another bank', 'a different bank', 'tak* my business elsewhere', 'leav* your bank',
            'leav* the bank', 'clos* all my accounts', 'cancel* my card', 'cancel* my credit card', 'cancel* my debit card', 'clos* my card',
            'clos* my credit card', '换银行', '换家银行', 'mov* all their accounts', 'mov* their accounts', 'mov* all our accounts', 'mov* our accounts',
            'shut* my account*', 'shut* down my account*', 'shut* it all down', 'terminat* my account*', 'clos* everything', 'mov* my savings',
            'tak* my money', 'tak* my savings', 'pull* my money', 'withdraw* everything', 'better rate elsewhere',
            'close it down', 'close them all', 'close the lot', 'closing the lot', 'another lender', 'a different lender', 'a new lender', 'another provider',
            'a different provider', 'mov* my mortgage', 'switch* my mortgage', 'mov* the mortgage', 'switch* the mortgage', 'better deal elsewhere',
            'better offer elsewhere', 'better deal somewhere else', 'remortgag* elsewhere', 'remortgag* with someone else',
            // Paying the loan off with another lender's money, signing up elsewhere: "I'll pay you guys off when the fix ends".
            'pay you off', 'pay you guys off', 'pay you lot off', 'pay you out', 'pay you guys out', 'pay you lot out',
            '跟你们就两清', '跟你们两清', '以后就在他们那', '在他们那儿存', '在他们那存', 'mov* the portfolio', 'mov* my portfolio', 'mov* the whole lot', 'mov* the lot', 'transfer my pension out', 'transferring my pension out', 'no point staying', 'the mortgage goes', 'decision in principle with', 'agreement in principle with', 'consolidat* everything', 'clos* my isa', 'signing with them', 'sign with them', 'signing up with them', '不走你们行', '不走你们银行',
            '不在你们这存', '不在你们这儿存', '不在你们这里存', '不在你们银行', '钱全部转去', '全部转去', '全转去', '全取出来', '全部取出来', '都取出来', '全转走', '都转走', '全部转走',
            '@churn_strong',
          ],
          // 注销 alone also cancels services (短信提醒); churn is cancelling the card or account (lexicon/churn.ts).
          near: CHURN_NEAR,
          // Counterfactual intent ("本来想销户", "I was going to move…, but") is not churn.
          // Someone else as the actor ("my friend switched banks", "your branch closed my account") is not the caller leaving.
          negation: { ...CHURN_SCOPE, before: [...CHURN_SCOPE.before, '@churn_other_actor', '@churn_past', '@churn_from_other'], after: ['@churn_called_off', '@churn_quoted', '@churn_leave_object'] },
          excludeNegation: CHURN_SCOPE,
          // Remittances, one card of several, a relative's move retold and other look-alikes of leaving: lexicon/churn.ts (churn_not_leaving).
          excludeInSegment: ['@churn_not_leaving', '@retold_not_own', '@churn_internal_move', '@churn_payment_source', '@churn_staying', '@scam_words', '@scam_told', '@bereavement', '@churn_talk_refused'],
          // "I'm staying with you, I just want fewer accounts" said anywhere in the call: closing one account is tidying up.
          excludeInCall: ['@churn_staying'],
        },
      },
    ],
  } satisfies RulePack);
}
