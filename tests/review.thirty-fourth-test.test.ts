// What the thirty-fourth first-use test (docs/review-first-use-33.md) found the review app reading wrong, read as a
// general rule over this test's own fixture article (tests/fixtures/review/da-nang-fireworks-festival.txt).
import { describe, expect, it } from 'vitest';
import { useReviewArticle } from './helpers/review.js';

describe('the one-click container of a river (bug 2)', () => {
  const { session, get } = useReviewArticle('da-nang-fireworks-festival.txt', '2026-06-10');
  it('offers the city the river runs through (a region named by a feature of the land or water), not the country alone', async () => {
    const page = await get(`/articles/${session.sourceId}`);
    const card = page.slice(page.indexOf('id="card-han-river"'), page.indexOf('</article>', page.indexOf('id="card-han-river"')));
    expect(card).toMatch(/Set within_id of han-river to Da Nang \(da-nang\)/u);
  });
});

describe('a new fact\'s form from words that tell a ban or name a wharf (bug 4)', () => {
  const { filled } = useReviewArticle('da-nang-fireworks-festival.txt', '2026-06-10');
  it('reads the kind of a drone ban told with a second thing banned, and of a wharf', async () => {
    expect(await filled('measures', 'Drones and sky lanterns have been banned in Hai Chau and Son Tra districts until June 15'))
      .toMatchObject({ kind: 'airspace_restriction' });
    expect(await filled('places', 'Bach Dang Wharf')).toMatchObject({ name: 'Bach Dang Wharf', kind: 'venue' });
  });
});
