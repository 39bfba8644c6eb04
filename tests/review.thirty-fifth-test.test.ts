// What the thirty-fifth first-use test (docs/review-first-use-34.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/bishkek-nomad-games.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('a new person\'s form from a rank, a name and an office set off by commas (bug 2)', () => {
  const { filled } = useReviewArticle('bishkek-nomad-games.txt', '2026-09-02');
  it('takes the office the commas set off as the role, not the rank before the name', async () => {
    const values = await filled('people', 'Major Ermek Toktogulov, a National Guard spokesman');
    expect(values).toMatchObject({ name: 'Ermek Toktogulov' });
    expect((values as { roles: Array<{ title: string }> }).roles.map((r) => r.title)).toEqual(['spokesman']);
  });
  it('keeps a rank as the role where no office follows the name', async () => {
    const values = await filled('people', 'Major Ermek Toktogulov said');
    expect((values as { roles: Array<{ title: string }> }).roles.map((r) => r.title)).toEqual(['Major']);
  });
});
