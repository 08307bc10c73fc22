// The office registers a paper, courier or oral appeal (POST /api/intake/office; docs/api.md "Intake").
import { api, clearFieldErrors, showAlert, showProblem } from '../api.js';
import { alertBox, checkbox, field, focusHeading, h, replace, select } from '../dom.js';
import { t } from '../i18n.js';

const CATEGORIES = ['wwiiVeteran', 'wwiiEquatedVeteran', 'combatVeteran', 'disability', 'pregnant', 'altynKyran', 'halykKaharmany', 'enbekEri'];

export async function render(main, ctx) {
  const officials = await ctx.officials(true);
  const alert = alertBox();
  const f = {
    channel: select(['paper', 'courier', 'oral'].map((c) => [c, t(`channel.${c}`)]), { 'data-field': 'channel', name: 'channel' }),
    externalId: h('input', { type: 'text', 'data-field': 'externalId', name: 'externalId', autocomplete: 'off' }),
    type: select(['individual', 'legalEntityRepresentative', 'individualRepresentative'].map((k) => [k, t(`applicantType.${k}`)]), { 'data-field': 'applicant.type', name: 'type' }),
    iin: h('input', { type: 'text', inputmode: 'numeric', maxlength: 12, 'data-field': 'applicant.iin', name: 'iin', autocomplete: 'off' }),
    lastName: h('input', { type: 'text', 'data-field': 'applicant.lastName', name: 'lastName' }),
    firstName: h('input', { type: 'text', 'data-field': 'applicant.firstName', name: 'firstName' }),
    middleName: h('input', { type: 'text', 'data-field': 'applicant.middleName', name: 'middleName' }),
    phone: h('input', { type: 'tel', 'data-field': 'applicant.phone', name: 'phone', placeholder: '+77011234567' }),
    email: h('input', { type: 'email', 'data-field': 'applicant.email', name: 'email' }),
    citizenship: h('input', { type: 'text', 'data-field': 'applicant.citizenship', name: 'citizenship', value: 'KZ', maxlength: 9 }),
    bin: h('input', { type: 'text', inputmode: 'numeric', maxlength: 12, 'data-field': 'applicant.legalEntity.bin', name: 'bin' }),
    entityName: h('input', { type: 'text', 'data-field': 'applicant.legalEntity.name', name: 'entityName' }),
    authority: h('input', { type: 'text', 'data-field': 'applicant.legalEntity.authorityDocument', name: 'authority' }),
    // §10: a foreign national or stateless person without an IIN is registered by their document.
    docType: select(['passport', 'residencePermit', 'statelessPersonCertificate'].map((k) => [k, t(`document.${k}`)]), { 'data-field': 'applicant.document.type', name: 'docType' }),
    docNumber: h('input', { type: 'text', maxlength: 20, 'data-field': 'applicant.document.number', name: 'docNumber', autocomplete: 'off' }),
    docCountry: h('input', { type: 'text', maxlength: 2, 'data-field': 'applicant.document.country', name: 'docCountry' }),
    representedName: h('input', { type: 'text', 'data-field': 'applicant.represents.fullName', name: 'representedName' }),
    representedAuthority: h('input', { type: 'text', 'data-field': 'applicant.represents.authorityDocument', name: 'representedAuthority' }),
    subject: h('textarea', { rows: 5, 'data-field': 'subject', name: 'subject' }),
    requestedOfficial: h('input', { type: 'text', list: 'officials-list', 'data-field': 'requestedOfficial', name: 'requestedOfficial', value: 'akim' }),
    language: select([['kk', t('language.kk')], ['ru', t('language.ru')]], { 'data-field': 'language', name: 'language' }),
  };
  const video = checkbox(t('intake.video'), { 'data-field': 'videoConference', name: 'videoConference' });
  const interpreter = checkbox(t('intake.interpreter'), { 'data-field': 'needsInterpreter', name: 'needsInterpreter' });
  const categories = CATEGORIES.map((c) => ({ c, box: checkbox(t(`category.${c}`), { value: c, 'data-field': `applicant.categories.${c}`, name: 'categories' }) }));
  const entity = h('fieldset', { hidden: true }, h('legend', {}, t('intake.legalEntity')),
    field(t('intake.bin'), f.bin), field(t('intake.entityName'), f.entityName), field(t('intake.authority'), f.authority));
  const represented = h('fieldset', { hidden: true }, h('legend', {}, t('intake.represented')),
    field(t('intake.representedName'), f.representedName), field(t('intake.authority'), f.representedAuthority, t('intake.powerOfAttorneyHint')));
  f.type.addEventListener('change', () => {
    entity.hidden = f.type.value !== 'legalEntityRepresentative';
    represented.hidden = f.type.value !== 'individualRepresentative';
  });
  const noIin = checkbox(t('intake.noIin'), { 'data-field': 'noIin', name: 'noIin' });
  const documentPart = h('fieldset', { hidden: true, 'data-testid': 'identity-document' }, h('legend', {}, t('intake.document')),
    field(t('intake.documentType'), f.docType), field(t('intake.documentNumber'), f.docNumber), field(t('intake.documentCountry'), f.docCountry, t('intake.documentCountryHint')));
  noIin.input.addEventListener('change', () => {
    documentPart.hidden = !noIin.input.checked;
    f.iin.disabled = noIin.input.checked;
  });

  const submit = h('button', { type: 'submit' }, t('intake.submit'));
  const form = h('form', { class: 'intake', novalidate: true },
    h('fieldset', {}, h('legend', {}, t('intake.source')),
      field(t('intake.channel'), f.channel), field(t('intake.externalId'), f.externalId, t('intake.externalIdHint'))),
    h('fieldset', {}, h('legend', {}, t('intake.applicant')),
      field(t('intake.type'), f.type),
      field(t('applicant.iin'), f.iin, t('intake.iinHint')), noIin.el,
      field(t('intake.lastName'), f.lastName), field(t('intake.firstName'), f.firstName), field(t('intake.middleName'), f.middleName),
      field(t('applicant.phone'), f.phone), field(t('applicant.email'), f.email),
      field(t('applicant.citizenship'), f.citizenship, t('intake.citizenshipHint'))),
    documentPart, entity, represented,
    h('fieldset', { class: 'checks', 'data-field': 'applicant.categories' }, h('legend', {}, t('intake.categories')), categories.map((x) => x.box.el)),
    h('fieldset', {}, h('legend', {}, t('intake.question')),
      field(t('appeal.subject'), f.subject),
      field(t('appeal.requestedOfficial'), f.requestedOfficial),
      h('datalist', { id: 'officials-list' }, officials.map((o) => h('option', { value: o.officialId }, o.name?.ru ?? o.officialId))),
      field(t('appeal.language'), f.language), video.el, interpreter.el),
    alert,
    h('div', { class: 'buttons' }, submit));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    showAlert(alert, '');
    const v = (x) => x.value.trim() || null;
    const body = {
      channel: f.channel.value,
      externalId: v(f.externalId),
      applicant: {
        type: f.type.value,
        iin: noIin.input.checked ? null : v(f.iin),
        document: noIin.input.checked ? { type: f.docType.value, number: v(f.docNumber), country: v(f.docCountry) } : null,
        represents: f.type.value === 'individualRepresentative' ? { fullName: v(f.representedName), authorityDocument: v(f.representedAuthority) } : null,
        lastName: v(f.lastName),
        firstName: v(f.firstName),
        middleName: v(f.middleName),
        phone: v(f.phone),
        email: v(f.email),
        citizenship: v(f.citizenship),
        categories: categories.filter((x) => x.box.input.checked).map((x) => x.c),
        legalEntity: f.type.value === 'legalEntityRepresentative' ? { bin: v(f.bin), name: v(f.entityName), authorityDocument: v(f.authority) } : null,
      },
      subject: f.subject.value.trim(),
      requestedOfficial: v(f.requestedOfficial),
      language: f.language.value,
      videoConference: video.input.checked,
      needsInterpreter: interpreter.input.checked,
    };
    submit.disabled = true;
    try {
      const { data } = await api('/api/intake/office', { method: 'POST', body });
      ctx.navigate(`#/appeal/${encodeURIComponent(data.appealId)}`);
    } catch (err) {
      showProblem(form, alert, err);
      submit.disabled = false;
    }
  });

  replace(main, h('h1', {}, t('nav.intake')), h('p', { class: 'muted' }, t('intake.about')), form);
  focusHeading(main);
}
