// The office's reception-day calendar of one official: the days, adding a day (POST /api/schedule),
// a day's bookings in R7 order, and marking the official absent on a day (R14).
import { api, clearFieldErrors, problemMessage, showAlert, showProblem } from '../api.js';
import { alertBox, field, focusHeading, h, replace, select, statusBox } from '../dom.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';
import { bookingsTable } from './receptions.js';

export async function render(main, ctx) {
  const officials = await ctx.officials(true);
  const chooser = select([['', t('calendar.newOfficial')], ...officials.map((o) => [o.officialId, fmt.officialName(o)])], { id: 'cal-official' });
  const officialId = h('input', { type: 'text', 'data-field': 'officialId', autocomplete: 'off' });
  const nameKk = h('input', { type: 'text', 'data-field': 'officialName.kk' });
  const nameRu = h('input', { type: 'text', 'data-field': 'officialName.ru' });
  const daysBox = h('div', { 'aria-live': 'polite' });
  const dayNotice = statusBox();
  const notify = (text) => { dayNotice.textContent = text; dayNotice.hidden = false; };
  const alert = alertBox();
  const done = statusBox();

  const sync = async () => {
    const o = officials.find((x) => x.officialId === chooser.value);
    officialId.value = o?.officialId ?? '';
    nameKk.value = o?.name?.kk ?? '';
    nameRu.value = o?.name?.ru ?? '';
    officialId.readOnly = Boolean(o);
    await listDays();
  };

  async function listDays() {
    const idValue = officialId.value.trim();
    if (!idValue) { replace(daysBox, h('p', { class: 'muted' }, t('calendar.chooseFirst'))); return; }
    const from = ctx.today;
    const to = fmt.addDays(from, 90);
    try {
      const { data } = await api(`/api/officials/${encodeURIComponent(idValue)}/days?from=${from}&to=${to}`);
      replace(daysBox, h('h2', {}, t('calendar.days', { official: idValue })),
        data.days?.length ? daysTable(ctx, idValue, data.days, listDays, notify) : h('p', { class: 'muted' }, t('calendar.noDays')));
    } catch (err) {
      replace(daysBox, h('div', { class: 'alert', role: 'alert', 'data-kind': 'error' }, problemMessage(err)));
    }
  }

  const date = h('input', { type: 'date', 'data-field': 'date', min: ctx.today });
  const start = h('input', { type: 'time', 'data-field': 'start', value: '10:00' });
  const end = h('input', { type: 'time', 'data-field': 'end', value: '13:00' });
  const slotMinutes = h('input', { type: 'number', min: 5, max: 480, step: 5, 'data-field': 'slotMinutes', value: '20' });
  const mode = select([['inPerson', t('mode.inPerson')], ['video', t('mode.video')]], { 'data-field': 'mode' });
  const kind = select(['scheduled', 'beforeReportingMeeting', 'afterReportingMeeting', 'onAkimsOrder'].map((k) => [k, t(`dayKind.${k}`)]), { 'data-field': 'kind' });
  const exceptionReason = h('input', { type: 'text', 'data-field': 'exceptionReason' });
  const place = h('input', { type: 'text', 'data-field': 'place', maxlength: 300 });
  const connection = h('input', { type: 'text', 'data-field': 'connection', maxlength: 500 });
  const add = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'add-day-h', 'data-testid': 'add-day' },
    h('h2', { id: 'add-day-h' }, t('calendar.addDay')),
    h('div', { class: 'grid' },
      field(t('calendar.officialId'), officialId, t('calendar.officialIdHint')),
      field(t('calendar.nameKk'), nameKk), field(t('calendar.nameRu'), nameRu),
      field(t('calendar.date'), date), field(t('calendar.start'), start), field(t('calendar.end'), end),
      field(t('calendar.slotMinutes'), slotMinutes), field(t('calendar.mode'), mode), field(t('calendar.kind'), kind),
      field(t('calendar.exceptionReason'), exceptionReason, t('calendar.exceptionReasonHint')),
      field(t('calendar.place'), place, t('calendar.placeHint')),
      field(t('calendar.connection'), connection, t('calendar.connectionHint'))),
    alert, done,
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, t('calendar.save'))));
  add.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(add);
    showAlert(alert, '');
    done.hidden = true;
    const body = {
      officialId: officialId.value.trim() || null,
      officialName: { kk: nameKk.value.trim() || null, ru: nameRu.value.trim() || null },
      date: date.value || null,
      start: start.value ? `${start.value.slice(0, 5)}:00` : null,
      end: end.value ? `${end.value.slice(0, 5)}:00` : null,
      slotMinutes: slotMinutes.value ? Number(slotMinutes.value) : null,
      mode: mode.value,
      kind: kind.value,
      exceptionReason: exceptionReason.value.trim() || null,
      place: place.value.trim() || null,
      connection: connection.value.trim() || null,
    };
    try {
      const { data } = await api('/api/schedule', { method: 'POST', body });
      done.textContent = t('calendar.saved', { date: fmt.date(data.date), slots: data.slots });
      done.hidden = false;
      const fresh = await ctx.officials(true);
      const o = fresh.find((x) => x.officialId === data.officialId);
      if (o && !officials.some((x) => x.officialId === o.officialId)) {
        officials.push(o);
        chooser.append(h('option', { value: o.officialId }, fmt.officialName(o)));
        chooser.value = o.officialId;
        officialId.readOnly = true;
      }
      await listDays();
    } catch (err) {
      showProblem(add, alert, err);
    }
  });

  replace(main,
    h('h1', {}, t('nav.calendar')),
    h('div', { class: 'field' }, h('label', { for: 'cal-official' }, t('calendar.official')), chooser),
    add,
    dayNotice,
    daysBox);
  if (officials.length) chooser.value = officials[0].officialId;
  chooser.addEventListener('change', sync);
  officialId.addEventListener('change', () => { if (!officialId.readOnly) listDays(); });
  await sync();
  focusHeading(main);
}

function daysTable(ctx, officialId, days, refresh, notify) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'list', 'data-testid': 'days' },
    h('thead', {}, h('tr', {}, ['calendar.date', 'calendar.hours', 'calendar.mode', 'calendar.kind', 'calendar.booked', 'calendar.proposable', 'calendar.dayActions']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, days.map((d) => dayRow(ctx, officialId, d, refresh, notify)))));
}

function dayRow(ctx, officialId, d, refresh, notify) {
  const details = h('tr', { hidden: true }, h('td', { colspan: 7 }));
  const show = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, t('calendar.bookings'));
  const absent = h('button', { type: 'button', class: 'secondary' }, t('calendar.absent'));
  show.addEventListener('click', async () => {
    if (show.getAttribute('aria-expanded') === 'true') { details.hidden = true; show.setAttribute('aria-expanded', 'false'); return; }
    show.setAttribute('aria-expanded', 'true');
    details.hidden = false;
    replace(details.firstChild, h('p', { class: 'muted' }, '…'));
    try {
      const { data } = await api(`/api/officials/${encodeURIComponent(officialId)}/receptions?date=${d.date}`);
      replace(details.firstChild, bookingsTable(data.items ?? []));
    } catch (err) {
      replace(details.firstChild, h('div', { class: 'alert', role: 'alert', 'data-kind': 'error' }, problemMessage(err)));
    }
  });
  absent.addEventListener('click', () => {
    details.hidden = false;
    const reason = h('input', { type: 'text', 'data-field': 'reason' });
    const alert = alertBox();
    const form = h('form', { class: 'inline', novalidate: true },
      field(t('calendar.absentReason'), reason), alert,
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'danger' }, t('calendar.absentConfirm', { date: fmt.date(d.date) }))));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const { data } = await api(`/api/officials/${encodeURIComponent(officialId)}/unavailability`, { method: 'POST', body: { date: d.date, reason: reason.value.trim() || null } });
        notify(`${fmt.date(d.date)}: ${t('calendar.absentDone', { n: data.movedAppeals?.length ?? 0 })}${data.noticeInTime === false ? ` ${t('calendar.absentLate')}` : ''}`);
        await refresh();
      } catch (err) {
        showProblem(form, alert, err);
      }
    });
    replace(details.firstChild, form);
    reason.focus();
  });
  return [
    h('tr', { 'data-date': d.date },
      h('td', {}, fmt.date(d.date)),
      h('td', {}, `${fmt.time(d.start)}–${fmt.time(d.end)} / ${d.slotMinutes} ${t('calendar.min')}`),
      h('td', {}, t(`mode.${d.mode}`)),
      h('td', {}, t(`dayKind.${d.kind}`)),
      h('td', {}, `${d.booked} / ${d.capacity}`),
      h('td', {}, d.proposable ? t('common.yes') : t('common.no')),
      h('td', {}, h('div', { class: 'buttons tight' }, show, absent))),
    details,
  ];
}
