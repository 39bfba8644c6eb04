// What the twentieth first-use test (docs/review-first-use-19.md) found the review app reading wrong, each read as a
// general rule over this test's own fixture article (tests/fixtures/review/valparaiso-presidential-inauguration.txt)
// through the app as a browser asks it, with words of the test's own beside the article's.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { newFactId } from '../src/review/actions.js';
import { postedQuotes } from '../src/review/form.js';
import { suggestionsIn } from '../src/review/suggestions.js';
import { useReviewArticle } from './helpers/review.js';

const ARTICLE = 'valparaiso-presidential-inauguration.txt';
const PUBLISHED = '2026-03-09';

describe('the forms after the twentieth first-use test', () => {
  const { filled } = useReviewArticle(ARTICLE, PUBLISHED);

  it('opens a person titled by an office of a portfolio, or one to come, with that title whole (bugs 2 and 10)', async () => {
    expect(await filled('people', 'Undersecretary of the Interior Daniela Araya')).toMatchObject({ name: 'Daniela Araya', roles: [expect.objectContaining({ title: 'Undersecretary of the Interior' })] });
    expect(await filled('people', 'President-elect Tomas Saavedra')).toMatchObject({ name: 'Tomas Saavedra', roles: [expect.objectContaining({ title: 'President-elect' })] });
  });

  it('opens an incident from things thrown on a stated day with its name, kind and day (bug 5)', async () => {
    expect(await filled('events', 'Stones were thrown at a patrol car near Plaza Victoria on Saturday night, injuring two officers'))
      .toMatchObject({ name: 'Stones thrown at a patrol car near Plaza Victoria', kind: 'incident', start: '2026-03-07' });
  });

  it('opens identity checks as an inspection, and the Carabineros as a police force (bugs 6 and 7c)', async () => {
    expect(await filled('measures', 'will also check the identity of everyone entering the National Congress')).toMatchObject({ kind: 'inspection', name: 'Identity checks' });
    expect(await filled('organizations', 'Carabineros')).toMatchObject({ name: 'Carabineros', kind: 'police_force' });
  });
});

describe('the statement forms after the twentieth first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);
  const filled = async (quote: string) => JSON.parse(await get(`/prefill?${new URLSearchParams({ collection: 'statements', source: session.sourceId, quote })}`)) as Record<string, unknown>;

  it('reads "…, according to <title> <Name>." as her paraphrase, and "…, she added." as hers, not the body\'s (bugs 3 and 4)', async () => {
    const araya = loadSeed(session.seedDir).facts.get('people')!.find((row) => row.name === 'Daniela Araya')!.id;
    expect(await filled('The Investigations Police (PDI) will send 300 detectives to guard the hotels of the foreign delegations, according to Undersecretary of the Interior Daniela Araya.'))
      .toMatchObject({ kind: 'paraphrase', speaker_id: araya, text: 'The Investigations Police (PDI) will send 300 detectives to guard the hotels of the foreign delegations.' });
    expect(await filled('The PDI will also check the identity of everyone entering the National Congress, she added.')).toMatchObject({ speaker_id: araya });
  });
});

describe('the cards after the twentieth first-use test', () => {
  const { session } = useReviewArticle(ARTICLE, PUBLISHED);

  it('offers a mayor\'s role the dateline city\'s government first (bug 1)', () => {
    const seed = loadSeed(session.seedDir);
    const people = collectionByName.get('people')!;
    const city = seed.facts.get('organizations')!.find((row) => row.name === 'Municipality of Valparaiso')!.id;
    const rojas = seed.facts.get('people')!.find((row) => row.name === 'Camila Rojas')!;
    const offered = suggestionsIn(seed)(session.sourceId)(people, { ...rojas, roles: [{ title: 'Mayor', organization_id: null, country: null }] }).get('roles.0.organization_id')!;
    expect(offered[0]!.id).toBe(city);
  });
});

describe('new facts after the twentieth first-use test', () => {
  const { session } = useReviewArticle(ARTICLE, PUBLISHED);

  it('names a statement added from words by its speaker\'s last name and five words, as ingest does (bug 9)', () => {
    const seed = loadSeed(session.seedDir);
    const statements = collectionByName.get('statements')!;
    const person = seed.facts.get('people')![0]!;
    const surname = String(person.name).split(/\s+/u).at(-1)!.toLowerCase();
    expect(newFactId(seed, statements, { speaker_id: person.id, text: 'The PDI will send 300 detectives to guard the hotels.', citations: [{ quote: 'x' }] }))
      .toBe(`${surname}-the-pdi-will-send-300`);
  });
});

describe('citations after the twentieth first-use test', () => {
  it('widens a citation a new quote holds, in its place, and adds none a citation already holds (bug 11)', () => {
    const posted = (more: Record<string, string>) => postedQuotes({ 'quote.0': 'Drones will be banned', 'source.0': 'a', 'quote.1': 'the city', 'source.1': 'b', ...more });
    expect(posted({ 'quote.new': 'Drones will be banned over the city on Wednesday', 'source.new': 'a' }))
      .toEqual([{ source: 'a', quote: 'Drones will be banned over the city on Wednesday' }, { source: 'b', quote: 'the city' }]);
    expect(posted({ 'quote.new': 'will be banned', 'source.new': 'a' })).toHaveLength(2);
    // The same words of another article are a citation of their own.
    expect(posted({ 'quote.new': 'Drones will be banned over the city', 'source.new': 'c' })).toHaveLength(3);
  });
});
