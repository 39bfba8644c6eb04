// What the twenty-first first-use test (docs/review-first-use-20.md) found the review app reading wrong, each read as
// a general rule over this test's own fixture article (tests/fixtures/review/novi-sad-bridge-opening.txt) through the
// app as a browser asks it.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { suggestionsIn } from '../src/review/suggestions.js';
import { readingLine, setInSeed, untouchedForm, useReviewArticle } from './helpers/review.js';

const ARTICLE = 'novi-sad-bridge-opening.txt';
const PUBLISHED = '2026-10-12';

describe('the forms after the twenty-first first-use test', () => {
  const { filled } = useReviewArticle(ARTICLE, PUBLISHED);

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

describe('a statement whose speaker is corrected, after the twenty-first first-use test', () => {
  const { session, get, post } = useReviewArticle(ARTICLE, PUBLISHED);
  const statements = () => loadSeed(session.seedDir).facts.get('statements')!;
  const personNamed = (name: string) => loadSeed(session.seedDir).facts.get('people')!.find((row) => row.name === name)!.id;

  it('takes the id of its new speaker and its words when the id field is left empty (bug 8)', async () => {
    const said = statements().find((row) => row.id.startsWith('markovic-its-officers'))!;
    const page = await get(`/articles/${session.sourceId}`);
    const form = untouchedForm(page, `/facts/${said.id}/edit`);
    expect(form.id).toBe('');
    expect(page).toContain(`id (made by the machine: ${said.id}; left empty, the save makes it from the speaker and the words`);
    const saved = await post(`/facts/${said.id}/edit`, { ...form, speaker_id: personNamed('Dragan Ilic') });
    expect(saved.statusCode).toBe(303);
    const renamed = said.id.replace(/^markovic-/, 'ilic-');
    expect(statements().find((row) => row.id === said.id)).toBeUndefined();
    expect(statements().find((row) => row.id === renamed)).toMatchObject({ review: 'reviewed', text: said.text });
  });

  it('keeps a machine statement\'s id when it is saved untouched', async () => {
    const said = statements().find((row) => row.review === 'machine')!;
    const form = untouchedForm(await get(`/articles/${session.sourceId}`), `/facts/${said.id}/edit`);
    expect((await post(`/facts/${said.id}/edit`, form)).statusCode).toBe(303);
    expect(statements().find((row) => row.id === said.id)).toMatchObject({ review: 'reviewed' });
  });
});

describe('the reading lines after the twenty-first first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);

  it('marks a deployment without event when its words hold the day an event of the article starts, and not one whose words hold no day (bug 6)', async () => {
    const deployments = loadSeed(session.seedDir).facts.get('deployments')!;
    const onDuty = deployments.find((row) => row.organization_id === 'novi-sad-police-directorate')!.id;
    const guarding = deployments.find((row) => row.organization_id === 'special-anti-terrorist-unit')!.id;
    for (const id of [onDuty, guarding]) setInSeed(session.seedDir, 'deployments', id, 'event_id', null);
    const page = await get(`/articles/${session.sourceId}?view=read`);
    expect(readingLine(page, onDuty)).toContain('<span class="missing">no event</span>');
    expect(readingLine(page, guarding)).not.toContain('no event');
  });
});
