// (b) The applicant's page: the status and the words sent, by tracking code, without personal data;
// a wrong code says so clearly.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, BASE, dictionaries, launch, newPage, shot, signIn, today, unique, unlabelledControls, validIin, waitForAppeal, weekdaysAhead } from './lib.mjs';

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

test('the Department attaches the answer letter; the applicant\'s page shows the answer and opens the letter, in kk and ru', { timeout: 120000 }, async () => {
  // Set-up through the API: a Kazakh appeal received by deputy 2 with one instruction, under control.
  const now = await today();
  const day = weekdaysAhead(now, 12);
  const added = await apiCall('POST', '/api/schedule', 'dev-office', {
    officialId: 'deputy2', officialName: { kk: 'Екінші орынбасар', ru: 'Второй заместитель' }, date: day, start: '15:00:00', end: '17:00:00', slotMinutes: 10, mode: 'inPerson',
  });
  assert.equal(added.status, 201);
  const intake = await apiCall('POST', '/api/intake/call-center', 'dev-callcenter', {
    externalId: `CC-${unique()}`,
    applicant: { type: 'individual', iin: validIin('880808', 3, 5511), lastName: 'Сейітов', firstName: 'Асхат', phone: '+77015550011', citizenship: 'KZ', categories: [] },
    subject: 'Аулаға жарық орнату', requestedOfficial: 'deputy2', language: 'kk',
  });
  assert.equal(intake.status, 202);
  const { appealId, trackingCode } = intake.data;
  await waitForAppeal(appealId, (a) => a.awaiting === 'review');
  assert.equal((await apiCall('POST', `/api/appeals/${appealId}/review`, 'dev-department', { outcome: 'propose', officialId: 'deputy2', proposedDate: day })).status, 202);
  await waitForAppeal(appealId, (a) => a.awaiting === 'decision');
  assert.equal((await apiCall('POST', `/api/appeals/${appealId}/decision`, 'dev-head', { approve: true })).status, 202);
  await waitForAppeal(appealId, (a) => a.status === 'scheduled');
  const held = await apiCall('POST', `/api/appeals/${appealId}/reception`, 'dev-office', {
    outcome: 'held', identityVerified: true, instructions: [{ text: 'Аулаға шам орнату', assignee: 'ТКШ бөлімі', dueDate: weekdaysAhead(now, 30) }],
  });
  assert.equal(held.status, 202);
  await waitForAppeal(appealId, (a) => a.status === 'underControl');

  // The Department uploads the letter from the appeal's screen.
  const page = await newPage(browser, 'ru');
  await signIn(page, 'department.nurlan');
  await page.goto(`${BASE}/#/appeal/${appealId}`);
  const form = page.locator('form[data-action=answerLetter]');
  await form.waitFor();
  // The history's details and a refused file's error read in Russian, not English.
  const historyText = await page.locator('[data-testid=history]').textContent();
  assert.ok(historyText.includes('Зарегистрировано под номером') && !historyText.includes('Registered as'), 'history details in the page\'s language');
  await form.locator('input[type=file]').setInputFiles({ name: 'otvet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
  await form.locator('button[type=submit]').click();
  await form.locator('.field-error').filter({ hasText: 'не является файлом application/pdf' }).waitFor();
  await form.locator('input[type=file]').setInputFiles({ name: 'otvet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await shot(page, 'applicant-4-letter-upload-ru');
  await form.locator('button[type=submit]').click();
  await page.locator('[role=status]').filter({ hasText: words.ru['letter.uploaded'] }).first().waitFor();
  await page.context().close();

  const answer = `Аулаға шам орнатылды ${unique()}`;
  assert.equal((await apiCall('POST', `/api/appeals/${appealId}/instructions/1/answer`, 'dev-department', { executor: 'ТКШ бөлімі', answer, final: true })).status, 202);
  await waitForAppeal(appealId, (a) => a.status === 'closed');

  for (const lang of ['kk', 'ru']) {
    const reader = await newPage(browser, lang);
    await reader.goto(`${BASE}/status/${trackingCode}`);
    await reader.locator('[data-testid=status][data-status=closed]').waitFor();
    if ((await reader.getAttribute('html', 'lang')) !== lang) await reader.selectOption('#lang', lang);
    await reader.locator('[data-testid=answers] h3').filter({ hasText: words[lang]['public.answer'] }).waitFor();
    assert.ok((await reader.locator('[data-testid=answers]').textContent()).includes(answer), 'the answer\'s own words');
    const link = reader.locator('[data-testid=letter]');
    assert.ok((await link.textContent()).startsWith(words[lang]['public.letter']));
    const href = await link.getAttribute('href');
    const file = await fetch(`${BASE}${href}`, { signal: AbortSignal.timeout(10000) });
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    const lastMessage = await reader.locator('[data-testid=messages] li').last().textContent();
    assert.ok(lastMessage.includes(href), 'the last message links the letter');
    await shot(reader, `applicant-5-answer-and-letter-${lang}`);
    assert.deepEqual(reader.errors, []);
    await reader.context().close();
  }
});
