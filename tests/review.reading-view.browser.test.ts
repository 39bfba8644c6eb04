// The reading view in headless Chromium over a review fixture article: a line accepted by a, another rejected by
// r with a reason, a paragraph's facts accepted by Shift+Enter and a card opened by e, each read back from the
// seed's files. Screenshot to a temporary directory, or to docs/review-reading-view.png with REVIEW_SCREENSHOTS=1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { chromiumAvailable } from './helpers/browser.js';
import { tempDir } from './helpers/db.js';
import { useReviewInChromium } from './helpers/review.js';

const available = chromiumAvailable();
const shots = process.env.REVIEW_SCREENSHOTS ? join(PROJECT_ROOT, 'docs') : tempDir('review-shots-');

describe.skipIf(!available)('the reading view in headless Chromium', () => {
  const session = useReviewInChromium('chisinau-independence-parade.txt', '2026-08-25');
  const row = (id: string) => {
    const seed = loadSeed(session.seedDir);
    return FACT_COLLECTIONS.map((spec) => seed.facts.get(spec.name)?.find((item) => item.id === id)).find(Boolean);
  };
  const selectedLine = () => session.page.locator('li.line.selected').getAttribute('data-fact');
  const lineIds = () => session.page.locator('li.line').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-fact')!));

  it('accepts a line by a, rejects one by r, accepts a paragraph by Shift+Enter and opens a card by e', async () => {
    const { page } = session;
    await page.goto(`${session.base}/articles/${session.sourceId}?view=read`);
    await page.screenshot({ path: join(shots, 'review-reading-view.png') });
    // a: the first line, selected as the page opens, is accepted; the page comes back in the reading view at the next line.
    const [first, second] = await lineIds();
    expect(await selectedLine()).toBe(first);
    await Promise.all([page.waitForURL(/did=accept&/u), page.keyboard.press('a')]);
    expect(new URL(page.url()).searchParams.get('view')).toBe('read');
    expect(row(first!)).toMatchObject({ review: 'reviewed', reviewed_by: 'Keys Reviewer' });
    expect(await selectedLine()).toBe(second);
    // r: a statement's line chosen by a click, its reason typed, Enter.
    const statement = await page.locator('li.line:has(.kind.k-statements)').last().getAttribute('data-fact');
    await page.locator(`#line-${statement} .summary`).click();
    await page.keyboard.press('r');
    await page.keyboard.type('the words are not a statement');
    await Promise.all([page.waitForURL(/did=reject/u), page.keyboard.press('Enter')]);
    expect(row(statement!)).toBeUndefined();
    const records = parse(readFileSync(join(session.seedDir, 'rejections.yaml'), 'utf8')) as Array<{ id: string; reason: string }>;
    expect(records.find((r) => r.id === statement)).toMatchObject({ reason: 'the words are not a statement' });
    // Shift+Enter on a line: its paragraph's facts, every one accepted at once.
    const paragraph = page.locator('section.para').filter({ has: page.locator('li.line:nth-child(3)') }).first();
    const ids = await paragraph.locator('li.line').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-fact')!));
    await paragraph.locator('li.line .summary').nth(1).click();
    await Promise.all([page.waitForURL(/did=accept-paragraph/u), page.keyboard.press('Shift+Enter')]);
    for (const id of ids) expect(row(id), id).toMatchObject({ review: 'reviewed' });
    // e: the selected line's full card, for editing, under its paragraph.
    const opened = (await selectedLine())!;
    await Promise.all([page.waitForURL(/open=/u), page.keyboard.press('e')]);
    const card = page.locator(`#card-${opened}`);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('details.edit summary').count()).toBe(1);
    expect(await page.locator(`#line-${opened}`).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
