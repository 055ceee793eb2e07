import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JsonSyntaxError, MAX_DEPTH, lineColumn, parseLocated, pathKey, type JsonSyntaxReason } from './index.js';

const failure = (text: string, options = {}): { reason: JsonSyntaxReason; offset: number } => {
  try {
    parseLocated(text, options);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { reason: e.reason, offset: e.offset };
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(text)} to fail`);
};

test('records the offset of every value by path', () => {
  const text = '{\n  "rules": [\n    {"id": "a", "tags": [1, true]}\n  ]\n}';
  const { value, offsets } = parseLocated(text);
  assert.deepEqual(value, JSON.parse(text));
  assert.equal(pathKey(['rules', 0, 'tags', 1]), 'rules[0].tags[1]');
  assert.deepEqual(lineColumn(text, offsets.get('rules[0].tags[1]') ?? -1), { line: 3, column: 29 });
  assert.deepEqual(lineColumn(text, offsets.get('rules') ?? -1), { line: 2, column: 12 });
});

test('hostile input fails with a stable reason at the offending offset', () => {
  const cases: [string, JsonSyntaxReason, number][] = [
    ['"abc', 'unterminated-string', 0],
    ['["a\\x"]', 'bad-escape', 3],
    ['["a\\u12"]', 'bad-escape', 3],
    ['["a\u0001"]', 'control-character', 3],
    ['{1:2}', 'expected-property-name', 1],
    ['{"a" 1}', 'expected-colon', 5],
    ['{"a":1 "b":2}', 'expected-comma-or-brace', 7],
    ['[1 2]', 'expected-comma-or-bracket', 3],
    ['[01]', 'expected-comma-or-bracket', 2],
    ['[tru]', 'unexpected-token', 1],
    ['', 'unexpected-token', 0],
    ['{} x', 'trailing-content', 3],
    ['['.repeat(MAX_DEPTH + 2) + ']'.repeat(MAX_DEPTH + 2), 'too-deep', MAX_DEPTH + 1],
  ];
  for (const [text, reason, offset] of cases) assert.deepEqual(failure(text), { reason, offset }, JSON.stringify(text));
});

test('duplicate keys: last wins by default, an error on request; "__proto__" stays plain data', () => {
  assert.deepEqual(parseLocated('{"a":1,"a":2}').value, { a: 2 });
  assert.deepEqual(failure('{"a":1,"a":2}', { rejectDuplicateKeys: true }), { reason: 'duplicate-property', offset: 10 });
  const plain = parseLocated('{"__proto__":{"polluted":true}}').value as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(plain), Object.prototype);
  assert.deepEqual(Object.keys(plain), ['__proto__']);
  assert.equal(Object.getPrototypeOf(parseLocated('{}', { nullPrototype: true }).value), null);
});

test('numbers of any length parse as JSON.parse does', () => {
  const text = `[${'9'.repeat(500)}]`;
  assert.deepEqual(parseLocated(text).value, JSON.parse(text));
});
