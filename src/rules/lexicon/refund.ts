import type { ProximitySpec } from '../types.js';

/**
 * Families of ways an agent promises money back before the claim is decided: a certainty word
 * (保证 / 打包票 / 包在我身上 / "you have my word") with a money-comes-back word (追回来 / 原路退回 /
 * "back in your account" / "reversed"). Conditional wording ("如果审核通过", "once approved") is the
 * process, not a promise, and is handled by the rule's negation. Referenced from service.no_refund_promise.
 */
export const REFUND_LEXICON: Record<string, string[]> = {
  /** The agent reversing or waiving on the spot ("I'm reversing all of it"), paired with a certainty later in the turn. */
  refund_doing_en: ["gonna reverse", 'go ahead and reverse', "i'm going to get that fee reversed", "i'm going to get it reversed", "i'll get that reversed", "i'll get it reversed", "i'll get that fee reversed", "i'm reversing", 'i am reversing', "i'm going to reverse", 'i am going to reverse', "i'll reverse", 'i will reverse', "i'll have those wiped", "i'll have them wiped", "i'll have that wiped", "i'll have it wiped", "i'll get those wiped", "i'll get them wiped", "i'll get that wiped", "i'll have those refunded", "i'll have that refunded", "i'm refunding", "i'll refund", "i'm waiving", "i'll waive", "i'll put in the waiver", 'i will put in the waiver'],
  refund_sworn_en: ['guaranteed', 'no question', 'for sure', 'definitely', 'i promise', '100 percent', 'hundred percent', 'sure get back', 'confirm can', 'confirm will'],
  refund_certain_zh: [
    '保证', '承诺', '打包票', '包票', '包您', '百分之百', '百分百', '绝对', '铁定', '妥妥', '放一百个心', '我担保', '担保', '包在我身上',
    '板上钉钉', '没跑', '您放心', '放心吧', '走个流程', '走个过场', '就是个形式', '我跟您保证', '我向您保证',
    // "像这种商户停业的，一般都能退，基本没问题，下周钱就能回到您卡上".
    '基本没问题', '一般都能退',
  ],
  refund_back_zh: [
    '追回', '追回来', '追得回来', '要回来', '要得回来', '拿得回来', '退回来', '退得回来', '退给您', '还给您', '返还给您', '原路退回',
    '补回来', '给您补回来', '原路返回', '回到您卡上', '回到您的卡上', '回到您账户', '回到您的账户', '到您账上', '补给您', '赔给您', '给您赔', '给您补上',
    '看到退款', '退款到账', 'waive掉', 'reverse回去', 'reverse掉', '冲正', '冲掉', '退咗', '给您冲', '撤销这笔', '退掉', '帮您退', '给您退掉', '免掉', '能免', '给您免', '免了', '减免掉', '全免', '给您减免', '整回来', '弄回来', '找回来', '拿回来', '钱能回来', '钱会回来', '一分不少地退', '全额退', '全部退', '都退给您', '给您退', '给您退回',
    // An insurance claim or expense paid back: "您这个肯定能赔", "保险公司肯定全额给您报销".
    '能赔', '赔下来', '报销下来', '全额报销', '给您报销',
    // A merchant's customer repaid: "这种重复扣款我们这边百分之百给病人退".
    '给病人退', '给持卡人退', '给顾客退', '给客户退',
    // A merchant's customer repaid, sworn: "明天一早肯定到她卡上，您就跟她打包票".
    '到她卡上', '到他卡上',
    // "我们一定给您全额赔偿，年费滞纳金全都退".
    '全额赔偿', '全都退',
    // A loss made good: "这几天的利息损失我们一定给您补偿".
    '给您补偿', '补偿给您',
    // Cantonese: "肯定退返畀你嘅 三日之内一定返到你张卡度".
    '退返畀你', '退返俾你', '返到你张卡', '返返你张卡',
  ],
  refund_certain_en: [
    'i give you my word', 'you have my word', 'take my word', 'trust me', 'no doubt', "i'll make sure", 'i will make sure',
    'i will personally', "i'll personally", 'without fail', 'no question', 'i can assure', 'i assure', '100 percent', 'one hundred percent',
    'a hundred percent', 'consider it', 'rest assured', 'certainly', 'definitely', 'for sure', 'absolutely', 'guaranteed', 'i promise',
    // Certainty said as reassurance: "don't stress, you'll get every cent back, that's a given".
    // Singapore English: "confirm will get back", "sure one".
    'sure one', 'confirm will', 'confirm can', "that's a given", 'a given', "don't stress", 'dont stress', 'no need to worry', 'not to worry', 'nothing to worry about',
    // A decided outcome implied by the odds: "these nearly always go your way, I'd expect the money back on your card by Friday".
    'always go your way',
  ],
  refund_back_en: [
    // "don't worry, that'll be back with you by Friday, these always go through".
    'be back with you by',
    'refunded', 'reversed', 'waived', 'have them back', 'have those back', 'coming off', 'come off', 'taken off', 'have it back', 'have the money back', 'have your money back', 'have that back', 'get back the', 'be in your account', 'in your account already', 'waive it', 'waive the fee', 'waive that fee', 'back in your account', 'back to your account', 'back on your account', 'back on the account', 'reverse it', 'put it back', 'put the money back', 'back in your pocket', 'back on your card',
    'back into your account', 'reimbursed', 'cover the loss', 'cover your loss*', 'make you whole', 'make good', 'your money back',
    'see it back', 'back on your statement', 'back on your next statement', 'be returned to you', 'coming back to you', 'come back to you', 'comes back to you', 'credited to your account', 'back in full', 'returned to your account', 'be returned to your',
    'gone off your statement', 'off your statement by', 'off your next statement', 'reversing every', 'reversing all of', 'reversing those', 'reversing them',
    // "I'll make sure you and the nurses are compensated for all of it".
    'are compensated', 'be compensated', 'get compensated',
    'get it all back', 'every penny', 'every cent', 'every dollar', 'every pound', 'recover your money', 'recover the money', 'recover the funds', 'get the money back',
    // "the money will be back with you, a hundred percent", "that ninety dollars is definitely getting credited tomorrow".
    'money will be back', "money'll be back", 'getting credited', 'be credited tomorrow',
    // Compensation before any decision: "we'll cover the rebooking fees …, that's guaranteed".
    "we'll cover the", 'we will cover the',
    // An insurance claim's outcome: "you'll definitely get the full payout".
    'full payout',
    'expect the money back',
  ],
  /**
   * Said flatly: the customer will not lose out ("you won't be out of pocket"). Plain "you'll get your money
   * back" is left out: it usually follows "if the claim is approved," in the clause before.
   */
  refund_flat_en: [
    // A duplicate not yet checked: "It'll be back tomorrow, guaranteed", "it'll reverse. You'll see it back first thing".
    "it'll be back tomorrow", "it'll be back by", "you'll see it back first thing", "it'll reverse",
    // "I'll put a dispute in. You'll get the six twelve back for sure, probably by Friday."
    'back for sure', 'back, for sure', 'back for certain', 'back guaranteed',
    // A claim not yet assessed promised paid: "Storms like that are always covered, trust me, the insurer will pay out in full".
    'insurer will pay out', 'will pay out in full', 'always covered, trust me',
    // "don't worry about the landlord's late fee, we'll definitely cover that for you".
    "we'll definitely cover", 'we will definitely cover',
    // Losses promised back before any review: "please don't worry, we'll make sure you're compensated for the losses".
    "make sure you're compensated", 'make sure you are compensated', "you'll be compensated for", 'you will be compensated for',
    // Reimbursement declared settled: "everyone's getting reimbursed in full, that's already been decided", "make good on all of it".
    'getting reimbursed in full', 'be reimbursed in full', 'reimbursing everyone', 'make good on all of',
    // A charge declared gone, or a claim declared won, before anyone approved it.
    // Singlish: "the eighty dollars sure get back".
    'sure get back', 'sure can get back', 'confirm get back', 'confirm can get back',
    'guaranteed win', 'a guaranteed win',
    // "That chargeback's guaranteed to go your way".
    'guaranteed to go your way', 'guaranteed to go in your favour', 'guaranteed to go in your favor',
    // A refund given a date as settled: "you'll get it all back, it'll be refunded by Friday".
    "it'll be refunded by", 'it will be refunded by', "you'll be refunded by", 'consider them gone', 'consider those gone',
    'consider it gone', 'consider that gone', 'consider that fee gone', 'consider the fee gone', 'consider that charge gone',
    "i'll refund the", 'i will refund the', "i'll refund that", "i'll refund it", "i'll waive the", 'i will waive the',
    'refunded in full', 'always get refunded', 'always refunded in full', 'get the full amount back', "you'll get the full",
    'those will come off', "they'll come off", 'that will come off', "that'll come off", 'we always take care of these', 'we always refund',
    "won't be out of pocket", 'will not be out of pocket', 'not be out of pocket', 'consider it refunded', 'consider the money refunded',
    "you'll get every penny back", 'you will get every penny back', "you'll get every cent back", 'you will get every cent back',
    "you'll get every dollar back", 'you will get every dollar back', 'full refund guaranteed', 'guaranteed a full refund',
    // A dispute called won, or a provisional credit called final: "this is a slam dunk", "that money's yours now".
    'will be credited back to your account by', 'slam dunk', "you're getting every penny", 'you are getting every penny', "you're getting every cent", 'you are getting every cent', 'never win these',
    "that money's yours", 'that money is yours', "merchant can't take it back", 'yours to keep', 'go ahead and spend it',
    // A dispute just opened called won: "consider that money already back in your account. These always go the customer's way."
    'consider that money already back', 'consider the money already back', "always go the customer's way",
    "always go in the customer's favour", "always go in the customer's favor", 'consider it sorted',
    // "Okay, well, we'll just refund the lot, you'll have it back in a few days, it's fine."
    'refund the lot', "we'll just refund",
    // A recall not yet tried, promised back by a day: "don't worry, we'll get that back for you. You'll have it back in your account
    // by Friday at the latest."
    "we'll get that back for you", 'have it back in your account by',
  ],
  /** The route money takes told as how it works ("开户当天就能用，保证金退回也是原路返回这个账户"): no outcome promised. */
  refund_route_told: ['也是原路返回', '也是原路退回', '都是原路返回', '都是原路退回'],
  /** A card, not money, coming back: "you'll have that card back from the courier by Friday". */
  card_coming_back: ['have that card back', 'have the card back', 'have your card back', 'have the new card', 'get that card back', 'get the card back', 'get your card back'],
  /**
   * Shares or funds sold as safe, a matter for the returns rule, not a refund promise: "you won't lose a cent on this one. It's blue
   * chips, it only goes up", "it's tracked the whole world market, you won't lose a penny if you hold it five years", "renewables are
   * only going one way", "bricks and mortar, it only ever goes one way", "the six percent is in the bag. It's done that every year for
   * a decade", "even worst case you confirm get back your money one, it never goes below what you put in if you hold three years".
   */
  shares_sold_safe: [
    'blue chip*', 'only goes up', 'only going one way', 'only ever goes one way', 'bricks and mortar', 'percent is in the bag', 'done that every year',
    'the market', 'world market', 'stock market', 'if you hold', 'what you put in',
    // "It'll pay seven percent, guaranteed, and you won't lose a penny. Every client has been paid out."
    'percent, guaranteed', 'per cent, guaranteed', 'every client has been paid',
    // "the capital's guaranteed on this one, you won't lose a penny, worst case you get your money back plus a bit".
    "capital's guaranteed", 'capital is guaranteed', 'worst case you get',
    // "… pay five percent, we've never had one of these not pay out. You won't lose a penny".
    'never had one of these not pay', 'not pay out',
  ],
  refund_flat_zh: [
    // A provisional credit called final: "临时入账给您的这笔就是您的了 … 都不会再扣回去的".
    '就是您的了', '不会再扣回去', '不会扣回去', '不会再扣回', '您放心用',
    '全部退掉', '给您全部退', '今天就退', '马上就退', '全额赔给您', '全额赔付', '银行全额赔', '都能给您退回来', '保证退', '保证给您退', '保证能退', '一定批', '肯定批', '当佢已经退咗', '当佢已经退', '就当已经退了', '当它已经退了',
    '会全部退回', '全部都能退', '都能退回来', '会全额退回', '钱准到账', '准能到账', '一定给您全退', '一定全退', '肯定全退', '保证全退',
    '钱一定能回来', '钱肯定能回来', '钱肯定回来', '钱一定回来', '包您拿回', '包您要回', '保证追回', '保证退回', '保证全额', '肯定给您追回',
    '就当这钱没扣过', '就当没扣过', '当这钱没扣', '都是会给您退回来', '都会给您退回来', '一定给您追回', '一定帮您追回', '肯定帮您追回', '一定帮您要回', '肯定帮您要回', '肯定能要回', '一定能要回', '钱跑不了',
    // "这种商家跑路的我们见多了 基本都能退 您就等着收钱吧".
    '基本都能退', '等着收钱',
    // "您就当这钱已经回来了 我们这边一提交 平台不退也得退".
    '就当这钱已经回来', '不退也得退',
    // "这钱您就当已经回来了" (a misdirected transfer not yet traced), "这钱跑不掉，我给您发起拒付，下周就回您账上了".
    '就当已经回来', '就当钱已经回来', '钱跑不掉',
    // A merchant's duplicate sale: "这个肯定是系统重复了，明天一定给客人退回去".
    '一定给客人退', '肯定给客人退', '一定给客户退', '就回您账上', '就回到您账上',
    // "商户一般都得退 您就等着钱回来吧".
    '一般都得退', '等着钱回来',
    // "基本都是全额退回的，您就等着钱到账就行".
    '基本都是全额退', '等着钱到账',
    // "肯定给您换一根新的，换不了就全额赔偿您".
    '全额赔偿您', '换不了就全额',
    // "这种情况被扣的钱最后都会一分不少退回来的".
    '一分不少退回', '都会一分不少退', '一分不少都会回',
    // "这个钱下周一之前就回到您账上了"; "that fifteen pounds is one hundred percent coming back to you".
    '就回到您账上', 'percent coming back',
    // "这笔钱您就当没丢，我们这边会给您补上的，过两天就回到卡里了".
    '就当没丢', '就回到卡里',
    // "这种情况我们一般都会全额退给您的，您等着就行，钱会回来的".
    '一般都会全额退', '钱会回来的',
    // "这事您就包在我身上，旅行社取消的铁定要退，下周一准到账" (not bare 准到账: "以社保通知为准 到账后").
    '铁定要退', '一准到账',
  ],
};

/**
 * "you'll definitely get that three hundred and twenty back": certainty, then money got back. Words
 * in between may not be you / me / to, so "get that sorted and call you back" stays out, nor the
 * principal (and, in the certainty-after pattern, capital): "you're going to get your principal back at maturity,
 * guaranteed" is an investment promise. (`princ`, not `principal\b`: the parser refuses patterns over 200 characters.)
 */
export const REFUND_REGEX: string[] = [
  "(definitely|certainly|absolutely|for sure|i promise|(?:one |a )?hundred percent|100 percent)[^.?!]{0,24}\\bget (that|it|the|your|all|every|both)(?: (?!you\\b|to\\b|me\\b|princ)[a-z0-9,.']+){0,8} back\\b",
  // Said flatly as what is happening: "you are getting that sixty-two fifty back, a hundred percent".
  // (Not after a condition in the sentence: "If the dispute is upheld, you're getting that money back".)
  "(?<!\\b(?:if|once|when)\\b[^.?!]{0,60})\\b(?:you're|you are) getting (?:that|the|your|it|all|every|both)(?: [a-z0-9,.'-]+){0,6} back\\b",
  // A dated return, said flatly: "You'll have the thirty five back Monday".
  "(?<!\\b(?:if|once|when)\\b[^.?!]{0,60})\\b(?:you'll|you will) have (?:the|your|that|it|all|every)(?: [a-z0-9,.']+){0,6} back (?:on |by )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\\b",
  // Certainty said after: "you will get the two twenty-six back plus the fee, I'll make sure of it".
  "\\bget (that|it|the|your|all|every)(?: (?!you\\b|to\\b|me\\b|principal\\b|capital\\b)[a-z0-9,.'-]+){0,8} back\\b[^.?!]{0,40}(i'll make sure|i will make sure|you have my word|i promise|guaranteed)",
  // "we'll get every penny back for you", said flatly (not after "if the recall succeeds").
  "(?<!\\b(?:if|once|when|unless)\\b[^.?!]{0,60})\\b(?:we'll|we will|you'll|you will) get (?:you )?(?:every|each) (?:single )?(?:penny|cent|dollar|pound|bit)\\b",
];

/** Certainty near a refund (service.no_refund_promise's proximity pairs). */
export const REFUND_NEAR: ProximitySpec[] = [
  // A sworn promise ("我打包票", "包在我身上") covers the whole sentence, not just the next few characters.
  { a: ['@refund_certain_zh'], b: ['@refund_zh', '@refund_back_zh'], within: 8, withinChars: 16 },
  // 一定/肯定 only with words for the result (money back), not the process (处理退款申请).
  { a: ['一定', '肯定', '保证', '绝对'], b: ['拿回来', '@refund_back_zh'], within: 4, withinChars: 8 },
  {
    a: ['@promise_en', '@certain_en', '@refund_certain_en', "i'll get", 'i will get', 'make sure', "don't worry", 'dont worry'],
    b: ['@refund_en', '@refund_back_en'],
    within: 6,
  },
  { a: ['退回来', '退给您', '退到', '钱退'], b: ['保证', '肯定', '一定', '绝对'], within: 6, withinChars: 10 },
  // Arrival called certain ("三个工作日肯定到账"): money arriving may be a settlement or salary, so only right after the certainty.
  { a: ['保证', '肯定', '一定', '绝对'], b: ['到账', '到您卡上'], within: 2, withinChars: 2, ordered: true },
  // The outcome of a chargeback or waiver called certain: "这个拒付肯定能成功 钱百分之百能回来", "it'll go through, one hundred percent".
  { a: ['百分之百', '百分百'], b: ['能回来', '@refund_back_zh'], within: 3, withinChars: 6, ordered: true },
  // "you're definitely getting that fifty back", "you'll definitely get the full hundred and forty-nine back".
  { a: ['definitely getting that', 'definitely getting the', 'definitely getting your', 'definitely get that', 'definitely get your'], b: ['back'], within: 2, ordered: true },
  // "You'll definitely have the hundred fifty back by Friday".
  { a: ['definitely have the', 'definitely have that', 'definitely have your', 'definitely have it', 'definitely have all'], b: ['back'], within: 4, ordered: true },
  // An amount promised back: "you'll have the hundred back", "you'll have that nine eighty back in a week or so, guaranteed".
  { a: ['get the full', 'getting the full', 'have the full', 'will get all', "'ll get all", "you'll have the", 'you will have the', "you'll have that", 'you will have that', 'consider it done'], b: ['back'], within: 8, ordered: true },
  // "I'll file a dispute and you will get that second payment back, one hundred percent".
  { a: ["you'll get that", 'you will get that'], b: ['back'], within: 4, ordered: true },
  // Approval of a refund, waiver or chargeback called certain: "申请减免 您放心 这个肯定能批下来", "a refund request … it will be approved".
  { a: ['拒付', '退款', '争议', '申诉', '退费', '减免', '免掉', '退回'], b: ['肯定能成功', '一定能成功', '肯定成功', '一定成功', '肯定能批', '一定能批', '肯定能通过', '一定能通过', '保证能批', '保证批'], within: 10, withinChars: 20 },
  { a: ["it'll go through", 'it will go through', "it'll be approved", 'it will be approved', "it'll get approved", 'will get approved', 'will be approved'], b: ['@certain_en', 'i guarantee', 'guaranteed'], within: 4 },
  { a: ["it'll go through", 'it will go through', "it'll be approved", 'it will be approved', "it'll get approved", 'will get approved', 'will be approved'], b: ['refund', 'refund request', 'reversal', 'waiver', 'chargeback', 'fee', 'dispute'], within: 12 },
  // "I'm reversing all of it, the fees and the interest, and you'll see the full credit …, guaranteed".
  { a: ['@refund_doing_en'], b: ['@refund_sworn_en'], within: 24, ordered: true },
  // "it'll be back in your account within three days, no problem".
  { a: ['@refund_back_en'], b: ['no problem', 'no worries', 'no issue', 'no question'], within: 4, ordered: true },
  // "It'll be back on the account within three days, I can guarantee that."
  { a: ['@refund_back_en'], b: ['i can guarantee', 'i guarantee', 'guarantee that', 'guarantee it'], within: 6, ordered: true },
  // A claim's payment sworn with its day: "I guarantee you'll have the full two eight hundred in your account by Friday".
  { a: ['i guarantee', 'i promise', 'i can guarantee'], b: ['in your account by', 'on your card by'], within: 12, ordered: true },
  // A promise reaching across the charges it names: "I promise you all of those charges will be reversed".
  { a: ['i promise', 'i guarantee', 'i can guarantee', 'i assure you'], b: ['will be reversed', 'will be refunded', 'will be waived', 'will be credited back'], within: 10, ordered: true },
  { a: ["that'll come back", 'that will come back', "it'll come back", 'it will come back'], b: ['no question', 'no doubt', 'for sure', 'definitely', 'guaranteed'], within: 4 },
  // "I'll raise a chargeback. It'll definitely come back, don't worry about that" (round 203), "I guarantee he gets the second forty back,
  // it'll definitely be on his card by Friday" (round 204).
  { a: ["it'll definitely", "that'll definitely", 'it will definitely', 'that will definitely'], b: ['come back', 'be refunded', 'be reversed', 'be returned', 'be back in your', 'be on your card', 'be on his card', 'be on her card'], within: 2, ordered: true },
  // "You'll get that fee back, one hundred percent".
  { a: ['fee back', 'charge back', 'money back', 'that back', 'it back'], b: ['@certain_en'], within: 4 },
  // "Leave it with me, I'll get that second twenty-five back to you, it'll be on your statement by Friday".
  // (A form "back to you" is no money: the money's arrival names the statement, the card or the account.)
  { a: ["i'll get that", 'i will get that', "i'll get the", 'i will get the'], b: ['on your statement by', 'on your card by', 'in your account by'], within: 10, ordered: true },
];
