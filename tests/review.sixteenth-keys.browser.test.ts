// The sixteenth first-use test's bugs 4 and 5 (docs/review-first-use-15.md), in headless Chromium over its fixture
// article tirana-book-fair.txt: a save refused for a new figure's qualifier puts the focus on that qualifier, not on
// the list's first control; f over words counting something new adds its figure to a list that holds one.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { chromiumAvailable, selectInArticle } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

describe.skipIf(!chromiumAvailable())('a list of figures after the sixteenth test, in headless Chromium', () => {
  const session = useReviewInChromium('tirana-book-fair.txt', '2026-11-04');

  it('focuses the refused field of a list\'s item, its message read with it (bug 4)', async () => {
    const { page } = session;
    const cites = (row: Record<string, unknown>) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === session.sourceId);
    const fair = loadSeed(session.seedDir).facts.get('events')!.find((row) => cites(row) && Array.isArray(row.figures) && row.figures.length > 0)!.id;
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    const card = page.locator(`#card-${fair}`);
    await card.locator('details.edit summary').click();
    await card.getByRole('button', { name: `Add to figures of ${fair}` }).click();
    const at = (await card.locator('input[name$=".metric"]').count()) - 1;
    await card.locator(`input[name="figures.${at}.metric"]`).fill('publishers');
    await card.locator(`input[name="figures.${at}.value"]`).fill('140');
    await Promise.all([page.waitForNavigation(), card.locator(`input[name="figures.${at}.value"]`).press('Control+Enter')]);
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
    expect(name).toBe(`figures.${at}.qualifier`);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);

  it('adds by f the figure a list lacks, and not again a count of what it already counts (bug 5)', async () => {
    const { page } = session;
    const cites = (row: Record<string, unknown>) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === session.sourceId);
    const fair = loadSeed(session.seedDir).facts.get('events')!.find((row) => cites(row) && Array.isArray(row.figures) && row.figures.length > 0)!;
    const held = (fair.figures as Array<{ metric: string; value: number }>).map((f) => [f.metric, String(f.value)]);
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    const card = page.locator(`#card-${fair.id}`);
    const figures = async () => Promise.all((await card.locator('input[name$=".metric"]').all()).map(async (metric) => {
      const name = (await metric.getAttribute('name'))!.replace(/metric$/u, '');
      return [await metric.inputValue(), await card.locator(`input[name="${name}value"]`).inputValue()];
    }));
    await card.locator('details.edit summary').click();
    // Words counting what the list already counts add nothing to it.
    await selectInArticle(page, 'an expected 60,000 visitors');
    await page.keyboard.press('f');
    await expect.poll(() => card.locator('.fill-note').textContent()).toContain('selected words');
    expect(await figures()).toEqual(held);
    await selectInArticle(page, 'The fair will run until Sunday and bring together 140 publishers');
    await page.keyboard.press('f');
    await expect.poll(() => card.locator('.fill-note').textContent()).toContain('figures');
    expect(await figures()).toEqual([...held, ['publishers', '140']]);
    expect(await card.locator('select[name$=".qualifier"]').last().inputValue()).toBe('exactly');
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
