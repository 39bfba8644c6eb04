// Reads fact rows back into their API shapes: main row, child lists and citations, in the order asked for.
import { asc } from 'drizzle-orm';
import { inList } from './filters.js';
import { citations } from './schema.js';
import { hiddenColumns, type FactCollection } from '../collections/index.js';
import { column, type Item } from './columns.js';
import type { Db } from './store.js';
import type { Citation } from '../schemas/common.js';

export function citationsOf(db: Db, ids: string[]): Map<string, Citation[]> {
  const byEntity = new Map<string, Citation[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byEntity;
  const rows = db.select().from(citations).where(inList(citations.entity_id, ids)).orderBy(asc(citations.entity_id), asc(citations.position)).all();
  for (const { entity_id, source_id, start, end, quote } of rows) byEntity.get(entity_id)?.push({ source_id, start, end, quote });
  return byEntity;
}

/**
 * Rows in their API shape. For a row's title alone (an expanded summary), `titleOnly` reads the main row and
 * the list fields the title needs, without citations.
 */
export function hydrate(db: Db, spec: FactCollection, ids: string[], { titleOnly = false } = {}): Item[] {
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
  const lists = Object.entries(spec.lists).filter(([field]) => !titleOnly || spec.titleLists?.includes(field));
  for (const [field, list] of lists) {
    const owner = column(list.table, list.owner);
    const order = list.ordered ? column(list.table, 'position') : column(list.table, typeof list.value === 'string' ? list.value : list.owner);
    for (const row of db.select().from(list.table).where(inList(owner, ids)).orderBy(asc(owner), asc(order)).all() as Record<string, unknown>[]) {
      const value = typeof list.value === 'string' ? row[list.value] : Object.fromEntries(list.value.map((c) => [c, row[c]]));
      (byId.get(row[list.owner] as string)?.[field] as unknown[] | undefined)?.push(value);
    }
  }
  const cited = titleOnly ? new Map<string, Citation[]>() : citationsOf(db, ids);
  return ids.flatMap((id) => {
    const item = byId.get(id);
    return item ? [titleOnly ? item : { ...item, citations: cited.get(id) ?? [] }] : [];
  });
}
