// A query worker's app compiles validators and serializers on first use (src/lib/deferred-compiles.ts):
// answers are the same as an app's that compiled every route when ready, and a failed validation still
// names its errors.
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildSeedDatabase } from './helpers/db.js';

const dbPath = buildSeedDatabase();
const apps: FastifyInstance[] = [];
afterAll(async () => { for (const app of apps) await app.close(); });

async function readyApp(compileOnFirstUse: boolean): Promise<FastifyInstance> {
  const app = await buildApp({ dbPath, compileOnFirstUse, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
  apps.push(app);
  await app.ready();
  return app;
}

const URLS = ['/v1', '/v1/people?limit=2', '/v1/claims?limit=3&format=csv', '/v1/search?q=security', '/v1/timeline?limit=3', '/v1/entities/ice', '/v1/stats/deployments', '/v1/people?limit=abc', '/v1/nothing-here', '/openapi.json'];

describe('validators and serializers compiled on first use', () => {
  it('answer the same bytes as when compiled ahead', async () => {
    const onFirstUse = await readyApp(true);
    const ahead = await readyApp(false);
    for (const url of URLS) {
      const [lazy, compiled] = [await onFirstUse.inject(url), await ahead.inject(url)];
      expect(lazy.statusCode, url).toBe(compiled.statusCode);
      expect(lazy.body, url).toBe(compiled.body);
    }
  });

  it('name the errors of a failed validation on the first request', async () => {
    const app = await readyApp(true);
    const refused = await app.inject('/v1/people?limit=abc');
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('limit');
  });
});
