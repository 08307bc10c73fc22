// The official's receptions: today's and the coming days' applicants, in the order they are received (R7).
import { api, problemMessage } from '../api.js';
import { focusHeading, h, replace } from '../dom.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';

export async function render(main, ctx) {
  const officialId = ctx.me.officialId;
  replace(main, h('h1', {}, t('nav.receptions')));
  if (!officialId) {
    main.append(h('p', { class: 'muted' }, t('receptions.noOfficial')));
    focusHeading(main);
    return;
  }
  const from = ctx.today;
  const { data } = await api(`/api/officials/${encodeURIComponent(officialId)}/days?from=${from}&to=${fmt.addDays(from, 60)}`);
  const days = (data.days ?? []).filter((d) => d.booked > 0 || d.date === from);
  main.append(h('p', { class: 'muted' }, t('receptions.about')));
  if (!days.length) main.append(h('p', { class: 'muted', 'data-testid': 'empty' }, t('receptions.none')));
  for (const d of days) {
    const section = h('section', { class: 'card', 'aria-labelledby': `day-${d.date}`, 'data-date': d.date },
      h('h2', { id: `day-${d.date}` }, `${d.date === from ? `${t('receptions.today')}, ` : ''}${fmt.date(d.date)} · ${fmt.time(d.start)}–${fmt.time(d.end)} · ${t(`mode.${d.mode}`)}`));
    main.append(section);
    try {
      const r = await api(`/api/officials/${encodeURIComponent(officialId)}/receptions?date=${d.date}`);
      section.append(bookingsTable(r.data.items ?? []));
    } catch (err) {
      section.append(h('div', { class: 'alert', role: 'alert', 'data-kind': 'error' }, problemMessage(err)));
    }
  }
  focusHeading(main);
}

/** A day's bookings in R7 order; each row opens the appeal. */
export function bookingsTable(items) {
  if (!items.length) return h('p', { class: 'muted' }, t('receptions.noBookings'));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'list', 'data-testid': 'bookings' },
    h('thead', {}, h('tr', {}, ['receptions.order', 'receptions.time', 'col.number', 'col.applicant', 'col.subject', 'receptions.mode', 'receptions.language', 'col.status']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, items.map((b) => {
      const href = `#/appeal/${encodeURIComponent(b.appealId)}`;
      const tr = h('tr', { 'data-appeal': b.appealId },
        h('td', {}, String(b.order)),
        h('td', {}, fmt.time(b.time)),
        h('td', {}, h('a', { href }, b.registrationNumber ?? b.appealId.slice(0, 8)),
          b.outOfTurn ? h('span', { class: 'tag' }, t('worklist.outOfTurn')) : null),
        h('td', {}, b.applicantName ?? ''),
        h('td', { class: 'excerpt' }, b.subjectExcerpt ?? ''),
        h('td', {}, t(`mode.${b.mode}`)),
        h('td', {}, b.language ? t(`language.${b.language}`) : '—', b.needsInterpreter ? h('span', { class: 'tag' }, t('receptions.interpreter')) : null),
        h('td', {}, b.status ? t(`status.${b.status}`) : '—'));
      tr.addEventListener('click', (e) => { if (!e.target.closest('a')) location.hash = href; });
      return tr;
    }))));
}
