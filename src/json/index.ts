/**
 * Located JSON: a strict parser that records where each value starts by its path, for config and
 * rule files whose errors must name a line, a column and a field. Syntax errors are JsonSyntaxError
 * with a stable `reason`; callers wrap them in their own AppError code.
 */
export type { JsonSyntaxReason, LocatedJson, ParseLocatedOptions } from './locate.js';
export { JsonSyntaxError, MAX_DEPTH, lineColumn, lineLocator, parseLocated, pathKey } from './locate.js';
