// The keys and the caret of a new fact's form after the ninth first-use test (docs/review-first-use-8.md), in
// headless Chromium over its fixture article lusaka-state-funeral.txt: the form opened by n and a digit puts the
// caret at the end of the name it prefilled, and Alt+Enter from a field outside the form's one list of objects
// adds the list's first item.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReviewApp } from '../src/review/app.js';
import { chromiumAvailable, openChromium, selectInArticle } from './helpers/browser.js';
import { tempDir } from './helpers/db.js';
import { reviewFixture, seedWithMachineFacts } from './helpers/review.js';

const available = chromiumAvailable();

describe.skipIf(!available)('a new fact\'s form by keys, in headless Chromium', () => {
  let app: FastifyInstance;
  let base: string;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;
  let sourceId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const seeded = seedWithMachineFacts(reviewFixture('lusaka-state-funeral.txt'), '2026-08-04');
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

  const submits = async (step: () => Promise<unknown>) => { await Promise.all([page.waitForNavigation(), step()]); };
  /** Selects the words in the article and opens the new fact's form of the kind the digit numbers, by keys. */
  const openNew = async (words: string, digit: string) => {
    await page.goto(`${base}/articles/${sourceId}`);
    await selectInArticle(page, words);
    await page.keyboard.press('n');
    await submits(() => page.keyboard.press(digit));
    return page.locator('#card-_new');
  };

  it('puts the caret at the end of the prefilled name, so typed words go on it', async () => {
    const card = await openNew('the Arcades junction', '3');
    const name = card.locator('#edit-_new-name');
    const prefilled = await name.inputValue();
    expect(prefilled).toBe('Arcades');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-_new-name');
    await page.keyboard.type(' junction');
    expect(await name.inputValue()).toBe('Arcades junction');
  }, 120_000);

  it('adds the first item of the form\'s one list by Alt+Enter from another field, the focus in it', async () => {
    const card = await openNew('Ruth Mulenga', '1');
    expect(await card.locator('fieldset.objects li.item').count()).toBe(0);
    await card.locator('#edit-_new-name').focus();
    await page.keyboard.press('Alt+Enter');
    expect(await card.locator('fieldset.objects li.item').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.closest('li.item') !== null)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
