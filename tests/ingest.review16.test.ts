// Shapes the sixteenth review test met that ingest read wrong (issue 20), each read by a general rule, on short
// briefs of our own.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

type Row = Record<string, unknown>;
const titlesOf = (people: Row[]) => Object.fromEntries(people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]));

describe('"she said" right after an unnamed spokeswoman spoke', () => {
  it('goes on with the spokeswoman\'s body, even when a woman named before has spoken as "she"', () => {
    const facts = read(brief('"We are ready for the whole weekend of the fair," Mayor Ada Moen said. "The city is safe for every one of its visitors," she said. About 40 firefighters of the Harbour Rescue Agency will be at the pier, a spokeswoman for the agency said. The agency has been on alert since a fire on Monday, she said.'));
    const alert = facts.statements.find((s) => String(s.text).startsWith('The agency has been on alert'));
    expect(alert?.speaker_id).toBe('harbour-rescue-agency');
    expect(facts.statements.find((s) => String(s.text).startsWith('The city is safe'))?.speaker_id).toBe('ada-moen');
  });
});

describe('who directs a show', () => {
  it('"Fair Director" and "Artistic Director" are whole titles; "Director" alone stays a title', () => {
    const facts = read(brief('The fair will run until Sunday, Fair Director Ivo Lenz said. Artistic Director Ola Berg chose the films. Director Rita Lang agreed.'));
    const titles = titlesOf(facts.people);
    expect(titles['Ivo Lenz']).toEqual(['Fair Director']);
    expect(titles['Ola Berg']).toEqual(['Artistic Director']);
    expect(titles['Rita Lang']).toEqual(['Director']);
  });
});

describe('a body named an association', () => {
  it('is an association, not an agency', () => {
    const facts = read(brief('The Lakeside Booksellers\' Association said it would open on Friday. The Harbour Agency agreed.'));
    const kinds = Object.fromEntries(facts.organizations.map((o) => [o.name, o.kind]));
    expect(kinds["Lakeside Booksellers' Association"]).toBe('association');
    expect(kinds['Harbour Agency']).toBe('agency');
  });
});

describe('a gathering word after an article, in quoted words', () => {
  it('"A book fair is …" names no event; "the Lakeside book fair" does', () => {
    const facts = read(brief('"A book fair is the one place where everyone queues," the director said. Police will guard the Lakeside book fair on Friday.'));
    expect(facts.events.map((e) => e.name)).toEqual(['Lakeside book fair']);
  });
});

describe('where a harm happened, written after what it destroyed', () => {
  it('"a fire destroyed about 4,000 books at a warehouse in Bergen on Monday" is a fire in Bergen', () => {
    const facts = read(brief('The agency has been on alert since a fire destroyed about 4,000 books at a warehouse in Bergen on Monday, she said.'));
    const fire = facts.events.find((e) => e.kind === 'incident');
    expect(fire).toMatchObject({ name: 'Fire at Bergen', start: '2031-05-05', place_ids: ['bergen'] });
  });

  it('with no place after the count, the fire has none', () => {
    const facts = read(brief('A fire destroyed about 4,000 books on Monday, the agency said.'));
    expect(facts.events.find((e) => e.kind === 'incident')?.place_ids).toEqual([]);
  });
});

describe('a second measure of the same subject after "and"', () => {
  it('"The council will close <street> …, and has banned vendors …": the council runs the ban too', () => {
    const facts = read(brief('The Lakeside City Council will close Mill Street to traffic from 8 a.m. to 2 p.m. on Thursday, and has banned street vendors from Market Square until Sunday.'));
    const ban = facts.measures.find((m) => m.kind === 'ban');
    expect(ban?.operator_ids).toEqual(['lakeside-city-council']);
  });

  it('without the comma, the ban is its own clause: its square and its end, not the closure\'s street and day', () => {
    const facts = read(brief('The Lakeside City Council will close Mill Street to traffic from 8 a.m. to 2 p.m. on Thursday and has banned street vendors from Market Square until Sunday.'));
    const ban = facts.measures.find((m) => m.kind === 'ban');
    expect(ban).toMatchObject({ place_ids: ['market-square'], start: null, end: '2031-05-11', operator_ids: ['lakeside-city-council'] });
  });

  it('a clause with a subject of its own is not the body\'s: "…, and Mill Street will be closed"', () => {
    const facts = read(brief('The Harbour Aviation Agency has banned drones over the port from Wednesday until Sunday, and Mill Street will be closed to traffic on Saturday.'));
    const closure = facts.measures.find((m) => m.kind === 'closure');
    expect(closure?.operator_ids).toEqual([]);
  });
});

describe('watching a named place with cameras', () => {
  it('"will monitor Harbour Square with cameras" is a surveillance of that square by the subject', () => {
    const facts = read(brief('The Lakeside Police Directorate will monitor Market Square with cameras during the vigil, the mayor said.'));
    expect(facts.measures.find((m) => m.kind === 'surveillance')).toMatchObject({ name: 'Cameras', place_ids: ['market-square'], operator_ids: ['lakeside-police-directorate'] });
  });

  it('watching something with friends is none', () => {
    expect(read(brief('Fans will watch the final with friends in Market Square on Friday.')).measures).toEqual([]);
  });
});

describe('a gathering held for a cause, with no protest word', () => {
  it('"will hold a reading … in <square> on Thursday evening against <a cut>" is a protest of that day, place and target', () => {
    const facts = read(brief('The Lakeside Writers\' Union will hold a reading of about 200 writers in Market Square on Thursday evening against the cut to translation grants.'));
    expect(facts.protests).toHaveLength(1);
    expect(facts.protests[0]).toMatchObject({ date: '2031-05-08', place_ids: ['market-square'], organizer_ids: ['lakeside-writers-union'], target: 'the cut to translation grants' });
  });

  it('a concert with no cause, or against a backdrop, and a meeting to demand pay are none', () => {
    expect(read(brief('The orchestra will hold a concert in Market Square on Friday against the backdrop of the old harbour.')).protests).toEqual([]);
    expect(read(brief('The union will hold a meeting in Market Square on Friday to demand higher pay.')).protests).toEqual([]);
  });
});
