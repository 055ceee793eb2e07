/**
 * More wording about the caller's own account (merged into the lists of the same name; account.ts is at the file-size limit):
 * figures read out before a check, a loan decision asked after and told, a relative's number changed, a look promised for a later
 * call, and the holder's details asked of a relative.
 */
export const ACCOUNT_MORE: Record<string, string[]> = {
  // A loan application's outcome asked after: "上礼拜申请了你们那个经营贷，到底批了没有？".
  account_info_zh: ['批了没有', '批下来没有', '批没批'],
  // A loan application followed up ("I applied for a business loan last week and wanted to see where it's up to").
  account_info_en: ["where it's up to", 'where it is up to', "where it's at with my", 'where my application', "if it's been decided", 'if it has been decided',
    // "I applied for a mortgage in principle on Monday".
    'applied for a mortgage',
    // "Can you tell me the recent refunds?" (round 192).
    'the recent refunds', 'recent refunds on'],
  // A relative's phone number replaced with the caller's ("her mobile's been cut off … Can we change it to mine?").
  account_change_en: ['change it to mine', 'change it to my number', 'put my number on'],
  // The outcome told ("是被拒了，系统显示流水不足，额度评估只有三万").
  account_disclosed_zh: ['是被拒了', '显示流水不足', '额度评估只有'],
  // A declined payment and an incoming one read out ("I can see a declined payment of four pound fifty at Clean Machine", "Yes, there was a
  // payment from Whitfield Fine Art of fifteen thousand on Tuesday").
  account_disclosed_en: ['i can see a declined', 'a declined payment of', 'there was a payment from', 'there was a payment of',
    // ...and a deposit told to a parent ("Yes, there was a deposit from the university's financial aid office on the twenty-third").
    'there was a deposit from', 'there was a deposit of',
    // A bookkeeper told a client's wires and balance, refunds read out to a café owner (round 192): "His balance right now is eleven thousand
    // four hundred", "There's a refund of forty-five pounds on Monday".
    // A currency account's money and a credit read out (round 195): "The Australian dollar account has eleven thousand two hundred AUD in
    // it, and there was a credit of five thousand AUD on the third".
    'there was a credit of', "there's a credit of",
    // "the redemption figure today is one hundred and forty-two thousand" (round 198).
    'redemption figure today is', 'the redemption figure is', 'redemption figure would be',
    // A pension's monthly amount and the card it goes to, a card's account read back (round 196): "这个月金额是一千八百六十元，会打到尾号五六三九的卡上",
    // "yes, that's linked to your business account".
    '这个月金额是', '本月金额是', '会打到尾号', '会打到您尾号', "that's linked to your business account", "that's linked to your account",
    'balance right now is', "there's a refund of", 'there was a refund of', 'there is a refund of',
    // A loan decision told ("Yes, the application for twenty-five thousand pounds is approved in principle").
    'is approved in principle', 'been approved in principle', 'the application for', "it's been approved for",
    // A saver's balance told ("Christmas saver's got six hundred and twenty pounds").
    "saver's got", "account's got", "isa's got",
    // A mortgage in principle told ("That's been approved, agreement in principle for two hundred and sixty thousand").
    "that's been approved", 'agreement in principle for'],
  // A check and a look promised for a later call or the branch ("如果后续需要查询具体入账，可以带上证件再来电，我们核实后帮您查", "网点核实后会为您
  // 办理查询"), and a fee told for a service if opened ("如果开通了经营收款码 单笔会有千分之三点八的费率").
  // ...and a secured card's deposit that would set the limit ("a secured card where you put down a deposit as your limit").
  account_not_looked_at: ['核实后帮您查', '核实后会为您', '网点核实后', '带上证件再来电', '如果开通了', 'as your limit',
    // A rule told ("不会受影响的，只要扣款账户里有足够的人民币余额就可以").
    '只要扣款账户里有', '只要账户里有', '只要卡里有',
    // An overdraft's terms ("Our arranged overdraft is thirty-nine point nine percent EAR variable, and there's a fifty pound interest-free buffer").
    'interest-free buffer', 'interest free buffer', 'arranged overdraft is',
    // A joint account's rules ("A joint current account has two named holders", "either holder can ask to close it and the balance is split
    // as you both agree").
    'balance is split', 'a joint current account has', 'a current account has', 'a joint account has',
    // A card's terms ("it's interest-free if you pay your statement in full", round 194).
    'if you pay your statement', 'pay your statement in full', 'pay your statement balance in full',
    // ...and a card's rules told in general (round 195): "it's covered by the usual interest-free period if you clear the balance",
    // "That would just be your available credit limit, there's no separate cap for education payments".
    'if you clear the balance', 'would just be your available', 'no separate cap',
    // "跨行代发确实有一定手续费，具体要看您的账户类型" (round 197).
    '看您的账户类型',
    // "With a secured card you put down a deposit, say three hundred dollars, and that's your limit" (round 199).
    "and that's your limit", 'and that is your limit', 'that becomes your limit', 'with a secured card',
    // GAP cover explained (round 200): "If you bought GAP coverage with your loan, it covers the difference … and the loan balance".
    'if you bought gap', 'gap coverage with your', 'gap cover with your',
    // A way to watch money arriving offered ("如果您想查到账情况，可以开通短信提醒", round 201).
    '如果您想查', '如果想查',
    // A packaged account described, and a card's general unfreezing told to a father refused her details (round 203): "Our Voyager current
    // account has no foreign fees", "我可以跟您说一下一般的处理方式：境外卡片如果因风控被临时冻结 …".
    'current account has no', 'a packaged account', '一般的处理方式', '一般的处理流程'],
  // The holder's own details asked of a relative calling for them: no check of the caller (identity.verification's match exclusion).
  holder_asked_of_relative: [
    '您母亲的名字', '您父亲的名字', '您母亲的姓名', '您父亲的姓名', "your mother's name", "your father's name", "your dad's name", "your mum's name",
    "your mom's name", '您爸的名字', '您妈的名字',
    // "What was your mum's full name and date of birth?", "您把老人的卡号或者姓名告诉我一下" (asked of a son about his late mother's account).
    "your mum's full name", "your dad's full name", "your mother's full name", "your father's full name", "your mom's full name", '老人的卡号',
    '老人的姓名', '老人的名字',
    // "请问您女儿的姓名和卡号后四位是？" asked of a father.
    '您女儿的姓名', '您女儿的名字', '您儿子的姓名', '您儿子的名字', "your daughter's name", "your son's name",
    // "Sure, do you have his date of birth or the account number?" asked of a mother, "what's his date of birth?" of a father. (Not "Is he
    // there? I need his date of birth": the holder is asked, round 168.)
    'have his date of birth', 'have her date of birth', "what's his date of birth", "what's her date of birth", 'what is his date of birth',
    'what is her date of birth',
    // "请问刘先生的身份证号码您知道吗？" asked of the holder's wife.
    '身份证号码您知道', '身份证号您知道',
    // "Okay, what's her name and date of birth?" asked of a husband about his wife's sole account (not "Could your mother confirm her name
    // and date of birth": the holder is on the line, f262-en-08).
    "what's her name and date of birth", "what's his name and date of birth",
    // A holder found for a bookkeeper by name and postcode (round 192: "I found him by name and postcode. So, this quarter he had three
    // incoming wires"): a lookup, not a check of the caller.
    'found him by', 'found her by', 'found them by', 'looked him up by', 'looked her up by',
    // "老板的姓名和账号后四位是？" asked of a guesthouse's front-desk clerk (round 199).
    '老板的姓名', '老板的名字', '老板叫什么', "your boss's name", "the owner's name",
    // A workmate asked the holder's name and giving his ID ("您工友叫什么名字？" … "他身份证号我有，后四位二三一四", round 202).
    '工友叫什么', '他身份证号我有', '她身份证号我有',
    // "请问孩子的卡号或者姓名是？" asked of a boy's uncle (round 205).
    '孩子的卡号', '孩子的姓名', '孩子的名字',
    // "Okay, what's her name and the last four digits of the card?" asked of a son (round 206).
    "what's her name and the last four", "what's his name and the last four",
  ],
};

const NUMBER_WORD = '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|[a-z]{3,5}ty|and)';
/** ACCOUNT_READ_OUT_REGEX continued (account.ts is full). */
export const ACCOUNT_READ_OUT_MORE: string[] = [
  // A card's own limit told with its figure (round 199): "you were approved … with a credit limit of one thousand two hundred dollars",
  // "it's not activated yet, the credit limit is fifteen hundred" (not "what limit would I get", nor "usually five hundred").
  `\\b(?:a|your|the) credit limit (?:is|of|was|will be) (?:${NUMBER_WORD}[ -]){0,4}(?:thousand|hundred)\\b`,
  '\\b(?:a|your|the) credit limit (?:is|of|was|will be) [$£€]?[0-9][0-9,]{2,}',
  // A loan's approval told with its amount, and a payment told as missed (round 200): "that one's approved, sixty-two thousand on a
  // seventy-two month term", "a payment of five hundred thirty-eight dollars due on the 15th, not received, now eight days past due" (not
  // "you could be approved for up to twenty thousand", nor "if you're thirty days past due").
  `\\bapproved,? (?:for )?(?:${NUMBER_WORD}[ -]){0,4}(?:thousand|hundred)\\b`,
  `\\b(?:now|currently|already) (?:${NUMBER_WORD}[ -]){1,3}days (?:past due|overdue|late)\\b`,
  '\\b(?:thousand|hundred)(?:[ -][a-z]+){0,4} (?:dollars|pounds|euros) due on the\\b',
  // Recent activity listed ("card ending five six seven one. The last three transactions are a deposit of four hundred seventy", round 202).
  '\\b(?:the )?(?:last|latest|most recent) (?:(?:two|three|four|five|few) |couple of )?transactions (?:are|were)[:,]? (?:a|an|one|two|three|four|five|six|seven|eight|nine)\\b',
  // A merchant's charge read out (round 203): "on the nineteenth there's a Slack charge of six hundred and twelve pounds" (not a fee told:
  // "there's a cable charge of twenty dollars", "a monthly charge of ten pounds").
  `\\bthere's a (?!(?:cable|monthly|annual|service|foreign|flat|fixed|wire|late|atm)\\b)(?:[a-z]+ ){1,2}(?:charge|payment|debit) (?:for|of) (?:[a-z]+[ -]){1,6}?(?:pounds|dollars|euros|thousand|hundred)\\b`,
  // A last credit, an offer's amount and a loan approved told (round 206): "the last credit on your current account was the twenty-eighth
  // of last month", "His offer is for two hundred and eighty-five thousand", "李伟先生的贷款申请批了一百二十万".
  '\\bthe (?:last|latest) (?:credit|debit|payment|deposit) (?:on|to|into) (?:your|his|her) ',
  '\\b(?:his|her|your) offer is for (?:[a-z]+[ -]){0,5}?(?:thousand|hundred)\\b', '(?:贷款|申请)(?:已经)?批了[0-9一二两三四五六七八九十百千万]+',
];
