/**
 * Finds runs of digits in text, whether written (６２２２, full-width included) or spoken
 * ("六二二二", "幺三八", "four five six", "double five", "oh"), so one classifier can judge cards,
 * ids and phone numbers however the ASR rendered them.
 */

/** One digit-bearing token: its span in the text and the digits it stands for. */
interface DigitToken {
  start: number;
  end: number;
  digits: string;
  spoken: boolean;
}

export interface DigitRun {
  start: number;
  end: number;
  /** ASCII digits (and a final "X" for an id number). */
  digits: string;
  /** True when any token was spoken (words or Chinese numerals). */
  spoken: boolean;
  /** A "+" directly before the run (international phone format). */
  plus: boolean;
  /** Tokens grouped by separators: written "6222 0202" has two groups; sub-ranges are tried on these. */
  groups: { start: number; end: number; digits: string }[];
}

/** Includes the radio readings people use for phone and card numbers: 幺 1, 两 2, 拐 7, 勾 9, 洞 0. */
const ZH_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 洞: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 拐: '7',
  八: '8', 九: '9', 勾: '9',
};
const EN_DIGITS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
/**
 * ASR writes a digit as its homophone ("eight for one one"): read as a digit only between two digit words.
 * Not "to": "five to seven working days" is a range.
 */
const EN_HOMOPHONES: Record<string, string> = { for: '4', ate: '8' };
const REPEAT: Record<string, number> = { double: 2, triple: 3 };
/** "seventy nine" is a number said as a quantity (a year, an age), not two digits read out. */
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand']);
/** "one" after these is the pronoun ("let me read the full one, 5200 8244 …", "this one"), not a digit to join to a number. */
const ONE_AS_PRONOUN_AFTER = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'another', 'other', 'new', 'old', 'full', 'same', 'right', 'wrong', 'first', 'last', 'any']);
/** Characters allowed between digits of one run (at most MAX_SEP in a row). */
const SEPARATORS = new Set([' ', '\t', '-', '－', '—', ',', '，', '、', '\u3000', '(', ')', '（', '）', '/', '／']);
const MAX_SEP = 3;
/**
 * Hesitations said in the middle of a number ("六二一七零零四四，呃，一五三二四三二四", "four five, uh, six two"): they join
 * the digits around them like a separator, and restart the separator count, so ", uh, " is not too long a gap. A hesitation
 * followed by the digit its stretch of the number began with is a restart ("七零八，嗯，七七零八", "four two, uh, four two seven"):
 * the caller began again, so the two are not one number.
 */
const ZH_FILLERS = new Set(['呃', '嗯']);
const EN_FILLERS = new Set(['uh', 'uhh', 'um', 'umm', 'uhm', 'er', 'erm']);

/** The Latin word after the spaces (or a hyphen: "double-oh") at `from` (lower-cased) and where it ends, or undefined. */
function nextWord(text: string, from: number): { word: string; end: number } | undefined {
  const m = /^(?:[ \t]+|-)([A-Za-z]+)/.exec(text.slice(from, from + 12));
  return m ? { word: (m[1] ?? '').toLowerCase(), end: from + m[0].length } : undefined;
}

/** The sentence that ends at `end` ends in exactly four English digit words (one spoken card group). */
function spokenGroupOfFour(text: string, end: number): boolean {
  const from = Math.max(0, end - 80);
  const head = text.slice(from, end);
  const sentence = head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf('?'), head.lastIndexOf('!')) + 1);
  const words = sentence.toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-5);
  const digit = (w: string | undefined) => w !== undefined && EN_DIGITS[w] !== undefined;
  return words.length >= 4 && words.slice(-4).every(digit) && !(words.length === 5 && digit(words[0]));
}

/** Full-width digits → ASCII; anything else → undefined. */
export function asciiDigit(ch: string): string | undefined {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return ch;
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  return undefined;
}

function isLatin(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019;
}

/** Tokenises the text into digit tokens and "breaks" (anything else that is not a separator). */
function* tokens(text: string): Generator<DigitToken | { break: true; at: number } | { sep: true; at: number; filler?: true }> {
  let i = 0;
  let prevWord = '';
  // Digits in the current run: "hundred" inside a run read digit by digit is two zeros ("oh seven seven hundred").
  let runDigits = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const d = asciiDigit(ch);
    if (d !== undefined) {
      yield { start: i, end: i + 1, digits: d, spoken: false };
      runDigits++;
      i++;
      continue;
    }
    // ASR writes 幺 as 要 ("九要三四"): a digit only between two spoken digits.
    const zhDigit = ZH_DIGITS[ch] ?? (ch === '要' && ZH_DIGITS[text[i - 1] ?? ''] !== undefined && ZH_DIGITS[text[i + 1] ?? ''] !== undefined ? '1' : undefined);
    if (zhDigit !== undefined) {
      yield { start: i, end: i + 1, digits: zhDigit, spoken: true };
      runDigits++;
      i++;
      continue;
    }
    if (ZH_FILLERS.has(ch)) {
      yield { sep: true, at: i, filler: true };
      i++;
      continue;
    }
    if (isLatin(ch)) {
      let j = i;
      while (j < text.length && isLatin(text[j])) j++;
      const word = text.slice(i, j).toLowerCase();
      if (EN_FILLERS.has(word)) {
        yield { sep: true, at: i, filler: true };
        i = j;
        continue;
      }
      const rep = REPEAT[word];
      if (rep !== undefined) {
        // "double five": the repeat word binds to the next digit word only.
        const m = nextWord(text, j);
        const next = m ? EN_DIGITS[m.word] : undefined;
        if (m && next !== undefined) {
          const end = m.end;
          yield { start: i, end, digits: next.repeat(rep), spoken: true };
          runDigits += rep;
          i = end;
          continue;
        }
      }
      const between = EN_HOMOPHONES[word] !== undefined && EN_DIGITS[prevWord] !== undefined && EN_DIGITS[nextWord(text, j)?.word ?? ''] !== undefined;
      const phoneHundred = word === 'hundred' && EN_DIGITS[prevWord] !== undefined && runDigits >= 3;
      const pronoun = word === 'one' && ONE_AS_PRONOUN_AFTER.has(prevWord);
      const dig = phoneHundred ? '00' : TENS.has(prevWord) || pronoun ? undefined : between ? EN_HOMOPHONES[word] : EN_DIGITS[word];
      if (dig !== undefined) {
        yield { start: i, end: j, digits: dig, spoken: true };
        runDigits += dig.length;
      } else {
        yield { break: true, at: i };
        runDigits = 0;
      }
      prevWord = word;
      i = j;
      continue;
    }
    // ASR ends a "sentence" after each spoken group of a card ("Four seven zero three. Seven five six five."):
    // a full stop after four digit words, before another, separates groups of one number ("…nine three six.
    // Five nine three six", a correction, stays two runs).
    const spokenStop = ch === '.' && EN_DIGITS[nextWord(text, i + 1)?.word ?? ''] !== undefined && spokenGroupOfFour(text, i);
    if (ch !== ' ' && ch !== '-') prevWord = '';
    if (SEPARATORS.has(ch) || spokenStop || (ch === '.' && asciiDigit(text[i - 1] ?? '') && asciiDigit(text[i + 1] ?? ''))) {
      yield { sep: true, at: i };
    } else {
      yield { break: true, at: i };
      runDigits = 0;
    }
    i++;
  }
}

/** All maximal digit runs in the text, in order. */
export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let cur: DigitRun | undefined;
  let seps = 0;
  let groupOpen = false;
  // The first digit of the run, or of its stretch since the last hesitation, and whether a hesitation came since (restarts, above).
  let stretchFirst = '';
  let afterFiller = false;
  const close = () => {
    if (cur) runs.push(cur);
    cur = undefined;
  };
  for (const t of tokens(text)) {
    if ('break' in t) {
      // A trailing X completes an 18-character id ("…123X"; spoken "…一二三叉", full-width "…123Ｘ").
      if (cur && seps <= 1 && /[Xx叉Ｘｘ]/.test(text[t.at] ?? '') && !isLatin(text[t.at + 1]) && cur.digits.length === 17) {
        cur.digits += 'X';
        cur.end = t.at + 1;
        const g = cur.groups[cur.groups.length - 1];
        if (g) {
          g.digits += 'X';
          g.end = t.at + 1;
        }
      }
      close();
      seps = 0;
      afterFiller = false;
      continue;
    }
    if ('sep' in t) {
      if (cur && t.filler) {
        seps = 0;
        groupOpen = false;
        afterFiller = true;
      } else if (cur) {
        seps++;
        groupOpen = false;
        if (seps > MAX_SEP) {
          close();
          seps = 0;
        }
      }
      continue;
    }
    if (cur && afterFiller && t.digits[0] === stretchFirst) {
      close();
      seps = 0;
    }
    if (!cur || afterFiller) stretchFirst = t.digits[0] ?? '';
    afterFiller = false;
    if (!cur) {
      const before = text[t.start - 1] ?? '';
      const plus = before === '+' || before === '＋';
      // The span keeps a leading "+" or "(" so "(415) 555-0132" is masked whole.
      const start = plus || before === '(' || before === '（' ? t.start - 1 : t.start;
      cur = { start, end: t.end, digits: '', spoken: false, plus, groups: [] };
      groupOpen = false;
    }
    cur.digits += t.digits;
    cur.end = t.end;
    cur.spoken ||= t.spoken;
    const g = cur.groups[cur.groups.length - 1];
    // Written digits without separators form one group; every spoken word is its own group.
    if (g && groupOpen && !t.spoken && seps === 0) {
      g.digits += t.digits;
      g.end = t.end;
    } else {
      cur.groups.push({ start: t.start, end: t.end, digits: t.digits });
    }
    groupOpen = !t.spoken;
    seps = 0;
  }
  close();
  return runs;
}
