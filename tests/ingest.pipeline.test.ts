// The extraction passes run in the order src/ingest/pipeline.ts writes down; each reads only what an
// earlier pass has written. An article that yields more proposals than a reviewer can check is refused,
// and the rule ids of accepted facts stay in the seed, not in what the API serves.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import { extract } from '../src/ingest/extract.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { IngestError } from '../src/ingest/input.js';
import { LEXICON_FILE, loadLexicon } from '../src/ingest/lexicon.js';
import { PIPELINE } from '../src/ingest/pipeline.js';
import { copySeed, tempDir } from './helpers/db.js';

describe('the extraction pipeline', () => {
  it('names each pass once, each in a module of its own that exists', () => {
    expect(new Set(PIPELINE.map((p) => p.name)).size).toBe(PIPELINE.length);
    for (const pass of PIPELINE) expect(existsSync(join(import.meta.dirname, '../src/ingest', pass.module)), pass.module).toBe(true);
  });

  it.each(PIPELINE.map((pass, index) => [pass.name, index] as const))('%s reads only what the passes before it write', (_name, index) => {
    const written = new Set(PIPELINE.slice(0, index).flatMap((p) => p.writes));
    expect(PIPELINE[index]!.reads.filter((product) => !written.has(product))).toEqual([]);
  });

  it('refuses an article that yields more proposals than the cap, naming the cap and the pass', () => {
    const text = `Notes\n\n${Array.from({ length: 5 }, (_, i) => `The Harbour Unit ${'ABCDE'[i]} Police watched pier ${i}.`).join(' ')}\n`;
    expect(extract({ sourceId: 'notes', published: '2026-05-04', text }).organizations).toHaveLength(5);
    expect(() => extract({ sourceId: 'notes', published: '2026-05-04', text, maxProposals: 4 })).toThrow(IngestError);
    expect(() => extract({ sourceId: 'notes', published: '2026-05-04', text, maxProposals: 4 })).toThrow(/more than 4 proposals \(5 after the organizations pass\)/);
  });
});

describe('rule ids in the seed', () => {
  it('accept keeps each fact\'s rule ids under `rules`; the build checks them and does not keep them', () => {
    const seedDir = copySeed();
    const file = join(tempDir(), 'note.txt');
    writeFileSync(file, 'Harbour Days Security Plan\n\nTransport Minister Ola Berg said on Monday that about 400 officers of the Coast Guard would patrol Bergen during the Harbour Days Festival.\n');
    const { sourceId } = ingestArticle({ file, published: '2026-05-04', seedDir });
    acceptProposals(seedDir, sourceId);
    const deployments = parse(readFileSync(join(seedDir, 'facts/deployments.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    const accepted = deployments.find((d) => (d.citations as Array<{ source: string }>).some((c) => c.source === sourceId));
    expect(accepted?.rules).toEqual(['deployment.count']);
    const loaded = loadSeed(seedDir).facts.get('deployments')!.find((d) => d.id === accepted!.id)!;
    expect(loaded).not.toHaveProperty('rules');
    // A rule id that is not one fails the build, with the file and the fact named.
    writeFileSync(join(seedDir, 'facts/deployments.yaml'), readFileSync(join(seedDir, 'facts/deployments.yaml'), 'utf8').replace('- deployment.count', '- Deployment Count'));
    expect(() => loadSeed(seedDir)).toThrow(new RegExp(`facts/deployments.yaml fact "${accepted!.id}"`));
  });
});

describe('the lexicon data file', () => {
  it('is refused with the path of an entry that does not fit its shape', () => {
    const file = join(tempDir(), 'lexicon.yaml');
    writeFileSync(file, readFileSync(LEXICON_FILE, 'utf8').replace(/^ {2}Ministry: ministry$/m, '  Ministry: department_store'));
    expect(() => loadLexicon(file)).toThrow(/org_heads\/Ministry/);
    expect(loadLexicon().org_heads.Ministry).toBe('ministry');
  });
});
