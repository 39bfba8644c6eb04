// Builds a new dataset version from a seed (the tests' fixture seed, or seed/ for the cluster test): the same
// facts with one comment added to an annotation file, so the build gets its own content hash (the served version).
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../../src/db/build.js';

/** Builds the variant at dbPath (the build's atomic rename) and returns its content hash. */
export function buildVariant(dbPath: string, label: string, seedDir: string): string {
  const seed = join(mkdtempSync(join(tmpdir(), 'event-facts-variant-')), 'seed');
  cpSync(seedDir, seed, { recursive: true });
  appendFileSync(join(seed, 'facts', 'events.yaml'), `\n# variant ${label}\n`);
  return buildDatabase({ dbPath, seedDir: seed }).contentHash;
}
