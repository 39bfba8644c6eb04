// Resolution rules against the hand-written knowledge base, one case at a time.
import { describe, expect, it } from 'vitest';
import type { Item } from '../src/db/columns.js';
import { loadSeed } from '../src/db/seed.js';
import { FIXTURE_SEED } from './helpers/paths.js';
import { UNRESOLVED_SPEAKER, type Fact, type Facts } from '../src/ingest/extract.js';
import { resolve } from '../src/ingest/resolve.js';

const seed = loadSeed(FIXTURE_SEED);
const ids = new Set([...seed.facts.values()].flatMap((items) => items.map((i) => i.id)));
const cite = [{ source: 'new-article', quote: 'words' }];
const facts = (partial: Partial<Facts>): Facts => ({ people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [], ...partial });
const person = (id: string, name: string | null, title: string, country: string | null): Fact => ({ id, name, roles: [{ title, organization_id: null, country }], country, citations: cite });
const org = (id: string, name: string, acronym: string | null, country: string | null, aliases: string[] = []): Fact => ({ id, name, acronym, aliases, kind: 'agency', country, parent_id: null, citations: cite });
const event = (id: string, name: string, kind: string, start: string | null): Fact => ({ id, name, kind, start, end: null, date_precision: start ? 'day' : null, derived: false, place_ids: [], figures: [], citations: cite });

describe('resolution against the knowledge base', () => {
  it('reuses a person by surname and by full name, adding the citation', () => {
    const r = resolve(facts({ people: [person('piantedosi', 'Piantedosi', 'Interior Minister', null), person('antonio-tajani-2', 'Antonio Tajani', 'Foreign Minister', 'IT')] }), seed.facts, ids);
    expect(r.facts.people).toEqual([]);
    expect(r.citations_added.map((c) => c.id)).toEqual(['matteo-piantedosi', 'antonio-tajani']);
  });

  it('lists a statement whose pronoun found no speaker as unresolved, proposing nothing for it', () => {
    const statement: Fact = { id: 'pier-open', speaker_id: UNRESOLVED_SPEAKER, kind: 'paraphrase', text: 'The pier would stay open.', date: null, date_precision: null, about_ids: [], citations: cite };
    const r = resolve(facts({ statements: [statement] }), seed.facts, ids);
    expect(r.facts.statements).toEqual([]);
    expect(r.unresolved).toEqual([expect.objectContaining({ collection: 'statements', what: 'speaker', mention: 'he/she' })]);
  });

  it('does not reuse a surname when the first names differ', () => {
    const r = resolve(facts({ people: [person('laura-piantedosi', 'Laura Piantedosi', 'Mayor of Avellino', 'IT')] }), seed.facts, ids);
    expect(r.facts.people.map((p) => p.id)).toEqual(['laura-piantedosi']);
  });

  it('reuses an organization by acronym and by alias, and points references at it', () => {
    const r = resolve(facts({
      organizations: [org('ice-2', 'ICE', 'ICE', null), org('state-dept', 'State Department', null, 'US')],
      statements: [{ id: 's', speaker_id: 'state-dept', kind: 'paraphrase', text: 'Agents will help.', date: null, date_precision: null, about_ids: ['ice-2'], citations: cite }],
    }), seed.facts, ids);
    expect(r.facts.organizations).toEqual([]);
    expect(r.facts.statements[0]).toMatchObject({ speaker_id: 'us-state-department', about_ids: ['ice'] });
  });

  it('"the Gendarmerie" in a story about one country is that country\'s, never a known Gendarmerie of no stated country', () => {
    const known = new Map([['organizations', [{ id: 'gendarmerie', name: 'Gendarmerie', acronym: null, aliases: [], kind: 'police_force', country: null, parent_id: null, citations: [{ source_id: 'older', quote: 'the Gendarmerie' }] }]]]) as typeof seed.facts;
    const city: Fact = { id: 'antananarivo', name: 'Antananarivo', kind: 'city', country: 'MG', within_id: null, citations: cite };
    const r = resolve(facts({ places: [city], organizations: [org('gendarmerie', 'Gendarmerie', null, null)] }), known, new Set(['gendarmerie']));
    expect(r.facts.organizations.map((o) => [o.name, o.country, o.derived])).toEqual([['Gendarmerie', 'MG', true]]);
    expect(r.facts.organizations[0]!.id).not.toBe('gendarmerie');
  });

  it('"the National Assembly" in a story about one country is that country\'s, never another country\'s known one', () => {
    const known = new Map([['organizations', [{ id: 'national-assembly', name: 'National Assembly', acronym: null, aliases: [], kind: 'government', country: 'EC', parent_id: null, citations: [{ source_id: 'older', quote: 'the National Assembly' }] }]]]) as typeof seed.facts;
    const city: Fact = { id: 'islamabad', name: 'Islamabad', kind: 'city', country: 'PK', within_id: null, citations: cite };
    const r = resolve(facts({ places: [city], organizations: [org('national-assembly', 'National Assembly', null, null)] }), known, new Set(['national-assembly']));
    expect(r.citations_added.map((c) => c.id)).toEqual([]);
    expect(r.facts.organizations.map((o) => [o.name, o.country])).toEqual([['National Assembly', 'PK']]);
  });

  it('a shorter name that ends a body\'s full name ("Federal Police" of "Australian Federal Police") merges only within one known country', () => {
    const known = (country: string | null) => new Map([['organizations', [{ id: 'federal-police', name: 'Federal Police', acronym: null, aliases: [], kind: 'police_force', country, parent_id: null, citations: [{ source_id: 'older', quote: 'The Federal Police' }] }]]]) as typeof seed.facts;
    const afp = org('australian-federal-police', 'Australian Federal Police', 'AFP', 'AU', ['Federal Police']);
    expect(resolve(facts({ organizations: [afp] }), known(null), new Set(['federal-police'])).facts.organizations.map((o) => o.id)).toEqual(['australian-federal-police']);
    expect(resolve(facts({ organizations: [afp] }), known('AU'), new Set(['federal-police'])).citations_added.map((c) => c.id)).toEqual(['federal-police']);
  });

  it('a role-only person whom a later article names is one entity; the name of a reviewed row is a challenge, not an edit', () => {
    const r = resolve(facts({ people: [person('giuseppe-sala', 'Giuseppe Sala', 'Mayor of Milan', 'IT')] }), seed.facts, ids);
    expect(r.facts.people).toEqual([]);
    expect(r.updates).toEqual([]);
    expect(r.citations_added).toEqual([{ collection: 'people', id: 'mayor-of-milan', citation: cite[0] }]);
    expect(r.facts.claims).toEqual([expect.objectContaining({ id: 'mayor-of-milan-name-giuseppe-sala', subject_id: 'mayor-of-milan', predicate: 'name', value: 'Giuseppe Sala', disputed_by: [] })]);
    expect(r.challenges).toEqual([{ collection: 'people', id: 'mayor-of-milan', claim: 'mayor-of-milan-name-giuseppe-sala' }]);
    // On a machine row the name is filled in.
    const machine = new Map(seed.facts);
    machine.set('people', seed.facts.get('people')!.map((p) => (p.id === 'mayor-of-milan' ? { ...p, review: 'machine' } : p)));
    expect(resolve(facts({ people: [person('giuseppe-sala', 'Giuseppe Sala', 'Mayor of Milan', 'IT')] }), machine, ids).updates).toEqual([{ collection: 'people', id: 'mayor-of-milan', set: { name: 'Giuseppe Sala' } }]);
  });

  it('never merges on a bare shared title: two interior ministers of two countries are two people', () => {
    const r = resolve(facts({ people: [person('interior-minister', null, 'Interior Minister', 'FR'), person('interior-minister-2', null, 'Interior Minister', null)] }), seed.facts, ids);
    expect(r.facts.people.map((p) => p.id)).toEqual(['interior-minister', 'interior-minister-2']);
    expect(r.citations_added).toEqual([]);
  });

  it('never merges descriptive group names across countries ("Opposition parties" of France is not Italy\'s)', () => {
    const r = resolve(facts({ organizations: [org('opposition-parties', 'Opposition parties', null, 'FR'), org('opposition-parties-2', 'Opposition parties', null, null)] }), seed.facts, ids);
    expect(r.facts.organizations.map((o) => o.id)).toEqual(['opposition-parties', 'opposition-parties-2']);
  });

  it('a body named by its function only ("Interior Ministry") and no country is no known body of the same name; with a country, or the article\'s, it is', () => {
    const kb = new Map(seed.facts);
    kb.set('organizations', [...(seed.facts.get('organizations') ?? []), { id: 'interior-ministry', name: 'Interior Ministry', acronym: null, aliases: [], kind: 'ministry', country: null, parent_id: null, citations: [] }]);
    const known = new Set([...ids, 'interior-ministry']);
    const ministry = (country: string | null): Fact => ({ ...org('interior-ministry-2', 'Interior Ministry', null, country), kind: 'ministry' });
    expect(resolve(facts({ organizations: [ministry(null)] }), kb, known).facts.organizations.map((o) => o.id)).toEqual(['interior-ministry-2']);
    expect(resolve(facts({ organizations: [{ ...org('ministry-of-the-interior', 'Ministry of the Interior', null, null), kind: 'ministry' }] }), kb, known).citations_added).toEqual([]);
    expect(resolve(facts({ organizations: [ministry('ES')] }), kb, known).citations_added.map((c) => c.id)).toEqual(['interior-ministry']);
  });

  it('two opening ceremonies of two Games are two events; the same ceremony is one', () => {
    const r = resolve(facts({ events: [
      event('la-ceremony', 'Opening ceremony of the Los Angeles 2028 Olympics', 'ceremony', '2028-07-14'),
      event('milan-ceremony', 'Opening ceremony of the Winter Olympics', 'ceremony', '2026-02-06'),
      event('winter-olympics', 'Winter Olympics', 'games', '2026-02-06'),
    ] }), seed.facts, ids);
    expect(r.facts.events.map((e) => e.id)).toEqual(['la-ceremony']);
    expect(r.citations_added.map((c) => c.id)).toEqual(['opening-ceremony', 'milan-cortina-2026']);
  });

  it('a rite of no Games dated from a weekday is the known one on the same day at a place the article names; elsewhere or another day, a new one', () => {
    const known: Item = { id: 'mass', name: 'Mass', kind: 'ceremony', start: '2027-05-16', end: null, date_precision: 'day', derived: true, place_ids: ['bergen'], figures: [], review: 'machine', citations: [] };
    const kb = new Map(seed.facts);
    kb.set('events', [...(seed.facts.get('events') ?? []), known]);
    kb.set('places', [...(seed.facts.get('places') ?? []), { id: 'bergen', name: 'Bergen', kind: 'city', country: 'NO', within_id: null, citations: [] }]);
    const place = (id: string, name: string): Fact => ({ id, name, kind: 'city', country: 'NO', within: null, citations: cite });
    const mass = (start: string): Fact => ({ ...event('mass', 'Mass', 'ceremony', start), derived: true });
    const same = resolve(facts({ places: [place('bergen', 'Bergen')], events: [mass('2027-05-16')] }), kb, new Set([...ids, 'mass', 'bergen']));
    expect(same.facts.events).toEqual([]);
    expect(same.citations_added.map((c) => c.id)).toContain('mass');
    const otherDay = resolve(facts({ places: [place('bergen', 'Bergen')], events: [mass('2027-05-23')] }), kb, new Set([...ids, 'mass', 'bergen']));
    expect(otherDay.facts.events.map((e) => e.start)).toEqual(['2027-05-23']);
    const elsewhere = resolve(facts({ places: [place('tromso', 'Tromsø')], events: [mass('2027-05-16')] }), kb, new Set([...ids, 'mass', 'bergen']));
    expect(elsewhere.facts.events.map((e) => e.start)).toEqual(['2027-05-16']);
  });

  it('a name every edition bears ("Cup final", "trade summit") merges only on the same day or a place of the known one; undated and unplaced, it is unresolved', () => {
    const known = (id: string, name: string, kind: string, start: string | null, place: string): Item => ({ id, name, kind, start, end: null, date_precision: start ? 'day' : null, derived: false, place_ids: [place], figures: [], review: 'reviewed', citations: [] });
    const kb = new Map(seed.facts);
    kb.set('events', [...(seed.facts.get('events') ?? []), known('bergen-cup-final', 'Harbour Cup final', 'games', '2027-06-05', 'bergen'), known('oslo-trade-summit', 'Trade summit', 'summit', null, 'oslo')]);
    const place = (id: string, name: string): Fact => ({ id, name, kind: 'city', country: 'NO', within: null, citations: cite });
    const undated = resolve(facts({ events: [event('cup-final', 'Harbour Cup final', 'games', null), event('trade-summit', 'Trade summit', 'summit', null)] }), kb, ids);
    expect(undated.facts.events).toEqual([]);
    expect(undated.unresolved.map((u) => [u.what, u.mention])).toEqual([['event', 'Harbour Cup final'], ['event', 'Trade summit']]);
    const placed = resolve(facts({ places: [place('bergen', 'Bergen')], events: [event('cup-final', 'Harbour Cup final', 'games', null), { ...event('trade-summit', 'Trade summit', 'summit', null), place_ids: ['oslo'] }] }), kb, ids);
    expect(placed.citations_added.map((c) => c.id)).toEqual(['bergen-cup-final', 'oslo-trade-summit']);
    const otherYear = resolve(facts({ events: [event('cup-final', 'Harbour Cup final', 'games', '2028-06-03')] }), kb, ids);
    expect(otherYear.facts.events.map((e) => [e.id, e.start])).toEqual([['cup-final', '2028-06-03']]);
    expect(otherYear.citations_added).toEqual([]);
  });

  it('a final named again on the very day the knowledge base holds is that final, though the year of the day was inferred; another inferred day is not', () => {
    const known: Item = { id: 'bergen-cup-final', name: 'Harbour Cup final', kind: 'games', start: '2027-06-05', end: null, date_precision: 'day', derived: true, place_ids: [], figures: [], review: 'machine', citations: [] };
    const kb = new Map(seed.facts);
    kb.set('events', [...(seed.facts.get('events') ?? []), known]);
    const inferred = (start: string): Fact => ({ ...event('cup-final', 'Harbour Cup final', 'games', start), derived: true, note: 'year of the day taken from the publication date' });
    const same = resolve(facts({ events: [inferred('2027-06-05')] }), kb, ids);
    expect(same.facts.events).toEqual([]);
    expect(same.citations_added.map((c) => c.id)).toEqual(['bergen-cup-final']);
    const other = resolve(facts({ events: [inferred('2027-06-12')] }), kb, ids);
    expect(other.citations_added).toEqual([]);
  });

  it('a venue named with and without its lowercase kind word is one venue; a capitalised one is part of the name', () => {
    const kb = new Map(seed.facts);
    kb.set('places', [...(seed.facts.get('places') ?? []), { id: 'lakeside', name: 'Lakeside', kind: 'venue', country: null, within_id: null, review: 'machine', citations: [] } as Item]);
    const venue = (name: string): Fact => ({ id: 'v', name, kind: 'venue', country: null, within_id: null, citations: cite });
    expect(resolve(facts({ places: [venue('Lakeside stadium')] }), kb, ids).citations_added.map((c) => c.id)).toEqual(['lakeside']);
    expect(resolve(facts({ places: [venue('Lakeside Stadium')] }), kb, ids).facts.places.map((p) => p.name)).toEqual(['Lakeside Stadium']);
  });

  it('a venue inside a city of one country is never the venue of the same name inside a city of another; inside the same country it is', () => {
    const kb = new Map(seed.facts);
    kb.set('places', [...(seed.facts.get('places') ?? []),
      { id: 'harbourton', name: 'Harbourton', kind: 'city', country: 'JM', within_id: null, review: 'machine', citations: [] } as Item,
      { id: 'national-stadium', name: 'National Stadium', kind: 'venue', country: null, within_id: 'harbourton', review: 'machine', citations: [] } as Item]);
    const place = (id: string, name: string, kind: string, country: string | null, within: string | null): Fact => ({ id, name, kind, country, within_id: within, citations: cite });
    // The stadium listed before its city: the container's country is read from the proposals.
    const elsewhere = resolve(facts({ places: [place('national-stadium-2', 'National Stadium', 'venue', null, 'lakeport'), place('lakeport', 'Lakeport', 'city', 'BW', null)] }), kb, ids);
    expect(elsewhere.facts.places.map((p) => [p.name, p.within_id])).toEqual([['National Stadium', 'lakeport'], ['Lakeport', null]]);
    const same = resolve(facts({ places: [place('national-stadium-2', 'National Stadium', 'venue', null, 'harbourton-2'), place('harbourton-2', 'Harbourton', 'city', 'JM', null)] }), kb, ids);
    expect(same.facts.places).toEqual([]);
    expect(same.citations_added.map((c) => c.id).sort()).toEqual(['harbourton', 'national-stadium']);
    // A container of no stated country tells nothing: the known venue is reused, as before.
    const unknown = resolve(facts({ places: [place('national-stadium-2', 'National Stadium', 'venue', null, 'somewhere'), place('somewhere', 'Somewhere', 'city', null, null)] }), kb, ids);
    expect(unknown.facts.places.map((p) => p.name)).toEqual(['Somewhere']);
  });

  it('the same force count gains a citation; another count for the same event challenges the reviewed one', () => {
    const deployment = (id: string, value: number, qualifier: string, eventId: string | null = 'milan-cortina-2026'): Fact => ({
      id, organization_id: 'carabinieri-2', personnel: { value, qualifier }, role: null, place_ids: [], event_id: eventId, part_of_id: null, citations: cite,
    });
    const same = resolve(facts({ organizations: [org('carabinieri-2', 'Carabinieri', null, 'IT')], deployments: [deployment('d', 2000, 'approximately')] }), seed.facts, ids);
    expect(same.facts.deployments).toEqual([]);
    expect(same.citations_added).toContainEqual({ collection: 'deployments', id: 'carabinieri-deployment', citation: cite[0] });
    const other = resolve(facts({ organizations: [org('carabinieri-2', 'Carabinieri', null, 'IT')], deployments: [deployment('d', 2500, 'more_than')] }), seed.facts, ids);
    expect(other.facts.deployments).toEqual([]);
    // One machine claim with the new value, citing the new words then the reviewed row's own; the row lists it.
    expect(other.facts.claims).toEqual([
      expect.objectContaining({ id: 'carabinieri-deployment-personnel-more-than-2500', subject_id: 'carabinieri-deployment', value: 'more than 2500', disputed_by: [], citations: [cite[0], expect.objectContaining({ source: 'ice-role-public-backlash' }), expect.anything()] }),
    ]);
    expect(other.challenges).toEqual([{ collection: 'deployments', id: 'carabinieri-deployment', claim: 'carabinieri-deployment-personnel-more-than-2500' }]);
    expect(other.summary.deployments).toMatchObject({ proposed: 1, challenged: 1, disputed: 0, new: 0 });
    // Counted for no event the article names: perhaps another operation of the same body, so no dispute.
    const unplaced = resolve(facts({ organizations: [org('carabinieri-2', 'Carabinieri', null, 'IT')], deployments: [deployment('d', 2500, 'more_than', null)] }), seed.facts, ids);
    expect(unplaced.facts.claims).toEqual([]);
    expect(unplaced.summary.deployments).toMatchObject({ proposed: 1, disputed: 0, new: 1 });
  });

  it('an addition is what extraction marked, not what its quote says: a new total whose quote holds "N more" still challenges the total', () => {
    const carabinieri = org('carabinieri-2', 'Carabinieri', null, 'IT');
    const count = (value: number, qualifier: string, rules: string[], quote: string): Fact => ({
      id: `d-${value}`, organization_id: 'carabinieri-2', personnel: { value, qualifier }, role: null, place_ids: [], event_id: 'milan-cortina-2026', part_of_id: null, rules,
      citations: [{ source: 'new-article', quote }],
    });
    const both = '300 more Carabinieri, bringing the force to about 2,300';
    const total = resolve(facts({ organizations: [carabinieri], deployments: [count(2300, 'approximately', ['deployment.count', 'deployment.new-total'], both)] }), seed.facts, ids);
    expect(total.challenges).toEqual([{ collection: 'deployments', id: 'carabinieri-deployment', claim: 'carabinieri-deployment-personnel-approximately-2300' }]);
    const added = resolve(facts({ organizations: [carabinieri], deployments: [count(300, 'exactly', ['deployment.count', 'deployment.increment'], 'Carabinieri sent on Monday: 300')] }), seed.facts, ids);
    expect(added.challenges).toEqual([]);
    expect(added.facts.claims).toEqual([]);
    expect(added.summary.deployments).toMatchObject({ proposed: 1, new: 1, challenged: 0 });
  });

  it('a new total contests the one known count of its body at the event whatever places its sentence names; a plain count elsewhere does not', () => {
    const carabinieri = org('carabinieri-2', 'Carabinieri', null, 'IT');
    const count = (rules: string[]): Fact => ({
      id: 'd', organization_id: 'carabinieri-2', personnel: { value: 2300, qualifier: 'approximately' }, role: null, place_ids: ['milan'], event_id: 'milan-cortina-2026', part_of_id: null, rules,
      citations: [{ source: 'new-article', quote: '300 more Carabinieri to Milan, bringing the force to about 2,300' }],
    });
    const total = resolve(facts({ organizations: [carabinieri], deployments: [count(['deployment.count', 'deployment.new-total'])] }), seed.facts, ids);
    expect(total.challenges).toEqual([{ collection: 'deployments', id: 'carabinieri-deployment', claim: 'carabinieri-deployment-personnel-approximately-2300' }]);
    const plain = resolve(facts({ organizations: [carabinieri], deployments: [count(['deployment.count'])] }), seed.facts, ids);
    expect(plain.challenges).toEqual([]);
    expect(plain.summary.deployments).toMatchObject({ proposed: 1, new: 1, challenged: 0 });
  });

  it('an addition or new total of a generic force is the one body of the article\'s country, of the same kind of force, counted at the event; else unresolved', () => {
    const milan: Fact = { id: 'milan-2', name: 'Milan', kind: 'city', country: 'IT', within_id: null, citations: cite };
    const generic = (words: string, rules: string[], value = 3500): Fact => ({
      id: `d-${value}`, organization_id: `:generic-force:${words}`, personnel: { value, qualifier: 'more_than' }, role: null, place_ids: [], event_id: 'milan-cortina-2026', part_of_id: null, rules,
      citations: [{ source: 'new-article', quote: `another 500 ${words.toLowerCase()}, bringing the total to more than 3,500` }],
    });
    const total = resolve(facts({ places: [milan], deployments: [generic('Police officers', ['deployment.count', 'deployment.generic-force', 'deployment.new-total'])] }), seed.facts, ids);
    expect(total.challenges).toEqual([{ collection: 'deployments', id: 'regular-police-deployment', claim: 'regular-police-deployment-personnel-more-than-3500' }]);
    const added = resolve(facts({ places: [milan], deployments: [generic('Police officers', ['deployment.count', 'deployment.generic-force', 'deployment.increment'], 500)] }), seed.facts, ids);
    expect(added.facts.deployments).toEqual([expect.objectContaining({ organization_id: 'italian-regular-police', personnel: { value: 500, qualifier: 'more_than' } })]);
    expect(added.challenges).toEqual([]);
    // No body of that kind of force counted at the event, or no country to look in: unresolved.
    const soldiers = resolve(facts({ places: [milan], deployments: [generic('Soldiers', ['deployment.count', 'deployment.generic-force', 'deployment.new-total'])] }), seed.facts, ids);
    expect(soldiers.unresolved).toEqual([expect.objectContaining({ what: 'body', mention: 'Soldiers' })]);
    const nowhere = resolve(facts({ deployments: [generic('Police officers', ['deployment.count', 'deployment.generic-force', 'deployment.new-total'])] }), seed.facts, ids);
    expect(nowhere.unresolved).toEqual([expect.objectContaining({ what: 'body', mention: 'Police officers' })]);
  });

  const protestOf = (date: string): Fact => ({ id: 'p', name: 'ICE OUT rally', organizer_ids: ['usb'], place_ids: [], date, date_precision: 'day', size: { value: null, qualifier: null }, derived: false, target: null, coincides_with_event_id: null, citations: cite });

  it('a protest on another date than the one known challenges it (reviewed) or disputes it (machine); on the same date, a corroboration', () => {
    const protest = protestOf;
    expect(resolve(facts({ protests: [protest('2026-02-06')] }), seed.facts, ids).citations_added).toEqual([{ collection: 'protests', id: 'ice-out-rally', citation: cite[0] }]);
    const moved = resolve(facts({ protests: [protest('2026-02-07')] }), seed.facts, ids);
    expect(moved.facts.claims.map((c) => [c.subject_id, c.predicate, c.value])).toEqual([['ice-out-rally', 'date', '2026-02-07']]);
    expect(moved.challenges).toEqual([{ collection: 'protests', id: 'ice-out-rally', claim: 'ice-out-rally-date-2026-02-07' }]);
    const machine = new Map(seed.facts);
    machine.set('protests', seed.facts.get('protests')!.map((p) => ({ ...p, review: 'machine' })));
    const disputed = resolve(facts({ protests: [protest('2026-02-07')] }), machine, ids);
    expect(disputed.facts.claims.map((c) => [c.subject_id, c.predicate, c.value])).toEqual([['ice-out-rally', 'date', '2026-02-06'], ['ice-out-rally', 'date', '2026-02-07']]);
    expect(disputed.challenges).toEqual([]);
  });

  it('a measure of the same name corroborates only where it shares a place or an operator: a no-fly zone over Madrid is not Milan\'s', () => {
    const measure = (id: string, name: string, placeIds: string[]): Fact => ({
      id, name, kind: 'cybersecurity', description: null, place_ids: placeIds, start: null, end: null, date_precision: null, operator_ids: [], first_of_its_kind: null, derived: false, citations: cite,
    });
    const milan = resolve(facts({ measures: [measure('m', '24-hour cybersecurity control room', ['milan'])] }), seed.facts, ids);
    expect(milan.citations_added).toEqual([{ collection: 'measures', id: 'cybersecurity-control-room', citation: cite[0] }]);
    const madrid = resolve(facts({ places: [{ id: 'madrid', name: 'Madrid', kind: 'city', country: 'ES', within_id: null, citations: cite }], measures: [measure('m', '24-hour cybersecurity control room', ['madrid'])] }), seed.facts, ids);
    expect(madrid.citations_added).toEqual([]);
    expect(madrid.facts.measures.map((m) => m.place_ids)).toEqual([['madrid']]);
  });

  it('the same organizer marching on another day, under a name ingest made up, is another protest, not a dispute', () => {
    const march = { ...protestOf('2026-03-14'), name: 'March in Central Milan on 2026-03-14', place_ids: ['central-milan'] };
    const result = resolve(facts({ protests: [march] }), seed.facts, ids);
    expect(result.facts.claims).toEqual([]);
    expect(result.citations_added).toEqual([]);
    expect(result.facts.protests.map((p) => p.name)).toEqual(['March in Central Milan on 2026-03-14']);
  });
});
