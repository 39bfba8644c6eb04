// Collects the SQL each collection route runs for each of its filters, with the filter's documented example.
import { asc, eq, type SQL } from 'drizzle-orm';
import { COLLECTIONS, FACT_COLLECTIONS } from '../../src/collections/index.js';
import { referenceFields } from '../../src/db/references.js';
import { column } from '../../src/db/columns.js';
import { textMatch } from '../../src/db/words.js';
import { pageQueries } from '../../src/db/list-query.js';
import type { Store } from '../../src/db/store.js';
import { routeFilters } from '../../src/routes/collection.js';

/** A value for each filter: the dataset's documented example, the schema's own (enums, numbers, dates), or any id. */
function exampleOf(store: Store, collection: string, name: string, schema: { examples?: unknown[] }): unknown {
  const examples = store.info.metadata.examples;
  const documented = name === 'source' ? examples.sources?.id : name === 'id' ? examples[collection]?.id : examples[collection]?.filters?.[name];
  if (documented !== undefined) return Array.isArray(documented) ? documented : [documented];
  // A plan does not depend on whether the value exists: an id list without an example gets a made-up id.
  return schema.examples?.[0] ?? ['no-such-id'];
}

export interface PlannedQuery { label: string; sql: string; params: unknown[] }

export function filterQueries(store: Store): PlannedQuery[] {
  const out: PlannedQuery[] = [];
  const db = store.db;
  for (const def of COLLECTIONS) {
    const id = column(def.table, 'id');
    const cases: Array<[string, SQL]> = Object.entries(routeFilters(def)).map(([name, filter]) => [`${def.name}?${name}=`, filter.where(exampleOf(store, def.name, name, filter.schema as never), db)]);
    cases.push([`${def.name}?q=`, textMatch(id, def.type, 'police', store.sqlite)]);
    for (const [label, condition] of cases) {
      const queries = pageQueries(db, def.table, id, def.sortable, { conditions: [condition], sort: [], limit: 50, offset: 0 });
      for (const [kind, query] of [['page', queries.ids], ['total', queries.total]] as const) {
        const { sql, params } = query.toSQL();
        out.push({ label: `${label} (${kind})`, sql, params });
      }
    }
    const keyset = pageQueries(db, def.table, id, def.sortable, { conditions: [], sort: [], limit: 50, offset: 0, after: store.info.metadata.examples[def.name]!.id }).ids.toSQL();
    out.push({ label: `${def.name}?after= (page)`, sql: keyset.sql, params: keyset.params });
  }
  return out;
}

/** The lookups behind `referenced_by`: one per reference field of every collection, plus citations of a source. */
export function referrerQueries(db: Store['db']): PlannedQuery[] {
  const out: PlannedQuery[] = [];
  for (const spec of FACT_COLLECTIONS) {
    for (const ref of referenceFields(spec)) {
      const { sql, params } = db.selectDistinct({ id: ref.owner }).from(ref.table).where(eq(ref.value, 'milan')).orderBy(asc(ref.owner)).toSQL();
      out.push({ label: `referenced_by ${spec.name}.${ref.field}`, sql, params });
    }
  }
  return out;
}
