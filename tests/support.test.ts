// The support checks as plain functions, the way code that writes facts from a new article calls them:
// a fact in seed format and the article text, no database.
import { describe, expect, it } from 'vitest';
import { dateProblems, hedgeBefore, inferredDateParts, numbersIn, occursAsWords, staleDateNoteProblems, statesDate, supportProblems, type SeedFact } from '../src/db/support.js';

const values = (text: string) => numbersIn(text).map((m) => [m.text, m.value]);

describe('numbersIn', () => {
  it('reads digits with and without thousands separators, decimals and scale words', () => {
    expect(values('around 6,000 officers, 6000 more, 60\u00a0000 fans, 3.5 million euros, 2 million visitors')).toEqual([
      ['6,000', 6000], ['6000', 6000], ['60\u00a0000', 60000], ['3.5 million', 3_500_000], ['2 million', 2_000_000],
    ]);
  });

  it('reads numbers written in words', () => {
    expect(values('approximately two million visitors')).toEqual([['two million', 2_000_000]]);
    expect(values('six thousand officers and twenty-five drones')).toEqual([['six thousand', 6000], ['twenty-five', 25]]);
    expect(values('two hundred and fifty thousand people, a million fans')).toEqual([['two hundred and fifty thousand', 250_000], ['a million', 1_000_000]]);
  });

  it('skips ordinals, which are dates or ranks rather than counts, and words that only look like object keys', () => {
    expect(values('from the 6th to the 22nd of February 2026')).toEqual([['2026', 2026]]);
    expect(values('the constructor called toString one day')).toEqual([['one', 1]]);
  });
});

describe('hedgeBefore', () => {
  const hedge = (text: string) => hedgeBefore(text, numbersIn(text)[0]!.start)?.qualifier;

  it('maps the words right before a number to a qualifier; no hedge word is exactly', () => {
    expect([
      'around 6,000', 'approximately 2,000', 'about 40', 'roughly 3,500', 'some 300', 'More than 3,000', 'Over 800',
      'at least 12', 'no fewer than 12', 'fewer than 10', 'nearly 2,000', 'almost 90', 'up to 500', 'no more than 40',
      'deploys 4,512', 'exactly 812',
    ].map(hedge)).toEqual([
      'approximately', 'approximately', 'approximately', 'approximately', 'approximately', 'more_than', 'more_than',
      'at_least', 'at_least', 'fewer_than', 'fewer_than', 'fewer_than', 'up_to', 'up_to',
      'exactly', 'exactly',
    ]);
  });

  it('is null when no word stands before the number', () => {
    expect(hedgeBefore('6,000 officers', 0)).toBeNull();
    expect(hedgeBefore('officers: 6,000', 10)).toBeNull();
  });
});

describe('statesDate', () => {
  it('finds day, month and year written in the usual ways', () => {
    for (const passage of ['for the 6th of February 2026', 'on February 6, 2026', 'on 6 February 2026', 'on Feb. 6, 2026',
      'from the 6th to the 22nd of February 2026', '6–22 February 2026', 'the sixth of February 2026', 'on 2026-02-06',
      '6 to 22 February 2026', 'February 6 through 22, 2026', 'between 6 and 8 February 2026', 'from Friday, 6 to Sunday, 8 February 2026']) {
      expect(statesDate(passage, '2026-02-06'), passage).toBe(true);
    }
  });

  it('needs the year, the right day and the month', () => {
    expect(statesDate('for the 6th of February', '2026-02-06')).toBe(false);
    expect(statesDate('on 16 February 2026', '2026-02-06')).toBe(false);
    expect(statesDate('on 6 March 2026', '2026-02-06')).toBe(false);
    expect(statesDate('the Paris 2024 Games', '2024')).toBe(true);
    expect(statesDate('in February 2026', '2026-02')).toBe(true);
    expect(statesDate('in 2026', '2026-02')).toBe(false);
    expect(statesDate('16 to 22 February 2026', '2026-02-06')).toBe(false);
    expect(statesDate('February 16 to 22, 2026', '2026-02-06')).toBe(false);
  });
});

describe('supportProblems on a fact of a new article', () => {
  const article = 'Organisers expect around 40,000 visitors on 14 March 2027. "We are ready," the mayor said. Some 1,200 police will patrol.';
  const text = (id: string) => (id === 'new-article' ? article : undefined);
  const cite = (...quotes: string[]) => quotes.map((quote) => ({ source: 'new-article', quote }));
  const event = (changes: Partial<SeedFact>): SeedFact => ({
    id: 'new-summit', name: 'Summit', kind: 'games', start: '2027-03-14', end: null, date_precision: 'day', derived: false,
    place_ids: [], figures: [{ metric: 'expected_visitors', value: 40000, qualifier: 'approximately' }],
    citations: cite('Organisers expect around 40,000 visitors on 14 March 2027.'), ...changes,
  });

  it('passes a fact its quotes support', () => {
    expect(supportProblems('events', event({}), text)).toEqual([]);
  });

  it('refuses a person nothing names (no name, no role); a role alone names one', () => {
    const person = (changes: Partial<SeedFact>): SeedFact => ({ id: 'new-person', name: null, roles: [], country: null, derived: false, citations: cite('"We are ready," the mayor said.'), ...changes });
    expect(supportProblems('people', person({}), text)).toEqual(['nothing names it: give it a name (or, for a person, a role)']);
    expect(supportProblems('people', person({ roles: [{ title: 'mayor', organization_id: null, country: null }] }), text)).toEqual([]);
  });

  it('names the field and the value of each unsupported part', () => {
    expect(supportProblems('events', event({ start: '2027-03-15', figures: [{ metric: 'expected_visitors', value: 40000, qualifier: 'exactly' }] }), text)).toEqual([
      'figures[0] (expected_visitors) 40000 has qualifier "exactly" but its quote says "around 40,000" (approximately)',
      'start "2027-03-15": no quote states its day, month and year (quote the words that do, or mark the fact derived: true and say in note what was inferred)',
    ]);
    expect(supportProblems('events', event({ start: '2027-03-15', derived: true, note: 'The day is inferred: the day after the opening.' }), text)).toEqual([]);
  });

  it('excuses only the date parts a derived fact\'s note names: the rest must still be quoted', () => {
    const derived = (start: string, note: string) => supportProblems('events', event({ start, derived: true, note }), text);
    expect(derived('2028-03-14', 'The year is inferred: the summit after next.')).toEqual([]);
    expect(derived('2028-03-15', 'The year is inferred: the summit after next.')).toEqual([
      'start "2028-03-15": no quote states its day and month (the note says only the year is inferred; quote the words that state the rest, or say in note that it is inferred too)',
    ]);
    expect(derived('2028-04-15', 'The date is inferred: a month after the summit.')).toEqual([]);
    expect(derived('2028-04-15', 'Two mentions are taken to be one summit.')[0]).toContain('no quote states its day, month and year (quote the words that do, or say in note which part is inferred');
  });

  it('requires names and role titles in a quote of their row, unless a derived row\'s note names them as inferred', () => {
    const person = (changes: Partial<SeedFact>): SeedFact => ({
      id: 'mayor', name: null, roles: [{ title: 'Mayor', organization_id: null, country: null }], country: null, derived: false,
      citations: cite('"We are ready," the mayor said.'), ...changes,
    });
    const names = { names: true };
    expect(supportProblems('people', person({}), text, names)).toEqual([]);
    expect(supportProblems('people', person({ name: 'Ann Lee' }), text)).toEqual([]);
    expect(supportProblems('people', person({ name: 'Ann Lee', roles: [{ title: 'Senator', organization_id: null, country: null }] }), text, names)).toEqual([
      'name "Ann Lee" does not occur in its quotes (quote the words that give it, or mark the fact derived: true and say in note that "Ann Lee" is inferred, and from what)',
      'roles[0].title "Senator" does not occur in its quotes (quote the words that give it, or mark the fact derived: true and say in note that "Senator" is inferred, and from what)',
    ]);
    const inferred = { roles: [{ title: 'Senator', organization_id: null, country: null }], derived: true };
    expect(supportProblems('people', person({ ...inferred, note: 'The title "Senator" is inferred from the mayor\'s seat.' }), text, names)).toEqual([]);
    expect(supportProblems('people', person({ ...inferred, note: 'The country is inferred.' }), text, names)).toHaveLength(1);
  });

  it('reads the hedge the article puts before a quote that starts at the number', () => {
    const deployment: SeedFact = {
      id: 'police', organization_id: 'police', personnel: { value: 1200, qualifier: 'exactly' }, role: null, place_ids: [],
      event_id: null, part_of_id: null, derived: false, citations: cite('1,200 police will patrol.'),
    };
    expect(supportProblems('deployments', deployment, text)).toEqual([
      'personnel 1200: its quote "1,200 police will patrol." leaves out the hedge "some" the article puts before "1,200"; quote it',
    ]);
  });

  it('checks a protest\'s size like any quantity: in a quote, with the hedge the quote puts before it', () => {
    const march = 'About 2,500 people joined the march in Lyon on 14 March 2027.';
    const protestText = (id: string) => (id === 'new-article' ? march : undefined);
    const protest = (size: { value: number | null; qualifier: string | null }): SeedFact => ({
      id: 'lyon-march', name: 'March in Lyon', organizer_ids: [], place_ids: [], date: '2027-03-14', date_precision: 'day', size,
      derived: false, target: null, coincides_with_event_id: null, citations: cite(march),
    });
    expect(supportProblems('protests', protest({ value: 2500, qualifier: 'approximately' }), protestText)).toEqual([]);
    expect(supportProblems('protests', protest({ value: null, qualifier: null }), protestText)).toEqual([]);
    expect(supportProblems('protests', protest({ value: 2500, qualifier: 'exactly' }), protestText)).toEqual([
      'size 2500 has qualifier "exactly" but its quote says "about 2,500" (approximately)',
    ]);
    expect(supportProblems('protests', protest({ value: 3000, qualifier: 'approximately' }), protestText)).toEqual([
      'size 3000 does not occur in its quotes (in digits or words)',
    ]);
  });

  it('checks a quoted statement word for word, and asks for an unstated date to be quoted or marked derived', () => {
    const statement: SeedFact = {
      id: 'mayor-ready', speaker_id: 'mayor', kind: 'quote', text: 'We are all set.', date: '2027-03-13', date_precision: 'day',
      derived: false, about_ids: [], citations: cite('"We are ready," the mayor said.'),
    };
    expect(supportProblems('statements', statement, text)).toEqual([
      'date "2027-03-13": no quote states its day, month and year (quote the words that do, or mark the fact derived: true and say in note what was inferred)',
      'text "We are all set." is kind "quote" but does not occur word for word in its quotes',
    ]);
    // A collection whose rows cannot say they are derived is told to leave the date null instead.
    expect(dateProblems(statement, ['date'], false)).toEqual(['date "2027-03-13": no quote states its day, month and year (quote the words that do, or leave the date null)']);
    // A closing full stop the article prints as a comma before "the mayor said" is the same sentence.
    expect(supportProblems('statements', { ...statement, text: 'We are ready.', date: null, date_precision: null }, text)).toEqual([]);
    expect(supportProblems('statements', { ...statement, text: 'We are all ready.', date: null, date_precision: null }, text)).toHaveLength(1);
  });
});

describe('what a note says is inferred, and names in a passage', () => {
  it('reads the date parts a note names as the subject of a clause, in hand-written and ingest notes', () => {
    expect([...inferredDateParts('The year is inferred: 2026 is the year of the Games.')]).toEqual(['year']);
    expect([...inferredDateParts('The year and the operator are inferred. The zones apply with no day given.')]).toEqual(['year']);
    expect([...inferredDateParts('The date is inferred: the preceding Saturday.')].sort()).toEqual(['day', 'month', 'year']);
    expect([...inferredDateParts("year of '6 March' taken from the publication date 2026-03-01")]).toEqual(['year']);
    expect([...inferredDateParts("date of 'Monday' counted back from the publication date 2026-03-04")].sort()).toEqual(['day', 'month', 'year']);
    expect([...inferredDateParts('part_of_id is inferred: the forces listed make up the total, the date being stated.')]).toEqual([]);
    expect([...inferredDateParts(null)]).toEqual([]);
  });

  it('does not end a clause at an abbreviated month the note quotes, before its day', () => {
    expect([...inferredDateParts("year of 'Tuesday, Sept. 4' taken from the publication date 2031-08-30")]).toEqual(['year']);
    expect([...inferredDateParts("year of 'Jan. 3 to Jan. 5' taken from the publication date 2031-01-01; end date of 'Friday' the day after")]).toEqual(['year']);
    // A full stop before a word still ends the clause: the second clause's subject is not the first's.
    expect([...inferredDateParts('The operator is named in the text. The year is inferred.')]).toEqual(['year']);
    const fact = { id: 'x', derived: true, note: "year of 'Sept. 4' taken from the publication date 2031-08-30", citations: [{ source_id: 's', quote: 'The fair opens on Sept. 4.' }] } as unknown as SeedFact;
    expect(dateProblems({ ...fact, start: '2031-09-04' } as SeedFact, ['start'])).toEqual([]);
  });

  it('finds words as whole words, ignoring case, typographic quotes and dashes', () => {
    expect(occursAsWords('The hard-left USB union', 'usb union')).toBe(true);
    expect(occursAsWords('the police deployment', 'ICE')).toBe(false);
    expect(occursAsWords('Milan\u2019s iconic San Siro stadium', "Milan's iconic")).toBe(true);
    expect(occursAsWords('a control room\u2014a first', 'room-a first')).toBe(true);
  });
});

describe('a note that no longer says how the row\'s date was found', () => {
  // Published on Thursday 2026-02-26: "Saturday" counted back is 2026-02-21, forward 2026-02-28.
  const measure = (start: string, note: string): SeedFact => ({ id: 'bridge-closure', start, end: start, derived: true, note, citations: [] });
  const back = "date of 'Saturday' counted back from the publication date 2026-02-26";

  it('refuses a counted weekday none of the dates is, at the note', () => {
    expect(staleDateNoteProblems(measure('2026-02-21', back), ['start', 'end'])).toEqual([]);
    expect(staleDateNoteProblems(measure('2026-02-28', back), ['start', 'end'])).toEqual([
      `note: "${back}" gives none of the dates (start 2026-02-28, end 2026-02-28): rewrite the note to say how the date was found, or clear it`,
    ]);
    expect(staleDateNoteProblems(measure('2026-02-28', "date of 'Saturday' counted forward from the publication date 2026-02-26"), ['start', 'end'])).toEqual([]);
    // A weekday ahead that is the publication's own day: counted forward zero days.
    expect(staleDateNoteProblems(measure('2026-02-26', "date of 'Thursday' counted forward from the publication date 2026-02-26, the same day"), ['start', 'end'])).toEqual([]);
    // A weekday taken from a date written beside it states no computation to check.
    expect(staleDateNoteProblems(measure('2026-03-07', "date of 'Saturday' taken from 'Saturday, March 7' in the same sentence"), ['start'])).toEqual([]);
  });

  it('refuses an inferred year none of the dates has, and reaches the build\'s check of every fact', () => {
    const year = "year of 'June 11' taken from the publication date 2026-03-01";
    expect(staleDateNoteProblems(measure('2026-06-11', year), ['start'])).toEqual([]);
    expect(staleDateNoteProblems(measure('2027-06-11', year), ['start'])[0]).toMatch(/^note: .* gives the year 2026, which none of the dates \(start 2027-06-11\) has/);
    const event: SeedFact = { id: 'race', name: 'Race', kind: 'games', start: '2026-02-28', end: null, date_precision: 'day', derived: true, note: back, place_ids: [], figures: [], citations: [{ source: 'a', quote: 'The race is on Saturday.' }] };
    expect(supportProblems('events', event, () => 'The race is on Saturday.')).toContainEqual(expect.stringMatching(/^note: "date of 'Saturday' counted back/));
  });
});
