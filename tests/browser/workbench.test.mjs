// The workbench's frame: the menu per role, signing in by keyboard, the language switch remembered,
// the reports with their charts and CSV, and the head's restrictive-measures form refusing a blank reason.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, BASE, dictionaries, launch, newPage, shot, signIn, signOut, today, unique, unlabelledControls, validIin, waitForAppeal, weekdaysAhead } from './lib.mjs';

let browser;
let words;
before(async () => { browser = await launch(); words = await dictionaries(); });
after(async () => { await browser?.close(); });

const menuOf = (page) => page.locator('nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test('each role sees only its menu', { timeout: 60000 }, async () => {
  const page = await newPage(browser, 'ru');
  const expected = {
    'head.marat': ['#/decision', '#/materials', '#/reports'],
    'official.akim': ['#/receptions', '#/reception'],
    'reports.dana': ['#/reports'],
    'department.nurlan': ['#/review', '#/centralBodyResponse', '#/instructionAnswer', '#/decision', '#/interpreter', '#/reception', '#/survey', '#/materials', '#/reports'],
    'office.saule': ['#/review', '#/centralBodyResponse', '#/instructionAnswer', '#/decision', '#/interpreter', '#/reception', '#/survey', '#/intake', '#/calendar', '#/materials'],
  };
  for (const [user, menu] of Object.entries(expected)) {
    await signIn(page, user);
    assert.deepEqual(await menuOf(page), menu, user);
    assert.equal(await page.locator('nav a[aria-current=page]').getAttribute('href'), menu[0], `${user} lands on the first entry`);
    for (const route of menu) {
      await page.locator(`nav a[href="${route}"]`).click();
      await page.locator(`nav a[aria-current=page][href="${route}"]`).waitFor();
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await unlabelledControls(page), [], `${user} ${route}: every control has a label`);
    }
    await signOut(page);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('signing in works by keyboard alone, and the language switch is remembered', { timeout: 60000 }, async () => {
  const page = await newPage(browser, 'kk');
  await page.goto(`${BASE}/`);
  await page.locator('button[data-user]').first().waitFor();
  let focused = '';
  for (let i = 0; i < 15 && focused !== 'reports.dana'; i += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.dataset?.user ?? '');
  }
  assert.equal(focused, 'reports.dana', 'the user buttons are reachable by Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=me]').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'kk');
  assert.equal((await page.locator('h1').textContent()).trim(), words.kk['nav.reports']);

  await page.selectOption('#lang', 'ru');
  await page.locator('h1', { hasText: words.ru['nav.reports'] }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.equal(await page.evaluate(() => localStorage.getItem('reception.lang')), 'ru');
  await page.reload();
  await page.locator('h1', { hasText: words.ru['nav.reports'] }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');

  // The quarter's report: tables, inline SVG charts where there are figures, and the CSV.
  await page.locator('.card').first().waitFor();
  const charts = await page.locator('svg.chart').count();
  const empty = await page.locator('.card .muted', { hasText: words.ru['reports.none'] }).count();
  assert.ok(charts + empty >= 4, 'every section shows a chart or says it has no figures');
  const csv = await page.request.get(`${BASE}${await page.locator('[data-testid=csv]').getAttribute('href')}`);
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()['content-type'], /text\/csv/);
  assert.match(await csv.text(), /^section,key,value/);
  await shot(page, 'workbench-1-reports');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the head\'s restrictive measures need a reason, shown at the field', { timeout: 60000 }, async () => {
  const page = await newPage(browser, 'kk');
  await signIn(page, 'head.marat');
  const form = page.locator('form[aria-labelledby=measures-h]');
  await form.waitFor();
  await form.locator('button[value=on]').click();
  await form.locator('.field-error[data-error-for=reason]').waitFor();
  assert.equal(await form.locator('[data-field=reason]').getAttribute('aria-invalid'), 'true');
  assert.ok((await form.locator('[role=alert]').textContent()).startsWith(words.kk['error.invalid']));
  await shot(page, 'workbench-2-head');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the office adds a day for a new official, sees its bookings and marks the official absent (R14)', { timeout: 60000 }, async () => {
  const page = await newPage(browser, 'ru');
  const officialId = `dep${unique().toLowerCase()}`;
  const day = weekdaysAhead(await today(), 15);
  await signIn(page, 'office.saule');
  await page.locator('nav a[href="#/calendar"]').click();
  const form = page.locator('[data-testid=add-day]');
  await form.waitFor();
  await page.selectOption('#cal-official', '');
  await form.locator('[data-field=officialId]').fill(officialId);
  await form.locator('[data-field="officialName.kk"]').fill('Орынбасар');
  await form.locator('[data-field="officialName.ru"]').fill('Заместитель');
  await form.locator('[data-field=date]').fill(day);
  await form.locator('[data-field=mode]').selectOption('video');
  await form.locator('button[type=submit]').click();
  const row = page.locator(`[data-testid=days] tr[data-date="${day}"]`);
  await row.waitFor();
  assert.equal(await page.locator('#cal-official').inputValue(), officialId, 'the new official joins the chooser');
  assert.ok((await row.textContent()).includes(words.ru['mode.video']));
  await row.locator('button', { hasText: words.ru['calendar.bookings'] }).click();
  await page.locator('.view', { hasText: words.ru['receptions.noBookings'] }).waitFor();
  await row.locator('button', { hasText: words.ru['calendar.absent'] }).click();
  await page.locator('form.inline [data-field=reason]').fill('Командировка');
  await page.locator('form.inline button[type=submit]').click();
  await page.locator('.notice', { hasText: words.ru['calendar.absentDone'].slice(0, 9) }).waitFor();
  await shot(page, 'workbench-3-calendar-absent');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the office asks a unit for materials (R26), sees it listed and records the answer', { timeout: 60000 }, async () => {
  const page = await newPage(browser, 'ru');
  await signIn(page, 'office.saule');
  await page.locator('nav a[href="#/materials"]').click();
  await page.locator('h1', { hasText: words.ru['nav.materials'] }).waitFor();

  // A blank form is refused at its fields, and nothing is sent.
  await page.locator('[data-testid=materials-new] button[type=submit]').click();
  await page.locator('[data-testid=materials-new] [data-field=unit][aria-invalid=true]').waitFor();

  const unit = `Отдел ЖКХ ${unique()}`;
  await page.fill('[data-testid=materials-new] [data-field=unit]', unit);
  await page.fill('[data-testid=materials-new] [data-field=unitEmail]', 'zhkh@example.kz');
  await page.fill('[data-testid=materials-new] [data-field=materials]', 'Акт обследования дороги');
  await page.fill('[data-testid=materials-new] [data-field=dueDate]', weekdaysAhead(await today(page), 5));
  await page.locator('[data-testid=materials-new] button[type=submit]').click();
  const row = page.locator('[data-testid=materials] tr', { hasText: unit });
  await row.waitFor({ timeout: 15000 });
  assert.equal(await row.getAttribute('data-state'), 'open');
  await shot(page, 'materials-ru');

  await row.locator('textarea[data-field=answer]').fill('Акт направлен письмом № 12');
  await row.locator('button[type=submit]').click();
  await page.locator('[data-testid=materials] tr[data-state=answered]', { hasText: unit }).waitFor({ timeout: 15000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an official sees only their own reception days, and the server refuses the others even when the page is bypassed', { timeout: 90000 }, async () => {
  const day = weekdaysAhead(await today(), 13);
  for (const [officialId, ru] of [['akim', 'Аким области'], ['deputy1', 'Первый заместитель']]) {
    const added = await apiCall('POST', '/api/schedule', 'dev-office', {
      officialId, officialName: { kk: ru, ru }, date: day, start: '15:00:00', end: '16:00:00', slotMinutes: 20, mode: 'inPerson',
    });
    assert.equal(added.status, 201, `${officialId}'s day`);
  }
  // An applicant booked on the akim's day, as the Department and the head would book them.
  const subject = `Освещение улицы ${unique()}`;
  const intake = await apiCall('POST', '/api/intake/call-center', 'dev-callcenter', {
    externalId: `CC-${unique()}`,
    applicant: { type: 'individual', iin: validIin('910505', 3, 4401), lastName: 'Сейтова', firstName: 'Жанар', citizenship: 'KZ', categories: [] },
    subject, requestedOfficial: 'akim', language: 'ru',
  });
  assert.equal(intake.status, 202);
  const { appealId } = intake.data;
  await waitForAppeal(appealId, (a) => a.awaiting === 'review');
  assert.equal((await apiCall('POST', `/api/appeals/${appealId}/review`, 'dev-department', { outcome: 'propose', officialId: 'akim', proposedDate: day })).status, 202);
  await waitForAppeal(appealId, (a) => a.awaiting === 'decision');
  assert.equal((await apiCall('POST', `/api/appeals/${appealId}/decision`, 'dev-head', { approve: true })).status, 202);
  await waitForAppeal(appealId, (a) => a.status === 'scheduled');

  // The akim sees the applicant on their day.
  const akim = await newPage(browser, 'ru');
  await signIn(akim, 'official.akim');
  await akim.locator('nav a[href="#/receptions"]').click();
  await akim.locator(`section[data-date="${day}"] tr[data-appeal="${appealId}"]`).waitFor();
  await akim.context().close();

  const page = await newPage(browser, 'ru');
  await signIn(page, 'official.deputy1');
  await page.locator('nav a[href="#/receptions"]').click();
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  const text = await page.locator('main').innerText();
  assert.ok(!text.includes(subject), 'the akim\'s applicant is not on the deputy\'s screen');
  assert.equal(await page.locator(`tr[data-appeal="${appealId}"]`).count(), 0);
  await shot(page, 'official-deputy1-own-days');

  // Opening the akim's appeal by its address: the server's refusal, shown as an error.
  await page.goto(`${BASE}/#/appeal/${appealId}`);
  await page.locator('main [role=alert]').waitFor();
  assert.ok(!(await page.locator('main').innerText()).includes(subject), 'nothing of the appeal is shown');
  await shot(page, 'official-deputy1-refused-akims-appeal');

  // The same session asking for the akim's day directly: 403, a problem, nothing of the akim's.
  const replies = await page.evaluate(async (date) => Promise.all([
    `/api/officials/akim/receptions?date=${date}`,
    `/api/officials/akim/days?from=${date}&to=${date}`,
    '/api/appeals?awaiting=reception&officialId=akim',
  ].map(async (path) => {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    return { path, status: res.status, type: res.headers.get('content-type') };
  })), day);
  for (const reply of replies) {
    assert.equal(reply.status, 403, reply.path);
    assert.match(reply.type, /problem\+json/, reply.path);
  }
  const own = await page.evaluate(async (date) => (await fetch(`/api/officials/deputy1/days?from=${date}&to=${date}`)).status, day);
  assert.equal(own, 200, 'their own days are theirs');
  // The three refusals above are the only console errors (Chromium logs every 4xx resource).
  assert.deepEqual(page.errors.filter((e) => !/403/.test(e)), []);
  await page.context().close();
});

for (const lang of ['kk', 'ru']) {
  test(`the office registers a foreigner without an IIN by their passport (§10), in ${lang}`, { timeout: 60000 }, async () => {
    const page = await newPage(browser, lang);
    await signIn(page, 'office.saule');
    await page.locator('nav a[href="#/intake"]').click();
    await page.locator('form.intake').waitFor();
    await page.selectOption('[data-field=channel]', 'oral');
    await page.fill('[data-field=externalId]', `J-${unique()}`);
    await page.locator('[data-field=noIin]').check();
    await page.locator('[data-testid=identity-document]').waitFor();
    assert.ok(await page.locator('[data-field="applicant.iin"]').isDisabled(), 'no IIN is asked for');
    await page.selectOption('[data-field="applicant.document.type"]', 'passport');
    const number = `FA${Math.floor(1000000 + Math.random() * 8999999)}`;
    await page.fill('[data-field="applicant.document.number"]', number);
    await page.fill('[data-field="applicant.document.country"]', 'UZ');
    await page.fill('[data-field="applicant.citizenship"]', 'UZ');
    await page.fill('[data-field="applicant.lastName"]', 'Каримов');
    await page.fill('[data-field="applicant.firstName"]', 'Рустам');
    await page.fill('[data-field=subject]', `${lang === 'kk' ? 'Тұруға ықтиярхат' : 'Вид на жительство'} ${unique()}`);
    await page.selectOption('[data-field=language]', lang);
    assert.deepEqual(await unlabelledControls(page), [], 'every control of the intake form has a label');
    await shot(page, `intake-foreigner-${lang}`);
    await page.locator('form.intake button[type=submit]').click();
    await page.waitForURL(/#\/appeal\//);
    await page.locator('[data-testid=tracking]').waitFor();
    const facts = await page.locator('main').textContent();
    assert.ok(facts.includes(number) && facts.includes(words[lang]['document.passport']), 'the appeal shows the passport it was registered by');
    await shot(page, `intake-foreigner-${lang}-registered`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
