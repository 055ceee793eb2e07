/**
 * The customer's own figures read out by the agent (identity.verification's `before`, and evidence for its appliesWhen and
 * alsoWhen): a balance, a movement, a limit, a loan's remainder. Kept apart from account.ts, which says what touches an
 * account at all; merged into the same lexicon by default-lexicon.ts.
 */
export const ACCOUNT_DISCLOSED_LEXICON: Record<string, string[]> = {
  /** The agent reads out the customer's own figures: the identity check must come first (the rule's `before`). */
  account_disclosed_zh: [
    // Transfers read out: "昨天您这张卡转出三笔，给李小雨八百六十元…".
    '这张卡转出', '卡转出三笔', '卡转出两笔',
    // "您来电号码下有一笔八千四的分期".
    '来电号码下有', '号码下有一笔',
    // A payroll run read out: "今天上午十点代发了十二笔，总共六万四千八，其中三笔失败".
    '代发了', '笔失败',
    // A debit's date read out: "尾号七三一七这张卡，本月三号扣了护理费四千八百元".
    '号扣了',
    '现金价值是', '现在退保能拿', '退保能拿到', '您持有一笔', '您持有的', '当前市值',
    // A child's card read out to a parent: "他尾号四九八四的卡这个月有十几笔消费，最大的一笔是在一个游戏平台充值了八百元".
    '几笔消费', '最大的一笔是',
    // "您最近的交易有，十八号一笔借款App还款八百元".
    '您最近的交易', '号一笔',
    // An order read out: "您是九月二十八号下单的，两根五十克的金条，订单金额五万三千四百块，目前物流显示在转运中心".
    '订单金额', '物流显示',
    // "你这个账户被锁了，输错密码了，卡里还有一万四千三".
    '卡里还有', '账户被锁了',
    // "本月月供两千三百元已经扣款成功，卡内余额还剩…", "昨天晚上十一点零五分有一笔便利店消费".
    '扣款成功', '卡内余额', '分有一笔', '点有一笔',
    // A card's tier and spend read out: "您名下是一张钻石卡 尾号4463 … 您上个月的消费是四万六千多".
    '您名下是', '您上个月的消费', '您上个月消费', '您这个月的消费', '您本月消费',
    // A credit line's use, the day's takings and transfers out told: "您这个循环额度是五十万 已经用了三十二万", "今天到账一共三千二",
    // "我看到这个账户上周一转出五万", "这个卡这个月五号进来一笔四千".
    '循环额度是', '授信额度是', '剩余额度是', '到账一共', '最后一笔是', '我看到这个账户', '又转出', '进来一笔',
    // "我这边根据您来电号码查到了 … 现金价值目前是十一万五千".
    '根据您来电号码查到', '现金价值目前是',
    // A card's state and its latest or outgoing transactions: "这张卡现在还是正常状态 最近一笔是昨天下午…", "今天上午十点多转出八千六".
    '最近一笔是', '还是正常状态', '多转出',
    // A balance read as a figure and an account's status: "尾号四二零六这个账户 余额三十一万二千元 目前是只收不付状态", "状态冻结".
    '余额一万', '余额一千', '余额一百', '余额二', '余额两', '余额三', '余额四', '余额五', '余额六', '余额七', '余额八', '余额九', '余额十', '只收不付状态', '状态冻结',
    // A dated transaction: "您5月20号有一笔跨境汇出 金额三万元".
    '号有一笔',
    // Spending, a card's state and deposits read out: "您的副卡本周末一共消费了四笔", "十一点半有两笔网约车", "您这张卡目前是冻结状态",
    // "两张存单都迁到新账户下面了 一张二十万".
    '一共消费了', '有两笔', '有三笔', '目前是冻结', '两张存单', '张存单都',
    // Benefits credited or not, a card reported lost, a hold: "这个月低保金确实还没有入账", "昨天入账六百八十块残疾补贴",
    // "您这张卡现在是挂失状态", "被我们反欺诈系统挂起了 另外您这个月额度还剩…".
    '确实还没有入账', '昨天入账', '今天入账', '前天入账', '是挂失状态', '额度还剩',
    // "这张卡状态正常，前天有一笔农业保险理赔款六千八百元转入，昨天有一笔种粮补贴三百二十元".
    '卡状态正常', '前天有一笔', '昨天有一笔', '今天有一笔', '上周有一笔', '这几天有一笔',
    // A hotel's hold told: "您这张卡上确实有一笔泰铢的预授权 … 目前这笔预授权还在占用额度".
    '卡上确实有', '确实有一笔', '一笔预授权', '预授权还在', '还在占用额度',
    // "您的卡目前是止付状态 上次还款是三月五号 已经逾期一期了", "嗯看到了 这三天一共七笔 三千四百五十元".
    '止付状态', '冻结状态', '上次还款是', '逾期一期', '一共两笔', '一共三笔', '一共四笔', '一共五笔', '一共六笔', '一共七笔', '一共八笔', '一共九笔', '一共十笔',
    // A collector's informal 你: "你这笔贷款欠了三期了 连本带息一万八千七".
    '你这笔贷款', '您这笔贷款', '连本带息', '欠了三期', '欠了两期', '欠了几期',
    '您有一笔', '我看到您', '看到您这笔', '您今天上午', '您今天下午', '您昨天有',
    '这期账单是', '您这期账单', '额度提到了', '已经回到您', '我看您活期', '您活期现在', '您尾号', '您的尾号', '最近三笔', '最近两笔', '最近几笔', '卡里现在是', '卡里现在有', '账户里现在', '账上现在', '今天转了', '余额是', '余额为', '余额还有', '余额有', '活期余额', '可用余额', '账单金额是', '本期账单是', '本期账单金额', '本期应还', '欠款是', '欠款金额是',
    '现在额度是', '额度现在是', '已经调好了', '可用额度是', '可用额度还有', '您的额度是', '您额度是', '额度是您', '固定额度是', '临时额度是', '当前额度是', '目前额度是', '您卡上还有', '您卡里有', '您卡上有', '账户里还有', '账户里有',
    // A hold read out: "您名下有一笔冻结，金额是三十五万".
    '名下有一笔', '有一笔冻结',
    // "您这个账户昨天下午确实收到一笔两万三千四百美元".
    '您这个账户', '确实收到一笔',
    // "这张卡今天上午因为风控被临时冻结了".
    '被临时冻结', '因为风控被',
    // A loan found by the calling number: "您来电号码关联的这笔是三月五号线上放款的消费贷，五万元，已经逾期两期了".
    '来电号码关联的', '逾期两期', '逾期三期',
    // A trust's monthly payment told: "这个月的分配款四千五已经在三号划到指定的生活费账户了".
    '分配款', '号划到',
    // An application's outcome told: "显示已经审批通过了，额度是十八万", "系统核定的是十八万，首期还款是下个月十五号".
    '已经审批通过', '系统核定的是', '首期还款是',
    // "您的贷款审批已经通过了，额度是十五万".
    '审批已经通过',
    // A card's state and a payroll run read out: "这张卡目前状态正常", "尾号二二一五，卡是正常的", "昨天一共代发四十二笔".
    '目前状态正常', '卡是正常的', '卡状态正常', '一共代发', '的代发记录', '没有代发记录',
    // A payment, a card's state, a block and the last spend read out: "刷的是您的储蓄卡，余额现在还剩四千三百多", "卡片目前正常使用",
    // "昨天晚上被风控冻结了", "最后一笔是昨天晚上九点，御品酒行，八千八百元".
    '刷的是您的', '余额现在', '卡片目前正常', '被风控冻结', '最后一笔是',
    // "原来扣款卡余额只有三百多了".
    '余额只有',
  ],
  account_disclosed_en: [
    // "The mortgage linked to this number ends in four one seven".
    'linked to this number ends',
    // "Yes, two QR credits this morning, forty-five pounds and one hundred and twenty, and a rent payment out to Market Trust".
    'credits this morning', 'payment out to',
    // "I've got three credits from the network this week, one thousand eight hundred on Monday".
    "i've got two credits", "i've got three credits", "i've got four credits", 'credits from the',
    // "I've found it from your phone number. You've got six payments left of ninety-five pounds", "I see five incoming transfers of
    // three hundred dollars each".
    'payments left of', 'instalments left of', 'found it from your', 'incoming transfers of', 'i see two', 'i see three', 'i see four', 'i see five',
    // A declined payment and a block told: "card ending eight seven nine nine is blocked, a one hundred and fifty dollar payment at Golden
    // Tile got declined at ten past midnight".
    // ...and "the card ending two five eight five is blocked after a declined transaction of four thousand rand", card takings settled ("I can
    // see a settlement of six hundred and twelve pounds forty from your card terminal", "The balance now stands at …").
    'is blocked after', 'a declined transaction of', 'a settlement of', 'balance now stands at', 'balance stands at',
    'got declined at', 'was declined at', 'is blocked, a',
    // ...and a block with its cause and the limit left: "I see this card ending 6844 is blocked, because got three wrong PIN yesterday at the
    // ATM, and your available limit is four thousand two".
    'is blocked, because', 'is blocked because', 'your available limit is', 'available limit is now', 'wrong pin yesterday', 'wrong pins yesterday',
    // A new card's status and limit: "您的卡片目前状态是未激活，额度是八千元".
    '卡片目前状态是', '状态是未激活',
    // An additional card's status and last use: "The additional card is still active, it's …, last used yesterday at a petrol station".
    'card is still active', 'last used yesterday', 'last used today', 'last used on the', 'was last used at',
    // A drawdown read out: "funds of two hundred and ten thousand are scheduled to go to your solicitor tomorrow at nine a.m.".
    'scheduled to go to your solicitor', 'are scheduled to go to your', 'released to your solicitor',
    // A balance or a pending payment read out: "your instant saver has eighteen thousand four hundred", "I can see a pending payment of …".
    'your instant saver has', 'your saver has', 'your isa has', 'i can see a pending',
    'surrender value is', 'current value is', 'is currently worth', "it's currently worth",
    // "The outstanding balance on your buy-to-let is …", "the card ending three oh six four is still on a temporary block".
    'outstanding balance on your', 'on a temporary block',
    // "your outstanding principal is forty-two thousand … and the next EMI of three thousand six hundred is due".
    'outstanding principal is', 'next emi of',
    // Balances and charges told: "your checking has eight hundred and twelve", "You've got eleven hundred forty in checking.",
    // "your card is active, and the last three charges are …", "is still active and you've got … pounds available", "Your balance
    // right now is …", "you had two payments in", "I can see a purchase at a petrol station", "I can see three fuel purchases".
    'your checking has', 'in checking.', 'last three charges', 'your card is active', 'is still active and', 'pounds available', 'dollars available',
    'your balance right now', 'two payments in', 'i can see a purchase', 'i can see a payment', 'i can see a transaction', 'i can see two', 'i can see three', 'i can see four', 'i can see five',
    // An amount seen going out: "Right, yeah, I can see six hundred to Roamers Motorhome Hire on the twentieth".
    'i can see six', 'i can see seven', 'i can see eight', 'i can see nine', 'i can see ten', 'i can see twelve', 'i can see fifteen', 'i can see twenty',
    'i can see thirty', 'i can see forty', 'i can see fifty', 'i can see sixty', 'i can see seventy', 'i can see eighty', 'i can see ninety', 'i can see a hundred',
    'i can see one hundred', 'i can see one thousand', 'i can see a thousand',
    // When and why an account went overdrawn: "The account went overdrawn when the rent came out before his PIP arrived".
    'account went overdrawn when', 'account went overdrawn on', 'account went overdrawn after', 'account went overdrawn because',
    // A payment plan read out: "I can see the plan — total eighteen thousand rupees, six instalments", "the instalment of one
    // thousand two hundred rand went off on the twenty-fifth".
    'i can see the plan', 'the instalment of', 'went off on the',
    // One movement named, or what is left after it: "I can see a payroll debit of twenty-one thousand four hundred this morning,
    // and the account now has six thousand and eighty left", "there was a withdrawal of four thousand two hundred", "A deposit
    // of six thousand five hundred dollars came in yesterday" (money came in, not a caller: "You came in yesterday to set up …").
    'i can see a payroll', 'i can see a salary', 'a salary credit of', 'i can see a debit', 'i can see a direct debit', 'i can see a deposit', 'i can see a withdrawal', 'i can see a credit',
    'account now has', 'there was a withdrawal of', 'dollars came in', 'pounds came in', 'euros came in', 'rand came in', 'rupees came in', 'deposit came in', 'payment came in',
    // A plan's contribution read out: "your contribution of two thousand five hundred dollars on January 10th went through … The
    // plan is at twenty-one thousand four hundred now".
    'your contribution of', 'the plan is at',
    // "I can see an incoming transfer of eighteen thousand six hundred and forty dollars, credited this morning".
    'i can see an incoming', 'an incoming transfer of', 'credited this morning',
    // "the trust account has sixty-two thousand in cash", "your dealer finance balance is eighteen thousand six hundred, and you've
    // got one missed payment".
    'trust account has', 'finance balance is', 'loan balance is', 'one missed payment',
    // A term deposit on hold read out, and the month's payments in: "I see a certificate of deposit for forty-two thousand dollars on
    // hold", "This month you've had three hundred and twenty from Blue Note Bistro".
    'i see a certificate of deposit', 'i see a term deposit', 'i see a deposit', "this month you've had", "this week you've had",
    // "there is a personal loan of 800,000 naira disbursed on the 4th of March, and two instalments are overdue".
    'a personal loan of', 'instalments are overdue', 'installments are overdue',
    // A block told with when and why: "I can see the card ending six three eight one was blocked this morning after a declined
    // online payment", "Your card was blocked at nine fifteen after two online payments, one for seven hundred and ninety pounds".
    'was blocked this morning', 'was blocked at', 'payments, one for', 'was blocked last night', 'was blocked yesterday', 'was blocked after', 'was blocked an hour ago', 'a declined attempt of',
    // Arrears and a repayment told: "So you're one payment behind, that's nine hundred and twelve pounds", "I can see the repayment of four
    // thousand two hundred and twelve dollars came out yesterday".
    'one payment behind', 'a payment behind', 'two payments behind', 'three payments behind',
    'came out yesterday', 'went out yesterday', 'the repayment of',
    // A child's balance and a pending payment read out: "she's at minus twelve pounds forty, and there's a pending payment to a hostel".
    "she's at minus", "he's at minus", "you're at minus", "it's at minus", 'a pending payment to', 'a pending payment of',
    // A mandate read out: "As per the mandate, there are two signatories, Mr Rajesh Menon and Mr Suresh Pillai".
    'as per the mandate', 'there are two signatories', 'there are three signatories',
    // "overdraft's at minus one thousand four hundred and twenty … you missed last month's minimum", "the March payment of three hundred and
    // twelve pounds was returned unpaid", "the card ending two four eight was stopped yesterday by our fraud team after a payment to …".
    "overdraft's at minus", 'overdraft is at minus', "you missed last month's", 'was returned unpaid', 'was stopped yesterday', 'was stopped this morning',
    'was stopped last night', 'stopped by our fraud team', 'after a payment to',
    // A cash deposit and an account's balance read out: "I can see a cash deposit of three thousand two hundred and forty dollars",
    // "the church current account has eighty-four thousand five hundred cedis".
    'i can see a cash deposit', 'a cash deposit of', 'current account has', 'savings account has', 'cheque account has',
    // "You've got nine thousand four hundred and twenty remaining, and the next repayment is six hundred and ten".
    'the next repayment is',
    'is sitting at', "it's sitting at", 'went through on the', 'balance left in', 'left in the account is',
    "i've got your account up", 'got your account up', 'pulled up your account', 'pulled your account up', 'the last three are', 'the last few are',
    'your last transaction was', 'your recent transactions are',
    'your balance is', 'the balance is', 'your current balance', 'balance of', "you've got a balance", 'you have a balance',
    'your current limit is', 'your limit is', 'your credit limit is', 'available credit', 'you have available', "you've got available",
    'available to spend', 'you owe', 'in arrears', 'your statement balance',
    // A relative's loan read out to the caller: "She owes eighteen thousand four hundred twelve, payment's due on the third".
    'she owes', 'he owes', "payment's due on", 'payment is due on',
    // "Right, that account's got two thousand one hundred and six in it."
    "account's got", 'account has got',
    // Outbound calls open with what the agent saw on the account: "I just noticed your CD is maturing".
    "this week you've got", 'got it here', "this week there's", "there's a payment", "there's a card payment", 'a direct debit to', 'a card payment to',
    // Charges tallied: "let me add it up, there's twelve charges, total two hundred and sixty-three dollars".
    'let me add it up', 'let me add them up', 'let me add those up', 'charges, total', 'charges totalling', 'charges totaling', 'charges in total',
    // A block, a pay cheque or a loan's payout told: "has been blocked since Tuesday. The last thing that went through was…",
    // "I've got a direct deposit yesterday for six hundred", "the first tranche … was disbursed to the university".
    'last thing that went through', "i've got a direct deposit", 'a direct deposit yesterday', 'a direct deposit today', 'was disbursed', 'tranche of',
    // A facility's use, the day's credits and a card's cancellation told: "the facility limit is eighty thousand, you've currently
    // got fifty-two drawn", "The last three credits today are…", "it was cancelled this afternoon by the primary cardholder".
    'facility limit is', 'last drawdown was', "you've currently got", 'the last three credits', 'the last two credits', 'credits today are', 'it was cancelled', 'was cancelled this',
    // A policy found by the calling number, and a mortgage's release told: "I've pulled you up from the number you're calling
    // from. Your whole life policy has a cash value of…", "the mortgage of two hundred and eighty thousand was released to…".
    "i've pulled you up", 'pulled you up from', 'has a cash value', 'a cash value of', 'was released to your', 'i can see the mortgage',
    // A loan found by caller ID, and the account opened on the call: "I've got your number coming up here, so, your machinery
    // loan's got sixty-four thousand two hundred outstanding", "Okay, looking at your account now. Yep, three thousand…".
    "i've got your number coming up", "loan's got", 'thousand outstanding', "next repayment's", 'looking at your account now',
    // "your debit card's been temporarily frozen because of two declined repayments …, and your account's sitting at minus eighteen".
    "card's been temporarily frozen", "card's been frozen", "account's sitting at",
    // A retained or cancelled card's last use: "that card was retained by the machine …, your last withdrawal before that was
    // sixty pounds", "that old card was cancelled on Monday … The last transaction on it was forty pounds".
    'retained by the machine', 'your last withdrawal', 'card was cancelled', 'last transaction on it',
    // "that card's been blocked since last night for suspected fraud", "a five thousand dollar deposit … went through this morning",
    // "her card's active, … a payment … sitting on fraud hold".
    "card's been blocked", 'been blocked since', 'went through this morning', "card's active", 'on fraud hold',
    // A blocked payment told: "the card ending 9258 is blocked, there was an attempted payment of twenty-three thousand baht".
    'there was an attempted payment', 'an attempted payment of', 'attempted payment at', 'triggered our fraud',
    // "a payment of six hundred and forty pounds went to the loan on the second, and there was a cash withdrawal of two hundred".
    'went to the loan', 'went to your loan', 'there was a cash withdrawal', 'a cash withdrawal of',
    // "Okay Kevin, found you by your number. Yeah, FitZone, fifty-five bucks on the first".
    'found you by your number', 'found you by the number',
    // A margin loan read out: "your loan's at forty-two thousand … and there's three hundred twelve dollars of interest overdue".
    "your loan's at", 'your loan is at', 'of interest overdue', 'interest overdue',
    // "I can see two thousand one hundred dollars was transferred from your everyday account to cover the arrears".
    'was transferred from your', 'to cover the arrears', 'set-off clause',
    // "your checking balance is three thousand two hundred", "您名下有一个借记卡账户和一个定期账户 合计余额大概是…",
    // "系统显示持卡人身份证号是… 卡片状态是风控锁定".
    'checking balance is', 'savings balance is', '合计余额', '余额大概是', '卡片状态是', '持卡人身份证号是', '风控锁定',
    // A child's savings read out: "Leo's Junior ISA has 4,312 pounds 60 in it, and the last payment in was 250 pounds".
    'last payment in was', 'last deposit in was', 'the last payment in', 'last money in was',
    "your current limit's", "your limit's", "you're sitting at", 'declined a payment', 'on your card ending', 'on your credit card ending', 'your card ending',
    'account ending', 'last credits', 'last credit was', 'last payment was', "i'm over the limit", 'i am over the limit', 'went over the limit', 'gone over the limit', 'over my limit', 'over the limit on my', 'over the limit fee', 'over the limit by', 'missed payments', 'payments on his',
    'payments on her', 'going to default',
    'noticed your', 'i can see your', 'your cd is', 'your cd matures', 'your term deposit is', 'your term deposit matures',
    'your fixed deposit is', 'your fixed deposit matures', 'surrender value today is', 'your surrender value', "your account's at", 'your account is at', "your portfolio's at", 'your portfolio is at',
    "your portfolio's worth", 'your portfolio is worth', 'your holdings are', "i can see you've got", "i've got it up", "i've got the account up", 'got the account up', 'balance went to', 'this week i can see', 'last three are', 'last time you used it',
    // A loan's remainder and next payment told, and a card looked up with its charges: "There's thirty-one thousand four hundred
    // left, with the next payment of nine hundred due on the fifteenth", "I can see the card here, … two charges of three hundred".
    'next payment of', 'hundred left', 'thousand left', 'i can see the card here', 'two charges of', 'three charges of',
    // A payment seen and an application's outcome told: "Right, I see a payment of two thousand five hundred to GreenHeat", "Yep, good
    // news, that's been approved for eighteen thousand".
    'i see a payment', 'i see a charge', 'i see a transaction', "that's been approved for", 'has been approved for', "you've been approved for",
    // A loan's or a plan's remainder told: "Your equipment loan has forty-two thousand three hundred outstanding, and the next repayment
    // of two thousand one hundred and eighty comes out on the first", "an implant instalment plan, three thousand two hundred remaining".
    'hundred outstanding', 'next repayment of', 'hundred remaining', 'thousand remaining',
  ],
};
