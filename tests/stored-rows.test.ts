// Stored rows: the build writes each fact row's API JSON once, and list and item answers are those bytes
// concatenated. They must be exactly what hydrating the tables and serializing through the route's schema
// gives: the same values as live hydration, the same bytes as fast-json-stringify (the `fields=` path).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, FACT_COLLECTIONS } from '../src/collections/index.js';
import { buildDatabase } from '../src/db/build.js';
import { column } from '../src/db/columns.js';
import { hydrate } from '../src/db/hydrate.js';
import { pageQueries, plannedPage, type PageValues } from '../src/db/list-query.js';
import type { Store } from '../src/db/store.js';
import { routeFilters } from '../src/routes/collection.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { ids, useApp } from './helpers/app.js';
import { tempDir } from './helpers/db.js';

const t = useApp({ responseCacheBytes: 0 });

/** Every stored row of every collection parses to what hydrating its tables gives (the build writes them from memory). */
function expectStoredEqualHydrated(dbPath: string): void {
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    const db = drizzle(sqlite);
    for (const spec of FACT_COLLECTIONS) {
      const rows = sqlite.prepare('SELECT id, json FROM stored_rows WHERE type = ? ORDER BY id').all(spec.type) as Array<{ id: string; json: string }>;
      const ids = rows.map((row) => row.id);
      expect(ids.length, spec.name).toBeGreaterThan(0);
      expect(rows.map((row) => JSON.parse(row.json)), spec.name).toEqual(hydrate(db, spec, ids));
    }
  } finally {
    sqlite.close();
  }
}

/** The raw text of the `data` array of a list answer, as sent. */
const dataText = (body: string) => body.slice(body.indexOf('[') + 1, body.indexOf('],"meta":'));

describe('stored rows', () => {
  it('hold the values that hydrating the tables gives, for every row of every collection', () => {
    expectStoredEqualHydrated(t.dbPath);
  });

  it('hold what hydrating gives on a synthetic corpus too (other shapes: figures, empty lists, parts)', () => {
    const dir = tempDir();
    writeSyntheticCorpus({ articles: 30, seed: 5, out: join(dir, 'seed') });
    const dbPath = join(dir, 'facts.db');
    buildDatabase({ dbPath, seedDir: join(dir, 'seed') });
    expectStoredEqualHydrated(dbPath);
  });

  it('are sent byte for byte as the schema serializer writes the same rows', async () => {
    for (const spec of FACT_COLLECTIONS) {
      const stored = await t.get(`/v1/${spec.name}?limit=200`);
      // fields= naming every field takes the object path through fast-json-stringify.
      const serialized = await t.get(`/v1/${spec.name}?limit=200&fields=${Object.keys(spec.schema.properties).filter((f) => f !== 'id').join(',')}`);
      expect(stored.status).toBe(200);
      expect(stored.json.data.length, spec.name).toBeGreaterThan(0);
      expect(dataText(stored.body), spec.name).toBe(dataText(serialized.body));
      expect(stored.json.meta).toEqual(serialized.json.meta);

      const id = stored.json.data[0].id as string;
      const item = await t.get(`/v1/${spec.name}/${id}`);
      const itemSerialized = await t.get(`/v1/${spec.name}/${id}?fields=${Object.keys(spec.schema.properties).filter((f) => f !== 'id').join(',')}`);
      expect(item.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(item.body).toBe(itemSerialized.body);
    }
  });

  it('make NDJSON one stored row a line, and CSV the same rows as the object path', async () => {
    const json = await t.get('/v1/deployments?limit=200');
    const ndjson = await t.get('/v1/deployments?limit=200&format=ndjson');
    expect(ndjson.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(ndjson.body).toBe(json.json.data.map((row: object) => `${JSON.stringify(row)}\n`).join(''));
    const csv = await t.get('/v1/deployments?limit=200&format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(json.json.data.length + 1);
  });

  it('keep paging, totals, links and ETags of the envelope', async () => {
    const first = await t.get('/v1/claims?limit=2');
    expect(first.json.meta).toEqual({ total: first.json.meta.total, limit: 2, offset: 0 });
    expect(first.json.links).toEqual({ self: '/v1/claims?limit=2', next: '/v1/claims?limit=2&offset=2', prev: null });
    expect(first.headers['x-total-count']).toBe(String(first.json.meta.total));
    const again = await t.get('/v1/claims?limit=2', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    const missing = await t.get('/v1/people/carabinieri');
    expect(missing.status).toBe(404);
  });
});

describe('compiled statements per filter shape', () => {
  const exampleOf = (name: string, collection: string, schema: { examples?: unknown[]; type?: string }, store: Store) => {
    const examples = store.info.metadata.examples;
    const documented = name === 'source' ? examples.sources?.id : name === 'id' ? examples[collection]?.id : examples[collection]?.filters?.[name];
    const value = documented ?? schema.examples?.[0] ?? 'no-such-id';
    return schema.type === 'array' ? (Array.isArray(value) ? value : [value]) : value;
  };

  it('answer every filter of every collection as the queries written per request do, and plan the common ones', () => {
    const store = t.app.store;
    const planned = new Set<string>();
    for (const c of COLLECTIONS) {
      const filters = routeFilters(c);
      const id = column(c.table, 'id');
      const spec = { table: c.table, id, sortable: c.sortable, filters };
      const firstId = (store.db.select({ id }).from(c.table).limit(1).get() as { id: string }).id;
      for (const [name, filter] of Object.entries(filters)) {
        const raw = exampleOf(name, c.name, filter.schema as never, store);
        const variants: PageValues[] = [
          { filters: { [name]: raw }, sort: [], limit: 50, offset: 0 },
          { filters: { [name]: raw }, sort: [], limit: 2, offset: 1 },
          // A short page gives its total without counting; a page past the end still counts it.
          { filters: { [name]: raw }, sort: [], limit: 50, offset: 1 },
          { filters: { [name]: raw }, sort: [], limit: 50, offset: 100_000 },
          { filters: { [name]: raw }, sort: [], limit: 2, offset: 0, after: firstId },
          { filters: { [name]: raw }, sort: [`-${Object.keys(c.sortable).at(-1)!}`], limit: 5, offset: 0 },
          ...(Array.isArray(raw) ? [{ filters: { [name]: [...raw, firstId] }, sort: [], limit: 50, offset: 0 }] : []),
        ];
        for (const values of variants) {
          const answer = plannedPage(store, c.name, spec, values);
          const written = pageQueries(store.db, c.table, id, c.sortable, { conditions: Object.entries(values.filters).map(([n, v]) => filters[n]!.where(v, store.db)), ...values });
          const expected = { ids: written.ids.all().map((row) => row.id), total: written.filtered ? written.total.get()!.n : null };
          if (answer) {
            planned.add(`${c.name}?${name}`);
            expect(answer, `${c.name} ${JSON.stringify(values)}`).toEqual(expected);
          }
        }
        // The same shape again takes the compiled statements.
        expect(plannedPage(store, c.name, spec, { filters: { [name]: raw }, sort: [], limit: 50, offset: 0 }) !== undefined).toBe(planned.has(`${c.name}?${name}`));
      }
    }
    for (const common of ['deployments?organization', 'deployments?place', 'events?from', 'organizations?kind', 'claims?id', 'claims?source', 'deployments?derived', 'deployments?top_level', 'deployments?min_personnel']) {
      expect(planned, common).toContain(common);
    }
  });

  it('serve the same answers over HTTP whichever enum value comes first', async () => {
    const no = await t.get('/v1/deployments?top_level=false');
    const yes = await t.get('/v1/deployments?top_level=true');
    expect(new Set([...ids(no.json), ...ids(yes.json)]).size).toBe(no.json.meta.total + yes.json.meta.total);
    expect(no.json.data.every((row: { part_of_id: string | null }) => row.part_of_id !== null)).toBe(true);
    expect(yes.json.data.every((row: { part_of_id: string | null }) => row.part_of_id === null)).toBe(true);
  });
});
