// Builds the database file from seed/: drizzle migrations, then the facts, into a temporary file that is
// renamed into place only when everything succeeded, so a failed build never leaves or replaces a file.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { COLLECTIONS, hiddenColumns, mainColumns, type CollectionSpec, type Item } from './collections.js';
import { citations, datasetInfo, entities, sources } from './schema.js';
import { loadSeed, SeedError, type Seed } from './seed.js';
import { dateBounds } from '../lib/dates.js';
import { MIGRATIONS_DIR, SEED_DIR, expectedMigration } from '../lib/paths.js';

export interface BuildOptions { dbPath: string; seedDir?: string; builtAt?: Date }
export interface BuildResult { dbPath: string; contentHash: string; counts: Record<string, number>; factRows: number; citations: number; ms: number }

type Db = ReturnType<typeof drizzle>;
const SQLITE_MAX_VARIABLES = 32_000;

function insertAll(db: Db, table: SQLiteTable, rows: Record<string, unknown>[]): void {
  if (!rows.length) return;
  const chunk = Math.max(1, Math.floor(SQLITE_MAX_VARIABLES / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += chunk) db.insert(table).values(rows.slice(i, i + chunk) as never).run();
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

function mainRow(spec: CollectionSpec, item: Item, columns: string[]): Record<string, unknown> {
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

function childRows(spec: CollectionSpec, items: Item[]): Array<[SQLiteTable, Record<string, unknown>[]]> {
  return Object.entries(spec.lists).map(([field, list]) => {
    const rows = items.flatMap((item) => (item[field] as unknown[]).map((value, position) => {
      const row: Record<string, unknown> = { [list.owner]: item.id };
      if (list.ordered) row.position = position;
      if (typeof list.value === 'string') row[list.value] = value;
      else for (const column of list.value) row[column] = (value as Record<string, unknown>)[column];
      return row;
    }));
    return [list.table, rows];
  });
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

function contentHash(seed: Seed): string {
  const hash = createHash('sha256');
  for (const { text: _text, ...source } of seed.sources) hash.update(JSON.stringify(source));
  for (const [name, items] of seed.facts) hash.update(name).update(JSON.stringify(items));
  return hash.digest('hex');
}

function populateSearch(sqlite: Database.Database, seed: Seed): void {
  const search = sqlite.prepare('INSERT INTO search_index (entity_id, type, title, body) VALUES (?, ?, ?, ?)');
  const q = sqlite.prepare('INSERT INTO q_index (entity_id, text) VALUES (?, ?)');
  for (const s of seed.sources) {
    search.run(s.id, 'source', s.title, [...s.headlines, s.text].join('\n'));
    q.run(s.id, [s.title, ...s.headlines, s.text].join('\n'));
  }
  for (const spec of COLLECTIONS) {
    for (const item of seed.facts.get(spec.name) ?? []) {
      const text = spec.text(item).filter(Boolean).join('\n');
      search.run(item.id, spec.type, spec.title(item), text);
      q.run(item.id, text);
    }
  }
}

export function buildDatabase(options: BuildOptions): BuildResult {
  const started = performance.now();
  const seed = loadSeed(options.seedDir ?? SEED_DIR);
  const duplicates = duplicateIdProblems(seed);
  if (duplicates.length) throw new SeedError(duplicates);
  settleClaims(seed.facts.get('claims') ?? []);

  mkdirSync(dirname(options.dbPath), { recursive: true });
  const tmpPath = `${options.dbPath}.${process.pid}-${Date.now()}.building`;
  const sqlite = new Database(tmpPath);
  try {
    // A throw-away file until the rename: no journal needed while loading; DELETE mode for readers afterwards.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    sqlite.pragma('foreign_keys = OFF');

    const counts: Record<string, number> = { sources: seed.sources.length };
    let factRows = 0;
    let citationCount = 0;
    sqlite.transaction(() => {
      insertAll(db, entities, [
        ...seed.sources.map((s) => ({ id: s.id, type: 'source' })),
        ...COLLECTIONS.flatMap((spec) => (seed.facts.get(spec.name) ?? []).map((item) => ({ id: item.id, type: spec.type }))),
      ]);
      insertAll(db, sources, seed.sources.map((s) => ({ ...s })));
      for (const spec of COLLECTIONS) {
        const items = seed.facts.get(spec.name) ?? [];
        const columns = mainColumns(spec).filter((c) => !hiddenColumns(spec).has(c));
        insertAll(db, spec.table, items.map((item) => mainRow(spec, item, columns)));
        for (const [table, rows] of childRows(spec, items)) { insertAll(db, table, rows); factRows += rows.length; }
        const citationRows = items.flatMap((item) => (item.citations as object[]).map((c, position) => ({ entity_id: item.id, position, ...c })));
        insertAll(db, citations, citationRows);
        counts[spec.name] = items.length;
        factRows += items.length;
        citationCount += citationRows.length;
      }
      const problems = foreignKeyProblems(sqlite);
      if (problems.length) throw new SeedError(problems);
      populateSearch(sqlite, seed);
    })();

    const hash = contentHash(seed);
    const migration = expectedMigration();
    insertAll(db, datasetInfo, [
      { key: 'built_at', value: (options.builtAt ?? new Date()).toISOString() },
      { key: 'content_hash', value: hash },
      { key: 'migration', value: migration.tag },
      { key: 'counts', value: JSON.stringify(counts) },
    ]);
    sqlite.exec('ANALYZE');
    sqlite.pragma('journal_mode = DELETE');
    sqlite.close();
    renameSync(tmpPath, options.dbPath);
    return { dbPath: options.dbPath, contentHash: hash, counts, factRows, citations: citationCount, ms: performance.now() - started };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    rmSync(tmpPath, { force: true });
    throw error;
  }
}
