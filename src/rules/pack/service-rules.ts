/**
 * The default bank pack's service rules: the recording notice at the start, the identity check before the caller's own
 * account is told or touched, and the polite close at the end (assembled in ../default-pack.ts).
 */
import { ACCOUNT_TRANSFER_NEAR, AGENT_DATED_CHARGE_NEAR, ACCOUNT_READ_OUT_REGEX } from '../default-lexicon.js';
import type { Rule } from '../types.js';
import { NEG, THANKS } from './scopes.js';

export const RECORDING_NOTICE: Rule = {
  id: 'greeting.recording_notice',
  category: 'script',
  severity: 'critical',
  type: 'must_occur',
  description: 'The agent tells the caller the call is recorded within the first 60 s',
  speaker: 'agent',
  position: { firstMs: 60_000 },
  match: {
    // ASR splits and look-alikes of the notice itself: "re corded", "录因".
    phrases: ['全程录音', '通话录音', '电话录音', '录音', '录因', '录了音', '录着音', 'reckorded', 'recorded line', 'monitored or recorded', 'monitored and recorded', 're corded', 'recor ded', 'being recorded', 'are recorded', 'will be recorded', 'may be recorded'],
    // The recording of an earlier call ("您那通电话的录音我们也调出来听了") is no notice for this one.
    excludeInSegment: ['那通电话的录音', '上次的录音', '上次通话', '上次的通话', '之前的通话', '那次通话', '调出来听', '调录音', '调取录音', 'recording of your last call', 'recording of that call', 'pulled the recording', 'listened to the recording'],
    near: [{ a: ['record*'], b: ['call', 'calls', 'conversation', 'line'], within: 6 }],
    negation: NEG,
  },
};

export const IDENTITY_VERIFICATION: Rule = {
  id: 'identity.verification',
  category: 'compliance',
  severity: 'warning',
  type: 'must_occur',
  description: 'The agent verifies the caller\'s identity when the call touches their own account or card (details or changes)',
  speaker: 'agent',
  // A general enquiry (rates, fees, branch hours, how to apply) needs no check; either party may raise the account.
  appliesWhen: {
    phrases: ['@account_info_zh', '@account_info_en', '@account_change_zh', '@account_change_en', '@account_disclosed_zh', '@account_disclosed_en'],
    regex: ACCOUNT_READ_OUT_REGEX,
    near: ACCOUNT_TRANSFER_NEAR,
    // A card number said aloud means a particular card is being dealt with.
    pii: ['bank_card'],
    // "I'm not after anything on my own account" is a general enquiry.
    negation: NEG,
    // What to bring to a branch, and whether a rumour is true, are how-to questions: nothing is done to an account on the call.
    excludeInSegment: ['@branch_procedure', '@rumour_question', '@account_not_looked_at', '@scam_told'],
  },
  // ...and the agent looks at, tells from or acts on that account: an enquiry the agent answers in general terms
  // ("换卡是免费的 带身份证去网点") needs no check, whatever the caller said about their own card.
  alsoWhen: {
    speaker: 'agent',
    phrases: ['@agent_on_account_zh', '@agent_on_account_en', '@account_disclosed_zh', '@account_disclosed_en'],
    regex: ACCOUNT_READ_OUT_REGEX,
    near: AGENT_DATED_CHARGE_NEAR,
    pii: ['bank_card'],
    negation: NEG,
    // What the branch will do later ("网点会先帮您查") is not the agent looking now, nor is a grievance logged
    // ("I've logged it with our customer resolution team") or a promise to "look into it", nor where the caller can look it up
    // ("这些在手机银行'境外汇款入账指南'里都能查到", round 192), nor a call-back booked ("我帮您登记，由对公业务部负责人今天下午回电给您", round 195) or a fault ticket filed
    // ("已经帮您提交了故障工单", round 196).
    excludeInSegment: ['网点会', '网点帮您', '柜台会', '如果超过', '只要您开通', 'the branch will', 'the branch can', '@account_not_looked_at', '带身份证去', '带身份证到', '去网点激活', '到网点激活', '登记投诉', 'let me look into it', 'logged it with our customer', 'logged your complaint', 'logged the complaint', 'logged a complaint', '取的号', '取号', '都能查到', 'in the app you can find', 'you can find it in the app', '客户经理回访', '回电给您', '给您回电', '故障工单', '技术部门跟进'],
  },
  // Verify first, then read out figures: a check made only after the balance was disclosed is too late.
  // A question back ("您是想查一下卡里的余额是吗"), a figure begun and broken off ("您这期账单是 呃"), or a code sent to "您尾号的手机",
  // discloses nothing.
  // ...and a check said with an admission that it comes late ("I should have asked first", "哦对，麻烦您报一下姓名和身份证后四位") was due before that turn (not one about the recording notice, "刚才忘了提醒，本次通话会被录音").
  lateWhen: { phrases: ['@check_admitted_late'], near: [{ a: ['对了', '哦对', '噢对'], b: ['核实', '核对', '验证', '身份证后', '证件后'], within: 6, withinChars: 16, ordered: true }], excludeInSegment: ['录音', 'recorded'], excludeScope: 'sentence' },
  // Advice on a move ("so you'd move your rent standing order over from the other bank") or on what missed payments do ("so missed
  // payments affect both your credit files") reads nothing out.
  before: { speaker: 'agent', phrases: ['@account_disclosed_zh', '@account_disclosed_en', '@account_changed_done'], regex: ACCOUNT_READ_OUT_REGEX, excludeInSegment: ["you'd move your", 'you would move your', 'you could move your', 'missed payments affect', 'missed payments will affect', 'missed payments can affect', 'missed payments would affect', '尾号的手机', '预留的手机发', '的手机发', '是吗', '对吗', '是不是', 'is that right', 'is it', '账单是呃', '余额是呃', '额度是呃', '金额是呃', 'balance is uh', 'balance is um'] },
  match: {
    // Asking "请问您是持卡人本人吗" checks nothing; a stated check ("确认是您本人", "持卡人本人吧" confirmed) does.
    phrases: [
      '核实身份', '验证身份', '身份验证', '身份核实', '核对身份', '确认身份', '确认是您本人', '是否本人', '是您本人', '持卡人本人吧',
      '证件号码后', '证件号后', '身份证后', '身份证号码的后', '身份证号码', '出生日期', '出生年月日',
      // Taiwan / Hong Kong wording: 身分證字號後四碼, 核對無誤, 核對咗, 出世日期.
      '身分证', '后四码', '核对无误', '核对正确', '核对咗', '核实咗', '出世日期', '身份证头',
      'passport last four', 'last four first', 'code i just sent', "code i've just sent", 'code we just sent', 'code we sent',
      '@identity_checked_more_zh', '@identity_checked_more_en', '核实通过', '核实成功', '验证通过', '验证成功', '已核实', '已经核实', '核实好了', '核实完了', '核实完毕', '验证好了', '核对好了', '机主本人', '核对一下', '跟您核对',
      'verify your identity', 'confirm your identity', 'verify you', 'verification', 'security question*', 'date of birth',
      'for security', 'security check', "you're verified", 'you are verified', 'verified', 'your birthday',
      'memorable word', 'security word', 'maiden name', 'security details', 'through security', 'passed security', 'that matches',
      // "Verify first, read me the passcode" (round 195).
      'read me the passcode', 'read me your passcode', 'read me the security code on the account',
      'name and last four', 'name, last four', 'name and passcode', 'name and the passcode', 'and your zip code', 'and your postcode', 'and your post code',
      // A one-time code sent to the phone on file and read back is a check ("the one-time code I just texted").
      'code sent to your phone', 'one-time code', 'one time code', 'one-time password', 'one time password', 'one-time passcode', 'otp',
      'texting you a code', 'text you a code', 'texted you a code', 'sending you a code', "code i'm sending", 'code i am sending', 'code i sent', 'code we sent you', 'code i just texted', "code i've just texted", 'code we just texted', 'code i texted', 'code we texted', "confirm it's you", 'confirm it is you', 'sent a code to your',
      "code i'm texting", 'code i am texting', "code we're texting", "code i've texted", "code we've texted", "code i've sent", "code we've sent",
    ],
    near: [
      { a: ['核实', '验证', '核对', '确认'], b: ['身份', '本人'], within: 3, withinChars: 6 },
      // Ordered: the check comes first ("核对一下手机号"); "手机号改好了 验证码会发到…" is an SMS code, not a check.
      { a: ['核对', '确认', '核实', '验证'], b: ['尾号', '出生', '手机号', '证件'], within: 4, withinChars: 10, ordered: true },
      // The SMS code asked for and read back ("请报一下您收到的短信验证码") checks who holds the phone on file.
      { a: ['报一下', '念一下', '读一下', '说一下'], b: ['验证码'], within: 6, withinChars: 12, ordered: true },
      // The reserved phone number checks identity when asked for, not when it is the thing being changed ("把预留手机号改成…").
      { a: ['说一下', '说下', '报一下', '提供', '告诉我', '是多少', '多少'], b: ['预留手机号', '预留的手机号'], within: 4, withinChars: 10 },
      // Asking for the card number with the holder's name is a check of who is calling.
      { a: ['卡号', 'card number', 'account number'], b: ['姓名', '名字', 'full name', 'your name'], within: 5, withinChars: 8 },
      {
        a: ['verify', 'confirm', 'can i have', 'could i have', 'can i get', 'could i get', 'may i have', 'may i get', 'can i take', 'could i take', 'may i take', 'can you give me', 'can you tell me', 'please give me', 'please tell me'],
        b: ['identity', 'date of birth', 'birthday', 'postcode', 'post code', 'zip code', 'security', 'full name', 'address', 'id number', 'resident id', 'national id', 'passport number', 'nric', 'hkid'],
        within: 8,
      },
      // The account's passcode asked for: "Can I take your name and the passcode on the account?", "give me your merchant number and the passcode" (a name alone checks nothing),
      // or an attorney's registration: "Can I take your name and the LPA reference number?".
      { a: ['can i take', 'could i take', 'can i have', 'could i have', 'can i get', 'may i have', 'please give me', 'give me your'], b: ['passcode', 'passphrase', 'lpa reference', 'power of attorney reference', 'attorney reference'], within: 8, ordered: true },
    ],
    // Last digits alone identify a card, not the person calling: they count with a second factor in the same turn.
    cues: [{ families: [['@identity_last_digits'], ['@identity_second_factor']] }],
    negation: NEG,
    // Reading back the card number the caller just gave ("我跟您核对一下 卡号是…") confirms the number, not the person.
    // Nor is asking for the new reserved number ("把预留手机号改一下 新号码是多少") a check of the old one; each of these
    // counts in its own sentence only ("冯先生，核实通过。请问新号码是多少？" checks, then asks).
    // "…有一笔消费 想跟您确认一下是不是您本人" asks whether the customer made it, not who is calling; "this call is recorded for
    // security" is the greeting.
    // The agent reading out the ID found by the calling number ("我这边根据来电号码查到一个申请，申请人身份证号是…，是您本人吗？") has
    // checked nothing: the caller only says yes.
    // The name bound to the calling number read out, or a PIN set to the phone's last digits ("重置后是您手机号后六位",
    // "a temporary PIN of the last four digits of your phone number"), checks nobody.
    // The holder's own details asked of a relative calling for them ("您母亲的名字和手机号是？") check nothing about the caller's authority
    // (holder_asked_of_relative, lexicon/account-more.ts).
    excludeInSegment: ['@holder_asked_of_relative', 'recorded for security', 'monitored for security', '对方户名', '收款人户名', '付款方户名', '收款方户名', '核对一下卡号', '核对下卡号', '核对一下您的卡号', '核对一下卡号是', '来电号码绑定', '号码绑定的户名', '重置后是', '密码是您手机号', '密码为您手机号', 'temporary pin', 'temporary password of', '根据来电号码查到', '申请人身份证号是', '新号码', '新的号码', '新手机号', '@activity_confirm'],
    excludeScope: 'sentence',
    // The agent saying the check is skipped ("I'll skip the security questions", "就不跟您一项一项核实了") means it
    // was not done, whatever check words were said before it.
    excludeInCall: ['@verification_skipped'],
  },
};

export const POLITE_CLOSING: Rule = {
  id: 'closing.polite',
  category: 'service',
  severity: 'warning',
  type: 'must_occur',
  description: 'The agent closes politely in the last 30 s',
  speaker: 'agent',
  position: { lastMs: 30_000 },
  match: {
    phrases: [
      '感谢您的来电', '感谢来电', '感谢致电', '感谢您的致电', '感谢您的耐心', '感谢您的接听', '谢谢您的来电', '祝您生活愉快', '祝您愉快',
      '再见', '拜拜', '感谢您的支持', '祝您', '还有其他可以帮您', '还有其他需要',
      'thank you for calling', 'thanks for calling', 'thank you for your time', 'thank you for your patience', 'have a nice day',
      'have a great day', 'have a good day', 'have a lovely day', 'have a wonderful day', 'enjoy the rest of your day', 'goodbye', 'good bye', 'bye bye', 'bye now', 'bye for now', 'anything else i can help', 'take care', 'talk soon', 'speak soon', 'talk to you soon', 'speak to you soon', '回头见', '回头聊',
      'thanks for your call', 'thank you for your call', 'thanks a million', 'god bless', 'thanks for banking', 'thank you for banking', 'cheers', 'enjoy your', 'all the best',
      '不打扰您了', '感谢您', '谢谢您', '欢迎再次来电', '有需要随时', '随时联系',
      'have a nice', 'have a good', 'have a great', 'have a lovely', 'thanks for your patience', 'thanks for your time',
      "you're welcome", 'you are welcome', 'my pleasure', '不客气', '多谢', '唔该晒', 'thanks for holding', 'thank you for holding', 'thanks for bearing with me', 'thank you for bearing with me', 'thanks for bearing with us', 'thank you for bearing with us', 'thanks so much', 'thank you so much', 'drive safe', 'thanks for being with us', 'thank you for being with us', 'thanks for staying with us', 'thank you for staying with us', 'thank you for being a customer', 'thanks for being a customer', 'happy new year', 'merry christmas', 'happy holidays', 'best of luck', 'good luck', 'congratulations on', '恭喜您', 'goodnight', 'good night', '晚安',
      // Irish and Scots farewells: "No bother. Anything else? Mind yourself, Sean, bye."
      'mind yourself', 'mind how you go', 'look after yourself',
      // A wish for an ill relative: "No problem at all, I hope he feels better soon. Bye."
      'feels better soon', 'feel better soon', 'get well soon', '早日康复',
    ],
    // A thank-you and a goodbye anywhere in the turn: "Thanks Greg, bye.", "Thanks Aaron, enjoy the new tyres. Bye.", "Thanks Greg, enjoy the
    // new car." (round 200).
    // ...or a thank-you with the transfer the call ends on: "Please hold while I transfer you, thank you."
    // "No problem, bye." answers a thank-you as "you're welcome" does (round 194).
    cues: [{ families: [THANKS, ['bye', 'goodbye', '拜拜', '再见', 'see ya', 'see you', 'enjoy the']] }, { families: [['no problem', 'not a problem', 'no worries'], ['bye']] }, { families: [THANKS, ['transfer you', 'transferring you', 'put you through', 'putting you through', '为您转接', '帮您转接', '给您转接']] }],
    // A lone 拜 only right after the thanks ("谢谢 拜"), where it cannot be the 拜 of 拜访.
    near: [{ a: THANKS, b: ['拜'], within: 8, withinChars: 8, ordered: true }],
    // The greeting of a short call ("Thank you for calling, how can I help?") is no closing, nor thanks for a check ("Cheers, you're verified", "谢谢您，核实通过了").
    excludeInSegment: ["cheers, you're verified", '谢谢您，核实通过', '谢谢，核实通过', 'how can i help', 'how may i help', 'what can i do for you', 'what do you need', 'how can i assist', '请问有什么可以帮您', '请问有什么需要', '很高兴为您服务'],
  },
};
