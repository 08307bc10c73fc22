// The head's restrictive measures (R17): from then on every reception is by video conference.
import { api, showAlert, showProblem } from '../api.js';
import { alertBox, field, h, statusBox } from '../dom.js';
import { t } from '../i18n.js';

export function panel() {
  const alert = alertBox();
  const done = statusBox();
  const reason = h('textarea', { rows: 2, 'data-field': 'reason' });
  const state = h('p', { class: 'measures-state', role: 'status' }, '');
  const showState = (s) => { state.textContent = s?.active ? t('measures.stateOn', { reason: s.reason ?? '' }) : t('measures.stateOff'); };
  api('/api/restrictive-measures').then(({ data }) => showState(data)).catch(() => { state.textContent = ''; });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'measures-h' },
    h('h2', { id: 'measures-h' }, t('measures.title')),
    h('p', { class: 'muted' }, t('measures.about')),
    state,
    field(t('measures.reason'), reason),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', value: 'on', class: 'danger' }, t('measures.impose')),
      h('button', { type: 'submit', value: 'off', class: 'secondary' }, t('measures.lift'))),
    alert, done);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const active = e.submitter?.value !== 'off';
    showAlert(alert, '');
    done.hidden = true;
    try {
      const { data } = await api('/api/restrictive-measures', { method: 'POST', body: { active, reason: reason.value.trim() || null } });
      done.textContent = t(active ? 'measures.imposed' : 'measures.lifted', { n: data?.movedToVideo?.length ?? 0 });
      done.hidden = false;
      showState({ active, reason: reason.value.trim() || null });
    } catch (err) {
      showProblem(form, alert, err);
    }
  });
  return form;
}
