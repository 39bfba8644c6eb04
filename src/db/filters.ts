// Query filters: each pairs the query parameter's schema with the SQL condition it adds. Collections
// compose them in src/collections/<name>.ts; example values come from the dataset's metadata.
import type { TSchema } from '@sinclair/typebox';
import { count, desc, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { column } from './columns.js';
import { closestValues, suggesterOf, type KnownValue } from './suggest.js';
import { anyOfWordForms, matchingIds } from './words.js';
import { perStore, type Db, type Store } from './store.js';
import type { EntityType } from '../schemas/vocabulary.js';
import { CountryParam, DateParam, EnumParam, IdsParam, SubstringParam, listValues } from '../schemas/query.js';
import { Type } from '@sinclair/typebox';

export interface Filter {
  schema: TSchema;
  /** For id filters: the entity types the ids must name, so a typo is a 400 rather than an empty page. */
  refersTo?: readonly EntityType[];
  where(raw: unknown, db: Db): SQL;
  /**
   * For open vocabularies and words (`predicate`, `role`): when a value names nothing, what to ask instead
   * (the parameter's whole value, the first such value replaced by a close known one), closest first.
   */
  suggest?(raw: unknown, store: Store): string[];
}

/** The parameter's values with the first one that has alternatives replaced by each of them, as written in a URL. */
function replacingFirst(values: string[], alternativesOf: (value: string) => string[]): string[] {
  for (const [i, value] of values.entries()) {
    const alternatives = alternativesOf(value);
    if (alternatives.length) return alternatives.map((alternative) => values.map((v, j) => (j === i ? alternative : v)).join(','));
  }
  return [];
}

/**
 * `column IN (values)` as two statement shapes for any number of values: one value is `= ?` (the planner
 * sees exactly one), more are bound as a single JSON array, so list lengths never multiply the compiled
 * statements the store caches per SQL text.
 */
export const inList = (target: SQLiteColumn | SQL, values: readonly string[]): SQL =>
  values.length === 1 ? sql`${target} = ${values[0]}` : sql`${target} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;

/** Rows whose own column holds one of the given ids. */
export const idIn = (target: SQLiteColumn, refersTo: readonly EntityType[], description: string): Filter => ({
  schema: IdsParam(description),
  refersTo,
  where: (raw) => inList(target, listValues(raw)),
});

/** Rows that own a child row (a list field) holding one of the given ids. */
export const hasChild = (owner: SQLiteColumn, child: SQLiteTable, ownerKey: string, valueKey: string, refersTo: readonly EntityType[], description: string): Filter => ({
  schema: IdsParam(description),
  refersTo,
  where: (raw, db) => sql`${owner} IN ${db.select({ id: column(child, ownerKey) }).from(child).where(inList(column(child, valueKey), listValues(raw)))}`,
});

export const oneOf = (target: SQLiteColumn, values: readonly string[], description: string): Filter => ({
  schema: EnumParam(values, description),
  where: (raw) => inList(target, listValues(raw)),
});

/** Rows whose text column equals one of the values exactly (an open vocabulary such as a claim's predicate); a misspelt value suggests the closest ones in use. */
export const exactText = (target: SQLiteColumn, description: string): Filter => {
  const inUse = perStore((store) => store.db.select({ value: target, rows: count() }).from(target.table as SQLiteTable)
    .where(sql`${target} IS NOT NULL`).groupBy(target).orderBy(desc(count())).all() as KnownValue[]);
  return {
    schema: SubstringParam(description),
    where: (raw) => inList(target, listValues(raw)),
    suggest: (raw, store) => replacingFirst(listValues(raw), (value) => closestValues(value, inUse(store))),
  };
};

export const country = (target: SQLiteColumn, description: string): Filter => ({
  schema: CountryParam(description),
  where: (raw) => inList(target, listValues(raw)),
});

/** Rows whose id an FTS5 word table maps to text in which every word of any of the given values starts a word or shares its English form. */
export const indexedWords = (parameter: string, owner: SQLiteColumn, index: { table: string; owner: string }, description: string): Filter => ({
  schema: SubstringParam(description),
  where: (raw, db) => matchingIds(owner, index, anyOfWordForms(db.$client, listValues(raw), parameter)),
  suggest: (raw, store) => replacingFirst(listValues(raw), (value) => suggesterOf(store)(value).map((option) => option.join(' '))),
});

export const onOrAfter = (rangeEnd: SQLiteColumn, description: string): Filter => ({
  schema: DateParam(description, '2026-02-01'),
  where: (raw) => gte(rangeEnd, String(raw)),
});

export const onOrBefore = (rangeStart: SQLiteColumn, description: string): Filter => ({
  schema: DateParam(description, '2026-02-28'),
  where: (raw) => lte(rangeStart, String(raw)),
});

export const activeOn = (rangeStart: SQLiteColumn, rangeEnd: SQLiteColumn, description: string): Filter => ({
  schema: DateParam(description, '2026-02-10'),
  where: (raw) => sql`${lte(rangeStart, String(raw))} AND ${gte(rangeEnd, String(raw))}`,
});

export const atLeast = (target: SQLiteColumn, description: string): Filter => ({
  schema: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description, examples: [1000] }),
  where: (raw) => gte(target, Number(raw)),
});

export const atMost = (target: SQLiteColumn, description: string): Filter => ({
  schema: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description, examples: [2500] }),
  where: (raw) => lte(target, Number(raw)),
});

/** Pairs of filters that bound a range from both sides; the low one may not exceed the high one. */
export const RANGE_PAIRS = [['from', 'to'], ['min_personnel', 'max_personnel']] as const;
