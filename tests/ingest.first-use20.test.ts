// What ingest missed in the twenty-first first-use review test (issue 20), each read by a general rule, on briefs of
// our own: a bridge opened "when" a titled person opens it, guards attacked on a day, boats barred from a river, a
// state secretary, a first name that is also a city's set off after a title.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('events: an opening by a titled person, guards attacked', () => {
  it('"on Thursday, when Prime Minister Ada Holm opens the new Freedom Bridge" is the opening, the force\'s event', () => {
    const facts = read(brief('About 1,500 officers of the Lakeside Police Directorate will be on duty on Thursday, when Prime Minister Ada Holm opens the new Freedom Bridge over the river.'));
    expect(facts.events.map((e) => [e.name, e.kind, e.start])).toEqual([['Opening of the new Freedom Bridge', 'ceremony', '2031-05-08']]);
    expect(facts.deployments.map((d) => d.event_id)).toEqual(['opening-of-the-new-freedom-bridge']);
  });

  it('"Two security guards were attacked at the site on Friday night" is an attack of that night, and the guards no deployment', () => {
    const facts = read(brief('Two security guards were attacked at the construction site on Friday night, police said.'));
    expect(facts.events.map((e) => [e.name, e.kind, e.start])).toEqual([['Attack at the construction site', 'incident', '2031-05-02']]);
    expect(facts.deployments).toEqual([]);
  });
});

describe('measures and people: boats barred, a state secretary, a first name a city also bears', () => {
  it('"Boats will be barred from the river under the bridge on Thursday" is a ban', () => {
    expect(read(brief('Boats will be barred from the river under the bridge on Thursday.')).measures.map((m) => [m.name, m.kind])).toEqual([['Boats barred', 'ban']]);
  });

  it('"State Secretary Jelena Markovic" is titled; "its secretary, Milan Babic," is a person, not the city of Milan', () => {
    const facts = read(brief('The bridge will open on time, State Secretary Jelena Markovic said. Around 90 volunteers of the Red Cross will help along the quay, its secretary, Milan Babic, said.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Jelena Markovic', 'State Secretary'], ['Milan Babic', 'Secretary']]);
    expect(facts.places.map((p) => p.name)).not.toContain('Milan');
  });

  it('a city\'s name set off after a title, with another place after it, names no person ("its director, Milan Paris,")', () => {
    expect(read(brief('The fair was opened by its director, Milan Paris, on Friday.')).people).toEqual([]);
    expect(read(brief('The fair was opened by its director, Milan Babic, on Friday.')).people.map((p) => p.name)).toEqual(['Milan Babic']);
  });
});
