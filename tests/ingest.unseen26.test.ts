// Shapes of unseen news read by general rules (issue 20, after blind round 26's first score), each on short
// briefs of our own, never a blind article's words.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

type Row = Record<string, unknown>;
const measuresOf = (rows: Row[]) => rows.map((m) => [m.name, m.kind]);

describe('a body\'s long name and what it says', () => {
  it('"The Harbour Pilot and Port Authority Office" is one body of six words, and "the office said" is its statement', () => {
    const facts = read(brief('The Lakeside Harbour Pilot and Port Authority Office has declared a zone around the pier. Ferries will sail only in the afternoon until Sunday, the office said.'));
    expect(facts.organizations.map((o) => o.name)).toEqual(['Lakeside Harbour Pilot and Port Authority Office']);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['lakeside-harbour-pilot-and-port-authority-office']);
  });

  it('"Chief Inspector Ada Moen of Harbour Police" stays a person of a body; "the General Directorate of Civil Defence" a body', () => {
    const facts = read(brief('"We are ready," said Chief Inspector Ada Moen of Lakeside Regional Police. About 90 firefighters of the General Directorate of Civil Defence will be on duty.'));
    expect(facts.people.map((p) => p.name)).toEqual(['Ada Moen']);
    expect(facts.organizations.map((o) => o.name).sort()).toEqual(['General Directorate of Civil Defence', 'Lakeside Regional Police']);
  });
});

describe('a minister of a portfolio of two parts', () => {
  it('"the Minister for National Food Security and Research, Ada Moen," is Ada Moen with the whole title, no person "Food Security"', () => {
    const facts = read(brief('In parliament, the Minister for National Food Security and Research, Ada Moen, said prices would be set within ten days.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)])).toEqual([['Ada Moen', ['Minister for National Food Security and Research']]]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['ada-moen']);
  });

  it('a name after a title and before "and" another title stays a name when it opens with a first name', () => {
    const facts = read(brief('Transport Minister Ola Berg and Mayor Rita Lang opened the bridge on Friday.'));
    expect(facts.people.map((p) => p.name)).toEqual(['Ola Berg', 'Rita Lang']);
  });
});

describe('measures at an airport, at sea and at checkpoints', () => {
  it('an airport closed to all flights is a closure; "no one will be allowed within" a zone; a maritime exclusion zone stays a zone at sea', () => {
    const facts = read(brief('The port office has declared a maritime exclusion zone with a radius of 25 nautical miles around the pad, under the rocket\'s flight path. '
      + 'Harbour Airport will be closed to all flights during those hours. Visitors will pass through police checkpoints, and no one will be allowed within eight kilometres of the pad.'));
    expect(measuresOf(facts.measures)).toEqual([
      ['Exclusion zone', 'restricted_zone'],
      ['No one allowed within eight kilometres of the pad', 'restricted_zone'],
      ['Harbour Airport closed to all flights', 'closure'],
      ['Police checkpoints', 'inspection'],
    ]);
  });

  it('an exclusion zone closed to drones and aircraft is an airspace restriction', () => {
    const facts = read(brief('An exclusion zone closed to drones and light aircraft will cover the bay on Saturday.'));
    expect(measuresOf(facts.measures)).toEqual([['Exclusion zone', 'airspace_restriction']]);
  });
});

describe('two countries\' sides that play on a day', () => {
  it('"Northland play Southland in Eastby on Friday" is a match "Northland v Southland" on that day, in that city', () => {
    const text = brief('The Nordic Handball Championship opens on Thursday. Norway play Denmark in Bergen on Friday, and Sweden face Finland on Monday.');
    expect(eventsOf(text)).toMatchObject({ 'Norway v Denmark': ['games', '2031-05-09'], 'Sweden v Finland': ['games', '2031-05-12'] });
    expect(read(text).events.find((e) => e.name === 'Norway v Denmark')?.place_ids).toEqual(['bergen']);
  });

  it('sides that are no countries, a clause with no day, or a match named after its sides make no such match', () => {
    const text = brief('The ministers meet their Danish counterparts on Friday. Norway play Denmark often. On Saturday, Sweden play Finland in a World Cup qualifier at the Harbour Stadium.');
    const names = Object.keys(eventsOf(text));
    expect(names).not.toContain('Norway v Denmark');
    expect(names).not.toContain('Sweden v Finland');
  });
});

describe('a vehicle that crashed, overturned or sank on a day', () => {
  it('"cancelled on Sunday after a display plane crashed into a field on Saturday afternoon" is a crash on the Saturday', () => {
    const facts = read(brief('The second day of the Lakeside Air Show was cancelled on Sunday after a single-engine display plane crashed into a cotton field on Saturday afternoon, killing its pilot.'), '2031-05-11');
    const crash = facts.events.find((e) => e.kind === 'incident');
    expect([crash?.name, crash?.start]).toEqual(['Crash of a single-engine display plane into a cotton field', '2031-05-10']);
  });

  it('a crash to come or with no day is no incident; a bus that overturned on Friday is one', () => {
    const later = read(brief('Organisers fear a plane crashed into the crowd would end the show. A bus overturned near the bridge on Friday.'), '2031-05-11');
    expect(later.events.filter((e) => e.kind === 'incident').map((e) => [e.name, e.start])).toEqual([['Overturning of a bus near the bridge', '2031-05-09']]);
  });
});

describe('a name of a gathering\'s words that is a company or a body', () => {
  it('"The game\'s publisher, Nightforge Games," is no Games; "the Growers Forum, the second-largest growers\' body, said" is no forum held', () => {
    const text = brief('The game\'s publisher, Nightforge Games, has put up $5 million in prize money. The Lakeside Growers Forum, the second-largest growers\' body in the region, said it would not take part. The Lakeside Games open on Friday.');
    expect(Object.keys(eventsOf(text))).toEqual(['Lakeside Games']);
  });
});
