/**
 * Turns a MatchSpec into a matcher over one segment. Phrases become one alternation per list
 * (longest first), Latin phrases get word boundaries, Chinese phrases match as substrings. Matches
 * are found on normalised text and reported in original-text indices.
 */
import { findPii } from '../redaction/index.js';
import type { PiiKind } from '../redaction/index.js';
import { CJK_RANGE, countChars, countWords, hasCjk, normalize, normalizePhrase, type Normalized } from './normalize.js';
import type { CueSpec, MatchSpec, NegationSpec, ProximitySpec } from './types.js';

/** Matches per list per segment: bounds the proximity pairing on hostile, repetitive text. */
const MAX_MATCHES = 100;
const MAX_CLAUSE = 200;
const REGEX_WINDOW = 4000;
const REGEX_OVERLAP = 400;
const CLAUSE_END = /[,.!?;:，。！？；：]/;
const SENTENCE_END = /[.!?;。！？；]/;
/** Every sentence end, for `excludeScope: 'sentence'` (a decimal point is none: "4.1%"). */
const SENTENCE_ENDS = /[!?;。！？；]|\.(?!\d)/g;

export interface PreparedSegment {
  text: string;
  norm: Normalized;
  /** Clause ends that only a space marks (spacedCjkJoins): a property of the segment, shared by every spec. */
  joins: Set<number>;
}

export function prepare(text: string): PreparedSegment {
  const norm = normalize(text);
  return { text, norm, joins: spacedCjkJoins(norm, text) };
}

/** A match in normalised coordinates; gap = the stretch between two proximity anchors. */
interface NormMatch {
  start: number;
  end: number;
  gap?: [number, number];
  /** A cue-family match spans several cues; only the cues themselves are "the match" for exclusions. */
  parts?: { start: number; end: number }[];
}

/** A match in original-text coordinates. */
export interface TextMatch {
  start: number;
  end: number;
}

export interface CompiledSpec {
  find(seg: PreparedSegment): TextMatch[];
  /** True when any of the rule's words occurs (a phrase, regex, either proximity anchor), judged or not. */
  mentions(seg: PreparedSegment): boolean;
}

/**
 * Between the words of a Latin phrase: spaces or commas, and up to two fillers or intensifiers
 * ("anybody with actual authority", "not really happy", "close my, um, account").
 */
const FILLERS = ['actual', 'actually', 'really', 'real', 'just', 'even', 'truly', 'genuinely', 'honestly', 'seriously', 'literally', 'um', 'uh', 'erm', 'uhm', 'ah'];
const WORD_GAP = `[\\s,-]+(?:(?:${FILLERS.join('|')})[\\s,-]+){0,2}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const latin = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

/** Chinese character → regex class of the characters an ASR engine confuses it with (pack `homophones`). */
export type Confusions = Map<string, string>;

export function confusionsOf(homophones: string[] | undefined): Confusions {
  const out: Confusions = new Map();
  for (const set of homophones ?? []) {
    const chars = [...new Set([...normalizePhrase(set)].filter((c) => hasCjk(c)))];
    for (const c of chars) out.set(c, [...new Set([...(out.get(c) ?? c), ...chars])].join(''));
  }
  for (const [c, cls] of out) out.set(c, `[${cls}]`);
  return out;
}

/** A phrase as regex units (one per character, word gap, wildcard or boundary), so phrases can share prefixes. */
export function phraseUnits(phrase: string, confusions?: Confusions): string[] {
  const p = normalizePhrase(phrase);
  const units: string[] = [];
  if (latin(p[0])) units.push('(?<![a-z0-9])');
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] ?? '';
    // "*" right after a Latin letter is a word-ending wildcard ("switch* banks", "guarantee*").
    if (ch === '*' && latin(p[i - 1])) units.push("[a-z0-9']*");
    else units.push(ch === ' ' ? WORD_GAP : (confusions?.get(ch) ?? escape(ch)));
  }
  if (latin(p[p.length - 1])) units.push('(?![a-z0-9])');
  return units;
}

interface Trie {
  next: Map<string, Trie>;
  end: boolean;
  depth: number;
}

/**
 * One alternation of thousands of phrases is tried at every position of the text; a prefix tree of
 * them ("how much…|how many…" → "how (?:much…|many…)") is tried once per distinct prefix.
 * Longer continuations come first and an ending is optional, so the longest phrase still wins.
 */
function trieSource(node: Trie): string {
  const kids = [...node.next.entries()].sort((a, b) => b[1].depth - a[1].depth).map(([unit, child]) => unit + trieSource(child));
  if (kids.length === 0) return '';
  const body = kids.length === 1 ? kids[0]! : `(?:${kids.join('|')})`;
  if (!node.end) return body;
  return kids.length === 1 ? `(?:${body})?` : `${body}?`;
}

/** Expands "@name" lexicon references; unknown names were rejected when the pack was parsed. */
export function expand(phrases: string[], lexicon: Record<string, string[]>): string[] {
  return phrases.flatMap((p) => (p.startsWith('@') ? (lexicon[p.slice(1)] ?? []) : [p])).filter((p) => p.trim() !== '');
}

export function phraseRegex(phrases: string[], confusions?: Confusions): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const root: Trie = { next: new Map(), end: false, depth: 0 };
  for (const phrase of phrases) {
    const units = phraseUnits(phrase, confusions);
    if (units.length === 0) continue;
    let node = root;
    node.depth = Math.max(node.depth, units.length);
    units.forEach((unit, i) => {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), end: false, depth: 0 }));
      child.depth = Math.max(child.depth, units.length - i - 1);
      node = child;
    });
    node.end = true;
  }
  return new RegExp(trieSource(root), 'g');
}

function allMatches(re: RegExp, text: string): NormMatch[] {
  const out: NormMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_MATCHES; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

interface CompiledNear {
  a: RegExp;
  b: RegExp;
  spec: ProximitySpec;
}

function nearMatches(n: CompiledNear, text: string): NormMatch[] {
  const as = allMatches(n.a, text);
  if (as.length === 0) return [];
  const bs = allMatches(n.b, text);
  const out: NormMatch[] = [];
  for (const a of as) {
    for (const b of bs) {
      if (n.spec.ordered && b.start < a.start) continue;
      const [first, second] = a.start <= b.start ? [a, b] : [b, a];
      const gapStart = Math.min(first.end, second.start);
      if (second.start - gapStart > MAX_CLAUSE) continue; // far apart: no need to count
      const gap = text.slice(gapStart, second.start);
      if (SENTENCE_END.test(gap)) continue;
      const cjk = hasCjk(text.slice(a.start, a.end)) || hasCjk(text.slice(b.start, b.end));
      const ok = cjk ? countChars(gap) <= (n.spec.withinChars ?? n.spec.within * 2) : countWords(gap) <= n.spec.within;
      if (ok) out.push({ start: first.start, end: Math.max(first.end, second.end), gap: [gapStart, second.start] });
    }
  }
  return out;
}

interface CompiledNegation {
  before?: RegExp;
  after?: RegExp;
  ignore?: RegExp;
  breaks?: RegExp;
  through?: RegExp;
  window: number;
  windowChars: number;
}

function compileNegation(spec: NegationSpec | undefined, lexicon: Record<string, string[]>, conf: Confusions): CompiledNegation | undefined {
  if (!spec) return undefined;
  return {
    before: phraseRegex(expand(spec.before ?? [], lexicon), conf),
    after: phraseRegex(expand(spec.after ?? [], lexicon), conf),
    ignore: phraseRegex(expand(spec.ignore ?? [], lexicon), conf),
    breaks: phraseRegex(expand(spec.breaks ?? [], lexicon), conf),
    through: phraseRegex(expand(spec.through ?? [], lexicon), conf),
    window: spec.window ?? 4,
    windowChars: spec.windowChars ?? 6,
  };
}

/** Start of the window that holds the last `words` words (or `chars` characters for Chinese) before `end`. */
function windowBack(text: string, from: number, end: number, cjk: boolean, words: number, chars: number): number {
  if (cjk) return Math.max(from, end - chars);
  let i = end;
  let seen = 0;
  while (i > from) {
    while (i > from && !latin(text[i - 1]) && !hasCjk(text[i - 1] ?? '')) i--;
    if (i === from) break;
    while (i > from && (latin(text[i - 1]) || text[i - 1] === "'")) i--;
    if (hasCjk(text[i - 1] ?? '')) i--;
    if (++seen >= words) break;
  }
  return i;
}

/** Forward window of a Latin match: words, each Chinese character counting as one (as windowBack counts them). */
const FORWARD_WORDS = new Map<number, RegExp>();

function windowForward(text: string, start: number, to: number, cjk: boolean, words: number, chars: number): number {
  if (cjk) return Math.min(to, start + chars);
  // "…fixed deposit一样安全": Chinese after a Latin match must count, or the window after it is empty.
  let re = FORWARD_WORDS.get(words);
  if (!re) FORWARD_WORDS.set(words, (re = new RegExp(`^(?:[^a-z0-9${CJK_RANGE}]*(?:[a-z0-9']+|[${CJK_RANGE}])){0,${words}}`)));
  const m = re.exec(text.slice(start, to));
  return start + (m ? m[0].length : 0);
}

/** How far before a negation window an ignored phrase may start and still hide a cue inside the window. */
const LEAD_CHARS = 4;

/**
 * True when a cue occurs in the region with no scope break ("就", "but", "i'll") between it and the region's end.
 * `endsClause(cueEnd)`: the cue closes its own clause, so it negates nothing after it.
 */
function hasCue(re: RegExp | undefined, region: string, ignore: RegExp | undefined, breaks?: RegExp, endsClause?: (cueEnd: number) => boolean, lead = ''): boolean {
  if (!re || region === '') return false;
  // An ignored phrase ("不过", "不错") hides the cues inside it, not a longer cue that holds it ("不过算了").
  // `lead` is the text just before the window: an ignored phrase may start there ("登|不上 我真的是受够了").
  const ignored = ignore ? allMatches(ignore, region) : [];
  if (ignore && lead) for (const x of allMatches(ignore, lead + region)) ignored.push({ start: x.start - lead.length, end: x.end - lead.length });
  const cleaned = ignore ? region.replace(ignore, (s) => ' '.repeat(s.length)) : region;
  for (const cue of allMatches(re, region)) {
    if (ignored.some((x) => x.start <= cue.start && cue.end <= x.end)) continue;
    if (endsClause?.(cue.end)) continue;
    if (!breaks) return true;
    breaks.lastIndex = 0;
    if (!breaks.test(cleaned.slice(cue.end))) return true;
  }
  return false;
}

/**
 * Positions of `norm` where the original text had a space between two Chinese characters. Normalisation
 * removes those spaces (ASR engines put them anywhere inside words), but in unpunctuated ASR text they
 * are also the only mark of a clause end: "结果啥也没有 你让你们领导来", "不是 我要投诉".
 */
export function spacedCjkJoins(norm: Normalized, original: string): Set<number> {
  const out = new Set<number>();
  const { text, map } = norm;
  for (let i = 1; i < text.length; i++) {
    const a = map[i - 1]!;
    const b = map[i]!;
    if (b - a > 1 && hasCjk(text[i - 1]!) && hasCjk(text[i]!) && /^\s+$/u.test(original.slice(a + 1, b))) out.add(i);
  }
  return out;
}

/**
 * Whether the match is negated. `joins` (spacedCjkJoins): a Chinese negation right before such a space, or
 * one character (its verb) before it, closes its clause ("啥也没有 | 你让你们领导来", "连问都不问 | 我真是服了")
 * and does not reach the match.
 */
function isNegated(text: string, m: NormMatch, neg: CompiledNegation, joins?: Set<number>): boolean {
  // Clauses are searched only MAX_CLAUSE characters around the match (hostile unpunctuated text).
  const floor = Math.max(0, m.start - MAX_CLAUSE);
  let clauseStart = m.start;
  while (clauseStart > floor && !CLAUSE_END.test(text[clauseStart - 1] ?? '')) clauseStart--;
  const ceiling = Math.min(text.length, m.end + MAX_CLAUSE);
  let clauseEnd = m.end;
  while (clauseEnd < ceiling && !CLAUSE_END.test(text[clauseEnd] ?? '')) clauseEnd++;
  const cjk = hasCjk(text.slice(m.start, m.end));
  let from = windowBack(text, clauseStart, m.start, cjk, neg.window, neg.windowChars);
  // A governing verb ("保证", "promise") in the window carries a negation before it ("没办法跟您保证…").
  const governing = neg.through ? allMatches(neg.through, text.slice(from, m.start))[0] : undefined;
  if (governing) from = windowBack(text, clauseStart, from + governing.start, cjk, neg.window + 2, neg.windowChars + 4);
  const gap = m.gap ? ` ${text.slice(m.gap[0], m.gap[1])}` : '';
  const endsClause = joins?.size
    ? (cueEnd: number) => from + cueEnd < m.start && (joins.has(from + cueEnd) || joins.has(from + cueEnd + 1))
    : undefined;
  const lead = text.slice(Math.max(clauseStart, from - LEAD_CHARS), from);
  if (hasCue(neg.before, text.slice(from, m.start) + gap, neg.ignore, neg.breaks, endsClause, lead)) return true;
  const to = windowForward(text, m.end, clauseEnd, cjk, neg.window, neg.windowChars);
  return hasCue(neg.after, text.slice(m.end, to), neg.ignore);
}

interface CompiledCues {
  families: RegExp[];
  min: number;
}

function compileCues(spec: CueSpec, lexicon: Record<string, string[]>, conf: Confusions): CompiledCues {
  const families = spec.families.map((f) => phraseRegex(expand(f, lexicon), conf)).filter((r): r is RegExp => r !== undefined);
  return { families, min: spec.min ?? 2 };
}

/** One match spanning the cues when at least `min` families have a cue that is not negated. */
function cueMatches(c: CompiledCues, text: string, neg: CompiledNegation | undefined, joins?: Set<number>): NormMatch[] {
  const spans: NormMatch[] = [];
  let familiesSeen = 0;
  for (const re of c.families) {
    const ms = allMatches(re, text).filter((m) => !neg || !isNegated(text, m, neg, joins));
    if (ms.length > 0) familiesSeen++;
    spans.push(...ms);
  }
  if (familiesSeen < c.min) return [];
  return [{ start: Math.min(...spans.map((m) => m.start)), end: Math.max(...spans.map((m) => m.end)), parts: spans }];
}

/** Where each sentence of `text` ends. */
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_ENDS)].map((e) => e.index ?? 0);
}

/** Where the sentence holding `at` begins in `text`: a notice is given when its sentence starts, not at its key word. */
export function sentenceStart(text: string, at: number): number {
  const before = sentenceEnds(text).filter((e) => e < at);
  return before.length > 0 ? before[before.length - 1]! + 1 : 0;
}

/** Whether two spans of `text` lie in the same sentence. */
function sentenceOf(text: string): (x: NormMatch, m: NormMatch) => boolean {
  const ends = sentenceEnds(text);
  const index = (at: number) => ends.filter((e) => e < at).length;
  return (x, m) => index(x.start) === index(m.start);
}

/** Whether a match shares its sentence with a keeper (not negated): "Your service has been shocking." */
function keepers(
  text: string,
  keep: RegExp,
  negation: CompiledNegation | undefined,
  joins: Set<number>,
  sameSentence: (x: NormMatch, m: NormMatch) => boolean,
): (m: NormMatch) => boolean {
  const found = allMatches(keep, text).filter((k) => !negation || !isNegated(text, k, negation, joins));
  return (m) => found.some((k) => sameSentence(k, m));
}

/** Merges overlapping matches, in order. */
function merge<T extends { start: number; end: number }>(ms: T[]): T[] {
  const sorted = [...ms].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: T[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

/** `confusions` (from the pack's `homophones`) widens Chinese phrase characters to their ASR look-alikes. */
export function compileSpec(spec: MatchSpec, lexicon: Record<string, string[]>, confusions: Confusions = new Map()): CompiledSpec {
  const phrases = phraseRegex(expand(spec.phrases ?? [], lexicon), confusions);
  const regexes = (spec.regex ?? []).map((r) => new RegExp(r, 'gu'));
  // Author regexes run on bounded windows so even a quadratic pattern stays cheap on a hostile segment.
  const regexMatches = (re: RegExp, t: string): NormMatch[] => {
    if (t.length <= REGEX_WINDOW) return allMatches(re, t);
    const out: NormMatch[] = [];
    for (let from = 0; from < t.length && out.length < MAX_MATCHES; from += REGEX_WINDOW - REGEX_OVERLAP) {
      for (const m of allMatches(re, t.slice(from, from + REGEX_WINDOW))) out.push({ start: m.start + from, end: m.end + from });
    }
    return out;
  };
  const near: CompiledNear[] = [];
  for (const n of spec.near ?? []) {
    const a = phraseRegex(expand(n.a, lexicon), confusions);
    const b = phraseRegex(expand(n.b, lexicon), confusions);
    if (a && b) near.push({ a, b, spec: n });
  }
  const negation = compileNegation(spec.negation, lexicon, confusions);
  const cues = (spec.cues ?? []).map((c) => compileCues(c, lexicon, confusions));
  const exclude = phraseRegex(expand(spec.excludeInSegment ?? [], lexicon), confusions);
  const keep = phraseRegex(expand(spec.keepInSentence ?? [], lexicon), confusions);
  const excludeNegation = spec.excludeNegation ? compileNegation(spec.excludeNegation, lexicon, confusions) : negation;
  const pii = new Set<PiiKind>(spec.pii ?? []);
  return {
    mentions(seg) {
      const t = seg.norm.text;
      const occurs = (re: RegExp) => {
        re.lastIndex = 0;
        return re.test(t);
      };
      return (phrases !== undefined && occurs(phrases)) || regexes.some(occurs) || near.some((n) => occurs(n.a) || occurs(n.b));
    },
    find(seg) {
      const t = seg.norm.text;
      let found: NormMatch[] = [];
      if (phrases) found.push(...allMatches(phrases, t));
      for (const re of regexes) found.push(...regexMatches(re, t));
      for (const n of near) found.push(...nearMatches(n, t));
      if (negation) found = found.filter((m) => !isNegated(t, m, negation, seg.joins));
      for (const c of cues) found.push(...cueMatches(c, t, negation, seg.joins));
      if (exclude && found.length > 0) {
        // Negated context is no context: "not really happy with how…" is no praise, "I'm not staying with you" no stay.
        const context = allMatches(exclude, t).filter((x) => !excludeNegation || !isNegated(t, x, excludeNegation, seg.joins));
        // Inside a phrase match, or inside a proximity anchor (not in the gap between anchors).
        // For cue families, inside one of the cues ("你说靠不靠谱" holds the cue 不靠谱: the question excludes it).
        const within = (x: NormMatch, p: { start: number; end: number }) => x.start >= p.start && x.end <= p.end;
        const inside = (x: NormMatch, m: NormMatch) =>
          m.parts ? m.parts.some((p) => within(x, p)) : within(x, m) && !(m.gap && x.end > m.gap[0] && x.start < m.gap[1]);
        // One sentence split serves both the sentence scope and the keepers; keepers are looked for only when a context
        // could exclude something.
        const sentences = spec.excludeScope === 'sentence' || (keep && context.length > 0) ? sentenceOf(t) : undefined;
        const sameSentence = spec.excludeScope === 'sentence' && sentences ? sentences : () => true;
        const kept = keep && sentences && context.length > 0 ? keepers(t, keep, negation, seg.joins, sentences) : () => false;
        found = found.filter((m) => !context.some((x) => !inside(x, m) && sameSentence(x, m)) || kept(m));
      }
      const map = seg.norm.map;
      const out: TextMatch[] = found.map((m) => ({ start: map[m.start] ?? 0, end: (map[m.end - 1] ?? 0) + 1 }));
      if (pii.size) for (const s of findPii(seg.text)) if (pii.has(s.kind)) out.push({ start: s.start, end: s.end });
      return merge(out);
    },
  };
}
