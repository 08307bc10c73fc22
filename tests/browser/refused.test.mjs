// (c) Refused requests: a second Department tab proposing after the first already did gets the 409
// message; a field error (a bad IIN) shows at its field.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  apiCall, BASE, dictionaries, expectStatus, launch, newPage, shot, signIn, today, unique, validIin, waitForAppeal, weekdaysAhead,
} from './lib.mjs';

let browser;
let words;
before(async () => { browser = await launch(); words = await dictionaries(); });
after(async () => { await browser?.close(); });

test('a second tab proposing after the first gets the clear 409 message', { timeout: 90000 }, async () => {
  const day = weekdaysAhead(await today(), 12);
  const added = await apiCall('POST', '/api/schedule', 'dev-office', {
    officialId: 'akim', officialName: { kk: 'Облыс әкімі', ru: 'Аким области' }, date: day, start: '10:00:00', end: '13:00:00', slotMinutes: 20, mode: 'inPerson',
  });
  assert.equal(added.status, 201);
  const intake = await apiCall('POST', '/api/intake/call-center', 'dev-callcenter', {
    externalId: `CC-${unique()}`,
    applicant: { type: 'individual', iin: validIin('880808', 4, 5501), lastName: 'Нұрова', firstName: 'Гүлнар', citizenship: 'KZ', categories: [] },
    subject: `Жер учаскесі ${unique()}`,
    requestedOfficial: 'akim',
    language: 'kk',
  });
  assert.equal(intake.status, 202);
  const { appealId } = intake.data;
  await waitForAppeal(appealId, (a) => a.awaiting === 'review');

  const first = await newPage(browser, 'ru');
  await signIn(first, 'department.nurlan');
  const second = await first.context().newPage();
  second.errors = [];
  second.on('pageerror', (e) => second.errors.push(e.message));
  const propose = async (page) => {
    const form = page.locator('form[data-action=review]');
    await form.locator('select[data-field=officialId]').selectOption('akim');
    await form.locator(`select[data-field=proposedDate] option[value="${day}"]`).waitFor({ state: 'attached' });
    await form.locator('select[data-field=proposedDate]').selectOption(day);
    await form.locator('button[type=submit]').click();
    return form;
  };
  for (const page of [first, second]) {
    await page.goto(`${BASE}/#/appeal/${appealId}`);
    await page.locator('form[data-action=review]').waitFor();
  }
  await propose(first);
  await expectStatus(first, 'awaitingDecision');
  const stale = await propose(second);
  const alert = stale.locator('[role=alert]');
  await alert.filter({ hasText: words.ru['error.conflict'] }).waitFor();
  assert.ok((await alert.textContent()).startsWith(words.ru['error.conflict']));
  assert.ok(await alert.isVisible());
  await shot(second, 'refused-1-conflict');
  assert.deepEqual([...first.errors, ...second.errors], []);
  await first.context().close();
});

test('a bad IIN on the intake form is shown at the IIN field', { timeout: 60000 }, async () => {
  const page = await newPage(browser, 'kk');
  await signIn(page, 'office.saule');
  await page.goto(`${BASE}/#/intake`);
  await page.locator('form.intake').waitFor();
  await page.fill('[data-field=externalId]', `J-${unique()}`);
  await page.fill('[data-field="applicant.iin"]', '900101400123');
  await page.fill('[data-field="applicant.lastName"]', 'Тест');
  await page.fill('[data-field="applicant.firstName"]', 'Тест');
  await page.fill('[data-field=subject]', 'Тест');
  await page.locator('form.intake button[type=submit]').click();
  const iin = page.locator('[data-field="applicant.iin"]');
  const error = page.locator('.field-error[data-error-for="applicant.iin"]');
  await error.waitFor();
  assert.equal(await iin.getAttribute('aria-invalid'), 'true');
  // The message sits in the IIN field's own block and is announced with it.
  const sameField = await page.evaluate(() => {
    const input = document.querySelector('[data-field="applicant.iin"]');
    const msg = document.querySelector('.field-error[data-error-for="applicant.iin"]');
    return input.closest('.field') === msg.closest('.field') && (input.getAttribute('aria-describedby') || '').includes(msg.id);
  });
  assert.ok(sameField, 'the error is at the IIN field');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.field), 'applicant.iin', 'focus moves to the field');
  const alert = page.locator('form.intake [role=alert]');
  assert.ok((await alert.textContent()).startsWith(words.kk['error.invalid']));
  assert.ok(page.url().includes('#/intake'), 'nothing was registered');
  await shot(page, 'refused-2-bad-iin');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an appeal whose personal data was erased shows its steps and no person, in kk and ru', { timeout: 90000 }, async () => {
  const subject = `Тротуар ${unique()}`;
  const intake = await apiCall('POST', '/api/intake/call-center', 'dev-callcenter', {
    externalId: `CC-${unique()}`,
    applicant: { type: 'individual', iin: validIin('770707', 3, 4401), lastName: 'Сейітова', firstName: 'Әсел', citizenship: 'KZ', categories: [] },
    subject,
    requestedOfficial: 'akim',
    language: 'kk',
  });
  assert.equal(intake.status, 202);
  const { appealId } = intake.data;
  await waitForAppeal(appealId, (a) => a.awaiting === 'review');
  const refused = await apiCall('POST', `/api/appeals/${appealId}/review`, 'dev-department', { outcome: 'refuse', reason: 'Не относится к компетенции' });
  assert.equal(refused.status, 202);
  await waitForAppeal(appealId, (a) => a.status === 'refused');
  // The workflow ends a moment after its last step: the operator's erasure asks to wait until then (bounded).
  let erased;
  for (let attempt = 0; attempt < 20; attempt++) {
    erased = await apiCall('POST', `/api/operations/appeals/${appealId}/erase`, 'dev-operator', { reason: 'заявление от 1 декабря 2026 г.' });
    if (erased.status !== 409) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.equal(erased.status, 200);

  for (const lang of ['kk', 'ru']) {
    const page = await newPage(browser, lang);
    await signIn(page, 'department.nurlan');
    await page.goto(`${BASE}/#/appeal/${appealId}`);
    const notice = page.locator('[data-testid=erased]');
    await notice.waitFor();
    assert.ok((await notice.textContent()).startsWith(words[lang]['appeal.personalDataErased'].split('{at}')[0]));
    const text = await page.locator('main').textContent();
    assert.ok(!text.includes('Сейітова') && !text.includes(subject), 'no name and no question on the screen');
    assert.ok(text.includes(words[lang]['step.personalDataErased']), 'the erasure is a step of the history');
    assert.ok(text.includes(words[lang]['step.refused'] ?? 'refused'), 'the earlier steps stay');
    await shot(page, `refused-3-erased-${lang}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
