/**
 * The console shell: session check, navigation by role, the language switch and a hash router
 * (#/calls/ID) so the server serves one static index.html and deep links still work.
 * Each page module exports render(root, ctx) and may return a cleanup function (closes SSE etc.).
 */
import { onUnauthorized, post, refreshSession, setCsrfToken } from './api.js';
import { h, mount } from './dom.js';
import { getLang, setLang, t } from './i18n.js';

/** route name → page module path and the roles that see it in the menu. */
const ROUTES = {
  login: { mod: './pages/login.js' },
  board: { mod: './pages/board.js', nav: 'nav.board', roles: ['admin', 'supervisor', 'auditor'] },
  calls: { mod: './pages/calls.js', nav: 'nav.calls', roles: ['admin', 'supervisor', 'qa', 'auditor'] },
  call: { mod: './pages/call.js' },
  rules: { mod: './pages/rules.js', nav: 'nav.rules', roles: ['admin', 'qa', 'auditor'] },
  reports: { mod: './pages/reports.js', nav: 'nav.reports', roles: ['supervisor', 'qa', 'auditor'] },
  health: { mod: './pages/health.js', nav: 'nav.health', roles: ['admin', 'auditor'] },
  audit: { mod: './pages/audit.js', nav: 'nav.audit', roles: ['admin', 'auditor'] },
  settings: { mod: './pages/settings.js', nav: 'nav.settings', roles: ['admin', 'supervisor', 'qa', 'auditor'] },
  users: { mod: './pages/users.js', nav: 'nav.users', roles: ['admin', 'auditor'] },
};

const state = { user: null, cleanup: null, renderSeq: 0 };

/** Roles as the server names them, folded to the menu's names. */
function roleOf(user) {
  const r = String(user?.role || '').toLowerCase();
  return r === 'qa_analyst' || r === 'qa-analyst' || r === 'analyst' ? 'qa' : r;
}

/** The first page a role lands on (QA has no board). */
function homeOf(role) {
  return role === 'qa' ? 'calls' : 'board';
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = (path || '').split('/').filter(Boolean).map(decodeURIComponent);
  let name = parts[0] || '';
  let params = {};
  if (name === 'calls' && parts[1]) (name = 'call', params = { id: parts[1] });
  return { name, params, query: new URLSearchParams(query) };
}

export function navigate(hash) {
  if (location.hash === hash) void render();
  else location.hash = hash;
}

async function loadSession() {
  try {
    state.user = (await refreshSession())?.user ?? null;
  } catch {
    state.user = null;
  }
}

function header(active) {
  const user = state.user;
  const role = roleOf(user);
  const shown = user ? (user.displayName || user.username) : '';
  const links = Object.entries(ROUTES)
    .filter(([, r]) => r.nav && user && r.roles.includes(role))
    .map(([name, r]) => h('a', { href: `#/${name}`, class: name === active || (active === 'call' && name === 'calls') ? 'active' : '', 'data-nav': name }, t(r.nav)));
  return h('header', { class: 'top' },
    h('span', { class: 'brand' }, t('app.title')),
    h('nav', null, links),
    h('span', { class: 'spacer' }),
    user ? h('span', { class: 'who', 'data-testid': 'who' }, `${shown} · ${t(`role.${role}`)}`) : null,
    h('button', { class: 'link', 'data-testid': 'lang', onclick: () => setLang(getLang() === 'en' ? 'zh-CN' : 'en') }, t('lang.switch')),
    user ? h('button', { class: 'link', 'data-testid': 'logout', onclick: logout }, t('nav.logout')) : null);
}

async function logout() {
  try { await post('/auth/logout'); } catch { /* the session may already be gone */ }
  state.user = null;
  setCsrfToken('');
  await refreshSession().catch(() => undefined);
  navigate('#/login');
}

async function render() {
  const seq = ++state.renderSeq;
  if (state.cleanup) {
    try { state.cleanup(); } catch { /* a page's cleanup must not stop navigation */ }
    state.cleanup = null;
  }
  const route = parseHash();
  if (!state.user && route.name !== 'login') {
    // A deep link (#/calls/ID) opened without a session comes back after the login.
    if (route.name) try { sessionStorage.setItem('callvault.after', location.hash); } catch { /* not kept */ }
    location.hash = '#/login';
    return;
  }
  if (!ROUTES[route.name] || (route.name === 'login' && state.user)) {
    location.hash = `#/${homeOf(roleOf(state.user))}`;
    return;
  }
  const def = route;
  const main = h('main', { id: 'page', 'data-page': def.name });
  mount(document.getElementById('app'), header(def.name), main);
  document.title = t('app.title');
  const mod = await import(ROUTES[def.name].mod);
  if (seq !== state.renderSeq) return;
  const ctx = {
    user: state.user,
    role: roleOf(state.user),
    params: def.params,
    query: def.query,
    navigate,
    onLogin: async (user) => {
      state.user = user;
      let after = null;
      try {
        after = sessionStorage.getItem('callvault.after');
        sessionStorage.removeItem('callvault.after');
      } catch { /* none kept */ }
      navigate(after && after.startsWith('#/') && !after.startsWith('#/login') ? after : `#/${homeOf(roleOf(user))}`);
    },
  };
  const cleanup = await mod.render(main, ctx);
  if (seq !== state.renderSeq) {
    if (typeof cleanup === 'function') cleanup();
    return;
  }
  state.cleanup = typeof cleanup === 'function' ? cleanup : null;
}

onUnauthorized(() => {
  if (!state.user) return;
  state.user = null;
  // The login page tells the user why they are back there (idle or absolute timeout, logout elsewhere).
  try { sessionStorage.setItem('callvault.expired', '1'); } catch { /* message only */ }
  void refreshSession().catch(() => undefined).finally(() => navigate('#/login'));
});
window.addEventListener('hashchange', () => void render());
window.addEventListener('langchange', () => void render());

document.documentElement.lang = getLang();
await loadSession();
await render();
