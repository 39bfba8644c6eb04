// One client cannot stall the others: data requests that reach SQL take turns, the next turn goes to the
// client that used the least CPU lately, health checks and cached answers never wait for a turn, and a
// client is bounded in requests in flight (per address and per connection) and in CPU time.
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { LimitOptions } from '../src/plugins/limits.js';
import { buildSeedDatabase } from './helpers/db.js';

const dbPath = buildSeedDatabase();
const apps: FastifyInstance[] = [];
afterAll(async () => { for (const app of apps) await app.close(); });

async function appWith(limits: Partial<LimitOptions>) {
  const app = await buildApp({ dbPath, responseCacheBytes: 1024 * 1024, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0, ...limits } });
  apps.push(app);
  return app;
}

/** Sends the requests at once and returns the labels in the order their answers completed. */
async function completionOrder(app: FastifyInstance, requests: Array<{ label: string; url: string; from: string }>) {
  const order: string[] = [];
  const statuses = new Map<string, number>();
  await Promise.all(requests.map(({ label, url, from }) => app.inject({ url, remoteAddress: from }).then((r) => {
    order.push(label);
    statuses.set(label, r.statusCode);
  })));
  return { order, statuses };
}

const burst = (n: number, from: string) => Array.from({ length: n }, (_, i) => ({ label: `a${i}`, url: `/v1/search?q=security&offset=${i}`, from }));

describe('turns', () => {
  it('a second client\'s request runs before the rest of a burst, and /healthz and a cached answer wait for none of it', async () => {
    const app = await appWith({});
    await app.inject({ url: '/v1/people?role=minister', remoteAddress: '10.0.0.9' });
    const { order, statuses } = await completionOrder(app, [
      ...burst(10, '10.0.0.1'),
      { label: 'other', url: '/v1/search?q=ice', from: '10.0.0.2' },
      { label: 'health', url: '/healthz', from: '10.0.0.1' },
      { label: 'cached', url: '/v1/people?role=minister', from: '10.0.0.3' },
    ]);
    expect([...statuses.values()].every((s) => s === 200)).toBe(true);
    expect(order.indexOf('other')).toBeLessThan(order.indexOf('a2'));
    expect(order.indexOf('health')).toBeLessThan(order.indexOf('a1'));
    expect(order.indexOf('cached')).toBeLessThan(order.indexOf('a1'));
  });

  it('a request that waited longer than its turn allows is a 503 with Retry-After, not run', async () => {
    const app = await appWith({ maxQueueWaitMs: 0 });
    const answers = await Promise.all(burst(3, '10.0.0.1').map(({ url, from }) => app.inject({ url, remoteAddress: from })));
    expect(answers[0]!.statusCode).toBe(200);
    for (const r of answers.slice(1)) {
      expect(r.statusCode).toBe(503);
      expect(r.headers['retry-after']).toBeDefined();
      expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    }
  });
});

describe('bounds per client', () => {
  it('past its CPU budget a client gets 429 with Retry-After; other clients and /healthz do not', async () => {
    const app = await appWith({ clientCpuBudgetMs: 0.001 });
    expect((await app.inject({ url: '/v1/search?q=security', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    const refused = await app.inject({ url: '/v1/search?q=ice', remoteAddress: '10.0.0.1' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await app.inject({ url: '/healthz', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/search?q=ice', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
  });

  it('past its requests in flight a client gets 429 at once', async () => {
    const app = await appWith({ maxInFlightPerClient: 4 });
    const answers = await Promise.all(burst(10, '10.0.0.1').map(({ url, from }) => app.inject({ url, remoteAddress: from })));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
  });

  it('a pipelined burst on one connection gets at most its in-flight bound run; the rest are 429, all answered in order', async () => {
    const app = await appWith({ maxInFlightPerConnection: 3 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as net.AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    const requests = Array.from({ length: 20 }, (_, i) => `GET /v1/search?q=security&offset=${i} HTTP/1.1\r\nHost: x\r\n\r\n`).join('');
    let received = '';
    const statuses = await new Promise<number[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no 20 answers in 20 s: ${received.slice(0, 200)}`)), 20_000);
      socket.on('data', (chunk) => {
        received += chunk;
        // A pipelined answer starts right after the previous body, not on a line of its own.
        const found = [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
        if (found.length === 20) { clearTimeout(timer); resolve(found); }
      });
      socket.write(requests);
    });
    socket.destroy();
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });
});
