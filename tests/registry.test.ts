// The registry is the one description of each collection: a table, a type or a field left out of it would be
// silently missing from some route, so these checks fail fast on a half-added collection or field.
import { getTableColumns, getTableName } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, FACT_COLLECTIONS, hiddenColumns } from '../src/collections/index.js';
import * as tables from '../src/db/schema.js';
import { ENTITY_TYPES } from '../src/schemas/vocabulary.js';

const allTables: SQLiteTable[] = (Object.values(tables) as unknown[]).filter((value): value is SQLiteTable => value instanceof SQLiteTable);

describe('the collection registry', () => {
  it('has one collection per entity type and per table of reviewable facts', () => {
    expect(COLLECTIONS.map((c) => c.type).sort()).toEqual([...ENTITY_TYPES].sort());
    const factTables = allTables.filter((table) => 'id' in getTableColumns(table) && 'review' in getTableColumns(table));
    expect(factTables.map(getTableName).sort()).toEqual(FACT_COLLECTIONS.map((c) => getTableName(c.table)).sort());
  });

  it('stores every field of each row schema, and serves every column of each table', () => {
    for (const c of FACT_COLLECTIONS) {
      const columns = Object.keys(getTableColumns(c.table)).filter((key) => !hiddenColumns(c).has(key));
      const stored = new Set([...columns, ...Object.keys(c.lists), ...(c.quantity ? [c.quantity.field] : []), 'citations']);
      const fields = Object.keys(c.schema.properties);
      expect(fields.filter((field) => !stored.has(field)), c.name).toEqual([]);
      expect([...stored].filter((field) => !fields.includes(field)), c.name).toEqual([]);
    }
  });

  it('names dated fields, sort keys and the timeline title by columns that exist', () => {
    for (const c of FACT_COLLECTIONS) {
      const columns = getTableColumns(c.table);
      const schemaFields = Object.keys(c.schema.properties);
      for (const field of [c.dates?.start, c.dates?.end].filter((f): f is string => f !== undefined)) expect(schemaFields, `${c.name}.${field}`).toContain(field);
      if (c.titleColumn) expect(columns, `${c.name}.${c.titleColumn}`).toHaveProperty(c.titleColumn);
      for (const [key, column] of Object.entries(c.sortable)) expect(Object.values(columns), `${c.name} sort ${key}`).toContain(column);
    }
  });
});
