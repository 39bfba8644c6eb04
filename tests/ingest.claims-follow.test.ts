// A follow-up's claims follow the rows they are about (issue 20): two sources' counts of a protest's crowd in a
// follow-up, whose protest is found to be the known one, are claims on the known protest, and the accept keeps
// them. Every text here was written for this test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { copySeed, tempDir } from './helpers/db.js';

describe('size claims of a follow-up on a known protest', () => {
  const first = [
    'Students Block Lakeside Ring Road',
    '',
    'LAKESIDE, May 5 (Wire) - Hundreds of students sat down across the Lakeside Ring Road on Monday in protest against new tolls, the Harbour Students Union said.',
  ].join('\n');
  const followUp = [
    'Ring Road Blockade: 40 Charged',
    '',
    'LAKESIDE, May 7 (Wire) - A magistrate charged 40 students on Wednesday over Monday\'s blockade of the Lakeside Ring Road.',
    '',
    'Police stood by their crowd estimate of about 600 protesters; the union repeated its figure of more than 2,500.',
  ].join('\n');

  it('are claims on the known protest, kept by the accept', () => {
    const seedDir = copySeed();
    const dir = tempDir();
    writeFileSync(join(dir, 'first.txt'), first);
    writeFileSync(join(dir, 'follow-up.txt'), followUp);
    ingestArticle({ file: join(dir, 'first.txt'), published: '2031-05-05', id: 'first', seedDir });
    acceptProposals(seedDir, 'first');
    const protest = loadSeed(seedDir).facts.get('protests')!.find((p) => p.date === '2031-05-05')!;
    expect(protest).toBeDefined();

    const { resolution } = ingestArticle({ file: join(dir, 'follow-up.txt'), published: '2031-05-07', id: 'follow-up', seedDir });
    expect(resolution.facts.protests).toEqual([]);
    expect(resolution.facts.claims.map((c) => [c.subject_id, c.value])).toEqual([[protest.id, 'approximately 600'], [protest.id, 'more than 2500']]);
    acceptProposals(seedDir, 'follow-up');
    const claims = loadSeed(seedDir).facts.get('claims')!.filter((c) => c.subject_id === protest.id);
    expect(claims.map((c) => c.value)).toEqual(['approximately 600', 'more than 2500']);
  });
});
