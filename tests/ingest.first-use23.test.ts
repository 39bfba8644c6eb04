// What ingest missed or read wrong in the twenty-fourth first-use review test (issue 20), each read by a general rule,
// on briefs of our own: a fire and rescue service, a group said to be one in an appositive, a march a group "plans" on
// a weekday, and a period from a weekday to a written date.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('organizations and their people', () => {
  it('reads "Eastby Fire and Rescue" as the body whose firefighters and paramedics are deployed', () => {
    const facts = read(brief('Eastby Fire and Rescue will station 60 firefighters and paramedics at the arena.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Eastby Fire and Rescue', 'agency']]);
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['eastby-fire-and-rescue', { value: 60, qualifier: 'exactly' }]]);
  });

  it('reads "Student Grants Now, a student group," as a group that organises the march it plans, dated forward', () => {
    const facts = read(brief('Student Grants Now, a student group, plans a march on Saturday.'));
    expect([facts.people, facts.organizations.map((o) => [o.name, o.kind])]).toEqual([[], [['Student Grants Now', 'political_group']]]);
    expect(facts.protests.map((p) => [p.organizer_ids, p.date])).toEqual([[['student-grants-now'], '2031-05-10']]);
  });
});

describe('dates: a range from a weekday to a written date', () => {
  it('reads "from Friday to May 17" and "from Saturday until May 16" as periods, the weekday forward', () => {
    const facts = read(brief('Drones will be banned over the city from Friday to May 17 under an order from the Civil Aviation Agency. The police have also banned flares around the arena from Saturday until May 16.'));
    expect(facts.measures.map((m) => [m.kind, m.start, m.end])).toEqual([['airspace_restriction', '2031-05-09', '2031-05-17'], ['ban', '2031-05-10', '2031-05-16']]);
  });
});
