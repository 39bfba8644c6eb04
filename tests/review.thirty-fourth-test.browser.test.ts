// The thirty-fourth first-use test's bug 1 (docs/review-first-use-33.md), in headless Chromium over its fixture article
// da-nang-fireworks-festival.txt: a second f in an edit form, on words of another sentence that fill a field, cites
// them in a further citation the form adds, so the save the build checks passes.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, selectInArticle } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

describe.skipIf(!chromiumAvailable())('two fills of an edit form from two sentences, in headless Chromium', () => {
  const session = useReviewInChromium('da-nang-fireworks-festival.txt', '2026-06-10');

  it('cites the second sentence in another citation, and the save passes with both dates (bug 1)', async () => {
    const { page } = session;
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    const card = page.locator('.card.k-events').first();
    await card.locator('details.edit summary').click();
    await selectInArticle(page, 'on Saturday, June 13');
    await page.keyboard.press('f');
    await expect.poll(() => card.locator('.fill-note').textContent()).toContain('cited as a new quote');
    await selectInArticle(page, 'until July 11');
    await page.keyboard.press('f');
    await expect.poll(() => card.locator('.fill-note').textContent()).toMatch(/Filled end.*cited as a new quote/u);
    expect(await card.locator('input[name="quote.more"]').inputValue()).toBe('until July 11');
    expect(await card.getByRole('button', { name: /^Use selected words as another quote of /u }).count()).toBe(1);
    await Promise.all([page.waitForURL(/did=edit/u), page.keyboard.press('Control+Enter')]);
    const saved = new URL(page.url()).searchParams.get('fact')!;
    const edited = page.locator(`#card-${saved}`);
    expect(await edited.locator('input[name="start"]').inputValue()).toBe('2026-06-13');
    expect(await edited.locator('input[name="end"]').inputValue()).toBe('2026-07-11');
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
