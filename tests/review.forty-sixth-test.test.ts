// What the forty-sixth first-use test (docs/review-first-use-45.md) found the review app reading wrong, read as a general
// rule over that test's own fixture article (tests/fixtures/review/oruro-carnival.txt).
import { describe, expect, it } from 'vitest';
import { offered, readingLine, setInSeed, useReviewArticle } from './helpers/review.js';

describe('a rank beside an office with its body (bug 3)', () => {
  const oruro = useReviewArticle('oruro-carnival.txt', '2026-02-11');
  const page = () => oruro.get(`/articles/${oruro.session.sourceId}?view=read`);
  const cards = () => oruro.get(`/articles/${oruro.session.sourceId}`);
  const ranked = (rank: string, army: string | null) => [{ title: 'Regional commander', organization_id: army, country: 'BO' }, { title: rank, organization_id: null, country: null }];

  it('marks the rank\'s body missing and says it may be removed instead; the card offers the office\'s body first', async () => {
    setInSeed(oruro.session.seedDir, 'people', 'hugo-vargas', 'roles', ranked('General', 'bolivian-army'));
    const line = readingLine(await page(), 'hugo-vargas');
    expect(line).toContain('no organization');
    expect(line).toContain('General is a rank beside an office: give it the office\'s body, or remove it');
    expect(offered(await cards(), 'hugo-vargas', 'roles.1.organization_id')[0]).toBe('bolivian-army');
  });

  it('leaves a rank that is the only role, or beside an office with no body, a role whose body may be asked for', async () => {
    setInSeed(oruro.session.seedDir, 'people', 'hugo-vargas', 'roles', ranked('General', null));
    expect(readingLine(await page(), 'hugo-vargas')).not.toContain('is a rank beside an office');
    setInSeed(oruro.session.seedDir, 'people', 'hugo-vargas', 'roles', [{ title: 'General', organization_id: null, country: null }]);
    expect(readingLine(await page(), 'hugo-vargas')).not.toContain('is a rank beside an office');
    expect(offered(await cards(), 'hugo-vargas', 'roles.0.organization_id')).toContain('bolivian-army');
  });
});

describe('a new event\'s form over the forty-sixth test\'s article (bug 2)', () => {
  const oruro = useReviewArticle('oruro-carnival.txt', '2026-02-11');
  it('names the event by its own name, not by what is left of a known place\'s name after it', async () => {
    const words = 'the Oruro Carnival, whose main parade will wind through the city on Saturday, February 14, and Sunday, February 15, to the Sanctuary of the Virgin of Socavon';
    expect(await oruro.filled('events', words)).toMatchObject({ name: 'Oruro Carnival' });
  });
});
