// What the fourteenth first-use test (docs/review-first-use-13.md) found the forms, saves and one-click references
// of the review app doing wrong, each read as a general rule over this test's own fixture article
// (tests/fixtures/review/kranjska-gora-world-cup.txt) through the app as a browser asks it: a paraphrase and a
// person after "The <role> of the <Body>, <Name>", an emptied derived date, an incident of nature, places named by a
// landscape head word, a duration and an origin read as counts, and an event's place offered by its own words.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { useReviewArticle } from './helpers/review.js';

const PUBLISHED = '2026-03-05';
/** The sentence the race director speaks in, as the article writes it. */
const WALDNER = 'The race director of the International Ski and Snowboard Federation, Markus Waldner, said the snow on the course was in good condition despite a warm week.';

describe('the forms, saves and one-click references after the fourteenth first-use test', () => {
  const { session, get } = useReviewArticle('kranjska-gora-world-cup.txt', PUBLISHED);
  const filled = async (collection: string, quote: string) => JSON.parse(await get(`/prefill?${new URLSearchParams({ collection, source: session.sourceId, quote })}`)) as Record<string, unknown>;
  const seed = () => loadSeed(session.seedDir, { keepRules: true });
  const idNamed = (collection: string, name: string) => seed().facts.get(collection)!.find((row) => row.name === name)!.id;

  it('reads the clause after the verb as a paraphrase\'s text after "The <role> of the <Body>, <Name>," (bug 2)', async () => {
    expect(await filled('statements', WALDNER)).toMatchObject({ kind: 'paraphrase', text: 'The snow on the course was in good condition despite a warm week.' });
    // The shorter role before a name reads as before; words before the verb that hold a clause are what was said.
    expect((await filled('statements', 'The alliance\'s coordinator, Nina Kos, said the resort was cutting down the forest for a race that lasts two days.')).text)
      .toBe('The resort was cutting down the forest for a race that lasts two days.');
    expect((await filled('statements', 'Borovska Street will be closed to all traffic from 7 a.m. to 5 p.m. on both race days, he said.')).text)
      .toBe('Borovska Street will be closed to all traffic from 7 a.m. to 5 p.m. on both race days.');
  });

  it('names the person after "The <role> of the <Body>," by the name set off after the body, titled by the role (bug 1)', async () => {
    const federation = idNamed('organizations', 'International Ski and Snowboard Federation');
    expect(await filled('people', 'The race director of the International Ski and Snowboard Federation, Markus Waldner'))
      .toMatchObject({ name: 'Markus Waldner', roles: [{ title: 'race director', organization_id: federation }] });
    // A body the knowledge base does not hold yet is no person's name either when a name follows it after a comma.
    expect((await filled('people', 'The head coach of the Nordic Ski and Biathlon Union, Anna Berg')).name).toBe('Anna Berg');
    // A title joined by "of" without a comma keeps its capitals out of the name as before.
    expect(await filled('people', 'Secretary of State Marco Rubio')).toMatchObject({ name: 'Marco Rubio' });
  });
});
