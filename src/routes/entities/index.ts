import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { asc, eq, or } from 'drizzle-orm';
import { FACT_COLLECTIONS, collectionByType } from '../../collections/index.js';
import { citationsOf, hydrate } from '../../db/hydrate.js';
import { claims, entities } from '../../db/schema.js';
import { loadSources } from '../../db/sources.js';
import { REFERRERS_PER_COLLECTION, referrersOf } from '../../db/referrers.js';
import { notFound } from '../../lib/problems.js';
import { Citation, StringEnum } from '../../schemas/common.js';
import { ItemEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import type { EntityType } from '../../schemas/vocabulary.js';
import { QueryString } from '../../schemas/query.js';
import { Claim } from '../../collections/claims.js';
import { SourceSummary } from '../../collections/sources.js';
import { IdParam, NOT_MODIFIED } from '../collection.js';
import { DATA_HEADERS } from '../../schemas/headers.js';

const Referrer = Type.Object({
  id: Type.String(),
  title: Type.String({ description: 'The row\'s readable name.' }),
  field: Type.String({ description: 'The field holding the id.', examples: ['place_ids'] }),
  via: Type.Optional(Type.String({ description: 'Only on a place\'s page, for a row that names a place inside it rather than the place itself: the id of the place the row names (a protest in central Milan on the page of Milan has `via: "central-milan"`).', examples: ['central-milan'] })),
});


const ReferencedBy = Type.Object(Object.fromEntries(FACT_COLLECTIONS.map((c) => [c.name, Type.Optional(Type.Array(Referrer))])), {
  description: `Every row of any collection that names this id in a field (\`organization_id\`, \`place_ids\`, \`roles\`, \`subject_id\`, …; for a source: \`citations\`), grouped by collection, by id then field; a row naming it in two fields is listed twice. For a place, also every row that names a place inside it, at any depth, with \`via\`: the place it names (once per place named; not when the row names the place itself in that field). Collections with no such row are left out; each lists at most ${REFERRERS_PER_COLLECTION} rows (see referenced_by_counts).`,
  additionalProperties: false,
});

const capitalize = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

/** One shape per entity type: `type` is a single value, and `item` is that type's row. */
const detailOf = (type: EntityType, item: TObject) => Type.Object({
  id: Type.String(),
  type: StringEnum([type]),
  title: Type.String({ description: 'A readable name: the name, title, or a summary for rows without one.' }),
  item: Type.Ref(item, { description: 'The row as its own collection serves it.' }),
  mentions: Type.Array(Type.Ref(Citation), { description: 'Every passage that states it (for a source: none).' }),
  related: Type.Array(Type.Ref(Claim), { description: 'Claims in which it is the subject or the object.' }),
  referenced_by: ReferencedBy,
  referenced_by_counts: Type.Record(Type.String(), Type.Integer(), { description: 'How many entries each referenced_by group has in full.', examples: [{ statements: 2, claims: 5 }] }),
}, { $id: `${capitalize(type)}Entity`, description: `An entity of type ${type}.` });

export const ENTITY_DETAILS = [detailOf('source', SourceSummary), ...FACT_COLLECTIONS.map((c) => detailOf(c.type, c.schema))];

/** Any entity, discriminated by `type`, so a generated client narrows `item` by checking `type`. */
export const EntityDetail = Type.Unsafe<Static<(typeof ENTITY_DETAILS)[number]>>({
  $id: 'EntityDetail',
  description: 'Any entity; `type` says which shape `item` has.',
  oneOf: ENTITY_DETAILS.map((detail) => Type.Ref(detail)),
  discriminator: {
    propertyName: 'type',
    mapping: Object.fromEntries(ENTITY_DETAILS.map((detail) => [detail.properties.type.enum[0], `#/components/schemas/${detail.$id}`])),
  },
});

const routes: FastifyPluginAsync = async (app) => {
  app.get('/v1/entities/:id', {
    config: { formats: ['json'] },
    schema: {
      tags: ['Entities'],
      operationId: 'getEntity',
      summary: 'Any entity by id',
      description: 'Looks an id up whatever its type (ids are unique across types) and returns the row with its type, its mentions, the claims that relate it to others, and `referenced_by`: every row of any collection that refers to it, grouped by collection.',
      params: IdParam(app.store.info.metadata.examples.entities?.id),
      querystring: QueryString({}),
      response: { 200: { description: 'The entity.', headers: DATA_HEADERS, content: { 'application/json': { schema: ItemEnvelope(Type.Ref(EntityDetail), 'The entity.') } } }, ...NOT_MODIFIED, ...problemResponses([400, 404, 406]) },
    },
  }, async (request) => {
    const { id } = request.params as { id: string };
    const db = request.store.db;
    const entity = db.select().from(entities).where(eq(entities.id, id)).get();
    if (!entity) throw notFound(`No entity has id "${id}".`);
    const related = db.select({ id: claims.id }).from(claims).where(or(eq(claims.subject_id, id), eq(claims.object_id, id))).orderBy(asc(claims.id)).all().map((c) => c.id);
    const claimSpec = collectionByType.get('claim')!;
    const { groups: referenced_by, counts: referenced_by_counts } = referrersOf(db, id, entity.type === 'place');
    if (entity.type === 'source') {
      const [item] = loadSources(db, [id], false) as Array<{ title: string }>;
      return { data: { id, type: entity.type, title: entity.title, item, mentions: [], related: hydrate(db, claimSpec, related), referenced_by, referenced_by_counts } };
    }
    const spec = collectionByType.get(entity.type)!;
    const [item] = hydrate(db, spec, [id]);
    return {
      data: {
        id,
        type: entity.type,
        title: entity.title,
        item,
        mentions: citationsOf(db, [id]).get(id) ?? [],
        related: hydrate(db, claimSpec, related),
        referenced_by,
        referenced_by_counts,
      },
    };
  });
};

export default routes;
