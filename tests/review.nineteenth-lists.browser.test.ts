// The nineteenth first-use test's bug 7 (docs/review-first-use-18.md), in headless Chromium over its fixture article
// plovdiv-trial-verdict.txt: one id taken out of a list of ids by its own Remove button, one click, not text editing.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { chromiumAvailable } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

describe.skipIf(!chromiumAvailable())('a list of ids edited by its Remove buttons, in headless Chromium', () => {
  const session = useReviewInChromium('plovdiv-trial-verdict.txt', '2026-11-25');
  const protests = () => loadSeed(session.seedDir).facts.get('protests')!;

  it('removes one place of a protest by its button and saves the others, in order (bug 7)', async () => {
    const { page } = session;
    const march = protests().find((row) => (row.place_ids as string[]).length >= 2)!;
    const places = march.place_ids as string[];
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    const card = page.locator(`#card-${march.id}`);
    await card.locator('details.edit > summary').click();
    const field = card.locator('input[name="place_ids"]');
    expect(await field.inputValue()).toBe(places.join(', '));
    await card.getByRole('button', { name: `Remove ${places.at(-1)} from place_ids` }).click();
    expect(await field.inputValue()).toBe(places.slice(0, -1).join(', '));
    // The button went with its value; the others stay, one per value left.
    expect(await card.locator('.remove-id').count()).toBe(places.length - 1);
    await Promise.all([page.waitForURL(/did=edit/u), field.press('Control+Enter')]);
    expect(protests().find((row) => row.id === march.id)!.place_ids).toEqual(places.slice(0, -1));
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
