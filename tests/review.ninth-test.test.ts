// What the ninth first-use test (docs/review-first-use-8.md) found the forms and cards leaving empty or wrong,
// each read as a general rule over this test's own fixture article (tests/fixtures/review/lusaka-state-funeral.txt)
// through the app as a browser asks it: a paraphrase closed by "<Name> told <an audience> in <place>", a request
// made by "advised / warned / told … to", a person named by a body's lowercase head word before the role ("an army
// spokesman"), a title after a body's possessive ("the council's town clerk"), "heads of state" as one noun, the
// rows a fact's own citations name offered first, and the speaker search over people and bodies only.
import { describe, expect, it } from 'vitest';
import { collectionByName } from '../src/collections/index.js';
import { loadSeed } from '../src/db/seed.js';
import { suggestionsIn } from '../src/review/suggestions.js';
import { useReviewArticle } from './helpers/review.js';

const PUBLISHED = '2026-08-04';

describe('the forms and cards after the ninth first-use test', () => {
  const { session, newForm, filled } = useReviewArticle('lusaka-state-funeral.txt', PUBLISHED);
  const idNamed = (collection: string, name: string) => loadSeed(session.seedDir).facts.get(collection)!.find((row) => row.name === name)?.id;

  it('reads a paraphrase closed by "<Name> told <an audience> in <place>": the words before it, and its speaker', async () => {
    const told = 'The funeral service at the National Heroes Stadium is expected to draw up to 60,000 mourners, and at least 14 heads of state have confirmed they will attend, Tembo told a news conference in the capital.';
    expect(await filled('statements', told)).toMatchObject({
      kind: 'paraphrase', text: 'The funeral service at the National Heroes Stadium is expected to draw up to 60,000 mourners, and at least 14 heads of state have confirmed they will attend.',
      speaker_id: idNamed('people', 'Grace Tembo'),
    });
    expect((await filled('statements', 'The stadium opens at dawn for the mourners, Tembo told a briefing.')).text).toBe('The stadium opens at dawn for the mourners.');
    // A verb telling someone what to do is a request, not an attribution closing the sentence.
    expect((await filled('statements', 'The stadium opens at dawn for the mourners, Tembo told a briefing that it would.')).text).not.toBe('The stadium opens at dawn for the mourners.');
  });

  it('reads "advised / warned / told … to" as a request, its speaker the body named as its subject', async () => {
    const advised = 'The United States Embassy in Lusaka advised its citizens to avoid the city centre on Saturday and to expect delays at Kenneth Kaunda International Airport, where most of the visiting delegations will land.';
    const embassy = idNamed('organizations', 'United States Embassy in Lusaka') ?? idNamed('organizations', 'United States Embassy');
    expect(embassy).toBeDefined();
    expect(await filled('statements', advised)).toMatchObject({ kind: 'paraphrase', text: expect.stringMatching(/^Advised its citizens to avoid the city centre on Saturday/u), speaker_id: embassy });
    expect((await filled('statements', 'The Zambia Army warned drivers not to stop along the route.')).text).toBe('Warned drivers not to stop along the route.');
    expect((await filled('statements', 'Tembo told mourners to arrive early at the gates.')).text).toBe('Told mourners to arrive early at the gates.');
  });

  it('gives a person named by a body\'s lowercase head word before the role that role at the one body with that head word', async () => {
    const army = idNamed('organizations', 'Zambia Army');
    expect(army).toBeDefined();
    expect(await filled('people', 'an army spokesman')).toEqual({ roles: [{ title: 'spokesman', organization_id: army, country: null }] });
    // So does the last clause of the sentence it closes.
    const closing = 'The Zambia Army will provide some 1,200 soldiers to line the route of the cortege from the Mulungushi International Conference Centre to the stadium, an army spokesman said.';
    expect((await filled('people', closing)).roles).toEqual([{ title: 'spokesman', organization_id: army, country: null }]);
    // A word no body of the article has as its head names no body: not read as one.
    expect(await filled('people', 'a navy spokesman')).toEqual({});
  });

  it('cuts a body\'s possessive off the title after it and fills the role\'s body from its head word', async () => {
    const council = idNamed('organizations', 'Lusaka City Council');
    expect(council).toBeDefined();
    expect(await filled('people', 'the council\'s town clerk, Ruth Mulenga')).toEqual({ name: 'Ruth Mulenga', roles: [{ title: 'town clerk', organization_id: council, country: null }] });
  });

  it('reads "heads of state" as one noun, no metric "heads"', async () => {
    const figures = (await filled('events', 'The funeral service at the National Heroes Stadium is expected to draw up to 60,000 mourners, and at least 14 heads of state')).figures;
    expect(figures).toEqual([{ metric: 'mourners', value: 60000, qualifier: 'up_to' }, { metric: 'heads of state', value: 14, qualifier: 'at_least' }]);
  });

  it('searches people and bodies only for a speaker', async () => {
    const form = await newForm('statements', 'It is the first such ban for a funeral in the country, Banda said.');
    expect(form).toContain('aria-label="Find speaker_id by name" data-in="people,organizations"');
  });

  it('offers first the rows a fact\'s own citations name for its empty references', () => {
    const seed = loadSeed(session.seedDir);
    const suggest = suggestionsIn(seed)(session.sourceId);
    const authority = idNamed('organizations', 'Zambia Civil Aviation Authority');
    const director = seed.facts.get('people')!.find((row) => row.name === 'Mutale Banda')!;
    const roles = (director.roles as Array<Record<string, unknown>>).map((role) => ({ ...role, organization_id: null }));
    expect(suggest(collectionByName.get('people')!, { ...director, roles }).get('roles.0.organization_id')!.map((s) => s.id)[0]).toBe(authority);
    const ban = seed.facts.get('measures')!.find((row) => (row.citations as Array<{ quote: string }>).some((c) => c.quote.includes('banned drones')))!;
    const offered = suggest(collectionByName.get('measures')!, { ...ban, place_ids: [] }).get('place_ids')!.map((s) => s.id);
    // Its sentence names Embassy Park ("the stadium" is no name): the park comes first.
    expect(offered[0]).toBe(idNamed('places', 'Embassy Park'));
  });
});
