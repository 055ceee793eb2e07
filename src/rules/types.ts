/**
 * Rule-pack vocabulary. A pack is a versioned JSON document; every rule says what to look for
 * (`match`), in whose speech (`speaker`), where in the call (`position`), and what finding it means
 * (`type`). The engine is language-neutral: phrases in Chinese match as substrings, phrases in
 * English match on word boundaries, so one rule can carry both languages and mixed-script calls work.
 */
import type { Leg, TranscriptSegment } from '../model/index.js';
import type { PiiKind } from '../redaction/index.js';

export type RuleSeverity = 'info' | 'warning' | 'critical';

/**
 * must_occur: the phrase is mandatory (absent → a 'missing' hit, found → 'present' hits).
 * must_not_occur: the phrase is forbidden (each occurrence → a 'violation' hit).
 * intent: a customer intent (each occurrence → an 'intent' hit).
 */
export type RuleType = 'must_occur' | 'must_not_occur' | 'intent';

export interface RuleHit {
  ruleId: string;
  category: string;
  severity: RuleSeverity;
  /** 'violation' = forbidden thing said; 'missing' = mandatory thing absent; 'present' = mandatory thing found; 'intent' = customer intent detected */
  kind: 'violation' | 'missing' | 'present' | 'intent';
  speaker?: Leg;
  startMs: number;
  endMs: number;
  /** Evidence excerpt; PII inside it is always masked. */
  text: string;
  segmentIndex?: number;
  /** "model" when the pack's second opinion raised it (the rules found nothing); absent = the rules. */
  source?: 'rules' | 'model';
  /** The second opinion's probability, for hits it raised. */
  probability?: number;
}

/** Two term lists that must occur within a distance of each other (either order unless `ordered`). */
export interface ProximitySpec {
  a: string[];
  b: string[];
  /** Maximum gap in words (Latin text). */
  within: number;
  /** Maximum gap in characters when either term is Chinese; defaults to 2 × within. */
  withinChars?: number;
  ordered?: boolean;
}

/** Suppresses a match when a negation cue is close before it (or, for `after`, close after it) in the same clause. */
export interface NegationSpec {
  before?: string[];
  after?: string[];
  /** Cue look-alikes that do not negate ("不错", "no problem"). */
  ignore?: string[];
  /** Window in words (Latin) before/after the match; default 4. */
  window?: number;
  /** Window in characters for Chinese; default 6. */
  windowChars?: number;
  /**
   * Scope breaks: a cue followed by one of these before the match does not negate it
   * ("不给我退我就投诉", "if you don't fix it I'll close my account", "not that I want to, but …").
   */
  breaks?: string[];
  /**
   * Verbs that pass a negation on to what they govern: with one in the window, the window reaches
   * back again from it ("没办法跟您保证 一定能退回来", "I can't promise you it will definitely be refunded").
   */
  through?: string[];
}

/**
 * Cue-family scoring: weaker cues that mean little alone ("terrible", "你们银行", "又") but together
 * state an intent. The spec matches a segment when cues of at least `min` different families occur in
 * it (each cue checked against the spec's negation); the evidence spans the cues found.
 */
export interface CueSpec {
  families: string[][];
  /** Distinct families needed; default 2. */
  min?: number;
}

export interface MatchSpec {
  /**
   * Phrases (synonyms of one another). "@name" expands to the pack lexicon entry `name`;
   * a trailing "*" on a Latin word matches any word ending ("guarantee*").
   */
  phrases?: string[];
  /** JavaScript regular expressions run on the normalised text (validated: no nested quantifiers, ≤ 200 chars). */
  regex?: string[];
  near?: ProximitySpec[];
  cues?: CueSpec[];
  /** PII found by src/redaction (e.g. a full card number read out). */
  pii?: PiiKind[];
  negation?: NegationSpec;
  /**
   * A match is ignored when one of these phrases occurs elsewhere in the same segment; an occurrence
   * inside the match itself does not count ("as safe as a fixed deposit" is the claim, not the context).
   */
  excludeInSegment?: string[];
  /**
   * What cancels an excludeInSegment context (default: `negation`). A deposit named in a comparison
   * ("as safe as a fixed deposit", "better than a CD") is the claim about the product, not the subject.
   */
  excludeNegation?: NegationSpec;
  /**
   * Where an excludeInSegment context counts (default 'segment'). 'sentence': only in the match's own
   * sentence, for turns that name a deposit and then pitch a fund ("Our Fixed Rate Bond pays 4.1%. Or …
   * our Managed Portfolio service").
   */
  excludeScope?: 'segment' | 'sentence';
  /**
   * Keeps a match whose own sentence names one of these despite an excludeInSegment context elsewhere in the
   * turn: "My supplier thinks I'm skint. Your service has been shocking." blames the bank, whoever else is named.
   */
  keepInSentence?: string[];
  /** No hit in the whole call when one of these occurs (not negated) in any segment of the rule's speaker. */
  excludeInCall?: string[];
}

export interface Rule {
  id: string;
  category: string;
  severity: RuleSeverity;
  type: RuleType;
  description?: string;
  speaker?: Leg;
  /** Position in the call: the segment must start within the first N ms / end within the last N ms. */
  position?: { firstMs?: number; lastMs?: number };
  match: MatchSpec;
  /** The rule applies only when this matches somewhere in the call (e.g. wealth products discussed). */
  appliesWhen?: MatchSpec & { speaker?: Leg };
  /**
   * A second context that must also occur somewhere in the call for the rule to apply (both, not either):
   * the account is raised AND the agent discloses or acts on it.
   */
  alsoWhen?: MatchSpec & { speaker?: Leg };
  /**
   * must_occur only: the phrase must come no later than the first segment this matches (an identity
   * check before the agent reads out the balance); found only afterwards, the rule fails as "late".
   */
  before?: MatchSpec & { speaker?: Leg };
  /**
   * must_occur only: a phrase found in a segment this also matches was due before that segment (the agent's own
   * admission that the check comes late: "Oh, I should have asked first", "刚才忘了跟您核实"); only an earlier one counts.
   */
  lateWhen?: MatchSpec;
}

export interface RulePack {
  id: string;
  version: string;
  description?: string;
  /** Named synonym lists referenced from phrases as "@name". */
  lexicon?: Record<string, string[]>;
  /**
   * Sets of Chinese characters an ASR engine confuses (same pinyin), e.g. "保包宝": a Chinese phrase
   * character in a set matches any character of it, so 保本 also finds the transcript's 包本.
   */
  homophones?: string[];
  /**
   * A built-in statistical model (src/rules/second-opinion.ts) consulted for the listed intent and
   * must_not_occur rules when their phrases found nothing; it raises the rule at `threshold` or above.
   */
  secondOpinion?: { model: string; threshold: number; rules: string[] };
  rules: Rule[];
}

export interface CallTranscript {
  segments: TranscriptSegment[];
  /** Call length; 0 means "the end of the last segment". Used by `position.lastMs`. */
  durationMs: number;
  /** Informational: rules carry both languages and match code-switched calls, so it does not select rules. */
  language?: 'zh' | 'en';
}

export interface RuleOutcome {
  ruleId: string;
  /** For intent rules, `passed` is false when the intent was detected (the call is flagged). */
  passed: boolean;
  hits: RuleHit[];
  /** False when the rule did not apply (its `appliesWhen` never matched, or its speaker never spoke). */
  applicable: boolean;
}

export interface EvaluationResult {
  hits: RuleHit[];
  outcomes: RuleOutcome[];
}
