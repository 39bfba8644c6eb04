// What the thirty-sixth first-use test (docs/review-first-use-35.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/bridgetown-cricket-final.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('new facts\' forms of a sports league and a cricket ground (bugs 1 and 2)', () => {
  const { filled } = useReviewArticle('bridgetown-cricket-final.txt', '2026-10-07');
  it('gives a premier league the kind of a sports body, and a ground closed by "Oval" a venue\'s, in the dateline\'s city', async () => {
    expect(await filled('organizations', 'Caribbean Premier League')).toMatchObject({ name: 'Caribbean Premier League', kind: 'association' });
    expect(await filled('places', 'Kensington Oval')).toMatchObject({ name: 'Kensington Oval', kind: 'venue', within_id: 'bridgetown' });
  });
});
