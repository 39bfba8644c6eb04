// What ingest read wrong in blind round 46 (issue 20), read by general rules, on briefs of our own: a speaker whose
// surname is also a town's or a lane's ("Graham Lane said"), never a site ("Albert Market said"); a rank with its
// grade ("Senior Sergeant"); a town named after "above" or "through".
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';


describe('a speaker whose surname names a place too', () => {
  it('is a person when the first name is one and the surname a town\'s or a lane\'s, not a site\'s', () => {
    const facts = read(brief('The petition arrived on Monday. Graham Lane said he received it. Ada Moen said she signed it. Traders at Albert Market said prices had risen.'));
    expect(facts.people.map((p) => p.name)).toEqual(['Graham Lane', 'Ada Moen']);
    expect(facts.places.map((p) => p.name)).toContain('Albert Market');
  });
});

describe('a rank with its grade, and towns after words of where', () => {
  it('titles "Senior Sergeant Dean Walsh" whole, and reads towns "above" and "through" which something happens', () => {
    const facts = read(brief('Senior Sergeant Dean Walsh said 14 officers were on duty. A wildfire broke out in the hills above Funchal, and marchers walked through Cetinje.'));
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toEqual([['Dean Walsh', 'Senior Sergeant']]);
    expect(facts.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Funchal', 'Cetinje']));
  });
});

// Ingest's findings 7 and 9 of the thirty-fifth review test (docs/review-first-use-34.md), on briefs of our own.
describe('a gathering that runs until a day, and a city hall opening its sentence', () => {
  it('ends "the games" on the day after "will run until", when later than their start', () => {
    const text = brief('The Lakeside Nomad Games open on Sunday, May 11. The games will run until May 17, with 900 athletes.');
    expect(read(text).events.map((e) => [e.name, e.start, e.end])).toEqual([['Lakeside Nomad Games', '2031-05-11', '2031-05-17']]);
    const closed = brief('The Lakeside Nomad Games open on Sunday, May 11. The road will be closed until May 17.');
    expect(read(closed).events.map((e) => e.end)).toEqual([null]);
  });
  it('names the body "Eastby City Hall", not "The Eastby City Hall"', () => {
    expect(read(brief('The Eastby City Hall will close Harbour Avenue on Sunday.')).organizations.map((o) => o.name)).toEqual(['Eastby City Hall']);
  });
});

// What ingest read wrong in blind round 47 (issue 20), on briefs of our own.
describe('a governor spoken for, and a street named by a date', () => {
  it('makes no body of a title of office after "a spokesperson for"; a body\'s name still is one', () => {
    const text = brief('A spokesperson for the Governor said the repairs would end soon. A spokeswoman for Harbour Lines said the ferries would run.');
    expect(read(text).organizations.map((o) => o.name)).toEqual(['Harbour Lines']);
  });
  it('reads no date in "8 March Street", and still reads "on 8 March"', () => {
    const text = brief('Parking was banned on 8 March Street on Saturday. The march on 8 March went ahead.');
    expect(read(text).measures.map((m) => m.start)).toEqual(['2031-05-03']);
  });
});

describe('a notice\'s dated heading, a cricket ground, a sports league', () => {
  it('reads no gathering from "<day> - please read …"; a ground closed by "Oval" is a venue; a premier league a sports body', () => {
    const notice = read('Notice to guests\n\nSunday, May 11, 2031 - please read before leaving the hotel today\n\nRoads near the stadium close at noon.\n');
    expect(notice.events).toEqual([]);
    const text = brief('Police will put 900 officers on duty for the final at Lakeside Oval on Saturday. The Lakeside Premier League said the final was sold out.');
    expect(read(text).places.map((p) => [p.name, p.kind])).toContainEqual(['Lakeside Oval', 'venue']);
    expect(read(text).organizations.map((o) => [o.name, o.kind])).toContainEqual(['Lakeside Premier League', 'association']);
  });
});

describe('members of a union counted', () => {
  it('are no force: "212 of our members have been locked out"; officers of a force still are', () => {
    expect(read(brief('Since Monday, 212 of our members have been locked out, the union said.')).deployments).toEqual([]);
    expect(read(brief('About 400 police officers will be on duty at the dock.')).deployments.map((d) => (d.personnel as { value: number }).value)).toEqual([400]);
  });
});

const LETTER = [
  'THE LAKESIDE COURIER - LETTERS',
  '',
  'Sir,',
  '',
  'I write as chair of the Lakeside Boatmen\'s Union about your report of last week.',
  '',
  'We kept 30 boats across the harbour mouth for three days. Not one of us was arrested.',
  '',
  'Ada Moen',
  'Chair, Lakeside Boatmen\'s Union',
  '',
  'The editor replies:',
  '',
  'We thank Ms Moen for her letter. The harbour police said about 200 people took part.',
  '',
].join('\n');

describe('a letter to the editor (rules person.letter-signature and statement.letter)', () => {
  it('reads its signer, titled of the body under the name, and each paragraph as one quote of theirs, not the editor\'s reply', () => {
    const facts = read(LETTER);
    expect(facts.people.map((p) => [p.name, (p.roles as Array<{ title: string }>)[0]?.title])).toContainEqual(['Ada Moen', 'Chair of the Lakeside Boatmen\'s Union']);
    const quotes = facts.statements.filter((s) => s.speaker_id === 'ada-moen').map((s) => s.text);
    expect(quotes).toEqual(['I write as chair of the Lakeside Boatmen\'s Union about your report of last week.', 'We kept 30 boats across the harbour mouth for three days. Not one of us was arrested.']);
  });
  it('reads no letter without a salutation', () => {
    expect(read(LETTER.replace('Sir,', 'Notes,')).statements.filter((s) => s.speaker_id === 'ada-moen')).toEqual([]);
  });
});
