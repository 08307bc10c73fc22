// The staff workbench: who is signed in, the header, and the router (location.hash: #/review, #/appeal/{id}, ...).
import { api, ApiError, problemMessage } from './api.js';
import { h, replace, select } from './dom.js';
import * as fmt from './format.js';
import { initLang, lang, setLang, t } from './i18n.js';
import * as signin from './screens/signin.js';
import * as worklist from './screens/worklist.js';
import * as appeal from './screens/appeal.js';
import * as intake from './screens/intake.js';
import * as calendar from './screens/calendar.js';
import * as receptions from './screens/receptions.js';
import * as reports from './screens/reports.js';
import * as materials from './screens/materials.js';

const ALL_WORKLISTS = ['review', 'centralBodyResponse', 'instructionAnswer', 'decision', 'interpreter', 'reception', 'survey'];

/** The menu: route, label key, roles that see it. Office and Department see every worklist. */
export const MENU = [
  { route: '#/receptions', key: 'nav.receptions', roles: ['official'] },
  ...ALL_WORKLISTS.map((w) => ({
    route: `#/${w}`,
    key: `nav.${w}`,
    roles: w === 'decision' ? ['office', 'department', 'head'] : w === 'reception' ? ['office', 'department', 'official'] : ['office', 'department'],
  })),
  { route: '#/intake', key: 'nav.intake', roles: ['office'] },
  { route: '#/calendar', key: 'nav.calendar', roles: ['office'] },
  // R26: the office and the Department ask units for materials; the head follows them.
  { route: '#/materials', key: 'nav.materials', roles: ['office', 'department', 'head'] },
  // GET /api/reports/quarterly: the reports role, the head and the Department (ReportEndpoints).
  { route: '#/reports', key: 'nav.reports', roles: ['reports', 'head', 'department'] },
];

const header = document.getElementById('top');
const main = document.getElementById('main');

const ctx = {
  me: null,
  today: null,
  navigate: (hash) => { location.hash = hash; },
  /** The service's today (the clock may be compressed: docs/api.md "Clock"). */
  async refreshToday() {
    try { ctx.today = (await api('/api/clock')).data.today; } catch { ctx.today ??= new Date().toISOString().slice(0, 10); }
    return ctx.today;
  },
  onSignedIn(me) {
    ctx.me = me;
    if (location.hash && location.hash !== '#/') location.hash = '#/';
    else route();
  },
  officialsCache: null,
  /** GET /api/officials, kept for the session (the calendar refreshes it after adding a day). */
  async officials(force = false) {
    if (!ctx.officialsCache || force) {
      try { ctx.officialsCache = (await api('/api/officials')).data.officials ?? []; } catch { ctx.officialsCache = []; }
    }
    return ctx.officialsCache;
  },
  /** "Name (id)" of an official in the current language, or the id. */
  officialLabel(officialId) {
    const o = ctx.officialsCache?.find((x) => x.officialId === officialId);
    return o ? fmt.officialName(o) : officialId;
  },
};

function menuFor(me) {
  const roles = me.roles ?? [me.role];
  return MENU.filter((m) => m.roles.some((r) => roles.includes(r)));
}

function langSwitch() {
  const s = select([['kk', 'Қазақша'], ['ru', 'Русский']], { id: 'lang', 'data-testid': 'lang' });
  s.value = lang();
  s.addEventListener('change', () => { setLang(s.value); renderHeader(); route(); });
  return h('div', { class: 'lang' }, h('label', { for: 'lang' }, t('header.language')), s);
}

function renderHeader() {
  document.title = t('app.title');
  document.querySelector('.skip').textContent = t('app.skip');
  const me = ctx.me;
  const current = location.hash.split('?')[0] || '#/';
  replace(header,
    h('div', { class: 'brand' }, h('a', { href: '#/' }, t('app.title')), h('span', { class: 'sub' }, t('app.subtitle'))),
    langSwitch(),
    me && h('div', { class: 'who' },
      h('span', { 'data-testid': 'me' }, `${me.name} — ${t(`role.${me.role}`)}`),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'sign-out', onclick: signOut }, t('header.signOut'))),
    me && h('nav', { 'aria-label': t('nav.label') },
      h('ul', {}, menuFor(me).map((m) => h('li', {},
        h('a', { href: m.route, 'aria-current': current === m.route ? 'page' : false }, t(m.key)))))));
}

async function signOut() {
  if (ctx.me?.signIn === 'platform') {
    location.href = '/.auth/logout?post_logout_redirect_uri=/';
    return;
  }
  try { await api('/api/sign-out', { method: 'POST' }); } catch { /* reload shows whatever the cookie says */ }
  location.hash = '';
  location.reload();
}

async function route() {
  renderHeader();
  // Each route renders into a view of its own: a slower earlier screen that finishes late writes into a detached view.
  const view = h('div', { class: 'view' });
  main.replaceChildren(view);
  await show(view);
}

async function show(main) {
  const [path, queryString] = (location.hash.slice(1) || '/').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(queryString ?? '');
  if (!ctx.me) {
    await signin.render(main, ctx);
    return;
  }
  const allowed = menuFor(ctx.me);
  const [screen, arg] = parts;
  try {
    if (!screen) {
      if (allowed.length) location.replace(allowed[0].route);
      else replace(main, h('h1', { tabindex: -1 }, t('app.title')), h('p', {}, t('home.nothing')));
      return;
    }
    if (screen === 'appeal' && arg) return await appeal.render(main, ctx, arg);
    if (ALL_WORKLISTS.includes(screen)) return await worklist.render(main, ctx, screen, query);
    if (screen === 'intake') return await intake.render(main, ctx);
    if (screen === 'calendar') return await calendar.render(main, ctx);
    if (screen === 'receptions') return await receptions.render(main, ctx);
    if (screen === 'reports') return await reports.render(main, ctx, query);
    if (screen === 'materials') return await materials.render(main, ctx);
    replace(main, h('h1', { tabindex: -1 }, t('error.noSuchPage')), h('p', {}, h('a', { href: '#/' }, t('home.back'))));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      ctx.me = null;
      renderHeader();
      await signin.render(main, ctx);
      return;
    }
    replace(main, h('h1', { tabindex: -1 }, t('error.title')), h('div', { class: 'alert', role: 'alert', 'data-kind': 'error' }, problemMessage(err)));
  }
}

async function boot() {
  initLang();
  await ctx.refreshToday();
  try {
    ctx.me = (await api('/api/me')).data;
  } catch (err) {
    ctx.me = null;
    if (!(err instanceof ApiError) || err.status !== 401) {
      renderHeader();
      replace(main, h('h1', { tabindex: -1 }, t('error.title')), h('div', { class: 'alert', role: 'alert', 'data-kind': 'error' }, problemMessage(err)));
      return;
    }
  }
  window.addEventListener('hashchange', route);
  await route();
}

boot();
