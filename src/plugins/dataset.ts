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
import { routeOf } from './route-options.js';

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
  /**
   * Refuse answers while the served file is written over in place (true by default). A query worker turns it
   * off: the main thread checks again after the worker's answer has arrived, before anything is sent.
   */
  checkWritesInPlace?: boolean;
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

/**
 * 503 instead of any answer (but /healthz) while the served file is written over in place. The guarantee is
 * this check in onSend: one stat of the path after the answer was computed, so what was read from new bytes
 * is never sent or cached. (Before the work starts, the preValidation hook refuses a request cheaply once a
 * write is already known, from an earlier check or the directory watch, without a system call of its own.)
 */
function checkWritesInPlace(app: FastifyInstance, holder: Dataset): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode === 503 || routeOf(request).url === LIVENESS_ROUTE || !request.store || holder.intact(request.store)) return done(null, payload);
    done(null, unavailable(reply));
  });
}

async function dataset(app: FastifyInstance, options: DatasetPluginOptions) {
  const holder = await Dataset.open(options.dbPath, app.log, options);
  app.decorate('dataset', holder);
  app.decorate('store', { getter: () => holder.current });
  app.decorateRequest('store', undefined as unknown as Store);
  app.addHook('onRequest', (request, reply, done) => {
    const store = holder.pin();
    request.store = store;
    // The version is read from the file: named only once the file is checked.
    if (holder.verified(store)) reply.header(VERSION_HEADER, store.info.content_hash);
    done();
  });
  // The pin is held until the response is done, sent in full or abandoned by its client.
  app.onResponseClose((request) => {
    if (request.store) holder.release(request.store);
  });
  const checkWrites = options.checkWritesInPlace !== false;
  // Refuses a request whose file is already known to be written over; else lets it on.
  const refuseIfOverwritten = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (checkWrites && holder.knownOverwritten(request.store)) return reply.send(unavailable(reply));
    done();
  };
  // preValidation: after the hooks that put security and CORS headers on every answer, before the response cache.
  // A callback hook, not an async one: once the file is checked (every request but the first few) it costs no promise.
  app.addHook('preValidation', (request, reply, done) => {
    const route = routeOf(request).url;
    if (route === LIVENESS_ROUTE) return done();
    if (holder.verified(request.store)) return refuseIfOverwritten(request, reply, done);
    // Readiness says so at once; any other answer waits a while for the checks.
    holder.whenVerified(request.store, route === READINESS_ROUTE ? 0 : FIRST_CHECK_WAIT_MS).then((state) => {
      if (state !== 'verified') return reply.send(notChecked(reply, state));
      reply.header(VERSION_HEADER, request.store.info.content_hash);
      refuseIfOverwritten(request, reply, done);
    }, done);
  });
  if (checkWrites) checkWritesInPlace(app, holder);
  if (options.watch) holder.watch();
  app.addHook('onClose', async () => holder.close());
}

export default fp(dataset, { name: 'dataset', dependencies: ['response-close', 'route-options'] });
