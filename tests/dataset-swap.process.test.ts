// The real server under load while two new builds land at its DATABASE_PATH: no request fails, each is
// answered by a version that existed when it was sent, only the newest answers once it is switched in,
// and no more than two database files are ever open.
import { readdirSync, readFileSync, readlinkSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../scripts/lib/server-process.js';
import { tempDir } from './helpers/db.js';
import { buildVariant } from '../scripts/lib/dataset-variant.js';
import { FIXTURE_SEED } from './helpers/paths.js';
import { waitUntil } from './helpers/wait.js';

const URLS = ['/v1/people?role=minister', '/v1/search?q=ice', '/v1/timeline', '/v1/claims?format=csv', '/v1/stats/deployments', '/v1/entities/ice', '/v1/protests?from=2026-02-01', '/v1'];
const WORKERS = 8;

interface Sample { sentAt: number; receivedAt: number; status: number; version: string | null; error?: string }

/** Database files the process has open, by what /proc says each descriptor points to. */
const openDatabases = (pid: number, dir: string) => {
  try {
    return readdirSync(`/proc/${pid}/fd`).map((fd) => { try { return readlinkSync(`/proc/${pid}/fd/${fd}`); } catch { return ''; } }).filter((target) => target.startsWith(dir)).length;
  } catch { return 0; }
};
const rssMB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

describe('a live swap in the server process', () => {
  it('answers every request while two builds land, and closes each old file', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'facts.db');
    const v1 = buildVariant(dbPath, 'one', FIXTURE_SEED);
    const staged = ['two', 'three'].map((label) => ({ path: join(dir, `staged-${label}.db`), hash: buildVariant(join(dir, `staged-${label}.db`), label, FIXTURE_SEED) }));
    // Load shedding off: on a busy machine it answers 503 whenever the process is starved of CPU, which
    // says nothing about the swap (its own event-loop cost is the checkMs printed below). Query workers kept
    // from the start: started on demand, the first one loads while this load's misses queue on the main
    // thread, and a queue wait over its bound is a 503 that says nothing about the swap either (the
    // on-demand start has its own tests in query-pool.test.ts).
    const server = await startServer({ DATABASE_PATH: dbPath, LOG_LEVEL: 'info', MAX_EVENT_LOOP_DELAY_MS: '0', QUERY_WORKER_IDLE_S: '0' });
    const pid = server.process.pid!;
    const samples: Sample[] = [];
    let running = true;
    let maxOpen = 0;
    let maxRss = 0;
    const baseRss = rssMB(pid);
    const monitor = setInterval(() => { maxOpen = Math.max(maxOpen, openDatabases(pid, dir)); maxRss = Math.max(maxRss, rssMB(pid)); }, 10);
    const worker = async (n: number) => {
      for (let i = n; running; i += WORKERS) {
        const sentAt = performance.now();
        try {
          const r = await fetch(`${server.base}${URLS[i % URLS.length]}`);
          await r.arrayBuffer();
          samples.push({ sentAt, receivedAt: performance.now(), status: r.status, version: r.headers.get('dataset-version') });
        } catch (error) {
          samples.push({ sentAt, receivedAt: performance.now(), status: 0, version: null, error: (error as Error).message });
        }
      }
    };
    const serving = async (hash: string) => (await (await fetch(`${server.base}/readyz`)).json() as { content_hash: string }).content_hash === hash;
    const waitForVersion = async (hash: string) => {
      await waitUntil(() => serving(hash), `the server switching to ${hash}`, { polls: 1500, everyMs: 20 });
      return performance.now();
    };
    try {
      // The load is measured in requests, not time: a number answered before the first swap, and after
      // each switch a number sent after it, however slow the machine is.
      const load = Promise.all(Array.from({ length: WORKERS }, (_, n) => worker(n)));
      await waitUntil(() => samples.length >= 40, 'answers before the first swap');
      const landed: number[] = [];
      const switched: number[] = [];
      for (const build of staged) {
        landed.push(performance.now());
        renameSync(build.path, dbPath);
        const at = await waitForVersion(build.hash);
        switched.push(at);
        await waitUntil(() => samples.filter((s) => s.sentAt > at).length > 20, `answers to requests sent after the switch to ${build.hash}`);
      }
      running = false;
      await load;
      clearInterval(monitor);

      const failed = samples.filter((s) => s.status !== 200);
      expect(failed.slice(0, 5)).toEqual([]);
      const [v2, v3] = staged.map((b) => b.hash);
      // A version answers only once its file has landed, and a request sent after the server reported a
      // version (on /readyz) is answered by that version or a newer one.
      for (const s of samples) {
        expect([v1, v2, v3]).toContain(s.version);
        if (s.version === v2) expect(s.receivedAt).toBeGreaterThan(landed[0]!);
        if (s.version === v3) expect(s.receivedAt).toBeGreaterThan(landed[1]!);
        if (s.sentAt > switched[0]!) expect(s.version).not.toBe(v1);
        if (s.sentAt > switched[1]!) expect(s.version).toBe(v3);
      }
      expect(maxOpen).toBeLessThanOrEqual(2);
      const swapLog = () => server.output().split('\n').filter((l) => l.includes('dataset switched') || l.includes('old dataset closed')).map((l) => JSON.parse(l) as Record<string, unknown>);
      await waitUntil(() => swapLog().filter((l) => l.msg === 'old dataset closed').length >= 2, 'both old datasets closed');
      expect(openDatabases(pid, dir)).toBe(1);
      const log = swapLog();
      expect(log.filter((l) => l.msg === 'old dataset closed')).toHaveLength(2);
      console.log(`live swap: ${samples.length} requests, ${failed.length} failed; switch (open + checks) ${log.filter((l) => l.checkMs !== undefined).map((l) => `${l.checkMs} ms`).join(', ')}; landed→serving ${switched.map((t, i) => `${Math.round(t - landed[i]!)} ms`).join(', ')}; old closed after ${log.filter((l) => l.closedAfterMs !== undefined).map((l) => `${l.closedAfterMs} ms`).join(', ')}; RSS ${baseRss.toFixed(0)} → max ${maxRss.toFixed(0)} MB; at most ${maxOpen} database files open`);
    } finally {
      running = false;
      clearInterval(monitor);
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });
});
