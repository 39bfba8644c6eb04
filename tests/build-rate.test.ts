// What the faster build must keep: stored rows byte for byte what the route's serializer writes for the
// rows hydration reads back, rows bound many to a statement written as one statement per row would write
// them, and quote offsets in code points past characters outside the Basic Multilingual Plane.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import { buildDatabase } from '../src/db/build.js';
import { bulkInsert } from '../src/db/bulk-insert.js';
import { hydrate } from '../src/db/hydrate.js';
import { locateQuote } from '../src/db/seed.js';
import { REFERENCED_SCHEMAS } from '../src/schemas/common.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { buildSeedDatabase, copySeed, tempDir } from './helpers/db.js';

type Serialize = (data: unknown) => string;

/** The row serializer fast-json-stringify compiles from a collection's schema, as the app's compiler factory builds it. */
function rowSerializer(schema: object): Serialize {
  const shared = Object.fromEntries(REFERENCED_SCHEMAS.map((s) => [s.$id!, s]));
  const factory = SerializerSelector()(shared as never, {} as never) as unknown as (route: { schema: object }) => Serialize;
  return factory({ schema });
}

/** Every stored row of every collection against the serializer's bytes for the row hydration reads back. */
function expectStoredBytesSerialized(dbPath: string): number {
  const sqlite = new Database(dbPath, { readonly: true });
  let compared = 0;
  try {
    const db = drizzle(sqlite);
    for (const spec of FACT_COLLECTIONS) {
      const serialize = rowSerializer(spec.schema);
      const rows = sqlite.prepare('SELECT id, json FROM stored_rows WHERE type = ? ORDER BY id').all(spec.type) as Array<{ id: string; json: string }>;
      const hydrated = hydrate(db, spec, rows.map((row) => row.id));
      expect(rows.length, spec.name).toBeGreaterThan(0);
      expect(rows.map((row) => row.json), spec.name).toEqual(hydrated.map(serialize));
      compared += rows.length;
    }
  } finally {
    sqlite.close();
  }
  return compared;
}

describe('stored rows written from the seed items during the load', () => {
  let fixtureDb: string;
  beforeAll(() => { fixtureDb = buildSeedDatabase(); });

  it('are the bytes the schema serializer writes for the hydrated row, every row of every collection of the fixture seed', () => {
    expect(expectStoredBytesSerialized(fixtureDb)).toBeGreaterThan(100);
  });

  it('are those bytes on a synthetic corpus too (figures, empty lists, parts, claims in dispute)', () => {
    const dir = tempDir();
    writeSyntheticCorpus({ articles: 40, seed: 7, out: join(dir, 'seed') });
    const dbPath = join(dir, 'facts.db');
    buildDatabase({ dbPath, seedDir: join(dir, 'seed') });
    expect(expectStoredBytesSerialized(dbPath)).toBeGreaterThan(100);
  });
});

describe('rows bound many to a statement', () => {
  const table = (sqlite: Database.Database) => sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, flag INTEGER, note TEXT)');

  it('writes every row, in order, with the partial last batch, as one insert per row does', () => {
    const rows = Array.from({ length: 64 * 3 + 5 }, (_, i) => [i + 1, `row ${i}`, i % 2, i % 3 ? null : 'third']);
    const one = new Database(':memory:');
    const bulk = new Database(':memory:');
    table(one);
    table(bulk);
    const single = one.prepare('INSERT INTO t (id, name, flag, note) VALUES (?, ?, ?, ?)');
    for (const row of rows) single.run(row);
    const insert = bulkInsert(bulk, 't', ['id', 'name', 'flag', 'note']);
    const reused: unknown[] = [];
    for (const row of rows) {
      reused.splice(0, reused.length, ...row);
      insert.add(reused);
    }
    expect(bulk.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(64 * 3);
    insert.flush();
    const all = 'SELECT * FROM t ORDER BY rowid';
    expect(bulk.prepare(all).raw().all()).toEqual(one.prepare(all).raw().all());
    expect(bulk.prepare(all).raw().all()).toEqual(rows);
  });

  it('fails on a duplicate key as a single insert does', () => {
    const sqlite = new Database(':memory:');
    table(sqlite);
    const insert = bulkInsert(sqlite, 't', ['id', 'name', 'flag', 'note']);
    insert.add([1, 'a', 0, null]);
    insert.add([1, 'b', 0, null]);
    expect(() => insert.flush()).toThrow(/UNIQUE constraint failed: t\.id/);
  });
});

describe('quote offsets', () => {
  const spread = (text: string, quote: string) => {
    const at = text.indexOf(quote);
    const start = [...text.slice(0, at)].length;
    return { start, end: start + [...quote].length };
  };

  it('count code points past characters outside the BMP, as spreading the text does', () => {
    const text = 'Flags 🇮🇹 and 🎿 before — "the quote 𝔸 here" and after; a lone \uD800 surrogate, then the end.';
    for (const quote of ['🎿 before', 'the quote 𝔸 here', 'surrogate, then', 'Flags', 'the end.']) {
      expect(locateQuote(text, quote), quote).toEqual(spread(text, quote));
    }
    expect(locateQuote(text, 'nowhere')).toBe('missing');
    expect(locateQuote(text, 'the')).toBe('ambiguous');
  });

  it('are what the build stores for a seed article with such characters, and its length in code points', () => {
    const seed = copySeed();
    const sources = readFileSync(join(seed, 'sources.yaml'), 'utf8');
    const file = /file: (\S+)/.exec(sources)![1]!;
    const article = readFileSync(join(seed, file), 'utf8');
    writeFileSync(join(seed, file), `🎿𝔸 ${article}`);
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir: seed });
    const sqlite = new Database(dbPath, { readonly: true });
    try {
      const texts = new Map((sqlite.prepare('SELECT id, text, length FROM sources').all() as Array<{ id: string; text: string; length: number }>).map((s) => [s.id, s]));
      expect([...texts.values()].some((s) => s.text.startsWith('🎿𝔸 '))).toBe(true);
      for (const s of texts.values()) expect(s.length, s.id).toBe([...s.text].length);
      const citations = sqlite.prepare('SELECT entity_id, source_id, start, "end", quote FROM citations').all() as Array<{ entity_id: string; source_id: string; start: number; end: number; quote: string }>;
      for (const c of citations) expect([...texts.get(c.source_id)!.text].slice(c.start, c.end).join(''), c.entity_id).toBe(c.quote);
    } finally {
      sqlite.close();
    }
  });
});
