// One appeal: status, deadlines, slot, instructions, messages sent, history; forms only for the actions the caller may take now.
import { api } from '../api.js';
import { focusHeading, h, replace, statusBox } from '../dom.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';
import { actionForms } from './actions.js';

export async function render(main, ctx, appealId, { keepFocus = false, notice = null } = {}) {
  const [{ data: appeal }] = await Promise.all([api(`/api/appeals/${encodeURIComponent(appealId)}`), ctx.officials()]);
  const today = ctx.today;
  const progress = statusBox();
  if (notice) { progress.textContent = notice; progress.hidden = false; }

  const reload = async (message) => render(main, ctx, appealId, { keepFocus: true, notice: message });
  const forms = await actionForms(ctx, appeal, { progress, reload });

  replace(main,
    h('p', { class: 'crumbs' }, h('button', { type: 'button', class: 'link', onclick: () => history.back() }, t('appeal.back'))),
    h('h1', {}, t('appeal.title', { number: appeal.registrationNumber ?? '—' })),
    h('p', { class: 'status-line' },
      h('span', { class: `status s-${appeal.status}`, 'data-testid': 'status', 'data-status': appeal.status }, t(`status.${appeal.status}`)),
      appeal.extended ? h('span', { class: 'tag' }, t('appeal.extended')) : null,
      appeal.awaiting ? h('span', { class: 'muted' }, ` ${t('appeal.awaiting')}: ${t(`awaiting.${appeal.awaiting}`)}`) : null),
    progress,
    h('div', { class: 'columns' },
      h('section', { class: 'card', 'aria-labelledby': 'sum-h' },
        h('h2', { id: 'sum-h' }, t('appeal.summary')),
        dl([
          ['appeal.channel', t(`channel.${appeal.channel}`)],
          ['appeal.received', fmt.instant(appeal.receivedAt)],
          ['appeal.registeredOn', fmt.date(appeal.registeredOn)],
          ['appeal.registrationDue', deadline(today, appeal.deadlines?.registrationDue, !appeal.registeredOn)],
          ['appeal.answerDue', deadline(today, appeal.deadlines?.answerDue, isOpen(appeal))],
          ['appeal.language', t(`language.${appeal.language}`)],
          ['appeal.requestedOfficial', ctx.officialLabel(appeal.requestedOfficial)],
          ['appeal.slot', fmt.slot(appeal.slot, ctx.officialLabel(appeal.slot?.officialId))],
          appeal.proposal ? ['appeal.proposal', `${ctx.officialLabel(appeal.proposal.officialId)}, ${fmt.date(appeal.proposal.proposedDate ?? appeal.proposal.date)}`] : null,
          ['appeal.tracking', h('a', { href: `/status/${encodeURIComponent(appeal.trackingCode)}`, 'data-testid': 'tracking' }, appeal.trackingCode)],
          appeal.reason ? ['appeal.reason', appeal.reason] : null,
          appeal.earlierAppeal ? ['appeal.earlier', appeal.earlierAppeal] : null,
          appeal.fromPersonalReception ? ['appeal.fromReception', appeal.parentAppealId ? h('a', { href: `#/appeal/${appeal.parentAppealId}` }, t('appeal.parent')) : t('common.yes')] : null,
        ])),
      h('section', { class: 'card', 'aria-labelledby': 'app-h' },
        h('h2', { id: 'app-h' }, t('appeal.applicant')),
        // Erased (retention, or a lawful request): the steps stay, the person and the question do not.
        appeal.personalDataErasedAt
          ? h('p', { class: 'notice', 'data-testid': 'erased' }, t('appeal.personalDataErased', { at: fmt.date(appeal.personalDataErasedAt.slice(0, 10)) }))
          : applicant(appeal),
        appeal.personalDataErasedAt ? null : h('h3', {}, t('appeal.subject')),
        appeal.personalDataErasedAt ? null : h('p', { class: 'subject' }, appeal.subject || t('appeal.noSubject')))),
    forms.length ? h('section', { class: 'actions', 'aria-labelledby': 'act-h' }, h('h2', { id: 'act-h' }, t('appeal.actions')), forms) : null,
    instructions(appeal, today),
    messages(appeal),
    history(appeal));
  if (!keepFocus) focusHeading(main);
  else if (notice) progress.focus?.();
}

function isOpen(appeal) {
  return !['closed', 'refused', 'leftWithoutConsideration', 'noShow'].includes(appeal.status);
}

function deadline(today, due, pending) {
  if (!due) return '—';
  const left = pending ? fmt.calendarDaysLeft(today, due) : '';
  const n = fmt.daysBetween(today, due);
  const state = !pending ? '' : n < 0 ? 'overdue' : n <= 2 ? 'soon' : '';
  return h('span', {}, fmt.date(due), left ? ' ' : '', left ? h('span', { class: state ? `badge ${state}` : 'muted' }, left) : null);
}

function dl(rows) {
  return h('dl', { class: 'facts' }, rows.filter(Boolean).map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value ?? '—')]));
}

function applicant(appeal) {
  const a = appeal.applicant ?? {};
  return dl([
    ['applicant.name', [a.lastName, a.firstName, a.middleName].filter(Boolean).join(' ')],
    ['applicant.type', t(`applicantType.${a.type}`)],
    // The server leaves out what the reader's role does not need (README "Who sees what").
    a.iin ? ['applicant.iin', a.iin] : null,
    'phone' in a && a.phone !== null ? ['applicant.phone', a.phone] : null,
    'email' in a && a.email !== null ? ['applicant.email', a.email] : null,
    ['applicant.citizenship', a.citizenship],
    a.categories?.length ? ['applicant.categories', a.categories.map((c) => t(`category.${c}`)).join(', ')] : null,
    a.legalEntity ? ['applicant.legalEntity', `${a.legalEntity.name} (${a.legalEntity.bin})`] : null,
    a.document ? ['applicant.document', `${t(`document.${a.document.type}`)} ${a.document.number} (${a.document.country})`] : null,
    a.represents ? ['applicant.represents', `${a.represents.fullName} (${a.represents.authorityDocument})`] : null,
    appeal.needsInterpreter ? ['applicant.interpreter', interpreterText(appeal)] : null,
    appeal.receptionAnswer ? ['appeal.receptionAnswer', appeal.receptionAnswer] : null,
    appeal.attendance?.length ? ['applicant.attendance', appeal.attendance.map((p) => t(`participant.${p}`)).join(', ')] : null,
    appeal.videoConference ? ['applicant.video', t('common.yes')] : null,
  ]);
}

// R16: what the applicant asked for, and who was arranged.
function interpreterText(appeal) {
  const language = appeal.interpreter?.language ?? appeal.interpreterLanguage;
  const asked = language ? `${t('common.yes')}: ${language}` : t('common.yes');
  return appeal.interpreter?.name ? `${asked} — ${appeal.interpreter.name}` : asked;
}

function instructions(appeal, today) {
  if (!appeal.instructions?.length) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'ins-h' },
    h('h2', { id: 'ins-h' }, t('appeal.instructions')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['col.number', 'ins.text', 'ins.assignee', 'ins.dueDate', 'ins.state', 'ins.answers'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, appeal.instructions.map((i) => {
        const closed = i.answers?.some((a) => a.final);
        return h('tr', {},
          h('td', {}, String(i.number)),
          h('td', {}, i.text),
          h('td', {}, i.assignee),
          h('td', {}, deadline(today, i.dueDate, !closed)),
          h('td', {}, closed ? t('ins.closed') : i.overdue ? h('span', { class: 'badge overdue' }, t('ins.overdue')) : i.underControl ? t('ins.underControl') : '—'),
          h('td', {}, (i.answers ?? []).map((a) => h('p', {},
            `${fmt.instant(a.at)} — ${a.executor}: ${a.answer}`, a.final ? h('span', { class: 'tag' }, t('ins.final')) : null))));
      })))));
}

function messages(appeal) {
  const list = appeal.notifications ?? [];
  return h('section', { class: 'card', 'aria-labelledby': 'msg-h' },
    h('h2', { id: 'msg-h' }, t('appeal.messages')),
    list.length === 0 ? h('p', { class: 'muted' }, t('appeal.noMessages')) : h('ul', { class: 'messages', 'data-testid': 'messages' }, list.map((n) => h('li', {},
      h('p', { class: 'meta' }, `${fmt.instant(n.at)} · ${t(`kind.${n.kind}`)} · ${t(`language.${n.language}`)}`),
      n.text ? h('blockquote', { lang: n.language }, n.text) : h('p', { class: 'muted' }, t('appeal.noText'))))));
}

function history(appeal) {
  return h('section', { class: 'card', 'aria-labelledby': 'his-h' },
    h('h2', { id: 'his-h' }, t('appeal.history')),
    h('ol', { class: 'timeline', 'data-testid': 'history' }, chronological(appeal.history ?? []).map((s) => h('li', { 'data-step': s.step },
      h('p', { class: 'meta' },
        h('time', { datetime: s.at }, fmt.instant(s.at)), ' ',
        h('span', { class: 'rule' }, s.rule)),
      h('p', { class: 'step' }, h('strong', {}, t(`step.${s.step}`))),
      // Given in the page's language by the service (Accept-Language); a sentence it has no text for stays English.
      s.detail ? h('p', { class: 'detail' }, s.detail) : null,
      h('p', { class: 'by' }, s.by
        ? t('history.by', { name: s.by.name, role: t(`role.${s.by.role ?? s.role}`) })
        : t('history.system'))))));
}

/** Steps in the order they happened (the stored history may append a step later than it happened). */
function chronological(steps) {
  return steps.map((s, i) => ({ s, i, at: Date.parse(s.at) || 0 })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.s);
}
