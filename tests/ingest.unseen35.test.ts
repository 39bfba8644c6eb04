// What ingest read wrong in blind round 35 (issue 20), read by a general rule, on briefs of our own: titles in
// lower case after a body's acronym and before a name that does more than speak, portfolios of several parts, and
// a police rank written after the force.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

const titled = (body: string) => read(brief(body)).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title]);

describe('people: titles in lower case', () => {
  it('reads an arbiter, a representative and a general secretary as titles', () => {
    expect(titled('Phones are banned in the hall, HCF chief arbiter Lena Vass said.')).toEqual([['Lena Vass', 'HCF chief arbiter']]);
    expect(titled('Vendor representative Ivo Lenz said stallholders had less than a week.')).toEqual([['Ivo Lenz', 'Vendor representative']]);
  });

  it('reads a titled name before "as", a present-tense verb or "MP"', () => {
    expect(titled('"We are here," said HGA general secretary Ada Moen as the convoy stopped.')).toEqual([['Ada Moen', 'HGA general secretary']]);
    expect(titled('Student council president Ola Berg joins from inside the building.')).toEqual([['Ola Berg', 'Student council president']]);
  });
});

describe('people: titles of office', () => {
  it('reads a minister of a portfolio of several parts, maybe after "the"', () => {
    expect(titled('Minister of Lands and Agriculture Ada Moen said she would meet the growers.')).toEqual([['Ada Moen', 'Minister of Lands and Agriculture']]);
    expect(titled('Minister of Culture, Youth and Sport Ivo Lenz will start the race.')).toEqual([['Ivo Lenz', 'Minister of Culture, Youth and Sport']]);
    expect(titled('Minister of the Maritime Economy Ola Berg said the port would reopen.')).toEqual([['Ola Berg', 'Minister of the Maritime Economy']]);
  });

  it('keeps a police rank whole after the force: "Police Chief Inspector Ada Moen"', () => {
    expect(titled('Police Chief Inspector Ada Moen said about 180 officers would be on duty.')).toEqual([['Ada Moen', 'Police Chief Inspector']]);
  });
});

describe('events: editions, shows and a head word alone', () => {
  const events = (body: string) => read(brief(body)).events.map((e) => [e.name, e.kind]);

  it('reads an olympiad, a tour of a country and a show as events', () => {
    expect(events('The 45th Chess Olympiad begins on Saturday.')).toEqual([['Chess Olympiad', 'games']]);
    expect(events('Riders will start the 12th Tour of Lakeland on Thursday.')).toEqual([['Tour of Lakeland', 'games']]);
    expect(events('Officers will guard the Lakeside Air Show on Saturday.')).toEqual([['Lakeside Air Show', 'festival']]);
  });

  it('reads no event from a head word opening a sentence: "Games start at 3 p.m."', () => {
    expect(events('Games start at 3 p.m. each day. Festival goers queued.')).toEqual([]);
  });
});

describe('bodies of titles and kinds of groups', () => {
  it('gives a police commissioner the article\'s one police force', () => {
    const facts = read(brief('Police Commissioner Ada Moen said roads would close. About 2,200 officers of the Lakeside Police will be on duty.'));
    expect((facts.people[0]!.roles as Array<{ organization_id: string }>)[0]!.organization_id).toBe(facts.organizations.find((o) => o.name === 'Lakeside Police')!.id);
  });

  it('reads a climate group as an association, any other group as political', () => {
    const kinds = (body: string) => read(brief(body)).organizations.map((o) => [o.name, o.kind]);
    expect(kinds('Clean Skies Lakeside, a climate group, plans a march on Saturday.')).toEqual([['Clean Skies Lakeside', 'association']]);
    expect(kinds('Lakeside Forward, a youth group, plans a march on Saturday.')).toEqual([['Lakeside Forward', 'political_group']]);
  });
});
