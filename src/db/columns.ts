// Column access by key on any drizzle table, and the loose row shape collections are read into.
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

export type Item = Record<string, unknown> & { id: string };

export function column(table: SQLiteTable, key: string): SQLiteColumn {
  const found = getTableColumns(table)[key];
  if (!found) throw new Error(`table has no column ${key}`);
  return found;
}
