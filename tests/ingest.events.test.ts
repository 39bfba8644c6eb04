// Events read from short articles of our own: the article's own gathering in its common shapes, its
// dates (stated, or derived with a note), and earlier editions named by their year.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported } from '../src/ingest/ingest.js';

const read = (text: string, published = '2031-05-06') => {
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};
const brief = (body: string) => `Police plan for the weekend\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;

describe('the article\'s own gathering', () => {
  it('a capitalised name with a lowercase head word is the event, of the kind the word says', () => {
    const { events } = read(brief('About 900 officers will patrol the Riverside carnival on Saturday, the city said on Tuesday. The carnival draws families from across the region.'));
    // 2031-05-06 is a Tuesday; the carnival's Saturday is counted forward, the day of speaking is not its date.
    expect(events).toEqual([expect.objectContaining({ name: 'Riverside carnival', kind: 'festival', start: '2031-05-10', derived: true })]);
  });

  it('a name only the headline gives is the event the text names otherwise and describes in an appositive, under the text\'s name', () => {
    const text = 'Lakeside Sends 900 Police to Lakeside Rowing Contest\n\nLAKESIDE, May 6 (Wire) - About 900 officers will be on duty for the Lakeside Pro, an international rowing contest held from Friday, May 9, to Sunday, May 11, the city said.\n';
    const { events } = read(text);
    expect(events.map((e) => [e.id, e.name, e.start, e.end])).toEqual([['lakeside-pro', 'Lakeside Pro', '2031-05-09', '2031-05-11']]);
  });

  it('a headline\'s name stays its own when the appositive describes something else', () => {
    const text = 'Lakeside Sends 900 Police to Lakeside Rowing Contest\n\nLAKESIDE, May 6 (Wire) - About 900 officers will be on duty for the Lakeside Pro, a charity football match, on Saturday, the city said.\n';
    expect(read(text).events.map((e) => e.name).sort()).toEqual(['Lakeside Pro', 'Lakeside Rowing Contest']);
  });

  it('"next Friday" after the event\'s name dates it, counted from the publication day; the day of speaking does not', () => {
    const { events } = read(brief('More than 800 officers will guard the Lakeside marathon along the marina next Friday, the harbour master said on Tuesday.'));
    // 2031-05-06 is a Tuesday: next Friday is 9 May.
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside marathon', start: '2031-05-09', derived: true })]);
  });

  it('"on June 24 and 25" dates a two-day event from its first to its second day', () => {
    const { events } = read(brief('Police will close the old town for the Lakeside Summit. The summit takes place at the congress hall on June 24 and 25.'));
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside Summit', kind: 'summit', start: '2031-06-24', end: '2031-06-25' })]);
  });

  it('a sentence opening with the head word dates the event by the day it is held on; the day a speaker spoke is no date of it', () => {
    const { events } = read(brief('The mayor said on Monday that the Harbourside marathon would need 600 stewards. The marathon will start on Sunday at the old bridge.'));
    expect(events).toEqual([expect.objectContaining({ name: 'Harbourside marathon', kind: 'games', start: '2031-05-11', derived: true })]);
  });
});

describe('earlier editions', () => {
  it('"the 2027 carnival" and "last year\'s carnival" are past editions of the article\'s own, dated by the year (derived when counted back)', () => {
    const { events } = read(brief('Some 900 officers will patrol the Riverside carnival on Saturday. Police learned from the 2027 carnival, when a stage collapsed. Crowds at last year\'s carnival were smaller.'));
    expect(events).toContainEqual(expect.objectContaining({ name: 'Riverside carnival', start: '2031-05-10' }));
    expect(events).toContainEqual(expect.objectContaining({ name: '2027 Riverside carnival', kind: 'festival', start: '2027', date_precision: 'year', derived: false }));
    expect(events).toContainEqual(expect.objectContaining({ name: '2030 Riverside carnival', start: '2030', derived: true, note: expect.stringContaining('counted back from the publication date 2031-05-06') }));
  });

  it('a gathering followed by the past day or year it was held is that edition; a future day is not', () => {
    const { events } = read(brief('Some 2,000 officers will guard the Lakeside Cup final on Saturday. The town last staged the final on June 3, 2024, without trouble. Police expect calm at the final on Saturday.'));
    expect(events).toContainEqual(expect.objectContaining({ name: 'Lakeside Cup final', start: '2031-05-10' }));
    expect(events).toContainEqual(expect.objectContaining({ name: '2024 Lakeside Cup final', kind: 'games', start: '2024-06-03', date_precision: 'day' }));
    expect(events).toHaveLength(2);
  });

  it('"Last year" opening a sentence about the article\'s kind of gathering is last year\'s edition; about something else it is none', () => {
    const fair = read(brief('About 400 officers will work at the Hillcrest fair. Last year police made 20 arrests during the fair.'));
    expect(fair.events).toContainEqual(expect.objectContaining({ name: '2030 Hillcrest fair', start: '2030', derived: true }));
    const other = read(brief('About 400 officers will work at the Hillcrest fair. Last year police made 20 arrests in the town.'));
    expect(other.events.map((e) => e.name)).toEqual(['Hillcrest fair']);
  });
});

describe('rites, visits and earlier gatherings told by their words', () => {
  it('a funeral is dated by the weekday before it, not the day a court spoke; its burial without a day takes its day; "the last funeral …, in 2019" is another', () => {
    const { events } = read(brief("Police will close the lakeside road for Friday's funeral of Lord Arden, the palace said on Tuesday. The coffin will then go to the hill chapel for a private burial. The last funeral of a peer at the chapel, in 2019, drew 4,000 people."));
    // 2031-05-06 is a Tuesday: Friday is the 9th.
    expect(events).toContainEqual(expect.objectContaining({ name: 'Funeral of Lord Arden', kind: 'ceremony', start: '2031-05-09' }));
    expect(events).toContainEqual(expect.objectContaining({ name: 'Burial', kind: 'ceremony', start: '2031-05-09', derived: true, note: expect.stringContaining('funeral it follows') }));
    expect(events).toContainEqual(expect.objectContaining({ kind: 'ceremony', start: '2019', date_precision: 'year' }));
    expect(events).toHaveLength(3);
  });

  it('the Pope\'s visit "this weekend" is one summit on its Saturday, its Mass dated by the day after it, an earlier Mass by its past month', () => {
    const { events } = read(brief("Some 3,000 officers will be on duty for the Pope's visit this weekend, the prefect said on Monday. The Pope lands on Saturday and celebrates an open-air Mass at the lake stadium on Sunday. The last papal visit, in June 1999, drew crowds to a Mass by the harbour in June 1999."));
    expect(events).toContainEqual(expect.objectContaining({ name: "Pope's visit", kind: 'summit', start: '2031-05-10', derived: true }));
    expect(events).toContainEqual(expect.objectContaining({ name: 'Mass', kind: 'ceremony', start: '2031-05-11' }));
    expect(events).toContainEqual(expect.objectContaining({ name: 'Papal visit of June 1999', kind: 'summit', start: '1999-06', date_precision: 'month' }));
    expect(events).toContainEqual(expect.objectContaining({ name: 'Mass of June 1999', kind: 'ceremony', start: '1999-06' }));
  });

  it('"the disorder … in September 2029" is a past incident; "a crash … in 2029" told in passing is none', () => {
    const { events } = read(brief('The parade has passed off calmly since the disorder in the old port in September 2029. A rider caused a crash on the climb in 2029.'));
    expect(events.filter((e) => e.kind === 'incident')).toEqual([expect.objectContaining({ start: '2029-09', date_precision: 'month' })]);
  });
});

describe('names and days read as a reader would (blind round 9)', () => {
  // Published Monday 2031-05-05 for these; written for this test.
  const monday = (text: string) => read(text, '2031-05-05');

  it('a name with "and" inside is one gathering; the headline, even ending in a quote, only shortens it; "opens on Friday" is the coming Friday', () => {
    const { events } = monday('INTERVIEW-Lakeside police chief on the Youth Choir Festival: "Most of them are children"\n\n'
      + 'LAKESIDE, May 5 (Wire) - The Youth Choir and Band Festival opens in Lakeside on Friday, with about 20,000 singers expected. '
      + 'It is the largest event in the town since the general Choir Festival of July 2029.\n\nOnly festival buses will use the lake road.\n');
    expect(events).toEqual([
      expect.objectContaining({ name: 'Youth Choir and Band Festival', kind: 'festival', start: '2031-05-09', derived: true }),
      expect.objectContaining({ name: 'Choir Festival of July 2029', kind: 'festival', start: '2029-07', date_precision: 'month' }),
    ]);
  });

  it('a festival named between commas is the article\'s own; "the 2029 edition" and "last year\'s festival, held from …" are its earlier editions, dated by their words', () => {
    const { events } = read(brief('Finland\'s oldest lake festival, Lakerock, opened on the island on Friday. The 2029 edition set the attendance record, '
      + 'and last year\'s festival, held from July 3 to July 5, 2030, sold out. Police said about 180 officers would work each day.'), '2031-05-09');
    expect(events).toEqual([
      expect.objectContaining({ name: 'Lakerock', kind: 'festival', start: '2031-05-09' }),
      expect.objectContaining({ name: '2029 Lakerock', kind: 'festival', start: '2029', date_precision: 'year' }),
      expect.objectContaining({ name: '2030 Lakerock', kind: 'festival', start: '2030-07-03', date_precision: 'day' }),
    ]);
  });

  it('a contest\'s semi-finals are its parts: the first day they take place dates it', () => {
    const { events } = monday(brief('About 1,300 officers will patrol the city this week as it hosts the Lakeside Song Contest. '
      + 'The semi-finals take place at the St. Mary arena on Tuesday and Thursday, and the grand final on Saturday, May 10.'));
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside Song Contest', kind: 'festival', start: '2031-05-06', derived: true })]);
  });

  it('"a summit … on Thursday and Friday" dates the summit from its first day to its second; a news conference is no gathering', () => {
    const { events } = monday('Lakeside to Close Airspace for Lakeside Summit\n\n'
      + 'LAKESIDE, May 5 (Wire) - About 3,000 police officers will guard a summit of regional leaders on Thursday and Friday, the minister said at the joint news conference on Monday. '
      + 'The lake road will be closed from 8 p.m. on Wednesday until the end of the summit.\n');
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside Summit', kind: 'summit', start: '2031-05-08', end: '2031-05-09', derived: true })]);
  });
});
