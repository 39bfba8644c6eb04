// The sentences ingest left unresolved (a body, an event or a speaker it would not guess) outlive the proposals
// file that accept removes (seed/unresolved/<source>.yaml), and the article's page lists them while its facts wait for
// a person, each with a button that selects it in the text; n and the digit then add a fact citing those words.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import { unresolvedPath } from '../src/ingest/unresolved.js';
import { chromiumAvailable } from './helpers/browser.js';
import { acceptFacts, pendingFacts, readSeed } from '../src/review/actions.js';
import { useReviewInChromium } from './helpers/review.js';

const STEWARDS = 'Pomorze Gdansk, the home club, will put more than 900 stewards in the Baltic Arena';

describe.skipIf(!chromiumAvailable())('sentences ingest left unresolved, on the article page', () => {
  const session = useReviewInChromium('gdansk-conference-league-march.txt', '2026-04-08');
  const listed = () => session.page.locator('details.unresolved li');

  it('are kept by accept with their sentence and reason', () => {
    const kept = parse(readFileSync(unresolvedPath(session.seedDir, session.sourceId), 'utf8')) as { source: string; unresolved: Array<Record<string, string>> };
    expect(kept.source).toBe(session.sourceId);
    expect(kept.unresolved).toEqual([expect.objectContaining({ collection: 'deployments', what: 'body', mention: 'Stewards' })]);
    expect(kept.unresolved[0]!.sentence).toContain(STEWARDS);
  });

  it('are selected in the text by their button, in both views, and n then the digit adds a fact citing them', async () => {
    const { page } = session;
    for (const view of ['', '?view=read']) {
      await page.goto(`${session.base}/articles/${session.sourceId}${view}`);
      await expect.poll(() => listed().count()).toBe(1);
      await listed().getByRole('button', { name: /^Select in the text/u }).click();
      await expect.poll(() => page.evaluate(() => document.getSelection()!.toString())).toContain(STEWARDS);
    }
    const digit = String(FACT_COLLECTIONS.findIndex((spec) => spec.name === 'deployments') + 1);
    await page.keyboard.press('n');
    await Promise.all([page.waitForNavigation({ timeout: 10_000 }), page.keyboard.press(digit)]);
    expect(await page.locator('#card-_new input[name="quote.new"]').inputValue()).toContain(STEWARDS);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);

  it('are read from a damaged file as far as it goes, and leave with the last machine fact', async () => {
    const { page } = session;
    const path = unresolvedPath(session.seedDir, session.sourceId);
    const kept = readFileSync(path, 'utf8');
    writeFileSync(path, `${kept}  - collection: nonsense\n    what: body\n`);
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    expect(await listed().count()).toBe(1);
    writeFileSync(path, 'unresolved: [unclosed');
    expect((await page.goto(`${session.base}/articles/${session.sourceId}`))!.status()).toBe(200);
    expect(await listed().count()).toBe(0);
    writeFileSync(path, kept);
    acceptFacts(session.seedDir, pendingFacts(readSeed(session.seedDir), session.sourceId).map((f) => f.id), 'Keys Reviewer');
    await page.goto(`${session.base}/articles/${session.sourceId}`);
    expect(await page.locator('.meta').textContent()).toContain('0 machine fact(s)');
    expect(await listed().count()).toBe(0);
  }, 180_000);
});
