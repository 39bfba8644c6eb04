// What a collection declares about itself. One module per collection (src/collections/<name>.ts) fills
// this in; the build, hydration, facets, expand, referenced_by, the timeline, the routes and ingest all read
// it, so a field or a collection is described once.
import type { TObject } from '@sinclair/typebox';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Filter } from '../db/filters.js';
import type { Item } from '../db/columns.js';
import type { EntityType } from '../schemas/vocabulary.js';

/** A list field stored as rows of a child table keyed by the owner's id. */
export interface ListField {
  table: SQLiteTable;
  owner: string;
  /** A list of scalars stored in this column, or of objects made of these columns. */
  value: string | readonly string[];
  /** Child tables with a `position` column keep the seed's order; the others are sets, read in id order. */
  ordered: boolean;
  /**
   * For a list of objects named by one of their columns (a figure by its metric): CSV gives each name in the
   * served dataset columns of its own, `field[column=name].other`, beside the one text cell of the list.
   */
  csvKey?: string;
}

/** What every routed collection declares: its URL, its docs, its table, filters and sort fields. */
interface CollectionBase {
  /** URL segment and collection name: /v1/<name>; also the seed file facts/<name>.yaml. */
  name: string;
  tag: string;
  /** The OpenAPI tag's description. */
  tagDescription: string;
  /** The list route's description. */
  description: string;
  /** The item route's row schema; it has an $id and is registered once with the app. */
  schema: TObject;
  table: SQLiteTable;
  /** Filters of this collection alone; `source`, `derived`, `review` and `id` come from the table. */
  filters: Record<string, Filter>;
  /** Fields `sort` accepts, and the column each sorts by. */
  sortable: Record<string, SQLiteColumn>;
}

/** The articles: a collection with no facts of its own shape, read by the sources loader. */
export interface SourceCollection extends CollectionBase {
  type: 'source';
  /** The list's row schema (without the full text). */
  listSchema: TObject;
}

/** A collection of facts drawn from the articles, each row with citations. */
export interface FactCollection extends CollectionBase {
  type: Exclude<EntityType, 'source'>;
  lists: Record<string, ListField>;
  /** The partial-date fields whose full-day bounds go into range_start / range_end; dated rows are on the timeline. */
  dates?: { start: string; end?: string };
  /** Fields the build computes; the seed does not write them. */
  computed?: readonly string[];
  /** API field stored in other columns of the main table (a quantity in value + qualifier columns). */
  quantity?: { field: string; value: string; qualifier: string };
  /** Open-vocabulary columns that `facets=` counts too (enums, `country`, `derived` and references always are). */
  facets?: readonly string[];
  /** The main-table column the timeline shows as a dated row's title. */
  titleColumn?: string;
  /** The row named from its own fields (a claim: its ids and predicate); summaries.ts readableTitles puts it in words for the API. */
  title: (item: Item) => string;
  /**
   * Names, acronyms, aliases and role titles, each with its path (`roles[1].title`): words an article gives
   * the row, so the build requires each in one of the row's quotes (see src/db/support.ts).
   */
  statedTexts?: (item: Item) => Array<[path: string, value: string]>;
  /** Names, aliases, titles and text fields: what `q` and search match. */
  text: (item: Item) => Array<string | null | undefined>;
}

export type Collection = SourceCollection | FactCollection;

/** Main-table columns that are internal (date bounds, quantity parts) and never part of the API shape. */
export function hiddenColumns(spec: FactCollection): Set<string> {
  const hidden = new Set(['range_start', 'range_end']);
  if (spec.quantity) hidden.add(spec.quantity.value).add(spec.quantity.qualifier);
  return hidden;
}

export function mainColumns(spec: FactCollection): string[] {
  return Object.keys(getTableColumns(spec.table));
}

/** A list of ids in a child table that keeps no order. */
export const idList = (table: SQLiteTable, owner: string, value: string): ListField => ({ table, owner, value, ordered: false });

export const text = (v: unknown) => (typeof v === 'string' ? v : '');
export const texts = (v: unknown) => (Array.isArray(v) ? v.map(text) : []);
