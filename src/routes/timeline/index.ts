import { Type } from '@sinclair/typebox';
import type Database from 'better-sqlite3';
import type { FastifyPluginAsync } from 'fastify';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { DATED_COLLECTIONS, type FactCollection } from '../../collections/index.js';
import { withArticle } from '../../lib/problems.js';
import { DatePrecision, Nullable, PartialDate, StringEnum } from '../../schemas/common.js';
import { ListEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { DateParam, EnumParam, FORMATS, FormatParam, IdsParam, Limit, Offset, QueryString, listValues } from '../../schemas/query.js';
import { perStore } from '../../db/store.js';
import { NOT_MODIFIED, dataResponse, exampleValue } from '../collection.js';
import { notPrefilled, withExample } from '../../schemas/examples.js';
import { referenceFields } from '../../db/references.js';
import { entities, places } from '../../db/schema.js';
import { REVIEW_STATES } from '../../schemas/vocabulary.js';
import { PAGE_HEADERS } from '../../schemas/headers.js';
import { checkRanges, checkReferences, paginate, rejectInvalid } from '../paging.js';

export const TimelineItem = Type.Object({
  date: PartialDate,
  end: Nullable(PartialDate),
  date_precision: DatePrecision,
  derived: Type.Boolean({ description: 'The date is derived from the text rather than stated.' }),
  type: StringEnum(DATED_COLLECTIONS.map((c) => c.type), { description: 'Entity type of the dated row.' }),
  id: Type.String(),
  title: Type.String(),
}, { $id: 'TimelineItem', description: `A dated row: ${DATED_COLLECTIONS.map((c) => withArticle(c.type)).join(', ')}.` });

/** A dated collection's columns under the timeline's names; range_start/range_end are the full-day bounds of partial dates. */
function datedSelect(c: FactCollection): string {
  const columns = getTableColumns(c.table);
  const sqlName = (key: string | undefined) => (key && columns[key] ? `"${columns[key].name}"` : 'NULL');
  return `'${c.type}' AS type, id, ${sqlName(c.titleColumn)} AS title, ${sqlName(c.dates!.start)} AS date, ${sqlName(c.dates!.end)} AS "end", `
    + `date_precision, ${columns.derived ? 'derived' : '0'} AS derived FROM "${getTableName(c.table)}"`;
}

/** The list fields of a collection that can name a place: references into places, or into any entity. */
const placeFields = (c: FactCollection) => referenceFields(c).filter((ref) => ref.list && !ref.objects && (ref.target === places || ref.target === entities));

/** `id IN …` for rows whose place fields name one of @place's places or a place inside one; null when it has none. */
function inPlaceSql(c: FactCollection): string | null {
  const fields = placeFields(c);
  if (!fields.length) return null;
  const within = 'SELECT place_id FROM place_containment WHERE ancestor_id IN (SELECT value FROM json_each(@place))';
  return `(${fields.map((ref) => `id IN (SELECT "${ref.owner.name}" FROM "${getTableName(ref.table)}" WHERE "${ref.value.name}" IN (${within}))`).join(' OR ')})`;
}

/** Which of the timeline's filters a query uses: one prepared statement per combination. */
export interface TimelineShape { from: boolean; to: boolean; place?: boolean; source?: boolean; review?: boolean; types?: readonly string[] }

/** The WHERE of one dated collection under a shape; null when the shape excludes the collection. */
function branchWhere(c: FactCollection, shape: TimelineShape): string | null {
  if (shape.types && !shape.types.includes(c.type)) return null;
  const place = shape.place ? inPlaceSql(c) : undefined;
  if (place === null) return null;
  return ['range_start IS NOT NULL', shape.from && 'range_end >= @from', shape.to && 'range_start <= @to', place,
    shape.source && 'id IN (SELECT entity_id FROM citations WHERE source_id IN (SELECT value FROM json_each(@source)))',
    shape.review && 'review IN (SELECT value FROM json_each(@review))'].filter(Boolean).join(' AND ');
}

/**
 * One statement per combination of filters, so each bound is an index range (no `@x IS NULL OR` that would
 * defeat the index). Each branch is ordered by its range_start index and cut at offset + limit rows, which
 * is all the merged page can need from it.
 */
export function timelineStatements(sqlite: Database.Database, shape: TimelineShape) {
  const branches = DATED_COLLECTIONS.flatMap((c) => {
    const where = branchWhere(c, shape);
    return where === null ? [] : [{ select: datedSelect(c), table: getTableName(c.table), where }];
  });
  if (!branches.length) {
    // A type or place no dated collection can match: an empty page, through statements of the same kind.
    return { page: sqlite.prepare('SELECT 1 WHERE 0'), total: sqlite.prepare('SELECT 0').pluck() };
  }
  const branch = ({ select, where }: (typeof branches)[number]) => `SELECT * FROM (SELECT range_start, range_end, ${select} WHERE ${where} ORDER BY range_start, range_end, id LIMIT @window)`;
  const count = ({ table, where }: (typeof branches)[number]) => `(SELECT COUNT(*) FROM "${table}" WHERE ${where})`;
  return {
    page: sqlite.prepare(`SELECT date, "end", date_precision, derived, type, id, title FROM (${branches.map(branch).join(' UNION ALL ')})
      ORDER BY range_start, range_end, type, id LIMIT @limit OFFSET @offset`),
    total: sqlite.prepare(`SELECT ${branches.map(count).join(' + ')}`).pluck(),
  };
}

const DATED_TYPES = DATED_COLLECTIONS.map((c) => c.type);

/** The timeline's id filters, checked like a collection's: an id that names nothing, or another type, is a 400. */
const ID_FILTERS = { place: { refersTo: ['place'] as const }, source: { refersTo: ['source'] as const } };

const routes: FastifyPluginAsync = async (app) => {
  const statementsOf = perStore(({ sqlite }) => ({
    statements: new Map<string, ReturnType<typeof timelineStatements>>(),
    unfilteredTotal: undefined as number | undefined,
    for(shape: TimelineShape) {
      const key = JSON.stringify(shape);
      if (!this.statements.has(key)) this.statements.set(key, timelineStatements(sqlite, shape));
      return this.statements.get(key)!;
    },
  }));
  const example = (name: string) => exampleValue(app.store, 'timeline', name);

  app.get('/v1/timeline', {
    config: { formats: FORMATS, csvColumns: ['date', 'end', 'date_precision', 'derived', 'type', 'id', 'title'] },
    schema: {
      tags: ['Timeline'],
      operationId: 'getTimeline',
      summary: 'Everything dated, in date order',
      description: `Every dated row (${DATED_COLLECTIONS.map((c) => c.name).join(', ')}), ordered by start date (partial dates sort at their first day), then type and id. \`from\`/\`to\` keep items whose period overlaps the range.`,
      querystring: QueryString({
        from: DateParam('Items ending on or after this day', '2026-02-01'),
        to: DateParam('Items starting on or before this day', '2026-02-28'),
        place: notPrefilled(withExample(IdsParam('Items whose place fields (`place_ids`; a statement\'s `about_ids`) name this place or a place inside it, at any depth. Rows with no place field never match.'), example('place'))),
        source: notPrefilled(withExample(IdsParam('Items with at least one citation from this source.'), example('source'))),
        type: notPrefilled(EnumParam(DATED_TYPES, 'Only items of these types.')),
        review: notPrefilled(EnumParam(REVIEW_STATES, 'reviewed: checked by a person; machine: proposed by ingest, not yet reviewed.')),
        limit: Limit,
        offset: Offset,
        format: FormatParam,
      }),
      response: { 200: dataResponse(ListEnvelope(Type.Ref(TimelineItem), 'Dated items in order.'), 'Dated items in order.', PAGE_HEADERS), ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request, reply) => {
    const query = request.query as { from?: string; to?: string; place?: string[]; source?: string[]; type?: string[]; review?: string[]; limit: number; offset: number };
    rejectInvalid([...checkRanges(query), ...checkReferences(request.store.db, ID_FILTERS, query)]);
    const prepared = statementsOf(request.store);
    const lists = { place: query.place, source: query.source, review: query.review };
    const shape: TimelineShape = {
      from: query.from !== undefined, to: query.to !== undefined,
      ...Object.fromEntries(Object.entries(lists).filter(([, v]) => v !== undefined).map(([k]) => [k, true])),
      ...(query.type && { types: [...new Set(listValues(query.type))].sort() }),
    };
    const { page, total } = prepared.for(shape);
    const bound = {
      ...(query.from && { from: query.from }), ...(query.to && { to: query.to }),
      ...Object.fromEntries(Object.entries(lists).filter(([, v]) => v !== undefined).map(([k, v]) => [k, JSON.stringify(listValues(v))])),
    };
    const data = (page.all({ ...bound, limit: query.limit, offset: query.offset, window: query.offset + query.limit }) as Array<Record<string, unknown>>)
      .map((row) => ({ ...row, derived: row.derived === 1 }));
    const filtered = Object.keys(bound).length > 0 || query.type !== undefined;
    const count = filtered ? (total.get(bound) as number) : (prepared.unfilteredTotal ??= total.get({}) as number);
    return { data, ...paginate(request, reply, { total: count, limit: query.limit, offset: query.offset }) };
  });
};

export default routes;
