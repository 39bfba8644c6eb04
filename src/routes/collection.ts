// The route factory behind every collection: GET /v1/<name> (filters, q, sort, paging, formats) and
// GET /v1/<name>/{id}. A collection's own file lists its filters and sortable fields; this does the rest.
import { Type, type TObject } from '@sinclair/typebox';
import { eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { collectionByType, column } from '../db/collections.js';
import { countFacets, facetsOf } from '../db/facets.js';
import { pageQueries } from '../db/list-query.js';
import { idIn, oneOf, type Filter } from '../db/filters.js';
import { textMatch } from '../db/words.js';
import { tableFilters } from '../db/relations.js';
import { getTableColumns } from 'drizzle-orm';
import { entities } from '../db/schema.js';
import type { Db } from '../db/store.js';
import { notFound, withArticle } from '../lib/problems.js';
import { REVIEW_STATES, type EntityType } from '../schemas/vocabulary.js';
import { csvColumnsOf, MEDIA_TYPES } from '../plugins/formats.js';
import { REFERENCED_SCHEMAS } from '../schemas/common.js';
import { ItemEnvelope, ListEnvelope } from '../schemas/envelope.js';
import { DATA_HEADERS, PAGE_HEADERS } from '../schemas/headers.js';
import { problemResponses } from '../schemas/problem.js';
import { EnumParam, FORMATS, FormatParam, Limit, Offset, QueryString, SortParam, TextParam, listValues } from '../schemas/query.js';
import { notPrefilled, prefilled } from '../schemas/examples.js';
import { checkRanges, checkReferences, paginate, rejectInvalid } from './paging.js';
import { csvColumnsFor, ExpandParam, FieldsParam, MAX_IDS, referencesOf, rowSchemaOf, shapeRows, viewOf } from './expand.js';

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
  /** Filter values Swagger UI prefills on "Try it out"; together they must match rows (tests execute them). */
  tryItOut?: Record<string, unknown>;
  load(db: Db, ids: string[], detail: boolean): object[];
}

/** The path `id` of an item route, with an id that exists as its example. */
export const IdParam = (example: string) => Type.Object({ id: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200, description: 'The row id (a lowercase slug).', examples: [example] }) });

export const dataResponse = (schema: TObject, description: string, headers: object = DATA_HEADERS, example?: object) => ({
  description,
  headers,
  content: {
    [MEDIA_TYPES.json]: { schema, ...(example && { example }) },
    [MEDIA_TYPES.csv]: { schema: Type.String({ description: 'CSV with a header row; nested values flattened.' }) },
    [MEDIA_TYPES.ndjson]: { schema: Type.String({ description: 'One JSON object per line.' }) },
  },
});

/** A source every collection has rows from, for the `source=` example. */
const SOURCE_EXAMPLE = 'ice-role-public-backlash';

const capitalize = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

export const NOT_MODIFIED = { 304: { description: 'Not Modified: the If-None-Match ETag still matches. No body, and no Content-Type or Content-Length.', headers: DATA_HEADERS, type: 'null' } };

/** The routes of one collection; the plugin carries its definition (the query-plan test reads it). */
export function collectionRoutes(own: CollectionDefinition): FastifyPluginAsync & { definition: CollectionDefinition } {
  // Every fact collection is filterable by review state; the filter is added here once for all of them.
  const review: Record<string, Filter> = 'review' in getTableColumns(own.table)
    ? { review: oneOf(column(own.table, 'review'), REVIEW_STATES, 'reviewed: checked by a person; machine: proposed by ingest, not yet reviewed.') }
    : {};
  const def: CollectionDefinition = { ...own, filters: { ...own.filters, ...tableFilters(own.table, own.type === 'source', SOURCE_EXAMPLE), ...review } };
  const id = column(def.table, 'id');
  const listSchema = def.listSchema ?? def.itemSchema;
  const sortFields = Object.keys(def.sortable);
  const spec = collectionByType.get(def.type as Exclude<EntityType, 'source'>);
  const facetNames = spec ? [...facetsOf(spec).keys()] : [];
  const batch = idIn(id, [def.type], `Only the rows with these ids (at most ${MAX_IDS}): a batch read.`, def.exampleId);
  const filters: Record<string, Filter> = { ...def.filters, id: { ...batch, schema: { ...batch.schema, maxItems: MAX_IDS } } };
  const references = referencesOf(def.itemSchema);
  const viewParams = (schema: TObject) => ({ ...(references.length && { expand: ExpandParam(references) }), fields: FieldsParam(schema) });
  const querystring = QueryString({
    ...Object.fromEntries(Object.entries(filters).map(([name, filter]) => [name,
      def.tryItOut?.[name] !== undefined ? prefilled(filter.schema, def.tryItOut[name]) : notPrefilled(filter.schema)])),
    q: notPrefilled(TextParam('Words in names, aliases, titles and text fields: each word must start a word of the row (`carab` finds Carabinieri, `ice` finds ICE but not "police"), case and accents ignored; all words must match. Punctuation separates words; text without letters or digits matches nothing; at most 32 distinct words.', 'milan')),
    sort: SortParam(sortFields),
    limit: Limit,
    offset: Offset,
    after: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200, description: `Keyset cursor: the id of the last row you have (e.g. \`${def.exampleId}\`); the page starts after it. Costs the same at any depth, unlike a large offset. Only with the default order (no sort).` }),
    ...(facetNames.length && { facets: notPrefilled(EnumParam(facetNames, 'Fields to count values of over all matching rows, into `meta.facets` (JSON only).')) }),
    ...viewParams(listSchema),
    format: FormatParam,
  });
  const listColumns = csvColumnsOf(listSchema, REFERENCED_SCHEMAS);
  const itemColumns = csvColumnsOf(def.itemSchema, REFERENCED_SCHEMAS);
  const view = (request: FastifyRequest) => viewOf(request.query as { expand?: string[]; fields?: string[] }, references);
  const config = { formats: FORMATS, csvColumns: (request: FastifyRequest) => csvColumnsFor(listColumns, view(request)) };
  const itemConfig = { formats: FORMATS, csvColumns: (request: FastifyRequest) => csvColumnsFor(itemColumns, view(request)) };

  const plugin: FastifyPluginAsync = async (app) => {
    // Real rows as the documented examples, so Swagger UI shows data rather than random strings.
    const [listSample] = def.load(app.store.db, [def.exampleId], false);
    const [itemSample] = def.load(app.store.db, [def.exampleId], true);
    const listExample = {
      data: [listSample], meta: { total: app.store.info.counts[def.name] ?? 0, limit: 1, offset: 0 },
      links: { self: `/v1/${def.name}?limit=1`, next: `/v1/${def.name}?limit=1&offset=1`, prev: null },
    };
    app.get(`/v1/${def.name}`, {
      config,
      schema: {
        tags: [def.tag],
        operationId: `list${capitalize(def.name)}`,
        summary: `List ${def.name}`,
        description: `${def.description}\n\nFilters combine with AND; values of one filter with OR. Sortable: ${sortFields.join(', ')}.${facetNames.length ? ` Facets: ${facetNames.join(', ')}.` : ''}`,
        querystring,
        response: {
          200: dataResponse(ListEnvelope(Type.Ref(rowSchemaOf(listSchema)), `A page of ${def.name}.`), `A page of ${def.name}.`, PAGE_HEADERS, listExample),
          ...NOT_MODIFIED,
          ...problemResponses([400, 406]),
        },
      },
    }, async (request, reply) => {
      const query = request.query as Record<string, unknown> & { q?: string; sort?: string[]; limit: number; offset: number; after?: string; facets?: string[] };
      const db = request.store.db;
      const cursorErrors = query.after !== undefined && query.sort !== undefined ? [{ parameter: 'after', message: 'works with the default order by id only; use offset with sort' }] : [];
      rejectInvalid([...checkRanges(query), ...checkReferences(db, filters, query), ...cursorErrors]);
      const conditions: SQL[] = Object.entries(filters)
        .filter(([name]) => query[name] !== undefined)
        .map(([name, filter]) => filter.where(query[name], db));
      if (query.q) conditions.push(textMatch(id, def.type, query.q));
      const queries = pageQueries(db, def.table, id, def.sortable, {
        conditions, sort: listValues(query.sort), limit: query.limit, offset: query.offset, after: query.after,
      });
      // Unfiltered totals come from the build's counts: no COUNT(*) over a whole table on a request.
      const total = queries.filtered ? queries.total.get()?.n ?? 0 : request.store.info.counts[def.name] ?? 0;
      const ids = queries.ids.all().map((row) => row.id as string);
      const next = query.after !== undefined && ids.length === query.limit ? ids.at(-1)! : undefined;
      const page = { data: shapeRows(db, def.load(db, ids, false), view(request)), ...paginate(request, reply, { total, limit: query.limit, offset: query.offset }, next) };
      if (query.facets !== undefined) Object.assign(page.meta, { facets: countFacets(db, spec!, listValues(query.facets), conditions) });
      return page;
    });

    app.get(`/v1/${def.name}/:id`, {
      config: itemConfig,
      schema: {
        tags: [def.tag],
        operationId: `get${capitalize(def.type)}`,
        summary: `Get one ${def.type}`,
        description: `One ${def.type} by id, e.g. \`${def.exampleId}\`.`,
        params: IdParam(def.exampleId),
        querystring: QueryString({ ...viewParams(def.itemSchema), format: FormatParam }),
        response: {
          200: dataResponse(ItemEnvelope(Type.Ref(rowSchemaOf(def.itemSchema)), `One ${def.type}.`), `One ${def.type}.`, DATA_HEADERS, { data: itemSample }),
          ...NOT_MODIFIED,
          ...problemResponses([400, 404, 406]),
        },
      },
    }, async (request) => {
      const { id: wanted } = request.params as { id: string };
      const db = request.store.db;
      const [item] = def.load(db, [wanted], true);
      if (item) return { data: shapeRows(db, [item], view(request))[0] };
      const other = db.select().from(entities).where(eq(entities.id, wanted)).get();
      throw notFound(other
        ? `"${wanted}" is ${withArticle(other.type)}, not ${withArticle(def.type)}: see /v1/entities/${wanted}.`
        : `No ${def.type} has id "${wanted}".`);
    });
  };
  return Object.assign(plugin, { definition: def });
}
