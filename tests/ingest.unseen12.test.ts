// Shapes of unseen news the rules of issue 20's twelfth round read, on short articles of our own: a street
// of another language is no match, a gathering named head first in another language, a forum with a
// lowercase subject word, events whose parts fall on different weekdays.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported } from '../src/ingest/ingest.js';

// 2031-05-06 is a Tuesday.
const read = (text: string, published = '2031-05-06') => {
  const facts = extract({ sourceId: 'note', published, text });
  expect(flagUnsupported(facts, () => text)).toEqual([]);
  return facts;
};
const brief = (body: string) => `Police plan for the week\n\nLAKESIDE, May 6 (Wire) - ${body}\n`;

describe('events of unseen news', () => {
  it('a street of another language whose particle is a lowercase "v" is no match between two sides', () => {
    const { events } = read(brief('Some 300 officers will guard the Lakeside marathon on Sunday. Roads will close as the runners pass:\n\n- West: Mlinska cesta and Ulica v Starem mlinu, from 9 a.m. to 2 p.m.;\n- East: Harbour Road, from 10 a.m. to 1 p.m.'));
    expect(events.map((e) => e.name)).toEqual(['Lakeside marathon']);
  });

  it('a gathering named head first in another language is the article\'s event, of the kind its lowercase word says', () => {
    const { events } = read(brief('Visitors to the Expo Nordland Maritima trade fair, which opens on Thursday at the Lakeside exhibition centre, will have to show identity papers.'));
    expect(events).toEqual([expect.objectContaining({ kind: 'festival', start: '2031-05-08', derived: true })]);
    expect(events[0]!.name).toMatch(/^Expo Nordland Maritima/);
  });

  it('a name in brackets after a gathering is the same gathering in its own language, and a venue named head first is no gathering', () => {
    const { events } = read(brief('The Harvest Festival (Festa da Ribeira), which opens on Friday, fills the Expo Centre.'));
    expect(events).toEqual([expect.objectContaining({ name: 'Harvest Festival', kind: 'festival', start: '2031-05-09' })]);
  });
});
