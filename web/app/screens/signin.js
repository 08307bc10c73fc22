// Sign-in: in Development one button per development user; elsewhere the platform's Microsoft sign-in.
import { api, ApiError, problemMessage, showAlert } from '../api.js';
import { alertBox, focusHeading, h, replace } from '../dom.js';
import { t } from '../i18n.js';

export async function render(main, ctx) {
  const alert = alertBox();
  replace(main, h('h1', {}, t('signin.title')), alert, h('p', { class: 'muted' }, t('signin.loading')));
  let users = null;
  try {
    users = (await api('/api/dev/users')).data.users ?? [];
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 404)) showAlert(alert, problemMessage(err));
  }
  const body = users
    ? h('section', { 'aria-labelledby': 'dev-users' },
      h('h2', { id: 'dev-users' }, t('signin.development')),
      h('p', { class: 'muted' }, t('signin.pick')),
      h('ul', { class: 'users' }, users.map((u) => h('li', {},
        h('button', { type: 'button', class: 'user', 'data-user': u.id, onclick: () => signIn(u.id, alert, ctx) },
          `${u.name} — ${t(`role.${u.role}`)}`)))))
    : h('p', {}, h('a', { class: 'button', href: '/.auth/login/aad?post_login_redirect_uri=/' }, t('signin.microsoft')));
  replace(main, h('h1', {}, t('signin.title')), alert, body);
  focusHeading(main);
}

async function signIn(userId, alert, ctx) {
  try {
    const me = (await api('/api/dev/sign-in', { method: 'POST', body: { userId } })).data;
    ctx.onSignedIn(me);
  } catch (err) {
    showAlert(alert, problemMessage(err));
  }
}
