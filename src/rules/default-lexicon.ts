/**
 * Shared word lists of the default bank pack (referenced from rules as "@name"). Negation cues are
 * checked in the same clause, a few words / characters before a match; "ignore" lists the look-alikes
 * that contain a cue but do not negate ("不错", "非常", "no problem", "don't worry").
 */
export const BANK_LEXICON: Record<string, string[]> = {
  neg_before: [
    '不', '没', '没有', '无法', '不能', '不会', '不可能', '不敢', '没办法', '没法', '并非', '并不', '不是', '非', '未', '别',
    '绝不', '从不', '谁也', '没人', '不得', '不可以', '不允许', '禁止', '严禁',
    'not', 'no', 'never', 'cannot', "can't", 'cant', "don't", 'dont', "doesn't", "won't", "isn't", "aren't", "wasn't",
    "couldn't", "shouldn't", 'nobody', 'no one', 'unable', 'neither', 'nor', 'nothing', 'without', 'avoid',
  ],
  neg_ignore: [
    '不错', '不少', '不过', '不仅', '不但', '不管', '不用担心', '别担心', '没问题', '不用怕', '不好意思', '没关系', '不客气',
    '非常', '未来', '没错', '不久', '无论',
    'no problem', 'no worries', 'not only', "don't worry", 'dont worry', 'no doubt', 'not just', 'no matter', 'nothing to worry',
  ],
  /** Reported speech: the agent quotes someone else's promise to warn against it. */
  quoted: [
    '如果有人', '有人跟您说', '有人说', '谨防', '警惕', '所谓的', '所谓',
    'anyone offering', 'anyone promising', 'anyone who promises', 'anyone who offers', 'if someone', 'if anyone', 'beware', 'watch out for',
  ],
  neg_after: [
    '是不存在的', '不存在', '是违规的', '违规', '已经没有了', '早就没有了', '已经取消', '是骗人的', '骗人', '是不可能的', '是假的',
    "doesn't exist", 'does not exist', 'is not allowed', 'are not allowed', 'is a scam', 'are a scam', 'is a red flag',
    "isn't possible", 'is not possible', 'is impossible', 'no longer exist*', 'are illegal', 'is illegal', "don't exist", 'do not exist',
  ],
  wealth: [
    '理财产品', '理财', '基金', '年化收益', '收益率', '业绩比较基准', '投资产品', '净值型', '资管', '私募', '信托产品',
    'fund', 'mutual fund', 'index fund', 'investment product', 'investment', 'investments', 'portfolio', 'wealth management',
    'annual return', 'annualised return', 'annualized return', 'bond', 'bonds', 'equities', 'stocks', 'shares', 'annuity',
    'structured product', 'unit trust', 'etf',
  ],
  promise_zh: ['保证', '承诺', '确保', '担保', '打包票', '包您', '保您'],
  promise_en: ['guarantee*', 'promise*', 'assure*', 'ensure*'],
  returns_zh: ['收益', '回报', '利息', '本金', '赚钱', '盈利', '赚'],
  returns_en: ['return', 'returns', 'yield', 'yields', 'profit', 'profits', 'interest', 'gains', 'income', 'growth', 'make money', 'earn*'],
  refund_zh: ['退款', '退还', '退回', '退给', '返还', '退钱', '全额退', '钱退'],
  refund_en: ['refund*', 'money back', 'reimburs*', 'credit it back', 'credited back', 'reverse the charge*', 'get it back', 'charge reversed'],
};
