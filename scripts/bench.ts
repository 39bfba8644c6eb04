// `npm run bench [-- --seed-dir DIR --label NAME --connections 50 --duration 5 --repeats 3]`
// Builds (or reuses) a database, starts the compiled server on 127.0.0.1 pinned to one core, drives it from
// this process pinned to the other with autocannon, and prints requests/s, p50 and p99 (medians of the
// repeats) for a fixed set of questions, then the same for a raw node:http server answering the identical
// bytes of the filtered list, and the ratio ours/raw; then Platformatic's auto-generated API over the same
// rows answering the same question (scripts/lib/platformatic.ts; `--no-peer` skips it), and the ratio
// ours/Platformatic. Figures are also written to bench/out/<label>.json. `--cold-only` prints only start-up,
// the first (cold) answer of each question and the server's RSS, then stops; `--workers N` sets QUERY_WORKERS.
// The first questions are asked once /readyz answers (as a load balancer would send them), or with
// `--before-ready` as soon as /healthz does.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { buildDatabase } from '../src/db/build.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { startServer, waitUntilReady } from './lib/server-process.js';
import { installPlatformatic, peerDatabase, peerField, PLATFORMATIC_VERSION } from './lib/platformatic.js';
import { readOptions } from './lib/options.js';

const { values: args } = readOptions(import.meta.url, {
  options: {
    'seed-dir': { type: 'string' },
    label: { type: 'string', default: 'seed' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '3' },
    rebuild: { type: 'boolean', default: false },
    uncached: { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
    'cold-only': { type: 'boolean', default: false },
    // Ask the first questions as soon as /healthz answers, before /readyz does (the query workers still loading).
    'before-ready': { type: 'boolean', default: false },
    // QUERY_WORKERS for the server; unset, the server's default.
    workers: { type: 'string' },
  },
});
const connections = Number(args.connections);
const duration = Number(args.duration);
const repeats = Number(args.repeats);
const outDir = join(PROJECT_ROOT, 'bench/out');
mkdirSync(outDir, { recursive: true });

// Pin the load generator (this process) and the servers to different cores when there are two or more.
const cores = cpus().length;
const pinned = cores >= 2 && existsSync('/usr/bin/taskset');
if (pinned) execFileSync('taskset', ['-p', '-c', String(cores - 1), String(process.pid)], { stdio: 'ignore' });
const serverCores = pinned ? `0-${cores - 2}` : undefined;

// The database: reused when present (pass --rebuild to rebuild), built from --seed-dir or seed/ otherwise.
const dbPath = join(outDir, `${args.label}.db`);
let build: { ms: number; factRows: number; citations: number; rowsPerSecond: number } | null = null;
if (args.rebuild || !existsSync(dbPath)) {
  const result = buildDatabase({ dbPath, seedDir: args['seed-dir'] });
  build = { ms: Math.round(result.ms), factRows: result.factRows, citations: result.citations, rowsPerSecond: Math.round(result.factRows / (result.ms / 1000)) };
}

// Questions drawn from the database itself, so the same script works at any scale.
const db = new Database(dbPath, { readonly: true });
const one = <T>(sql: string) => db.prepare(sql).pluck().get() as T;
const organization = one<string>('SELECT organization_id FROM deployments GROUP BY organization_id ORDER BY COUNT(*) DESC, organization_id LIMIT 1');
const person = one<string>('SELECT id FROM people ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM people)');
const claims = one<number>('SELECT COUNT(*) FROM claims');
const word = 'police';
// The event with the most deployments, and the offset of the last page of events, for the stats questions.
const busiestEvent = one<string>('SELECT event_id FROM deployments WHERE event_id IS NOT NULL GROUP BY event_id ORDER BY COUNT(*) DESC, event_id LIMIT 1');
const lastStatsPage = Math.max(0, one<number>('SELECT COUNT(DISTINCT event_id) + MAX(event_id IS NULL) FROM deployments') - 50);
db.close();
const deepOffset = Math.max(0, Math.min(500_000, claims - 50));

const questions: Array<{ name: string; path: string; headers?: Record<string, string> }> = [
  { name: 'filtered list', path: `/v1/deployments?organization=${organization}` },
  { name: 'item', path: `/v1/people/${person}` },
  { name: 'q on a collection', path: `/v1/organizations?q=${word}` },
  { name: 'search', path: `/v1/search?q=${word}` },
  { name: 'timeline', path: '/v1/timeline' },
  { name: 'stats', path: '/v1/stats/deployments' },
  { name: 'stats of one event', path: `/v1/stats/deployments?event=${busiestEvent}` },
  { name: `stats at offset ${lastStatsPage}`, path: `/v1/stats/deployments?offset=${lastStatsPage}` },
  { name: 'stats CSV', path: '/v1/stats/deployments?format=csv' },
  { name: 'CSV', path: `/v1/deployments?organization=${organization}&format=csv` },
  { name: 'expand', path: `/v1/deployments?organization=${organization}&expand=organization_id,place_ids,event_id` },
  { name: 'fields', path: `/v1/deployments?organization=${organization}&fields=personnel` },
  { name: 'expand on a page of claims', path: '/v1/claims?expand=subject_id,object_id' },
  { name: 'first page', path: '/v1/claims' },
  { name: `page at offset ${deepOffset}`, path: `/v1/claims?offset=${deepOffset}` },
];

interface Figures { rps: number; p50: number; p99: number; errors: number; non2xx: number }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * autocannon stops at its deadline but requests it already sent keep the server busy; wait until a health
 * check is quick again, so no run is measured behind the previous one's backlog.
 */
async function settle(url: string): Promise<void> {
  const health = new URL('/healthz', url).href;
  for (let i = 0; i < 600; i += 1) {
    const started = performance.now();
    await fetch(health).then((r) => r.arrayBuffer(), () => undefined);
    if (performance.now() - started < 5) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function load(url: string, seconds: number, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  await settle(url);
  return result;
}

async function measure(url: string, headers: Record<string, string> = {}): Promise<Figures> {
  await load(url, 1, headers);
  const runs: Figures[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const r = await load(url, duration, headers);
    runs.push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx });
  }
  return { rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)), errors: runs.reduce((s, r) => s + r.errors, 0), non2xx: runs.reduce((s, r) => s + r.non2xx, 0) };
}

/** The `--cold-only` report: what a first caller of each question waited, on a server just started. */
function printCold(cold: Record<string, number>, rss: number): void {
  console.log(`\n${args.label}: cold answers, QUERY_WORKERS ${args.workers ?? 'default'}, ${args.uncached ? 'response cache off' : 'response cache on'}`);
  console.log(`start to first answer: ${startupMs.toFixed(0)} ms; to ready: ${readyMs === null ? 'not waited for' : `${readyMs.toFixed(0)} ms`}; server RSS after the cold answers: ${rss.toFixed(0)} MB`);
  for (const [name, ms] of Object.entries(cold)) console.log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms`);
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const started = performance.now();
// All load comes from one address: the per-client limits (rate, requests in flight, CPU budget) would answer
// most of it 429 and measure the limits, not the server; they are meant for many clients.
const server = await startServer({
  DATABASE_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', MAX_IN_FLIGHT_PER_CLIENT: '0', CLIENT_CPU_BUDGET_MS: '0',
  ...(args.uncached && { RESPONSE_CACHE_MB: '0' }),
  ...(args.workers !== undefined && { QUERY_WORKERS: args.workers }),
}, { compiled: true, pollMs: 5, cpus: serverCores, timeoutMs: 120_000 });
const startupMs = performance.now() - started;
// Data answers wait for the file's damage checks (a hash of the whole file, in the background) and warm workers.
const readyMs = args['before-ready'] ? null : startupMs + await waitUntilReady(server, { timeoutMs: 120_000 });
const results: Array<{ name: string; path: string } & Figures> = [];
let peakRss = 0;
let filteredBody: Buffer;
let filteredHeaders: Record<string, string>;
/** An uncached answer per question first: what the first caller of each URL waits. */
async function firstAnswers(): Promise<Record<string, number>> {
  const cold: Record<string, number> = {};
  for (const q of questions) {
    const t0 = performance.now();
    const r = await fetch(`${server.base}${q.path}`);
    await r.arrayBuffer();
    cold[q.name] = Math.round((performance.now() - t0) * 100) / 100;
    if (r.status !== 200) throw new Error(`${q.path} answered ${r.status}`);
  }
  return cold;
}

async function measureAll(cold: Record<string, number>): Promise<void> {
  // Warm every route before measuring any, so the JIT has compiled the shared path.
  for (const q of questions) await load(`${server.base}${q.path}`, 2);
  const first = await fetch(`${server.base}${questions[0]!.path}`);
  filteredBody = Buffer.from(await first.arrayBuffer());
  filteredHeaders = { 'content-type': first.headers.get('content-type')! };
  questions.push({ name: '304 revalidation', path: questions[0]!.path, headers: { 'if-none-match': first.headers.get('etag')! } });
  for (const q of questions) {
    const figures = await measure(`${server.base}${q.path}`, q.headers);
    results.push({ name: q.name, path: q.path, ...figures });
    peakRss = Math.max(peakRss, rssMb(server.process.pid!));
    console.error(`  ${q.name}: ${Math.round(figures.rps)} req/s (cold ${cold[q.name] ?? '-'} ms)`);
  }
  for (const r of results) Object.assign(r, { coldMs: cold[r.name] });
}

try {
  const cold = await firstAnswers();
  if (args['cold-only']) printCold(cold, rssMb(server.process.pid!));
  else await measureAll(cold);
} finally {
  server.process.kill('SIGTERM');
  await server.exited;
}
if (args['cold-only']) process.exit(0);

// The raw node:http ceiling, same bytes, same pinning, same load.
const bodyPath = join(outDir, `${args.label}-filtered.body`);
writeFileSync(bodyPath, filteredBody!);
const rawPort = 20_000 + Math.floor(Math.random() * 20_000);
const rawCommand = [process.execPath, '--import', 'tsx', 'scripts/lib/raw-server.ts', bodyPath, JSON.stringify(filteredHeaders!), String(rawPort)];
const rawFigures = await measurePeer(rawCommand, `http://127.0.0.1:${rawPort}/`);

/**
 * Starts a peer server pinned like ours, waits until the URL answers, measures it, stops it. A peer that never
 * answers stops the benchmark with its words, rather than printing 0 req/s as if it had been measured.
 */
async function measurePeer(command: string[], url: string): Promise<Figures> {
  const [program, ...rest] = serverCores ? ['taskset', '-c', serverCores, ...command] : command;
  const peer = spawn(program!, rest, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  peer.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-2000); });
  try {
    let ready = false;
    for (let i = 0; i < 600 && !ready; i += 1) {
      ready = await fetch(url).then((r) => r.ok, () => false);
      if (!ready) await new Promise((r) => setTimeout(r, 50));
    }
    if (!ready) throw new Error(`${command.slice(-4).join(' ')} never answered ${url} within 30 s${stderr ? `:\n${stderr}` : ''}`);
    return await measure(url);
  } finally {
    peer.kill('SIGTERM');
  }
}

// Platformatic over the same deployments rows, the same question; no response cache there either.
let platformatic: Figures | null = null;
if (!args['no-peer']) {
  const peerDb = join(outDir, `${args.label}-platformatic.db`);
  peerDatabase(dbPath, peerDb, 'deployments', 'organization_id');
  const peerPort = 20_000 + Math.floor(Math.random() * 20_000);
  platformatic = await measurePeer([process.execPath, 'scripts/lib/platformatic-peer.mjs', installPlatformatic(), peerDb, String(peerPort)], `http://127.0.0.1:${peerPort}/deployments?where.${peerField('organization_id')}.eq=${organization}`);
}

const ours = results.find((r) => r.name === 'filtered list')!;
const ratio = ours.rps / rawFigures.rps;
const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);
const mode = args.uncached ? 'uncached (response cache off: every request runs its queries)' : 'response cache on';
console.log(`\nEvent Facts API benchmark: ${args.label}, ${mode} (${statSync(dbPath).size >> 20} MB database, ${claims} claims)`);
console.log(`${cores} cores (${cpus()[0]?.model ?? 'unknown'}), ${pinned ? `server on core(s) ${serverCores}, load generator on core ${cores - 1}` : 'not pinned'}; autocannon ${connections} connections, ${duration} s × ${repeats} (median)`);
if (build) console.log(`build: ${build.factRows} fact rows + ${build.citations} citations in ${build.ms} ms = ${build.rowsPerSecond} fact rows/s`);
console.log(`start to first answer (/healthz): ${startupMs.toFixed(0)} ms; to ready (file checked, workers warm): ${readyMs === null ? 'not waited for' : `${readyMs.toFixed(0)} ms`}; peak server RSS during the runs: ${peakRss.toFixed(0)} MB`);
console.log(`\n${'question'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'cold ms'.padStart(8)}  errors/non-2xx`);
for (const r of results) console.log(`${r.name.padEnd(28)} ${fmt(r.rps)} ${fmt(r.p50, 1)} ${fmt(r.p99, 1)} ${String((r as { coldMs?: number }).coldMs ?? '').padStart(8)}  ${r.errors}/${r.non2xx - (r.name === '304 revalidation' ? r.non2xx : 0)}`);
console.log(`${'raw node:http, same bytes'.padEnd(28)} ${fmt(rawFigures.rps)} ${fmt(rawFigures.p50, 1)} ${fmt(rawFigures.p99, 1)}`);
if (platformatic) console.log(`${`Platformatic ${PLATFORMATIC_VERSION}, same rows`.padEnd(28)} ${fmt(platformatic.rps)} ${fmt(platformatic.p50, 1)} ${fmt(platformatic.p99, 1)}           ${platformatic.errors}/${platformatic.non2xx}`);
console.log(`\nratio ours/raw (filtered list): ${ratio.toFixed(2)} req/s, p99 ${(ours.p99 / rawFigures.p99).toFixed(2)}x the raw server's`);
// A peer that answered errors did not answer the question: no ratio then.
const peerRatio = platformatic && platformatic.non2xx === 0 && platformatic.errors === 0 && { rps: ours.rps / platformatic.rps, p99: ours.p99 / platformatic.p99 };
if (platformatic && !peerRatio) console.log(`Platformatic answered ${platformatic.errors} errors and ${platformatic.non2xx} non-2xx: no ratio`);
if (peerRatio) console.log(`ratio ours/Platformatic (filtered list): ${peerRatio.rps.toFixed(2)} req/s, p99 ${peerRatio.p99.toFixed(2)}x Platformatic's`);
writeFileSync(join(outDir, `${args.label}${args.uncached ? '-uncached' : ''}.json`), JSON.stringify({ label: args.label, uncached: args.uncached, connections, duration, repeats, pinned, build, startupMs, readyMs, peakRss, results, raw: rawFigures, ratio, platformatic, peerRatio }, null, 2));
