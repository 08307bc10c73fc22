// (a) One appeal's whole life, clicked through by each role in turn: once in Kazakh, once in Russian.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE, dictionaries, expectStatus, launch, newPage, openFromWorklist, shot, signIn, signOut, today, unique, unlabelledControls, validIin, weekdaysAhead,
} from './lib.mjs';

let browser;
let words;
before(async () => { browser = await launch(); words = await dictionaries(); });
after(async () => { await browser?.close(); });

const RUNS = [
  { lang: 'kk', officialUser: 'official.akim', officialId: 'akim', names: { kk: 'Облыс әкімі', ru: 'Аким области' }, iin: validIin('900101', 4, 1201), ahead: 10 },
  { lang: 'ru', officialUser: 'official.deputy1', officialId: 'deputy1', names: { kk: 'Бірінші орынбасар', ru: 'Первый заместитель' }, iin: validIin('850315', 3, 2301), ahead: 11 },
];

for (const run of RUNS) {
  test(`an appeal's whole life through the workbench (${run.lang})`, { timeout: 180000 }, async () => {
    const w = words[run.lang];
    const page = await newPage(browser, run.lang);
    const tag = `life-${run.lang}`;
    const now = await today();
    const day = weekdaysAhead(now, run.ahead);
    const due = weekdaysAhead(now, 25);

    // The office adds a reception day of the official, 8+ working days ahead.
    await signIn(page, 'office.saule');
    assert.equal(await page.getAttribute('html', 'lang'), run.lang);
    await page.locator('nav a[href="#/calendar"]').click();
    await page.locator('[data-testid=add-day]').waitFor();
    const chooser = page.locator('#cal-official');
    if (await chooser.locator(`option[value="${run.officialId}"]`).count()) await chooser.selectOption(run.officialId);
    else {
      await chooser.selectOption('');
      await page.fill('[data-field=officialId]', run.officialId);
      await page.fill('[data-field="officialName.kk"]', run.names.kk);
      await page.fill('[data-field="officialName.ru"]', run.names.ru);
    }
    await page.fill('[data-testid=add-day] [data-field=date]', day);
    await page.fill('[data-testid=add-day] [data-field=start]', '10:00');
    await page.fill('[data-testid=add-day] [data-field=end]', '13:00');
    await page.fill('[data-testid=add-day] [data-field=slotMinutes]', '20');
    await page.locator('[data-testid=add-day] button[type=submit]').click();
    await page.locator(`[data-testid=days] tr[data-date="${day}"]`).waitFor();
    await shot(page, `${tag}-1-office-calendar`);

    // The office registers a paper appeal.
    await page.locator('nav a[href="#/intake"]').click();
    await page.locator('form.intake').waitFor();
    assert.deepEqual(await unlabelledControls(page), [], 'every control of the intake form has a label');
    await page.selectOption('[data-field=channel]', 'paper');
    await page.fill('[data-field=externalId]', `J-${unique()}`);
    await page.fill('[data-field="applicant.iin"]', run.iin);
    await page.fill('[data-field="applicant.lastName"]', run.lang === 'kk' ? 'Сейітова' : 'Иванова');
    await page.fill('[data-field="applicant.firstName"]', run.lang === 'kk' ? 'Әсел' : 'Мария');
    await page.fill('[data-field="applicant.phone"]', '+77011234567');
    const subject = run.lang === 'kk' ? `Ауылдағы жолды жөндеу ${unique()}` : `Ремонт дороги в селе ${unique()}`;
    await page.fill('[data-field=subject]', subject);
    await page.fill('[data-field=requestedOfficial]', run.officialId);
    await page.selectOption('[data-field=language]', run.lang);
    await shot(page, `${tag}-2-office-intake`);
    await page.locator('form.intake button[type=submit]').click();
    await page.waitForURL(/#\/appeal\//);
    const appealId = decodeURIComponent(page.url().split('#/appeal/')[1]);
    await page.locator('[data-testid=tracking]').waitFor();
    const trackingCode = (await page.locator('[data-testid=tracking]').textContent()).trim();
    await shot(page, `${tag}-3-office-registered`);
    await signOut(page);

    // The Department proposes the day, picked from the official's proposable days (R5).
    await signIn(page, 'department.nurlan');
    await openFromWorklist(page, '#/review', appealId);
    const review = page.locator('form[data-action=review]');
    await review.waitFor();
    await review.locator('select[data-field=officialId]').selectOption(run.officialId);
    await review.locator(`select[data-field=proposedDate] option[value="${day}"]`).waitFor({ state: 'attached' });
    await review.locator('select[data-field=proposedDate]').selectOption(day);
    await shot(page, `${tag}-4-department-review`);
    await review.locator('button[type=submit]').click();
    await expectStatus(page, 'awaitingDecision');
    await signOut(page);

    // The head approves.
    await signIn(page, 'head.marat');
    await openFromWorklist(page, '#/decision', appealId);
    const decision = page.locator('form[data-action=decision]');
    await decision.waitFor();
    await shot(page, `${tag}-5-head-decision`);
    await decision.locator('button[type=submit]').click();
    await expectStatus(page, 'scheduled');
    await signOut(page);

    // The official opens the applicant from their receptions (R7 order) and records the protocol.
    await signIn(page, run.officialUser);
    await page.locator('nav a[href="#/receptions"]').click();
    const booking = page.locator(`[data-testid=bookings] tr[data-appeal="${appealId}"]`);
    await booking.waitFor();
    await shot(page, `${tag}-6-official-receptions`);
    await booking.locator('a').click();
    const protocol = page.locator('form[data-action=reception]');
    await protocol.waitFor();
    await protocol.locator('[data-field=identityVerified]').check();
    await protocol.locator('[data-testid=add-instruction]').click();
    await protocol.locator('[data-field="instructions[0].text"]').fill(run.lang === 'kk' ? 'Жолды жөндеу' : 'Отремонтировать дорогу');
    await protocol.locator('[data-field="instructions[0].assignee"]').fill(run.lang === 'kk' ? 'ТКШ бөлімі' : 'Отдел ЖКХ');
    await protocol.locator('[data-field="instructions[0].dueDate"]').fill(due);
    assert.deepEqual(await unlabelledControls(page), [], 'every control of the protocol form has a label');
    await shot(page, `${tag}-7-official-protocol`);
    await protocol.locator('button[type=submit]').click();
    await expectStatus(page, 'underControl');
    await signOut(page);

    // The Department records the final answer to the instruction (R20).
    await signIn(page, 'department.nurlan');
    await openFromWorklist(page, '#/instructionAnswer', appealId);
    const answer = page.locator('form[data-action="instructionAnswer-1"]');
    await answer.waitFor();
    await answer.locator('[data-field=executor]').fill(run.lang === 'kk' ? 'ТКШ бөлімі' : 'Отдел ЖКХ');
    await answer.locator('[data-field=answer]').fill(run.lang === 'kk' ? 'Жол жөнделді' : 'Дорога отремонтирована');
    await answer.locator('[data-field=final]').check();
    await shot(page, `${tag}-8-department-answer`);
    await answer.locator('button[type=submit]').click();
    await expectStatus(page, 'closed');
    await signOut(page);

    // The office records the survey (R23).
    await signIn(page, 'office.saule');
    await openFromWorklist(page, '#/survey', appealId);
    const survey = page.locator('form[data-action=survey]');
    await survey.waitFor();
    await survey.locator('[data-field=score]').selectOption('5');
    await survey.locator('[data-field=comment]').fill(run.lang === 'kk' ? 'Рахмет' : 'Спасибо');
    await survey.locator('button[type=submit]').click();
    await survey.waitFor({ state: 'detached' });

    // The appeal is closed, in the chosen language, and its history names each person who acted.
    await expectStatus(page, 'closed');
    assert.equal((await page.locator('[data-testid=status]').textContent()).trim(), w['status.closed']);
    const historyText = await page.locator('[data-testid=history]').textContent();
    for (const name of ['Сәуле Қасымова', 'Нұрлан Ержанов', 'Марат Әлиев']) assert.ok(historyText.includes(name), `history names ${name}`);
    const officialName = run.officialUser === 'official.akim' ? 'Облыс әкімі (аким области)' : 'Бірінші орынбасар (первый заместитель)';
    assert.ok(historyText.includes(officialName), `history names ${officialName}`);
    assert.ok(historyText.includes(w['step.receptionHeld']), 'history steps are labelled in the chosen language');
    assert.ok(historyText.includes('R19') || historyText.includes('R15'), 'history shows rule numbers');
    assert.ok((await page.locator('[data-testid=messages] li').count()) >= 2, 'the messages sent are listed');
    await shot(page, `${tag}-9-closed`);

    // The applicant's page shows the same appeal by its tracking code, in the appeal's language.
    await page.goto(`${BASE}/status/${trackingCode}`);
    await page.locator('[data-testid=status][data-status=closed]').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), run.lang);
    const publicText = await page.locator('main').textContent();
    assert.ok(!publicText.includes(run.iin) && !publicText.includes(subject), 'no personal data on the applicant page');
    // §33: the answer itself, under its own heading in the appeal's language, and in the last message.
    const answers = page.locator('[data-testid=answers]');
    const finalWords = run.lang === 'kk' ? 'Жол жөнделді' : 'Дорога отремонтирована';
    assert.equal((await answers.locator('h3').textContent()).trim(), w['public.answer']);
    assert.ok((await answers.textContent()).includes(finalWords), 'the final answer is shown word for word');
    const lastMessage = await page.locator('[data-testid=messages] li').last().textContent();
    assert.ok(lastMessage.includes(finalWords) && lastMessage.includes(trackingCode), 'the last message carries the answer and the tracking code');
    await shot(page, `${tag}-10-applicant-page`);
    assert.deepEqual(page.errors, [], 'no script errors');
    await page.context().close();
  });
}
