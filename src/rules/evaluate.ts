/**
 * Evaluates a rule pack on a whole call (evaluateRules) or segment by segment on a live call
 * (createStreamingMatcher). Both share the compiled matchers, so a violation found live is the
 * same violation found after the call. Evidence text is always PII-masked.
 */
import type { TranscriptSegment } from '../model/index.js';
import { findPii, maskText } from '../redaction/index.js';
import { compileSpec, confusionsOf, prepare, sentenceStart, type CompiledSpec, type PreparedSegment, type TextMatch } from './compile.js';
import { builtInModel, judge } from './second-opinion.js';
import type { CallTranscript, EvaluationResult, Rule, RuleHit, RuleOutcome, RulePack } from './types.js';

const EXCERPT_CHARS = 160;

interface CompiledRule {
  rule: Rule;
  match: CompiledSpec;
  applies?: CompiledSpec;
  also?: CompiledSpec;
  before?: CompiledSpec;
  lateWhen?: CompiledSpec;
  excludeInCall?: CompiledSpec;
}

const cache = new WeakMap<RulePack, CompiledRule[]>();

export function compilePack(pack: RulePack): CompiledRule[] {
  const hit = cache.get(pack);
  if (hit) return hit;
  const lexicon = pack.lexicon ?? {};
  const confusions = confusionsOf(pack.homophones);
  const compiled = pack.rules.map((rule) => ({
    rule,
    match: compileSpec(rule.match, lexicon, confusions),
    applies: rule.appliesWhen ? compileSpec(rule.appliesWhen, lexicon, confusions) : undefined,
    also: rule.alsoWhen ? compileSpec(rule.alsoWhen, lexicon, confusions) : undefined,
    before: rule.before ? compileSpec(rule.before, lexicon, confusions) : undefined,
    lateWhen: rule.lateWhen ? compileSpec(rule.lateWhen, lexicon, confusions) : undefined,
    excludeInCall: rule.match.excludeInCall
      ? compileSpec({ phrases: rule.match.excludeInCall, ...(rule.match.negation ? { negation: rule.match.negation } : {}) }, lexicon, confusions)
      : undefined,
  }));
  cache.set(pack, compiled);
  return compiled;
}

/** The evidence excerpt around a match, with any PII in it masked. */
function excerpt(text: string, m: TextMatch): string {
  let s = text;
  if (text.length > EXCERPT_CHARS) {
    const from = Math.max(0, m.start - 60);
    s = (from > 0 ? '…' : '') + text.slice(from, Math.min(text.length, m.end + 60)) + (m.end + 60 < text.length ? '…' : '');
  }
  return maskText(s, findPii(s));
}

function hitOf(rule: Rule, kind: RuleHit['kind'], seg: TranscriptSegment, index: number, m: TextMatch): RuleHit {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    kind,
    speaker: seg.speaker,
    startMs: seg.startMs,
    endMs: seg.endMs,
    text: excerpt(seg.text, m),
    segmentIndex: index,
  };
}

/**
 * Whether a match falls inside the rule's position. A segment carries only its own start and end, so
 * the match's time is estimated from where it sits in the text (speech runs at a roughly even rate):
 * "Cheers." at the head of an 18-s turn that ends in the last 30 s is an acknowledgement said before
 * them, not a closing.
 */
function inPosition(rule: Rule, seg: TranscriptSegment, m: { start: number; end: number }, durationMs: number, text?: string): boolean {
  const p = rule.position;
  if (!p) return true;
  const length = Math.max(1, typeof seg.text === 'string' ? seg.text.length : 0);
  const span = Math.max(0, seg.endMs - seg.startMs);
  if (p.firstMs !== undefined) {
    // An opening duty is met when its sentence begins: "Sorry, before we carry on, this call is recorded" said from 58 s is on
    // time even though "recorded" comes after 60 s.
    const from = text !== undefined ? sentenceStart(text, m.start) : m.start;
    if (seg.startMs + (span * from) / length >= p.firstMs) return false;
  }
  if (p.lastMs !== undefined && seg.startMs + (span * m.end) / length <= durationMs - p.lastMs) return false;
  return true;
}

function callDuration(call: CallTranscript): number {
  let end = 0;
  for (const s of call.segments) if (s.endMs > end) end = s.endMs;
  return call.durationMs > 0 ? Math.max(call.durationMs, end) : end;
}

/** The pack's second opinion on a rule its phrases did not fire on, as a hit when confident enough. */
function secondOpinion(pack: RulePack, rule: Rule, segments: TranscriptSegment[]): RuleHit | undefined {
  const so = pack.secondOpinion;
  if (!so || rule.type === 'must_occur' || !so.rules.includes(rule.id)) return undefined;
  const model = builtInModel(so.model)?.rules[rule.id];
  if (!model || (rule.speaker !== undefined && rule.speaker !== model.speaker)) return undefined;
  const verdict = judge(model, segments);
  if (!verdict || verdict.probability < so.threshold) return undefined;
  const seg = segments[verdict.segmentIndex]!;
  const kind = rule.type === 'intent' ? 'intent' : 'violation';
  const hit = hitOf(rule, kind, seg, verdict.segmentIndex, { start: 0, end: Math.min(seg.text.length, EXCERPT_CHARS) });
  return { ...hit, source: 'model', probability: Math.round(verdict.probability * 1000) / 1000 };
}

/** Index of the first segment (of `speaker`, if given) the spec matches. */
function firstSegment(spec: CompiledSpec, speaker: TranscriptSegment['speaker'] | undefined, segments: TranscriptSegment[], prepared: PreparedSegment[]): number | undefined {
  const i = segments.findIndex((s, k) => (speaker === undefined || s.speaker === speaker) && spec.find(prepared[k]!).length > 0);
  return i < 0 ? undefined : i;
}

export function evaluate(pack: RulePack, call: CallTranscript): EvaluationResult {
  const rules = compilePack(pack);
  const durationMs = callDuration(call);
  const prepared: PreparedSegment[] = call.segments.map((s) => prepare(typeof s.text === 'string' ? s.text : ''));
  const outcomes: RuleOutcome[] = [];
  const hits: RuleHit[] = [];
  for (const cr of rules) {
    const { rule } = cr;
    const spoke = call.segments.some((s) => rule.speaker === undefined || s.speaker === rule.speaker);
    let applicable = spoke || rule.type !== 'must_occur';
    if (applicable && cr.applies) applicable = firstSegment(cr.applies, rule.appliesWhen?.speaker, call.segments, prepared) !== undefined;
    if (applicable && cr.also) applicable = firstSegment(cr.also, rule.alsoWhen?.speaker, call.segments, prepared) !== undefined;
    const found: RuleHit[] = [];
    const excluded = cr.excludeInCall !== undefined && firstSegment(cr.excludeInCall, rule.speaker, call.segments, prepared) !== undefined;
    if (applicable && !excluded) {
      call.segments.forEach((seg, i) => {
        if (rule.speaker !== undefined && seg.speaker !== rule.speaker) return;
        // A turn wholly outside the position is not searched; a match in a turn that straddles it is timed.
        if (!inPosition(rule, seg, { start: 0, end: prepared[i]!.text.length }, durationMs)) return;
        const kind = rule.type === 'must_occur' ? 'present' : rule.type === 'intent' ? 'intent' : 'violation';
        for (const m of cr.match.find(prepared[i]!)) if (inPosition(rule, seg, m, durationMs, prepared[i]!.norm.text)) found.push(hitOf(rule, kind, seg, i, m));
      });
    }
    // Wording the rule's lists met and judged (negated, conditional, half a proximity pair) is the rules' call.
    const judged = () => call.segments.some((s, i) => (rule.speaker === undefined || s.speaker === rule.speaker) && cr.match.mentions(prepared[i]!));
    if (applicable && !excluded && found.length === 0 && !judged()) {
      const opinion = secondOpinion(pack, rule, call.segments);
      if (opinion) found.push(opinion);
    }
    let passed = rule.type === 'must_occur' ? !applicable || found.length > 0 : found.length === 0;
    // Said, but only after the segment it had to precede: the late hits stay as evidence.
    const due = applicable && cr.before ? firstSegment(cr.before, rule.before?.speaker, call.segments, prepared) : undefined;
    // Said with an admission that it comes late ("I should have asked first"): it was due before that segment.
    const admitted = applicable && cr.lateWhen ? found.find((h) => h.segmentIndex !== undefined && cr.lateWhen!.find(prepared[h.segmentIndex]!).length > 0)?.segmentIndex : undefined;
    const deadline = admitted === undefined ? due : Math.min(due ?? admitted, admitted - 1);
    // An admission after figures were read out makes the check late even if a partial one came first: "what's your name and the last
    // four? … your balance is … Oh, I should have done this first, the code I just sent?" owns that the first was no check.
    const admittedAfterDue = admitted !== undefined && due !== undefined && due < admitted;
    const late = deadline !== undefined && found.length > 0 && (admittedAfterDue || found.every((h) => (h.segmentIndex ?? 0) > deadline));
    if (rule.type === 'must_occur' && applicable && (found.length === 0 || late)) {
      const p = rule.position ?? {};
      const startMs = p.lastMs !== undefined ? Math.max(0, durationMs - p.lastMs) : 0;
      const endMs = late ? (call.segments[Math.max(0, deadline)]?.endMs ?? durationMs) : p.firstMs !== undefined ? Math.min(durationMs, p.firstMs) : durationMs;
      found.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        kind: 'missing',
        ...(rule.speaker ? { speaker: rule.speaker } : {}),
        startMs,
        endMs,
        text: `${rule.description ?? rule.id}${late ? ' (said only after it was due)' : ''}`,
      });
      passed = false;
    }
    outcomes.push({ ruleId: rule.id, passed, hits: found, applicable });
    hits.push(...found);
  }
  hits.sort((a, b) => a.startMs - b.startMs);
  return { hits, outcomes };
}

/**
 * Live matching: only rules that can fire on what has arrived (forbidden phrases and intents, not
 * "in the last 30 s" ones). `appliesWhen` counts only segments seen so far, so a violation said
 * before its context (rare) is reported by the post-call evaluation only.
 */
export function streamingMatcher(pack: RulePack): { push(segment: TranscriptSegment): RuleHit[] } {
  const rules = compilePack(pack).filter((cr) => cr.rule.type !== 'must_occur' && cr.rule.position?.lastMs === undefined);
  // Contexts (appliesWhen, alsoWhen) seen so far in this call, by rule id and which context.
  const seen = new Set<string>();
  const contextSeen = (spec: CompiledSpec | undefined, who: TranscriptSegment['speaker'] | undefined, key: string, seg: TranscriptSegment, prepared: PreparedSegment): boolean => {
    if (!spec || seen.has(key)) return true;
    if ((who !== undefined && seg.speaker !== who) || spec.find(prepared).length === 0) return false;
    seen.add(key);
    return true;
  };
  let index = 0;
  return {
    push(seg) {
      const i = index++;
      const prepared = prepare(typeof seg.text === 'string' ? seg.text : '');
      const out: RuleHit[] = [];
      for (const cr of rules) {
        const { rule } = cr;
        // Both contexts are looked for in every segment: one may arrive before the other.
        const applies = contextSeen(cr.applies, rule.appliesWhen?.speaker, `${rule.id}\u0000applies`, seg, prepared);
        const also = contextSeen(cr.also, rule.alsoWhen?.speaker, `${rule.id}\u0000also`, seg, prepared);
        if (!applies || !also) continue;
        if (rule.speaker !== undefined && seg.speaker !== rule.speaker) continue;
        if (!inPosition(rule, seg, { start: 0, end: prepared.text.length }, Number.POSITIVE_INFINITY)) continue;
        const kind = rule.type === 'intent' ? 'intent' : 'violation';
        for (const m of cr.match.find(prepared)) if (inPosition(rule, seg, m, Number.POSITIVE_INFINITY)) out.push(hitOf(rule, kind, seg, i, m));
      }
      return out;
    },
  };
}
