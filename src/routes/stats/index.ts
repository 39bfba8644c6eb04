import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { deployments } from '../../db/schema.js';
import type Database from 'better-sqlite3';
import { combineQualifiers, sumQuantities } from '../../lib/quantities.js';
import { StringEnum, type Quantity } from '../../schemas/common.js';
import type { Qualifier } from '../../schemas/vocabulary.js';
import { ItemEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { QueryString, listValues } from '../../schemas/query.js';
import { NOT_MODIFIED, dataResponse, exampleValue } from '../collection.js';
import { withExample } from '../../schemas/examples.js';
import { checkReferences, rejectInvalid } from '../paging.js';
import { idIn } from '../../db/filters.js';
import { DeploymentStats } from './schema.js';

const filters = { event: idIn(deployments.event_id, ['event'], 'Only deployments securing this event.') };

interface Aggregate { key: string | null; total: number | null; rows: number; unstated: number; qualifiers: string | null }

/** Sums per group in SQL, so the answer costs the same memory whatever the number of deployments. */
const AGGREGATE = `SUM(personnel_value) AS total, COUNT(*) AS rows, SUM(personnel_value IS NULL) AS unstated,
  group_concat(DISTINCT personnel_qualifier) AS qualifiers FROM deployments`;

const quantityOf = (a: Aggregate): Quantity => (a.total === null
  ? { value: null, qualifier: null }
  : { value: a.total, qualifier: combineQualifiers((a.qualifiers ?? '').split(',') as Qualifier[]) });

function deploymentStats(sqlite: Database.Database, events: string[]) {
  const byEvent = events.length ? `event_id IN (SELECT value FROM json_each(@events))` : '1';
  const params = { events: JSON.stringify(events) };
  const perOrganization = sqlite.prepare(`SELECT organization_id AS key, ${AGGREGATE} WHERE ${byEvent} GROUP BY organization_id`).all(params) as Aggregate[];
  const names = new Map((sqlite.prepare(`SELECT id, name FROM organizations WHERE id IN (SELECT DISTINCT organization_id FROM deployments WHERE ${byEvent})`).all(params) as Array<{ id: string; name: string }>).map((o) => [o.id, o.name]));
  const totals = sqlite.prepare(`SELECT t.id, t.organization_id, t.personnel_value, t.personnel_qualifier FROM deployments t
    WHERE ${byEvent.replace('event_id', 't.event_id')} AND EXISTS (SELECT 1 FROM deployments p WHERE p.part_of_id = t.id) ORDER BY t.id`).all(params) as Array<{ id: string; organization_id: string; personnel_value: number | null; personnel_qualifier: Qualifier | null }>;
  const parts = sqlite.prepare('SELECT id, organization_id, personnel_value, personnel_qualifier FROM deployments WHERE part_of_id = ? ORDER BY id');
  const [topLevel] = sqlite.prepare(`SELECT NULL AS key, ${AGGREGATE} WHERE ${byEvent} AND part_of_id IS NULL`).all(params) as Aggregate[];

  return {
    by_organization: perOrganization.map((a) => ({
      organization_id: a.key!,
      name: names.get(a.key!) ?? a.key!,
      personnel: quantityOf(a),
      deployments: a.rows,
      unstated: a.unstated,
    })).sort((a, b) => (b.personnel.value ?? -1) - (a.personnel.value ?? -1) || a.organization_id.localeCompare(b.organization_id)),
    stated_totals: totals.map((total) => {
      const own = parts.all(total.id) as typeof totals;
      const personnel = (p: (typeof totals)[number]): Quantity => ({ value: p.personnel_value, qualifier: p.personnel_qualifier });
      const sum = sumQuantities(own.map(personnel));
      return {
        deployment_id: total.id,
        organization_id: total.organization_id,
        stated: personnel(total),
        sum_of_parts: sum,
        difference: total.personnel_value !== null && sum.value !== null ? total.personnel_value - sum.value : null,
        parts: own.map((p) => ({ deployment_id: p.id, organization_id: p.organization_id, personnel: personnel(p) })),
      };
    }),
    total: { personnel: quantityOf(topLevel!), deployments: topLevel!.rows, unstated: topLevel!.unstated ?? 0 },
  };
}

type Stats = ReturnType<typeof deploymentStats>;

/** The CSV table: one row per force, one per stated total, one for the grand total, told apart by `section`. */
export const STATS_CSV_COLUMNS = [
  'section', 'organization_id', 'name', 'deployment_id', 'personnel.value', 'personnel.qualifier',
  'deployments', 'unstated', 'sum_of_parts.value', 'sum_of_parts.qualifier', 'difference',
] as const;

function statsRows(payload: { data?: unknown }): Record<string, unknown>[] {
  const stats = payload.data as Stats;
  const names = new Map(stats.by_organization.map((o) => [o.organization_id, o.name]));
  return [
    ...stats.by_organization.map((o) => ({ section: 'organization', ...o })),
    ...stats.stated_totals.map((t) => ({
      section: 'stated_total', deployment_id: t.deployment_id, organization_id: t.organization_id, name: names.get(t.organization_id),
      personnel: t.stated, deployments: t.parts.length, sum_of_parts: t.sum_of_parts, difference: t.difference,
    })),
    { section: 'total', ...stats.total },
  ];
}

const routes: FastifyPluginAsync = async (app) => {
  app.get('/v1/stats/deployments', {
    config: { formats: ['json', 'csv'], csvColumns: STATS_CSV_COLUMNS, csvRows: statsRows },
    schema: {
      tags: ['Statistics'],
      operationId: 'getDeploymentStats',
      summary: 'Deployment totals',
      description: 'Personnel by organization and in total; each stated total beside the sum of its parts, hedges kept ("around 6,000" stated against "more than 3,000" + "approximately 2,000" + "over 800" is a sum of parts "more than 5,800", difference 200).',
      querystring: QueryString({ event: withExample(filters.event.schema, exampleValue(app.store, 'stats', 'event')), format: StringEnum(['json', 'csv'], { description: 'JSON (nested) or CSV: one row per force (`section` organization), per stated total (`stated_total`: personnel is the stated figure, deployments the number of parts) and the grand total (`total`).' }) }),
      response: { 200: dataResponse(ItemEnvelope(Type.Ref(DeploymentStats), 'Deployment statistics.'), 'Deployment statistics.'), ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request) => {
    const query = request.query as { event?: string[] };
    rejectInvalid(checkReferences(request.store.db, filters, query));
    return { data: deploymentStats(request.store.sqlite, listValues(query.event)) };
  });
};

export default routes;
