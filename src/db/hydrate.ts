// Reads fact rows back into their API shapes: main row, child lists and citations, in the order asked for.
import type { TSchema } from '@sinclair/typebox';
import { asc, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { inList } from './filters.js';
import { citations } from './schema.js';
import { hiddenColumns, type FactCollection } from '../collections/index.js';
import { column, type Item } from './columns.js';
import { perStore, type Db, type Store } from './store.js';
import { REFERENCED_SCHEMAS, type Citation } from '../schemas/common.js';
import type { EntityType } from '../schemas/vocabulary.js';

export function citationsOf(db: Db, ids: string[]): Map<string, Citation[]> {
  const byEntity = new Map<string, Citation[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byEntity;
  const rows = db.select().from(citations).where(inList(citations.entity_id, ids)).orderBy(asc(citations.entity_id), asc(citations.position)).all();
  for (const { entity_id, source_id, start, end, quote } of rows) byEntity.get(entity_id)?.push({ source_id, start, end, quote });
  return byEntity;
}

/** Rows in their API shape. */
export function hydrate(db: Db, spec: FactCollection, ids: string[]): Item[] {
  if (!ids.length) return [];
  const hidden = hiddenColumns(spec);
  const byId = new Map<string, Item>();
  for (const row of db.select().from(spec.table).where(inList(column(spec.table, 'id'), ids)).all() as Item[]) {
    const item: Item = { id: row.id };
    for (const [key, value] of Object.entries(row)) if (!hidden.has(key)) item[key] = value;
    if (spec.quantity) item[spec.quantity.field] = { value: row[spec.quantity.value], qualifier: row[spec.quantity.qualifier] };
    for (const field of Object.keys(spec.lists)) item[field] = [];
    byId.set(row.id, item);
  }
  for (const [field, list] of Object.entries(spec.lists)) {
    const owner = column(list.table, list.owner);
    const order = list.ordered ? column(list.table, 'position') : column(list.table, typeof list.value === 'string' ? list.value : list.owner);
    for (const row of db.select().from(list.table).where(inList(owner, ids)).orderBy(asc(owner), asc(order)).all() as Record<string, unknown>[]) {
      const value = typeof list.value === 'string' ? row[list.value] : Object.fromEntries(list.value.map((c) => [c, row[c]]));
      (byId.get(row[list.owner] as string)?.[field] as unknown[] | undefined)?.push(value);
    }
  }
  const cited = citationsOf(db, ids);
  return ids.flatMap((id) => {
    const item = byId.get(id);
    return item ? [{ ...item, citations: cited.get(id) ?? [] }] : [];
  });
}

const referenced = new Map(REFERENCED_SCHEMAS.map((schema) => [schema.$id!, schema as TSchema]));

type Reorder = (value: unknown) => unknown;
const reorders = new WeakMap<TSchema, Reorder>();

const resolve = (schema: TSchema): TSchema => (typeof schema.$ref === 'string' ? referenced.get(schema.$ref) ?? schema : schema);
/** The object branch of a union (a nullable object), if the schema is one. */
const objectBranchOf = (schema: TSchema) => (schema.anyOf as TSchema[] | undefined)?.find((branch) => branch.type === 'object' || branch.$ref);
/** Whether re-keying leaves every value of the schema as it is: no properties, items or object branch to follow. */
const keepsValues = (schema: TSchema) => {
  const resolved = resolve(schema);
  return !resolved.properties && !resolved.items && !objectBranchOf(resolved);
};

/**
 * A function that re-keys a value in its schema's property order, fields the schema lacks left out: the
 * object that JSON.stringify turns into the very bytes fast-json-stringify writes for that schema (tested).
 * Worked out once per schema (its references, the object branch of a union, the properties in order and
 * which of them hold values kept as they are), not per value: the build re-keys every row it stores.
 */
export function schemaOrder(schema: TSchema): Reorder {
  let reorder = reorders.get(schema);
  if (reorder) return reorder;
  const resolved = resolve(schema);
  const items = resolved.items as TSchema | undefined;
  const objectBranch = objectBranchOf(resolved);
  // Nested schemas are looked up on first use, so a schema that refers to itself does not recurse here.
  let fields: Array<[key: string, reorder: Reorder | undefined]> | undefined;
  const rekey = (value: object): unknown => {
    if (objectBranch) return schemaOrder(objectBranch)(value);
    if (!resolved.properties) return value;
    fields ??= Object.entries(resolved.properties as Record<string, TSchema>).map(([key, property]) => [key, keepsValues(property) ? undefined : schemaOrder(property)]);
    const out: Record<string, unknown> = {};
    for (const [key, rekeyField] of fields) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) out[key] = rekeyField ? rekeyField(field) : field;
    }
    return out;
  };
  reorder = (value) => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return items ? value.map(schemaOrder(items)) : value;
    return rekey(value);
  };
  reorders.set(schema, reorder);
  return reorder;
}

/** SQLite's BINARY collation: UTF-8 byte order, which is code point order (UTF-16 code units differ above U+FFFF). */
function binaryOrder(a: string, b: string): number {
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

/** A value as reading it back from its column gives: through the driver's value and back (booleans, JSON). */
const asStored = (column: SQLiteColumn, value: unknown) => (value == null ? null : column.mapFromDriverValue(column.mapToDriverValue(value)));

/**
 * asStored for a column of a value that is only serialized afterwards: a JSON column's value is kept as it
 * is, since JSON.stringify writes the same bytes for JSON data as for its copy read back through JSON text
 * (the seed's values are JSON data: parsed from JSON or YAML and checked against the schemas).
 */
const asSerialized = (column: SQLiteColumn): ((value: unknown) => unknown) => (column.columnType === 'SQLiteTextJson'
  ? (value) => value ?? null
  : (value) => asStored(column, value));

/**
 * The API shape of a seed item as hydrate() reads it back from the rows the build writes for it (see build.ts
 * mainRow and childRows): every non-hidden column (null when the item lacks it), the quantity from its two
 * columns, ordered lists in the seed's order and the others (id sets) in id order, the citations in order.
 * The build stores this without reading the rows back; a test compares it with hydrate() for every row.
 * Made to be serialized (asSerialized): a JSON column's value is the item's own, not a copy.
 */
export function storedShape(spec: FactCollection): (item: Item) => Item {
  const hidden = hiddenColumns(spec);
  const columns = Object.entries(getTableColumns(spec.table)).filter(([key]) => !hidden.has(key)).map(([key, c]) => [key, asSerialized(c)] as const);
  const quantity = spec.quantity && { ...spec.quantity, valueColumn: column(spec.table, spec.quantity.value), qualifierColumn: column(spec.table, spec.quantity.qualifier) };
  const lists = Object.entries(spec.lists).map(([field, list]) => {
    const valueColumns = (typeof list.value === 'string' ? [list.value] : list.value).map((key) => [key, column(list.table, key)] as const);
    const read = typeof list.value === 'string'
      ? (value: unknown) => asStored(valueColumns[0]![1], value)
      : (value: unknown) => Object.fromEntries(valueColumns.map(([key, c]) => [key, asStored(c, (value as Record<string, unknown>)[key])]));
    return { field, read, ordered: list.ordered };
  });
  const [citationSource, citationStart, citationEnd, citationQuote] = (['source_id', 'start', 'end', 'quote'] as const).map((key) => column(citations, key));
  return (item) => {
    const shaped: Item = { id: item.id };
    for (const [key, read] of columns) shaped[key] = read(item[key]);
    if (quantity) {
      const { value, qualifier } = item[quantity.field] as { value?: unknown; qualifier?: unknown };
      shaped[quantity.field] = { value: asStored(quantity.valueColumn, value), qualifier: asStored(quantity.qualifierColumn, qualifier) };
    }
    for (const { field, read, ordered } of lists) {
      const values = (item[field] as unknown[]).map(read);
      shaped[field] = ordered ? values : (values as string[]).sort(binaryOrder);
    }
    shaped.citations = (item.citations as Citation[]).map((c) => ({
      source_id: asStored(citationSource!, c.source_id), start: asStored(citationStart!, c.start), end: asStored(citationEnd!, c.end), quote: asStored(citationQuote!, c.quote),
    }));
    return shaped;
  };
}

/** The API JSON of an item of a collection, in the shape hydrate() would read it back: what the build stores in stored_rows. */
export function storedJsonOf(spec: FactCollection): (item: Item) => string {
  const shape = storedShape(spec);
  const reorder = schemaOrder(spec.schema);
  return (item) => JSON.stringify(reorder(shape(item)));
}

const storedStatement = perStore((store) => store.sqlite.prepare('SELECT json FROM stored_rows WHERE id = ?').pluck());
const storedItemStatement = perStore((store) => store.sqlite.prepare('SELECT json FROM stored_rows WHERE id = ? AND type = ?').pluck());

/** One row's stored JSON, if a row of that type has the id. */
export const storedItem = (store: Store, type: EntityType, id: string): string | undefined => storedItemStatement(store).get(id, type) as string | undefined;

/**
 * The stored JSON of each id that has a row, in the order asked for. One primary-key lookup per id: cheaper
 * than one statement over a JSON list of the ids (json_each, then a map back to the order asked) at every
 * page size up to the largest limit, 4x for a page of one row (bench/RESULTS.md, uncached19).
 */
export function storedJson(store: Store, ids: readonly string[]): string[] {
  const statement = storedStatement(store);
  const rows: string[] = [];
  for (const id of ids) {
    const json = statement.get(id) as string | undefined;
    if (json !== undefined) rows.push(json);
  }
  return rows;
}
