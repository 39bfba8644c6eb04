import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { asc, inArray } from 'drizzle-orm';
import { deployments, organizations } from '../../db/schema.js';
import type { Db } from '../../db/store.js';
import { sumQuantities } from '../../lib/quantities.js';
import type { Quantity } from '../../schemas/common.js';
import { ItemEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { QueryString, listValues } from '../../schemas/query.js';
import { NOT_MODIFIED, dataResponse } from '../collection.js';
import { checkReferences, rejectInvalid } from '../paging.js';
import { idIn } from '../../db/filters.js';
import { DeploymentStats } from './schema.js';

const filters = { event: idIn(deployments.event_id, ['event'], 'Only deployments securing this event.', 'milan-cortina-2026') };

function deploymentStats(db: Db, events: string[]) {
  const rows = db.select().from(deployments).where(events.length ? inArray(deployments.event_id, events) : undefined).orderBy(asc(deployments.id)).all();
  const personnel = (r: (typeof rows)[number]): Quantity => ({ value: r.personnel_value, qualifier: r.personnel_qualifier });
  const names = new Map(db.select({ id: organizations.id, name: organizations.name }).from(organizations)
    .where(inArray(organizations.id, [...new Set(rows.map((r) => r.organization_id))])).all().map((o) => [o.id, o.name]));

  const byOrganization = new Map<string, typeof rows>();
  for (const row of rows) byOrganization.set(row.organization_id, [...(byOrganization.get(row.organization_id) ?? []), row]);
  const partsOf = new Map<string, typeof rows>();
  for (const row of rows) if (row.part_of_id) partsOf.set(row.part_of_id, [...(partsOf.get(row.part_of_id) ?? []), row]);
  const topLevel = rows.filter((r) => !r.part_of_id);

  return {
    by_organization: [...byOrganization].map(([organization_id, own]) => ({
      organization_id,
      name: names.get(organization_id) ?? organization_id,
      personnel: sumQuantities(own.map(personnel)),
      deployments: own.length,
      unstated: own.filter((r) => r.personnel_value === null).length,
    })).sort((a, b) => (b.personnel.value ?? -1) - (a.personnel.value ?? -1) || a.organization_id.localeCompare(b.organization_id)),
    stated_totals: rows.filter((r) => partsOf.has(r.id)).map((total) => {
      const parts = partsOf.get(total.id)!;
      const sum = sumQuantities(parts.map(personnel));
      return {
        deployment_id: total.id,
        organization_id: total.organization_id,
        stated: personnel(total),
        sum_of_parts: sum,
        difference: total.personnel_value !== null && sum.value !== null ? total.personnel_value - sum.value : null,
        parts: parts.map((p) => ({ deployment_id: p.id, organization_id: p.organization_id, personnel: personnel(p) })),
      };
    }),
    total: {
      personnel: sumQuantities(topLevel.map(personnel)),
      deployments: topLevel.length,
      unstated: topLevel.filter((r) => r.personnel_value === null).length,
    },
  };
}

const routes: FastifyPluginAsync = async (app) => {
  app.get('/v1/stats/deployments', {
    config: { formats: ['json'] },
    schema: {
      tags: ['Statistics'],
      operationId: 'getDeploymentStats',
      summary: 'Deployment totals',
      description: 'Personnel by organization and in total; each stated total beside the sum of its parts, hedges kept (e.g. "around 6,000" stated against "more than 3,000" + "approximately 2,000" + "over 800").',
      querystring: QueryString({ event: filters.event.schema, format: Type.Union([Type.Literal('json')], { description: 'Only JSON: the shape is nested.' }) }),
      response: { 200: dataResponse(ItemEnvelope(Type.Ref(DeploymentStats), 'Deployment statistics.'), 'Deployment statistics.'), ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request) => {
    const query = request.query as { event?: string[] };
    rejectInvalid(checkReferences(app.store.db, filters, query));
    return { data: deploymentStats(app.store.db, listValues(query.event)) };
  });
};

export default routes;
