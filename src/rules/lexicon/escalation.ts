import type { ProximitySpec } from '../types.js';

/**
 * Families of ways a customer asks to go above the agent (intent.escalation): someone with power to
 * decide (能做主的 / 说得上话的 / "someone with authority", "decision maker"), the agent's superiors by
 * any name (上头 / 头儿 / 组长 / 总行; superior, line manager, management), and dismissing the agent's
 * authority ("你说了不算", "above your pay grade", "go over your head").
 */
export const ESCALATION_LEXICON: Record<string, string[]> = {
  escalation_strong: [
    // Someone who can approve asked for, politely (round 198): "能不能麻烦你帮我转给你们能批额度的经理，我想直接跟他聊一下".
    '能批额度的经理', '能批额度的领导', '能批的经理', '能批的领导',
    // "somebody more senior who can sign it off", "Get me the branch president, get me the chairman" (not bare "the chairman": "I'll call the chairman" is the caller's own club).
    'somebody more senior', 'who can sign it off', 'who can sign this off', 'the branch president', 'get me the president', 'get me the chairman', 'your chairman', 'someone who can release',
    // Southeast Asian Mandarin: "有没有比你大的 可以讲话的" (someone senior who can decide).
    // "能不能帮我转给你们有权限批的主管".
    '有权限批的', '有审批权限的',
    '比你大的', '比你官大', '比你高级', '讲话算数', '讲得上话', '说话能算数', '能算数的人', '是做不了主',
    '上头', '上头的人', '你们头儿', '头儿', '能做主', '做得了主', '你做不了主', '你们做不了主', '你说了不算', '你说的不算', '能拍板', '拍板的',
    '说得上话', '说话算数的', '有权限的', '权限大', '更高级别', '你们高层', '更高层', '部门经理', '客服经理', '投诉专员',
    '越级', '换个能', '换个懂', '明白人', '管得了', '能管事', '能处理的人', '能解决的人', '你的上级', '你们上头', '往上报',
    '往上反映', '向上反映', '反映给上面', '你们组长', '找组长', '叫组长', '你们班长', '找你们负责', '给我上报', '帮我上报', '你没权限', '你权限不够',
    'over your head', 'go above you', 'above your head', 'someone with authority', 'someone with more authority', 'someone with the authority',
    'someone who can make a decision', 'someone who can make decisions', 'decision maker', 'decision-maker', 'your superior', 'your superiors',
    'your line manager', 'your team lead', 'person in charge', 'who is in charge', "who's in charge", 'senior management', 'upper management',
    'higher management', 'speak to management', 'talk to management', 'the ceo', 'chief executive', 'executive office', 'executive team',
    'take this higher', 'take it higher', 'pay grade', 'someone else on the line',
    'put someone else on', 'anyone else i can speak', 'anyone else i can talk', 'someone else i can speak',
    "who's your boss", 'who is your boss', 'someone competent', 'somebody competent', 'someone who knows what they', 'somebody who knows what they',
    // Someone with more power to decide, named by what they can do rather than by title.
    'allowed to make a decision', 'allowed to make decisions', 'allowed to decide', 'authorised to decide', 'authorized to decide',
    "whoever's above you", 'whoever is above you', 'more authority', 'bit more authority', 'with authority', 'who can decide', 'who can make that decision', 'who can make the decision',
    'who can make that call', 'who can authorise', 'who can authorize', 'who can approve', 'who can overrule', 'whoever runs', 'who runs this',
    'who runs the department', 'whoever is in charge', "whoever's in charge", 'whoever manages', 'head of department', 'head of the department',
    '能决定的', '有决定权', '能做决定', '权限更高', '权限高一点', '级别高一点', '级别更高', '更高一级', '管这事的', '管这个事的',
    // Dismissing what the agent (or "you customer-service people") can decide: "你们这些客服说了不算".
    // (Not bare 说的不算: "他上次说的不算啊" disowns an earlier promise.)
    '客服说了不算', '客服说的不算', '你们说了不算', '你们说的不算', '客服做不了主', '你定不了', '你拍不了板', '你们拍不了板',
    'up the food chain', 'further up the chain', 'higher up the chain', 'make a call on it', 'make the call on this', 'make a call on this',
    'pass me up', 'pass this up', 'kick this up', 'up the chain', 'up the ladder', 'someone more senior', 'somebody higher', 'somebody senior',
    // "Is there someone with a bit more clout I could talk to, someone who could take it further up?"
    'more clout', 'take it further up',
  ],
  /**
   * Look-alikes of asking for someone senior (intent.escalation's excludeInSegment). Service roles, not the agent's
   * superiors ("speak to my relationship manager", 客户经理, "a manager's cheque"), and the caller's own boss (得让老板).
   * Praise to be passed up ("让他们领导知道 给他评个优秀") asks for no superior, nor does a complaint sent to head office or
   * a leader mocked in a question ("你们领导是不是从来不坐公交"); a habit told and waived ("I'd normally ask for a manager …,
   * but I don't need one", "all set to ask for a manager, but no need"), a neighbour who "had to ask for a manager", and
   * a friend's, relative's or mate's demand or advice told by a caller in no hurry ("…非要找你们经理 我倒没那么急", "My
   * husband's … saying I should demand a supervisor", "上次我儿子说要找你们主管 我说不用找主管了", "朋友说让我直接找你们领导",
   * "My mate said I should just demand a manager straight off, but … I don't think that's needed"); a manager's past
   * recommendation (经理推荐) or a class teacher (班主任); a principal who "escalated it with the district", and a
   * hypothetical ("Would I need to speak to a manager …? Just asking, like, if I needed one", "No need to get your manager
   * lah").
   */
  escalation_not_asking: [
    // A supervisor offered and turned down: "不用了，跟你们主管说也没用".
    '主管说也没用', '找主管也没用', '找你们主管也没用', '经理说也没用', '找经理也没用',
    // "不用了不用了，找主管也是一样的话，今天下午能到就行" (round 196).
    '找主管也是一样', '找经理也是一样', '找领导也是一样', '不用了不用了',
    // "本来都想说找你们领导问问呢，那就不用了".
    '本来都想说', '那就不用了',
    // The caller's own boss to sign ("好，我让老板签").
    '我让老板', '老板签',
    // A committee's own director ("那我让主任准备一下", "上回换主任折腾了三趟"), and a manager the caller meant to ask for ("I rang fully intending
    // to ask for a manager because last time I got nowhere, but let's see how we go").
    // A wife's demand in the background ("我老婆在旁边吵着说要找你们经理，其实我就是问问那笔诊所退款到没到").
    '在旁边吵着', '吵着说要', '吵着要',
    // A foreman's advice dropped ("我们车队长还跟我说，要是月供没变就让我直接找你们经理闹去，看来不用了"), a tenant's demand passed on ("他让我打电话
    // 问，说要找你们经理给他追回来"), and the bank's manager who rang ("之前你们经理打电话说有个理财，让我回个电话").
    // A workmate's demand retold, and a boss abroad who pays wages ("有个工友说要找你们领导，我说这关银行什么事", "想让我那边的老板直接把工资汇到
    // 我国内的卡上").
    // A husband's call retold, and a boss's words quoted ("我老公昨天打过一次，他说你们这规定太死板了，说要找你们领导", "他原话是“让她直接找你们经理”").
    '我老公昨天打过', '我老婆昨天打过', '他说你们这', '她说你们这', '他原话是', '她原话是',
    // A husband's conditional advice retold, and a buyer's head office ("他昨天视频的时候跟我说，要是我打电话问不清楚就让我直接找你们领导", "他们说
    // 接手以后店里收款都要换成他们总部合作的银行").
    '跟我说，要是', '跟我说要是', '总部合作的', '他们总部',
    '有个工友说', '工友说要', '那边的老板', '老板直接把工资', '老板把工资',
    '看来不用了', '还跟我说', '让我打电话问', '有个租客说', '你们经理打电话', '经理打电话说', '经理打电话给我', '经理让我回',
    '我让主任', '换主任', 'fully intending to ask', 'intending to ask for a manager',
    // The caller's own shift supervisor who sent them ("my shift supervisor at the plant told me to call you", round 202).
    'my shift supervisor', 'supervisor at the plant', 'supervisor at work', 'my supervisor told me', 'my supervisor said to',
    // The bank's manager named as the one who kept quiet, a husband's and a colleague's demand retold (round 206): "你们经理签约的时候一句都没提",
    // "我老公前两天打过来，说是要找你们领导，后来问题好像解决了", "上次我同事也遇到这事，他打电话非要找你们主管 … 我就想着别找了".
    '一句都没提', '我老公前两天', '我老婆前两天', '后来问题好像解决', '我同事也遇到', '我就想着别找了', '他打电话非要',
    // "no need to pass me to a supervisor or anything, I'm not complaining", and a guesthouse's owner: "那我让民宿老板去撤销一下就行了？".
    'no need to pass me', 'no need to put me through', "don't need to pass me", '民宿老板', '农场老板',
    // A manager waved off, and one who said nothing back when the loan was sold: "也不用帮我找什么领导", "办的时候你们经理一个字没提".
    '不用帮我找', '找什么领导', '找什么经理', '经理一个字没提', '经理没提', '经理根本没提', '你们经理当时',
    // A husband's or wife's manager retold: "he said he was about ready to ask for a manager, but in the end your colleague sorted it",
    // "My wife asked if I'd spoken to a manager about it yet, and I said no need".
    'about ready to ask', 'colleague sorted it', "asked if i'd spoken to", 'i said no need',
    // A manager the caller would have asked for, had it gone badly: "if you'd told me I had to go into a branch I'd have asked for your
    // manager, but that was painless".
    "i'd have asked for", 'i would have asked for', "i would've asked for", "i'd have demanded", 'i would have demanded',
    // A mate's advice turned down: "My mate reckons I should have asked for a manager to get a better rate, but nah".
    'reckons i should', 'mate reckons', 'i should have asked for', "i should've asked for",
    // Someone else's call retold: "我同事上个月车贷延期，说是找过你们主管才批下来的", "my sister rang you … she complained and asked for a manager".
    '说是找过', '找过你们主管', '找过你们领导', 'she complained and asked', 'he complained and asked', 'she asked for a manager', 'he asked for a manager',
    // Someone else's manager, and a daughter's advice for later: "She said she'd get her manager to call me", "My daughter said if I got
    // stuck I should ask for a manager, but let's see if you can help first".
    'her manager', 'his manager', 'their manager', 'if i got stuck', "let's see if you can",
    // A husband's threat talked down, and a manager wondered about in case of a refusal: "说钱不到账就要找你们领导，我说不至于",
    // "那要是你们审批不通过，我是不是得找你们经理说？", "And if it gets knocked back, would I have to go to a manager or something?"
    '我说不至于', '是不是得找', 'would i have to go to', 'would i have to speak to', 'would i need to go to',
    // A supervisor seen on an earlier call: "上次已经找过你们主管了，他说已经修复了".
    '上次已经找过', '上次找过你们', '之前已经找过你们',
    // The process asked about in case it is ever needed: "万一他们不理我，那时候我要升级处理的话，流程是怎样的？".
    '流程是怎样', '流程是什么', '那时候我要',
    // A contractor's boss paying at a merchant's terminal: "装修队的老板过来一刷就是好几万".
    '他们老板', '过来一刷', '过来刷卡',
    "doesn't need to get involved", "don't need to get involved", "i don't need one", "i'd normally ask", '倒没那么急',
    'had to ask for a manager', 'had to ask for a supervisor', 'but no need', 'said i should ask', 'says i should ask',
    "i don't need a manager", "i don't need a supervisor", 'already spoke to a supervisor', 'already spoke to a manager',
    'already spoken to a supervisor', 'already spoken to a manager', '表扬', '想表扬', '评个优秀', '我们老板', '我们经理', '我们领导', '我们主管',
    '我老板', '我领导', '得让老板', '让老板赶紧', '不用找主管', '不用找领导', '不用找经理', '不用找你们', '儿子说要找', '女儿说要找', '老公说要找', '老婆说要找', '朋友说让我', '班主任',
    '还说要找', 'and wanted a manager', 'and wanted a supervisor', 'mate said i should', "don't think that's needed",
    'just asking, like', 'if i needed one', 'would i need to speak to', '经理推荐', 'saying i should', 'telling me i should',
    'escalated it with', 'no need to get your manager', 'no need to get the manager', 'no need for a manager',
    'no need to call the manager', '跟老板说', '告诉老板', '冒充', '老朋友', '行长都说', '行长说了', '行长说可以', '领导也不会说', '领导不会说', '领导是不是',
    'complaint with your head office', 'complaint to your head office', 'complaint to head office',
    'writing to your head office', '老板说了算', '老板定', 'my boss', 'our boss', 'my manager', 'our manager',
    'relationship manager', 'account manager', 'my mortgage manager', 'my wealth manager', 'personal banker', '理财经理',
    '客户经理', '贷款经理', '大堂经理', "manager's cheque", 'managers cheque', "manager's check",
    // A child's or friend's advice retold: "My daughter told me to ask for a manager straight off … But let's see how we go",
    // "我儿子让我打电话，说要是你们搞不定就找你们领导", "我朋友说上次他换机器…最后吵着要找你们经理才办成".
    'told me to ask for', 'told me to demand', '儿子让我', '女儿让我', '要是你们搞不定', '朋友说上次',
    // A threat the caller had in mind before calling, now dropped: "我打电话之前本来还想着要是再说不行，我就直接找你们主管了".
    '本来还想',
    // A next time imagined: "If it happens again next year I'd probably want a manager to look at it, but fair enough".
    'if it happens again',
    // A brother's request retold, and a transfer the agent offered before: "My brother … ended up asking for a manager, but I don't
    // need any of that", "那个客服说帮我转主管处理，结果到现在都没人理我".
    'ended up asking for', "i don't need any of that", '客服说帮我', '说帮我转',
    // "My mate at work … said I should ring up and ask for a supervisor. But I don't need all that" ('said i should ring' is in
    // retold_not_own, default-lexicon.ts).
    "i don't need all that",
    // "my mate told me to ring you and ask for a supervisor straight off, but I reckon you can sort it"; a venue manager who
    // "told me he'd escalated it to the promoter"; "你也别给我转什么领导，转了也没用".
    'told me to ring', "he'd escalated", "she'd escalated", '别给我转',
    // "And don't bother putting me through to a manager, I've done that dance before."
    "don't bother putting me through", 'done that dance',
    // A supervisor already called back, and a wife's advice waved off: "当时说要找你们主管，后来主管也给我回电话了", "我老婆还说让我直接找你们经理要，我说不用".
    '后来主管', '还说让我',
    // A shop's owner ("那琴行老板说他那边只显示一笔，推给我找银行，这老板也是够呛").
    '这老板', '店老板', '琴行老板',
    // A transfer an earlier agent offered, declined: "那个客服说要帮我转主管，其实不用".
    '说要帮我转', '其实不用', '客服说要找',
    // A manager someone else mentioned, waved off, and one asked for only if it goes wrong: "之前打电话有人说要找经理审批 … 我不需要找什么
    // 经理", "if this turns out to be another runaround I'd be asking for a supervisor, but let's see".
    '有人说要找', '不需要找什么', "i'd be asking for",
    // A manager wondered about, only if this agent cannot help: "我还想着要是你解决不了，我是不是还得找你们领导啊".
    '我还想着', '是不是还得找',
    // A transfer offered last time and declined, and a dealer's own manager: "你们那个客服还说要给我转主管，我说不用", "我找他们经理都没用".
    '我说不用', '他们经理',
    // "你也不用给我转什么领导了，没用".
    '不用给我转', '不用转什么',
    // A shop's own customer who "demanded to speak to the manager yesterday, and of course the manager is me", and a friend's advice
    // waived: "我朋友说这种事得找经理，找了经理也没用，我就不找了".
    'a customer of mine', 'the manager is me', 'demanded to speak to', '就不找了',
    // A dispatcher's advice waived, and the boss a driver reports to: "My dispatcher told me I should ring and ask for a supervisor …, but
    // honestly I don't think I need one", "能不能给我发个明细，我要给老板报账".
    'told me i should ring', "don't think i need one", '给老板报', '给老板看',
    // A manager thought of and dropped before calling: "我本来打算直接找你们经理的，后来想想还是先打客服吧".
    '后来想想', '本来打算直接',
    // A friend's anger retold: "我朋友也是搬家的 … 他气得要去找主管".
    '气得要去', '我朋友也是',
    // A brother's and a wife's demands retold: "my brother rang last week … and he said he wanted to speak to a manager, but I'm just
    // calling to sort my own bit", "我家那口子昨天还说要打电话找你们领导呢 … 我说我来打吧".
    // A manager involved last time ("Last time I rang, it took three people and a manager, so let's hope this is quicker").
    'people and a manager', 'took a manager',
    // A plumber's company boss, and a producer's threat retold ("说要找他们公司领导投诉", "我们制片人说网银U盾老是登不上，让我打电话，他说不行就
    // 要找你们领导").
    '他们公司领导', '他们公司的领导', '他说不行就', '她说不行就', '制片人说',
    // A head teacher's question passed on ("我们校长让我问一下 … 他说搞不清楚就要找你们经理").
    '校长让我', '让我问一下', '他说搞不清楚', '她说搞不清楚',
    // A business manager asked to call ("How do I get a business manager to call me?"), a husband's demand retold ("我老公当时说要找你们经理"),
    // an estate agent's advice ("我那个中介让我打电话找你们经理", "还说什么找经理").
    // 上头 as 'carried away' ("又怕自己又上头", "我每次都是半夜上头"), not a superior.
    '又上头', '半夜上头', '一上头', '上头了', '容易上头', '别上头',
    'business manager', '老公当时说', '老婆当时说', '他当时说要', '她当时说要', '中介让我', '让我打电话找', '还说什么找',
    'he said he wanted', 'she said she wanted', 'he wanted to speak to', 'she wanted to speak to', '那口子', '说要打电话找', '我说我来打',
  ],
  /** A transfer verb followed by someone above the agent ("转给你上头的人", "叫你们组长来"). */
  escalation_ask_zh: ['转给', '转到', '找', '叫你们', '叫你', '叫他', '叫个', '叫一个', '叫一下', '换', '让', '请你们', '请您', '请你', '要找', '我要'],
  // "能不能帮我转给有审批权限的负责人".
  escalation_above_zh: ['有审批权限', '有权限的人', 'supervisor', 'manager', '上头', '上级', '领导', '头儿', '主管', '组长', '班长', '负责人', '管事', '能做主', '做主', '行长', '总行', '总部', '经理', '主任', '老板', '老大'],
  /** "把你们行长叫来", "让你们经理出来": someone above the agent, summoned. */
  escalation_summon_zh: ['叫来', '叫过来', '找来', '找过来', '请来', '请过来', '出来', '过来', '来接', '来听', '来跟我说', '来处理'],
  escalation_ask_en: ['i want the', 'i want your', 'i need the', 'i need your', 'have the', 'speak', 'talk', 'put me through', 'transfer me', 'get me', 'connect me', 'pass me', 'i demand', 'let me have'],
  /** "whoever actually runs this department", "someone who can actually decide". */
  escalation_whoever_en: ['whoever', 'someone who', 'somebody who', 'anyone who', 'the person who', 'the one who', 'someone that', 'somebody that', 'anyone that', 'anyone there who', 'someone there who', 'somebody there who', 'anybody there who', 'anybody who', 'anybody that'],
  escalation_decides_en: ['has the authority', 'have the authority', 'has authority', 'make decisions', 'gets paid to make', 'paid to make decisions', 'can make a decision', 'can make the decision', 'can sign this off', 'can sign it off', 'sign off on', 'runs', 'decides', 'manages', 'can decide', 'can authorise', 'can authorize', 'can approve', 'makes the decision*', 'in charge'],
  escalation_above_en: ['manager', 'supervisor', 'boss', 'team leader', 'team lead', 'superior', 'someone senior', 'someone higher', 'higher up', 'above you', 'head of desk', 'head of the desk', 'desk head', 'head of the team', 'head of private banking', 'the head of'],
};

/** Proximity pairs of intent.escalation (referenced from the default pack): an ask and someone above the agent. */
export const ESCALATION_NEAR: ProximitySpec[] = [
  { a: ['@escalation_ask_en'], b: ['@escalation_above_en'], within: 4 },
  { a: ['@escalation_whoever_en'], b: ['@escalation_decides_en'], within: 2, ordered: true },
  // "Is there anybody there who can actually look at this properly and make a decision".
  { a: ['anybody there who', 'anyone there who', 'someone there who', 'somebody there who', 'anybody over there who', 'anyone over there who', 'someone over there who'], b: ['make a decision', 'make the decision', 'authority to'], within: 8, ordered: true },
  // "转给你上头的人", "叫你们组长来".
  { a: ['@escalation_ask_zh'], b: ['@escalation_above_zh'], within: 3, withinChars: 6, ordered: true },
  { a: ['@escalation_above_zh'], b: ['@escalation_summon_zh'], within: 1, withinChars: 2, ordered: true },
  // "你让你们私行部总经理给我打电话": a superior told to call back.
  { a: ['@escalation_above_zh'], b: ['给我打电话', '给我回电话', '打给我', '打回给我', '亲自打'], within: 1, withinChars: 2, ordered: true },
];
