// What the forty-fifth first-use test (docs/review-first-use-44.md) found the review app's forms reading wrong, read as a
// general rule over that test's own fixture article (tests/fixtures/review/samarkand-gymnastics-world-cup.txt).
import { describe, expect, it } from 'vitest';
import { readingLine, useReviewArticle } from './helpers/review.js';

describe('new facts\' forms over the forty-fifth test\'s article', () => {
  const samarkand = useReviewArticle('samarkand-gymnastics-world-cup.txt', '2026-05-12');
  it('keep a military rank out of a new person\'s name, in the title (bug 3)', async () => {
    expect(await samarkand.filled('people', 'its press secretary, Major Sardor Nazarov')).toMatchObject({ name: 'Sardor Nazarov' });
  });
  it('fill a new deployment\'s place though the body\'s name opens with the city\'s (bug 2)', async () => {
    expect((await samarkand.filled('deployments', 'The Samarkand Region Internal Affairs Department will deploy around 3,000 police officers across Samarkand for the Samarkand World Cup')).place_ids).toEqual(['samarkand']);
  });
});

describe('the reading view over the forty-fifth test\'s article', () => {
  const samarkand = useReviewArticle('samarkand-gymnastics-world-cup.txt', '2026-05-12');
  const line = async (id: string) => readingLine(await samarkand.get(`/articles/${samarkand.session.sourceId}?view=read`), id);
  it('marks no body missing for a minister whose sentence names only a department of internal affairs (bug 4)', async () => {
    expect(await line('bakhtiyor-rakhimov')).toBeDefined();
    expect(await line('bakhtiyor-rakhimov')).not.toContain('no organization');
  });
});
