/**
 * How long each character of a transcript segment takes to say, in syllables, as a range
 * [low, high]. ASR segments carry no per-character timing, and characters are a poor clock: a
 * written card number "5312" is four characters but "five thousand three hundred and twelve" is
 * eight syllables, while "card" is four characters and one syllable. Where the reading is
 * ambiguous (digit by digit or as a quantity, a pause at a comma or none) the range holds both,
 * so a PII span's time can be bounded on the side that masks more.
 */

/** A Chinese character is one syllable (spoken digits 幺三八 included). */
const CJK_SYLLABLES = 1;
/** A pause at punctuation takes between nothing and about one syllable. */
const PAUSE_HIGH = 1;

/** Syllables of each digit read out on its own. */
const EN_DIGIT_SYLLABLES = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1]; // zero one two three four five six seven eight nine
const EN_TEENS_SYLLABLES = [1, 2, 1, 2, 2, 2, 2, 3, 2, 2]; // ten eleven twelve thirteen … nineteen
const EN_TENS_SYLLABLES = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // — — twenty thirty forty fifty sixty seventy eighty ninety
const EN_HUNDRED = 2;
const EN_THOUSAND = 2;
/** espeak and British speakers say "three hundred and twelve". */
const EN_AND = 1;

/** Written digit groups longer than this are read digit by digit (or in chunks no longer than digits). */
const MAX_QUANTITY_DIGITS = 4;

export interface SyllableRange {
  low: number;
  high: number;
}

function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2fa1f);
}

function digitValue(c: number): number | undefined {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return undefined;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

const isSpace = (ch: string) => /\s/.test(ch);

/** Vowel groups, less a silent final e ("five", "nine"), at least one. */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase();
  let groups = (w.match(/[aeiouyàâäéèêëîïôöûüæœ]+/g) ?? []).length;
  if (groups > 1 && /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) groups -= 1;
  return Math.max(1, groups);
}

/** "5312" in English words: five thousand three hundred and twelve. */
function englishQuantitySyllables(digits: number[]): number {
  let n = Number(digits.join(''));
  if (n === 0) return EN_DIGIT_SYLLABLES[0] as number;
  let s = 0;
  const thousands = Math.floor(n / 1000);
  if (thousands > 0) s += (EN_DIGIT_SYLLABLES[thousands] as number) + EN_THOUSAND;
  n %= 1000;
  const hundreds = Math.floor(n / 100);
  if (hundreds > 0) s += (EN_DIGIT_SYLLABLES[hundreds] as number) + EN_HUNDRED;
  n %= 100;
  if (n > 0 && s > 0) s += EN_AND;
  if (n >= 20) s += (EN_TENS_SYLLABLES[Math.floor(n / 10)] as number) + (n % 10 ? (EN_DIGIT_SYLLABLES[n % 10] as number) : 0);
  else if (n >= 10) s += EN_TEENS_SYLLABLES[n - 10] as number;
  else if (n > 0) s += EN_DIGIT_SYLLABLES[n] as number;
  return s;
}

/** "5312" in Chinese: 五千三百一十二 — each non-zero digit with its unit, a run of zeros as one 零. */
function chineseQuantitySyllables(digits: number[]): number {
  let s = 0;
  let zeroPending = false;
  digits.forEach((d, i) => {
    const unit = digits.length - 1 - i > 0 ? 1 : 0;
    if (d === 0) {
      zeroPending = s > 0;
      return;
    }
    s += (zeroPending ? 1 : 0) + 1 + unit;
    zeroPending = false;
  });
  return Math.max(1, s);
}

/** A written group of digits: low is the quicker reading, high the slower, digit by digit or as a quantity. */
function digitGroupRange(digits: number[], chinese: boolean): SyllableRange {
  const oneByOne = chinese ? digits.map(() => 1) : digits.map((d) => EN_DIGIT_SYLLABLES[d] as number);
  const byDigit = oneByOne.reduce((a, b) => a + b, 0);
  // "0" may be read "oh" (one syllable) in English.
  const quickest = chinese ? byDigit : byDigit - digits.filter((d) => d === 0).length;
  if (digits.length > MAX_QUANTITY_DIGITS) return { low: quickest, high: byDigit };
  const quantity = chinese ? chineseQuantitySyllables(digits) : englishQuantitySyllables(digits);
  return { low: Math.min(quickest, quantity), high: Math.max(byDigit, quantity) };
}

/** A word of letters: its vowel groups; an acronym ("CVV", "ID") may be spelled letter by letter. */
function wordRange(word: string): SyllableRange {
  const s = englishSyllables(word);
  const spelled = word.length <= 5 && word === word.toUpperCase() && word !== word.toLowerCase() ? word.length : s;
  return { low: s, high: Math.max(s, spelled) };
}

/**
 * Per-character syllable ranges of `text` (UTF-16 indices). A token's syllables are spread evenly
 * over its characters so any span, even one cutting a token, gets its share.
 */
export function syllableWeights(text: string): { low: Float64Array; high: Float64Array } {
  const low = new Float64Array(text.length);
  const high = new Float64Array(text.length);
  let chinese = false;
  for (let i = 0; i < text.length && !chinese; i++) chinese = isCjk(text.codePointAt(i) as number);
  const spread = (start: number, end: number, r: SyllableRange) => {
    for (let k = start; k < end; k++) {
      low[k] = r.low / (end - start);
      high[k] = r.high / (end - start);
    }
  };
  let i = 0;
  while (i < text.length) {
    const c = text.codePointAt(i) as number;
    const width = c > 0xffff ? 2 : 1;
    if (digitValue(c) !== undefined) {
      let j = i;
      const digits: number[] = [];
      for (let d = digitValue(c); d !== undefined; d = digitValue(text.charCodeAt(j))) {
        digits.push(d);
        j++;
      }
      spread(i, j, digitGroupRange(digits, chinese));
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < text.length && (isLetter(text.charCodeAt(j)) || text[j] === "'" || text[j] === '’')) j++;
      spread(i, j, wordRange(text.slice(i, j)));
      i = j;
    } else if (isCjk(c)) {
      spread(i, i + width, { low: CJK_SYLLABLES, high: CJK_SYLLABLES });
      i += width;
    } else {
      spread(i, i + width, { low: 0, high: isSpace(text[i] as string) ? 0 : PAUSE_HIGH });
      i += width;
    }
  }
  return { low, high };
}

/** Running totals: prefix[k] is the weight of characters [0, k). */
function prefixSums(a: Float64Array): Float64Array {
  const out = new Float64Array(a.length + 1);
  for (let k = 0; k < a.length; k++) out[k + 1] = (out[k] as number) + (a[k] as number);
  return out;
}

/**
 * For one text, bounds on where characters [start, end) are spoken, as fractions of the text's
 * duration: the earliest start (least before the span, most from it on) and the latest end (most
 * up to its end, least after). The weights are summed once, so each span costs O(1). Text with no
 * spoken weight at all falls back to the character share.
 */
export function spokenFractionBounds(text: string): (start: number, end: number) => { from: number; to: number } {
  const weights = syllableWeights(text);
  const low = prefixSums(weights.low);
  const high = prefixSums(weights.high);
  const n = text.length;
  const at = (p: Float64Array, k: number) => p[Math.max(0, Math.min(n, k))] as number;
  return (start, end) => {
    const before = { low: at(low, start), high: at(high, start) };
    const span = at(high, end) - at(high, start);
    const after = { low: at(low, n) - at(low, end), high: at(high, n) - at(high, end) };
    const earliest = before.low + span + after.high;
    const latest = before.high + span + after.low;
    if (earliest <= 0 || latest <= 0) return { from: start / Math.max(1, n), to: end / Math.max(1, n) };
    return { from: before.low / earliest, to: (before.high + span) / latest };
  };
}
