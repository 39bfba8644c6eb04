// What the twenty-fourth first-use test (docs/review-first-use-23.md) found ingest and the review app reading
// wrong, each read as a general rule over this test's own fixture article
// (tests/fixtures/review/aarhus-weightlifting-championships.txt) through the app as a browser asks it.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { useReviewArticle } from './helpers/review.js';

const ARTICLE = 'aarhus-weightlifting-championships.txt';
const PUBLISHED = '2026-04-14';

describe('a street named by a Nordic street word after the twenty-fourth first-use test (bug 2)', () => {
  const { session, filled } = useReviewArticle(ARTICLE, PUBLISHED);
  const places = () => loadSeed(session.seedDir).facts.get('places')!;

  it('proposes "Vester Alle" as a site within the dateline\'s city', () => {
    const aarhus = places().find((row) => row.name === 'Aarhus' && row.kind === 'city')!;
    expect(places().find((row) => row.name === 'Vester Alle')).toMatchObject({ kind: 'venue', within_id: aarhus.id });
  });

  it('opens a new place from the words around it with its kind and the dateline\'s city', async () => {
    const aarhus = places().find((row) => row.name === 'Aarhus' && row.kind === 'city')!;
    // Another name of the same shape, which ingest did not propose, so the form reads it alone.
    expect(await filled('places', 'close Oster Alle to traffic')).toEqual({ name: 'Oster Alle', kind: 'venue', within_id: aarhus.id });
    expect(await filled('places', 'Nørre Allé')).toEqual({ name: 'Nørre Allé', kind: 'venue', within_id: aarhus.id });
  });
});

describe('a card citing one sentence twice after the twenty-fourth first-use test (bug 6)', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);

  it('says which words each citation of a shared sentence cites, and nothing where the sentences differ', async () => {
    const facts = [...loadSeed(session.seedDir).facts.values()].flat();
    // A fact citing a whole sentence and, again, a few words of it (an event's name and the sentence dating it).
    const inOneSentence = (row: Record<string, unknown>) => {
      const quotes = (row.citations as { quote: string }[]).map((c) => c.quote);
      const whole = quotes.find((quote) => quote.endsWith('.') && quotes.some((other) => other !== quote && quote.includes(other)));
      return whole ? { whole, part: quotes.find((other) => other !== whole && whole.includes(other))! } : undefined;
    };
    const twice = facts.find((row) => inOneSentence(row) !== undefined)!;
    expect(twice).toBeDefined();
    const { part } = inOneSentence(twice)!;
    const page = await get(`/articles/${session.sourceId}?${new URLSearchParams({ open: String(twice.id) })}`);
    const card = page.slice(page.indexOf(`id="card-${twice.id}"`), page.indexOf('</article>', page.indexOf(`id="card-${twice.id}"`)));
    expect(card).toContain('<span class="cites">(cites the whole sentence)</span>');
    expect(card).toContain(`<span class="cites">(cites only “${part}”)</span>`);
    // A fact whose citations stand in different sentences says nothing more.
    const apart = facts.find((row) => row.review === 'machine' && (row.citations as { source_id: string }[]).length === 1)!;
    const single = await get(`/articles/${session.sourceId}?${new URLSearchParams({ open: String(apart.id) })}`);
    const itsCard = single.slice(single.indexOf(`id="card-${apart.id}"`), single.indexOf('</article>', single.indexOf(`id="card-${apart.id}"`)));
    expect(itsCard).toContain('<ul class="citations">');
    expect(itsCard).not.toContain('class="cites"');
  });
});
