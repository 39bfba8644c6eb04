// Builds the Fastify application from options; it never listens (src/server.ts does).
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type onRequestHookHandler } from 'fastify';
import { COLLECTIONS, FACT_COLLECTIONS } from './collections/index.js';
import { allCollectionRoutes } from './routes/collection.js';
import annotations, { Annotation } from './routes/annotations/index.js';
import { DeferredCompiles } from './lib/deferred-compiles.js';
import { memoizedSerializerFactory } from './lib/serializers.js';
import caching from './plugins/caching.js';
import dataset, { type DatasetPluginOptions } from './plugins/dataset.js';
import drain from './plugins/drain.js';
import errors, { MAX_URL_BYTES, answerUnmetExpectations, clientErrorHandler, frameworkErrors, problemErrorHandler } from './plugins/errors.js';
import limits, { DEFAULT_LIMITS, type LimitOptions } from './plugins/limits.js';
import security, { CORS_EXPOSED_HEADERS, fallbackHeaders } from './plugins/security.js';
import formats from './plugins/formats.js';
import { installHitPath } from './plugins/hit-path.js';
import methodNotAllowed, { trackGetRoutes } from './plugins/method-not-allowed.js';
import queryPool from './plugins/query-pool.js';
import responseClose from './plugins/response-close.js';
import routeOptions from './plugins/route-options.js';
import strictQuery from './plugins/strict-query.js';
import unsentResponses from './plugins/unsent-responses.js';
import { Claim } from './collections/claims.js';
import entities, { ENTITY_DETAILS, EntityDetail } from './routes/entities/index.js';
import { ROW_SCHEMAS } from './routes/expand.js';
import meta from './routes/meta/index.js';
import search, { SearchHit } from './routes/search/index.js';
import { SourceSummary } from './collections/sources.js';
import stats from './routes/stats/index.js';
import { DeploymentStats } from './schemas/stats.js';
import timeline, { TimelineItem } from './routes/timeline/index.js';
import { REFERENCED_SCHEMAS } from './schemas/common.js';
import { Problem, problemResponses } from './schemas/problem.js';
import { QueryString } from './schemas/query.js';
import { Type } from '@sinclair/typebox';
import type { DatasetMeta } from './schemas/dataset.js';

export interface AppOptions {
  dbPath: string;
  /** A pino logger; without one the app logs nothing (tests). */
  logger?: FastifyBaseLogger;
  /** Allowed CORS origins; ['*'] allows any. */
  corsOrigins?: string[];
  /** Cache-Control for successful data responses. */
  cacheControl?: string;
  /** Bytes of serialized responses kept in memory; 0 turns the response cache off. */
  responseCacheBytes?: number;
  /** Rate limiting and overload shedding; see DEFAULT_LIMITS. */
  limits?: Partial<LimitOptions>;
  /** Fastify's trustProxy: false (default) means X-Forwarded-For is ignored, so it cannot dodge the rate limit. */
  trustProxy?: boolean | string[];
  /** Switch to a new build renamed onto dbPath while serving (the server does; tests ask for it). */
  watchDataset?: boolean;
  /** How the served file is opened, replaced and checked (see DatasetPluginOptions). */
  dataset?: Omit<DatasetPluginOptions, 'dbPath' | 'watch'>;
  /** Worker threads that run data queries (cache misses) off the main thread; 0 (the default) runs them on it. */
  queryWorkers?: number;
  /** Milliseconds a query worker may stay idle before it stops; workers then start on demand. 0 (the default) keeps them all from the start. */
  queryWorkerIdleMs?: number;
  /**
   * The OpenAPI document and Swagger UI (`/openapi.json`, `/docs`); true by default. A query worker's app
   * leaves them out: the main thread answers them, and they are most of what an app costs to build and hold.
   */
  docs?: boolean;
  /**
   * Compile each route's validators and serializers on its first use rather than when the app is ready (a
   * query worker's app: it answers a few routes; see src/lib/deferred-compiles.ts).
   */
  compileOnFirstUse?: boolean;
  /**
   * Answer response-cache hits in front of Fastify's router where every guarantee allows (true by default;
   * see src/plugins/hit-path.ts). False sends every hit through the hooks (tests compare the two).
   */
  hitPath?: boolean;
}

/** Timeouts (ms): a request must arrive within REQUEST, an idle keep-alive socket closes after KEEP_ALIVE. */
export const TIMEOUTS = { connection: 30_000, keepAlive: 5_000, request: 10_000 };

export const DEFAULT_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';
export const DEFAULT_RESPONSE_CACHE_BYTES = 32 * 1024 * 1024;

const SHARED_SCHEMAS = [
  ...REFERENCED_SCHEMAS, Problem, SourceSummary, ...FACT_COLLECTIONS.map((c) => c.schema).filter((s) => s !== Claim), Claim,
  SearchHit, TimelineItem, DeploymentStats, Annotation, ...ENTITY_DETAILS, EntityDetail, ...ROW_SCHEMAS,
];

/** The OpenAPI document's frame: what the API is in general, then what the served dataset says of itself. */
function openApiOptions(metadata: DatasetMeta) {
  return {
    openapi: {
      openapi: '3.1.0' as const,
      info: {
        title: 'Event Facts API',
        version: '1.0.0',
        description: `A knowledge base built from news articles, served read-only. Every fact carries citations: verbatim quotes with code-point offsets into its article. JSON, CSV and NDJSON; errors are RFC 9457 problem+json.\n\nThis dataset: **${metadata.title}**. ${metadata.description}`,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'This server' }],
      tags: [
        { name: 'Index', description: 'Where to start: every collection, its size, and the dataset build.' },
        ...COLLECTIONS.map((c) => ({ name: c.tag, description: c.tagDescription })),
        ...Object.entries({
          Entities: 'Any id, whatever its type.',
          Search: 'Full-text search over sources and entities.',
          Timeline: 'Everything dated, in order.',
          Statistics: 'Totals computed from the facts.',
          Operations: 'Health, readiness and the OpenAPI document.',
        }).map(([name, description]) => ({ name, description })),
      ],
    },
    refResolver: { buildLocalReference: (json: { $id?: unknown }, _base: unknown, _fragment: unknown, i: number) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  };
}

/** Fastify's own settings: logging, validation, timeouts, body and URL bounds, and the problem+json answers to malformed requests. */
function serverOptions(options: AppOptions, headersFor: ReturnType<typeof fallbackHeaders>, compiles: DeferredCompiles) {
  return {
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    genReqId: () => randomUUID(),
    // Preflights are counted by the rate limit but not logged one by one: a flood of them is not news.
    logController: new LogController({ disableRequestLogging: (request: { method?: string }) => request.method === 'OPTIONS' }),
    // validateSchema off: Ajv checked every shared and route schema against the JSON Schema meta-schema at
    // each start (~0.15 s of the main thread's ~1.2 s before listening); they are built by TypeBox and the
    // OpenAPI document that holds them all is validated by the tests (tests/openapi.test.ts).
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true, verbose: true, validateSchema: false } },
    // Each validator and serializer compiled when the app is ready, or on first use (compileOnFirstUse).
    schemaController: { compilersFactory: { buildValidator: compiles.validatorFactory() as never, buildSerializer: compiles.serializerFactory(memoizedSerializerFactory() as never) as never } },
    trustProxy: options.trustProxy ?? false,
    connectionTimeout: TIMEOUTS.connection,
    keepAliveTimeout: TIMEOUTS.keepAlive,
    requestTimeout: TIMEOUTS.request,
    bodyLimit: 1024,
    // On shutdown, requests on connections already accepted are answered, not turned away with 503.
    return503OnClosing: false,
    // Long ids must reach the id schema (a 404), not be cut off by the router (which answers 414).
    routerOptions: { maxParamLength: MAX_URL_BYTES },
    frameworkErrors: frameworkErrors(headersFor),
    clientErrorHandler: clientErrorHandler(headersFor),
    // A request without Host is answered as a problem by the errors plugin, not with Node's empty 400.
    http: { requireHostHeader: false },
  };
}

/** Safari waits for a body on a 204 without Content-Length. */
const answerOptionsWithNoContent: onRequestHookHandler = (_request, reply, done) => {
  reply.code(204).header('content-length', '0');
  done();
};

/** Security headers and CORS, first: every answer after them carries both, errors from later hooks included. */
async function registerHeaders(app: FastifyInstance, origins: string[]): Promise<void> {
  // A hook of the OPTIONS routes only (the CORS plugin's, registered next), not one that every request runs.
  app.addHook('onRoute', (route) => {
    if (route.method !== 'OPTIONS') return;
    route.onRequest = [...[route.onRequest ?? []].flat(), answerOptionsWithNoContent];
  });
  await app.register(security);
  await app.register(cors, {
    origin: origins.includes('*') ? '*' : origins,
    methods: ['GET', 'HEAD', 'OPTIONS'],
    // Joined once here: given a list, the plugin joins it again for every answer.
    exposedHeaders: CORS_EXPOSED_HEADERS.join(', '),
    maxAge: 86_400,
    // An OPTIONS request that is not a CORS preflight asks what the resource allows: 204, not a text/plain 400.
    strictPreflight: false,
    // Passed on to the limits (which count it like any request) and answered 204 by the OPTIONS route.
    preflightContinue: true,
  });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const origins = options.corsOrigins ?? ['*'];
  const headersFor = fallbackHeaders(origins);
  const compiles = new DeferredCompiles();
  const app = Fastify(serverOptions(options, headersFor, compiles)).withTypeProvider<TypeBoxTypeProvider>();
  // Before the other onReady hooks (the lag monitor's starts its clock): compiling is not overload.
  if (!options.compileOnFirstUse) app.addHook('onReady', (done) => done(compiles.compileAllError()));
  answerUnmetExpectations(app.server, headersFor);
  app.setErrorHandler(problemErrorHandler);

  // First: the hooks of every later plugin read the route through it, and free what they hold through the other.
  await app.register(routeOptions);
  await app.register(responseClose);
  await app.register(dataset, { ...options.dataset, dbPath: options.dbPath, watch: options.watchDataset });
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  await registerHeaders(app, origins);
  await app.register(errors);
  await app.register(drain);
  const queryWorkers = options.queryWorkers ?? 0;
  // As many queries run at once as there are threads to run them.
  await app.register(limits, { ...DEFAULT_LIMITS, ...options.limits, concurrentTurns: Math.max(1, queryWorkers) });
  const cacheControl = options.cacheControl ?? DEFAULT_CACHE_CONTROL;
  await app.register(caching, {
    cacheControl,
    responseCacheBytes: options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_BYTES,
  });
  // After every hook that changes a body: it counts the bytes that will be written.
  await app.register(unsentResponses, { ...DEFAULT_LIMITS, ...options.limits });
  // After the cache: a cached answer skips the query checks, which its URL already passed.
  await app.register(strictQuery);
  await app.register(formats);
  // Before the routes: it hands the handlers of data routes to the query workers.
  await app.register(queryPool, { workers: queryWorkers, idleMs: options.queryWorkerIdleMs ?? 0, worker: { dbPath: options.dbPath, logLevel: options.logger?.level ?? 'silent', cacheControl } });
  const getRoutes = options.docs === false ? trackGetRoutes(app) : await registerDocs(app);
  for (const routes of [meta, allCollectionRoutes, annotations, entities, search, timeline, stats]) await app.register(routes);
  await app.register(methodNotAllowed, { urls: getRoutes });
  // Last: it reads what the plugins above decorated the app with.
  if (options.hitPath !== false) {
    const limitOptions = { ...DEFAULT_LIMITS, ...options.limits };
    installHitPath(app, { corsOrigins: origins, rateLimitMax: limitOptions.rateLimitMax, maxInFlightPerClient: limitOptions.maxInFlightPerClient, trustProxy: options.trustProxy ?? false });
  }
  return app;
}

/** Swagger (which collects every route declared after it), Swagger UI and /openapi.json; returns the GET routes tracked. */
async function registerDocs(app: FastifyInstance): Promise<Set<string>> {
  await app.register(swagger, openApiOptions(app.store.info.metadata));
  const getRoutes = trackGetRoutes(app);
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', {
    // The query workers' apps have no OpenAPI document: asked once, then a response-cache hit.
    config: { formats: ['json'], mainThread: true },
    schema: {
      tags: ['Operations'],
      operationId: 'getOpenApi',
      summary: 'OpenAPI document',
      description: 'The live OpenAPI 3.1 document; openapi.yaml in the repository is the same document.',
      querystring: QueryString({}),
      response: {
        200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: Type.Object({}, { additionalProperties: true }) } } },
        ...problemResponses([400, 406]),
      },
    },
  }, async () => app.swagger());
  return getRoutes;
}
