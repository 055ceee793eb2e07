/**
 * Rules and scorecard editor: the JSON files as text, checked in the browser before saving (with
 * line and column of the first error), saved through the API (which validates again and audits the
 * change), and a dry run of edited rules over past calls when the analysis module offers it.
 */
import { get, post, put } from '../api.js';
import { errorText, h, message, mount } from '../dom.js';
import { t } from '../i18n.js';
import { checkJson } from '../json-check.js';

function editor(kind, doc, canEdit) {
  const area = h('textarea', { rows: 18, spellcheck: 'false', 'data-testid': `${kind}-json`, readonly: !canEdit }, doc?.content ?? '');
  const out = h('div', { 'data-testid': `${kind}-result` });
  const check = () => {
    const err = checkJson(area.value);
    mount(out, err ? h('pre', { class: 'errors' }, t('rules.badjson', err)) : message('ok', t('rules.valid')));
    return !err;
  };
  const save = async () => {
    if (!check()) return;
    try {
      await put(`/settings/${kind}`, { content: area.value });
      mount(out, message('ok', t('common.saved')));
    } catch (err) {
      const d = err.details;
      const where = d && d.line !== undefined ? ` (${t('rules.at', { line: d.line, column: d.column ?? '?' })})` : '';
      mount(out, h('pre', { class: 'errors' }, errorText(err) + where));
    }
  };
  const dryRun = async () => {
    if (!check()) return;
    try {
      const r = await post('/settings/rules/dry-run', { content: area.value, limit: 200 });
      const hits = (r.hits ?? []).reduce((n, x) => n + (x.ruleIds?.length ?? 0), 0);
      mount(out, message('info', t('rules.dryrun.result', { calls: r.calls ?? 0, hits })),
        h('ul', null, (r.hits ?? []).slice(0, 50).map((x) => h('li', null, h('a', { href: `#/calls/${encodeURIComponent(x.callId)}` }, x.callId), ': ', (x.ruleIds ?? []).join(', ')))));
    } catch (err) {
      mount(out, message('error', err.status === 503 ? t('common.unavailable') : errorText(err)));
    }
  };
  return h('section', { class: 'panel' },
    h('h2', null, t(kind === 'rules' ? 'rules.rules' : 'rules.scorecard')),
    doc?.path ? h('p', { class: 'muted' }, doc.path) : null,
    area,
    h('p', null,
      h('button', { class: 'secondary', type: 'button', onclick: check }, t('rules.validate')), ' ',
      canEdit ? h('button', { type: 'button', 'data-testid': `${kind}-save`, onclick: save }, t('common.save')) : null, ' ',
      kind === 'rules' && canEdit ? h('button', { class: 'secondary', type: 'button', 'data-testid': 'rules-dryrun', onclick: dryRun }, t('rules.dryrun')) : null),
    out);
}

export async function render(root, ctx) {
  mount(root, h('h1', null, t('rules.title')), h('p', { class: 'muted' }, t('common.loading')));
  let settings;
  try {
    settings = await get('/settings');
  } catch (err) {
    return void mount(root, h('h1', null, t('rules.title')), message('error', errorText(err)));
  }
  const canEdit = ctx.role === 'admin' || ctx.role === 'qa';
  mount(root, h('h1', null, t('rules.title')), h('div', { class: 'grid2' }, editor('rules', settings.rules, canEdit), editor('scorecard', settings.scorecard, canEdit)));
}
