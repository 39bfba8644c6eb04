// The peer `npm run bench` compares uncached answers with: Platformatic's auto-generated REST API over the
// same rows. Its pinned packages are installed on first use into a cache directory outside the repository
// (only the npm registry is needed), so the project gains no dependency. 2.61.0 is the newest line that
// runs on Node 20 (3.x needs Node 22); its better-sqlite3 is compiled from source by `npm rebuild`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const PLATFORMATIC_VERSION = '2.61.0';
const PACKAGES = [`@platformatic/sql-openapi@${PLATFORMATIC_VERSION}`, `@platformatic/sql-mapper@${PLATFORMATIC_VERSION}`, 'fastify@5.12.8'];

/** The install directory, installed if absent. */
export function installPlatformatic(): string {
  const dir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'event-facts-bench', `platformatic-${PLATFORMATIC_VERSION}`);
  if (existsSync(join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"bench-peer","private":true,"type":"module"}\n');
  console.error(`installing Platformatic ${PLATFORMATIC_VERSION} into ${dir} (once)`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...PACKAGES], { cwd: dir, stdio: 'inherit' });
  execFileSync('npm', ['rebuild', 'better-sqlite3'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

/**
 * The peer's name for one of our columns. Platformatic 2.61 reads any query key starting with `where.or`
 * as its `where.or=(…)` disjunction, so a column named `or…` (our `organization_id`) cannot be filtered:
 * every `where.organizationId.eq` answers 500. Such a column gets a prefix in the peer's copy.
 */
export function peerColumn(column: string): string {
  return column.startsWith('or') ? `by_${column}` : column;
}

/** Platformatic's query-string name of a snake_case column. */
export function peerField(column: string): string {
  return peerColumn(column).replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * A copy of one table of our database for the peer: the same rows and columns (renamed by `peerColumn`),
 * text keys declared VARCHAR (Platformatic maps a TEXT primary key to no entity), and an index on the
 * filtered column.
 */
export function peerDatabase(ours: string, path: string, table: string, indexed: string): void {
  rmSync(path, { force: true });
  const db = new Database(path);
  try {
    db.prepare('ATTACH ? AS ours').run(ours);
    const columns = db.prepare(`SELECT name, type, "notnull", pk FROM pragma_table_info(?, 'ours')`).all(table) as Array<{ name: string; type: string; notnull: number; pk: number }>;
    const definitions = columns.map((c) => `"${peerColumn(c.name)}" ${c.type === 'TEXT' ? 'VARCHAR(255)' : c.type}${c.notnull ? ' NOT NULL' : ''}${c.pk ? ' PRIMARY KEY' : ''}`);
    db.exec(`CREATE TABLE "${table}" (${definitions.join(', ')});
      INSERT INTO "${table}" SELECT ${columns.map((c) => `"${c.name}"`).join(', ')} FROM ours."${table}";
      CREATE INDEX "${table}_${indexed}_idx" ON "${table}" ("${peerColumn(indexed)}", "id");
      DETACH ours; ANALYZE;`);
  } finally {
    db.close();
  }
}
