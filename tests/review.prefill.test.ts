// A new fact's form filled from words selected in an article: over a seed with a fixture article ingested, each
// selection gives the values its words state (names, a title, a hedged number, a date with ingest's note when a
// part is inferred, references to known rows by the names the words contain), nothing they do not state, and
// the values saved as they are pass the build's checks.
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed, type Seed } from '../src/db/seed.js';
import { addFact } from '../src/review/actions.js';
import { emptyRow } from '../src/review/form.js';
import { prefill } from '../src/review/prefill.js';
import { reviewFixture, seedWithMachineFacts } from './helpers/review.js';

const PUBLISHED = '2026-03-01';

describe('a new fact prefilled from the selected words', () => {
  let seedDir: string;
  let sourceId: string;
  let seed: Seed;
  beforeAll(() => {
    ({ seedDir, sourceId } = seedWithMachineFacts('geneva-summit.txt', PUBLISHED));
    seed = loadSeed(seedDir);
  }, 60_000);
  const article = () => ({ published: PUBLISHED, text: seed.sources.find((s) => s.id === sourceId)!.text });
  const filled = (collection: string, words: string) => prefill(seed, collectionByName.get(collection)!, words, article());
  const idNamed = (collection: string, name: string) => seed.facts.get(collection)!.find((row) => row.name === name)?.id;

  it('reads a person\'s name and the title set off beside it', () => {
    expect(filled('people', 'the cantonal security director, Claire Monnet')).toEqual({ name: 'Claire Monnet', roles: [{ title: 'cantonal security director', organization_id: null, country: null }] });
  });

  it('takes a title set off after a possessive, never a phrase saying whose the person is', () => {
    expect(filled('people', 'Its secretary general, Lucia Condori')).toEqual({ name: 'Lucia Condori', roles: [{ title: 'secretary general', organization_id: null, country: null }] });
    expect(JSON.stringify(filled('people', 'Bishop Tomas Ccori of the Archdiocese of Lima').roles ?? [])).not.toContain('of the');
  });

  it('reads a count with its hedge, and the bodies and places the words name', () => {
    const values = filled('deployments', 'Geneva will deploy around 4,500 police officers and soldiers');
    expect(values).toMatchObject({ personnel: { value: 4500, qualifier: 'approximately' }, place_ids: [idNamed('places', 'Geneva')] });
    // A place inside a body's name is not a place the words name.
    expect(filled('deployments', 'Units of the Swiss Armed Forces will support the Geneva Cantonal Police').place_ids).toBeUndefined();
  });

  it('reads a date as ingest does, derived with its note when the year or the day is inferred', () => {
    // Its name and kind are the measure rule's that reads the words.
    expect(filled('measures', 'a no-fly zone will cover the city from June 11 to June 14')).toEqual({
      name: 'No-fly zone', kind: 'airspace_restriction', start: '2026-06-11', end: '2026-06-14', date_precision: 'day', derived: true, note: "year of 'June 11 to June 14' taken from the publication date 2026-03-01",
    });
    const march = filled('protests', 'Activists from the collective Geneva Open City said they would hold a march from the Place Neuve to the lake on Saturday');
    expect(march).toMatchObject({ date: '2026-03-07', date_precision: 'day', derived: true, note: expect.stringContaining("'Saturday'") });
    // Named as ingest names a protest (its word, first place and date): "Activists" opens the sentence, and
    // "Geneva Open City" names the organizer, not the march.
    expect(march.name).toBe('March in Place Neuve on 2026-03-07');
    expect(march.organizer_ids).toEqual([idNamed('organizations', 'Geneva Open City')]);
  });

  it('reads a quote: its words, and the speaker named outside them (by surname)', () => {
    const values = filled('statements', '"We have one chance to get this right, and we will not gamble with it," Monnet said.');
    expect(values).toEqual({ kind: 'quote', text: 'We have one chance to get this right, and we will not gamble with it', speaker_id: idNamed('people', 'Claire Monnet') });
  });

  it('dates a statement by the day it was said, never by a date inside what was said', () => {
    // Published Sunday 2026-03-01: "said on Thursday" is 2026-02-26; the Friday the pass starts is no statement's date.
    expect(filled('statements', 'Drivers will need a pass to enter the old town from Friday evening, Monnet said.')).not.toHaveProperty('date');
    expect(filled('statements', 'Monnet said on Thursday that drivers would need a pass from Friday.')).toMatchObject({ date: '2026-02-26', date_precision: 'day' });
    expect(filled('statements', 'On Thursday, Monnet said drivers would need a pass from Friday.')).toMatchObject({ date: '2026-02-26' });
  });

  it('gives an organization its kind by its head word, a country its code, and never points a row at itself', () => {
    expect(filled('organizations', 'Geneva Cantonal Police')).toEqual({ name: 'Geneva Cantonal Police', kind: 'police_force' });
    expect(filled('places', 'Switzerland')).toMatchObject({ name: 'Switzerland', kind: 'country', country: 'CH' });
    // "Geneva" is a city in more than one country: its name gives no country.
    expect(filled('places', 'Geneva')).toEqual({ name: 'Geneva', kind: 'city' });
  });

  it('reads an event\'s figures: each count with its hedge and the plural noun after it as the metric', () => {
    expect(filled('events', 'an estimated 180 delegates and as many as 2,000 journalists')).toMatchObject({
      figures: [{ metric: 'delegates', value: 180, qualifier: 'approximately' }, { metric: 'journalists', value: 2000, qualifier: 'up_to' }],
    });
    // The numbers of a date are no figure.
    expect(filled('events', 'the summit on June 11').figures).toBeUndefined();
    // Crowds are counted in irregular plurals too.
    expect(filled('events', 'is expected to draw as many as 150,000 people, and more than 40 brotherhoods').figures).toEqual([
      { metric: 'people', value: 150000, qualifier: 'up_to' }, { metric: 'brotherhoods', value: 40, qualifier: 'more_than' },
    ]);
  });

  it('fills nothing the words do not state', () => {
    expect(filled('deployments', 'They fear that small businesses along the lakefront will lose a week of trade')).toEqual({});
  });

  it('gives values the build checks take as they are', () => {
    const cite = (quote: string) => [{ source: sourceId, quote }];
    const add = (collection: string, words: string, more: Record<string, unknown> = {}) => addFact(seedDir, collection, { ...emptyRow(collectionByName.get(collection)!), ...filled(collection, words), ...more, citations: cite(words) }, 'Ada');
    const march = 'Activists from the collective Geneva Open City said they would hold a march from the Place Neuve to the lake on Saturday';
    const protest = add('protests', march, { name: 'march' });
    const deployment = add('deployments', 'Geneva will deploy around 4,500 police officers and soldiers');
    const rows = [...loadSeed(seedDir).facts.values()].flat();
    expect(rows.find((r) => r.id === protest)).toMatchObject({ date: '2026-03-07', derived: true, review: 'reviewed' });
    expect(rows.find((r) => r.id === deployment)).toMatchObject({ personnel: { value: 4500, qualifier: 'approximately' } });
  }, 60_000);
});

describe('a form filled from words read in their article', () => {
  // Published on a Thursday: a bare "on Sunday" counted from that day alone goes back to 2026-04-05.
  const published = '2026-04-09';
  let seed: Seed;
  let seedDir: string;
  let sourceId: string;
  let article: { published: string; text: string };
  beforeAll(() => {
    ({ seedDir, sourceId } = seedWithMachineFacts(reviewFixture('harbour-marathon.txt'), published));
    seed = loadSeed(seedDir);
    article = { published, text: seed.sources.find((s) => s.id === sourceId)!.text };
  }, 60_000);
  const filled = (collection: string, words: string) => prefill(seed, collectionByName.get(collection)!, words, article);

  it('reads a weekday against the date the article stated before it, not the publication day alone', () => {
    // Words with no tense of their own: the article's dates say which Sunday ("plans a demonstration" would say it alone).
    const demonstration = filled('protests', 'a demonstration of around 300 people in Mill Park on Sunday');
    expect(demonstration).toMatchObject({ date: '2026-04-12', date_precision: 'day', derived: true, note: expect.stringContaining('forward') });
    // Without the article the same words are counted back from the publication day, as before.
    expect(prefill(seed, collectionByName.get('protests')!, 'a demonstration of around 300 people in Mill Park on Sunday', { published }).date).toBe('2026-04-05');
  });

  it('takes a weekday as the date written beside it in the same sentence, outside the selection', () => {
    // The first dated sentence: nothing stated before it, so only its own "April 11" can say which Saturday.
    expect(filled('events', 'Runners collect their numbers on Saturday')).toMatchObject({
      start: '2026-04-11', date_precision: 'day', derived: true, note: expect.stringMatching(/^date of 'Saturday' taken from '(?:on )?Saturday, April 11' in the same sentence; year of/),
    });
  });

  it('keeps a capitalised first word of a body\'s name where a sentence starts, and cuts a determiner', () => {
    expect(filled('organizations', 'Royal Coast Guard')).toEqual({ name: 'Royal Coast Guard', kind: 'police_force' });
    expect(filled('organizations', 'Harbour City Climate Alliance plans a demonstration')).toMatchObject({ name: 'Harbour City Climate Alliance' });
    expect(filled('places', 'The Harbour Bridge')).toMatchObject({ name: 'Harbour Bridge' });
    // A person's name still starts after the common words and titles before it.
    expect(filled('people', "the city's security coordinator, Anna Berg")).toMatchObject({ name: 'Anna Berg' });
  });

  it('gives a place the contract\'s kind its head word says: a river a region; a park, an airport, a port a venue', () => {
    expect(filled('places', 'River Lune')).toEqual({ name: 'River Lune', kind: 'region' });
    expect(filled('places', 'Mill Park')).toMatchObject({ name: 'Mill Park', kind: 'venue' });
    expect(filled('places', 'Lune Airport')).toMatchObject({ name: 'Lune Airport', kind: 'venue' });
    expect(filled('places', 'Port of Lune')).toMatchObject({ name: 'Port of Lune', kind: 'venue' });
  });

  it('gives dates and notes the build checks take as they are', () => {
    const add = (words: string) => addFact(seedDir, 'protests', { ...emptyRow(collectionByName.get('protests')!), ...filled('protests', words), name: 'gathering', citations: [{ source: sourceId, quote: words }] }, 'Ada');
    const ids = [add('Harbour City Climate Alliance plans a demonstration of around 300 people in Mill Park on Sunday'), add('Runners collect their numbers on Saturday')];
    const rows = loadSeed(seedDir).facts.get('protests')!;
    expect(ids.map((id) => rows.find((r) => r.id === id)?.date)).toEqual(['2026-04-12', '2026-04-11']);
  }, 60_000);
});

describe('a period read from the selected words, as the build checks take it', () => {
  // Published Tuesday 2026-06-02: "Thursday", "Friday" and "Sunday" are the days ahead.
  const published = '2026-06-02';
  let seedDir: string;
  let sourceId: string;
  beforeAll(() => {
    ({ seedDir, sourceId } = seedWithMachineFacts(reviewFixture('quay-road-closure.txt'), published));
  }, 60_000);
  const measures = collectionByName.get('measures')!;
  const saved = (words: string) => {
    const seed = loadSeed(seedDir);
    const values = prefill(seed, measures, words, { published, text: seed.sources.find((s) => s.id === sourceId)!.text });
    const id = addFact(seedDir, 'measures', { ...emptyRow(measures), ...values, citations: [{ source: sourceId, quote: words }] }, 'Ada');
    return loadSeed(seedDir).facts.get('measures')!.find((row) => row.id === id)!;
  };

  it('reads "from … until …" as start and end, and "until Sunday" alone as an end with no start', () => {
    expect(saved('Quay Road will be closed to all traffic from 5 a.m. on Thursday until 2 a.m. on Friday')).toMatchObject({
      start: '2026-06-04', end: '2026-06-05', date_precision: 'day', derived: true,
      // The later weekday of the sentence is counted on from the earlier one (its day), which gives the same Friday.
      note: "date of 'Thursday' counted forward from the publication date 2026-06-02; date of 'Friday' counted forward from the day before it in its sentence, 2026-06-04",
    });
    expect(saved('drones will be banned over the harbour until Sunday')).toMatchObject({ start: null, end: '2026-06-07', derived: true });
  }, 60_000);
});
