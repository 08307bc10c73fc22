// The forms of the staff actions the appeal's `actions` lists (docs/api.md "Staff actions"); nothing else is offered.
import { api, clearFieldErrors, showAlert, showProblem, upload } from '../api.js';
import { alertBox, checkbox, field, h, id, select } from '../dom.js';
import * as fmt from '../format.js';
import { t } from '../i18n.js';

/** Builds one form per allowed action. */
export async function actionForms(ctx, appeal, env) {
  const forms = [];
  for (const action of appeal.actions ?? []) {
    if (action === 'review') forms.push(await review(ctx, appeal, env));
    else if (action === 'centralBodyResponse') forms.push(centralBody(ctx, appeal, env));
    else if (action === 'decision') forms.push(decision(ctx, appeal, env));
    else if (action === 'interpreter') forms.push(interpreter(ctx, appeal, env));
    else if (action === 'reception') forms.push(reception(ctx, appeal, env));
    else if (action === 'instructionAnswer') forms.push(...answers(ctx, appeal, env));
    else if (action === 'survey') forms.push(survey(ctx, appeal, env));
    else if (action === 'answerLetter') forms.push(answerLetter(appeal, env));
  }
  return forms;
}

/** A form card that posts `body()` to `path`, then follows the workflow until the appeal shows the step. */
function actionForm(appeal, env, { action, title, path, body, content, submitLabel }) {
  const alert = alertBox();
  const submit = h('button', { type: 'submit' }, submitLabel ?? t('action.submit'));
  const form = h('form', { class: 'card action', novalidate: true, 'data-action': action, 'aria-labelledby': `${action}-h` },
    h('h3', { id: `${action}-h` }, title), content, alert, h('div', { class: 'buttons' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    showAlert(alert, '');
    submit.disabled = true;
    try {
      const before = appeal;
      const reply = await api(typeof path === 'function' ? path() : path, { method: 'POST', body: body() });
      env.progress.textContent = t('action.accepted', { status: t(`status.${reply.data?.status}`) });
      env.progress.hidden = false;
      const changed = await followWorkflow(appeal.appealId, before);
      await env.reload(changed ? t('action.recorded') : t('action.pending'));
    } catch (err) {
      showProblem(form, alert, err);
      submit.disabled = false;
    }
  });
  return form;
}

/** Re-reads the appeal after ~1 s, then every second for up to ~10 s, until its history changes. */
async function followWorkflow(appealId, before) {
  const steps = before.history?.length ?? 0;
  await sleep(1000);
  for (let i = 0; i < 10; i += 1) {
    try {
      const { data } = await api(`/api/appeals/${encodeURIComponent(appealId)}`);
      const answers = (x) => (x.instructions ?? []).reduce((n, ins) => n + (ins.answers?.length ?? 0), 0);
      if ((data.history?.length ?? 0) !== steps || data.status !== before.status || answers(data) !== answers(before)
        || JSON.stringify(data.actions) !== JSON.stringify(before.actions)) return true;
    } catch { /* try again */ }
    await sleep(1000);
  }
  return false;
}

function sleep(ms) { return new Promise((r) => { setTimeout(r, ms); }); }

function textarea(fieldName, rows = 3) { return h('textarea', { rows, 'data-field': fieldName }); }
function input(fieldName, type = 'text', attrs = {}) { return h('input', { type, 'data-field': fieldName, ...attrs }); }

/** A group of radio buttons; returns { el, value() }. */
function radios(legend, name, options, onChange) {
  const group = `${name}-${id()}`;
  const inputs = options.map(([value, text], i) => {
    const r = h('input', { type: 'radio', name: group, value, id: id(), checked: i === 0, 'data-field': i === 0 ? name : null });
    r.addEventListener('change', () => onChange?.(value));
    return [r, h('label', { for: r.id }, text)];
  });
  return {
    el: h('fieldset', { class: 'radios' }, h('legend', {}, legend), inputs.map(([r, l]) => h('span', { class: 'radio' }, r, l))),
    value: () => inputs.find(([r]) => r.checked)?.[0].value,
  };
}

async function review(ctx, appeal, env) {
  const officials = await ctx.officials(true);
  const official = select([['', t('review.chooseOfficial')], ...officials.map((o) => [o.officialId, fmt.officialName(o)])], { 'data-field': 'officialId' });
  const preferred = officials.find((o) => o.officialId === appeal.requestedOfficial);
  if (preferred) official.value = preferred.officialId;
  const day = select([['', t('review.chooseOfficialFirst')]], { 'data-field': 'proposedDate' });
  const dayNote = h('p', { class: 'hint', 'aria-live': 'polite' });
  async function loadDays() {
    day.replaceChildren(h('option', { value: '' }, official.value ? t('review.loadingDays') : t('review.chooseOfficialFirst')));
    dayNote.textContent = '';
    if (!official.value) return;
    const from = ctx.today;
    const to = fmt.addDays(from, 60);
    try {
      const { data } = await api(`/api/officials/${encodeURIComponent(official.value)}/days?from=${from}&to=${to}`);
      const days = (data.days ?? []).filter((d) => d.proposable);
      day.replaceChildren(h('option', { value: '' }, days.length ? t('review.chooseDay') : t('review.noDays')),
        ...days.map((d) => h('option', { value: d.date },
          `${fmt.date(d.date)} ${fmt.time(d.start)}–${fmt.time(d.end)}, ${t(`mode.${d.mode}`)} — ${t('review.room', { booked: d.booked, capacity: d.capacity })}`)));
      if (days.length === 1) day.value = days[0].date;
      dayNote.textContent = t('review.onlyProposable');
    } catch (err) {
      day.replaceChildren(h('option', { value: '' }, t('review.noDays')));
      dayNote.textContent = err.message;
    }
  }
  official.addEventListener('change', loadDays);
  await loadDays();

  const reason = textarea('reason');
  const consultation = checkbox(t('review.consultation'), { 'data-field': 'consultationGiven' });
  const centralBody = input('centralBody');
  const parts = {
    propose: h('div', {}, field(t('review.official'), official), field(t('review.date'), day), dayNote),
    refuse: h('div', { hidden: true }, consultation.el),
    extend: h('div', { hidden: true }),
    requestCentralBody: h('div', { hidden: true }, field(t('review.centralBody'), centralBody)),
  };
  const reasonField = h('div', { hidden: true }, field(t('review.reason'), reason));
  const outcome = radios(t('review.outcome'), 'outcome', ['propose', 'refuse', 'extend', 'requestCentralBody'].map((o) => [o, t(`review.${o}`)]), (value) => {
    for (const [k, el] of Object.entries(parts)) el.hidden = k !== value;
    reasonField.hidden = value === 'propose';
  });
  return actionForm(appeal, env, {
    action: 'review',
    title: t('action.review'),
    path: `/api/appeals/${appeal.appealId}/review`,
    content: [outcome.el, ...Object.values(parts), reasonField],
    body: () => {
      const o = outcome.value();
      if (o === 'propose') return { outcome: o, officialId: official.value || null, proposedDate: day.value || null };
      if (o === 'requestCentralBody') return { outcome: o, centralBody: centralBody.value.trim() || null, reason: reason.value.trim() || null };
      if (o === 'refuse') return { outcome: o, reason: reason.value.trim() || null, consultationGiven: consultation.input.checked };
      return { outcome: o, reason: reason.value.trim() || null };
    },
  });
}

function centralBody(ctx, appeal, env) {
  const participates = radios(t('central.participates'), 'participates', [['true', t('common.yes')], ['false', t('common.no')]]);
  const note = textarea('note', 2);
  return actionForm(appeal, env, {
    action: 'centralBodyResponse',
    title: t('action.centralBodyResponse'),
    path: `/api/appeals/${appeal.appealId}/central-body-response`,
    content: [participates.el, field(t('central.note'), note)],
    body: () => ({ participates: participates.value() === 'true', note: note.value.trim() || null }),
  });
}

function decision(ctx, appeal, env) {
  const reason = textarea('reason', 2);
  const reasonField = h('div', { hidden: true }, field(t('decision.reason'), reason));
  const approve = radios(t('decision.choice'), 'approve', [['true', t('decision.approve')], ['false', t('decision.refuse')]], (v) => { reasonField.hidden = v === 'true'; });
  const proposal = appeal.proposal
    ? h('p', {}, t('decision.proposal', { official: ctx.officialLabel(appeal.proposal.officialId), date: fmt.date(appeal.proposal.proposedDate ?? appeal.proposal.date) }))
    : null;
  return actionForm(appeal, env, {
    action: 'decision',
    title: t('action.decision'),
    path: `/api/appeals/${appeal.appealId}/decision`,
    content: [proposal, approve.el, reasonField],
    body: () => (approve.value() === 'true' ? { approve: true } : { approve: false, reason: reason.value.trim() || null }),
  });
}

// R16: the office names the interpreter before the reception; the language comes filled in when the applicant named it.
function interpreter(ctx, appeal, env) {
  const name = input('name');
  const language = input('language');
  language.value = appeal.interpreter?.language ?? appeal.interpreterLanguage ?? '';
  const due = appeal.interpreter?.due ? h('p', {}, t('interpreter.due', { date: fmt.date(appeal.interpreter.due) })) : null;
  return actionForm(appeal, env, {
    action: 'interpreter',
    title: t('action.interpreter'),
    path: `/api/appeals/${appeal.appealId}/interpreter`,
    content: [due, field(t('interpreter.name'), name), field(t('interpreter.language'), language)],
    body: () => ({ name: name.value.trim() || null, language: language.value.trim() || null }),
  });
}

// R24: at the akim's reception the protocol records which invited bodies took part.
const PARTICIPANTS = ['prosecutor', 'internalAffairs', 'antiCorruption', 'courtsAdministration'];

function reception(ctx, appeal, env) {
  const akims = appeal.slot?.officialId?.toLowerCase() === 'akim';
  const attendance = akims ? PARTICIPANTS.map((p) => ({ id: p, box: checkbox(t(`participant.${p}`), { 'data-participant': p }) })) : [];
  const attendancePart = akims
    ? h('fieldset', { 'data-field': 'attendance' }, h('legend', {}, t('reception.attendance')), ...attendance.map((a) => a.box.el))
    : null;
  const identity = checkbox(t('reception.identity'), { 'data-field': 'identityVerified' });
  // §33: what the official answered; the applicant is told it when no instruction follows.
  const answerGiven = h('textarea', { rows: 3, 'data-field': 'answer', name: 'answer' });
  const instructionRows = h('div', { class: 'rows', 'data-testid': 'instruction-rows' });
  const handedRows = h('div', { class: 'rows', 'data-testid': 'handed-rows' });
  const renumber = () => {
    [...instructionRows.children].forEach((row, i) => {
      row.querySelector('legend').textContent = t('reception.instructionN', { n: i + 1 });
      for (const el of row.querySelectorAll('[data-name]')) el.dataset.field = `instructions[${i}].${el.dataset.name}`;
    });
    [...handedRows.children].forEach((row, i) => {
      row.querySelector('legend').textContent = t('reception.handedInN', { n: i + 1 });
      row.querySelector('[data-name]').dataset.field = `handedInAppeals[${i}].subject`;
    });
  };
  const addInstruction = () => {
    const text = h('textarea', { rows: 2, 'data-name': 'text' });
    const assignee = h('input', { type: 'text', 'data-name': 'assignee' });
    const due = h('input', { type: 'date', 'data-name': 'dueDate', min: fmt.addDays(ctx.today, 1) });
    const row = h('fieldset', { class: 'row' }, h('legend', {}),
      field(t('ins.text'), text), field(t('ins.assignee'), assignee), field(t('ins.dueDate'), due),
      h('button', { type: 'button', class: 'secondary', onclick: () => { row.remove(); renumber(); addButton.focus(); } }, t('reception.removeRow')));
    instructionRows.append(row);
    renumber();
    text.focus();
  };
  const addHanded = () => {
    const subject = h('textarea', { rows: 2, 'data-name': 'subject' });
    const row = h('fieldset', { class: 'row' }, h('legend', {}), field(t('reception.handedSubject'), subject),
      h('button', { type: 'button', class: 'secondary', onclick: () => { row.remove(); renumber(); addHandedButton.focus(); } }, t('reception.removeRow')));
    handedRows.append(row);
    renumber();
    subject.focus();
  };
  const addButton = h('button', { type: 'button', class: 'secondary', onclick: addInstruction, 'data-testid': 'add-instruction' }, t('reception.addInstruction'));
  const addHandedButton = h('button', { type: 'button', class: 'secondary', onclick: addHanded, 'data-testid': 'add-handed' }, t('reception.addHanded'));
  const heldPart = h('div', {},
    identity.el,
    attendancePart,
    field(t('reception.answer'), answerGiven, t('reception.answerHint')),
    h('h4', {}, t('reception.instructions')), h('p', { class: 'hint' }, t('reception.instructionsHint')), instructionRows, addButton,
    h('h4', {}, t('reception.handedIn')), handedRows, addHandedButton);
  const outcome = radios(t('reception.outcome'), 'outcome', [['held', t('reception.held')], ['noShow', t('reception.noShow')]], (v) => { heldPart.hidden = v !== 'held'; });
  return actionForm(appeal, env, {
    action: 'reception',
    title: t('action.reception'),
    path: `/api/appeals/${appeal.appealId}/reception`,
    content: [appeal.slot ? h('p', {}, t('reception.slot', { slot: fmt.slot(appeal.slot, ctx.officialLabel(appeal.slot.officialId)) })) : null, outcome.el, heldPart],
    body: () => {
      if (outcome.value() === 'noShow') return { outcome: 'noShow' };
      return {
        outcome: 'held',
        identityVerified: identity.input.checked,
        answer: answerGiven.value.trim() || null,
        instructions: [...instructionRows.children].map((row) => ({
          text: row.querySelector('[data-name=text]').value.trim() || null,
          assignee: row.querySelector('[data-name=assignee]').value.trim() || null,
          dueDate: row.querySelector('[data-name=dueDate]').value || null,
        })),
        handedInAppeals: [...handedRows.children].map((row) => ({ subject: row.querySelector('[data-name=subject]').value.trim() || null })),
        ...(akims ? { attendance: attendance.filter((a) => a.box.input.checked).map((a) => a.id) } : {}),
      };
    },
  });
}

function answers(ctx, appeal, env) {
  const open = (appeal.instructions ?? []).filter((i) => i.underControl && !i.answers?.some((a) => a.final));
  return open.map((ins) => {
    const executor = input('executor');
    const answer = textarea('answer');
    const final = checkbox(t('answer.final'), { 'data-field': 'final' });
    return actionForm(appeal, env, {
      action: `instructionAnswer-${ins.number}`,
      title: t('action.instructionAnswer', { n: ins.number }),
      path: `/api/appeals/${appeal.appealId}/instructions/${ins.number}/answer`,
      content: [
        h('p', {}, `${ins.text} — ${ins.assignee}, ${t('ins.dueDate')}: ${fmt.date(ins.dueDate)}`),
        field(t('answer.executor'), executor), field(t('answer.answer'), answer), final.el],
      body: () => ({ executor: executor.value.trim() || null, answer: answer.value.trim() || null, final: final.input.checked }),
    });
  });
}

function survey(ctx, appeal, env) {
  const score = select([['', t('survey.choose')], ...[5, 4, 3, 2, 1].map((n) => [String(n), t(`survey.score${n}`)])], { 'data-field': 'score' });
  const comment = textarea('comment', 2);
  const phone = appeal.applicant?.phone ? h('p', {}, t('survey.call', { phone: appeal.applicant.phone })) : null;
  return actionForm(appeal, env, {
    action: 'survey',
    title: t('action.survey'),
    path: `/api/appeals/${appeal.appealId}/survey`,
    content: [phone, field(t('survey.score'), score), field(t('survey.comment'), comment)],
    body: () => ({ score: score.value ? Number(score.value) : null, comment: comment.value.trim() || null }),
  });
}

/** §33: the answer letter (PDF, PNG or JPEG, at most 5 MiB) as a file; the applicant's page and last message link it. */
function answerLetter(appeal, env) {
  const alert = alertBox();
  const file = h('input', { type: 'file', accept: 'application/pdf,image/png,image/jpeg', 'data-field': 'file', required: true });
  const submit = h('button', { type: 'submit' }, t('letter.upload'));
  const form = h('form', { class: 'card action', novalidate: true, 'data-action': 'answerLetter', 'aria-labelledby': 'answerLetter-h' },
    h('h3', { id: 'answerLetter-h' }, t('letter.title')),
    field(t('letter.file'), file, t('letter.hint')),
    alert, h('div', { class: 'buttons' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    showAlert(alert, '');
    const chosen = file.files?.[0];
    if (!chosen) { showAlert(alert, t('letter.choose')); file.focus(); return; }
    submit.disabled = true;
    try {
      await upload(`/api/appeals/${encodeURIComponent(appeal.appealId)}/answer-letter`, chosen);
      await env.reload(t('letter.uploaded'));
    } catch (err) {
      showProblem(form, alert, err);
      submit.disabled = false;
    }
  });
  return form;
}
