// Shapes blind round 27 met that ingest read wrong or not at all (issue 20), written after its first score, each
// read by a general rule, on short briefs of our own words.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

type Row = Record<string, unknown>;
const titlesOf = (people: Row[]) => Object.fromEntries(people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]));

describe('people told by what they do, set off by commas', () => {
  it('"A taxi driver, Ivo Lenz, said" and "A steward, Ada Moen, told" are people with those titles, and speak', () => {
    const facts = read(brief('A taxi driver, Ivo Lenz, said he had waited four hours at the junction. A steward, Ada Moen, told the inquiry that the gates were locked.'));
    expect(titlesOf(facts.people)).toMatchObject({ 'Ivo Lenz': ['Taxi driver'], 'Ada Moen': ['Steward'] });
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['ivo-lenz', 'ada-moen']);
  });

  it('"A spokeswoman for the hakimlik, Ada Moen," is a person titled by the body named in lowercase', () => {
    const facts = read(brief('A spokeswoman for the hakimlik, Ada Moen, said that signs would be put up at every junction.'));
    expect(titlesOf(facts.people)['Ada Moen']).toEqual(['Spokeswoman for the hakimlik']);
  });

  it('"The opposition\'s spokesman on justice, Ivo Lenz," is a person with that title', () => {
    const facts = read(brief("The opposition's spokesman on justice, Ivo Lenz, called on the minister to resign."));
    expect(Object.keys(titlesOf(facts.people))).toContain('Ivo Lenz');
  });

  it('"…," said Ada Moen, whose daughter … is the speaker of the quote', () => {
    const facts = read(brief('"We want names, not a report," said Ada Moen, whose daughter died at the gate.'));
    expect(facts.people.map((p) => p.name)).toEqual(['Ada Moen']);
    expect(facts.statements[0]?.speaker_id).toBe('ada-moen');
  });

  it('a driver who is not named, or a title with no name after its comma, is no person', () => {
    expect(read(brief('A taxi driver said he had waited four hours. The steward, who had no key, ran.')).people).toEqual([]);
  });
});

describe('events told by what broke out, by rites and by days of mourning', () => {
  it('"a riot broke out at the city prison on Sunday" is an incident there that day', () => {
    expect(eventsOf(brief('A riot broke out at Eastby Prison on Sunday afternoon, police said.'))).toMatchObject({ 'Riot at Eastby Prison': ['incident', '2031-05-04'] });
  });

  it('a prayer service and a memorial mass are ceremonies of the day their own clause states', () => {
    const events = eventsOf(brief('The bishops said they would hold a prayer service at the cathedral on Wednesday. The government declared three days of national mourning from May 2, and a memorial mass was held at the cathedral on May 4.'));
    expect(events).toMatchObject({ 'Prayer service': ['ceremony', '2031-05-07'], 'Memorial mass': ['ceremony', '2031-05-04'], 'Three days of national mourning': ['ceremony', '2031-05-02'] });
  });

  it('"declared Friday a national day of mourning" is a ceremony on that Friday; mourning with no day is none', () => {
    expect(eventsOf(brief('The president declared Friday a national day of mourning.'))).toMatchObject({ 'National day of mourning': ['ceremony', '2031-05-02'] });
    expect(read(brief('The city is in mourning after the fire.')).events.filter((e) => /mourning/i.test(String(e.name)))).toEqual([]);
  });

  it('"voters are deciding on Sunday", written that Sunday, is a vote of that day', () => {
    expect(Object.values(eventsOf(brief('Voters are deciding on Sunday whether to change the constitution.'), '2031-05-11'))).toContainEqual(['announcement', '2031-05-11']);
  });
});

describe('measures of curfews, roadblocks and pedestrian streets', () => {
  const kinds = (text: string) => read(brief(text)).measures.map((m) => m.kind);

  it('a curfew is a ban; roadblocks where vehicles are searched are checks; a street made pedestrian-only is closed', () => {
    expect(kinds('A 6 p.m. to 6 a.m. curfew was imposed on three districts until Thursday.')).toEqual(['ban']);
    expect(kinds('Roadblocks were set up on the ring road, where every vehicle leaving the city was searched.')).toEqual(['inspection']);
    expect(kinds('Mill Street will be pedestrian-only from 9 a.m. on Saturday.')).toEqual(['closure']);
  });

  it('closing early or at midnight is no curfew, and roadblocks with no search are no check', () => {
    expect(kinds('Bars must close early on Friday.')).toEqual([]);
    expect(kinds('Protesters built roadblocks on the ring road.')).toEqual([]);
  });
});

describe('a protest told by a gathering with a demand', () => {
  it('"relatives gathered outside the prison on Monday morning demanding news" is a protest of that day', () => {
    const facts = read(brief('About 150 relatives of inmates gathered outside Eastby Prison on Monday morning demanding news of their sons.'));
    expect(facts.protests.map((p) => p.date)).toEqual(['2031-05-05']);
  });

  it('people who gathered to watch are no protest', () => {
    expect(read(brief('About 150 fans gathered outside the stadium on Monday to watch the team arrive.')).protests).toEqual([]);
  });
});

describe('parades and rehearsals of the state', () => {
  it('"the military parade marking Harbour Day on May 11" and "a final dress rehearsal" on Friday night are ceremonies of their days', () => {
    const events = eventsOf(brief('Central Lakeside will be shut on Friday night, when the army holds a final dress rehearsal, and again on Sunday for the military parade marking Harbour Day on May 11.'));
    expect(events).toMatchObject({ 'Harbour Day military parade': ['ceremony', '2031-05-11'], 'Final dress rehearsal': ['ceremony', '2031-05-09'] });
  });

  it('a carnival parade and rehearsals with no day are not read by these rules', () => {
    const names = read(brief('Rehearsals start soon. The carnival parade ground was empty.')).events.map((e) => e.name);
    expect(names.filter((n) => /rehearsal|military/i.test(String(n)))).toEqual([]);
  });
});

describe('who employs a person, and a promoter\'s brand', () => {
  it('"A steward employed by the private firm Harbour Guards, Ada Moen, told" is a steward who speaks', () => {
    const facts = read(brief('A steward employed by the private firm Harbour Guards, Ada Moen, told the inquiry that she had been ordered to lock the gates.'));
    expect(titlesOf(facts.people)['Ada Moen']?.[0]).toMatch(/^Steward/);
    expect(facts.statements[0]?.speaker_id).toBe('ada-moen');
  });

  it('"the organiser, Harbour Live, said" is a body, not a person', () => {
    const facts = read(brief('The concert had been sold as a 25,000-ticket event, the organiser, Harbour Live, said.'));
    expect(facts.people).toEqual([]);
    expect(facts.organizations.map((o) => o.name)).toContain('Harbour Live');
  });
});

describe('a port\'s measures', () => {
  it('a restricted area, a second screening line and airspace closed to drones', () => {
    const kinds = read(brief("The port's perimeter is a restricted area on Thursday. We are adding a second screening line at the terminal. The aviation department has declared the airspace over the port and the bay closed to drones from midnight.")).measures.map((m) => m.kind);
    expect(kinds.sort()).toEqual(['airspace_restriction', 'inspection', 'restricted_zone']);
  });
});

describe('a conference that speaks, and the settlements a curfew names', () => {
  it('"the Bishops Conference of Eastland said it would hold a service" is no event', () => {
    const facts = read(brief('The Catholic Bishops Conference of Eastland said it would hold a prayer service at the cathedral on Wednesday.'));
    expect(facts.events.map((e) => e.name)).toEqual(['Prayer service']);
  });

  it('"the settlements of Vika, Nine Mile and Moss" are three districts; "the settlements around the prison" none', () => {
    const places = (text: string) => read(brief(text)).places.filter((p) => p.kind === 'district').map((p) => p.name);
    expect(places('A curfew was imposed on the settlements of Vika, Nine Mile and Moss until Thursday.')).toEqual(['Vika', 'Nine Mile', 'Moss']);
    expect(places('A curfew was imposed on the settlements around the prison until Thursday.')).toEqual([]);
  });
});

describe('an incident word in quoted words', () => {
  it('"This is the third riot at Bergen in five years," he said: no incident', () => {
    expect(read(brief('"This is the third riot at Bergen in five years," the minister said.')).events).toEqual([]);
  });
});

describe('a second force counted with "more from" its name', () => {
  it('"…, with up to 600 more from the State Border Service" is that body\'s own count, hedge kept', () => {
    const facts = read(brief('The Ministry of Internal Affairs said about 2,500 police officers would be on duty on Sunday, with up to 600 more from the Harbour Border Service guarding the square.'));
    const border = facts.deployments.find((d) => d.organization_id === 'harbour-border-service');
    expect(border?.personnel).toEqual({ value: 600, qualifier: 'up_to' });
  });

  it('"with 600 more from the reserve" names no body: no count of its own', () => {
    const facts = read(brief('About 2,500 police officers will be on duty on Sunday, with 600 more from the reserve.'));
    expect(facts.deployments.map((d) => (d.personnel as { value: number }).value)).toEqual([2500]);
  });
});
