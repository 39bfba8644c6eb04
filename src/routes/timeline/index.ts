import { Type } from '@sinclair/typebox';
import type Database from 'better-sqlite3';
import type { FastifyPluginAsync } from 'fastify';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { DATED_COLLECTIONS, type FactCollection } from '../../collections/index.js';
import { withArticle } from '../../lib/problems.js';
import { DatePrecision, Nullable, PartialDate, StringEnum } from '../../schemas/common.js';
import { ListEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { DateParam, FORMATS, FormatParam, Limit, Offset, QueryString } from '../../schemas/query.js';
import { perStore } from '../../db/store.js';
import { NOT_MODIFIED, dataResponse } from '../collection.js';
import { PAGE_HEADERS } from '../../schemas/headers.js';
import { checkRanges, paginate, rejectInvalid } from '../paging.js';

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

const DATED = DATED_COLLECTIONS.map(datedSelect);

/**
 * One statement per combination of bounds, so each bound is an index range (no `@x IS NULL OR` that would
 * defeat the index). Each branch is ordered by its range_start index and cut at offset + limit rows, which
 * is all the merged page can need from it.
 */
export function timelineStatements(sqlite: Database.Database, bounds: { from: boolean; to: boolean }) {
  const where = ['range_start IS NOT NULL', bounds.from && 'range_end >= @from', bounds.to && 'range_start <= @to'].filter(Boolean).join(' AND ');
  const branch = (source: string) => `SELECT * FROM (SELECT range_start, range_end, ${source} WHERE ${where} ORDER BY range_start, range_end, id LIMIT @window)`;
  const count = (source: string) => `(SELECT COUNT(*) FROM ${source.slice(source.lastIndexOf(' FROM ') + 6)} WHERE ${where})`;
  return {
    page: sqlite.prepare(`SELECT date, "end", date_precision, derived, type, id, title FROM (${DATED.map(branch).join(' UNION ALL ')})
      ORDER BY range_start, range_end, type, id LIMIT @limit OFFSET @offset`),
    total: sqlite.prepare(`SELECT ${DATED.map(count).join(' + ')}`).pluck(),
  };
}

const routes: FastifyPluginAsync = async (app) => {
  const statementsOf = perStore(({ sqlite }) => ({
    statements: new Map<string, ReturnType<typeof timelineStatements>>(),
    unfilteredTotal: undefined as number | undefined,
    for(from: boolean, to: boolean) {
      const key = `${from}${to}`;
      if (!this.statements.has(key)) this.statements.set(key, timelineStatements(sqlite, { from, to }));
      return this.statements.get(key)!;
    },
  }));

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
        limit: Limit,
        offset: Offset,
        format: FormatParam,
      }),
      response: { 200: dataResponse(ListEnvelope(Type.Ref(TimelineItem), 'Dated items in order.'), 'Dated items in order.', PAGE_HEADERS), ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request, reply) => {
    const query = request.query as { from?: string; to?: string; limit: number; offset: number };
    rejectInvalid(checkRanges(query));
    const prepared = statementsOf(request.store);
    const { page, total } = prepared.for(query.from !== undefined, query.to !== undefined);
    const bounds = { ...(query.from && { from: query.from }), ...(query.to && { to: query.to }) };
    const data = (page.all({ ...bounds, limit: query.limit, offset: query.offset, window: query.offset + query.limit }) as Array<Record<string, unknown>>)
      .map((row) => ({ ...row, derived: row.derived === 1 }));
    const filtered = query.from !== undefined || query.to !== undefined;
    const count = filtered ? (total.get(bounds) as number) : (prepared.unfilteredTotal ??= total.get({}) as number);
    return { data, ...paginate(request, reply, { total: count, limit: query.limit, offset: query.offset }) };
  });
};

export default routes;
