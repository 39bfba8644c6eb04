import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { DatePrecision, Nullable, PartialDate } from '../../schemas/common.js';
import { ListEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { DateParam, FORMATS, FormatParam, Limit, Offset, QueryString } from '../../schemas/query.js';
import { NOT_MODIFIED, dataResponse } from '../collection.js';
import { checkRanges, paginate, rejectInvalid } from '../paging.js';

export const TimelineItem = Type.Object({
  date: PartialDate,
  end: Nullable(PartialDate),
  date_precision: DatePrecision,
  derived: Type.Boolean({ description: 'The date is derived from the text rather than stated.' }),
  type: Type.String({ examples: ['protest'] }),
  id: Type.String({ examples: ['ice-out-rally'] }),
  title: Type.String(),
}, { $id: 'TimelineItem', description: 'A dated item: an event, a protest, a measure period or a dated statement.' });

// Each dated table, with its date columns; range_start/range_end are the full-day bounds of partial dates.
const DATED = `
  SELECT range_start, range_end, start AS date, "end", date_precision, derived, 'event' AS type, id, name AS title FROM events WHERE range_start IS NOT NULL
  UNION ALL SELECT range_start, range_end, date, NULL, date_precision, derived, 'protest', id, name FROM protests WHERE range_start IS NOT NULL
  UNION ALL SELECT range_start, range_end, start, "end", date_precision, 0, 'measure', id, name FROM measures WHERE range_start IS NOT NULL
  UNION ALL SELECT range_start, range_end, date, NULL, date_precision, 0, 'statement', id, text FROM statements WHERE range_start IS NOT NULL`;
const WITHIN = '(@from IS NULL OR range_end >= @from) AND (@to IS NULL OR range_start <= @to)';

const routes: FastifyPluginAsync = async (app) => {
  const page = app.store.sqlite.prepare(`
    SELECT date, "end", date_precision, derived, type, id, title FROM (${DATED}) WHERE ${WITHIN}
    ORDER BY range_start, range_end, type, id LIMIT @limit OFFSET @offset`);
  const total = app.store.sqlite.prepare(`SELECT COUNT(*) FROM (${DATED}) WHERE ${WITHIN}`).pluck();

  app.get('/v1/timeline', {
    config: { formats: FORMATS, csvColumns: ['date', 'end', 'date_precision', 'derived', 'type', 'id', 'title'] },
    schema: {
      tags: ['Timeline'],
      operationId: 'getTimeline',
      summary: 'Everything dated, in date order',
      description: 'Events, protests, measure periods and dated statements, ordered by start date (partial dates sort at their first day), then type and id. `from`/`to` keep items whose period overlaps the range.',
      querystring: QueryString({
        from: DateParam('Items ending on or after this day', '2026-02-01'),
        to: DateParam('Items starting on or before this day', '2026-02-28'),
        limit: Limit,
        offset: Offset,
        format: FormatParam,
      }),
      response: { 200: dataResponse(ListEnvelope(Type.Ref(TimelineItem), 'Dated items in order.'), 'Dated items in order.'), ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request, reply) => {
    const query = request.query as { from?: string; to?: string; limit: number; offset: number };
    rejectInvalid(checkRanges(query));
    const params = { from: query.from ?? null, to: query.to ?? null, limit: query.limit, offset: query.offset };
    const data = (page.all(params) as Array<Record<string, unknown>>).map((row) => ({ ...row, derived: row.derived === 1 }));
    return { data, ...paginate(request, reply, { total: total.get(params) as number, limit: query.limit, offset: query.offset }) };
  });
};

export default routes;
