/**
 * QA correction of one transcript segment: the original stays stored, the correction is kept
 * beside it with who/when/why (server side, audited) and shown instead of the original text.
 */
import { post } from '../api.js';
import { errorText, field, h, message, mount } from '../dom.js';
import { t } from '../i18n.js';

/** A small edit button that opens the correction form under the segment; `onSaved` reloads the page. */
export function editButton(callId, index, seg, onSaved) {
  const btn = h('button', { class: 'secondary small', type: 'button', title: t('detail.fix'), 'data-testid': 'seg-edit', onclick: (ev) => {
    ev.stopPropagation();
    const holder = btn.closest('.seg');
    const next = holder?.nextElementSibling;
    if (next?.classList.contains('seg-fix')) return void next.remove();
    holder?.after(form(callId, index, seg, onSaved));
  } }, '✎');
  return btn;
}

function form(callId, index, seg, onSaved) {
  const text = h('textarea', { rows: 2, 'data-testid': 'seg-text' }, String(seg.text ?? ''));
  const reason = h('input', { size: 40, maxlength: 500, 'data-testid': 'seg-reason' });
  const out = h('div');
  return h('form', { class: 'seg-fix panel', onsubmit: async (ev) => {
    ev.preventDefault();
    if (reason.value.trim().length < 3) return void mount(out, message('error', t('detail.override.needreason')));
    try {
      await post(`/calls/${encodeURIComponent(callId)}/overrides/transcript`, { segmentIndex: index, text: text.value, reason: reason.value.trim() });
      onSaved();
    } catch (err) {
      mount(out, message('error', errorText(err, 'err.forbidden.call')));
    }
  } }, field('detail.fix.text', text), field('detail.override.reason', reason), h('p', null, h('button', { type: 'submit' }, t('common.save'))), out);
}
