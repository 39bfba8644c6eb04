// The queries behind a collection page: the page's ids (filters, order, keyset or offset) and the total.
// Routes run them; the query-plan test explains the very same statements.
import { and, asc, count, desc, gt, type SQL } from 'drizzle-orm';
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

export function pageQueries(db: Db, table: SQLiteTable, id: SQLiteColumn, sortable: Record<string, SQLiteColumn>, page: PageRequest) {
  const filtered = page.conditions.length ? and(...page.conditions) : undefined;
  const order = [...page.sort.map((key) => (key.startsWith('-') ? desc(sortable[key.slice(1)]!) : asc(sortable[key]!))), asc(id)];
  const where = page.after === undefined ? filtered : and(...page.conditions, gt(id, page.after));
  return {
    ids: db.select({ id }).from(table).where(where).orderBy(...order).limit(page.limit).offset(page.offset),
    total: db.select({ n: count() }).from(table).where(filtered),
    filtered: filtered !== undefined,
  };
}
