// What the thirty-ninth first-use test (docs/review-first-use-38.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/tallinn-song-festival.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('new facts\' forms (bugs 1, 2 and 3)', () => {
  const { filled } = useReviewArticle('tallinn-song-festival.txt', '2026-07-01');
  it('read the role after "whose" as after "its"', async () => {
    expect(await filled('people', 'whose chairman, Rein Ojamaa')).toMatchObject({ name: 'Rein Ojamaa', roles: [expect.objectContaining({ title: 'chairman' })] });
  });
  it('hold a protest where it was, not at the road its target names (bug 3)', async () => {
    const values = await filled('protests', 'About 150 taxi drivers drove in a slow convoy around Freedom Square on Tuesday against the Pirita Road closure');
    expect(values).toMatchObject({ target: 'the Pirita Road closure', size: { value: 150, qualifier: 'approximately' } });
    expect(values.place_ids).toEqual(['freedom-square']);
  });
  it('count a weekday of a rule stated in the present forward from the publication date', async () => {
    // 2026-07-01 is a Wednesday: "from Friday evening" is 2026-07-03.
    expect(await filled('measures', 'Alcohol may not be sold or drunk in Kadriorg Park from Friday evening until Monday morning')).toMatchObject({ start: '2026-07-03' });
  });
});
