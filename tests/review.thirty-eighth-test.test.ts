// What the thirty-eighth first-use test (docs/review-first-use-37.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/quito-el-quinche-pilgrimage.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('new facts\' forms of bodies whose names open with a region\'s word or close with new head words (bugs 2 and 3)', () => {
  const { filled } = useReviewArticle('quito-el-quinche-pilgrimage.txt', '2026-11-18');
  it('keep "Eastern" in the name and read the kind from "Cooperative" and "Municipality"', async () => {
    expect(await filled('organizations', 'Eastern Valley Transport Cooperative')).toMatchObject({ name: 'Eastern Valley Transport Cooperative', kind: 'association' });
    expect(await filled('organizations', 'Quito Metropolitan Municipality')).toMatchObject({ name: 'Quito Metropolitan Municipality', kind: 'government' });
  });
});
