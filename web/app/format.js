// Dates as the staff read them: local dates dd.MM.yyyy, instants in Asia/Almaty.
import { t, lang } from './i18n.js';

/** 'yyyy-MM-dd' → 'dd.MM.yyyy'. */
export function date(iso) {
  if (!iso) return '—';
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** 'HH:mm:ss' → 'HH:mm'. */
export function time(value) {
  return value ? String(value).slice(0, 5) : '—';
}

/** An ISO instant → 'dd.MM.yyyy HH:mm' in Almaty. */
export function instant(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d);
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

/** Whole days from one local date to another. */
export function daysBetween(fromIso, toIso) {
  const a = Date.UTC(...ymd(fromIso));
  const b = Date.UTC(...ymd(toIso));
  return Math.round((b - a) / 86400000);
}

function ymd(iso) {
  const [y, m, d] = String(iso).slice(0, 10).split('-').map(Number);
  return [y, m - 1, d];
}

/** A local date plus n calendar days. */
export function addDays(iso, n) {
  const d = new Date(Date.UTC(...ymd(iso)) + n * 86400000);
  return d.toISOString().slice(0, 10);
}

/** "3 days left" / "due today" / "overdue by 2 days", for calendar days. */
export function calendarDaysLeft(today, due) {
  if (!today || !due) return '';
  const n = daysBetween(today, due);
  if (n > 0) return t('due.calendarLeft', { n });
  if (n === 0) return t('due.today');
  return t('due.calendarOverdue', { n: -n });
}

/** A slot as one line: date, time, mode. */
export function slot(s, officialName) {
  if (!s) return '—';
  const who = officialName ? `${officialName}, ` : '';
  return `${who}${date(s.date)} ${time(s.time)}, ${t(`mode.${s.mode}`)}`;
}

/** The name of an official in the current language. */
export function officialName(o) {
  if (!o) return '';
  const name = o.name?.[lang()] || o.name?.ru || o.name?.kk;
  return name ? `${name} (${o.officialId})` : o.officialId;
}
