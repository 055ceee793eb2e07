/**
 * Text normalisation shared by rules and phrases: full-width ASCII → half-width, case folding,
 * curly quotes → straight, whitespace collapsed and removed between Chinese characters (ASR engines
 * often emit "我 们 不 保 证"). Every normalised character keeps the index of its source character so
 * evidence and PII spans point into the original text. Common traditional characters fold to
 * simplified (traditional.ts), so one Chinese phrase matches both scripts.
 */
import { toSimplified } from './traditional.js';

export interface Normalized {
  text: string;
  /** map[i] = index in the original of normalised character i; map[text.length] = original length. */
  map: number[];
}

/** The Chinese characters, as a regex class body (shared by the word windows in compile.ts). */
export const CJK_RANGE = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff〇';
const CJK = new RegExp(`[${CJK_RANGE}]`);

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  let out = ch;
  if (c >= 0xff01 && c <= 0xff5e) out = String.fromCharCode(c - 0xfee0);
  else if (c === 0x3000 || c === 0xa0) out = ' ';
  else if (c === 0x2018 || c === 0x2019) out = "'";
  else if (c === 0x201c || c === 0x201d) out = '"';
  else if (ch === '帐') return '账'; // 帐单 / 帐户: a common simplified variant of 账单 / 账户
  else if (c >= 0x4e00 && c <= 0x9fff) return toSimplified(ch);
  const lower = out.toLowerCase();
  // Keep one character per source character (a few letters lower-case to two, e.g. "İ").
  return lower.length === 1 ? lower : out;
}

export function normalize(input: string): Normalized {
  // Characters go to an array: indexing a string built with += flattens it each time (quadratic).
  const out: string[] = [];
  const map: number[] = [];
  let last = '';
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = foldChar(input[i] ?? '');
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || /\s/.test(ch)) {
      if (pendingSpace < 0 && out.length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (!(isCjk(last) && isCjk(ch))) {
        out.push(' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    out.push(ch);
    map.push(i);
    last = ch;
  }
  map.push(input.length);
  return { text: out.join(''), map };
}

/** Normalises a phrase the same way, without the index map. */
export function normalizePhrase(phrase: string): string {
  return normalize(phrase).text;
}

/** Words (Latin) in a stretch of normalised text. */
export function countWords(text: string): number {
  const m = text.match(/[a-z0-9']+/g);
  return m ? m.length : 0;
}

/** Characters that count for Chinese distance: everything but spaces and punctuation. */
export function countChars(text: string): number {
  const m = text.match(/[\p{L}\p{N}]/gu);
  return m ? m.length : 0;
}
