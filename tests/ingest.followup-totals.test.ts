// A follow-up's new total and a crowd counted by two sides (issue 20): the occasion a force is sent for is
// named even with no day ("for the Harbour Cup of Nations"), a force that counts its own officers at an event
// is their body, a new total contests the body's largest known count there (its smaller counts are parts), and
// "drew about 3,000 people, according to police … the union said more than 11,000 of its members" is one
// crowd counted by two sources. Every text here was written for this test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported, ingestArticle } from '../src/ingest/ingest.js';
import { contestsMade } from '../src/ingest/trust/audit.js';
import { copySeed, tempDir } from './helpers/db.js';

// 2031-05-07 is a Wednesday.
const read = (body: string, published = '2031-05-07') => {
  const text = `Police plan for the week\n\nLAKESIDE, Eastland, May 7 (Wire) - ${body}\n`;
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};

describe('the occasion named before its "of"', () => {
  it('"the Harbour Cup of Nations" is a sport event named whole, dated by its relative clause', () => {
    const { events } = read('About 5,500 police officers will be on duty in Lakeside for the Harbour Cup of Nations, which begins on Saturday, the regional police said.');
    expect(events).toEqual([expect.objectContaining({ name: 'Harbour Cup of Nations', kind: 'games', start: '2031-05-10', derived: true })]);
  });

  it('a capitalised name with no day is the article\'s event, undated, and the counts sent for it are of it', () => {
    const { events, deployments } = read('The Eastland Police Service has sent a further 900 officers to Lakeside for the Harbour Cup of Nations, bringing the total in the city to 6,400, the force said.');
    expect(events).toEqual([expect.objectContaining({ name: 'Harbour Cup of Nations', kind: 'games', start: null })]);
    expect(deployments.map((d) => [(d.personnel as { value: number }).value, d.event_id])).toEqual([[900, events[0]!.id], [6400, events[0]!.id]]);
  });

  it('a common noun with no day, or a lowercase phrase of "of", names no occasion', () => {
    expect(read('The Eastland Police Service has sent a further 900 officers to Lakeside for the final, the force said.').events).toEqual([]);
    expect(read('About 300 officers will be on duty for the safety of residents of Lakeside, the force said.').events).toEqual([]);
  });
});

describe('the occasion and its day in other word orders', () => {
  it('"on Saturday for the final of the Harbour Cup between …": the day before the preposition, the final named whole', () => {
    const { events } = read('Some 2,600 police officers will be on duty on Saturday for the final of the Harbour Cup between Lakeside Rovers and Northby United at the City Stadium, the ministry said on Wednesday.');
    expect(events).toContainEqual(expect.objectContaining({ name: 'Final of the Harbour Cup between Lakeside Rovers and Northby United', kind: 'games', start: '2031-05-10' }));
  });

  it('"the summit of the Organization of Harbour States" is a summit of that body, dated by the day before "for"', () => {
    const { events } = read('About 6,000 police officers will be on duty in Lakeside on Friday for the summit of the Organization of Harbour States at the Congress Centre, the ministry said on Monday.');
    expect(events).toEqual([expect.objectContaining({ name: 'Summit of the Organization of Harbour States', kind: 'summit', start: '2031-05-09' })]);
  });

  it('"a World Cup qualifier" is the match, dated where it is named; fans arriving "on Friday and Saturday" for "the match" give it no period', () => {
    const { events } = read('On Saturday, Eastland play Northland in a World Cup qualifier at the City Stadium. '
      + 'Some 4,500 Northland fans are expected at the match, most of them arriving on charter flights on Friday and Saturday, the federation said.');
    expect(events).toEqual([expect.objectContaining({ name: 'World Cup qualifier', kind: 'games', start: '2031-05-10', end: null })]);
  });
});

describe('an interview with a minister of two portfolios', () => {
  it('"<Name>, <Country>\'s Minister of Justice and Home Affairs, spoke to Wire": the person, and the answers under the name\'s label are theirs', () => {
    const text = ['INTERVIEW-Eastland minister on the visit', '', 'LAKESIDE, May 7 (Wire) - Tarvo Kesk, Eastland\'s Minister of Justice and Home Affairs, spoke to Wire on Tuesday.', '',
      'Q: How many officers will be on duty?', '', 'KESK: About 2,800 from the national police, in the centre and on the road from the airport.', ''].join('\n');
    const facts = extract({ sourceId: 'note', published: '2031-05-07', text });
    expect(facts.people).toEqual([expect.objectContaining({ name: 'Tarvo Kesk', roles: [expect.objectContaining({ title: 'Minister of Justice and Home Affairs' })] })]);
    expect(facts.statements).toEqual([expect.objectContaining({ speaker_id: 'tarvo-kesk', kind: 'quote', text: 'About 2,800 from the national police, in the centre and on the road from the airport.' })]);
  });
});

describe('names read within their sentence', () => {
  it('a name before an acronym starts in the acronym\'s sentence, and a Romanian particle stays inside a street\'s name', () => {
    const { organizations, places } = read('Most fans arrive on Friday, according to the Northland Football Association. The Association of Football Federations of Eastland (AFFE) said 52,000 tickets were sold. '
      + 'Stefan cel Mare Boulevard will be closed to traffic from 7 a.m.');
    expect(organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Association of Football Federations of Eastland', 'Northland Football Association']));
    expect(places.map((p) => p.name)).toContain('Stefan cel Mare Boulevard');
  });
});

describe('a police force named by an office word', () => {
  it('"<Country> Police Service" is a police force, a complaints authority of the police is not', () => {
    const { organizations } = read('The Eastland Police Service (EPS) and the Police Complaints Authority (PCA) met on Tuesday.');
    expect(organizations.map((o) => [o.name, o.kind])).toEqual(expect.arrayContaining([['Eastland Police Service', 'police_force'], ['Police Complaints Authority', 'agency']]));
  });
});

/** Ingests and accepts two articles in order; returns the contests the second's accept made. */
function growBy(first: string, second: string, published: [string, string]) {
  const seedDir = copySeed();
  const dir = tempDir();
  writeFileSync(join(dir, 'first.txt'), first);
  writeFileSync(join(dir, 'second.txt'), second);
  ingestArticle({ file: join(dir, 'first.txt'), published: published[0], id: 'first', seedDir });
  expect(acceptProposals(seedDir, 'first').dropped).toEqual([]);
  const before = loadSeed(seedDir).facts;
  ingestArticle({ file: join(dir, 'second.txt'), published: published[1], id: 'second', seedDir });
  expect(acceptProposals(seedDir, 'second').dropped).toEqual([]);
  const after = loadSeed(seedDir).facts;
  return { before, after, contests: contestsMade(before, after) };
}

describe('a follow-up on the same occasion', () => {
  const first = [
    'Eastland Puts 5,500 Police on Lakeside Streets for Cup',
    '',
    'LAKESIDE, Eastland, May 7 (Wire) - About 5,500 police officers will be on duty in Lakeside for the Harbour Cup of Nations, which begins on Saturday, the Eastland Police Service (EPS) said on Wednesday.',
    '',
    'About 350 of the EPS officers belong to the crowd unit and will be kept near the stadium, a spokesman said.',
  ].join('\n');
  const second = [
    'Eastland Sends 900 More Police to Lakeside',
    '',
    'LAKESIDE, Eastland, May 15 (Wire) - The Eastland Police Service has sent a further 900 officers to Lakeside for the Harbour Cup of Nations, bringing the total in the city to 6,400, the force said on Thursday.',
    '',
    "The march by the Lakeside Dockers' Union (LDU) from the harbour to the town hall on Monday drew about 3,000 people, according to police. The union said more than 11,000 of its members had taken part.",
  ].join('\n');

  it('the force counting its own officers gives the body; the new total contests that count, not the part of it', () => {
    const { before, contests } = growBy(first, second, ['2031-05-07', '2031-05-15']);
    const counts = (before.get('deployments') ?? []).map((d) => [d.organization_id, (d.personnel as { value: number }).value]);
    expect(counts).toEqual(expect.arrayContaining([['eastland-police-service', 5500], ['eastland-police-service', 350]]));
    expect(contests).toContainEqual(expect.objectContaining({ collection: 'deployments', predicate: 'personnel', value: 'exactly 6400' }));
    expect(contests.filter((c) => c.predicate === 'personnel')).toHaveLength(1);
  });

  it('"Lakeside Carnival" in a follow-up is the known "carnival" of a story from Lakeside, so its new police figure contests the old', () => {
    const carnival = ['Eastland Puts 3,800 Police on Carnival Route', '',
      "LAKESIDE, Eastland, May 7 (Wire) - The Eastland Police Service will have about 3,800 officers on duty in Lakeside for this weekend's carnival, whose main parade takes over the streets from Saturday morning, the regional commander said.", ''].join('\n');
    const followup = ['Lakeside Carnival Ends With 90 Arrests', '',
      'LAKESIDE, Eastland, May 13 (Wire) - The regional commander said 4,450 officers of the Eastland Police Service had been on duty in the city over the weekend, not the "about 3,800" he had announced.', ''].join('\n');
    const { after, contests } = growBy(carnival, followup, ['2031-05-07', '2031-05-13']);
    const carnivals = (after.get('events') ?? []).filter((e) => /carnival/i.test(String(e.name)));
    expect(carnivals.map((e) => (e.citations as Array<{ source_id: string }>).map((c) => c.source_id))).toEqual([expect.arrayContaining(['first', 'second'])]);
    expect(contests).toContainEqual(expect.objectContaining({ collection: 'deployments', predicate: 'personnel', value: 'exactly 4450' }));
  });

  it('a qualifier of a known competition is a match of its own, not the competition', () => {
    const cup = ['Lakeside Opens World Cup', '', 'LAKESIDE, Eastland, May 7 (Wire) - The World Cup opens at the City Stadium in Lakeside on Friday, June 6, 2031, the organisers said.', ''].join('\n');
    const qualifier = ['Lakeside Readies for Qualifier', '', 'LAKESIDE, Eastland, May 15 (Wire) - On Saturday, Eastland play Northland in a World Cup qualifier at the City Stadium in Lakeside.', ''].join('\n');
    const { after } = growBy(cup, qualifier, ['2031-05-07', '2031-05-15']);
    const games = (after.get('events') ?? []).filter((e) => /World Cup/.test(String(e.name))).map((e) => [e.name, e.start]);
    expect(games).toEqual([['World Cup', '2031-06-06'], ['World Cup qualifier', '2031-05-17']]);
  });

  it('a crowd "according to police" and the union\'s count of its members are a disputed pair, 11,000 read whole', () => {
    const { after, contests } = growBy(first, second, ['2031-05-07', '2031-05-15']);
    const [dispute] = contests.filter((c) => c.predicate === 'size');
    expect(dispute).toEqual(expect.objectContaining({ collection: 'protests', value: 'more than 11000' }));
    const sizes = (after.get('claims') ?? []).filter((c) => c.subject_id === dispute!.subject && c.predicate === 'size');
    expect(sizes.map((c) => [c.value, c.disputed_by])).toEqual([['approximately 3000', []], ['more than 11000', [sizes[0]!.id]]]);
  });
});
