// The sixteenth first-use test's bug 4 (docs/review-first-use-15.md), in headless Chromium over its fixture article
// tirana-book-fair.txt: a save refused for a new figure's qualifier puts the focus on that qualifier, not on the
// list's first control.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { chromiumAvailable } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

describe.skipIf(!chromiumAvailable())('a refused figure after the sixteenth test, in headless Chromium', () => {
  const session = useReviewInChromium('tirana-book-fair.txt', '2026-11-04');

  it('focuses the refused field of a list\'s item, its message read with it (bug 4)', async () => {
    const { page } = session;
    const cites = (row: Record<string, unknown>) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === session.sourceId);
    const fair = loadSeed(session.seedDir).facts.get('events')!.find((row) => cites(row) && Array.isArray(row.figures) && row.figures.length > 0)!.id;
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    const card = page.locator(`#card-${fair}`);
    await card.locator('details.edit summary').click();
    await card.getByRole('button', { name: `Add an item to figures of ${fair}` }).click();
    const at = (await card.locator('input[name$=".metric"]').count()) - 1;
    await card.locator(`input[name="figures.${at}.metric"]`).fill('publishers');
    await card.locator(`input[name="figures.${at}.value"]`).fill('140');
    await Promise.all([page.waitForNavigation(), card.locator(`input[name="figures.${at}.value"]`).press('Control+Enter')]);
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
    expect(name).toBe(`figures.${at}.qualifier`);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
