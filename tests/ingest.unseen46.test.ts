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
