/**
 * Call search: filters (time, agent, number, queue, tag, rule hit, score, emotion) and cursor
 * pagination (the server returns an opaque nextCursor; we keep the cursors seen for "previous").
 * The filters live in the hash (#/calls?agent=…) so "back" from a call restores the search.
 */
import { get } from '../api.js';
import { errorText, field, fmtDuration, fmtPct, fmtTime, h, message, mount } from '../dom.js';
import { has, t } from '../i18n.js';

const FILTERS = ['from', 'to', 'agent', 'number', 'queue', 'tag', 'ruleHit', 'scoreMin', 'scoreMax', 'negativeEmotionMin'];
const PAGE_SIZES = [25, 50, 100, 200];

/** datetime-local value ↔ epoch ms. */
const toLocalInput = (ms) => {
  const d = new Date(Number(ms));
  if (!Number.isFinite(d.getTime())) return '';
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};
const fromLocalInput = (v) => (v ? String(new Date(v).getTime()) : '');

export async function render(root, ctx) {
  const q = ctx.query;
  const inputs = {
    from: h('input', { type: 'datetime-local', name: 'from', value: q.get('from') ? toLocalInput(q.get('from')) : '' }),
    to: h('input', { type: 'datetime-local', name: 'to', value: q.get('to') ? toLocalInput(q.get('to')) : '' }),
    agent: h('input', { name: 'agent', size: 10, value: q.get('agent') ?? '' }),
    number: h('input', { name: 'number', size: 13, value: q.get('number') ?? '', 'data-testid': 'filter-number' }),
    queue: h('input', { name: 'queue', size: 10, value: q.get('queue') ?? '' }),
    tag: h('input', { name: 'tag', size: 10, value: q.get('tag') ?? '' }),
    ruleHit: h('input', { name: 'ruleHit', size: 12, value: q.get('ruleHit') ?? '' }),
    scoreMin: h('input', { name: 'scoreMin', type: 'number', min: 0, max: 100, style: 'width:5em', value: q.get('scoreMin') ?? '' }),
    scoreMax: h('input', { name: 'scoreMax', type: 'number', min: 0, max: 100, style: 'width:5em', value: q.get('scoreMax') ?? '' }),
    negativeEmotionMin: h('select', { name: 'negativeEmotionMin' },
      h('option', { value: '' }, t('common.all')),
      ['0.1', '0.25', '0.5'].map((v) => h('option', { value: v, selected: q.get('negativeEmotionMin') === v }, t('search.negativeAtLeast', { pct: Number(v) * 100 })))),
  };
  // Page size from the hash (1..200, as the API allows), offered as a few choices.
  const askedLimit = Math.trunc(Number(q.get('limit')));
  const limit = askedLimit >= 1 && askedLimit <= 200 ? askedLimit : PAGE_SIZES[0];
  const sizes = PAGE_SIZES.includes(limit) ? PAGE_SIZES : [limit, ...PAGE_SIZES];
  const pageSize = h('select', { name: 'limit', 'data-testid': 'page-size', onchange: () => submit() }, sizes.map((n) => h('option', { value: n, selected: n === limit }, String(n))));
  const out = h('div', { 'data-testid': 'results' });
  const form = h('form', { class: 'filters panel', onsubmit: (ev) => { ev.preventDefault(); submit(); } },
    FILTERS.map((k) => field(`search.${k}`, inputs[k])),
    field('search.pageSize', pageSize),
    h('button', { type: 'submit', 'data-testid': 'search-submit' }, t('common.search')),
    h('button', { type: 'button', class: 'secondary', onclick: () => ctx.navigate('#/calls') }, t('common.reset')));
  mount(root, h('h1', null, t('search.title')), form, out);

  function currentFilters() {
    const f = {};
    for (const k of FILTERS) {
      const v = k === 'from' || k === 'to' ? fromLocalInput(inputs[k].value) : String(inputs[k].value).trim();
      if (v) f[k] = v;
    }
    return f;
  }

  function submit() {
    const u = new URLSearchParams(currentFilters());
    if (Number(pageSize.value) !== PAGE_SIZES[0]) u.set('limit', pageSize.value);
    const hash = `#/calls${u.toString() ? `?${u}` : ''}`;
    if (location.hash === hash) void load(undefined, []);
    else ctx.navigate(hash);
  }

  /** `cursors` holds the cursor of every page before this one (for "previous"). */
  async function load(cursor, cursors) {
    mount(out, h('p', { class: 'muted' }, t('common.loading')));
    let page;
    try {
      page = await get('/calls', { ...currentFilters(), limit, cursor });
    } catch (err) {
      return void mount(out, message('error', errorText(err)));
    }
    const calls = page?.calls ?? page?.items ?? [];
    const next = page?.nextCursor ?? page?.next ?? null;
    const rows = calls.map((c) => {
      const score = c.score ?? c.analysis?.score;
      const hits = c.ruleHits ?? c.analysis?.ruleHits ?? [];
      const stateKey = `call.state.${c.state}`;
      return h('tr', { class: 'clickable', 'data-call': c.id, onclick: () => ctx.navigate(`#/calls/${encodeURIComponent(c.id)}`) },
        h('td', null, h('a', { href: `#/calls/${encodeURIComponent(c.id)}` }, fmtTime(c.startedAt))),
        h('td', null, c.channelId ?? ''), h('td', null, c.agentId ?? ''), h('td', null, c.team ?? ''),
        h('td', null, c.caller ?? ''), h('td', null, c.callee ?? ''), h('td', null, c.queue ?? ''),
        h('td', null, fmtDuration(c.durationMs)), h('td', null, has(stateKey) ? t(stateKey) : c.state),
        h('td', null, score === undefined || score === null ? '—' : String(Math.round(score))),
        h('td', null, c.negativeEmotionShare === undefined ? '—' : fmtPct(c.negativeEmotionShare, 0)),
        h('td', null, hits.map((r) => h('span', { class: 'tag hit' }, r))),
        h('td', null, (c.tags ?? []).map((g) => h('span', { class: 'tag' }, g))));
    });
    const head = ['col.started', 'col.channel', 'col.agent', 'col.team', 'col.caller', 'col.callee', 'col.queue', 'col.duration', 'col.state', 'col.score', 'col.negative', 'col.rules', 'col.tags'];
    mount(out,
      h('p', { class: 'muted' }, t('search.results', { n: calls.length })),
      calls.length ? h('table', { 'data-testid': 'calls-table' }, h('thead', null, h('tr', null, head.map((k) => h('th', null, t(k))))), h('tbody', null, rows)) : h('p', { class: 'muted' }, t('common.none')),
      h('div', { class: 'pager' },
        h('button', { class: 'secondary', disabled: !cursors.length, 'data-testid': 'prev-page', onclick: () => load(cursors[cursors.length - 1], cursors.slice(0, -1)) }, '←'),
        h('button', { class: 'secondary', disabled: !cursors.length, onclick: () => load(undefined, []) }, t('common.first')),
        h('button', { 'data-testid': 'next-page', disabled: !next, onclick: () => load(next, [...cursors, cursor]) }, t('common.next'))));
  }

  await load(undefined, []);
}
