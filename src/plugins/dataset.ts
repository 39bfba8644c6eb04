// Adds the served dataset: app.dataset (the live-swappable holder), app.store (its current store) and
// request.store (the store a request started with, kept for its whole life even if a new build is switched
// in meanwhile), plus a Dataset-Version header naming the version that answered. While the served file has
// been written over in place and not yet switched (see Dataset.intact), every answer but /healthz is a 503
// with Retry-After, including answers already computed when the write is noticed: none may carry the new
// file's rows under the old version, or enter the response cache. While the first file's damage checks still
// run (the server starts serving liveness before they finish), every answer but /healthz and /readyz waits
// for them, and none carries anything read from the file, its version included.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Dataset, type DatasetOptions } from '../db/dataset.js';
import type { Store } from '../db/store.js';
import { problemBody, titleOf } from '../lib/problems.js';

declare module 'fastify' {
  interface FastifyInstance {
    dataset: Dataset;
    /** The newest store; a request reads through request.store instead. */
    readonly store: Store;
  }
  interface FastifyRequest {
    /** The store this request started with. */
    store: Store;
  }
}

export interface DatasetPluginOptions extends DatasetOptions {
  dbPath: string;
  /** Switch to a new build renamed onto dbPath without a reload signal. */
  watch?: boolean;
}

export const VERSION_HEADER = 'dataset-version';

/** The store a request uses: the one it pinned, or the current one for answers made before onRequest ran. */
export const storeOf = (app: FastifyInstance, request: FastifyRequest): Store => request.store ?? app.dataset.current;

/** Seconds a client waits before retrying while a file written in place is checked (a settle and a check). */
const OVERWRITE_RETRY_AFTER_S = 2;
const LIVENESS_ROUTE = '/healthz';
const READINESS_ROUTE = '/readyz';
/**
 * How long an answer waits for the first file's damage checks before a 503: long enough for a sealed file of
 * a few GB (one hash pass), short enough that a client is told to come back rather than left hanging.
 */
const FIRST_CHECK_WAIT_MS = 5_000;
const FIRST_CHECK_RETRY_AFTER_S = 2;

/** Turns an answer computed from an overwritten file into the 503 it must be (headers about its rows dropped). */
function unavailable(reply: FastifyReply): string {
  for (const name of ['link', 'x-total-count', 'etag']) reply.removeHeader(name);
  reply.code(503).type('application/problem+json; charset=utf-8').header('cache-control', 'no-store').header('retry-after', String(OVERWRITE_RETRY_AFTER_S));
  return JSON.stringify(problemBody(503, titleOf(503), `The dataset file was written over in place and is being checked; retry in ${OVERWRITE_RETRY_AFTER_S} s.`, reply.request.url));
}

/** The answer to anything but liveness while the served file has not passed its damage checks. */
function notChecked(reply: FastifyReply, state: 'failed' | 'pending'): string {
  reply.code(503).type('application/problem+json; charset=utf-8').header('cache-control', 'no-store').header('retry-after', String(FIRST_CHECK_RETRY_AFTER_S));
  const detail = state === 'failed'
    ? 'The dataset file failed its checks for damage; nothing from it is served.'
    : `The dataset file is being checked for damage; nothing from it is served until it passes. Retry in ${FIRST_CHECK_RETRY_AFTER_S} s.`;
  return JSON.stringify(problemBody(503, titleOf(503), detail, reply.request.url));
}

async function dataset(app: FastifyInstance, options: DatasetPluginOptions) {
  const holder = await Dataset.open(options.dbPath, app.log, options);
  app.decorate('dataset', holder);
  app.decorate('store', { getter: () => holder.current });
  app.decorateRequest('store', undefined as unknown as Store);
  app.addHook('onRequest', (request, reply, done) => {
    const store = holder.pin();
    request.store = store;
    // 'close' comes once whether the response was sent in full or the client went away.
    reply.raw.once('close', () => holder.release(store));
    // The version is read from the file: named only once the file is checked.
    if (holder.verified(store)) reply.header(VERSION_HEADER, store.info.content_hash);
    done();
  });
  // preValidation: after the hooks that put security and CORS headers on every answer, before the response cache.
  app.addHook('preValidation', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route === LIVENESS_ROUTE) return;
    if (!holder.verified(request.store)) {
      // Readiness says so at once; any other answer waits a while for the checks.
      const state = await holder.whenVerified(request.store, route === READINESS_ROUTE ? 0 : FIRST_CHECK_WAIT_MS);
      if (state !== 'verified') return reply.send(notChecked(reply, state));
      reply.header(VERSION_HEADER, request.store.info.content_hash);
    }
    if (!holder.intact(request.store)) return reply.send(unavailable(reply));
  });
  // The file may have been written while the answer was computed: checked again before anything is sent or cached.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode === 503 || request.routeOptions.url === LIVENESS_ROUTE || !request.store || holder.intact(request.store)) return done(null, payload);
    done(null, unavailable(reply));
  });
  if (options.watch) holder.watch();
  app.addHook('onClose', async () => holder.close());
}

export default fp(dataset, { name: 'dataset' });
