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
