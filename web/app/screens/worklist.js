// A worklist: what waits for an action, soonest deadline first (GET /api/appeals?awaiting=...).
import { api, showAlert, showProblem } from '../api.js';
import { alertBox, checkbox, field, focusHeading, h, replace } from '../dom.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';
import * as measures from './measures.js';

export async function render(main, ctx, awaiting, query) {
  const me = ctx.me;
  const roles = me.roles ?? [me.role];
  const ownOnly = roles.includes('official') && !roles.includes('office') && !roles.includes('department');
  const params = new URLSearchParams({ awaiting });
  if (ownOnly && me.officialId) params.set('officialId', me.officialId);
  else if (query.get('officialId')) params.set('officialId', query.get('officialId'));
  if (query.get('overdue') === 'true') params.set('overdue', 'true');
  if (query.get('dueBefore')) params.set('dueBefore', query.get('dueBefore'));
  params.set('limit', '50');

  await ctx.officials();
  const alert = alertBox();
  const filters = filterForm(ctx, awaiting, query, ownOnly);
  const tbody = h('tbody');
  const table = h('table', { class: 'list', 'data-testid': 'worklist' },
    h('caption', { class: 'visually-hidden' }, t(`nav.${awaiting}`)),
    h('thead', {}, h('tr', {}, columns(awaiting).map((c) => h('th', { scope: 'col' }, t(c))))),
    tbody);
  const empty = h('p', { class: 'muted', hidden: true, 'data-testid': 'empty' }, t('worklist.empty'));
  const more = h('button', { type: 'button', class: 'secondary', hidden: true, 'data-testid': 'more' }, t('worklist.more'));

  replace(main,
    h('h1', {}, t(`nav.${awaiting}`)),
    h('p', { class: 'muted' }, t(`worklist.about.${awaiting}`)),
    filters.form,
    alert,
    h('div', { class: 'table-wrap' }, table),
    empty,
    more,
    roles.includes('head') && awaiting === 'decision' ? measures.panel() : null);
  focusHeading(main);

  let next = null;
  async function load(cursor) {
    const p = new URLSearchParams(params);
    if (cursor) p.set('cursor', cursor);
    try {
      const { data } = await api(`/api/appeals?${p}`);
      for (const item of data.items) tbody.append(row(ctx, awaiting, item));
      next = data.next;
      more.hidden = !next;
      empty.hidden = tbody.children.length > 0;
      table.hidden = tbody.children.length === 0;
      showAlert(alert, '');
    } catch (err) {
      showProblem(filters.form, alert, err);
    }
  }
  more.addEventListener('click', async () => {
    more.disabled = true;
    await load(next);
    more.disabled = false;
    tbody.lastElementChild?.querySelector('a')?.focus();
  });
  await load(null);
}

function columns(awaiting) {
  const cols = ['col.due', 'col.left', 'col.rule', 'col.number', 'col.applicant', 'col.subject'];
  if (awaiting === 'instructionAnswer') cols.push('col.instruction');
  if (awaiting === 'reception' || awaiting === 'decision') cols.push('col.slot');
  cols.push('col.status');
  return cols;
}

function row(ctx, awaiting, item) {
  const href = `#/appeal/${encodeURIComponent(item.appealId)}`;
  const tr = h('tr', { class: `due-${item.dueState ?? 'ok'}`, 'data-appeal': item.appealId },
    h('td', {}, fmt.date(item.due), ' ', dueBadge(item.dueState)),
    h('td', {}, timeLeft(item)),
    h('td', {}, h('span', { class: 'rule' }, item.rule ?? '')),
    h('td', {}, h('a', { href }, item.registrationNumber ?? item.appealId.slice(0, 8)),
      item.outOfTurn ? h('span', { class: 'tag' }, t('worklist.outOfTurn')) : null),
    h('td', {}, item.applicantName ?? ''),
    h('td', { class: 'excerpt' }, item.subjectExcerpt ?? ''),
    awaiting === 'instructionAnswer' ? h('td', {}, item.instruction ? `№${item.instruction}: ${item.instructionText ?? ''}` : '') : null,
    awaiting === 'reception' || awaiting === 'decision' ? h('td', {}, item.slot ? fmt.slot(item.slot, ctx.officialLabel(item.slot.officialId)) : (item.officialId ? ctx.officialLabel(item.officialId) : '—')) : null,
    h('td', {}, t(`status.${item.status}`)));
  // The whole row opens the appeal; the number is the keyboard's link.
  tr.addEventListener('click', (e) => { if (!e.target.closest('a')) ctx.navigate(href); });
  return tr;
}

export function dueBadge(state) {
  if (!state || state === 'ok') return null;
  return h('span', { class: `badge ${state}` }, t(`due.${state}`));
}

function timeLeft(item) {
  const n = item.workingDaysLeft;
  if (n === null || n === undefined) return '—';
  if (n > 0) return t('due.workingLeft', { n });
  if (n === 0) return t('due.today');
  return t('due.workingOverdue', { n: -n });
}

function filterForm(ctx, awaiting, query, ownOnly) {
  const overdue = checkbox(t('filter.overdue'), { 'data-field': 'overdue', checked: query.get('overdue') === 'true' });
  const dueBefore = h('input', { type: 'date', 'data-field': 'dueBefore', value: query.get('dueBefore') ?? '' });
  const official = h('input', { type: 'text', 'data-field': 'officialId', value: query.get('officialId') ?? '', autocomplete: 'off' });
  const form = h('form', { class: 'filters', novalidate: true },
    awaiting === 'survey' ? null : overdue.el,
    field(t('filter.dueBefore'), dueBefore),
    ownOnly ? null : field(t('filter.officialId'), official),
    h('button', { type: 'submit' }, t('filter.apply')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (overdue.input.checked && awaiting !== 'survey') q.set('overdue', 'true');
    if (dueBefore.value) q.set('dueBefore', dueBefore.value);
    if (!ownOnly && official.value.trim()) q.set('officialId', official.value.trim());
    const hash = `#/${awaiting}${q.size ? `?${q}` : ''}`;
    if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else ctx.navigate(hash);
  });
  return { form };
}

