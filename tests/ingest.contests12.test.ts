// Contests a growing knowledge base must not miss (issue 20): a follow-up's new figure for the same event is
// raised against the known one only when the follow-up's event is found to be the known one. Every text here
// was written for this test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../src/db/columns.js';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import type { Fact, Facts } from '../src/ingest/extract.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { resolve } from '../src/ingest/resolve.js';
import { contestsMade, duplicates } from '../src/ingest/trust/audit.js';
import { copySeed, tempDir } from './helpers/db.js';

const facts = (partial: Partial<Facts>): Facts => ({ people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [], ...partial });
const known = (kb: Map<string, Item[]>) => new Set([...kb.values()].flatMap((items) => items.map((i) => i.id)));

describe('a follow-up dated by a weekday of another clause', () => {
  const first = [
    'Graz Readies Police for Schlossberg Sound Festival',
    '',
    'GRAZ, July 9 (Wire) - Some 1,400 police officers will be on duty in Graz for the Schlossberg Sound Festival, which opens in the Stadtpark on Friday and runs until Sunday night, the city\'s security director said on Wednesday.',
  ].join('\n');
  const followUp = [
    'Schlossberg Sound Festival Ends With 12 Arrests; Police Revise Their Count',
    '',
    'GRAZ, July 14 (Wire) - The Schlossberg Sound Festival drew about 90,000 people to the Stadtpark over its three days, the organiser said on Monday.',
    '',
    'In all, 1,700 police officers were on duty over the weekend, the city\'s security director said.',
    '',
    'Shortly before midnight on Saturday, a stage roof at the festival gave way in a storm, and nine people were hurt, the Red Cross said.',
  ].join('\n');

  it('finds the known festival, so that its new total contests the first article\'s', () => {
    const seedDir = copySeed();
    const dir = tempDir();
    writeFileSync(join(dir, 'first.txt'), first);
    writeFileSync(join(dir, 'follow-up.txt'), followUp);
    ingestArticle({ file: join(dir, 'first.txt'), published: '2031-07-09', id: 'first', seedDir });
    acceptProposals(seedDir, 'first');
    const before = loadSeed(seedDir).facts;
    const festival = before.get('events')!.find((e) => e.name === 'Schlossberg Sound Festival')!;
    expect(festival).toMatchObject({ start: '2031-07-11', derived: true });

    // The follow-up's festival is dated by "on Saturday", a stage roof's day: one day after the known start.
    const { resolution } = ingestArticle({ file: join(dir, 'follow-up.txt'), published: '2031-07-14', id: 'follow-up', seedDir });
    // No second festival; the roof that gave way is an incident of its own (rule event.incident-act).
    expect(resolution.facts.events.map((e) => [e.kind, e.start])).toEqual([['incident', '2031-07-12']]);
    expect(resolution.citations_added).toContainEqual(expect.objectContaining({ collection: 'events', id: festival.id }));
    // An inferred day contests nothing; the new total contests the known one.
    expect(resolution.facts.claims.map((c) => [c.subject_id, c.predicate, c.value, c.disputed_by])).toEqual([
      [festival.id, 'personnel', 'exactly 1700', [`${festival.id}-personnel-approximately-1400`]],
    ]);
    acceptProposals(seedDir, 'follow-up');
    const after = loadSeed(seedDir).facts;
    expect(contestsMade(before, after).map((c) => c.value)).toEqual(['exactly 1700']);
    expect(duplicates(after)).toEqual([]);
  });
});

describe('an inferred day is of the known edition of the same name only near its start, in a story of its places', () => {
  const cited = (source: string) => ({ review: 'machine', citations: [{ source_id: source, quote: 'older words' }] });
  // The known edition has no place of its own: only its article names Graz.
  const festival = { ...cited('older'), id: 'lakeside-festival', name: 'Lakeside Festival', kind: 'festival', start: '2031-07-11', end: null, place_ids: [], derived: true } as Item;
  const cup = { ...cited('older'), id: 'harbour-cup', name: 'Harbour Cup', kind: 'games', start: '2031-07-11', end: null, place_ids: [], derived: true } as Item;
  const places = ['graz', 'bergen', 'austria'].map((id) => ({ ...cited(id === 'bergen' ? 'elsewhere' : 'older'), id, name: id[0]!.toUpperCase() + id.slice(1), kind: id === 'austria' ? 'country' : 'city', country: null, within_id: null }) as Item);
  const kb = new Map<string, Item[]>([['events', [festival, cup]], ['places', places]]);
  const place = (id: string): Fact => ({ id, name: id[0]!.toUpperCase() + id.slice(1), kind: id === 'austria' ? 'country' : 'city', country: null, within_id: null, citations: [{ source: 'new-article', quote: id }] });
  const event = (of: Item, start: string, derived: boolean): Fact => ({
    id: 'proposed-event', name: of.name, kind: of.kind, start, end: null, date_precision: 'day', place_ids: [], figures: [], derived,
    ...(derived ? { note: 'date of \'Saturday\' counted back from the publication date' } : {}), citations: [{ source: 'new-article', quote: String(of.name) }],
  });
  const resolvedTo = (proposal: Fact, placeId = 'graz') => {
    const r = resolve(facts({ places: [place(placeId)], events: [proposal] }), kb, known(kb));
    return r.facts.events.length ? 'new' : r.citations_added.find((c) => c.collection === 'events')?.id;
  };

  it('a day counted from a weekday within six days of the start, in a story naming a place its articles named, is the known edition', () => {
    expect(resolvedTo(event(festival, '2031-07-12', true))).toBe('lakeside-festival');
    expect(resolvedTo(event(festival, '2031-07-06', true))).toBe('lakeside-festival');
    expect(resolvedTo(event(cup, '2031-07-13', true))).toBe('harbour-cup');
  });

  it('is not the known edition weeks away, with a stated other day, in a story of another place, or through a country alone', () => {
    expect(resolvedTo(event(festival, '2031-08-01', true))).toBe('new');
    expect(resolvedTo(event(festival, '2031-07-12', false))).toBe('new');
    expect(resolvedTo(event(festival, '2031-07-12', true), 'bergen')).toBe('new');
    expect(resolvedTo(event(festival, '2031-07-12', true), 'austria')).toBe('new');
    expect(resolvedTo(event(cup, '2031-07-25', true))).toBe('new');
    expect(resolvedTo(event(cup, '2031-07-13', true), 'bergen')).toBe('new');
  });
});

describe('a count of police given by the police themselves', () => {
  const body = (id: string, name: string, kind: string): Fact => ({ id, name, acronym: null, aliases: [], kind, country: null, parent_id: null, citations: [{ source: 'new-article', quote: name }] });
  const countyPolice = body('lakeside-county-police', 'Lakeside County Police', 'police_force');
  const ministry = body('lakeside-interior-ministry', 'Lakeside Interior Ministry', 'ministry');
  const spokesman: Fact = { id: 'jan-weber', name: 'Jan Weber', roles: [{ title: 'County Police spokesman', organization_id: 'lakeside-county-police', country: null }], country: null, citations: [{ source: 'new-article', quote: 'Jan Weber' }] };
  const unplaced: Fact = { ...spokesman, id: 'ola-berg', name: 'Ola Berg', roles: [{ title: 'Police spokesman', organization_id: null, country: null }] };
  const count = (value: number, words: string, quote: string, eventId: string | null = null, rules = ['deployment.count', 'deployment.generic-force']): Fact => ({
    id: `count-${value}`, organization_id: `:generic-force:${words}`, personnel: { value, qualifier: 'approximately' }, role: words, place_ids: [], event_id: eventId, part_of_id: null, rules,
    citations: [{ source: 'new-article', quote }],
  });
  const saying = (speaker: string, sentence: string): Fact => ({ id: `said-${speaker}`, speaker_id: speaker, kind: 'paraphrase', text: sentence, date: null, date_precision: null, about_ids: [], derived: false, citations: [{ source: 'new-article', quote: sentence }] });
  const cup = { review: 'machine', citations: [{ source_id: 'older', quote: 'older words' }], id: 'lakeside-cup', name: 'Lakeside Cup', kind: 'games', start: '2031-07-11', end: null, place_ids: [] } as Item;
  const resolved = (deployment: Fact, sentence: string, speaker: string, extra: Partial<Facts> = {}) => {
    const kb = new Map<string, Item[]>([['events', [cup]]]);
    return resolve(facts({ organizations: [countyPolice, ministry], people: [spokesman, unplaced], deployments: [deployment], statements: [saying(speaker, sentence)], ...extra }), kb, known(kb), { text: sentence });
  };

  it('is the speaking force\'s count, the force its speaker\'s role names, or the story\'s one force for a police spokesman', () => {
    const own = resolved(count(1200, 'Police officers', 'About 1,200 police officers'), 'About 1,200 police officers will be on duty, the Lakeside County Police said.', 'lakeside-county-police');
    expect(own.facts.deployments).toEqual([expect.objectContaining({ organization_id: 'lakeside-county-police', personnel: { value: 1200, qualifier: 'approximately' } })]);
    expect(own.unresolved).toEqual([]);
    const byRole = resolved(count(200, 'Police officers', 'About 200 police officers'), 'About 200 police officers were on duty for the march, County Police spokesman Jan Weber said.', 'jan-weber');
    expect(byRole.facts.deployments).toEqual([expect.objectContaining({ organization_id: 'lakeside-county-police' })]);
    const byTitle = resolved(count(200, 'Police officers', 'About 200 police officers'), 'About 200 police officers were on duty for the march, police spokesman Ola Berg said.', 'ola-berg');
    expect(byTitle.facts.deployments).toEqual([expect.objectContaining({ organization_id: 'lakeside-county-police' })]);
  });

  it('is no one\'s when a ministry speaks or a police spokesman in a story of two forces, for soldiers or several forces, a spokesman at an event, or with two speakers', () => {
    const unresolvedBy = (deployment: Fact, sentence: string, speaker: string, extra: Partial<Facts> = {}) => {
      const r = resolved(deployment, sentence, speaker, extra);
      return [r.facts.deployments.length, r.unresolved.length];
    };
    expect(unresolvedBy(count(1200, 'Police officers', 'About 1,200 police officers'), 'About 1,200 police officers will be on duty, the Lakeside Interior Ministry said.', 'lakeside-interior-ministry')).toEqual([0, 1]);
    const cityPolice = body('lakeside-city-police', 'Lakeside City Police', 'police_force');
    const twoForces = { organizations: [countyPolice, cityPolice, ministry] };
    expect(unresolvedBy(count(200, 'Police officers', 'About 200 police officers'), 'About 200 police officers were on duty for the march, police spokesman Ola Berg said.', 'ola-berg', twoForces)).toEqual([0, 1]);
    expect(unresolvedBy(count(300, 'Soldiers', 'About 300 soldiers'), 'About 300 soldiers will help, the Lakeside County Police said.', 'lakeside-county-police')).toEqual([0, 1]);
    expect(unresolvedBy(count(900, 'Police and gendarmes', 'About 900 police and gendarmes', null, ['deployment.count', 'deployment.generic-together']), 'About 900 police and gendarmes will be on duty, the Lakeside County Police said.', 'lakeside-county-police')).toEqual([0, 1]);
    const sentence = 'About 1,200 police officers will be on duty, the Lakeside County Police said.';
    expect(unresolvedBy(count(1200, 'Police officers', 'About 1,200 police officers'), sentence, 'lakeside-county-police', { statements: [saying('lakeside-county-police', sentence), saying('jan-weber', sentence)] })).toEqual([0, 1]);
    // At an event, a spokesman's count is the event's total; the force speaking itself counts its own officers.
    const atCup = resolved(count(1200, 'Police officers', 'About 1,200 police officers', 'lakeside-cup'), 'About 1,200 police officers will be on duty for the Lakeside Cup, County Police spokesman Jan Weber said.', 'jan-weber');
    expect(atCup.facts.deployments).toEqual([]);
    expect(atCup.facts.claims).toEqual([expect.objectContaining({ subject_id: 'lakeside-cup', predicate: 'personnel', value: 'approximately 1200' })]);
    const byForce = resolved(count(1200, 'Police officers', 'About 1,200 police officers', 'lakeside-cup'), 'About 1,200 police officers will be on duty for the Lakeside Cup, the Lakeside County Police said.', 'lakeside-county-police');
    expect(byForce.facts.deployments).toEqual([expect.objectContaining({ organization_id: 'lakeside-county-police', event_id: 'lakeside-cup' })]);
  });
});
