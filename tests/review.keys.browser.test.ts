// The review app's refusals and keys as a keyboard user meets them, in headless Chromium over the fixture
// article valletta-forum.txt: a refused save puts the focus on the field its message is at (a renamed machine
// fact's stale note), a refused reject on its reason, kept as typed; a page key pressed in a field where it
// types nothing says how to use it, and Alt+Q uses the selected words from inside a field.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, selectInArticle as selectWords } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

const available = chromiumAvailable();
const CLOSURE = 'valletta-local-council-closed-castille-square-to-the';

describe.skipIf(!available)('refusals and keys from inside fields, in headless Chromium', () => {
  const session = useReviewInChromium('valletta-forum.txt', '2026-09-16');


  const focused = () => session.page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label'));
  const submits = async (step: () => Promise<unknown>) => { await Promise.all([session.page.waitForNavigation(), step()]); };

  const selectInArticle = (words: string) => selectWords(session.page, words);

  it('puts the focus on the note when a save renaming the machine fact is refused for its stale note', async () => {
    await session.page.goto(`${session.base}/articles/${session.sourceId}`);
    const card = session.page.locator(`#card-${CLOSURE}`);
    await card.locator('details.edit summary').click();
    await card.locator(`#edit-${CLOSURE}-name`).fill('Closure of Castille Square');
    await card.locator(`#edit-${CLOSURE}-start`).fill('2026-09-18');
    await card.locator(`#edit-${CLOSURE}-end`).fill('');
    await submits(() => session.page.keyboard.press('Control+Enter'));
    expect(await focused()).toBe(`edit-${CLOSURE}-note`);
    const note = session.page.locator(`#edit-${CLOSURE}-note`);
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    expect(await session.page.locator(`#${(await note.getAttribute('aria-describedby'))!}`).textContent()).toContain('gives none of the dates');
  }, 120_000);

  it('keeps a refused reject\'s reason, the focus on it to send again once the other row is fixed', async () => {
    await session.page.goto(`${session.base}/articles/${session.sourceId}`);
    await session.page.locator('#card-carmen-vella h3').click();
    await session.page.keyboard.press('r');
    await session.page.keyboard.type('named by her own statements');
    await submits(() => session.page.keyboard.press('Enter'));
    expect(await focused()).toBe('Reason for rejecting carmen-vella');
    expect(await session.page.getByRole('textbox', { name: 'Reason for rejecting carmen-vella' }).inputValue()).toBe('named by her own statements');
  }, 120_000);

  it('says how to use a key pressed in a field where it types nothing, and takes the selected words by Alt+Q there', async () => {
    await session.page.goto(`${session.base}/articles/${session.sourceId}`);
    const card = session.page.locator(`#card-${CLOSURE}`);
    await card.locator('details.edit summary').click();
    await selectInArticle('Buses will stop at Floriana');
    const kind = card.locator(`#edit-${CLOSURE}-kind`);
    await kind.focus();
    const before = await kind.inputValue();
    await session.page.keyboard.press('q');
    await expect.poll(() => session.page.locator('#key-hint').textContent()).toContain('press Escape to leave this field, then q');
    expect(await kind.inputValue()).toBe(before);
    await session.page.keyboard.press('Alt+q');
    await expect.poll(() => card.locator('input[name="quote.new"]').inputValue()).toBe('Buses will stop at Floriana');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
