/**
 * Families of ways an agent promises a wealth product cannot lose (资管新规: no 保本保收益), written
 * from how sales talk actually sounds rather than from test calls: the product likened to a deposit,
 * the principal declared safe, certainty about gains, denial of any risk, a spotless track record.
 * Referenced from sales.no_guaranteed_returns as "@name".
 */
export const GUARANTEE_LEXICON: Record<string, string[]> = {
  /** Certainty that it goes up or cannot go down ("闭着眼买", "只涨不跌", "can only go up"). */
  gain_certain: [
    '肯定涨', '一定涨', '只涨不跌', '稳涨', '肯定赚', '一定赚', '铁定赚', '准赚', '躺赚', '躺着赚', '闭着眼买', '闭眼买', '闭着眼睛买',
    // A floor promised on a unit trust: "even worst case you confirm get back your money one, it never goes below what you put in".
    'never goes below what you put in', 'never go below what you put in', 'never falls below what you put in', 'confirm get back your money',
    // A past return promised forward: "It's returned nine percent every single year, and that's locked in for you if you come in now".
    "that's locked in for you", 'locked in for you',
    // "本金是保的 利息也是保的 … 只会多不会少", "没有一个客户拿回来比交的少".
    '只会多不会少', '本金是保的', '利息也是保的', '没有一个客户拿回来比交的少', '没有一个拿回来比交的少',
    '十拿九稳', '板上钉钉', '赚定了', '稳赢', '跌不了', '不可能跌', '不会亏本', '亏不到', '赔不了', '不会赔钱', '不会赔本', '不会赔的', '不会亏钱', '稳赚不亏',
    '基本没跑', '基本上没跑', '肯定没跑', '没跑的', '收益有保证', '收益是保证的', '收益保证', '到期保证', '保底', '兜底', '包收益', '包回本', "what you'll get at maturity", 'pretty much certain to get', 'certain to get at least', 'sure to get at least', 'what you will get at maturity', "it's basically fixed", '保证回本', '保证拿回本金', '最少拿回全部', '至少拿回全部', '稳稳赚', '坐着收钱',
    "you'll definitely make", 'you will definitely make', 'definitely make a profit', 'only ever goes up',
    'can only go up', 'bound to go up', 'bound to rise', 'sure to go up', 'sure to rise', 'certain to go up', 'never goes down',
    "can't fail", 'cannot fail', "can't miss", 'sure-fire', 'surefire', 'foolproof', 'fool-proof', 'bulletproof', 'bullet-proof',
    // "That six percent is as good as in your pocket already."
    'as good as in your pocket', 'in your pocket already',
    'as good as banked', 'as good as in the bank', 'capital back regardless', 'your capital back at the end regardless', '给您兜着', '我给您兜着', '给您补上',
    'dead cert', 'guaranteed winner', 'not going to lose', 'not gonna lose', "won't lose anything", 'will only grow', 'only grow', 'can only grow',
    // Cantonese: 唔會蝕 (won't lose), 冇得蝕, 穩賺.
    '唔會蝕', '唔会蚀', '蝕唔到', '冇得蝕', '穩賺', '稳赚', 'nothing to lose', 'impossible to lose', 'no way to lose', 'no way of losing',
    'like printing money', 'free money', 'zero downside', 'guaranteed to come back', 'guaranteed to recover', 'guaranteed to bounce back', 'never get back less', "won't get back less", 'safe whatever happens', "that's guaranteed", 'that is guaranteed', "you'll be up by", 'you will be up by', 'protected against any loss*', 'get back more than you put in',
  ],
  /** Guarantees said only of investments (appliesWhen of disclosure.wealth_risk): a product is being sold. */
  investment_guarantee: [
    '保本保息', '保本保收益', '稳赚不赔', '只赚不赔', '保证收益', '保底收益', '收益有保障', '刚性兑付',
    'guaranteed return*', 'guaranteed profit*', 'guaranteed yield',
  ],
  /** Deposits, which really are capital-protected: a turn about one is not an investment sale. */
  /**
   * A policy or product the caller already holds, being serviced (surrender, cooling-off, what it is worth):
   * "I can see a regular-premium endowment plan", "已经过了犹豫期 现在退保按现金价值退". Not a sale.
   */
  // "系统里确实有一份去年十月的分红型保险，是在网点签的" (a mis-sale complained of).
  holding_serviced: ['确实有一份', '是在网点签的', '笔积存金', '积存金买入', '退保', '犹豫期', '现金价值', '您名下有一份', '看到您有一张', '看到您有一份', 'cooling-off', 'cooling off', 'surrender', 'which policy', 'i can see a', 'i can see an', 'investment services', '您购买的是', '您买的是', 'i can see the plan', "what's been paid in", 'what you paid in', 'currently valued at', 'partial withdrawal', '您这份保单', '这份保单是', '您名下有一笔', '已持有的', '暂停定投',
    // Gold already held, sold or posted ("您积存金账户目前持有一百二十六点五克", "积存金怎么全部卖掉", "卖出积存金二十克，资金状态显示
    // 清算中", "贵金属邮寄走的是保价专线"), a holding read during a mis-selling complaint ("您持有的是一款黄金挂钩的浮动收益理财"),
    // and a merchant's category ("商户类别又是贵金属批发", "商户名是一家网络贵金属店").
    '积存金账户', '卖出积存金', '卖了积存金', '积存金怎么', '全部卖出', '点赎回', '目前持有', '您持有的是', '贵金属邮寄', '保价', '商户类别', '商户名是', '贵金属批发', '贵金属店',
    // A parent's holdings reviewed by a child ("帮母亲梳理名下的理财持仓", "尾号3085名下有两只基金，一只混合型目前市值八万六千元"), and a plan
    // cancelled within its "thirty-day cancellation period".
    '持仓', '名下目前有', '名下有两只', '名下有三只', '目前市值', 'cancellation period', '要赎回的话', '赎回前',
    // A holding named as the customer's ("您名下目前还有一笔私募基金没到封闭期"); money called "the funds"; shares in one's own business.
    '名下目前还有', '名下还有一笔', '您名下的', 'the funds are', 'the funds have', 'the funds will', 'funds are already', 'closely held shares', 'business shares',
    // A holding redeemed, broken early or handed to its team ("上周三赎回的那笔全球科技基金", "an early-exit charge on the fixed-term
    // investment account you broke", "escalate this to the portfolio management team"), and Bond Street, a street.
    '赎回的那笔', '赎回金额', 'exit penalty', 'you broke', 'portfolio management team', 'portfolio team', 'bond street',
    // A policy's premium debit explained, and a surrender valued ("a recurring premium of 412 dollars to Meridian Life",
    // "The current fund value is 21,600 pounds, and there's a one percent exit charge").
    'recurring premium', 'current fund value', 'exit charge',
    // A holding the caller complains was mis-sold: "I can see the investment bond from March".
    'i can see the investment', 'i can see the bond', 'i can see the policy',
    // A trader's holdings and dealing serviced: a fund "bought in your name eighteen months ago" (去年三月…申购的一只), its
    // suitability reviewed, redemptions and their fees (赎回进度, 惩罚性赎回费, 持有不满七天), a transfer of custody (转托管,
    // 哪张卡下面的基金), a regular plan stopped (扣款的定投, 确认终止), a matured structured deposit paid (收益已经在昨天到账,
    // 合同里约定的收益区间), brokerage links (三方存管, 券商) and share-dealing fees ("a flat eight pound fifty per online trade").
    'bought in your name', 'suitability', 'redemption*', 'investment operations', 'might need to be sold', 'cold call',
    '申购的一只', '查到您是', '赎回进度', '赎回费', '持有不满', 'T加', '转托管', '下面的基金', '下面有两只', '扣款的定投', '确认终止',
    '收益已经', '已经在昨天到账', '合同里约定', '基金合同', '三方存管', '券商', 'T 加', 'dealing fee', 'per online trade', 'platform fee', 'share dealing', 'in specie', 'without being sold'],
  /** A product in the news told apart from the caller's deposits, or none held: "存款跟…那个理财产品是两回事", "您名下没有购买任何理财产品". */
  not_this_product: [
    // A salesman's claim checked, and the bank's own disclaimer: "有个光伏安装的业务员跟我说，装他们的板子稳赚不赔 … 是真的吗", "我行不做任何收益保证".
    '业务员跟我说', '不做任何收益保证',
    '理财专线', '理财热线', '财富热线', '需要您咨询', '请您咨询', '咨询理财经理', '这条线只处理', '两回事', '新闻', '理财专区', '理财频道', '全额退', '没有购买任何', '没买任何', '跟那个理财产品不一样', '需要您本人签字', 'completely different thing', 'a different thing from', 'in the news', 'the news is about', 'the issue is one', "isn't affected", 'is not affected', 'did you buy an', "didn't buy any", 'did not buy any',
    // A cross-border scheme's eligibility explained ("北向通是给港澳居民投资内地理财产品的") recommends nothing.
    '北向通是', '南向通是',
    // A company's capital account ("境内WFOE开资本金账户"): its 本金 is no principal.
    '资本金',
    // Shares asked about and steered away from ("I'd steer away from anything invested for money you're holding on someone else's behalf,
    // and I'm not able to give investment advice on this call anyway").
    'steer away from anything invested', 'not able to give investment advice', "can't give investment advice", 'cannot give investment advice'],
  /** The bank denying such a product exists, or a scam's claims and questions about it ("我行没有任何年化百分之十五还保本的产品"). */
  no_such_product: ['we would never call', 'would never call a customer', '我行没有任何', '我们行没有任何', '我们没有任何', '声称', 'scams', 'how you heard about'],
  /**
   * A loan's figures (principal left, the rate on a mortgage) are no investment talk. Bare 贷款 is not here: a policy
   * pitched to a borrower ("我看您贷款还有两年 我们现在有个分红型两全保险") is still a product sold.
   */
  loan_talk: ['apr', '房贷', '贷款利率', '贷款年化', '贷款余额', '贷款本金', '剩余本金', '月供', '提前还款', 'mortgage', 'your loan', 'the loan', 'loan balance'],
  // A savings pot ("my Puppy Fund savings pot"), a deposit paying the demand rate ("是存款，按活期计息") and the terms of early
  // withdrawal ("提前支取的话按活期利率算利息，本金不受影响", "With this bond you can't withdraw early") are deposits too.
  deposit_products: ['存款方案', 'is a deposit account', '通知存款', '零存整取', '也是存款', 'a bank deposit', 'fixed-rate savings', 'fixed rate savings', 'savings pot', 'fund pot', '按活期', '提前支取', "can't withdraw early", 'month certificate', 'deposit program', 'deposit up to', '存单这块', '存单是', '大额存单', '定期存款', '存款保险', 'fixed deposit*', 'deposit insurance', 'deposit guarantee', 'fdic', 'term deposit*', 'a cd', 'cds', 'month cd', 'year cd', 'our cd', 'certificate of deposit', 'certificates of deposit', 'high-yield savings', 'high yield savings', 'apy',
    // UK fixed-rate savings bonds are fixed-term deposits, not the bond market.
    // Hong Kong and Singapore call a fixed deposit a time deposit: "a time deposit might suit you better, your principal is protected there".
    'time deposit', 'time deposits',
    // A cash ISA is a savings account ("The cash Junior ISA pays a variable rate and your capital is safe", round 195).
    'cash isa pays', 'cash junior isa pays', 'cash lisa pays',
    // Deposit insurance told ("五十万以内全额赔付，超过部分按破产清算程序处理，实际上银行倒闭的情况非常少见").
    '银行倒闭', '五十万以内全额',
    // A fixed-rate bond's terms ("On this bond no early withdrawals, so only put in what you won't need for the year").
    'no early withdrawals', 'no early withdrawal',
    'savings bond', 'savings bonds', 'fixed-rate bond', 'fixed-rate bonds', 'fixed rate bond', 'fixed rate bonds', '养老储蓄', '储蓄是保本', '储蓄存款',
    // "Our fixed-term savings account pays a set rate and your capital is protected", "Our one-year fixed bond is four point one
    // percent", "an easy-access saver … covered by deposit protection".
    'fixed-term savings', 'fixed term savings', 'fixed bond', 'easy-access saver', 'easy access saver', 'deposit protection',
    // "Done, two thousand into the one-year bond" (the fixed-rate savings bond named a turn earlier).
    'one-year bond', 'two-year bond',
    // "an instant access business saver at three point one percent variable, and a ninety-day notice account at three point six".
    'notice account', 'notice accounts', 'instant access saver', 'business saver',
    // "our one-year fixed rate business bond pays four point one percent, and that rate is guaranteed for the full term".
    'fixed rate business bond', 'fixed-rate business bond',
    // "It's a normal savings account, no investment risk."
    'normal savings account', 'no investment risk',
    // The deposit scheme's cover on a joint savings bond: "as a joint bond, and the FSCS protection then covers up to a hundred and seventy thousand".
    'fscs protection', 'covered by the fscs', 'fscs cover'],
  /**
   * A bond that is no security: a tenancy's ("I paid my rental bond … went to the Rental Bonds Online account"), a court's, or a
   * tender's ("The tender asks for a bid bond. Can you lot issue one?", a bank guarantee).
   */
  bond_not_investment: ['rental bond', 'rental bonds', 'bond lodgement', 'bond lodgment', 'bail bond', 'bid bond', 'bid bonds', 'tender bond', 'performance bond', 'performance bonds', 'tender guarantee',
    // A builder's retention bond, a guarantee issued to the main contractor (round 195).
    'retention bond', 'retention bonds', 'advance payment bond', 'advance payment guarantee', 'percentage of the bond', 'bond value per year'],
  /**
   * A policy that is protection only, said so ("no investment component and no maturity amount", "这个只是保障，不是投资产品"):
   * no investment is being sold, whatever return the caller asked about (both sides of disclosure.wealth_risk).
   */
  protection_only: ['没有理财功能', '没有投资功能', 'no investment element', 'no investment component', 'pure protection', '只是保障', '纯保障'],
  /** A deposit named as the yardstick ("as safe as a fixed deposit", "比定期强", "跟存定期一样"): the claim is about the product. */
  comparison_before: ['safety of', '当成', '当作', '就当', 'is like', 'same like', 'also like', 'as safe as', 'as good as', 'as secure as', 'just like', 'same as', 'besides', 'than', 'instead of', 'rather than', 'like a', '比', '比起', '相比', '相当于', '等于', '就像', '好比'],
  comparison_after: ['一样', '差不多', '没两样', '没啥两样', '没区别', '似的', '一回事'],
  /** Risk denied outright ("没什么风险", "一点风险都没有", "there's no risk"). */
  risk_denied: [
    '没什么风险', '没啥风险', '基本没风险', '基本没有风险', '几乎没风险', '几乎没有风险', '一点风险都没有', '一点风险没有', '毫无风险',
    '完全没风险', '完全没有风险', '风险为零', '没有一点风险', '不存在风险', '没风险', '万无一失', '冇风险', '冇乜风险', '冇咩风险',
    "there's no risk", 'there is no risk', 'no risk whatsoever', 'no risk involved', 'absolutely no risk', 'without any risk', 'totally risk',
  ],
  /** A spotless history offered as proof ("从来没有出现过亏钱", "never had a losing year"). */
  track_record: [
    // "这款从发行到现在一次都没低过，每期都是最高档，您放心，到期肯定就是百分之三点二，跑不掉的".
    '一次都没低过', '每期都是最高档', '到期肯定就是',
    // "It's paid six percent every single year since launch. Between us, it's never missed, so you'll get your six percent".
    "it's never missed", 'every single year since launch', "so you'll get your",
    // "Paid out four per cent every year for ten years, I've never seen it lose."
    'never seen it lose',
    // "Sir, between us, it has never once dipped, you'll get your five percent, no question".
    'it has never once dipped', "it's never once dipped", 'it has never dipped', "it's never dipped",
    // "这款这几年每次都是顶格，您放心，三点五是肯定能拿到的，跑不了".
    '都是顶格', '是肯定能拿到的',
    // "这款产品历史上从来没低过，每期都是拿到顶的，您就当它是稳稳的四个点", "every tranche we've issued has paid the top rate, it has
    // never paid below it. So six percent is as good as locked in".
    '从来没低过', '都是拿到顶', '当它是稳稳的', 'never paid below', 'has paid the top rate', 'as good as locked in',
    // "这款一直稳稳的，每年六个点左右跑不掉的".
    '一直稳稳的', '个点左右跑不掉', '个点跑不掉',
    // A structured deposit's top tier told as a certainty: "每一期都是拿最高档的，基本不可能拿低档".
    '都是拿最高', '不可能拿低档', '不可能拿最低',
    // "it's hit that every year, so you'll get your six percent", "每期都是三点二，这次肯定也能拿到，跑不掉的".
    'hit that every year', 'hits that every year', '这次肯定也能', '肯定也能拿到',
    // "最差也有三点五，稳稳地拿到手，基本上就是白捡的收益", "跟着我们买的客户这几年没一个亏的，不会让您亏钱的".
    '稳稳地拿到', '稳稳地到手', '白捡的收益', '怎么走都无所谓', '没一个亏', '没有一个客户亏', '不会让您亏钱', '不会让你亏钱',
    '从来没有亏', '从来没亏', '从没亏', '从未亏', '从来没出现过亏', '从来没有出现过亏', '没出现过亏', '没有出现过亏', '历史上没亏', '没出过亏', '从来没出过亏', 'paid out in full', 'your money back plus', "nobody's ever come out", 'money back at the very least', "it's never done that", 'money back no matter', 'no matter what happens in the market', '肯定能涨', '肯定能赚', '保证能赚', '保证能涨', '肯定赚', '肯定是赚的', '长期肯定', 'you can count on that', "doesn't go backwards", 'never goes backwards', 'nobody has ever come out', "nobody's ever lost", 'nobody has ever lost', 'like clockwork', '没有一天是亏', '没有一天亏', '就当定期', '就当存定期', '当定期存着', '就当存了一笔',
    '一直都是正收益', '一直正收益', '从来没有跌', '从来没跌', '没跌过', '没赔过', '从来没赔', '没有人亏过', '没人亏过', '谁买谁赚', '没有亏钱', '就没有亏', '没见过亏', '没有一个亏', '没人亏钱', '按业绩基准兑付', '一期都没少过', '一期都没有少过', '一期也没少过', '都是足额兑付', '按基准兑付', '足额兑付', '全部兑付',
    'never had a losing year', 'never given negative return*', 'never given a negative return', 'never had negative return*', 'never had a negative year',
    '按最高那档', '按最高档', '都是按最高', "hasn't had a single losing year", 'not had a single losing year', 'always comes good', 'always come good', 'never come out behind', 'the bank stands behind it', 'bank stands behind it', 'we stand behind it', 'not one bad outcome', 'never had a bad outcome', '从没让客户吃过亏', '没让客户吃过亏', '没让客户亏过', 'always paid out what it said', 'always paid out in full', 'always paid what it said', 'not one of them finished below', 'never finished below par', 'none of them lost', 'not one of them lost', 'not one client has lost',
    // "每年至少百分之三点五，这个是保证的，怎么都不会低于这个数", "每一期都是拿到最高档，您到期肯定能拿到百分之四".
    '这个是保证的', '怎么都不会低于', '拿到最高档', '肯定能拿到百分之',
    '按上限兑付', '就没掉过', '没掉过', '一次都没亏', '一期都没亏', '一次也没亏', '从来没有一期亏', '没有一期亏', '按比较基准给', '都按基准', 'never lost a penny', 'never lost a cent', 'never lost anyone', 'nobody has ever lost', 'no one has ever lost',
    'always bounce back', 'always bounces back', 'always come back', 'always comes back', 'never seen it finish a year in the red', 'never finished a year in the red', 'never ended a year in the red', 'never been in the red', "hasn't lost money", 'has never lost', 'never once lost', 'always gone up', 'always made money', 'never gone down',
    'single down year', 'never had a down year', '闭着眼睛都是赚', '闭着眼睛都赚', '闭眼赚', '没让一个客户亏', '把心放肚子里', '没有让客户亏', '没让客户亏', '亏过一分钱', '政府还能不还钱', 'always get at least what you put in', 'at least what you put in back', '稳稳到手', '稳稳拿到', '放心拿着就有', 'never had a client lose', 'never had anyone lose', 'never seen a client lose', 'never seen anyone lose', "hasn't had a down year", 'never missed the top', 'not had a down year', "nobody's lost", 'nobody has lost', 'no one has lost',
    // Cantonese: 从来冇一期亏过, 冇亏过.
    '冇一期亏过', '从来冇亏', '冇亏过', '冇蚀过', '本金利息一齐返',
    // The agent's own clients as proof: "none of my clients have ever lost a cent in it", "nobody who's held it for three years or more
    // has ever lost a penny. It's as good as guaranteed, really."
    'as good as guaranteed', "nobody who's held it", 'nobody who has held it',
    'none of my clients have ever lost', 'none of my clients has ever lost', 'none of my clients have lost', 'none of our clients have ever lost',
    'none of our clients have lost', 'none of my customers have ever lost', 'none of our customers have ever lost', 'not one of my clients has ever lost',
    // "I'd be shocked if you lost a penny … it's guaranteed to give you at least four percent a year".
    'shocked if you lost', 'guaranteed to give you', 'guaranteed to pay you', 'no way you lose',
    // "这期三点二肯定拿得到 我们之前每期都是顶格兑付的".
    '顶格兑付', '肯定拿得到',
    // "年化百分之五是锁死的，到期肯定给您，我们从来都是这么兑付的".
    '是锁死的', '都是这么兑付',
    // "前五年年化都在百分之六以上，以后只会更好，您就放心拿收益吧".
    '以后只会更好', '放心拿收益',
    // A structured deposit's range told as its floor: "最少也有三个点，跑不了的 … 我们这个产品一直都是拿最高档".
    '最少也有', '一直都是拿最高',
  ],
  /** A risk named and taken back in one turn: "短期是有波动 但是时间拉长了就没有亏的 … 翻个倍没问题". */
  disclosure_undercut: ['就没有亏的', '就不会亏', '翻个倍没问题', "long term you won't lose", 'long term you will not lose', "long run you won't lose", 'long run you will not lose'],
  /** The principal or capital declared safe (paired with safe_words by proximity). */
  principal: ['本金', '本钱', '本儿', 'principal', 'capital', 'initial investment', 'original investment', 'your stake', 'what you put in', 'the amount you invest*'],
  safe_words: [
    '很安全', '绝对安全', '非常安全', '是安全的', '安全得很', '百分百安全', '有保障', '有保证', '不会少', '少不了', '跑不了', '不会损失',
    '没有损失', '不会有损失', '丢不了', '保得住', '稳稳', '一分不少', '妥妥', '不会动', '不用担心', '放心',
    'safe', 'totally safe', 'completely safe', 'protected', 'secure', 'guaranteed', 'locked in', 'basically locked in', 'intact', 'untouchable', 'ring-fenced', 'ringfenced',
  ],
  /** Strong safety words: a guarantee only when an investment word is in the same turn (cue families). */
  safety_strong: [
    // "您等着收钱就行" also closes a refund promise: a guarantee only in a turn about an investment.
    '等着收钱', '跑不了的',
    '非常安全', '很安全', '特别安全', '百分百安全', '百分之百安全', '十分安全', '完全安全', '安全得很', '稳当得很', '最安全', '稳妥得很',
    'totally safe', 'completely safe', 'perfectly safe', '100% safe', 'absolutely safe', 'a hundred percent safe', 'rock solid', 'rock-solid',
    // "放一百个心" reassures about anything ("这钱您就当已经回来了，放一百个心" is a refund promise).
    '放一百个心',
    // "my authority only goes up to a small increase" is a limit: 'only goes up' promises only beside an investment word.
    'only goes up', 'only go up',
    // "you'll get your six percent, I guarantee it" (a refund is guaranteed the same way).
    'i guarantee it',
    // "Maybe an invoice if they ask, but it's basically guaranteed" (a dispute's outcome: a refund promise, judged by its own rule).
    'basically guaranteed', 'practically guaranteed',
    // Past returns projected forward: "过去五年每年都有百分之八左右，以后肯定也差不多这个水平" (a cue: only beside an investment word).
    '以后肯定也', '将来肯定也', '往后肯定也', '今后肯定也', '以后也肯定', '以后一定也', 'will definitely keep doing', "it'll definitely keep", 'sure to keep doing that',
    '好稳阵', '稳阵', 'safe as can be', 'as safe as it gets', 'safest thing', 'no safer', 'super safe', 'ultra safe', 'ultra-safe',
  ],
  investment_words: [
    '本金', '收益', '回报', '投资', '这款产品', '这个产品', '产品',
    'fund', 'funds', 'principal', 'capital', 'return', 'returns', 'invest*', 'this product', 'the product', 'plan', 'money market fund', 'money market funds',
  ],
  /** Certainty words paired with movement of value ("definitely go up", "certainly grow"). */
  value_moves_en: ['be back above', 'back above what you paid', 'bounce back', 'go up', 'goes up', 'rise', 'grow', 'gain', 'gains', 'pay off', 'make money', 'make you money', 'earn', 'double'],
  certainty_extra_en: ['certainly', 'surely', 'without a doubt', 'no doubt', 'guaranteed'],
};

/**
 * Likened to a deposit or government debt, with a safety word: "跟存定期一样安全", "比存款还稳",
 * "as safe as a fixed deposit", "basically a savings account". Short, guarded patterns (≤ 200 chars each).
 */
export const GUARANTEE_REGEX: string[] = [
  // A rate figure called certain: "基本上就是锁定三点八了 到期肯定是拿三点八的".
  '(?:肯定|一定|保证|锁定)(?:是|能|可以)?(?:拿|有|给您)?[零一二三四五六七八九十两][点.][零一二三四五六七八九]',
  '(跟|和|同|像)(银行)?(存款|存定期|定期存款|定期|存银行|存在银行|银行存款|储蓄|国债)(一样|似的|差不多|没区别)[的都也很是]{0,3}(安全|稳|保险|放心|有保障|保本|靠谱|踏实|不会亏)',
  '安全(性|程度)?(跟|和|同|像)(银行)?(存款|存定期|定期存款|定期|存银行|国债)(一样|差不多|没区别)',
  '比(银行)?(存款|存定期|定期|存银行|国债)(还|更)(安全|稳|保险|靠谱|踏实)',
  '(相当于|等于|就当|当成|当作)(是)?存?了?(一笔|一个|个)?[^，。,.]{0,8}(定期|存款|存银行|存单)',
  'as (safe|secure|solid|risk-free|safe and sound) as (a |an |the |your |money in |cash in )?(fixed |term |bank |savings |cash |time )?(deposit|savings|bank|cash|cd|gilts?|treasur)',
  '(just like|same as|no different from|as good as|as safe as) (a |an |your )?(fixed |term |bank |savings |time )?(deposit|savings account|cd)(?![a-z])',
  '(like|as good as) money in the bank(?! account)',
  // "Bonds don't really go down like shares do": not "you don't go down to the branch".
  "(don't|doesn't|do not|does not) (really |usually |ever |tend to )?go down(?! (to|the|that|there|a|an|this|into|at|in)(?![a-z]))",
  "(basically|(think of it|treat it)( pretty much| basically| more or less)? (as|like)|it's like|call it) (a|an|your) (savings account|deposit|fixed deposit|cd|bank account|term deposit)",
  '(跟|和|同|像)(银行)?(存款|存定期|定期存款|定期|存银行|大额存单|存单)(其实|基本|基本上|也)?(差不多|没两样|没区别|一个样|差唔多|一模一样|一样|一回事)(?![高低多少好])',
];

/**
 * Segments where a safety or certainty word is no investment promise (sales.no_guaranteed_returns' excludeInSegment):
 * deposits really are protected (deposit insurance, fixed-term interest), and money recovered or refunded
 * ("一分不少给您追回来") is a refund promise, judged by its own rule.
 */
export const GUARANTEE_NOT_A_SALE: string[] = [
  'fixed deposit', 'deposit guarantee', 'deposit insurance', 'fdic', '存款保险', '定期存款', '大额存单', 'annuity', 'annuities', 'a cd', 'high-yield savings',
  // A deposit withdrawn early ("提前支取的部分按活期利率计息 本金不受影响") is a deposit fact.
  '@deposit_products', 'fscs', 'savings deposit', 'deposit scheme', 'deposit protection',
  // Money back promised on a mis-selling complaint is a refund promise, judged by its own rule.
  'mis-sell*', 'mis-sold', '误导销售', '销售投诉',
  // So is compensation for costs ("这些费用我帮您申请补偿，您放心，肯定给您补上").
  '申请补偿', '补偿申请',
  // The agent restating the complaint ("您反映的是销售人员承诺保本的问题") quotes it.
  '您反映', '反映的是', 'you were told', 'you say you were told',
  // The customer's requirement, answered with a deposit: "要是您要求本金绝对安全 那还是存款或者国债更合适".
  '还是存款', '国债更合适', '只有存款', '存款才是保本', '存款才保本', 'only deposits are', 'the right tool',
  // Savings recommended over the fund (round 192): "money you need within a year or two is probably better in savings, which are protected
  // and won't go down".
  // "a savings account at four percent might be better, because that's a deposit and your capital's protected" (round 197).
  "that's a deposit", 'that is a deposit',
  'better in savings', 'better off in savings', 'better kept in savings', 'savings, which are protected', 'savings which are protected',
  // A refund's wait: "我这边已经帮您提交了重复扣款核查工单 … 对，一分不少，您就安心等着就行" (a refund promise, judged by its own rule).
  '安心等着就行', '您就安心等着',
  // A deposit set against the product sold: "存款是保本的，投连险不是".
  '存款是保本', '存款保本的',
  // A deposit's own safety told beside a loan ("存款虽然不会亏本 但利息比房贷低"), and a structured deposit's floor as its downside
  // ("达不到可能只拿到一点五的保底部分", "最差就只拿到说明书里写的保底年化 … 千万不要按最高去预期").
  '存款虽然', '存款是不会亏', '存款不会亏', '保底部分', '只拿到保底', '只能拿到保底', '只有保底', '不要按最高',
  // "十拿九稳，您就等着钱回来吧" (a disputed payment, judged by the refund rule).
  '等着钱回来', '钱回来吧',
  // A structured deposit's principal told with its floating part ("本金有保障 但是收益是浮动的", "浮动那部分完全有可能拿不到"); its floor sold as a
  // sure rate ("保底收益百分之三 … 最差也是三个点，放心") is a promise.
  '收益是浮动的', '收益浮动', '浮动的部分', '浮动那部分', '可能拿不到', '有可能只拿到',
  // Fees waived or reversed ("账单上这三百多就给您冲掉了 一分都不会少") are refund promises, judged by their own rule (not bare
  // 手续费: "稳赚不赔的，收益拿来抵手续费都够了" sells); a universal-life policy's contractual 最低保证利率 is no promise.
  '减免', '冲掉', '手续费给您', '手续费退', '退手续费', '手续费不收', '年费减免', '最低保证利率', '免年费', '年费退', '退年费', '年费给您', 'fee reversal', 'reverse the fee', '工单', '赔给您', '赔付', '没有任何风险提示', '没有风险提示',
  '追回', '退款', '退回', '退到', '退还', '全额退', '退给您', '给您退', '都退', '全退', '全部退', 'as a credit', 'credited back', 'reversed', '补回来', '损失', '能退', '要回来', '整回来', '弄回来', '钱拿回来', '帮您拿回来', '给您拿回来', '盗刷', 'refund*', 'chargeback', 'reimburs*', 'fraudster*', 'fraudulent', 'a fraud', 'fraud claim*', 'scam claim*', 'the receiving bank', 'fraud case', 'fraud team', 'reversing', '诈骗', '骗局', '@no_such_product',
  // An insurance claim paid out ("肯定能赔 … 一分都不会少") is a claim, judged by the refund rule.
  '理赔', '能赔', '报销', 'insurance claim', 'your claim', "that'll be paid out", "it'll be paid out", 'will be paid out in full',
  // Cashback (返现) is a card benefit, and a dispute filed with a credit date ("I'm filing it now and it'll be credited by
  // Friday") is a refund: neither is an investment, whatever certainty word comes with it ("a no-brainer").
  '返现', "it'll be credited", 'it will be credited', "i'm filing it", 'filing a dispute', 'the dispute',
  // Costs the bank offers to cover ("we'll cover the rebooking fees") are compensation, judged by the refund rule.
  "we'll cover the", 'we will cover the',
  // A disputed payment promised back by a date ("you'll definitely get it back by Friday, these always come back") is a refund.
  'get it back by', 'have it back by',
  // "you'll definitely get that back … it's a dead cert", "That money's as good as back in your account, these ones always come back".
  'get that back', 'back in your account', 'as good as back in your', 'these ones always come back',
  // A duplicate debit made good ("这个肯定是系统重复了 这钱我们一定给您补上") is a refund too.
  '系统重复', '重复扣', '扣了两次', '差错处理',
  // An insurance claim's payout promised ("the insurer will pay out in full") is a refund promise, judged by its own rule (not
  // bare "the insurer": "the insurer backs it, so you really can't lose" sells an investment).
  'insurer will pay',
  // A loss made good ("这笔钱您就当没丢，我们这边会给您补上的", "我马上提交调查…这三万块一分不少都会回到老人的账户里") is a refund promise too.
  '就当没丢', '提交调查',
  // "没有任何理财产品是稳赚不赔的，理财都有可能亏损" says there is no such product.
  '没有任何理财', '没有任何产品是',
  // A guarantee named as the mark of a scam ("twenty percent a month guaranteed is a classic sign of a scam") is a warning.
  'sign of a scam', 'signs of a scam', 'classic scam', 'certainly a scam', 'is a scam', "it's a scam", '非法集资',
  // The rule of thumb told as a warning: "Any offer that promises thirty percent guaranteed with no risk is almost certainly a scam".
  'any offer that promises', 'anyone who promises', 'anybody who promises', 'anyone promising',
  // "任何说给您保证多少收益的理财，您都要警惕".
  '任何说给您保证', '任何说保证', '您都要警惕',
  // A structured deposit's legal category named ("这款是保本浮动收益型的 … 收益不确定") is the product's type, not a promise.
  '保本浮动收益',
  // A duplicate charge disputed ("I'll raise a dispute on the second one … you'll get every penny back, that's guaranteed with
  // duplicates", "I've opened a dispute. That's guaranteed to come back to you") is a refund promise, judged by its own rule.
  'raise a dispute', 'raising a dispute', 'raised a dispute', 'opened a dispute', 'opening a dispute', 'open a dispute', 'charged twice', 'duplicate charge*', 'with duplicates',
  // A payment to the wrong account promised back ("you'll get every penny of that back by Friday, these always come back").
  'these always come back', 'back by friday', 'back by monday', 'back by tomorrow',
  // A term deposit's fixed rate told before a fund ("三年定期目前年利率是百分之一点九五，这是固定利率，到期保本付息").
  '这是固定利率', '年定期目前',
  // Cash set against the fund beside it: "Cash is lower but your money won't go down. The stocks and shares one …".
  'cash is lower but', 'cash pays less but', 'with cash your money',
  // A dormant account's money safe until it is reactivated ("资金是安全的，一分不会少。激活需要您本人带身份证到任意网点柜台办理").
  '激活需要', '久悬户', '睡眠户', '不动户',
  // A limit's ceiling and a check urged ("I can only go up to twenty", "definitely double check in person") (round 199).
  'can only go up to', 'only go up to', 'double check', 'double-check', 'double checking', 'double-checking',
];
