// The keys of the eleventh first-use test's bugs (docs/review-first-use-10.md), in headless Chromium over its
// fixture article gdansk-conference-league-march.txt: Ctrl+Enter after f saves the edit form f filled though the
// focus never entered it (it stays on the Edit summary clicked), and a name typed in a search box beside the
// article lists the article's own row first, so Enter picks it.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, selectInArticle } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

const available = chromiumAvailable();

describe.skipIf(!available)('saves and picks by keys after the eleventh test, in headless Chromium', () => {
  const session = useReviewInChromium('gdansk-conference-league-march.txt', '2026-04-08');
  const articleUrl = () => `${session.base}/articles/${session.sourceId}`;
  /** The card of the fact of a kind whose title (the words after its kind's label) is `title`. */
  const cardTitled = async (kind: string, title: string) => {
    const ids = await session.page.locator(`.card.k-${kind}`).evaluateAll((cards, wanted) => cards
      .filter((card) => card.querySelector('h3')?.childNodes[1]?.textContent?.trim() === wanted).map((card) => card.getAttribute('data-fact')), title);
    expect(ids).toHaveLength(1);
    return session.page.locator(`#card-${ids[0]}`);
  };

  it('saves by Ctrl+Enter the edit form f filled while the focus stays on its Edit summary (bug 1)', async () => {
    await session.page.goto(articleUrl());
    const card = await cardTitled('places', 'Old Town');
    const id = (await card.getAttribute('data-fact'))!;
    const summary = card.locator('details.edit summary');
    await summary.click();
    await selectInArticle(session.page, 'sale of alcohol in the Old Town');
    await session.page.keyboard.press('f');
    await expect.poll(() => card.locator('.fill-note').textContent()).toContain('cited as a new quote');
    // The focus never entered the form: Ctrl+Enter is pressed where f was.
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await Promise.all([session.page.waitForURL(/did=edit/u), session.page.keyboard.press('Control+Enter')]);
    const saved = new URL(session.page.url()).searchParams.get('fact') ?? id;
    expect(await session.page.locator(`#card-${saved}`).textContent()).toContain('sale of alcohol in the Old Town');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('lists the article\'s own row first for a typed name, so Enter picks it (bug 3)', async () => {
    await session.page.goto(articleUrl());
    const card = await cardTitled('people', 'Petr Novotny');
    await card.locator('details.edit summary').click();
    const box = card.getByRole('combobox', { name: 'Find roles 1 organization_id by name' });
    await box.fill('supp');
    const options = card.locator('[role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    // The rows offered before the typed name's answer arrives (on a loaded machine, later) are not yet its list.
    await expect.poll(() => options.first().textContent()).toContain('Dukla Ostrava Supporters\' Club');
    await box.press('Enter');
    await expect.poll(() => card.locator('input[name="roles.0.organization_id"]').inputValue()).not.toBe('');
    await Promise.all([session.page.waitForURL(/did=edit/u), box.press('Control+Enter')]);
    const saved = new URL(session.page.url()).searchParams.get('fact')!;
    const body = await session.page.locator(`#card-${saved} input[name="roles.0.organization_id"]`).inputValue();
    expect(await session.page.locator(`#card-${saved} .item-field:has(input[name="roles.0.organization_id"]) .ref-chosen`).textContent()).toContain('Dukla Ostrava Supporters\' Club');
    expect(body).not.toBe('');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
