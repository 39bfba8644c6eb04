// `npm run bench:memory [-- --variants 'default;QUERY_WORKERS=1;node=--max-semi-space-size=1' --rounds 2 --seconds 5 --settle 70 --db FILE]`
// What the server holds in memory while it serves, and what a setting that lowers it costs in throughput.
// Each variant (a list of environment settings; `default` is none) is started as `npm start` runs the server,
// pinned to core 0, over the same database (the seed's, built once into bench/out/, or --db). Per start:
// RSS when /readyz answers; after a bounded warm-up (every question below asked 3 times, 4 at once); then
// under load from this process on the other core (autocannon, 50 connections, --seconds) of questions nobody
// asked before (each URL distinct, so each a cache miss that runs its queries, most on a query worker): peak
// RSS, requests/s, p99 and the server's CPU per request (utime + stime of all its threads, from /proc);
// with --settle, RSS again after that many seconds without requests (query workers started on demand stop
// after QUERY_WORKER_IDLE_S idle), with the threads the process has then. The
// variants take turns, --rounds times; medians are printed, and each variant's figures as a share of the
// first's, with the load average (a shared machine moves absolute figures, less so the ratios in one run).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { buildDatabase } from '../src/db/build.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { startServer, waitUntilReady, type RunningServer } from './lib/server-process.js';
import { readOptions } from './lib/options.js';

const { values: args } = readOptions(import.meta.url, {
  options: {
    variants: { type: 'string', default: 'default;QUERY_WORKERS=1;QUERY_WORKERS=0' },
    rounds: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '5' },
    settle: { type: 'string', default: '0' },
    db: { type: 'string' },
  },
});
const rounds = Number(args.rounds);
const seconds = Number(args.seconds);
const settleMs = Number(args.settle) * 1000;
const CONNECTIONS = 50;
const WARM_REPEATS = 3;
const WARM_AT_ONCE = 4;
const SAMPLE_MS = 20;

const outDir = join(PROJECT_ROOT, 'bench/out');
mkdirSync(outDir, { recursive: true });
const dbPath = args.db ?? join(outDir, 'memory-seed.db');
if (!existsSync(dbPath)) buildDatabase({ dbPath });

const cores = cpus().length;
const pinned = cores >= 2 && existsSync('/usr/bin/taskset');
if (pinned) execFileSync('taskset', ['-p', '-c', String(cores - 1), String(process.pid)], { stdio: 'ignore' });

// Questions drawn from the database, so the script works at any size.
const db = new Database(dbPath, { readonly: true });
const one = <T>(sql: string) => db.prepare(sql).pluck().get() as T;
const organization = one<string>('SELECT organization_id FROM deployments GROUP BY organization_id ORDER BY COUNT(*) DESC, organization_id LIMIT 1');
const person = one<string>('SELECT id FROM people ORDER BY id LIMIT 1');
const event = one<string>('SELECT id FROM events ORDER BY id LIMIT 1');
db.close();
const WARM_URLS = [
  `/v1/deployments?organization=${organization}`, '/v1/search?q=police', '/v1/search?q=minister', `/v1/people/${person}`,
  '/v1/timeline', '/v1/claims?limit=500', '/v1/claims?limit=500&format=csv&expand=subject_id,object_id',
  `/v1/stats/deployments?event=${event}`, '/v1/stats/deployments', '/v1/organizations?q=police',
  `/v1/deployments?organization=${organization}&expand=organization_id,place_ids,event_id`, '/v1/claims?format=ndjson',
  `/v1/entities/${person}`, '/v1', '/openapi.json', '/docs/static/swagger-ui-bundle.js',
];
/** Uncached questions: the n-th request of the load asks a URL no request before it asked. */
const MISS_TEMPLATES = [
  (n: number) => `/v1/search?q=police&limit=${1 + (n % 50)}&offset=${Math.floor(n / 50)}`,
  (n: number) => `/v1/timeline?limit=${1 + (n % 50)}&offset=${Math.floor(n / 50)}`,
  (n: number) => `/v1/claims?expand=subject_id,object_id&limit=${1 + (n % 50)}&offset=${Math.floor(n / 50)}`,
  (n: number) => `/v1/deployments?organization=${organization}&format=csv&limit=${1 + (n % 50)}&offset=${Math.floor(n / 50)}`,
  (n: number) => `/v1/deployments?organization=${organization}&limit=${1 + (n % 50)}&offset=${Math.floor(n / 50)}`,
];

const status = (pid: number) => readFileSync(`/proc/${pid}/status`, 'utf8');
const kB = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text)?.[1] ?? NaN);
const rssMb = (pid: number) => kB(status(pid), 'VmRSS') / 1024;
const threadCount = (pid: number) => Number(/^Threads:\s+(\d+)$/m.exec(status(pid))?.[1] ?? NaN);
/** utime + stime of every thread of a process, in ms (Linux clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** Samples a process's RSS and thread count every SAMPLE_MS until stopped; returns the peak of each. */
function peakSampler(pid: number): () => { mb: number; threads: number } {
  let mb = 0;
  let threads = 0;
  const sample = () => {
    mb = Math.max(mb, rssMb(pid));
    threads = Math.max(threads, threadCount(pid));
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return () => {
    clearInterval(timer);
    sample();
    return { mb, threads };
  };
}

async function warmUp(server: RunningServer): Promise<void> {
  for (const url of WARM_URLS) {
    for (let i = 0; i < WARM_REPEATS; i += 1) {
      const answers = await Promise.all(Array.from({ length: WARM_AT_ONCE }, () => fetch(`${server.base}${url}`).then(async (r) => { await r.arrayBuffer(); return r.status; })));
      if (answers.some((code) => code !== 200)) throw new Error(`${url} answered ${answers.join(', ')}`);
    }
  }
}

interface Load { rps: number; p99: number; cpuUs: number; bad: number }
interface Figures {
  readyMb: number; warmMb: number; peakMb: number; peakThreads: number; afterMb: number; settledMb: number; settledThreads: number; cached: Load; uncached: Load;
}

/** `seconds` of load at CONNECTIONS connections, each request's path from `pathOf` (undefined: the base URL). */
async function loadOf(server: RunningServer, url: string, pathOf?: () => string): Promise<Load> {
  const pid = server.process.pid!;
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url, connections: CONNECTIONS, duration: seconds,
    ...(pathOf && { requests: [{ setupRequest: (request) => ({ ...request, path: pathOf() }) }] }),
  });
  return { rps: result.requests.average, p99: result.latency.p99, cpuUs: ((cpuMs(pid) - cpuBefore) * 1000) / result.requests.total, bad: result.non2xx + result.errors };
}

/** Questions nobody asked before: each request a URL no request before it asked. */
function uncachedLoad(server: RunningServer): Promise<Load> {
  let n = 0;
  return loadOf(server, server.base, () => MISS_TEMPLATES[n % MISS_TEMPLATES.length]!(Math.floor(n++ / MISS_TEMPLATES.length)));
}

/** A variant: environment settings, and node options (`node=--flag`) added to the start command's. */
interface Variant { label: string; env: Record<string, string>; nodeFlags: string[] }

async function measure({ env, nodeFlags }: Variant): Promise<Figures> {
  const server = await startServer({
    DATABASE_PATH: dbPath, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', MAX_IN_FLIGHT_PER_CLIENT: '0', CLIENT_CPU_BUDGET_MS: '0', ...env,
  }, { compiled: true, nodeFlags, pollMs: 10, cpus: pinned ? '0' : undefined, timeoutMs: 120_000 });
  try {
    await waitUntilReady(server, { timeoutMs: 120_000 });
    const pid = server.process.pid!;
    const readyMb = rssMb(pid);
    await warmUp(server);
    const warmMb = rssMb(pid);
    const peak = peakSampler(pid);
    // The same question repeated: answered from the response cache.
    const cached = await loadOf(server, `${server.base}${WARM_URLS[0]}`);
    const uncached = await uncachedLoad(server);
    const { mb: peakMb, threads: peakThreads } = peak();
    const afterMb = rssMb(pid);
    if (settleMs) await new Promise((resolve) => setTimeout(resolve, settleMs));
    return { readyMb, warmMb, peakMb, peakThreads, afterMb, settledMb: rssMb(pid), settledThreads: threadCount(pid), cached, uncached };
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
  }
}

const variants: Variant[] = args.variants.split(';').map((text) => {
  const settings = text.trim() === 'default' ? [] : text.split(',').map((setting) => {
    const at = setting.indexOf('=');
    return [setting.slice(0, at).trim(), setting.slice(at + 1).trim()] as const;
  });
  return {
    label: text.trim(),
    env: Object.fromEntries(settings.filter(([name]) => name !== 'node')),
    nodeFlags: settings.filter(([name]) => name === 'node').map(([, flag]) => flag),
  };
});
const runs = new Map(variants.map((variant) => [variant.label, [] as Figures[]]));
const loads: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  for (const variant of variants) {
    loads.push(loadavg()[0]!);
    const figures = await measure(variant);
    runs.get(variant.label)!.push(figures);
    console.error(`round ${round + 1} ${variant.label}: ${JSON.stringify(figures, (_, value: unknown) => (typeof value === 'number' ? Math.round(value) : value))}`);
  }
}
loads.push(loadavg()[0]!);

/** The median of each figure over a variant's rounds (the upper of two). */
function medians(list: Figures[]) {
  const median = (pick: (f: Figures) => number) => list.map(pick).sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const load = (which: 'cached' | 'uncached'): Load => ({ rps: median((f) => f[which].rps), p99: median((f) => f[which].p99), cpuUs: median((f) => f[which].cpuUs), bad: median((f) => f[which].bad) });
  return {
    readyMb: median((f) => f.readyMb), warmMb: median((f) => f.warmMb), peakMb: median((f) => f.peakMb), afterMb: median((f) => f.afterMb),
    peakThreads: median((f) => f.peakThreads), settledMb: median((f) => f.settledMb), settledThreads: median((f) => f.settledThreads),
    cached: load('cached'), uncached: load('uncached'),
  };
}
const table = variants.map((variant) => ({ label: variant.label, ...medians(runs.get(variant.label)!) }));
const first = table[0]!;
const cell = (value: number) => value.toFixed(0).padStart(8);
const loadCells = (load: Load, base: Load) => `${cell(load.rps)} ${cell(load.p99)} ${cell(load.cpuUs)} ${String(load.bad).padStart(4)} ${(load.cpuUs / base.cpuUs).toFixed(2).padStart(6)}`;
console.log(`\nServer memory and throughput: ${dbPath}, median of ${rounds} rounds, ${pinned ? `server on core 0, load on core ${cores - 1}` : 'not pinned'}, ${CONNECTIONS} connections × ${seconds} s, settled ${settleMs / 1000} s; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
console.log(`${''.padEnd(40)} ${'RSS MB (peak, settled: with the process\'s threads)'.padEnd(62)} ${'cached (one URL repeated)'.padEnd(42)} uncached (every URL new)`);
const loadHeads = `${'req/s'.padStart(8)} ${'p99 ms'.padStart(8)} ${'CPU µs'.padStart(8)}  bad ${'CPU/1st'.padStart(6)}`;
const withThreads = (mb: number, threads: number) => `${mb.toFixed(0)} (${threads})`.padStart(12);
console.log(`${'variant'.padEnd(40)} ${'ready'.padStart(8)} ${'warm'.padStart(8)} ${'peak'.padStart(12)} ${'after'.padStart(8)} ${'settled'.padStart(12)} ${loadHeads} ${loadHeads}`);
for (const row of table) {
  const settled = settleMs ? withThreads(row.settledMb, row.settledThreads) : '—'.padStart(12);
  console.log(`${row.label.padEnd(40)} ${cell(row.readyMb)} ${cell(row.warmMb)} ${withThreads(row.peakMb, row.peakThreads)} ${cell(row.afterMb)} ${settled} ${loadCells(row.cached, first.cached)} ${loadCells(row.uncached, first.uncached)}`);
}
