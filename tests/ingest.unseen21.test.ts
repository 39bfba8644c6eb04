// Rules written after blind round 21 was read (issue 20), each a general shape with sentences written for this
// test: bodies named by who speaks for them; a campaign's name opened by a verb and "the"; a court closes no
// person's name; ranks alone and an age before a lowercase title; people counted as harmed or as protesters are
// no force; a body correcting its count "on Monday"; a part of a count placed after ", including" or "and N of those"; an interview's answer to "How many officers"; acts done in protest, a counter-protest of its own, a
// protest named by its day's possessive; two sources' counts of one crowd told apart from it; private drones banned, viewing areas with a capacity, a ban named again;
// an event held on a fixed day of the calendar; an edition named by the year a comparison or a run counts from.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const facts = (body: string) => read(brief(body));
const orgs = (body: string) => facts(body).organizations.map((o) => String(o.name));
const people = (body: string) => facts(body).people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]);
const deployed = (body: string) => facts(body).deployments.map((d) => [d.organization_id, (d.personnel as { value: number | null }).value]);

describe('bodies named by who speaks for them', () => {
  it('a body after "a spokesman for", whatever its last word, and none for a place or an acronym', () => {
    expect(orgs('"The gates open at six," said Ivo Lenz, a spokesman for the Royal Stables.')).toContain('Royal Stables');
    expect(orgs('A spokeswoman for Harbour Lines said the ferries would run.')).toContain('Harbour Lines');
    expect(orgs('A spokesman for Oslo said the ferries would run.')).toEqual([]);
  });

  it('a country\'s carrier or operator that speaks, and no person, title or event named after the country', () => {
    expect(orgs('Norway Airlines said 140 passengers had been rebooked.')).toContain('Norway Airlines');
    expect(orgs('Denmark Rail said in a statement that two stations would close.')).toContain('Denmark Rail');
    expect(orgs('Norway Mayor Ada Moen said the square was full.')).toEqual([]);
    expect(orgs('The Norway Grand Prix said 40,000 tickets were sold.')).toEqual([]);
  });

  it('a campaign named by a verb and "the", and a day before "the" no part of a name', () => {
    expect(orgs('The Save the Fjord Alliance organised the march.')).toContain('Save the Fjord Alliance');
    expect(orgs('On Monday the Harbour Coalition said it would march.')).toEqual(['Harbour Coalition']);
  });
});

describe('people', () => {
  it('no person from a court\'s name after a title', () => {
    expect(people('Of the 40 arrested, 31 appeared before the Lakeside Chief Magistrates Court on Tuesday.')).toEqual([]);
  });

  it('a rank alone is a title, after the longer titles it opens; a role before the rank or after the name a title too, before the rank', () => {
    expect(people('Brigadier Omar Haddad told reporters the gates would open at six.')).toEqual([['Omar Haddad', ['Brigadier']]]);
    expect(people('Inspector General Ada Moen told reporters the gates would open at six.')).toEqual([['Ada Moen', ['Inspector General']]]);
    expect(people('Police spokeswoman Captain Rita Lang said the gates would open at six.')).toEqual([['Rita Lang', ['Police spokeswoman', 'Captain']]]);
    expect(people('Sergeant Ivo Lenz, a harbour police spokesman, said the gates would open at six.')).toEqual([['Ivo Lenz', ['Harbour police spokesman', 'Sergeant']]]);
  });

  it('a name after "spoke to" keeps the role set off after it; a town after "travelled to" is no person', () => {
    expect(people('Wire spoke to Colonel Peter Lenz, spokesman of the Harbour Police, about the fair.')).toEqual([['Peter Lenz', ['Spokesman of the Harbour Police', 'Colonel']]]);
    expect(people('The delegates travelled to Port Lune, the capital of the island, on Monday.')).toEqual([]);
  });

  it('an age before a lowercase title describes the person, not the office', () => {
    expect(people('Maria Lind, a 23-year-old coordinator of the group, was carried off the road.')).toEqual([['Maria Lind', ['Coordinator']]]);
  });
});

describe('counts that are no force', () => {
  it('people treated for injuries or counted as protesters', () => {
    expect(deployed('The Harbour Coalition said 27 of its members had been treated for injuries.')).toEqual([]);
    expect(deployed('Nine people were injured, according to police: six protesters and three officers.')).toEqual([]);
  });

  it('a part of a count its own sentence places after ", including", and no part sent by another body', () => {
    expect(deployed('The Harbour Police said 9,000 officers were on duty across the city, including 1,200 at the checkpoints into the old town.'))
      .toEqual([['harbour-police', 9000], ['harbour-police', 1200]]);
    expect(facts('The Harbour Police said 9,000 officers were on duty across the city, including 1,200 at the checkpoints into the old town.').deployments[1]?.part_of_id).toBeTruthy();
    expect(deployed('About 3,000 officers of the Harbour Police will be on duty, including 300 sent by the army.')).toEqual([['harbour-police', 3000]]);
  });

  it('an interview answer opening with a number counts the force asked about, of the body the answering person speaks for', () => {
    const interview = 'Police plan for the week\n\nLAKESIDE, May 6 (Wire) - Colonel Peter Lenz, spokesman of the Harbour Police, answered questions from reporters on Monday.\n\nQ: How many officers will be on duty on Saturday?\n\nLENZ: About 4,000 across the city, and some 900 of them at the fairground.\n\nQ: Will the roads close?\n\nLENZ: About 12 of them, from noon.\n';
    const deployments = read(interview).deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value, d.part_of_id !== null]);
    expect(deployments).toEqual([['harbour-police', 4000, false], ['harbour-police', 900, true]]);
  });

  it('no count from an answer whose speaker names no body', () => {
    const interview = 'Police plan for the week\n\nLAKESIDE, May 6 (Wire) - Wire spoke to Ivo Lenz about the fair.\n\nQ: How many officers will be on duty on Saturday?\n\nLENZ: About 4,000 across the city.\n';
    expect(read(interview).deployments).toEqual([]);
  });

  it('a body correcting its count on a named day', () => {
    expect(deployed('The Harbour Police Service also corrected the number of officers on duty on Monday to 1,380 from "some 1,000".'))
      .toEqual([['harbour-police-service', 1380]]);
  });
});

describe('protests', () => {
  const protests = (body: string) => facts(body).protests.map((p) => [p.name, p.date]);

  it('an act done in protest on a stated day, and a counter-protest a protest of its own on the day it answers', () => {
    expect(protests('Hundreds of students sat down across the ring road on Monday in protest against the new tolls. About 300 drivers sounded their horns for an hour in a counter-protest.'))
      .toEqual([['Sit-in on 2031-05-05', '2031-05-05'], ['Counter-protest on 2031-05-05', '2031-05-05']]);
  });

  it('two sources\' counts of one crowd are a disputed pair: told before the size, or in a sentence of their own in a story of one protest', () => {
    const claims = (body: string) => facts(body).claims.map((c) => [c.value, (c.disputed_by as string[]).length > 0]);
    expect(claims('Hundreds of students sat down across the ring road on Monday in protest against the tolls. Police put the number of protesters at about 600. The Harbour Coalition, which called the protest, said more than 2,500 people had joined it.'))
      .toEqual([['approximately 600', false], ['more than 2500', true]]);
    expect(claims('Hundreds of students sat down across the ring road on Monday in protest against the tolls. The Harbour Coalition organised it. Police stood by their crowd estimate of about 600 protesters; the coalition repeated its figure of more than 2,500.'))
      .toEqual([['approximately 600', false], ['more than 2500', true]]);
  });

  it('no protest from someone resigning in protest', () => {
    expect(protests('The transport minister resigned in protest at the decision on Monday.')).toEqual([]);
  });

  it('a protest named by its day\'s possessive, held on that day', () => {
    expect(protests('A magistrate charged 40 students on Tuesday over Monday\'s blockade of the ring road.').map(([, date]) => date)).toEqual(['2031-05-05']);
    expect(protests('Monday\'s match was sold out.')).toEqual([]);
  });
});

describe('measures', () => {
  const measures = (body: string) => facts(body).measures.map((m) => [m.kind, m.citations.length]);

  it('private drones banned over an area are an airspace restriction', () => {
    expect(measures('The aviation authority has banned private drones over the bay and the old port from 6 p.m. on Friday.')).toEqual([['airspace_restriction', 1]]);
  });

  it('viewing areas with a capacity are a fan zone, viewing areas named by a ban are not', () => {
    expect(measures('Three viewing areas, at the castle park and on the seafront, can hold 90,000 people between them.')).toEqual([['fan_zone', 1]]);
    expect(measures('Flags and banners are banned in the viewing areas.')).toEqual([['ban', 1]]);
  });

  it('"the ban on flares" after flares were banned is that ban again', () => {
    expect(measures('Flares are banned at the circuit this year. The ban on flares is new, the organisers said.')).toEqual([['ban', 2]]);
  });
});

describe('events', () => {
  const events = (body: string, published?: string) => read(brief(body), published).events.map((e) => [String(e.name), e.start, e.derived === true]);

  it('an event held on a fixed day of the calendar falls on it, whatever weekday another clause names; its last edition too', () => {
    const text = "Crowds for the fireworks\n\nLAKESIDE, Dec 31 (Wire) - Police expect 300,000 people on the seafront for New Year's Eve, the chief told reporters on Tuesday. Last year's celebration drew 250,000.\n";
    expect(read(text, '2031-12-31').events.map((e) => [String(e.name), e.start, e.derived === true]))
      .toEqual([["New Year's Eve", '2031-12-31', true], ["2030 New Year's Eve", '2030-12-31', true]]);
  });

  it('an edition named by the year a comparison or a run counts from, and no edition from a year that counts nothing held', () => {
    expect(events("The king was crowned on Monday in the country's first coronation since 1998.")).toContainEqual(['Coronation of 1998', '1998', false]);
    expect(events('About 90,000 people will watch the Lakeside Grand Prix on Sunday. The Lakeside Grand Prix has been held at Eastby since 2004.'))
      .toContainEqual(['2004 Lakeside Grand Prix', '2004', false]);
    expect(events('The harbour circuit has been closed since 2004.')).toEqual([]);
  });
});
