/**
 * The call touches the customer's own account or card: what banks require an identity check for
 * (appliesWhen of identity.verification). Two families: account-specific information (balance,
 * transactions, bill/statement, limit, what is owed) and changes (phone, address, password/PIN,
 * card activation/loss/freeze, limits, authorised users, transfers, closing). A general enquiry
 * (rates, fees, branch hours, how to apply) says none of these, so it needs no check.
 * Bare words that general enquiries also use are left out on purpose: 还款 ("提前还款要违约金吗"),
 * 转账 ("跨行转账手续费多少"), "transactions" ("a fee for foreign transactions"), "transfer"
 * ("balance transfer rate"), 额度 / "credit limit" ("what limit would I get"), 密码 (the closing
 * "请勿泄露密码"); they count only with a possessive or an action word.
 */
export const ACCOUNT_LEXICON: Record<string, string[]> = {
  account_info_zh: [
    // "我想看看我这个ETC卡这礼拜都扣了哪些过路费".
    '扣了哪些',
    // "有个新加坡的客户说上周就把尾款汇过来了，我想问问到了没有".
    '到了没有', '到没到',
    // "想问下昨天的代收货款结算是不是少了一笔".
    '结算是不是少了', '少了一笔',
    // The caller's own payroll run: "我们店今天给员工发工资，有几个人说没收到".
    '给员工发工资',
    // "我这个月钱怎么少了那么多，帮我看看都扣到哪儿去了".
    '钱怎么少了', '扣到哪',
    // The caller's own policy asked after: "我那个保险现在退的话能退多少", "你查查我那个保险".
    '我那个保险', '我的保险', '我那份保险', '我的保单', '我那个保单', '能退多少', '退的话能退',
    // The caller's own holdings asked after or traded: "我那个理财现在亏了多少", "把基金赎回 换成别的".
    '我那个理财', '我那几个理财', '我的理财', '我买的理财', '我那个基金', '我的基金', '我买的基金', '亏了多少', '赎回',
    // A payment the caller's company made, asked after: "我们今天上午给那个纸箱厂付的款出去了没有".
    '付的款', '款出去了', '钱出去了没', '付出去了没',
    // The caller's own transfer failing ("我想把攒钱罐里的钱转到活期 一直提示失败").
    '一直提示失败', '转账失败', '转出失败', '转不出来', '转不出去', '里的钱转到',
    '余额', '还有多少钱', '剩多少钱', '还剩多少', '卡里还有', '卡里有多少', '我卡里', '我卡上', '我的卡里', '我的卡上', '您卡里', '您卡上还有', '您卡上有', '您卡上的',
    '我的账户', '我账户', '您的账户', '您账户', '账户里', '我账上', '账上还有', '账上有多少', '账上的钱',
    '交易记录', '交易明细', '交易流水', '我的流水', '消费记录', '账单明细', '消费明细', '这笔交易', '那笔交易', '一笔交易', '这笔消费', '那笔消费', '一笔消费', '最近一笔',
    // Not bare 扣款: "系统每月自动扣款申购" explains a product.
    '扣了我', '被扣', '多扣', '扣了两次', '扣重', '乱扣', '怎么扣了', '又扣了', '扣了个', '扣我', '钱到账', '到账了吗', '没到账', '没有到账', '到账没', '入账', '进账', '工资到',
    // Not bare 账单: "账单分期手续费怎么算" is a general enquiry.
    '我的账单', '我账单', '月账单', '期账单', '账单多少', '账单金额', '账单是多少', '账单明细', '账单上', '对账单', '还款金额', '还款额', '最低还款', '应还', '要还多少', '还多少', '欠款', '欠多少', '还欠', '逾期', '月供多少', '我的月供',
    '我的额度', '我额度', '可用额度', '剩余额度', '临时额度',
    '钱也没了', '钱没了', '还剩几期', '剩几期', '我那个分期', '我的分期', '分期还剩', '我那张卡', '我张卡', '我嗰张卡',
    '我想提前还', '我要提前还', '帮我提前还', '提前还一部分', '我的房贷', '我房贷', '我的贷款', '我贷款', '房贷还剩',
    '卡被吞', '吞卡', '我名下', '一笔扣款', '有笔扣款', '我这个房贷', '我这房贷', '我这个贷款', '我这笔贷款', '我之前买的', '我买的那个理财', '我买的理财', '我的理财', '我的定期', '我定期', '我那个定期', '我那笔定期', '我这笔定期', '给我转成活期', '我的存款', '帮我开通', '我想开通', '开通一下', '支付失败', '付款失败', '交易失败', '一直失败',
    '钱退了', '还没收到', '没收到钱', '刷了我', '被骗', '盗刷', '不是我刷的', '不是我消费的', '不是我买的', '被刷',
  ],
  account_change_zh: [
    // One instalment plan's term changed: "好的，我现在就帮您把这笔改成十二期".
    '帮您把这笔改', '把这笔改成',
    // A debit's date moved: "我想改一下我的汽车租赁代扣日期".
    '代扣日期', '扣款日期', '改扣款日', '扣款日改', '代扣日改',
    // The card a loan is repaid from: "想把还款卡换一张".
    '还款卡换', '换还款卡', '改还款卡', '还款卡改',
    '预留手机', '预留的手机', '手机号换', '换手机号', '换了手机号', '改手机号', '手机号改', '修改手机号', '变更手机号', '更换手机号', '新手机号',
    '新号码', '换号', '改号', '号码要换', '电话号码要换', '户口电话',
    '改地址', '修改地址', '地址改', '更改地址', '变更地址', '地址变更', '新地址', '搬家', '账单地址', '邮寄地址',
    '重置密码', '密码重置', '忘记密码', '密码忘了', '忘了密码', '改密码', '修改密码', '重设密码', '密码锁', '密码错', '输错密码',
    '激活', '挂失', '卡丢', '丢了', '丢失', '被偷', '被盗', '冻结', '解冻', '锁卡', '止付', '解锁', '补卡', '补办', '换卡',
    '提额', '调额', '提升额度', '提高额度', '调整额度', '额度调', '额度提', '降额', '降低额度',
    '附属卡', '副卡', '附卡',
    '我要转账', '我想转账', '帮我转账', '帮您转账', '转一笔', '汇一笔', '转账给', '转钱给', '汇款给', '转给我', '转给她', '转给他', '转出去', '转过去',
    '销户', '注销', '销卡', '关闭账户', '关掉账户', '把卡关', '把账户关',
    // A large cash withdrawal booked against the caller's account.
    '预约取现', '取现预约', '现金预约', '预约取款', '大额取现', '取现金',
    // A card terminal's or card's transaction limit raised: "刷卡机提示超限额了，你赶紧给我调一下".
    '超限额了', '调一下限额', '调高限额', '提高限额', '调整限额', '限额调',
    // "麻烦把我们单日代发限额从五十万调到八十万".
    '限额从',
    // The card an instalment is taken from changed: "原来是从我那张储蓄卡扣款，我想换成另一张".
    '扣款卡', '换成另一张',
  ],
  account_info_en: [
    // A staged loan's releases asked after: "I need to know how much of my renovation loan's already gone to the contractor".
    "how much of my renovation loan", 'already gone to the contractor', 'already gone to the builder',
    // A mortgage drawdown asked after on completion day: "completion's meant to be tomorrow, has the mortgage money been released?".
    'mortgage money been released', 'mortgage been released', 'mortgage funds been released',
    // A franchisee's own settlement asked after, and the account's number asked for: "check whether head office paid our COD
    // settlement this week", "what's the last four of the account?".
    'our cod settlement', 'our settlement', 'last four of the account',
    // "I'm calling about my instalment plan", "I want to check which student deposits came in this week".
    'my instalment plan', 'my installment plan', 'deposits came in', 'transfers came in', 'payments came in',
    // A payment or balance of the caller's own asked after: "I want to know if it's gone through", "how much is in my savings".
    "if it's gone through", 'has it gone through', 'gone through yet', 'how much is in my',
    // The caller's own policy or plan: "what my so-called savings plan is worth today", "get out of this savings plan".
    'my policy', 'my savings plan', 'savings plan is worth', 'plan is worth', 'policy is worth', 'get out of this savings plan', 'get out of this plan', 'get out of this policy', 'cancel my policy', 'cash in my policy',
    // A charge on the caller's own card: "I've been charged a fee for taking cash out in Prague".
    "i've been charged", 'i have been charged', 'i was charged', 'been charged a fee', 'charged me a fee',
    // The caller's own holdings asked after or an order in them: "what's my investment account looking like", "I put in an order yesterday".
    'my investment account', 'my investments', 'my portfolio', 'my funds', 'my fund', 'put in an order', 'placed an order', 'my order', 'cancel the order', 'cancel that order',
    // Someone else's account asked about ("the balance on his card") needs the check all the more.
    'has it gone in', 'gone in yet', 'has it come in', 'come in yet', 'on his card', 'on her card', 'his account', 'her account', "my husband's", "my wife's", "my mother's", "my father's",
    // A payment asked after: "checking if my pension payment came in", "confirm my car payment posted".
    'payment came in', 'deposit came in', 'payment posted', 'deposit posted',
    'our wire', 'my wire', 'wire went out', 'went out this morning', 'go out yet', 'gone out yet',
    'my balance', 'your balance', 'checking balance', 'savings balance', 'account balance', 'check cleared', 'the balance on my', 'the balance on your', 'the balance on the card', 'the balance on the account', 'balance on my', 'the balance of', 'balance of my', 'balance in my', 'current balance', 'available balance', 'my outstanding balance', 'your outstanding balance',
    'how much is left', 'left on my', 'how much do i owe', 'how much i owe', 'behind on', 'in arrears', 'arrears', 'missed payment',
    'my transactions', 'recent transactions', 'transaction history', 'last transaction', 'this transaction', 'that transaction',
    'recent payments', 'last few payments', 'last payment', 'this charge', 'that charge', 'a charge on', 'charged me', 'direct debit',
    'my statement', 'your statement', 'last statement', 'latest statement', 'this statement', 'my bill', 'your bill', 'latest bill',
    'minimum payment', 'minimum repayment', 'amount due', 'payment due', 'repayment amount', 'monthly repayment', 'my repayment*', 'my payment*',
    'my limit', 'your limit', 'my credit limit', 'your credit limit', 'my overdraft', 'your overdraft',
    'on my account', 'in my account', 'from my account', 'into my account', 'to my account', 'on your account', 'in your account',
    'my account number', 'my card number', 'on my card', 'on your card',
    'still owe', 'owe on', 'contact number', 'autopay', 'card got renewed',
    'my mortgage', 'my loan', 'payment holiday', 'charged twice', 'double charged', 'refund me', 'chargeback', 'used my card',
    'my card was', "my card's", 'my card is', 'got declined', 'was declined', 'been declined', 'card declined', 'keeps declining', 'keeps getting declined', 'keeps failing', 'pay my', "didn't make", 'did not make', "don't recognise", "don't recognize", 'unauthorised', 'unauthorized', 'fraudulent', 'dispute', 'past due', 'overdue', 'days late', 'repossess*',
  ],
  account_change_en: [
    'change my number', 'change my phone', 'change my mobile', 'update my number', 'update my phone', 'update my mobile', 'new number',
    'new phone number', 'new mobile', 'number on file', 'number on the account', 'number on my account',
    'change my address', 'update my address', 'change of address', 'new address', 'change the mailing address', 'mailing address on my', 'change the address on my', 'update the address on my', 'moved house', "i've moved", 'i moved',
    'reset my password', 'password reset', 'forgot my password', 'forgotten my password', 'change my password', 'locked out',
    'reset my pin', 'pin reset', 'forgot my pin', 'forgotten my pin', 'change my pin', 'new pin', 'pin locked', 'pin is locked',
    'activat*', 'lost my card', 'lost card', 'card was stolen', 'card stolen', 'stolen', 'freeze', 'frozen', 'block my card',
    'block the card', 'cancel my card', 'cancel the card', 'replacement card', 'replace my card',
    'increase my limit', 'raise my limit', 'lower my limit', 'reduce my limit', 'limit increase', 'limit decrease', 'change my limit',
    'authorised user', 'authorized user', 'additional cardholder', 'additional card', 'second card for', 'add my wife', 'add my husband',
    'add my partner', 'add someone', 'remove my',
    'i want to transfer', 'i need to transfer', "i'd like to transfer", 'i want to send', 'i need to send', "i'd like to send",
    'i want to move', 'i need to move', "i'd like to move", 'make a transfer', 'make a payment', 'set up a transfer',
    'close my account', 'closing my account', 'close the account', 'cancel my account', 'shut my account',
    // Someone's limit changed on the card programme's say-so: "his limit's too low. Bump it to fifteen thousand".
    "limit's too low", 'limit is too low', 'bump it to', 'bump the limit', 'bump up the limit', 'bump his limit', 'bump her limit', 'raise his limit', 'raise her limit',
    'i need to pull out', 'i want to pull out', 'i need to withdraw', 'i want to withdraw', "i'd like to withdraw", 'order cash', 'cash order', 'large cash withdrawal',
  ],
  /**
   * The agent looks at, tells from or does something to the caller's own account (with account_disclosed_*):
   * without one of these the call stayed general, whatever the caller said about their account.
   */
  agent_on_account_zh: [
    // What came in and was charged, read out: "昨天到账一笔九千三，还扣了五十六块手续费，还有一笔两千没到".
    '到账一笔', '入账一笔', '进账一笔', '块手续费',
    '已经帮您', '已经给您', '已帮您', '已为您', '已经给你', '已经帮你', '给你解锁', '帮你解锁', '给您解锁', '帮您解锁', '给你重置', '帮你重置', '重置一下', '帮您办好', '给您办好', '办好了', '改好了', '已经改', '已经把', '修改成功', '已经成功', '办理成功',
    '冻结了', '已冻结', '挂失了', '已挂失', '解锁了', '已解锁', '激活了', '已激活', '调整了', '已调整', '重置了', '取消了', '关闭了', '开通了',
    '帮您提交', '给您提交', '已提交', '帮您申请', '给您申请', '为您办理', '给您办理', '帮您办理', '直接给您办', '帮您登记', '给您登记', '帮您改', '给您改',
    '我看到', '我这边看到', '我这看到', '看了一下', '我看一下', '我查一下', '我查了', '帮您查', '给您查', '查到', '查询到', '系统显示', '显示您', '系统里',
    '您名下', '您这张卡', '您的卡', '您卡', '您账户', '您的账户', '您这笔', '您的余额', '您本期', '您的账单', '您的额度', '您的贷款', '您那笔', '您的三年定期', '您的一年定期', '您的两年定期', '您的五年定期', '您的定期', '目前本息', '本息合计', '到期自动转存了',
    '已经逾期', '逾期了', '逾期天数', '逾期金额', '您逾期', '欠款', '我睇吓', '睇到', '我睇', '您这张', '您今年', '已经刷了', '余额都在', '已经制好', '新卡已经', '还剩',
    // Taking the new value is starting the change: "新号码是多少".
    '新号码', '新的号码', '新手机号', '新的手机号', '新地址', '新的地址',
    // Finding the card by the number calling in ("我看下您这个来电号码绑的卡") is looking at the account.
    '来电号码绑', '来电号码绑定', '商户是',
    // The caller's file read and changed: "您登记的身份证号是…", "您现在登记的单位是…额度是两万", "我这边帮您更新了".
    '您登记的', '您现在登记的', '帮您更新了',
    // "好，我直接给您把单笔限额从一万调到三万了".
    '把单笔限额', '把限额', '限额从',
  ],
  agent_on_account_en: [
    // "The mortgage linked to this number ends in four one seven. I can put a two-month holiday on that for you now … Okay, that's applied".
    'linked to this number', "okay, that's applied", 'holiday on that for you',
    // "Let me find it. Pryce, Cardiff. Okay, Welsh Water took forty-two pounds on the first".
    'let me find it', 'let me find the account', 'let me find her account', 'let me find his account',
    // "let me bring that up. So the e-bike plan was … there's eight hundred pounds outstanding, five more at one sixty".
    'bring that up', 'bring it up', 'pounds outstanding', 'dollars outstanding', 'euros outstanding',
    // Staged releases read from the screen: "Looking at it now, stage one of fifteen thousand went out in January … eighteen thousand is still held back".
    'looking at it now', 'still held back', 'stage one of', 'stage two of',
    'i can see', 'i see two', 'i see three', 'i see a payment', 'i see the payment', 'i see a charge', 'i see the charge', 'looking at your', 'looking at the account', 'let me check', 'let me look', 'let me pull', 'pull up', 'pulled up', 'bring up',
    'i have your', "i've got your", 'pull that up', 'pull it up', 'pulled it up', 'on your account', 'on the account', 'on your card', 'on this line', 'on file',
    'the balance', 'your statement', 'your payment', 'your loan', 'your limit', 'your transaction*',
    "i've updated", "i've changed", "i've blocked", "i've frozen", "i've cancelled", "i've canceled", "i've reset", "i've activated",
    "i've unlocked", "i've unblocked", 'i unlocked', 'i reset the', 'i see it', 'unblocked it', 'pin reminder', "i've lowered", "i've reversed", "i've ordered", "i've put", "i've set", "i've sent", "i've added", "i've removed",
    'updated', 'has been changed', 'is blocked', 'is frozen', 'is cancelled', 'is canceled', 'all set', 'all done', "that's done", 'done for you',
    'processed', 'submitted', 'past due', 'overdue', 'arrears', 'went in on', 'balance is',
    "i've opened", "i've raised", "i've logged", "i've filed", "i've got you", "i've got it", 'found you', 'found your', 'found it by your', 'found it under your', 'there we go',
    'one sec', 'bear with me', 'last few transactions', 'last five', 'last three transactions', 'last three payments', 'last three charges', 'last three are', 'last three:', 'transactions are', 'statement balance', 'account ending',
    'card ending', 'pending', 'posted', "i'll refund", "i'll reverse", "i'll block", "i'll freeze", "i'll cancel", "i'll update",
    "i'll change", "i'll raise", "i'll close", "i'll find you", "i've got",
    // Doing it while the caller waits: "Changing it now", "It's all on the same profile".
    'changing it now', 'changing that now', "it's active", 'it is active now', 'your credit limit', 'i see your new', 'i see your card', 'i see your account', 'updating it now', 'updating that now', 'on the same profile', 'on your profile',
    'the new number', 'the new address', 'your new number', 'your new address', 'new phone number', 'new mobile number',
  ],
  /** The agent says a change is already made: a check asked for only afterwards ("我这边备注一下") is too late. */
  account_changed_done: [
    '已经给您改好了', '已经帮您改好了', '给您改好了', '帮您改好了', '已经改好了', '修改成功了', '已经给您改成', '已经帮您改成',
    // "已经帮您把通讯地址更新为美国地址了".
    '已经帮您把', '已经给您把',
    "i've updated your", "i've changed your", "that's updated", "that's been updated", 'all updated now',
    // "I'll update the surname to Fletcher on both now... done".
    "i'll update the surname", 'update the surname to', 'updated the surname',
    // "我现在帮您把预留手机改回…好了，已经改回来了".
    '已经改回来了', '已经给您改回', '已经帮您改回',
  ],
  /** What to bring and where to go to do something at a branch: a how-to answer, nothing done on the call. */
  branch_procedure: [
    // Which branch opens over the holiday, and a large cash withdrawal booked there ("帮您查一下附近初四营业的网点 或者帮您预约大额取现").
    '查一下附近', '附近营业', '预约大额取现',
    // Whether a branch can do it on a Saturday ("社保卡激活能办吗 周六").
    '能办吗', '可以办吗', '能不能办',
    '带身份证到网点', '带身份证去网点', '要带啥', '带啥子', '要带什么', '需要带什么', '得带什么', '带什么材料', '带上身份证', '带着身份证', '带好身份证', '去任何一个网点', '需要带上', '要带上', '本人到场',
    'what do i need to bring', 'what should i bring', 'what do i bring', 'bring your id', 'bring photo id', 'bring your passport',
  ],
  /**
   * Not the caller's account being looked at: an insurance policy's own sub-accounts described as product
   * mechanics ("一部分放到投资账户里 账户里有积极型 稳健型"), and an offer to look only if the caller wants
   * ("如果需要查询 可以提供一下身份信息我帮您查").
   */
  /**
   * A fraudster's message or call retold ("收到一条短信 说我的信用卡被冻结了", "someone saying he's from your security
   * team … I need to move my savings"): the caller's account is what the scammer talked about, not what is asked.
   */
  scam_told: [
    // Not a text received alone ("我收到短信说我贷款逾期了" is the bank's own): a message the caller doubts or was told to act on.
    '是你们发的吗', '是不是你们发的', '这是你们发的', '让我点', '点链接', '点个链接', '打电话说他是', '冒充', '自称是',
    'got a text saying', 'a text saying', 'a text that said', "saying he's from", "saying she's from", 'saying they were from', "saying they're from",
    'claiming to be', 'claimed to be', 'pretending to be', 'said he was from', 'said she was from', 'said they were from', 'impersonat*',
  ],
  /** The agent declaring the identity check skipped (identity.verification's excludeInCall). */
  verification_skipped: [
    'skip the security questions', 'skip the security', 'skip security', 'skip the questions', 'skip verification', 'skip the verification',
    'skip all that', "i'll skip that", 'skip that then', 'no need to verify', "won't bother with security", '就不核实了', '不跟您一项一项核实', '就不跟您核实', '不一项一项核实', '不用核实了', '就不验证了', '先不核实', '就不走验证', '免得核实',
  ],
  /**
   * The agent's own admission, in the checking turn, that the check comes late (identity.verification's lateWhen):
   * "Oh, I should have asked first, sorry", "Sir, sorry, I should have done this first", "刚才忘了跟您核实身份",
   * "哦对了，先跟您核实一下身份" (an afterthought, said once the account had already been dealt with).
   */
  check_admitted_late: [
    // "Oh, sorry, before we go further I do need to verify you" (an apology for the order).
    'sorry, before we go', 'sorry, before i go', 'oh, sorry, before', 'let me just verify you properly',
    'should have asked', "should've asked", "should've checked", "should've verified", 'should have done this first', 'should have done that first', "should've done this first", "should've done that first", 'should have checked', 'should have verified',
    'should have confirmed', 'should have started with', "should've asked", "should've done this", "should've checked", 'forgot to ask',
    'forgot to check', 'forgot to verify', 'forgot to do security', 'meant to ask you first', 'meant to do this first',
    // "哦不好意思，按规定我还得核实一下您的身份" (round 196).
    '按规定我还得', '按规定还得先',
    '忘了跟您核实', '忘了核实', '忘记核实', '忘了先核实', '忘了验证', '忘了跟您核对', '刚才忘了', '刚才忘记了', '差点忘了', '应该先核实', '应该先跟您核实', '本来应该先',
    '哦对了', '噢对了', '喔对了', '对了先核实', '对了先跟您核实', '对了先帮您核实', '对了先给您核实', '对了先核对',
    '对了,先核实', '对了,先跟您核实', '对了,先帮您核实', '对了,先给您核实', '对了,先核对',
  ],
  /** Last digits of a card: they identify the card, not the caller, so they check identity only with a second factor. */
  identity_last_digits: ['后四位', '末四位', '后六位', 'last four', 'last 4', 'last six'],
  /** A second factor asked in the same turn as the last digits: a name, birth date, id digits, phone tail, code. */
  identity_second_factor: ['姓名', '名字', '全名', '贵姓', '手机尾号', '手机号后', '手机号的后', '手机号码后', '手机号码的后', 'name', '出生', '生日', '身份证', '证件', '地址', '验证码', '密码', 'date of birth', 'birthday', 'dob', 'zip', 'postcode', 'post code', 'address', 'code', 'passcode', 'pin', 'social', 'ssn', 'security', 'verify', 'verified', '核实', '核对', '验证'],
  account_not_looked_at: [
    // What a loan offers ("there's a payment holiday option of up to six months on request") and a review to come ("具体要到时候按您账户情况审核").
    "there's a payment holiday", 'payment holiday option', '到时候按您账户', '按您账户情况', '按您的账户情况',
    // Where a standing order will pay ("每月固定日期自动转到您的账户").
    '自动转到您的账户', '自动转到您账户',
    // Advice on what the caller can set up ("You can also set up a trusted contact on your profile").
    'you can also set up', 'you can set up a trusted',
    // General information said as such ("Sure, this is just general info so I don't need to go into your account"), and the fraud advice to
    // ring back ("please always call back on the number on your card if you're unsure").
    "don't need to go into your account", 'general info so', 'the number on your card', 'number on the back of your card',
    // A payment set up with someone else: "the payments themselves are set up with your loan servicer … You just give them your routing and account number".
    'give them your routing', 'your routing and account number', 'set up with your loan servicer',
    // Sympathy, not a screen: "I can see why that worries you", "I can see how that's frustrating" (not bare 'i can see why': "Ah, I
    // can see why - your card ending two five nine one has a fraud block on it").
    'i can see why that', "i can see why you're", 'i can see why you are', 'i can see how that', 'i can see that must', 'i can see that would',
    // Where to look in the app, and a busy agent: "Check the app, under payees, pending. You tap confirm.", "I've got other calls waiting".
    'under payees', "i've got other calls",
    // How a franchise deposit is frozen, told in general: "那冻结是怎么操作的？" "需要您和品牌方一起到网点签三方协议，定期到期前账户资金处于冻结状态".
    '冻结是怎么操作', '三方协议', '到期前账户资金',
    // A deposit scheme's cover told in general, and a question back about the charge: "the balance is protected under the deposit
    // guarantee scheme", "Is it a charge on your card you want to look into?".
    'the balance is protected', 'balance is protected under', 'is it a charge on your', 'is it a payment on your',
    // How a pension arrives and who may collect it, told in general: "我们这边一般是收到社保资金当天入账", "女儿拿您的卡和密码就可以在柜员机取".
    '我们这边一般是', '就可以在柜员机', '柜台代办需要',
    // The agent asks whether the question is about the card at all, and answers in general: "请问您是要问具体您这张卡的情况还是
    // 一般的收费规则？", "一般来说，银联通道消费港币是…入账".
    '是要问具体', '还是一般的', '一般来说', '一般是余额不足', '如果您开通',
    // "请问您是想了解产品还是直接查您账户的情况？"
    '了解产品还是', '还是直接查',
    // A look offered after a check the caller has not asked for: "如果您需要了解具体费率明细，可以核身后我帮您查询".
    '可以核身后', '核身后我帮您', '如果您需要了解',
    // How to apply, told in general: "You apply in the app under your loan, give a reason and some income details".
    'you apply in the app', 'apply in the app under',
    // A hypothetical and a general answer: "If I had a missed payment like four years ago, can I still get approved?", "It depends
    // on your recent history".
    'if i had a', 'it depends on your',
    // ...and a third party's terms: "That depends on the plan's contract, so you'd want to ask the provider how they handle the balance".
    'that depends on the', 'it depends on the', 'ask the provider', 'ask the merchant how',
    // Policy told in general: "When we're notified of a death, the account is frozen until probate", "任何人都可以往您的账户里转入".
    "when we're notified", '任何人都可以',
    // A look offered for later, if a notice comes: "如果后续真的收到调单通知，您再打我们电话，我们帮您查具体那笔交易".
    '再打我们电话', "call us back and we'll",
    // A merchant cash advance explained: "It's based on your card takings, and repayments come out as a percentage of daily sales".
    'based on your card takings', 'based on your takings',
    // A facility's terms told in general: "Usually up to eighty percent of the FOB value, subject to credit approval and your limit".
    'subject to credit approval',
    // "Yeah, look, that's all I've got on that. Bye." (nothing looked up).
    "that's all i've got",
    // Whose name a deposit goes in, told in general: "存在您名下，您支配起来方便一些；存在孩子名下，钱就归孩子了".
    '存在您名下', '存您名下', '存在孩子名下',
    // How gold's value moves, told in general: "它的价值完全跟着金价走，金价跌了您的账户市值也会跌".
    '跟着金价走', '金价跌了',
    // "Hi, just a general question, I don't need you to look at anything on my account."
    "don't need you to look at", 'do not need you to look at', 'not asking you to look at',
    // Where the caller can look, and what a merchant may chase in general: "赎回进度您在手机银行'我的基金'里可以查到",
    // "they could still chase you for money you owe under it".
    '里可以查到', '里面可以查到', '上可以查到', 'chase you for', 'money you owe under',
    // A service not yet offered anywhere ("只有部分城市开通了"), and a deceased holder's account handled without disclosure.
    '部分城市开通', '还不支持', "won't be able to discuss", "can't discuss balances", 'bereavement marker', 'bereavement team',
    '投资账户', '万能账户', '投连账户', '如果需要查询', '如需查询', '需要查询的话', '如果您需要查', '如果需要的话我帮您查',
    'if you want me to check', "if you'd like me to check", 'if you want me to look', "if you'd like me to look",
    // "depending on your card", "your balance sheet" (a loan application's papers) are general talk.
    'depending on your card', 'depends on your card', 'balance sheet', 'as it appears on the account',
    // How an auto-debit works ("对的 自动从您卡里扣"), and a callback registered ("我帮您登记一下 让我们主管给您回电").
    '自动从您卡里', '会自动从您', '自动从您账户', '登记一下让', '登记回电', '登记一个经理回电', '登记一个回电',
    // What the app can do ("现在大部分业务都可以用我们的手机银行办理 查余额 转账都可以的"), and a feedback ticket with a callback.
    '都可以用我们的手机银行', '都可以用手机银行', '手机银行就能查', '意见工单', '投诉工单',
    // Telling the caller to have family look it up ("那您让您儿子帮您查").
    '让您儿子', '让您女儿', '让家里人', '让您家里人',
    // A product pitched: its terms ("这款…到期连本带息给您", "代销了一只…股票型基金", "到期自动到您账户上") mention the customer's
    // money in passing, but nothing on the account is told or done.
    '这款', '代销', '股票型', '业绩比较基准', '起购', '起投', '认购期', '到期自动到您账户', '到期自动回到您', '到期连本带息', '连本带息给您', '连本带息都给您',
    // Policy told in general ("Generally we report a payment as late once it's 30 days past due"), and a refusal to tell a
    // third party anything ("没办法向第三方透露欠款金额"), look at no account.
    'generally we', 'we generally', 'as a general rule', '没办法向第三方', '不能向第三方', '无法向第三方', '不能透露', '无法透露', '不方便透露', "can't disclose", 'cannot disclose', 'unable to disclose', "can't discuss the account", 'cannot discuss the account',
    // A third party refused ("I can't access or act on an account for someone who isn't the account holder"), a callback
    // request put in ("主管会在二十四小时内回电"), and what happens to every deceased's account ("账户是会止付的").
    "can't access or act on", "can't access an account", 'cannot access an account', "isn't the account holder", 'is not the account holder', 'callback request', '主管会在', '是会止付', '会止付的', '都会止付',
    // The agent's queue ("I've got a queue of forty people"), a home visit requested ("上门服务申请", "让网点安排技术人员上门处理"), the
    // caller's feedback passed on ("也会把您的反馈提交上去"), and what an agent may not do for someone else ("Until the LPA is registered
    // I'm limited in what I can do on the account").
    'got a queue', 'a queue of', '上门服务', '服务申请', '上门处理', '您的反馈', 'limited in what i can',
    // A limit told as subject to the card's own settings ("具体额度以您的卡片设置为准", "具体以您的账户等级为准") is general, and so is a
    // term explained ("就是您账户的类别").
    '设置为准', '等级为准', '类别为准', '就是您账户的',
    // The number to call back on ("回电号码还是您预留的手机吗") is asked for no account.
    '回电号码',
    // Whether the caller may hear anything at all: "Are you registered on the account as an authorised user?"
    'registered on the account as', 'as an authorised user', 'as an authorized user',
    // A product described: "Our community savings account has no fees and lets you hold money alongside your current account".
    'account has no fees', 'account has no monthly fee', 'lets you hold money',
    // A transfer to a team leader ("I've got my team leader Mark here, I'm transferring you now"), an offer to look that is never taken up
    // ("let me see if there's a delay"), a callback and a fee review put in ("我现在帮您登记，请主管在二十四小时内给您回电", "费率是根据商户类型定
    // 的，我可以帮您申请一下优惠评估").
    "i've got my team leader", "i've got my manager", "i've got my supervisor", "let me see if there's", '给您回电', '优惠评估', '根据商户类型',
    // How an account is closed: "You can close through the app or in branch once the balance is transferred".
    'once the balance is', 'once the balance has',
    // Policy in general and a service set up later: "Ten dollars per missed payment, and yes, missed payments can be reported",
    // "a relationship manager would set that up after looking at your accounts".
    'per missed payment', 'missed payments can be', 'would set that up', 'after looking at your',
    // General advice and the agent's own queue: "Generally, when the ID document on file expires…", "make sure the mobile number
    // on file is one you can still receive texts on", "Anyway, I've got other calls waiting", feedback logged (意见反馈), a
    // reminder service told, and a rate compared with the caller's savings ("That's more than my savings account").
    'generally, when', 'generally when', 'make sure the mobile number', 'got other calls', '意见反馈', 'the easiest way to avoid', "until it's updated",
    'we do send', 'sms reminder', 'more than my savings',
    // "如果您已经有第三代社保卡并激活了金融功能 一般不需要另外开卡".
    '如果您已经有', '一般不需要另外',
    // How money from abroad arrives, told in general: "这种情况一般是对方通过第三方支付机构…到您账户时就是人民币了".
    '这种情况一般',
    // A maturity to check, said in general: "您名下如果还有定期，可以先确认到期日".
    '您名下如果', '如果您名下',
    // What to give a payer from abroad: "您提供给对方您的账户名、账号、我行的SWIFT代码".
    '提供给对方', '告诉对方您的',
    // A return promised in a pitch, not a figure read ("到时候连本带息一分都不会少": judged by sales.no_guaranteed_returns).
    '一分都不会少', '一分不会少',
    // How a special instalment is approved, told in general: "额度跟您信用卡的固定额度是分开的，一般会根据您的收入情况和征信来审批".
    '一般会根据您的',
  ],
  /** Whether an activity was the customer's own (fraud callbacks), not a check of who is calling. */
  activity_confirm: ['本人是吧', '本人对吧', '是本人吧', '是不是您本人', '本人操作', '本人消费', '本人交易', '本人登录', '登录是您本人', '消费是您本人', '交易是您本人'],
  /** A customer asking whether something heard is true ("邻居说…都要销户 是真的吗"): a question, not a request. */
  rumour_question: ['是真的吗', '是不是真的', '真的假的', 'is it true', 'is that true', 'is this true'],
};

/**
 * Moving money to or from the customer's own account, and changes said with words in between;
 * anchored so "the cost to send money abroad" and "balance transfer rate" stay general enquiries.
 */
export const ACCOUNT_TRANSFER_NEAR = [
  { a: ['transfer', 'transferring', 'send', 'sending', 'move', 'moving', 'wire', 'pay', 'payment', 'payments'], b: ['to my', 'from my', 'into my', 'out of my', 'to your', 'from your', 'into your', 'out of your'], within: 4 },
  // A change asked for in the customer's own words ("改一下账户的联系电话", "额度能不能提", "cancel my credit card").
  { a: ['改', '修改', '变更', '更换'], b: ['电话', '手机', '号码', '地址', '密码'], within: 4, withinChars: 8, ordered: true },
  { a: ['额度'], b: ['提', '调', '降', '涨'], within: 3, withinChars: 6, ordered: true },
  { a: ['cancel', 'close', 'block', 'freeze', 'unfreeze', 'unblock', 'replace', 'activate', 'renew'], b: ['card', 'account'], within: 3, ordered: true },
];

const DAY_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'thirtieth'];

/**
 * The agent reading out a dated charge on the caller's card ("there's a two ninety-nine cash fee on the eighth"):
 * a fee or payment dated to a day of the month is one that happened, not the price list.
 */
export const AGENT_DATED_CHARGE_NEAR = [
  { a: ['fee', 'charge', 'withdrawal', 'payment', 'debit', 'transaction'], b: DAY_ORDINALS.map((d) => `on the ${d}`), within: 1, ordered: true },
];

/**
 * Figures read out from an account: a loan's remaining principal ("找到了，韩东，剩余本金四万七千五"), not the fee rule told in
 * general ("收剩余本金百分之一的提前还款费") or a way to repay ("剩余本金一次性还清"); and payments counted ("最近一周有五笔转入",
 * beside the lexicon's 有两笔 / 有三笔); a recurring debit with its amount ("你这卡，嗯，每个月十五号扣四十块"); one credit or debit
 * with its amount ("这张卡最近没收到一万的入账，只有上周扣的一万学费"); and a balance said with its currency ("You have twelve
 * thousand three hundred and forty dollars").
 */
export const ACCOUNT_READ_OUT_REGEX = [
  '剩余本金(?:是|还有)?[0-9一二两三四五六七八九十](?![次起并])', '有[四五六七八九十]笔', '每个?月[0-9一二三四五六七八九十]{1,3}号扣[0-9一二两三四五六七八九十]',
  '[0-9一二两三四五六七八九十百千万]的入账', '(?:上周|昨天|今天|前天|上个月|这个月|本月)扣的[0-9一二两三四五六七八九十]',
  // A debit read out with its day: "这边显示是三号扣的二十元账户管理费".
  '[0-9一二三四五六七八九十]{1,3}号扣的[0-9一二两三四五六七八九十百千万]',
  // Money told as arrived, and collections with their total: "昨天下午四点十二分到账十万元整", "forty-one collections on the second, two
  // thousand and fifty total, four bounced".
  '到账[0-9一二两三四五六七八九十百千万点]+(?:万|元|块)', '\\b(?:thousand|hundred)(?:[ -](?:and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|[a-z]{3,5}ty)){0,3} total\\b',
  // Arrears with their sum, and dated withdrawals and transfers: "已经逾期二十三天了，目前欠款本息合计一万八千三百二十元", "十二号ATM取现五千，十四号
  // 转账一万给邓小军".
  '(?:欠款|本息合计|罚息)[^，。]{0,6}?[0-9一二两三四五六七八九十百千万点]+(?:元|块)', '已经逾期[0-9一二两三四五六七八九十]+天',
  '[0-9一二三四五六七八九十]{1,3}号(?:atm)?(?:取现|转账|消费|扣款|入账)[0-9一二两三四五六七八九十百千万点]+',
  // Activity told by its count: "There have been six international transfers in the last two months totalling about thirty-eight thousand".
  '\\bthere (?:have|has) been (?:[a-z]+[ -]){0,4}?(?:transfers|payments|transactions|withdrawals|deposits|charges)\\b',
  // A statement's total and minimum told: "本期账单八千七百二十元，最低还款八百七十二元".
  '本期账单(?:是|为|金额)?[0-9一二两三四五六七八九十]', '最低还款(?:额)?(?:是|为)?[0-9一二两三四五六七八九十]',
  // A limit and its use told: "林秀英女士的透支额度是十五万，目前已经用了九万八".
  // ...or only a little left ("可用额度只剩两百一十三块").
  '(?:透支|可用|剩余|信用)额度(?:是|还有|只剩|只有)[0-9一二两三四五六七八九十百千万点]+', '已经用了[0-9一二两三四五六七八九十百千万点]+(?:万|千|元|块)',
  // A charge told by its time of day and amount: "是昨晚十一点零五分那笔648元，商户是一家网络游戏公司".
  '(?:昨晚|昨天|今天|今早|今晚|凌晨|刚才|上午|下午)[^，。]{0,10}?[点分]那笔[0-9一二两三四五六七八九十百千万点]+(?:元|块)',
  "\\byou(?: have|'ve got) (?:[a-z]+[ -]){0,6}?(?:thousand|hundred)(?:[ -][a-z]+){0,6}? (?:dollars|pounds|euros|rand|rupees)\\b",
  // An instalment plan's progress: "六千块分了六期，已经还了两期，还剩四千元".
  '还剩[0-9一二两三四五六七八九十百千万点]+(?:元|块|多)', '已经还了[0-9一二两三四五六七八九十]+期',
  // An instalment plan's term changed: "能改成二十四期吗", "已经帮您改成二十四期了".
  '改成[0-9一二两三四五六七八九十]+期',
  // Charges read out by day and place ("昨天在哈密刷了一笔四千二的柴油", "这周一有一笔连霍高速三百二十元", "I see E-ZPass charges on Monday for
  // forty two fifty").
  '(?:昨天|前天|今天|上周|周[一二三四五六日天]|星期[一二三四五六日天])(?:在[^，。]{1,8})?(?:刷了|有)一笔[^，。]{0,8}?[0-9一二两三四五六七八九十百千万点]+',
  "\\bi (?:can )?see (?:[a-z-]+ ){0,3}(?:charges|payments|transactions|debits|withdrawals) (?:on|from|at) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)\\b",
  // A spend read out with its date and amount: "四月三号在安康辅具商店消费了两千九百元".
  '[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[号日][^，。]{0,12}?消费了?[0-9一二两三四五六七八九十百千万点]+(?:元|块)',
  // ...or swiped there ("三月一号在金陵饭店刷了两万，三月五号又刷了一万五").
  '[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[号日][^，。]{0,12}?刷了[0-9一二两三四五六七八九十百千万点]+',
  // One movement with its amount and when ("刚才十分钟前有一笔三千二百块的境外消费在授权中", "之前那笔一千零八十元的消费还在账上"; not
  // "我有一笔五千块的消费想分十二期", a question about instalments), and a balance said with its
  // amount ("card ending 0969, balance is one thousand two hundred"; not a product's minimum or opening balance).
  // ...and money in over the last days ("最近三天有一笔八千六百元转入").
  '(?:刚才|之前|昨天|今天|前天|上周|分钟前|凌晨|半夜|昨晚|今早|最近[0-9一二两三四五六七八九十]+天)[^，。]{0,16}?[那这一]笔[0-9一二两三四五六七八九十百千万点]+(?:元|块)钱?的?(?:境外)?(?:消费|转账|扣款|入账|交易|转入|到账|汇入)',
  "(?<!minimum |opening |required |average )\\bbalance(?: on (?:the|your)(?: [a-z]+){1,2})?(?:'s| is| was) (?:[a-z]+[ -]){0,6}?(?:thousand|hundred|pounds|dollars|euros)\\b",
  // Payments in told with their payers and when ("on Saturday there's three hundred and forty from J Patel", "there's an incoming SEPA
  // payment of seven thousand nine hundred and fifty euros from Cantina Rossi", "昨天进来三笔，一笔一万二
  // 是个人转账", "there's a deposit yesterday afternoon of eighty-four thousand").
  "\\bthere's (?:[a-z]+[ -]){0,6}?(?:thousand|hundred)(?:[ -][a-z]+){0,6}? from\\b", "\\bthere's a deposit (?:yesterday|today|this morning|last night)\\b",
  '(?:昨天|今天|前天|这两天|上周|这周)(?:一共|总共)?进来[0-9一二两三四五六七八九十]+笔',
  // A balance said as where the account stands: "You're at ninety-one thousand six hundred and twelve."
  "\\byou're at (?:[a-z]+[ -]){0,6}?(?:thousand|hundred)\\b",
  // A holder's money told to the person calling for them ("He's got two thousand three hundred and eleven in there"), takings told
  // by day ("Monday you had two thousand one hundred settled"), a movement with an amount and when ("a payment to a gaming site for
  // two hundred and ten dollars this morning") and a batch's amount with what became of it ("totalling one hundred and eighty-four
  // thousand dollars was released at nine").
  "\\b(?:he|she|they)(?:'s| has|'ve| have) got (?:[a-z]+[ -]){0,6}?(?:thousand|hundred)(?:[ -][a-z]+){0,6}? (?:dollars|pounds|euros|in there|in the account|left)\\b",
  "\\byou had (?:[a-z]+[ -]){0,6}?(?:thousand|hundred)(?:[ -][a-z]+){0,6}? (?:settled|paid in|credited|come in)\\b",
  '\\b(?:thousand|hundred)(?:[ -][a-z]+){0,4} (?:dollars|pounds|euros)(?: [a-z]+){0,2}? (?:this morning|last night|yesterday|earlier today|this afternoon)\\b',
  '\\b(?:thousand|hundred)(?:[ -][a-z]+){0,4} (?:dollars|pounds|euros) (?:was|were) (?:released|paid out|credited|debited|settled)\\b',
  // Merchants listed with their amounts: "I see Fisher Scientific 1,240, Amazon Business 312, and VWR 89.50".
  '\\bi (?:see|can see) (?:[a-z&-]{1,20} ){1,3}[0-9][0-9,.]{0,8},? (?:and )?(?:[a-z&-]{1,20} ){1,3}[0-9]',
  // A merchant read out with its amount (round 193): "Okay, I can see Pampered Paws Grooming, forty-five pounds, twice on the fourteenth".
  "\\bi (?:can )?see (?:[a-z&'-]{1,20},? ){1,4}(?:[a-z]+[ -]){0,3}?(?:pounds|dollars|euros)\\b",
  // Charges read out (round 194): "there's a charge for three hundred and ten dollars at", "there's forty two pounds at Deliveroo".
  "\\bthere's (?:a (?:charge|payment|debit|transaction) (?:for|of) )?(?:[a-z]+[ -]){1,6}?(?:pounds|dollars|euros) (?:at|to|from|in|on)\\b",
  "\\b(?:account|card)(?:,? which)? has (?:[a-z]+[ -]){0,6}?(?:thousand|hundred)(?:[ -][a-z]+){0,4}? (?:in it|left|available|dollars|pounds|euros|aud|usd)\\b",
  // Recent payments listed: "Ending 2234, recent payments: sixty-two pounds at Tesco, a hundred and fifteen to PrintHub".
  '\\brecent (?:payments|transactions|card payments)(?: are| were)?[:,]? (?:[a-z]+[ -]){0,6}?(?:pounds|dollars|euros)\\b',
];
