/**
 * A small strict JSON parser (RFC 8259) that remembers where every value starts, by its path
 * ("rules[3].match.regex[0]"), so a bad file is reported at the line and column of the offending
 * field. JSON.parse reports neither a path nor, consistently across Node versions, a position.
 * Nesting is capped (hostile files). Syntax errors carry a stable `reason` and the offset, so each
 * caller words its own message without re-parsing.
 */

export const MAX_DEPTH = 64;

/** Why a text is not JSON; each caller maps these to its own wording. */
export type JsonSyntaxReason =
  | 'unterminated-string'
  | 'bad-escape'
  | 'control-character'
  | 'too-deep'
  | 'expected-property-name'
  | 'duplicate-property'
  | 'expected-colon'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'unexpected-token'
  | 'trailing-content';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly reason: JsonSyntaxReason,
    /** Offset (UTF-16 code units) where the problem starts: an unterminated string's opening quote, an escape's backslash. */
    readonly offset: number,
    /** The repeated name, for `duplicate-property`. */
    readonly key?: string,
  ) {
    super(message);
  }
}

export interface LocatedJson {
  value: unknown;
  /** Path ("rules[0].id") → offset of the value's first character. */
  offsets: Map<string, number>;
}

export interface ParseLocatedOptions {
  /** Reject an object that names a property twice (default: the last one wins, as in JSON.parse). */
  rejectDuplicateKeys?: boolean;
  /** Build objects without a prototype, so a key such as "constructor" can never meet inherited members. */
  nullPrototype?: boolean;
}

/** Maps offsets to 1-based line and column (UTF-16 code units); built once per text. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    const end = Math.min(offset, text.length);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= end) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: end - (lineStarts[lo] as number) + 1 };
  };
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineLocator(text)(offset);
}

/** The path string parseLocated records for a path given as keys ("rules", 3, "id" → "rules[3].id"). */
export function pathKey(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses `text`, recording each value's offset by path; throws JsonSyntaxError on the first problem. */
export function parseLocated(text: string, options: ParseLocatedOptions = {}): LocatedJson {
  const offsets = new Map<string, number>();
  let i = 0;
  const describe = (at: number) => (at >= text.length ? 'end of input' : JSON.stringify(text[at]));
  const fail = (reason: JsonSyntaxReason, message: string, at = i, key?: string): never => {
    throw new JsonSyntaxError(message, reason, at, key);
  };
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) return fail('unterminated-string', 'Unterminated string', start);
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        const simple = e.length === 1 ? SIMPLE_ESCAPES[e] : undefined;
        if (simple !== undefined) {
          out += simple;
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('bad-escape', `Invalid escape \\${e}`);
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail('control-character', 'Control character in string');
      out += c;
      i++;
    }
  };
  const newObject = (): Record<string, unknown> => (options.nullPrototype ? (Object.create(null) as Record<string, unknown>) : {});
  const value = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('too-deep', `Nesting deeper than ${MAX_DEPTH}`);
    ws();
    offsets.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj = newObject();
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected-property-name', `Expected a property name in double quotes but found ${describe(i)}`);
        const key = str();
        if (options.rejectDuplicateKeys && Object.hasOwn(obj, key)) fail('duplicate-property', `Duplicate property ${JSON.stringify(key)}`, i, key);
        ws();
        if (text[i] !== ':') fail('expected-colon', `Expected ":" after property name but found ${describe(i)}`);
        i++;
        // defineProperty, not assignment: a "__proto__" key must stay data, never replace the prototype.
        Object.defineProperty(obj, key, { value: value(path === '' ? key : `${path}.${key}`, depth + 1), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail('expected-comma-or-brace', `Expected "," or "}" but found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(`${path}[${arr.length}]`, depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail('expected-comma-or-bracket', `Expected "," or "]" but found ${describe(i)}`);
      }
    }
    if (c === '"') return str();
    LITERAL.lastIndex = i;
    const lit = LITERAL.exec(text);
    if (!lit) return fail('unexpected-token', `Unexpected ${describe(i)}`);
    i += lit[0].length;
    return lit[0] === 'true' ? true : lit[0] === 'false' ? false : lit[0] === 'null' ? null : Number(lit[0]);
  };
  const root = value('', 0);
  ws();
  if (i < text.length) fail('trailing-content', `Unexpected ${describe(i)} after the JSON value`);
  return { value: root, offsets };
}
