// Requests for materials (R26): the office or the Department asks a unit for materials by a date,
// sees which are open or overdue, and records the unit's answer. Each request is its own workflow.
import { api, clearFieldErrors, showAlert, showProblem } from '../api.js';
import { alertBox, field, focusHeading, h, replace, statusBox } from '../dom.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';

export async function render(main, ctx) {
  const mayWrite = (ctx.me.roles ?? [ctx.me.role]).some((r) => r === 'office' || r === 'department');
  const list = h('div', { 'data-testid': 'materials-list' });
  replace(main, h('h1', {}, t('nav.materials')), h('p', { class: 'muted' }, t('materials.about')),
    mayWrite ? newRequestForm(ctx, () => refresh()) : null, list);
  async function refresh() {
    const { data } = await api('/api/materials-requests?state=all');
    replace(list, table(data.items ?? [], mayWrite, () => refresh()));
  }
  await refresh();
  focusHeading(main);
}

function newRequestForm(ctx, changed) {
  const unit = h('input', { type: 'text', 'data-field': 'unit' });
  const email = h('input', { type: 'email', 'data-field': 'unitEmail' });
  const materials = h('textarea', { rows: 2, 'data-field': 'materials' });
  const due = h('input', { type: 'date', 'data-field': 'dueDate', min: fmt.addDays(ctx.today, 1) });
  const appeal = h('input', { type: 'text', 'data-field': 'appealId' });
  const alert = alertBox();
  const done = statusBox();
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'materials-new-h', 'data-testid': 'materials-new' },
    h('h2', { id: 'materials-new-h' }, t('materials.new')),
    field(t('materials.unit'), unit), field(t('materials.unitEmail'), email, t('materials.unitEmailHint')),
    field(t('materials.materials'), materials), field(t('materials.due'), due), field(t('materials.appeal'), appeal),
    alert, done, h('div', { class: 'buttons' }, h('button', { type: 'submit' }, t('materials.send'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    showAlert(alert, '');
    done.hidden = true;
    try {
      await api('/api/materials-requests', { method: 'POST', body: {
        unit: unit.value.trim() || null, unitEmail: email.value.trim() || null, materials: materials.value.trim() || null,
        dueDate: due.value || null, appealId: appeal.value.trim() || null } });
      form.reset();
      done.textContent = t('materials.sent');
      done.hidden = false;
      // The request's workflow stores it a moment later.
      setTimeout(changed, 800);
    } catch (err) {
      showProblem(form, alert, err);
    }
  });
  return form;
}

function table(items, mayWrite, changed) {
  if (!items.length) return h('p', { class: 'muted', 'data-testid': 'empty' }, t('materials.none'));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'list', 'data-testid': 'materials' },
    h('caption', { class: 'visually-hidden' }, t('nav.materials')),
    h('thead', {}, h('tr', {}, ['materials.unit', 'materials.materials', 'materials.due', 'col.status', 'materials.answer'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, items.map((r) => h('tr', { 'data-request': r.requestId, 'data-state': r.state, class: r.state === 'overdue' ? 'due-overdue' : '' },
      h('td', {}, r.unit, r.unitEmail ? h('div', { class: 'muted' }, r.unitEmail) : null),
      h('td', {}, r.materials, r.appealId ? h('div', {}, h('a', { href: `#/appeal/${r.appealId}` }, t('materials.toAppeal'))) : null),
      h('td', {}, fmt.date(r.due)),
      h('td', {}, r.state === 'overdue' ? h('span', { class: 'badge overdue' }, t('materials.state.overdue')) : t(`materials.state.${r.state}`),
        r.escalations?.length ? h('div', { class: 'muted' }, t('materials.escalated', { n: r.escalations.length })) : null),
      h('td', {}, r.answer ?? (mayWrite ? answerForm(r, changed) : '—')))))));
}

function answerForm(r, changed) {
  const answer = h('textarea', { rows: 2, 'data-field': 'answer', 'aria-label': t('materials.answer') });
  const alert = alertBox();
  const form = h('form', { novalidate: true, class: 'inline' }, answer, alert, h('button', { type: 'submit', class: 'secondary' }, t('materials.record')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    showAlert(alert, '');
    try {
      await api(`/api/materials-requests/${encodeURIComponent(r.requestId)}/answer`, { method: 'POST', body: { answer: answer.value.trim() || null } });
      setTimeout(changed, 800);
    } catch (err) {
      showProblem(form, alert, err);
    }
  });
  return form;
}
