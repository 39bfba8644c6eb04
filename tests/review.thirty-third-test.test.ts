// What the thirty-third first-use test (docs/review-first-use-32.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/accra-title-fight.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('the new event\'s form (bug 1)', () => {
  const { filled } = useReviewArticle('accra-title-fight.txt', '2026-09-17');
  it('names an event whose capitals name only other rows by the words before where and when it is', async () => {
    expect(await filled('events', 'WBO featherweight title fight at the Bukom Boxing Arena on Saturday, September 19'))
      .toMatchObject({ name: 'WBO featherweight title fight', start: '2026-09-19' });
  });
  it('names none from words that hold no gathering', async () => {
    expect(await filled('events', 'officers at the Bukom Boxing Arena on Saturday, September 19')).not.toHaveProperty('name');
  });
});
