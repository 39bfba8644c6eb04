// The route factory behind every collection: GET /v1/<name> (filters, q, sort, paging, formats) and
// GET /v1/<name>/{id}, from the collection's entry in the registry (src/collections/). Example ids and values
// come from the served dataset's metadata (seed/dataset.yaml), so code names no dataset's rows.
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { COLLECTIONS, sources, type Collection } from '../collections/index.js';
import { column } from '../db/columns.js';
import { storedItem, storedJson } from '../db/hydrate.js';
import { loadSources } from '../db/sources.js';
import { countFacets, facetFilters, facetsOf } from '../db/facets.js';
import { pageQueries, plannedPage } from '../db/list-query.js';
import { idIn, oneOf, type Filter } from '../db/filters.js';
import { textMatch } from '../db/words.js';
import { tableFilters, yesNo } from '../db/relations.js';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { getTableColumns } from 'drizzle-orm';
import { entities } from '../db/schema.js';
import { perStore, type Db, type Store } from '../db/store.js';
import { suggesterOf } from '../db/suggest.js';
import { notFound, withArticle, type ParameterError } from '../lib/problems.js';
import { REVIEW_STATES } from '../schemas/vocabulary.js';
import type { RouteExamples } from '../schemas/dataset.js';
import { csvColumnsOf, MEDIA_TYPES } from '../plugins/formats.js';
import { REFERENCED_SCHEMAS } from '../schemas/common.js';
import { ItemEnvelope, ListEnvelope } from '../schemas/envelope.js';
import { DATA_HEADERS, PAGE_HEADERS } from '../schemas/headers.js';
import { problemResponses } from '../schemas/problem.js';
import { EnumParam, FORMATS, FormatParam, Limit, Offset, QueryString, SortParam, TextParam, listValues } from '../schemas/query.js';
import { notPrefilled, prefilled, withExample } from '../schemas/examples.js';
import { checkCursorWithOffset, checkRanges, checkReferences, paginate, rejectInvalid } from './paging.js';
import { csvColumnsFor, ExpandParam, FieldsParam, isPlain, type View, MAX_IDS, partialRowSchemaOf, referencesOf, rowSchemaOf, shapeRows, viewOf } from './expand.js';

/** The path `id` of an item route, with an id that exists as its example. */
export const IdParam = (example?: string) => Type.Object({ id: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200, description: 'The row id (a lowercase slug).', ...(example && { examples: [example] }) }) });

export const dataResponse = (schema: TObject, description: string, headers: object = DATA_HEADERS, example?: object) => ({
  description,
  headers,
  content: {
    [MEDIA_TYPES.json]: { schema, ...(example && { example }) },
    [MEDIA_TYPES.csv]: { schema: Type.String({ description: 'CSV with a header row; nested values flattened.' }) },
    [MEDIA_TYPES.ndjson]: { schema: Type.String({ description: 'One JSON object per line.' }) },
  },
});

const capitalize = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

export const NOT_MODIFIED = { 304: { description: 'Not Modified: the If-None-Match ETag still matches. No body, and no Content-Type or Content-Length.', headers: DATA_HEADERS, type: 'null' } };

/** One example value the dataset's metadata gives a route's parameter (the first, for a list). */
export function exampleValue(store: Store, route: string, parameter: string): string | undefined {
  const value = store.info.metadata.examples[route]?.filters?.[parameter];
  return Array.isArray(value) ? value[0] : value;
}

const isFacts = (c: Collection) => c.type !== 'source';

/** `challenged=`: rows some pending machine claim contests (`true`), or none does (`false`). */
const challengedFilter = (challenges: SQLiteColumn): Filter => yesNo(
  'Rows that pending machine claims contest (`true`: see `challenges`), or that none contests (`false`).', 'false',
  sql`json_array_length(${challenges}) > 0`, sql`json_array_length(${challenges}) = 0`,
);

/** Every filter a collection's list route takes: its own, those its table implies (`source`, `derived`, `review`) and `id`. */
export function routeFilters(c: Collection): Record<string, Filter> {
  const review: Record<string, Filter> = 'review' in getTableColumns(c.table)
    ? {
      review: oneOf(column(c.table, 'review'), REVIEW_STATES, 'reviewed: checked by a person; machine: proposed by ingest, not yet reviewed.'),
      challenged: challengedFilter(column(c.table, 'challenges')),
    }
    : {};
  const batch = idIn(column(c.table, 'id'), [c.type], `Only the rows with these ids (at most ${MAX_IDS}): a batch read.`);
  const fixed = { ...tableFilters(c.table, !isFacts(c)), ...review };
  // A facet's filter of the same name, unless the collection or its table already has one by that name.
  const fromFacets = Object.entries(isFacts(c) ? facetFilters(c) : {}).filter(([name]) => !(name in c.filters) && !(name in fixed));
  return { ...c.filters, ...Object.fromEntries(fromFacets), ...fixed, id: { ...batch, schema: { ...batch.schema, maxItems: MAX_IDS } } };
}

/** Rows as objects (for `fields=`, `expand=`, CSV): a fact row parsed from the JSON the build stored for it. */
const load = (c: Collection) => (c.type === 'source'
  ? (store: Store, ids: string[], detail: boolean) => loadSources(store.db, ids, detail)
  : (store: Store, ids: string[]) => storedJson(store, ids).map((json) => JSON.parse(json) as object));

/** Envelope parts around the data, written as fast-json-stringify writes them (meta and links in schema order). */
const listEnvelope = (data: string, { meta, links }: { meta: { total: number; limit: number; offset: number } & Partial<Suggested>; links: { self: string; next: string | null; prev: string | null } }) => {
  const suggested = meta.suggestions ? `,"suggestions":${JSON.stringify(meta.suggestions)}${meta.suggestions_for === undefined ? '' : `,"suggestions_for":${JSON.stringify(meta.suggestions_for)}`}` : '';
  // Each value stringified where it goes: the same text as stringifying meta and links as objects, without them.
  return `{"data":[${data}],"meta":{"total":${JSON.stringify(meta.total)},"limit":${JSON.stringify(meta.limit)},"offset":${JSON.stringify(meta.offset)}${suggested}},`
    + `"links":{"self":${JSON.stringify(links.self)},"next":${JSON.stringify(links.next)},"prev":${JSON.stringify(links.prev)}}}`;
};

/**
 * The body of an answer made of stored rows as they are, when the representation allows it: JSON (no
 * serializer is set, so the string is sent as is) or NDJSON (one stored row a line). Undefined for CSV,
 * which needs row objects.
 */
function storedBody(reply: FastifyReply, rows: string[], envelope: (data: string) => string): string | undefined {
  const type = reply.getHeader('content-type');
  if (type === undefined) {
    reply.type('application/json; charset=utf-8');
    return envelope(rows.join(','));
  }
  if (String(type).startsWith(MEDIA_TYPES.ndjson)) {
    reply.serializer((body) => body as string);
    return rows.map((row) => `${row}\n`).join('');
  }
  return undefined;
}

/** An example value as a list parameter shows it: list filters take arrays. */
const asParamValue = (schema: TSchema, value: string | string[]) => (schema.type === 'array' && !Array.isArray(value) ? [value] : value);

/** The list route's query string: filters with the dataset's example values, prefilled only where Try-it-out asks. */
function listQuerystring(c: Collection, filters: Record<string, Filter>, examples: RouteExamples, sourceId: string | undefined) {
  const facetNames = isFacts(c) ? [...facetsOf(c).keys()] : [];
  const values: Record<string, string | string[]> = { ...(sourceId && { source: sourceId }), ...(examples.id && { id: examples.id }), ...examples.filters };
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const param = (name: string, filter: Filter) => {
    const tried = examples.try_it_out?.[name];
    if (tried !== undefined) return prefilled(filter.schema, asParamValue(filter.schema, tried));
    return notPrefilled(withExample(filter.schema, first(values[name])));
  };
  const listSchema = c.type === 'source' ? c.listSchema : c.schema;
  return QueryString({
    ...Object.fromEntries(Object.entries(filters).map(([name, filter]) => [name, param(name, filter)])),
    q: notPrefilled(TextParam('Words in names, aliases, titles and text fields: each word must start a word of the row (`pol` finds "police", `ice` finds "ICE" but not "police"), case and accents ignored; all words must match. Punctuation separates words; text without letters or digits matches nothing; at most 32 distinct words.', typeof examples.filters?.q === 'string' ? examples.filters.q : undefined)),
    sort: SortParam(Object.keys(c.sortable)),
    limit: Limit,
    offset: Offset,
    after: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200, description: `Keyset cursor: the id of the last row you have${examples.id ? ` (e.g. \`${examples.id}\`)` : ''}; the page starts after it. Costs the same at any depth, unlike a large offset. Only with the default order (no sort).` }),
    ...(facetNames.length && { facets: notPrefilled(EnumParam(facetNames, 'Fields to count values of over all matching rows, into `meta.facets` (JSON only).')) }),
    ...viewParams(c, listSchema),
    format: FormatParam,
  });
}

const viewParams = (c: Collection, schema: TObject) => {
  const references = referencesOf(c);
  return { ...(references.length && { expand: ExpandParam(references) }), fields: FieldsParam(schema) };
};

/** The dataset's examples for this collection, its example id falling back to the first row. */
function examplesOf(c: Collection, store: Store): { examples: RouteExamples; sourceId?: string } {
  const { examples } = store.info.metadata;
  const own = examples[c.name] ?? {};
  const firstId = () => store.db.select({ id: column(c.table, 'id') }).from(c.table).limit(1).get()?.id as string | undefined;
  const id = own.id ?? firstId();
  const sourceId = examples.sources?.id ?? store.db.select({ id: column(sources.table, 'id') }).from(sources.table).limit(1).get()?.id as string | undefined;
  return { examples: { ...own, ...(id && { id }) }, ...(sourceId && { sourceId }) };
}

/**
 * A JSON answer `fields=` narrows is a partial row, which the default row schema's serializer (every field
 * required) would refuse: it goes out through JSON.stringify, its rows already in schema order. CSV and
 * NDJSON have their own serializers (the formats plugin set their content type before the handler).
 */
function serializeNarrowed(reply: FastifyReply, view: ReturnType<typeof viewOf>): void {
  if (view.fields && reply.getHeader('content-type') === undefined) reply.type('application/json; charset=utf-8').serializer(JSON.stringify);
}

type LoadRows = ReturnType<typeof load>;
type ViewOf = (request: FastifyRequest) => ReturnType<typeof viewOf>;

/** A page's ids and filtered total (null when unfiltered) from queries written for this request. */
const writtenPage = (queries: ReturnType<typeof pageQueries>) => ({
  total: queries.filtered ? queries.total.get()?.n ?? 0 : null,
  ids: queries.ids.all().map((row) => row.id as string),
});

/** Suggestions for an empty answer, and the parameter (`q`, `predicate`, `role`) whose value they replace. */
interface Suggested { suggestions: string[]; suggestions_for: string }

/**
 * When nothing matches: spellings for the first parameter that has them, `q` (the search's word index)
 * then the open-vocabulary and word filters (`predicate`, `role`), each kept only where it finds a row
 * of this collection under the same other parameters. Undefined when no such parameter was given.
 */
function suggestionsFor(request: FastifyRequest, c: Collection, filters: Record<string, Filter>, given: Record<string, unknown>, q: string | undefined): Suggested | undefined {
  const { db, sqlite } = request.store;
  const id = column(c.table, 'id');
  const conditions = (replaced: string, value: string): SQL[] => [
    ...Object.entries(given).map(([name, raw]) => filters[name]!.where(name === replaced ? value : raw, db)),
    ...(q === undefined ? [] : [textMatch(id, c.type, replaced === 'q' ? value : q, sqlite)]),
  ];
  const finds = (replaced: string, value: string) => pageQueries(db, c.table, id, c.sortable, { conditions: conditions(replaced, value), sort: [], limit: 1, offset: 0 }).ids.all().length > 0;
  const askable: Array<[string, () => string[]]> = [
    ...(q === undefined ? [] : [['q', () => suggesterOf(request.store)(q).map((words) => words.join(' '))] as [string, () => string[]]]),
    ...Object.keys(given).flatMap((name): Array<[string, () => string[]]> => {
      const { suggest } = filters[name]!;
      return suggest ? [[name, () => suggest(given[name], request.store)]] : [];
    }),
  ];
  for (const [name, suggest] of askable) {
    const found = suggest().filter((value) => finds(name, value));
    if (found.length) return { suggestions: found, suggestions_for: name };
  }
  return askable.length ? { suggestions: [], suggestions_for: askable[0]![0] } : undefined;
}

/** What is wrong with a list request's values, in one list: ranges, referenced ids, then cursor and order. */
function listProblems(db: Db, filters: Record<string, Filter>, query: Record<string, unknown>): ParameterError[] {
  const errors = checkRanges(query);
  errors.push(...checkReferences(db, filters, query));
  if (query.after !== undefined && query.sort !== undefined) errors.push({ parameter: 'after', message: 'works with the default order by id only; use offset with sort' });
  errors.push(...checkCursorWithOffset(query));
  return errors;
}

/** The filters a request gives, in the route's order of filters (the order their SQL is written in). */
function givenFilters(names: readonly string[], query: Record<string, unknown>): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const name of names) if (query[name] !== undefined) given[name] = query[name];
  return given;
}

/** A page of a collection: filters, `q`, order, paging or cursor, facets. */
function listHandler(c: Collection, filters: Record<string, Filter>, loadRows: LoadRows, view: ViewOf) {
  const id = column(c.table, 'id');
  // What every request of the route shares, made once: the planned page's spec and the filters' names in order.
  const spec = { table: c.table, id, sortable: c.sortable, filters };
  const filterNames = Object.keys(filters);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.query as Record<string, unknown> & { q?: string; sort?: string[]; limit: number; offset: number; after?: string; facets?: string[] };
    const db = request.store.db;
    rejectInvalid(listProblems(db, filters, query));
    const given = givenFilters(filterNames, query);
    const values = { filters: given, sort: listValues(query.sort), limit: query.limit, offset: query.offset, after: query.after };
    const planned = query.q || query.facets !== undefined ? undefined : plannedPage(request.store, c.name, spec, values);
    const conditions: SQL[] = planned ? [] : Object.entries(given).map(([name, raw]) => filters[name]!.where(raw, db));
    if (query.q) conditions.push(textMatch(id, c.type, query.q, request.store.sqlite));
    const queries = planned ?? writtenPage(pageQueries(db, c.table, id, c.sortable, { conditions, ...values }));
    // Unfiltered totals come from the build's counts: no COUNT(*) over a whole table on a request.
    const total = queries.total ?? request.store.info.counts[c.name] ?? 0;
    const { ids } = queries;
    const next = query.after !== undefined && ids.length === query.limit ? ids.at(-1)! : undefined;
    const links = paginate(request, reply, { total, limit: query.limit, offset: query.offset }, next);
    const suggested = total === 0 ? suggestionsFor(request, c, filters, given, query.q || undefined) : undefined;
    if (suggested) Object.assign(links.meta, suggested);
    const shape = view(request);
    if (isFacts(c) && isPlain(shape) && query.facets === undefined) {
      const body = storedBody(reply, storedJson(request.store, ids), (data) => listEnvelope(data, links));
      if (body !== undefined) return body;
    }
    serializeNarrowed(reply, shape);
    const page = { data: shapeRows(db, loadRows(request.store, ids, false), shape), ...links };
    if (query.facets !== undefined && isFacts(c)) Object.assign(page.meta, { facets: countFacets(db, c, listValues(query.facets), conditions) });
    return page;
  };
}

/** Names fit for a CSV column of their own: a dot or bracket in one would break the column's path. */
const COLUMN_NAME = /^[\w-]+$/;

/**
 * The CSV columns of a collection's keyed lists (`figures[metric=athletes].value`), one set per name the
 * served dataset holds, in name order: fixed for a dataset version, so every page of one CSV has one header.
 */
function keyedColumns(c: Collection): (request: FastifyRequest, view: View) => string[] {
  const keyed = isFacts(c) ? Object.entries(c.lists).filter(([, list]) => list.csvKey !== undefined && Array.isArray(list.value)) : [];
  const namesOf = perStore((store) => keyed.map(([field, list]) => {
    const key = column(list.table, list.csvKey!);
    const names = store.db.selectDistinct({ name: key }).from(list.table).orderBy(key).all().map((row) => String(row.name)).filter((name) => COLUMN_NAME.test(name));
    return names.flatMap((name) => (list.value as readonly string[]).filter((part) => part !== list.csvKey).map((part) => `${field}[${list.csvKey}=${name}].${part}`));
  }));
  return (request, view) => (keyed.length ? namesOf(request.store).filter((_, i) => !view.fields || view.fields.has(keyed[i]![0])).flat() : []);
}

/** What the formats plugin needs of a collection's list and item routes: CSV columns, and when a stored answer bounds the work. */
function routeConfigs(c: Collection, listSchema: Collection['schema'], view: ViewOf) {
  const listColumns = csvColumnsOf(listSchema, REFERENCED_SCHEMAS);
  const itemColumns = csvColumnsOf(c.schema, REFERENCED_SCHEMAS);
  const keyed = keyedColumns(c);
  const csvColumns = (columns: string[]) => (request: FastifyRequest) => {
    const shape = view(request);
    return [...csvColumnsFor(columns, shape), ...keyed(request, shape)];
  };
  // Stored JSON rows behind prepared statements: cheaper than a worker's round trip (see the query pool).
  // JSON only: the formats plugin has set a content type by now for CSV and NDJSON, which re-serialize.
  const storedAnswer = (request: FastifyRequest, reply: FastifyReply) => isFacts(c) && isPlain(view(request)) && reply.getHeader('content-type') === undefined;
  const config = {
    formats: FORMATS, csvColumns: csvColumns(listColumns),
    bounded: (request: FastifyRequest, reply: FastifyReply) => {
      const query = request.query as { q?: string; facets?: string[] };
      return query.q === undefined && query.facets === undefined && storedAnswer(request, reply);
    },
  };
  return { config, itemConfig: { formats: FORMATS, csvColumns: csvColumns(itemColumns), bounded: storedAnswer } };
}

/** The routes of one collection. */
export function collectionRoutes(c: Collection): FastifyPluginAsync {
  const filters = routeFilters(c);
  const listSchema = c.type === 'source' ? c.listSchema : c.schema;
  const references = referencesOf(c);
  const loadRows = load(c);
  const view = (request: FastifyRequest) => viewOf(request.query as { expand?: string[]; fields?: string[] }, references);
  const { config, itemConfig } = routeConfigs(c, listSchema, view);

  return async (app) => {
    const { examples, sourceId } = examplesOf(c, app.store);
    const sample = (detail: boolean) => (examples.id ? loadRows(app.store, [examples.id], detail)[0] : undefined);
    const listExample = {
      data: [sample(false)], meta: { total: app.store.info.counts[c.name] ?? 0, limit: 1, offset: 0 },
      links: { self: `/v1/${c.name}?limit=1`, next: `/v1/${c.name}?limit=1&offset=1`, prev: null },
    };
    app.get(`/v1/${c.name}`, {
      config,
      schema: {
        tags: [c.tag],
        operationId: `list${capitalize(c.name)}`,
        summary: `List ${c.name}`,
        description: `${c.description}\n\nFilters combine with AND; values of one filter with OR. Sortable: ${Object.keys(c.sortable).join(', ')}.${isFacts(c) ? ` Facets: ${[...facetsOf(c).keys()].join(', ')}.` : ''}`,
        querystring: listQuerystring(c, filters, examples, sourceId),
        response: {
          200: dataResponse(ListEnvelope(Type.Ref(rowSchemaOf(listSchema)), `A page of ${c.name}.`), `A page of ${c.name}: every row a ${rowSchemaOf(listSchema).$id}, all fields present; with fields=, each row is a ${partialRowSchemaOf(listSchema).$id} (id and the fields named).`, PAGE_HEADERS, examples.id ? listExample : undefined),
          ...NOT_MODIFIED,
          ...problemResponses([400, 406]),
        },
      },
    }, listHandler(c, filters, loadRows, view));

    app.get(`/v1/${c.name}/:id`, {
      config: itemConfig,
      schema: {
        tags: [c.tag],
        operationId: `get${capitalize(c.type)}`,
        summary: `Get one ${c.type}`,
        description: `One ${c.type} by id${examples.id ? `, e.g. \`${examples.id}\`` : ''}.`,
        params: IdParam(examples.id),
        querystring: QueryString({ ...viewParams(c, c.schema), format: FormatParam }),
        response: {
          200: dataResponse(ItemEnvelope(Type.Ref(rowSchemaOf(c.schema)), `One ${c.type}.`), `One ${c.type}, a ${rowSchemaOf(c.schema).$id} with all fields present; with fields=, a ${partialRowSchemaOf(c.schema).$id} (id and the fields named).`, DATA_HEADERS, examples.id ? { data: sample(true) } : undefined),
          ...NOT_MODIFIED,
          ...problemResponses([400, 404, 406]),
        },
      },
    }, itemHandler(c, loadRows, view));
  };
}

/** One row by id: its stored JSON when the view is plain, else hydrated and shaped; a 404 that names another type's id. */
function itemHandler(c: Collection, loadRows: LoadRows, view: ViewOf) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const { id: wanted } = request.params as { id: string };
    const db = request.store.db;
    const shape = view(request);
    const stored = isFacts(c) ? storedItem(request.store, c.type, wanted) : undefined;
    const body = stored !== undefined && isPlain(shape) ? storedBody(reply, [stored], (data) => `{"data":${data}}`) : undefined;
    if (body !== undefined) return body;
    const [item] = isFacts(c) ? (stored === undefined ? [] : [JSON.parse(stored) as object]) : loadRows(request.store, [wanted], true);
    if (item) {
      serializeNarrowed(reply, shape);
      return { data: shapeRows(db, [item], shape)[0] };
    }
    const other = db.select().from(entities).where(eq(entities.id, wanted)).get();
    throw notFound(other
      ? `"${wanted}" is ${withArticle(other.type)}, not ${withArticle(c.type)}: see /v1/entities/${wanted}.`
      : `No ${c.type} has id "${wanted}".`);
  };
}

/** The routes of every collection in the registry. */
export const allCollectionRoutes: FastifyPluginAsync = async (app) => {
  for (const c of COLLECTIONS) await app.register(collectionRoutes(c));
};
