// The thirty-fourth first-use test's bug 1 (docs/review-first-use-33.md), in headless Chromium over its fixture article
// da-nang-fireworks-festival.txt: a second f in an edit form, on words of another sentence that fill a field, cites
// them in a further citation the form adds, so the save the build checks passes; and (the thirty-fifth test's bug 1,
// docs/review-first-use-34.md) the second date's note is set off from the first by "; ".
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, selectInArticle } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

describe.skipIf(!chromiumAvailable())('two fills of an edit form from two sentences, in headless Chromium', () => {
  const session = useReviewInChromium('da-nang-fireworks-festival.txt', '2026-06-10');

  it('cites the second sentence in another citation, and the save passes with both dates (bug 1)', async () => {
    const { page } = session;
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    const id = (await page.locator('.card.k-events').first().getAttribute('data-fact'))!;
    const card = page.locator(`#card-${id}`);
    await card.locator('details.edit summary').click();
    const form = card.locator('details.edit form');
    // As the test met it: the end stated by no citation, the new citation already holding other words.
    await form.locator('input[name="end"]').fill('');
    const quotes = form.locator('input[name^="quote."]');
    for (let i = 0; i < await quotes.count(); i++) {
      const quote = quotes.nth(i);
      if ((await quote.inputValue()).includes('July 11')) await quote.fill('The festival will run over five Saturday nights');
    }
    await form.locator('input[name="quote.new"]').fill('eight teams from Europe and Asia');
    // f is typed by a person outside the form's fields: the focus goes back to the form's summary.
    await card.locator('details.edit summary').focus();
    await selectInArticle(page, 'until July 11');
    await page.keyboard.press('f');
    await expect.poll(() => card.locator('.fill-note').textContent()).toMatch(/Filled end.*cited as a new quote/u);
    expect(await form.locator('input[name="quote.more"]').inputValue()).toBe('until July 11');
    expect(await form.getByRole('button', { name: /^Use selected words as another quote of /u }).count()).toBe(1);
    // The thirty-fifth test's bug 1: the new date's note is a clause of its own.
    const note = await form.locator('[name="note"]').inputValue();
    expect(note).toMatch(/2026-06-10; year of '(?:until )?July 11'/u);
    expect(note).not.toMatch(/2026-06-10 year of/u);
    await Promise.all([page.waitForURL(/did=edit/u), page.keyboard.press('Control+Enter')]);
    const saved = page.locator(`#card-${new URL(page.url()).searchParams.get('fact') ?? id}`);
    expect(await saved.locator('input[name="end"]').inputValue()).toBe('2026-07-11');
    expect(await saved.textContent()).toContain('until July 11');
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
