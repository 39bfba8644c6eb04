// Runs data queries off the main thread. SQLite calls are synchronous and cannot be interrupted from the
// thread they block, so while one ran on the main thread nothing else did, not even /healthz or a cached
// answer. With this plugin the main thread parses, routes, validates, answers health checks and cached
// answers, and hands each cache miss of a data route to a small pool of worker threads
// (src/query-worker.ts). Each worker holds its own app over its own read-only connection to the served file
// and answers through inject; the main thread replays its status, headers and body, so every hook of the
// main app (ETag, cache, CORS, security headers, Dataset-Version, the unsent-bytes bound, drain) applies as
// before. An answer is used only if the worker read the version the request pinned; otherwise (a swap in
// progress) and while no worker is up, the route's own handler runs on the main thread, as without a pool.
// Workers cost memory (~45 MB each), so by default they are started on demand: none while the main thread
// keeps up, one when cache misses keep it busy, another when jobs queue for the ones up, each stopped after
// an idle period.
import type { Worker } from 'node:worker_threads';
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.js';
import { startModuleWorker } from '../lib/threads.js';
import { entryModule } from '../lib/paths.js';
import type { Dataset } from '../db/dataset.js';
import { VERSION_HEADER } from './dataset.js';
import { chargeWorkerTime } from './fair-share.js';
import { UNLIMITED_ROUTES } from './limits.js';
import { appendVary } from './security.js';
import { routeOf } from './route-options.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The query worker threads, when there are any. */
    queryPool: QueryPool | null;
  }
  interface FastifyContextConfig {
    /**
     * Whether this request's answer is bounded work (a few indexed lookups and stored bytes), which costs
     * less than the hop to a worker and back: it is answered on the main thread, still within fair sharing.
     */
    bounded?: (request: FastifyRequest, reply: FastifyReply) => boolean;
    /** A data route answered on the main thread even with query workers (their apps do not have it). */
    mainThread?: boolean;
  }
}

/** What a worker builds its app with: the settings that shape an answer. */
export interface QueryWorkerSettings { dbPath: string; logLevel: string; cacheControl: string }
/** ...and the identity of the file the main thread has checked, which the worker opens without checking again. */
export interface QueryWorkerData extends QueryWorkerSettings { checkedFile: string }

export interface QueryJob { id: number; url: string; headers: Record<string, string> }
export interface QueryAnswer { id: number; status: number; headers: Record<string, string | string[]>; body: Uint8Array; workMs: number }
export type WorkerMessage = { type: 'ready' } | ({ type: 'answer' } & QueryAnswer) | { type: 'failed'; id: number; message: string };
export type MainMessage = ({ type: 'job' } & QueryJob) | { type: 'reload'; checkedFile: string };

export interface QueryPoolOptions {
  /** Worker threads at most; 0 leaves queries on the main thread. */
  workers: number;
  /**
   * Milliseconds a worker may stay idle before it is stopped; workers are then started on demand. 0 starts
   * every worker with the server and keeps them.
   */
  idleMs: number;
  worker: QueryWorkerSettings;
}

/** Jobs that may wait for a worker per worker; fair sharing keeps it near zero unless workers are restarting. */
const QUEUED_PER_WORKER = 16;
const RESPAWN_DELAY_MS = 1000;
/**
 * How long readiness waits for the workers at start. Past it the server says ready anyway: the main thread
 * answers what no worker takes, as with QUERY_WORKERS=0 (a machine so busy that loading the workers takes
 * this long is better served than taken out of rotation).
 */
const START_BOUND_MS = 30_000;
const RETRY_AFTER_S = 2;
/**
 * On demand, a worker starts once cache misses answered on the main thread have kept it busy this many
 * milliseconds, decayed over DEMAND_WINDOW_MS: a tenth of the thread that answers health checks and cached
 * answers, or one slow query. Below it a worker costs more (its memory, ~3 s of CPU to load and warm up)
 * than it saves.
 */
const DEMAND_BUSY_MS = 100;
const DEMAND_WINDOW_MS = 1000;
/**
 * A worker's old generation (V8 heap for long-lived objects), MB. A warm worker holds ~16 MB live (its app,
 * compiled routes and statements) and the largest answer (500 rows, expanded, as CSV) a few MB more; without
 * a bound V8 lets the heap grow to a share of the machine's memory before collecting, ~30 MB per worker
 * more RSS at rest (bench/RESULTS.md). A worker that needs more exits, fails its request with 503 and
 * another starts.
 */
const WORKER_OLD_SPACE_MB = 64;
const WORKER_MODULE = entryModule('query-worker');

/** Request headers the worker must not see: preconditions are evaluated by the main thread, over the whole answer. */
const NOT_FORWARDED = new Set(['if-none-match', 'if-modified-since', 'if-match', 'if-range', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
/** Response headers the main thread writes itself, whatever the worker's app put there. */
const NOT_REPLAYED = new Set(['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'date', 'x-request-id', VERSION_HEADER]);
const MAIN_THREAD_PREFIXES = ['access-control-', 'x-ratelimit-', 'ratelimit-'];

const busy = (detail: string) =>
  new HttpProblem(503, 'Service Unavailable', `${detail}; retry in ${RETRY_AFTER_S} s.`, { headers: { 'retry-after': String(RETRY_AFTER_S) } });

interface Pending { job: QueryJob; resolve: (answer: QueryAnswer) => void; reject: (error: Error) => void }
interface QueryThread { worker: Worker; ready: boolean; pending: Pending | null; idleSince: number; retiring: boolean }

/**
 * Up to `size` worker threads, one job each at a time, and a bounded queue of jobs waiting for one; kept
 * from the start, or (idleMs > 0) started on demand and stopped when idle.
 */
export class QueryPool {
  private readonly threads = new Set<QueryThread>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  private spawnedAt: number | undefined;
  private startDone = false;
  /** Milliseconds the main thread spent on cache misses lately, decayed over DEMAND_WINDOW_MS. */
  private mainThreadBusy = { ms: 0, at: 0 };
  private idleCheck: NodeJS.Timeout | undefined;

  constructor(private readonly size: number, private readonly idleMs: number, private readonly settings: QueryWorkerSettings, private readonly dataset: Dataset, private readonly log: FastifyInstance['log']) {}

  private get onDemand(): boolean {
    return this.idleMs > 0;
  }

  /** Starts the pool (once): every worker, or on demand the idle check; until then the main thread answers everything. */
  start(): void {
    if (this.spawnedAt !== undefined || this.closed) return;
    this.spawnedAt = performance.now();
    if (this.onDemand) this.idleCheck = setInterval(() => this.stopIdle(), this.idleMs / 4).unref();
    else for (let i = 0; i < this.size; i += 1) this.spawn();
  }

  /** Worker threads up or loading. */
  get running(): number {
    return this.threads.size;
  }

  /** Workers that have opened the database and answer. */
  get ready(): number {
    let count = 0;
    for (const thread of this.threads) if (thread.ready) count += 1;
    return count;
  }

  /**
   * Whether the pool has started: every kept worker loaded and warmed up once (or START_BOUND_MS passed);
   * on demand, at once. Until then /readyz says not ready, so that a load balancer's first requests meet
   * warm workers rather than a core shared with workers still loading. A worker replaced later does not
   * change it.
   */
  get started(): boolean {
    this.startDone ||= this.spawnedAt !== undefined && (this.onDemand || this.ready === this.size || performance.now() - this.spawnedAt > START_BOUND_MS);
    return this.startDone;
  }

  /** Resolves once `count` workers answer (tests; the server serves from the main thread until then). */
  async whenReady(count = this.size, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.ready < count) {
      if (Date.now() > deadline) throw new Error(`${this.ready} of ${count} query workers ready after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** A cache miss took `ms` on the main thread (no worker was up): on demand, enough of them start one. */
  ranOnMainThread(ms: number): void {
    if (!this.onDemand || this.spawnedAt === undefined) return;
    const now = performance.now();
    const busy = this.mainThreadBusy.ms * Math.exp(-(now - this.mainThreadBusy.at) / DEMAND_WINDOW_MS) + ms;
    this.mainThreadBusy = { ms: busy, at: now };
    if (busy >= DEMAND_BUSY_MS && this.grow('cache misses kept the main thread busy')) this.mainThreadBusy.ms = 0;
  }

  run(url: string, headers: Record<string, string>): Promise<QueryAnswer> {
    if (this.closed) return Promise.reject(busy('The server is shutting down'));
    if (this.queue.length >= QUEUED_PER_WORKER * this.size) return Promise.reject(busy('Every query worker is busy'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: (this.nextId += 1), url, headers }, resolve, reject });
      this.dispatch();
    });
  }

  /** Tells every worker to reopen the database path (the main thread switched to a new version). */
  reload(): void {
    for (const thread of this.threads) thread.worker.postMessage({ type: 'reload', checkedFile: this.dataset.servedFileId } satisfies MainMessage);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.idleCheck);
    for (const waiting of this.queue.splice(0)) waiting.reject(busy('The server is shutting down'));
    await Promise.all([...this.threads].map((thread) => thread.worker.terminate()));
  }

  private dispatch(): void {
    for (const thread of this.threads) {
      if (!this.queue.length) return;
      if (!thread.ready || thread.pending) continue;
      const pending = this.queue.shift()!;
      thread.pending = pending;
      thread.worker.postMessage({ type: 'job', ...pending.job } satisfies MainMessage);
    }
    if (this.queue.length) this.grow('jobs queued for every worker up');
  }

  /** On demand, starts one more worker unless one is loading or all are up; returns whether it did. */
  private grow(reason: string): boolean {
    if (!this.onDemand || this.closed || this.threads.size >= this.size) return false;
    for (const thread of this.threads) if (!thread.ready) return false;
    this.log.info({ running: this.threads.size + 1, reason }, 'query worker starting on demand');
    this.spawn();
    return true;
  }

  /** Stops the workers idle for idleMs (the check runs every quarter of it). */
  private stopIdle(): void {
    const now = performance.now();
    for (const thread of this.threads) {
      if (!thread.ready || thread.pending || now - thread.idleSince < this.idleMs) continue;
      thread.retiring = true;
      this.threads.delete(thread);
      void thread.worker.terminate();
      this.log.info({ running: this.threads.size, idleMs: this.idleMs }, 'query worker stopped, idle');
    }
  }

  private spawn(): void {
    const worker = startModuleWorker(WORKER_MODULE, {
      workerData: { ...this.settings, checkedFile: this.dataset.servedFileId } satisfies QueryWorkerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
    });
    const thread: QueryThread = { worker, ready: false, pending: null, idleSince: performance.now(), retiring: false };
    this.threads.add(thread);
    worker.unref();
    worker.on('message', (message: WorkerMessage) => {
      thread.idleSince = performance.now();
      if (message.type === 'ready') {
        thread.ready = true;
        this.log.info({ ready: this.ready, of: this.size }, 'query worker ready');
      } else {
        const pending = thread.pending;
        thread.pending = null;
        if (message.type === 'answer') pending?.resolve(message);
        else pending?.reject(new Error(`query worker failed: ${message.message}`));
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.log.error({ err: error }, 'query worker failed'));
    worker.on('exit', (code) => {
      this.threads.delete(thread);
      thread.pending?.reject(busy('The query worker answering this request stopped'));
      if (this.closed || thread.retiring) return;
      this.log.error({ code }, 'query worker exited; starting another');
      // On demand, another starts only for the jobs that wait; demand starts the next ones.
      setTimeout(() => { if (!this.closed && (!this.onDemand || this.queue.length)) this.spawn(); }, RESPAWN_DELAY_MS).unref();
      // Jobs queued for it go to the others; with none left they wait for the new one (bounded by the queue).
      this.dispatch();
    });
  }
}

function forwardedHeaders(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && !NOT_FORWARDED.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Puts a worker's answer on the main thread's reply; the main thread's own headers win, except the body's type. */
function replay(reply: FastifyReply, answer: QueryAnswer): FastifyReply {
  reply.code(answer.status);
  for (const [name, value] of Object.entries(answer.headers)) {
    if (NOT_REPLAYED.has(name) || MAIN_THREAD_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
    if (name === 'vary') for (const field of String(value).split(',')) appendVary(reply, field.trim());
    else if (name === 'content-type' || !reply.hasHeader(name)) reply.header(name, value);
  }
  // A Buffer is sent as it is: the route's serializer (JSON, CSV, NDJSON) already ran in the worker.
  return reply.send(Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength));
}

const pooledHandlers = new WeakSet<RouteHandlerMethod>();

/** Whether a route's requests may go to a worker: data routes (they negotiate a format) but the health checks and main-thread ones. */
const workerRoute = (config: FastifyContextConfig | undefined, url: string | undefined) =>
  config?.formats !== undefined && !config.mainThread && !UNLIMITED_ROUTES.has(url ?? '');

/**
 * Whether the main thread hands this request to a query worker when one is up: on a worker route, unless it
 * is bounded work. Asked after the hooks that set the answer's format (what `bounded` reads).
 */
export const handedToWorker = (request: FastifyRequest, reply: FastifyReply): boolean =>
  workerRoute(routeOf(request).config, routeOf(request).url) && !routeOf(request).config.bounded?.(request, reply);

/** A data route's handler that asks a worker first and falls back to the route's own handler on this thread. */
function onWorker(poolOf: () => QueryPool | null, inline: RouteHandlerMethod): RouteHandlerMethod {
  const handler: RouteHandlerMethod = async function (this: FastifyInstance, request, reply) {
    const pool = poolOf();
    if (!pool || routeOf(request).config.bounded?.(request, reply)) return inline.call(this, request, reply);
    if (pool.ready === 0) {
      const started = performance.now();
      try {
        return await inline.call(this, request, reply);
      } finally {
        pool.ranOnMainThread(performance.now() - started);
      }
    }
    const answer = await pool.run(request.url, forwardedHeaders(request));
    // The worker read another version than this request pinned (a swap is under way): never mix them.
    if (answer.headers[VERSION_HEADER] !== request.store.info.content_hash) return inline.call(this, request, reply);
    chargeWorkerTime(request, answer.workMs);
    return replay(reply, answer);
  };
  pooledHandlers.add(handler);
  return handler;
}

async function queryPool(app: FastifyInstance, options: QueryPoolOptions) {
  if (options.workers <= 0) {
    app.decorate('queryPool', null);
    return;
  }
  let pool: QueryPool | null = null;
  app.decorate('queryPool', { getter: () => pool });
  // Started once the app is ready, and the served file checked: a worker loading its app competes for the
  // cores with the main thread's start and with the threads hashing the file, which the first data answer
  // waits for; until the workers are up the main thread answers (readiness waits for kept ones).
  app.addHook('onReady', (done) => {
    const started = new QueryPool(options.workers, options.idleMs, options.worker, app.dataset, app.log);
    pool = started;
    if (app.dataset.verified(app.store)) started.start();
    else app.dataset.firstCheck.then(() => started.start(), () => undefined);
    done();
  });
  app.dataset.on('switch', () => pool?.reload());
  app.addHook('onClose', async () => pool?.close());
  // Every data route registered after this plugin (those that negotiate a format) but the health checks,
  // which answer from the main thread whatever the workers are doing.
  app.addHook('onRoute', (route) => {
    if (!workerRoute(route.config, route.url) || pooledHandlers.has(route.handler)) return;
    route.handler = onWorker(() => pool, route.handler);
  });
}

export default fp(queryPool, { name: 'query-pool', dependencies: ['dataset'] });
