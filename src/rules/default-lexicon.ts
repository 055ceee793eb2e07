import { ACCOUNT_LEXICON, ACCOUNT_READ_OUT_REGEX as ACCOUNT_READ_OUT_BASE } from './lexicon/account.js';
import { ACCOUNT_DISCLOSED_LEXICON } from './lexicon/account-disclosed.js';
import { ACCOUNT_MORE, ACCOUNT_READ_OUT_MORE } from './lexicon/account-more.js';
import { CHURN_LEXICON } from './lexicon/churn.js';
import { CHURN_LEAVING_MORE } from './lexicon/churn-leaving.js';
import { CHURN_NOT_LEAVING_MORE } from './lexicon/churn-not-leaving.js';
import { COMPLAINT_LEXICON } from './lexicon/complaint.js';
import { COMPLAINT_NOT_YOU_LEXICON } from './lexicon/complaint-not-you.js';
import { ESCALATION_LEXICON } from './lexicon/escalation.js';
import { GUARANTEE_LEXICON } from './lexicon/guarantee.js';
import { PHRASINGS_EN } from './lexicon/phrasings-en.js';
import { PHRASINGS_ZH } from './lexicon/phrasings-zh.js';
import { REFUND_LEXICON } from './lexicon/refund.js';

export { ACCOUNT_TRANSFER_NEAR, AGENT_DATED_CHARGE_NEAR } from './lexicon/account.js';
/** Figures of one account read out (account.ts, continued in account-more.ts). */
export const ACCOUNT_READ_OUT_REGEX = [...ACCOUNT_READ_OUT_BASE, ...ACCOUNT_READ_OUT_MORE];
export { CHURN_NEAR } from './lexicon/churn.js';
export { HOTLINE_REGEX } from './lexicon/complaint.js';
export { ESCALATION_NEAR } from './lexicon/escalation.js';
export { GUARANTEE_NOT_A_SALE, GUARANTEE_REGEX } from './lexicon/guarantee.js';
export { REFUND_NEAR, REFUND_REGEX } from './lexicon/refund.js';

/**
 * Shared word lists of the default bank pack (referenced from rules as "@name"). Negation cues are
 * checked in the same clause, a few words / characters before a match; "ignore" lists the look-alikes
 * that contain a cue but do not negate ("不错", "非常", "no problem", "don't worry").
 */
const BASE_LEXICON: Record<string, string[]> = {
  neg_before: [
    '不', '没', '没有', '无法', '不能', '不会', '不可能', '不敢', '没办法', '没法', '并非', '并不', '不是', '非', '未', '别',
    '绝不', '从不', '谁也', '没人', '不得', '不可以', '不允许', '禁止', '严禁',
    'not', 'no', 'never', 'cannot', "can't", 'cant', "don't", 'dont', "doesn't", "won't", "isn't", "aren't", "wasn't",
    "couldn't", "shouldn't", 'nobody', 'no one', 'unable', 'neither', 'nor', 'nothing', 'without', 'avoid', 'none',
    // Cantonese: 唔係保本 ("not capital-protected"), 冇風險.
    '唔', '唔系', '冇',
  ],
  neg_ignore: [
    '不错', '不少', '差不多', '不一样', '不过', '不仅', '不但', '不管', '不用担心', '别担心', '没问题', '没事', '不用怕', '不好意思', '没关系', '不客气',
    // 非法集资 (illegal fundraising) names a crime; its 非 negates nothing.
    '非常', '非法', '未来', '没错', '不久', '无论', '唔该', '唔好意思', '唔使客气', '冇用', '冇问题', '冇事',
    'no problem', 'no worries', 'not only', "don't worry", 'dont worry', 'no doubt', 'not just', 'no matter', 'nothing to worry',
    // "It better be, because if not I'm taking the accounts over to First Citizens": the condition threatens, it does not deny.
    'if not',
    // "No I want…" / "不不，我要…" (ASR often drops the comma): the interjection answers, it does not negate.
    'no i', 'no no', 'oh no', '不不', '不是我说',
    // Calming the caller ("先生您别急 我先核实身份", "don't stress") is not a negation of what follows.
    // Grievance words that hold a 不 but negate nothing after them ("客服说了不算 把你们行长叫来").
    // Requests, not negations: "能不能让你们主管跟我谈".
    // Approval called certain is no condition ("这个肯定能批下来").
    '肯定能批下来', '一定能批下来', '肯定批下来', '保证批下来',
    // A complaint's facts, not negations: "两天钱不到账谁受得了".
    '不到账', '没到账', '拿着不动', '放着不动',
    // A fault told with a potential complement ("电话打不进 APP也登不上 我真的是受够了") negates nothing after it.
    // ...and a card no longer needed ("就是这张卡用不上了，别的都不动").
    '登不上', '登不进', '打不进', '打不通', '进不去', '接不通', '刷不了', '用不了', '用不上',
    // "你这边权限不够 能拍板的人来跟我谈": not enough of something, not a negation of the request.
    '不够', '没用', '高攀不起', '不用管',
    // "要不你让你们经理跟我说" suggests; it negates nothing.
    '要不你', '要不您', '要不让',
    '非得', '非要', '非把', '能不能', '可不可以', '能否', '可否', '行不行', '好不好', '是不是', '会不会',
    // Grievances said as statements: "一点音讯都没有 石沉大海".
    '音讯都没有', '一点音讯', '没有音讯', '没有回音', '都没人回',
    // Comparisons and statements, not negations: "跟存定期没啥两样 本钱一分都少不了", "侬做不了主 叫侬拉领导来".
    '没啥两样', '没什么两样', '没两样', '没区别', '没啥区别', '没什么区别', '没啥差别', '做不了主', '做唔到主',
    // Statements that end a clause ("我一样都不用了 存款也全部取走"): their 不 negates nothing after them.
    '不用了', '不要了', '不存了', '不来了', '不干了', '不想留了', '不想要了', '不办了', '不想用了', '不换了', '处理不好', '处理不了', '解决不了', '办不好', '弄不好', '刷不了', '用不了', '取不了', '付不了', '转不了', '登不上',
    '说了不算', '说的不算', '不算数', '不行', '受不了', '忍不了', '不满', '不公平', '不合理', '不靠谱', '不专业', '不负责', '不像话',
    '别急', '别着急', '不着急', '不要着急', '不要急', '别慌', '别紧张', "don't panic", "don't stress", 'dont stress', 'no need to worry', 'not to worry',
    // 别的 / 别人 / 别家 / 别处 are "other", not 别 "don't": "就是这张卡用不上了，别的都不动" keeps the rest.
    '别的', '别人', '别家', '别处',
  ],
  /** In a customer's complaint "别" / "don't" is part of the grievance ("别忽悠我", "don't fob me off"). */
  grievance_not_negation: [
    '还不给', '都不给', '不给提', '打不开', '看不了', '不用跟我说', "you don't need to tell me",
    '别忽悠', '别敷衍', '别糊弄', '别骗', '别再', '不要再', '别跟我', '别推', '别拿', '别给我', '不要跟我', '不要忽悠', '不要敷衍', '别耍',
    "don't give me", "don't fob", "don't tell me", "don't try", "don't you dare", "don't lie", "don't mess",
  ],
  /** A negation's scope ends at a consequence or contrast: "不退钱我就投诉", "not that I want to, but I'm leaving". */
  scope_breaks: [
    '就', '否则', '不然', '要不然', '但', '但是', '可是', '只是',
    // A sentence-final 了 closes the negated statement ("就不走你们行了 定期到期也转到中行去").
    '了',
    // A condition ends at 的话: "这个年费不退的话 我所有的卡都销了" threatens, it does not deny.
    '的话',
    'then', 'or else', 'otherwise', 'or i', 'but',
    // A new demand starts a new clause even without punctuation ("…有没有人管我要投诉").
    '我要', '我想', '我必须', 'i want', "i'd like", 'i wish', "i'll", 'i will', "i'm going to", 'i am going to', "i'm gonna", "i'm just gonna", "i'm just going to", "i'll just",
  ],
  /** Reported speech: the agent quotes someone else's promise to warn against it. */
  quoted: [
    '如果有人', '有人跟您说', '有人说', '谨防', '警惕', '所谓的', '所谓',
    'anyone offering', 'anyone promising', 'anyone who promises', 'anyone who offers', 'if someone', 'if anyone', 'beware', 'watch out for',
  ],
  neg_after: [
    '要看调查结果', '看调查结果', '以调查结果为准', '要看审核', '看审核结果', '是不存在的', '不存在', '不等于以后', "doesn't mean it", 'does not mean it', '是违规的', '违规', '已经没有了', '早就没有了', '已经取消', '是骗人的', '骗人', '是不可能的', '是假的', '不准确', '是错误的', '是不对的', '说法不对',
    "doesn't exist", 'does not exist', 'is not allowed', 'are not allowed', 'is a scam', 'are a scam', 'is a red flag',
    "isn't possible", 'is not possible', 'is impossible', 'no longer exist*', 'are illegal', 'is illegal', "don't exist", 'do not exist',
    "i can't make", 'i cannot make', "can't make", 'cannot make', "i can't give", "can't give you",
    '不代表未来', '不代表以后', '不代表将来', '是没有保证的', '没有保证', '没有保障', '不能保证', '无法保证', '是不能保证的', '不一定', "isn't guaranteed", 'is not guaranteed',
  ],
  /** "fund" alone is matched by a rule regex that skips the verb ("fund it from my card"). */
  wealth: [
    '投连', '业绩基准', '结构性产品', '挂钩型', '理财产品', '理财', '基金', '年化收益', '收益率', '业绩比较基准', '投资产品', '净值型', '资管', '私募', '信托产品',
    '定投', '结构性存款', '结构性票据', '结构化票据', '挂钩沪深', 'structured note', 'structured notes', '分红险', '万能险', '投连险', 'endowment plan', 'endowment policy', 'qdii', '美股', '港股', '投资组合', 'autocallable', 'auto-callable', 'euro stoxx', 'index-linked', 'index linked', '贵金属', '纸黄金', '积存金', '债券', '净值',
    'index tracker', 'market note', 'market-linked', 'market linked', 'money market fund', 'money market funds', 'capital plus note', 'linked note', 'protected note', 'dual currency', 'dual-currency', 'structured deposit', '双币理财', '双币存款', '双币种理财', '双币种存款', '双币投资', 'mutual fund', 'managed portfolio', 'stocks and shares', 'equity fund', 'bond fund', 'growth fund', 'tracker fund', 'investment isa', 'index fund', 'investment product', 'investment', 'investments', 'portfolio', 'wealth management',
    // A pension annuity in payment is income, not an investment sold; a variable one is invested.
    'annual return', 'annualised return', 'annualized return', 'bond', 'bonds', 'equities', 'stocks', 'shares', 'variable annuity', 'variable annuities',
    // A life policy whose cash value is invested: "a variable universal life policy … the cash value is invested in the market".
    'variable universal life', 'variable life policy', 'invested in the market', 'invested in the stock market',
    // "our FutureStart unit-linked savings plan … a life policy that invests your monthly payments in a range of funds".
    'unit-linked', 'unit linked', 'range of funds',
    // An annuity sold as riding the market: "it goes up with the market but never down".
    'goes up with the market', 'grows with the market', 'tied to the market', 'linked to the market',
    'indexed annuity', 'indexed annuities', 'growth annuity', 'structured annuity', 'structured growth',
    'structured product', 'unit trust', 'etf', 'wealth product', 'wealth products', '教育金保险', '年金保险', '增额终身寿', '分红型', '分红保险', '万能型', '投资型保险', '投资连结', 'investment-linked', 'ulip', 'growth note', 'investment note', 'capital protected', 'capital-protected', 'ftse', 'stock market',
  ],
  /**
   * Words that take a complaint and an escalation alike out of the caller's own mouth (both rules' excludeInSegment):
   * someone else's advice or demand retold and declined ("a colleague of mine complained to you guys … I'm just calling to
   * check", "my brother said I should ring up and demand a manager and threaten to go to the ombudsman. Honestly, I don't
   * want to do any of that", "我老公在旁边一直嚷嚷说要打12378投诉你们 还要找你们经理 我觉得没必要", "同事说她…说要投诉你们 还说要找
   * 你们经理"), and a how-to asked in advance ("if a big transfer ever went wrong, … who would I escalate it to?"). Retold words that
   * also take a leaving away (嚷嚷说要, 我觉得没必要, "with her bank" …) are in retold_not_own below, which churn uses too.
   */
  intent_not_own: [
    // A brother's old row disowned: "said he'd take you to the ombudsman. I'm not calling about that … I'm nothing to do with it".
    "i'm not calling about that", "i'm nothing to do with", "said he'd take you", "said she'd take you",
    // A partner's, a friend's or a mate's push retold and refused: "My business partner … keeps saying we should switch banks and go
    // complain to your manager … but I told him no", "她说要找你们经理投诉你们银行。我跟她说这跟银行没关系嘛", "My mate reckoned I
    // should complain to the ombudsman … but honestly I'm not fussed".
    'keeps saying we should', 'keeps saying i should', 'i told him no', 'i told her no', '跟银行没关系', '她说要找', '他说要找', 'reckoned i should', "i'm not fussed",
    'colleague of mine', '同事说', "don't think that's necessary", "don't want to do any of that",
    'who would i escalate', 'ever went wrong',
    // A friend's plan retold: "我朋友还说要是场地不退就去投诉他们，我看看吧".
    '朋友还说',
    // A son's or daughter's complaint that never was, and the caller's own none: "he said he'd have put in a complaint … but
    // honestly it was fine", "我女儿说…说要投诉你们，我说那有啥，人多嘛。我不投诉啊".
    "he said he'd have", "she said she'd have", 'honestly it was fine', '我不投诉', '我说那有啥',
    // A husband's grumble retold and talked down, and someone else's disappointment: "My husband's been grumbling that he wants to
    // go to the ombudsman about the rate, but honestly I told him it's fine", "Ah. He'll be disappointed."
    'been grumbling that', "told him it's fine", "told her it's fine", "he'll be disappointed", "she'll be disappointed", "they'll be disappointed",
    // A neighbour's complaint retold: "my neighbour had a nightmare with his heat pump loan somewhere else, he complained to the FCA".
    'my neighbour had', 'my neighbor had',
    // A husband's advice set aside, and a client's anger at the caller's own firm retold: "My husband said I should demand a manager,
    // but honestly I'm sure you can sort it", "我客户气坏了，说要去投诉我们那个记账公司".
    'said i should demand', "i'm sure you can sort", '我客户气坏了', '我客户说要', '我的客户说要',
    // A shop owner's plan with his own bank retold: "he said he'd complain to his bank and get it escalated on their end".
    'complain to his bank', 'complain to her bank', 'escalated on their end',
    // A fellow villager's complaint about another bank retold: "我有个老乡 … 他气得打了一二三七八去投诉那家银行".
    '有个老乡', '投诉那家银行',
    // Advice from a clinic and a supplier's threat retold: "My dentist's receptionist told me I should 'escalate it with the insurer'",
    // "诊所前台跟我说…让我打电话'找你们主管'，还说可以去投诉你们", "He's furious with me, he said he'd escalate it to his own bank manager".
    'with the insurer', 'about the insurer', '前台跟我说', '还说可以', 'his own bank', 'her own bank', 'furious with me',
    // A complaint asked about for later and disowned: "if I wanted to complain about something down the track, who would I even talk
    // to? Not that I do."
    'if i wanted to complain', 'not that i do',
    // A neighbour's complaint retold beside the caller's own none: "My neighbour complained to your branch last month about the QR,
    // but for me, no problem".
    'my neighbour complained', 'my neighbor complained', 'but for me, no',
    // A manager thought of until the answer came: "我刚才还想着不行就让你们主管来处理，现在不用了".
    '刚才还想着', '现在不用了',
    // A neighbour's threat retold (not 我隔壁: "我隔壁那家都在农商行开的户" compares banks): "我隔壁那个开炸串店的老板说…还说要投诉你们".
    '还说要投诉',
    // A fellow driver's advice and his own call retold: "我一个一起跑车的哥们儿说，车贷要延期还得找你们领导批", "他上次打电话非要找经理 … 那我不找领导",
    // "My mate who also drives said … you've got to demand a manager".
    '哥们儿说', '哥们说', '他上次打电话', '她上次打电话', '不找领导', 'my mate who',
    // A client's demand retold and laughed off (round 192): "a client in Australia says their payment to me bounced … they even said they
    // wanted to talk to your manager, which, you know, okay", "那家伙 … 还怪我，说要打电话给你们经理讨说法，你说好不好笑".
    'they even said they', 'he even said he', 'she even said she', '你说好不好笑',
    // Advice to demand a supervisor set aside, a wife's urging waved off, and a manager asked of a kennel's front desk (round 193): "my
    // accountant told me I should demand a supervisor straight off, but honestly I think you can probably just help", "我媳妇在旁边叫我直接找
    // 你们领导，我说找啥领导", "我当时就跟他们前台说叫你们经理出来".
    // A boss's fury retold (round 194): "My boss Mr Dobson was fuming yesterday, wanted to speak to your manager", "上周我们老板气坏了，说要找你们
    // 行长，还说要把钱全转走" (in retold_not_own below, which churn uses too).
    // A branch manager who came to explain ("后来你们网点的经理跑来解释了") was no manager asked for.
    '经理跑来', '经理过来解释', '经理来解释',
    // A foreman's and a wife's push retold and set aside (round 195): "My foreman wanted me to ring and demand your manager … I told him not
    // to bother", "My foreman will be disappointed there was no drama", "She said to ring and ask for a manager, but I think it's just the school".
    // "My skipper said if the bank gives me any grief I should ask for a manager straight away, but I'm sure we don't need that" (round 197).
    "i'm sure we don't need", 'i should ask for a manager', 'said if the bank gives',
    // An ex-husband's threats and a boss's errand retold (round 198): "我前夫还说他要把在你们这的卡都销了", "那我前夫说要找你们经理投诉我，他找得到吗？",
    // "老板让我来办个公司卡的副卡，说要不行就找你们经理，我就先打打看".
    '我前夫还说', '我前夫说', '我前妻说', '我前妻还说', '老板让我来', '我就先打打看',
    'wanted me to ring', 'wanted me to ask for', 'told him not to bother', 'told her not to bother', 'will be disappointed', 'she said to ring', 'he said to ring',
    'told me i should demand', 'told me to demand', 'you can probably just', '在旁边叫我', '找啥领导', '找什么领导', '跟他们前台说',
  ],
  /**
   * Someone else's advice, plan or move retold and declined, which takes a complaint, an escalation and a leaving alike out of
   * the caller's own mouth (excludeInSegment of all three intent rules; intent_not_own serves complaint and escalation only,
   * churn_not_leaving churn only): "我老公在旁边一直嚷嚷说要打12378投诉你们 … 我觉得没必要", "我哥一直嚷嚷说要把我爸的钱全转到他开户的
   * 那家银行去".
   */
  retold_not_own: [
    '嚷嚷说要', '我觉得没必要',
    // Someone else's anger retold: "我们另一个同工气得说要换银行", "我室友…她气得说要打电话投诉你们", "我同事 … 气得说要找你们经理理论".
    '气得说要',
    // "我老公昨天没查到，还气呼呼地说要找你们经理投诉，我说…没必要".
    '气呼呼地说要',
    // "Our head teacher is furious because a supplier payment bounced, she says she wants to speak to your manager".
    'she says she wants', 'he says he wants', 'our head teacher',
    // "有个小妹说她 … 要把工资卡都换到别的银行去，那是她的事".
    '那是她的事', '那是他的事',
    // A wedding guest's demand retold: "she kept demanding to speak to a manager, that was me, ha".
    'she kept demanding', 'he kept demanding', 'they kept demanding',
    // "My old gaffer … he said it was such a faff he ended up asking to speak to a manager".
    'he ended up asking', 'she ended up asking', 'they ended up asking',
    // A neighbour shouting in the group chat: "那个收钱的老杨天天在群里喊，说要找你们行长，要去告你们银行".
    '在群里喊，说要', '在群里喊说要',
    // A husband's idea refused: "my husband says we should switch banks for the Friends account … but I told him no way".
    'told him no way', 'told her no way', 'told them no way',
    // A bandmate's threats retold and waved off: "He keeps saying he'll go to the ombudsman if we don't sort it, but I told him it's just
    // paperwork", "他天天嚷嚷着说要去投诉你们，我跟他说这是我们自己签的，我没什么意见".
    "keeps saying he'll", "keeps saying she'll", 'i told him it', 'i told her it', '嚷嚷着', '我没什么意见',
    // A cousin's fight with her own bank retold, then disowned: "My cousin had a nightmare with her bank over this, she threatened to
    // go to the ombudsman and ended up switching banks. I'm not going to do anything like that".
    'with her bank', 'with his bank', 'not going to do anything like', "won't do anything like",
    // A mate's story about another bank: "my mate had his held three weeks at another bank, he went to the ombudsman", "My mate had a
    // plan with another bank and they stung him for paying early".
    'my mate had', 'my buddy had', 'my friend had',
    // Advice retold and declined: "my travel agent said I should ring you up, complain and threaten to switch banks", "My sister
    // keeps telling me to complain to you lot and close everything, but honestly I'm not complaining".
    'said i should ring', 'keeps telling me to',
    // "my husband was ranting last night that we should ring and demand a manager, but I said I'd just call and ask".
    'was ranting that', 'ranting last night', 'that we should ring', 'said we should ring',
    // "My accountant said I should complain to the ombudsman and demand a manager, but honestly, I just want it sorted".
    'said i should complain', 'said i should go to the',
    // "My husband was all for going to the ombudsman and demanding a manager, but I told him there's no need, you lot haven't done anything wrong."
    'was all for going', "told him there's no need", "told her there's no need", "haven't done anything wrong",
    'my boss mr', 'my boss was', 'was fuming yesterday', '老板气坏了', '我们老板说要', '老板说要找',
    // A society's chair retold (round 200): "Our chair was fuming this morning, she said she wanted to speak to your manager. But honestly
    // I don't need that", "我们理事长刚才还火大，说要找你们行长理论".
    'our chair was', 'the chair was', 'was fuming this morning', '我们理事长', '理事长刚才',
    // A team captain and a host mum retold (round 201): "上次我们队长打电话过来，说要找你们经理投诉那个冰场", "She's annoyed and says she wants to
    // speak to a manager at her bank" (not bare 我们队长: "我跟我们队长说好了，下个月工资改发到农商行去" is f186-zh-08's own move).
    '我们队长打电话', '队长打电话过来', 'and says she wants', 'and says he wants', 'manager at her bank', 'manager at his bank',
  ],
  /** The customer turns investments down (then buys a deposit): no product is being discussed in that turn. */
  declines_investment: [
    '不买理财', '不要理财', '不做理财', '不想买理财', '不碰理财', '不买基金', '不要基金', '怕亏', '不想冒险',
    "don't want to invest", 'not interested in investing', "don't want any investment*", 'rather not invest', "don't want to risk",
    // "I don't trust the stock market … No funds, no stocks": the caller rules investments out.
    "don't trust the stock market", "don't trust the market", 'no funds, no stocks', 'no stocks, no funds', 'no stocks', '不炒股', '不碰股票', '不买股票',
    // "I don't want any of that stock market stuff at my age" (CDs in an IRA).
    "don't want any of that", 'stock market stuff',
  ],
  /** Says what a product is not ("不是理财", "not an investment") or that no real one does this ("No legitimate investment pays thirty percent a month"). */
  not_a: ['不是', '并非', '不属于', '不算', 'not a', 'not an', 'not those', 'no legitimate', 'no genuine', "there's no", 'there is no', "isn't a", "isn't an", 'rather than', 'instead of'],
  /** Verbs of promising or telling that a negation reaches through ("不能跟您保证一定能退", "can't promise you it's safe"). */
  promise_through: ['保证', '承诺', '担保', '打包票', '确保', '跟您说', '告诉您', 'promise', 'guarantee', 'assure you', 'tell you', 'say that'],
  /** An outcome made conditional on a decision is the process, not a promise. */
  conditional: [
    '如果', '要是', '假如', '一旦', '审核通过后', '审核通过以后', '批下来', '核实后', '调查后',
    'if', 'once', 'assuming', 'provided', 'subject to', 'should the', 'depending on',
    // Best effort is no promise: "我们会尽力帮您拿回来 要看调查结果".
    '尽力', '尽量', 'do our best', 'try our best', 'do my best',
  ],
  /** Somewhere else to take the money: other banks by their everyday short names. */
  other_bank: [
    '别的银行', '其他银行', '别家', '别的行', '招行', '工行', '建行', '农行', '中行', '交行', '邮储', '浦发', '兴业', '民生', '中信',
    '招商银行', '工商银行', '建设银行', '农业银行', '中国银行', '交通银行', '农商行', '农商银行', '农村商业银行', '城商行', '村镇银行', '邮政银行',
    '平安银行', '光大', '华夏银行', '广发', '浙商', '北京银行', '上海银行', '宁波银行', '江苏银行', '微众', '网商', '外资银行', '汇丰', '渣打', '招商', '另外一家', '另一家', '瑞银', '瑞士银行', '摩根大通', '别家私行', '第二间银行', '另一间银行', '国泰', '台新', '玉山', '富邦', '星展', '花旗', '中信银行',
  ],
  counterfactual: [
    // 差点就 beside 差点: 就 is a scope break, so 差点 alone stops at it and would not reach "差点就转去别的银行".
    // "本来都想说找你们领导问问呢，那就不用了".
    '本来都想', '本来还想',
    '本来想', '本来打算', '原本想', '原本打算', '差点', '差点就', '曾经想', '之前想', '还以为', '本以为', '我以为', '本来我想', '我本来想', '想想算了', '还是算了', '寻思', '还当是',
    "thought i'd have to", 'was thinking to', 'was planning on', 'thought i would have to', 'was going to', 'were going to', 'was thinking of', 'was planning to', 'thought about', 'almost', 'nearly', 'half thinking of', 'was half thinking', 'did think about', 'did think of', '本来是想', '原本是想', '不是说我要', '不是说要', '并不是说',
    'was all ready to', 'was all set to', 'was ready to', 'was about to', 'i was gonna', '正准备', '都准备好要',
    // "If you lot hadn't caught it I'd be tempted to go elsewhere, but you have, so no."
    "i'd be tempted to", 'i would be tempted to', "we'd be tempted to",
  ],
  certain_en: ['definitely', '100%', 'hundred percent', 'for sure', 'absolutely', 'you have my word', 'rest assured'],
  promise_zh: ['保证', '承诺', '确保', '担保', '打包票', '包您', '保您'],
  promise_en: ['guarantee*', 'promise*', 'assure*', 'ensure*'],
  returns_zh: ['收益', '回报', '利息', '本金', '赚钱', '盈利', '赚', '年化', '涨回来', '个点'],
  returns_en: ['return', 'returns', 'yield', 'yields', 'profit', 'profits', 'interest', 'gains', 'income', 'growth', 'make money', 'earn*'],
  refund_zh: ['退款', '退还', '退回', '退给', '返还', '退钱', '全额退', '钱退'],
  ...GUARANTEE_LEXICON,
  ...REFUND_LEXICON,
  ...COMPLAINT_LEXICON,
  ...COMPLAINT_NOT_YOU_LEXICON,
  ...ESCALATION_LEXICON,
  ...CHURN_LEXICON,
  ...ACCOUNT_LEXICON,
  ...ACCOUNT_DISCLOSED_LEXICON,
  refund_en: ['refund*', 'money back', 'every cent back', 'every penny back', 'every dollar back', 'all of it back', 'back in your account', 'reimburs*', 'credit it back', 'credited back', 'reverse the charge*', 'get it back', 'charge reversed'],
};

/** The base lists with each family's added phrasings appended (one list per name, as rules reference it). */
export const BANK_LEXICON: Record<string, string[]> = withAdditions(BASE_LEXICON, [PHRASINGS_ZH, PHRASINGS_EN, CHURN_NOT_LEAVING_MORE, CHURN_LEAVING_MORE, ACCOUNT_MORE]);

function withAdditions(base: Record<string, string[]>, additions: Record<string, string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = { ...base };
  for (const add of additions) for (const [name, phrases] of Object.entries(add)) out[name] = [...new Set([...(out[name] ?? []), ...phrases])];
  return out;
}

/**
 * Characters Mandarin ASR confuses with the ones in the pack's key words (same syllable, often a
 * different tone): 保本 → 包本 / 保息 → 报息, 投诉 → 投素, 主管 → 主观, 录音 → 路音, 身份证 → 身份正, 不赔 → 不陪.
 * Kept to characters whose look-alikes do not form other bank words in these phrases (赚/转 and
 * 销/消 are left out: 转钱 and 取消 are ordinary).
 */
export const BANK_HOMOPHONES: string[] = ['保宝饱包报', '诉素述塑', '管观馆', '录路露', '证正政症', '赔陪培'];
