// What the forty-fourth review test (docs/review-first-use-43.md) found ingest proposing wrong or missing, each read by
// a general rule on briefs of our own: a venue named short after "the", the places of an event's description kept off a
// force's count, a rally's crowd as the subject of its verb and the event it is held during.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const GAMES = 'The Lakeside Police will put about 1,800 officers on duty across Lakeside for the Lakeside Judo Championships, a judo tournament that runs from Friday at the Lakeside Sports Palace.';

describe('a venue named short after "the" (rule place.venue)', () => {
  it('is the venue whose longer name ends with those words, before or after it', () => {
    for (const body of [`${GAMES} Officers will guard the Sports Palace and the hotels.`, `Officers will guard the Sports Palace and the hotels. ${GAMES}`]) {
      expect(read(brief(body)).places.map((p) => String(p.name)).filter((n) => /Palace/u.test(n))).toEqual(['Lakeside Sports Palace']);
    }
  });
  it('is a place of its own without "the" before it', () => {
    expect(read(brief('Fans met at Lakeside Sports Palace and at Mill Sports Palace on Friday.')).places.map((p) => p.name)).toEqual(expect.arrayContaining(['Lakeside Sports Palace', 'Mill Sports Palace']));
  });
});

describe('an event described after a comma (rule event.place-in-description)', () => {
  const facts = read(brief(GAMES));
  it('is held at the place its description gives', () => {
    expect(facts.events.find((e) => e.name === 'Lakeside Judo Championships')!.place_ids).toContain('lakeside-sports-palace');
  });
  it('keeps that place off the force counted for it', () => {
    expect(facts.deployments.map((d) => d.place_ids)).toEqual([['lakeside']]);
  });
});

describe('a rally told by its verb after a modal (rule protest.planned)', () => {
  const rally = (body: string) => read(brief(`The Lakeside Judo Championships open on Friday at the Lakeside Sports Palace. ${body}`)).protests[0]!;
  it('is as large as its subject\'s count, and coincides with the event named by its word after "during"', () => {
    expect(rally('About 1,500 miners will rally in Harbour Square on Saturday, during the tournament, the union said.')).toMatchObject({ size: { value: 1500, qualifier: 'approximately' }, coincides_with_event_id: 'lakeside-judo-championships' });
  });
  it('coincides with nothing when held apart from the event', () => {
    expect(rally('About 1,500 miners will rally in Harbour Square on Saturday, the union said.').coincides_with_event_id).toBeNull();
  });
});

describe('a count a verb says has entered (the event details pass\'s figures)', () => {
  it('is a figure of the event, whatever its noun, once', () => {
    const figures = (body: string) => read(brief(`The Lakeside Judo Championships open on Friday. ${body}`)).events[0]!.figures;
    expect(figures('Some 420 judoka have entered the tournament.')).toEqual([{ metric: 'judoka', value: 420, qualifier: 'approximately' }]);
    expect(figures('Some 4,000 runners have entered the tournament.')).toEqual([{ metric: 'runners', value: 4000, qualifier: 'approximately' }]);
  });
});

describe('a body named again by its head word after the words said (rule statement.body-by-head)', () => {
  it('is the one body of that word the sentence names, not one named before it', () => {
    const facts = read(brief('The State Security Service will post 90 officers at the stadium, its spokeswoman, Ada Moen, said. Nearly 70 rescuers of the Lakeside Rescue Service will stand by outside the stadium, the service said in a statement.'));
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['ada-moen', 'lakeside-rescue-service']);
  });
  it('is the one named before when the sentence names none', () => {
    const facts = read(brief('The Lakeside Rescue Service will bring ambulances. Nearly 70 rescuers will stand by outside the stadium, the service said.'));
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['lakeside-rescue-service']);
  });
});

describe('a body named again by its head word', () => {
  it('is the body of a title after its possessive ("The confederation\'s chairman, Ivo Lenz,")', () => {
    const facts = read(brief('Members of the Lakeside Trade Unions Confederation (LTUC) will rally on Saturday. The confederation\'s chairman, Ivo Lenz, said the rally would be peaceful.'));
    expect(facts.organizations.map((o) => [o.id, o.kind])).toEqual([['lakeside-trade-unions-confederation', 'union']]);
    expect((facts.people[0]!.roles as Array<{ organization_id: string | null }>)[0]!.organization_id).toBe('lakeside-trade-unions-confederation');
  });
  it('is the city\'s government that opens a clause as "The city", operating its measure', () => {
    const facts = read(brief('Lakeside City Hall will close Mill Avenue to cars on Friday, Mayor Ada Moen said. The city has also banned the sale of alcohol near the hall for the three days of the tournament, Moen said.'));
    expect(facts.measures.find((m) => m.kind === 'ban')!.operator_ids).toEqual(['lakeside-city-hall']);
  });
  it('is no body for "the city" when no government\'s name says city', () => {
    const facts = read(brief('The Lakeside Council will close Mill Avenue on Friday. The city has also banned the sale of alcohol near the hall, Mayor Ada Moen said.'));
    expect(facts.measures.find((m) => m.kind === 'ban')!.operator_ids).toEqual([]);
  });
});

describe('drones not allowed to fly over places (rule measure.airspace-restriction)', () => {
  const [zone] = read(brief('Drones will not be allowed to fly over the Lakeside Arena or Mill Park while the tournament lasts, the Civil Aviation Agency said on Monday.')).measures;
  it('covers the places named right after its words', () => {
    expect(zone!.place_ids).toEqual(['lakeside-arena', 'mill-park']);
  });
  it('is operated by no agency that only says so, an aviation body too (rule measure.announced-by: it may report another\'s ban)', () => {
    expect(zone!.operator_ids).toEqual([]);
  });
});
