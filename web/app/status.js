// The applicant's page: the status of an appeal by its tracking code (GET /api/public/appeals/{code}).
// No sign-in and no personal data; shown in the appeal's language unless the reader switches.
import { api, ApiError, problemMessage } from './api.js';
import { field, focusHeading, h, replace, select } from './dom.js';
import * as fmt from './format.js';
import { initLang, lang, setLang, t } from './i18n.js';

const header = document.getElementById('top');
const main = document.getElementById('main');
let appeal = null;
let failure = null;
let chosenByReader = false;

function codeFromPath() {
  const m = location.pathname.match(/^\/status\/([^/]+)\/?$/);
  return m ? decodeURIComponent(m[1]) : '';
}

function renderHeader() {
  document.title = t('public.title');
  document.querySelector('.skip').textContent = t('app.skip');
  const s = select([['kk', 'Қазақша'], ['ru', 'Русский']], { id: 'lang' });
  s.value = lang();
  s.addEventListener('change', () => { chosenByReader = true; setLang(s.value); render(); });
  replace(header,
    h('div', { class: 'brand' }, h('span', {}, t('public.title')), h('span', { class: 'sub' }, t('app.subtitle'))),
    h('div', { class: 'lang' }, h('label', { for: 'lang' }, t('header.language')), s));
}

function render(focus = false) {
  renderHeader();
  const code = h('input', { type: 'text', id: 'code', name: 'code', value: codeFromPath(), autocomplete: 'off', spellcheck: 'false', 'data-field': 'trackingCode' });
  const form = h('form', { class: 'card lookup', novalidate: true, role: 'search' },
    field(t('public.code'), code, t('public.codeHint')), h('div', { class: 'buttons' }, h('button', { type: 'submit' }, t('public.show'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = code.value.trim().toUpperCase();
    if (!value) return;
    history.pushState(null, '', `/status/${encodeURIComponent(value)}`);
    load(true);
  });
  replace(main, h('h1', {}, t('public.title')), form, result());
  if (focus) (main.querySelector('#result h2') ?? main.querySelector('h1'))?.focus();
}

function result() {
  if (failure) return h('div', { id: 'result', class: 'alert', role: 'alert', 'data-kind': 'error', 'data-testid': 'public-error' }, failure());
  if (!appeal) return h('div', { id: 'result' });
  const a = appeal;
  return h('section', { id: 'result', class: 'card', 'aria-labelledby': 'res-h' },
    h('h2', { id: 'res-h', tabindex: -1 }, t('public.appeal', { number: a.registrationNumber ?? '—' })),
    h('p', { class: 'status-line' }, h('span', { class: `status s-${a.status}`, 'data-testid': 'status', 'data-status': a.status }, t(`status.${a.status}`)),
      a.extended ? h('span', { class: 'tag' }, t('appeal.extended')) : null),
    h('p', { class: 'muted' }, t(`public.explain.${a.status}`)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('public.receivedOn')), h('dd', {}, fmt.date(a.receivedOn)),
      h('dt', {}, t('appeal.registeredOn')), h('dd', {}, fmt.date(a.registeredOn)),
      h('dt', {}, t('appeal.answerDue')), h('dd', {}, fmt.date(a.deadlines?.answerDue)),
      h('dt', {}, t('public.reception')), h('dd', {}, a.slot ? fmt.slot(a.slot) : '—'),
      h('dt', {}, t('appeal.language')), h('dd', {}, t(`language.${a.language}`))),
    a.answers?.length
      ? h('section', { 'aria-labelledby': 'ans-h', 'data-testid': 'answers' }, h('h3', { id: 'ans-h' }, t('public.answer')),
        a.answers.map((x) => h('div', { class: 'answer' },
          h('blockquote', { lang: a.language }, x.text),
          h('p', { class: 'meta' }, [x.executor, x.at ? fmt.instant(x.at) : null].filter(Boolean).join(' · ')))),
        a.letter ? letterLink(a.letter) : null)
      : a.letter ? h('section', { 'data-testid': 'answers' }, letterLink(a.letter)) : null,
    h('h3', {}, t('public.messages')),
    a.messages?.length
      ? h('ul', { class: 'messages', 'data-testid': 'messages' }, a.messages.map((m) => h('li', {},
        h('p', { class: 'meta' }, `${fmt.instant(m.at)} · ${t(`kind.${m.kind}`)}`),
        m.text ? h('blockquote', { lang: a.language }, m.text) : h('p', { class: 'muted' }, t('appeal.noText')))))
      : h('p', { class: 'muted' }, t('public.noMessages')));
}

// §33: the answer letter the Department attached, opened by the same code.
function letterLink(letter) {
  const kind = letter.contentType === 'application/pdf' ? 'PDF' : letter.contentType === 'image/png' ? 'PNG' : 'JPEG';
  return h('p', { class: 'letter' }, h('a', { href: letter.url, 'data-testid': 'letter', target: '_blank', rel: 'noopener' },
    `${t('public.letter')} (${kind}, ${Math.max(1, Math.round(letter.size / 1024))} КБ)`));
}

async function load(focus) {
  const code = codeFromPath();
  appeal = null;
  failure = null;
  if (code) {
    try {
      appeal = (await api(`/api/public/appeals/${encodeURIComponent(code)}`)).data;
      if (!chosenByReader && (appeal.language === 'kk' || appeal.language === 'ru')) setLang(appeal.language, { persist: false });
    } catch (err) {
      failure = err instanceof ApiError && err.status === 404 ? () => t('public.notFound') : () => problemMessage(err);
    }
  }
  render(focus);
}

initLang();
window.addEventListener('popstate', () => load(true));
load(false).then(() => focusHeading(main));
