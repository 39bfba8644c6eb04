// What the twenty-seventh review test found ingest reading wrong (issue 20), each read by a general rule, on briefs of
// our own: a title holding its body, a race meeting, "Races" and "Racecourse".
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('a title that names a body the article proposes (rule person.role-body-in-title)', () => {
  it('gives the role that body, the title kept as written', () => {
    const facts = read(brief('Ada Holm, chief executive of the Lakeside Race Committee, said the Thursday card had sold out.'));
    const committee = facts.organizations.find((o) => o.name === 'Lakeside Race Committee')!;
    expect(facts.people.find((p) => p.name === 'Ada Holm')!.roles).toEqual([expect.objectContaining({ title: 'Chief executive of the Lakeside Race Committee', organization_id: committee.id })]);
  });
  it('leaves a body the article does not propose in the title, and a candidate for a body is not of it', () => {
    const facts = read(brief('Ada Holm, director of the Lakeside Games, said the card had sold out. Jan Berg, a candidate for the Lakeside City Council, said 200 officers would be there.'));
    const roles = Object.fromEntries(facts.people.map((p) => [p.name, (p.roles as Array<Record<string, unknown>>)[0]]));
    expect(roles['Ada Holm']).toMatchObject({ title: 'Director of the Lakeside Games', organization_id: null });
    expect(roles['Jan Berg']?.organization_id ?? null).toBeNull();
  });
});

describe('races and their meetings', () => {
  it('reads "the Lakeside Races, which open on Monday at Holm Racecourse": a contest of that day at a venue', () => {
    const facts = read(brief('About 750 officers will be on duty for the Lakeside Races, which open on Monday at Holm Racecourse.'));
    expect(facts.events.map((e) => [e.name, e.kind, e.start])).toEqual([['Lakeside Races', 'games', '2031-05-12']]);
    expect(facts.places.map((p) => [p.name, p.kind])).toContainEqual(['Holm Racecourse', 'venue']);
  });
  it('takes "last year\'s meeting" in a story about a contest for its last edition, and for a summit in a festival\'s', () => {
    expect(eventsOf(brief('About 750 officers will guard the Lakeside Races on Monday, more than at last year\'s meeting.')))
      .toMatchObject({ '2030 Lakeside Races': ['games', '2030'] });
    expect(eventsOf(brief('About 750 officers will guard the Lakeside Festival on Monday, more than at last year\'s meeting.')))
      .toMatchObject({ 'Meeting of 2030': ['summit', '2030'] });
  });
});
