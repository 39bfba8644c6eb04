// Live dataset swap inside one app: a new build renamed onto the database path is switched in, and files
// that fail the checks are refused while the current version keeps serving.
import { copyFileSync, mkdirSync, renameSync, rmSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { SwitchEvent } from '../src/db/dataset.js';
import { expectedMigration } from '../src/lib/paths.js';
import { tempDir } from './helpers/db.js';
import { damageIndexPage } from './helpers/damage.js';
import { buildVariant } from '../scripts/lib/dataset-variant.js';
import { FIXTURE_SEED } from './helpers/paths.js';

let app: FastifyInstance;
let dir: string;
let dbPath: string;
const logLines: string[] = [];
const versions: string[] = [];

/** Builds a new version beside the served file; land() renames it in, as `npm run db:build` does. */
function stage(label: string) {
  const path = join(dir, `staged-${label}.db`);
  const hash = buildVariant(path, label, FIXTURE_SEED);
  return { path, hash, land: () => renameSync(path, dbPath) };
}

function nextEvent(name: 'switch'): Promise<SwitchEvent>;
function nextEvent(name: 'refuse'): Promise<{ path: string; reason: string }>;
function nextEvent(name: 'switch' | 'refuse'): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within 20 s`)), 20_000);
    (app.dataset as unknown as NodeJS.EventEmitter).once(name, (event: unknown) => { clearTimeout(timer); resolve(event); });
  });
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const r = await app.inject({ method: 'GET', url, headers });
  return { status: r.statusCode, headers: r.headers, json: r.body ? JSON.parse(r.body) : undefined };
};

beforeAll(async () => {
  dir = tempDir();
  dbPath = join(dir, 'facts.db');
  versions.push(buildVariant(dbPath, 'one', FIXTURE_SEED));
  const sink = new Writable({ write(chunk, _encoding, done) { logLines.push(String(chunk)); done(); } });
  app = await buildApp({ dbPath, logger: pino(sink), watchDataset: true, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
});
afterAll(async () => { await app?.close(); });

describe('switching to a new build while serving', () => {
  it('serves the new version at once, with no stale 304 or cached answer, and closes the old file', async () => {
    const before = await get('/v1/people?role=minister');
    expect(before.headers['dataset-version']).toBe(versions[0]);
    // A second request is a response-cache hit: it must not survive the switch.
    expect((await get('/v1/people?role=minister')).headers.etag).toBe(before.headers.etag);
    const old = app.store;

    const next = stage('two');
    const switched = nextEvent('switch');
    next.land();
    expect(await switched).toMatchObject({ from: versions[0], to: next.hash, path: dbPath });
    versions.push(next.hash);

    const after = await get('/v1/people?role=minister', { 'if-none-match': before.headers.etag as string });
    expect(after.status).toBe(200);
    expect(after.headers['dataset-version']).toBe(next.hash);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // Same rows in both builds: only the version differs, and the ETag follows it.
    expect(after.json).toEqual(before.json);
    expect((await get('/v1/people?role=minister', { 'if-none-match': after.headers.etag as string })).status).toBe(304);
    expect((await get('/v1')).json.data.dataset.content_hash).toBe(next.hash);
    expect((await get('/readyz')).json).toMatchObject({ status: 'ready', content_hash: next.hash });
    // Routes that keep prepared statements per store answer from the new one.
    for (const url of ['/v1/search?q=carabinieri', '/v1/timeline?from=2026-02-01', '/v1/stats/deployments', '/v1/entities/ice']) {
      const r = await get(url);
      expect([r.status, r.headers['dataset-version']], url).toEqual([200, next.hash]);
    }
    expect(old.sqlite.open).toBe(false);
    expect(logLines.join('')).toContain(`"msg":"dataset switched to ${next.hash}"`);
  });

  it('lets a request that started on the old version finish there, then closes it', async () => {
    const pinned = app.dataset.pin();
    const next = stage('three');
    const switched = nextEvent('switch');
    next.land();
    await switched;
    versions.push(next.hash);
    expect(app.store.info.content_hash).toBe(next.hash);
    // The old store still answers the request that holds it.
    expect(pinned.sqlite.prepare('SELECT count(*) AS n FROM people').get()).toMatchObject({ n: expect.any(Number) });
    app.dataset.release(pinned);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pinned.sqlite.open).toBe(false);
  });
});

describe('refusing a new file that fails the checks', () => {
  const served = () => versions.at(-1)!;
  const good = () => join(dir, 'good.db');

  beforeAll(() => copyFileSync(dbPath, good()));

  const cases: Array<[string, (path: string) => void, RegExp]> = [
    ['a truncated file', (path) => truncateSync(path, Math.floor(statSync(path).size / 3)), /facts\.db is (unusable|damaged)/],
    ['a file with a damaged index page', (path) => { damageIndexPage(path, 'events_range_start_idx'); }, /facts\.db is damaged: quick_check/],
    ['a file at a newer, unknown migration', (path) => {
      const db = new Database(path);
      db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', expectedMigration().createdAt + 1);
      db.close();
    }, /facts\.db is at migration \d+, expected \d+/],
    ['a file that is not a database', (path) => writeFileSync(path, 'not a database'.repeat(500)), /facts\.db is unusable: file is not a database/],
  ];

  for (const [label, spoil, reason] of cases) {
    it(`refuses ${label}, logs path and reason, and keeps serving the current version`, async () => {
      const candidate = join(dir, 'candidate.db');
      copyFileSync(good(), candidate);
      spoil(candidate);
      const refused = nextEvent('refuse');
      renameSync(candidate, dbPath);
      const event = await refused;
      expect(event.path).toBe(dbPath);
      expect(event.reason).toMatch(reason);
      expect(logLines.at(-1)).toContain(`"path":"${dbPath}"`);
      expect(logLines.at(-1)).toMatch(/dataset refused/);
      const ready = await get('/readyz');
      expect([ready.status, ready.json.content_hash]).toEqual([200, served()]);
      const data = await get('/v1/timeline');
      expect([data.status, data.headers['dataset-version']]).toEqual([200, served()]);
    });
  }

  it('refuses a directory put in the file\'s place, then takes a good build landed after it', async () => {
    rmSync(dbPath);
    const refused = nextEvent('refuse');
    mkdirSync(dbPath);
    expect((await refused).reason).toBe(`${dbPath} is not a regular file`);
    expect((await get('/readyz')).status).toBe(200);
    expect((await get('/v1/people')).headers['dataset-version']).toBe(served());

    rmSync(dbPath, { recursive: true });
    const next = stage('four');
    const switched = nextEvent('switch');
    next.land();
    expect((await switched).to).toBe(next.hash);
    versions.push(next.hash);
    expect((await get('/v1/people')).headers['dataset-version']).toBe(next.hash);
  });

  it('reloads on request (SIGHUP in the server) and leaves an unchanged file alone', async () => {
    let events = 0;
    const count = () => { events += 1; };
    app.dataset.on('switch', count).on('refuse', count);
    await app.dataset.reload('test');
    app.dataset.off('switch', count).off('refuse', count);
    expect(events).toBe(0);
    expect(app.store.info.content_hash).toBe(served());
  });
});
