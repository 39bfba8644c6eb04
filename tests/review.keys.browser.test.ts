// The review app's refusals and keys as a keyboard user meets them, in headless Chromium over the fixture
// article valletta-forum.txt: a refused save puts the focus on the field its message is at (a renamed machine
// fact's stale note), a refused reject on its reason, kept as typed; a page key pressed in a field where it
// types nothing says how to use it, and Alt+Q uses the selected words from inside a field.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReviewApp } from '../src/review/app.js';
import { chromiumAvailable, openChromium, selectInArticle as selectWords } from './helpers/browser.js';
import { tempDir } from './helpers/db.js';
import { reviewFixture, seedWithMachineFacts } from './helpers/review.js';

const available = chromiumAvailable();
const CLOSURE = 'valletta-local-council-closed-castille-square-to-the';

describe.skipIf(!available)('refusals and keys from inside fields, in headless Chromium', () => {
  let app: FastifyInstance;
  let base: string;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  let sourceId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const seeded = seedWithMachineFacts(reviewFixture('valletta-forum.txt'), '2026-09-16');
    sourceId = seeded.sourceId;
    app = await buildReviewApp({ seedDir: seeded.seedDir, dbPath: join(tempDir(), 'x.db'), reviewer: 'Keys Reviewer' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    ({ page, close: closeBrowser } = await openChromium());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await closeBrowser?.();
    await app?.close();
  });

  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label'));
  const submits = async (step: () => Promise<unknown>) => { await Promise.all([page.waitForNavigation(), step()]); };

  const selectInArticle = (words: string) => selectWords(page, words);

  it('puts the focus on the note when a save renaming the machine fact is refused for its stale note', async () => {
    await page.goto(`${base}/articles/${sourceId}`);
    const card = page.locator(`#card-${CLOSURE}`);
    await card.locator('details.edit summary').click();
    await card.locator(`#edit-${CLOSURE}-name`).fill('Closure of Castille Square');
    await card.locator(`#edit-${CLOSURE}-start`).fill('2026-09-18');
    await card.locator(`#edit-${CLOSURE}-end`).fill('');
    await submits(() => page.keyboard.press('Control+Enter'));
    expect(await focused()).toBe(`edit-${CLOSURE}-note`);
    const note = page.locator(`#edit-${CLOSURE}-note`);
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${(await note.getAttribute('aria-describedby'))!}`).textContent()).toContain('gives none of the dates');
  }, 120_000);

  it('keeps a refused reject\'s reason, the focus on it to send again once the other row is fixed', async () => {
    await page.goto(`${base}/articles/${sourceId}`);
    await page.locator('#card-carmen-vella h3').click();
    await page.keyboard.press('r');
    await page.keyboard.type('named by her own statements');
    await submits(() => page.keyboard.press('Enter'));
    expect(await focused()).toBe('Reason for rejecting carmen-vella');
    expect(await page.getByRole('textbox', { name: 'Reason for rejecting carmen-vella' }).inputValue()).toBe('named by her own statements');
  }, 120_000);

  it('says how to use a key pressed in a field where it types nothing, and takes the selected words by Alt+Q there', async () => {
    await page.goto(`${base}/articles/${sourceId}`);
    const card = page.locator(`#card-${CLOSURE}`);
    await card.locator('details.edit summary').click();
    await selectInArticle('Buses will stop at Floriana');
    const kind = card.locator(`#edit-${CLOSURE}-kind`);
    await kind.focus();
    const before = await kind.inputValue();
    await page.keyboard.press('q');
    await expect.poll(() => page.locator('#key-hint').textContent()).toContain('press Escape to leave this field, then q');
    expect(await kind.inputValue()).toBe(before);
    await page.keyboard.press('Alt+q');
    await expect.poll(() => card.locator('input[name="quote.new"]').inputValue()).toBe('Buses will stop at Floriana');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
