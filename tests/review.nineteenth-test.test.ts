// What the nineteenth first-use test (docs/review-first-use-18.md) found the review app reading wrong, each read
// as a general rule over this test's own fixture article (tests/fixtures/review/plovdiv-trial-verdict.txt)
// through the app as a browser asks it, with words of the test's own beside the article's.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { newFactId, rejectFact } from '../src/review/actions.js';
import { suggestionsIn } from '../src/review/suggestions.js';
import { useReviewArticle } from './helpers/review.js';

const ARTICLE = 'plovdiv-trial-verdict.txt';
const PUBLISHED = '2026-11-25';

describe('new facts after the nineteenth first-use test', () => {
  const { session } = useReviewArticle(ARTICLE, PUBLISHED);
  const idNamed = (collection: string, name: string) => loadSeed(session.seedDir).facts.get(collection)!.find((row) => row.name === name)!.id;

  it('names a deployment added from words by its body as ingest does, not the body\'s id with "-2" (bug 8)', () => {
    const seed = loadSeed(session.seedDir);
    const deployments = collectionByName.get('deployments')!;
    const body = idNamed('organizations', 'Municipality of Plovdiv');
    expect(newFactId(seed, deployments, { organization_id: body, role: null, event_id: null })).toBe(`${body}-deployment`);
    // A role is no name of its own: the body still names it; with an event and no role, body and event do.
    expect(newFactId(seed, deployments, { organization_id: body, role: 'Paramedics', event_id: null })).toBe(`${body}-deployment`);
    expect(newFactId(seed, deployments, { organization_id: body, role: null, event_id: 'trial' })).toBe(`${body}-at-trial`);
    // Ingest's own deployment of a body takes its name first: the next is told apart by a number.
    const deployed = seed.facts.get('deployments')!.map((row) => String(row.organization_id)).find((org) => seed.facts.get('deployments')!.some((row) => row.id === `${org}-deployment`))!;
    expect(newFactId(seed, deployments, { organization_id: deployed, role: null, event_id: null })).toBe(`${deployed}-deployment-2`);
  });
});

describe('the forms after the nineteenth first-use test', () => {
  const { session, filled } = useReviewArticle(ARTICLE, PUBLISHED);

  it('opens a new body with the kind its lowercase head word or its people give (bug 4)', async () => {
    expect(await filled('organizations', 'The Citizens for Plovdiv movement')).toMatchObject({ name: 'Citizens for Plovdiv', kind: 'political_group' });
    // The tester rejected ingest's place of the body's name first (a place of that name hides a body's).
    const venue = loadSeed(session.seedDir).facts.get('places')!.find((row) => row.name === 'Emergency Medical Aid Centre');
    if (venue) rejectFact(session.seedDir, venue.id, { reviewer: 'Ada', reason: 'a body, not a place', naming: 'detach' });
    expect(await filled('organizations', 'About 40 paramedics of the Emergency Medical Aid Centre')).toMatchObject({ name: 'Emergency Medical Aid Centre', kind: 'agency' });
    // Words of the test's own: another head word after a name; officers may be any force's, and say no kind.
    expect((await filled('organizations', 'The Friends of Varna party')).kind).toBe('political_group');
    expect((await filled('organizations', 'nurses of the Varna Care Centre')).kind).toBe('agency');
    expect((await filled('organizations', 'officers of the Varna Care Centre')).kind).toBeUndefined();
  });

  it('opens an event read or due as a verdict with its name and kind, the accused read on in the sentence (bug 2)', async () => {
    expect(await filled('events', 'Palace of Justice on Friday, when judges read the verdict')).toMatchObject({ name: 'Verdict in the trial of Stefan Dimov', kind: 'announcement', start: '2026-11-27' });
    expect(await filled('events', 'when judges read the verdict')).toMatchObject({ name: 'Verdict in the trial of Stefan Dimov', kind: 'announcement' });
    // Words that stop before the verdict's own tell none; the court's building alone is no verdict.
    expect((await filled('events', 'Palace of Justice on Friday')).name ?? '').not.toMatch(/^Verdict/u);
  });

  it('opens a new deployment for the article\'s one event when its words name none (bug 6, the force\'s event)', async () => {
    const [verdict, ...others] = loadSeed(session.seedDir).facts.get('events')!.filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === session.sourceId));
    expect(others).toEqual([]);
    expect(await filled('deployments', 'About 40 paramedics of the Emergency Medical Aid Centre will stand by outside the Palace of Justice during the hearing'))
      .toMatchObject({ event_id: verdict!.id, personnel: { value: 40, qualifier: 'approximately' } });
    // A measure or a protest is not the event's for being in its article.
    expect((await filled('protests', 'About 3,000 people marched from the Roman Stadium on Thursday evening')).coincides_with_event_id).toBeUndefined();
  });

  it('opens a measure an active "fence off" names as a restricted zone named by what it closes (bug 3)', async () => {
    expect(await filled('measures', 'The Plovdiv Regional Police Directorate will fence off the Palace of Justice from 8 p.m. on Thursday'))
      .toMatchObject({ kind: 'restricted_zone', name: 'Palace of Justice fenced off' });
    expect(await filled('measures', 'Officers began cordoning off Tsentralen Square at dawn')).toMatchObject({ kind: 'restricted_zone', name: 'Tsentralen Square cordoned off' });
  });
});

describe('the cards after the nineteenth first-use test', () => {
  const { session, get } = useReviewArticle(ARTICLE, PUBLISHED);

  it('offers a former mayor\'s role the dateline city\'s government first, and fills it on the form (bug 1)', async () => {
    const loaded = loadSeed(session.seedDir);
    const people = collectionByName.get('people')!;
    const city = loaded.facts.get('organizations')!.find((row) => row.name === 'Municipality of Plovdiv')!.id;
    const dimov = loaded.facts.get('people')!.find((row) => row.name === 'Stefan Dimov')!;
    const first = (title: string) => suggestionsIn(loaded)(session.sourceId)(people, { ...dimov, roles: [{ title, organization_id: null, country: null }] }).get('roles.0.organization_id')![0]!.id;
    expect(first(String((dimov.roles as Array<{ title: string }>)[0]!.title))).toBe(city);
    // Titles of the test's own: a former deputy mayor and an ex-mayor held theirs there too; a former minister not.
    expect(first('Former deputy mayor')).toBe(city);
    expect(first('Ex-mayor')).toBe(city);
    expect(first('Former minister')).not.toBe(city);
    const form = JSON.parse(await get(`/prefill?${new URLSearchParams({ collection: 'people', source: session.sourceId, quote: 'former mayor Stefan Dimov' })}`)) as { roles: unknown[] };
    expect(form.roles).toEqual([expect.objectContaining({ organization_id: city })]);
  });
});
