// `npx tsx scripts/review-scripted-count.ts`: the actions a scripted reviewer spends adding the facts ingest
// missed in one fixture article (tests/fixtures/review/harbour-marathon.txt), in headless Chromium (Debian's
// chromium) through the page, on a temporary copy of the fixture seed. For each fact: select its words, `n` and
// the kind's digit, then fix every field the form did not open right: a choice is 1 action, a text field a
// click and its characters, a reference a pick (a click, 5 letters, Enter; emptying one a click and a key),
// carried references that do not fit cleared by Alt+C when the page offers it; Ctrl+Enter saves. The same
// script run over an older checkout gives the figure before a change. Prints actions and characters typed.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { buildReviewApp } from '../src/review/app.js';

interface Wanted { collection: string; digit: string; words: string; fields: Record<string, string>; note?: string }
/** The facts to add, as a reviewer would, one after another; `@name` is the id the fact added under that name got. */
const WANTED: Wanted[] = [
  { collection: 'places', digit: '3', words: 'through the centre of Port City', fields: { name: 'Port City', kind: 'city' } },
  { collection: 'places', digit: '3', words: 'patrol the River Lune', fields: { name: 'River Lune', kind: 'region', within_id: '@Port City' } },
  { collection: 'places', digit: '3', words: 'stop at the Port of Lune', fields: { name: 'Port of Lune', kind: 'venue', within_id: '@Port City' } },
  { collection: 'organizations', digit: '2', words: 'Royal Coast Guard crews', fields: { name: 'Royal Coast Guard', kind: 'police_force' } },
  { collection: 'organizations', digit: '2', words: 'Harbour City Climate Alliance plans', fields: { name: 'Harbour City Climate Alliance', kind: 'association' } },
  { collection: 'deployments', digit: '5', words: 'Royal Coast Guard crews will patrol the River Lune', fields: { organization_id: '@Royal Coast Guard', event_id: 'harbour-marathon', place_ids: '@River Lune' } },
  { collection: 'measures', digit: '7', words: 'shipping on the river is to be halted on Sunday', fields: { name: 'shipping halted', kind: 'closure', start: '2026-04-12', operator_ids: '', place_ids: '@River Lune' }, note: "The date is inferred: 'Sunday' is the race day." },
];

/** Selects the words in the article text through the Selection API; a string, as tsx would rename what a function's body names. */
const SELECT_WORDS = `(words) => {
  const root = document.querySelector('.text[data-source]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  const start = nodes.map((n) => n.data).join('').indexOf(words);
  function at(offset) { let seen = 0; for (const n of nodes) { if (offset <= seen + n.data.length) return [n, offset - seen]; seen += n.data.length; } throw new Error('past the end'); }
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(start + words.length));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}`;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const seedDir = join(mkdtempSync(join(tmpdir(), 'review-count-')), 'seed');
cpSync(join(PROJECT_ROOT, 'tests/fixtures/seed'), seedDir, { recursive: true });
const { sourceId } = ingestArticle({ file: join(PROJECT_ROOT, 'tests/fixtures/review/harbour-marathon.txt'), published: '2026-04-09', seedDir });
acceptProposals(seedDir, sourceId);
const app = await buildReviewApp({ seedDir, dbPath: join(seedDir, '..', 'x.db'), reviewer: 'Counter' });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const profile = mkdtempSync(join(tmpdir(), 'review-count-chromium-'));
const browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
const count = { actions: 0, characters: 0 };
const ids = new Map<string, string>();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${base}/articles/${sourceId}`);
  for (const wanted of WANTED) await addOne(page, wanted);
  console.log(`${WANTED.length} facts added: ${count.actions} actions and ${count.characters} characters typed`);
} finally {
  await browser.close();
  await app.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(join(seedDir, '..'), { recursive: true, force: true });
}

/** One fact added through the page, counting what a reviewer does; fails loudly when the save is refused. */
async function addOne(page: Page, wanted: Wanted): Promise<void> {
  await page.evaluate(`(${SELECT_WORDS})(${JSON.stringify(wanted.words)})`);
  const before = { ...count };
  count.actions += 1 + 2;
  await page.keyboard.press('n');
  await Promise.all([page.waitForNavigation(), page.keyboard.press(wanted.digit)]);
  const form = page.locator('#card-_new form');
  const target = (value: string) => value.split(', ').filter(Boolean).map((v) => (v.startsWith('@') ? ids.get(v.slice(1))! : v)).join(', ');
  // Carried references that do not fit: one Alt+C clears them all (then the right ones are picked again).
  const clear = form.locator('button.clear-carried');
  if (await clear.count()) {
    const carried = (await clear.getAttribute('data-fields'))!.split(' ');
    const misfit = [];
    for (const field of carried) if (await form.locator(`[name="${field}"]`).inputValue() !== target(wanted.fields[field] ?? '')) misfit.push(field);
    if (misfit.length) { await page.keyboard.press('Alt+C'); count.actions++; }
  }
  for (const [field, value] of Object.entries(wanted.fields)) await fix(page, field, target(value), wanted);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Control+Enter')]);
  count.actions++;
  const added = new URL(page.url()).searchParams.get('fact');
  if (!added) throw new Error(`the save of ${wanted.words} was refused: ${await page.locator('.refused').textContent()}`);
  ids.set(wanted.fields.name ?? wanted.words, added);
  const row = [...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === added)!;
  if (wanted.fields.name && row.name !== wanted.fields.name) throw new Error(`${added} saved as ${String(row.name)}`);
  console.log(`${wanted.collection.padEnd(14)} ${added.padEnd(36)} ${count.actions - before.actions} actions, ${count.characters - before.characters} characters`);
}

/** Sets one field to its wanted value when the form does not hold it, counting the reviewer's actions. */
async function fix(page: Page, field: string, value: string, wanted: Wanted): Promise<void> {
  const control = page.locator(`#card-_new form [name="${field}"]`);
  const isChoice = await control.evaluate((e) => e.tagName === 'SELECT');
  if ((await control.inputValue()) === value) return;
  if (isChoice) { await control.selectOption(value); count.actions++; return; }
  const isReference = await page.locator(`#card-_new form [data-target="edit-_new-${field}"]`).count() > 0;
  if (isReference) {
    const picks = value.split(', ').filter(Boolean).length;
    // Emptying a wrong reference is a click and a key; each id wanted a pick (click, about 5 letters, Enter).
    count.actions += picks ? picks * 2 : 2;
    count.characters += picks * 5;
  } else {
    count.actions++;
    count.characters += value.length;
  }
  await control.fill(value);
  // A date fixed by hand needs the note the checks read, typed.
  if ((field === 'start' || field === 'date') && wanted.note) {
    await page.locator('#card-_new form [name="note"]').fill(wanted.note);
    count.actions++;
    count.characters += wanted.note.length;
    if (await page.locator('#card-_new form [name="derived"]').inputValue() !== 'true') { await page.locator('#card-_new form [name="derived"]').selectOption('true'); count.actions++; }
  }
}
