// What the twenty-sixth first-use test (docs/review-first-use-25.md) found ingest and the review app reading
// wrong, each read as a general rule over this test's own fixture article
// (tests/fixtures/review/tampere-air-show.txt) through the app as a browser asks it.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { readingLine, setInSeed, useReviewArticle } from './helpers/review.js';

const ARTICLE = 'tampere-air-show.txt';
const PUBLISHED = '2026-06-09';

describe('the forms after the twenty-sixth first-use test', () => {
  const { filled } = useReviewArticle(ARTICLE, PUBLISHED);

  it('reads a gathering that closes on a day as ending then, a road closing then as starting (bug 1)', async () => {
    expect(await filled('events', 'which closes on Sunday evening')).toMatchObject({ start: null, end: '2026-06-14' });
    expect(await filled('measures', 'The city will close Hameenkatu to cars on Sunday')).toMatchObject({ start: '2026-06-14' });
  });

  it('opens a climate group as an association, as ingest proposes it (finding 9)', async () => {
    expect(await filled('organizations', 'Clean Skies Tampere, a climate group')).toMatchObject({ name: 'Clean Skies Tampere', kind: 'association' });
    expect(await filled('organizations', 'Tampere Now, a political group')).toMatchObject({ name: 'Tampere Now', kind: 'political_group' });
  });

  it('holds an event where a clause after its name says it opens, not in the city its name opens with (bug 3)', async () => {
    const form = await filled('events', 'the Tampere Air Show, which opens on Saturday at Pirkkala Airport');
    expect(form).toMatchObject({ name: 'Tampere Air Show', place_ids: ['pirkkala-airport'] });
    // A clause naming no place after its day keeps the city: "the Tampere Air Show, which opens on Saturday".
    expect(await filled('events', 'the Tampere Air Show, which opens on Saturday')).toMatchObject({ place_ids: ['tampere'] });
  });
});

describe('the reading lines after the twenty-sixth first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);
  const articleRows = (collection: string) => loadSeed(session.seedDir).facts.get(collection)!
    .filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === session.sourceId));

  it('marks "no event" on every deployment without one in an article of one event (bug 4)', async () => {
    const [show] = articleRows('events');
    expect(articleRows('events')).toHaveLength(1);
    for (const row of articleRows('deployments')) setInSeed(session.seedDir, 'deployments', row.id, 'event_id', null);
    const page = await get(`/articles/${session.sourceId}?view=read`);
    const deployments = articleRows('deployments');
    expect(deployments.length).toBeGreaterThan(1);
    for (const row of deployments) expect(readingLine(page, row.id), row.id).toContain('<span class="missing">no event</span>');
    // A protest of the same article may be about something else: not marked for it.
    const march = articleRows('protests')[0]!;
    expect(readingLine(page, march.id)).not.toContain('no event');
    expect(show).toBeDefined();
  });
});

describe('the one-click offers after the twenty-sixth first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);
  const deployments = () => loadSeed(session.seedDir).facts.get('deployments')!
    .filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === session.sourceId));
  const offersOf = async (id: string) => {
    const card = await get(`/articles/${session.sourceId}?${new URLSearchParams({ open: id })}`);
    return [...card.matchAll(new RegExp(`aria-label="Set part_of_id of ${id} to [^"]*\\(([a-z0-9-]+)\\)"`, 'g'))].map((m) => m[1]!);
  };

  it('offers as the whole of a deployment only larger ones (bug 6)', async () => {
    const counted = deployments().filter((row) => typeof (row.personnel as { value: unknown }).value === 'number');
    expect(counted.length).toBeGreaterThan(1);
    const count = (id: string) => (deployments().find((row) => row.id === id)!.personnel as { value: number | null }).value;
    const largest = [...counted].sort((a, b) => count(b.id)! - count(a.id)!)[0]!;
    expect(await offersOf(largest.id)).toEqual([]);
    for (const row of counted) for (const offered of await offersOf(row.id)) expect(count(offered) ?? Infinity).toBeGreaterThan(count(row.id)!);
  });
});
