// (d) The two dictionaries have the same keys, no empty strings, and every key the code names.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dictionaries } from './lib.mjs';

const STATUSES = ['received', 'registered', 'underReview', 'centralBodyRequested', 'awaitingDecision', 'scheduled',
  'receptionHeld', 'underControl', 'closed', 'refused', 'leftWithoutConsideration', 'noShow'];

test('kk and ru have identical keys and no empty strings', async () => {
  const { kk, ru } = await dictionaries();
  assert.deepEqual(Object.keys(kk).sort(), Object.keys(ru).sort());
  for (const [lang, dict] of Object.entries({ kk, ru })) {
    for (const [key, value] of Object.entries(dict)) assert.ok(typeof value === 'string' && value.trim(), `${lang} ${key} is empty`);
  }
});

test('every status has a Kazakh and a Russian label and an explanation for the applicant', async () => {
  const { kk, ru } = await dictionaries();
  for (const s of STATUSES) {
    for (const key of [`status.${s}`, `public.explain.${s}`]) {
      assert.ok(kk[key] && ru[key], `${key} missing`);
      if (key.startsWith('status.')) assert.notEqual(kk[key], ru[key], `${key} is the same in both languages`);
    }
  }
});

test('every fixed key the pages use is in the dictionaries', async () => {
  const { kk } = await dictionaries();
  const root = new URL('../../web/app/', import.meta.url);
  const files = [...readdirSync(root).filter((f) => f.endsWith('.js')), ...readdirSync(new URL('screens/', root)).map((f) => `screens/${f}`)];
  const missing = [];
  for (const file of files) {
    const source = readFileSync(new URL(file, root), 'utf8');
    for (const m of source.matchAll(/(?<![\w.])t\('([A-Za-z0-9_.]+)'/g)) if (!(m[1] in kk)) missing.push(`${file}: ${m[1]}`);
  }
  assert.deepEqual(missing, []);
});
