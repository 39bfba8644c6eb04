// Adds resource limits: a maximum URL length (414), per-client rate limiting (429, unknown routes included)
// and overload shedding when the event loop lags (503), all answered as problem+json with Retry-After.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.js';
import { MAX_URL_BYTES, notFoundHandler } from './errors.js';

export interface LimitOptions {
  /** Requests per client IP per window; 0 turns rate limiting off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Event-loop delay above which requests are shed with 503; 0 turns it off. */
  maxEventLoopDelayMs: number;
  /** How often the event-loop delay is sampled. */
  pressureSampleIntervalMs: number;
}

export const DEFAULT_LIMITS: LimitOptions = { rateLimitMax: 1200, rateLimitWindowMs: 60_000, maxEventLoopDelayMs: 1000, pressureSampleIntervalMs: 250 };

const UNLIMITED_ROUTES = new Set(['/healthz', '/readyz']);
const RETRY_AFTER_S = 5;

/**
 * The event loop's lag, sampled by a timer that fires late by as much as the loop was blocked. It reads
 * nothing from the system (no memory or /proc sample that could fail under descriptor exhaustion), so
 * sampling can never throw.
 */
function lagMonitor(app: FastifyInstance, intervalMs: number): () => number {
  let last = performance.now();
  let lag = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    lag = Math.max(0, now - last - intervalMs);
    last = now;
  }, intervalMs).unref();
  app.addHook('onClose', (_app, done) => {
    clearInterval(timer);
    done();
  });
  return () => lag;
}

async function limits(app: FastifyInstance, options: LimitOptions) {
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
      allowList: (request) => UNLIMITED_ROUTES.has(request.routeOptions.url ?? ''),
      errorResponseBuilder: (_request, context) =>
        new HttpProblem(429, 'Too Many Requests', `More than ${context.max} requests in ${Math.round(options.rateLimitWindowMs / 1000)} s from this client; retry in ${context.after}.`),
    });
  }
  // Probing unknown URLs costs a request like any other.
  app.setNotFoundHandler(options.rateLimitMax > 0 ? { preHandler: app.rateLimit() } : {}, notFoundHandler);

  if (options.maxEventLoopDelayMs > 0) {
    const lag = lagMonitor(app, options.pressureSampleIntervalMs);
    // preHandler: after the rate limit has counted the request (a client shed while it floods is still
    // throttled), after cached answers (they cost nothing), before any SQL. Health checks are never shed.
    app.addHook('preHandler', (request: FastifyRequest, _reply, done) => {
      if (lag() <= options.maxEventLoopDelayMs || UNLIMITED_ROUTES.has(request.routeOptions.url ?? '')) return done();
      done(new HttpProblem(503, 'Service Unavailable', `The server is overloaded (event-loop delay ${Math.round(lag())} ms); retry in ${RETRY_AFTER_S} s.`, { headers: { 'retry-after': String(RETRY_AFTER_S) } }));
    });
  }
}

export default fp(limits, { name: 'limits' });
