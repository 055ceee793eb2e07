/**
 * The scorecard panel of a call: total (effective) score, items, past overrides, and the override
 * form for roles allowed to override (the server decides: `can.override`). A reason is required
 * here and on the server; the override is audited there.
 */
import { get, post } from '../api.js';
import { errorText, field, fmtTime, h, message, mount } from '../dom.js';
import { t } from '../i18n.js';

const MIN_REASON = 3;

/** Renders into `box`; `score` is the GET /scorecard body, undefined (none) or { error }. */
export function renderScorecard(box, callId, score, ctx) {
  if (ctx.canSee === false) return void mount(box, h('p', { class: 'muted' }, t('detail.transcript.role')));
  if (score?.error) return void mount(box, message('error', errorText(score.error, 'err.forbidden.call')));
  const items = score?.items ?? [];
  const total = score?.effectiveScore ?? score?.score;
  const overrides = score?.overrides ?? [];
  const out = h('div');
  mount(box,
    total === undefined || total === null
      ? h('p', { class: 'muted', 'data-testid': 'score-total' }, t('detail.noscore'))
      : h('div', null, h('span', { class: 'muted' }, t('detail.total'), ' '), h('span', { class: 'score-total', 'data-testid': 'score-total' }, String(Math.round(total * 10) / 10))),
    items.length ? h('table', { 'data-testid': 'score-items' }, h('tbody', null, items.map((it) =>
      h('tr', { 'data-item': it.id },
        h('td', null, it.label ?? it.id),
        h('td', null, `${it.score ?? '—'} / ${it.max ?? '—'}`),
        h('td', null, it.overridden ? h('span', { class: 'tag hit' }, '✎') : ''))))) : null,
    overrides.length ? h('ul', { 'data-testid': 'overrides' }, overrides.map((o) =>
      h('li', null, `${fmtTime(o.at)} · ${o.itemId ? `${o.itemId}: ` : ''}${o.previous ?? '—'} → ${o.score} · `, t('detail.overridden', { who: o.by, reason: o.reason })))) : null,
    ctx.canOverride ? overrideForm(callId, items, out, ctx) : null,
    out);
}

function overrideForm(callId, items, out, ctx) {
  const item = h('select', { name: 'itemId', 'data-testid': 'override-item' },
    h('option', { value: '' }, t('detail.override.whole')),
    items.map((it) => h('option', { value: it.id }, it.label ?? it.id)));
  const value = h('input', { name: 'score', type: 'number', min: 0, max: 100, step: 1, required: true, style: 'width:6em', 'data-testid': 'override-score' });
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 500, 'data-testid': 'override-reason' });
  const btn = h('button', { type: 'submit', 'data-testid': 'override-submit' }, t('detail.override'));
  return h('form', { class: 'override', 'data-testid': 'override-form', onsubmit: async (ev) => {
    ev.preventDefault();
    const r = reason.value.trim();
    if (r.length < MIN_REASON) return void mount(out, message('error', t('detail.override.needreason')));
    const n = Number(value.value);
    if (value.value === '' || !Number.isFinite(n) || n < 0 || n > 100) return void mount(out, message('error', t('detail.override.badscore')));
    btn.disabled = true;
    try {
      await post(`/calls/${encodeURIComponent(callId)}/overrides/score`, { score: n, reason: r, ...(item.value ? { itemId: item.value } : {}) });
      const fresh = await get(`/calls/${encodeURIComponent(callId)}/scorecard`);
      const box = out.parentElement;
      if (!box) return;
      renderScorecard(box, callId, fresh, ctx);
      box.append(message('ok', t('detail.override.done')));
    } catch (err) {
      mount(out, message('error', errorText(err, 'err.forbidden.call')));
      btn.disabled = false;
    }
  } },
  h('h2', null, t('detail.override')), field('detail.override.item', item), field('detail.override.score', value), field('detail.override.reason', reason), h('p', null, btn));
}
