/**
 * Who else the caller is angry at, or that the anger is not at the bank (intent.complaint's excludeInSegment): merchants,
 * agencies, landlords, family and scammers named in the same turn as the grievance. Split from complaint.ts, which it outgrew.
 */
export const COMPLAINT_NOT_YOU_LEXICON: Record<string, string[]> = {
  /** The caller says the anger is not at the bank ("不是说你们啊 你们挺好的 是那个老赖", "my client keeps delaying"). */
  complaint_not_you: [
    // A vet and a pet shop's owner who ran off: "I'm furious with my vet … The vet clinic is a total rip-off", "现在老板跑路了，电话都打不通，太坑人了".
    'with my vet', 'the vet clinic', "it's them i'm mad at", '老板跑路',
    // Fines and tolls ("The Dart Charge people have fined me seventy quid", "这个高速公司真是坑人 … 超限站…又罚了我两千"), and an insurer
    // and a hospital ("I'm going to file a complaint against the insurer with the state insurance regulator").
    'fined me', 'penalty notice', 'bus lane fine', '高速公司', '超限站', '收费站', 'against the insurer', 'against my insurer',
    'against the insurance company', 'against my insurance company', 'billing office',
    // "Our freight forwarder lost the paperwork … the customs broker is charging us storage", "it's them I'm furious with".
    'freight forwarder', 'customs broker', "it's them i'm",
    // A distributor who never paid and an equipment firm that charged twice: "这个经销商真是太不靠谱了 … 跟你们没关系", "这家公司太坑了".
    '这个经销商', '这家公司',
    // A crewmate's complaint to his own bank ("he complained to his bank about foreign fees. I've no complaint, mind"), a shop's owner
    // who stopped answering ("老板现在电话都不接了，太坑了"), and cash-only trading ("I'm sick of cash only").
    'complained to his bank', 'complained to her bank', "i've no complaint", 'i have no complaint', '老板现在', '老板电话都不接', 'sick of cash', 'tired of cash',
    // A leasing company's fee ("It's daylight robbery. Anyway, I want out of their lease"), the caller's own patients and customers
    // ("We've had a patient in this morning shouting that he wanted to speak to our manager", "有个病人投诉我们推拿师手重", "现在天天打电话来闹"),
    // a chairman's outburst retold ("our chairman went off saying he'd report you to the ombudsman"), a supplier firm ("那个卖牙椅的公司真
    // 是太坑了"), a scam seller gone ("交了两千定金，人跑了，微信也拉黑我了"), a co-signatory's approvals ("另一个签字人老周每次都要审批，太麻
    // 烦了") and paying staff one by one ("之前一直是我自己一个一个转账，太麻烦了").
    'their lease', 'out of their', 'had a patient', 'had a customer in', 'shouting that he', 'shouting that she', '有个病人', '打电话来闹',
    'went off saying', "saying he'd report", "saying she'd report", '的公司真是', '的公司太坑', '人跑了', '拉黑我', '另一个签字人', '一个一个转账',
    // A council and a client blamed ("the council still hasn't decided on their planning application … The whole system is a joke", "这个
    // 开发商拖了我们半年了 … 这种甲方真是太坑了", "我是气那个印刷厂"), and a chair's threat at the council retold ("Our chair, Pat, is furious at the
    // council … She said she'd take them to the ombudsman!").
    'planning application', 'the council still', '这个开发商', '这种甲方', '这个甲方', '甲方真是', '我是气那个', '那个印刷厂', 'at the council',
    "she'd take them to", "he'd take them to",
    // A delivery platform's own support: "果然，就是平台没打。他们那个客服永远是机器人，烦死了".
    '就是平台', '他们那个客服', '他们的客服', '平台的客服',
    // The caller's own customers and staff: "I'm fed up of chasing bank transfers", "这个人真是太不讲信用了 … 我都想去告他了", "这个保姆太
    // 不像话了".
    'chasing bank transfers', 'chasing invoices', 'chasing customers', 'chasing clients', '这个人真是', '去告他', '告他了', '这个保姆',
    // A former colleague's threat retold ("我有个前同事…还说要去银保监投诉你们呢").
    '有个前同事', '还说要去',
    // A debtor afraid of being sued ("会不会上征信，会不会被起诉？") threatens no one.
    '被起诉', '被告上法庭',
    // A game company blamed: "他们把服务器关了，钱也不退 … 这游戏公司太坑了真的".
    '这游戏公司', '游戏公司太', '那个游戏公司',
    // A market landlord and a council blamed: "The market's put my pitch rent up again … The council reckon they can charge what they like".
    "market's put my", 'the council reckon', 'them lot at the council',
    // A franchisor that vanished and its people, a stallholder's own customers kept waiting, and a buyer's threat against the caller:
    // "These guys are crooks", "骗了好几十个加盟商" (加盟总部 is listed below), "顾客都等得不耐烦了", "他说我不退他就去二手车平台投诉我".
    'these guys are', "the franchisor's", '加盟商', '顾客都等得', '平台投诉我', '投诉我的',
    // A supplier's clerk complaining, and a bust paper firm's boss: "Their accounts lady was complaining she never got it", "这个老板太坑人了，
    // 收了钱就跑".
    'was complaining she', 'was complaining he', '这个老板', '收了钱就跑',
    // A beauty salon, its pushy staff and a marina blamed: "这个美容院真的气死我了 … 被她忽悠着刷了两千", "那个码头太黑了 … 码头那帮人根本不讲理".
    '这个美容院', '那个美容院', '这美容院', '被她忽悠', '被他忽悠', '那个码头', '码头那帮', '码头太黑',
    // A funeral director or funeral parlour blamed: "that funeral director fleeced us", "殡仪馆那帮人太黑了 … 这殡仪馆真是坑人".
    'that funeral director', 'the funeral director', 'that funeral home', 'the funeral home', '殡仪馆那帮', '这殡仪馆', '那殡仪馆', '那个殡仪馆',
    // A hearing-aid shop, an optician and a rental firm blamed, and complained to: "I'm absolutely fuming with that hearing aid place",
    // "it's the rental firm … I'm going to complain to them", "罚款两百，他们收我四百五，还没经过我同意" (the rental company's charge;
    // the firm's name alone stays out: "you've charged me because the rental company takes its cut a day before" blames the bank);
    // a daughter's complaint talked down ("I told her not to be silly").
    'hearing aid place', 'hearing aid shop', 'that optician', 'place on the high street', 'shop on the high street',
    'complain to them', 'complaining to them', '他们收我',
    'told her not to be', 'told him not to be',
    // A merchant's word against the caller's: "The guy at the counter swears it only went through once. Useless."
    'swears it only', 'swears it went through', 'swears blind',
    '不是说你们', '不是冲你们', '不是针对你们', '跟你们没关系', '不怪你们', '我们有个客户', '我们客户', '老赖',
    'not your fault', 'not blaming you', 'nothing to do with you', 'not you guys', 'my client*', 'our client*', 'nothing bad',
    // A merchant blamed in a dispute ("商家骗人 东西是假货 钱一直不退", "这商家太黑了 我要去12315投诉他们") is no complaint about the bank.
    // (The seller named, not bare 卖家: "把我们这些小卖家当韭菜割" is the caller's own trade.)
    '商家骗人', '那个商家', '这商家', '这个商家', '被商家', '商家太黑', '商家死活', '商家不退', '商家一直不退', '卖家那边', '卖家收了', '卖家到现在', '卖家手里', '跟卖家', '别的卖家', '那个卖家', '这个卖家', '卖家不', '店家',
    'that merchant', 'that store is', "that store won't", 'that store refuses', 'that seller', 'the merchant is', 'the store is', 'the seller is',
    // A car dealer blamed beside a loan question: "车行那帮人真不靠谱".
    '车行那帮', '车行的人', '那个车行', '这车行', '车行太',
    // ...and a used-car lot: "那个二手车行真是太坑了，车有问题还死活不给退定金".
    '二手车行', '车行真是',
    // Evidence asked of the bank for a case against someone else: "如果我想走法律途径，银行这边能不能开转账凭证出来？".
    '银行这边能不能开', '开转账凭证', '打印转账凭证', '开个转账凭证',
    // ...and a contractor: "那个装修公司真是太缺德了", "找了个装修队 … 人跑了". (Not bare 装修队: "你们这个效率也太差了，我装修队都等着开工"
    // blames the bank for the crew's wait.)
    '装修公司', '找了个装修队', '那个装修队', '这个装修队', '装修队太', '装修队跑了', '施工队太', '那个施工队', '这个施工队',
    // ...and a shop that got it wrong and promised its own refund: "花店把我爸出殡的花篮送错了，他们自己说了，肯定能退我钱，可是到现在也没退".
    '店把', '他们自己说了',
    // ...and an insurer slow to pay a claim: "这个保险公司真是磨磨唧唧的，拖了一个月了", "那就是保险公司骗我".
    '这个保险公司', '那个保险公司', '这家保险公司', '那家保险公司', '保险公司骗',
    // ...a removal firm ("那个搬家公司简直离谱，打电话也不接") and a repair shop reviewed ("That repair place in the arcade charged me
    // ninety quid … Useless the lot of them, I'm leaving them a one-star review").
    '搬家公司', '那家公司', 'that repair place', 'the repair place', 'that repair shop', 'the repair shop', 'leaving them a', 'leave them a', 'give them a one-star',
    // ...a caterer gone with the deposit ("The caterer … just disappeared with my eight hundred dollar deposit. Total scam artists").
    'the caterer', 'that caterer', 'disappeared with my',
    // ...a shop, a bike-share company and a resale site reported ("the shop's being useless", "那个单车公司太过分了，押金拖了一年都不退",
    // "I'm fuming, not with you guys … Useless, the lot of them. I'm going to report them to Trading Standards").
    "the shop's being", '单车公司', '共享单车', 'not with you guys', 'not with you lot', 'not at you guys', 'the lot of them', 'report them to',
    // ...a franchisor and a watch dealer ("the head office phone's dead. Absolute cowboys. I'm getting a solicitor onto them",
    // "你们银行这边倒是没什么问题，就是这个总部太坑了", "那个二手表商太黑了").
    'onto them', '这个总部', '加盟总部', '总部太坑', '这边倒是没什么问题', '商太黑', '表商',
    // ...and a dry cleaner ("那个干洗店太过分了 … 他们老板还不认账").
    '店太过分', '他们老板', '这个公司太',
    // ...a care home ("They put her bill up three times this year and nobody answers the phone there"), and a neighbour's old complaint
    // asked after ("我邻居老孙说他上回在你们这投诉过排队的事，现在好点了没？").
    'put her bill up', 'put his bill up', 'answers the phone there', '说他上回', '说她上回',
    // ...a holiday cottage's owner, a hotel, a nursery and a pay app ("I'm fuming with that owner", "太过分了这个酒店",
    // "that nursery's admin is useless", "my care agency uses this app … the app is a rip-off").
    'with that owner', '这个酒店', '那个酒店', "that nursery's", "the nursery's", 'uses this app',
    // ...and a thief reported to the police: "那个补卡的人 我已经去派出所投诉了".
    '去派出所', '派出所投诉', '向派出所', '向警方',
    // The bank cleared outright ("你们银行没毛病 是那个老板坑人", "Not you lot, you've been fine, it's him"), a gangmaster
    // owing wages (包工头), and the time difference ("这时差真是折腾人").
    '银行没毛病', '你们没毛病', '包工头', 'not you lot', "you've been fine", '这时差', '时差真是',
    // Anger at a supplier, a buyer who will not pay, or an ex: "I'm not having a go at you, but my till software company is
    // useless", "那个超市真是太坑了", "他们老拖着不付钱", "这女人真是太过分了"; a suit against the ex ("要去法院起诉他"), and a
    // complaint the ex threatens against the caller ("他还说要去银保监投诉我"). (Not bare 投诉我 or 起诉他: Chinese is matched
    // without spaces, so "要投诉 我去12378" and "起诉 他们" would hold them.)
    'not having a go at you', 'software company', '那个超市', '这个超市', '拖着不付', '不付钱', '这女人', '那女人', '这男人', '那男人', '法院起诉他', '法院起诉她', '他还说要', '她还说要',
    // A landlord or a letting agent blamed: "房东扣着我押金不退 … 这个房东太不讲理了", "这个中介简直是骗子".
    '这个房东', '那个房东', '房东扣', '这个中介', '那个中介',
    // An online lender and a marketplace ("在一个网贷平台借了三千块 现在那个催收天天打电话", "TikTok那边…这平台太坑了"); not bare
    // 那个催收, which may be the bank's own collector ("你们那个催收的男的").
    '网贷平台', '这平台', '那个平台',
    // An airline, a prize scam and callers posing as the bank ("Absolute crooks", "说是你们银行的 让我把钱转到什么安全账户"), and
    // the caller unbothered ("But honestly I'm not bothered").
    'the airline', 'got scammed', '安全账户', '说是你们银行的', "i'm not bothered",
    // Insurers slow to pay a clinic ("honestly the insurance companies are killing me … it's a joke"), a patient who threatens
    // the caller's own clinic ("说要投诉我们诊所"), and a tutoring school gone with the fees ("那个培训机构太黑了").
    'the insurance companies', 'insurance companies are', 'the insurers', '说要投诉我们', '培训机构',
    // A visa centre, an embassy and a translation firm: "Honestly the visa centre is a nightmare", "我上次找外面翻译公司翻流水，错了一堆".
    'the visa centre', 'the visa center', 'the embassy', '翻译公司',
    // A marketplace and a fake buyer ("Facebook won't do anything, they're useless"), and a mate's own bank ("My mate's been
    // complaining to his bank for ages").
    "they're useless", 'they are useless', 'some buyer', 'complaining to his bank', 'complaining to her bank', 'complaining to their bank',
    // A boat-trip company and a wedding venue ("the company just never showed up. Absolute cowboys they were", "I want to complain
    // about our wedding venue"), a shop ("那个店真是太坑了"), a shipping line and the caller's own buyers ("This shipping company is
    // hopeless", "有个中东客户特别难搞 … 这个客户太不靠谱了"), and a neighbour fooled by someone else ("那他是被人忽悠了?").
    'shipping company', 'the shipping line', 'the buyer is', 'the company just never', 'cowboys they were', 'our wedding venue', 'the venue', '那个店', '这个店', '客户特别难搞', '客户太难搞', '这个客户太', '那个客户太', '被人忽悠',
    // A factoring firm, a contractor, a residents' property manager and a buyer's agent ("the factor's useless", "this plumbing
    // contractor … These people are crooks", "我们小区那个物业，简直太差劲了", "That guy's been jerking me around … He's a total crook").
    "the factor's", 'the factor is', 'plumbing contractor', 'this contractor', 'that contractor', '那个物业', '这物业', '小区物业', '物业公司', "that guy's", "he's a total",
    // Freight brokers and a freight platform ("These brokers are the worst … Absolute cowboys", "这个破平台，拖了我两个月运费了"), and
    // scammers ("These crooks, preying on old folks"; not bare 'preying on', said of the bank's own sale: "Preying on old people").
    'these brokers', 'brokers are', '破平台', 'these crooks',
    // A clinic gone bust or overcharging: "the clinic's just shut … Absolute cowboys, they took everyone's money", "这诊所太坑人了".
    "they took everyone's", '这诊所', '那个诊所', '这家诊所',
    // A sister's opinion retold ("she reckons your fees are a rip off, but I'm not going anywhere") and an employer ("这老板真是太过分了，
    // 每个月都少给").
    'she reckons', 'he reckons', '这老板',
    // A dealer and a club owner blamed ("those people are crooks", "这个俱乐部老板太坑了，跑路了"), and a wife's or a neighbour's
    // complaint retold ("she says she's going to complain to the ombudsman", "我隔壁卖烤鱿鱼的老钟 … 他前阵子还说要去投诉你们").
    'those people are', '俱乐部老板', '这个俱乐部', "she says she's going", "he says he's going", '还说要去投诉',
    // A client abroad who will not pay and an outsourcing platform: "海外一个客户欠我三个月的开发费不给，那个外包平台也不管".
    '客户欠我', '外包平台',
    // A scooter seller, a home-care firm, a toll company and a car dealer: "I'm absolutely furious with the scooter company",
    // "那个居家护理公司真是太黑了", "I'm absolutely fuming with the toll company", "那个4S店太坑了" (4s: text is lowercased).
    'the scooter company', '护理公司', 'the toll company', '那个4s店', '4s店太坑',
    // A taxi driver and a booking platform: "司机绕路不说 … 这司机太黑了", "这个平台太坑了".
    '这司机', '那个司机', '司机绕路', '这个平台',
    // A hotel keeping a deposit: "酒店说定金不退 … 这酒店真是坑人".
    '这酒店', '酒店说',
    // A tow company, and a lawyer set on someone else ("I'll be getting a solicitor onto him", "我打算找律师告他").
    '拖车公司', 'solicitor onto him', 'lawyer onto him', 'solicitor onto her', 'lawyer onto her', '律师告他', '律师告她',
    // Someone else's advice to complain, retold: "said I should go to the ombudsman", "他说要去金融监管总局投诉".
    'said i should go', 'says i should go', '他说要去', '她说要去',
    // A nursery or training centre gone bust, a toll operator and a petrol-station cashier: "I'm fuming with them", "Their
    // customer service is a joke, I've been on hold with them for an hour", "那个机构跑路了 气死我了", "那个收银员太黑了".
    'fuming with them', 'furious with them', 'their customer service', 'on hold with them', '那个机构', '机构跑路', '黑心机构', '那个收银员', '收银员太黑', '那个加油站', '这个加油站', '那加油站',
    // A grain buyer, a co-op's head, a hospital and a letting agent taken to a tribunal: "That buyer docked me for moisture
    // again, they're a bunch of crooks", "那个合作社的老李 … 太不像话了 / 这人一天到晚就知道糊弄我们", "医院说只收了一次
    // 推来推去的", "I'm taking them to the tribunal, and I'll go to the local paper too".
    'taking them to', 'take them to court', 'that buyer', 'the grain buyer', "they're a bunch of", 'they are a bunch of', '那个合作社', '合作社那边', '这人一天到晚', '这人就知道', '这个人就知道', '医院说', '那家医院', '这医院',
    // An airline, a friend's complaint retold and waved off, a colleague's: "那个航空公司的客服根本打不通", "她还说…说要投诉你们呢
    // 哈哈 我倒是觉得还好", "a colleague of mine complained to you guys last week … but honestly I'm just calling to check".
    '那个航空公司', '航空公司的客服', '航空公司那边', '我倒是觉得还好', '我倒觉得还好',
    // A brother's threat waved off, a neighbour's advice, a friend's own bank, a game company, a nephew's family paying:
    // "My brother was saying he'd report you lot to the FCA … I told him don't be daft", "My neighbour told me I should go
    // to the ombudsman … I don't think that's necessary", "她说她那个银行不给她缓还款", "Honestly that company is a disgrace",
    // "我侄子家里也说要赔我".
    'was saying he', 'was saying she', "told him don't be", "told her don't be", 'told me i should',
    '她那个银行', '他那个银行', 'that company is', 'emailed them', '说要赔我', '家里也说要', 'have been fine',
    // A nursing agency and a hospital's HR office blamed, a shipmate's or colleague's complaint retold: "That agency is a
    // shambles", "我们医院人事科真是太离谱了", "他说回去要投诉你们", "同事说她…说要投诉你们".
    'that agency', 'the agency', '人事科', '我们单位', '我们医院', '他说回去', '她说回去',
    // A gym blamed and reported: "I want to report a gym that's basically scamming people … I'm reporting them to Trading
    // Standards", "那个健身房太坑人了 … 我已经去12315投诉他们了".
    'report a gym', 'a gym that', 'reporting them to', '那个健身房', '这个健身房', '健身房太', '投诉他们了',
    // A broker, a cold caller and a fake trading platform: "Honestly the broker's the problem here. Their app didn't even send
    // me a warning", "I told him I'd report him to the FCA", "Those crooks. Their website's vanished now."
    "the broker's", 'the broker', 'their app', 'report him to', 'report her to', 'those crooks', 'their website',
    // "If you guys ever did that to me I'd be straight to the ombudsman, but honestly you've been great", "航空公司太不像话了",
    // "我邻居说你们排队太慢要投诉你们 我倒觉得还行".
    "you've been great", 'you have been great', 'if you guys ever', '航空公司太', '航空公司取消', '邻居说', '我倒觉得还行',
    // A fake collector: "说是什么催收公司的 … 这帮骗子". (Advice retold and declined, which takes an escalation out of the
    // caller's mouth too, is intent_not_own in default-lexicon.ts.)
    '催收公司的', '说是什么催收',
    // A letting agent or a rental agency ("My letting agent … just pocketed it. Useless, the lot of them", "那个链什么的中介 …
    // 太黑了"). (A flatmate's anger retold, "我室友…她气得说要打电话投诉你们", is retold_not_own's 气得说要.)
    // ...and a letting agency, a nursery's shop and a college office ("My letting agency is an absolute joke", "这什么黑心商家 … 商家实在太恶心了",
    // "学校那边报到排队排了三个小时，真是服了他们教务处"), a husband who lied about a loan ("气死我了，我回去找他算账") and a turf firm gone quiet
    // ("I paid a turf company … They won't answer the phone").
    'letting agency', '黑心商家', '商家实在', '教务处', '找他算账', '找她算账', 'turf company', "they won't answer the phone",
    // An airline's deduction, an insurer's delay and a clinic's discount ("航空公司扣了我三千块 … 真是离谱，公司太黑了", "之前保险公司拖了我两个月，
    // 烦死了", "诊所说给我打九折的，结果没打，太坑了 … 就是吐槽一下诊所").
    '公司太黑', '保险公司拖', '诊所说', '吐槽一下诊所',
    // A toll operator and a freight platform ("That toll place is a racket", "实在不行我下个月换个平台拉货，这家太坑了"), and a landlord's own suit
    // against a vanished tenant ("那我起诉需要你们这边出什么东西？").
    'toll place', 'toll booth', '换个平台', '这家平台', '我起诉需要', '起诉需要你们', '要起诉的话',
    // A gym's own members, doorstep crooks and scammers ("现在会员老是扣不到钱就跑来退卡，烦死了", "Some cowboys knocked on my door … Absolute
    // crooks. I hope they rot.", "My son's furious, he says those scammers want locking up"; not bare "son's furious": "My son's furious too,
    // and frankly so am I: your bank let them take the money").
    // A promoter, a bride's mother, an app company, a money transfer firm and a boss abroad ("I'm fuming, not with you. A promoter cancelled
    // our gig", "新娘她妈天天打电话骂我，说不退定金就去告我", "The app company is useless, their chat bot just loops", "那个汇款公司太坑了",
    // "那个黑心老板又在骗人 … 我说这关银行什么事").
    // A card terminal firm, a client, a beauty shop shut and an installer ("The lot I'm with at the moment, the terminal company … Daylight
    // robbery", "that same client then argues about the price every single time. Drives me mad", "我在楼下那家美容店办了三千块的卡 … 门都锁了",
    // "之前那家第三方装机的公司把机子绑错账户了，弄得一团糟").
    // A drug wholesaler ("这个医药批发商太坑了，我上个月的货款早付了，他们硬说没收到"; not bare 批发商: "你们银行的机器吐假钱 … 我们做小生意的
    // 被批发商当成骗子", f218-zh-22).
    '医药批发商', '批发商太坑', '这个批发商',
    'the terminal company', "the lot i'm with", 'same client', 'that client', '那家美容店', '美容店办了', '那家第三方', '第三方装机', '装机的公司',
    'not with you', 'a promoter', '去告我', 'app company', 'their chat bot', '汇款公司', '黑心老板', '关银行什么事',
    '会员老是', '跑来退卡', 'hope they rot', "son's furious, he says", "daughter's furious, she says", 'those scammers want',
    'letting agent', 'estate agent', '的中介', '跟中介', '中介扣', '中介乱',
    // A supplier and a delivery platform: "My meat supplier shorted me again and the delivery app is taking thirty percent",
    // "那个外卖平台这个月结算又晚了三天 … 真是黑心", "你们银行倒是挺快的，就是平台太坑".
    'meat supplier', 'that supplier is', "that supplier's", 'that supplier has', "that supplier won't", 'that supplier never', 'the supplier', 'delivery app', '外卖平台', '平台太坑', '平台太黑',
    // A shop, restaurant, clinic, airline or seller blamed: "Yeah, the restaurant is useless", "That airline is an absolute
    // joke", "诊所那台破机器真是坑人" (the clinic named: bare 破机器 may be the bank's own, "什么破机器"), "那家店真的是，气死我了", "这种黑心卖家真该抓起来", "Absolute crooks, that lot" (a breeder).
    'the restaurant', 'that restaurant', 'that airline', 'the shop is', 'that shop', 'the clinic', 'that clinic', 'the breeder', 'that breeder', 'that lot',
    '那家店', '这家店', '店员态度', '诊所那', '黑心卖家', '这种卖家',
    // A travel agency and a domestic-help agency: "报了个旅行社，结果大巴没来 … 气死我了", "这家家政中介太坑人了".
    '旅行社', '家政中介', '中介太坑',
    // The caller's own chore, not the bank: "现在每次都是现金收，我还得一张一张数 … 太麻烦了" (asking for a QR code).
    '都是现金收',
    // The caller's own customer: "有个顾客做完烫染说不满意" (and "One of my clients …": 'my client*' above).
    '有个顾客', '顾客做完',
    // An auction house, a market stall's boss and a crowdfunding platform with a hospital: "That auction house in Peterhead took
    // my card payment twice … they're a shambles", "那个老板死活说没收到", "那就是平台扣的！这帮人太黑了 … 还有医院".
    'that auction house', '那个老板', '那老板', '平台扣的', '还有医院',
    // A booking platform: "I'm furious with Booking.com, honestly … their support is useless".
    'booking.com', 'airbnb', 'their support',
    // A gold seller online, a pawnshop and an events company: "网上卖黄金的店 … 这个骗子真可恶", "那家典当行利息高得离谱，真是黑心",
    // "这家演出公司太不靠谱了".
    '网上卖', '这个骗子', '那个骗子', '典当行', '演出公司', '主办方',
    // A payroll vendor, a streaming service, an advisory firm and a gym that keep charging: "Our payroll software provider messed
    // up", "you guys have always been great, it's them I'm fuming at", "这个投顾公司骗人的", "它还每个月扣我钱"; and a husband's
    // complaint called off ("I told him it's not the bank's fault").
    'software provider', 'payroll provider', "it's them i'm", 'have always been great', '投顾公司', '它还每个月扣', "not the bank's fault",
    // A credit-repair firm ("Man, those guys are crooks", "那个公司太坑了，现在电话都不接"), and a brother's complaint retold by a caller
    // who has "never had a problem".
    'those guys are', '那个公司', 'he complained and', 'she complained and', "i've never had a problem",
    // A pupil's parent who will not pay, a thief and a phone shop: "这家长太不像话了", "那个小偷真是缺德，还有那个手机店 … 什么破店！".
    '这家长', '那个家长', '小偷', '手机店', '破店',
    // A shopper who paid with a fake note: "我店里今天收了一张假的一百块 … 这种人太缺德了！".
    '假钞', '假的一百', '这种人太',
    // A merchant complained of, and a couple who threaten the caller: "我要投诉一个商家！", "他们说要去找媒体曝光我 … 这对新人真是不讲理",
    // "他们还发朋友圈夸我拍得好".
    '投诉一个商家', '曝光我', '这对新人', '发朋友圈夸',
    // A merchant called a scam: "I think it's one of those predatory journal scams" (a charge disputed with the bank).
    'one of those predatory', 'predatory journal',
    // A salon owner who ran off with prepaid money: "那个美容院老板卷钱跑了", "老板电话也打不通，微信也把我拉黑了，太气人了".
    '美容院老板', '老板卷钱', '卷钱跑', '老板电话也打不通', '把我拉黑',
    // The caller's own employer blamed: "我们公司财务太拖拉了，每个月都晚".
    '我们公司财务', '公司财务太',
    // An installer, a nursery and a merchant blamed: "they've got my four grand deposit. I'm absolutely livid with them", "That's them.
    // Cowboys, honestly" (the payment named), "那公司太坑人了", "It's shocking behaviour from them", "the owner's ignoring me"; and a
    // nursery's own parents ("I'm sick of chasing parents for fees").
    'livid with them', "that's them", '那公司太', 'behaviour from them', 'behavior from them', "owner's ignoring me", 'sick of chasing', 'tired of chasing',
    // A courier, a scam text and the caller's own client blamed: "the courier lost my parcel … Useless lot, and the scammers are worse",
    // "那个快递公司真是气死我了", "不交就要投诉我" (a scam text's threat: the context must lie outside the matched 投诉), "he's saying
    // he'll report me to the ombudsman".
    'lost my parcel', 'the scammers are', '快递公司', '不交就要投诉', '不交就要起诉', '不交就要上征信', 'report me to',
    // An auction house named as the one blamed: "I'm absolutely livid with Hartwell Auctions … they've lost it". (Bare 'auction house',
    // from round 98, is now 'that auction house': "Wonderful service as always. A whole week, and the auction house is about to cancel
    // my sale" blames the bank.)
    'auctions', '拍卖行', '拍卖公司',
    // A tour operator blamed and taken to the tourism bureau: "The tour operator we used for Vietnam was a bunch of absolute cowboys",
    // "我已经准备去旅游局和消协告他们了"; and a firm in the news for going bust ("那个天行旅游公司 … 上新闻了，倒闭了").
    'tour operator we used', 'tour operator was', '告他们', '旅游局', '倒闭了',
    // A clinic owner who vanished, and a kind of loan feared: "The owner has vanished, it's a disgrace what that man has done",
    // "我怕是那种乱七八糟的贷款，现在好多诊所都跟什么小贷公司合作".
    'owner has vanished', 'owner has disappeared', 'what that man', 'what that woman', '那种乱七八糟', '怕是那种',
    // An employer, a head contractor and a labour agency blamed: "我们老板太黑了，客人刷卡给的小费他一直扣着不发", "the head contractor on our
    // job is an absolute shambles", "我们这个项目的总包实在太坑了 … 劳务公司也跟着推"; and a crew paid one by one ("I'm sick of paying
    // them one by one every Friday"). (Not bare 总包: "你们银行效率真高啊，一个保函开了三个礼拜，总包那边天天催" blames the bank.)
    '我们老板太', '老板扣着', 'head contractor', 'main contractor', 'labour-hire', 'labour hire', '项目的总包', '总包实在', '劳务公司', 'sick of paying them', 'tired of paying them',
    // A car dealer taken to 12315: "给一个车行转定金的凭证，我要去投诉他们", "我打算去12315投诉他们，必要的话找律师". (Not bare 车行:
    // "你们跟车行说法都对不上 这不是欺骗消费者吗" blames the bank.)
    '投诉他们',
    // A third party named by what it is called, and a chore: "A dealer called Cremona Classics sold me a so-called antique … Total con
    // artists", "I'm fed up carrying the takings home in a carrier bag".
    'a dealer called', 'a shop called', 'a company called', 'fed up carrying', 'sick of carrying',
    // A hotel blamed in its own words, and a second third party joined to the first: "Honestly, the hotel's been useless, they won't
    // answer emails", "酒店也是，说不可取消，一分钱都不退，真是太过分了" (after "不是投诉你们，是那个航空公司").
    "the hotel's", 'the hotel has', 'the hotel is', "the hotel won't", 'the hotel just', '酒店也是', '那家酒店',
    // A campsite and a debtor blamed: "那个营地太黑了，老板还凶得很，什么态度", "有个饭店老板欠我三万多的鱼钱，拖了半年了 … 气死我了".
    '那个营地', '营地太', '营地老板', '老板欠我', '他欠我', '她欠我', '欠我货款',
    // An insurer praised in sarcasm: "The insurer, oh, they've been absolutely wonderful, six weeks of losing my photos".
    'the insurer, oh', 'the insurer has been', "the insurer's been", 'the insurer have been',
    // The caller's own accountant grumbling: "they get mixed up with the term fees and my accountant keeps complaining about it".
    'my accountant keeps', 'my bookkeeper keeps', 'accountant keeps complaining', 'accountant is always complaining',
    // A transfer app and the receiving bank abroad blamed: "Honestly that app is useless, and her bank over there is even worse",
    // "那就是越南那边的银行慢了，他们那个银行真是烂"; and a mother conned by hawkers ("她最近老被那些保健品推销的忽悠").
    'that app is', 'bank over there', 'you lot were fine', '那边的银行', '他们那个银行', '保健品', '推销的忽悠',
    // A solar installer blamed: "我要投诉那个光伏安装公司 … 他们拿了钱就不来修了，这公司太不像话了".
    '安装公司', '这公司太',
    // A landlord blamed: "我房东说没收到我的押金，太气人了，这房东就是想赖账".
    '这房东', '房东说', '房东就是',
    // A boarding kennel that charged twice, a husband's spending and a lawyer consulted over a divorce: "那个寄养店太坑了", "商家电话也不接，
    // 气死我了", "这是他自己乱花的 … 这人真是太过分了", "我去找律师问问"; an ex's threat aimed at the caller ("she'll go to the ombudsman
    // about me … Not about you lot, obviously, it's nothing to do with the bank").
    '寄养店', '店太坑', '商家电话', '他自己乱花', '这人真是', '这人太', '律师问问', 'nothing to do with the bank', 'not about you lot', 'ombudsman about me',
    // ...and a scammer who swapped a stall's QR code ("有人把我摊上的收款码贴纸换成他自己的了 … 那个骗子真缺德").
    '骗子真', '收款码贴纸', '有人把我',
    // A delivery app and a game company blamed in their own words: "Deliveroo have clawed back six hundred quid … They're an absolute
    // joke", "The game company are a joke, honestly, worst customer service ever", "那游戏公司客服简直离谱 … 什么垃圾公司".
    "they're an absolute joke", "they're a joke", 'they are a joke', "they're a complete joke", "they're a total joke", 'game company', '游戏公司', '什么垃圾公司',
    // Scammers posing as the caller's charity ("I'm absolutely livid, those lowlifes", "有个骗子冒充我们教会") and an army pay office ("The
    // Army pay office messed up his first wage …, honestly they're a shambles").
    'lowlifes', 'lowlife', 'scumbags', '有个骗子', '骗子冒充', "they're a shambles", 'pay office',
    // A supplier ("供货商自己没看清楚，这人老是这样"), a prison and the probation service ("the prison's a nightmare", "Probation's been useless, the
    // hostel's worse").
    '供货商自己', '这人老是', "the prison's", 'the prison is', 'prison service', "probation's", 'probation has', 'probation have', "the hostel's",
    // A booking site and its owner, a travel platform, the guests' own bank and a university's bursar ("The site's refusing to refund, the owner
    // won't answer the phone, it's a shambles", "那个某某旅行平台简直是土匪", "Their bank is ridiculous", "the bursar's office at my school").
    "the site's", 'booking site', "the owner won't", '旅行平台', '订房平台', 'their bank', "bursar's office", 'the bursar', 'my school keeps',
    // A gym, a kit maker and an early-learning centre ("the gym's billing is a shambles", "那家健身房真的太坑了", "那个厂家真是气死我了",
    // "我想投诉一个早教中心"; not "投诉一个你们的员工", complaint_bank_named).
    "the gym's", '那家健身房', '这家健身房', '那个厂家', '投诉一个', '投诉一家',
    // The caller's own customers furious ("it's charged their card twice, they're furious"), a physio clinic, a hospital's parking and
    // cashier's desk, and a pharmacy ("That parking system at the hospital is a disaster", "那个医院收费处真是气死我了", "这药房太坑人了").
    "they're furious", 'they are furious', 'physio clinic', 'at the hospital', 'everyone complains about it', '医院收费处', '那个医院', '药房',
    // An online "mentor" who conned the caller ("之前被网上的“导师”忽悠过一次").
    '被网上', '网上的导师',
    // A violin shop and a school that conned parents ("那个琴行扣了我两次", "就是这家，太坑人了，家长群里几十个人都被骗了").
    '琴行', '都被骗了', '家长群里',
    // A garage and a repair shop that overcharged, a transfer app and a landlord abroad ("That garage dragged it out for months, cheeky
    // so-and-sos", "那个修理厂乱收费的事情", "It's the transfer app that's useless, and honestly the landlord's a bit dodgy too").
    'that garage', 'the garage', '修理厂', '维修厂', '汽修店', 'transfer app', "the landlord's", 'the landlord is',
    // A landlord abroad who took a cleaning fee ("这种房东真是黑心").
    '这种房东', '房东真是', '房东太过分',
    // Shop customers who walked off without paying, an auction house taken to court and a solicitor ("现在的顾客真是，上礼拜有个人拿了三件
    // 大衣走了 … 气死我了", "If they don't sort it I'll take them to the small claims court", "The solicitor's been dragging his feet").
    // A tax office, a slow-paying client abroad and a care home ("the tax office has me on hold for an hour", "那个德国公司也真是的，拖了
    // 两个月才付", "养老院说我爸这个月费用没到账，天天打电话催，态度可差了"), and sales calls to a parent ("要是以后那些推销电话还是打到我妈这").
    // A landlord raising the rent, a sister's bank elsewhere, a scammer posing as the bank, a win in the paper and a lawsuit won
    // ("房东一点不讲理，一年涨两回", "我姐去年在别的银行买了个基金亏了二十多万，那个银行的客户经理天天忽悠她", "有个人冒充你们银行打电话",
    // "My win was in the local paper and someone rang pretending to be you", "我前阵子打官司拿了一笔赔偿").
    '房东一点', '房租又涨', '在别的银行买', '那个银行的', '冒充你们', 'pretending to be you', 'pretending to be from', 'pretended to be you',
    'was in the local paper', 'in the paper and', '打官司拿了', '打官司赢了', '官司打赢',
    // A plumber, a venue's finance team, a ticketing platform, a theatre's landlord, an investor and a distributor sued ("这师傅太黑了",
    // "Their finance guy keeps fobbing me off. I'm livid", "那平台客服真是烂透了，踢皮球", "小剧场的房东要一次性收一年房租，真是黑心",
    // "我们那个投资方也是，说好打款拖了三个月", "我要去法院起诉那个发行公司"); a director's anger retold ("The director was fuming at you lot,
    // but I'll tell him it was us").
    // A school district's payroll office, a school's finance office and the school itself ("the district office is useless", "其实也不是
    // 你们的问题，是我们学校财务太拖了", "学校真是太过分了，我们同事都准备去上访了").
    // A restaurant boss taking tips, a staffing agency, a bookmaker, payday lenders, a girlfriend and another bank's staff ("老板还要抽三成，
    // 真是黑心", "那个派遣公司说打了，我觉得他们在骗人", "That bookmaker kept sending him free bets … Disgusting", "那些网贷公司天天打电话骂人",
    // "这女的太过分了", "上次我在建行弄这个 … 那边的客服态度真差"); a relative's anger foreseen ("He'll be furious, but tough").
    '老板还要抽', '派遣公司', 'that bookmaker', 'the bookmaker', '网贷公司', '这女的', '这男的', '那边的客服', "he'll be furious", "she'll be furious",
    'the district office', 'district office is', '不是你们的问题', '学校财务', '学校真是', '学校太', '同事都准备', '教育局',
    '这师傅', '那个师傅', '疏通师傅', 'their finance', '那平台', '平台客服', '房东要', '投资方', '起诉那个', '发行公司',
    'the director was', "i'll tell him it was",
    'the tax office', 'tax office has', '公司也真是的', '那个德国公司', '养老院说', '养老院天天', '那些推销电话', '打到我妈', '打到我爸',
    // A guest who wrecked a B&B room and a landlord taken to court ("Ugh, this guest … left a one-star review", "I swear I'm going to take
    // him to small claims") (round 199).
    'this guest', 'that guest', 'the guest', 'take him to', 'take her to',
    // A charity that spent donations on a car and a car dealer ("那个什么公益组织拿捐款去买豪车，气死我了", "气死我了，我恨不得把车退给他们")
    // (round 200; not the caller's own: "我们就是个公益组织，账上才几千块，这也太过分了吧" is f148-zh-10's complaint).
    '那个什么公益组织', '那个公益组织', '那家公益组织', '那个慈善机构', '那家慈善机构', '这家慈善机构', '这种机构', '车退给他们',
    // A rough tackle and a referee, an ice rink keeping a deposit, a cleaning agency billing after cancelling (round 201: "对方那个球员下脚
    // 太黑了，裁判还不吹", "那个冰场 … 到现在还拖着不退，烦死了", "a charge from a cleaning agency … brilliant business model").
    '那个球员', '下脚太黑', '裁判还', '冰场', 'cleaning agency', 'an agency',
    // A staffing agency, a factory moving away, a couple slow to pay and posting abuse (round 202): "Those agency guys are crooks, man",
    // "厂里要搬到越南去了，老板说遣散费也不给，气死我了", "现在新人老拖尾款 … 气死我了", "那对新人还在朋友圈骂我，真是离谱".
    'agency guys', 'those agency', '遣散费', '厂里要搬', '拖尾款', '新人老拖', '那对新人', '在朋友圈骂我',
    // A merchant's double charge and embassy scammers (round 203): "这不是坑人吗，是商户那边重复扣的吧", "这帮骗子太缺德了，专门骗我们留学生，
    // 气死我了" (not "你们这帮骗子", complaint_bank_named).
    '是商户那边', '这帮骗子', '那帮骗子', '专门骗我们',
    // A hospital's payment kiosk and its cashier (round 204): "就是医院那个破机器，卡了一下又刷了一遍", "那个收费员 … 态度差得要死".
    '医院那个', '那个收费员', '收费员还',
    // A customs broker's accounts team, a supplier, a child's father and a game platform (round 205): "Typical, their accounts team are
    // useless", "这个供应商老是这样 … 真是服了", "孩子他爸老是把卡号给孩子玩游戏用，烦死了", "那个游戏平台真是什么都能绑，太离谱了".
    'their accounts team', 'their team are', 'their team is', '这个供应商', '那个供应商', '孩子他爸', '孩子他妈', '游戏平台',
    // A furniture store that took a deposit and vanished ("我在那个什么欧式家具城交了八千块定金 … 人都找不到", round 206).
    '家具城', '家具店', '人都找不到',
    '现在的顾客', '有个人拿了', 'take them to', "the solicitor's been", 'the solicitor has been', 'the solicitor is', 'useless man',
    // A shop and a client blamed (round 192): "That store was so useless, they kept telling me to call you guys", "那个客户真的太过分了，
    // 项目做完两个月了".
    'that store was', 'the store was', 'the shop was', '那个客户真的', '这个客户真的',
    // A vet, a pet hospital, a kennel and a township office blamed (round 193): "the emergency vet has just quoted me nineteen hundred quid,
    // which frankly is daylight robbery", "The vet is the one I'm furious with", "宠物医院收了我八千多，真是黑心", "那家狗舍说好一天八十，
    // 结果…刷了我两千四", "乡里拖了快俩月 … 那帮人办事太磨叽了".
    // A ride-hail platform, a car park, a speed camera and a hospital payroll blamed, a product heard of, a complaint made against the
    // caller (round 194): "平台抽成太狠了 … 真是黑心", "那停车场真是坑人", "那个路口电子眼就是专门坑我们跑车的", "Our payroll at the trust is
    // useless", "a nightmare for the bookkeeping, and somebody told me you guys do a fuel card", "Lyft deactivated me … over a fake complaint".
    // A school's portal, a tutoring school gone, a client who paid late, a main contractor's terms and a past complaint refunded (round 195):
    // "The school's own payment portal is an absolute shambles", "这机构现在人去楼空，老板电话都打不通了，气死我了", "那个业主拖我装修尾款拖了半年",
    // "我们给总包干活，他们那个账期长得离谱 … 真的是黑心", "you were refunding a CHAPS fee I complained about last week".
    "the school's own", "the school's portal", "school's payment portal", '人去楼空', '这机构', '那个业主', '业主拖', '给总包', '总包方',
    'i complained about last week', 'fee i complained about',
    // A buyer's refund-only trick (round 196): "又是这种白嫖的买家，收了货还仅退款，太恶心了".
    '白嫖', '这种买家', '收了货还',
    // A marina, a buyer who never paid and a university finance office blamed (round 197): "That marina is shambolic honestly", "这个老吴骗鬼呢
    // … 这种人真是缺德", "我们财务处拖了快两个月 … 真是服了他们".
    'that marina', 'the marina', '骗鬼呢', '这种人真是', '我们财务处', '财务处拖',
    // An ex-partner, a customer pressing the caller (round 198): "He is such a liar … I'm so sick of him", "他老是拖，上个月拖了半个月才给，
    // 气死我了", "那客人的钱到底能不能回去？他天天打电话催我".
    'sick of him', 'sick of her', 'such a liar', '他老是拖', '她老是拖', '他天天打电话催我', '她天天打电话催我',
    '平台抽成', '那停车场', '停车场真是', '电子眼', 'our payroll', 'payroll at the', 'told me you guys do', 'somebody told me you', 'someone told me you',
    'fake complaint', 'deactivated me',
    'the vet', 'that vet', 'emergency vet', 'vet practice', "the one i'm furious with", '宠物医院收了我', '宠物医院乱收费', '宠物医院太黑', '那家狗舍', '这家狗舍', '乡里拖', '村里通知',
  ],
};
