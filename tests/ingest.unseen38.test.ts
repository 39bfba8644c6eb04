// What ingest read wrong in blind round 38 (issue 20), read by a general rule, on briefs of our own: a name set off
// after a minister's title, a chief commissioner, a day in brackets, a masters tournament, a dateline in capitals with
// accents, a day of going back told in the past beside a clause of the future.
import { describe, expect, it } from 'vitest';
import { readDates } from '../src/ingest/dates.js';
import { sentences } from '../src/ingest/text.js';
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

describe('dates', () => {
  it('keeps a dateline in accented capitals ("SÃO TOMÉ, …, Friday, November 6, 2043 —") out of the first sentence', () => {
    const text = 'Teachers back at work\n\nSÃO TOMÉ, São Tomé and Príncipe, Friday, May 9, 2031 — About 300 police officers guarded the schools.\n';
    expect(sentences(text).map((s) => s.text)).toContain('About 300 police officers guarded the schools.');
  });
  const day = (sentence: string) => readDates([{ text: sentence }], '2031-05-06')[0]!.found.map((d) => d.start);
  it('counts back a day someone went, came or returned on, though a later clause speaks of the future', () => {
    expect(day('Teachers went back to their classrooms on Thursday, but the union warned the deal would be tested.')).toEqual(['2031-05-01']);
    expect(day('About 80 fishermen travelled to the city on Tuesday to protest, and more will come.')).toEqual(['2031-05-06']);
  });
  it('still counts forward a day of what is planned, or of a participle ("their shared border on Thursday")', () => {
    expect(day('A march planned on Saturday will go ahead.')).toEqual(['2031-05-10']);
    expect(day('The ministers will launch patrols along their shared border on Thursday.')).toEqual(['2031-05-08']);
  });
});
