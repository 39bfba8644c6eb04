// What the forty-fourth first-use test (docs/review-first-use-43.md) found the review app's forms reading wrong, read as
// a general rule over that test's own fixture article (tests/fixtures/review/tbilisi-judo-grand-slam.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('an event\'s form over the forty-fourth test\'s article', () => {
  const tbilisi = useReviewArticle('tbilisi-judo-grand-slam.txt', '2026-03-17');
  it('reads a count whose noun takes no plural -s by the verb after it (bug 3)', async () => {
    expect((await tbilisi.filled('events', 'Some 420 judoka have entered the tournament')).figures).toEqual([{ metric: 'judoka', value: 420, qualifier: 'approximately' }]);
  });
  it('reads no count of a noun before a word that is no verb', async () => {
    expect((await tbilisi.filled('events', 'Some 420 judoka from Georgia')).figures).toBeUndefined();
  });
});
