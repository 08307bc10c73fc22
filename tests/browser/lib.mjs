// Shared by the browser tests: the browser, signing in through the sign-in page, screenshots, and the
// few calls made straight to the API (with the development keys of docs/api.md) to set up what a test starts from.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE = (process.env.RECEPTION_BASE_URL ?? 'http://127.0.0.1:7071').replace(/\/$/, '');
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/** The dictionaries of web/app/i18n.js, loaded the way the browser loads them (an ES module). */
export async function dictionaries() {
  const source = readFileSync(new URL('../../web/app/i18n.js', import.meta.url), 'utf8');
  return (await import(`data:text/javascript,${encodeURIComponent(source)}`)).dictionaries;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox'],
    headless: true,
    timeout: 30000,
  });
}

/** A fresh context (own cookies) with the workbench's language preset; page errors are collected. */
export async function newPage(browser, lang) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15000);
  context.setDefaultNavigationTimeout(20000);
  if (lang) await context.addInitScript((l) => { if (!sessionStorage.getItem('t.lang')) { localStorage.setItem('reception.lang', l); sessionStorage.setItem('t.lang', '1'); } }, lang);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** Signs in on the sign-in page by clicking the development user's button. */
export async function signIn(page, userId) {
  await page.goto(`${BASE}/`);
  const button = page.locator(`button[data-user="${userId}"]`);
  await button.waitFor();
  await button.click();
  await page.locator('[data-testid=me]').waitFor();
}

export async function signOut(page) {
  await page.locator('[data-testid=sign-out]').click();
  await page.locator('button[data-user]').first().waitFor();
}

/**
 * Opens a worklist and waits (bounded) until the appeal is on it: the index follows the workflow's
 * step, a moment after the action's 202. Then opens the appeal by clicking its row.
 */
export async function openFromWorklist(page, route, appealId, timeoutMs = 20000) {
  const row = page.locator(`tr[data-appeal="${appealId}"]`);
  const until = Date.now() + timeoutMs;
  await page.goto(`${BASE}/${route}`);
  for (;;) {
    try {
      await row.first().waitFor({ timeout: 1500 });
      break;
    } catch (e) {
      if (Date.now() > until) throw new Error(`appeal ${appealId} did not appear on ${route} within ${timeoutMs} ms`);
      await page.reload();
    }
  }
  await row.first().locator('td').nth(4).click();
  await page.locator('[data-testid=status]').waitFor();
}

/** Waits until the appeal screen shows the status. */
export async function expectStatus(page, status, timeoutMs = 20000) {
  await page.locator(`[data-testid=status][data-status="${status}"]`).waitFor({ timeout: timeoutMs });
}

/** A valid IIN (docs/regulation/rules.md check digit) born on yymmdd, with a serial to keep applicants apart. */
export function validIin(yymmdd, centuryDigit, serial) {
  for (let s = serial; s < serial + 100; s += 1) {
    const digits = `${yymmdd}${centuryDigit}${String(s % 10000).padStart(4, '0')}`.split('').map(Number);
    const sum = (w) => digits.reduce((acc, d, i) => acc + d * w[i], 0) % 11;
    let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (check !== 10) return digits.join('') + check;
  }
  throw new Error('no valid IIN');
}

/** A number unique enough to keep test runs on one storage apart. */
export function unique() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
}

/** A call straight to the API with a development key (set-up only; the tests act through the pages). */
export async function apiCall(method, path, key, body) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'X-Api-Key': key, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15000),
  });
  const text = await res.text();
  return { status: res.status, data: text ? JSON.parse(text) : null };
}

/** Polls GET /api/appeals/{id} (bounded) until the predicate holds. */
export async function waitForAppeal(appealId, predicate, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    last = (await apiCall('GET', `/api/appeals/${appealId}`, 'dev-office')).data;
    if (last && predicate(last)) return last;
    await new Promise((r) => { setTimeout(r, 500); });
  }
  throw new Error(`appeal ${appealId} did not reach the expected state; last: ${JSON.stringify(last?.status)}`);
}

/** The service's today (its clock may be compressed). */
export async function today() {
  const res = await fetch(`${BASE}/api/clock`, { signal: AbortSignal.timeout(10000) });
  return (await res.json()).today;
}

const HOLIDAYS = ['01-01', '01-02', '01-07', '03-08', '03-09', '03-21', '03-22', '03-23', '03-24', '03-25', '05-01', '05-07', '05-08', '05-09', '05-11',
  '07-06', '07-07', '08-30', '08-31', '10-25', '10-26', '10-27', '12-16', '12-17', '12-31'];

/** A weekday at least n weekdays after the given date that is no (possibly moved) holiday. */
export function weekdaysAhead(fromIso, n) {
  const d = new Date(`${fromIso}T00:00:00Z`);
  let count = 0;
  for (;;) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    const day = d.getUTCDay();
    if (day === 0 || day === 6) continue;
    count += 1;
    if (count >= n && !HOLIDAYS.includes(iso.slice(5))) return iso;
  }
}

/** Every input, select and textarea on the page has a label (or is a button-like input). */
export async function unlabelledControls(page) {
  return page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((e) => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button')
    .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
    .map((e) => e.outerHTML.slice(0, 120)));
}
