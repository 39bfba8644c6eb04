// The keys and the caret of a new fact's form after the ninth first-use test (docs/review-first-use-8.md), in
// headless Chromium over its fixture article lusaka-state-funeral.txt: the form opened by n and a digit puts the
// caret at the end of the name it prefilled, and Alt+Enter from a field outside the form's one list of objects
// adds the list's first item.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, selectInArticle } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

const available = chromiumAvailable();

describe.skipIf(!available)('a new fact\'s form by keys, in headless Chromium', () => {
  const session = useReviewInChromium('lusaka-state-funeral.txt', '2026-08-04');

  const submits = async (step: () => Promise<unknown>) => { await Promise.all([session.page.waitForNavigation(), step()]); };
  /** Selects the words in the article and opens the new fact's form of the kind the digit numbers, by keys. */
  const openNew = async (words: string, digit: string) => {
    await session.page.goto(`${session.base}/articles/${session.sourceId}`);
    await selectInArticle(session.page, words);
    await session.page.keyboard.press('n');
    await submits(() => session.page.keyboard.press(digit));
    return session.page.locator('#card-_new');
  };

  it('puts the caret at the end of the prefilled name, so typed words go on it', async () => {
    const card = await openNew('the Arcades junction', '3');
    const name = card.locator('#edit-_new-name');
    const prefilled = await name.inputValue();
    expect(prefilled).toBe('Arcades');
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('edit-_new-name');
    await session.page.keyboard.type(' junction');
    expect(await name.inputValue()).toBe('Arcades junction');
  }, 120_000);

  it('adds the first item of the form\'s one list by Alt+Enter from another field, the focus in it', async () => {
    const card = await openNew('Ruth Mulenga', '1');
    expect(await card.locator('fieldset.objects li.item').count()).toBe(0);
    await card.locator('#edit-_new-name').focus();
    await session.page.keyboard.press('Alt+Enter');
    expect(await card.locator('fieldset.objects li.item').count()).toBe(1);
    expect(await session.page.evaluate(() => document.activeElement?.closest('li.item') !== null)).toBe(true);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
