// `npm run load`: the real server under load on 127.0.0.1 (autocannon, 100 connections, 30 s after a 5 s
// warm-up) over a mix of routes. Fails unless there are zero errors and zero non-2xx responses and the
// server's RSS over the last 5 s is within 20% of its RSS over the first 5 s after warm-up (averages: RSS
// follows a GC sawtooth, so single samples say little). LOAD_SECONDS / LOAD_CONNECTIONS override.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildDatabase } from '../src/db/build.js';
import { startServer } from './lib/server-process.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const PATHS = [
  '/v1/deployments?organization=carabinieri', '/v1/people/matteo-piantedosi', '/v1/organizations?q=police',
  '/v1/search?q=ice', '/v1/timeline', '/v1/stats/deployments', '/v1/claims?format=csv', '/v1/protests?from=2026-02-01',
];

const rssBytes = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function run(url: string, duration: number) {
  return autocannon({ url, connections, duration, requests: PATHS.map((path) => ({ method: 'GET', path })) });
}

const dbPath = join(mkdtempSync(join(tmpdir(), 'event-facts-load-')), 'facts.db');
buildDatabase({ dbPath });
const server = await startServer({ DATABASE_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0' }, { compiled: true });
try {
  const pid = server.process.pid!;
  await run(server.base, 5);
  const samples: number[] = [rssBytes(pid)];
  const sampler = setInterval(() => samples.push(rssBytes(pid)), 1000);
  const result = await run(server.base, seconds);
  clearInterval(sampler);
  samples.push(rssBytes(pid));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const startRss = mean(samples.slice(0, 5));
  const endRss = mean(samples.slice(-5));
  const growth = (endRss - startRss) / startRss;
  console.log(`load: ${connections} connections, ${seconds} s, ${PATHS.length} routes`);
  console.log(`requests: ${result.requests.total} (${Math.round(result.requests.average)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`);
  console.log(`rss samples (MB, every 5 s): ${samples.filter((_, i) => i % 5 === 4).map(mb).join(' ')}`);
  console.log(`rss: ${mb(startRss)} MB over the first 5 s, ${mb(endRss)} MB over the last 5 s (${(growth * 100).toFixed(1)}%), max ${mb(Math.max(...samples))} MB`);
  const failures = [
    result.errors + result.timeouts > 0 && 'errors or timeouts',
    result.non2xx > 0 && 'non-2xx responses',
    Math.abs(growth) > 0.2 && 'RSS moved by more than 20%',
  ].filter(Boolean);
  if (failures.length) {
    console.error(`load test failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log('load test passed');
  }
} finally {
  server.process.kill('SIGTERM');
  await server.exited;
}
