import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../../src/db/build.js';
import { FIXTURE_SEED } from './paths.js';

export const tempDir = (prefix = 'event-facts-') => mkdtempSync(join(tmpdir(), prefix));

/** Builds the fixture seed into a fresh temporary file and returns its path. */
export function buildSeedDatabase(): string {
  const dbPath = join(tempDir(), 'facts.db');
  buildDatabase({ dbPath, seedDir: FIXTURE_SEED });
  return dbPath;
}

/** A writable copy of a seed (the fixture seed unless told) to break or grow on purpose. */
export function copySeed(from = FIXTURE_SEED): string {
  const dir = join(tempDir('event-facts-seed-'), 'seed');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file under a directory with its content hash: equal snapshots, untouched seed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
