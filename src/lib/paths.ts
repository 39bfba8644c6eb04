// Locations inside the project, valid both from src/ (tsx, vitest) and from the compiled dist/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));
export const SEED_DIR = fileURLToPath(new URL('../../seed', import.meta.url));
export const DEFAULT_DB_PATH = fileURLToPath(new URL('../../data/event-facts.db', import.meta.url));

/** The drizzle migration a database must be at: the newest entry of migrations/meta/_journal.json. */
export function expectedMigration(): { tag: string; createdAt: number } {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as { entries: Array<{ tag: string; when: number }> };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('migrations/meta/_journal.json lists no migration');
  return { tag: last.tag, createdAt: last.when };
}
