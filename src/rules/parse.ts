/**
 * Rule-file parsing: our own JSON parser (for line/column), a strict zod schema (typos in field
 * names are errors, not silently ignored), then checks the schema cannot express: unique rule ids,
 * known lexicon names, safe and compilable regular expressions, non-empty match specs.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../errors/index.js';
import { JsonSyntaxError, lineColumn, parseLocated, pathKey } from '../json/index.js';
import { unsafeRegexReason } from './regex-guard.js';
import type { MatchSpec, NegationSpec, RulePack } from './types.js';
import { builtInModel, builtInModelNames } from './second-opinion.js';

export const MAX_RULE_FILE_BYTES = 4 * 1024 * 1024;
const CODE = 'ERR_RULES_INVALID';
const NEGATION_LISTS = ['before', 'after', 'ignore', 'breaks', 'through'] as const;

const phrase = z.string().min(1).max(200);
const phrases = z.array(phrase).max(2000);
const leg = z.enum(['agent', 'customer']);
const near = z.strictObject({
  a: phrases.min(1),
  b: phrases.min(1),
  within: z.number().int().min(0).max(50),
  withinChars: z.number().int().min(0).max(100).optional(),
  ordered: z.boolean().optional(),
});
const negation = z.strictObject({
  before: phrases.optional(),
  after: phrases.optional(),
  ignore: phrases.optional(),
  window: z.number().int().min(1).max(20).optional(),
  windowChars: z.number().int().min(1).max(40).optional(),
  breaks: phrases.optional(),
  through: phrases.optional(),
});
const cues = z.strictObject({
  families: z.array(phrases.min(1)).min(2).max(12),
  min: z.number().int().min(2).max(12).optional(),
});
const matchShape = {
  phrases: phrases.optional(),
  regex: z.array(z.string().min(1)).max(100).optional(),
  near: z.array(near).max(50).optional(),
  cues: z.array(cues).max(20).optional(),
  pii: z.array(z.enum(['bank_card', 'cn_id', 'phone', 'cvv', 'spoken_digits'])).optional(),
  negation: negation.optional(),
  excludeInSegment: phrases.optional(),
  excludeNegation: negation.optional(),
  excludeScope: z.enum(['segment', 'sentence']).optional(),
  keepInSentence: phrases.optional(),
  excludeInCall: phrases.optional(),
};
const rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,79}$/, 'Expected a lower-case id of letters, digits, "_", "." or "-"'),
  category: z.string().min(1).max(80),
  severity: z.enum(['info', 'warning', 'critical']),
  type: z.enum(['must_occur', 'must_not_occur', 'intent']),
  description: z.string().max(500).optional(),
  speaker: leg.optional(),
  position: z.strictObject({ firstMs: z.number().int().positive().optional(), lastMs: z.number().int().positive().optional() }).optional(),
  match: z.strictObject(matchShape),
  appliesWhen: z.strictObject({ ...matchShape, speaker: leg.optional() }).optional(),
  alsoWhen: z.strictObject({ ...matchShape, speaker: leg.optional() }).optional(),
  before: z.strictObject({ ...matchShape, speaker: leg.optional() }).optional(),
  lateWhen: z.strictObject(matchShape).optional(),
});
const pack = z.strictObject({
  id: z.string().min(1).max(80),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Expected a semantic version such as "1.2.0"'),
  description: z.string().max(1000).optional(),
  lexicon: z.record(z.string().regex(/^[a-z0-9_]+$/), phrases).optional(),
  homophones: z.array(z.string().regex(/^[\u3400-\u9fff]{2,20}$/, 'Expected 2–20 Chinese characters')).max(500).optional(),
  secondOpinion: z.strictObject({ model: z.string().min(1).max(80), threshold: z.number().min(0.5).max(1), rules: z.array(z.string()).max(100) }).optional(),
  rules: z.array(rule).min(1).max(500),
});

function invalidAt(source: string, text: string, offset: number, path: string, message: string): AppError {
  const { line, column } = lineColumn(text, offset);
  const where = path ? ` at ${path}` : '';
  return new AppError('invalid', CODE, `Invalid rule file ${source}${where} (line ${line}, column ${column}): ${message}`, {
    details: { source, line, column, path },
  });
}

/** Offset of the nearest enclosing value that the parser recorded. */
function offsetOf(offsets: Map<string, number>, path: PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const at = offsets.get(pathKey(path.slice(0, n)));
    if (at !== undefined) return at;
  }
  return 0;
}

function semanticErrors(p: RulePack): { path: (string | number)[]; message: string }[] {
  const errors: { path: (string | number)[]; message: string }[] = [];
  const lexicon = p.lexicon ?? {};
  const seen = new Set<string>();
  // Both negation specs (the match's and its exclusions') name lists the same way.
  const negationLists = (name: string, n: NegationSpec | undefined): [string, string[] | undefined][] =>
    NEGATION_LISTS.map((k) => [`${name}.${k}`, n?.[k]]);
  const checkSpec = (spec: MatchSpec, base: (string | number)[], requireSome: boolean) => {
    const lists: [string, string[] | undefined][] = [
      ['phrases', spec.phrases],
      ['excludeInSegment', spec.excludeInSegment],
      ['excludeInCall', spec.excludeInCall],
      ['keepInSentence', spec.keepInSentence],
      ...negationLists('negation', spec.negation),
      ...negationLists('excludeNegation', spec.excludeNegation),
    ];
    (spec.near ?? []).forEach((n, i) => lists.push([`near[${i}].a`, n.a], [`near[${i}].b`, n.b]));
    (spec.cues ?? []).forEach((c, i) => {
      c.families.forEach((f, j) => lists.push([`cues[${i}].families[${j}]`, f]));
      if ((c.min ?? 2) > c.families.length) {
        errors.push({ path: [...base, 'cues', i, 'min'], message: `Expected min of at most ${c.families.length} (the number of families) but received ${c.min}` });
      }
    });
    for (const [key, list] of lists) {
      (list ?? []).forEach((ph, i) => {
        if (ph.startsWith('@') && lexicon[ph.slice(1)] === undefined) {
          errors.push({ path: [...base, ...key.split('.'), i], message: `Expected a lexicon name but received unknown ${JSON.stringify(ph)}` });
        }
      });
    }
    (spec.regex ?? []).forEach((src, i) => {
      const reason = unsafeRegexReason(src);
      if (reason) errors.push({ path: [...base, 'regex', i], message: `Regular expression refused: ${reason}` });
      else {
        try {
          new RegExp(src, 'gu');
        } catch (e) {
          errors.push({ path: [...base, 'regex', i], message: `Regular expression does not compile: ${(e as Error).message}` });
        }
      }
    });
    const empty = !spec.phrases?.length && !spec.regex?.length && !spec.near?.length && !spec.pii?.length && !spec.cues?.length;
    if (requireSome && empty) errors.push({ path: base, message: 'Expected at least one of phrases, regex, near, cues or pii' });
  };
  p.rules.forEach((r, i) => {
    if (seen.has(r.id)) errors.push({ path: ['rules', i, 'id'], message: `Duplicate rule id ${JSON.stringify(r.id)}` });
    seen.add(r.id);
    checkSpec(r.match, ['rules', i, 'match'], true);
    if (r.appliesWhen) checkSpec(r.appliesWhen, ['rules', i, 'appliesWhen'], true);
    if (r.alsoWhen) checkSpec(r.alsoWhen, ['rules', i, 'alsoWhen'], true);
    if (r.before) checkSpec(r.before, ['rules', i, 'before'], true);
    if (r.before && r.type !== 'must_occur') errors.push({ path: ['rules', i, 'before'], message: '"before" applies to must_occur rules only' });
    if (r.lateWhen) checkSpec(r.lateWhen, ['rules', i, 'lateWhen'], true);
    if (r.lateWhen && r.type !== 'must_occur') errors.push({ path: ['rules', i, 'lateWhen'], message: '"lateWhen" applies to must_occur rules only' });
  });
  const opinion = p.secondOpinion;
  if (opinion) {
    const model = builtInModel(opinion.model);
    if (!model) errors.push({ path: ['secondOpinion', 'model'], message: `Expected one of ${JSON.stringify(builtInModelNames())} but received ${JSON.stringify(opinion.model)}` });
    opinion.rules.forEach((id, i) => {
      const r = p.rules.find((x) => x.id === id);
      if (!r) errors.push({ path: ['secondOpinion', 'rules', i], message: `Expected a rule id of this pack but received ${JSON.stringify(id)}` });
      else if (r.type === 'must_occur') errors.push({ path: ['secondOpinion', 'rules', i], message: 'A second opinion can only raise intent and must_not_occur rules' });
      else if (model && !model.rules[id]) errors.push({ path: ['secondOpinion', 'rules', i], message: `Model ${JSON.stringify(opinion.model)} has no weights for ${JSON.stringify(id)}` });
    });
  }
  return errors;
}

/** ", received …" for the value at a path (short), so messages read "Expected X … but received Z". */
function received(root: unknown, path: PropertyKey[]): string {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return '';
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  if (v === undefined) return ' (missing)';
  if (typeof v === 'object' && v !== null) return '';
  const shown = JSON.stringify(v);
  return ` (received ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown})`;
}

export function parsePack(text: string, source: string): RulePack {
  if (text.length > MAX_RULE_FILE_BYTES) {
    throw new AppError('invalid', CODE, `Expected a rule file of at most ${MAX_RULE_FILE_BYTES} characters for ${source} but received ${text.length}`, {
      details: { source, line: 1, column: 1, path: '' },
    });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // tolerate a UTF-8 BOM
  const shift = text.length - body.length;
  let located;
  try {
    located = parseLocated(body);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw invalidAt(source, text, e.offset + shift, '', e.message);
    throw e;
  }
  const result = pack.safeParse(located.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? []) as PropertyKey[];
    const got = received(located.value, path);
    throw invalidAt(source, text, offsetOf(located.offsets, path) + shift, pathKey(path), `${issue?.message ?? 'invalid value'}${got}`);
  }
  const parsed = result.data as RulePack;
  const errors = semanticErrors(parsed);
  const first = errors[0];
  if (first) throw invalidAt(source, text, offsetOf(located.offsets, first.path) + shift, pathKey(first.path), first.message);
  return parsed;
}

export async function loadPack(path: string): Promise<RulePack> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new AppError('invalid', CODE, `Expected a readable rule file at ${path} but it could not be read`, {
      details: { source: path, line: 0, column: 0, path: '' },
      cause: e,
    });
  }
  return parsePack(text, path);
}
