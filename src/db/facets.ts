// `facets=`: value counts over the filtered rows of a collection (before paging), most frequent first, like a
// Datasette facet or an OpenSearch terms aggregation. Facetable fields are derived from the table: closed
// vocabularies (enums), `country`, the `derived` flag and every field holding ids (see references.ts).
import { and, asc, count, desc, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { hiddenColumns, type FactCollection } from '../collections/index.js';
import { column } from './columns.js';
import { referenceFields } from './references.js';
import type { Db } from './store.js';

/** Values per facet: enough for every closed vocabulary; open ones (places, organizations) show their top values. */
export const FACET_SIZE = 50;

export interface FacetValue { value: string | boolean | null; count: number }

interface Facet { field: string; counts(db: Db, conditions: SQL[], id: SQLiteColumn): FacetValue[] }

const isEnum = (c: SQLiteColumn) => Array.isArray(c.enumValues) && c.enumValues.length > 0;

const known = new WeakMap<FactCollection, Map<string, Facet>>();

/** The fields of a collection that `facets=` accepts, in the row schema's order, each with its counting query. */
export function facetsOf(spec: FactCollection): Map<string, Facet> {
  if (!known.has(spec)) known.set(spec, findFacets(spec));
  return known.get(spec)!;
}

function findFacets(spec: FactCollection): Map<string, Facet> {
  const hidden = hiddenColumns(spec);
  const facets = new Map<string, Facet>();
  for (const [key, c] of Object.entries(getTableColumns(spec.table))) {
    if (hidden.has(key) || !(isEnum(c) || key === 'country' || key === 'derived')) continue;
    facets.set(key, {
      field: key,
      counts: (db, conditions) => db.select({ value: c, count: count() }).from(spec.table).where(and(...conditions))
        .groupBy(c).orderBy(desc(count()), asc(c)).limit(FACET_SIZE).all() as FacetValue[],
    });
  }
  for (const ref of referenceFields(spec)) {
    if (ref.objects) continue;
    facets.set(ref.field, {
      field: ref.field,
      counts: (db, conditions, id) => {
        const rows = ref.list && conditions.length
          ? inArray(ref.owner, db.select({ id }).from(spec.table).where(and(...conditions)))
          : and(...conditions);
        return db.select({ value: ref.value, count: count() }).from(ref.table).where(rows)
          .groupBy(ref.value).orderBy(desc(count()), asc(ref.value)).limit(FACET_SIZE).all() as FacetValue[];
      },
    });
  }
  return new Map([...facets].sort(([a], [b]) => fieldOrder(spec, a) - fieldOrder(spec, b)));
}

/** Facets follow the order of the fields in the row schema. */
const fieldOrder = (spec: FactCollection, field: string) => Object.keys(spec.schema.properties).indexOf(field);

/** `meta.facets`: for each asked field, its value counts over the rows the conditions select. */
export function countFacets(db: Db, spec: FactCollection, fields: string[], conditions: SQL[]): Record<string, FacetValue[]> {
  const facets = facetsOf(spec);
  const id = column(spec.table, 'id');
  return Object.fromEntries(fields.map((field) => [field, facets.get(field)!.counts(db, conditions, id)]));
}
