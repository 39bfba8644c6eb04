// What the twenty-ninth first-use test (docs/review-first-use-28.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/almaty-chess-olympiad.txt) through the app
// as a browser asks it.
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('the forms after the twenty-ninth first-use test', () => {
  const { filled } = useReviewArticle('almaty-chess-olympiad.txt', '2026-09-14');

  it('reads the office a relative clause names by its verb as the person\'s title (bug 2)', async () => {
    expect(await filled('people', 'Gulnar Seitkali, who chairs the union')).toMatchObject({ name: 'Gulnar Seitkali', roles: [expect.objectContaining({ title: 'Chair' })] });
  });
});
