// What ingest missed in the twentieth first-use review test (issue 20), each read by a general rule, on briefs of our
// own: a national police known by its one name, an office-holder-elect and the swearing-in, an undersecretary of a
// portfolio as a source, identity checks, detectives as a force.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

const INAUGURATION = brief('About 4,000 officers of the Carabineros will be on duty on Wednesday, when President-elect Tomas Saavedra is sworn in at the Congress.');

describe('bodies and forces: a national police named without a head word, detectives counted', () => {
  it('"officers of the Carabineros" are a police force\'s, Chile\'s, with their deployment', () => {
    const facts = read(INAUGURATION);
    expect(facts.organizations.map((o) => [o.name, o.kind, o.country])).toEqual([['Carabineros', 'police_force', 'CL']]);
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['carabineros', { value: 4000, qualifier: 'approximately' }]]);
  });

  it('"will send 300 detectives" is the body\'s deployment of detectives', () => {
    const facts = read(brief('The Investigations Police (PDI) will send 300 detectives to guard the hotels.'));
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel, d.role])).toEqual([['investigations-police', { value: 300, qualifier: 'exactly' }, 'Detectives']]);
  });
});

describe('people and events: an office-holder-elect, sworn in on the day before "when"', () => {
  it('"President-elect Tomas Saavedra" keeps "-elect" in his title, and his swearing-in is the inauguration of that day', () => {
    const facts = read(INAUGURATION);
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)])).toEqual([['Tomas Saavedra', ['President-elect']]]);
    expect(eventsOf(INAUGURATION)).toMatchObject({ 'Inauguration of Tomas Saavedra as president': ['ceremony', '2031-05-07'] });
  });

  it('no inauguration of an elect without a day', () => {
    expect(Object.keys(eventsOf(brief('President-elect Tomas Saavedra is sworn in at the Congress, aides said.')))).not.toContain('Inauguration of Tomas Saavedra as president');
  });
});

describe('statements and measures: "according to" an undersecretary, identity checks', () => {
  it('"according to Undersecretary of the Interior Daniela Araya" names her, and "she added" goes on with her', () => {
    const facts = read(brief('The police will send 300 detectives to guard the hotels, according to Undersecretary of the Interior Daniela Araya. Officers will also check the identity of everyone entering the Congress, she added.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Daniela Araya', 'Undersecretary of the Interior']]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['daniela-araya', 'daniela-araya']);
    expect(facts.measures.map((m) => [m.name, m.kind])).toEqual([['Identity checks', 'inspection']]);
  });
});

describe('events: things thrown at someone on a past day', () => {
  it('"Stones were thrown at a patrol car near the square on Saturday night, injuring two officers" is that night\'s incident', () => {
    expect(eventsOf(brief('Stones were thrown at a patrol car near the square on Saturday night, injuring two officers, he said.')))
      .toEqual({ 'Stones thrown at a patrol car near the square': ['incident', '2031-05-03'] });
  });

  it('none without a day, none to come', () => {
    expect(eventsOf(brief('Three people were detained after eggs were thrown at the marchers. Stones will be thrown at the wall in the ritual on Friday.'))).toEqual({});
  });
});
