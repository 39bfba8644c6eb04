// What blind round 59 and the forty-sixth review test found ingest reading wrong or missing (issue 20), each read by
// a general rule, on briefs of our own: a general directorate named in the French and Spanish order.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('an office named with "General" after its head word (rule organization.head-word)', () => {
  it('is a body when what it is of follows, and speaks', () => {
    const facts = read(brief('Drone flights over the marina will be banned on both days, the Directorate General of Civil Aviation said.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Directorate General of Civil Aviation', 'agency']]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['directorate-general-of-civil-aviation']);
    expect(read(brief('The Consulate General of Ruritania will close on Friday.')).organizations.map((o) => o.name)).toEqual(['Consulate General of Ruritania']);
  });
  it('is none without what it is of, nor after a head word that names no office', () => {
    expect(read(brief('The Directorate General will meet on Friday.')).organizations).toEqual([]);
    expect(read(brief('Harbour Police General Ada Moen spoke on Friday.')).organizations.map((o) => o.name)).not.toContain('Harbour Police General');
  });
});

describe('a festival whose name opens with a place the article names', () => {
  it('is held there', () => {
    const [festival] = read(brief('Police will send 300 officers to Bergen for the Bergen Harbour Carnival, whose parade will wind through the city on Saturday.')).events;
    expect(festival).toMatchObject({ name: 'Bergen Harbour Carnival', place_ids: ['bergen'] });
  });
  it('is held nowhere the name does not open with', () => {
    const [festival] = read(brief('The Harbour Lights Festival opens on Saturday, two hours from Bergen.')).events;
    expect(festival).toMatchObject({ name: 'Harbour Lights Festival', place_ids: [] });
  });
});

describe('a protest told by sitting down or standing with placards (rule protest.told-by-verb)', () => {
  it('is a sit-in when a group sits down on a place to demand something, however far the demand', () => {
    const [sitIn] = read(brief('Yesterday afternoon the stall owners sat down on the tram lines at the corner of Harbour Street, their burnt stock laid out on the road in front of them, to demand the money in writing.')).protests;
    expect(sitIn).toMatchObject({ date: '2031-05-05', target: 'the money in writing', derived: true });
    expect(sitIn!.name).toMatch(/^Sit-in/);
  });
  it('is a protest when a group stands with placards against something', () => {
    expect(read(brief('On Saturday morning a group stood outside the north gate with placards against the new fees.')).protests.map((p) => [p.date, p.target])).toEqual([['2031-05-03', 'the new fees']]);
  });
  it('is none for sitting down to talk, or standing against a plan', () => {
    expect(read(brief('The minister sat down on Monday to talk about the fees against the advice of her staff.')).protests).toEqual([]);
    expect(read(brief('The minister stood against the plan on Monday.')).protests).toEqual([]);
  });
});

describe('a body named in German, its head word first (rule organization.local-language-body)', () => {
  it('is a police body that counts its officers', () => {
    const facts = read(brief('The Polizeidirektion Lakeside says about 1,900 officers are on duty for the summit.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Polizeidirektion Lakeside', 'police_force']]);
    expect(facts.deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value])).toEqual([['polizeidirektion-lakeside', 1900]]);
  });
});

describe('the officer who presides over a legislature or a board', () => {
  it('is a person titled Speaker or Chair, of the body named after the title', () => {
    const [speaker] = read(brief('The Speaker of the Harbour Assembly, Ada Moen, met the President on the steps.')).people;
    expect(speaker).toMatchObject({ name: 'Ada Moen', roles: [{ title: 'Speaker of the Harbour Assembly', organization_id: 'harbour-assembly' }] });
    expect(read(brief('Chairwoman Ida Lund said the session was over.')).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Ida Lund', 'Chairwoman']]);
  });
  it('is nobody in "Speaker after speaker"', () => {
    expect(read(brief('Speaker after speaker said the session was over.')).people).toEqual([]);
  });
});

describe('a street named by its number (rule place.venue)', () => {
  it('is a street, maybe after its district\'s letters or before its quadrant', () => {
    const names = read(brief('104 Avenue was closed between 101 Street and 104 Street, and KG 2 Avenue and 69 Avenue SE stay shut until Friday.')).places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['104 Avenue', '101 Street', '104 Street', 'KG 2 Avenue', '69 Avenue SE']));
  });
  it('is none when the number is a house number before the street\'s own name', () => {
    expect(read(brief('The embassy at 5 Avenue Foch will close on Friday.')).places.map((p) => p.name)).not.toContain('5 Avenue');
  });
});

describe('a body\'s gathering told in lower case before its name (rule event.gathering-of-body)', () => {
  it('is a summit of that body, dated by its opening day, not by another year\'s edition', () => {
    const text = brief('The annual summit of the Harbour Transport Forum (HTF) opened on Wednesday, 7 May, and closes on Friday. The 2032 summit will be held from 4 to 6 May, the HTF said.');
    expect(eventsOf(text)).toEqual({ 'Summit of the Harbour Transport Forum': ['summit', '2031-05-07'] });
  });
  it('is none where the words name no body', () => {
    expect(read(brief('The summit of the Lakeside Hill is closed on Monday.')).events).toEqual([]);
  });
});

describe('a festival named in one word closed by "fest"', () => {
  it('is a festival, its days read past a feast\'s name before a weekday', () => {
    const text = brief('Lakeside Bluesfest ran from Thursday, 1 May to Easter Monday, 5 May, at the farm north of the town.');
    expect(eventsOf(text)).toEqual({ 'Lakeside Bluesfest': ['festival', '2031-05-01'] });
    const [festival] = read(text).events;
    expect(festival).toMatchObject({ end: '2031-05-05', note: expect.stringContaining("'Thursday, 1 May to Easter Monday, 5 May'") });
  });
  it('is none in "Manifest"', () => {
    expect(read(brief('Manifest Destiny was a phrase of the 1840s.')).events).toEqual([]);
  });
});

describe('a day of saying written "in a statement on Monday" (rule date.day-of-saying)', () => {
  it('dates the statement back, and not the measure it announces', () => {
    const facts = read(brief('Flares will be banned inside the arena, the Ministry of Sport said in a statement on Monday.'));
    expect(facts.statements.map((s) => s.date)).toEqual(['2031-05-05']);
    expect(facts.measures.map((m) => m.start)).toEqual([null]);
  });
});

describe('a surname of two words that speaks', () => {
  it('is the person it closes, named before', () => {
    const facts = read(brief('Federation president Mourad Ben Salah said the hall was full.\n\n"We have waited eight years," Ben Salah told reporters.'));
    expect(facts.people.map((p) => p.name)).toEqual(['Mourad Ben Salah']);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['mourad-ben-salah', 'mourad-ben-salah']);
  });
});

describe('an event\'s place named in a clause after its name (rule event.place-after-name)', () => {
  it('is the place after the clause\'s first "at" or "in", not a side named before it', () => {
    const facts = read(brief('Police will send 900 officers for the final of the Harbour Cup, which Lakeside will play against Norway at the Harbour Stadium on Saturday.'));
    expect(facts.events.map((e) => [e.name, e.place_ids])).toEqual([['Final of the Harbour Cup', ['harbour-stadium']]]);
  });
  it('is none in a clause telling who announced it', () => {
    const facts = read(brief('The Harbour Cup, which the mayor announced in Lakeside, starts on Saturday.'));
    expect(facts.events.map((e) => e.place_ids)).toEqual([[]]);
  });
});

describe('a count of a body named right after its number ("about 40 Harbour Sheriffs")', () => {
  it('is that body\'s, and no other count of the sentence is', () => {
    const facts = read(brief('Superintendent Ada Moen said more than 300 officers had been on duty across the plaza, backed by about 40 Harbour Sheriffs.'));
    expect(facts.deployments.map((d) => [d.organization_id, (d.personnel as { value: number }).value])).toEqual([[':generic-force:Officers', 300], ['harbour-sheriffs', 40]]);
  });
  it('reads the Dutch military police as a force', () => {
    const facts = read(brief('They will be helped by 60 officers of the Royal Netherlands Marechaussee at the station.'));
    expect(facts.deployments.map((d) => d.organization_id)).toEqual(['royal-netherlands-marechaussee']);
  });
});

describe('a player named after the position they play (rule person.lowercase-title)', () => {
  it('is a person titled by the position', () => {
    const facts = read(brief('Harbour won 2-1, and goaltender Ilya Petrov stopped 38 of 40 shots while striker Ada Moen scored twice.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Ilya Petrov', 'Goaltender'], ['Ada Moen', 'Striker']]);
  });
});

describe('a side\'s count of a crowd in three words ("said 60,000 had marched")', () => {
  it('is a statement, as a figure is no fragment', () => {
    const facts = read(brief('The Harbour Students Federation (HSF) called the march. The HSF said on its website that 60,000 had marched.'));
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([['harbour-students-federation', '60,000 had marched.']]);
  });
  it('is none for three words without a figure', () => {
    expect(read(brief('The Harbour Students Federation said it had marched.')).statements).toEqual([]);
  });
});

describe('an office whose city is set off by commas before the name (rule person.title-first)', () => {
  it('is the person\'s title, and the person speaks', () => {
    const facts = read(brief('The Commissioner of Police, Lakeside, Ada Moen, said about 400 officers had been at the site since Tuesday.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]!.title])).toEqual([['Ada Moen', 'Commissioner of Police']]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['ada-moen']);
  });
  it('takes no first name for a city', () => {
    expect(read(brief('The Mayor of Lakeside, Ada Moen, said the pier was safe.')).people.map((p) => p.name)).toEqual(['Ada Moen']);
  });
});

describe('a guard of honour or a bearer party (rule deployment.count)', () => {
  it('is part of a ceremony, no deployment', () => {
    expect(read(brief('About 500 members of the Harbour Defence Force (HDF) lined the street as the guard of honour.')).deployments).toEqual([]);
    expect(read(brief('The Harbour Army provided the bearer party and a guard of honour of 100 members.')).deployments).toEqual([]);
  });
  it('leaves soldiers who guard the street a deployment', () => {
    expect(read(brief('About 500 soldiers guarded the street.')).deployments.map((d) => (d.personnel as { value: number }).value)).toEqual([500]);
  });
});
