// The queries behind a collection page: the page's ids (filters, order, keyset or offset) and the total.
// Routes run them; the query-plan test explains the very same statements.
import { and, asc, count, desc, gt, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './store.js';

export interface PageRequest {
  conditions: SQL[];
  /** `field` or `-field` for descending; ties and the default order by id. */
  sort: string[];
  limit: number;
  offset: number;
  /** Keyset cursor: the id of the last row already seen (default order only). */
  after?: string;
}

/** Free text sorts as a reader expects, case ignored ("de Gaulle" among the Ds); ids and vocabularies as stored. */
const sortKey = (c: SQLiteColumn): SQLiteColumn | SQL => (c.columnType === 'SQLiteText' && !c.enumValues?.length && !c.name.endsWith('_id') && c.name !== 'id'
  ? sql`${c} COLLATE NOCASE`
  : c);

export function pageQueries(db: Db, table: SQLiteTable, id: SQLiteColumn, sortable: Record<string, SQLiteColumn>, page: PageRequest) {
  const filtered = page.conditions.length ? and(...page.conditions) : undefined;
  const order = [...page.sort.map((key) => (key.startsWith('-') ? desc(sortKey(sortable[key.slice(1)]!)) : asc(sortKey(sortable[key]!)))), asc(id)];
  const where = page.after === undefined ? filtered : and(...page.conditions, gt(id, page.after));
  return {
    ids: db.select({ id }).from(table).where(where).orderBy(...order).limit(page.limit).offset(page.offset),
    total: db.select({ n: count() }).from(table).where(filtered),
    filtered: filtered !== undefined,
  };
}
