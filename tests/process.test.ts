import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expectedMigration } from '../src/lib/paths.js';
import { buildSeedDatabase, copySeed, tempDir } from './helpers/db.js';
import { FIXTURE_SEED } from './helpers/paths.js';
import { runToExit, startServer } from '../scripts/lib/server-process.js';

const fingerprint = (path: string) => ({ sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs, size: statSync(path).size });

function get(base: string, path: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(`${base}${path}`, { agent }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); }).on('error', reject);
  });
}

describe('starting the server process', () => {
  it('builds a missing database from its seed and serves it', async () => {
    const dbPath = join(tempDir(), 'nested', 'facts.db');
    const server = await startServer({ DATABASE_PATH: dbPath, SEED_DIR: FIXTURE_SEED });
    try {
      expect(existsSync(dbPath)).toBe(true);
      const index = await (await fetch(`${server.base}/v1`)).json() as { data: { collections: Array<{ name: string; count: number }> } };
      expect(index.data.collections.find((c) => c.name === 'organizations')!.count).toBe(19);
      expect(server.output()).toContain('database built');
    } finally {
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });

  it('exits non-zero with the file, fact and quote when the seed is broken, serving nothing', async () => {
    const seed = copySeed();
    const file = join(seed, 'facts/measures.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('The strategy also features drone surveillance', 'The strategy also features drone patrols'));
    const dbPath = join(tempDir(), 'facts.db');
    const result = await runToExit({ DATABASE_PATH: dbPath, SEED_DIR: seed });
    expect(result.code).toBe(1);
    expect(result.output).toContain('facts/measures.yaml fact \\"drone-surveillance\\": quote not found in source \\"ice-role-public-backlash\\": \\"The strategy also features drone patrols\\"');
    expect(result.output).not.toContain('Server listening');
    expect(existsSync(dbPath)).toBe(false);
  });

  it('refuses a corrupt database file', async () => {
    const dbPath = join(tempDir(), 'facts.db');
    writeFileSync(dbPath, 'this is not a database'.repeat(100));
    const result = await runToExit({ DATABASE_PATH: dbPath });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/cannot start: Database .*facts\.db is unusable: file is not a database/);
    expect(result.output).not.toContain('Server listening');
  });

  it('refuses a database at an unexpected migration', async () => {
    const dbPath = buildSeedDatabase();
    const db = new Database(dbPath);
    db.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT MAX(created_at) FROM __drizzle_migrations)').run();
    db.close();
    const result = await runToExit({ DATABASE_PATH: dbPath });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`, expected ${expectedMigration().createdAt} (${expectedMigration().tag}); rebuild it with npm run db:build`);
    expect(result.output).toMatch(/is at migration \d+, expected/);
  });

  it('refuses a bad configuration value, naming the variable', async () => {
    const result = await runToExit({ DATABASE_PATH: buildSeedDatabase(), RATE_LIMIT_MAX: 'lots' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('RATE_LIMIT_MAX must be a whole number, got \\"lots\\"');
  });
});

describe('while serving', () => {
  it('never writes to the database: same bytes and mtime after a burst, and no side files', async () => {
    const dbPath = buildSeedDatabase();
    const before = fingerprint(dbPath);
    const server = await startServer({ DATABASE_PATH: dbPath });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    try {
      const paths = ['/v1/people?role=minister', '/v1/search?q=ice', '/v1/timeline', '/v1/claims?format=csv', '/v1/stats/deployments', '/v1/entities/ice', '/readyz', '/v1/protests?from=2026-02-01'];
      const statuses = await Promise.all(Array.from({ length: 25 * paths.length }, (_, i) => get(server.base, paths[i % paths.length]!, agent)));
      expect(new Set(statuses)).toEqual(new Set([200]));
      expect(readdirSync(dirname(dbPath))).toEqual(['facts.db']);
    } finally {
      agent.destroy();
      server.process.kill('SIGTERM');
      await server.exited;
    }
    expect(fingerprint(dbPath)).toEqual(before);
    expect(readdirSync(dirname(dbPath))).toEqual(['facts.db']);
  });

  it('on SIGTERM during a burst completes every accepted request, refuses new connections and exits 0', async () => {
    const dbPath = join(tempDir(), 'facts.db');
    copyFileSync(buildSeedDatabase(), dbPath);
    const server = await startServer({ DATABASE_PATH: dbPath });
    const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    let firstAnswered!: () => void;
    let answeredBeforeSignal = 0;
    const answered = new Promise<void>((resolve) => { firstAnswered = resolve; });
    let connected = 0;
    let allConnected!: () => void;
    const established = new Promise<void>((resolve) => { allConnected = resolve; });
    // Enough requests that some are still queued when the signal comes, few enough to drain well within the
    // server's shutdown timeout on a loaded machine.
    const total = 60;
    // Every request's connection is established (so accepted by the server's kernel) before the signal.
    const burst = Array.from({ length: total }, () => new Promise<number | string>((resolve) => {
      const req = http.get(`${server.base}/v1/claims?limit=500&format=csv`, { agent }, (res) => {
        res.resume();
        res.on('end', () => { answeredBeforeSignal += 1; firstAnswered(); resolve(res.statusCode!); });
      });
      req.on('socket', (socket) => socket.on('connect', () => { connected += 1; if (connected === total) allConnected(); }));
      req.on('error', (error) => resolve(error.message));
    }));
    await Promise.all([answered, established]);
    const signalledAt = Date.now();
    server.process.kill('SIGTERM');
    const inFlightAtSignal = burst.length - answeredBeforeSignal;
    const statuses = await Promise.all(burst);
    expect(inFlightAtSignal).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const code = await server.exited;
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
    expect(server.output()).toContain('shutting down: draining in-flight requests');
  });
});
