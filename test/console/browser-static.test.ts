/**
 * Static checks of the console's browser code (src/console/web), which the TypeScript build does
 * not see: every dictionary key a page uses exists in both languages, no page builds markup from
 * strings (innerHTML), nothing is loaded from another origin (works offline, CSP 'self'), and the
 * rules editor's JSON checker agrees with JSON.parse and points at the error.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));
const web = join(root, 'src', 'console', 'web');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** key → [en, zh] parsed from the dictionary's source lines: `'key': ['en', 'zh'],`. */
function dictionary(): Map<string, [string, string]> {
  const src = readFileSync(join(web, 'js', 'i18n.js'), 'utf8');
  const out = new Map<string, [string, string]>();
  for (const m of src.matchAll(/^ {2}'([\w.]+)': \['((?:[^'\\]|\\.)*)', '((?:[^'\\]|\\.)*)'\],$/gm)) {
    assert.ok(!out.has(m[1]!), `duplicate dictionary key ${m[1]}`);
    out.set(m[1]!, [m[2]!, m[3]!]);
  }
  return out;
}

test('every literal i18n key used by a page exists in English and Chinese', () => {
  const dict = dictionary();
  assert.ok(dict.size > 150, `Expected the dictionary to parse (got ${dict.size} keys)`);
  for (const [key, [en, zh]] of dict) {
    assert.ok(en.trim() && zh.trim(), `key ${key} has an empty translation`);
    // Placeholders must match, or one language would show "{n}" raw.
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    assert.equal(ph(zh), ph(en), `placeholders of ${key} differ between en and zh`);
  }
  const used = new Set<string>();
  for (const f of files(join(web, 'js'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/\b(?:t|field|section|has)\('([a-z][\w]*\.[\w.]+)'/g)) used.add(m[1]!);
    for (const m of src.matchAll(/errorText\(\w+, '([\w.]+)'\)/g)) used.add(m[1]!);
    for (const m of src.matchAll(/\bnav: '([\w.]+)'/g)) used.add(m[1]!);
  }
  assert.ok(used.size > 100, `Expected to find the keys pages use (found ${used.size})`);
  const missing = [...used].filter((k) => !dict.has(k));
  assert.deepEqual(missing, [], `keys used but not in the dictionary: ${missing.join(', ')}`);
  // Keys built at run time: states, roles, search filters.
  for (const k of ['idle', 'ringing', 'talking', 'held', 'paused', 'alarm', 'down']) assert.ok(dict.has(`state.${k}`), `state.${k}`);
  for (const k of ['admin', 'supervisor', 'qa', 'auditor']) assert.ok(dict.has(`role.${k}`), `role.${k}`);
  for (const k of ['from', 'to', 'agent', 'number', 'queue', 'tag', 'ruleHit', 'scoreMin', 'scoreMax', 'negativeEmotionMin']) assert.ok(dict.has(`search.${k}`), `search.${k}`);
});

test('pages never parse strings as markup and load nothing from another origin', () => {
  for (const f of files(web)) {
    const src = readFileSync(f, 'utf8');
    const name = relative(web, f);
    assert.doesNotMatch(src, /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write/, `${name} builds markup from strings`);
    assert.doesNotMatch(src, /\beval\(|new Function\(/, `${name} evaluates strings`);
    const urls = [...src.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"]*/gi)].map((m) => m[0]).filter((u) => !u.startsWith('http://www.w3.org/2000/svg'));
    assert.deepEqual(urls, [], `${name} refers to another origin`);
    if (f.endsWith('.html')) {
      assert.doesNotMatch(src, /<script(?![^>]*\bsrc=)[^>]*>/, `${name} has an inline script (CSP 'self' blocks it)`);
      assert.doesNotMatch(src, /\son\w+=/, `${name} has an inline event handler`);
      assert.doesNotMatch(src, /\sstyle=/, `${name} has an inline style attribute`);
    }
  }
});

test('the rules editor JSON checker agrees with JSON.parse and locates the first error', async () => {
  const { checkJson } = (await import(pathToFileURL(join(web, 'js', 'json-check.js')).href)) as {
    checkJson(text: string): null | { message: string; line: number; column: number };
  };
  const cases = ['{}', '[]', '{"a":1}', '[1,2,]', '{"a":tru}', '"x', '{"a":1} x', '', '  ', '{\n  "a": 01\n}', '{"a":"\\q"}',
    '[-1.5e3, true, null, {"b":[]}]', '{"a":1,}', '{a:1}', "{'a':1}", '[1 2]', '"\\u12g4"', '"tab\there"', '-', '1.', '.5', '{"a":[{"b":{"c":[null]}}]}',
    '"\\ud83d\\ude00"', '[1e5,-0,0.0]', '{"k":"v"}}', 'nul', 'true false'];
  for (const c of cases) {
    let ok = true;
    try {
      JSON.parse(c);
    } catch {
      ok = false;
    }
    const r = checkJson(c);
    assert.equal(r === null, ok, `checkJson and JSON.parse disagree on ${JSON.stringify(c)}: ${JSON.stringify(r)}`);
  }
  assert.deepEqual(checkJson('{ "rules": [ }'), { message: 'Expected a value but found "}"', line: 1, column: 14 });
  const r = checkJson('{\n  "a": 1,\n  "b": [1, 2,, 3]\n}');
  assert.equal(r?.line, 3);
  assert.equal(r?.column, 14);
});
