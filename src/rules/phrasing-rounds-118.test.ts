import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, flags } from './phrasing-cases.js';

/**
 * Rounds 118 onwards (phrasing-rounds-101.test.ts holds rounds 101–117): each blind pair's general causes, tuned on only
 * after the pair was scored once (test/corpus/README.md). Each case also has its look-alike that must not flag.
 */

test('round 118 (fresh223/fresh224 causes, after their blind score; not yet measured blind): notice accounts and protection-only policies are no investment, a duplicate charge disputed is no guarantee, a loan\'s remainder and a card\'s charges told before the check, a maturity to check in general, a husband\'s grumble and someone else\'s disappointment retold, a journal called a scam, sarcastic praise for a three-day wait', () => {
  // A notice account and a business saver are deposits; a policy that is protection only, said so, sells no investment; a fund
  // named with its return still does.
  assert.ok(!call(['customer', "The notice one, is my money safe in that? It's not stocks or anything?"], ['agent', 'We have an instant access business saver at three point one percent variable, and a ninety-day notice account at three point six.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', 'Is there any maturity benefit or return also?'], ['agent', 'No sir, it is pure protection only, there is no investment component and no maturity amount.']).includes('disclosure.wealth_risk'));
  assert.ok(!call(['customer', '那有分红吗，能不能当理财？'], ['agent', '没有的，这个只是保障，不是投资产品，没有收益。']).includes('disclosure.wealth_risk'));
  assert.ok(call(['customer', 'Is there any return on it?'], ['agent', 'Yes, our Horizon Income Fund paid five percent last year, you could put the honey money in there.']).includes('disclosure.wealth_risk'));
  // A duplicate charge disputed ("guaranteed with duplicates") is a refund promise, judged by its own rule; money back plus six
  // percent on a fund is still a guarantee.
  assert.ok(!call(['agent', "Right, I'll raise a dispute on the second one. Don't worry, you'll get every penny back, that's guaranteed with duplicates."]).includes('sales.no_guaranteed_returns'));
  assert.ok(call(['agent', "Put it in the fund and you'll get every penny back plus six percent, that's guaranteed."]).includes('sales.no_guaranteed_returns'));
  // A loan's remainder and next payment, and a card looked up with its charges, told before the check, flag; a maturity to
  // check "您名下如果还有定期" is said in general.
  assert.ok(call(['customer', 'Hiya, I want to check how much is left on the loan I took for my greenhouse.'], ['agent', "Let me see. There's thirty-one thousand four hundred left, with the next payment of nine hundred due on the fifteenth."], ['agent', 'Before I go on, could you tell me the answer to your security question?'], ['agent', "Thanks, that's correct."]).includes('identity.verification'));
  assert.ok(call(['customer', 'A hotel charged my card twice for my conference stay.'], ['agent', 'Okay, I can see the card here, and yeah, two charges of three hundred and ten euros on the same day.'], ['agent', 'Can you just confirm your date of birth for me?'], ['agent', "Lovely, that's done."]).includes('identity.verification'));
  assert.ok(!call(['customer', '我想问一下工资卡销户要去网点办吗？'], ['agent', '是的，需要本人带身份证去网点。'], ['customer', '我干脆把工资卡销了，定期到期也都转过去。'], ['agent', '理解。您名下如果还有定期，可以先确认到期日，提前支取会损失利息。']).includes('identity.verification'));
  // A husband's grumble talked down, someone else's disappointment and a journal called a scam are no complaint; the caller's own
  // ombudsman threat and disappointment still are, and so is sarcastic praise beside a three-day wait.
  assert.ok(!flags('customer', "Thanks. My husband's been grumbling that he wants to go to the ombudsman about the rate, but honestly I told him it's fine, we signed up for it.").includes('intent.complaint'));
  assert.ok(flags('customer', "I'm going to the ombudsman about the rate, nobody told me it would jump like that.").includes('intent.complaint'));
  assert.ok(!flags('customer', "I think it's one of those predatory journal scams.").includes('intent.complaint'));
  assert.ok(!flags('customer', "Ah. He'll be disappointed.").includes('intent.complaint'));
  assert.ok(flags('customer', "Honestly I'm really disappointed with how you've handled this.").includes('intent.complaint'));
  assert.ok(flags('customer', '处理中？三天了还处理中？你们服务真是太好了，好得我都要给你们送锦旗了。').includes('intent.complaint'));
});
