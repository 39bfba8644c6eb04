// What the thirty-seventh first-use test (docs/review-first-use-36.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/brno-motorcycle-grand-prix.txt).
import { describe, expect, it } from 'vitest';
import { readingLine, useReviewArticle } from './helpers/review.js';

describe('a role titled by a rank, whose sentence names its force (bug 2)', () => {
  const { session, get } = useReviewArticle('brno-motorcycle-grand-prix.txt', '2026-08-20');
  it('is marked "no organization" on its line, as an office without its body is', async () => {
    const page = await get(`/articles/${session.sourceId}?view=read`);
    for (const person of ['tomas-kuchta', 'jan-pejsek']) expect(readingLine(page, person)).toContain('no organization');
  });
});
