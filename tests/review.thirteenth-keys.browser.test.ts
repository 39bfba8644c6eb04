// The keys of the thirteenth first-use test's bug 6 (docs/review-first-use-12.md), in headless Chromium over its
// fixture article chisinau-independence-parade.txt: f over words stating two counts fills an event's empty
// figures with both, item by item, the focus left where it was, and Ctrl+Enter saves them.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, selectInArticle } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

const available = chromiumAvailable();

describe.skipIf(!available)('fills a list of objects by f after the thirteenth test, in headless Chromium', () => {
  const session = useReviewInChromium('chisinau-independence-parade.txt', '2026-08-25');
  const articleUrl = () => `${session.base}/articles/${session.sourceId}`;

  it('fills an event\'s empty figures from words stating two counts, and saves them by Ctrl+Enter (bug 6)', async () => {
    await session.page.goto(articleUrl());
    const ids = await session.page.locator('.card.k-events').evaluateAll((cards) => cards
      .filter((card) => card.querySelector('h3')?.childNodes[1]?.textContent?.trim() === 'Independence Day military parade').map((card) => card.getAttribute('data-fact')));
    expect(ids).toHaveLength(1);
    const card = session.page.locator(`#card-${ids[0]}`);
    const summary = card.locator('details.edit summary');
    await summary.click();
    expect(await card.locator('input[name^="figures."]').count()).toBe(0);
    await selectInArticle(session.page, 'About 1,200 soldiers and 60 military vehicles will take part in the parade');
    await session.page.keyboard.press('f');
    await expect.poll(() => card.locator('.fill-note').textContent()).toContain('figures');
    expect(await card.locator('input[name="figures.0.metric"]').inputValue()).toBe('soldiers');
    expect(await card.locator('input[name="figures.0.value"]').inputValue()).toBe('1200');
    expect(await card.locator('select[name="figures.0.qualifier"]').inputValue()).toBe('approximately');
    expect(await card.locator('input[name="figures.1.metric"]').inputValue()).toBe('military vehicles');
    expect(await card.locator('input[name="figures.1.value"]').inputValue()).toBe('60');
    // The focus stays where f was pressed, so Ctrl+Enter saves the form f filled.
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await Promise.all([session.page.waitForURL(/did=edit/u), session.page.keyboard.press('Control+Enter')]);
    const saved = new URL(session.page.url()).searchParams.get('fact') ?? ids[0]!;
    const text = await session.page.locator(`#card-${saved}`).textContent();
    expect(text).toContain('military vehicles');
    expect(text).toContain('soldiers');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
