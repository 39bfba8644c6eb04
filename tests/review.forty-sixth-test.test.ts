// What the forty-sixth first-use test (docs/review-first-use-45.md) found the review app reading wrong, read as a general
// rule over that test's own fixture article (tests/fixtures/review/oruro-carnival.txt).
import { describe, expect, it } from 'vitest';
import { offered, readingLine, setInSeed, useReviewArticle } from './helpers/review.js';

describe('a rank beside an office with its body (bug 3)', () => {
  const oruro = useReviewArticle('oruro-carnival.txt', '2026-02-11');
  const page = () => oruro.get(`/articles/${oruro.session.sourceId}?view=read`);
  const cards = () => oruro.get(`/articles/${oruro.session.sourceId}`);
  const ranked = (rank: string, army: string | null) => [{ title: 'Regional commander', organization_id: army, country: 'BO' }, { title: rank, organization_id: null, country: null }];

  it('asks for no body for the rank, and its line says to remove it; the card offers no body for it', async () => {
    setInSeed(oruro.session.seedDir, 'people', 'hugo-vargas', 'roles', ranked('General', 'bolivian-army'));
    const shown = await page();
    const line = readingLine(shown, 'hugo-vargas');
    expect(line).toContain('General is a rank, no role: remove it');
    expect(line).not.toContain('no organization');
    expect(offered(await cards(), 'hugo-vargas', 'roles.1.organization_id')).toEqual([]);
  });

  it('leaves a rank that is the only role, or beside an office with no body, a role whose body may be asked for', async () => {
    setInSeed(oruro.session.seedDir, 'people', 'hugo-vargas', 'roles', ranked('General', null));
    expect(readingLine(await page(), 'hugo-vargas')).not.toContain('is a rank, no role');
    setInSeed(oruro.session.seedDir, 'people', 'hugo-vargas', 'roles', [{ title: 'General', organization_id: null, country: null }]);
    expect(readingLine(await page(), 'hugo-vargas')).not.toContain('is a rank, no role');
    expect(offered(await cards(), 'hugo-vargas', 'roles.0.organization_id')).toContain('bolivian-army');
  });
});
