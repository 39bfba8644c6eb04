// The eighteenth first-use test's bug 7 (docs/review-first-use-17.md), in headless Chromium over its fixture article
// riga-stadium-concert.txt: words the headline repeats ("Daugava Stadium"), selected in the body, are cited there,
// with the words beside them up to the first that occur once, instead of the selection being refused.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

/** Selects the `nth` (from 0) occurrence of some words in the article's text, as a reader's drag does. */
const selectOccurrence = (page: Page, words: string, nth: number) => page.evaluate(([wanted, n]) => {
  const walker = document.createTreeWalker(document.querySelector('.text[data-source]')!, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const all = nodes.map((node) => node.data).join('');
  let start = all.indexOf(wanted);
  for (let i = 0; i < n && start >= 0; i++) start = all.indexOf(wanted, start + 1);
  if (start < 0) throw new Error(`not in the article ${n + 1} times: ${wanted}`);
  const at = (offset: number): [Text, number] => {
    let seen = 0;
    for (const node of nodes) { if (offset <= seen + node.data.length) return [node, offset - seen]; seen += node.data.length; }
    throw new Error('past the end of the article');
  };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(start + wanted.length));
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}, [words, nth] as const);

describe.skipIf(!chromiumAvailable())('a name the headline repeats, selected in the body, in headless Chromium', () => {
  const session = useReviewInChromium('riga-stadium-concert.txt', '2026-11-18');

  it('opens the new place cited at the occurrence selected, with the words beside it (bug 7)', async () => {
    const { page } = session;
    await page.goto(`${session.base}/articles/${session.sourceId}?view=read`);
    // The lede's "Daugava Stadium", the second of its three occurrences (the headline's first).
    await selectOccurrence(page, 'Daugava Stadium', 1);
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
    await selectOccurrence(page, 'Daugava Stadium', 2);
    await page.keyboard.press('n');
    await Promise.all([page.waitForNavigation({ timeout: 10_000 }), page.keyboard.press('3')]);
    expect(await page.locator('#card-_new input[name="quote.new"]').inputValue()).toBe('Daugava Stadium, first');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
