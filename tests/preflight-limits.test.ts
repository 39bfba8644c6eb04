// OPTIONS (CORS preflights included) costs a request like any other: it counts against the client's rate
// limit (health routes excepted), and a flood of preflights does not write a log line per request.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildSeedDatabase } from './helpers/db.js';

const LIMIT = 30;
const preflight = { origin: 'https://example.org', 'access-control-request-method': 'GET' };

let app: FastifyInstance;
const logLines: string[] = [];

beforeAll(async () => {
  const sink = new Writable({ write(chunk, _encoding, done) { logLines.push(...String(chunk).split('\n').filter(Boolean)); done(); } });
  app = await buildApp({ dbPath: buildSeedDatabase(), logger: pino({ level: 'info' }, sink), limits: { rateLimitMax: LIMIT, maxEventLoopDelayMs: 0 } });
});
afterAll(async () => { await app?.close(); });

const options = (url: string, remoteAddress: string) => app.inject({ method: 'OPTIONS', url, headers: preflight, remoteAddress });

describe('OPTIONS and the rate limit', () => {
  it(`the first ${LIMIT} preflights from a client are 204s with the CORS answer, the rest 429 with Retry-After, and its GETs are limited too`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 100; i += 1) statuses.push((await options(`/v1/people?i=${i}`, '10.0.0.1')).statusCode);
    expect(statuses.filter((s) => s === 204)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - LIMIT);
    const first = await options('/v1/people', '10.0.0.2');
    expect(first.statusCode).toBe(204);
    expect(first.headers['content-length']).toBe('0');
    expect(first.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    const refused = await options('/v1/people', '10.0.0.1');
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect((await app.inject({ url: '/v1/people', remoteAddress: '10.0.0.1' })).statusCode).toBe(429);
  });

  it('preflights to the health routes are not counted', async () => {
    for (let i = 0; i < LIMIT + 10; i += 1) expect((await options(i % 2 ? '/healthz' : '/readyz', '10.0.0.3')).statusCode).toBe(204);
    expect((await app.inject({ url: '/v1/people', remoteAddress: '10.0.0.3' })).statusCode).toBe(200);
  });

  it('a flood of preflights writes no log line per request at the default level; GETs still do', async () => {
    logLines.length = 0;
    for (let i = 0; i < 60; i += 1) await options('/v1/claims', '10.0.0.4');
    expect(logLines).toEqual([]);
    await app.inject({ url: '/v1/claims', remoteAddress: '10.0.0.5' });
    expect(logLines.length).toBeGreaterThan(0);
  });
});
