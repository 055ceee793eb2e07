/**
 * Classifies digit runs into PII kinds. Written digits are redacted only when they prove to be a
 * card (Luhn), an id (checksum) or a phone number, so amounts and order numbers stay readable;
 * spoken digit runs of seven or more are always redacted (an ASR rendering of a number read aloud is
 * almost always an account, card or id number), with the card/id/phone kind when it checks out.
 * Six or fewer spoken digits are a fragment used for verification (身份证后六位, "last four"), and a
 * spoken number announced as the bank's own reference (工单号, ticket number) is not personal data.
 */
import { cnIdValid, luhnValid } from './checksums.js';
import { digitRuns, type DigitRun } from './digit-runs.js';
import type { PiiKind, PiiSpan } from './types.js';

export const MIN_SPOKEN_DIGITS = 7;
/** Cheap pre-check: no written digit, Chinese numeral or English digit word means no PII to find. */
const MAYBE_DIGITS = /[0-9\uff10-\uff19零〇洞一二三四五六七拐八九勾幺两]|zero|oh|one|two|three|four|five|six|seven|eight|nine|\bo\b/i;
/** Longest number any classifier accepts (19-digit cards); bounds the sub-range search. */
const MAX_CLASSIFIED = 19;

/** A mainland mobile (11 digits from 13x–19x), optionally with its country code. */
const CN_MOBILE = /^(0086|86)?1[3-9]\d{9}$/;

/** Toll-free / business prefixes (CN 400/800, NANP 8xx) are not personal numbers. */
const BUSINESS_PREFIX = /^(400|800|833|844|855|866|877|888)/;

/** `nanp`: written as 1-xxx-xxx-xxxx, so a North American number even if it looks like a CN mobile. */
export function phoneKind(digits: string, plus: boolean, nanp = false, nanpShape = true): boolean {
  const n = digits.length;
  if (plus) return n >= 8 && n <= 15 && /^\d+$/.test(digits);
  if (nanp) return /^1[2-9]\d{2}[2-9]\d{6}$/.test(digits) && !BUSINESS_PREFIX.test(digits.slice(1));
  if (CN_MOBILE.test(digits)) return true;
  if (/^0\d{9,11}$/.test(digits)) return true; // CN landline with area code (010-12345678, 0755-…)
  // Hong Kong / Macau (852 / 853 + 8 digits) and Taiwan mobiles (886 9…) said with the country code but no "+".
  if (/^85[23][2-9]\d{7}$/.test(digits) || /^8869\d{8}$/.test(digits)) return true;
  if (nanpShape && /^1?[2-9]\d{2}[2-9]\d{6}$/.test(digits) && n >= 10) return !BUSINESS_PREFIX.test(digits.slice(n - 10)); // NANP
  return false;
}

/** Written North American numbers are grouped 3-3-4, 3-7 or 10 (with an optional leading 1). */
function nanpShaped(groups: number[]): boolean {
  const g = (groups[0] === 1 && groups.length > 1 ? groups.slice(1) : groups).join('-');
  return g === '3-3-4' || g === '3-7' || g === '10';
}

/** The PII kind a digit string proves to be, if any. `nanpShape`: grouped like a North American number. */
export function classifyDigits(digits: string, plus: boolean, nanp = false, nanpShape = true): PiiKind | undefined {
  const n = digits.length;
  if (n === 18 && cnIdValid(digits)) return 'cn_id';
  if (!plus && n >= 13 && n <= 19 && luhnValid(digits)) return 'bank_card';
  if (phoneKind(digits, plus, nanp, nanpShape)) return 'phone';
  return undefined;
}

/**
 * Written runs that do not classify as a whole are searched for group sub-ranges that do (a card
 * followed by its CVV, a phone number followed by an amount); longest first, non-overlapping.
 */
function writtenSpans(run: DigitRun, text: string, named: NamedNumber | undefined): PiiSpan[] {
  const nanp = run.groups.length >= 3 && run.groups[0]?.digits === '1' && run.digits.length === 11;
  const shape = run.groups.map((g) => g.digits.length);
  const whole = classifyDigits(run.digits, run.plus, nanp, nanpShaped(shape));
  if (whole) return [{ kind: whole, start: run.start, end: run.end }];
  const candidates: { kind: PiiKind; i: number; j: number; len: number; mobile: boolean }[] = [];
  for (let i = 0; i < run.groups.length; i++) {
    let digits = '';
    for (let j = i; j < run.groups.length; j++) {
      digits += run.groups[j]?.digits ?? '';
      if (digits.length > MAX_CLASSIFIED) break;
      if (i === 0 && j === run.groups.length - 1) continue; // the whole run, already tried
      const sub = run.groups.slice(i, j + 1).map((g) => g.digits.length);
      const kind = classifyDigits(digits, run.plus && i === 0, false, nanpShaped(sub));
      if (kind) candidates.push({ kind, i, j, len: digits.length, mobile: kind === 'phone' && CN_MOBILE.test(digits) });
    }
  }
  // Nothing inside checks out either: the whole run may still be a card or id with one digit misheard. Groups of four
  // are a card's print, whatever phone a misheard digit leaves inside ("4024 0071 8833 8434" holds "0071 8833 8434").
  const printedCard = cardGrouped(shape);
  const onlyPhones = candidates.every((c) => c.kind === 'phone');
  const misheard = candidates.length === 0 || (onlyPhones && printedCard) ? misheardKind(run, text, { card: printedCard, id: idGrouped(shape) }, named) : undefined;
  if (misheard) return [{ kind: misheard, start: run.start, end: run.end }];
  // Of two as long, a mobile's strict shape beats a landline's loose one: in "0187，186 2290 4417" (an id's last four, then the
  // phone) "0187 186 2290" only looks like a landline, and taking it would leave the real phone half unmasked.
  candidates.sort((a, b) => b.len - a.len || Number(b.mobile) - Number(a.mobile));
  const taken = new Set<number>();
  const out: PiiSpan[] = [];
  for (const c of candidates) {
    let free = true;
    for (let g = c.i; g <= c.j; g++) if (taken.has(g)) free = false;
    if (!free) continue;
    for (let g = c.i; g <= c.j; g++) taken.add(g);
    out.push({ kind: c.kind, start: c.i === 0 ? run.start : (run.groups[c.i]?.start ?? run.start), end: run.groups[c.j]?.end ?? run.end });
  }
  return out;
}

/**
 * Read aloud, 16-19 digits with a card's leading digit can only be a card (or the account behind
 * it), and 18 with a birth date in place an id: nobody reads out an order number digit by digit.
 */
function spokenKind(run: DigitRun, text: string, named: NamedNumber | undefined): PiiKind {
  const n = run.digits.length;
  if (n === 18 && cnIdValid(run.digits)) return 'cn_id';
  if (n >= 16 && n <= 19 && luhnValid(run.digits)) return 'bank_card';
  if (phoneKind(run.digits, run.plus)) return 'phone';
  return misheardKind(run, text, { card: true, id: true }, named) ?? 'spoken_digits';
}

/** Card numbers are printed and read in fours ("5412 7500 3118 4096"): the grouping itself names a card. */
export function cardGrouped(groups: number[]): boolean {
  if (groups.length < 4 || groups.length > 5) return false;
  return groups.every((n, i) => (i < groups.length - 1 ? n === 4 : n >= 1 && n <= 4));
}

/** Id numbers are written as region, birth date, sequence ("110105 19790418 3326", "510104 1972 0923 1548"). */
export function idGrouped(groups: number[]): boolean {
  const g = groups.join('-');
  return g === '6-8-4' || g === '6-4-4-4' || g === '6-8-3-1';
}

/** What the words around a number call it: in its own turn, or asked for in the turn before. */
export type NamedNumber = 'card' | 'id' | 'phone' | 'reference';

const CARD_NAMED = /(卡号|银行卡|信用卡|借记卡|储蓄卡|card number|card no|long number|number on the card)/i;
const ID_NAMED = /(身份证|证件号|id number|identity number|id card)/i;
/** Numbers the bank issues (customer, membership, policy, account numbers): an 8-digit answer to one is no local phone. */
const REFERENCE_NAMED = /(customer number|client number|member number|membership number|policy number|account number|reference number|客户号|客户编号|会员号|保单号)/i;

/**
 * A card or id number whose check digit fails: one misheard digit (ASR, a caller misreading) breaks
 * Luhn or MOD 11-2, yet the number is still personal data. It counts when its form says what it is:
 * 16-19 digits with a card's leading digit, grouped in fours or named as a card in the same turn;
 * 17 digits + X (or 18 digits named as an id) with a plausible birth date in positions 7-14.
 */
function misheardKind(run: DigitRun, text: string, shaped: { card: boolean; id: boolean }, named?: NamedNumber): PiiKind | undefined {
  const d = run.digits;
  const idNamed = shaped.id || named === 'id' || ID_NAMED.test(text);
  if (d.length === 18 && /^[1-8]\d{16}[\dX]$/.test(d) && (d.endsWith('X') || idNamed) && plausibleBirth(d)) return 'cn_id';
  if (/^[2-6]\d{15,18}$/.test(d) && (shaped.card || named === 'card' || CARD_NAMED.test(text))) return 'bank_card';
  return undefined;
}

/** Which number the text asks for or names last ("请报一下您的身份证号码" → the next answer is an id). */
export function namesLast(text: string): NamedNumber | undefined {
  const id = lastIndex(NAMED_SCANS.id, text);
  const card = lastIndex(NAMED_SCANS.card, text);
  const phone = lastIndex(NAMED_SCANS.phone, text);
  const reference = lastIndex(NAMED_SCANS.reference, text);
  const last = Math.max(id, card, phone, reference);
  if (last < 0) return undefined;
  return last === id ? 'id' : last === card ? 'card' : last === phone ? 'phone' : 'reference';
}

function plausibleBirth(id: string): boolean {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const PHONE_CONTEXT = /(phone|mobile|cell|number|call|reach|contact|whatsapp|电话|手机|号码|联系)/i;
/** Narrower, for what the turn before asked for ("card number" and "身份证号码" are not phones). */
const PHONE_NAMED = /(phone|mobile|cell|whatsapp|new number|contact number|contact no|电话|手机|联系方式|新号码|新的号码)/i;
/** Global copies for scanning every occurrence (lastIndex resets them), built once rather than per turn. */
const NAMED_SCANS = { id: new RegExp(ID_NAMED.source, 'gi'), card: new RegExp(CARD_NAMED.source, 'gi'), phone: new RegExp(PHONE_NAMED.source, 'gi'), reference: new RegExp(REFERENCE_NAMED.source, 'gi') };

/**
 * Eight-digit local numbers without a country code (Singapore and Hong Kong mobiles and landlines,
 * "9736 2148") and Indian mobiles ("98201 45567"): a phone only in their written shape and when this
 * turn or the one before talks about phoning.
 */
function localPhone(run: DigitRun, text: string, named: NamedNumber | undefined): boolean {
  const shape = run.groups.map((g) => g.digits.length).join('-');
  const local = /^[235689]\d{7}$/.test(run.digits) && (shape === '8' || shape === '4-4');
  const indian = /^[6-9]\d{9}$/.test(run.digits) && (shape === '10' || shape === '5-5');
  return (local || indian) && named !== 'reference' && (named === 'phone' || PHONE_CONTEXT.test(text));
}

/** Words that announce a card security code (CVV/CVC/CVN) in zh and en. */
const CVV_CONTEXT =
  /(cvv2?|cvc2?|cvn2?|security code|verification code|card code|code on the back|(?:numbers?|digits?|code) (?:on|at) the back|three[- ]digit number|on the back of (?:the|your|my) card|back of (?:the|your|my) card|three[- ]digit code|3[- ]digit code|安全码|校验码|卡验证码|卡片验证码|背面|背后那|后面那个三位|哪三位|那三位数|(?:three|3) (?:digits|numbers) on the back|the three (?:digits|numbers)|three on the back|thing on the back|后三位|末三位|签名栏)/gi;

/** Requests for other numbers: when one comes after the CVV words, the next answer is not a CVV. */
const OTHER_REQUEST = /(后四位|后六位|尾号|末四位|後四位|後六位|尾號|後四碼|手机号|身份证|证件号|出生|卡号|last four|ending in|ends in|ending with|date of birth|phone number|mobile number|card number|long number|postcode|zip code)/gi;

/** The words just before a run name it as another number (身份证后四位…, "last four are …"): it is not the CVV. */
const OTHER_NUMBER_BEFORE = new RegExp(`${OTHER_REQUEST.source}[^0-9\\uff10-\\uff19]{0,6}$`, 'i');

/** A number the bank issued (ticket, case, reference, a merchant's id: "Merchant eight nine eight three one zero, uh, six six two
 * zero one", a customer number: "customer number is eight eight two zero one four seven"), named just before a spoken run that is no
 * card or id. */
const REFERENCE_BEFORE =
  /(customer number|client number|member number|membership number|policy number|客户号|客户编号|会员号|保单号|工单号|工单编号|受理号|受理编号|流水号|订单号|案件号|投诉编号|编号|单号|户号|戶號|編號|單號|登记号|报案号|回执号|贷款账号|合同号|商户号|商户编号|缴费号|水费|电费|燃气|ticket|reference|case number|case no|claim number|complaint number|merchant(?: id| number| no\.?)?)[^0-9\uff10-\uff19]{0,12}$/i;

/** A number sent or dialled to ("forward the text to 7726"): a short code, not the card's security code. */
const SEND_TO_BEFORE = /\b(?:forward|text|send|call|dial|ring|report)(?: (?:it|this|that|them|the text|the message|the sms))? to\s*$/i;

function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

export function hasCvvContext(text: string): boolean {
  return lastIndex(CVV_CONTEXT, text) >= 0;
}

/** True when the last thing asked for in this text is the security code (it answers the next segment). */
export function asksForCvvLast(text: string): boolean {
  const cvv = lastIndex(CVV_CONTEXT, text);
  // "the three digit number we texted you just now" is a one-time code, not the card's.
  return cvv >= 0 && cvv > lastIndex(OTHER_REQUEST, text) && !SENT_CODE_AFTER.test(text.slice(cvv, cvv + 48));
}

/** A code the bank sent ("…number we texted you", "…code I've just sent"): a one-time passcode, not a CVV. */
const SENT_CODE_AFTER = /\b(?:we|i)(?:'ve| have)? (?:just )?(?:texted|sent|messaged)\b/i;

/** "the code is", "code's", just before a run. */
const CODE_IS_BEFORE = /\bcode(?:'s| is| was)?:?\s*$/i;

/** 3-4 digit runs near CVV context words (or anywhere early in the text when the context came just before it). */
function cvvSpans(text: string, runs: DigitRun[], contextBefore: boolean): PiiSpan[] {
  const contexts: { start: number; end: number }[] = [];
  CVV_CONTEXT.lastIndex = 0;
  for (let m = CVV_CONTEXT.exec(text); m; m = CVV_CONTEXT.exec(text)) contexts.push({ start: m.index, end: m.index + m[0].length });
  if (contexts.length === 0 && !contextBefore) return [];
  const out: PiiSpan[] = [];
  for (const run of runs) {
    if (run.digits.length < 3 || run.digits.length > 4) continue;
    if (OTHER_NUMBER_BEFORE.test(text.slice(Math.max(0, run.start - 16), run.start))) continue;
    if (SEND_TO_BEFORE.test(text.slice(Math.max(0, run.start - 24), run.start))) continue;
    // "2 8 4 H": the digits and letter that end an NRIC / MyKad, not a security code.
    if (/^ ?(?!I(?![A-Za-z]))[A-Z](?![A-Za-z])/.test(text.slice(run.end, run.end + 3))) continue;
    const near = contexts.some((c) => (run.start >= c.end && run.start - c.end <= 40) || (run.end <= c.start && c.start - run.end <= 20));
    // Asked for in the turn before, it is the answer early in this turn, or wherever it is called the code ("Third of April eighty-seven,
    // and the code is 218").
    const calledCode = CODE_IS_BEFORE.test(text.slice(Math.max(0, run.start - 16), run.start));
    if (near || (contextBefore && (run.start <= 40 || calledCode))) out.push({ kind: 'cvv', start: run.start, end: run.end });
  }
  return out;
}

/** `cvvContext` / `named`: the turn before asked for the security code / named a card or id number last. */
export function findPiiSpans(text: string, cvvContext: boolean, named?: NamedNumber): PiiSpan[] {
  if (text.length === 0 || !MAYBE_DIGITS.test(text)) return [];
  const runs = digitRuns(text);
  const spans: PiiSpan[] = [];
  for (const run of runs) {
    if (run.spoken) {
      if (run.digits.replace(/X$/, '').length < MIN_SPOKEN_DIGITS) continue;
      // "六五三七 一九八二年七月二十号": the last four are a year said with its date, not part of one number.
      if (/^\s*年/.test(text.slice(run.end, run.end + 3)) && run.digits.length - 4 < MIN_SPOKEN_DIGITS) continue;
      const kind = spokenKind(run, text, named);
      if ((kind === 'spoken_digits' || kind === 'phone') && REFERENCE_BEFORE.test(text.slice(Math.max(0, run.start - 24), run.start))) continue;
      // A spoken country code keeps its "plus" ("plus four four, seven seven double oh…").
      const plus = /\bplus\s+$/i.exec(text.slice(Math.max(0, run.start - 6), run.start));
      spans.push({ kind, start: run.start - (plus ? plus[0].length : 0), end: run.end });
    } else if (run.digits.length >= 7) {
      // "电费户号 0312 8867 4501" looks like a landline but is the utility's reference.
      const reference = REFERENCE_BEFORE.test(text.slice(Math.max(0, run.start - 24), run.start));
      const found = writtenSpans(run, text, named).filter((s) => !(reference && s.kind === 'phone'));
      if (found.length === 0 && !reference && localPhone(run, text, named)) found.push({ kind: 'phone', start: run.start, end: run.end });
      spans.push(...found);
    }
  }
  const covered = (s: { start: number; end: number }) => spans.some((p) => p.start < s.end && s.start < p.end);
  for (const c of cvvSpans(text, runs, cvvContext)) if (!covered(c)) spans.push(c);
  return spans.sort((a, b) => a.start - b.start);
}
