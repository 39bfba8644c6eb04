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
