// The read-only database the server serves from, plus what it knows about its own build.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { expectedMigration } from '../lib/paths.js';
import { checkIntegrity, integrityProblems } from './integrity.js';
import { DEFAULT_DATASET_META, type DatasetMeta } from '../schemas/dataset.js';

export type Db = ReturnType<typeof drizzle>;

export interface DatasetInfo {
  built_at: string; content_hash: string; migration: string; counts: Record<string, number>; review_counts: Record<string, Record<string, number>>;
  /** The seed's dataset.yaml as the build checked it. */
  metadata: DatasetMeta;
}

export interface Store {
  db: Db;
  sqlite: Database.Database;
  info: DatasetInfo;
  /** The file it was opened from. */
  path: string;
  close(): void;
}

export class DatabaseUnusableError extends Error {
  override name = 'DatabaseUnusableError';
}

/** The newest migration the file has applied, read from drizzle's own bookkeeping table. */
export function appliedMigration(sqlite: Database.Database): number | null {
  const row = sqlite.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as { created_at: number } | undefined;
  return row ? Number(row.created_at) : null;
}

const STATEMENT_CACHE_SIZE = 1000;

/**
 * drizzle prepares a statement for every query it runs; compiling SQL was most of an uncached request.
 * The same SQL text gets the same compiled statement back (modes reset, since drizzle switches raw on
 * and off), so each distinct query shape is compiled once per process.
 */
function reuseStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const compiled = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = compiled.get(source);
    if (!statement) {
      if (compiled.size >= STATEMENT_CACHE_SIZE) compiled.clear();
      statement = prepare(source);
      compiled.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/** The refusal for a file with damage found by the integrity checks. */
export const damaged = (dbPath: string, problems: string[]) =>
  new DatabaseUnusableError(`Database ${dbPath} is damaged: ${problems.join('; ')}; rebuild it with npm run db:build`);

/**
 * Opens the file read-only and refuses one that is corrupt, half-built, at another migration, or whose
 * articles changed. `integrityChecked`: the damage checks are run elsewhere (on a worker thread) for this file.
 */
export function openStore(dbPath: string, { integrityChecked = false } = {}): Store {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DatabaseUnusableError(`Cannot open database ${dbPath}: ${(error as Error).message}`);
  }
  try {
    const expected = expectedMigration();
    const applied = appliedMigration(sqlite);
    if (applied !== expected.createdAt) {
      throw new DatabaseUnusableError(`Database ${dbPath} is at migration ${applied ?? 'none'}, expected ${expected.createdAt} (${expected.tag}); rebuild it with npm run db:build`);
    }
    const rows = sqlite.prepare('SELECT key, value FROM dataset_info').all() as Array<{ key: string; value: string }>;
    const raw = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    if (!raw.content_hash || !raw.counts) throw new DatabaseUnusableError(`Database ${dbPath} has no dataset_info; rebuild it with npm run db:build`);
    const info: DatasetInfo = { built_at: raw.built_at ?? '', content_hash: raw.content_hash, migration: raw.migration ?? '', counts: JSON.parse(raw.counts), review_counts: JSON.parse(raw.review_counts ?? '{}'), metadata: raw.metadata ? JSON.parse(raw.metadata) as DatasetMeta : DEFAULT_DATASET_META };
    const problems = integrityChecked ? [] : integrityProblems(sqlite, dbPath);
    if (problems.length) throw damaged(dbPath, problems);
    reuseStatements(sqlite);
    return { db: drizzle(sqlite), sqlite, info, path: dbPath, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseUnusableError) throw error;
    throw new DatabaseUnusableError(`Database ${dbPath} is unusable: ${(error as Error).message}`);
  }
}

/**
 * Keeps the connection's shared lock from its next read on, instead of taking it, checking the file's change
 * counter and releasing it around every statement: that round of system calls was ~15 µs of a ~4 µs indexed
 * query. Safe for a served file, which never changes under its connection (a new build is renamed onto the
 * path; a write in place makes the store not intact, see Dataset.intact, and it is not read again). Called
 * once the file's checks are done: POSIX locks belong to the process, so while one connection holds its lock
 * SQLite keeps the descriptor of any other connection to that file open after it closes (the checks' own).
 */
export function holdSharedLock(store: Store): Store {
  store.sqlite.pragma('locking_mode = EXCLUSIVE');
  return store;
}

/**
 * openStore with the damage checks on a worker thread, so a server keeps answering while a large file is
 * read. The cheap checks (migration, build info) come first: a file at another migration is named as such.
 */
export async function loadStore(dbPath: string): Promise<Store> {
  // Closed again before the check: a swap keeps at most two descriptors on database files at any time.
  openStore(dbPath, { integrityChecked: true }).close();
  let problems: string[];
  try {
    problems = await checkIntegrity(dbPath);
  } catch (error) {
    throw new DatabaseUnusableError(`Database ${dbPath} is unusable: ${(error as Error).message}`);
  }
  if (problems.length) throw damaged(dbPath, problems);
  return openStore(dbPath, { integrityChecked: true });
}

/** Memoizes what is derived from one store (prepared statements, the index body): a swapped-in store gets its own. */
export function perStore<T>(make: (store: Store) => T): (store: Store) => T {
  const made = new WeakMap<Store, T>();
  return (store) => {
    let value = made.get(store);
    if (value === undefined) {
      value = make(store);
      made.set(store, value);
    }
    return value;
  };
}

/**
 * The rows per collection and review state a built file holds (its dataset_info), read without the checks
 * openStore runs: for saying what a new build changed. Undefined when there is no readable file.
 */
export function builtReviewCounts(dbPath: string): Record<string, Record<string, number>> | undefined {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
    const row = sqlite.prepare("SELECT value FROM dataset_info WHERE key = 'review_counts'").get() as { value: string } | undefined;
    return row ? JSON.parse(row.value) as Record<string, Record<string, number>> : undefined;
  } catch {
    return undefined;
  } finally {
    sqlite?.close();
  }
}
