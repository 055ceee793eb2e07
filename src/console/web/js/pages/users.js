/** Users admin: list, create (role, teams, initial password), enable/disable. Auditors read only. */
import { get, patch, post } from '../api.js';
import { errorText, field, fmtTime, h, message, mount, section } from '../dom.js';
import { t } from '../i18n.js';

const ROLES = ['admin', 'supervisor', 'qa', 'auditor'];

export async function render(root, ctx) {
  const list = h('div', { 'data-testid': 'users' });
  const out = h('div');
  const canManage = ctx.role === 'admin';
  const username = h('input', { name: 'username', pattern: '[a-z0-9._-]{2,64}', required: true });
  const role = h('select', { name: 'role' }, ROLES.map((r) => h('option', { value: r }, t(`role.${r}`))));
  const teams = h('input', { name: 'teams', size: 20 });
  const password = h('input', { name: 'password', type: 'password', minlength: 10, required: true, autocomplete: 'new-password' });
  const form = h('form', { class: 'filters', onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const body = { username: username.value.trim(), role: role.value, password: password.value, teams: teams.value.split(',').map((x) => x.trim()).filter(Boolean) };
      await post('/users', body);
      mount(out, message('ok', t('users.added', { name: body.username })));
      username.value = password.value = teams.value = '';
      await load();
    } catch (err) {
      mount(out, message('error', err.status === 409 ? t('users.exists') : errorText(err)));
    }
  } }, field('users.username', username), field('users.role', role), field('users.teams', teams), field('users.password', password), h('button', { type: 'submit' }, t('users.add')));
  mount(root, h('h1', null, t('users.title')), canManage ? section('users.add', form, out) : null, list);

  async function toggle(u) {
    try {
      await patch(`/users/${encodeURIComponent(u.username)}`, { disabled: !u.disabled });
      await load();
    } catch (err) {
      mount(out, message('error', errorText(err)));
    }
  }

  /** Replaces a row's cells with role / teams / new password inputs. */
  function editRow(tr, u) {
    const r = h('select', null, ROLES.map((x) => h('option', { value: x, selected: x === u.role }, t(`role.${x}`))));
    const tm = h('input', { size: 16, value: (u.teams ?? []).join(', ') });
    const pw = h('input', { type: 'password', minlength: 10, autocomplete: 'new-password', placeholder: t('users.newpassword') });
    const save = async () => {
      const body = { role: r.value, teams: tm.value.split(',').map((x) => x.trim()).filter(Boolean), ...(pw.value ? { password: pw.value } : {}) };
      try {
        await patch(`/users/${encodeURIComponent(u.username)}`, body);
        mount(out, message('ok', t('common.saved')));
        await load();
      } catch (err) {
        mount(out, message('error', err.status === 409 ? t('users.lastadmin') : errorText(err)));
      }
    };
    mount(tr, h('td', null, u.username), h('td', null, r), h('td', null, tm), h('td', { colspan: 2 }, pw),
      h('td', null, h('button', { onclick: save }, t('common.save')), ' ', h('button', { class: 'secondary', onclick: () => load() }, t('common.cancel'))));
  }

  async function load() {
    let r;
    try {
      r = await get('/users');
    } catch (err) {
      return void mount(list, message('error', errorText(err)));
    }
    mount(list, h('table', null,
      h('thead', null, h('tr', null, ['users.username', 'users.role', 'users.teamsCol', 'users.created', 'users.status', ''].map((k) => h('th', null, k ? t(k) : '')))),
      h('tbody', null, (r.users ?? []).map((u) => h('tr', { 'data-user': u.username },
        h('td', null, u.username, u.displayName && u.displayName !== u.username ? ` (${u.displayName})` : ''),
        h('td', null, t(`role.${u.role}`)), h('td', null, (u.teams ?? []).join(', ')), h('td', null, fmtTime(u.createdAt)),
        h('td', null, u.disabled ? t('users.disabled') : t('users.enabled')),
        h('td', null,
          canManage ? h('button', { class: 'secondary', 'data-testid': 'user-edit', onclick: (ev) => editRow(ev.target.closest('tr'), u) }, t('users.edit')) : '', ' ',
          canManage && u.username !== ctx.user?.username ? h('button', { class: 'secondary', onclick: () => toggle(u) }, u.disabled ? t('users.enable') : t('users.disable')) : ''))))));
  }

  await load();
}
