/** Personal settings: language (kept in this browser) and password change (audited by the server). */
import { post } from '../api.js';
import { errorText, field, h, message, mount, section } from '../dom.js';
import { getLang, setLang, t } from '../i18n.js';

export function render(root, ctx) {
  const lang = h('select', { 'data-testid': 'settings-lang', onchange: (ev) => setLang(ev.target.value) },
    h('option', { value: 'en', selected: getLang() === 'en' }, 'English'),
    h('option', { value: 'zh-CN', selected: getLang() === 'zh-CN' }, '简体中文'));
  const current = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { type: 'password', autocomplete: 'new-password', minlength: 10, required: true });
  const out = h('div');
  const form = h('form', { onsubmit: async (ev) => {
    ev.preventDefault();
    if (next.value.length < 10) return void mount(out, message('error', t('settings.password.short')));
    try {
      await post('/auth/password', { currentPassword: current.value, newPassword: next.value });
      mount(out, message('ok', t('common.saved')));
      current.value = next.value = '';
    } catch (err) {
      mount(out, message('error', err.status === 401 ? t('login.failed') : errorText(err)));
    }
  } }, field('settings.password.current', current), field('settings.password.new', next), h('p', null, h('button', { type: 'submit' }, t('common.save'))), out);
  mount(root, h('h1', null, t('settings.title')),
    h('div', { class: 'grid2' },
      section('settings.language', field('settings.language', lang)),
      section('settings.password', form)),
    ctx.role === 'admin' || ctx.role === 'qa' || ctx.role === 'auditor' ? h('p', null, h('a', { href: '#/rules' }, t('nav.rules'))) : null);
}
