// What the twenty-ninth review test found ingest missing (issue 20), each read by a general rule, on briefs of our own:
// a person set off by the office a relative clause names, a city administration.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('a name set off by "who chairs", "who heads" … (rule person.who-heads)', () => {
  it('is a person titled by the verb\'s office, of the body the clause names', () => {
    const facts = read(brief('The Lakeside Taxi Union said 300 members would march. Ada Moen, who heads the union, said it would be peaceful.'));
    const union = facts.organizations.find((o) => o.name === 'Lakeside Taxi Union')!;
    expect(facts.people.map((p) => [p.name, p.roles])).toEqual([['Ada Moen', [expect.objectContaining({ title: 'Head', organization_id: union.id })]]]);
    expect(facts.statements.map((s) => s.speaker_id)).toContain(facts.people[0]!.id);
  });
  it('reads no person from a body "which chairs", nor a title from a clause of another verb', () => {
    // Ada Moen speaks, so she is a person (rule person.speaking), but "who joined the union" gives her no office.
    expect(read(brief('The Lakeside Council, which chairs the talks, said 300 officers would come. Ada Moen, who joined the union, said so.')).people
      .map((p) => [p.name, p.roles])).toEqual([['Ada Moen', []]]);
  });
});

describe('a city\'s administration in lowercase (rule organization.place-authority)', () => {
  it('is a government body, the operator of the ban it imposes', () => {
    const facts = read(brief('The Lakeside city administration has banned alcohol near the arena from Saturday.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Lakeside city administration', 'government']]);
    expect(facts.measures[0]).toMatchObject({ operator_ids: [facts.organizations[0]!.id] });
  });
});
