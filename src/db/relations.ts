// Filters every collection gets from its table alone: `source=` (rows a source states) and, where rows have a
// `derived` column, `derived=`. Plus the yes/no parameter they and `deployments?top_level=` share.
import { Type } from '@sinclair/typebox';
import { eq, getTableColumns, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Filter } from './filters.js';
import { citations } from './schema.js';
import { IdsParam, listValues } from '../schemas/query.js';

/** `true` or `false`, spelled out: `1`, `yes` or `maybe` are 400s rather than guesses. */
export const BooleanParam = (description: string, example: 'true' | 'false') =>
  Type.Unsafe<'true' | 'false'>({ type: 'string', enum: ['true', 'false'], description: `${description} \`true\` or \`false\`.`, examples: [example] });

/** A yes/no filter: `true` adds `whenTrue`, `false` adds `whenFalse`. */
export const yesNo = (description: string, example: 'true' | 'false', whenTrue: SQL, whenFalse: SQL): Filter => ({
  schema: BooleanParam(description, example),
  where: (raw) => (raw === 'true' ? whenTrue : whenFalse),
});

/** Rows with no value in a column (`true`) or with one (`false`): `deployments?top_level=` on part_of_id. */
export const hasNo = (target: SQLiteColumn, description: string, example: 'true' | 'false'): Filter =>
  yesNo(description, example, isNull(target), isNotNull(target));

/** `source=`: fact rows with a citation from one of the sources; on sources themselves, those sources. */
export function citedBy(table: SQLiteTable, isSources: boolean): Filter {
  const id = getTableColumns(table).id!;
  return {
    schema: IdsParam(isSources ? 'Id of the source (the sources collection answers with the source itself).' : 'Id of a source: rows with at least one citation from it.'),
    refersTo: ['source'],
    where: (raw, db) => inArray(id, isSources
      ? listValues(raw)
      : db.select({ id: citations.entity_id }).from(citations).where(inArray(citations.source_id, listValues(raw)))),
  };
}

/** The filters a collection gets from its table: `source`, and `derived` when the rows have that column. */
export function tableFilters(table: SQLiteTable, isSources: boolean): Record<string, Filter> {
  const derived = getTableColumns(table).derived;
  return {
    source: citedBy(table, isSources),
    ...(derived && {
      derived: yesNo('Rows whose date or value the article implies rather than states (`true`), or only stated ones (`false`).', 'false', eq(derived, true), eq(derived, false)),
    }),
  };
}
