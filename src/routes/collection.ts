// The route factory behind every collection: GET /v1/<name> (filters, q, sort, paging, formats) and
// GET /v1/<name>/{id}. A collection's own file lists its filters and sortable fields; this does the rest.
import { Type, type TObject } from '@sinclair/typebox';
import { eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { FastifyPluginAsync } from 'fastify';
import { column } from '../db/collections.js';
import { pageQueries } from '../db/list-query.js';
import { oneOf, textMatch, type Filter } from '../db/filters.js';
import { getTableColumns } from 'drizzle-orm';
import { entities } from '../db/schema.js';
import type { Db } from '../db/store.js';
import { notFound, withArticle } from '../lib/problems.js';
import { REVIEW_STATES, type EntityType } from '../schemas/vocabulary.js';
import { csvColumnsOf, MEDIA_TYPES } from '../plugins/formats.js';
import { REFERENCED_SCHEMAS } from '../schemas/common.js';
import { ItemEnvelope, ListEnvelope } from '../schemas/envelope.js';
import { problemResponses } from '../schemas/problem.js';
import { FORMATS, FormatParam, Limit, Offset, QueryString, SortParam, TextParam } from '../schemas/query.js';
import { checkRanges, checkReferences, paginate, rejectInvalid } from './paging.js';

export interface CollectionDefinition {
  /** URL segment and collection name: /v1/<name>. */
  name: string;
  /** The entity type of its rows, also what one row is called in messages ("person"). */
  type: EntityType;
  tag: string;
  description: string;
  /** The row schema; it has an $id and is registered once with the app. */
  itemSchema: TObject;
  /** The list's row schema when it differs from the item route's (sources omit their text). */
  listSchema?: TObject;
  table: SQLiteTable;
  filters: Record<string, Filter>;
  /** Fields `sort` accepts, and the column each sorts by. */
  sortable: Record<string, SQLiteColumn>;
  exampleId: string;
  load(db: Db, ids: string[], detail: boolean): object[];
}

export const ID_PARAM = Type.Object({ id: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200, description: 'The row id (a lowercase slug).' }) });

export const dataResponse = (schema: TObject, description: string) => ({
  description,
  content: {
    [MEDIA_TYPES.json]: { schema },
    [MEDIA_TYPES.csv]: { schema: Type.String({ description: 'CSV with a header row; nested values flattened.' }) },
    [MEDIA_TYPES.ndjson]: { schema: Type.String({ description: 'One JSON object per line.' }) },
  },
});

const capitalize = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

export const NOT_MODIFIED = { 304: { description: 'Not Modified: the If-None-Match ETag still matches.', type: 'null' } };

/** The routes of one collection; the plugin carries its definition (the query-plan test reads it). */
export function collectionRoutes(definition: CollectionDefinition): FastifyPluginAsync & { definition: CollectionDefinition } {
  // Every fact collection is filterable by review state; the filter is added here once for all of them.
  const def = 'review' in getTableColumns(definition.table)
    ? { ...definition, filters: { ...definition.filters, review: oneOf(column(definition.table, 'review'), REVIEW_STATES, 'reviewed: checked by a person; machine: proposed by ingest, not yet reviewed.') } }
    : definition;
  const id = column(def.table, 'id');
  const listSchema = def.listSchema ?? def.itemSchema;
  const sortFields = Object.keys(def.sortable);
  const querystring = QueryString({
    ...Object.fromEntries(Object.entries(def.filters).map(([name, filter]) => [name, filter.schema])),
    q: TextParam('Case-insensitive match on names, aliases, titles and text fields.', 'milan'),
    sort: SortParam(sortFields),
    limit: Limit,
    offset: Offset,
    after: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200, description: 'Keyset cursor: the id of the last row you have; the page starts after it. Costs the same at any depth, unlike a large offset. Only with the default order (no sort).', examples: [def.exampleId] }),
    format: FormatParam,
  });
  const config = { formats: FORMATS, csvColumns: csvColumnsOf(listSchema, REFERENCED_SCHEMAS) };
  const itemConfig = { formats: FORMATS, csvColumns: csvColumnsOf(def.itemSchema, REFERENCED_SCHEMAS) };

  const plugin: FastifyPluginAsync = async (app) => {
    app.get(`/v1/${def.name}`, {
      config,
      schema: {
        tags: [def.tag],
        operationId: `list${capitalize(def.name)}`,
        summary: `List ${def.name}`,
        description: `${def.description}\n\nFilters combine with AND; values of one filter with OR. Sortable: ${sortFields.join(', ')}.`,
        querystring,
        response: {
          200: dataResponse(ListEnvelope(Type.Ref(listSchema), `A page of ${def.name}.`), `A page of ${def.name}.`),
          ...NOT_MODIFIED,
          ...problemResponses([400, 406]),
        },
      },
    }, async (request, reply) => {
      const query = request.query as Record<string, unknown> & { q?: string; sort?: string; limit: number; offset: number; after?: string };
      const db = app.store.db;
      const cursorErrors = query.after !== undefined && query.sort !== undefined ? [{ parameter: 'after', message: 'works with the default order by id only; use offset with sort' }] : [];
      rejectInvalid([...checkRanges(query), ...checkReferences(db, def.filters, query), ...cursorErrors]);
      const conditions: SQL[] = Object.entries(def.filters)
        .filter(([name]) => query[name] !== undefined)
        .map(([name, filter]) => filter.where(query[name], db));
      if (query.q) conditions.push(textMatch(id, def.type, query.q));
      const queries = pageQueries(db, def.table, id, def.sortable, {
        conditions, sort: query.sort ? query.sort.split(',') : [], limit: query.limit, offset: query.offset, after: query.after,
      });
      // Unfiltered totals come from the build's counts: no COUNT(*) over a whole table on a request.
      const total = queries.filtered ? queries.total.get()?.n ?? 0 : app.store.info.counts[def.name] ?? 0;
      const ids = queries.ids.all().map((row) => row.id as string);
      const next = query.after !== undefined && ids.length === query.limit ? ids.at(-1)! : undefined;
      return { data: def.load(db, ids, false), ...paginate(request, reply, { total, limit: query.limit, offset: query.offset }, next) };
    });

    app.get(`/v1/${def.name}/:id`, {
      config: itemConfig,
      schema: {
        tags: [def.tag],
        operationId: `get${capitalize(def.type)}`,
        summary: `Get one ${def.type}`,
        description: `One ${def.type} by id, e.g. \`${def.exampleId}\`.`,
        params: ID_PARAM,
        querystring: QueryString({ format: FormatParam }),
        response: {
          200: dataResponse(ItemEnvelope(Type.Ref(def.itemSchema), `One ${def.type}.`), `One ${def.type}.`),
          ...NOT_MODIFIED,
          ...problemResponses([400, 404, 406]),
        },
      },
    }, async (request) => {
      const { id: wanted } = request.params as { id: string };
      const [item] = def.load(app.store.db, [wanted], true);
      if (item) return { data: item };
      const other = app.store.db.select().from(entities).where(eq(entities.id, wanted)).get();
      throw notFound(other
        ? `"${wanted}" is ${withArticle(other.type)}, not ${withArticle(def.type)}: see /v1/entities/${wanted}.`
        : `No ${def.type} has id "${wanted}".`);
    });
  };
  return Object.assign(plugin, { definition: def });
}
