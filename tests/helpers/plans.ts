// Collects the SQL each collection route runs for each of its filters, with the filter's documented example.
import { asc, eq, type SQL } from 'drizzle-orm';
import { COLLECTIONS } from '../../src/db/collections.js';
import { referenceFields } from '../../src/db/references.js';
import { column } from '../../src/db/collections.js';
import { textMatch } from '../../src/db/words.js';
import { pageQueries } from '../../src/db/list-query.js';
import type { Db } from '../../src/db/store.js';
import type { CollectionDefinition } from '../../src/routes/collection.js';
import claims from '../../src/routes/claims/index.js';
import deployments from '../../src/routes/deployments/index.js';
import events from '../../src/routes/events/index.js';
import measures from '../../src/routes/measures/index.js';
import organizations from '../../src/routes/organizations/index.js';
import people from '../../src/routes/people/index.js';
import places from '../../src/routes/places/index.js';
import protests from '../../src/routes/protests/index.js';
import sources from '../../src/routes/sources/index.js';
import statements from '../../src/routes/statements/index.js';

export const DEFINITIONS: CollectionDefinition[] = [sources, people, organizations, places, events, deployments, protests, measures, statements, claims].map((p) => p.definition);

const example = (schema: { examples?: unknown[]; items?: { examples?: unknown[] } }) => {
  const value = schema.examples?.[0];
  return Array.isArray(value) ? value : value;
};

export interface PlannedQuery { label: string; sql: string; params: unknown[] }

export function filterQueries(db: Db): PlannedQuery[] {
  const out: PlannedQuery[] = [];
  for (const def of DEFINITIONS) {
    const id = column(def.table, 'id');
    const cases: Array<[string, SQL]> = Object.entries(def.filters).map(([name, filter]) => [`${def.name}?${name}=`, filter.where(example(filter.schema as never), db)]);
    cases.push([`${def.name}?q=`, textMatch(id, def.type, 'police')]);
    for (const [label, condition] of cases) {
      const queries = pageQueries(db, def.table, id, def.sortable, { conditions: [condition], sort: [], limit: 50, offset: 0 });
      for (const [kind, query] of [['page', queries.ids], ['total', queries.total]] as const) {
        const { sql, params } = query.toSQL();
        out.push({ label: `${label} (${kind})`, sql, params });
      }
    }
    const keyset = pageQueries(db, def.table, id, def.sortable, { conditions: [], sort: [], limit: 50, offset: 0, after: def.exampleId }).ids.toSQL();
    out.push({ label: `${def.name}?after= (page)`, sql: keyset.sql, params: keyset.params });
  }
  return out;
}

/** The lookups behind `referenced_by`: one per reference field of every collection, plus citations of a source. */
export function referrerQueries(db: Db): PlannedQuery[] {
  const out: PlannedQuery[] = [];
  for (const spec of COLLECTIONS) {
    for (const ref of referenceFields(spec)) {
      const { sql, params } = db.selectDistinct({ id: ref.owner }).from(ref.table).where(eq(ref.value, 'milan')).orderBy(asc(ref.owner)).toSQL();
      out.push({ label: `referenced_by ${spec.name}.${ref.field}`, sql, params });
    }
  }
  return out;
}
