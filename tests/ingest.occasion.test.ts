// The occasion of a deployment or a measure (rules event.occasion, date.occasion-clause, event.delegates-meet),
// read from short articles written for this test: the event a force is deployed for, though its head word is
// no festival or summit, dated by a possessive or a relative clause, one event per article.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported } from '../src/ingest/ingest.js';

// 2031-05-06 is a Tuesday.
const read = (body: string, published = '2031-05-06') => {
  const text = `Police plan for the week\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts.events;
};

describe('the occasion of a deployment', () => {
  it('a Test named with its two sides is a sport event, dated by the relative clause after the sides, not by the day of saying', () => {
    const events = read('The Lakeside police will deploy about 2,000 officers around the Harbour Oval for the second Test between Northton and Southby, which begins on Friday, the police chief said on Tuesday. '
      + 'Drones are barred over the ground for the five days of the match, from Friday to Tuesday.');
    expect(events).toEqual([expect.objectContaining({ name: 'Second Test between Northton and Southby', kind: 'games', start: '2031-05-09', derived: true })]);
    expect(events[0]!.rules).toEqual(expect.arrayContaining(['event.occasion', 'date.occasion-clause']));
  });

  it('an unknown head word takes its kind from the appositive, and its day from the clause on the appositive', () => {
    const events = read('Some 800 officers will be on duty in Lakeside each night of the Lakeside Tamborrada, the week-long pageant of the hill temple that opens on Thursday, the regional commander said.');
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside Tamborrada', kind: 'festival', start: '2031-05-08' })]);
  });

  it('a weekday\'s parade marking an anniversary is a ceremony, and last year\'s parade its edition of the same kind', () => {
    const events = read("About 600 officers will be on duty for Sunday's parade along the seafront marking the anniversary of the republic, the force said on Monday. Last year's parade drew about 20,000 people.");
    expect(events.map((e) => [e.kind, e.start])).toEqual([['ceremony', '2031-05-11'], ['ceremony', '2030']]);
  });

  it('this weekend\'s carnival is dated by the weekend, and the carnival named elsewhere is the same event', () => {
    const events = read("The regional police will have about 1,500 officers on duty for this weekend's carnival, whose main parade fills the old town from Saturday morning. "
      + 'The carnival brings together 40 dance groups.');
    expect(events).toEqual([expect.objectContaining({ kind: 'festival', start: '2031-05-10' })]);
  });

  it('a time, a place or a body after "for" names no occasion, nor does an occasion with no day of its own', () => {
    expect(read('The police will deploy 2,000 officers for two weeks, the chief said on Monday.')).toEqual([]);
    expect(read('About 300 officers will be on duty for the city and its suburbs from Friday.')).toEqual([]);
    expect(read('Police will deploy 500 officers for the inauguration, the interior minister said on Monday.')).toEqual([]);
  });

  it('the inauguration on a stated day is a ceremony', () => {
    const events = read('Streets around the parliament will be closed for the inauguration on Friday, the city said.');
    expect(events).toEqual([expect.objectContaining({ name: 'Inauguration', kind: 'ceremony', start: '2031-05-09' })]);
  });
});

describe('delegates meeting to elect someone', () => {
  it('is a congress of their body, a summit counted forward from the publication date; next year\'s election is no event of that day', () => {
    const events = read('Some 900 delegates of the ruling Harbour Party (HP) meet in Lakeside from Friday to Sunday to elect a new leader, a vote that in effect picks the party\'s candidate for next year\'s presidential election.');
    expect(events).toEqual([expect.objectContaining({ name: 'Elective congress of the Harbour Party', kind: 'summit', start: '2031-05-09', derived: true })]);
    expect(events[0]!.rules).toContain('event.delegates-meet');
  });

  it('delegates who met in the past, or meet for no vote, make no congress', () => {
    expect(read('Some 900 delegates of the Harbour Party met in Lakeside on Friday for a picnic.')).toEqual([]);
  });
});

describe('an inauguration and a concert told by what someone does on a day', () => {
  it('someone sworn in as president on a day is an inauguration, a ceremony; the day someone spoke is not its day', () => {
    const events = read('Eastland swears in Ada Holm as president on Friday in front of the parliament, in a ceremony expected to draw 9,000 guests. The presidential office said on Monday that ten delegations would attend.');
    expect(events).toEqual([expect.objectContaining({ name: 'Inauguration of Ada Holm as president', kind: 'ceremony', start: '2031-05-09' })]);
  });

  it('a state banquet "that evening" is on the inauguration\'s day, derived with a note; one with no such words stays undated', () => {
    const events = read('Eastland swears in Ada Holm as president on Friday in front of the parliament. Her office said she would host a state banquet for the guests at the palace that evening.');
    expect(events).toContainEqual(expect.objectContaining({ name: 'State banquet', kind: 'ceremony', start: '2031-05-09', derived: true, note: expect.stringContaining("'that evening'") }));
    const undated = read('Eastland swears in Ada Holm as president on Friday in front of the parliament. Her office said she would host a state banquet for the guests at the palace.');
    expect(undated).toContainEqual(expect.objectContaining({ name: 'State banquet', start: null }));
  });

  it('a day followed by "when" a performer plays is the performer\'s concert, a festival', () => {
    const events = read('About 900 officers will be on duty around the arena on Saturday when the Norwegian singer Eva Lind plays the last date of her tour, the police said on Tuesday.');
    expect(events).toEqual([expect.objectContaining({ name: 'Eva Lind concert', kind: 'festival', start: '2031-05-10' })]);
    expect(read('About 900 officers will be on duty around the arena on Saturday when the gates open.')).toEqual([]);
  });
});
