// Adds resource limits: a maximum URL length (414), per-client rate limiting (429, unknown routes included),
// fair sharing of the thread between clients (plugins/fair-share.ts), overload shedding when the event
// loop lags (503), all answered as problem+json with Retry-After, and
// caps on open connections in total and per client.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.js';
import { MAX_URL_BYTES, notFoundHandler } from './errors.js';
import fairShare, { type FairShareLimits } from './fair-share.js';
import type { UnsentResponseLimits } from './unsent-responses.js';
import { routeOf } from './route-options.js';

export interface LimitOptions extends FairShareLimits, UnsentResponseLimits {
  /** Requests per client IP per window; 0 turns rate limiting off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Event-loop delay above which requests are shed with 503; 0 turns it off. */
  maxEventLoopDelayMs: number;
  /** How often the event-loop delay is sampled. */
  pressureSampleIntervalMs: number;
  /** Open connections the server accepts at once (Node's server.maxConnections); beyond it new ones are closed. 0 turns it off. */
  maxConnections: number;
  /** Open connections one client address may hold; beyond it new ones are closed. 0 turns it off. */
  maxConnectionsPerClient: number;
}

/** Descriptors kept free for the database, logs and the runtime when connections are capped by the process limit. */
const RESERVED_DESCRIPTORS = 64;

/** The soft limit on open files (`ulimit -n`), read from /proc on Linux; undefined elsewhere. */
export function openFileLimit(limits = '/proc/self/limits'): number | undefined {
  try {
    const soft = /^Max open files\s+(\d+)/m.exec(readFileSync(limits, 'utf8'))?.[1];
    return soft ? Number(soft) : undefined;
  } catch {
    return undefined;
  }
}

/** 1,000 connections, fewer when `ulimit -n` would run out of descriptors first. */
export const defaultMaxConnections = (fileLimit = openFileLimit()) =>
  Math.max(1, Math.min(1000, fileLimit === undefined ? 1000 : fileLimit - RESERVED_DESCRIPTORS));

export const DEFAULT_LIMITS: LimitOptions = {
  rateLimitMax: 1200, rateLimitWindowMs: 60_000, maxEventLoopDelayMs: 1000, pressureSampleIntervalMs: 250,
  maxConnections: defaultMaxConnections(), maxConnectionsPerClient: 64,
  maxInFlightPerClient: 32, maxInFlightPerConnection: 8, clientCpuBudgetMs: 2000, maxQueueWaitMs: 5000,
  maxUnsentBytes: 64 * 2 ** 20, maxUnsentBytesPerClient: 16 * 2 ** 20,
};

/** Health checks: never rate-limited, shed, queued or refused for unsent bytes. */
export const UNLIMITED_ROUTES: ReadonlySet<string> = new Set(['/healthz', '/readyz']);
const RETRY_AFTER_S = 5;

/**
 * The event loop's lag, sampled by a timer that fires late by as much as the loop was blocked. It reads
 * nothing from the system (no memory or /proc sample that could fail under descriptor exhaustion), so
 * sampling can never throw.
 */
function lagMonitor(app: FastifyInstance, intervalMs: number): () => number {
  let last = 0;
  let lag = 0;
  let timer: NodeJS.Timeout | undefined;
  // From ready on: compiling routes at start-up is not overload.
  app.addHook('onReady', (done) => {
    last = performance.now();
    timer = setInterval(() => {
      const now = performance.now();
      lag = Math.max(0, now - last - intervalMs);
      last = now;
    }, intervalMs).unref();
    done();
  });
  app.addHook('onClose', (_app, done) => {
    clearInterval(timer);
    done();
  });
  return () => lag;
}

/** Caps open connections in total and per client address, so no client can exhaust the descriptors. */
function capConnections(server: Server, options: LimitOptions): void {
  if (options.maxConnections > 0) server.maxConnections = options.maxConnections;
  if (options.maxConnectionsPerClient <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const client = socket.remoteAddress ?? '';
    const count = (open.get(client) ?? 0) + 1;
    if (count > options.maxConnectionsPerClient) {
      socket.destroy();
      return;
    }
    open.set(client, count);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
  });
}

/** The limits, and how many data queries may run at once (the query worker threads; 1 without them). */
export interface LimitsPluginOptions extends LimitOptions { concurrentTurns?: number }

async function limits(app: FastifyInstance, options: LimitsPluginOptions) {
  capConnections(app.server, options);
  app.addHook('onRequest', (request, _reply, done) => {
    const url = request.raw.url ?? '';
    // A URL longer than the limit in characters is certainly longer in bytes; count bytes only near it.
    const tooLong = url.length > MAX_URL_BYTES || (url.length > MAX_URL_BYTES / 4 && Buffer.byteLength(url) > MAX_URL_BYTES);
    done(tooLong ? new HttpProblem(414, 'URI Too Long', `The URL is longer than ${MAX_URL_BYTES} bytes.`) : undefined);
  });

  if (options.rateLimitMax > 0) {
    await app.register(rateLimit, {
      max: options.rateLimitMax,
      timeWindow: options.rateLimitWindowMs,
      allowList: (request) => UNLIMITED_ROUTES.has(routeOf(request).url ?? ''),
      errorResponseBuilder: (_request, context) =>
        new HttpProblem(429, 'Too Many Requests', `More than ${context.max} requests in ${Math.round(options.rateLimitWindowMs / 1000)} s from this client; retry in ${context.after}.`),
    });
  }
  // Probing unknown URLs costs a request like any other.
  app.setNotFoundHandler(options.rateLimitMax > 0 ? { preHandler: app.rateLimit() } : {}, notFoundHandler);
  if (options.rateLimitMax > 0) {
    // OPTIONS (preflights included) is one route registered before the limit, which counts it here instead.
    const countRequest = app.rateLimit();
    app.addHook('onRequest', async (request, reply) => {
      if (request.method === 'OPTIONS' && !UNLIMITED_ROUTES.has(request.url.split('?')[0]!)) await countRequest.call(app, request, reply);
    });
  }

  if (options.maxEventLoopDelayMs > 0) {
    const lag = lagMonitor(app, options.pressureSampleIntervalMs);
    // preHandler: after the rate limit has counted the request (a client shed while it floods is still
    // throttled), after cached answers (they cost nothing), before any SQL. Health checks are never shed.
    app.addHook('preHandler', (request: FastifyRequest, _reply, done) => {
      if (lag() <= options.maxEventLoopDelayMs || UNLIMITED_ROUTES.has(routeOf(request).url ?? '')) return done();
      done(new HttpProblem(503, 'Service Unavailable', `The server is overloaded (event-loop delay ${Math.round(lag())} ms); retry in ${RETRY_AFTER_S} s.`, { headers: { 'retry-after': String(RETRY_AFTER_S) } }));
    });
  }
  // After the lag check: a request shed for lag does not take a turn.
  await app.register(fairShare, { ...options, exemptRoutes: UNLIMITED_ROUTES, concurrentTurns: options.concurrentTurns ?? 1 });
}

export default fp(limits, { name: 'limits', dependencies: ['errors'] });
