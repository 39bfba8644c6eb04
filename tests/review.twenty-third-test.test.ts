// What the twenty-third first-use test (docs/review-first-use-22.md) found the review app reading or showing wrong,
// each read as a general rule over this test's own fixture article (tests/fixtures/review/kosice-papal-mass.txt)
// through the app as a browser asks it.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { readingLine, setInSeed, useReviewArticle } from './helpers/review.js';

const ARTICLE = 'kosice-papal-mass.txt';
const PUBLISHED = '2026-09-08';

describe('the forms after the twenty-third first-use test', () => {
  const { filled } = useReviewArticle(ARTICLE, PUBLISHED);

  it('opens a man arrested on a day as an incident, not as the visit the threats were against (bug 1)', async () => {
    expect(await filled('events', 'A man was arrested on Friday after posting threats against the visit online')).toMatchObject({ name: 'Arrest', kind: 'incident', start: '2026-09-04' });
  });

  it('opens a charity as an association (bug 2)', async () => {
    expect(await filled('organizations', 'Slovak Catholic Charity')).toMatchObject({ name: 'Slovak Catholic Charity', kind: 'association' });
  });
});

describe('the reading lines and cards after the twenty-third first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);
  const person = (name: string) => loadSeed(session.seedDir).facts.get('people')!.find((row) => row.name === name)!;

  it('marks a role\'s body missing only where a body its words name fits the title (bug 3)', async () => {
    const page = await get(`/articles/${session.sourceId}?view=read`);
    // "Interior Minister Peter Hudak said" in a sentence naming only the Slovak Police Force: no body of his.
    expect(readingLine(page, person('Peter Hudak').id)).toContain('Interior Minister');
    expect(readingLine(page, person('Peter Hudak').id)).not.toContain('no organization');
    // "Archbishop Marek Benko of the Archdiocese of Kosice": his, though left empty.
    const benko = person('Marek Benko');
    setInSeed(session.seedDir, 'people', benko.id, 'roles', [{ title: 'Archbishop', organization_id: null, country: null }]);
    expect(readingLine(await get(`/articles/${session.sourceId}?view=read`), benko.id)).toContain('<span class="missing">no organization</span>');
  });

  it('shows the id beside two one-click offers of the same title (bug 6)', async () => {
    const deployments = loadSeed(session.seedDir).facts.get('deployments')!;
    const charity = deployments.find((row) => String(row.organization_id).includes('charity'))!;
    // Its count unstated, every deployment of the article may be its whole (a whole is larger than its part).
    setInSeed(session.seedDir, 'deployments', charity.id, 'personnel', { value: null, qualifier: null });
    const card = await get(`/articles/${session.sourceId}?${new URLSearchParams({ open: charity.id })}`);
    const offers = [...card.matchAll(new RegExp(`aria-label="Set part_of_id of ${charity.id} to [^"]*">([^<]*)</button>`, 'g'))].map((m) => m[1]!);
    const officers = offers.filter((shown) => shown.startsWith('Officers'));
    expect(officers.length).toBeGreaterThan(1);
    expect(officers.every((shown) => /^Officers \([a-z0-9-]+\)$/.test(shown))).toBe(true);
    expect(new Set(officers).size).toBe(officers.length);
  });
});
