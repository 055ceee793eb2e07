/**
 * The default bank pack's selling and promising rules: a wealth product's risk disclosure, no guaranteed returns, no
 * refund promised before it is decided, and no full card or ID number read back (assembled in ../default-pack.ts).
 */
import { GUARANTEE_NOT_A_SALE, GUARANTEE_REGEX, REFUND_NEAR, REFUND_REGEX } from '../default-lexicon.js';
import type { Rule } from '../types.js';
import { GUARANTEE_NEG, COMPARED } from './scopes.js';

export const WEALTH_RISK_DISCLOSURE: Rule = {
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
    // nor a foundation (基金会, a charity, whose 基金 is no fund), a grant ("我们出版社申请了一个出版基金的补助", "基金下达的批复文件") or an association's own pot ("the building fund", "my condo
    // management fund payment", a village hall's "roof fund", round 200), nor an employer's share plan paid out ("an employee stock purchase plan … We don't hold shares
    // ourselves, so the shares would sit with the plan's broker").
    // A lottery grant paid in ("from the National Lottery Community Fund") is no fund sold either.
    // Nor is a public insurance fund's payout ("一笔工伤保险基金的入账", round 202) or 公积金.
    // A film's completion bond and a contractor's performance bond are guarantees bought, not investments.
    excludeInSegment: ['completion bond', 'performance bond', 'surety bond', 'bid bond', 'community fund', 'superannuation', 'lottery fund', 'national lottery', 'heritage fund', '是理财吗', '我是理财经理', 'pot has a', 'the pot', 'that pot', 'this pot', 'one called', 'pot called', 'to your main checking', 'to your main account', '是不是理财', '还是理财', 'is that like an investment', 'is that an investment', '算理财吗', '算不算理财', '也算理财', '给您测算', 'is it an investment', 'is this an investment', '@declines_investment', '@deposit_products', 'scam', 'scammer*', 'fraud*', '诈骗', '骗局', '骗子', '荐股群', '投资群', 'whatsapp', 'telegram', 'wechat group', '基金会', '出版基金', '基金的补助', '基金补助', '专项基金', '基金下达', 'building fund', 'relief fund', 'hardship fund', 'memorial fund', 'sinking fund', 'management fund', 'maintenance fund', 'repair fund', '维修基金', 'wedding fund', 'holiday fund', 'emergency fund', 'rainy day fund', 'camera fund', 'roof fund', 'car fund', 'travel fund', 'trip fund', 'tour fund', 'christmas fund', 'tuition fund', 'kit fund', 'minibus fund', 'the one called', 'employee stock purchase plan', 'espp', "don't hold shares", "plan's broker", '@protection_only', '担保基金', '保险基金', '社保基金', '公积金', '投资管理合伙企业', '付款方是一家', '理财小课堂', '理财课堂', '@bond_not_investment'],
    // A capital-and-interest guarantee (保本保息, 稳赚不赔) is only ever said of an investment being sold.
    phrases: ['@wealth', '@investment_guarantee'],
    regex: ["(?<![a-z])(?<!(?:to|can|can't|cannot|could|will|would|won't|don't|we|i|you|they|not|'ll|'d) )fund(?![a-z])(?! (?:it|the|your|my|this|a|an|from|with|by|savings|accounts?)(?![a-z]))",
      // A kind of fund named is the noun, whatever follows: "our Horizon Income Fund this month", "a mix of global funds".
      '(?<![a-z])(?:income|bond|equity|growth|index|balanced|mutual|tracker|dividend|property|investment|managed) funds?(?![a-z])',
      '(?<![a-z])(?:global|international|world|emerging markets?|multi-asset|technology|tech|ethical|sustainable|esg|overseas) funds?(?![a-z])'],
    // "So it's not stocks or anything" asks that the deposit is none (round 196).
    negation: { before: ['@not_a', "it's not", 'it is not'], window: 2, windowChars: 3 },
    excludeNegation: COMPARED,
    excludeScope: 'sentence',
    // A deposit named only to be passed over for a fund is no deposit turn (round 192): "So you could open an easy-access saver, but
    // honestly a lot of our self-employed customers put that money in our Global Growth Fund instead".
    keepInSentence: ['fund instead', 'funds instead', '不如买基金', '不如买理财', '还不如买基金', '还不如买理财'],
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
      'higher risk', 'lower risk', 'risk-rated', 'risk rated', 'out of seven', 'price can move', 'can go up or down', '随市场波动', '低于您交的', 'one to seven scale', 'scale of one to seven', 'medium-low risk', 'low-medium risk', 'medium-high risk', 'low to medium risk', 'medium to high risk', 'may not get back', 'no guarantee', "isn't guaranteed", 'market risk', 'volatile', 'fluctuate*', 'capital is at risk', 'lose money', "can't guarantee", 'cannot guarantee',
      '@risk_disclosed_more_zh', '@risk_disclosed_more_en', '亏损的可能', '亏本的可能', '可能会亏', '可能亏', '会有损失', '有损失', '不承诺保本', '不代表以后', '不代表将来', '上下波动', '有波动',
      'not promise', "can't promise", 'cannot promise', 'not protected', 'lose some', 'lose part',
      // "分红是不保证的", "分红是不确定的 演示利益只是参考": a benefit said not to be certain.
      '不保证', '是不保证的', '不确定的', '只是参考', '不代表实际', '不能承诺保本', '不能承诺收益', '都不能承诺',
      // "零钱通是货币基金 收益会变动": returns said to vary; "the value would be lower than what you paid in, because it's invested and the
      // value moves".
      '收益会变动', '收益会波动', '收益是浮动的', '收益不固定', 'value would be lower than', 'value could be lower than', 'the value moves',
    ],
    // A risk word near the product or investment ("理财产品都有风险", "the fund carries some risk").
    near: [
      { a: ['@wealth', '产品', '投资'], b: ['有风险', '风险'], within: 3, withinChars: 5, ordered: true },
      { a: ['@wealth', 'product', 'investing', 'invest*'], b: ['risk', 'risks', 'risky'], within: 5, ordered: true },
    ],
    // "没有风险" / "不可能亏" are guarantees, not disclosures; so are "you're not gonna lose money" (window 3 words), "I've never
    // had a client lose money", "people don't lose money on it"; "bonds, so it's basically risk-free" names no risk either.
    // A risk taken back in the same turn ("短期是有波动 但是时间拉长了就没有亏的") is no disclosure.
    // Income that varies is the customer's, not the product's risk: "ideal if your brand deal income goes up and down".
    excludeInSegment: ['@disclosure_undercut', 'income goes up and down', 'income go up and down', 'income going up and down', 'earnings go up and down', 'income ups and downs'],
    negation: { before: ['不', '没有', '没', '无', '零', '不可能', '不会', 'no', 'not', 'zero', 'without', "won't", 'never', "can't", 'cannot', "don't", "doesn't", "didn't", 'nobody', 'no one'], after: ['free'], ignore: ['@neg_ignore'], through: ['had a client', 'had a customer', 'had anyone', 'seen a client', 'seen anyone', 'known anyone'], window: 3, windowChars: 4 },
  },
};

export const NO_GUARANTEED_RETURNS: Rule = {
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
};

export const NO_REFUND_PROMISE: Rule = {
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
    // disowned ("您朋友说的肯定能退，我们这边是不能这样承诺的") is none; nor is a card coming back, or shares sold as safe
    // (lexicon/refund.ts: card_coming_back, shares_sold_safe).
    excludeInSegment: ['@card_coming_back', '@shares_sold_safe', '从来没亏过', '从来没有亏过', '不能这样承诺', '不能这么承诺', '群里说的', '@refund_route_told', '@deposit_products', '@wealth', 'financial claims scheme', 'the index', 'locking in', 'paid out every', 'paid out the full', 'every issue we', "can't lose", 'never dipped', 'safe as houses', 'principal is safe', 'principal is guaranteed', 'direct debit guarantee', 'guarantee refund', 'indemnity claim', '分红', 'dividend', 'dividends', '理财', '基金', 'wealth plan', 'wealth product', 'investment', 'fund', 'collect the coupon', 'the coupon', '本金收益', '到期本金', '收益都', 'as safe as', 'down year', 'never had a down year', 'plus the income', 'plus growth', 'never lost money', 'at least get your money back', 'percent a year', 'per cent a year', 'percent every year', 'per cent every year', '没有亏的', '基本没有亏', 'plus the return', 'at maturity', 'losing year', 'a sure thing', 'only goes one way'],
  },
};

export const NO_FULL_NUMBER_READBACK: Rule = {
  id: 'privacy.no_full_number_readback',
  category: 'privacy',
  severity: 'critical',
  type: 'must_not_occur',
  description: 'The agent must not read back a full card or resident id number',
  speaker: 'agent',
  match: { pii: ['bank_card', 'cn_id'] },
};
