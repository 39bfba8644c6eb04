// Adds resource limits: a maximum URL length (414), per-client rate limiting (429) and overload shedding
// when the event loop lags (503), all answered as problem+json with Retry-After.
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/problems.js';
import { MAX_URL_BYTES } from './errors.js';

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

  if (options.maxEventLoopDelayMs > 0) {
    // Getting ready (compiling every route's schemas) lags the loop once, and the next samples report that
    // lag: it says nothing about load, so the first requests after start are not shed for it.
    let settledAt = Infinity;
    app.addHook('onReady', async () => { settledAt = performance.now() + 2 * options.pressureSampleIntervalMs; });
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      sampleInterval: options.pressureSampleIntervalMs,
      retryAfter: 5,
      pressureHandler: (_request, reply, type) => {
        if (type === 'eventLoopDelay' && performance.now() < settledAt) return;
        reply.header('retry-after', '5');
        throw new HttpProblem(503, 'Service Unavailable', `The server is overloaded (${type}); retry in 5 s.`);
      },
    });
  }
}

export default fp(limits, { name: 'limits' });
