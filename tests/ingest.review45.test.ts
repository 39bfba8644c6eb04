// What the forty-fifth review test (docs/review-first-use-44.md) found ingest reading wrong, each read by a general rule
// on briefs of our own: a region's department of internal affairs is its police, and a city's administration its
// government, and a count due to compete a figure of the event.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('a body\'s kind by its name (organization.head-word)', () => {
  it('is a police force for a department of internal affairs, which deploys its officers', () => {
    const facts = read(brief('The Lakeside Region Internal Affairs Department will deploy around 3,000 police officers across Lakeside for the festival.'));
    expect(facts.organizations.map((o) => [o.id, o.kind])).toEqual([['lakeside-region-internal-affairs-department', 'police_force']]);
    expect(facts.deployments.map((d) => [d.organization_id, d.personnel])).toEqual([['lakeside-region-internal-affairs-department', { value: 3000, qualifier: 'approximately' }]]);
  });
  it('is a government for a city\'s administration, an agency for another administration', () => {
    const kinds = (body: string) => read(brief(body)).organizations.map((o) => [o.name, o.kind]);
    expect(kinds('The Lakeside City Administration will close Mill Street on Friday.')).toEqual([['Lakeside City Administration', 'government']]);
    expect(kinds('The Lakeside Port Administration will close the quay on Friday.')).toEqual([['Lakeside Port Administration', 'agency']]);
  });
});

describe('a count said to be due to compete (the event details pass\'s figures)', () => {
  it('is a figure of the event', () => {
    expect(read(brief('The Lakeside Cup opens on Friday. More than 180 gymnasts are due to compete in the three-day event.')).events[0]!.figures).toEqual([{ metric: 'gymnasts', value: 180, qualifier: 'more_than' }]);
  });
});
