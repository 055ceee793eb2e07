/**
 * firmware-config/*.json → ChannelPlan. Every problem is reported with the file, the line and the
 * JSON path of the field ("site-a.json:14 cards[0].channels[2].to"); all problems of a file are
 * collected (up to 20) so an installer fixes them in one pass.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/index.js';
import { JsonSyntaxError, MAX_DEPTH, lineLocator, parseLocated, type JsonSyntaxReason } from '../json/index.js';
import type { CardInfo, CardModel, CardModelInfo, ChannelInfo, ChannelPlan } from './types.js';

/** Built-in card catalogue. */
export const CARD_MODELS: Readonly<Record<CardModel, CardModelInfo>> = {
  E1: { model: 'E1', kind: 'digital', channelsPerSpan: 30, maxSpans: 8 },
  T1: { model: 'T1', kind: 'digital', channelsPerSpan: 24, maxSpans: 8 },
  'ANALOG-4': { model: 'ANALOG-4', kind: 'analog', channelsPerSpan: 4, maxSpans: 1 },
  'ANALOG-8': { model: 'ANALOG-8', kind: 'analog', channelsPerSpan: 8, maxSpans: 1 },
  'ANALOG-16': { model: 'ANALOG-16', kind: 'analog', channelsPerSpan: 16, maxSpans: 1 },
};

/** Config files larger than this are refused (ERR_CHANNEL_CONFIG_TOO_LARGE). */
export const MAX_CONFIG_BYTES = 1 << 20;
const MAX_ERRORS = 20;
const ID_RE = /^[A-Za-z0-9_-]{1,32}$/;
const TOP_FIELDS = new Set(['version', 'site', 'bridgeId', 'cards', 'comment']);
const CARD_FIELDS = new Set(['id', 'model', 'spans', 'channels', 'comment']);
const MAP_FIELDS = new Set(['span', 'channel', 'port', 'from', 'to', 'extension', 'extensionStart', 'agentId', 'agentIdPrefix', 'team', 'queue', 'record', 'comment']);

interface Problem {
  line: number;
  field: string;
  message: string;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return v.length > 40 ? `a ${v.length}-character string` : JSON.stringify(v);
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'an object' : String(v);
}

/** Installer-facing wording of each JSON syntax problem (the ERR_CHANNEL_CONFIG_JSON message tail). */
function syntaxMessage(e: JsonSyntaxError, text: string): string {
  const byReason: Record<JsonSyntaxReason, () => string> = {
    'unterminated-string': () => 'unterminated string',
    'bad-escape': () => (text[e.offset + 1] === 'u' ? 'bad \\u escape' : 'bad escape'),
    'control-character': () => 'control character in string',
    'too-deep': () => `nesting deeper than ${MAX_DEPTH}`,
    'expected-property-name': () => 'expected a quoted property name',
    'duplicate-property': () => `duplicate property "${e.key ?? ''}"`,
    'expected-colon': () => 'expected ":"',
    'expected-comma-or-brace': () => 'expected "," or "}"',
    'expected-comma-or-bracket': () => 'expected "," or "]"',
    'unexpected-token': () => (e.offset >= text.length ? 'unexpected end of file' : `unexpected character ${JSON.stringify(text[e.offset])}`),
    'trailing-content': () => 'unexpected content after the JSON value',
  };
  return byReason[e.reason]();
}

/** Strict JSON with the 1-based line of every value by path; duplicate keys are errors (an installer typo). */
function parseJsonWithLines(text: string, file: string): { value: unknown; lines: Map<string, number> } {
  const locate = lineLocator(text);
  let located;
  try {
    located = parseLocated(text, { rejectDuplicateKeys: true, nullPrototype: true });
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const { line, column } = locate(e.offset);
    throw new AppError('invalid', 'ERR_CHANNEL_CONFIG_JSON', `${file}:${line}:${column}: ${syntaxMessage(e, text)}`, { details: { file, line, column } });
  }
  const lines = new Map<string, number>();
  for (const [at, offset] of located.offsets) lines.set(at, locate(offset).line);
  return { value: located.value, lines };
}

/** Parses and validates one config file's text (`file` names it in errors). */
export function parseChannelConfig(text: string, file: string): ChannelPlan {
  if (typeof text !== 'string') throw new AppError('invalid', 'ERR_CHANNEL_CONFIG', `${file}: expected text`);
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
    throw new AppError('invalid', 'ERR_CHANNEL_CONFIG_TOO_LARGE', `${file}: expected at most ${MAX_CONFIG_BYTES} bytes but received ${Buffer.byteLength(text)}`, { details: { file } });
  }
  const { value, lines } = parseJsonWithLines(text, file);
  const problems: Problem[] = [];
  const lineOf = (p: string): number => {
    // Walk up the JSON path ("a.b[2]" → "a.b" → "a" → ""); a path that does not shorten ("(root)") ends it.
    for (let q = p; ; ) {
      const l = lines.get(q);
      if (l !== undefined) return l;
      const parent = q.replace(/(\.?[^.[\]]+|\[\d+\])$/, '');
      if (q === '' || parent === q) return 1;
      q = parent;
    }
  };
  const bad = (field: string, expected: string, received: unknown): void => {
    if (problems.length < MAX_ERRORS) problems.push({ line: lineOf(field), field, message: `Expected ${expected} for ${field} but received ${describe(received)}` });
  };
  const unknownFields = (obj: Record<string, unknown>, allowed: Set<string>, at: string) => {
    for (const k of Object.keys(obj)) if (!allowed.has(k)) bad(at ? `${at}.${k}` : k, `one of ${[...allowed].join(', ')}`, `unknown field "${k}"`);
  };
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isInt = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
  const optText = (o: Record<string, unknown>, k: string, at: string): string | undefined => {
    const v = o[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.length === 0 || v.length > 64 || /[\0-\x1f]/.test(v)) {
      bad(`${at}.${k}`, 'a string of 1-64 printable characters', v);
      return undefined;
    }
    return v;
  };

  const plan: ChannelPlan = { files: [file], site: '', bridgeId: '', cards: [], channels: [] };
  if (!isObj(value)) {
    bad('(root)', 'an object', value);
  } else {
    unknownFields(value, TOP_FIELDS, '');
    if (value.version !== 1) bad('version', '1', value.version);
    if (typeof value.site !== 'string' || !ID_RE.test(value.site)) bad('site', 'a site id of 1-32 [A-Za-z0-9_-]', value.site);
    else plan.site = value.site;
    if (typeof value.bridgeId !== 'string' || !ID_RE.test(value.bridgeId)) bad('bridgeId', 'a bridge id of 1-32 [A-Za-z0-9_-]', value.bridgeId);
    else plan.bridgeId = value.bridgeId;
    if (!Array.isArray(value.cards) || value.cards.length === 0 || value.cards.length > 64) bad('cards', 'an array of 1..64 cards', value.cards);
    const cardIds = new Map<string, string>();
    (Array.isArray(value.cards) ? value.cards : []).forEach((card: unknown, ci: number) => {
      const at = `cards[${ci}]`;
      if (!isObj(card)) return bad(at, 'a card object', card);
      unknownFields(card, CARD_FIELDS, at);
      const id = card.id;
      if (typeof id !== 'string' || !ID_RE.test(id)) return bad(`${at}.id`, 'a card id of 1-32 [A-Za-z0-9_-]', id);
      if (cardIds.has(id)) return bad(`${at}.id`, `a card id not already used by ${cardIds.get(id)}`, id);
      cardIds.set(id, at);
      const info = Object.hasOwn(CARD_MODELS, String(card.model)) ? CARD_MODELS[card.model as CardModel] : undefined;
      if (!info) return bad(`${at}.model`, `a card model (${Object.keys(CARD_MODELS).join(', ')})`, card.model);
      const spans = card.spans ?? 1;
      if (!isInt(spans, 1, info.maxSpans)) return bad(`${at}.spans`, `an integer in 1..${info.maxSpans} for ${info.model}`, spans);
      const out: CardInfo = { id, model: info.model, spans: [] };
      const byId = new Map<string, ChannelInfo>();
      for (let s = 1; s <= spans; s++) {
        const span = { id: `${id}/${s}`, cardId: id, span: s, channels: [] as string[] };
        for (let ch = 1; ch <= info.channelsPerSpan; ch++) {
          const cid = info.kind === 'analog' ? `${id}/${ch}` : `${id}/${s}/${ch}`;
          span.channels.push(cid);
          byId.set(cid, { id: cid, cardId: id, model: info.model, span: s, channel: ch });
        }
        out.spans.push(span);
      }
      const mapped = new Map<string, string>();
      const maps = card.channels ?? [];
      if (!Array.isArray(maps)) return bad(`${at}.channels`, 'an array of channel mappings', maps);
      maps.forEach((m: unknown, mi: number) => {
        const mat = `${at}.channels[${mi}]`;
        if (!isObj(m)) return bad(mat, 'a channel mapping object', m);
        unknownFields(m, MAP_FIELDS, mat);
        const s = m.span ?? 1;
        if (!isInt(s, 1, spans)) return bad(`${mat}.span`, `a span in 1..${spans}`, s);
        if (info.kind === 'analog' && m.channel !== undefined) return bad(`${mat}.channel`, 'port (analogue cards have ports, not channels)', m.channel);
        const single = info.kind === 'analog' ? m.port : m.channel;
        const singleName = info.kind === 'analog' ? 'port' : 'channel';
        let from: number;
        let to: number;
        if (single !== undefined) {
          if (m.from !== undefined || m.to !== undefined) return bad(`${mat}.from`, `either ${singleName} or from/to`, m.from);
          if (!isInt(single, 1, info.channelsPerSpan)) return bad(`${mat}.${singleName}`, `an integer in 1..${info.channelsPerSpan} for ${info.model}`, single);
          from = to = single;
        } else {
          if (!isInt(m.from, 1, info.channelsPerSpan)) return bad(`${mat}.from`, `an integer in 1..${info.channelsPerSpan} for ${info.model}`, m.from);
          if (!isInt(m.to, m.from, info.channelsPerSpan)) return bad(`${mat}.to`, `an integer in ${m.from}..${info.channelsPerSpan}`, m.to);
          from = m.from;
          to = m.to;
        }
        if (m.extension !== undefined && from !== to) return bad(`${mat}.extension`, 'extensionStart for a range', m.extension);
        const extStart = m.extensionStart;
        if (extStart !== undefined && !(typeof extStart === 'string' && /^\d{1,15}$/.test(extStart))) return bad(`${mat}.extensionStart`, 'a string of digits', extStart);
        if (m.record !== undefined && typeof m.record !== 'boolean') return bad(`${mat}.record`, 'a boolean', m.record);
        const extension = optText(m, 'extension', mat);
        const agentId = optText(m, 'agentId', mat);
        const agentIdPrefix = optText(m, 'agentIdPrefix', mat);
        const team = optText(m, 'team', mat);
        const queue = optText(m, 'queue', mat);
        for (let ch = from; ch <= to; ch++) {
          const cid = info.kind === 'analog' ? `${id}/${ch}` : `${id}/${s}/${ch}`;
          const prev = mapped.get(cid);
          if (prev) return bad(mat, `each channel mapped once (${cid} is already mapped by ${prev})`, 'a duplicate');
          mapped.set(cid, mat);
          const c = byId.get(cid) as ChannelInfo;
          const ext = extension ?? (extStart !== undefined ? String(BigInt(extStart) + BigInt(ch - from)).padStart(extStart.length, '0') : undefined);
          if (ext !== undefined) c.extension = ext;
          const agent = agentId ?? (agentIdPrefix !== undefined && ext !== undefined ? agentIdPrefix + ext : undefined);
          if (agent !== undefined) c.agentId = agent;
          if (team !== undefined) c.team = team;
          if (queue !== undefined) c.queue = queue;
          if (m.record !== undefined) c.record = m.record as boolean;
        }
      });
      plan.cards.push(out);
      plan.channels.push(...byId.values());
    });
  }
  if (problems.length) {
    const first = problems[0] as Problem;
    throw new AppError('invalid', 'ERR_CHANNEL_CONFIG', `${file}:${first.line} ${first.field}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, {
      details: { file, line: first.line, field: first.field, errors: problems.map((p) => ({ file, ...p })) },
    });
  }
  return plan;
}

/** Reads and validates one file. */
export async function loadChannelConfigFile(file: string): Promise<ChannelPlan> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new AppError('invalid', 'ERR_CHANNEL_CONFIG_READ', `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { details: { file } });
  }
  if (size > MAX_CONFIG_BYTES) throw new AppError('invalid', 'ERR_CHANNEL_CONFIG_TOO_LARGE', `${file}: expected at most ${MAX_CONFIG_BYTES} bytes but received ${size}`, { details: { file } });
  return parseChannelConfig(await readFile(file, 'utf8'), path.basename(file));
}

/** Merges plans of several files: same site and bridge, card ids unique across files. */
export function mergePlans(plans: ChannelPlan[]): ChannelPlan {
  const [first, ...rest] = plans;
  if (!first) throw new AppError('invalid', 'ERR_CHANNEL_CONFIG', 'Expected at least one *.json channel config file but received none');
  const merged: ChannelPlan = { ...first, files: [...first.files], cards: [...first.cards], channels: [...first.channels] };
  const owner = new Map(first.cards.map((c) => [c.id, first.files[0]]));
  for (const p of rest) {
    const f = p.files[0] as string;
    if (p.site !== merged.site || p.bridgeId !== merged.bridgeId) {
      throw new AppError('invalid', 'ERR_CHANNEL_CONFIG', `${f}:1 site: Expected site ${merged.site}/bridge ${merged.bridgeId} like ${merged.files[0]} but received ${p.site}/${p.bridgeId}`, { details: { file: f, line: 1, field: 'site' } });
    }
    for (const c of p.cards) {
      if (owner.has(c.id)) throw new AppError('invalid', 'ERR_CHANNEL_CONFIG', `${f}: card id ${c.id} is also defined in ${owner.get(c.id)}`, { details: { file: f, field: 'cards.id' } });
      owner.set(c.id, f);
    }
    merged.files.push(f);
    merged.cards.push(...p.cards);
    merged.channels.push(...p.channels);
  }
  return merged;
}

/** Reads every *.json in `dir` (sorted by name) and merges them into one plan. */
export async function loadChannelConfigDir(dir: string): Promise<ChannelPlan> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    throw new AppError('invalid', 'ERR_CHANNEL_CONFIG_READ', `${dir}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { details: { dir } });
  }
  const plans: ChannelPlan[] = [];
  for (const n of names) plans.push(await loadChannelConfigFile(path.join(dir, n)));
  return mergePlans(plans);
}
