// What ingest missed or read wrong in the twenty-third first-use review test (issue 20), each read by a general rule,
// on briefs of our own: one person arrested, a charity, "its director" after a body named in the same sentence,
// pilgrims counted for the event, and a measure's operator named by "under an order from".
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, read } from './helpers/briefs.js';

describe('events: one person arrested, pilgrims expected', () => {
  it('reads "A man was arrested on Friday after posting threats" as an incident, and arrests of many as none', () => {
    expect(eventsOf(brief('A man was arrested on Friday after posting threats against the visit online, the minister said.'))).toEqual({ Arrest: ['incident', '2031-05-02'] });
    expect(eventsOf(brief('Twelve protesters were arrested on Friday after the march.'))).not.toHaveProperty('Arrest');
  });

  it('counts pilgrims expected at the event as its figure', () => {
    const facts = read(brief('About 3,500 officers will be on duty on Sunday, when the Pope celebrates an open-air Mass at the stadium. More than 60,000 pilgrims are expected at the Mass.'));
    expect(facts.events.map((e) => e.figures)).toEqual([[{ metric: 'pilgrims', value: 60000, qualifier: 'more_than' }]]);
  });
});

describe('bodies: a charity, its director, an order from an agency', () => {
  it('reads the Harbour Catholic Charity as an association, whose volunteers are deployed, and its director as of it', () => {
    const facts = read(brief('Up to 1,200 volunteers of the Harbour Catholic Charity will hand out water, its director, Eva Holm, said.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Harbour Catholic Charity', 'association']]);
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['harbour-catholic-charity', { value: 1200, qualifier: 'up_to' }]]);
    expect(facts.people.map((p) => (p.roles as Array<{ organization_id: string | null }>)[0]?.organization_id)).toEqual(['harbour-catholic-charity']);
  });

  it('gives a drone ban "under an order from the Civil Aviation Agency" that operator', () => {
    const facts = read(brief('Drones will be banned over the city from Friday to Sunday under an order from the Civil Aviation Agency.'));
    expect(facts.measures.map((m) => m.operator_ids)).toEqual([['civil-aviation-agency']]);
  });
});
