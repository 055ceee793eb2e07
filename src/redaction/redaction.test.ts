import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TranscriptSegment } from '../model/index.js';
import { AUDIO_PAD_MS, cnIdValid, findPii, luhnValid, redactTranscript, type PiiKind } from './index.js';

/** The PII found, as [kind, text] pairs. */
const pii = (text: string, cvvContext = false): [PiiKind, string][] => findPii(text, { cvvContext }).map((s) => [s.kind, text.slice(s.start, s.end)]);
const seg = (speaker: 'agent' | 'customer', startMs: number, endMs: number, text: string): TranscriptSegment => ({ speaker, startMs, endMs, text, confidence: 0.9 });

test('checksums: Luhn and the resident id MOD 11-2', () => {
  assert.equal(luhnValid('4111111111111111'), true);
  assert.equal(luhnValid('4111111111111112'), false);
  assert.equal(cnIdValid('11010520010101003X'), true);
  assert.equal(cnIdValid('110105200101010031'), false);
  assert.equal(cnIdValid('440306198512154322'), true);
  assert.equal(cnIdValid('440306198512154321'), false);
});

test('bank cards of 13-19 digits with spaces or dashes; Luhn failures are left alone', () => {
  assert.deepEqual(pii('card 4111-1111-1111-1111 ok'), [['bank_card', '4111-1111-1111-1111']]);
  assert.deepEqual(pii('卡号6222 0202 0000 1234 562，谢谢'), [['bank_card', '6222 0202 0000 1234 562']]);
  assert.deepEqual(pii('amex 378282246310005'), [['bank_card', '378282246310005']]);
  assert.deepEqual(pii('policy 531234567890128'), [], '15 digits failing Luhn');
  assert.deepEqual(pii('tracking 1234567890123456'), []);
  assert.deepEqual(pii('amount $12,500.00 and 95588'), []);
  // A card followed by its CVV without context: the card is still found inside the run.
  assert.deepEqual(pii('4111 1111 1111 1111 737'), [['bank_card', '4111 1111 1111 1111']]);
});

test('resident ids with checksum (X included); a wrong checksum is not an id', () => {
  assert.deepEqual(pii('身份证11010520010101003X好的'), [['cn_id', '11010520010101003X']]);
  assert.deepEqual(pii('身份证号440306198512154322'), [['cn_id', '440306198512154322']]);
  assert.deepEqual(pii('编号440306198512154321'), []);
});

test('phone numbers: CN mobile, +86, landline, US and international; hotlines are not personal', () => {
  assert.deepEqual(pii('手机13812345678'), [['phone', '13812345678']]);
  assert.deepEqual(pii('电话 +86 138 1234 5678'), [['phone', '+86 138 1234 5678']]);
  assert.deepEqual(pii('座机010-12345678'), [['phone', '010-12345678']]);
  assert.deepEqual(pii('call (415) 555-0132 today'), [['phone', '(415) 555-0132']]);
  assert.deepEqual(pii('UK +44 20 7946 0958.'), [['phone', '+44 20 7946 0958']]);
  assert.deepEqual(pii('hotline 400-820-8888 or 1-800-555-0199'), []);
});

test('full-width digits are found and spans index the original text', () => {
  const text = '手机号１３９１２３４５６７８。';
  assert.deepEqual(pii(text), [['phone', '１３９１２３４５６７８']]);
  assert.deepEqual(pii('卡号６２２２－０２０２－００００－１２３４－５６２'), [['bank_card', '６２２２－０２０２－００００－１２３４－５６２']]);
});

test('CVV only near card-security context (in the text or asked just before)', () => {
  assert.deepEqual(pii('the CVV is 123'), [['cvv', '123']]);
  assert.deepEqual(pii('卡背面的安全码是四五六'), [['cvv', '四五六']]);
  assert.deepEqual(pii('it is 123'), []);
  assert.deepEqual(pii('It is 321.', true), [['cvv', '321']]);
  const r = redactTranscript([
    seg('agent', 0, 3000, 'And the three digit security code on the back?'),
    seg('customer', 3000, 4000, '737'),
    seg('agent', 4000, 7000, 'Thanks. And the last four digits of your ID?'),
    seg('customer', 7000, 8000, '7789'),
  ]);
  assert.equal(r.segments[1]?.text, '[CVV]');
  assert.equal(r.segments[3]?.text, '7789');
});

test('spoken digits in Chinese (幺, 两) and English (oh, double): seven or more are redacted', () => {
  assert.deepEqual(pii('号码是幺三八一二三四五六七八'), [['phone', '幺三八一二三四五六七八']]);
  assert.deepEqual(pii('账号两两零幺九八七'), [['spoken_digits', '两两零幺九八七']]);
  // Radio readings: 洞 0, 拐 7, 勾 9 — and the same characters in ordinary words stay alone.
  assert.deepEqual(pii('手机幺三拐洞勾两三四五六八'), [['phone', '幺三拐洞勾两三四五六八']]);
  assert.deepEqual(pii('这个漏洞我们拐个弯再说'), []);
  assert.deepEqual(pii('后四位二四五二'), [], 'four spoken digits are not redacted');
  assert.deepEqual(pii('seven two four four nine one three three'), [['spoken_digits', 'seven two four four nine one three three']]);
  assert.deepEqual(pii('oh seven nine double one, two three four, five six seven'), [['phone', 'oh seven nine double one, two three four, five six seven']]);
  // Hyphenated repeats, as transcribers write them: "nine double-oh".
  assert.deepEqual(pii('It is oh seven seven one one, nine double-oh, four five six.'), [['phone', 'oh seven seven one one, nine double-oh, four five six']]);
  assert.deepEqual(pii('卡号六二二五八八零一二三四五六七八三'), [['bank_card', '六二二五八八零一二三四五六七八三']], 'Luhn-valid spoken card');
  assert.deepEqual(pii('one moment, I have one or two questions'), []);
});

test('redactTranscript masks the text and maps a span to audio by spoken weight, padded', () => {
  const text = 'Sure, let me read it out for you slowly, my mobile number is 13812345678 and I am usually free after the school run.';
  const r = redactTranscript([seg('customer', 10_000, 20_000, text), seg('agent', 20_000, 21_000, 'ok')]);
  assert.equal(r.segments[0]?.text, text.replace('13812345678', '[PHONE]'));
  assert.equal(r.segments[1]?.text, 'ok');
  assert.equal(r.audioRanges.length, 1);
  const [range] = r.audioRanges;
  assert.ok(range && range.segmentIndex === 0 && range.kind === 'phone');
  // 17 syllables before, 12 in the phone, 13 after: said from about 14.0 s to 16.9 s (the character share says 15.1-16.0 s).
  assert.ok(range.startMs > 13_000 && range.startMs < 14_000, `start ${range.startMs}`);
  assert.ok(range.endMs > 17_000 && range.endMs < 17_800, `end ${range.endMs}`);
  assert.ok(range.endMs - range.startMs >= 2 * AUDIO_PAD_MS, 'padded');
  const edge = redactTranscript([seg('customer', 0, 1000, '4111111111111111')]);
  assert.deepEqual([edge.audioRanges[0]?.startMs, edge.audioRanges[0]?.endMs], [0, 1000], 'clamped to the segment');
});

test('a written number read out in full is masked from where its reading starts (d-en-13)', () => {
  // espeak (and many people) say "five thousand three hundred and twelve …": 32 syllables after 11.
  const text = 'Thank you. Just to confirm, your card number is 5312 3456 7890 127?';
  const [range] = redactTranscript([seg('agent', 19_460, 24_400, text)]).audioRanges;
  const charShareStart = 19_460 + (4940 * text.indexOf('5312')) / text.length - AUDIO_PAD_MS;
  assert.ok(range && range.startMs < 19_460 + 0.3 * 4940, `start ${range?.startMs} is before the number is said (about 20.7 s)`);
  assert.ok(range.startMs < charShareStart - 1500, 'far earlier than the character share');
  assert.equal(range.endMs, 24_400, 'reaches the end of the segment');
  // Said digit by digit in Chinese the same card takes 19 of about 31 syllables, starting a third in.
  const zh = '好的，您要激活的卡号是6217 0012 3456 7890 122对吧？';
  const [zhRange] = redactTranscript([seg('agent', 13_700, 20_960, zh)]).audioRanges;
  assert.ok(zhRange && zhRange.startMs <= 13_700 + 0.32 * 7260 - AUDIO_PAD_MS, `zh start ${zhRange?.startMs}`);
  assert.ok(zhRange.startMs > 13_700 + 0.15 * 7260, 'the greeting before the card stays audible');
  assert.equal(zhRange.endMs, 20_960);
});

test('ranges near a segment edge run to it; speech well away from the PII is kept', () => {
  const head = redactTranscript([seg('customer', 0, 10_000, '13812345678, that is my mobile, and my wife has her own number that she uses for work and for the family.')]);
  assert.equal(head.audioRanges[0]?.startMs, 0);
  assert.ok((head.audioRanges[0]?.endMs ?? 0) < 5000, 'the rest of the sentence is kept');
  const tail = redactTranscript([seg('customer', 0, 10_000, 'Of course, let me find it, the one I use for work and for the family is 13812345678 thanks')]);
  assert.equal(tail.audioRanges[0]?.endMs, 10_000, 'a span ending within 15% of the end runs to it');
  assert.ok((tail.audioRanges[0]?.startMs ?? 0) > 5000);
  const two = redactTranscript([seg('customer', 0, 12_000, '幺三八一二三四五六七八，还有一个是幺三九一二三四五六七八，都可以打，白天晚上都行，谢谢您')]);
  assert.equal(two.audioRanges.length, 2);
  const [a, b] = two.audioRanges;
  assert.ok(a && b && a.startMs === 0 && a.endMs > a.startMs && b.startMs > a.startMs && b.endMs > b.startMs && b.endMs < 12_000);
});

test('hostile input: huge digit strings, long spoken runs, empty and odd text', () => {
  assert.deepEqual(pii(''), []);
  assert.deepEqual(pii('\ud800\ud800 X x'), []);
  const long = '1 '.repeat(200_000);
  assert.ok(Array.isArray(findPii(long)));
  assert.equal(findPii('一'.repeat(100_000)).length, 1);
  assert.equal(findPii('four '.repeat(50_000)).length, 1);
  assert.ok(findPii('4111111111111111'.repeat(10_000)).length === 0, 'one 160k-digit run is no card');
  const odd = redactTranscript([{ speaker: 'agent', startMs: 0, endMs: 0, text: undefined as unknown as string, confidence: 1 }, seg('customer', 0, 0, '13812345678')]);
  assert.equal(odd.segments[1]?.text, '[PHONE]');
  assert.deepEqual([odd.audioRanges[0]?.startMs, odd.audioRanges[0]?.endMs], [0, 0], 'zero-length segment');
  const t0 = Date.now();
  const huge = redactTranscript([seg('customer', 0, 60_000, `卡号 ${'6222 0202 0000 1234 562 '.repeat(5_000)}`), seg('customer', 5, 1, '13812345678')]);
  assert.ok(Date.now() - t0 < 5000, 'a 115k-character segment with 5000 cards is timed quickly');
  assert.ok(huge.audioRanges.every((x) => x.startMs <= x.endMs), 'no inverted range, even for a segment ending before it starts');
});

test('a spoken id ending in 叉 is one id; "seventy nine, 30301" is a year and a zip code, not a digit run', () => {
  assert.deepEqual(pii('号码是幺幺零幺零五幺九八八零三幺七幺七六叉。'), [['cn_id', '幺幺零幺零五幺九八八零三幺七幺七六叉']]);
  assert.deepEqual(pii('Third of March seventy nine, 30301.'), []);
  assert.deepEqual(pii('It is six one seven five five five two one three four.').map(([, t]) => t), ['six one seven five five five two one three four']);
});

test('fragments, reference numbers and the number before a CVV are not PII', () => {
  assert.deepEqual(pii('身份证后六位幺三洞五二八'), [], 'six spoken digits are a verification fragment');
  assert.deepEqual(pii('工单号是两洞两五洞三幺六八八'), [], 'a ticket number the bank issued');
  assert.deepEqual(pii('the reference number is four four one two three nine eight'), []);
  // A customer number the bank issued, spoken or written in a local phone's shape (round 193: f374-en-05, f345-en-10, f360-en-15).
  assert.deepEqual(pii('Bronwyn Kelly, customer number is eight eight two zero one four seven.'), []);
  assert.deepEqual(pii('Customer number 8841 2093, passcode 6 6 0 8 1 2.'), []);
  assert.deepEqual(pii('Call me back on eight eight two zero one four seven nine.').map(([k]) => k), ['spoken_digits']);
  assert.deepEqual(pii('后四位两八三六 背面的安全码是幺五拐'), [['cvv', '幺五拐']]);
  assert.deepEqual(pii('卡号是幺三八一二三四五六七八'), [['phone', '幺三八一二三四五六七八']], 'a phone is a phone whatever it is called');
});

test('a CVV asked for is redacted wherever the answer calls it the code; a code the bank texted is no CVV', () => {
  // Round 196: f380-en-07 answered late in its turn; f102-en-12, f160-en-15, f295-en-24, f324-en-04 read back a one-time code.
  const asked = redactTranscript([
    seg('agent', 0, 3000, 'And can I have your date of birth and the three-digit security code on the back?'),
    seg('customer', 3000, 6000, 'Third of April eighty-seven, and the code is 218.'),
  ]);
  assert.equal(asked.segments[1]?.text.includes('218'), false, 'the CVV is masked');
  const texted = redactTranscript([
    seg('agent', 0, 3000, 'Thanks Shane. And the security code we just sent you?'),
    seg('customer', 3000, 6000, 'Six one eight four.'),
  ]);
  assert.equal(texted.segments[1]?.text, 'Six one eight four.', 'a one-time code the bank sent is not card data');
});

test('a card or id whose check digit fails still counts when its form names it; a spoken CVV after "the number on the back"', () => {
  // One misheard digit breaks Luhn / MOD 11-2; grouping in fours, a card word, or a final X still say what the number is.
  assert.deepEqual(pii('so that is 4556 2301 7789 1235, right?'), [['bank_card', '4556 2301 7789 1235']]);
  assert.deepEqual(pii('卡号是6217002300112234对吗'), [['bank_card', '6217002300112234']]);
  assert.deepEqual(pii('ref 4556230177891235 noted'), [], 'ungrouped, unnamed and failing Luhn: left alone');
  // A phone-shaped tail inside a printed card ("0071 8833 8434") does not split the card.
  assert.deepEqual(pii('Let me just confirm that is 4024 0071 8833 8434?'), [['bank_card', '4024 0071 8833 8434']]);
  assert.deepEqual(pii('我确认一下，卡号6217 0045 6712 2243，对吧'), [['bank_card', '6217 0045 6712 2243']]);
  assert.deepEqual(pii('１２０１０３１９９００５０６１２３Ｘ'), [['cn_id', '１２０１０３１９９００５０６１２３Ｘ']], 'full-width digits and X');
  assert.deepEqual(pii('身份证号三二零一零二一九七九一一零三四五六七'), [['cn_id', '三二零一零二一九七九一一零三四五六七']]);
  assert.deepEqual(pii('编号320102197913034567'), [], 'no X, not named as an id, wrong checksum');
  assert.deepEqual(pii("The number on the back of my card? It's four two eight."), [['cvv', 'four two eight']]);
});

test('ids in their written groups or answering a request for one, spoken 16-digit cards, "ending in" is no CVV', () => {
  // Check digits fail (a misheard digit): the region / birth date / sequence grouping names an id.
  assert.deepEqual(pii('李敏 110105 19790418 3326'), [['cn_id', '110105 19790418 3326']]);
  assert.deepEqual(pii('510104 1972 0923 1548'), [['cn_id', '510104 1972 0923 1548']]);
  assert.deepEqual(pii('单号 123456 20231301 0000'), [], 'an id grouping without a birth date in place');
  // Asked for in the turn before: the bare answer is the id.
  const asked = redactTranscript([seg('agent', 0, 3000, '好的 先帮您核实一下身份 请报一下您的身份证号码'), seg('customer', 3000, 6000, '320102198811064237')]);
  assert.equal(asked.segments[1]?.text, '[ID]');
  const notAsked = redactTranscript([seg('agent', 0, 3000, '请问您的订单号是多少'), seg('customer', 3000, 6000, '320102198811064237')]);
  assert.equal(notAsked.segments[1]?.text, '320102198811064237', 'an 18-digit order number with a bad check digit stays');
  // Read aloud, 16 digits with a card's leading digit are a card even when Luhn fails.
  assert.deepEqual(pii("that's four five three two, one one two two, three three four four, five five six six, correct?").map(([k]) => k), ['bank_card']);
  // The card's last four said right after the caller read out a CVV is not the CVV.
  const after = redactTranscript([
    seg('customer', 0, 3000, 'Card is 5412 7534 0091 2286, the code on the back is seven one nine.'),
    seg('agent', 3000, 6000, 'Thanks, I have the card ending in 2286. You never need to give us the security code.'),
  ]);
  assert.equal(after.segments[1]?.text, 'Thanks, I have the card ending in 2286. You never need to give us the security code.');
});

test('an SMS code is no card security code; "the three numbers on the back" announce one', () => {
  const sms = redactTranscript([seg('agent', 0, 3000, '请提供身份证后四位和手机验证码'), seg('customer', 3000, 6000, '后四位五六二七 验证码九零七七幺二')]);
  assert.equal(sms.segments[1]?.text, '后四位五六二七 验证码九零七七幺二');
  assert.deepEqual(pii("Do you need the three numbers on the back as well? They're 417."), [['cvv', '417']]);
});

test('local 8-digit phones with phone words, utility account numbers are references, "the three digit number at the back"', () => {
  assert.deepEqual(pii('Is 9736 2148 the best number to call you?'), [['phone', '9736 2148']]);
  assert.deepEqual(pii('The total was 9736 2148 points this year.'), [], 'no phone words');
  assert.deepEqual(pii('户号是 0 3 1 2 8 8 6 7 4 5 0 1'), [], 'an electricity account number is not a landline');
  const answered = redactTranscript([seg('agent', 0, 3000, 'And the best mobile to reach you on?'), seg('customer', 3000, 6000, '9847 2316.')]);
  assert.equal(answered.segments[1]?.text, '[PHONE].');
  assert.deepEqual(pii('Anjali Sharma, mobile 9820145567.'), [['phone', '9820145567']], 'an Indian mobile');
  assert.deepEqual(pii('Invoice 9820145567 is attached.'), [], 'ten digits without phone words');
  assert.deepEqual(pii('And the three digit number at the back also I can tell, it is 582.'), [['cvv', '582']]);
  const customerNo = redactTranscript([seg('agent', 0, 3000, 'Can I get your date of birth and your customer number?'), seg('customer', 3000, 6000, "1958, and the number's 81273660.")]);
  assert.equal(customerNo.segments[1]?.text, "1958, and the number's 81273660.", 'the customer number asked for is no local phone');
  const readBack = redactTranscript([seg('customer', 0, 3000, "it's +65 8712 4093"), seg('agent', 3000, 6000, '8712 4093, okay, let me update that')]);
  assert.equal(readBack.segments[1]?.text, '[PHONE], okay, let me update that', 'a phone number just given names its read-back');
  assert.deepEqual(pii('信用卡 卡号后四位是6333 背后那个三位数是318'), [['cvv', '318']]);
  assert.deepEqual(pii('so that is four five six three five one oh oh two nine eight for one one six nine correct'), [['bank_card', 'four five six three five one oh oh two nine eight for one one six nine']], 'ASR "for" between digit words is a 4 (the card passes Luhn)');
  assert.deepEqual(pii('It will reach you in five to seven working days.'), [], 'a range is no digit run');
  assert.deepEqual(pii('Do you need the three numbers on the back as well? They are 417.'), [['cvv', '417']]);
  assert.deepEqual(pii('last four are one eight zero one. Do you need the three numbers on the back?'), [], 'the last four named before it are no CVV');
  assert.deepEqual(pii('登记号是二零二六一一二五零零三七 您记一下'), [], 'a registration number is a reference');
  assert.deepEqual(pii("So that's plus four four, seven seven double oh, nine double oh, four six one."), [['spoken_digits', 'plus four four, seven seven double oh, nine double oh, four six one']], 'the spoken country code keeps its plus');
  assert.deepEqual(pii('手机号是幺七七 九要三四 六六二零'), [['phone', '幺七七 九要三四 六六二零']], 'ASR 要 between spoken digits is 幺');
  assert.deepEqual(pii('我房贷这个月扣多少 贷款账号一六三八八二一零零三九 快点'), [], 'a loan account number is a reference');
});

test('a Hong Kong, Macau or Taiwan number said with its country code but no "+" is a phone', () => {
  for (const text of ['852 9137 6628', '853 6612 3456', '886 912 345 678']) {
    assert.deepEqual(findPii(text).map((p) => p.kind), ['phone'], text);
  }
  assert.deepEqual(findPii('852 0137 6628').map((p) => p.kind), [], 'an 852 run whose number cannot start with 0 is no phone');
});

test('a card read as four spoken "sentences" (ASR puts a full stop after each group) is one card; a corrected last four is not', () => {
  const card = findPii('Sure, the number is Four seven zero three. Seven five six five. One nine eight eight. One three three seven.');
  assert.equal(card.length, 1);
  assert.equal(card[0]!.kind, 'bank_card');
  const correction = findPii("Zero six five... no, hang on, nine three six. Five nine three six.");
  assert.ok(correction.every((p) => p.kind !== 'bank_card'));
});

test('a short code to forward a scam text to is no security code, though the back of the card was named', () => {
  assert.deepEqual(pii("Our only website is the one on the back of your card. You can forward the text to 7726, and delete it."), []);
  assert.deepEqual(pii("What's the code on the back of your card? It's 7726."), [['cvv', '7726']]);
});

test('Singapore numbers asked for as a contact number or 新的号码; an NRIC ending and a year spoken with its date are no PII', () => {
  const sg = redactTranscript([seg('agent', 0, 3000, 'Sure, may I have a contact number and a good time to call?'), seg('customer', 3000, 6000, '98127734, after six can.')]);
  assert.equal(sg.segments[1]?.text.includes('98127734'), false);
  const zh = redactTranscript([seg('agent', 0, 3000, '验证好了 新的号码是'), seg('customer', 3000, 6000, '87342615')]);
  assert.equal(zh.segments[1]?.text.includes('87342615'), false);
  assert.deepEqual(pii("Lau Chee Keong. 2 8 4 H. You want the CVV also? It's 418."), [['cvv', '418']]);
  assert.deepEqual(pii('六五三七 一九八二年七月二十号'), []);
});

test('"418 I think" keeps its security code: only a letter other than the pronoun ends an NRIC', () => {
  assert.deepEqual(pii("What's the code on the back of your card? It's 418 I think."), [['cvv', '418']]);
});

test('"hundred" inside a number read digit by digit is two zeros; an amount stays an amount', () => {
  assert.deepEqual(pii('Sure, it is oh seven seven hundred, nine hundred, three three six.'), [['phone', 'oh seven seven hundred, nine hundred, three three six']]);
  assert.deepEqual(pii('I paid five hundred dollars last week.'), []);
  assert.deepEqual(pii('My card ends four five six, and it was three hundred and twelve pounds.'), []);
});

test('a card code asked for as 哪三位数 makes the three digits in the answer a CVV; an amount in the hundreds stays an amount', () => {
  const out = redactTranscript([
    seg('customer', 0, 4000, '他让我报卡背面的三位数 我就报了'),
    seg('agent', 4000, 6000, '您报了哪三位数'),
    seg('customer', 6000, 9000, '483 嗯就是这个'),
  ]);
  assert.equal(out.segments[2]!.text.includes('483'), false);
  assert.deepEqual(pii('这笔是三位数的金额 483元'), []);
});

test('"one" as a pronoun before a written card ("let me read the full one, 5200 …") is no digit joined to it; "one" among digit words still is', () => {
  assert.deepEqual(pii('His card ending, let me read the full one, 5200 8244 7719 2975, is on hold.'), [['bank_card', '5200 8244 7719 2975']]);
  assert.deepEqual(pii('My card number is four one one one one one one one one one one one one one one one.').map(([kind]) => kind), ['bank_card']);
});

test('a hesitation inside a number ("…零零四四，呃，一五三二…", ", uh,") joins it; one before a restart, or after "merchant", does not', () => {
  assert.deepEqual(pii('就是六二一七零零四四，呃，一五三二四三二四这张。'), [['bank_card', '六二一七零零四四，呃，一五三二四三二四']]);
  assert.deepEqual(pii('It is four five three two, uh, one one two two, um, three three four four, five five six six.').map(([kind]) => kind), ['bank_card']);
  // The caller began again: "七零八，嗯，七七零八" is a last four said twice, "四二, uh, 四二七" a code restarted.
  assert.deepEqual(pii('郑一鸣，后四位七零八，嗯，七七零八，卡尾号是一八六五。'), []);
  assert.deepEqual(pii("Hold on... it's four two, uh, four two seven, seven one nine."), []);
  assert.deepEqual(pii('Merchant eight nine eight three one zero, uh, six six two zero one.'), []);
});

test('an id\'s last four and a mobile after a comma ("0187，186 2290 4417"): the mobile is masked whole, not a landline made of both', () => {
  assert.deepEqual(pii('0187，186 2290 4417'), [['phone', '186 2290 4417']]);
  assert.deepEqual(pii('last four 0187, mobile 186 2290 4417'), [['phone', '186 2290 4417']]);
  // A landline alone is still one.
  assert.deepEqual(pii('座机0755 8888 1234'), [['phone', '0755 8888 1234']]);
});
