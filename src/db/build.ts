// Builds the database file from seed/: drizzle migrations, then the facts, into a temporary file that is
// renamed into place only when everything succeeded, so a failed build never leaves or replaces a file.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { Column, getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { FACT_COLLECTIONS, hiddenColumns, mainColumns, type FactCollection } from '../collections/index.js';
import { type Item } from './columns.js';
import { citations, datasetInfo, entities, placeContainment, sources, storedRows } from './schema.js';
import { containmentRows } from './places.js';
import { loadSeed, SeedError, type Seed } from './seed.js';
import { dateBounds } from '../lib/dates.js';
import { populateSearch } from './search-index.js';
import { readableTitles } from './summaries.js';
import { storedJsonOf } from './hydrate.js';
import { bulkInsert, type BulkInsert } from './bulk-insert.js';
import { STATS_COUNTS_KEY, storeDeploymentStats, type StatsCounts } from './deployment-stats.js';
import { DIGEST_KEY, DIGEST_PLACEHOLDER, sealFile } from './integrity.js';
import { REVIEW_STATES, type ReviewState } from '../schemas/vocabulary.js';
import { MIGRATIONS_DIR, SEED_DIR, expectedMigration } from '../lib/paths.js';

export interface BuildOptions { dbPath: string; seedDir?: string; builtAt?: Date }
export interface BuildResult { dbPath: string; contentHash: string; counts: Record<string, number>; reviewCounts: ReviewCounts; factRows: number; citations: number; ms: number }
/** Rows per collection and review state, for the API index. */
export type ReviewCounts = Record<string, Record<ReviewState, number>>;

type Insert = (row: Record<string, unknown>) => void;

/**
 * Inserts into drizzle tables of rows keyed by the table's column keys, batched (bulk-insert.ts): the
 * column names and the value mapping (JSON, booleans) come from the drizzle table, and a row's values are
 * written into one array per table, reused for every row. Building SQL through drizzle's query builder per
 * batch cost more than half of a large build. `flush` writes what every table has queued.
 */
function tableLoader(sqlite: Database.Database): { into: (table: SQLiteTable) => Insert; flush: () => void } {
  const bulks: BulkInsert[] = [];
  const into = (table: SQLiteTable): Insert => {
    const columns = Object.entries(getTableColumns(table));
    const bulk = bulkInsert(sqlite, getTableName(table), columns.map(([, c]) => c.name));
    bulks.push(bulk);
    const keys = columns.map(([key]) => key);
    // Most columns (text, numbers) write their value as it is: only the others (JSON, booleans) are mapped.
    const toDriver = columns.map(([, c]) => (c.mapToDriverValue === Column.prototype.mapToDriverValue ? undefined : c));
    const values: unknown[] = columns.map(() => null);
    return (row) => {
      for (let i = 0; i < keys.length; i += 1) {
        const value = row[keys[i]!];
        const mapped = toDriver[i];
        values[i] = value == null ? null : mapped ? mapped.mapToDriverValue(value) : value;
      }
      bulk.add(values);
    };
  };
  return { into, flush: () => { for (const bulk of bulks) bulk.flush(); } };
}

function insertAll(sqlite: Database.Database, table: SQLiteTable, rows: Record<string, unknown>[]): void {
  const loader = tableLoader(sqlite);
  const insert = loader.into(table);
  for (const row of rows) insert(row);
  loader.flush();
}

/** Claims disputing each other are listed on both sides; status follows from disputes and sources. */
function settleClaims(claims: Item[]): void {
  const disputes = new Map(claims.map((c) => [c.id, new Set(c.disputed_by as string[])]));
  for (const [id, others] of disputes) for (const other of others) disputes.get(other)?.add(id);
  for (const claim of claims) {
    const disputedBy = [...disputes.get(claim.id)!].sort();
    const sourceCount = new Set((claim.citations as Array<{ source_id: string }>).map((c) => c.source_id)).size;
    claim.disputed_by = disputedBy;
    claim.status = disputedBy.length ? 'disputed' : sourceCount >= 2 ? 'corroborated' : 'single_source';
  }
}

function mainRow(spec: FactCollection, item: Item, columns: string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const column of columns) if (column in item) row[column] = item[column];
  if (spec.quantity) {
    const quantity = item[spec.quantity.field] as { value: number | null; qualifier: string | null };
    row[spec.quantity.value] = quantity.value;
    row[spec.quantity.qualifier] = quantity.qualifier;
  }
  if (spec.dates) {
    const start = item[spec.dates.start] as string | null;
    const end = (spec.dates.end && (item[spec.dates.end] as string | null)) || start;
    row.range_start = start ? dateBounds(start).first : null;
    row.range_end = end ? dateBounds(end).last : null;
  }
  return row;
}

/** Writes an item's list fields as rows of their child tables; returns how many rows that made. */
function childWriter(into: (table: SQLiteTable) => Insert, spec: FactCollection): (item: Item) => number {
  const lists = Object.entries(spec.lists).map(([field, list]) => ({ field, list, insert: into(list.table), row: {} as Record<string, unknown> }));
  return (item) => {
    let written = 0;
    for (const { field, list, insert, row } of lists) {
      const values = item[field] as unknown[];
      for (let position = 0; position < values.length; position += 1) {
        const value = values[position];
        row[list.owner] = item.id;
        if (list.ordered) row.position = position;
        if (typeof list.value === 'string') row[list.value] = value;
        else for (const column of list.value) row[column] = (value as Record<string, unknown>)[column];
        insert(row);
      }
      written += values.length;
    }
    return written;
  };
}

function duplicateIdProblems(seed: Seed): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  const claim = (id: string, where: string) => {
    const earlier = owner.get(id);
    if (earlier) problems.push(`id "${id}" is used twice: in ${earlier} and in ${where}`);
    else owner.set(id, where);
  };
  for (const s of seed.sources) claim(s.id, 'sources.yaml');
  for (const [name, items] of seed.facts) for (const item of items) claim(item.id, `facts/${name}.yaml`);
  return problems;
}

/** Dangling references, named by table, row and the missing target (SQLite's own check, after loading). */
function foreignKeyProblems(sqlite: Database.Database): string[] {
  const violations = sqlite.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string; rowid: number; parent: string; fkid: number }>;
  return violations.slice(0, 20).map((v) => {
    const fk = (sqlite.prepare(`PRAGMA foreign_key_list("${v.table}")`).all() as Array<{ id: number; from: string }>).filter((f) => f.id === v.fkid);
    const row = sqlite.prepare(`SELECT * FROM "${v.table}" WHERE rowid = ?`).get(v.rowid) as Record<string, unknown> | undefined;
    const owner = row?.id ?? Object.values(row ?? {})[0];
    const refs = fk.map((f) => `${f.from} = "${row?.[f.from]}"`).join(', ');
    return `${v.table} row "${owner}": ${refs} refers to no row of ${v.parent}`;
  });
}

/**
 * Drops the secondary indexes the migrations created and returns a function that recreates them from their
 * own SQL: building an index once over loaded rows is faster than maintaining it row by row. Called with
 * `untilEmptyTable`, it recreates them in order up to the first of a table still empty, so a table filled
 * later (the search keys, the statistics) is filled without its indexes too; called without, the rest. The
 * schema lists them in the migrations' order either way.
 */
function deferIndexes(sqlite: Database.Database): (untilEmptyTable?: 'untilEmptyTable') => void {
  const indexes = sqlite.prepare("SELECT name, tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as Array<{ name: string; tableName: string; sql: string }>;
  for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
  const isEmpty = (table: string) => sqlite.prepare(`SELECT NOT EXISTS (SELECT 1 FROM "${table}")`).pluck().get() === 1;
  let waiting = indexes;
  return (untilEmptyTable) => {
    const firstEmpty = untilEmptyTable ? waiting.findIndex((index) => isEmpty(index.tableName)) : -1;
    const now = firstEmpty < 0 ? waiting : waiting.slice(0, firstEmpty);
    for (const { sql } of now) sqlite.exec(sql);
    waiting = waiting.slice(now.length);
  };
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Deletes the temporary files (`<db>.<pid>-<time>.building`, its `-journal`) of builds whose process is gone, e.g. killed mid-way. */
export function removeLeftovers(dbPath: string): string[] {
  const prefix = `${basename(dbPath)}.`;
  const removed: string[] = [];
  for (const name of readdirSync(dirname(dbPath))) {
    const pid = name.startsWith(prefix) ? /^(\d+)-\d+\.building(?:-journal)?$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid === undefined || isRunning(Number(pid))) continue;
    rmSync(join(dirname(dbPath), name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** The build's throw-away file, set up for loading: no journal until the rename, a large cache, one writer. */
function openBuildFile(dbPath: string, tmpPath: string): Database.Database {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(tmpPath);
  } catch (error) {
    throw new Error(`cannot write the database next to ${dbPath} (${tmpPath}): ${(error as Error).message}`, { cause: error });
  }
  // A throw-away file until the rename: no journal needed while loading; DELETE mode for readers afterwards.
  sqlite.pragma('page_size = 8192');
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  // A large page cache keeps the indexes being filled in memory; the file is rewritten once at the end.
  sqlite.pragma('cache_size = -262144');
  sqlite.pragma('locking_mode = EXCLUSIVE');
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}

/** What insertFacts wrote, counted, and every row's readable title (the search index shows them too). */
interface LoadedFacts { counts: Record<string, number>; reviewCounts: ReviewCounts; factRows: number; citations: number; titles: Map<string, string> }

/** Writes an item's citations, in order; returns how many. */
function citationWriter(into: (table: SQLiteTable) => Insert): (item: Item) => number {
  const insert = into(citations);
  const row: Record<string, unknown> = {};
  return (item) => {
    const cited = item.citations as Array<Record<string, unknown>>;
    for (let position = 0; position < cited.length; position += 1) {
      const citation = cited[position]!;
      row.entity_id = item.id;
      row.position = position;
      for (const key in citation) row[key] = citation[key];
      insert(row);
    }
    return cited.length;
  };
}

/** Every source and fact with its child rows, citations and stored JSON rows; what was written, counted. */
function insertFacts(sqlite: Database.Database, seed: Seed): LoadedFacts {
  const titles = readableTitles(seed);
  const loaded: LoadedFacts = { counts: { sources: seed.sources.length }, reviewCounts: {}, factRows: 0, citations: 0, titles };
  const { into, flush } = tableLoader(sqlite);
  const entity = into(entities);
  for (const s of seed.sources) entity({ id: s.id, type: 'source', title: titles.get(s.id) });
  for (const spec of FACT_COLLECTIONS) for (const item of seed.facts.get(spec.name) ?? []) entity({ id: item.id, type: spec.type, title: titles.get(item.id) });
  const source = into(sources);
  for (const s of seed.sources) source(s as unknown as Record<string, unknown>);
  const cite = citationWriter(into);
  const stored = into(storedRows);
  for (const spec of FACT_COLLECTIONS) {
    const items = seed.facts.get(spec.name) ?? [];
    const columns = mainColumns(spec).filter((c) => !hiddenColumns(spec).has(c));
    const main = into(spec.table);
    const children = childWriter(into, spec);
    const json = storedJsonOf(spec);
    const reviews = Object.fromEntries(REVIEW_STATES.map((state) => [state, 0])) as Record<ReviewState, number>;
    for (const item of items) {
      main(mainRow(spec, item, columns));
      loaded.factRows += 1 + children(item);
      loaded.citations += cite(item);
      stored({ id: item.id, type: spec.type, json: json(item) });
      if (Object.hasOwn(reviews, item.review as string)) reviews[item.review as ReviewState] += 1;
    }
    loaded.counts[spec.name] = items.length;
    loaded.reviewCounts[spec.name] = reviews;
  }
  flush();
  return loaded;
}

export function buildDatabase(options: BuildOptions): BuildResult {
  const started = performance.now();
  const seed = loadSeed(options.seedDir ?? SEED_DIR);
  const duplicates = duplicateIdProblems(seed);
  if (duplicates.length) throw new SeedError(duplicates);
  settleClaims(seed.facts.get('claims') ?? []);

  mkdirSync(dirname(options.dbPath), { recursive: true });
  removeLeftovers(options.dbPath);
  const tmpPath = `${options.dbPath}.${process.pid}-${Date.now()}.building`;
  const sqlite = openBuildFile(options.dbPath, tmpPath);
  try {
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    sqlite.pragma('foreign_keys = OFF');

    let loaded: LoadedFacts | undefined;
    let statsCounts: StatsCounts | undefined;
    sqlite.transaction(() => {
      const recreateIndexes = deferIndexes(sqlite);
      loaded = insertFacts(sqlite, seed);
      const containment = containmentRows(seed.facts.get('places') ?? []);
      if (containment.problems.length) throw new SeedError(containment.problems);
      insertAll(sqlite, placeContainment, containment.rows as unknown as Record<string, unknown>[]);
      recreateIndexes('untilEmptyTable');
      const problems = foreignKeyProblems(sqlite);
      if (problems.length) throw new SeedError(problems);
      statsCounts = storeDeploymentStats(sqlite);
      populateSearch(sqlite, seed, loaded.titles);
      recreateIndexes();
    })();

    const hash = seed.contentHash;
    const migration = expectedMigration();
    insertAll(sqlite, datasetInfo, [
      { key: 'built_at', value: (options.builtAt ?? new Date()).toISOString() },
      { key: 'content_hash', value: hash },
      { key: 'migration', value: migration.tag },
      { key: 'counts', value: JSON.stringify(loaded!.counts) },
      { key: 'review_counts', value: JSON.stringify(loaded!.reviewCounts) },
      { key: 'metadata', value: JSON.stringify(seed.meta) },
      { key: STATS_COUNTS_KEY, value: JSON.stringify(statsCounts) },
      { key: DIGEST_KEY, value: DIGEST_PLACEHOLDER },
    ]);
    sqlite.exec('ANALYZE');
    sqlite.pragma('journal_mode = DELETE');
    sqlite.close();
    sealFile(tmpPath);
    renameSync(tmpPath, options.dbPath);
    const { counts, reviewCounts, factRows, citations: citationCount } = loaded!;
    return { dbPath: options.dbPath, contentHash: hash, counts, reviewCounts, factRows, citations: citationCount, ms: performance.now() - started };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    rmSync(tmpPath, { force: true });
    throw error;
  }
}
