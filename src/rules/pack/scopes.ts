/**
 * Negation and scope settings shared by the default pack's rules (see NegationSpec in ../types.ts).
 */
export const NEG = { before: ['@neg_before'], ignore: ['@neg_ignore'] };
/** Guarantees: quoted claims are refuted a few words later, and "if you need capital protection…" sets a condition. */
export const GUARANTEE_NEG = {
  before: ['@neg_before', '@quoted', '要是您要求', '如果您要求', '要是您需要', '如果您需要', '如果您想要', '要是您想要', '想要保本的', '只有存款是', '只有存款才', '存款才是', 'if you need', 'if you want', 'if you require'],
  // "Your principal is protected only if you hold to maturity" states a condition, not a guarantee.
  ignore: ['@neg_ignore'], after: ['@neg_after', 'only if you', 'only if held', 'only when held', 'provided you hold', 'as long as you hold'], through: ['@promise_through'], window: 6, windowChars: 8,
};
/** A deposit named as the yardstick ("as safe as a fixed deposit", "比定期强") does not make the turn about a deposit. */
export const COMPARED = { before: ['@comparison_before'], after: ['@comparison_after'], window: 4, windowChars: 5 };
/** Customer intents: "别忽悠我" is a grievance, and "不退钱我就投诉" a threat, not a negated complaint. */
// "not closing my account or running off to another bank": a negation reaches through a coordination.
export const INTENT_NEG = { before: ['@neg_before', '@counterfactual'], ignore: ['@neg_ignore', '@grievance_not_negation'], breaks: ['@scope_breaks'], through: ['or', 'nor', 'and', '或者', '也不', 'complaining to', 'complained to', 'planning to', 'going to', 'gonna', 'intend to', 'thinking of', 'want to', 'running off to', 'run off to', 'go running to', 'running to', 'write a', 'file a', 'lodge a', 'make a', 'raise a'] };
/** A thank-you, half of a polite close. */
export const THANKS = ['thanks', 'thank you', 'cheers', '谢谢', '感谢'];
/** Churn's scope: an exclusion is undone only by a true negation, not by someone else named ("someone saying he's from…"). */
export const CHURN_SCOPE = { before: ['@neg_before', '@counterfactual'], ignore: ['@neg_ignore'], breaks: ['@scope_breaks'], through: INTENT_NEG.through, windowChars: 10 };
