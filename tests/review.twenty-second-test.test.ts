// What the twenty-second first-use test (docs/review-first-use-21.md) found the review app reading or naming wrong,
// each read as a general rule over this test's own fixture article (tests/fixtures/review/podgorica-film-awards.txt)
// through the app as a browser asks it.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { readingLine, useReviewArticle } from './helpers/review.js';

const ARTICLE = 'podgorica-film-awards.txt';
const PUBLISHED = '2026-11-18';

/** Each button and link of a page that has an accessible name of its own: that name and the words it shows. */
const namedControls = (page: string) => [...page.matchAll(/<(button|a)\b[^>]*?\saria-label="([^"]*)"[^>]*>(.*?)<\/\1>/gs)]
  // Symbols ("×") and an ellipsis ("Merge into…": a choice follows) are no words a person says.
  .map(([, , name, inner]) => ({ name: name!, shown: inner!.replace(/<[^<>]*>/g, '').replace(/[\p{S}…]/gu, '').replace(/\s+/g, ' ').trim() }));

describe('the forms after the twenty-second first-use test', () => {
  const { filled } = useReviewArticle(ARTICLE, PUBLISHED);

  it('opens awards presented on a day as a ceremony, and vandals who sprayed slogans as an incident (bugs 2 and 3)', async () => {
    expect(await filled('events', 'on Saturday, when the Balkan Film Awards are presented at the Montenegrin National Theatre')).toMatchObject({ name: 'Balkan Film Awards', kind: 'ceremony', start: '2026-11-21' });
    expect(await filled('events', 'Vandals sprayed slogans on the walls of the theatre on Monday night')).toMatchObject({ name: 'Vandalism', kind: 'incident', start: '2026-11-16' });
  });

  it('counts a weekday in reported speech forward: "officers would seal off … on Saturday" (bug 1)', async () => {
    const form = await filled('measures', 'Interior Minister Danilo Sekulic told reporters that officers would seal off the streets around the theatre from 4 p.m. on Saturday');
    expect(form).toMatchObject({ start: '2026-11-21' });
  });
});

describe('the reading lines and controls after the twenty-second first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);

  it('marks "no about" on a statement only when its own words name a row, not its speaker\'s sentence (bug 7)', async () => {
    const statements = loadSeed(session.seedDir).facts.get('statements')!;
    const page = await get(`/articles/${session.sourceId}?view=read`);
    const quote = statements.find((row) => String(row.text).startsWith('We want a celebration of cinema'))!;
    expect(readingLine(page, quote.id)).toContain('<span class="kind k-statements">statement</span>');
    expect(readingLine(page, quote.id)).not.toContain('no about');
  });

  it('names every button and link with the words it shows, and never by the new form\'s placeholder id (bug 8)', async () => {
    const reading = await get(`/articles/${session.sourceId}?view=read`);
    const cards = await get(`/articles/${session.sourceId}`);
    const adding = await get(`/articles/${session.sourceId}/new?${new URLSearchParams({ collection: 'people', quote: 'Police Director Nikola Vukovic' })}`);
    const controls = [reading, cards, adding].flatMap(namedControls);
    expect(controls.map((c) => c.shown)).toEqual(expect.arrayContaining(['Open card', 'Fill empty fields from selected words', 'Use selected words', 'Add to roles', 'Show words', 'Add fact']));
    expect(controls.filter((c) => c.shown && !c.name.toLowerCase().includes(c.shown.toLowerCase()))).toEqual([]);
    expect(controls.filter((c) => c.name.includes('_new'))).toEqual([]);
  });
});
