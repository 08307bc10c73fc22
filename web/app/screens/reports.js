// The quarter's report (R25): GET /api/reports/quarterly/{year}/{quarter} as tables and inline SVG bar charts, and its CSV.
import { api, showProblem } from '../api.js';
import { alertBox, field, focusHeading, h, replace, select } from '../dom.js';
import { t } from '../i18n.js';

export async function render(main, ctx, query) {
  const today = ctx.today ?? new Date().toISOString().slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  const thisQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const year = select([thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => [String(y), String(y)]), { 'data-field': 'year' });
  const quarter = select([1, 2, 3, 4].map((q) => [String(q), t('reports.quarterN', { n: q })]), { 'data-field': 'quarter' });
  year.value = query.get('year') ?? String(thisYear);
  quarter.value = query.get('quarter') ?? String(thisQuarter);
  const alert = alertBox();
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', novalidate: true },
    field(t('reports.year'), year), field(t('reports.quarter'), quarter), h('button', { type: 'submit' }, t('reports.show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.navigate(`#/reports?year=${year.value}&quarter=${quarter.value}`);
  });
  replace(main, h('h1', {}, t('nav.reports')), form, alert, out);
  focusHeading(main);

  const path = `/api/reports/quarterly/${year.value}/${quarter.value}`;
  try {
    const { data } = await api(path);
    replace(out,
      h('p', {}, h('a', { href: `${path}?format=csv`, download: `reception-${year.value}-Q${quarter.value}.csv`, class: 'button secondary', 'data-testid': 'csv' }, t('reports.csv')),
        ' ', h('a', { href: `${path}?format=html`, class: 'button secondary' }, t('reports.html'))),
      h('div', { class: 'columns' },
        section(t('reports.byChannel'), data.appealsByChannel, (k) => t(`channel.${k}`)),
        section(t('reports.byOutcome'), data.appealsByOutcome, (k) => t(`status.${k}`))),
      h('div', { class: 'columns' },
        deadlines(data.deadlines ?? {}),
        section(t('reports.perOfficial'), data.receptionsPerOfficial, (k) => k)),
      h('section', { class: 'card', 'aria-labelledby': 'sum-h' },
        h('h2', { id: 'sum-h' }, t('reports.summary')),
        figures([
          ['reports.registered', data.registered],
          ['reports.outOfTurnShare', `${Math.round((data.outOfTurnShare ?? 0) * 1000) / 10} %`],
          ['reports.instructionsOpened', data.instructions?.opened],
          ['reports.instructionsClosed', data.instructions?.closed],
          ['reports.instructionsOpen', data.instructions?.open],
          ['reports.instructionsOverdue', data.instructions?.overdue],
          ['reports.surveyed', data.satisfaction?.surveyed],
          ['reports.averageScore', data.satisfaction?.averageScore ?? '—'],
        ])));
  } catch (err) {
    showProblem(form, alert, err);
  }
}

function figures(rows) {
  return h('table', { class: 'list narrow' }, h('tbody', {}, rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, t(k)), h('td', { class: 'num' }, String(v ?? 0))))));
}

function section(title, counts, label) {
  const entries = Object.entries(counts ?? {});
  const hid = `r-${Math.random().toString(36).slice(2, 8)}`;
  return h('section', { class: 'card', 'aria-labelledby': hid },
    h('h2', { id: hid }, title),
    entries.length === 0 ? h('p', { class: 'muted' }, t('reports.none')) : [
      barChart(title, entries.map(([k, v]) => [label(k), v])),
      h('table', { class: 'list narrow' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('reports.key')), h('th', { scope: 'col' }, t('reports.count')))),
        h('tbody', {}, entries.map(([k, v]) => h('tr', {}, h('td', {}, label(k)), h('td', { class: 'num' }, String(v)))))),
    ]);
}

function deadlines(byRule) {
  const entries = Object.entries(byRule);
  return h('section', { class: 'card', 'aria-labelledby': 'dl-h' },
    h('h2', { id: 'dl-h' }, t('reports.deadlines')),
    entries.length === 0 ? h('p', { class: 'muted' }, t('reports.none')) : [
      barChart(t('reports.deadlines'), entries.flatMap(([rule, f]) => [[`${rule} ${t('reports.met')}`, f.met], [`${rule} ${t('reports.missed')}`, f.missed, 'missed']])),
      h('table', { class: 'list narrow' },
        h('thead', {}, h('tr', {}, ['reports.rule', 'reports.met', 'reports.missed'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, entries.map(([rule, f]) => h('tr', {}, h('td', {}, rule), h('td', { class: 'num' }, String(f.met)), h('td', { class: 'num' }, String(f.missed)))))),
    ]);
}

const SVG = 'http://www.w3.org/2000/svg';
function s(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Horizontal bars, labelled with their values; the table beside it carries the same figures for screen readers. */
export function barChart(title, rows) {
  const max = Math.max(1, ...rows.map((r) => Number(r[1]) || 0));
  const rowH = 26;
  const labelW = 190;
  const barW = 220;
  const svg = s('svg', { viewBox: `0 0 ${labelW + barW + 50} ${rows.length * rowH + 6}`, class: 'chart', role: 'img', 'aria-label': title });
  rows.forEach(([label, value, kind], i) => {
    const y = i * rowH + 4;
    const w = Math.max(2, Math.round(((Number(value) || 0) / max) * barW));
    svg.append(
      s('text', { x: labelW - 8, y: y + 15, 'text-anchor': 'end', class: 'chart-label' }, String(label).slice(0, 30)),
      s('rect', { x: labelW, y, width: w, height: rowH - 8, rx: 2, class: kind === 'missed' ? 'bar missed' : 'bar' }),
      s('text', { x: labelW + w + 6, y: y + 15, class: 'chart-value' }, String(value)));
  });
  return svg;
}
