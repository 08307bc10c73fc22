// (b) The applicant's page: the status and the words sent, by tracking code, without personal data;
// a wrong code says so clearly.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, BASE, dictionaries, launch, newPage, shot, unique, unlabelledControls, validIin, waitForAppeal } from './lib.mjs';

let browser;
let words;
before(async () => { browser = await launch(); words = await dictionaries(); });
after(async () => { await browser?.close(); });

test('the applicant sees status and messages in the appeal\'s language; a wrong code is told clearly', { timeout: 90000 }, async () => {
  // Set-up through the API: a call-centre appeal in Russian that the Department refuses with a reason.
  const iin = validIin('770707', 3, 4401);
  const reason = `Вопрос не относится к компетенции местных исполнительных органов ${unique()}`;
  const intake = await apiCall('POST', '/api/intake/call-center', 'dev-callcenter', {
    externalId: `CC-${unique()}`,
    applicant: { type: 'individual', iin, lastName: 'Петров', firstName: 'Пётр', phone: '+77017654321', citizenship: 'KZ', categories: [] },
    subject: 'Вопрос о пенсии',
    requestedOfficial: 'akim',
    language: 'ru',
  });
  assert.equal(intake.status, 202);
  const { appealId, trackingCode } = intake.data;
  await waitForAppeal(appealId, (a) => a.awaiting === 'review');
  const refused = await apiCall('POST', `/api/appeals/${appealId}/review`, 'dev-department', { outcome: 'refuse', reason });
  assert.equal(refused.status, 202);
  await waitForAppeal(appealId, (a) => a.status === 'refused' && a.notifications.length > 0);

  // A Kazakh-speaking browser still sees the appeal in Russian, the language of its messages.
  const page = await newPage(browser, 'kk');
  await page.goto(`${BASE}/status/${trackingCode}`);
  await page.locator('[data-testid=status][data-status=refused]').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.equal((await page.locator('[data-testid=status]').textContent()).trim(), words.ru['status.refused']);
  const messages = await page.locator('[data-testid=messages]').textContent();
  assert.ok(messages.includes(reason), 'the refusal message with its reason is shown word for word');
  const text = await page.locator('main').textContent();
  for (const personal of [iin, 'Петров', '+77017654321', 'Вопрос о пенсии']) assert.ok(!text.includes(personal), `no personal data: ${personal}`);
  assert.deepEqual(await unlabelledControls(page), []);
  await shot(page, 'applicant-1-refused-ru');

  // Switching to Kazakh relabels the page; the message stays in the words sent.
  await page.selectOption('#lang', 'kk');
  await page.locator('[data-testid=status]').filter({ hasText: words.kk['status.refused'] }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'kk');
  assert.ok((await page.locator('[data-testid=messages]').textContent()).includes(reason));
  await shot(page, 'applicant-2-refused-kk');

  // The form: a wrong code.
  await page.goto(`${BASE}/status`);
  await page.fill('#code', 'ZZZZZZZZZZZZ');
  await page.locator('form.lookup button[type=submit]').click();
  const error = page.locator('[data-testid=public-error]');
  await error.waitFor();
  const lang = await page.getAttribute('html', 'lang');
  assert.equal((await error.textContent()).trim(), words[lang]['public.notFound']);
  assert.equal(await error.getAttribute('role'), 'alert');
  await shot(page, 'applicant-3-wrong-code');

  // The form: the right code.
  await page.fill('#code', trackingCode.toLowerCase());
  await page.locator('form.lookup button[type=submit]').click();
  await page.locator('[data-testid=status][data-status=refused]').waitFor();
  assert.ok(page.url().endsWith(`/status/${trackingCode}`));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
