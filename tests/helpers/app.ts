import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../../src/app.js';
import { buildSeedDatabase } from './db.js';
import { assertMatchesSpec } from './spec.js';

export interface TestApp {
  app: FastifyInstance;
  dbPath: string;
  get(url: string, headers?: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; json: any }>;
}

/** An app over a freshly built seed database, shared by the tests of one file; every get() is checked against openapi.yaml. Rate limiting, load shedding and the per-client query-time
 * budget are off unless asked for: a loaded machine makes queries slow, and a test must not fail for that. */
export function useApp(options: Partial<AppOptions> = {}): TestApp {
  const harness = {} as TestApp;
  beforeAll(async () => {
    harness.dbPath = buildSeedDatabase();
    harness.app = await buildApp({ dbPath: harness.dbPath, ...options, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0, clientCpuBudgetMs: 0, ...options.limits } });
    harness.get = async (url, headers = {}) => {
      const r = await harness.app.inject({ method: 'GET', url, headers });
      assertMatchesSpec('GET', url, { status: r.statusCode, headers: r.headers, body: r.body });
      let json: unknown;
      try { json = JSON.parse(r.body); } catch { json = undefined; }
      return { status: r.statusCode, headers: r.headers as Record<string, string>, body: r.body, json };
    };
  });
  afterAll(async () => { await harness.app?.close(); });
  return harness;
}

export const ids = (body: { data: Array<{ id: string }> }) => body.data.map((row) => row.id);
