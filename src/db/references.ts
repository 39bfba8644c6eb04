// Which fields of a collection hold ids of other rows, read from the drizzle tables' foreign keys: a main
// column (`organization_id`), a list stored in a child table (`place_ids`), or a column of a list of objects
// (`roles` → organization_id). Facets and `referenced_by` both derive from this, so a new reference column
// is picked up by both without being listed anywhere.
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { hiddenColumns, type FactCollection } from '../collections/index.js';
import { column } from './columns.js';

export interface ReferenceField {
  /** The API field: `organization_id`, `place_ids`, `roles`. */
  field: string;
  /** The table holding the ids, the column naming the row that owns them, and the id column itself. */
  table: SQLiteTable;
  owner: SQLiteColumn;
  value: SQLiteColumn;
  /** The id column's key: in a list of objects (`roles`), the object's field holding the id. */
  key: string;
  /** A list field: a row may hold several ids. */
  list: boolean;
  /** A list of objects, each holding an id under `key` (a person's roles), rather than a list of ids. */
  objects: boolean;
  /** The table the ids point into: one collection's, or `entities` for an id of any type. */
  target: SQLiteTable;
}

/** Columns of a table that are foreign keys to another row (the table's own `id` excluded). */
function referenceColumns(table: SQLiteTable): Array<{ key: string; target: SQLiteTable }> {
  const byName = new Map(Object.entries(getTableColumns(table)).map(([key, c]) => [c.name, key]));
  return getTableConfig(table).foreignKeys
    .flatMap((fk) => { const reference = fk.reference(); return reference.columns.map((c) => ({ key: byName.get(c.name)!, target: reference.foreignTable })); })
    .filter(({ key }) => key !== 'id');
}

export function referenceFields(spec: FactCollection): ReferenceField[] {
  const id = column(spec.table, 'id');
  const hidden = hiddenColumns(spec);
  const own = referenceColumns(spec.table).filter(({ key }) => !hidden.has(key))
    .map(({ key, target }) => ({ field: key, table: spec.table, owner: id, value: column(spec.table, key), key, list: false, objects: false, target }));
  const lists = Object.entries(spec.lists).flatMap(([field, list]) => {
    const values = typeof list.value === 'string' ? [list.value] : list.value;
    return referenceColumns(list.table).filter(({ key }) => key !== list.owner && values.includes(key))
      .map(({ key, target }) => ({ field, table: list.table, owner: column(list.table, list.owner), value: column(list.table, key), key, list: true, objects: typeof list.value !== 'string', target }));
  });
  return [...own, ...lists];
}
