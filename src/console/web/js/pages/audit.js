/** Audit log viewer: filters (actor, type, call), newest first, cursor pagination, chain check. */
import { get } from '../api.js';
import { errorText, field, fmtTime, h, message, mount } from '../dom.js';
import { t } from '../i18n.js';

const TYPES = ['login', 'login_failed', 'logout', 'password_change', 'playback', 'download', 'export', 'override', 'rule_change', 'setting_change', 'user_change', 'analysis_retry', 'view', 'denied'];

export async function render(root) {
  const actor = h('input', { name: 'actor', size: 12 });
  const type = h('select', { name: 'type' }, h('option', { value: '' }, t('common.all')), TYPES.map((x) => h('option', { value: x }, x)));
  const callId = h('input', { name: 'callId', size: 24 });
  const verifyOut = h('span', { 'data-testid': 'audit-verify' });
  const out = h('div', { 'data-testid': 'audit' });
  const form = h('form', { class: 'filters panel', onsubmit: (ev) => { ev.preventDefault(); void load(undefined, []); } },
    field('audit.actor', actor), field('audit.action', type), field('audit.target', callId),
    h('button', { type: 'submit' }, t('common.search')),
    h('button', { type: 'button', class: 'secondary', onclick: verify }, t('audit.verify')), verifyOut);
  mount(root, h('h1', null, t('audit.title')), form, out);

  async function verify() {
    try {
      const r = await get('/audit/verify');
      mount(verifyOut, r.ok ? message('ok', t('audit.verify.ok', { n: r.count })) : message('error', t('audit.verify.bad', { seq: r.firstBadSeq ?? '?', reason: r.reason ?? '' })));
    } catch (err) {
      mount(verifyOut, message('error', errorText(err)));
    }
  }

  async function load(cursor, cursors) {
    let r;
    try {
      r = await get('/audit', { actor: actor.value.trim(), type: type.value, callId: callId.value.trim(), limit: 100, cursor });
    } catch (err) {
      return void mount(out, message('error', errorText(err)));
    }
    const events = r.events ?? [];
    mount(out,
      events.length ? h('table', null,
        h('thead', null, h('tr', null, ['audit.at', 'audit.actor', 'audit.action', 'audit.target', 'audit.outcome', 'audit.detail'].map((k) => h('th', null, t(k))))),
        h('tbody', null, events.map((e) => h('tr', { 'data-type': e.type },
          h('td', null, fmtTime(e.at)), h('td', null, `${e.actor ?? ''}${e.role ? ` (${e.role})` : ''}`), h('td', null, e.type),
          h('td', null, e.target ?? ''), h('td', null, e.outcome ?? ''), h('td', { class: 'muted' }, e.details ? JSON.stringify(e.details) : ''))))) : h('p', { class: 'muted' }, t('common.none')),
      h('div', { class: 'pager' },
        h('button', { class: 'secondary', disabled: !cursors.length, onclick: () => load(cursors[cursors.length - 1], cursors.slice(0, -1)) }, '←'),
        h('button', { disabled: !r.nextCursor, onclick: () => load(r.nextCursor, [...cursors, cursor]) }, t('common.next'))));
  }

  await load(undefined, []);
}
