// A response-cache hit answered in front of Fastify's router (src/plugins/hit-path.ts) is the answer the hooks
// would have written: over real sockets, two apps on the same file, one with the hit path and one without,
// give the same status, the same headers in the same order (but Date and the request id) and the same body,
// for JSON, CSV, NDJSON, HEAD, 304 and CORS with and without an allowed Origin. The hit path answers only what
// it can answer so (Fastify never sees those requests), and never from a file replaced or written over.
import { copyFileSync, openSync, readFileSync, renameSync, writeSync, closeSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../src/app.js';
import { buildVariant } from '../scripts/lib/dataset-variant.js';
import { buildSeedDatabase, tempDir } from './helpers/db.js';
import { FIXTURE_SEED } from './helpers/paths.js';

interface Answer { status: number; headers: Array<[string, string]>; body: Buffer }

/** One request on a fresh connection; the raw header list as sent, in order. */
function ask(port: number, url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: url, method: options.method ?? 'GET', headers: options.headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = response.rawHeaders;
        const headers: Array<[string, string]> = [];
        for (let i = 0; i < raw.length; i += 2) headers.push([raw[i]!.toLowerCase(), raw[i + 1]!]);
        resolve({ status: response.statusCode!, headers, body: Buffer.concat(chunks) });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/** What must be equal between two answers to one request: all but the time and the request's own id. */
const comparable = (answer: Answer) => ({
  status: answer.status,
  headers: answer.headers.filter(([name]) => name !== 'date' && name !== 'x-request-id'),
  body: answer.body.toString('latin1'),
});

/** The same, header order aside: a computed answer sets the same fields as a replayed one, in another order. */
const unordered = (answer: Answer) => {
  const fields = comparable(answer);
  return { ...fields, headers: fields.headers.sort(([a], [b]) => a.localeCompare(b)) };
};

interface Served { app: FastifyInstance; port: number; seen: number }

/** An app listening on 127.0.0.1 that counts the requests Fastify itself handled. */
async function serve(options: AppOptions): Promise<Served> {
  const app = await buildApp({ ...options, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0, clientCpuBudgetMs: 0, maxInFlightPerClient: 0, ...options.limits } });
  const served: Served = { app, port: 0, seen: 0 };
  app.addHook('onRequest', (_request, _reply, done) => { served.seen += 1; done(); });
  await app.listen({ host: '127.0.0.1', port: 0 });
  served.port = (app.server.address() as AddressInfo).port;
  return served;
}

const QUESTIONS: Array<{ name: string; url: string; method?: string; headers?: Record<string, string> }> = [
  { name: 'JSON list', url: '/v1/people?limit=3' },
  { name: 'JSON, another collection', url: '/v1/sources' },
  { name: 'CSV by format=', url: '/v1/claims?format=csv' },
  { name: 'CSV by Accept', url: '/v1/people', headers: { accept: 'text/csv' } },
  { name: 'NDJSON by Accept', url: '/v1/people', headers: { accept: 'application/x-ndjson' } },
  { name: 'the index', url: '/v1' },
  { name: 'HEAD', url: '/v1/people?limit=3', method: 'HEAD' },
  { name: 'any Origin', url: '/v1/people?limit=3', headers: { origin: 'https://elsewhere.example' } },
];

describe('hits answered in front of the router, CORS for any origin', () => {
  let fast: Served;
  let hooks: Served;
  beforeAll(async () => {
    const dbPath = buildSeedDatabase();
    fast = await serve({ dbPath });
    hooks = await serve({ dbPath, hitPath: false });
  });
  afterAll(async () => { await fast?.app.close(); await hooks?.app.close(); });

  for (const q of QUESTIONS) {
    it(`${q.name}: the same bytes as the hooks' hit and as the first answer, without Fastify`, async () => {
      const first = await ask(fast.port, q.url, q);
      const throughHooks = [await ask(hooks.port, q.url, q), await ask(hooks.port, q.url, q)];
      expect(first.status).toBe(200);
      const before = fast.seen;
      const hit = await ask(fast.port, q.url, q);
      expect(fast.seen, 'Fastify saw the hit').toBe(before);
      expect(comparable(hit)).toEqual(comparable(throughHooks[1]!));
      expect(unordered(hit)).toEqual(unordered(first));
      expect(hit.headers.find(([name]) => name === 'x-request-id')?.[1]).toMatch(/^[\da-f]{8}-[\da-f]{4}-/);
    });
  }

  it('If-None-Match naming the tag: the same 304 as the hooks\', without a body or Content-Type', async () => {
    const url = '/v1/people?limit=2';
    const tag = (await ask(fast.port, url)).headers.find(([name]) => name === 'etag')![1];
    await ask(hooks.port, url);
    for (const ifNoneMatch of [tag, `W/${tag}`, `"other", ${tag}`, '*']) {
      const before = fast.seen;
      const hit = await ask(fast.port, url, { headers: { 'if-none-match': ifNoneMatch } });
      expect(fast.seen).toBe(before);
      expect(hit.status).toBe(304);
      expect(hit.body.length).toBe(0);
      expect(hit.headers.map(([name]) => name)).not.toContain('content-type');
      expect(comparable(hit)).toEqual(comparable(await ask(hooks.port, url, { headers: { 'if-none-match': ifNoneMatch } })));
    }
    const other = await ask(fast.port, url, { headers: { 'if-none-match': '"not-this-one"' } });
    expect(other.status).toBe(200);
  });

  it('hands to Fastify what only the hooks answer: other methods, a missing Host, a query never answered', async () => {
    await ask(fast.port, '/v1/people?limit=4');
    const before = fast.seen;
    const options = await ask(fast.port, '/v1/people?limit=4', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    const post = await ask(fast.port, '/v1/people?limit=4', { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await ask(fast.port, '/v1/people?limit=4&limit=5')).status).toBe(400);
    expect(fast.seen).toBe(before + 3);
  });
});

describe('hits and CORS for a list of origins', () => {
  let fast: Served;
  let hooks: Served;
  beforeAll(async () => {
    const dbPath = buildSeedDatabase();
    const corsOrigins = ['https://a.example', 'https://b.example'];
    fast = await serve({ dbPath, corsOrigins });
    hooks = await serve({ dbPath, corsOrigins, hitPath: false });
  });
  afterAll(async () => { await fast?.app.close(); await hooks?.app.close(); });

  for (const origin of ['https://b.example', 'https://c.example', undefined]) {
    it(`Origin ${origin ?? 'absent'}: Vary, the allowed origin and the exposed headers as @fastify/cors sets them`, async () => {
      const headers = { accept: 'text/csv', ...(origin && { origin }) };
      await ask(fast.port, '/v1/people', { headers });
      await ask(hooks.port, '/v1/people', { headers });
      const before = fast.seen;
      const hit = await ask(fast.port, '/v1/people', { headers });
      expect(fast.seen).toBe(before);
      expect(comparable(hit)).toEqual(comparable(await ask(hooks.port, '/v1/people', { headers })));
      const allowed = hit.headers.find(([name]) => name === 'access-control-allow-origin')?.[1];
      expect(allowed).toBe(origin === 'https://b.example' ? origin : undefined);
      expect(hit.headers.find(([name]) => name === 'vary')?.[1]).toBe('Origin, Accept');
    });
  }
});

describe('a replaced or changed file is never answered from', () => {
  let fast: Served;
  let dbPath: string;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    dbPath = join(dir, 'facts.db');
    buildVariant(dbPath, 'first', FIXTURE_SEED);
    fast = await serve({ dbPath, watchDataset: true, responseCacheBytes: 1024 * 1024 });
  });
  afterAll(async () => { await fast?.app.close(); });

  const versionOf = (answer: Answer) => answer.headers.find(([name]) => name === 'dataset-version')?.[1];

  it('after a new build is renamed in, hits carry the new version and its bytes, never the old ones', async () => {
    const url = '/v1/sources';
    const old = await ask(fast.port, url);
    const oldHit = await ask(fast.port, url);
    expect(unordered(oldHit)).toEqual(unordered(old));
    const staged = join(dir, 'staged.db');
    const hash = buildVariant(staged, 'second', FIXTURE_SEED);
    expect(hash).not.toBe(versionOf(old));
    const switched = new Promise((resolve) => fast.app.dataset.once('switch', resolve));
    renameSync(staged, dbPath);
    await switched;
    const after = await ask(fast.port, url);
    const before = fast.seen;
    const hitAfter = await ask(fast.port, url);
    expect(fast.seen, 'the hit path answered').toBe(before);
    for (const answer of [after, hitAfter]) {
      expect(versionOf(answer)).toBe(hash);
      expect(answer.headers.find(([name]) => name === 'etag')?.[1]).not.toBe(old.headers.find(([name]) => name === 'etag')?.[1]);
    }
    expect(unordered(hitAfter)).toEqual(unordered(after));
  });

  it('the file written over in place, with no directory watch to tell: the next hit is a 503 from the hooks', async () => {
    const served = join(tempDir(), 'facts.db');
    copyFileSync(dbPath, served);
    const unwatched = await serve({ dbPath: served, responseCacheBytes: 1024 * 1024 });
    try {
      const url = '/v1/people?limit=2';
      expect((await ask(unwatched.port, url)).status).toBe(200);
      const before = unwatched.seen;
      expect((await ask(unwatched.port, url)).status).toBe(200);
      expect(unwatched.seen, 'the hit path answered').toBe(before);
      // Same inode, new bytes: only the stat every answer makes can see it.
      const fd = openSync(served, 'r+');
      writeSync(fd, readFileSync(served).subarray(0, 4096), 0, 4096, 0);
      writeSync(fd, Buffer.alloc(16), 0, 16, readFileSync(served).length);
      closeSync(fd);
      const answer = await ask(unwatched.port, url);
      expect(answer.status).toBe(503);
      expect(answer.headers.find(([name]) => name === 'retry-after')?.[1]).toBe('2');
      expect(unwatched.seen).toBe(before + 1);
    } finally {
      await unwatched.app.close();
    }
  });
});

describe('what a hit holds while its client does not read', () => {
  let served: Served;
  let size: number;
  beforeAll(async () => {
    const dbPath = buildSeedDatabase();
    // The document describes the limits: a probe with the same ones tells its size.
    const limits = (maxUnsentBytes: number) => ({ maxUnsentBytes, maxUnsentBytesPerClient: 0, maxInFlightPerConnection: 0 });
    const probe = await serve({ dbPath, limits: limits(2 ** 30) });
    size = (await ask(probe.port, '/openapi.json')).body.length;
    await probe.app.close();
    // Room for one answer and a half: an answer held unsent leaves no room for the next.
    served = await serve({ dbPath, limits: limits(Math.floor(size * 1.5)) });
  });
  afterAll(async () => { await served?.app.close(); });

  it('an answer the kernel did not take whole counts against the unsent-bytes bound until it closes', async () => {
    await ask(served.port, '/openapi.json');
    const bound = Math.floor(size * 1.5);
    // Right after each hit (a listener after the hit path's), whether the kernel left some of it unsent, and if
    // so whether the bound counts it: then less than one answer's room is left.
    const held: boolean[] = [];
    let seen = served.seen;
    served.app.server.on('request', (_req, res: http.ServerResponse) => {
      if (served.seen === seen && (res.socket?.writableLength ?? 0) > 0) held.push(!served.app.unsentBudget.fits('127.0.0.1', bound - size + 1));
      seen = served.seen;
    });
    // One request at a time on a socket that does not read: hits go out whole until the kernel's buffers are
    // full, then one is left partly unsent, and the requests after it wait behind it for the hooks.
    const count = Math.ceil((12 * 2 ** 20) / size) + 4;
    const socket = net.connect(served.port, '127.0.0.1');
    socket.pause();
    await new Promise((resolve) => socket.once('connect', resolve));
    for (let i = 0; i < count; i += 1) {
      socket.write('GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n');
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const statuses = await new Promise<string[]>((resolve) => {
      let received = '';
      const found = () => [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => m[1]!);
      const timer = setTimeout(() => resolve(found()), 20_000);
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('latin1');
        if (found().length === count) { clearTimeout(timer); resolve(found()); }
      });
      socket.resume();
    });
    socket.destroy();
    expect(statuses).toHaveLength(count);
    expect(new Set(statuses)).toEqual(new Set(['200', '503']));
    expect(held.length).toBeGreaterThan(0);
    expect(held).toEqual(held.map(() => true));
    // Once the socket is gone, nothing is held: the whole bound is free, and a reader gets a hit again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(served.app.unsentBudget.fits('127.0.0.1', bound)).toBe(true);
    const after = served.seen;
    expect((await ask(served.port, '/openapi.json')).body.length).toBe(size);
    expect(served.seen).toBe(after);
  });
});

describe('a drain after hits', () => {
  it('closes an idle keep-alive connection that only hits have used, without waiting for its timeout', async () => {
    const served = await serve({ dbPath: buildSeedDatabase() });
    try {
      await ask(served.port, '/v1/people?limit=1');
      const socket = net.connect(served.port, '127.0.0.1');
      const closed = new Promise((resolve) => socket.once('close', resolve));
      const before = served.seen;
      await new Promise<void>((resolve) => {
        socket.once('data', () => resolve());
        socket.write('GET /v1/people?limit=1 HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      expect(served.seen).toBe(before);
      const started = performance.now();
      await served.app.drain(4_000);
      await closed;
      // Well under the 5 s keep-alive timeout and the 4 s grace: drain knew the connection had served.
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      await served.app.close();
    }
  });
});

describe('where every hit goes through the hooks', () => {
  const twice = async (served: Served, url: string) => {
    await ask(served.port, url);
    const before = served.seen;
    expect((await ask(served.port, url)).status).toBe(200);
    return served.seen - before;
  };

  it('with a rate limit, which counts every request', async () => {
    const served = await serve({ dbPath: buildSeedDatabase(), limits: { rateLimitMax: 100 } });
    try {
      expect(await twice(served, '/v1/people?limit=1')).toBe(1);
    } finally {
      await served.app.close();
    }
  });

  it('with requests logged one by one (LOG_LEVEL=info), which the access log then shows', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } }));
    const served = await serve({ dbPath: buildSeedDatabase(), logger });
    try {
      expect(await twice(served, '/v1/people?limit=1')).toBe(1);
      expect(lines.filter((line) => line.includes('request completed'))).toHaveLength(2);
      // Raised to warn while serving: nothing is logged for a 200, and hits skip the hooks.
      logger.level = 'warn';
      expect(await twice(served, '/v1/people?limit=2')).toBe(0);
    } finally {
      await served.app.close();
    }
  });
});
