// What ingest read wrong in blind round 30 (issue 20), read by a general rule, on briefs of our own: analysts,
// experts and observers who comment are no body that speaks, while residents and shopkeepers still are.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('organizations: commentators are no group', () => {
  it('"Analysts in Lakeside said …" proposes no body and no statement; "Residents of Harbour Town said …" does', () => {
    const analysts = read(brief('Analysts in Lakeside said the dispute was as much about casual work as about pay.'));
    expect([analysts.organizations, analysts.statements]).toEqual([[], []]);
    const residents = read(brief('Residents of Harbour Town said the closures would cut them off for days.'));
    expect(residents.organizations.map((o) => o.name)).toEqual(['Residents of Harbour Town']);
    expect(residents.statements).toHaveLength(1);
  });
});

describe('organizations: names with "St." and with a list of portfolios', () => {
  it('"the Cantonal Police of St. Gallen" and "the Ministry of Trade, Industry, Employment and Regional Integration" whole', () => {
    const facts = read(brief('Officers of the Cantonal Police of St. Gallen will help. The Ministry of Trade, Industry, Employment and Regional Integration said prices would rise.'));
    expect(facts.organizations.map((o) => o.name)).toEqual(['Cantonal Police of St. Gallen', 'Ministry of Trade, Industry, Employment and Regional Integration']);
    expect(facts.places.map((p) => p.name)).not.toContain('Industry');
  });
});

describe('protests: a pay rise\'s day is not a strike\'s', () => {
  it('"offered a 15 percent rise from June 1 and called the strike illegal" dates no strike; "a strike on Friday" does', () => {
    const facts = read(brief('The port director said the authority had offered a 15 percent rise from June 1 and called the strike illegal. The union will hold a strike on Friday.'));
    expect(facts.protests.map((p) => p.date)).toEqual(['2031-05-09']);
  });
});
