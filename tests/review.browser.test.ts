// The review app as a reviewer uses it, in a real headless Chromium against the app on a real socket: a
// fixture article ingested into a seed copy, opened from the queue; a highlight clicked, a fact accepted by
// its keyboard shortcut, an edit the build checks refuse (message at the field) then one they accept, a
// rejection with a reason, a merge, the rest of the article accepted, publish; then the published database
// read back through the public API. An article holding `<script>` shows it as text.
// Screenshots go to a temporary directory, or to docs/review-*.png with REVIEW_SCREENSHOTS=1.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildApp } from '../src/app.js';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { buildReviewApp } from '../src/review/app.js';
import { tempDir } from './helpers/db.js';
import { ingestFixture, seedWithMachineFacts } from './helpers/review.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium for the review app test.`);
if (!available) console.warn(`skipping the review app browser test: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REVIEWER = 'Browser Reviewer';
const shots = process.env.REVIEW_SCREENSHOTS ? join(PROJECT_ROOT, 'docs') : tempDir('review-shots-');

type Row = Record<string, unknown> & { id: string };
const machine = (seedDir: string, collection: string) => (loadSeed(seedDir).facts.get(collection) ?? []).filter((f) => f.review === 'machine') as Row[];
const findFact = (seedDir: string, id: string) => [...loadSeed(seedDir).facts.values()].flat().find((f) => f.id === id);

describe.skipIf(!available)('review app in headless Chromium', () => {
  let app: FastifyInstance;
  let base: string;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  let seedDir: string;
  let sourceId: string;
  let markupId: string;
  const dbPath = join(tempDir(), 'published.db');
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ seedDir, sourceId } = seedWithMachineFacts('geneva-summit.txt', '2026-03-01'));
    markupId = ingestArticle({ file: ingestFixture('markup-and-formulas.txt'), published: '2026-05-12', id: 'lyon-notice', seedDir }).sourceId;
    acceptProposals(seedDir, markupId);
    app = await buildReviewApp({ seedDir, dbPath, reviewer: REVIEWER });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'event-facts-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
    browser.setDefaultTimeout(30_000);
    page = await browser.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Runs a step that submits a form and waits for the page it leads to. */
  const submits = async (step: () => Promise<unknown>) => {
    await Promise.all([page.waitForNavigation(), step()]);
  };

  it('opens the article from the queue, highlights cited words, links highlights and facts both ways', async () => {
    await page.goto(base);
    await submits(() => page.getByRole('link', { name: /Geneva Closes Its Lakefront/ }).click());
    expect(page.url()).toBe(`${base}/articles/${sourceId}`);
    await page.screenshot({ path: join(shots, 'review-article.png') });
    const deployment = machine(seedDir, 'deployments')[0]!;
    const mark = page.locator(`mark[data-facts~="${deployment.id}"]`).first();
    await mark.click();
    // The facts citing the clicked words stay lit, the others dim, and the first of them is selected.
    const ids = (await mark.getAttribute('data-facts'))!.split(' ');
    await expect.poll(() => page.locator('.card.selected').getAttribute('data-fact')).toBe(ids[0]);
    expect(await page.locator(`#card-${deployment.id}`).getAttribute('class')).not.toContain('dim');
    expect(await page.locator('.card:not(.dim)').count()).toBe(ids.length);
    await page.locator(`#card-${deployment.id} .show-words`).click();
    expect(await page.locator('mark.flash').count()).toBeGreaterThan(0);
  }, 120_000);

  it('accepts a fact by its keyboard shortcut, as the reviewer', async () => {
    const place = machine(seedDir, 'places')[0]!;
    await page.locator(`#card-${place.id} h3`).click();
    await submits(() => page.keyboard.press('a'));
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Accepted ${place.id}.`);
    expect(findFact(seedDir, place.id)).toMatchObject({ review: 'reviewed', reviewed_by: REVIEWER });
  }, 120_000);

  it('shows the build checks\' refusal of an edit at its field, then saves an edit they accept', async () => {
    const deployment = machine(seedDir, 'deployments')[0]!;
    const card = page.locator(`#card-${deployment.id}`);
    await card.locator('details.edit summary').click();
    await card.locator(`#edit-${deployment.id}-personnel`).fill('12345');
    await submits(() => card.getByRole('button', { name: `Save ${deployment.id}` }).click());
    const error = page.locator(`#card-${deployment.id} .field-error`);
    expect(await error.textContent()).toContain('personnel 12345 does not occur in its quotes');
    expect(await page.locator(`#edit-${deployment.id}-personnel`).inputValue()).toBe('12345');
    await page.locator(`#card-${deployment.id}`).screenshot({ path: join(shots, 'review-card.png') });
    expect(findFact(seedDir, deployment.id)!.personnel).toEqual(deployment.personnel);

    const event = machine(seedDir, 'events')[0]!;
    const eventCard = page.locator(`#card-${event.id}`);
    await eventCard.locator('details.edit summary').click();
    await eventCard.locator(`#edit-${event.id}-name`).fill(`${String(event.name)} in Geneva`);
    await submits(() => eventCard.getByRole('button', { name: `Save ${event.id}` }).click());
    expect(findFact(seedDir, event.id)).toMatchObject({ name: `${String(event.name)} in Geneva`, review: 'reviewed', reviewed_by: REVIEWER });
  }, 120_000);

  it('rejects with a reason, merges a duplicate, accepts the rest of the article', async () => {
    const statement = machine(seedDir, 'statements')[0]!;
    await page.getByLabel(`Reason for rejecting ${statement.id}`).fill('not what the speaker said');
    await submits(() => page.getByRole('button', { name: `Reject ${statement.id}` }).click());
    expect(findFact(seedDir, statement.id)).toBeUndefined();
    expect(parse(readFileSync(join(seedDir, 'rejections.yaml'), 'utf8'))[0]).toMatchObject({ id: statement.id, reason: 'not what the speaker said', rejected_by: REVIEWER });

    const deployment = machine(seedDir, 'deployments')[0]!;
    const duplicate = String(deployment.organization_id);
    const kept = machine(seedDir, 'organizations').find((o) => o.id !== duplicate)!;
    await page.getByLabel(`Id of the row ${duplicate} duplicates`).fill(kept.id);
    await submits(() => page.getByRole('button', { name: `Merge ${duplicate} into that row` }).click());
    expect(findFact(seedDir, duplicate)).toBeUndefined();
    expect(findFact(seedDir, deployment.id)!.organization_id).toBe(kept.id);

    await submits(() => page.getByRole('button', { name: /Accept the rest of this article/ }).click());
    const left = [...loadSeed(seedDir).facts.values()].flat().filter((f) => f.review === 'machine' && (f.citations as Array<{ source_id: string }>).some((c) => c.source_id === sourceId));
    expect(left).toEqual([]);
  }, 120_000);

  it('publishes, and the public API serves what the page did', async () => {
    await submits(() => page.getByRole('button', { name: 'Publish', exact: true }).click());
    expect(existsSync(dbPath)).toBe(true);
    const api = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
    try {
      const get = async (url: string) => ({ status: (await api.inject({ url })).statusCode, body: JSON.parse((await api.inject({ url })).body) });
      const rejection = parse(readFileSync(join(seedDir, 'rejections.yaml'), 'utf8'))[0];
      expect((await get(`/v1/statements/${rejection.id}`)).status).toBe(404);
      const reviewed = (await get(`/v1/events?source=${sourceId}&limit=100`)).body.data as Row[];
      expect(reviewed.length).toBeGreaterThan(0);
      for (const row of reviewed) expect(row).toMatchObject({ review: 'reviewed', reviewed_by: REVIEWER });
      expect(reviewed.some((row) => String(row.name).endsWith(' in Geneva'))).toBe(true);
      expect((await get(`/v1/deployments?source=${sourceId}&review=machine`)).body.data).toEqual([]);
    } finally {
      await api.close();
    }
  }, 120_000);

  it('shows an article holding <script> as text: nothing runs', async () => {
    await page.goto(`${base}/articles/${markupId}`);
    expect(await page.locator('h1').textContent()).toContain('<script>alert("x")</script>');
    expect(await page.locator('script').count()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
