// What ingest read wrong in blind round 45 (issue 20), read by general rules, on briefs of our own: a ratings
// piece's lines of people (rule person.listed-line), a coach titled before the name, a road named after a queen, a
// venue whose name holds a date ("Stade du 14-Juillet"), and a ceremony named by nothing but its determiner.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

const RATINGS = [
  'Player ratings: Lakeside 2 Eastby 1',
  '',
  'LAKESIDE, May 6 (Wire) - Lakeside won the derby 2-1 on Sunday. Our correspondent marks every starter out of 10.',
  '',
  'Ada Moen, goalkeeper — 7. Beaten only by a deflection.',
  '',
  'Ivo Lenz, centre back, captain – 8. Won everything in the air.',
  '',
  'The rest of the team — 5 on average. Coach Ola Berg said afterwards that his players had been nervous.',
  '',
].join('\n');

const rolesOf = (text: string) => Object.fromEntries(read(text).people.map((p) => [p.name, (p.roles as Array<{ title: string }>).map((r) => r.title)]));

describe('a ratings piece lists people a line each', () => {
  it('reads each line\'s name, each part of the words before the dash a role, and the coach titled before his name', () => {
    expect(rolesOf(RATINGS)).toEqual({ 'Ada Moen': ['Goalkeeper'], 'Ivo Lenz': ['centre back', 'captain'], 'Ola Berg': ['Coach'] });
  });
  it('reads no line that is a sentence (its speaker read by other rules) or a title in capitals', () => {
    const text = brief('Ada Moen, spokeswoman, said the roads would close.\n\nIvo Lenz, Prefect of Lakeside — 6 officers were hurt.');
    expect(rolesOf(text)).toEqual({ 'Ada Moen': ['Spokeswoman'] });
  });
});

describe('names of places that look like people or hold a date', () => {
  it('reads "Queen Ada Highway" as a road, not a queen, and "Stade du 14-Juillet" whole', () => {
    const facts = read(brief('Taxis crawled along the Queen Ada Highway, and about 300 officers guarded the Stade du 14-Juillet on Sunday.'));
    expect(facts.people).toEqual([]);
    expect(facts.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Queen Ada Highway', 'Stade du 14-Juillet']));
  });
});

describe('a ceremony told by "The ceremony" only', () => {
  it('is no ceremony named "The ceremony"; a named one still is', () => {
    expect(eventsOf(brief('The ceremony was stopped for an hour and resumed with the doors closed.'))).toEqual({});
    expect(Object.keys(eventsOf(brief('Veterans attended the Liberation Day ceremony on Monday.')))).toEqual(['Liberation Day ceremony']);
  });
});

// Ingest's misses the thirty-fourth review test reported (docs/review-first-use-33.md, findings 6 and 8), on briefs of our own.
describe('a drone ban told with a second thing banned, a wharf, a vice chairman', () => {
  it('reads "Drones and sky lanterns have been banned in …" as an airspace restriction over the places named', () => {
    const [ban] = read(brief('Drones and sky lanterns have been banned in Northby and Southby districts until May 15, he said.')).measures;
    expect([ban?.kind, ban?.place_ids]).toEqual(['airspace_restriction', ['northby', 'southby']]);
  });
  it('reads "Harbour Wharf" as a venue, the protest\'s place, and "Vice Chairman" whole', () => {
    const facts = read(brief('About 120 boat owners protested at Harbour Wharf on Tuesday against the river ban. Vice Chairman Ola Berg said the bridge would close.'));
    expect(facts.protests.map((p) => p.place_ids)).toEqual([['harbour-wharf']]);
    expect(facts.people.map((p) => (p.roles as Array<{ title: string }>)[0]?.title)).toEqual(['Vice Chairman']);
  });
});

// The thirty-fourth review test's finding 5: a festival named with its acronym in brackets.
describe('a gathering named in four capitalised words with its acronym in brackets', () => {
  it('is the event, named whole and dated, and no body', () => {
    const facts = read(brief('About 3,500 officers will be on duty for the Da Lat International Flower Festival (DIFF) on Saturday, May 10.'));
    expect(facts.events.map((e) => [e.name, e.start])).toEqual([['Da Lat International Flower Festival', '2031-05-10']]);
    expect(facts.organizations.map((o) => o.name)).toEqual([]);
  });
});

describe('a leaders\' meeting, a forum holding offices, a count of this year\'s edition', () => {
  const text = brief('Buses will be cut for next week\'s Harbour Leaders\' Meeting, from Tuesday, May 13, to Thursday, May 15. '
    + 'Lakeside last hosted the leaders\' meeting in 2019. Organisers say about 1,200 delegates are accredited this year. '
    + 'The Secretary General of the Harbour Nations Forum is due to arrive on Sunday.');
  it('reads the meeting as the summit of its days, counts this year\'s delegates for it, and no forum as a gathering', () => {
    const events = read(text).events.map((e) => [e.name, e.start, (e.figures as Array<{ value: number }>).map((f) => f.value)]);
    expect(events).toEqual(expect.arrayContaining([['Harbour Leaders\' Meeting', '2031-05-13', [1200]]]));
    expect(events.map(([name]) => name)).not.toContain('Harbour Nations Forum');
  });
});
