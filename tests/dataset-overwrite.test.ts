// The served file written over in place (`cp new.db facts.db`: same inode, new bytes) or reached through a
// symlink that is swapped: the server notices without SIGHUP, and until the new file is checked and switched
// in it answers 503 with Retry-After: never a 500, never the new file's rows under the old version.
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, renameSync, statSync, symlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { tempDir } from './helpers/db.js';

const URLS = ['/v1/sources', '/v1/people', '/v1/search?q=report', '/v1/timeline', '/v1/claims?format=csv', '/v1'];

/** A small synthetic build: the article count tells the versions apart in every answer. */
function build(dir: string, articles: number): { path: string; hash: string } {
  const corpus = join(dir, `corpus-${articles}`);
  writeSyntheticCorpus({ articles, seed: articles, out: corpus });
  const path = join(dir, `build-${articles}.db`);
  return { path, hash: buildDatabase({ dbPath: path, seedDir: corpus }).contentHash };
}

function nextEvent(app: FastifyInstance, name: 'switch' | 'refuse'): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within 20 s`)), 20_000);
    (app.dataset as unknown as NodeJS.EventEmitter).once(name, (event: unknown) => { clearTimeout(timer); resolve(event); });
  });
}

let dir: string;
let a: { path: string; hash: string };
let b: { path: string; hash: string };
let garbage: string;

beforeAll(() => {
  dir = tempDir();
  a = build(dir, 6);
  b = build(dir, 9);
  garbage = join(dir, 'garbage.db');
  copyFileSync(a.path, garbage);
  const fd = openSync(garbage, 'r+');
  writeSync(fd, Buffer.alloc(4096, 7), 0, 4096, 8192);
  closeSync(fd);
});

describe('a file written over in place', () => {
  let app: FastifyInstance;
  let dbPath: string;
  const get = async (url: string) => {
    const r = await app.inject({ url });
    return { status: r.statusCode, headers: r.headers, body: r.body };
  };

  beforeAll(async () => {
    dbPath = join(tempDir(), 'facts.db');
    copyFileSync(a.path, dbPath);
    app = await buildApp({ dbPath, watchDataset: true, responseCacheBytes: 1024 * 1024, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
  });
  afterAll(async () => { await app?.close(); });

  it('answers 503 with Retry-After while the copy lands, never a 500 or B rows under A, then switches to B', async () => {
    const before = new Map<string, string>();
    for (const url of URLS) {
      const r = await get(url);
      expect([r.status, r.headers['dataset-version']], url).toEqual([200, a.hash]);
      before.set(url, r.body);
      await get(url); // now in the response cache too
    }
    const inode = statSync(dbPath).ino;
    const pinned = app.dataset.pin();
    const bytes = readFileSync(b.path);
    const chunk = Math.ceil(bytes.length / 6);
    const fd = openSync(dbPath, 'w');
    const seen: number[] = [];
    for (let offset = 0; offset < bytes.length; offset += chunk) {
      writeSync(fd, bytes, offset, Math.min(chunk, bytes.length - offset), offset);
      for (const url of [...URLS, '/readyz', '/healthz']) {
        const r = await get(url);
        seen.push(r.status);
        if (url === '/healthz') { expect(r.status).toBe(200); continue; }
        expect(r.status, url).toBe(503);
        expect(r.headers['retry-after'], url).toBeDefined();
        expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(r.headers.etag).toBeUndefined();
      }
    }
    expect(statSync(dbPath).ino).toBe(inode);
    expect(app.dataset.intact(pinned)).toBe(false);
    app.dataset.release(pinned);
    const switched = nextEvent(app, 'switch');
    closeSync(fd);
    await switched;
    for (const url of URLS) {
      const r = await get(url);
      expect([r.status, r.headers['dataset-version']], url).toEqual([200, b.hash]);
      expect(r.body, url).not.toBe(before.get(url));
    }
    expect(seen.every((status) => status === 200 || status === 503)).toBe(true);
  });

  it('a broken file copied in place is refused and answered 503 (not ready), until a good build is renamed in', async () => {
    const refused = nextEvent(app, 'refuse');
    copyFileSync(garbage, dbPath);
    await refused;
    expect((await get('/readyz')).status).toBe(503);
    const r = await get('/v1/people');
    expect([r.status, r.headers['retry-after'] !== undefined]).toEqual([503, true]);
    const staged = join(dir, 'staged-a.db');
    copyFileSync(a.path, staged);
    const switched = nextEvent(app, 'switch');
    renameSync(staged, dbPath);
    await switched;
    expect([(await get('/v1/people')).status, (await get('/v1/people')).headers['dataset-version']]).toEqual([200, a.hash]);
  });

  it('a store whose file was renamed away stays intact for the requests that hold it', async () => {
    const pinned = app.dataset.pin();
    const staged = join(dir, 'staged-b.db');
    copyFileSync(b.path, staged);
    const switched = nextEvent(app, 'switch');
    renameSync(staged, dbPath);
    await switched;
    expect(app.dataset.intact(pinned)).toBe(true);
    app.dataset.release(pinned);
  });
});

describe('a symlinked DATABASE_PATH whose target is swapped (Kubernetes ConfigMap style)', () => {
  it('switches to the new target without SIGHUP', async () => {
    const root = tempDir();
    for (const [version, from] of [['..v1', a.path], ['..v2', b.path]] as const) {
      mkdirSync(join(root, version));
      copyFileSync(from, join(root, version, 'facts.db'));
    }
    symlinkSync('..v1', join(root, '..data'));
    symlinkSync(join('..data', 'facts.db'), join(root, 'facts.db'));
    const app = await buildApp({ dbPath: join(root, 'facts.db'), watchDataset: true, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
    try {
      expect((await app.inject({ url: '/v1/people' })).headers['dataset-version']).toBe(a.hash);
      const switched = nextEvent(app, 'switch');
      symlinkSync('..v2', join(root, '..data_tmp'));
      renameSync(join(root, '..data_tmp'), join(root, '..data'));
      await switched;
      expect((await app.inject({ url: '/v1/people' })).headers['dataset-version']).toBe(b.hash);
    } finally {
      await app.close();
    }
  });
});
