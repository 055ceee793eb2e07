/**
 * A strict JSON checker that says where the first error is (line and column): the browser's
 * JSON.parse message no longer carries a position, and an editor without one is not much help.
 * Returns null when `text` is valid JSON, else { message, line, column }.
 */
export function checkJson(text) {
  let i = 0;
  const fail = (what) => {
    const before = text.slice(0, i).split('\n');
    const found = i < text.length ? JSON.stringify(text[i]) : 'end of text';
    throw { message: `Expected ${what} but found ${found}`, line: before.length, column: before[before.length - 1].length + 1 };
  };
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const lit = (word) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(`"${word}"`);
      i++;
    }
  };
  const str = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a closing quote (control characters must be escaped)');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)');
      }
      i++;
    }
    if (text[i] !== '"') fail('a closing quote');
    i++;
  };
  const num = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail('a number');
    i += m[0].length;
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++; ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a property name in double quotes');
        str(); ws();
        if (text[i] !== ':') fail('":"');
        i++; value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return void i++;
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++; ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return void i++;
        fail('"," or "]"');
      }
    }
    if (c === '"') return str();
    if (c === 't') return lit('true');
    if (c === 'f') return lit('false');
    if (c === 'n') return lit('null');
    if (c === '-' || (c >= '0' && c <= '9')) return num();
    fail('a value');
  };
  try {
    value(); ws();
    if (i < text.length) fail('the end of the document');
    return null;
  } catch (e) {
    if (e && typeof e.line === 'number') return e;
    throw e;
  }
}
