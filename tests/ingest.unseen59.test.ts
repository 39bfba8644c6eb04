// What blind round 59 and the forty-sixth review test found ingest reading wrong or missing (issue 20), each read by
// a general rule, on briefs of our own: a general directorate named in the French and Spanish order.
import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers/briefs.js';

describe('an office named with "General" after its head word (rule organization.head-word)', () => {
  it('is a body when what it is of follows, and speaks', () => {
    const facts = read(brief('Drone flights over the marina will be banned on both days, the Directorate General of Civil Aviation said.'));
    expect(facts.organizations.map((o) => [o.name, o.kind])).toEqual([['Directorate General of Civil Aviation', 'agency']]);
    expect(facts.statements.map((s) => s.speaker_id)).toEqual(['directorate-general-of-civil-aviation']);
    expect(read(brief('The Consulate General of Ruritania will close on Friday.')).organizations.map((o) => o.name)).toEqual(['Consulate General of Ruritania']);
  });
  it('is none without what it is of, nor after a head word that names no office', () => {
    expect(read(brief('The Directorate General will meet on Friday.')).organizations).toEqual([]);
    expect(read(brief('Harbour Police General Ada Moen spoke on Friday.')).organizations.map((o) => o.name)).not.toContain('Harbour Police General');
  });
});

describe('a festival whose name opens with a place the article names', () => {
  it('is held there', () => {
    const [festival] = read(brief('Police will send 300 officers to Bergen for the Bergen Harbour Carnival, whose parade will wind through the city on Saturday.')).events;
    expect(festival).toMatchObject({ name: 'Bergen Harbour Carnival', place_ids: ['bergen'] });
  });
  it('is held nowhere the name does not open with', () => {
    const [festival] = read(brief('The Harbour Lights Festival opens on Saturday, two hours from Bergen.')).events;
    expect(festival).toMatchObject({ name: 'Harbour Lights Festival', place_ids: [] });
  });
});
