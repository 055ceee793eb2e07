/**
 * Families of ways a customer complains or threatens to (intent.complaint): outside bodies to report
 * to (金融监管 / 12378 / 消协 / media / lawyer; regulator, ombudsman, the press), names for being
 * cheated or fobbed off (坑钱 / 霸王条款 / 踢皮球; rip-off, daylight robbery, the runaround), demands
 * for an answer or compensation, and weaker cues that count only together (see complaint_cues).
 */
export const COMPLAINT_LEXICON: Record<string, string[]> = {
  complaint_strong: [
    // "Real customer care, that. Kick a man while he's down", "你们这个规定就是刁难人！… 一点情面都不讲" (not 你们怎么回事 or 凭什么让我 alone: a penalty queried, f54-zh-12, f101-zh-15).
    "kick a man while he's down", 'kick a man when he', "kick someone when they're down", 'appreciate the timing', '刁难人', '一点情面都不讲',
    // A form lost twice and a transfer stuck a week: "You've lost the mandate form twice now", "今天都周三了学校说还没收到，你们到底怎么
    // 回事". (Not "that's not good enough": said before asking for someone senior, f5-en-11, f117-en-11, f237-en-09, it is the escalation's.)
    "you've lost the", 'you have lost the', '你们到底怎么回事', '你们到底是怎么回事',
    // A rate and a fee nobody explained (round 192): "你们这什么服务啊，根本没人给我解释清楚！".
    '你们这什么服务', '你们这叫什么服务',
    // Call-backs promised and never made (round 195): "Each time someone promises a callback and nobody rings", "that's what the last three
    // people said".
    // A wire fee (round 196): "Thirty five bucks for pushing a button". (Not "Thirty-one years I've banked here" said with a threat: f129-en-19.)
    'for pushing a button', "i'm calling to tell you i'm done",
    // "It's honestly the worst support I've had from any bank", "your dispute team is painfully slow" (round 196).
    'worst support', 'the worst service', 'painfully slow',
    // The agent's read-back objected to, a fee called a rip-off (round 197): "Wait, did you just read my entire card number out over the
    // phone?", "You guys nickel and dime your members on everything", "Still think the wire fee is a joke".
    'did you just read my', 'read my entire card number', 'nickel and dime', 'nickel-and-dime', 'fee is a joke',
    'and nobody rings', 'nobody ever rings', 'nobody rang back', 'the last three people said', 'the last two people said',
    // "上次去网点排了一个多小时，柜员态度还差，你们银行真是越来越不行了".
    // (The bank named: "眼睛越来越不行了" is the caller's sight, f206-zh-25.)
    // Fees raised unannounced and calls never returned, a dispute left a week ("It's rubbish service", "your relationship manager hasn't
    // returned a single call since March", "到现在你们一点动静都没有，你们办事怎么这么拖拉！", "等等等，就知道让我等").
    'rubbish service', "hasn't returned a single call", 'not returned a single call', 'without telling me properly', '一点动静都没有',
    '这么拖拉', '就知道让我等',
    // An account frozen despite a travel note, and a fee never explained ("its the third time i told you lot i was posted abroad", "开户的
    // 时候根本没人跟我说！… 你们这服务真是一言难尽").
    'third time i told you', 'third time i have told you', "third time i've told you", 'your lot froze',
    '根本没人跟我说', '服务真是一言难尽', '服务一言难尽',
    // An app that failed on the road ("your app was down the whole time I was at the Ambassador Bridge, couldn't even check my balance",
    // "更新完就一直闪退 这都第几回了 你们这个app做得真是烂 每次更新都出问题"). (Not bare 'your app was down': "I paid a day late because your
    // app was down" asks for a fee back, f102-en-16.)
    'your app was down the whole', 'app was down the whole time', "couldn't even check my balance", '做得真是烂', '每次更新都出问题', '这都第几回了',
    // "你们这个APP怎么回事啊 … 转一个失败一个，搞了一上午", "APP做得稀烂".
    'app怎么回事', '做得稀烂', '转一个失败一个',
    // A fee never agreed and a run-around on hold ("我什么时候开通的我都不知道，你们这收费也太不透明了吧", "your bank has been nothing but hassle on
    // this, I've spent hours on hold and every person says something different").
    // A chargeback decided without the merchant, and fees on a new couple's account ("你们这流程就是只护着持卡人，我们小商户就活该吃哑巴亏是吧。
    // 上次打电话那个客服还嫌我啰嗦", "你们问都不问我就把钱从我账户扣走了", "别的银行早就全免了，你们这也太抠了吧").
    '只护着持卡人', '吃哑巴亏', '嫌我啰嗦', '你们问都不问', '你们这也太抠', '你们也太抠', '你们太抠',
    // "The app that crashes every time I open the statements? Brilliant. … an app that doesn't even work. This is shoddy, frankly."
    'this is shoddy', "that's shoddy", 'shoddy service', "app that doesn't even work", 'app that crashes every time',
    '太不透明', '收费不透明', 'nothing but hassle', 'spent hours on hold', 'every person says something different', 'everyone says something different',
    '你们银行真是越来越不行', '你们真是越来越不行', '你们越来越不行', '银行越来越不行', '态度还差', '态度也差', '态度又差',
    // "Your merchant fees are a joke."
    'fees are a joke', 'charges are a joke',
    // Blame laid on the bank, and customers taken for fools: "This is your fault, not mine" (not "which was your fault": f71-en-21), "你们是不是觉得客户都是傻子？".
    'this is your fault', "it's your fault", '客户都是傻子', '当傻子', '当我是傻子', '觉得我是傻子',
    // A business frozen twice: "你们一次两次地冻，我生意还做不做了？", "不在你们这受这个气".
    '生意还做不做', '受这个气', '受这份气', '受你们的气',
    // Loyalty slighted: "Twelve years we've banked with you and not a single missed payment. It's an insult".
    "it's an insult", 'it is an insult', 'an insult after',
    // "Three times this month your app's died on me", "Your app has crashed every payday for three months", "你们这费率比别家高一大截！… 全被你们吃了".
    "your app's died", 'your app died', 'your app keeps crashing', "your app's crashed", 'your app has crashed', 'app has crashed every', '被你们吃了', '比别家高一大截',
    // Rude staff: "the lassie at the counter was pure rude to me. Treated me like an idiot."
    'treated me like an idiot', 'treated me like a fool', 'treated me like dirt', 'pure rude to me',
    // "you've charged me forty-five pounds to pay twelve therapists … For pressing a button", "it's been the same story with the
    // card machine charges".
    'for pressing a button', "it's been the same story", 'been the same story with',
    // Idioms for a bank that takes, ignores or fakes: 雁过拔毛, 石沉大海, 形同虚设; and public reviews.
    'xiaohongshu', 'expat group', 'expats group', "who'd love to hear", '凭什么冻', '凭什么不通知', '凭什么不打招呼', '你们这什么热线', '什么破热线', '雁过拔毛', '石沉大海', '是个摆设', '就是个摆设', '形同虚设', '折腾人', '不太理想', '评价里', '写两句', '肯定要反映', '要反映',
    'this is the thanks i get', "that's the thanks i get", 'tell everybody', 'tell everyone',
    '市长热线', '银监会', '银监局', '保监会', '金融监管总局', '金管局', '监管部门', '监管机构', '监管那边', '找监管', '去监管',
    '告到监管', '消费者协会', '媒体曝光', '曝光', '上电视', '找记者', '发微博', '发到网上', '网上曝光', '发抖音', '发到小红书上', '发在小红书上', '到小红书上发', '小红书上发', '挂到小红书上', '发小红书', '发朋友圈', '宣传宣传', '给你们宣传', '黑猫投诉', '律师函', '找律师',
    '起诉', '法院见', '霸王条款', '乱收费', '乱扣费', '乱扣钱', '凭什么扣', '凭什么收', '黑心', '坑钱', '坑爹', '宰人', '抢钱', '明抢', '吸血',
    '骗钱', '忽悠', '糊弄', '敷衍', '踢皮球', '推来推去', '推三阻四', '一拖再拖', '没人管', '没人理', '不作为', '岂有此理', '欺人太甚', '欺负人', '欺负老人', '欺负老年人', '欺负我们老人', '不是乱扣钱', '不是乱扣', '不是乱收费',
    '太失望', '很失望', '寒心', '心寒', '受够了', '受不了你们', 'false advertising', 'misleading advert', "advert's misleading", 'advert is misleading', "it's been a real treat", '太难用了', '真难用', '难用死了', '真是服了', '真服了你们', 'one thing after another with you', 'one thing after another with this bank', 'one star', 'putting a review up', 'review up', '被你们银行骗', '被你们骗', '不是骗子吗', '现在倒好', "what i'm upset about", "it's a joke", 'this is a joke', 'what a joke', 'absolute joke', "that's how you treat", 'this is how you treat', 'how you treat your customers', 'how you treat loyal', 'let everybody know', 'let everyone know', 'post on facebook', 'post it on facebook', 'post on social media', 'really cannot make it', '很火咯', '真的很火', '我很火', '火大', 'this is garbage', 'absolute garbage', 'total garbage', 'garbage service', 'nobody picks up the phone', '念稿子', '只会念稿', '照本宣科', '屁都没', '屁用', '窝火', '扯淡', '什么玩意', '啥玩意', '破银行', '垃圾银行', '垃圾服务', '太垃圾', '离谱',
    '给个交代', '给我个交代', '给我一个交代', '谁来负责', '负得起责', '要求赔偿', '赔偿我', '耍我', '当猴耍', '太烂了', '烂透了', '差评',
    '恶心', '太气人', '搞什么鬼', '搞什么名堂', '有没有搞错', '缺德', '太无语', '不负责任', '不讲理', '不讲道理', '我要反映', '我要反应',
    'rip-off', 'rip off', 'ripped off', 'ripping me off', 'ripping people off', 'daylight robbery', 'scamming', 'shambles',
    // Cowboys are builders, shops and tour operators ("the place is shut. Total cowboys"): a complaint only when the bank is the cowboy.
    'cowboys, the lot of you', 'you lot are cowboys', "you're cowboys", 'you are cowboys', 'you cowboys', 'bank of cowboys', 'cowboy bank',
    'shambolic', 'a farce', 'farcical', 'beyond a joke', 'joke of a bank', 'bunch of clowns', 'livid', 'sick and tired',
    'had it up to here', 'not impressed', 'how dare', 'diabolical', 'scandalous', 'atrocious', 'horrendous', 'abysmal', 'poor service',
    'bad service', 'lousy service', 'horrible service', 'dreadful service', 'treated like dirt', 'treated like rubbish', 'treated like a criminal',
    'treated like an idiot', 'fobbed off', 'fob me off', 'the runaround', 'the run-around', 'the run around', 'pillar to post',
    // Notes on file ignored ("We've asked five times for text only … It's like nobody there reads the notes") and praise no one means
    // ("Ten out of ten for effort").
    'nobody there reads', 'no one there reads', 'nobody reads the notes', 'no one reads the notes', 'ten out of ten for effort', 'full marks for effort',
    // Papers lost again and an apology brushed off: "I have sent those. Three times. Your lot keep losing them … Apologies don't pay the builders".
    'your lot keep losing', 'you lot keep losing', 'you keep losing my', 'you keep losing them', 'you keep losing the', "apologies don't pay",
    // Praise said flat after a grievance: "your bank is charging the transfer fee twice. Every month. Brilliant service, really."
    'brilliant service, really', 'great service, really', 'fantastic service, really', 'excellent service, really', 'wonderful service, really',
    // Fees raised again: "that's twice this year … For a sole trader that's just taking the mick", "你们跨行转账手续费怎么又涨了 … 现在又收钱又慢".
    'taking the mick', 'taking the mickey', 'taking the piss', '手续费怎么又涨', '又收钱又慢',
    // "your adviser put my grandchildren's trust money in a fund that's lost eight percent, and nobody's rung me once".
    "nobody's rung me", 'nobody has rung me', "nobody's called me",
    'never called me back', 'never got back to me', 'nobody called me back', 'no one called me back', 'nobody ever calls back',
    'go to the press', 'go to the papers', 'tell the papers', 'contact the press', 'a journalist', 'post about this', 'post this online',
    'post it online', 'put it online', 'put* this up on', 'put* it up on', 'post* this on', 'post* it on', 'post* about this', 'put this online', 'all over social media', 'all over twitter', 'tweet about', 'one-star', 'one star review', 'bad review', 'trustpilot', 'google review', 'put that in my review', 'app store page', 'top notch service', 'so other people know', 'warn other people', 'watchdog',
    'financial ombudsman', 'the fca', 'better business bureau', 'attorney general', 'my mp', 'legal action', 'sue you', 'sue the bank', 'small claims', 'see you in court', 'want compensation', 'demand compensation',
    'expect compensation', 'expect an apology', 'want an apology', 'demand an apology', 'owe me an apology', 'hold you responsible',
    'hold you accountable', 'daylight theft', 'con artists', 'crooks', 'thieves', 'a racket',
    // Calling again about the same thing: "Third time calling about the same thing", "This is the third time I'm calling".
    'third time calling', "third time i'm calling", 'third time i am calling', "third time i've called", 'third time i have called', "third time i've rung",
    'fourth time calling', "fourth time i'm calling", 'fourth time i am calling', "fourth time i've called", 'fifth time calling', "fifth time i'm calling", 'fifth time i am calling',
    // "This is not how to treat a customer at all" (the not inside the phrase: it is the grievance, not its negation).
    'not how to treat a customer', 'not how you treat a customer', 'not how you treat customers', 'no way to treat a customer', 'no way to treat customers',
    // The bank asked by what right it cut a limit ("你们凭什么降我额度"; not bare 你们凭什么 or 凭什么罚: a scam stopped or a
    // fraud freeze is questioned the same way), and Cantonese for nobody following up ("結果冇人理").
    '凭什么降', '凭什么给我降', '冇人理', '冇人跟进',
    // Understatement and a harsh teller: "I'm not thrilled … not quite what I expected from you lot", "那个柜员还凶我", "你们管不管".
    'not thrilled', 'not exactly thrilled', 'not entirely thrilled', 'put something on record about', 'not what i expected from you', 'not quite what i expected', '凶我', '管不管',
    // Mocked, shamed or mis-sold: "Genius design", "Not exactly your finest hour, is it?", "You lot must be laughing … paying
    // you for the privilege", "Rather poor, frankly", "your whole setup is a joke", "a bit of a poor show", 把我们这些小卖家当韭菜割,
    // 每次都这样 一点都不考虑外国人的情况, "I'm not best pleased", 你们搞什么东西 迁系统也不通知一下, 这是什么服务, 合并简直是一团糟,
    // 凭什么我来背, Singlish "Your bank lock my account again! … you all very troublesome" (not bare "very troublesome", which
    // may be a fee's bother), 你们天天限制 (not bare 烦不烦, said of sales calls), 又把我卡给限制了, "当初卖的时候谁给我看合同了 就一个劲儿说好", "你们办事也太拖拉了 违约金谁出", 收款码手续费一声不吭就涨了, 你们这么搞, 太耽误事了, 一次比一次差, 我脸都丢光了,
    // 什么破规定 一点人情味都没有, 你们说法一天一个样. (Not "I've had enough" or "gold star": said on leaving, or of praise.)
    'genius design', 'not exactly your finest hour', 'not your finest hour', 'must be laughing', 'for the privilege', 'rather poor', '当韭菜割', '割韭菜', 'setup is a joke', 'poor show', '一点都不考虑', '每次都这样', 'not best pleased', '搞什么东西', '也不通知一下', '这是什么服务', '一团糟', '凭什么我来背', 'you all very troublesome', 'lock my account again', '天天限制', '又把我卡给', '谁给我看合同', '一个劲儿说好', '太拖拉', '办事拖拉', '违约金谁出', '一声不吭', '你们这么搞', '太耽误事', '一次比一次差', '脸都丢光', '破规定', '人情味都没有', '没有人情味', '一天一个样',
    // Thanks said through the teeth for a fee: "一千块的手续费眼睛都不眨就扣了 … 呵呵，封顶一千，那我还得谢谢你们呗".
    '眼睛都不眨就扣', '还得谢谢你们呗',
    // The bank's own mistake blamed for the loss: "我签证被拒了！就是因为你们开的那个资信证明".
    '就是因为你们', '都是因为你们', '全是因为你们',
    // "你们天天冻，我还怎么收钱？你们这服务真是够了", "你们就会这一句话 … 你们这就是歧视自由职业".
    '服务真是够了', '你们天天冻', '你们就会这一句', '这就是歧视', '就是歧视我们',
    // "你们效率太低了吧", "你们又乱扣我手续费 … 你们银行是不是穷疯了", "你们对我们盲人就是不上心", "That's just not on."
    '你们效率太低', '你们效率也太低', '又乱扣', '穷疯了', '就是不上心', "that's just not on",
    // The bank's own mistake named while charged for it, and nothing heard after: "You charged us a … recall fee when it was your
    // wire room that sent our contractor payment to the wrong account", "上次也是这么说，提交完就没下文了", "谁都没打给我".
    'when it was your', '就没下文', '都没下文', '谁都没打给我', '谁也没打给我', '谁都没给我回',
    // A wasted trip and a rude teller: "柜员说不收，让我白跑一趟，还说话特别冲".
    '让我白跑', '说话特别冲', '说话很冲',
    // Products pushed on the old: "你们怎么回回都推这个 … 柜台那小伙子非让我买，老百姓存个钱都不让消停".
    '回回都推', '非让我买', '不让消停',
    // Sent back and forth and given no straight answer ("你们网点让我来回跑了三趟，每次都说缺材料，每次缺的还不一样", "你们到底有没有个准话？");
    // nobody at the bank knowing ("This is my fourth call about the same thing … Nobody at your bank seems to know anything"); had enough
    // of the bank ("I've had enough of your bank"); always on hold ("every time I ring I'm on hold for forty minutes"); a fee thanked for
    // in sarcasm ("thank you ever so much for charging my … father", "Really classy", "Genius business model").
    '让我来回跑', '每次缺的还不一样', '有没有个准话', '没个准话', 'nobody at your bank', 'my fourth call about', 'my third call about',
    'my fifth call about', 'had enough of your', "every time i ring i'm on hold", "every time i call i'm on hold", 'ever so much for charging',
    'really classy', 'genius business model', 'you make it impossible',
    // "别的银行人家受托人早就能在网上操作了，就你们死板".
    '就你们死板', '你们太死板', '你们真死板',
    // "你们那个客户经理每次都说差不多了，打电话过去还爱搭不理的" (爱答不理 is in phrasings-zh.ts).
    '爱搭不理',
    // Asked for a document again ("Third time I've been asked to send my husband's death certificate … Do you lose things on purpose?")
    // and a phone line hard to get through ("你们这电话真难打，转了三次人工").
    'lose things on purpose', 'losing things on purpose', '电话真难打', '转了三次人工', '转了好几次人工',
    // Payouts held again ("the payouts have been delayed again by your bank … because of you lot. I'm done"), an app praised in sarcasm
    // ("Nothing says great service like being logged out every time I try to pay"), the agent's manner ("Your attitude is awful"), slow
    // settlement ("你们到账怎么这么慢啊") and a branch's staff contradicting each other ("这不是开玩笑吗", "你们到底谁说了算？").
    'delayed again by your', 'because of you lot', 'nothing says great service', 'your attitude is awful', 'your attitude is terrible',
    '你们到账怎么这么慢', '这不是开玩笑吗', '到底谁说了算',
    // Apologies that do nothing ("你们客服就只会说抱歉，一点用没有"), service called awful ("服务差得要命") and a rule mocked ("你们银行可真会管闲事啊，
    // 管得比我妈还宽").
    '就只会说抱歉', '一点用没有', '服务差得要命', '真会管闲事', '管得比我妈还宽',
    // A fee called a scam, the late payment put on the bank's system ("the whole overdraft thing is a scam", "那是你们系统的问题，又不是我的
    // 问题", "我明明二十号就还了，你们非说我逾期") (round 199; not bare "is a scam": a fraud asked about).
    'overdraft thing is a scam', 'overdraft fee is a scam', 'overdraft is a scam', 'fees are a scam',
    '那是你们系统的问题', '这是你们系统的问题', '明明是你们系统的问题', '你们非说我',
    // A new fee thanked for, an app asked whether it works at all, and the bank's treatment refused (round 200): "the lovely new fee on our
    // card reader. Really generous of you, charging a hospice charity shop more", "你们这个手机银行到底能不能用了", "不想再受这气".
    'lovely new fee', 'generous of you, charging', '到底能不能用了', '不想再受这气', '受这个气',
    // Money taken unannounced and a line held for forty minutes (round 201): "队员交的钱被你们扣了一百多块，也没人通知我", "it took me forty
    // minutes to get through to you" (not "I've had enough", which also ends calls that only leave: f231-en-24, f354-en-25).
    '被你们扣了', 'minutes to get through to you', 'an hour to get through to you',
    // "你们就是变着法儿收钱", "工资代发也换到招行去，不在你们这受气了" (round 203).
    '变着法儿收钱', '变着法收钱', '变着法子收钱', '不在你们这受气',
    // "你们到底有没有人在干活？我都打了三次电话了，每次都说会跟进，跟进个鬼" (round 204).
    '有没有人在干活', '跟进个鬼',
    // "你们这app到底有没有人维护啊", "全部挪到建行去，不在你们这儿受这个气了" (round 205).
    '有没有人维护', '不在你们这儿受',
  ],
  /** A lawyer brought in (paired with complaint_lawyer_verbs): "my solicitor" alone may be a payee. */
  complaint_lawyer: ['my solicitor', 'my lawyer', 'a lawyer', 'a solicitor', 'my attorney', 'an attorney', 'our lawyer', 'our solicitor'],
  complaint_lawyer_verbs: [
    'hear* from', 'get', 'getting', 'contact*', 'involve*', 'call*', 'ring*', 'letter from', 'pass* this to',
    'tak* this to', 'instruct*', 'see*', 'hand* this to',
  ],
  /** Praise that, next to a wait or a runaround, is sarcasm ("Brilliant service as always. Forty minutes."). */
  complaint_sarcasm: [
    // Praise with a public-shaming threat or a stinging aside: "给你们点个大大的赞 … 发个微博 让大家都看看".
    '点个大大的赞', '点个赞啊', '真是太好用了',
    'brilliant service', 'great service', 'wonderful service', 'fantastic service', 'excellent service', 'top-notch service', 'amazing service',
    'brilliant', 'fantastic', 'wonderful', 'marvellous', 'marvelous', 'doing well', 'how efficient', 'so efficient', 'well done', 'bravo',
    'that\'s a good one', 'as always', 'will be magic', 'great system', 'lovely system', 'great job', 'nice one', '越更新越', '真好用啊', '真是让人服气', '让人服气', '真行啊', '真厉害', '效率真高', '太高效', '真是好啊', '真棒啊',
    '可真快', '真够快', '佩服', '服气', '好样的', '长脸', '可真好啊', '服务可真好', '服务真好啊', '效率真是', '效率可真', 'love that for me', 'ten out of ten', 'incredible banking', 'oh amazing', 'outdoing yourselves', 'outdone yourselves', 'stellar work', 'really stellar', 'amazing work', 'keeping us safe there', 'congratulations on the merger',
    // "Third time I've sent my marriage certificate. You lot are really on top of things, aren't you."
    'really on top of things', 'right on top of things', 'so on top of things',
    // "你们可真贴心啊 … 这个月第三次了".
    '可真贴心', '真贴心啊', '生怕我钱多', '太为客户着想',
    // "你们新版手机银行可真是贴心啊", "你们这无障碍改造做得真是太到位了，到位到盲人一个都用不了".
    '可真是贴心', '真是贴心啊', '真是太到位了',
    // "你们这个ＡＰＰ真是厉害啊 … 真是谢谢你们啊".
    '真是厉害啊', '真是谢谢你们',
    // "Oh aye, brilliant. Cracking service, that.", "Absolutely first class, you lot."
    'cracking service', 'first class, you lot', 'absolutely first class',
    // "呵呵 你们银行真是高效啊 三个星期了 一个电话都没有".
    '真是高效', '真高效啊',
    // Praise in scare quotes (你们银行真是太"贴心"了，改个信息让我跑了三趟网点) and praise beside a runaround.
    '太贴心了', '"贴心"', '“贴心”',
    // Other praise in quotation marks: "你们这个网上银行真是“方便”啊，我弄了三天都没注册成功".
    '“方便”', '"方便"', '“高效”', '"高效"', '“专业”', '"专业"', '“周到”', '"周到"', '“靠谱”', '"靠谱"',
    // "三天了还处理中？你们服务真是太好了，好得我都要给你们送锦旗了".
    '服务真是太好', '好得我都要',
    // Singapore English: "Wah, very efficient lah, your bank. Three days still cannot".
    'very efficient',
  ],
  /** How long the caller waited ("forty minutes", "since Monday", "一个多月"). */
  /** Not told about a charge or term ("Nobody mentioned that when I opened the card"): a grievance with sarcasm. */
  complaint_not_told: ['一个电话都没有', '一个电话也没有', 'not one text', 'not one call from', 'not a single text', 'not a single call', 'nobody thought to mention', 'none of that came up', 'never came up', 'nobody even emailed', 'nobody emailed', 'no one emailed', '没人通知我', '也没人通知', 'nobody mentioned', 'no one mentioned', 'nobody told me', 'no one told me', 'nobody said anything', '没人告诉我', '没有人告诉我', '也没人说', '谁也没说',
    // "Your mob never mentioned the correspondent fee when I set it up".
    'never mentioned the', 'never mentioned that', 'never mentioned any'],
  complaint_wait: [
    // "你们效率真高啊，三个月才批下来".
    '三个月才', '两个月才', '半年才', '才批下来',
    // "what a fantastic job you're doing, really, five days to release my own money. Stellar." (round 196).
    'to release my own money', 'days to release',
    // "我周一转给香港表行的钱，今天周四了还没到，真是佩服".
    '了还没到',
    // Slowness said as a sarcastic comparison: "Pony Express would've been quicker", "飞鸽传书都到了".
    "would've been quicker", 'would have been quicker', "would've been faster", 'would have been faster', 'pony express',
    '三个礼拜', '两个礼拜', '三个星期', '两个星期', 'two days', 'three days', 'for days', 'days now', 'minutes', 'an hour', 'hours', 'weeks', 'working days', 'on hold', 'been waiting', 'since monday', 'since last week', 'all week', 'all day', 'pending', 'still nothing',
    '三天了', '两天了', '几天了', '转了三天', '这效率', '你们这效率', '办事效率',
    '等了', '分钟', '一个多月', '一个多礼拜', '一个礼拜', '半个月', '老半天', '半天', '好几天', '没有音讯', '一点音讯',
    // "五天了还没到", "效率真是高啊 五天".
    '五天', '四天', '一周了',
    // "Hold someone's entire life savings for a week".
    'for a week',
    // "A whole week without online banking, great job on that migration".
    'a whole week', 'whole week without',
  ],
  /** Blaming oneself ("我真是服了我自己", "my own fault"): frustration, not a complaint about the bank. */
  complaint_self_blame: [
    // The complaint is about a merchant or someone else, not the bank ("不是投诉你们啊 我要投诉那个家具店").
    '不是投诉你们', '不是冲你们', '投诉那个', '投诉商家', 'not complaining about you', 'not your fault',
    '服了我自己', '怪我自己', '我自己的错', '我自己的问题', '我这脑子', '我这记性', '被人当猴耍', '被骗子',
    'my own fault', 'my fault', 'blame myself', 'kicking myself', 'my own stupid', 'silly me', 'my mistake',
  ],
  /** The caller calls the complaint off in the same turn ("还以为要投诉呢 那没事了"). */
  /** Someone else is the one angry, or the anger is at someone else: fraudsters, a relative's experience. */
  complaint_other_target: [
    '这帮骗子', '那帮骗子', '这些骗子', '那些骗子', '骗子真是', '诈骗的', 'those scammers', 'these scammers', 'the scammers', 'the fraudsters', 'those fraudsters',
    'says you', 'said you', 'says it', 'say you', '说你们', '听说', '怕被人', '怕被', '这种商家', '那个商家', '这商家', 'the merchant', 'that merchant',
    // A scam or crypto blamed: "那个网上投资群骗钱的", "炒币亏了 … 那个东西太坑了".
    '投资群', '那个群', '那个东西', '那东西', '那玩意', '炒币', '币圈',
    '我朋友', '我同事', '我邻居', '好多人', '很多人', '别人都', 'she was', 'he was', "she's", "he's", 'she is', 'he is', 'she got', 'he got', 'they were',
    // Advice reported: "said I should go to the ombudsman", "他说要去金融监管总局投诉".
    'said i should', 'says i should', 'told me to', 'suggested i', '他说要', '她说要', '一个朋友',
    // "she ended up going to the ombudsman over the exit charges" (a neighbour, at another bank).
    'she ended up', 'he ended up', 'they ended up',
    // Relatives and flatmates retold: "My sister was furious …, she said she'd go to the ombudsman if it were her", "My flatmate
    // … ended up complaining to the regulator", "他真的很过分" (a landlord).
    'my sister', 'my brother', 'my mum', 'my dad', 'my flatmate', 'my roommate', "she'd go", "he'd go", '他真的', '她真的',
    // A letting agent blamed: "Right, so it did go. They're just being useless then."
    "they're just being", 'they are just being',
  ],
  /** Corrected in the same breath: "我要投诉 不是 我要那个 申请争议". */
  complaint_self_corrected: ['不是我要', '不是不是', '说错了', '不对不对', 'i mean', 'sorry, i mean'],
  complaint_called_off: [
    // Anger taken back as said in temper: "本来我一生气想把你们家全都不用了 … 算了算了，说气话".
    '说气话', '是气话',
    // A complaint supposed: "if I ever had a complaint I'd know who to call, but you've always been good to me".
    'if i ever had a complaint', 'if i ever have a complaint', 'if i ever had to complain', 'if i ever need to complain',
    // "我先说清楚啊，我不是要找你们领导投诉啥的".
    '不是要找', '投诉啥的', '投诉什么的',
    // A sister's ombudsman threat declined: "but honestly I'm not going down that road".
    'not going down that road', 'not going down that route',
    // "My daughter was all set to complain to the ombudsman … but I told her not to be silly".
    'all set to complain',
    // The process asked about for someone else: "My apprentice wanted to know how he'd go about making a complaint to a bank".
    "how he'd go about", "how she'd go about", 'how he would go about', 'how she would go about', "how they'd go about",
    // "我朋友之前说年费太贵要去投诉你们，我倒不是要投诉啊".
    '不是要投诉',
    // An earlier complaint about someone else followed up: "上个月我投诉过加盟总部多扣的设备押金，想问问结果".
    '问问结果',
    // Asking after a complaint already made ("I had raised a complaint already. What is the status?", "上个月投诉过一次 … 退了没有").
    'ready to complain, but', 'rang up ready to complain', 'was going to complain', 'was ready to complain',
    'raised a complaint already', 'already raised a complaint', 'status of my complaint', 'my complaint status', '投诉过一次', '投訴過一次', '之前投诉过', '上个月投诉过', '上個月投訴過',
    // "我投诉过了，问问处理得怎么样了".
    '投诉过了,问问', '投诉过了,想问', '问问处理得怎么样', '投诉过一个', '问问怎么样了',
    // "我上周投诉过一笔重复扣款，就是我店里进货那笔，想问下退了没有".
    '上周投诉过', '投诉过一笔',
    // The word is about the phone menu or an old case, not a grievance now: "pressed the complaints option by mistake", "撤回上周的投诉".
    '按错了', '按错键', '投诉建议的键', 'by mistake', 'wrong option', 'complaints option', 'put through to complaints', 'routed to complaints',
    "don't have a complaint", 'not calling to complain', '以为我要投诉', 'made a complaint about', '不是来投诉', '不是投诉', '想表扬', '表扬一下', '撤回', '撤销投诉', 'withdraw my complaint', 'withdraw the complaint',
    // A how-to asked in advance ("if a big transfer ever went wrong, how would I complain, or who would I escalate it to?").
    'how would i complain', 'who would i complain to',
    // "if this kind of thing ever happens again and your line is slow, I might complain, but today you were fast".
    'i might complain', 'ever happens again',
    '我还想着', '还想着要', '本来还想', '那没事了', '那就没事了', '那就不用了', '那就好', '那还好', 'never mind then', "that's alright then", "that's fine then", 'no harm done'],
  /** Somewhere outside the bank to take the complaint (paired with complaint_report_verbs). */
  complaint_bodies: [
    '监管', '银保监', '金管局', '金融局', '人民银行', '央行', '消协', '消保', '媒体', '记者', '电视台', '报社', '微博', '律师', '法院',
    '上级部门', '有关部门', '相关部门', '政府',
  ],
  complaint_report_verbs: ['反映', '反应', '告', '投诉', '举报', '曝光', '去找', '说理', '评理', '讨说法', '讨个公道', '起诉', '找'],
  /** Weak cue families: any two in one customer turn make a complaint. */
  complaint_sentiment: [
    // "This is the second time your bank has done this to me. I'm not dealing with it again."
    'done this to me', 'not dealing with it again', 'not dealing with this again',
    '太差', '真差', '很差', '这么差', '差死了', '破卡', '破系统', '破app', '破服务', '太烂', '真烂', '气死', '生气', '火大', '烦死', '烦人',
    '郁闷', '糟糕', '糟心', '过分', '乱扣', '乱收', '乱来', '乱七八糟', '无语', '失望', '不满', '不爽', '不靠谱', '坑', '闹心', '憋屈',
    'terrible', 'awful', 'horrible', 'lousy', 'crap', 'crappy', 'dreadful', 'frustrat*', 'annoy*', 'upset', 'mad',
    "that's not the point", 'no kidding', "you're kidding", 'forget it', 'dispiriting', "not what i've come to expect", 'not what i expect',
    '这样的体验', '没有记忆', '伺候不起', '太死板', '什么年代了', '服了你们', '你开玩笑吧', '这种水平', '给你们写写', '网上好好写', '受够了', '怎么做事的', '怎么办事的', 'really poor', 'very poor', 'pretty poor', "it's poor",
    // "The renewal rate is rubbish" is an opinion of a product; "your service is rubbish" a complaint.
    'angry', 'rubbish', 'stupid', 'nonsense', 'garbage', 'trash', 'hopeless', 'a mess', 'the worst', 'worst', 'unfair', 'not fair', 'not good enough',
    // "this is the third time you've held my wages this month. Bit much, like."
    'bit much',
    // The harm named: "This is the third time your settlements have been late. It's costing me customers."
    'costing me customers', 'costing me business', 'costing me money', 'losing me customers', 'losing me business',
    // "Your service really damn slow" (with the bank named).
    'damn slow', 'so slow', 'really slow',
    // "Abeg, I'm tired of this … you people have held it again".
    'tired of this',
    // "你们服务是真的越来越差", "你们银行办事就是这么拖拉的" (cues: "我爸身体越来越差" names no one to blame).
    '越来越差', '这么拖拉', '办事拖拉', '太狠了',
    // "It's a bit disappointing, to be honest … Three times I've had to ring up about it".
    'disappointing',
    // "Your bank has been wasting my time", "Your people didn't check a single thing … and I've been humiliated at work".
    'wasting my time', 'humiliated', 'incompetence', 'incompetent',
    // "Every time I put money in you lot treat me like I'm laundering it. It's humiliating."
    'humiliating', 'treat me like',
    // "我换一万美金比隔壁多花了好几百 … 你们这点差真是黑".
    '真是黑', '真黑',
    // "Your checks are pointless, honestly", "你们这风控就是瞎搞！" (with the bank named).
    'pointless', '瞎搞',
    // The harm to the caller's standing: "系统升级也不提前说，你们这样搞我在员工面前很没面子".
    '没面子', '丢面子', '丢脸',
    // "你们这收费太不近人情了".
    '不近人情',
    // "反正你们这个风控就是瞎拦，该拦的不拦，不该拦的乱拦".
    '瞎拦', '乱拦', '该拦的不拦',
    // The bank's terminal dead on a market day, its service asked back (round 192): "你们的刷卡机上个礼拜六彻底罢工了！", "你们就是这么服务商户的？".
    '彻底罢工', '就是这么服务', '又闪退',
    // "你们这个流程简直折磨人" (round 199; not "你做不了主就让你们主管来", which asks for someone above the agent).
    '折磨人',
    // A fee called too dear and a failure that left the family frantic (round 201): "你们收的手续费一次一百五，太贵了吧", "老是提示失败 …
    // 阿姨家里急得要死".
    '太贵了吧', '急得要死',
  ],
  /**
   * The bank named beside Chinese sarcasm: "你们银行真是太"贴心"了啊，半夜两点给我锁卡". (English praise beside "you lot" is
   * as often sincere: "Brilliant. Did you guys take a fee on that?")
   */
  complaint_sarcasm_target: ['你们银行', '你们这', '你们家', '你们客服', '你们的服务', '你们服务', '你们系统', '这银行', '这个银行', '你们行', '你们新版'],
  /** The bank named as the one at fault in the grievance's own sentence, which keeps it whoever else the turn names. */
  complaint_bank_named: [
    // "我是做入境游的旅行社 … 你们到底怎么回事？" (the caller's own agency, round 199).
    '你们到底怎么回事', '你们这到底怎么回事',
    // "上个月打电话你们同事说不会收费，现在又说收，你们到底谁说了算？" (你们同事 is the bank's own, round 201).
    '你们到底谁说了算',
    // The bank called the scammers, which keeps its sentence whatever scammers the turn also names (round 203).
    '你们这帮骗子', '你们这些骗子',
    // "Your bank declined my card at the hospital admissions desk … how humiliating" (round 204).
    'your bank declined', 'you declined my card', 'you lot declined',
    '投诉一个你们', '投诉你们一个', '投诉一个柜员', '投诉一个客服', '投诉一个客户经理',
    'your service has been', 'your service is', 'your bank is', 'you lot are', 'your staff are', 'your customer service is',
    // The bank's own staff named after 投诉那个 (which otherwise turns to a merchant): "我要投诉那个信贷员", "投诉那个支行那个理财经理".
    '投诉那个信贷员', '投诉那个客服', '投诉那个柜员', '投诉那个柜台', '投诉那个客户经理', '投诉那个理财经理', '投诉那个支行',
  ],
  complaint_target: [
    'the way this', 'the way it was', 'been handled', 'handled this', 'your people',
    '你们银行', '你们这', '你们家', '你们这些', '你们客服', '你们员工', '你们的人', '你们的服务', '你们服务', '你们的态度', '你们态度',
    '你们系统', '你们app', '你们的app', '这银行', '这个银行', '这服务', '这态度', '你们工作人员', '你们柜台', '你们网点', '你们行', '你这态度',
    'your bank', 'this bank', 'you people', 'you lot', 'you guys', 'your staff', 'your service', 'your customer service', 'your app',
    'your adviser', 'your advisor',
    'your website', 'your system', 'your branch', 'your team', 'your company', 'your people', 'the service', 'the way you', 'this service',
    // The bank's own terminal at a merchant: "your card reader has double-charged a patient again".
    // "你们那个APP又闪退了 … 这个月第四次了！" (round 198).
    '你们那个app', '你们那个手机银行',
    // "你们收的手续费一次一百五，太贵了吧" (round 201).
    '你们收的手续费', '你们收的费',
    'your card reader', 'your card machine', 'your terminal', '你们的刷卡机', '你们刷卡机', '你们的pos机', '你们pos机',
    // "Your checks are pointless … what's the point of the confirmation of payee thing".
    'your checks', 'your security checks', 'your fraud checks',
  ],
  /** A charge named beside sarcasm: "you charged me thirty five bucks. Super cool, love that for me." (round 199). */
  complaint_charged_me: ['you charged me', 'you guys charged me', 'you lot charged me', "you've charged me", 'you have charged me'],
  complaint_runaround: [
    // "That's the third month running your app has refused the payment to our nanny"; "Oh, your service is just wonderful. I've been to
    // the branch three times … and three times the system was down".
    // Passed from person to person (round 193): "Oh brilliant. Fourth person today. Really fantastic service, well done everyone."
    'third person today', 'fourth person today', 'fifth person today', 'bounced around again',
    'month running', 'months running', 'been to the branch three times', 'been to the branch twice', 'three times the system',
    // "你们这个app真是太好用了哈，我点了三次转账，闪退了三次".
    '闪退了三次',
    // "Three days still cannot … I already sent the documents twice", "nobody returns emails", "the second time your bank has done this".
    'three days still', 'sent the documents twice', 'sent them twice', 'nobody returns emails', 'nobody returns my', 'second time your bank',
    '好几遍', '几遍', '多少遍', '十几遍', '三遍', '四遍', '五遍', '六遍', '七遍', '八遍', '九遍', '十遍', 'three times today', 'times today', '好几次', '说了多少次', '打了多少次', '多少次了', '三番五次', '一次又一次', '又一次', '第三次', '第二次了', '第四次', '第五次', '老是', '总是', '每次都', '一直没',
    '到现在还', '到现在都', '拖了', '结果又扣', '又扣了一次', '扣三次', '扣我三回', '扣了三回', '说会处理', '拖到现在', '这么久', '半个月了', '一个月了', '好几天了', '好几个星期', '再三', '屡次', '反复打',
    'round in circles', 'third time', 'fourth time', 'fifth time', 'again and again', 'over and over', 'every single time', 'for weeks', 'for months',
    'for weeks now', 'for months now', 'for days now', 'weeks now and', 'months now and', 'days now and', 'two weeks now', 'three weeks now', 'two months now', 'three days now', 'four days now', 'five days now', 'yet again', 'several times', 'so many times', 'how many times do i', 'how many times have i',
    // "Four months of phone calls and forms going missing".
    'months of phone calls', 'weeks of phone calls', 'months of calls', 'forms going missing', 'paperwork going missing', 'documents going missing',
    // "This is the second time this year", "which I've reported three times", "代发出错三回了".
    'second time this', 'reported three times', 'reported it three times', '三回了',
    // "This is the second time in a month", "刷卡机怎么老出问题" (with a feeling or a demand: a fault reported is no grievance).
    'second time in a', 'second time in two', '老出问题', '总出问题',
    // "Three times I've had to ring up about it, and nobody seems to fix it", "every time I call it is pending", "催了多少次了",
    // "Your people keep losing my documents".
    "times i've had to ring", "times i've had to call", 'nobody seems to fix', 'every time i call', '催了多少次', 'keep losing my',
    // "哈，你们可真是太高效了，两个月还在排期".
    '两个月了', '两个月还', '两个月都', '三个月了', '三个月还', '还在排期',
    // "改个信息让我跑了三趟网点，每次都说缺一样材料".
    '跑了两趟', '跑了三趟', '跑了好几趟',
    // "Every month it's something new."
    'every month it', 'something new every',
    // "Oh great job, guys. Third month in a row my car payment autopay didn't go through" (round 200).
    // (Not "Third month in a row I've hit my savings goal".)
    'month in a row my', 'month in a row your', 'month in a row the', 'time in a row my', 'time in a row your', 'time in a row the', '闪退三天',
    '闪退了三天',
  ],
  complaint_demand: [
    '赔偿', '赔我', '谁负责', '负责到底', '要负责', '交代', '讨说法', '个说法', '给我说法', '给个解释', '必须解决', '必须给我', '马上处理', '立刻处理', '道歉', '赔礼',
    'compensat*', 'an apology', 'want an explanation', 'demand an explanation', 'owe me an explanation', 'sort this out', 'sort it out', 'fix this now',
  ],
  /** Praise for how something was handled (a past complaint resolved well): excludes the turn. */
  complaint_praise: [
    // Relief, not sarcasm: "Oh brilliant, that's a relief. The baby's due in three weeks so every penny counts."
    "that's a relief", 'that is a relief', 'what a relief',
    'happy with how it was handled', 'happy with how', 'pleased with how',
    '处理得挺好', '处理得很好', '处理得不错', '处理得挺快', '处理得很快', '解决得挺好', '解决得很好', '办得挺好', '挺满意的', '非常满意', '很满意',
    'handled it well', 'handled it really well', 'handled really well', 'dealt with it well', 'sorted it out quickly', 'really happy with how',
    'very happy with how', 'thanks for sorting',
    // "I was all set to ask for a manager, but no need, you've sorted it in two minutes."
    // (Not bare 'sorted it in': "So I'm moving the practice's accounts to Metro Bank, they sorted it in a day" praises the other bank.)
    "you've sorted it", 'you have sorted it', 'you sorted it in',
  ],
};

/**
 * The complaint hotlines by number (12315 消协, 12345 市长热线, 12363 人民银行, 12378 金融监管), not inside a longer number: a
 * phone number read out ("My mobile is 98450 12345") names no hotline.
 */
export const HOTLINE_REGEX = ['(?<![0-9][ -]?)(?:12315|12345|12363|12378)(?! ?[0-9])'];
