// What ingest missed or read wrong in the twenty-second first-use review test (issue 20), each read by a general rule,
// on briefs of our own: a weekday in reported speech, awards presented, vandals, a police director and his body, a
// mayor's body, a capital city's government, a police administration named after its country, and a count whose
// force noun opens the body's name.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('dates: a weekday in reported speech', () => {
  it('counts "said officers would seal off the square … on Saturday" forward from a Tuesday, and "sealed off … on Saturday" back', () => {
    // 2031-05-06 is a Tuesday.
    expect(read(brief('The minister told reporters that officers would seal off the streets around the theatre from 4 p.m. on Saturday.')).measures.map((m) => m.start)).toEqual(['2031-05-10']);
    expect(read(brief('The minister told reporters that officers sealed off the streets around the theatre on Saturday.')).measures.map((m) => m.start)).toEqual(['2031-05-03']);
  });
});

describe('events: awards presented, vandals', () => {
  it('reads "the Harbour Film Awards" as a ceremony on the day its clause gives', () => {
    expect(eventsOf(brief('About 300 officers will be on duty on Saturday, when the Harbour Film Awards are presented at the city theatre.'))).toEqual({ 'Harbour Film Awards': ['ceremony', '2031-05-10'] });
  });

  it('reads vandals who sprayed slogans on a past day as an incident, and vandals feared as none', () => {
    expect(eventsOf(brief('Vandals sprayed slogans on the walls of the theatre on Monday night, the director said.'))).toEqual({ Vandalism: ['incident', '2031-05-05'] });
    expect(eventsOf(brief('Police fear vandals could spray slogans on the walls.'))).toEqual({});
  });
});

describe('people and bodies: a police director, a mayor, a capital city', () => {
  it('titles "Police Director Ivo Lenz" so, of the one body whose name opens with "Police"', () => {
    const facts = read(brief('About 1,200 officers of the Police Administration of Lakeland will be on duty. The Special Unit will send 150 officers, Police Director Ivo Lenz said.'));
    expect(facts.organizations.find((o) => o.name === 'Police Administration of Lakeland')?.kind).toBe('police_force');
    expect(facts.people.map((p) => p.roles)).toEqual([[{ title: 'Police Director', organization_id: 'police-administration-of-lakeland', country: null }]]);
  });

  it('names "The Capital City of Lakeside" whole, and gives its mayor that body; a regional government is no mayor\'s', () => {
    const facts = read(brief('The Capital City of Lakeside will close Mill Street to traffic on Friday. The mayor of Lakeside, Ada Moen, said buses would run on other routes.'));
    expect(facts.organizations.map((o) => o.name)).toContain('Capital City of Lakeside');
    expect(facts.people.map((p) => (p.roles as Array<{ organization_id: string | null }>)[0]?.organization_id)).toEqual(['capital-city-of-lakeside']);
    const regional = read(brief('The Lakeside Regional Government banned alcohol on Friday. Mayor Ada Moen said buses would run on other routes.'));
    expect(regional.people.map((p) => (p.roles as Array<{ organization_id: string | null }>)[0]?.organization_id)).toEqual([null]);
  });
});

describe('deployments: a force noun opening the body\'s name', () => {
  it('counts "1,200 officers of the Police Administration of Lakeland" as officers, quoting the whole name', () => {
    const facts = read(brief('Around 1,200 officers of the Police Administration of Lakeland will be on duty on Saturday.'));
    expect(facts.deployments.map((d) => [d.organization_id, d.role, d.citations[0]!.quote])).toEqual([['police-administration-of-lakeland', 'Officers', 'Around 1,200 officers of the Police Administration of Lakeland']]);
  });
});
