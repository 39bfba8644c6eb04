// The keys of the fifteenth first-use test's bug 8 (docs/review-first-use-14.md), in headless Chromium over its
// fixture article soria-eclipse-festival.txt: a card opened from the reading view (e) and saved (Ctrl+Enter) comes
// back opened in the reading view, selected, so a second fix is e and Ctrl+Enter again, and j moves on to the next line.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { chromiumAvailable } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

const available = chromiumAvailable();

describe.skipIf(!available)('fixes a fact twice from the reading view after the fifteenth test, in headless Chromium', () => {
  const session = useReviewInChromium('soria-eclipse-festival.txt', '2026-08-10');
  const event = (name: string) => loadSeed(session.seedDir).facts.get('events')!.find((row) => row.name === name)!;

  it('comes back to the opened card after each save, and moves on to the next line by j (bug 8)', async () => {
    const { page } = session;
    const festival = event('Soria Eclipse Festival').id;
    await page.goto(`${session.base}/articles/${session.sourceId}?view=read`);
    await page.locator(`#line-${festival} .summary`).click();
    await Promise.all([page.waitForURL(/open=/u), page.keyboard.press('e')]);
    const card = page.locator(`#card-${festival}`);
    // First fix: the end of the festival's day.
    await page.keyboard.press('e');
    await card.locator('input[name="end"]').fill('2026-08-12');
    await Promise.all([page.waitForURL(/did=edit/u), card.locator('input[name="end"]').press('Control+Enter')]);
    expect(new URL(page.url()).searchParams.get('open')).toBe(festival);
    await expect.poll(() => card.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('li.opened .card.selected').getAttribute('data-fact')).toBe(festival);
    // Second fix from the same card, no v and no search: the figure's metric renamed.
    await page.keyboard.press('e');
    await card.locator('input[name="figures.0.metric"]').fill('expected_visitors');
    await Promise.all([page.waitForNavigation(), card.locator('input[name="figures.0.metric"]').press('Control+Enter')]);
    expect(event('Soria Eclipse Festival')).toMatchObject({ review: 'reviewed', end: '2026-08-12', figures: [{ metric: 'expected_visitors' }] });
    expect(new URL(page.url()).searchParams.get('open')).toBe(festival);
    await expect.poll(() => card.isVisible()).toBe(true);
    // j: on to the next fact's line.
    await page.keyboard.press('j');
    expect(await page.locator('li.line.selected').count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
