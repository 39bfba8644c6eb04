// A protest's size as ingest reads it from the protest's own sentence, on articles written for this test
// (not the seed's): the hedge kept with the build's table, a bare number exact, a vague crowd null, and
// proposals that pass the build's support checks, before and after accept.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildDatabase } from '../src/db/build.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { extract } from '../src/ingest/extract.js';
import { flagUnsupported, ingestArticle } from '../src/ingest/ingest.js';
import { copySeed, tempDir } from './helpers/db.js';

/** The protests ingest proposes from one sentence under a headline, checked as the build would check them. */
function protestsOf(sentence: string) {
  const text = `Protest News From Around Europe\n\n${sentence}\n`;
  const facts = extract({ sourceId: 'protest-news', published: '2026-05-04', text });
  expect(flagUnsupported(facts, () => text), sentence).toEqual([]);
  return facts.protests;
}
const sizeOf = (sentence: string) => {
  const protests = protestsOf(sentence);
  expect(protests, sentence).toHaveLength(1);
  return protests[0]!.size;
};

describe('protest size read from the protest\'s sentence', () => {
  it('keeps the hedge the sentence puts before the number, as the deployments do', () => {
    expect([
      'About 2,000 people joined a protest in Turin on 14 March 2026.',
      'More than 500 demonstrators held a rally in Lyon on 3 May 2026.',
      'The union staged a rally of some 3,000 protesters in Bologna on 9 June 2026.',
      'Organisers expect up to 10,000 participants at the march planned in Vienna on 20 June 2026.',
      'Nearly 400 activists held a vigil in Geneva on 2 July 2026.',
      'A crowd of about two thousand held a demonstration in Porto on 11 July 2026.',
    ].map(sizeOf)).toEqual([
      { value: 2000, qualifier: 'approximately' },
      { value: 500, qualifier: 'more_than' },
      { value: 3000, qualifier: 'approximately' },
      { value: 10000, qualifier: 'up_to' },
      // "nearly 400": fewer than 400 took part, as the build's hedge table reads it.
      { value: 400, qualifier: 'fewer_than' },
      { value: 2000, qualifier: 'approximately' },
    ]);
  });

  it('reads a bare number as exactly, and cites the sentence that states it', () => {
    const [protest] = protestsOf('A rally of 2,500 protesters was held in Genoa on 8 March 2026.');
    expect(protest!.size).toEqual({ value: 2500, qualifier: 'exactly' });
    expect(protest!.citations.map((c) => c.quote)).toEqual(['A rally of 2,500 protesters was held in Genoa on 8 March 2026.']);
  });

  it('takes the size from a later sentence about "the march" into the protest it names, citing both', () => {
    const text = 'Protest News From Around Europe\n\nThe CGT union has called a march in central Lyon on Saturday. Organisers expect about 5,000 people to join the march.\n';
    const facts = extract({ sourceId: 'protest-news', published: '2026-05-04', text });
    expect(flagUnsupported(facts, () => text)).toEqual([]);
    expect(facts.protests).toHaveLength(1);
    expect(facts.protests[0]!.size).toEqual({ value: 5000, qualifier: 'approximately' });
    expect(facts.protests[0]!.citations.map((c) => c.quote)).toEqual(['The CGT union has called a march in central Lyon on Saturday.', 'Organisers expect about 5,000 people to join the march.']);
  });

  it('leaves a vague size null rather than inventing a number', () => {
    for (const sentence of [
      'Thousands of people joined a protest in Turin on 14 March 2026.',
      'Hundreds held a demonstration in Naples on 15 March 2026.',
      'Several thousand people will march in a protest in Milan on 16 March 2026.',
      'Tens of thousands of protesters gathered for a rally in Rome on 17 March 2026.',
    ]) expect(sizeOf(sentence), sentence).toEqual({ value: null, qualifier: null });
  });

  it('does not take people counted for something else as the size', () => {
    for (const sentence of [
      'Police arrested 30 protesters at the rally held in Turin on 14 March 2026.',
      'A union of 40,000 workers called a march in Turin on 14 March 2026.',
      'The march held in Turin on 14 March 2026 ended after 12 people were injured.',
    ]) expect(sizeOf(sentence), sentence).toEqual({ value: null, qualifier: null });
  });
});

describe('protest sizes through ingest, accept and the build', () => {
  it('proposes sizes that pass the support checks and end up in the database', () => {
    const seedDir = copySeed();
    const file = join(tempDir('protest-size-'), 'pension-protests.txt');
    writeFileSync(file, [
      'Pension Protests Spread Across Northern Italy',
      '',
      'About 2,000 people joined a march in Turin on 7 March 2026 against the pension reform.',
      'A rally of 2,500 protesters was held in Genoa on 8 March 2026.',
      'Thousands of people will join a demonstration in Bologna on 21 March 2026.',
      '',
    ].join('\n'));
    const { resolution, flagged } = ingestArticle({ file, published: '2026-03-10', id: 'pension-protests', seedDir });
    expect(flagged).toEqual([]);
    expect(resolution.facts.protests.map((p) => [p.date, p.size])).toEqual([
      ['2026-03-07', { value: 2000, qualifier: 'approximately' }],
      ['2026-03-08', { value: 2500, qualifier: 'exactly' }],
      ['2026-03-21', { value: null, qualifier: null }],
    ]);
    expect(acceptProposals(seedDir, 'pension-protests').dropped).toEqual([]);
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir });
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT date, size_value, size_qualifier FROM protests WHERE review = 'machine' ORDER BY date").all()).toEqual([
      { date: '2026-03-07', size_value: 2000, size_qualifier: 'approximately' },
      { date: '2026-03-08', size_value: 2500, size_qualifier: 'exactly' },
      { date: '2026-03-21', size_value: null, size_qualifier: null },
    ]);
    db.close();
  });
});
