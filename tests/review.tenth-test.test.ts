// What the tenth first-use test (docs/review-first-use-9.md) found the forms, cards, refusals and ids of the review
// app doing wrong, each read as a general rule over this test's own fixture article
// (tests/fixtures/review/quetzaltenango-cycling-stage.txt) through the app as a browser asks it: an ordinal before
// a place's head word, a new event's name beside a known row's name or inside a race's, "said <number> <nouns>",
// a country's possessive before a body's name, "Its <title>, <Name>" after the body's sentence, a refused reject's
// message, a new fact's second citation, and ids made by the machine following the names reviewers give.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { suggestionsIn } from '../src/review/suggestions.js';
import { untouchedForm, useReviewArticle } from './helpers/review.js';

const PUBLISHED = '2026-03-10';

describe('the forms, cards and ids after the tenth first-use test', () => {
  const { session, get, post, newForm, filled } = useReviewArticle('quetzaltenango-cycling-stage.txt', PUBLISHED);
  const article = () => `/articles/${session.sourceId}`;
  const seed = () => loadSeed(session.seedDir, { keepRules: true });
  const rowNamed = (collection: string, name: string) => seed().facts.get(collection)!.find((row) => row.name === name);

  it('keeps an ordinal before a place\'s head word in its name (bug 3)', async () => {
    expect(await filled('places', 'on 12th Avenue')).toMatchObject({ name: '12th Avenue', kind: 'venue' });
    expect((await filled('places', '12th Avenue and the streets')).name).toBe('12th Avenue');
    // A place the words name after a comma and a number is no ordinal's.
    expect((await filled('places', 'some 80 cameras along Los Altos Airport')).name).toBe('Los Altos Airport');
  });

  it('names no new event by what is left of a known row\'s name, nor by the last word of a race\'s name (bug 4)', async () => {
    const park = await filled('events', 'The 138-kilometre stage, which ends with a long climb into the city, is expected to bring up to 40,000 spectators to the finish line in Central Park');
    expect(park.name).toBeUndefined();
    expect(park.figures).toEqual([{ metric: 'spectators', value: 40000, qualifier: 'up_to' }]);
    expect(park.place_ids).toEqual([rowNamed('places', 'Central Park')!.id]);
    const stage = await filled('events', 'the ninth stage of the Vuelta a Guatemala on Sunday, March 15, 2026');
    expect(stage).toMatchObject({ name: 'Ninth stage of the Vuelta a Guatemala', start: '2026-03-15', date_precision: 'day' });
    // The country named inside the race's name is not where its stage is held.
    expect(stage.place_ids).toBeUndefined();
  });

  // Read by ingest's rule statement.said-clause, which the form uses, since it takes numbers of several digits (fc97e25).
  it('reads the text of "said <number> <nouns> would …" (bug 5)', async () => {
    const federation = rowNamed('organizations', 'Guatemalan Cycling Federation')!.id;
    expect(await filled('statements', 'The Guatemalan Cycling Federation, which organises the race, said 96 riders would start the stage.'))
      .toEqual({ kind: 'paraphrase', text: '96 riders would start the stage.', speaker_id: federation });
    expect((await filled('statements', 'The union said about 300 vendors would march.')).text).toBe('About 300 vendors would march.');
  });

  it('reads a country\'s possessive before a body\'s name as its country, and the acronym after it (bug 6)', async () => {
    expect(await filled('organizations', 'Guatemala\'s National Civil Police (PNC)')).toEqual({ name: 'National Civil Police', country: 'GT', kind: 'police_force', acronym: 'PNC' });
    expect(await filled('organizations', 'Guatemala\'s Directorate General of Civil Aeronautics (DGAC)')).toMatchObject({ name: 'Directorate General of Civil Aeronautics', country: 'GT', acronym: 'DGAC' });
    // A city's possessive says no country: kept as written.
    expect((await filled('organizations', 'Quetzaltenango\'s Traffic Police')).name).toBe('Quetzaltenango\'s Traffic Police');
  });

  it('offers first, for a role opened by "Its", the body the sentence before names (bug 7)', () => {
    const loaded = seed();
    const suggest = suggestionsIn(loaded)(session.sourceId);
    const people = collectionByName.get('people')!;
    const bodyless = (name: string) => {
      const person = loaded.facts.get('people')!.find((row) => row.name === name)!;
      const roles = (person.roles as Array<Record<string, unknown>>).map((role) => ({ ...role, organization_id: null }));
      return suggest(people, { ...person, roles }).get('roles.0.organization_id')!.map((s) => s.id);
    };
    expect(bodyless('Marta Xicara')[0]).toBe(rowNamed('organizations', 'Quetzaltenango Market Vendors\' Union')!.id);
    // "…, its director, Sofia Ramirez, said." names its body in its own sentence: that body first.
    expect(bodyless('Sofia Ramirez')[0]).toBe(loaded.facts.get('organizations')!.find((row) => row.acronym === 'DGAC')!.id);
  });

  it('refuses a reject with the facts\' own problems, not those of a table the build derives (bug 9)', async () => {
    const city = rowNamed('places', 'Quetzaltenango')!.id;
    const refused = await post(`/facts/${city}/reject`, { back: article().slice(1), reason: '' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatch(new RegExp(`places row &quot;[a-z0-9-]+&quot;: within_id = &quot;${city}&quot; refers to no row of places`));
    expect(refused.body).not.toContain('place_containment');
  }, 60_000);

  it('saves a new fact with a second citation, words of another sentence (bug 2)', async () => {
    const lede = 'the ninth stage of the Vuelta a Guatemala on Sunday, March 15, 2026';
    const opened = await newForm('events', lede);
    expect(opened).toContain('name="quote.more" value=""');
    expect(opened).toContain('aria-label="Fill empty fields from selected words, for the new fact" aria-keyshortcuts="f"');
    const form = untouchedForm(opened, `${article()}/add`);
    const saved = await post(`${article()}/add`, {
      ...form, kind: 'games', 'figures.0.metric': 'riders', 'figures.0.value': '96', 'figures.0.qualifier': 'exactly', 'quote.more': '96 riders would start the stage',
    });
    expect(saved.statusCode).toBe(303);
    const event = rowNamed('events', 'Ninth stage of the Vuelta a Guatemala')!;
    expect((event.citations as Array<{ quote: string }>).map((c) => c.quote)).toEqual([lede, '96 riders would start the stage']);
    expect(event.figures).toEqual([{ metric: 'riders', value: 96, qualifier: 'exactly' }]);
  }, 60_000);

  it('lets a machine fact\'s id follow its name after a one-click reference (bug 10)', async () => {
    const person = rowNamed('people', 'Marta Xicara')!;
    const union = rowNamed('organizations', 'Quetzaltenango Market Vendors\' Union')!.id;
    const set = await post(`/facts/${person.id}/set`, { back: article().slice(1), field: 'roles.0.organization_id', value: union });
    expect(set.statusCode).toBe(303);
    const edit = `/facts/${person.id}/edit`;
    const form = untouchedForm(await get(article()), edit);
    // Reviewed by the click, the fact still holds the id the machine made: its edit form's id starts empty.
    expect(form.id).toBe('');
    const saved = await post(edit, { ...form, name: 'Xicara' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toContain('was=');
    expect(seed().facts.get('people')!.find((row) => row.name === 'Xicara')!.id).toBe('xicara');
  }, 60_000);

  it('renames with a body the ids made from its id that only its article names: its deployment\'s (bug 10)', async () => {
    const loaded = seed();
    const deployment = loaded.facts.get('deployments')!.find((row) => typeof row.organization_id === 'string' && row.id.startsWith(`${row.organization_id}-`)
      && (row.citations as Array<{ source_id: string }>).every((c) => c.source_id === session.sourceId))!;
    const body = String(deployment.organization_id);
    const edit = `/facts/${body}/edit`;
    const saved = await post(edit, { ...untouchedForm(await get(article()), edit), id: `renamed-${body}` });
    expect(saved.statusCode).toBe(303);
    const after = seed().facts.get('deployments')!.find((row) => row.organization_id === `renamed-${body}`)!;
    expect(after.id).toBe(`renamed-${deployment.id}`);
  }, 60_000);
});
