// GET /v1/stats/deployments: each event's statistics as the build stored them (src/db/deployment-stats.ts),
// a page of events at a time; nothing is added up on a request.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { deployments } from '../../db/schema.js';
import { answerTotal, statsPage, type StatsPage } from '../../db/deployment-stats.js';
import { idIn } from '../../db/filters.js';
import { SLUG_PATTERN, StringEnum } from '../../schemas/common.js';
import { Links, Meta } from '../../schemas/envelope.js';
import { PAGE_HEADERS } from '../../schemas/headers.js';
import { problemResponses } from '../../schemas/problem.js';
import { FORMATS, Limit, Offset, QueryString, listValues } from '../../schemas/query.js';
import { DeploymentStats, type EventStats } from '../../schemas/stats.js';
import { withExample } from '../../schemas/examples.js';
import { MEDIA_TYPES } from '../../plugins/formats.js';
import { NOT_MODIFIED, dataResponse, exampleValue } from '../collection.js';
import { checkCursorWithOffset, checkReferences, paginate, rejectInvalid } from '../paging.js';

const filters = { event: idIn(deployments.event_id, ['event'], 'Only deployments securing this event.') };

/** The CSV columns; `event_id` tells the events apart. */
export const STATS_CSV_COLUMNS = [
  'section', 'event_id', 'organization_id', 'name', 'deployment_id', 'personnel.value', 'personnel.qualifier',
  'deployments', 'unstated', 'sum_of_parts.value', 'sum_of_parts.qualifier', 'difference', 'derived',
] as const;

/** One event's rows: its forces, its stated totals, then its total; each carries the event's id. */
function eventRows(e: EventStats): Record<string, unknown>[] {
  const names = new Map(e.by_organization.map((o) => [o.organization_id, o.name]));
  return [
    ...e.by_organization.map((o) => ({ section: 'organization', ...o, event_id: e.event_id })),
    ...e.stated_totals.map((t) => ({
      section: 'stated_total', event_id: e.event_id, deployment_id: t.deployment_id, organization_id: t.organization_id, name: names.get(t.organization_id),
      personnel: t.stated, deployments: t.parts.length, sum_of_parts: t.sum_of_parts, difference: t.difference, derived: t.derived,
    })),
    { section: 'total', event_id: e.event_id, ...e.total },
  ];
}

/** The CSV table: per event of the page, one row per force, one per stated total and one for its total, told apart by `section`. */
function statsRows(payload: { data?: unknown }): Record<string, unknown>[] {
  const stats = payload.data as { total: EventStats['total']; events: EventStats[] };
  return stats.events.length ? stats.events.flatMap(eventRows) : [{ section: 'total', ...stats.total }];
}

const fragments = (parts: string[]) => parts.filter((part) => part !== '').join(',');

/**
 * The JSON `data` of a page, as stored text. Over one matched event the top-level lists are its own (no
 * `event_id`); over several, the page's forces with their `event_id` and stated totals, as stored.
 */
function dataJson(page: StatsPage): string {
  const total = JSON.stringify(answerTotal(page));
  const events = page.rows.map((row) => row.json).join(',');
  if (page.only !== undefined && page.rows.length) {
    const only = JSON.parse(page.only) as EventStats;
    return `{"by_organization":${JSON.stringify(only.by_organization)},"stated_totals":${JSON.stringify(only.stated_totals)},"total":${total},"events":[${events}]}`;
  }
  return `{"by_organization":[${fragments(page.rows.map((row) => row.forces))}],"stated_totals":[${fragments(page.rows.map((row) => row.statedTotals))}],"total":${total},"events":[${events}]}`;
}

/** The answer in the negotiated format: stored text for JSON and NDJSON (one event a line), row objects for CSV. */
function answer(reply: FastifyReply, page: StatsPage, links: ReturnType<typeof paginate>): string | object {
  const type = reply.getHeader('content-type');
  if (type === undefined) {
    reply.type('application/json; charset=utf-8');
    return `{"data":${dataJson(page)},"meta":${JSON.stringify(links.meta)},"links":${JSON.stringify(links.links)}}`;
  }
  if (String(type).startsWith(MEDIA_TYPES.ndjson)) {
    reply.serializer((body) => body as string);
    return page.rows.map((row) => `${row.json}\n`).join('');
  }
  return { data: { total: answerTotal(page), events: page.rows.map((row) => JSON.parse(row.json) as EventStats) }, ...links };
}

const isCsv = (reply: FastifyReply) => String(reply.getHeader('content-type') ?? '').startsWith(MEDIA_TYPES.csv);

const routes: FastifyPluginAsync = async (app) => {
  app.get('/v1/stats/deployments', {
    // JSON and NDJSON are a few stored rows: answered at once, not sent to a query worker.
    config: { formats: FORMATS, csvColumns: STATS_CSV_COLUMNS, csvRows: statsRows, bounded: (_: FastifyRequest, reply: FastifyReply) => !isCsv(reply) },
    schema: {
      tags: ['Statistics'],
      operationId: 'getDeploymentStats',
      summary: 'Deployment totals',
      description: 'Personnel per event secured, by organization and in total; each stated total beside the sum of its parts, hedges kept ("around 6,000" stated against "more than 3,000" + "approximately 2,000" + "over 800": a sum of parts of approximately 5,800, difference 200). Forces of different events are never added together: `events` holds each event\'s figures, and the top-level fields are the one event\'s when the answer covers one (over several, the total adds no personnel). `derived` marks every sum or part the articles do not state. Paged by event like every list (`limit`, `offset`, `after`; `meta.total` counts events); the top-level `total` covers every event matched, the lists the page\'s events. Computed by the build, so every page costs the same.',
      querystring: QueryString({
        event: withExample(filters.event.schema, exampleValue(app.store, 'stats', 'event')),
        limit: Limit,
        offset: Offset,
        after: Type.String({ pattern: SLUG_PATTERN, maxLength: 200, description: 'Keyset cursor: the id of the last event you have; the page starts after it (deployments of no stated event come last). Costs the same at any depth.' }),
        format: StringEnum(FORMATS, { description: 'JSON (nested), NDJSON (one event a line, as in `events`) or CSV: per event (`event_id`), one row per force (`section` organization), per stated total (`stated_total`: personnel is the stated figure, deployments the number of parts) and the event\'s total (`total`). The Accept header works too.' }),
      }),
      response: {
        200: dataResponse(Type.Object({ data: Type.Ref(DeploymentStats), meta: Meta, links: Links }, { description: 'Deployment statistics, a page of events.' }), 'Deployment statistics, a page of events.', PAGE_HEADERS),
        ...NOT_MODIFIED,
        ...problemResponses([400, 406]),
      },
    },
  }, async (request, reply) => {
    const query = request.query as { event?: string[]; limit: number; offset: number; after?: string };
    rejectInvalid([...checkReferences(request.store.db, filters, query), ...checkCursorWithOffset(query)]);
    const page = statsPage(request.store, { events: listValues(query.event), limit: query.limit, offset: query.offset, after: query.after });
    const links = paginate(request, reply, { total: page.matching.events, limit: query.limit, offset: query.offset }, page.more ? page.rows.at(-1)!.event ?? undefined : undefined);
    return answer(reply, page, links);
  });
};

export default routes;
