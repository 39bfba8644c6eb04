// What ingest read wrong in blind round 38 (issue 20), read by a general rule, on briefs of our own: a name set off
// after a minister's title, a chief commissioner, a day in brackets, a masters tournament.
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

const people = (text: string) => read(brief(text)).people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title]);

describe('people', () => {
  it('reads the name set off after a minister\'s title as the name, not as a part of the portfolio', () => {
    expect(people('The Minister of the Interior, Armando Có Nhaga, said on Wednesday that 300 officers would guard the border.'))
      .toEqual([['Armando Có Nhaga', 'Minister of the Interior']]);
    // A portfolio of several parts still ends with the part after "and".
    expect(people('Minister of Culture, Youth and Sport Ada Moen said 300 officers would come.')).toEqual([['Ada Moen', 'Minister of Culture, Youth and Sport']]);
  });
  it('reads "Chief Commissioner" as one title, the three names after it as the name', () => {
    expect(people('Chief Commissioner Salvador Edu Ondo said 300 officers would guard the funeral.')).toEqual([['Salvador Edu Ondo', 'Chief Commissioner']]);
  });
});

describe('bodies and gatherings', () => {
  it('takes no day in brackets for a body\'s acronym ("Semi-finals (Sunday)")', () => {
    expect(read(brief('Semi-finals (Sunday): Holm beat Berg 10-6 as 200 police officers watched the hall.')).organizations).toEqual([]);
  });
  it('reads a name closing with "Masters" as a contest', () => {
    expect(eventsOf(brief('About 200 officers will guard the Lakeside Darts Masters on Friday.'))).toEqual({ 'Lakeside Darts Masters': ['games', '2031-05-09'] });
  });
});
