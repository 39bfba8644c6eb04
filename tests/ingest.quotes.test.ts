// Every proposal is quoted by words its article holds once (issue 20): a name whose sentence occurs twice is quoted
// with the next sentence of its line, and a fact no words can quote is not proposed at all, nor anything that needs it.
import { describe, expect, it } from 'vitest';
import { read } from './helpers/briefs.js';
import { withoutReferencesTo } from '../src/ingest/fact-references.js';
import { shape } from '../src/ingest/passes/shape.js';
import type { PassContext } from '../src/ingest/passes/context.js';

const mapKey = (secondMention: string) => [
  'Our map of the river festival, pin by pin', '',
  'A. Main stage, Lindqvist Quay.',
  'B. Holmen Bridge. Closed to cars from 16:00 today until 02:00 on Sunday.',
  'C. First aid tent, next to the ferry pier.', '',
  secondMention, '',
].join('\n');

describe('a name whose own sentence occurs twice', () => {
  it('is quoted with the next sentence of its line', () => {
    const { places } = read(mapKey('The Red Cross runs a medical point at the foot of Holmen Bridge. Drink water.'));
    const bridge = places.find((p) => p.name === 'Holmen Bridge');
    expect(bridge?.citations.map((c) => c.quote)).toEqual(['Holmen Bridge. Closed']);
  });

  it('is not proposed when no words around it occur once', () => {
    const text = 'Our map of the river festival\n\nHolmen Bridge.\n\nThe quay is shut from noon.\n\nHolmen Bridge.\n';
    const { places } = read(text);
    expect(places.map((p) => p.name)).not.toContain('Holmen Bridge');
    expect(places.every((p) => p.citations.length > 0)).toBe(true);
  });
});

describe('withoutReferencesTo', () => {
  const facts = () => ({
    people: [{ id: 'ada-moen', name: 'Ada Moen', roles: [{ title: 'chief', organization_id: 'harbour-police' }], citations: [] }],
    organizations: [], places: [], events: [], protests: [], measures: [], statements: [], claims: [],
    deployments: [
      { id: 'd1', organization_id: 'harbour-police', place_ids: ['quay', 'pier'], event_id: 'regatta', citations: [] },
      { id: 'd2', organization_id: 'coast-guard', place_ids: ['pier'], event_id: null, citations: [] },
    ],
  });

  it('drops references to gone ids and returns the facts that cannot stand without theirs', () => {
    const f = facts();
    const orphans = withoutReferencesTo(f, (id) => ['harbour-police', 'quay', 'regatta'].includes(String(id)));
    expect([...orphans].map((o) => o.id)).toEqual(['d1']);
    expect(f.deployments.map((d) => [d.place_ids, d.event_id])).toEqual([[['pier'], null], [['pier'], null]]);
    expect(f.people[0]!.roles[0]!.organization_id).toBeNull();
  });
});

describe('the shape pass', () => {
  const cite = [{ source: 'note', quote: 'words' }];
  it('drops a fact with no quote, scrubs references to it, and drops the facts that cannot stand without it', () => {
    const facts = {
      people: [], events: [], protests: [], measures: [], statements: [], claims: [],
      organizations: [{ id: 'harbour-guard', name: 'Harbour Guard', citations: [] }, { id: 'coast-police', name: 'Coast Police', citations: cite }],
      places: [{ id: 'quay', name: 'Quay', citations: [] }, { id: 'pier', name: 'Pier', citations: cite }],
      deployments: [
        { id: 'd1', organization_id: 'harbour-guard', place_ids: ['pier'], event_id: null, citations: cite },
        { id: 'd2', organization_id: 'coast-police', place_ids: ['quay', 'pier'], event_id: null, citations: cite },
      ],
    };
    shape({ facts } as unknown as PassContext);
    expect(Object.fromEntries(Object.entries(facts).filter(([, rows]) => rows.length).map(([kind, rows]) => [kind, rows.map((row) => row.id)]))).toEqual({
      organizations: ['coast-police'], places: ['pier'], deployments: ['d2'],
    });
    expect(facts.deployments[0]!.place_ids).toEqual(['pier']);
  });
});
