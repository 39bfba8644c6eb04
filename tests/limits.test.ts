import { describe, expect, it } from 'vitest';
import { buildApp, TIMEOUTS } from '../src/app.js';
import { useApp } from './helpers/app.js';
import { buildSeedDatabase } from './helpers/db.js';
import { assertMatchesSpec } from './helpers/spec.js';

describe('rate limiting', () => {
  const t = useApp({ limits: { rateLimitMax: 5, rateLimitWindowMs: 60_000 } });

  it('answers 429 problem+json with Retry-After past the limit, and cannot be dodged with X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const r = await t.app.inject({ url: '/v1/people', headers: { 'x-forwarded-for': `203.0.113.${i}` } });
      statuses.push(r.statusCode);
      if (r.statusCode === 429) {
        expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
        expect(r.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
        assertMatchesSpec('GET', '/v1/people', { status: r.statusCode, headers: r.headers, body: r.body });
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  it('never limits the health checks', async () => {
    for (let i = 0; i < 8; i += 1) expect((await t.app.inject('/healthz')).statusCode).toBe(200);
  });
});

describe('rate limiting behind a trusted proxy', () => {
  const t = useApp({ limits: { rateLimitMax: 2 }, trustProxy: ['127.0.0.1'] });

  it('keys clients by X-Forwarded-For only when TRUST_PROXY names the proxy', async () => {
    const from = (ip: string) => t.app.inject({ url: '/v1/places', headers: { 'x-forwarded-for': ip } });
    expect([(await from('198.51.100.1')).statusCode, (await from('198.51.100.1')).statusCode, (await from('198.51.100.1')).statusCode]).toEqual([200, 200, 429]);
    expect((await from('198.51.100.2')).statusCode).toBe(200);
  });
});

describe('overload protection', () => {
  const t = useApp({ limits: { maxEventLoopDelayMs: 20, pressureSampleIntervalMs: 100 } });

  it('sheds requests with a 503 problem and Retry-After while the event loop lags', async () => {
    await t.app.inject('/healthz');
    const until = Date.now() + 600;
    while (Date.now() < until) { /* block the event loop like a stuck handler would */ }
    // The overdue sampling timer fires before this one and records the lag.
    await new Promise((resolve) => setTimeout(resolve, 1));
    const r = await t.app.inject('/v1/people');
    expect(r.statusCode).toBe(503);
    expect(r.headers['retry-after']).toBe('5');
    expect(r.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
    assertMatchesSpec('GET', '/v1/people', { status: r.statusCode, headers: r.headers, body: r.body });
  });
});

describe('security headers', () => {
  const t = useApp();

  it('sends helmet headers suited to a JSON API', async () => {
    const r = await t.get('/v1/people');
    expect(r.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(r.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(r.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps Swagger UI working: its pages get a CSP that allows their own scripts and styles', async () => {
    const page = await t.app.inject('/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-initializer.js');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("default-src 'none'");
    expect((await t.app.inject('/docs/static/swagger-ui-bundle.js')).statusCode).toBe(200);
    expect((await t.app.inject('/docs/json')).json().openapi).toBe('3.1.0');
  });
});

describe('timeouts and caps', () => {
  it('sets non-zero request and keep-alive timeouts on the server', async () => {
    const app = await buildApp({ dbPath: buildSeedDatabase() });
    await app.ready();
    expect(app.server.requestTimeout).toBe(TIMEOUTS.request);
    expect(app.server.keepAliveTimeout).toBe(TIMEOUTS.keepAlive);
    expect(TIMEOUTS.request).toBeGreaterThan(0);
    await app.close();
  });
});

describe('readiness', () => {
  const t = useApp();

  it('reports not ready with a 503 when the database cannot be queried', async () => {
    expect((await t.get('/readyz')).status).toBe(200);
    t.app.store.sqlite.close();
    const r = await t.get('/readyz');
    expect(r.status).toBe(503);
    expect(r.json).toMatchObject({ status: 503, detail: 'The database cannot be queried.' });
    expect(r.headers['retry-after']).toBe('5');
    expect((await t.get('/healthz')).status).toBe(200);
  });
});
