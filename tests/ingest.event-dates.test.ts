// The day or month of an article's own gathering (issue 20): which of a sentence's dates is the gathering's, on
// briefs of our own (2031-05-06, a Tuesday, is their publication date).
import { describe, expect, it } from 'vitest';
import { readDates } from '../src/ingest/dates.js';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('a named regatta is a gathering of its own name', () => {
  it('reads "the Lakeside Cup Regatta" as a contest, dated by the period written after it', () => {
    expect(eventsOf(brief('The Lakeside Cup Regatta runs from Thursday, May 8, to Sunday, May 11, and about 600 officers will guard the shore.')))
      .toEqual({ 'Lakeside Cup Regatta': ['games', '2031-05-08'] });
  });
  it('does not take the committee of a regatta for the regatta', () => {
    expect(eventsOf(brief('The Lakeside Regatta Committee said on Monday that 600 officers would guard the shore.'))).toEqual({});
  });
});

describe("the day of a person's life is not the day of the gathering they founded", () => {
  it('dates the marathon by the day it went ahead, not by the day its founder died', () => {
    const text = brief('Ada Holm, who founded the Lakeside Marathon, died on Friday, May 2, at her home. '
      + 'The Lakeside Marathon went ahead two days after her death, on Sunday, May 4, with some 900 runners and 80 police officers.');
    expect(eventsOf(text)).toMatchObject({ 'Lakeside Marathon': ['games', '2031-05-04'] });
  });
  it('still dates a marathon by the day written for it when no one died', () => {
    const text = brief('Ada Holm, who founded the Lakeside Marathon, will start it on Sunday, May 11, and 80 police officers will line the route.');
    expect(eventsOf(text)).toMatchObject({ 'Lakeside Marathon': ['games', '2031-05-11'] });
  });
});

describe('a day inside a relative clause on another noun, before the gathering is named', () => {
  it("is that noun's day: the strike began on Monday, the fair opens on Wednesday", () => {
    const text = brief('Bus drivers staged a strike, which began on Monday, a day before the opening of the Lakeside Trade Fair. '
      + 'The fair opens on Wednesday at the Lakeside Fairground, and 400 police officers will guard it.');
    expect(eventsOf(text)).toMatchObject({ 'Lakeside Trade Fair': ['festival', '2031-05-07'] });
  });
  it("is the gathering's own when the clause is the gathering's: \"the fair, which opens on Wednesday\"", () => {
    const text = brief('About 400 police officers will guard the Lakeside Trade Fair, which opens on Wednesday.');
    expect(eventsOf(text)).toMatchObject({ 'Lakeside Trade Fair': ['festival', '2031-05-07'] });
  });
});

describe('a date set off by a comma right after the words that stand for the gathering', () => {
  it('dates "Sunday\'s race, May 11," by the date written beside it', () => {
    const text = brief("The organisers said more than 9,000 runners had registered for Sunday's race, May 11, the largest field yet. About 400 officers will line the route.");
    expect(eventsOf(text)).toEqual({ Race: ['games', '2031-05-11'] });
  });
  it('leaves it undated when the date is written after another clause', () => {
    const text = brief('Runners gather for the Lakeside Marathon, which was first run in 1990, and entries closed April 20. About 400 officers will line the route.');
    expect(eventsOf(text)).toEqual({ 'Lakeside Marathon': ['games', null] });
  });
});

describe('no day anywhere: the month written after the name in its clause', () => {
  it('dates the games "which the town will host in March 2034" to that month', () => {
    const text = brief('The council set aside 2 million for a hall for the Northern Winter Games, which the town will host in March 2034.');
    expect(eventsOf(text)).toMatchObject({ 'Northern Winter Games': ['games', '2034-03'] });
  });
  it('leaves it undated when the month belongs to another clause', () => {
    const text = brief('Police will guard the Northern Winter Games, but tickets went on sale in March 2031.');
    expect(eventsOf(text)).toMatchObject({ 'Northern Winter Games': ['games', null] });
  });
});

describe('a bare weekday the article also writes with its date, in the week ahead (rule date.weekday-written-ahead)', () => {
  const days = (published: string, ...sentences: string[]) => readDates(sentences.map((text) => ({ text })), published)
    .map((read) => read.found.map((d) => [d.text, d.start, d.derived]));

  it('takes the written day for a weekday told in no past: a possessive before the date is written, a reported plan', () => {
    expect(days('2031-05-06', "Eastby go into Saturday's Lakeside Cup final unbeaten, but Northby have beaten them twice.", 'Kick-off is at 4 p.m. on Saturday, May 10.')[0])
      .toEqual([['Saturday', '2031-05-10', true]]);
    const [plan] = days('2031-05-06', 'Boat owners said on Sunday that they would sail a flotilla of 40 boats past the start line on Thursday morning.', 'The regatta runs from Thursday, May 8, to Sunday, May 11.');
    // The day of saying stays the Sunday just past; what was announced is the Thursday the article writes.
    expect(plan).toEqual([['Sunday', '2031-05-04', true], ['Thursday', '2031-05-08', true]]);
    const protests = read(brief('Boat owners said on Sunday that they would sail a flotilla of about 40 boats past the start line on Thursday morning in protest against a second pier. The Lakeside Regatta runs from Thursday, May 8, to Sunday, May 11.'))
      .protests.map((p) => p.date);
    expect(protests).toEqual(['2031-05-08']);
  });

  it('keeps a weekday told in the past, and one the text has already told of as just past', () => {
    expect(days('2031-05-06', "Police arrested 12 people at Saturday's march against the pier.", 'Another march is planned for Saturday, May 10.')[0])
      .toEqual([['Saturday', '2031-05-03', true]]);
    expect(days('2031-05-06', 'Police arrested 17 people on Thursday when marchers pushed past a police line.', 'The march set off from the harbour on Thursday morning.', 'The union will picket the town hall on Thursday, May 8.')[1])
      .toEqual([['Thursday', '2031-05-01', true]]);
  });

  it('takes none written beyond the coming week, nor a date that is not the weekday written with it', () => {
    expect(days('2031-05-06', "Eastby go into Saturday's final.", 'The replay is on Saturday, May 17.')[0]).toEqual([['Saturday', '2031-05-03', true]]);
    expect(days('2031-05-06', "Eastby go into Saturday's final.", 'The final is on Saturday, May 9.')[0]).toEqual([['Saturday', '2031-05-03', true]]);
  });
});
