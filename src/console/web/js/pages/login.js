/** Login page: username + password; throttling (429) and wrong credentials (401) have their own texts. */
import { post, refreshSession, setCsrfToken } from '../api.js';
import { errorText, field, h, message, mount } from '../dom.js';
import { t } from '../i18n.js';

export function render(root, ctx) {
  const user = h('input', { name: 'username', autocomplete: 'username', required: true, 'data-testid': 'login-username' });
  const pass = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'login-password' });
  const out = h('div');
  let expired = false;
  try {
    expired = sessionStorage.getItem('callvault.expired') === '1';
    sessionStorage.removeItem('callvault.expired');
  } catch { /* storage blocked: no message */ }
  if (expired) out.append(message('info', t('err.session')));
  const btn = h('button', { type: 'submit', 'data-testid': 'login-submit' }, t('login.submit'));
  const form = h('form', { class: 'panel login', onsubmit: onSubmit },
    h('h1', null, t('login.title')), field('login.username', user), field('login.password', pass), h('p', null, btn), out);
  mount(root, form);
  user.focus();
  // The login POST needs the pre-session CSRF token; a fresh read also covers a token that rotated at logout.
  const ready = refreshSession().catch(() => undefined);

  async function onSubmit(ev) {
    ev.preventDefault();
    btn.disabled = true;
    mount(out);
    try {
      await ready;
      const res = await post('/auth/login', { username: user.value.trim(), password: pass.value });
      if (res?.csrfToken) setCsrfToken(res.csrfToken);
      await ctx.onLogin(res?.user ?? res);
    } catch (err) {
      const text = err.status === 401 || err.status === 400 ? t('login.failed') : err.status === 429 ? t('login.throttled', { s: err.details?.retryAfterSeconds ?? '?' }) : errorText(err);
      mount(out, message('error', text));
      btn.disabled = false;
    }
  }
}
