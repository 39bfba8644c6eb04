import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { FACT_COLLECTIONS } from '../../collections/index.js';
import { appliedMigration, perStore } from '../../db/store.js';
import { HttpProblem } from '../../lib/problems.js';
import { expectedMigration } from '../../lib/paths.js';
import { problemResponses } from '../../schemas/problem.js';
import { NOT_MODIFIED } from '../collection.js';
import { DATA_HEADERS } from '../../schemas/headers.js';
import { QueryString } from '../../schemas/query.js';
import { REVIEW_STATES } from '../../schemas/vocabulary.js';

const COLLECTION_NAMES = ['sources', ...FACT_COLLECTIONS.map((c) => c.name)];

const ApiIndex = Type.Object({
  data: Type.Object({
    collections: Type.Array(Type.Object({
      name: Type.String(), href: Type.String(), count: Type.Integer(),
      by_review: Type.Optional(Type.Object(Object.fromEntries(REVIEW_STATES.map((state) => [state, Type.Integer()])), {
        description: 'Rows per review state (fact collections): reviewed by a person, or machine-proposed by ingest and not yet reviewed.',
      })),
    })),
    routes: Type.Record(Type.String(), Type.String(), { description: 'The cross-cutting routes.' }),
    dataset: Type.Object({
      built_at: Type.String({ description: 'When the database was built (ISO 8601).' }),
      content_hash: Type.String({ description: 'SHA-256 over the loaded sources and facts: equal hashes, equal data.' }),
      migration: Type.String({ description: 'The schema migration the database is at.' }),
    }),
  }),
}, { description: 'The API index.' });

const noQuery = QueryString({});
const Status = (example: string) => Type.Object({ status: Type.String({ examples: [example] }) }, { additionalProperties: true });
const Readiness = Type.Object({
  status: Type.String({ examples: ['ready'] }),
  migration: Type.String({ description: 'The schema migration the database is at.' }),
  content_hash: Type.String({ description: 'The dataset version being served (as in /v1 and the Dataset-Version header).' }),
  built_at: Type.String({ description: 'When that dataset was built.' }),
});

const routes: FastifyPluginAsync = async (app) => {
  const indexOf = perStore(({ info }) => ({
    data: {
      collections: COLLECTION_NAMES.map((name) => ({
        name, href: `/v1/${name}`, count: info.counts[name] ?? 0,
        ...(info.review_counts[name] ? { by_review: info.review_counts[name] } : {}),
      })),
      routes: {
        entities: '/v1/entities/{id}', search: '/v1/search?q=', timeline: '/v1/timeline',
        deployment_stats: '/v1/stats/deployments', docs: '/docs', openapi: '/openapi.json',
      },
      dataset: { built_at: info.built_at, content_hash: info.content_hash, migration: info.migration },
    },
  }));

  app.get('/v1', {
    config: { formats: ['json'] },
    schema: {
      tags: ['Index'],
      operationId: 'getIndex',
      summary: 'API index',
      description: 'Every collection with its link and row count, the other routes, and the dataset\'s build time and content hash: the version being served.',
      querystring: noQuery,
      response: { 200: { description: 'The index.', headers: DATA_HEADERS, content: { 'application/json': { schema: ApiIndex } } }, ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request) => indexOf(request.store));

  app.get('/healthz', {
    config: { formats: ['json'], cacheControl: 'no-store' },
    schema: {
      tags: ['Operations'], operationId: 'getHealth', summary: 'Liveness', description: 'The process is up.', querystring: noQuery,
      response: { 200: { description: 'Up.', content: { 'application/json': { schema: Status('ok') } } }, ...problemResponses([400, 406]) },
    },
  }, async () => ({ status: 'ok' }));

  const expected = expectedMigration();
  app.get('/readyz', {
    config: { formats: ['json'], cacheControl: 'no-store' },
    schema: {
      tags: ['Operations'], operationId: 'getReadiness', summary: 'Readiness', description: 'The database answers queries, is at the expected migration and its file has passed its damage checks (at start they run in the background, and every route but /healthz waits for them), and the query workers have started; 503 otherwise. Names the dataset version being served: a new build switched in while serving shows here once new requests use it.', querystring: noQuery,
      response: { 200: { description: 'Ready.', content: { 'application/json': { schema: Readiness } } }, ...problemResponses([400, 406]) },
    },
  }, async (request) => {
    const { info, sqlite } = request.store;
    let applied: number | null;
    try {
      applied = appliedMigration(sqlite);
    } catch (error) {
      app.log.error({ err: error }, 'readiness check failed');
      throw new HttpProblem(503, 'Service Unavailable', 'The database cannot be queried.', { headers: { 'retry-after': '5' } });
    }
    if (applied !== expected.createdAt) {
      throw new HttpProblem(503, 'Service Unavailable', `The database is at migration ${applied}, expected ${expected.tag}.`, { headers: { 'retry-after': '5' } });
    }
    if (app.queryPool && !app.queryPool.started) {
      throw new HttpProblem(503, 'Service Unavailable', 'The query worker threads are starting.', { headers: { 'retry-after': '1' } });
    }
    return { status: 'ready', migration: expected.tag, content_hash: info.content_hash, built_at: info.built_at };
  });
};

export default routes;
