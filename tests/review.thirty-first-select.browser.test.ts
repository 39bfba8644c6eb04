// The thirty-first first-use test's bug 1 (docs/review-first-use-30.md), in headless Chromium over its fixture article
// ulaanbaatar-wrestling-tournament.txt: words dragged over inside another fact's highlight are words selected for
// the chosen card, not a click choosing the highlight's facts.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './helpers/browser.js';
import { useReviewInChromium } from './helpers/review.js';

describe.skipIf(!chromiumAvailable())('a drag inside a highlight, in headless Chromium', () => {
  const session = useReviewInChromium('ulaanbaatar-wrestling-tournament.txt', '2026-07-07');

  it('keeps the chosen card chosen and undimmed, and the words selected (bug 1)', async () => {
    const { page } = session;
    await page.goto(`${session.base}/articles/${session.sourceId}?view=read`);
    // j chooses the first card, as a person reading from the top does.
    await page.keyboard.press('j');
    const elementId = (await page.locator('.selected').getAttribute('id'))!;
    const card = page.locator(`#${elementId}`);
    const id = elementId.replace(/^(?:card|line)-/u, '');
    await expect.poll(() => card.getAttribute('class')).toMatch(/\bselected\b/u);
    // A highlight of other facts only, long enough to drag inside it.
    const marks = page.locator('.text mark[data-facts]');
    let box: { x: number; y: number; width: number; height: number } | null = null;
    for (let i = 0; i < await marks.count() && !box; i++) {
      const mark = marks.nth(i);
      const facts = (await mark.getAttribute('data-facts'))!.split(' ');
      const candidate = await mark.boundingBox();
      if (!facts.includes(id) && candidate && candidate.width > 120 && candidate.height < 30) box = candidate;
    }
    expect(box).not.toBeNull();
    const y = box!.y + box!.height / 2;
    await page.mouse.move(box!.x + 5, y);
    await page.mouse.down();
    await page.mouse.move(box!.x + box!.width / 2, y, { steps: 5 });
    await page.mouse.move(box!.x + box!.width - 5, y, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => document.getSelection()!.toString().length)).toBeGreaterThan(5);
    expect(await card.getAttribute('class')).toMatch(/\bselected\b/u);
    expect(await card.getAttribute('class')).not.toMatch(/\bdim\b/u);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
