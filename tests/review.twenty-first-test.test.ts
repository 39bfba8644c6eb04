// What the twenty-first first-use test (docs/review-first-use-20.md) found the review app reading wrong, each read as
// a general rule over this test's own fixture article (tests/fixtures/review/novi-sad-bridge-opening.txt) through the
// app as a browser asks it.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { suggestionsIn } from '../src/review/suggestions.js';
import { useReviewArticle } from './helpers/review.js';

const ARTICLE = 'novi-sad-bridge-opening.txt';
const PUBLISHED = '2026-10-12';

describe('the forms after the twenty-first first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);
  const filled = async (collection: string, quote: string) => JSON.parse(await get(`/prefill?${new URLSearchParams({ collection, source: session.sourceId, quote })}`)) as Record<string, unknown>;

  it('opens an opening by a titled person as ingest names it, the river no place of it (bug 1)', async () => {
    const form = await filled('events', 'on Thursday, when Prime Minister Milica Jovanovic opens the new Freedom Bridge over the Danube');
    expect(form).toMatchObject({ name: 'Opening of the new Freedom Bridge', kind: 'ceremony', start: '2026-10-15' });
  });

  it('opens guards attacked as an incident, and boats barred as a ban (bugs 2 and 3)', async () => {
    expect(await filled('events', 'Two security guards were attacked at the bridge\'s construction site on Friday night')).toMatchObject({ kind: 'incident', start: '2026-10-09' });
    expect(await filled('measures', 'Boats will be barred from the Danube under the bridge on Thursday by an order of the Port Authority of Novi Sad')).toMatchObject({ kind: 'ban' });
  });
});

describe('the person forms after the twenty-first first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);

  it('fills the role\'s body of "its secretary, <Name>" with the body its sentence names before (bug 5)', async () => {
    const redCross = loadSeed(session.seedDir).facts.get('organizations')!.find((row) => String(row.name).startsWith('Red Cross'))!.id;
    const form = JSON.parse(await get(`/prefill?${new URLSearchParams({ collection: 'people', source: session.sourceId, quote: 'its secretary, Milan Babic' })}`)) as { roles: Array<{ organization_id: string }> };
    expect(form.roles[0]!.organization_id).toBe(redCross);
  });
});

describe('the cards after the twenty-first first-use test', () => {
  const { session } = useReviewArticle(ARTICLE, PUBLISHED);

  it('offers the mayor\'s role the City of Novi Sad first, a city of two words (bug 4)', () => {
    const seed = loadSeed(session.seedDir);
    const city = seed.facts.get('organizations')!.find((row) => row.name === 'City of Novi Sad')!.id;
    const mayor = seed.facts.get('people')!.find((row) => row.name === 'Zoran Petrovic')!;
    const offered = suggestionsIn(seed)(session.sourceId)(collectionByName.get('people')!, { ...mayor, roles: [{ title: 'Mayor', organization_id: null, country: null }] }).get('roles.0.organization_id')!;
    expect(offered[0]!.id).toBe(city);
  });
});
