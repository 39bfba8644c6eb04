// Counts of forces not written as "N officers of X", read on articles written for this test: list items
// "the <body>, with N officers", a count in parentheses after a body's name, two counts "respectively",
// numbers in words, a civilian body's volunteers, officers "on duty" with no body named, members of a
// named body, and the near misses (things a force noun describes, people hurt, a ministry sending officers).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptProposals } from '../src/ingest/accept.js';
import { extract } from '../src/ingest/extract.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { copySeed, tempDir } from './helpers/db.js';

function deploymentsOf(sentences: string) {
  const text = `Regatta Security Plan\n\n${sentences}\n`;
  const facts = extract({ sourceId: 'regatta-plan', published: '2026-07-01', text });
  const nameOf = (id: unknown) => facts.organizations.find((o) => o.id === id)?.name ?? String(id);
  return {
    deployments: facts.deployments.map((d) => ({ force: nameOf(d.organization_id), personnel: d.personnel as { value: number | null; qualifier: string | null }, rules: d.rules })),
    organizations: facts.organizations.map((o) => o.name),
  };
}
const counts = (sentences: string) => deploymentsOf(sentences).deployments.map((d) => [d.force, d.personnel.value, d.personnel.qualifier]);

describe('counts of forces beyond "N officers of X"', () => {
  it('gives each item of a list of forces its body: ", with N officers", a count in parentheses, a number in words', () => {
    const found = deploymentsOf('The forces taking part are:\n\n'
      + '- the Harbour Gendarmerie, with about 900 gendarmes on the quays;\n'
      + '- the Lakeside Police Directorate, with 2,400 officers on the streets and on the ferries;\n'
      + '- the Border Police, with up to 500 officers at Eastby Airport and at the ferry terminal;\n'
      + '- the Lakeside Local Police (about 350), which will handle traffic around the marina.');
    expect(found.deployments.map((d) => [d.force, d.personnel.value, d.personnel.qualifier])).toEqual([
      ['Harbour Gendarmerie', 900, 'approximately'],
      ['Lakeside Police Directorate', 2400, 'exactly'],
      ['Border Police', 500, 'up_to'],
      ['Lakeside Local Police', 350, 'approximately'],
    ]);
    expect(found.deployments[1]!.rules).toContain('deployment.giving-body');
    expect(found.deployments[3]!.rules).toEqual(['deployment.body-parentheses']);
    expect(found.organizations).not.toContain('Gendarmes');
  });

  it('reads a count in parentheses after a body, in words too, and no year', () => {
    expect(counts('The Harbour Gendarmerie (1,100 officers) guards the pass, and the Coast Guard (twelve officers) the bay.')).toEqual([
      ['Harbour Gendarmerie', 1100, 'exactly'], ['Coast Guard', 12, 'exactly'],
    ]);
    expect(counts('The Harbour Police (2019) closed the pier, and the Coast Guard (12 boats) patrolled.')).toEqual([]);
  });

  it('gives two counts "respectively" to the two bodies named before them, a place\'s police named in lowercase included', () => {
    const found = deploymentsOf('The Harbour Police and the police of North Lakeland will each send spotters who know the visiting fans (ten and twelve officers respectively), he said.');
    expect(found.deployments.map((d) => [d.force, d.personnel.value, d.rules])).toEqual([
      ['Harbour Police', 10, ['deployment.respectively']], ['North Lakeland police', 12, ['deployment.respectively']],
    ]);
    expect(counts('The two clubs will bring ten and twelve coaches respectively.')).toEqual([]);
  });

  it('counts a number in words before a force noun, but not people it says were hurt', () => {
    expect(counts('The Coast Guard would send eight liaison officers to the harbour.')).toEqual([['Coast Guard', 8, 'exactly']]);
    expect(counts('Two officers of the Coast Guard were hurt on Sunday.')).toEqual([]);
    expect(counts('About 30 officers of the Coast Guard were injured in the storm.')).toEqual([]);
  });

  it('gives the volunteers a civilian body provides to that body, and none to a body named elsewhere', () => {
    expect(counts('About 1,200 police officers will be on duty, the Lakeside Police said. The Harbour Riflemen\'s Union will provide up to 200 volunteers to help with traffic, it said.'))
      .toEqual([[':generic-force:Police officers', 1200, 'approximately'], ["Harbour Riflemen's Union", 200, 'up_to']]);
    expect(counts('The Lakeside Police said some 300 volunteers would sell programmes.')).toEqual([]);
  });

  it('gives a body\'s count to it after an apposition, but never to a ministry sending officers', () => {
    expect(counts("The Royal Harbour Guard, the country's military police, will provide more than 1,200 officers to guard the palace.")).toEqual([['Royal Harbour Guard', 1200, 'more_than']]);
    expect(deploymentsOf('The Lakeside Interior Ministry will send 300 officers to the coast.').deployments.map((d) => d.force)).not.toContain('Lakeside Interior Ministry');
  });

  it('holds officers said to be on duty, with no body in the sentence, as a force of no body', () => {
    const found = deploymentsOf('A police spokesman said about 120 officers had been on duty for the march.');
    expect(found.deployments.map((d) => [d.force, d.personnel.value, d.rules])).toEqual([[':generic-force:Officers', 120, ['deployment.count', 'deployment.generic-force']]]);
    expect(counts('A police spokesman said about 120 officers had watched the march.')).toEqual([]);
    // A figure reported as said before is the one the article's own count replaces.
    expect(counts('Police had said last week that about 4,200 officers would be on duty for the final.')).toEqual([]);
    // The officers are what the commissioner said, not who speaks.
    const facts = extract({ sourceId: 'regatta-plan', published: '2026-07-01', text: 'Regatta Security Plan\n\nAssistant Commissioner Ada Moen, who leads the operation, said some 120 officers would be stationed at the quay alone.\n' });
    expect(facts.statements.map((st) => st.speaker_id)).toEqual(['ada-moen']);
  });

  it('gives members counted to the body their word names, of the nationality before them, and reads no people in "police cameras"', () => {
    expect(counts('Of the French personnel, about 2,000 will be gendarmes.')).toEqual([['French Gendarmerie', 2000, 'approximately']]);
    expect(counts('More than 400 police cameras watch the routes to the stadium.')).toEqual([]);
  });

  it('counts a body\'s count told twice, in the lead and in a list, once', () => {
    const found = deploymentsOf('The Lakeside Police will put some two thousand officers on the streets.\n\nWho will be on duty:\n\n- Lakeside Police: some two thousand officers, with mounted units.');
    expect(found.deployments.map((d) => [d.force, d.personnel.value])).toEqual([['Lakeside Police', 2000]]);
  });
});

describe('listed parts of a total that resolution sets aside', () => {
  it('stay counts of their own, with no part_of_id pointing at no row, and are accepted', () => {
    // No day for the regatta: the article reads no event, so no event's total can take the generic count.
    const dir = copySeed();
    const file = join(tempDir('regatta-article-'), 'regatta.txt');
    writeFileSync(file, 'Regatta Security Plan\n\nLAKETON, July 1 (Wire) - More than 3,000 police officers, soldiers and stewards will be on duty for the regatta, the organisers said on Wednesday. The main points:\n\n'
      + '- About 2,000 officers of the Laketon Harbour Police.\n- Up to 250 soldiers of the Laketon Defence Forces.\n');
    const result = ingestArticle({ file, published: '2026-07-01', id: 'laketon-regatta', seedDir: dir });
    expect(result.resolution.unresolved.map((u) => u.mention)).toContain('Police officers');
    const parts = result.resolution.facts.deployments.filter((d) => [2000, 250].includes((d.personnel as { value: number }).value));
    expect(parts.map((d) => [d.part_of_id, d.note ?? null])).toEqual([[null, null], [null, null]]);
    expect(acceptProposals(dir, 'laketon-regatta').dropped).toEqual([]);
  });
});
