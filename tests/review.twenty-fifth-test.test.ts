// What the twenty-fifth first-use test (docs/review-first-use-24.md) found ingest and the review app reading
// wrong, each read as a general rule over this test's own fixture article
// (tests/fixtures/review/kaunas-basketball-final-four.txt) through the app as a browser asks it.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { readingLine, setInSeed, useReviewArticle } from './helpers/review.js';

const ARTICLE = 'kaunas-basketball-final-four.txt';
const PUBLISHED = '2026-05-19';

describe('the forms after the twenty-fifth first-use test', () => {
  const { filled } = useReviewArticle(ARTICLE, PUBLISHED);

  it('reads a day after a verb of ending as an end with no start (bug 1)', async () => {
    expect(await filled('events', 'which ends with the final on Sunday')).toMatchObject({ start: null, end: '2026-05-24' });
    // A road that closes on a day starts its closure then.
    expect(await filled('measures', 'Laisves Avenue will be closed to traffic and the fan zone closes on Sunday')).toMatchObject({ start: '2026-05-24' });
  });
});

describe('ingest after the twenty-fifth first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);

  it('gives a police commissioner the article\'s police force, offered first as his measure\'s operator (bug 3)', async () => {
    const seed = loadSeed(session.seedDir);
    const kairys = seed.facts.get('people')!.find((row) => row.name === 'Darius Kairys')!;
    expect((kairys.roles as Array<{ organization_id: string }>)[0]!.organization_id).toBe('lithuanian-police');
    const detectors = seed.facts.get('measures')!.find((row) => JSON.stringify(row.citations).includes('metal detectors'))!;
    const card = await get(`/articles/${session.sourceId}?${new URLSearchParams({ open: detectors.id })}`);
    const offers = [...card.matchAll(new RegExp(`aria-label="Set operator_ids of ${detectors.id} to [^"]*\\(([a-z0-9-]+)\\)"`, 'g'))].map((m) => m[1]);
    expect(offers[0]).toBe('lithuanian-police');
  });

  it('counts the people a body brings to a protest as its size (finding 10)', () => {
    const rally = loadSeed(session.seedDir).facts.get('protests')!.find((row) => String(row.name).startsWith('Rally'))!;
    expect(rally.size).toEqual({ value: 1500, qualifier: 'approximately' });
  });
});

describe('the reading lines after the twenty-fifth first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);
  const statementSaying = (words: string) => loadSeed(session.seedDir).facts.get('statements')!.find((row) => String(row.text).includes(words))!;

  it('marks no "no about" for rows a statement names only by a head word, but for a row it names by name (bug 5)', async () => {
    const waited = statementSaying('had waited many years');
    setInSeed(session.seedDir, 'statements', waited.id, 'about_ids', []);
    const page = await get(`/articles/${session.sourceId}?view=read`);
    expect(readingLine(page, waited.id)).toContain('<span class="kind k-statements">statement</span>');
    expect(readingLine(page, waited.id)).not.toContain('no about');
    // The same statement naming the arena by its name asks for it.
    setInSeed(session.seedDir, 'statements', waited.id, 'text', 'The city had waited many years to host the event at the Zalgiris Arena');
    expect(readingLine(await get(`/articles/${session.sourceId}?view=read`), waited.id)).toContain('<span class="missing">no about</span>');
  });

  it('marks an unstated count when its words hold a number outside their dates (bug 4)', async () => {
    const rally = loadSeed(session.seedDir).facts.get('protests')!.find((row) => String(row.name).startsWith('Rally'))!;
    setInSeed(session.seedDir, 'protests', rally.id, 'size', { value: null, qualifier: null });
    expect(readingLine(await get(`/articles/${session.sourceId}?view=read`), rally.id)).toContain('<span class="missing">no size</span>');
    // Cited by a sentence with no number: nothing to mark, the count stays said in plain words.
    setInSeed(session.seedDir, 'protests', rally.id, 'citations', [{ source: session.sourceId, quote: 'the rally would end well before the evening game' }]);
    const line = readingLine(await get(`/articles/${session.sourceId}?view=read`), rally.id);
    expect(line).toContain('<span class="kind k-protests">protest</span>');
    expect(line).not.toContain('class="missing">size');
  });
});
