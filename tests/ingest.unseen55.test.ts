// What blind round 55 found ingest missing (issue 20), each read by a general rule, on briefs of our own: a range
// whose days carry their weekdays, a vehicle that exploded, someone sworn in on the day that opens the sentence, an
// announcement made at a named place, a match headed by its sides, ground and day as a fixture list heads it; a
// Romance body opened by "Brigada", visiting supporters and tankers banned, a capitalised title after "outgoing".
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('a range whose days carry their weekdays', () => {
  it('dates a festival from its first to its last day ("from Friday, 9 to Sunday, 11 May")', () => {
    expect(eventsOf(brief('The Lakeside Lantern Festival is held from Friday, 9 to Sunday, 11 May.'))).toEqual({ 'Lakeside Lantern Festival': ['festival', '2031-05-09'] });
  });
});

describe('a vehicle that exploded (rule event.incident-act)', () => {
  it('is an incident of its day, what it carried between it and the verb', () => {
    expect(eventsOf(brief('At about 21:00 on Sunday, 4 May, a tanker carrying diesel overturned and exploded at the ring road junction.'))).toEqual({ 'Overturning of a tanker': ['incident', '2031-05-04'] });
  });
});

describe('someone sworn in (rule event.swearing-in)', () => {
  it('is an inauguration of the day that opens the sentence', () => {
    expect(eventsOf(brief('On Friday, 2 May, Ada Moen was sworn in as Governor of Lakeside at the old palace.'))).toEqual({ 'Inauguration of Ada Moen as Governor': ['ceremony', '2031-05-02'] });
  });
  it('is none without a day', () => {
    expect(eventsOf(brief('Ada Moen was sworn in as Governor of Lakeside in 2029.'))).toEqual({});
  });
});

describe('an announcement at a named place (rule event.announced-at)', () => {
  it('is an announcement of the day that opens the sentence', () => {
    const text = brief('On Monday, 5 May, the Prime Minister, Ada Moen, and the harbour master, Ivo Lenz, announced at Harbour House that a new bridge will be built.');
    expect(eventsOf(text)).toEqual({ 'Announcement at Harbour House': ['announcement', '2031-05-05'] });
  });
  it('is none at a place in lower case, or with no day opening the sentence', () => {
    expect(eventsOf(brief('On Monday, 5 May, the minister announced at a news conference that a new bridge will be built.'))).toEqual({});
    expect(eventsOf(brief('The minister announced at Harbour House on Monday that a new bridge will be built.'))).toEqual({});
  });
});

describe('a match headed by its sides, ground and day (rule event.fixture)', () => {
  const page = (heading: string) => `LAKESIDE BETS | SETTLEMENT NOTICE\n${heading}\nNotice 12 | issued Tuesday, 6 May 2031\n\nThe match was abandoned after 61 minutes. The league will decide on Thursday, 8 May whether the match is replayed.\n`;
  it('is the match of the heading\'s day, its sides\' names whole', () => {
    expect(eventsOf(page('Olympique de Lakeside v Northby United, City Stadium, Lakeside, Sunday, 4 May 2031'))).toEqual({ 'Olympique de Lakeside v Northby United': ['games', '2031-05-04'] });
  });
  it('is none in a heading with no day', () => {
    expect(eventsOf(page('Olympique de Lakeside v Northby United: what we pay out'))).toEqual({});
  });
});

describe('bodies, bans and titles', () => {
  it('"Brigada Militar" is a force named in its language (rule organization.local-language-body)', () => {
    const facts = read(brief('The Brigada Militar said about 1,600 officers were on duty in the old town.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Brigada Militar', 'police_force']]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['brigada-militar']);
  });
  it('visiting supporters and fuel tankers banned from an area are bans; fans banned for life are none', () => {
    const kinds = (body: string) => read(brief(body)).measures.map((m) => [m.name, m.kind]);
    expect(kinds('The prefect had banned visiting supporters from the city centre on Sunday.')).toEqual([['Visiting supporters banned', 'ban']]);
    expect(kinds('Fuel tankers are banned from the ring road between 6 am and 8 pm.')).toEqual([['Fuel tankers banned', 'ban']]);
    expect(kinds('Three fans were banned from the stadium for life.')).toEqual([]);
  });
  it('"the outgoing Governor, Ada Moen," is a person of that title (rule person.title-first)', () => {
    expect(read(brief('Ivo Lenz received the sash from the outgoing Governor, Ada Moen.')).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Ada Moen', 'Outgoing Governor']]);
  });
});

describe('venues named by a barracks or a French park (rule place.venue)', () => {
  it('are venues', () => {
    const places = (body: string) => read(brief(body)).places.filter((p) => p.name !== 'Lakeside').map((p) => [p.name, p.kind]);
    expect(places('Police closed the road to Harbour Barracks on Tuesday.')).toEqual([['Harbour Barracks', 'venue']]);
    expect(places('The return match is at the Parc des Lacs in June.')).toEqual([['Parc des Lacs', 'venue']]);
  });
});

describe('a protest told by its verb, dated by what its sentence ties it to', () => {
  const protestsOf = (text: string) => read(text).protests.map((p) => [p.date, p.derived]);
  it('"on Saturday, 3 May, when traders marched …" is a march of that day (rule protest.day-when)', () => {
    expect(protestsOf(brief('Some flights were late on Saturday, 3 May, when traders marched from the market to the town hall against the new fees.'))).toEqual([['2031-05-03', true]]);
  });
  it('"Before the match, fans marched …" is a march of the match\'s day (rule protest.event-timed)', () => {
    const text = 'LAKESIDE BETS | NOTICE\nLakeside Rovers v Northby United, City Stadium, Lakeside, Sunday, 4 May 2031\n\nThe match was abandoned after 61 minutes.\n\nBefore the match, home supporters marched from the harbour to the stadium against higher ticket prices.\n';
    expect(protestsOf(text)).toEqual([['2031-05-04', true]]);
  });
  it('is none before a match of no day', () => {
    expect(protestsOf(brief('Before the match, home supporters marched from the harbour to the stadium against higher ticket prices.'))).toEqual([]);
  });
});

describe('people and what they said', () => {
  it('"the Secretary of Defense, Ada Moen," is a person of a department\'s portfolio', () => {
    expect(read(brief('The Secretary of Defense, Ada Moen, said the wharf would be built.')).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Ada Moen', 'Secretary of Defense']]);
  });
  it('an office\'s words before a titled name are no person, and a graded title "of Police" no body', () => {
    const facts = read(brief('The Police Public Relations Officer, Deputy Superintendent of Police Ada Moen, said on Monday that four men had been arrested.'));
    expect(facts.people.map((p) => p.name)).toEqual(['Ada Moen']);
    expect(facts.organizations).toEqual([]);
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([['ada-moen', 'Four men had been arrested.']]);
  });
  it('"told us last night" says when it was said: the clause opens after it', () => {
    const facts = read(brief('The Harbour Workers\' Union marched to the square. The union told us last night it has no plan for another stoppage.'));
    expect(facts.statements.map((s) => s.text)).toEqual(['It has no plan for another stoppage.']);
  });
});

describe('two speakers in one sentence ("…, and the Tourist Police said …")', () => {
  it('are two statements, each with its own words', () => {
    const facts = read(brief('The Lakeside Police said about 2,500 officers were on duty, and the Harbour Police said more than 200 of their officers were patrolling the quays.'));
    expect(facts.statements.map((s) => [s.speaker_id, s.text])).toEqual([
      ['lakeside-police', 'About 2,500 officers were on duty.'],
      ['harbour-police', 'More than 200 of their officers were patrolling the quays.'],
    ]);
  });
});
