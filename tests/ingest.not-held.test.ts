// Events and protests read from short articles of our own: weekdays of a future told in reported speech,
// days of saying, protests that are banned, asked for or replaced, and names that are no gathering.
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/ingest/dates.js';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported } from '../src/ingest/ingest.js';

// 2031-05-06 is a Tuesday.
const read = (text: string, published = '2031-05-06') => {
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};
const brief = (body: string) => `Harbour town braces for a busy week\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;
const days = (sentence: string) => findDates(sentence, { published: '2031-05-06', anchor: null }).map((d) => d.start);

describe('weekdays in reported speech', () => {
  it('a gathering still to come in reported speech counts its weekday forward', () => {
    expect(days('The ferry union said it would instead hold a rally on Thursday.')).toEqual(['2031-05-08']);
    expect(days('He said the cab drivers would protest again on Friday.')).toEqual(['2031-05-09']);
    expect(days('The ferry union said it held a rally on Thursday.')).toEqual(['2031-05-01']);
  });

  it('the day a figure was given or someone spoke counts back, and dates no event', () => {
    expect(days('The count will rise above the figure given by the harbour minister on Monday.')).toEqual(['2031-05-05']);
    const { events } = read(brief('Organisers now expect 9,000 visitors at the Lakeside Jazz Festival, against the 7,000 given by the mayor on Monday.'));
    expect(events).toEqual([expect.objectContaining({ name: 'Lakeside Jazz Festival', start: null })]);
  });
});

describe('protests that are not held', () => {
  it('the object of a ban is no protest', () => {
    const { protests } = read(brief('The council will ban all demonstrations in the harbour district for the regatta on Saturday, the mayor said.'));
    expect(protests).toEqual([]);
  });

  it('a march applied for and replaced by a rally is only the rally, dated forward, without the march\'s places', () => {
    const { protests } = read(brief('The Ferry Workers Union, which had applied to march from the Lakeside station to the quay, said it would instead hold a rally on Thursday at noon.'));
    expect(protests.map((p) => [p.name, p.date, p.place_ids])).toEqual([['Rally on 2031-05-08', '2031-05-08', []]]);
  });

  it('a rally still to come in reported speech is dated forward', () => {
    const { protests } = read(brief('The head of the cab drivers\' association said the drivers would protest again on Friday outside the station.'));
    expect(protests.map((p) => p.date)).toEqual(['2031-05-09']);
  });
});

describe('names that are no gathering', () => {
  it('what an event marks is no event of its own; a relative clause on a name dates it, two days a range', () => {
    const { events } = read(brief('The Lakeside Lantern Festival, which marks the end of the Harvest Moon celebrations, runs from May 9 to May 11. '
      + 'Police will also plan for the Quay Song Festival at Mill Park, which returns on June 16 and 17 after a break.'));
    expect(events.map((e) => [e.name, e.start, e.end])).toEqual([
      ['Lakeside Lantern Festival', '2031-05-09', '2031-05-11'], ['Quay Song Festival', '2031-06-16', '2031-06-17'],
    ]);
  });

  it('a fair a route starts from is a place, not a gathering', () => {
    const { events } = read(brief('Several hundred vans drove at walking pace from the Lakeside Fair to the town hall on Saturday, the police said.'));
    expect(events).toEqual([]);
  });
});

describe('gatherings and protests told in other shapes', () => {
  it('a weekday\'s summit of a named group, and a stage of a competition with its year, are events dated by their weekday', () => {
    const summit = read(brief('The city will close the old town for Thursday\'s summit of the Northern Seven (N7), the minister said on Tuesday.'));
    expect(summit.events).toEqual([expect.objectContaining({ name: 'Northern Seven summit', kind: 'summit', start: '2031-05-08' })]);
    const round = read(brief('About 900 officers will guard the final round of Lakecup 2031, which opens at the Harbour Arena on Saturday, the minister said on Tuesday.'));
    expect(round.events).toEqual([expect.objectContaining({ name: 'Lakecup 2031 final round', kind: 'games', start: '2031-05-10' })]);
  });

  it('a festival\'s parts with their weekdays are events of their own, in the publication\'s week when the sentence says "this weekend"', () => {
    // Published on Thursday 2031-05-08.
    const { events } = read(brief('The Lakeside Lantern Festival, which opened on Sunday, May 4, reaches its climax this weekend with the river night parade on Friday and the closing concert at the Old Quay on Saturday.'), '2031-05-08');
    expect(events.map((e) => [e.name, e.start])).toEqual([
      ['Lakeside Lantern Festival', '2031-05-04'], ['River night parade', '2031-05-09'], ['Closing concert at the Old Quay', '2031-05-10'],
    ]);
  });

  it('"the protest by <group> on <weekday>" is a protest held; a march in a sentence opening with a past year is that year\'s', () => {
    const { protests } = read(brief('Extra officers were needed, she said, because of the protest by cab drivers on Saturday. '
      + 'In 2027, some 300 tenants marched from the bridge to the town hall against the closures.'));
    expect(protests.map((p) => [p.date, p.date_precision])).toEqual([['2031-05-03', 'day'], ['2027', 'year']]);
  });
});

describe('a counter-protest in a later clause', () => {
  it('takes the day of the protest its sentence tells', () => {
    const { protests } = read(brief('Hundreds of nurses marched through the old town on Monday, and police detained four people after scuffles with a counter-demonstration.'));
    expect(protests.map((p) => [String(p.name).replace(/ in .* on /, ' on '), p.date, p.derived])).toEqual([['March on 2031-05-05', '2031-05-05', true], ['Counter-demonstration on 2031-05-05', '2031-05-05', true]]);
  });
});

describe('incidents told as what something followed', () => {
  it('are dated by a past year in their words, else by their sentence\'s day; with no date they are none', () => {
    const { events } = read(brief('Police detained four people on Saturday after scuffles with a counter-demonstration. '
      + "The mayor recalled last year's fair, when a crush at the north gate on the opening night of the 2030 edition left nine people hurt. "
      + 'Officers are trained to step in after scuffles.'));
    expect(events.filter((e) => e.kind === 'incident').map((e) => [e.name, e.start, e.date_precision])).toEqual([
      ['Scuffles with a counter-demonstration', '2031-05-03', 'day'], ['Crush at the north gate', '2030', 'year'],
    ]);
  });
});
