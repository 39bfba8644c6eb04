// What ingest missed in blind round 31 (issue 20), read by a general rule, on briefs of our own: bans of a fire
// season, access reserved to guests, roads open to some vehicles only, a second share of a list of forces, a fire
// that began on a stated day, rescuers counted for their body, and a professor's title no part of his name.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

const measuresOf = (body: string) => read(brief(body)).measures.map((m) => [m.name, m.kind]);

describe('measures: bans of a fire season, and what is no longer allowed', () => {
  it('bans visits to forests and the burning of stubble, and reads "no longer allowed" as "not allowed"', () => {
    expect(measuresOf('The regional committee has banned all visits to forests in the region until October 15.')).toEqual([['Visits to forests banned', 'ban']]);
    expect(measuresOf('The council has banned the burning of stubble and garden waste until further notice.').map(([, kind]) => kind)).toEqual(['ban']);
    expect(measuresOf('Glass will no longer be allowed in the stands from Sunday.')).toEqual([['Glass no longer allowed in the stands', 'ban']]);
    expect(measuresOf('The singer said she was no longer allowed to perform.')).toEqual([]);
  });

  it('reads flights of drones banned as an airspace restriction, not as a ban', () => {
    expect(measuresOf('Flights of private drones over the reserve have been banned since Sunday.').map(([, kind]) => kind)).toEqual(['airspace_restriction']);
  });
});

describe('measures: access kept to some', () => {
  it('reads a beach reserved for invited guests as a restricted zone, and a road open only to fire crews as a closure', () => {
    expect(measuresOf('The beach in front of the memorial will be reserved for chiefs, invited guests and the choirs during the service.').map(([, kind]) => kind)).toEqual(['restricted_zone']);
    expect(measuresOf('The road from Lakeside to the village of Dronki is open only to fire crews and buses.').map(([, kind]) => kind)).toEqual(['closure']);
    expect(measuresOf('A table was reserved for two at the café. The museum is open only to members.')).toEqual([]);
  });
});

describe('deployments: the second share of a list of forces, and rescuers', () => {
  it('counts "and 25 of the Mobile Force" for that force, after "about 70 of the Harbour Police Force"', () => {
    const facts = read(brief('Officers to be sent: about 70 of the Harbour Police Force (HPF) and 25 of the Mobile Force (MF), the commissioner said on Tuesday.'));
    expect(facts.deployments.map((d) => [facts.organizations.find((o) => o.id === d.organization_id)?.name, d.personnel])).toEqual([['Harbour Police Force', { value: 70, qualifier: 'approximately' }], ['Mobile Force', { value: 25, qualifier: 'exactly' }]]);
    // A share of a body that is no police force counts no one.
    expect(read(brief('About 70 of the Harbour Police Force (HPF) stood by on Tuesday, and 25 of the Harbour City Council staff handed out water.')).deployments.map((d) => d.personnel)).toEqual([{ value: 70, qualifier: 'approximately' }]);
  });

  it('counts rescuers for the body named with them, and bare rescuers for none', () => {
    const facts = read(brief('More than 600 rescuers of the Ministry of Emergency Situations are working on the fire, the deputy minister said.'));
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['ministry-of-emergency-situations', { value: 600, qualifier: 'more_than' }]]);
    expect(read(brief('About 40 rescuers searched the hillside on Monday.')).deployments).toEqual([]);
  });
});

describe('events: a fire that began on a stated day', () => {
  it('proposes an incident named with the first place named after it, dated by that day; a fight that began is none', () => {
    expect(eventsOf(brief('The fire began on Saturday, May 3, in dry grass near the village of Masany.'))).toEqual({ 'Fire near the village of Masany': ['incident', '2031-05-03'] });
    expect(eventsOf(brief('The fight began at 9 p.m. on Saturday.'))).toEqual({});
  });
});

describe('people: a professor', () => {
  it('names "the rector, Professor Jean-Bosco Ndikumana" without the title', () => {
    expect(read(brief('Since Friday the rector, Professor Jean-Bosco Ndikumana, has closed the campus.')).people.map((p) => p.name)).toEqual(['Jean-Bosco Ndikumana']);
  });
});

describe('places: a village the gazetteer does not know', () => {
  it('reads "the abandoned village of Masany" as a city, and "the town of Eastby Council House" as no town but a building', () => {
    expect(read(brief('The fire began in dry grass near the abandoned village of Masany.')).places.filter((p) => p.name !== 'Lakeside').map((p) => [p.name, p.kind])).toEqual([['Masany', 'city']]);
    expect(read(brief('Buses run to the town of Eastby Council House.')).places.filter((p) => p.name !== 'Lakeside').map((p) => [p.name, p.kind])).toEqual([['Eastby Council House', 'venue']]);
  });
});

describe('statements: a time\'s parenthesis, a quoted toll, a municipal council', () => {
  it('keeps "at about 4:40 a.m. (0240 GMT) during a shift change" in one sentence with its speaker', () => {
    const facts = read(brief('The blast happened at about 4:40 a.m. (0240 GMT) during a shift change, company chairman Salem Haddad told reporters.'));
    expect(facts.statements.map((s) => s.text)).toEqual(['The blast happened at about 4:40 a.m. (0240 GMT) during a shift change.']);
  });

  it('reads a toll put "at" a figure in quotation marks whole', () => {
    const facts = read(brief('The National Oil Company (NOC) said the fire was out. Earlier the NOC had put the toll at "at least three dead and 11 injured".'));
    expect(facts.statements.map((s) => s.text)).toContain('Put the toll at "at least three dead and 11 injured".');
  });

  it('reads "the Zawiya municipal council" as a government that speaks', () => {
    const facts = read(brief('The Zawiya municipal council said families living within two kilometres had been told to leave.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Zawiya municipal council', 'government']]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['zawiya-municipal-council']);
  });
});

describe('events: a day it was due, and today', () => {
  it('dates "The Harbour Grand Prix goes ahead today" by the publication day, never by the day it was due before a postponement', () => {
    const facts = read(brief('The Harbour Grand Prix goes ahead today after two days of delays. The race was due on Sunday but was put back twice by rain.'));
    expect(facts.events.map((e) => [e.name, e.start])).toEqual([['Harbour Grand Prix', '2031-05-06']]);
    const due = read(brief('The Harbour Grand Prix was due on Sunday but was put back by rain.'));
    expect(due.events.map((e) => e.start)).toEqual([null]);
  });
});
