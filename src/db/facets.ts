// `facets=`: value counts over the filtered rows of a collection (before paging), most frequent first, like a
// Datasette facet or an OpenSearch terms aggregation. Facetable fields are derived from the table: closed
// vocabularies (enums), `country`, yes/no columns (`derived`, a measure's `first_of_its_kind`), every field
// holding ids (see references.ts) and the open-vocabulary fields a collection names in `facets`. Every facet is also a filter of the same name, so a
// value counted in a facet can be asked for (`statements?facets=kind` then `statements?kind=quote`).
import { and, asc, count, desc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { FACT_COLLECTIONS, hiddenColumns, type FactCollection } from '../collections/index.js';
import { ENTITY_TYPES, type EntityType } from '../schemas/vocabulary.js';
import { column } from './columns.js';
import { country, exactText, hasChild, idIn, oneOf, type Filter } from './filters.js';
import { referenceFields, type ReferenceField } from './references.js';
import { yesNo } from './relations.js';
import { entities, sources } from './schema.js';
import type { Db } from './store.js';
import { summariesOf } from './summaries.js';

/** Values per facet: enough for every closed vocabulary; open ones (places, organizations) show their top values. */
export const FACET_SIZE = 50;

export interface FacetValue { value: string | boolean | null; count: number; title?: string }

interface Facet {
  field: string;
  counts(db: Db, conditions: SQL[], id: SQLiteColumn): FacetValue[];
  /** The filter of the same name; `derived` has its own in relations.ts. */
  filter?: Filter;
  /** Its values are ids: each count carries the named row's title. */
  titled: boolean;
}

const isEnum = (c: SQLiteColumn) => Array.isArray(c.enumValues) && c.enumValues.length > 0;
const isYesNo = (c: SQLiteColumn) => c.dataType === 'boolean';

const known = new WeakMap<FactCollection, Map<string, Facet>>();

/** The fields of a collection that `facets=` accepts, in the row schema's order, each with its counting query. */
export function facetsOf(spec: FactCollection): Map<string, Facet> {
  if (!known.has(spec)) known.set(spec, findFacets(spec));
  return known.get(spec)!;
}

/** The entity types the ids of a reference may name, from the table it points into. */
function typesOf(target: ReferenceField['target']): readonly EntityType[] {
  if (target === entities) return ENTITY_TYPES;
  if (target === sources) return ['source'];
  const collection = FACT_COLLECTIONS.find((c) => c.table === target);
  if (!collection) throw new Error('a reference points into a table that is no collection');
  return [collection.type];
}

/** The filter a column facet doubles as. */
function columnFilter(key: string, c: SQLiteColumn): Filter | undefined {
  if (key === 'derived') return undefined;
  if (key === 'country') return country(c, 'Country (ISO 3166-1 alpha-2).');
  if (isEnum(c)) return oneOf(c, c.enumValues!, `Rows whose ${key} is one of these.`);
  if (isYesNo(c)) return yesNo(`Rows whose ${key} is stated true, or stated false (rows where it is unstated match neither).`, 'true', eq(c, true), eq(c, false));
  return exactText(c, `Rows whose ${key} is exactly one of these values (see \`facets=${key}\` for the values in use).`);
}

/** The filter a reference facet doubles as: rows naming one of the ids in that field. */
function referenceFilter(spec: FactCollection, ref: ReferenceField): Filter {
  const description = `Rows whose ${ref.field} names one of these ids.`;
  return ref.list
    ? hasChild(column(spec.table, 'id'), ref.table, spec.lists[ref.field]!.owner, ref.key, typesOf(ref.target), description)
    : idIn(ref.value, typesOf(ref.target), description);
}

function findFacets(spec: FactCollection): Map<string, Facet> {
  const hidden = hiddenColumns(spec);
  const facets = new Map<string, Facet>();
  for (const [key, c] of Object.entries(getTableColumns(spec.table))) {
    if (hidden.has(key) || !(isEnum(c) || isYesNo(c) || key === 'country' || spec.facets?.includes(key))) continue;
    facets.set(key, {
      field: key,
      counts: (db, conditions) => db.select({ value: c, count: count() }).from(spec.table).where(and(...conditions))
        .groupBy(c).orderBy(desc(count()), asc(c)).limit(FACET_SIZE).all() as FacetValue[],
      filter: columnFilter(key, c),
      titled: false,
    });
  }
  for (const ref of referenceFields(spec)) {
    if (ref.objects) continue;
    facets.set(ref.field, {
      field: ref.field,
      filter: referenceFilter(spec, ref),
      titled: true,
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

/** The filters the facets of a collection double as, by facet name. */
export function facetFilters(spec: FactCollection): Record<string, Filter> {
  return Object.fromEntries([...facetsOf(spec)].flatMap(([name, facet]) => (facet.filter ? [[name, facet.filter]] : [])));
}

/** `meta.facets`: for each asked field, its value counts over the rows the conditions select; ids with their titles. */
export function countFacets(db: Db, spec: FactCollection, fields: string[], conditions: SQL[]): Record<string, FacetValue[]> {
  const facets = facetsOf(spec);
  const id = column(spec.table, 'id');
  return Object.fromEntries(fields.map((field) => {
    const facet = facets.get(field)!;
    const counts = facet.counts(db, conditions, id);
    if (!facet.titled) return [field, counts];
    const titles = summariesOf(db, counts.flatMap((c) => (typeof c.value === 'string' ? [c.value] : [])));
    return [field, counts.map((c) => (typeof c.value === 'string' ? { ...c, title: titles.get(c.value)?.title ?? c.value } : c))];
  }));
}
