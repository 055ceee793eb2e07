import type { ProximitySpec } from '../types.js';

/**
 * Families of ways a customer says they are leaving (intent.churn): closing everything (消户 as ASR
 * writes 销户, 清户, "everything closed", "empty my accounts"), taking the money somewhere else
 * (余额宝, another bank by name, "elsewhere"), and breaking with the bank itself ("这银行我不存了",
 * "I'm done with you guys", "you've lost a customer").
 */
export const CHURN_LEXICON: Record<string, string[]> = {
  // Not "I'm done with you" alone: said to the agent it ends the conversation ("I'm done with you. Get me your manager").
  churn_strong: [
    // "我打算以后流水全走他们那儿，你们这边贷款还清了我就把卡都销了", "我以后营业款全部走网商银行，你们这边我不用了".
    '流水全走他们', '这边我不用了', '你们这我不用了', '营业款全部走',
    // "办完这事我们家所有卡都销了，去工行", "到期后就把钱全部转到那边去了，卡也不打算用了" (the other bank named a turn before).
    // "我就让甲方以后把项目款都打到别家去，你们这边的账户我也不打算再用了".
    '都打到别家', '打到别家去', '账户我也不打算', '账户也不打算再用',
    '卡都销了', '卡全销了', '卡全部销了', '卡也不打算用', '卡也不想用了', '全部转到那边', '全转到那边', '都转到那边',
    '消户', '清户', '把卡销了', '卡销了', '卡销掉', '销掉', '不在你们家', '不跟你们', '再也不用你们', '再也不来你们', '不用你们家', '不用你们这',
    '以后不来了', '以后不存', '换一家', '换家', '换个银行', '换个地方存', '别的地方存', '存到别处', '转到别处', '另找一家', '另外找家银行',
    '另找银行', '把钱全取', '钱全取', '全部取走', '都取走', '全取走', '全提出来', '全部提出来', '全部提走', '都提走', '一分不留', '不伺候了',
    '不再用你们', '不会再用你们', '彻底不用',
    // "I'm switching my current account and closing the savings too".
    'switching my current account', 'switch my current account', 'closing the savings', 'close the savings', 'moving every cent', 'move every cent',
    'done with you guys', 'done with you people', 'done with you lot', 'done with this bank', 'done with your bank',
    'take my custom elsewhere', 'bank elsewhere', 'banking elsewhere', 'bank somewhere else', 'find another bank', 'find a new bank',
    'find a better bank', 'open an account elsewhere', 'open an account somewhere else', "you've lost a customer", 'you have lost a customer', 'just lost a customer',
    // ("You've lost my business" says it whole: the bank named as the actor just before would otherwise read as someone else leaving.)
    "you've lost my business", 'you have lost my business', "you've just lost my business", "you've lost me as a customer",
    'lost my business', 'lose my business', 'losing my business', 'lost me as a customer', 'never bank with you again',
    'last time i bank with you', 'stop banking with you', 'no longer bank with you', "won't be banking with you", 'not banking with you',
    'cancel everything', 'close it all', 'shut it all', 'empty my account*', 'clear out my account*', 'cash out everything',
    'withdraw all my money', 'withdraw it all', 'take it all out', 'take everything out', 'pull everything out', 'pull it all out',
    "paycheck's going there", 'paycheck is going there', 'salary is going there', 'direct deposit is going there', 'opened everything over',
    'moved everything over', 'already opened an account with', 'already opened an account at', 'shift to another bank', 'shifting to another bank',
    '干脆处理掉', '都不想留了', '不想留了', '工资都不在这', '工资都不在你们', '工资走', '工资改到', '工资都走',
    'voting with my feet', 'vote with my feet', '此处不留爷', '自有留爷处', '另谋出路',
    'moving my salary there', 'moving my pay there', 'my salary there', 'close this one', 'closing this one', 'clos* this account', 'opening an account at', 'opening an account with',
    '别的行已经批了', '工资卡也转过去', '工资卡也换', '转贷到', 'pay his salary at', 'pay my salary at',
    'shut everything down', 'close everything down', '伺候不起', '招商那边',
    'been meaning to switch', 'still switching', "deposit's going there", 'already opened something with', 'rest of my money over there', '挪别家', '转别家', '存别家', 'wages are going there', 'wages go there', 'offer in principle from', 'taking the mortgage to them', '都不找你们了', '不找你们了', 'our new bank is', 'my new bank is', 'our new bank needs', 'my new bank needs', 'our new bank wants', 'my new bank wants', 'shut these down', 'close these down', '就去柜台全取', '就全取了', 'pulling every cent out', 'every cent out', 'every penny out', 'seen the last of my money', 'seen the last of me', '那边都开好了', '那边开好了', '去别的银行开', '以后也不会用了', '剪掉算了', 'close this out', 'close it out', 'closing this out', 'closing it out', 'cancelling the lot', 'cancel the lot', 'canceling the lot', 'consolidate our banking with', 'consolidating our banking with', 'consolidate my banking with', 'moving the whole relationship', "won't have to deal with me", 'open an account there', 'open an account with them', 'pull out all my', 'pulling my savings out', 'pull my savings out', 'closing everything', 'pull* everything out', 'pull* it all out', '张卡都唔用', '卡都唔用', '唔用你哋', 'opened the account for me', 'opened an account for me', 'already opened one at', 'close my checking', 'closing my checking', '对公户销', '户销了', '换信用社', '换农信社', 'go elsewhere', 'going elsewhere', 'taking my money elsewhere', 'somewhere that values',
    // "这户头你们就留着当纪念吧" (the account left behind as a keepsake; not "我们就是留着当纪念", gold kept).
    '你们就留着当纪念', '当纪念吧',
    // Hong Kong English: "I will move all my money to HSBC next month, no need your account anymore".
    'mov* all my money to', 'no need your account', 'no need your bank', "don't need your account anymore",
    // Said sideways: "I'm sure Harbor Savings will be thrilled to have my savings… I'll be moving it all", "到期了我就转走了 … 工资卡也不用你们的了".
    "i'll be moving it all", 'be thrilled to have my', '不用你们的了', '也不用你们的', '我就转走',
    // Someone else's accounts moved for them: "we're just going to move her accounts to the credit union", "move her over next month".
    'move her accounts', 'move his accounts', 'move her over', 'move him over',
    // The UK's Current Account Switch Service moves everything and closes the old account.
    'current account switch', 'switch service', "this one'll be shut", 'this one will be shut', 'this one will be closed', "this one'll be closed",
    // Singlish: "I go CPF Board change my payout bank, all my money also move to other bank".
    'move to other bank', 'change my payout bank',
  ],
  /** The bank as an institution, paired with a leaving verb within a clause. */
  churn_this_bank: ['这银行', '这个银行', '这家银行', '你们银行', '你们行', '你们这家'],
  churn_this_place: ['你们这', '你们家', '你们这儿', '你们这里'],
  churn_leave_strong: [
    '不存了', '再也不', '以后不', '不会再', '不来了', '拜拜', '走人', '不伺候', '不玩了', '转走', '取走', '搬走', '清户', '清空', '一分不留',
    '取光', '全取', '全部取', '销了', '销掉', '以后就不用', '以后都不用', '以后就不来',
  ],
  // Not 受够了: "你们银行就是在拖，我已经受够了。再这样我就打12378" has had enough of the bank and complains; it does not leave.
  churn_leave_weak: ['不用了', '不要了'],
  /** Everything at once, then closed. */
  churn_all: ['everything', 'all of it', 'the lot', 'all my accounts', 'all of my accounts', 'every account', 'all accounts', 'both accounts', 'all my cards'],
  churn_closed: ['closed', 'shut', 'shut down', 'cancelled', 'canceled', 'terminated', 'closing'],
  churn_move_en: ['switch*', 'shift*', 'mov*', 'tak*', 'transfer* everything', 'go over to', 'going over to', 'join*'],
  // ("I'll just move all my savings to the other bank when this matures".)
  churn_elsewhere_en: ['to the other bank', 'a competitor', 'the competition', 'elsewhere', 'somewhere else', 'somewhere that', 'a credit union', 'our credit union', 'my credit union', 'a building society', 'the building society', 'an online bank', 'a proper bank', 'a real bank', 'the credit union', 'the local credit union'],
  /** What a customer keeps at their bank: moving one of these away is leaving, a one-off transfer is not. */
  /** Refinancing or remortgaging with another lender (paired with a bank or "elsewhere"). */
  churn_refinance_en: ['refinanc*', 'remortgag*', 'started an application with', 'applied with'],
  churn_standing_en: [
    'my paycheck', 'my paycheque', 'my salary', 'my direct deposit', 'my wages', 'my pension', 'my mortgage', 'my savings',
    'my accounts', 'my banking', 'my business', 'my isa', 'my pay', 'payroll', 'my payroll',
    // "I'm moving my main banking over to Monzo next month".
    'my main banking', 'my everyday banking', 'my day-to-day banking', 'my day to day banking',
    // A parent's accounts moved by a son or daughter: "we're moving all Dad's accounts over to Lloyds".
    "dad's accounts", "mum's accounts", "mom's accounts", "father's accounts", "mother's accounts", 'his accounts', 'her accounts',
    'the mortgage', 'the savings', 'our mortgage', 'our savings', 'our accounts', 'the accounts', 'the business account*', 'my business account*',
    'the whole relationship', 'our relationship', 'the portfolio', 'my portfolio', 'the custody portfolio',
    'our business banking', 'our banking', 'the operating accounts', 'our operating accounts', 'the checking', 'our checking', 'my checking', 'the ira', 'my ira',
    'the operating account', 'my operating account', 'the card processing', 'my card processing', 'merchant processing', 'the merchant account',
  ],
  /** Moving over to a bank named earlier in the turn ("转到那边去", "挪过去"). */
  churn_move_there_zh: ['转到那边', '转那边', '转过去', '挪过去', '搬过去', '换过去', '转到他们那', '换到他们那', '换到那边', '去那边办', '去他们那办', '放那边', '存那边'],
    /** Other banks by name, only after a switching verb (a one-off transfer to them is not leaving). */
  churn_switch_en: ['switch*', 'shift*', 'go over to', 'going over to', 'join*', 'sign* up with', 'open* an account with', 'open* an account at', 'open* one at', 'walking into', 'walk into', 'term sheet from', 'taking it to', 'take it to', 'taking it all to', 'take it all to', 'taking them to', 'taking my isa to', 'mov* it all to', 'mov* everything to', 'moving to', 'move to'],
  churn_banks_en: [
    // "I'm moving my pension to the post office bank next month".
    'post office bank',
    // "I'm shifting all his accounts to the Co-op next week".
    'first citizens', 'co-op', 'co-operative bank', 'tsb', 'metro bank', 'virgin money', 'first direct', 'bank of scotland', 'clydesdale',
    'monzo', 'revolut', 'starling', 'barclays', 'hsbc', 'lloyds', 'natwest', 'aib', 'bank of ireland', 'permanent tsb', 'santander', 'nationwide', 'halifax', 'wells fargo',
    'bank of china', 'icbc', 'china construction bank', 'agricultural bank of china', 'bank of communications', 'china merchants bank',
    // India: "I am shifting all my accounts and the loan to HDFC next month itself".
    'hdfc', 'icici', 'axis bank', 'kotak', 'state bank of india',
    'chime', 'sofi', 'varo', 'marcus', 'citibank', 'capital one', 'credit union', 'chase bank', 'bank of america', 'td bank', 'ally', 'building society', 'chase', 'ubs', 'pictet', 'coutts', 'julius baer', 'lombard odier', 'credit suisse', 'jp morgan', 'morgan stanley', 'first national', 'first citizens', 'pnc', 'us bank', 'truist', 'citizens bank', 'commerce bank', 'keybank', 'key bank', 'fifth third', 'commonwealth', 'commbank', 'westpac', 'anz', 'kiwibank', 'bnz', 'asb', '农行',
  ],
  /** Somewhere else to put the money that is not a bank (money-market apps). */
  other_place: ['余额宝', '支付宝', '理财通', '微信零钱', '网商银行', '微众银行', '别的地方', '别处', '其他地方'],
  /** Someone other than the caller does the leaving or closing: a friend, or the bank itself ("被销户"). */
  churn_other_actor: [
    '老说', '总说', '他就', '她就', '他们就',
    'my friend', 'a friend', 'friends', "she's with", "he's with", 'my wife', 'my husband', 'they', 'my neighbour', 'my neighbor', 'my colleague', 'my mate', 'people', 'everyone',
    'your branch', 'the branch', 'your bank', 'the bank', "they've", 'they have', "you've", 'you have', 'you guys', 'someone', 'somebody',
    '朋友', '同事', '邻居', '别人', '被', '银行把', '网点把',
    // Advice reported, not the caller's decision: "朋友…让我把卡注销了", "my brother told me to close it".
    // Relatives and classmates' parents: "My cousin closed his account with ye", "同学家长说要把钱都转走".
    'my cousin', 'my brother', 'my sister', 'my uncle', 'my aunt', 'my pal', 'my flatmate', 'my roommate', 'my housemate', '家长说', '同学家长',
    '让我', '劝我', '建议我', 'told me to', 'wants me to', 'wanted me to', 'suggested i', 'says i should', 'said i should', 'telling me i should', 'telling me to', 'keeps telling me',
    // "my friend told me he closed his account with you because his Ola payouts were slow", "我们隔壁卖奶茶的老李天天说要换银行" (a neighbour who sells, not 隔壁 alone: "换到隔壁那家银行").
    'told me he', 'told me she', '天天说', '隔壁卖',
  ],
  /**
   * Moving savings into a product of this bank ("into something with better returns", "转成理财") stays here.
   * Closing one of several cards, or a one-off transfer to someone else's account at another bank ("转到她四川那个信用社的卡",
   * "给我老婆那边转钱"), is not leaving; "工资卡也换到他们那边去" is (so 到他们 is no transfer to him).
   * Money sent home to family ("往家里打点钱 家里是…农信社") is a remittance, not a move; a QR collection code
   * cancelled ("想把那个码注销掉") is one product, and the bank letting someone else empty the account ("Letting
   * anybody with a pulse empty my account") is a grievance, not the caller leaving; "Should I move it somewhere better?" asks.
   * What went unused last year ("健身App年费 我去年就不用了 自动续的") is a subscription, not this bank; what another bank
   * would have driven the caller to ("要是换别的银行这么拖 我早就销户走人了") is a compliment, and an account already held
   * elsewhere ("The charity's account is with a different bank") is no move, nor an old passbook closed ("老存折 好多年不用了") or
   * a friend's advice waved off ("我朋友说…要换银行 我觉得没必要", in retold_not_own, default-lexicon.ts, shared with complaints).
   * Money coming in from another bank, a card swapped for a new one of ours, leaving called off and a relative's move retold
   * ("My sister moved her kids' money to another bank") are not leaving.
   */
  churn_not_leaving: [
    // A business card lost ("I've lost my business card at the salon"), not the bank losing the caller's business.
    'lost my business card', 'lost my business debit', 'lost my business credit', 'lose my business card', 'losing my business card',
    // Another supplier, not another bank: "我想问问你们有没有设备分期，我想换一家买".
    '换一家买', '换一家供应商', '换一家厂家',
    // A van broken into and the wallet taken ("my van got broken into last night … I need to cancel my card"), and a mentor's move retold
    // ("我师傅说他把账户都转到农行去了 … 我没打算换啊").
    'broken into', 'my wallet was', '我师傅说', '我没打算换', '没打算换银行',
    // A social-security card issued by another bank ("那我社保卡是别的银行的，能领吗？").
    '社保卡是别的银行', '是别的银行的',
    // A friend's or sister's move retold, and a shop's own accounts closed when it shuts: "我朋友也是做翻译的，她前阵子把账户都转到别的银行
    // 去了", "My sister told me she's closing her account with you and moving to an online bank", "我那个宠物美容店不开了，想把店里的收款码
    // 商户和对公户注销掉".
    '她前阵子', '他前阵子', "told me she's closing", "told me he's closing", "she's closing her account", "he's closing his account", '店不开了', '店里的收款码',
    // A friend's move told as the past: "我朋友之前就是因为这个把钱都挪到别的银行去了".
    '我朋友之前', '朋友之前就',
    // The card a loan is repaid from, replaced: "我想问下我那个车贷的还款卡能不能换，我原来那张卡要注销了".
    '还款卡',
    // A paid-off loan's account closed, a fee compared with other banks', and a son's or daughter's push retold and refused: "I've made the
    // last payment on the loan … I'd like to close that loan account", "别家银行早就免了", "my son keeps on at me to move everything to his
    // bank", "我女儿还老劝我，说把钱都转到她上班那家银行去 … 我没同意".
    'close that loan account', 'close the loan account', 'last payment on the loan', '早就免了', '别家银行早就', '别的银行早就',
    'keeps on at me', '老劝我', '一直劝我', '总劝我', '我没同意',
    // A late parent's account closed once the estate is settled: "the estate's all done and I want to close my mum's account".
    "my mum's account", "my mom's account", "my dad's account", "my mother's account", "my father's account", "the estate's",
    // An app's account closed for its deposit: "就是共享汽车那个App，押金九九九，我注销了账户".
    '共享汽车', '共享单车', 'app押金', 'app的押金', 'app的账户', 'app账户',
    // The payee's bank changing, not the caller's ("My brick supplier's moving to a different bank … How do I update the payee?"),
    // an account moved here ("would I need to move my business account over to you?"), and a roommate's plan retold
    // ("我室友说她要把你们的卡销掉").
    "supplier's moving", 'supplier is moving', "supplier's switching", 'supplier is switching', 'update the payee', 'over to you',
    '室友说', '舍友说', '同学说她要', '同学说他要', '说她要把', '说他要把',
    '往家里打', '给家里打', '往家里汇', '给家里汇', '往老家汇', '汇回老家', '去年就不用了', '前年就不用了', 'from another bank to you',
    'from another bank into', '换成新办的', "i'm not gonna do that", "i'm not going to do that", 'not gonna do that now', '挂失',
    '丢了', '卡被盗', '被盗了', '被偷', '补办', 'lost my', 'lost the card', 'lost it', "card's lost", 'card is lost', 'card was lost',
    'lost card', 'stolen', 'replacement', '要是换别的银行', '要是别的银行', 'account is with a different bank',
    'account is with another bank', 'bank name', '就问问', '随便问问', '好奇问一下', '假如一个人', 'just curious', 'just asking', '注销一张',
    '销一张', '其中一张', '好几张', '附属卡', '换张卡', '换一张卡', '卡换一张', '卡想换一张', 'nicked', 'snatched', 'pickpocket*', 'robbed', 'mugged',
    'my old', 'old account', 'shopping around', "card's with another bank", 'card is with another bank',
    'currently with another bank', '旧账户', '以前的账户', '副卡', 'supplementary card', 'additional card', 'secondary card',
    'second card', '有两张', '两张卡里', '两张卡中', '两张卡其中', '两张你们的卡', 'one of my two cards', '二类户', '二类账户', '电子账户', '转到我自己', '我自己在',
    '转到自己名下', '自己名下的另', '自己名下其他', 'one of my cards', 'one of my credit cards', '给我妈转', '给我爸转', '给家里转', '到她卡', '到他卡', '到她的',
    '到他的', '到我妈', '到我爸', '给我老婆', '给我老公', '老存折', '好多年不用', '那个码注销', '收款码注销', 'should i move',
    // Money sent to someone (转到她那 / 打到他那), not bare 到她那: "我们两口子打算把工资卡都换到她那个银行去" leaves for a wife's bank.
    '转到她那', '转到他那', '打到她那', '打到他那', '挪到她那', '挪到他那',
    'should i put', 'letting anybody', 'letting anyone', 'letting someone', 'letting him', 'letting her', 'moved her',
    'moved his', 'moved their',
    // Moving a mortgage in, not out: "房贷想转到你们行来 就是转按揭", "我那个出租房转按揭的申请交上去两个月了" (an application here);
    // and a flatmate's threat retold ("她气得说要打电话投诉你们 还说要把钱全转到别的银行去").
    '转到你们行', '转到你们银行', '转到你们这', '转按揭的申请', '转按揭申请', '她还说要', '他还说要', '她气得说要', '他气得说要',
    // An old account left unused: "close an old savings account I never use", "我有张旧的借记卡好几年不用了".
    'an old savings', 'an old current account', 'i never use', '旧的借记卡', '旧的卡', '张旧卡', '好几年不用', '好几年没用',
    // Someone else's advice retold: "Our head coach keeps saying we should move everything to another bank", "my employer told
    // me I should put my savings somewhere better than the savings account".
    'keeps saying we should', 'keeps saying i should', 'told me i should put', 'told me i should move',
    "said he was closing", "said she was closing",
    // A mate's move retold ("我们船上老李说别的银行高一点，他上个月把钱都转过去了") and a brother's suggestion ("我哥还说干脆都转到别的银行去算了，我说没必要").
    '他上个月把', '她上个月把', '还说干脆',
    // A partner's idea retold ("我们合伙人前几天说想把公司的钱都转到别的银行去"), and a merchant still taking money ("it's still taking my money").
    '合伙人说', '合伙人前几天说', 'still taking my money', "it's taking my money", 'keeps taking my money',
    // A card closed long ago and a loan applied for elsewhere, told while disputing a credit record: "I closed my credit card months
    // ago, but my credit report says it's thirty days late", "我那张卡早就注销了", "another bank I'm applying with says …".
    'i closed my credit card', 'i closed my card', '早就注销了', '早就销了', "i'm applying with",
    // A move imagined: "if you'd done that to me I would have closed my account on the spot".
    'would have closed', "would've closed", "i'd have closed",
    // A brother's plan retold and declined: "我哥一直嚷嚷说要把我爸的钱全转到他开户的那家银行去 … 我是觉得没必要".
    '是觉得没必要',
    // A gym's or pool's membership card cancelled ("我那个游泳馆年卡我取消了 结果又扣了一次") is not the bank's: in its own turn
    // only (a salon selling 会员卡 may still be leaving: "等解冻了我明天就去别家银行开户，钱全部转走").
    '年卡', '会员卡', '健身卡',
    // A neighbour's move retold ("我邻居老周就是因为他那个银行没这个，把钱都转到别的银行去了"), and a shop's settlement card
    // replaced by a new one of ours ("我要改一下我那个快手小店绑定的结算卡，原来那张要注销了"). (Not bare 她那个银行: "我们两口子打算把工资卡
    // 都换到她那个银行去" leaves for a wife's bank.)
    '因为他那个银行', '因为她那个银行', '他那个银行没', '她那个银行没', '绑定的结算卡',
    // A move asked about in the abstract ("Out of curiosity, if I ever wanted to switch banks", "hypothetically like, if I moved it to
    // another lender"), and loans refinanced with us ("refinancing the truck loans with you. I've got two with another lender").
    'out of curiosity', 'if i ever wanted', 'hypothetically', 'loans with you', 'refinancing with you', 'refinance with you',
    // An old card closed ("我想把我以前读书时候的那张卡注销掉"), and closing asked about as a question for a move next year
    // ("明年会搬去深圳，到时候是不是要把你们的卡销掉？").
    '以前读书', '读书时候的', '到时候是不是要', '是不是要把你们的卡',
    // A mortgage ported on moving house, asked in general: "just a general question. If I sell and buy somewhere else, can I take my
    // mortgage with me?".
    'a general question', 'mortgage with me', 'port my mortgage', 'porting my mortgage', 'port the mortgage',
    // A card dropped and cancelled: "I need to cancel my card, my son says he saw it on the floor of the bus".
    'on the floor of the', 'dropped my card', 'i dropped it', 'fell out of my',
    // A colleague's misunderstanding retold: "他以为我要换银行，问了半天，不是，就是家里内部换一下".
    '以为我要换', '以为我要销', '家里内部换',
    // Wages coming in from another bank: "护理中介说工资是从别的银行转过来的".
    '别的银行转过来', '别的银行打过来',
    // Other banks' sales calls ("最近老有别的银行给我打电话 说转按揭什么利率低").
    '银行给我打电话', '银行老给我打电话',
    // A repayment date moved to after payday ("我工资改到每月十号发了，车贷扣款日是五号，想改到十五号"), and a car loan priced
    // elsewhere ("要是太高我可能去别家看看车贷").
    '扣款日', '看看车贷',
    // A brother's or neighbour's move retold ("my brother's moving all his money to another bank", "我邻居说…他说他要把钱都转到别的
    // 银行去了"; not bare 'moving her money': a carer moves the money of the person cared for), and a bank called one more of a
    // kind ("Oh brilliant, another bank that loses my money and my paperwork").
    "'s moving all his", "'s moving all her", 'is moving all his', 'is moving all her', '他说他要', '她说她要', 'another bank that loses', 'another bank that lost',
    // A business closing down, not the bank left ("I'm closing my nursery at the end of the month, sadly, and I need to shut down the
    // business account"), and a husband's idea waved off ("我老公就说干脆换个银行算了，但我觉得也没必要").
    'closing my nursery', 'closing the nursery', 'closing my shop', 'closing the shop', 'closing down my', 'shutting down my business', '我老公就说', '觉得也没必要',
    // A client's move retold as a referral ("我有个客户说他们现在那家银行代发太贵，要换银行，我想推荐他来你们这").
    '有个客户说', '推荐他来',
    // One little-used card closed: "我想把一张信用卡注销掉，就是那张艺术主题的联名卡，我基本不用".
    '把一张信用卡', '一张信用卡注销', '我基本不用',
    // Advice retold ("my travel agent said I should ring you up, complain and threaten to switch banks"; 'said i should ring' is in
    // retold_not_own), and a co-branded card closed once its partner went bust ("我想把那张旅游联名卡销了，那个旅行社都倒闭了").
    'threaten to switch', '联名卡销',
    // Wages paid to another bank's accounts: "I transferred my site crew's wages to a different bank two hours ago".
    'wages to a different bank', 'wages to another bank', "crew's wages",
    // A friend's move retold and waved off: "老李还说他要把钱都换到别的银行去，我说你换你的，我在这儿办得挺好".
    '还说他要', '还说她要', '你换你的',
  ],
  /** A bank used before, told as past experience ("last time with another bank it took eight days"). */
  /** A price another bank quoted is a comparison, not a move ("Another bank has quoted me eight"). */
  /** "leave you guys a one star review": leave as give, not as go. */
  churn_leave_object: ['a one star', 'a one-star', 'a review', 'a glowing', 'a google', 'a five star', 'a five-star', 'a trustpilot', 'a rating', 'feedback', 'a bad review', 'a message', 'a voicemail', 'a comment', 'a note'],
  /** Bought from, or offered by, another bank: a product there, not the caller leaving ("bought a plan from another bank"). */
  churn_from_other: ['bought', 'plan from', 'policy from', 'product from', 'insurance from', 'offered by'],
  /** A deceased holder's account closed by the family ("My husband passed in the spring and I'd like to close his account"). */
  bereavement: ['passed away', 'mother passed', 'father passed', 'husband passed', 'wife passed', "i'm executor", 'the executor', 'passed in the', 'has passed', 'died', 'late husband', 'late wife', 'late father', 'late mother', 'bereavement', 'estate of', '去世', '过世', '离世', '遗产'],
  churn_quoted: ['has quoted', 'quoted me', 'is quoting', 'are quoting'],
  // ("if that hadn't come through this week I would've moved to another bank, but it did".)
  churn_past: ["would've", 'would have', "i'd have", 'a nightmare with', '好多人说', '很多人说', '大家都说', '有人说', 'last time i called', 'last time with', 'when i was with', 'back when i was with', 'i used to be with', 'previously with'],
  /** The caller says they are staying: the turn is not churn even if leaving is mentioned. */
  churn_staying: [
    // "我跟她说这又不怪银行，我不换".
    '我不换',
    // "Into my Oakfield current account … I'm keeping everything with you, just don't need the junior one anymore."
    'keeping everything with you',
    // "我个人的储蓄卡和信用卡不受影响吧？我还得用" (not 懒得折腾: "我也懒得折腾了 … 我到了那边就把钱全转过去" leaves).
    '我还得用', '挺习惯用你们',
    // "Just the loan, mind. The current account and my card stay as they are, we're happy here."
    'stay as they are', "we're happy here",
    // A move asked about and disowned: "假如说啊，我们美容院的收单想换到别家银行 … 我也就问问，不是真要换".
    '不是真要换', '不是真的要换', '我也就问问',
    // "I'm keeping my own accounts with you, I don't want anything of mine touched."
    'keeping my own accounts', "i'm keeping my own",
    // The other accounts kept: "那我储蓄卡和公司的对公户不受影响吧？我还要接着用的".
    '还要接着用', '接着用的',
    // The rest kept, and a friend's move disowned: "销掉吧，我的工资卡和另一张信用卡还是照常用", "他打算换银行，我倒没这想法，储蓄卡我还接着用",
    // "他说要把账户都搬到城商行去 … 我倒没想走啊".
    '照常用', '还接着用', '倒没这想法', '没这个想法', '我倒没想走', '我没想走', '我继续用',
    // A setup described, not a move: "My salary comes into my Monzo, but my rent is paid from an old student account at another bank".
    'salary comes into my', 'wages come into my', 'pay comes into my', 'student account at another bank',
    // "Just the fuel card, mind, keep my everyday account and the car loan as they are"; a friend's move disowned ("I'm not planning to do that").
    'keep my everyday', 'loan as they are', "i'm not planning to do that", 'not planning to do that',
    // A hypothetical asked: "If I were to move my everyday banking to another bank, would that affect the loan at all? … I'm not planning to".
    "i'm not planning to,", 'i am not planning to,', 'if i were to move', 'if i were to switch', 'if i were to close',
    '留一张就够', '留一张就行', '留一张就好', '只留一张',
    '我说换啥', '换啥呀', '换啥啊', "i'm happy with you lot", "i'm happy with you guys", 'happy where i am', "but i'm not doing that",
    'not going anywhere', "i'm staying", 'i am staying', 'staying with you', 'not leaving', 'not going to leave', "won't be leaving",
    'not switching', "i'm not moving", '还用着呢', '开玩笑的', '那倒不至于', '不至于', 'just kidding', 'only joking', '工资卡还在你们', '不是要销户', "we're staying", 'we are staying', 'decided to stay', "we're not leaving", 'we are not leaving',
    'staying put', 'going to stay', 'gonna stay', '不会走', '不走了', '哪也不走', '哪儿也不走', '不换银行', '我说我不换', '我才不换', '我可不换', '不打算换', '还是用你们', '继续用你们', '不会换',
    // Cancelling one card while saying the other stays in use: "白金卡我还天天用呢", "只注销尾号9911的联名卡".
    '还天天用', '我还天天用', '继续用吧', 'i keep the account', 'keep the account', '先不动了', '就先不动', '不要关', 'savings keep', 'keep my checking', '还是继续用', 'stay where they are', "i'm happy with those", 'just the credit card', 'just the card', '天天在用呢', '只注销', '只销这', '又不是不用', '不是不用你们', '主卡留着', '工资卡还是你们', '也在你们这', '还在你们这', '不是要换银行', '不是要走', '卡不销', '就不销了', '不销卡了', '不是那种', '主要用的是你们', '我主要用的是你们', "i'll keep the current account", 'keep the current account', 'keep my current account', "i'll keep my", '不是不在你们这', '钱还是在你们', 'just the one card', 'only that card', 'only the one card',
    // "Sure I'll stay put then", "my current account and the ISA stay with you", "工资卡和定期都还放你们这 … 我可没那打算".
    'stay put', 'stopping put', 'stay with you', '还放你们这', '可没那打算',
    // "The business account and the card machine stay with ye", "那张肯定留着".
    'stay with ye', 'stays with ye', 'stays with you', '肯定留着',
    // A move floated, then dropped later in the call (round 200): "算了算了 … 不折腾了，就在你们这还完吧", "留着吧，挺有用的，那我就不换了".
    '就在你们这还完', '就在你们这吧', '我就不换了',
    // "不过现在还没定，我先不动吧，你们这卡我用着也挺顺手的" (round 202).
    '我先不动吧', '用着也挺顺手',
    // "你们家别的卡我都还用着，储蓄卡和那张白金卡都留着，就销这一张".
    '都还用着', '都留着', '就销这',
    // A standing order cancelled, the rest kept: "我的卡和账户都不动，只是取消这个"; a side account closed: "主账户还是在你们这儿继续用".
    '都不动', '只是取消这个', '还是在你们这',
    // "I reckon I'll keep mine", "其他的卡还留着" (not 都在你们这: "我家里三张卡都在你们这，回头我全销了").
    "i'll keep mine", '还留着', '储蓄卡我留着', '没这个打算', '没这打算', '可没打算', '卡还用着',
    // "my own current account is fine? I'm keeping that with you", "我工资还是发到你们这儿的 … 我可不想再换卡了".
    'keeping that with you', 'keeping it with you', '还是发到你们这', '不想再换卡',
    // "储蓄卡我还要用的，生活费都打那张上" (the co-branded card alone is cancelled).
    '我还要用', '还要用的',
    // "我借记卡和店里的对公账户还用你们的，就这张信用卡不要了".
    '还用你们的', '还用你们家的', '就这张信用卡', '就这一张不要',
    // "店转给别人了，这张卡用不着了。储蓄卡和房贷还都在你们这儿，不动。"
    '还都在你们这',
    // "我一个朋友说他要把钱都转到别的银行 … 我没有这个打算".
    '没有这个打算',
    // "我老公说…要把钱全转到建行去 我跟他说没必要 我不打算转".
    '不打算转', '没打算转', '跟他说没必要', '跟她说没必要',
    // "My husband's … saying I should demand a supervisor and tell you we're switching banks, but honestly I just want it working".
    'saying i should', 'telling me i should',
    // A child's card cancelled ("I've just cancelled my son's card because he spent all his birthday money on a game").
    "my son's card", "my daughter's card", "my child's card", "my kid's card", "the kids' cards", '儿子的卡', '女儿的卡',
    // (Not bare 孩子的卡: "我和孩子的卡在你们这里也没用了 … 两张卡都销了" leaves.)
    '把孩子的卡', '孩子的卡销', '孩子的卡注销', '孩子的卡停',
    // One dealing account closed, and a past thought of switching called off ("当时气得我都想过换个银行，后来想想算了").
    'share dealing account', 'trading account', '想过换', '后来想想算了',
    // "我弟说他要把钱都转到别的银行去 … 我懒得折腾 就存你们这儿吧" (not bare 懒得折腾: "我也懒得折腾了 … 把钱全转过去" leaves).
    '我弟说', '我哥说', '我姐说', '我妹说', '懒得折腾,就存', '就存你们这',
    // "Our drummer's been saying he'll switch banks", "A friend of mine … she's switching banks … If someone closed their account".
    'been saying he', 'been saying she', 'if someone closed', 'if someone closes',
    // "你们银行我用了二十年了，不走的", "我同事跟我说转到别的银行去转按揭 … 我就是问问 不会转的".
    '不走的', '不会转',
    // A spare payroll account closed, the main one kept: "我们基本户还是放你们这里，就这个没用的销掉".
    '还是放你们这',
  ],
  /** Standing arrangements whose move to another bank is leaving it (zh): salary, mortgage, savings. */
  churn_standing_zh: ['工资卡', '工资', '代发', '房贷', '存款', '定期', '养老金', '退休金', '社保卡'],
  /** A scam retold ("they said move my money to a safe account"): the fraudster's words, not the caller's plan. */
  // Not bare "scam": "a fee on a student account, which is literally a scam" is hyperbole, not a fraud retold.
  scam_words: ['a scam call', 'scam call', 'scam text', 'the scam', 'was a scam', 'scammer*', 'fraudster*', 'safe account', '安全账户', '诈骗', '骗子', '冒充'],
  /** Refusing to talk to the agent, not to bank ("我不跟你们小姑娘说 你把经理叫来"); "我不跟你说了 明天就去销户" still leaves. */
  churn_talk_refused: ['不跟你们小姑娘'],
  /** Leaving said and taken back in the same breath ("…别家银行换的 想想算了"). */
  churn_called_off: ['想想算了', '还是算了', '不过算了', '这次就算了', '这回就算了', '后来想想', '算了不换', '不换了', 'changed my mind', 'decided against it', 'thought better of it', "that's daft", '后来算了', '我说没必要', '我觉得没必要'],
  /** Moving money into another product of the same bank: not leaving it. */
  churn_internal_move: [
    'into something', 'into a fund', 'into an investment', 'into investments', 'into an isa', 'into a bond', 'into a fixed',
    'into a savings', 'into a higher', 'into a better', 'get a new one', 'send me a new one', 'new one ships', '转成理财', '换成理财', '买成理财', '转成定期', '转定期',
  ],
  /**
   * A loan here repaid from another bank's card or account, or only the pay cheque banked elsewhere, keeps the
   * customer: "我要绑一张他行的卡来还房贷 建行的卡", "pay it from a different bank account, I've switched banks for my salary".
   */
  churn_payment_source: [
    // "I want to set up autopay from my checking at another bank" (a loan here paid from there).
    'autopay from', 'checking at another bank',
    '绑一张他行', '绑定他行', '绑他行', '他行的卡来还', '他行卡来还', '用他行卡还', '用他行的卡还', '绑一张建行', '绑一张工行', '绑一张农行', '绑一张中行',
    'pay it from a different bank', 'paid from a different bank', 'from a different bank account', 'from my other bank',
    'switched banks for my salary', 'switched banks for my paycheck', 'switched banks for my pay', 'switched banks for my wages',
    // "can my husband pay part of it from his account at another bank?"
    'from his account at', 'from her account at', 'from my account at',
  ],
};

/**
 * Proximity pairs of intent.churn (referenced from the default pack): leaving said in two parts, the thing
 * and what happens to it. 注销 alone also cancels services (短信提醒); churn is cancelling the card or account.
 */
export const CHURN_NEAR: ProximitySpec[] = [
  { a: ['注销', '取消', '不要了'], b: ['卡', '账户', '信用卡', '户头'], within: 3, withinChars: 6 },
  // "我名下这三张卡 等这事处理完我全部注销": every card named first, all of them cancelled later in the sentence.
  { a: ['卡', '账户', '户头'], b: ['全部注销', '全都注销', '都注销', '全注销', '全部销掉', '全销了'], within: 10, withinChars: 16, ordered: true },
  { a: ['换', '转到', '转去', '挪到', '搬到'], b: ['别的银行', '其他银行', '别家'], within: 3, withinChars: 8 },
  { a: ['转到', '转去', '存到', '存去', '挪到', '搬到', '放到', '取出来存', '转出去', '全部弄到', '都弄到'], b: ['@other_bank', '@other_place'], within: 3, withinChars: 8 },
  // "这银行我以后不存了", "你们这我再也不来了".
  { a: ['@churn_this_bank'], b: ['@churn_leave_strong', '@churn_leave_weak'], within: 5, withinChars: 10 },
  { a: ['@churn_this_place'], b: ['@churn_leave_strong'], within: 5, withinChars: 8 },
  // "I want everything here closed", "take my money elsewhere", "switching to Monzo".
  { a: ['@churn_all'], b: ['@churn_closed'], within: 3, ordered: true },
  // "put everything under one roof over there", "send it all over there".
  { a: ['@churn_all', 'it all'], b: ['over there', 'over to them'], within: 4, ordered: true },
  { a: ['@churn_move_en'], b: ['@churn_elsewhere_en'], within: 5, ordered: true },
  // "I'm moving the whole merchant account over there" (the other bank named just before).
  { a: ['mov*', 'shift*', 'switch*'], b: ['over there', 'over to them'], within: 10, ordered: true },
  // "I'm moving the practice accounts to Barclays", "taking the pharmacy's banking to Starling", "We're moving all the co-op accounts
  // over to the credit union next month", "we're moving the club account and the bar account to Nationwide" (not "accounts to the": "paying from the two club accounts to the credit union's loan desk").
  { a: ['my account to', 'our account to', 'the account to', 'bar account to', 'club account to', 'business account to', 'current account to', 'accounts to', 'accounts over to', 'accounts across to', 'banking to', 'banking over to', 'banking across to', 'accounts over to the', 'accounts across to the', 'banking over to the', 'banking across to the'], b: ['@churn_banks_en'], within: 0, ordered: true },
  // "I'm moving the entire portfolio to JPMorgan".
  // (A sum moved to one's own account elsewhere, "move £200 to my Santander account", is a transfer.)
  { a: ['moving the entire', 'moving the whole', 'move the entire', 'move the whole', 'moving everything', 'move everything', 'moving all of', 'move all of', 'moving my portfolio', 'move my portfolio', 'moving my investments', 'move my investments'], b: ['@churn_banks_en'], within: 4, ordered: true },
  // "I'll just shift that and everything else across to the Bendigo in town"; "move it over to Barclays when the fix ends".
  { a: ['everything else', 'the lot', 'the whole lot', 'all of it'], b: ['across to', 'over to'], within: 1, ordered: true },
  { a: ['move it over to', 'moving it over to', 'switch it over to', 'switching it over to', 'take it over to'], b: ['@churn_banks_en'], within: 0, ordered: true },
  // "I'm taking the brewery's accounts and the loan over to First Citizens", "I am shifting all my accounts and the loan to HDFC".
  { a: ["i'm taking the", "i'm taking my", "i'm taking our", "we're taking the", "we're taking our", 'i am shifting all my', "i'm shifting all my", 'we are shifting all our', "we're shifting all our"], b: ['@churn_banks_en'], within: 10, ordered: true },
  // Accounts moved to a bank the lists do not name: "I'm moving the tea room's accounts and my personal ones to Northway Bank next week".
  { a: ["i'm moving the", "i'm moving my", 'i am moving my', "we're moving the", "we're moving our"], b: ['bank next', 'bank this', 'bank at the end', 'bank by the end'], within: 10, ordered: true },
  // ...and every account moved to a named place by a date: "I'm moving all my accounts to Northgate as soon as this is sorted".
  { a: ['moving all my accounts to', 'moving all our accounts to', 'moving all my accounts over to', 'moving all our accounts over to', 'moving all my banking to'], b: ['as soon as', 'once this', 'when this', 'after this', 'next week', 'next month', 'this week', 'tomorrow', 'end of the month'], within: 3, ordered: true },
  // "I've already opened a card with Amex".
  // (An account opened there, "opened an account at Vanguard", is churn_switch_en's 'open* an account at'.)
  { a: ['opened a card with', 'got a card with', 'applied for a card with'], b: ['@churn_banks_en'], within: 1, ordered: true },
  // "I already opened a Chime account".
  { a: ['opened a', 'opened an', 'opening a', 'opening an'], b: ['@churn_banks_en'], within: 0, ordered: true },
  // "it's going to Barclays, they've already opened the account for me".
  { a: ["it's going to", "it's all going to", "money's going to", 'the money is going to', "it's going straight to", 'going straight to', 'goes straight to'], b: ['@churn_banks_en'], within: 0, ordered: true },
  // A pay cheque sent away: "my direct deposit hits next week. Maybe I'll have it go somewhere that doesn't lock it up".
  { a: ['have it go', 'have it sent', 'have it paid', 'have them send it', 'have them pay it'], b: ['@churn_elsewhere_en'], within: 2, ordered: true },
  { a: ['@churn_switch_en'], b: ['@churn_banks_en'], within: 4, ordered: true },
  // Standing arrangements moved away: "moving my paycheck and my mortgage over to Chase".
  { a: ['@churn_standing_en'], b: ['over to', 'across to', 'everything over', 'it all over', 'over there', '@churn_elsewhere_en'], within: 8, ordered: true },
  { a: ['@churn_standing_en'], b: ['@churn_banks_en'], within: 3, ordered: true },
  // "Chase is giving me a better deal on everything"; "I'm closing down all my business accounts".
  { a: ['@churn_banks_en'], b: ['better deal', 'better offer', 'better rate'], within: 5, ordered: true },
  // "I opened a Monzo account last week".
  { a: ['opened a', 'opened an', 'opening a'], b: ['@churn_banks_en'], within: 1, ordered: true },
  // Scots: "I'm away to the Clydesdale".
  { a: ["i'm away to", 'away to the'], b: ['@churn_banks_en'], within: 1, ordered: true },
  { a: ['clos* down', 'shut* down'], b: ['account', 'accounts', 'checking', 'savings'], within: 4, ordered: true },
  // "I'm moving every cent she has to our credit union".
  { a: ['every cent', 'every penny', 'every dollar'], b: ['@churn_elsewhere_en', '@churn_banks_en'], within: 6, ordered: true },
  // "close my checking and savings and send the balance to my new RBC account".
  { a: ['clos* my checking', 'clos* my savings'], b: ['@churn_banks_en'], within: 12, ordered: true },
  // "the mortgage, the savings, the lot is going to Barclays"; a bank named first, then what it takes ("the credit union … take my paycheck").
  { a: ["everything's going to", 'everything is going to', "it's all going to", 'is going to', 'are going to', 'all going to', 'goes to', 'is moving to', 'are moving to'], b: ['@churn_banks_en'], within: 1, ordered: true },
  { a: ['@churn_banks_en'], b: ['take my paycheck', 'take my paycheque', 'take my salary', 'take my savings', 'take my mortgage', 'take my business'], within: 10, ordered: true },
  // "refinance my HDB loan over to DBS", "signed the letter of offer with DBS".
  { a: ['@churn_refinance_en'], b: ['@churn_banks_en', 'another bank', 'another lender', 'elsewhere'], within: 6 },
  { a: ['letter of offer with', 'offer letter from', 'signed with'], b: ['@churn_banks_en'], within: 1, ordered: true },
  // "隔壁建行利率低…我打算把贷款转到那边去": the bank named, then the move.
  { a: ['@other_bank'], b: ['@churn_move_there_zh'], within: 10, withinChars: 40, ordered: true },
  // "以后我还是去中行开个户从那边汇", "帐户我也要收掉", "我这个月就把账户销了".
  // "以后全用招行".
  { a: ['以后全用', '以后都用', '以后就用', '以后只用', '全部改用', '都改用'], b: ['@other_bank'], within: 2, withinChars: 4, ordered: true },
  { a: ['@other_bank'], b: ['开个户', '开户吧', '开新户', '开一个户', '办张卡', '办一张卡', '办个卡', '开户'], within: 2, withinChars: 3, ordered: true },
  { a: ['账户', '户头', '户口', '这张卡'], b: ['收掉', '关掉', '结清掉', '结掉', '不用留', '撤了', '撤掉', '撤走', '撤销掉', '销了'], within: 4, withinChars: 8, ordered: true },
  // "I'll be taking my current account and savings with me".
  { a: ['account', 'accounts', 'savings', 'money', 'mortgage', '@churn_all'], b: ['with me'], within: 3, ordered: true },
  { a: ['clos*', 'shut*', 'terminat*', 'cancel*'], b: ['account', 'accounts', 'card', 'cards'], within: 3, ordered: true },
  { a: ['这张卡', '这个卡', '这卡', '你们的卡', '你们家的卡', '你们这个卡', '这边的卡', '这边的户口', '户口和卡'], b: ['不用了', '不要了', '不想用了', '用不着了', '不会用了', '停了', '注销', '销了', '销掉'], within: 4, withinChars: 6, ordered: true },
  // "工资卡下个月我也换掉".
  { a: ['@churn_standing_zh'], b: ['换掉', '转走', '销掉', '注销掉'], within: 5, withinChars: 10, ordered: true },
  // A standing arrangement moved to a named bank: "房贷都转建行了", "工资卡下个月单位统一改到建行了".
  { a: ['@churn_standing_zh'], b: ['@other_bank'], within: 8, withinChars: 14, ordered: true },
  // "定期到期了就全部挪过去": a standing arrangement moved over whole, to the bank compared a turn earlier.
  { a: ['@churn_standing_zh'], b: ['全部挪过去', '都挪过去', '全挪过去', '全部转过去', '都转过去', '全转过去', '全部搬过去', '都搬过去'], within: 8, withinChars: 14, ordered: true },
  // Takings routed to another bank from a date: "下个月开始船票收款全部走北部湾农商行".
  { a: ['收款全部走', '收款都走', '收款全走', '流水全部走', '流水都走'], b: ['@other_bank'], within: 4, withinChars: 12, ordered: true },
  // "信用卡我这个月还完也准备注销": the card named first, the decision to cancel it at the end of the clause.
  { a: ['信用卡', '这卡', '这张卡', '卡'], b: ['准备注销', '打算注销', '就注销', '也注销', '准备销掉', '打算销掉', '就销了', '就销掉'], within: 8, withinChars: 12, ordered: true },
];
