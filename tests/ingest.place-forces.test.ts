// Counts of forces read on articles written for this test: each place's police counted in parentheses after
// its name, a body's count right after its name (", which is sending 400"), and a force's new total after an
// addition stated with where it stands; a bare number a named police force puts "on the streets".
import { describe, expect, it } from 'vitest';
import { extract } from '../src/ingest/extract.js';

function deploymentsOf(sentences: string) {
  const text = `Regatta Security Plan\n\n${sentences}\n`;
  const facts = extract({ sourceId: 'regatta-plan', published: '2026-07-01', text });
  const nameOf = (id: unknown) => facts.organizations.find((o) => o.id === id)?.name ?? String(id);
  return facts.deployments.map((d) => ({ force: nameOf(d.organization_id), personnel: d.personnel }));
}

describe('counts of forces', () => {
  it('gives each place named after "the police forces of" its own count', () => {
    expect(deploymentsOf('More officers come from the police forces of Lorraine (90 officers) and Alsace (about 60), the prefect said.')).toEqual([
      { force: 'Lorraine police', personnel: { value: 90, qualifier: 'exactly' } },
      { force: 'Alsace police', personnel: { value: 60, qualifier: 'approximately' } },
    ]);
  });

  it('reads no force from a count in parentheses without a police force named before it', () => {
    expect(deploymentsOf('The team from Lorraine (12 players) arrived on Monday.')).toEqual([]);
  });

  it('reads a new total stated with where the force stands', () => {
    const found = deploymentsOf('The Harbour Police will send 80 more officers to the port, bringing its total in the port to about 500, the force said.');
    expect(found.map((d) => d.personnel)).toEqual(expect.arrayContaining([{ value: 500, qualifier: 'approximately' }]));
  });

  it('gives a bare count right after a body\'s name to that body, and none to a body sending things', () => {
    const found = deploymentsOf('The forces on the quay:\n\n- the Harbour Police, which is sending 400;\n- the Coast Guard, which is sending 12 boats.');
    expect(found).toEqual([{ force: 'Harbour Police', personnel: { value: 400, qualifier: 'exactly' } }]);
  });

  it('gives a bare number put "on the streets" to the police force named before it, and none with no force named', () => {
    expect(deploymentsOf('The Harbour Police said it will put some 900 on the streets for the regatta.')).toEqual([{ force: 'Harbour Police', personnel: { value: 900, qualifier: 'approximately' } }]);
    expect(deploymentsOf('The council said it will put some 900 on the streets for the regatta.')).toEqual([]);
  });
});
