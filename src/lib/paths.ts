// Locations inside the project, valid from src/ (tsx, vitest), from the compiled dist/ and from the bundled
// dist/bundle/ (scripts/bundle.mjs), where every module's code sits in one of a few files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { moduleExtension } from './threads.js';

/**
 * Where the bundle's entry files are, relative to the project root: esbuild's `define` sets it in a bundle
 * (scripts/bundle.mjs), where a module's own URL names the bundle's file, not the module's place in src/.
 */
declare const BUNDLE_DIR: string | undefined;

/** The nearest folder at or above `start` that holds a package.json: the same from src/, dist/ and dist/bundle/. */
function projectRootAbove(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json at or above ${start}`);
  }
}

export const PROJECT_ROOT = projectRootAbove(dirname(fileURLToPath(import.meta.url)));
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');
export const SEED_DIR = join(PROJECT_ROOT, 'seed');
export const DEFAULT_DB_PATH = join(PROJECT_ROOT, 'data/event-facts.db');

/** The folder whose layout mirrors src/: src/ itself (tsx, vitest), dist/ (tsc) or the bundle's folder. */
const MODULES_ROOT = typeof BUNDLE_DIR === 'string' ? pathToFileURL(join(PROJECT_ROOT, BUNDLE_DIR, '/')) : new URL('../', import.meta.url);

/** The URL of an entry module (a worker thread's), named by its path under src/ without extension. */
export function entryModule(pathInSrc: string): URL {
  return new URL(`${pathInSrc}.${moduleExtension(import.meta.url)}`, MODULES_ROOT);
}

/** The drizzle migration a database must be at: the newest entry of migrations/meta/_journal.json. */
export function expectedMigration(): { tag: string; createdAt: number } {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as { entries: Array<{ tag: string; when: number }> };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('migrations/meta/_journal.json lists no migration');
  return { tag: last.tag, createdAt: last.when };
}
