// Dates an article states or implies, resolved against the publication date.
import { describe, expect, it } from 'vitest';
import { findDates, spanOf, twoDayPeriod } from '../src/ingest/dates.js';

const at = (sentence: string, published = '2026-01-30', anchor: string | null = null) =>
  findDates(sentence, { published, anchor }).map(({ start, end, precision, derived }) => ({ start, end, precision, derived }));

describe('dates in a sentence', () => {
  it('reads a bare weekday ahead that is the publication\'s own as that day, and "next" as the week after', () => {
    // 2026-05-13 is a Wednesday.
    expect(findDates('The council has closed the square from 6 p.m. on Wednesday.', { published: '2026-05-13', anchor: null }).map((d) => [d.start, d.note]))
      .toEqual([['2026-05-13', "date of 'Wednesday' counted forward from the publication date 2026-05-13, the same day"]]);
    expect(at('The council will close the square next Wednesday.', '2026-05-13').map((d) => d.start)).toEqual(['2026-05-20']);
    expect(at('The council will close the square on Friday.', '2026-05-13').map((d) => d.start)).toEqual(['2026-05-15']);
  });

  it('counts a bare weekday after one counted forward in its sentence on from that day, the same weekday as the same day', () => {
    // 2026-05-13 is a Wednesday.
    expect(at('The tour opens in Lakeside on Friday, moves to Eastby on Tuesday and closes in Westfield next Wednesday.', '2026-05-13').map((d) => d.start))
      .toEqual(['2026-05-15', '2026-05-19', '2026-05-20']);
    expect(at('The tour opens in Lakeside on Friday and closes in Westfield next Friday.', '2026-05-13').map((d) => d.start)).toEqual(['2026-05-15', '2026-05-22']);
    expect(at('The city faces a derby on Saturday, a marathon on Sunday morning and a concert on Sunday night.', '2026-05-13').map((d) => d.start))
      .toEqual(['2026-05-16', '2026-05-17', '2026-05-17']);
    // A past verb before the later weekday keeps it past.
    expect(at('The festival opens on Friday; it opened on Monday last year.', '2026-05-13').map((d) => d.start)).toEqual(['2026-05-15', '2026-05-11']);
  });

  it('counts forward a weekday after what people prepare for, and after a programme that "continues", whatever the tense', () => {
    // 2026-05-13 is a Wednesday.
    expect(at('Officials prepared for the procession on Friday, the busiest day of the year.', '2026-05-13').map((d) => d.start)).toEqual(['2026-05-15']);
    expect(at('The city braced for the derby on Sunday.', '2026-05-13').map((d) => d.start)).toEqual(['2026-05-17']);
    expect(at('The programme continues on Thursday.', '2026-05-13').map((d) => d.start)).toEqual(['2026-05-14']);
    // Without "for", the preparing itself is what the day dates.
    expect(at('Officials prepared the report on Monday.', '2026-05-13').map((d) => d.start)).toEqual(['2026-05-11']);
  });

  it('reads "from the 6th to the 22nd of February 2026" as one stated range', () => {
    expect(at('Scheduled from the 6th to the 22nd of February 2026, the Games')).toEqual([{ start: '2026-02-06', end: '2026-02-22', precision: 'day', derived: false }]);
  });
  it('takes a missing year from the publication date and marks it derived', () => {
    expect(at('red zones from the 6th to the 22nd of February')).toEqual([{ start: '2026-02-06', end: '2026-02-22', precision: 'day', derived: true }]);
    expect(at('a rally for the 6th of February')).toEqual([{ start: '2026-02-06', end: null, precision: 'day', derived: true }]);
  });
  it('keeps a stated full date as stated', () => {
    expect(at('The announcement, made on January 28, 2026, has stirred')).toEqual([{ start: '2026-01-28', end: null, precision: 'day', derived: false }]);
  });
  it('resolves a bare weekday by tense: the last one in the past, the next one in the future', () => {
    // 2026-01-30 is a Friday.
    expect(at('On Tuesday police said the plan was ready.')).toEqual([{ start: '2026-01-27', end: null, precision: 'day', derived: true }]);
    expect(at('Unions will march on Tuesday.')).toEqual([{ start: '2026-02-03', end: null, precision: 'day', derived: true }]);
  });
  it('counts a weekday forward after a timetable\'s present tense however long the clause, unless a past word stands between (rule date.scheduled-present)', () => {
    // 2026-01-29 is a Thursday: its Saturday ahead is the 31st, the one before the 24th.
    const on = (sentence: string) => at(sentence, '2026-01-29').map((d) => d.start);
    expect(on('Eastland and Northland meet in the final of the Harbour Cup at the National Stadium in the old port on Saturday, the minister said.')).toEqual(['2026-01-31']);
    expect(on('The president visits the new container port and the old naval yard on Saturday.')).toEqual(['2026-01-31']);
    expect(on('The mayor hosts the fans who gathered in the square on Saturday.')).toEqual(['2026-01-24']);
    expect(on('Eastland and Northland met in the final of the Harbour Cup at the National Stadium on Saturday.')).toEqual(['2026-01-24']);
    expect(on('The club hosts its supporters, who were at the airport on Saturday.')).toEqual(['2026-01-24']);
  });
  it('reads "it would have about 4,200 officers" as to come, and "would have joined" as a past that did not happen', () => {
    // 2037-04-17 is a Friday: its Saturday ahead is the 18th, the one before the 11th.
    const on = (sentence: string) => findDates(sentence, { published: '2037-04-17', anchor: null }).filter((d) => d.text === 'Saturday').map((d) => d.start);
    expect(on('The city faces a busy weekend, with a derby on Saturday, and the police said on Thursday it would have about 4,200 officers on duty.')).toEqual(['2037-04-18']);
    expect(on('The drivers said they would have joined the march on Saturday.')).toEqual(['2037-04-11']);
  });
  it('counts the days of a weekend the text counts back from its Sunday: "the three days of this weekend" is Friday to Sunday', () => {
    // 2036-03-05 is a Wednesday.
    const range = (sentence: string) => findDates(sentence, { published: '2036-03-05', anchor: null }).map((d) => [d.start, d.end]);
    expect(range("About 95,000 spectators are expected over the three days of this weekend's Eastby Grand Prix.")).toEqual([['2036-03-07', '2036-03-09']]);
    expect(range('Roads close for this four-day weekend of racing.')).toEqual([['2036-03-06', '2036-03-09']]);
    expect(range('Roads close this weekend.')).toEqual([['2036-03-08', '2036-03-09']]);
  });
  it('lets a weekday defer to a written date next to it or on the same weekday; a far date of another weekday leaves it counted', () => {
    // Published Friday 2026-01-30; 2026-02-07 is a Saturday, 2026-01-24 the Saturday before.
    expect(at('Unions will march on Saturday in Lyon, on the 7th of February.')).toEqual([{ start: '2026-02-07', end: null, precision: 'day', derived: true }]);
    expect(at('The fair held on Saturday (24 January 2026) drew crowds.')).toEqual([{ start: '2026-01-24', end: null, precision: 'day', derived: false }]);
    expect(at('The mayor said on Monday that the harbour fair would open with a parade on the 3rd of June.')).toEqual([
      { start: '2026-01-26', end: null, precision: 'day', derived: true }, { start: '2026-06-03', end: null, precision: 'day', derived: true },
    ]);
  });
  it('keeps a weekday when a written date on that weekday stands in another clause', () => {
    // Published Thursday 2026-01-29; 2026-02-11 is a Wednesday.
    expect(at('Workers marched on Wednesday, and the unions said they would strike again on February 11.', '2026-01-29')).toEqual([
      { start: '2026-01-28', end: null, precision: 'day', derived: true }, { start: '2026-02-11', end: null, precision: 'day', derived: true },
    ]);
  });
  it('counts a bare weekday forward in a plan the text dated ahead of publication, back when the sentence is past', () => {
    // Published Friday 2026-01-30; the text stated 2026-02-14 before.
    expect(at('The parade starts on Saturday near the harbour.', '2026-01-30', '2026-02-14')).toEqual([{ start: '2026-01-31', end: null, precision: 'day', derived: true }]);
    // A measure decided now for a day ahead: "has closed … on Saturday" is the coming Saturday.
    expect(at('The council has closed the old bridge to traffic from 7 a.m. on Saturday.')).toEqual([{ start: '2026-01-31', end: null, precision: 'day', derived: true }]);
    expect(at('Police closed the old bridge to traffic on Saturday.')).toEqual([{ start: '2026-01-24', end: null, precision: 'day', derived: true }]);
    expect(at('Police arrested two men on Saturday near the harbour.', '2026-01-30', '2026-02-14')).toEqual([{ start: '2026-01-24', end: null, precision: 'day', derived: true }]);
    expect(at('Crowds lined the parade route on Saturday near the harbour.', '2026-01-30', '2026-01-20')).toEqual([{ start: '2026-01-24', end: null, precision: 'day', derived: true }]);
  });
  it('counts a weekday forward after a timetable\'s present tense ("opens on Friday"), back after its past', () => {
    // Published Monday 2026-01-26.
    expect(at('The youth festival opens in the old town on Friday, with 40,000 singers expected.', '2026-01-26')).toEqual([{ start: '2026-01-30', end: null, precision: 'day', derived: true }]);
    expect(at('The heats take place at the St. Mary arena on Tuesday and Thursday.', '2026-01-26')).toEqual([
      { start: '2026-01-27', end: null, precision: 'day', derived: true }, { start: '2026-01-29', end: null, precision: 'day', derived: true },
    ]);
    expect(at('The youth festival opened in the old town on Friday.', '2026-01-26')).toEqual([{ start: '2026-01-23', end: null, precision: 'day', derived: true }]);
    expect(at('The president arrives in the capital on Tuesday for a three-day state visit.', '2026-01-26')).toEqual([{ start: '2026-01-27', end: null, precision: 'day', derived: true }]);
    expect(at('The president arrived in the capital on Tuesday for a three-day state visit.', '2026-01-26')).toEqual([{ start: '2026-01-20', end: null, precision: 'day', derived: true }]);
    // A passive of a timetable ("is run") and a place that stops for a gathering tell what is to come; "was run" is past.
    expect(at('The Harbour Cup is run over two kilometres on Saturday.', '2026-01-26')).toEqual([{ start: '2026-01-31', end: null, precision: 'day', derived: true }]);
    expect(at('The island stops for a horse race on Saturday.', '2026-01-26')).toEqual([{ start: '2026-01-31', end: null, precision: 'day', derived: true }]);
    expect(at('The Harbour Cup was run over two kilometres on Saturday.', '2026-01-26')).toEqual([{ start: '2026-01-24', end: null, precision: 'day', derived: true }]);
    // A march's past verb before the weekday holds against a later clause's future.
    expect(at('Teachers marched through the centre on Saturday against a budget that unions say will cut funding.', '2026-01-26')).toEqual([{ start: '2026-01-24', end: null, precision: 'day', derived: true }]);
  });
  it('reads "would be" and "are expected to" as future, and "a plan to" as a noun, not a tense', () => {
    // Published Monday 2026-01-26.
    expect(at('Police said 600 officers would be on duty for the visit, which includes a banquet on Wednesday.', '2026-01-26')).toEqual([{ start: '2026-01-28', end: null, precision: 'day', derived: true }]);
    expect(at('Dockers marched on Saturday in protest against a government plan to open the port.', '2026-01-26')).toEqual([{ start: '2026-01-24', end: null, precision: 'day', derived: true }]);
    expect(at('The unions plan to march on Saturday.', '2026-01-26')).toEqual([{ start: '2026-01-31', end: null, precision: 'day', derived: true }]);
    expect(at('The two leaders are expected to sign the agreement at the palace on Wednesday.', '2026-01-26')).toEqual([{ start: '2026-01-28', end: null, precision: 'day', derived: true }]);
    expect(at('The two leaders signed the agreement at the palace on Wednesday, as expected.', '2026-01-26')).toEqual([{ start: '2026-01-21', end: null, precision: 'day', derived: true }]);
  });
  it('takes the year written once at the end of a range for its start too: stated, not derived', () => {
    expect(at('The 191st Oktoberfest runs from September 19 to October 4, 2026.')).toEqual([{ start: '2026-09-19', end: '2026-10-04', precision: 'day', derived: false }]);
    // Across a new year, the start is the year before.
    expect(at('The market runs from December 20 to January 6, 2027.')).toEqual([{ start: '2026-12-20', end: '2027-01-06', precision: 'day', derived: false }]);
  });
  it('reads the day of a past speech verb as past inside future news, the publication day itself included', () => {
    // Published Friday 2026-01-30: the summit opens next Tuesday, the minister spoke this Wednesday, or today.
    expect(at('The summit will open on Tuesday, the minister said on Wednesday.')).toEqual([
      { start: '2026-02-03', end: null, precision: 'day', derived: true },
      { start: '2026-01-28', end: null, precision: 'day', derived: true },
    ]);
    expect(at('Police will close the roads, the prefect told reporters on Friday.')).toEqual([{ start: '2026-01-30', end: null, precision: 'day', derived: true }]);
  });
  it('reads a bare past weekday that is the publication\'s own as the publication day; "last" keeps it a week back', () => {
    // Published Friday 2026-01-30.
    expect(at("Two unions did not join Friday's march.")).toEqual([{ start: '2026-01-30', end: null, precision: 'day', derived: true }]);
    expect(at('Two unions marched last Friday.')).toEqual([{ start: '2026-01-23', end: null, precision: 'day', derived: true }]);
    expect(at('Two unions marched on Thursday.')).toEqual([{ start: '2026-01-29', end: null, precision: 'day', derived: true }]);
  });
  it('counts "the preceding Saturday" back from the date the text last stated', () => {
    expect(at('Further protests are planned for the preceding Saturday.', '2026-01-30', '2026-02-06')).toEqual([{ start: '2026-01-31', end: null, precision: 'day', derived: true }]);
  });
  it('does not take a month alone, or "march" the verb, for a date', () => {
    expect(at('Unions Plan Weekend March')).toEqual([]);
    expect(at('Thousands will march through the centre.')).toEqual([]);
    expect(at('The plan for February 2026 was published.')).toEqual([{ start: '2026-02', end: null, precision: 'month', derived: false }]);
  });
  it('says what was inferred from what, for a fact\'s note; a stated date has no note', () => {
    const notes = (sentence: string, published = '2026-01-30', anchor: string | null = null) => findDates(sentence, { published, anchor }).map((d) => d.note);
    expect(notes('red zones from the 6th to the 22nd of February')).toEqual(["year of 'from the 6th to the 22nd of February' taken from the publication date 2026-01-30"]);
    // Published in November, a January date without a year is the next January.
    expect(notes('a rally on January 10', '2026-11-20')).toEqual(["year of 'January 10' taken as the year after the publication date 2026-11-20"]);
    expect(notes('Unions will march on Tuesday.')).toEqual(["date of 'Tuesday' counted forward from the publication date 2026-01-30"]);
    expect(notes('Further protests are planned for the preceding Saturday.', '2026-01-30', '2026-02-06'))
      .toEqual(["date of 'preceding Saturday' counted back from the date the text gave before, 2026-02-06"]);
    expect(notes('The police said yesterday the plan was ready.')).toEqual(["date of 'yesterday' counted from the publication date 2026-01-30"]);
    expect(notes('The announcement, made on January 28, 2026, has stirred')).toEqual([null]);
  });
  it('rejects an impossible day rather than rolling it over', () => {
    expect(at('from the 30th to the 31st of February')).toEqual([]);
  });
});

describe('weekdays a clause ties to the past', () => {
  // 2026-05-13 is a Wednesday.
  it('a weekday\'s gathering its own clause tells in the past counts back, whatever tense the rest of the sentence is in', () => {
    const starts = (sentence: string) => findDates(sentence, { published: '2026-05-13', anchor: null }).filter((d) => d.text === 'Sunday').map((d) => d.start);
    expect(starts("Sunday's league derby between Eastby and Northby ended 2-1, but it will be remembered for the clashes.")).toEqual(['2026-05-10']);
    expect(starts("Sunday's league derby between Eastby and Northby will be remembered for the clashes.")).toEqual(['2026-05-17']);
  });

  it('a bare weekday in a clause told in a past year dates nothing; the clause after a semicolon is its own', () => {
    const found = (sentence: string) => findDates(sentence, { published: '2026-05-13', anchor: null }).map((d) => d.text);
    expect(found('In 2019 about 3,800 officers worked the carnival on Monday and Tuesday; this year the count is higher.')).toEqual([]);
    expect(found('In 2019 the carnival drew 40,000 people; this year it opens on Friday.')).toEqual(['Friday']);
    expect(found('The carnival, which began in 2019, opens on Friday.')).toEqual(['Friday']);
  });
});

describe('a period written as two days, or as the day it lasts until', () => {
  // Published Tuesday 2026-06-02; the sentences speak of the days ahead.
  const published = '2026-06-02';
  const span = (text: string) => {
    const found = spanOf(text, findDates(text, { published, anchor: null }));
    return found && { start: found.start?.start ?? null, end: found.end.start };
  };

  it('reads "from … until …" with times, days joined by "and" that follow each other, and dates with their weekdays', () => {
    expect(span('The avenue will be closed from 5 a.m. on Thursday until 2 a.m. on Friday.')).toEqual({ start: '2026-06-04', end: '2026-06-05' });
    expect(span('Identity checks will be carried out on Wednesday and Thursday.')).toEqual({ start: '2026-06-03', end: '2026-06-04' });
    expect(span('The festival will be held on Saturday, October 3, and Sunday, October 4, 2026.')).toEqual({ start: '2026-10-03', end: '2026-10-04' });
  });

  it('reads calendar days written with times of day, where chrono read "23 to 6 a.m." as a range of hours', () => {
    expect(span('A flight restriction applies from noon on June 23 to 6 a.m. on June 25.')).toEqual({ start: '2026-06-23', end: '2026-06-25' });
    expect(span('The bridge will be closed from 8 p.m. on Nov. 11 until 6 p.m. on Nov. 12.')).toEqual({ start: '2026-11-11', end: '2026-11-12' });
    // A time beside one day leaves that day alone, with no end.
    expect(at('The march starts at 11 a.m. on Nov. 4 in the square.', published)).toEqual([{ start: '2026-11-04', end: null, precision: 'day', derived: true }]);
    expect(at('The gates open at 9:30 pm on June 20, 2026.', published)).toEqual([{ start: '2026-06-20', end: null, precision: 'day', derived: false }]);
  });

  it('gives the end alone of a period with no start ("until Friday")', () => {
    expect(span('Drones will be banned over the historic centre until Friday.')).toEqual({ start: null, end: '2026-06-05' });
  });

  it('reads no period from two days that do not follow each other, nor from a date that already has its end', () => {
    expect(span('Checks will be carried out on Tuesday and Thursday.')).toBeUndefined();
    expect(span('A no-fly zone will cover the city from June 11 to June 14.')).toBeUndefined();
    expect(span('The minister said on Monday that the road would close on Friday.')).toBeUndefined();
  });

  it('gives a period of two days as one date spanning their words, none for an end alone', () => {
    const text = 'The avenue will be closed from 5 a.m. on Thursday until 2 a.m. on Friday.';
    expect(twoDayPeriod(text, findDates(text, { published, anchor: null }))).toMatchObject({
      start: '2026-06-04', end: '2026-06-05', precision: 'day', derived: true, text: 'Thursday until 2 a.m. on Friday',
    });
    const until = 'Drones will be banned over the historic centre until Friday.';
    expect(twoDayPeriod(until, findDates(until, { published, anchor: null }))).toBeUndefined();
  });
});
