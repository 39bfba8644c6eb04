import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../../src/db/build.js';
import { SEED_DIR } from '../../src/lib/paths.js';

export const tempDir = (prefix = 'event-facts-') => mkdtempSync(join(tmpdir(), prefix));

/** Builds the real seed into a fresh temporary file and returns its path. */
export function buildSeedDatabase(): string {
  const dbPath = join(tempDir(), 'facts.db');
  buildDatabase({ dbPath });
  return dbPath;
}

/** A writable copy of seed/ to break on purpose. */
export function copySeed(): string {
  const dir = join(tempDir('event-facts-seed-'), 'seed');
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}
