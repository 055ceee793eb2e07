/**
 * The default bank pack's customer intents: a complaint about the bank, a request for someone above the agent, and
 * leaving the bank (assembled in ../default-pack.ts).
 */
import { HOTLINE_REGEX, CHURN_NEAR, ESCALATION_NEAR } from '../default-lexicon.js';
import type { Rule } from '../types.js';
import { INTENT_NEG, CHURN_SCOPE } from './scopes.js';

export const COMPLAINT_INTENT: Rule = {
  id: 'intent.complaint',
  category: 'intent',
  severity: 'warning',
  type: 'intent',
  description: 'The customer complains or threatens to complain',
  speaker: 'customer',
  match: {
    phrases: [
      '投诉', '举报', '太差了', '太差劲', '不满意', '什么破服务', '银保监', '金融监管局', '消协', '曝光你们', '忍无可忍', '太过分了',
      'complain*', 'ridiculous', 'unacceptable', 'terrible service', 'awful service', 'disgusting', 'outrageous', 'ombudsman',
      'cfpb', 'report you', 'this is a joke', 'fed up', 'sick of', 'unhappy', 'not happy', 'disappointed', 'taking this further',
      'take this further', 'shocking', 'disgraceful', 'useless', 'worst service', 'appalling',
      'pathetic', 'incompetent', 'a disgrace',
      '告你们', '起诉你们', '打官司', '骗人', '坑人', '太坑了', '欺骗', '误导', '要个说法', '讨个说法', '差劲', '服务太差', '太不负责',
      'logged officially', 'formal complaint', 'not acceptable', 'regulator', 'trading standards',
      'what a joke', 'absolute joke', 'disgrace', 'fuming', 'furious', 'let down',
      '不是抢钱', '不是坑人', '不是坑老人', '不是骗人', '不是耍人', '不是欺负人', '坑钱', '上黑猫', '黑猫上', '了个寂寞', 'consumer financial protection', 'sums up the service', '什么态度', '态度太差', '态度差', '态度特别差', '不像话', '太离谱', '维权', '骚扰', '反映到', '向监管', '找媒体', '气死我了',
      // "五年老客户你们就这么对待".
      '就这么对待', '就这样对待', '这么对待老客户', '这样对待老客户', '谁受得了', '乱加手续费', '乱收费', '真是服务一流', '服务一流啊', '服务真是一流', '飞鸽传书', 'top marks', 'makes a customer feel valued', 'report the bank', 'report you to', 'reporting you lot', 'reporting you to', 'report you lot',
      // Unwanted sales calls: "stop calling me", "推销电话天天打".
      'stop calling me', 'keep calling me', 'stop ringing me', 'keep ringing me', 'cold call*', 'sales calls', '推销电话', '天天打电话', '一直打电话给我', '一直打电话来', '一直打电话催', '一直给我打电话', '你们一直打电话', 'being punished for', 'done being polite', '没人干活', '不想再打你们', '跟放屁一样', '说话不算数', '说话不算话', 'posting the whole thing', 'tagging you', '审核不严', '把关不严', '管理不严',
      '@complaint_strong', '@complaint_more_zh', '@complaint_more_en',
    ],
    // The hotlines by number, not inside a phone number (lexicon/complaint.ts).
    regex: HOTLINE_REGEX,
    // "去监管那边反映", "找律师告你们".
    near: [
      { a: ['@complaint_bodies'], b: ['@complaint_report_verbs'], within: 4, withinChars: 8 },
      { a: ['@complaint_lawyer_verbs'], b: ['@complaint_lawyer'], within: 3, ordered: true },
    ],
    // Two weaker cues in one turn: "your service is terrible", "你们银行…第三次了", "太差了…给个说法".
    // "你们APP老是认证不过" (target + runaround) reports a fault; a runaround counts with feeling or a demand.
    cues: [
      { families: [['@complaint_sentiment'], ['@complaint_target'], ['@complaint_demand']] },
      { families: [['@complaint_sentiment', '@complaint_demand'], ['@complaint_runaround']] },
      { families: [['@complaint_sarcasm'], ['@complaint_runaround', '@complaint_wait', '@complaint_not_told', '@complaint_sarcasm_target', '@complaint_charged_me']] },
      // The bank's own counter staff called rude: "the woman at your High Street branch was incredibly rude to me yesterday" (cues, not a
      // proximity pair: 'branch' alone would keep the model from judging every turn that names one).
      { families: [['your branch', 'your high street branch', 'your local branch', 'at your', 'your cashier', 'your teller', 'your staff', 'your officer'], ['was rude', 'were rude', 'so rude', 'very rude', 'really rude', 'incredibly rude', 'extremely rude', 'rude to me']] },
      // Called again and fobbed off each time: "我打了三回电话了 每次都说在处理" (cues, so the words alone leave the model free).
      { families: [['打了三回', '打了三次', '打了两回', '打了两次', '打了好几次', '打了好几回', '打了几次', '打了几回', '之前打过', '上次打过', '打过嚟'], ['每次都说在处理', '都说在处理', '没下文', '没人回', '没人跟进']] },
    ],
    // Anger at someone else ("这帮骗子真是缺德", "my sister … she was so fed up") is no complaint about the bank.
    negation: { ...INTENT_NEG, before: [...INTENT_NEG.before, '@complaint_other_target'], after: ['@complaint_self_corrected'] },
    // Praise for how an earlier complaint was handled ("上次投诉处理得挺好的") is not a complaint.
    // "你说靠不靠谱" asks; its 不靠谱 is no grievance.
    excludeInSegment: ['@complaint_praise', '@complaint_called_off', '@complaint_self_blame', '@complaint_not_you', '@intent_not_own', '@retold_not_own', '靠不靠谱', '靠谱不靠谱', 'or something ridiculous'], keepInSentence: ['@complaint_bank_named'],
    // Only a negation right before the context cancels it ("not really happy with how…"); a question a clause
    // earlier ("今天有没有一笔进账 我们有个客户…") does not.
    // 恨不得 ("itching to": "我恨不得把车退给他们") negates nothing (round 200).
    excludeNegation: { before: ['@neg_before'], ignore: ['@neg_ignore', '有没有', '恨不得'], window: 3, windowChars: 4 },
  },
};

export const ESCALATION_INTENT: Rule = {
  id: 'intent.escalation',
  category: 'intent',
  severity: 'warning',
  type: 'intent',
  description: 'The customer asks for a manager or escalation',
  speaker: 'customer',
  match: {
    phrases: [
      '领导', '行长', '你们经理', '你们的经理', '你们的主管', '你们的领导', '更资深', '找经理', '叫经理', '值班经理', '找主管', '你们主管', '你们上级', '你们负责人', '你们的负责人', '找负责人', '叫负责人', '负责人来', '负责人出来', '升级处理', '你们老板',
      '叫主管', '转主管', '主管来', '经理来', '上级来', '说了算的', '谁说了算', '能说了算', '管事的', '上面的人', '你上级', '你领导', '你主管', '你经理', '找上级',
      'in charge', 'someone in authority', 'senior person', 'team leader', 'line manager', 'floor manager', 'duty manager', 'complaints department',
      'speak to someone else', 'talk to someone else', 'someone who can actually', 'next level', 'higher authority',
      // "someone there who actually makes these decisions … who can overrule the computer".
      'who actually makes', 'who makes these decisions', 'who makes the decisions', 'who makes the decision', 'overrule the', 'can overrule',
      'your supervisor', 'your manager', 'a supervisor', 'a manager', 'someone senior', 'escalat*', 'higher up',
      'someone more senior', 'your boss', 'your head office', 'someone above you', 'anyone above you', 'anyone more senior', 'anybody more senior', 'somebody above you', 'anybody above you', 'someone higher',
      '@escalation_strong',
    ],
    // Someone else asked for ("换个人", "换一个人来"), not a transfer told ("终于又换一个人了", "又换个人打").
    regex: ['(?<![又就兑])换一?个?人(?![打了民])'],
    near: ESCALATION_NEAR,
    // "I was all ready to ask for your supervisor": the request verb carries the counterfactual before it.
    // "有没有能说话算数的" asks for one; it negates nothing (for complaints it makes a question: "有没有乱扣钱").
    negation: { ...INTENT_NEG, ignore: [...INTENT_NEG.ignore, '有没有'], through: [...INTENT_NEG.through, 'ask for', 'asking for', 'ask to speak to', 'talk to', 'speak to'], after: ['不找了', '也不找', '就不找了', '找了也白找', '都没有'] },
    // Service roles, superiors of the caller's own, praise, a habit or advice told and waived: lexicon/escalation.ts
    // (escalation_not_asking); retold advice that also takes a complaint away: intent_not_own (and retold_not_own, also churn's).
    // A demand said outright keeps its own sentence whatever service role the turn also names ("一个客户经理电话打不通 … 你把你们主管叫来").
    excludeInSegment: ['@escalation_not_asking', '@intent_not_own', '@retold_not_own'], keepInSentence: ['你们主管叫来', '找个能拍板的', '能拍板的领导', '约一下你们'],
  },
};

export const CHURN_INTENT: Rule = {
  id: 'intent.churn',
  category: 'intent',
  severity: 'warning',
  type: 'intent',
  description: 'The customer intends to close accounts or leave the bank',
  speaker: 'customer',
  match: {
    phrases: [
      '销户', '销卡', '不用你们银行', '不咋用你们了', '不怎么用你们了', '不用你们的卡', '换一家银行', '换别的银行', '转到别的银行', '把钱都转走', '把钱转走', '别家银行',
      'clos* my account*', 'clos* the account', 'cancel* my account*', 'switch* bank*', 'switch* to another bank', 'mov* my money',
      'mov* my account*', 'mov* the business account*', 'mov* my business account*', 'mov* everything', 'another bank', 'a different bank', 'tak* my business elsewhere', 'leav* your bank',
      'leav* the bank', 'clos* all my accounts', 'cancel* my card', 'cancel* my credit card', 'cancel* my debit card', 'clos* my card',
      'clos* my credit card', '换银行', '换家银行', 'mov* all their accounts', 'mov* their accounts', 'mov* all our accounts', 'mov* our accounts',
      'shut* my account*', 'shut* down my account*', 'shut* it all down', 'terminat* my account*', 'clos* everything', 'mov* my savings',
      'tak* my money', 'tak* my savings', 'pull* my money', 'withdraw* everything', 'better rate elsewhere',
      'close it down', 'close them all', 'close the lot', 'closing the lot', 'another lender', 'a different lender', 'a new lender', 'another provider',
      'a different provider', 'mov* my mortgage', 'switch* my mortgage', 'mov* the mortgage', 'switch* the mortgage', 'better deal elsewhere',
      'better offer elsewhere', 'better deal somewhere else', 'remortgag* elsewhere', 'remortgag* with someone else',
      // Paying the loan off with another lender's money, signing up elsewhere: "I'll pay you guys off when the fix ends".
      'pay you off', 'pay you guys off', 'pay you lot off', 'pay you out', 'pay you guys out', 'pay you lot out',
      '跟你们就两清', '跟你们两清', '以后就在他们那', '在他们那儿存', '在他们那存', 'mov* the portfolio', 'mov* my portfolio', 'mov* the whole lot', 'mov* the lot', 'transfer my pension out', 'transferring my pension out', 'no point staying', 'the mortgage goes', 'decision in principle with', 'agreement in principle with', 'consolidat* everything', 'clos* my isa', 'signing with them', 'sign with them', 'signing up with them', '不走你们行', '不走你们银行',
      '不在你们这存', '不在你们这儿存', '不在你们这里存', '不在你们银行', '钱全部转去', '全部转去', '全转去', '全取出来', '全部取出来', '都取出来', '全转走', '都转走', '全部转走',
      '@churn_strong',
    ],
    // 注销 alone also cancels services (短信提醒); churn is cancelling the card or account (lexicon/churn.ts).
    near: CHURN_NEAR,
    // Counterfactual intent ("本来想销户", "I was going to move…, but") is not churn.
    // Someone else as the actor ("my friend switched banks", "your branch closed my account") is not the caller leaving.
    // "if you all said no I would have moved my account to another bank already": the past conditional reaches through the move.
    negation: { ...CHURN_SCOPE, before: [...CHURN_SCOPE.before, '@churn_other_actor', '@churn_past', '@churn_from_other'], after: ['@churn_called_off', '@churn_quoted', '@churn_leave_object'], through: [...CHURN_SCOPE.through, 'moved my account to', 'moved my accounts to', 'moved everything to', 'moved it all to', 'moved my money to'] },
    excludeNegation: CHURN_SCOPE,
    // Remittances, one card of several, a relative's move retold and other look-alikes of leaving: lexicon/churn.ts (churn_not_leaving).
    excludeInSegment: ['@churn_not_leaving', '@retold_not_own', '@churn_internal_move', '@churn_payment_source', '@churn_staying', '@scam_words', '@scam_told', '@bereavement', '@churn_talk_refused'],
    // "I'm staying with you, I just want fewer accounts" said anywhere in the call: closing one account is tidying up.
    excludeInCall: ['@churn_staying'],
  },
};
