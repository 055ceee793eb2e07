/**
 * A small strict JSON parser that remembers the line of every value by its path ("cards[0].model"),
 * so validation errors can point at the line of the offending field. Syntax errors carry line and
 * column. Nesting is bounded (hostile files).
 */
import { AppError } from '../errors/index.js';

export interface LocatedJson {
  value: unknown;
  /** Path → 1-based line of the value (objects/arrays: the line of their opening bracket). */
  lines: Map<string, number>;
}

const MAX_DEPTH = 64;

export function parseJsonWithLines(text: string, file: string): LocatedJson {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const lines = new Map<string, number>();
  const fail = (msg: string): never => {
    throw new AppError('invalid', 'ERR_CHANNEL_CONFIG_JSON', `${file}:${line}:${i - lineStart + 1}: ${msg}`, { details: { file, line, column: i - lineStart + 1 } });
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        lineStart = ++i;
      } else if (c === 32 || c === 9 || c === 13) i++;
      else break;
    }
  };
  const str = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) {
        i = start;
        return fail('unterminated string');
      }
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n' || c.charCodeAt(0) < 0x20) return fail('control character in string');
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && map[e] !== undefined) {
          out += map[e];
          i += 2;
        } else return fail('bad escape');
      } else {
        out += c;
        i++;
      }
    }
  };
  const value = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) return fail(`nesting deeper than ${MAX_DEPTH}`);
    ws();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') return fail('expected a quoted property name');
        const key = str();
        if (Object.hasOwn(obj, key)) return fail(`duplicate property "${key}"`);
        ws();
        if (text[i] !== ':') return fail('expected ":"');
        i++;
        obj[key] = value(path ? `${path}.${key}` : key, depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        return fail('expected "," or "}"');
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
        return fail('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) return fail(i >= text.length ? 'unexpected end of file' : `unexpected character ${JSON.stringify(c)}`);
    i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  };
  const v = value('', 0);
  ws();
  if (i < text.length) fail('unexpected content after the JSON value');
  return { value: v, lines };
}
