import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { asc, eq, or } from 'drizzle-orm';
import { COLLECTIONS, collectionByType } from '../../db/collections.js';
import { citationsOf, hydrate } from '../../db/hydrate.js';
import { claims, entities } from '../../db/schema.js';
import { loadSources } from '../../db/sources.js';
import { notFound } from '../../lib/problems.js';
import { Citation } from '../../schemas/common.js';
import { ItemEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { ENTITY_TYPES } from '../../schemas/vocabulary.js';
import { QueryString } from '../../schemas/query.js';
import { Claim } from '../claims/schema.js';
import { SourceSummary } from '../sources/schema.js';
import { ID_PARAM, NOT_MODIFIED } from '../collection.js';

export const EntityDetail = Type.Object({
  id: Type.String(),
  type: Type.Union(ENTITY_TYPES.map((t) => Type.Literal(t))),
  title: Type.String({ description: 'A readable name: the name, title, or a summary for rows without one.' }),
  item: Type.Union([Type.Ref(SourceSummary), ...COLLECTIONS.map((c) => Type.Ref(c.schema))], { description: 'The row as its own collection serves it.' }),
  mentions: Type.Array(Type.Ref(Citation), { description: 'Every passage that states it (for a source: none).' }),
  related: Type.Array(Type.Ref(Claim), { description: 'Claims in which it is the subject or the object.' }),
}, { $id: 'EntityDetail' });

const routes: FastifyPluginAsync = async (app) => {
  app.get('/v1/entities/:id', {
    config: { formats: ['json'] },
    schema: {
      tags: ['Entities'],
      operationId: 'getEntity',
      summary: 'Any entity by id',
      description: 'Looks an id up whatever its type (ids are unique across types) and returns the row with its type, its mentions and the claims that relate it to others.',
      params: ID_PARAM,
      querystring: QueryString({}),
      response: { 200: { description: 'The entity.', content: { 'application/json': { schema: ItemEnvelope(Type.Ref(EntityDetail), 'The entity.') } } }, ...NOT_MODIFIED, ...problemResponses([400, 404, 406]) },
    },
  }, async (request) => {
    const { id } = request.params as { id: string };
    const db = request.store.db;
    const entity = db.select().from(entities).where(eq(entities.id, id)).get();
    if (!entity) throw notFound(`No entity has id "${id}".`);
    const related = db.select({ id: claims.id }).from(claims).where(or(eq(claims.subject_id, id), eq(claims.object_id, id))).orderBy(asc(claims.id)).all().map((c) => c.id);
    const claimSpec = collectionByType.get('claim')!;
    if (entity.type === 'source') {
      const [item] = loadSources(db, [id], false) as Array<{ title: string }>;
      return { data: { id, type: entity.type, title: item!.title, item, mentions: [], related: hydrate(db, claimSpec, related) } };
    }
    const spec = collectionByType.get(entity.type)!;
    const [item] = hydrate(db, spec, [id]);
    return {
      data: {
        id,
        type: entity.type,
        title: spec.title(item!),
        item,
        mentions: citationsOf(db, [id]).get(id) ?? [],
        related: hydrate(db, claimSpec, related),
      },
    };
  });
};

export default routes;
