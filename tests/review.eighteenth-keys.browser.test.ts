// The eighteenth first-use test's bug 7 (docs/review-first-use-17.md), in headless Chromium over its fixture article
// riga-stadium-concert.txt: words the headline repeats ("Daugava Stadium"), selected in the body, are cited there,
// with the words beside them up to the first that occur once, instead of the selection being refused.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, selectInArticle } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

describe.skipIf(!chromiumAvailable())('a name the headline repeats, selected in the body, in headless Chromium', () => {
  const session = useReviewInChromium('riga-stadium-concert.txt', '2026-11-18');

  it('opens the new place cited at the occurrence selected, with the words beside it (bug 7)', async () => {
    const { page } = session;
    await page.goto(`${session.base}/articles/${session.sourceId}?view=read`);
    // The lede's "Daugava Stadium", the second of its three occurrences (the headline's first).
    await selectInArticle(page, 'Daugava Stadium', 1);
    await page.keyboard.press('n');
    await Promise.all([page.waitForNavigation({ timeout: 10_000 }), page.keyboard.press('3')]);
    const card = page.locator('#card-_new');
    expect(await card.locator('input[name="quote.new"]').inputValue()).toBe('Daugava Stadium on');
    expect(await card.locator('#edit-_new-name').inputValue()).toBe('Daugava Stadium');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('cites another occurrence, in the card view, by its own neighbours', async () => {
    const { page } = session;
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    // The third occurrence opens a paragraph: the words after it make it unique.
    await selectInArticle(page, 'Daugava Stadium', 2);
    await page.keyboard.press('n');
    await Promise.all([page.waitForNavigation({ timeout: 10_000 }), page.keyboard.press('3')]);
    expect(await page.locator('#card-_new input[name="quote.new"]').inputValue()).toBe('Daugava Stadium, first');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
