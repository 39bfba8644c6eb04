// Data queries run on worker threads (src/plugins/query-pool.ts): the main thread answers the same bytes
// and headers as without them, health checks and cached answers stay on the main thread, a swap never mixes
// versions, and worker time counts against a client's budget. Started on demand, workers come when cache
// misses keep the main thread busy and stop when idle, and a cheap request never waits behind a burst.
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type AppOptions } from '../src/app.js';
import { warmUp, warmUpUrls } from '../src/query-warm-up.js';
import { buildVariant } from '../scripts/lib/dataset-variant.js';
import { buildSeedDatabase, tempDir } from './helpers/db.js';
import { FIXTURE_SEED } from './helpers/paths.js';
import { waitUntil } from './helpers/wait.js';

const dbPath = buildSeedDatabase();
const apps: FastifyInstance[] = [];
afterAll(async () => { for (const app of apps) await app.close(); });

async function appWith(options: Partial<AppOptions>) {
  const app = await buildApp({ dbPath, ...options, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0, ...options.limits } });
  apps.push(app);
  await app.ready();
  // Workers kept from the start are waited for; on demand none starts until cache misses ask for one.
  if (!options.queryWorkerIdleMs) await app.queryPool?.whenReady();
  return app;
}

/** Headers that differ between two answers for reasons other than what was answered. */
const PER_ANSWER = new Set(['date', 'x-request-id', 'x-ratelimit-remaining', 'x-ratelimit-reset']);
const comparable = (r: LightMyRequestResponse) => ({
  status: r.statusCode,
  body: r.body,
  headers: Object.fromEntries(Object.entries(r.headers).filter(([name]) => !PER_ANSWER.has(name))),
});

const REQUESTS: Array<{ url: string; headers?: Record<string, string> }> = [
  { url: '/v1/people?limit=2' },
  { url: '/v1/search?q=security' },
  { url: '/v1/claims?limit=3&format=csv' },
  { url: '/v1/claims?limit=3', headers: { accept: 'application/x-ndjson' } },
  { url: '/v1/timeline?limit=5', headers: { origin: 'https://example.org' } },
  { url: '/v1/people/nobody' },
  { url: '/v1/entities/ice' },
  { url: '/v1' },
  { url: '/v1/people?limit=2', headers: { accept: 'text/html' } },
];

type Index = { data: { dataset: { content_hash: string } } };

let pooled: FastifyInstance;
let inline: FastifyInstance;
beforeAll(async () => {
  pooled = await appWith({ queryWorkers: 1, corsOrigins: ['https://example.org'] });
  inline = await appWith({ corsOrigins: ['https://example.org'] });
}, 120_000);

describe('answers from a query worker', () => {
  it('are the main thread\'s answers: status, body and headers (ETag, Link, CORS, Vary, content type), errors included', async () => {
    for (const { url, headers } of REQUESTS) {
      const fromWorker = await pooled.inject({ url, headers });
      const fromMain = await inline.inject({ url, headers });
      expect(comparable(fromWorker), url).toEqual(comparable(fromMain));
    }
  });

  it('come from the worker: with the main thread\'s own connection closed, data routes still answer', async () => {
    const app = await appWith({ queryWorkers: 1 });
    app.store.sqlite.close();
    for (const url of ['/v1/people?limit=3&fields=name', '/v1/search?q=ice', '/v1/claims?limit=1&format=csv']) {
      expect((await app.inject({ url })).statusCode, url).toBe(200);
    }
    // The health routes stay on the main thread: /readyz reads its (closed) connection.
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('leave bounded answers (stored JSON rows by prepared statements) on the main thread, the rest to the workers', async () => {
    const app = await appWith({ queryWorkers: 1, responseCacheBytes: 0 });
    const run = vi.spyOn(app.queryPool!, 'run');
    const hops = async (url: string) => {
      run.mockClear();
      expect((await app.inject({ url })).statusCode, url).toBe(200);
      return run.mock.calls.length;
    };
    for (const url of ['/v1/claims?limit=3', '/v1/deployments?organization=carabinieri', '/v1/claims/italy-confirms-ice-role']) expect(await hops(url), url).toBe(0);
    for (const url of ['/v1/claims?q=ice', '/v1/claims?facets=status', '/v1/claims?fields=predicate', '/v1/claims?format=csv', '/v1/search?q=ice']) expect(await hops(url), url).toBe(1);
  });

  it('keep HEAD/GET parity, 304 on a matching If-None-Match, and replay from the cache', async () => {
    const url = '/v1/people?limit=4';
    const get = await pooled.inject({ url });
    const head = await pooled.inject({ method: 'HEAD', url });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    const revalidated = await pooled.inject({ url, headers: { 'if-none-match': `"x", ${String(get.headers.etag)}` } });
    expect(revalidated.statusCode).toBe(304);
    const again = await pooled.inject({ url });
    expect(comparable(again)).toEqual(comparable(get));
  });

  it('count against the client\'s time budget', async () => {
    const app = await appWith({ queryWorkers: 1, limits: { clientCpuBudgetMs: 0.001 } });
    expect((await app.inject({ url: '/v1/search?q=security', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    const refused = await app.inject({ url: '/v1/search?q=ice', remoteAddress: '10.0.0.1' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await app.inject({ url: '/v1/search?q=ice', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
  });
});

describe('starting the workers', () => {
  it('/readyz answers 503 with Retry-After until every worker has loaded and warmed up, 200 after', async () => {
    const app = await buildApp({ dbPath, queryWorkers: 1, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
    apps.push(app);
    await app.ready();
    // From source a worker loads tsx before the app: seconds, so the first check meets it starting.
    const starting = await app.inject({ url: '/readyz' });
    expect([starting.statusCode, starting.headers['retry-after']]).toEqual([503, '1']);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    // Data is answered meanwhile, on the main thread.
    expect((await app.inject({ url: '/v1/people?limit=1' })).statusCode).toBe(200);
    await app.queryPool!.whenReady();
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
  }, 120_000);

  it('warms up with every route family and format, each answering 200 on the served data', async () => {
    const app = await appWith({ limits: { clientCpuBudgetMs: 0 } });
    const urls = await warmUpUrls(app);
    for (const part of ['/v1/timeline', '/v1/stats/deployments', '/v1/search?q=', '/v1/entities/', 'format=csv', 'format=ndjson', 'expand=', 'fields=']) {
      expect(urls.some((url) => url.includes(part)), part).toBe(true);
    }
    expect(await warmUp(app)).toEqual([]);
  });

  it('leaves the OpenAPI document to the main thread (the workers\' apps have none)', async () => {
    const fromPool = await pooled.inject({ url: '/openapi.json' });
    const fromMain = await inline.inject({ url: '/openapi.json' });
    expect(comparable(fromPool)).toEqual(comparable(fromMain));
    expect((fromPool.json() as { openapi: string }).openapi).toBe('3.1.0');
  });
});

describe('a swap with query workers', () => {
  it('answers every request from the version it names, before, during and after the rename', async () => {
    const dir = tempDir();
    const served = join(dir, 'facts.db');
    const first = buildVariant(served, 'one', FIXTURE_SEED);
    const app = await appWith({ dbPath: served, queryWorkers: 2, watchDataset: true, responseCacheBytes: 0 });
    const staged = join(dir, 'staged.db');
    const second = buildVariant(staged, 'two', FIXTURE_SEED);
    const seen = new Set<string>();
    let running = true;
    // Uncached index requests while the new build is renamed in: each body names the version it was read from.
    const load = (async () => {
      for (let i = 0; running || i < 20; i += 1) {
        const r = await app.inject({ url: '/v1' });
        expect(r.statusCode).toBe(200);
        const version = String(r.headers['dataset-version']);
        expect((r.json() as Index).data.dataset.content_hash).toBe(version);
        seen.add(version);
      }
    })();
    renameSync(staged, served);
    await waitUntil(() => app.dataset.version === second, 'the app switched to the new build');
    running = false;
    await load;
    expect([...seen].every((v) => v === first || v === second)).toBe(true);
    // Once switched, the workers follow: answers come from them with the new version.
    app.store.sqlite.close();
    await waitUntil(async () => (await app.inject({ url: '/v1/people?limit=1&fields=name' })).statusCode === 200, 'the workers answer from the new build');
    const after = await app.inject({ url: '/v1' });
    expect(after.headers['dataset-version']).toBe(second);
    expect((after.json() as Index).data.dataset.content_hash).toBe(second);
  }, 120_000);
});

/** Misses asked at once, and the cheap requests asked after them. */
const BURST = 24;
const missUrl = (n: number) => `/v1/search?q=security&limit=${1 + (n % 50)}&offset=${Math.floor(n / 50)}`;

/**
 * Asks BURST cache misses at once, then /healthz and a cached answer: returns how many of the misses had
 * been answered when each cheap request was (an order of events, not a wall clock).
 */
async function cheapDuringBurst(app: FastifyInstance, first: number, cachedUrl: string): Promise<number[]> {
  let answered = 0;
  const misses = Array.from({ length: BURST }, (_, i) => app.inject({ url: missUrl(first + i) }).then((r) => {
    expect(r.statusCode).toBe(200);
    answered += 1;
  }));
  const cheap = ['/healthz', cachedUrl].map((url) => app.inject({ url }).then((r) => {
    expect(r.statusCode, url).toBe(200);
    return answered;
  }));
  const seen = await Promise.all(cheap);
  await Promise.all(misses);
  return seen;
}

describe('workers on demand', () => {
  it('none at rest; misses that keep the main thread busy start one, a cheap request waits for no burst, and an idle worker stops', async () => {
    const app = await appWith({ queryWorkers: 1, queryWorkerIdleMs: 2_000, limits: { clientCpuBudgetMs: 0, maxInFlightPerClient: 0, maxInFlightPerConnection: 0 } });
    const pool = app.queryPool!;
    const cachedUrl = '/v1/people?limit=2';
    expect((await app.inject({ url: cachedUrl })).statusCode).toBe(200);
    expect([pool.running, (await app.inject({ url: '/readyz' })).statusCode]).toEqual([0, 200]);

    // Without a worker, the main thread runs one miss per turn and reads new requests between turns: a
    // cheap request waits for at most the miss running when it comes.
    const inline = await cheapDuringBurst(app, 0, cachedUrl);
    for (const answered of inline) expect(answered).toBeLessThanOrEqual(1);

    // Bounded: each miss keeps the main thread busy for its query, and a share of that starts a worker.
    let asked = BURST;
    while (pool.running === 0 && asked < 2_000) expect((await app.inject({ url: missUrl(asked++) })).statusCode).toBe(200);
    expect(pool.running).toBe(1);
    await pool.whenReady(1);
    const run = vi.spyOn(pool, 'run');
    const onWorker = await cheapDuringBurst(app, asked, cachedUrl);
    expect(run).toHaveBeenCalledTimes(BURST);
    // The burst's misses take turns on the worker; the main thread answers the cheap ones meanwhile.
    for (const answered of onWorker) expect(answered).toBeLessThanOrEqual(1);

    await waitUntil(() => pool.running === 0, 'the idle worker stopped');
    expect((await app.inject({ url: missUrl(asked + BURST) })).statusCode).toBe(200);
  }, 120_000);
});
