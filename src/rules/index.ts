/**
 * Compliance rules: versioned JSON rule packs (keywords with synonyms, regex, proximity, negation,
 * speaker and position filters, must/must-not occur, intents), evaluated on whole calls or live on
 * streaming segments. The default pack covers bank customer service in zh-CN and en.
 */
import type { TranscriptSegment } from '../model/index.js';
import { bankPack } from './default-pack.js';
import { evaluate, streamingMatcher } from './evaluate.js';
import { loadPack, parsePack } from './parse.js';
import type { CallTranscript, EvaluationResult, RuleHit, RulePack } from './types.js';

export { normalize } from './normalize.js';

export type {
  CallTranscript,
  EvaluationResult,
  MatchSpec,
  NegationSpec,
  ProximitySpec,
  Rule,
  RuleHit,
  RuleOutcome,
  RulePack,
  RuleSeverity,
  RuleType,
} from './types.js';

/**
 * Parses a JSON rule pack. Errors are AppError ERR_RULES_INVALID with details
 * { source, line, column, path } pointing at the bad character or field.
 */
export function parseRulePack(text: string, source = '<inline>'): RulePack {
  return parsePack(text, source);
}

export function loadRulePack(path: string): Promise<RulePack> {
  return loadPack(path);
}

/** The bank pack (zh-CN + en in the same rules): a fresh copy each call, safe to modify. */
export function defaultRulePack(): RulePack {
  return bankPack();
}

/**
 * Evaluates a whole call. Outcomes: must_occur passes when found (or not applicable), must_not_occur
 * passes when absent, intent "passes" when not detected (passed=false means the call is flagged).
 */
export function evaluateRules(pack: RulePack, call: CallTranscript): EvaluationResult {
  return evaluate(pack, call);
}

/** Live matching on streaming segments: forbidden phrases and intents only (see evaluate.ts). */
export function createStreamingMatcher(pack: RulePack): { push(segment: TranscriptSegment): RuleHit[] } {
  return streamingMatcher(pack);
}
