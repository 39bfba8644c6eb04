// What the forty-seventh first-use test (docs/review-first-use-46.md) found the review app and ingest reading wrong,
// read as general rules over that test's own fixture article (tests/fixtures/review/tunis-handball-final.txt). The
// merge box's own row (bug 6) is tested in Chromium (tests/review.browser.test.ts).
import { describe, expect, it } from 'vitest';
import { readingLine, useReviewArticle } from './helpers/review.js';

const BAN = 'Flares, fireworks and banners with political slogans will be banned inside the arena, the Ministry of Youth and Sports said in a statement on Monday.';
const FINAL = 'the final of the African Handball Championship, which Tunisia will play against Egypt at the El Menzah Sports Palace on Saturday, January 24';
const VOLUNTEERS = 'The Tunisian Red Crescent said it would station some 120 volunteers at first-aid tents around the sports palace.';

describe('the forms and lines over the forty-seventh test\'s article', () => {
  const tunis = useReviewArticle('tunis-handball-final.txt', '2026-01-20');

  it('dates words "said in a statement on Monday" back, and not the ban they announce (bug 4, ingest bug 14)', async () => {
    expect(await tunis.filled('statements', BAN)).toMatchObject({ date: '2026-01-19', derived: true });
    expect((await tunis.filled('measures', BAN)).start).toBeUndefined();
  });

  it('holds the final where the clause after its name says, not in the country it is played against (bugs 2, 5, ingest bug 9)', async () => {
    expect((await tunis.filled('events', FINAL)).place_ids).toEqual(['el-menzah-sports-palace']);
    expect(readingLine(await tunis.get(`/articles/${tunis.session.sourceId}?view=read`), 'african-handball-championship')).not.toContain('no place');
  });

  it('reads "the sports palace" as the article\'s one Sports Palace in a new deployment\'s words (bug 3)', async () => {
    expect((await tunis.filled('deployments', VOLUNTEERS)).place_ids).toEqual(['el-menzah-sports-palace']);
  });

  it('gives "Ben Salah told reporters" to Mourad Ben Salah, no second person (ingest bug 11)', async () => {
    const line = readingLine(await tunis.get(`/articles/${tunis.session.sourceId}?view=read`), 'ben-salah');
    expect(line).toBeUndefined();
  });
});
