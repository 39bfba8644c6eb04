// Events recall on unseen news (issue 20, round 21): shapes in which wire copy states the gatherings an
// article names, each read by a general rule, on short articles of our own (never a blind article's words).
import { describe, expect, it } from 'vitest';
import { brief, eventsOf } from './helpers/briefs.js';

// 2031-05-06, the briefs' publication date, is a Tuesday.
describe('a festival programme written as a numbered or bulleted list', () => {
  it('numbered weekday lines are the festival\'s parts of their days: a route or a parade a festival part, a Mass a ceremony', () => {
    const text = brief('About 1,200 officers will be on duty in Lakeside for this weekend\'s Harbour Carnival, the police said. The organisers\' programme:\n\n'
      + '1. Saturday: the Boat Cortege, from Quay Square to the lighthouse, starting at 9 a.m.;\n'
      + '2. Sunday: the Night of Lanterns, a shorter parade along the same route;\n'
      + '3. Monday: the closing Mass for the crews at the Fishermen\'s Chapel.');
    expect(eventsOf(text)).toMatchObject({
      'Boat Cortege': ['festival', '2031-05-10'],
      'Night of Lanterns': ['festival', '2031-05-11'],
      'Closing Mass for the crews at the Fishermen\'s Chapel': ['ceremony', '2031-05-12'],
    });
  });

  it('a bulleted line of several days opens on its first; a part named with the festival\'s own head word is the festival\'s; a rite line a ceremony', () => {
    const text = brief('Police will guard the Lakeside Regatta, the week-long regatta of the old harbour that starts on Thursday. The dates:\n\n'
      + '* Thursday to Saturday: three days of the Junior Regatta, leaving the pier at 10 a.m.;\n'
      + '* Sunday, May 11: the blessing of the boats at the harbour mouth at dawn.');
    expect(eventsOf(text)).toMatchObject({
      'Three days of the Junior Regatta': ['festival', '2031-05-08'],
      'Blessing of the boats at the harbour mouth at dawn': ['ceremony', '2031-05-11'],
    });
  });

  it('a numbered line opening with a name, then its weekday, is that name\'s gathering of that day, counted forward', () => {
    const text = brief('Some 3,000 officers will be on duty for the Lakeside spring feast, which falls in three parts this year:\n\n'
      + '1. Candle Eve, the vigil, on Wednesday: the faithful walk from the hill chapels to the lake with candles.\n'
      + '2. Fisher Day on Thursday, the feast of the boatmen, when the nets are carried through the old town.');
    expect(eventsOf(text)).toMatchObject({ 'Candle Eve': ['festival', '2031-05-07'], 'Fisher Day': ['festival', '2031-05-08'] });
  });

  it('a numbered line honouring a dignitary is a ceremony, and one naming a ceremony the ceremony rules read is theirs, once', () => {
    const text = brief('About 900 officers will guard the Lakeside Harvest Festival, which opens on Friday. The programme:\n\n'
      + '1. Friday: the procession of the paramount chief, carried from Market Square to the palace;\n'
      + '2. Sunday: the closing ceremony at the stadium.');
    const events = eventsOf(text);
    expect(events).toMatchObject({ 'Procession of the paramount chief': ['ceremony', '2031-05-09'] });
    expect(Object.values(events).filter(([, start]) => start === '2031-05-11')).toEqual([['ceremony', '2031-05-11']]);
  });

  it('a line in running text that opens with a name and a weekday, or a numbered line with no weekday, is no programme line', () => {
    const names = Object.keys(eventsOf(brief('Police will guard the Lakeside Harvest Festival, which opens on Friday. Ada Holm on Friday: a speech at the town hall.\n\n1. Lantern Walk: boats carry candles down the river.')));
    expect(names).not.toContain('Ada Holm');
    expect(names).not.toContain('Lantern Walk');
  });
});
