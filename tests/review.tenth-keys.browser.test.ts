// The keys of the tenth first-use test's bugs (docs/review-first-use-9.md), in headless Chromium over its fixture
// article quetzaltenango-cycling-stage.txt: a save pressed while Enter's pick of a name is still being looked up
// waits for the pick and goes through; f in a new fact's form fills it from other words and cites them as its
// second quote; Ctrl+Enter in a merge box merges into the row chosen. The name lookups are held by the test and
// let go only once the keys are pressed, so the order is the one a fast typist meets, without a clock.
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, selectInArticle } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

const available = chromiumAvailable();

describe.skipIf(!available)('picks, fills and merges by keys, in headless Chromium', () => {
  const session = useReviewInChromium('quetzaltenango-cycling-stage.txt', '2026-03-10');
  const articleUrl = () => `${session.base}/articles/${session.sourceId}`;

  /** Holds every name lookup the page asks until `release`: the keys pressed meanwhile find no options yet. */
  const holdLookups = async () => {
    const held: Route[] = [];
    let released = false;
    await session.page.route('**/lookup?**', async (route) => { if (released) await route.continue(); else held.push(route); });
    return async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
      await session.page.unroute('**/lookup?**');
    };
  };
  const machineCards = (kind: string) => session.page.locator(`.card.machine.k-${kind}`);

  it('saves a form whose Ctrl+Enter came right after Enter picked a name still being looked up', async () => {
    await session.page.goto(articleUrl());
    const card = machineCards('measures').first();
    const id = (await card.getAttribute('data-fact'))!;
    await card.locator('details.edit summary').click();
    const release = await holdLookups();
    const box = card.getByRole('combobox', { name: 'Find place_ids by name' });
    await box.fill('minerva');
    await box.press('Enter');
    await box.press('Control+Enter');
    // Nothing saved yet: the pick waits for its lookup, and the save for the pick.
    expect(session.page.url()).toBe(articleUrl());
    await Promise.all([session.page.waitForURL(/did=edit/u), release()]);
    const saved = new URL(session.page.url()).searchParams.get('fact') ?? id;
    expect(await session.page.locator(`#card-${saved}`).textContent()).toContain('Minerva Terminal');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('fills a new fact\'s form from other words by f, citing them as its second quote', async () => {
    await session.page.goto(articleUrl());
    await selectInArticle(session.page, 'the ninth stage of the Vuelta a Guatemala on Sunday, March 15, 2026');
    await session.page.keyboard.press('n');
    await Promise.all([session.page.waitForNavigation(), session.page.keyboard.press('4')]);
    const card = session.page.locator('#card-_new');
    expect(await card.locator('input[name="place_ids"]').inputValue()).toBe('');
    await session.page.keyboard.press('Escape');
    await selectInArticle(session.page, 'to the finish line in Central Park');
    await session.page.keyboard.press('f');
    await expect.poll(() => card.locator('input[name="quote.more"]').inputValue()).toBe('to the finish line in Central Park');
    expect(await card.locator('input[name="place_ids"]').inputValue()).toMatch(/central-park/u);
    expect(await card.locator('input[name="quote.new"]').inputValue()).toBe('the ninth stage of the Vuelta a Guatemala on Sunday, March 15, 2026');
    expect(await card.locator('.fill-note').textContent()).toContain('cited as a new quote');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('merges by Ctrl+Enter in the merge box into the row chosen there', async () => {
    await session.page.goto(articleUrl());
    const cards = machineCards('organizations');
    const duplicate = (await cards.last().getAttribute('data-fact'))!;
    const kept = (await cards.first().getAttribute('data-fact'))!;
    const keptTitle = (await session.page.locator(`#title-${kept}`).evaluate((title) => title.childNodes[1]?.textContent ?? ''))!.trim();
    const release = await holdLookups();
    const box = session.page.getByRole('combobox', { name: `Find the row ${duplicate} duplicates by name` });
    await box.fill(keptTitle);
    await box.press('Enter');
    await box.press('Control+Enter');
    await Promise.all([session.page.waitForURL(/did=merge/u), release()]);
    expect(new URL(session.page.url()).searchParams.get('fact')).toBe(duplicate);
    expect(await session.page.locator(`#card-${duplicate}`).count()).toBe(0);
    expect(await session.page.locator(`#card-${kept}`).count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
