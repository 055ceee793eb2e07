/**
 * Rule authors may write regular expressions; a careless one (`(a+)+`, `(\w|\d)*x`) backtracks
 * exponentially and would stall analysis of every call. We accept only star height 1: a quantified
 * group may contain neither a quantifier nor an alternation. Back-references are refused too.
 */

export const MAX_REGEX_LENGTH = 200;
/** Two unbounded quantifiers already make matching quadratic (`.*x.*`); three would be cubic. */
export const MAX_UNBOUNDED_QUANTIFIERS = 2;

/** Returns a reason the pattern is refused, or undefined when it is acceptable. */
export function unsafeRegexReason(source: string): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) return `longer than ${MAX_REGEX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  const stack: { risky: boolean }[] = [];
  let unboundedCount = 0;
  let lastGroupRisky = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      lastGroupRisky = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      lastGroupRisky = false;
      continue;
    }
    if (c === '(') {
      stack.push({ risky: false });
      // Skip group modifiers so their "?" is not taken for a quantifier.
      const mod = /^\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(source.slice(i + 1));
      if (mod) i += mod[0].length;
      continue;
    }
    if (c === ')') {
      const g = stack.pop();
      lastGroupRisky = g?.risky ?? false;
      // A risky group makes its parent risky as well.
      if (g?.risky && stack.length) (stack[stack.length - 1] as { risky: boolean }).risky = true;
      continue;
    }
    const quant = c === '*' || c === '+' || c === '?' || c === '{';
    if (quant) {
      const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)));
      if (source[i - 1] === ')' && lastGroupRisky && unbounded) return 'nested quantifiers (catastrophic backtracking)';
      const big = c === '{' && /^\{\d*,(\d+)\}/.exec(source.slice(i));
      if ((unbounded || (big && Number(big[1]) > 100)) && ++unboundedCount > MAX_UNBOUNDED_QUANTIFIERS) {
        return `more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers (polynomial backtracking)`;
      }
      if (stack.length) (stack[stack.length - 1] as { risky: boolean }).risky = true;
    }
    if (c === '|' && stack.length) (stack[stack.length - 1] as { risky: boolean }).risky = true;
    lastGroupRisky = false;
  }
  return undefined;
}
