// What the forty-ninth first-use test (docs/review-first-use-48.md) found the review app reading wrong, read as general
// rules over that test's own fixture article (tests/fixtures/review/kuala-lumpur-badminton-final.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

const CLOSURE = 'Kuala Lumpur City Hall (DBKL) will close Jalan Bukit Jalil, the main road to the arena, to private cars from noon on Sunday until 2 a.m. on Monday';

describe('the forms over the forty-ninth test\'s article', () => {
  const kualaLumpur = useReviewArticle('kuala-lumpur-badminton-final.txt', '2026-12-08');

  it('gives a new closure the way it closes, not the place an apposition says the way leads to (bug 3)', async () => {
    const closure = await kualaLumpur.filled('measures', CLOSURE);
    expect(closure).toMatchObject({ kind: 'closure', place_ids: ['jalan-bukit-jalil'] });
  });
});

describe('the reading view of the forty-ninth test\'s article', () => {
  const kualaLumpur = useReviewArticle('kuala-lumpur-badminton-final.txt', '2026-12-08');
  const lineOf = (page: string, id: string) => new RegExp(`<li class="line"[^>]*id="line-${id}"[\\s\\S]*?</li>`).exec(page)?.[0] ?? '';

  it('marks places and bodies named only where no fact is stated, not those a fact\'s sentence names (bug 1)', async () => {
    const page = await kualaLumpur.get(`/articles/${kualaLumpur.session.sourceId}?view=read`);
    for (const background of ['china', 'chengdu']) expect(lineOf(page, background)).toContain('named where no fact is stated');
    for (const stated of ['axiata-arena', 'kuala-lumpur-city-hall']) {
      expect(lineOf(page, stated)).toContain('<li class="line"');
      expect(lineOf(page, stated)).not.toContain('named where no fact is stated');
    }
  });
});
