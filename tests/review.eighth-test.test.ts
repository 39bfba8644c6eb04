// What the eighth first-use test (docs/review-first-use-7.md) found the add forms leaving empty or wrong, each
// read as a general rule over this test's own fixture article (tests/fixtures/review/braga-saint-john.txt):
// a paraphrase closed by an attribution whose verb no comma follows, a person whose sentence names a longer
// body, a title of capitalised common words before a name, a body's kind from ingest's readers of local
// authorities and national societies, a measure's operator from its subject's head word, a place's name
// without the preposition selected before it, a request made to someone ("asked pilgrims to …") as a
// paraphrase, and an unnamed person as the speaker an attribution names by role. The filled values are saved
// through the build checks.
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed, type Seed } from '../src/db/seed.js';
import { addFact } from '../src/review/actions.js';
import { emptyRow } from '../src/review/form.js';
import { prefill } from '../src/review/prefill.js';
import { beforeClosingAttribution, requestIn } from '../src/review/prefill-clauses.js';
import { reviewFixture, seedWithMachineFacts } from './helpers/review.js';

const PUBLISHED = '2026-06-16';

describe('the add forms after the eighth first-use test', () => {
  let seedDir: string;
  let sourceId: string;
  let seed: Seed;
  beforeAll(() => {
    ({ seedDir, sourceId } = seedWithMachineFacts(reviewFixture('braga-saint-john.txt'), PUBLISHED));
    seed = loadSeed(seedDir);
  }, 60_000);
  const article = () => ({ published: PUBLISHED, text: seed.sources.find((s) => s.id === sourceId)!.text });
  const filled = (collection: string, words: string) => prefill(seed, collectionByName.get(collection)!, words, article());
  const idNamed = (collection: string, name: string) => seed.facts.get(collection)!.find((row) => row.name === name)?.id;

  const closedByAttribution = 'The festival is expected to draw about 300,000 visitors over two nights, Mayor Rui Costa told reporters after a meeting with police commanders.';

  it('reads a paraphrase closed by an attribution whose verb no comma follows: the words before it, and its speaker', () => {
    expect(filled('statements', closedByAttribution)).toEqual({
      kind: 'paraphrase', text: 'The festival is expected to draw about 300,000 visitors over two nights.', speaker_id: idNamed('people', 'Rui Costa'),
    });
  });

  it('reads no closing attribution where the verb opens a clause of its own or says more after it', () => {
    expect(beforeClosingAttribution('The pier reopens in May, and Holm told reporters after the meeting.')).toBeUndefined();
    expect(beforeClosingAttribution('The pier reopens in May, Holm told reporters that it would stay open.')).toBeUndefined();
    expect(beforeClosingAttribution('With the pier shut for the week, the mayor urged residents to stay home.')).toBeUndefined();
    expect(beforeClosingAttribution('The pier reopens in May, Holm told reporters after the meeting.')).toBe('The pier reopens in May');
    expect(beforeClosingAttribution('The pier reopens in May, Holm said at the town hall.')).toBe('The pier reopens in May');
  });

  it('names a person, never the body named after them, and takes the capitalised common word before the name as the title', () => {
    const bishop = filled('people', 'Bishop Jose Cordeiro of the Archdiocese of Braga');
    expect(bishop).toMatchObject({ name: 'Jose Cordeiro', roles: [{ title: 'Bishop' }] });
    // An honorific is no title of office.
    expect(filled('people', 'Mrs Ana Ruiz').roles).toBeUndefined();
    // Words joined by "of" before a name are a title's, not the name's.
    expect(filled('people', 'Chair of the Board Ana Ruiz')).toEqual({ name: 'Ana Ruiz', roles: [{ title: 'Chair of the Board', organization_id: null, country: null }] });
    // A title of the lexicon set off by a comma still wins over the words before the name.
    expect(filled('people', 'its commander, Superintendent Paulo Matos')).toMatchObject({ name: 'Paulo Matos', roles: [{ title: 'Superintendent' }] });
  });

  it('gives a local authority and a national society their kinds as ingest reads them', () => {
    expect(filled('organizations', 'Municipality of Braga')).toMatchObject({ name: 'Municipality of Braga', kind: 'government' });
    expect(filled('organizations', 'The Portuguese Red Cross')).toEqual({ name: 'Portuguese Red Cross', kind: 'association', country: 'PT' });
  });

  it('fills a measure\'s operator from its subject named by its head word, the one body of the article with it', () => {
    const closure = filled('measures', 'The municipality has closed Souto Street to all traffic for both nights of the festival');
    expect(closure).toMatchObject({ kind: 'closure', operator_ids: [idNamed('organizations', 'Municipality of Braga')], place_ids: [idNamed('places', 'Souto Street')] });
    // A body's word not opening the words as their subject names no operator.
    expect(filled('measures', 'Souto Street is closed to cars by order of the municipality').operator_ids).toBeUndefined();
  });

  it('names a place selected with the preposition before it without that preposition', () => {
    expect(filled('places', 'in the city centre')).toMatchObject({ name: 'city centre' });
  });

  it('reads a request made to someone as a paraphrase, its speaker the person named before it rather than their body', () => {
    const asked = 'Bishop Jose Cordeiro of the Archdiocese of Braga asked pilgrims to keep to the marked routes.';
    expect(filled('statements', asked)).toMatchObject({ kind: 'paraphrase', text: 'Asked pilgrims to keep to the marked routes.' });
    // With the bishop and his archdiocese known, the bishop asks: the body after "of the" says whose he is.
    const add = (collection: string, words: string, row: Record<string, unknown>) => addFact(seedDir, collection, { ...emptyRow(collectionByName.get(collection)!), ...row, citations: [{ source: sourceId, quote: words }] }, 'Ada');
    // Ingest may have read them from the article already (a head word "Archdiocese", a title "Bishop"): known once either way.
    const archdiocese = idNamed('organizations', 'Archdiocese of Braga') ?? add('organizations', 'Archdiocese of Braga', { name: 'Archdiocese of Braga', kind: 'association' });
    const bishop = idNamed('people', 'Jose Cordeiro') ?? add('people', 'Bishop Jose Cordeiro', { name: 'Jose Cordeiro', roles: [{ title: 'Bishop', organization_id: archdiocese, country: null }] });
    seed = loadSeed(seedDir);
    expect(filled('statements', asked).speaker_id).toBe(bishop);
    expect(requestIn('The council asked for more officers at the gates.')).toBeUndefined();
    expect(requestIn('Fans were asked to leave the stands early.')).toBeUndefined();
  }, 60_000);

  it('gives a statement to the unnamed person its attribution names by role, once that person is known', () => {
    const stewards = 'About 200 stewards will guide the crowds along the route of the procession, a spokeswoman for the municipality said.';
    expect(filled('statements', stewards).speaker_id).toBeUndefined();
    const municipality = idNamed('organizations', 'Municipality of Braga');
    const spokeswoman = addFact(seedDir, 'people', { ...emptyRow(collectionByName.get('people')!), roles: [{ title: 'spokeswoman', organization_id: municipality, country: null }],
      citations: [{ source: sourceId, quote: 'a spokeswoman for the municipality' }] }, 'Ada');
    seed = loadSeed(seedDir);
    expect(filled('statements', stewards)).toMatchObject({ text: 'About 200 stewards will guide the crowds along the route of the procession.', speaker_id: spokeswoman });
    // A role the article gives no unnamed person speaks for no one.
    expect(filled('statements', 'About 200 stewards will guide the crowds along the route of the procession, a spokesman for the police said.').speaker_id).toBeUndefined();
  }, 60_000);

  it('gives values the build checks take as they are', () => {
    const cite = (quote: string) => [{ source: sourceId, quote }];
    const add = (collection: string, words: string) => addFact(seedDir, collection, { ...emptyRow(collectionByName.get(collection)!), ...filled(collection, words), citations: cite(words) }, 'Ada');
    const statement = add('statements', closedByAttribution);
    const person = add('people', 'Bishop Jose Cordeiro of the Archdiocese of Braga');
    const rows = [...loadSeed(seedDir).facts.values()].flat();
    expect(rows.find((r) => r.id === statement)).toMatchObject({ kind: 'paraphrase', review: 'reviewed' });
    expect(rows.find((r) => r.id === person)).toMatchObject({ name: 'Jose Cordeiro', review: 'reviewed' });
  }, 60_000);
});
