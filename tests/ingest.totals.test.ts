// Growth without worse facts (issue 20): an event's total of forces named only by generic nouns, a count
// that names the figure it corrects, a strike's crowd, and place names read whole or not at all. Every text
// here was written for this test.
import { describe, expect, it } from 'vitest';
import type { Item } from '../src/db/columns.js';
import { extract, type Fact, type Facts } from '../src/ingest/extract.js';
import { resolve } from '../src/ingest/resolve.js';

const facts = (partial: Partial<Facts>): Facts => ({ people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [], ...partial });
const row = (fields: Record<string, unknown> & { id: string }, review = 'machine') => ({ review, citations: [{ source_id: 'older', quote: 'older words' }], ...fields }) as Item;
const cup = row({ id: 'harbour-cup-final', name: 'Harbour Cup final', kind: 'games', start: '2031-05-24', end: null, place_ids: [] });
const kbWith = (entries: Record<string, Item[]>, event: Item = cup) => new Map<string, Item[]>([['events', [event]], ...Object.entries(entries)]);
const known = (kb: Map<string, Item[]>) => new Set([...kb.values()].flatMap((items) => items.map((i) => i.id)));

/** A count of forces named only by generic nouns, as extraction proposes it, quoting its words in `text`. */
const generic = (value: number, qualifier: string, quote: string, eventId = 'harbour-cup-final', rules = ['deployment.count', 'deployment.generic-force']): Fact => ({
  id: `police-${value}`, organization_id: ':generic-force:Police officers', personnel: { value, qualifier }, role: 'Police officers', place_ids: [], event_id: eventId, part_of_id: null, rules,
  citations: [{ source: 'new-article', quote }],
});

describe('an event\'s total of forces named only by generic nouns', () => {
  const first = 'More than 4,500 police officers will be on duty for the Harbour Cup final, the ministry said. Some 60 police officers will travel with the fans.';

  it('is a claim on the event, not a body\'s count; the smaller count of the same event is a part, left unresolved', () => {
    const r = resolve(facts({ deployments: [generic(4500, 'more_than', 'More than 4,500 police officers'), generic(60, 'approximately', 'Some 60 police officers')] }), kbWith({}), known(kbWith({})), { text: first });
    expect(r.facts.organizations).toEqual([]);
    expect(r.facts.deployments).toEqual([]);
    expect(r.facts.claims).toEqual([expect.objectContaining({ subject_id: 'harbour-cup-final', predicate: 'personnel', value: 'more than 4500', disputed_by: [] })]);
    expect(r.unresolved).toEqual([expect.objectContaining({ what: 'body', sentence: 'Some 60 police officers will travel with the fans.' })]);
  });

  it('a later total of the same event corroborates the same value and disputes another; an addition is no total', () => {
    const total = row({ id: 'harbour-cup-final-personnel-more-than-4500', subject_id: 'harbour-cup-final', predicate: 'personnel', object_id: null, value: 'more than 4500', disputed_by: [] });
    const kb = kbWith({ claims: [total] });
    const later = 'With the addition, more than 4,800 police officers will be on duty for the final, the ministry said.';
    const other = resolve(facts({ deployments: [generic(4800, 'more_than', 'more than 4,800 police officers')] }), kb, known(kb), { text: later });
    expect(other.facts.claims).toEqual([expect.objectContaining({ subject_id: 'harbour-cup-final', value: 'more than 4800', disputed_by: ['harbour-cup-final-personnel-more-than-4500'] })]);
    const same = resolve(facts({ deployments: [generic(4500, 'more_than', 'more than 4,500 police officers')] }), kb, known(kb), { text: 'In all, more than 4,500 police officers will be on duty.' });
    expect(same.facts.claims).toEqual([]);
    expect(same.citations_added).toEqual([expect.objectContaining({ collection: 'claims', id: 'harbour-cup-final-personnel-more-than-4500' })]);
    const added = resolve(facts({ deployments: [generic(300, 'exactly', '300 more police officers', 'harbour-cup-final', ['deployment.count', 'deployment.generic-force', 'deployment.increment'])] }), kb, known(kb), { text: 'Another 300 more police officers will come.' });
    expect(added.facts.claims).toEqual([]);
    expect(added.unresolved).toHaveLength(1);
  });

  it('is never a figure said before, quoted words, two counts side by side, or a count at a reviewed event', () => {
    const kb = kbWith({});
    const totalOf = (quote: string, text: string, value = 2000, event: Item = cup) => {
      const base = kbWith({}, event);
      return resolve(facts({ deployments: [generic(value, 'approximately', quote)] }), base, known(base), { text }).facts.claims;
    };
    expect(totalOf('about 2,000 police officers', 'The ministry had said last week that about 2,000 police officers would secure the final.')).toEqual([]);
    expect(totalOf('ten thousand police', '"Almost ten thousand police in one city is a siege," she said.', 10000)).toEqual([]);
    expect(totalOf('about 2,000 police officers', 'About 2,000 police officers will be on duty.', 2000, { ...cup, review: 'reviewed' } as Item)).toEqual([]);
    const sideBySide = 'About 300 police officers and 120 riot police will watch the final.';
    const two = resolve(facts({ deployments: [generic(300, 'approximately', 'About 300 police officers'), generic(120, 'exactly', '120 riot police')] }), kb, known(kb), { text: sideBySide });
    expect(two.facts.claims).toEqual([]);
    expect(two.unresolved).toHaveLength(2);
  });
});

describe('a count that names the figure it corrects', () => {
  const mossos = row({ id: 'valley-regional-police', name: 'Valley Regional Police', acronym: null, aliases: [], kind: 'police_force', country: 'ES', parent_id: null });
  const march = row({ id: 'valley-police-deployment', organization_id: 'valley-regional-police', personnel: { value: 1200, qualifier: 'approximately' }, role: null, place_ids: [], event_id: null, part_of_id: null });
  const kb = new Map<string, Item[]>([['organizations', [mossos]], ['deployments', [march]]]);
  const town: Fact = { id: 'granada', name: 'Granada', kind: 'city', country: 'ES', within_id: null, citations: [{ source: 'new-article', quote: 'Granada' }] };
  const regional: Fact = { id: 'the-regional-police', name: 'The regional police', acronym: null, aliases: [], kind: 'police_force', country: null, parent_id: null, citations: [{ source: 'new-article', quote: 'regional police' }] };
  const count = (quote: string): Fact => ({ id: 'd', organization_id: 'the-regional-police', personnel: { value: 1500, qualifier: 'approximately' }, role: null, place_ids: ['granada'], event_id: null, part_of_id: null, rules: ['deployment.count'], citations: [{ source: 'new-article', quote }] });

  it('contests the one known count of that value of a body of the article\'s country, whatever the body is called', () => {
    const text = 'The regional police deployed about 1,500 officers for last Wednesday\'s march in Granada, not the 1,200 it gave on the day.';
    const r = resolve(facts({ places: [town], organizations: [regional], deployments: [count('about 1,500 officers')] }), kb, known(kb), { text });
    expect(r.facts.deployments).toEqual([]);
    expect(r.facts.claims.map((c) => [c.subject_id, c.value, c.disputed_by])).toEqual([
      ['valley-police-deployment', 'approximately 1200', []],
      ['valley-police-deployment', 'approximately 1500', ['valley-police-deployment-personnel-approximately-1200']],
    ]);
  });

  it('a comparison is no correction, nor "not the" of no known value', () => {
    for (const text of ['The regional police deployed about 1,500 officers in Granada, up from the 1,200 it gave on the day.', 'The regional police deployed about 1,500 officers in Granada, not the 900 it gave on the day.']) {
      const r = resolve(facts({ places: [town], organizations: [regional], deployments: [count('about 1,500 officers')] }), kb, known(kb), { text });
      expect(r.facts.claims).toEqual([]);
      expect(r.facts.deployments).toHaveLength(1);
    }
  });
});

describe('reading unseen news whole', () => {
  const read = (text: string) => extract({ sourceId: 'note', published: '2031-05-17', text });

  it('a place named only as whose police force it is is no place; the same place named as a place is', () => {
    const only = read('Spotters Named\n\nThe State Police and the police of Lower Saxony will each send spotters to the final in Bucharest on Wednesday.\n');
    expect(only.places.map((p) => p.name)).not.toContain('Lower Saxony');
    const also = read('Spotters Named\n\nThe police of Lower Saxony will send spotters. Fans from Lower Saxony will travel to Bucharest on Wednesday.\n');
    expect(also.places.map((p) => p.name)).toContain('Lower Saxony');
  });

  it('a street name with a lowercase particle is read whole, not cut after the particle', () => {
    const facts = read('Buses Diverted\n\nThe city\'s buses will not use Rruga e Kavajes Boulevard in Tirana until Saturday morning.\n');
    expect(facts.places.map((p) => p.name)).toContain('Rruga e Kavajes Boulevard');
    expect(facts.places.map((p) => p.name)).not.toContain('Kavajes Boulevard');
  });

  it('a street named after two people is one place, not cut at its "and"; two streets joined by "and" stay two', () => {
    const names = (sentence: string) => read(`Notice\n\n${sentence}\n`).places.map((p) => p.name);
    expect(names('Stalls line Anna and Petar Novak Boulevard in Dunmore on Sunday.')).toContain('Anna and Petar Novak Boulevard');
    expect(names('Stalls line Anna and Petar Novak Boulevard in Dunmore on Sunday.')).not.toContain('Petar Novak Boulevard');
    expect(names('The march goes from Harbour Street and Mill Street to Dunmore park.')).toEqual(expect.arrayContaining(['Harbour Street', 'Mill Street']));
    expect(names('Trains stop at Kings Cross and Euston Road in London.')).not.toContain('Cross and Euston Road');
  });

  it('two sources\' crowd counts after a strike\'s sentence are no size dispute of the strike; of a march they are', () => {
    const strike = read('Strike Day\n\nThousands of nurses marched through central Oslo on Tuesday, on the first day of a two-day strike.\n\nPolice put the crowd at about 9,000, while the union federation said more than 20,000 people had taken part.\n');
    expect(strike.claims.filter((c) => c.predicate === 'size')).toEqual([]);
    const march = read('March Day\n\nThousands of nurses held a march through central Oslo on Tuesday.\n\nPolice put the crowd at about 9,000, while the union federation said more than 20,000 people had taken part.\n');
    expect(march.claims.filter((c) => c.predicate === 'size').map((c) => c.value)).toEqual(['approximately 9000', 'more than 20000']);
  });
});
