import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isAppError } from '../errors/index.js';
import type { TranscriptSegment } from '../model/index.js';
import { createStreamingMatcher, defaultRulePack, evaluateRules, loadRulePack, parseRulePack, type RulePack } from './index.js';

const seg = (speaker: 'agent' | 'customer', startMs: number, text: string, endMs = startMs + 3000): TranscriptSegment => ({
  speaker, startMs, endMs, text, confidence: 0.9,
});

function packOf(rules: unknown[], lexicon?: Record<string, string[]>): RulePack {
  return parseRulePack(JSON.stringify({ id: 't', version: '1.0.0', ...(lexicon ? { lexicon } : {}), rules }));
}

function rule(match: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'r', category: 'c', severity: 'critical', type: 'must_not_occur', match, ...extra };
}

const flagged = (pack: RulePack, segments: TranscriptSegment[], durationMs = 0) =>
  evaluateRules(pack, { segments, durationMs }).outcomes.filter((o) => !o.passed).map((o) => o.ruleId);

function invalidDetails(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    assert.ok(isAppError(e, 'ERR_RULES_INVALID'), `expected ERR_RULES_INVALID, got ${String(e)}`);
    return e.details ?? {};
  }
  assert.fail('expected an error');
}

test('the default pack survives a JSON round trip through the parser', () => {
  const pack = defaultRulePack();
  const again = parseRulePack(JSON.stringify(pack, null, 2), 'default.json');
  assert.equal(again.rules.length, pack.rules.length);
  assert.ok(pack.rules.length >= 10);
});

test('JSON syntax errors report line and column', () => {
  const text = '{\n  "id": "x",\n  "version": "1.0.0"\n  "rules": []\n}';
  const d = invalidDetails(() => parseRulePack(text, 'bad.json'));
  assert.deepEqual({ line: d.line, column: d.column, source: d.source }, { line: 4, column: 3, source: 'bad.json' });
  assert.equal(invalidDetails(() => parseRulePack('{"id": "x', 's')).line, 1);
  assert.equal(invalidDetails(() => parseRulePack('', 's')).column, 1);
  assert.equal(invalidDetails(() => parseRulePack('{} trailing', 's')).column, 4);
  assert.equal(invalidDetails(() => parseRulePack('['.repeat(100000), 's')).line, 1);
});

test('a bad field is reported with its path and position', () => {
  const good = defaultRulePack();
  const text = JSON.stringify(good, null, 2).replace('"severity": "warning"', '"severity": "fatal"');
  const d = invalidDetails(() => parseRulePack(text, 'pack.json'));
  assert.match(String(d.path), /^rules\[\d+\]\.severity$/);
  const line = text.split('\n').findIndex((l) => l.includes('"fatal"')) + 1;
  assert.equal(d.line, line);
  assert.equal(d.column, text.split('\n')[line - 1]!.indexOf('"fatal"') + 1);
});

test('typos, unknown lexicon names, duplicates and unsafe regexes are refused', () => {
  assert.match(String(invalidDetails(() => packOf([rule({ phrase: ['x'] })])).path), /^rules\[0\]\.match/);
  assert.equal(invalidDetails(() => packOf([rule({ phrases: ['@nope'] })])).path, 'rules[0].match.phrases[0]');
  assert.equal(invalidDetails(() => packOf([rule({ phrases: ['a'] }), rule({ phrases: ['b'] })])).path, 'rules[1].id');
  assert.equal(invalidDetails(() => packOf([rule({ regex: ['(a+)+$'] })])).path, 'rules[0].match.regex[0]');
  assert.equal(invalidDetails(() => packOf([rule({ regex: ['(\\w|\\d)*x'] })])).path, 'rules[0].match.regex[0]');
  assert.equal(invalidDetails(() => packOf([rule({ regex: ['(x)\\1'] })])).path, 'rules[0].match.regex[0]');
  assert.equal(invalidDetails(() => packOf([rule({ regex: ['(['] })])).path, 'rules[0].match.regex[0]');
  assert.equal(invalidDetails(() => packOf([rule({ regex: ['a'.repeat(201)] })])).path, 'rules[0].match.regex[0]');
  assert.equal(invalidDetails(() => packOf([rule({})])).path, 'rules[0].match');
  assert.equal(invalidDetails(() => packOf([rule({ regex: ['a*a*a*b'] })])).path, 'rules[0].match.regex[0]');
  assert.equal(invalidDetails(() => packOf([rule({ regex: ['(a{1,})+'] })])).path, 'rules[0].match.regex[0]');
  // Safe regexes are accepted, including groups with a bounded repeat and non-capturing groups.
  packOf([rule({ regex: ['(?:保证|承诺)\\s?收益', '\\d{3,4}', '(ab){2}', '(保证|承诺).{0,6}(收益|回报)', '.*x.*'] })]);
});

test('author regexes match (on windows of hostile segments too)', () => {
  const pack = packOf([rule({ regex: ['(保证|承诺).{0,6}(收益|回报)', 'x.*y'] })]);
  assert.deepEqual(flagged(pack, [seg('agent', 0, '我承诺您的年化回报')]), ['r']);
  assert.deepEqual(flagged(pack, [seg('agent', 0, 'x' + 'a'.repeat(300_000))]), []);
  assert.deepEqual(flagged(pack, [seg('agent', 0, 'a'.repeat(300_000) + 'x y')]), ['r']);
});

test('a "__proto__" key does not pollute objects', () => {
  const text = '{"id":"t","version":"1.0.0","__proto__":{"polluted":true},"rules":[]}';
  invalidDetails(() => parseRulePack(text));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('loadRulePack reads a file and reports a missing one as ERR_RULES_INVALID', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cv-rules-'));
  try {
    const file = join(dir, 'pack.json');
    writeFileSync(file, '\ufeff' + JSON.stringify(defaultRulePack()));
    assert.equal((await loadRulePack(file)).id, 'bank-default');
    await assert.rejects(loadRulePack(join(dir, 'missing.json')), (e) => isAppError(e, 'ERR_RULES_INVALID'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('phrases with lexicon synonyms, wildcards and full-width / spaced text', () => {
  const pack = packOf([rule({ phrases: ['@free', 'guarantee* profit'] })], { free: ['risk-free', '零风险'] });
  assert.deepEqual(flagged(pack, [seg('agent', 0, 'It is ＲＩＳＫ－ＦＲＥＥ, honestly')]), ['r']);
  assert.deepEqual(flagged(pack, [seg('agent', 0, '这个产品 零 风 险')]), ['r']);
  assert.deepEqual(flagged(pack, [seg('agent', 0, 'We guaranteed profit last year')]), ['r']);
  assert.deepEqual(flagged(pack, [seg('agent', 0, 'riskfree-ish is not a word; frisk-free either')]), []);
});

test('proximity counts words in English and characters in Chinese', () => {
  const pack = packOf([rule({ near: [{ a: ['refund'], b: ['guarantee*'], within: 5, withinChars: 4 }, { a: ['退款'], b: ['保证'], within: 2, withinChars: 4 }] })]);
  assert.deepEqual(flagged(pack, [seg('agent', 0, 'I guarantee you will get a refund')]), ['r']);
  assert.deepEqual(flagged(pack, [seg('agent', 0, 'I guarantee that eventually, after some weeks, you will see a refund')]), []);
  assert.deepEqual(flagged(pack, [seg('agent', 0, 'I guarantee it. Refunds take a week.')]), []);
  assert.deepEqual(flagged(pack, [seg('agent', 0, '我保证给您退款')]), ['r']);
  assert.deepEqual(flagged(pack, [seg('agent', 0, '我保证今天之内一定处理您的退款')]), []);
});

test('negation before and after a match, with look-alikes ignored', () => {
  const pack = defaultRulePack();
  const id = 'sales.no_guaranteed_returns';
  const fires = (text: string) => flagged(pack, [seg('agent', 0, text)]).includes(id);
  assert.equal(fires('这款产品保证收益'), true);
  assert.equal(fires('我们不保证收益'), false);
  assert.equal(fires('我们没办法保证收益'), false);
  assert.equal(fires('不用担心，保证收益'), true);
  assert.equal(fires('这款产品不错保证收益'), true);
  assert.equal(fires('这种保本保收益的说法是不存在的'), false);
  assert.equal(fires('You are guaranteed a good return on this'), true);
  assert.equal(fires('We cannot guarantee returns'), false);
  assert.equal(fires('Returns are not guaranteed'), false);
  assert.equal(fires("Don't worry, it's risk-free"), true);
  assert.equal(fires('I guarantee the card arrives Friday'), false);
});

test('speaker filter, position in call and must-occur outcomes', () => {
  const pack = defaultRulePack();
  const notice = 'greeting.recording_notice';
  const closing = 'closing.polite';
  const early = [seg('agent', 0, '您好，本次通话将被录音'), seg('customer', 4000, '好的'), seg('agent', 200_000, '感谢您的来电，再见')];
  assert.ok(!flagged(pack, early, 205_000).includes(notice));
  assert.ok(!flagged(pack, early, 205_000).includes(closing));
  const late = [seg('agent', 0, '您好'), seg('agent', 61_000, '本次通话将被录音'), seg('agent', 100_000, '再见')];
  assert.ok(flagged(pack, late, 200_000).includes(notice), 'notice after 60 s is missing');
  assert.ok(flagged(pack, late, 200_000).includes(closing), 'goodbye 100 s before the end is not a closing');
  const byCustomer = [seg('customer', 0, '这个通话会被录音吗？'), seg('agent', 3000, '您好')];
  const result = evaluateRules(pack, { segments: byCustomer, durationMs: 10_000 });
  const miss = result.outcomes.find((o) => o.ruleId === notice);
  assert.equal(miss?.passed, false);
  assert.equal(miss?.hits[0]?.kind, 'missing');
  assert.deepEqual([miss?.hits[0]?.startMs, miss?.hits[0]?.endMs], [0, 10_000]);
});

test('risk disclosure applies only when wealth products are discussed', () => {
  const pack = defaultRulePack();
  const id = 'disclosure.wealth_risk';
  const o = (segments: TranscriptSegment[]) => evaluateRules(pack, { segments, durationMs: 0 }).outcomes.find((x) => x.ruleId === id);
  assert.deepEqual([o([seg('agent', 0, '您的账单已经寄出')])?.applicable, o([seg('agent', 0, '您的账单已经寄出')])?.passed], [false, true]);
  assert.equal(o([seg('customer', 0, '我想买理财'), seg('agent', 3000, '好的，年化百分之四')])?.passed, false);
  assert.equal(o([seg('customer', 0, '我想买理财'), seg('agent', 3000, '理财非存款，产品有风险，投资须谨慎')])?.passed, true);
});

test('agent reading back a full card number is flagged and the evidence is masked', () => {
  const pack = defaultRulePack();
  const r = evaluateRules(pack, { segments: [seg('agent', 0, '您的卡号是6222 0202 0000 1234 562对吧')], durationMs: 0 });
  const hit = r.hits.find((h) => h.ruleId === 'privacy.no_full_number_readback');
  assert.ok(hit);
  assert.equal(hit.kind, 'violation');
  assert.ok(!hit.text.includes('6222'), hit.text);
  assert.ok(hit.text.includes('[CARD]'));
  // Last four only: not a read-back.
  assert.ok(!flagged(pack, [seg('agent', 0, '尾号1234的卡')]).includes('privacy.no_full_number_readback'));
});

test('intents: complaint, escalation and churn from the customer, negated ones ignored', () => {
  const pack = defaultRulePack();
  assert.deepEqual(flagged(pack, [seg('customer', 0, '我要投诉你们，叫你们领导来')]).filter((x) => x.startsWith('intent')).sort(), ['intent.complaint', 'intent.escalation']);
  assert.deepEqual(flagged(pack, [seg('customer', 0, "I'm not complaining, I don't want to close my account")]).filter((x) => x.startsWith('intent')), []);
  assert.deepEqual(flagged(pack, [seg('customer', 0, 'I lost my card, cancel my card please')]).filter((x) => x.startsWith('intent')), []);
  assert.deepEqual(flagged(pack, [seg('agent', 0, '我帮您转接主管')]).filter((x) => x.startsWith('intent')), []);
});

test('empty calls and empty or odd segments do not crash and flag nothing', () => {
  const pack = defaultRulePack();
  assert.deepEqual(flagged(pack, []), []);
  assert.deepEqual(flagged(pack, [seg('customer', 0, ''), seg('customer', 0, '\ud800\u0000 ')]), []);
});

test('the streaming matcher returns the same violations and intents as the whole-call evaluation', () => {
  const pack = defaultRulePack();
  const segments = [
    seg('agent', 0, '您好，本次通话将被录音'),
    seg('customer', 3000, '我要投诉'),
    seg('agent', 6000, '这款理财保证收益，稳赚不赔'),
    seg('agent', 9000, 'Don\'t worry, I promise you a full refund'),
    seg('agent', 12000, '感谢您的来电'),
  ];
  const matcher = createStreamingMatcher(pack);
  const live = segments.flatMap((s) => matcher.push(s)).map((h) => `${h.ruleId}@${h.segmentIndex}`);
  const whole = evaluateRules(pack, { segments, durationMs: 15000 })
    .hits.filter((h) => h.kind === 'violation' || h.kind === 'intent')
    .map((h) => `${h.ruleId}@${h.segmentIndex}`);
  assert.deepEqual(live.sort(), whole.sort());
  assert.ok(live.includes('sales.no_guaranteed_returns@2') && live.includes('service.no_refund_promise@3') && live.includes('intent.complaint@1'));
});

test('streaming skips must-occur and last-30-s rules and honours appliesWhen seen so far', () => {
  const pack = packOf([
    rule({ phrases: ['bye'] }, { id: 'late', position: { lastMs: 30_000 } }),
    rule({ phrases: ['hello'] }, { id: 'must', type: 'must_occur' }),
    rule({ phrases: ['guaranteed'] }, { id: 'ctx', appliesWhen: { phrases: ['fund'] } }),
  ]);
  const m = createStreamingMatcher(pack);
  assert.deepEqual(m.push(seg('agent', 0, 'hello, bye, it is guaranteed')).map((h) => h.ruleId), []);
  assert.deepEqual(m.push(seg('customer', 3000, 'tell me about the fund')).map((h) => h.ruleId), []);
  const hits = m.push(seg('agent', 6000, 'it is guaranteed'));
  assert.deepEqual(hits.map((h) => [h.ruleId, h.kind, h.segmentIndex]), [['ctx', 'violation', 2]]);
});

test('alsoWhen: the rule applies only when both contexts occur, in any order, live too', () => {
  const pack = packOf([
    rule({ phrases: ['verified'] }, { id: 'check', type: 'must_occur', speaker: 'agent', appliesWhen: { phrases: ['my balance'] }, alsoWhen: { speaker: 'agent', phrases: ['your balance is'] } }),
    rule({ phrases: ['guaranteed'] }, { id: 'ctx', appliesWhen: { phrases: ['fund'] }, alsoWhen: { phrases: ['buy'] } }),
  ]);
  const outcome = (segments: TranscriptSegment[]) => evaluateRules(pack, { segments, durationMs: 0 }).outcomes.find((o) => o.ruleId === 'check')!;
  const asked = seg('customer', 0, 'what is my balance');
  assert.equal(outcome([asked, seg('agent', 3000, 'you can see it in the app')]).applicable, false, 'raised but never disclosed: general');
  assert.equal(outcome([seg('customer', 0, 'hi'), seg('agent', 3000, 'your balance is 40')]).applicable, false, 'the first context is missing');
  const told = outcome([asked, seg('agent', 3000, 'your balance is 40')]);
  assert.ok(told.applicable && !told.passed);
  assert.equal(outcome([asked, seg('customer', 3000, 'your balance is 40?')]).applicable, false, 'alsoWhen keeps its speaker');
  const m = createStreamingMatcher(pack);
  assert.deepEqual(m.push(seg('agent', 0, 'you could buy it, guaranteed')).map((h) => h.ruleId), [], 'only one context seen yet');
  assert.deepEqual(m.push(seg('customer', 3000, 'which fund?')).map((h) => h.ruleId), []);
  assert.deepEqual(m.push(seg('agent', 6000, 'it is guaranteed')).map((h) => h.ruleId), ['ctx'], 'the context seen first still counts');
  assert.match(String(invalidDetails(() => packOf([rule({ phrases: ['x'] }, { alsoWhen: { speaker: 'agent' } })])).path), /^rules\[0\]\.alsoWhen/, 'an empty context is refused with its location');
  assert.match(String(invalidDetails(() => packOf([rule({ phrases: ['x'], excludeInSegment: ['y'], excludeNegation: { before: ['@nowhere'] } })])).path), /^rules\[0\]\.match\.excludeNegation\.before/, 'an unknown list in excludeNegation names its place');
});

test('lateWhen: a check said with an admission that it comes late was due before that turn', () => {
  const pack = packOf([rule({ phrases: ['verified', 'date of birth'] }, { id: 'check', type: 'must_occur', speaker: 'agent', appliesWhen: { phrases: ['my balance'] }, lateWhen: { phrases: ['should have asked'] } })]);
  const outcome = (...segments: TranscriptSegment[]) => evaluateRules(pack, { segments, durationMs: 0 }).outcomes[0]!;
  const asked = seg('customer', 0, 'what is my balance');
  assert.equal(outcome(asked, seg('agent', 3000, 'your date of birth, please'), seg('agent', 6000, 'thanks, verified')).passed, true);
  const admitted = outcome(asked, seg('agent', 3000, 'it is forty pounds'), seg('agent', 6000, 'sorry, I should have asked: your date of birth?'), seg('agent', 9000, 'thanks, verified'));
  assert.equal(admitted.passed, false, 'the admission makes every check from that turn on late');
  assert.ok(admitted.hits.some((h) => h.kind === 'missing' && h.text.endsWith('(said only after it was due)')));
  assert.equal(outcome(asked, seg('agent', 3000, 'your date of birth, please'), seg('agent', 6000, 'verified. Oh, I should have asked, anything else?')).passed, true, 'a check before the admission still counts');
  assert.equal(outcome(asked, seg('agent', 3000, 'date of birth?'), seg('agent', 6000, 'I should have asked about the fee')).passed, true, 'an admission in a turn with no check changes nothing');
  assert.equal(outcome(seg('customer', 0, 'what are your hours'), seg('agent', 3000, 'sorry, I should have asked: your date of birth?')).applicable, false, 'a rule that does not apply is not late');
  assert.match(String(invalidDetails(() => packOf([rule({ phrases: ['x'] }, { lateWhen: { phrases: ['y'] } })])).path), /^rules\[0\]\.lateWhen/, 'lateWhen on a must_not_occur rule is refused with its location');
  assert.match(String(invalidDetails(() => packOf([rule({ phrases: ['x'] }, { type: 'must_occur', lateWhen: {} })])).path), /^rules\[0\]\.lateWhen/, 'an empty lateWhen is refused with its location');
});

test('excludeScope sentence: a context counts only in the match\'s own sentence', () => {
  const spec = (scope?: 'sentence') => packOf([rule({ phrases: ['fund'], excludeInSegment: ['deposit'], ...(scope ? { excludeScope: scope } : {}) })]);
  const text = 'Our deposit pays 4.1% a year. Or try our fund.';
  assert.deepEqual(flagged(spec(), [seg('agent', 0, text)]), [], 'by default the whole segment is the context');
  assert.deepEqual(flagged(spec('sentence'), [seg('agent', 0, text)]), ['r']);
  assert.deepEqual(flagged(spec('sentence'), [seg('agent', 0, 'Our deposit or our fund, 4.1% either way.')]), [], 'same sentence');
  assert.match(String(invalidDetails(() => packOf([rule({ phrases: ['x'], excludeScope: 'call' })])).path), /^rules\[0\]\.match\.excludeScope/);
});

test('keepInSentence: a match whose own sentence names a keeper survives a context elsewhere in the turn', () => {
  const pack = packOf([rule({ phrases: ['shocking'], excludeInSegment: ['my supplier'], keepInSentence: ['your service'], negation: { before: ['not'] } })]);
  assert.deepEqual(flagged(pack, [seg('customer', 0, 'My supplier thinks I am skint. Your service has been shocking.')]), ['r']);
  assert.deepEqual(flagged(pack, [seg('customer', 0, 'Your service is fine. My supplier has been shocking.')]), []);
  assert.deepEqual(flagged(pack, [seg('customer', 0, 'My supplier thinks so. Not your service, honestly the big shocking part is him.')]), []);
  assert.equal(invalidDetails(() => packOf([rule({ phrases: ['x'], keepInSentence: ['@nope'] })])).path, 'rules[0].match.keepInSentence[0]');
});

test('an exclusion inside one of a cue family\'s cues excludes it; one between the cues does not count as inside', () => {
  const pack = packOf([rule({ cues: [{ families: [['terrible'], ['your bank']] }], excludeInSegment: ['not terrible', 'to be fair'] })]);
  assert.deepEqual(flagged(pack, [seg('customer', 0, 'your bank has been terrible lately')]), ['r']);
  assert.deepEqual(flagged(pack, [seg('customer', 0, 'your bank is not terrible at all')]), [], 'the context holds the cue itself');
  assert.deepEqual(flagged(pack, [seg('customer', 0, 'your bank, to be fair, was terrible')]), [], 'a context between the cues is elsewhere in the turn, so it excludes');
});

test('an enormous transcript (100k segments) and a huge segment complete', () => {
  const pack = defaultRulePack();
  const segments: TranscriptSegment[] = [];
  for (let i = 0; i < 100_000; i++) segments.push(seg(i % 2 ? 'agent' : 'customer', i * 3000, i % 7 ? '好的，我们不保证收益 ok thanks' : '这个保证收益 4111 1111 1111 1111'));
  const r = evaluateRules(pack, { segments, durationMs: 0 });
  assert.ok(r.hits.length > 0);
  const huge = '保证收益 1 '.repeat(40_000) + 'a'.repeat(200_000);
  assert.ok(evaluateRules(pack, { segments: [seg('agent', 0, huge)], durationMs: 0 }).hits.length > 0);
});

test('traditional characters match simplified phrases, and evidence points into the original text', () => {
  const pack = packOf([rule({ phrases: ['投诉', '销户'] }, { type: 'intent', speaker: 'customer' })]);
  const r = evaluateRules(pack, { segments: [seg('customer', 0, '我要投訴，還要銷戶')], durationMs: 0 });
  assert.equal(r.outcomes[0]?.passed, false);
  assert.equal(r.hits.length, 2);
  assert.deepEqual(flagged(pack, [seg('customer', 0, '我要投资')]), []);
});

test('homophone sets widen Chinese phrases to ASR look-alikes; a bad set is refused', () => {
  const make = (homophones?: string[]) =>
    parseRulePack(JSON.stringify({ id: 't', version: '1.0.0', ...(homophones ? { homophones } : {}), rules: [rule({ phrases: ['保本'] })] }));
  const asr = [seg('agent', 0, '这款是包本的')];
  assert.deepEqual(flagged(make(), asr), []);
  assert.deepEqual(flagged(make(['保包宝']), asr), ['r']);
  assert.deepEqual(flagged(make(['保包宝']), [seg('agent', 0, '这款是包括本金的')]), []);
  const details = invalidDetails(() => make(['ab']));
  assert.equal(details.path, 'homophones[0]');
});

test('default pack: negated product mentions, verb "fund", conditional refunds and counterfactual churn', () => {
  const pack = defaultRulePack();
  const ids = (segments: TranscriptSegment[]) => flagged(pack, segments).filter((id) => !['greeting.recording_notice', 'identity.verification', 'closing.polite'].includes(id));
  assert.deepEqual(ids([seg('agent', 0, '定期存款是存款，不是理财，受存款保险保护。')]), []);
  assert.deepEqual(ids([seg('agent', 0, 'We cannot fund savings from a card, it needs a transfer.')]), []);
  assert.deepEqual(ids([seg('agent', 0, 'Our growth fund returned nine percent last year.')]), ['disclosure.wealth_risk']);
  // Conditions are seen within the clause only ("如果审核通过，…" across a comma is still flagged).
  assert.deepEqual(ids([seg('agent', 0, '要是审核通过一定退给您。')]), []);
  assert.deepEqual(ids([seg('agent', 0, 'Once approved you will definitely get a refund.')]), []);
  assert.deepEqual(ids([seg('agent', 0, '您放心，这笔钱一定给您退回来。')]), ['service.no_refund_promise']);
  assert.deepEqual(ids([seg('customer', 0, 'I was going to move my savings elsewhere, but I am staying.')]), []);
  assert.deepEqual(ids([seg('customer', 0, 'I want to shut my account here.')]), ['intent.churn']);
});

test('cue families: an intent needs cues from two families in one turn; a bad min is refused', () => {
  const cues = { families: [['terrible', '太差'], ['your bank', '你们银行'], ['third time', '第三次']] };
  const pack = packOf([rule({ cues: [cues], negation: { before: ['not', '不'] } }, { type: 'intent', speaker: 'customer' })]);
  const fires = (text: string) => flagged(pack, [seg('customer', 0, text)]).includes('r');
  assert.equal(fires('Your bank is terrible.'), true);
  assert.equal(fires('你们银行太差了，第三次了'), true);
  assert.equal(fires('That film was terrible.'), false);
  assert.equal(fires('Your bank is not terrible.'), false);
  const d = invalidDetails(() => packOf([rule({ cues: [{ ...cues, min: 4 }] })]));
  assert.match(String(d.path), /cues\[0\]\.min$/);
  assert.equal(invalidDetails(() => packOf([rule({ cues: [{ families: [['@nope'], ['x']] }] })])).path, 'rules[0].match.cues[0].families[0][0]');
});

test('negation scope ends at a consequence or contrast ("不退钱我就投诉", "…, but")', () => {
  const neg = { before: ['不', "don't", 'not'], breaks: ['就', 'but'] };
  const pack = packOf([rule({ phrases: ['投诉', 'close my account'], negation: neg }, { type: 'intent', speaker: 'customer' })]);
  const fires = (text: string) => flagged(pack, [seg('customer', 0, text)]).includes('r');
  assert.equal(fires('我不投诉'), false);
  assert.equal(fires('不退钱就投诉'), true);
  assert.equal(fires("I don't want to close my account"), false);
  assert.equal(fires('not happy but close my account'), true);
});

test('excludeInSegment counts context elsewhere in the turn, not inside the claim itself', () => {
  const pack = defaultRulePack();
  const id = 'sales.no_guaranteed_returns';
  const fires = (text: string) => flagged(pack, [seg('agent', 0, text)]).includes(id);
  assert.equal(fires('This fund is as safe as a fixed deposit.'), true);
  assert.equal(fires('这款理财跟存定期一样安全。'), true);
  assert.equal(fires('The interest on a fixed deposit is guaranteed for the full term.'), false);
  assert.equal(fires('定期存款受存款保险保护，保本。'), false);
});

test('default pack v1.1 families: deposit likeness, principal safety, sworn refunds, regulators, going over heads, leaving', () => {
  const pack = defaultRulePack();
  const agent = (text: string) => flagged(pack, [seg('agent', 0, text)]);
  const customer = (text: string) => flagged(pack, [seg('customer', 0, text)]);
  assert.ok(agent('Your principal is totally safe.').includes('sales.no_guaranteed_returns'));
  assert.ok(agent('这个基金从来没有出现过亏钱，您闭着眼买就行。').includes('sales.no_guaranteed_returns'));
  assert.ok(!agent('Your capital is not protected and you may get back less.').includes('sales.no_guaranteed_returns'));
  assert.ok(agent('这个我打包票，三个工作日之内钱就能要回来。').includes('service.no_refund_promise'));
  assert.ok(!agent('您要是审核通过了，钱就能给您退回来。').includes('service.no_refund_promise'));
  assert.ok(customer('我要去监管那边反映。').includes('intent.complaint'));
  assert.ok(customer('别忽悠我了，你们这就是坑人。').includes('intent.complaint'));
  assert.ok(customer('I will go over your head.').includes('intent.escalation'));
  assert.ok(!customer("I'd like to speak to my relationship manager.").includes('intent.escalation'));
  assert.ok(customer('这银行我以后不存了。').includes('intent.churn'));
  assert.ok(customer("I'm done with you guys, I want everything here closed.").includes('intent.churn'));
  assert.ok(!customer('我今天先不存了，下次再说。').includes('intent.churn'));
  assert.ok(!customer('I want to move £200 to my Santander account.').includes('intent.churn'));
});

test('round 7 (fresh4 causes): authority without titles, certainty of money back, deposits, internal moves, praise, thanks-bye, card + name', () => {
  const pack = defaultRulePack();
  const agent = (text: string) => flagged(pack, [seg('agent', 0, text)], 3000);
  const customer = (text: string) => flagged(pack, [seg('customer', 0, text)]);
  assert.ok(customer('I need someone with more authority than you.').includes('intent.escalation'));
  assert.ok(customer('Can I talk to whoever makes the decisions on this?').includes('intent.escalation'));
  assert.ok(agent('No need to worry, the money will be back on your card, that is a given.').includes('service.no_refund_promise'));
  assert.ok(agent('您放心 这钱肯定给您弄回来').includes('service.no_refund_promise'));
  assert.ok(!agent("I can't tell you you'll definitely be refunded until the merchant responds.").includes('service.no_refund_promise'));
  const fraud = agent('这是盗刷 您放一百个心 钱肯定给您弄回来 一分不少');
  assert.ok(fraud.includes('service.no_refund_promise') && !fraud.includes('sales.no_guaranteed_returns'));
  const deposit = flagged(pack, [seg('customer', 0, '我不想买基金 怕亏 给我存个定期吧'), seg('agent', 3000, '好的 三年定期利率百分之二点六')], 6000);
  assert.ok(!deposit.includes('disclosure.wealth_risk'), 'a declined investment is not a product being sold');
  assert.ok(flagged(pack, [seg('agent', 0, 'This equity fund is great, you are not going to lose money on it.')], 3000).includes('disclosure.wealth_risk'));
  assert.ok(!customer('I want to move my savings into a fund with a higher rate.').includes('intent.churn'));
  assert.ok(customer("When the fix ends I'm taking my mortgage to a different lender.").includes('intent.churn'));
  assert.ok(!customer('之前那次投诉你们处理得很好 谢谢').includes('intent.complaint'));
  assert.ok(!customer('你们系统老是登录不上').includes('intent.complaint'), 'a fault report, not a complaint');
  assert.ok(customer('你们系统老是出问题 真烦人').includes('intent.complaint'));
  const verified = flagged(pack, [seg('agent', 0, '您别着急 麻烦报一下卡号和姓名'), seg('agent', 3000, '好的 王先生核实好了')], 6000);
  assert.ok(!verified.includes('identity.verification'));
  assert.ok(!agent('Okay Sam, thank you, bye.').includes('closing.polite'));
});

test('round 8 (fresh5 causes): 报 for 保, compensation refused, demands end negation, churn actors and staying, reserved phone changed', () => {
  const pack = defaultRulePack();
  const agent = (text: string) => flagged(pack, [seg('agent', 0, text)], 3000);
  const customer = (text: string) => flagged(pack, [seg('customer', 0, text)]);
  const sale = agent('这款两年期的新产品 保本报息 您放心买');
  assert.ok(sale.includes('sales.no_guaranteed_returns') && sale.includes('disclosure.wealth_risk'), 'a guarantee is said of an investment: disclose');
  assert.ok(!agent('大额存单受存款保险保护 到期保本保息').includes('disclosure.wealth_risk'), 'a deposit really is 保本保息');
  assert.ok(!agent('亏损的话银行不会赔付 您要看清楚风险等级').includes('sales.no_guaranteed_returns'), 'refusing compensation');
  assert.ok(agent('放心 这个不会赔钱的').includes('sales.no_guaranteed_returns'));
  assert.ok(customer('等了一个礼拜都没有人理我要投诉你们').includes('intent.complaint'), 'a demand ends the negation without punctuation');
  assert.ok(!customer('我不要投诉 就想问问').includes('intent.complaint'));
  assert.ok(!customer("That answer isn't good enough, could I speak to a team leader please?").includes('intent.complaint'));
  assert.ok(customer('Your service is not good enough.').includes('intent.complaint'));
  assert.ok(!customer('My neighbour switched banks after a mess like this, but I am not going anywhere.').includes('intent.churn'));
  assert.ok(!customer('I am furious, the bank closed my account without any warning.').includes('intent.churn'));
  assert.ok(customer('Please close my account today.').includes('intent.churn'));
  assert.ok(customer('I found a better deal elsewhere and will be taking my savings with me.').includes('intent.churn'));
  const changed = flagged(pack, [seg('agent', 0, '好的 新号码是多少'), seg('agent', 3000, '已经把您的预留手机号换好了 验证码以后发新号')], 6000);
  assert.ok(changed.includes('identity.verification'), 'changing the reserved phone is not checking it');
  const asked = flagged(pack, [seg('agent', 0, '麻烦说一下您的预留手机号')], 3000);
  assert.ok(!asked.includes('identity.verification'));
});

test('identity check is required only when the call touches the customer\'s own account or card', () => {
  const pack = defaultRulePack();
  const identity = (segments: TranscriptSegment[]) =>
    evaluateRules(pack, { segments, durationMs: 0 }).outcomes.find((o) => o.ruleId === 'identity.verification')!;
  const enquiry = identity([
    seg('customer', 0, 'What are your branch opening hours on Saturday, and what is the rate on the two-year fixed saver?'),
    seg('agent', 3000, 'Nine to one, and the two-year fixed saver pays three point one percent.'),
  ]);
  assert.ok(enquiry.passed && !enquiry.applicable, 'a general enquiry needs no identity check');
  assert.ok(identity([seg('customer', 0, '信用卡怎么申请 年费多少'), seg('agent', 3000, '可以在手机银行申请 首年免年费')]).passed);
  const change = [seg('customer', 0, '我换手机号了 帮我把预留手机号改一下'), seg('agent', 3000, '好的 新号码是多少')];
  const unchecked = identity([...change, seg('agent', 9000, '已经帮您改好了')]);
  assert.ok(!unchecked.passed && unchecked.hits.some((h) => h.kind === 'missing'), 'a phone-number change without a check is flagged');
  assert.ok(identity([...change, seg('agent', 6000, '先核实一下您的身份 请报一下身份证后四位'), seg('agent', 9000, '核实通过 已经帮您改好了')]).passed);
  const en = [seg('customer', 0, 'I need to change my phone number on the account.')];
  assert.ok(!identity([...en, seg('agent', 3000, 'Sure, what is the new number?')]).passed);
  assert.ok(identity([...en, seg('agent', 3000, 'Sure, can I verify your identity first? What is your date of birth?')]).passed);
});
