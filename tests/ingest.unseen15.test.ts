// Shapes of unseen news read for issue 20's fifteenth round, on short articles of our own: an event whose name
// carries a year, cited and accepted whole; a festival's programme of weekday lines; a past incident or edition
// told by its year; a day that belongs to another act than the gathering named later in its sentence.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportProblems, type SeedFact } from '../src/db/support.js';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { copySeed, tempDir } from './helpers/db.js';
import { brief, eventsOf, read } from './helpers/briefs.js';


describe('an event whose name carries a year', () => {
  const article = [
    'Lakeside Police Plan Largest Operation in Years',
    '',
    'LAKESIDE, May 6 (Wire) - Some 3,000 officers will guard the Lakeside Harbour Festival on Saturday, the largest operation since the 2019 Northern Rowing Championships, when about 2,400 police officers were on duty, the Lakeside Police said on Tuesday.',
    '',
    '"We have not seen crowds like this since the 2019 Northern Rowing Championships," said police spokeswoman Ada Moen.',
  ].join('\n');

  it('cites the year whole, so its quote passes the build\'s support check and accept keeps it', () => {
    const seedDir = copySeed();
    const file = join(tempDir(), 'article.txt');
    writeFileSync(file, article);
    const { resolution } = ingestArticle({ file, published: '2031-05-06', id: 'lakeside-years', seedDir });
    const championships = resolution.facts.events.find((e) => e.name === 'Northern Rowing Championships');
    expect(championships).toMatchObject({ kind: 'games', start: '2019', date_precision: 'year' });
    // The year is cited whole (the quote grows past a second mention to be unique), never from inside its digits.
    expect(championships!.citations[0]!.quote).toMatch(/(?:^|\s)2019 Northern Rowing Championships\b/);
    expect(supportProblems('events', championships as SeedFact, (id) => (id === 'lakeside-years' ? article : undefined))).toEqual([]);
    expect(acceptProposals(seedDir, 'lakeside-years').dropped).toEqual([]);
    expect(loadSeed(seedDir).facts.get('events')!.some((e) => e.id === championships!.id)).toBe(true);
  });

  it('an incident told after a year in its clause ends its quote on that year\'s own digits', () => {
    const text = brief('Police will double patrols at the harbour after a crush at the 2029 regatta and, in the same month, a stampede at the 2029 fair, the mayor said.');
    const stampede = read(text).events.find((e) => e.kind === 'incident' && e.start === '2029');
    expect(stampede?.citations[0]?.quote).toMatch(/2029$/);
  });
});

describe('events of unseen news, round 15', () => {
  it('a festival\'s programme of weekday lines: each line its own part, counted forward from the line before; a show a festival part, a gala or tribute a ceremony', () => {
    // Published on Wednesday 2031-05-07: "Wednesday" after the Saturday line is the next one, not the publication day.
    const text = 'Harbour week opens\n\nLAKESIDE, May 7 (Wire) - About 900 officers will guard the Lakeside Harbour Festival, which opens on Saturday, the police said.\n\nThe main dates:\n\nSaturday - opening gala at the Old Customs House;\nSunday - the first of five concerts on the pier, held each evening until the following Thursday;\nWednesday - a tribute to a late harbour pilot at the Seamen\'s Chapel.\n';
    expect(eventsOf(text, '2031-05-07')).toEqual({
      'Lakeside Harbour Festival': ['festival', '2031-05-10'],
      'Opening gala at the Old Customs House': ['ceremony', '2031-05-10'],
      'First of five concerts on the pier': ['festival', '2031-05-11'],
      'Tribute to a late harbour pilot at the Seamen\'s Chapel': ['ceremony', '2031-05-14'],
    });
  });

  it('an incident with its year before it, a fight told after a past year, and an edition a venue last hosted', () => {
    expect(eventsOf(brief('Police will watch the ferry pier closely on Saturday, as they have since the 2027 stampede on the quay killed four people.'))).toMatchObject({ 'Stampede of 2027': ['incident', '2027'] });
    const final = eventsOf(brief('About 1,500 officers will guard Sunday\'s Harbour Cup final at the Lake Arena. The arena last hosted a cup final in 2028, when a fight between rival fans outside the gates left one man dead.'));
    expect(final).toMatchObject({ 'Harbour Cup final': ['games', '2031-05-11'], '2028 Harbour Cup final': ['games', '2028'], 'Fight of 2028': ['incident', '2028'] });
  });

  it('a day before "when" and a long clause that reaches the gathering only as a place is that clause\'s act, not the gathering\'s start', () => {
    const text = 'Police arrest 12 after march\n\nLAKESIDE, May 13 (Wire) - Police arrested 12 people on Thursday when several hundred marchers broke away from a farmers\' protest and tried to reach the venue of the Lakeside Trade Summit, the ministry said on Monday. The summit, which opened on Wednesday, closed on Friday.';
    const summit = read(text, '2031-05-13').events.find((e) => e.name === 'Lakeside Trade Summit');
    expect(summit?.start).not.toBe('2031-05-08');
    expect(eventsOf(brief('Roads will close on Saturday, when the Lakeside Harbour Festival opens.'))).toEqual({ 'Lakeside Harbour Festival': ['festival', '2031-05-10'] });
  });
});

describe('elections and incidents of a month', () => {
  it('an election named by what it elects, or told by its verb, is an announcement of its day; a council\'s vote is none', () => {
    expect(eventsOf(brief('Ruritanians vote on Sunday in a presidential runoff between two former ministers, the electoral board said on Tuesday.'))).toEqual({ 'Presidential runoff': ['announcement', '2031-05-11'] });
    expect(eventsOf(brief('Lakeside elects a new mayor on Thursday, and both candidates will hold rallies downtown.'))).toEqual({ 'Election of a new mayor': ['announcement', '2031-05-08'] });
    expect(eventsOf(brief('Councillors vote on Thursday on the budget, the mayor said.'))).toEqual({});
  });

  it('an incident with a month and no year is of the last such month up to publication, derived', () => {
    const [killing] = read(brief('The campaign has been marked by the killing in January of a local candidate outside his office.')).events;
    expect(killing).toMatchObject({ kind: 'incident', start: '2031-01', date_precision: 'month', derived: true });
    expect(read(brief('Police recalled the stabbing in September outside the club.')).events.map((e) => e.start)).toEqual(['2030-09']);
  });
});

describe('games named by a league or a final round', () => {
  it('"Saturday\'s Division 2 match between …" is the article\'s match of that day; a Final Four hosted "from Friday to Sunday, when …" starts on the Friday', () => {
    expect(eventsOf(brief('About 600 officers will be on duty for Saturday\'s Division 2 match between Northton and Southby at the park, the prefect said.'))).toEqual({ 'Division 2 match between Northton and Southby': ['games', '2031-05-10'] });
    const final = read(brief('The city will ban alcohol near the arena from Friday to Sunday, when the arena hosts the Harbour League Final Four, the mayor said.')).events;
    expect(final.map((e) => [e.name, e.kind, e.start, e.end])).toEqual([['Final Four', 'games', '2031-05-09', '2031-05-11']]);
  });
});

describe('incidents at a protest', () => {
  it('an act told with no day, in a sentence about a march, is an incident of the march\'s day, derived; with two past marches and none named, none', () => {
    const text = brief('Thousands of nurses marched through the centre of Lakeside on Monday against pay cuts, the union said. The march was largely peaceful. A group of about 60 youths broke away near the old bridge and threw stones at police vans, a police spokesman said.');
    const incident = read(text).events.find((e) => e.kind === 'incident');
    expect(incident).toMatchObject({ start: '2031-05-05', derived: true, rules: ['event.incident-act'] });
    expect(incident!.note).toMatch(/taken from the protest/);
    const two = brief('Nurses marched through Lakeside on Monday against pay cuts. Teachers held a march in Eastby on Sunday against school closures. Both marches were largely peaceful. A group of about 60 youths broke away near the old bridge and threw stones.');
    expect(read(two).events.filter((e) => e.kind === 'incident')).toEqual([]);
  });
});

describe('protests told in a follow-up', () => {
  it('"the march set off … on Thursday" is a protest held that day', () => {
    const text = 'Police arrest 12 after march\n\nLAKESIDE, May 13 (Wire) - Police arrested 12 people after a fishers\' march, the ministry said on Monday.\n\nThe march set off from the harbour on Thursday morning.\n';
    expect(read(text, '2031-05-13').protests.map((p) => p.date)).toEqual(['2031-05-08']);
  });
});

describe('measures of unseen news, round 15', () => {
  const measuresOf = (body: string) => read(brief(body)).measures.map((m) => [m.kind, m.name]);

  it('drones kept out of the sky in other wordings are airspace restrictions', () => {
    expect(measuresOf('Drones may not be flown over the bay all day, the harbour master said.')).toEqual([['airspace_restriction', 'Drone ban']]);
    expect(measuresOf('Drone flights over the old harbour are banned for the week, the aviation office said.')).toEqual([['airspace_restriction', 'Drone flight ban']]);
    expect(measuresOf('Drones will not be allowed to fly over the old town during the parade.').map(([kind]) => kind)).toEqual(['airspace_restriction']);
  });

  it('a named way a verb closes to traffic, or one an order has closed, is a closure; a perimeter that closes a square is the perimeter only', () => {
    expect(measuresOf('The city police closed Kossuth ter to traffic between the bridge and the market from 11 a.m. to 3 p.m.')).toEqual([['closure', 'City police closed Kossuth ter to traffic']]);
    expect(measuresOf('The harbour police will close Quay Lane to traffic from 9 a.m. on Saturday.')).toEqual([['closure', 'Quay Lane closed to traffic']]);
    expect(measuresOf('A security perimeter will close the Place du Lac to traffic on race day.')).toEqual([['restricted_zone', 'Security perimeter']]);
    expect(measuresOf('Some 900 officers were on duty, according to the prefecture, which had ordered Via Lunga and Via Corta closed to traffic from noon.')).toEqual([['closure', 'Via Lunga and Via Corta closed to traffic']]);
  });

  it('an area open to some people only is a restricted zone; a shop open only on Sundays is none', () => {
    expect(measuresOf('The town square will be open on Saturday only to invited guests and holders of passes.').map(([kind]) => kind)).toEqual(['restricted_zone']);
    expect(measuresOf('Only vehicles with a harbour pass will be allowed onto the pier on Sunday.').map(([kind]) => kind)).toEqual(['restricted_zone']);
    expect(measuresOf('The fish shop is open only on Sundays.')).toEqual([]);
  });

  it('lorries, motorbikes and vendors kept out, and permits to carry firearms suspended, are bans named by their clause', () => {
    expect(measuresOf('Lorries will be banned from the ring road from 6 a.m. on Friday.')).toEqual([['ban', 'Lorries banned']]);
    expect(measuresOf('Hawkers who work the quay will be kept outside the fence on Saturday.')).toEqual([['ban', 'Hawkers who work the quay kept outside the fence']]);
    expect(measuresOf('Permits to carry firearms are suspended across the region from Friday until Monday, the ministry said.')).toEqual([['ban', 'Permits to carry firearms suspended across the region']]);
    // A march allowed but kept away, or fans held outside, is no ban.
    expect(measuresOf('The mayor said marches would be allowed but kept away from the palace. Fans will be kept outside the ground until noon.')).toEqual([]);
  });
});
