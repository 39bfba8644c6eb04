// `npm run attack [-- --seconds 10 --fuzz 20000 --db PATH --phases costs,lists,fuzz,bursts --workers N]`
// Attacks the compiled server on 127.0.0.1 (over DATABASE_PATH=PATH when given, e.g. a synthetic corpus of
// `npm run seed:synthetic`) with its default limits (rate limiting off, since every client here is one
// machine) and prints the figures issues 8 and 24 ask to hold:
//  1. the cost of each candidate "worst request" (repeated and many search words, long OR lists, many
//     unknown ids), then the p99 of a cheap request while one client sends the worst of them back to back;
//  2. server RSS before and after 5,000 requests of distinct list lengths and values;
//  3. the statuses of N fuzzed URLs built from openapi.yaml (hostile values, blanks, long lists): no 5xx;
//  4. bursts from one client (many connections, pipelining, punctuation-joined repeats, a preflight flood)
//     while /healthz and a cached request are timed: p99 under 1 s and 50 ms, no 5xx but 503 with Retry-After;
//  5. RSS while 900 sockets hold the OpenAPI document (310 KB) unread, twice each;
//  6. the served file overwritten in place under load (a second server, on a copy): 200 or 503 only.
// Every phase is bounded in time; the server is killed at the end. Exit code 1 if a target is missed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import http from 'node:http';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT, SEED_DIR } from '../src/lib/paths.js';
import { MAX_LIST_VALUES, MAX_SUBSTRING_CHARS, MAX_SUBSTRINGS, MAX_TERMS } from '../src/schemas/query.js';
import { BURSTS, runBurst, slowReaders } from './lib/bursts.js';
import { buildVariant } from './lib/dataset-variant.js';
import { overwriteUnderLoad } from './lib/overwrite.js';
import { startServer, waitUntilReady } from './lib/server-process.js';
import { readOptions } from './lib/options.js';

const { values: args } = readOptions(import.meta.url, { options: {
  seconds: { type: 'string', default: '10' }, fuzz: { type: 'string', default: '20000' }, db: { type: 'string' },
  phases: { type: 'string', default: 'costs,lists,fuzz,bursts,slow,overwrite' },
  // QUERY_WORKERS for the server; unset, the server's default.
  workers: { type: 'string' },
  // Only the bursts whose name contains this text.
  bursts: { type: 'string', default: '' },
} });
const attackSeconds = Number(args.seconds);
const fuzzCount = Number(args.fuzz);
const phases = new Set(args.phases.split(','));

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
const range = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

/** One client: a keep-alive agent bound to its own loopback address. */
function client(address: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: address });
  return (base: string, path: string) => new Promise<{ status: number; ms: number; bytes: number }>((resolve, reject) => {
    const started = performance.now();
    http.get(`${base}${path}`, { agent, timeout: 15_000 }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      res.on('end', () => resolve({ status: res.statusCode!, ms: performance.now() - started, bytes }));
    }).on('error', reject).on('timeout', function (this: http.ClientRequest) { this.destroy(new Error('timeout')); });
  });
}

// Like the benchmark: the server on its own core(s), this process on the last one.
const cores = cpus().length;
const pinned = cores >= 2 && existsSync('/usr/bin/taskset');
if (pinned) execFileSync('taskset', ['-p', '-c', String(cores - 1), String(process.pid)], { stdio: 'ignore' });
const server = await startServer({
  LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', ...(args.db ? { DATABASE_PATH: args.db } : {}), ...(args.workers ? { QUERY_WORKERS: args.workers } : {}),
  // A start on a core shared with other work can take longer than the launcher's default 20 s.
}, { compiled: true, cpus: pinned ? `0-${cores - 2}` : undefined, timeoutMs: 90_000 });
// The bursts are aimed at a server in rotation: its query workers loaded and warmed up.
const readyMs = await waitUntilReady(server, { timeoutMs: 90_000 });
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`server on ${pinned ? `core(s) 0-${cores - 2}` : 'any core'}, QUERY_WORKERS ${args.workers ?? 'default'}, ready ${readyMs.toFixed(0)} ms after /healthz; load average ${load()}`);
const { base } = server;
const pid = server.process.pid!;
let failed = false;
const check = (ok: boolean, line: string) => { console.log(`${ok ? 'PASS' : 'FAIL'} ${line}`); failed ||= !ok; };

try {
  // Warm up: compile every route's serializer and statements once.
  const warm = client('127.0.0.1');
  for (const path of ['/v1/people', '/v1/search?q=ice', '/v1/claims', '/v1/timeline', '/v1/entities/ice']) await warm(base, path);

  // Real ids, for lists that pass the reference check.
  const ids: string[] = [];
  const fetchPage = (path: string) => new Promise<{ status: number; body: string }>((resolve) => http.get(`${base}${path}`, (res) => {
    let body = '';
    res.on('data', (c) => { body += c; });
    res.on('end', () => resolve({ status: res.statusCode!, body }));
  }));
  for (const name of ['organizations', 'places', 'people', 'events', 'measures']) {
    // A server just started on a busy machine may answer 503 with Retry-After (lag, or a turn waited too long).
    let page = await fetchPage(`/v1/${name}?limit=500`);
    for (let tries = 0; page.status !== 200 && tries < 10; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      page = await fetchPage(`/v1/${name}?limit=500`);
    }
    if (page.status !== 200) throw new Error(`/v1/${name} answered ${page.status}: ${page.body.slice(0, 200)}`);
    ids.push(...(JSON.parse(page.body) as { data: Array<{ id: string }> }).data.map((row) => row.id));
  }

  if (phases.has('costs')) {
  // 1. Candidate worst requests, each made uncacheable by a distinct offset.
  const common = ['the', 'a', 'of', 'and', 'to', 'in', 'police', 'security', 'ice', 'games', 'olympics', 'milan', 'cortina', 'italy', 'us', 'agents', 'said', 'will', 'be', 'for', 'on', 'with', 'by', 'as', 'at', 'from', 'that', 'is', 'was', 'it', 'are', 'this'];
  const wordsQ = common.slice(0, MAX_TERMS).join('+');
  const candidates: Record<string, (i: number) => string> = {
    'search, one word 250 times (item 1)': (i) => `/v1/search?q=${range(250, () => 'the').join('+')}&offset=${i}`,
    [`search, ${MAX_TERMS} common words`]: (i) => `/v1/search?q=${wordsQ}&offset=${i}`,
    [`people q, ${MAX_TERMS} common words`]: (i) => `/v1/people?q=${wordsQ}&offset=${i}`,
    [`sources q, ${MAX_TERMS} common words`]: (i) => `/v1/sources?q=${wordsQ}&offset=${i}`,
    [`people role, ${MAX_SUBSTRINGS} substrings`]: (i) => `/v1/people?role=${range(MAX_SUBSTRINGS, (j) => `ro${j}le`).join(',')}&offset=${i}`,
    [`people role, ${MAX_SUBSTRINGS} substrings of ${MAX_SUBSTRING_CHARS} characters`]: (i) => `/v1/people?role=${range(MAX_SUBSTRINGS, (j) => `${j}${'e'.repeat(MAX_SUBSTRING_CHARS - 2)}`).join(',')}&offset=${i}`,
    'people q, one letter 1,000 times': (i) => `/v1/people?q=${'e'.repeat(1000)}&offset=${i}`,
    [`claims predicate, ${MAX_SUBSTRINGS} values`]: (i) => `/v1/claims?predicate=${range(MAX_SUBSTRINGS, (j) => `p${j}`).join(',')}&offset=${i}`,
    [`claims subject, ${MAX_LIST_VALUES} unknown ids (item 5)`]: (i) => `/v1/claims?${range(MAX_LIST_VALUES, (j) => `subject=nobody-${j}-${i}`).join('&')}`,
    'claims subject, 1,300 unknown ids (item 5, over the cap)': (i) => `/v1/claims?subject=${range(1300, (j) => `n${j}`).join(',').slice(0, 1990)}&subject=x${i}`,
    [`claims subject, ${MAX_LIST_VALUES} real ids`]: (i) => `/v1/claims?subject=${ids.slice(0, MAX_LIST_VALUES).join(',')}&offset=${i}`,
    'claims, every row at limit 500': (i) => `/v1/claims?limit=500&offset=${i % 2}`,
    'timeline, limit 500': (i) => `/v1/timeline?limit=500&offset=${i % 3}`,
  };
  const attacker = client('127.0.0.2');
  console.log('\nworst-request candidates (median of 9 uncached runs, measured by the client):');
  const costs: Array<{ name: string; ms: number; status: number; bytes: number }> = [];
  for (const [name, url] of Object.entries(candidates)) {
    const runs = [];
    for (let i = 0; i < 9; i += 1) runs.push(await attacker(base, url(1000 + i)));
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[4]!;
    costs.push({ name, ms, status: runs[0]!.status, bytes: runs[0]!.bytes });
    console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${String(runs[0]!.status)}  ${String(runs[0]!.bytes).padStart(7)} B  ${name}`);
  }
  const worst = costs.reduce((a, b) => (b.ms > a.ms ? b : a));
  const worstUrl = candidates[worst.name]!;

  // A cheap request every 20 ms, first alone (the machine's own noise), then while one client sends the
  // worst request back to back.
  const cheap = client('127.0.0.3');
  // An entity of the served data (any corpus): its page is a few indexed lookups.
  const entity = ((await (await fetch(`${base}/v1/people?limit=1`)).json()) as { data: Array<{ id: string }> }).data[0]!.id;
  const cheapPath = `/v1/entities/${encodeURIComponent(entity)}`;
  async function cheapWhile(seconds: number, attack: boolean) {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let attacks = 0;
    const until = performance.now() + seconds * 1000;
    const attackLoop = (async () => {
      for (let i = 0; attack && performance.now() < until; i += 1) { await attacker(base, worstUrl(2000 + i)); attacks += 1; }
    })();
    const cheapLoop = (async () => {
      while (performance.now() < until) {
        const r = await cheap(base, cheapPath);
        latencies.push(r.ms);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await Promise.all([attackLoop, cheapLoop]);
    latencies.sort((a, b) => a - b);
    const line = `cheap GET ${cheapPath}: ${latencies.length} requests, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms, statuses ${JSON.stringify(Object.fromEntries(statuses))}`;
    return { p99: percentile(latencies, 99), allOk: [...statuses.keys()].every((s) => s === 200), line, attacks };
  }
  const alone = await cheapWhile(Math.max(2, attackSeconds / 2), false);
  console.log(`\nno attack: ${alone.line}`);
  const attacked = await cheapWhile(attackSeconds, true);
  console.log(`attack: ${attacked.attacks} × "${worst.name}" in ${attackSeconds} s from one client; ${attacked.line}`);
  check(attacked.p99 < 20 && attacked.allOk, `p99 of a cheap request under the worst request < 20 ms (${attacked.p99.toFixed(1)} ms; ${alone.p99.toFixed(1)} ms with no attack)`);
  }

  if (phases.has('lists')) {
  // 2. RSS after 5,000 requests of distinct list lengths: id lists of real ids (200s, each a new URL for the
  // response cache), substring lists, and lists over the caps (400s), as repeated and comma-separated values.
  const lists = client('127.0.0.4');
  const rssStart = rssMb(pid);
  const listStatuses = new Map<number, number>();
  for (let i = 0; i < 5000; i += 1) {
    const length = 1 + ((i * 7) % 2000);
    const rotated = [...ids.slice(i % ids.length), ...ids.slice(0, i % ids.length)];
    const path = i % 3 === 0 ? `/v1/claims?subject=${rotated.slice(0, 1 + (i % Math.min(ids.length, MAX_LIST_VALUES))).join(',')}&limit=${1 + (i % 500)}`
      : i % 3 === 1 ? `/v1/claims?predicate=${range(1 + (i % MAX_SUBSTRINGS), (j) => `p${i}x${j}`).join(',')}`
      : `/v1/claims?${range(Math.ceil(length / 250), (k) => `predicate=${range(Math.min(250, length - k * 250), (j) => `${j}`).join(',')}`).join('&')}&limit=${1 + (i % 500)}`;
    const r = await lists(base, path.length > 8000 ? path.slice(0, 8000) : path);
    listStatuses.set(r.status, (listStatuses.get(r.status) ?? 0) + 1);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssEnd = rssMb(pid);
  console.log(`\nlists: 5,000 requests of distinct list lengths, statuses ${JSON.stringify(Object.fromEntries(listStatuses))}; RSS ${rssStart.toFixed(0)} → ${rssEnd.toFixed(0)} MB`);
  check(rssEnd - rssStart < 50, `RSS within 50 MB of its start (${(rssEnd - rssStart).toFixed(1)} MB)`);
  }

  if (phases.has('fuzz')) {
  // 3. Fuzzed URLs from the OpenAPI document.
  const spec = parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8'));
  const routes = Object.entries<Record<string, { parameters?: Array<{ name: string; in: string; schema: Record<string, any> }> }>>(spec.paths)
    .map(([path, ops]) => ({ path, parameters: ops.get?.parameters ?? [] }));
  let seed = 20260206;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const JUNK = ['', '%', '%FF', '%00', '%E0%A4%A', '[]', '__proto__', 'Infinity', '1e400', '-1', '0x10', '%20', '+', '%C2%A0', '%E2%80%A8', '%EF%BB%BF', '%E2%80%8B', "'", '"', ';DROP TABLE people;--', '*', 'NEAR(', '\\', '%25', '_', '..%2F', '%C0%AF', 'ice', 'carabinieri', 'IT', 'minister', '2026-02-06', '2026-02-30', '500', '0', 'name', '-date'];
  const value = (schema: Record<string, any>): string => {
    const item = schema.type === 'array' ? schema.items ?? {} : schema;
    const examples = [...(schema.examples ?? []), ...(item.examples ?? [])].flat().map(String);
    const plausible = examples.length ? pick(examples) : pick(JUNK);
    switch (Math.floor(random() * 6)) {
      case 0: return plausible;
      case 1: return range(1 + Math.floor(random() * 300), () => plausible).join('+');
      case 2: return range(1 + Math.floor(random() * 150), () => pick([plausible, pick(JUNK), `v${Math.floor(random() * 1000)}`])).join(',');
      case 3: return encodeURIComponent(String.fromCodePoint(...range(1 + Math.floor(random() * 20), () => { const c = Math.floor(random() * 0x2ffff); return c >= 0xd800 && c <= 0xdfff ? 0x41 : c; })));
      default: return pick(JUNK);
    }
  };
  const fuzzed = range(fuzzCount, () => {
    const route = pick(routes);
    let url = route.path.replace(/\{(\w+)\}/g, () => pick(['ice', 'carabinieri', 'nobody', '%00', 'a'.repeat(300), '..%2F']));
    const query = route.parameters.filter((p) => p.in === 'query' && random() < 0.4).map((p) => `${p.name}=${value(p.schema)}`);
    if (random() < 0.1) query.push(`${pick(['nmae', 'limit[]', '__proto__[x]', 'constructor'])}=${pick(JUNK)}`);
    if (query.length) url += `?${query.join('&')}`;
    return url;
  });
  const fuzzStatuses = new Map<number, number>();
  const fiveHundreds: string[] = [];
  const fuzzers = range(8, (i) => client(`127.0.0.${10 + i}`));
  let next = 0;
  const fuzzDeadline = performance.now() + 180_000;
  await Promise.all(fuzzers.map(async (send) => {
    while (next < fuzzed.length && performance.now() < fuzzDeadline) {
      const url = fuzzed[next++]!;
      const r = await send(base, url).catch(() => ({ status: 0 }));
      fuzzStatuses.set(r.status, (fuzzStatuses.get(r.status) ?? 0) + 1);
      if (r.status >= 500 || r.status === 0) fiveHundreds.push(url);
    }
  }));
  const sent = [...fuzzStatuses.values()].reduce((a, b) => a + b, 0);
  console.log(`\nfuzz: ${sent} URLs, statuses ${JSON.stringify(Object.fromEntries([...fuzzStatuses].sort((a, b) => a[0] - b[0])))}`);
  for (const url of fiveHundreds.slice(0, 5)) console.log(`  5xx or no answer: ${url.slice(0, 300)}`);
  check(sent === fuzzCount && fiveHundreds.length === 0, `no 5xx (nor dropped answer) across ${sent} fuzzed URLs`);
  }

  if (phases.has('bursts')) {
    // 4. One client's bursts while a health check and a cached data request are timed.
    console.log(`\nbursts of ${attackSeconds} s from one client (p50 / p99 / max of the probes):`);
    for (const name of (Object.keys(BURSTS) as Array<keyof typeof BURSTS>).filter((n) => n.includes(args.bursts))) {
      const burst = await runBurst(base, name, attackSeconds, '/v1/people?limit=5');
      const health = [...burst.health].sort((a, b) => a - b);
      const cached = [...burst.cached].sort((a, b) => a - b);
      const figures = (sorted: number[]) => `${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} / ${sorted.at(-1)!.toFixed(1)} ms (${sorted.length})`;
      console.log(`  ${name}: attacker statuses ${JSON.stringify(Object.fromEntries(burst.attackStatuses))}\n    /healthz ${figures(health)}; cached GET ${figures(cached)}`);
      if (name.startsWith('no burst')) continue;
      check(percentile(health, 99) < 1000 && percentile(cached, 99) < 50 && burst.badAnswers === 0, `${name}: /healthz p99 < 1 s, cached p99 < 50 ms, no 5xx but 503 with Retry-After (${burst.badAnswers} bad; load average ${load()})`);
    }
  }
  if (phases.has('slow')) {
    // 5. Slow readers: memory held for answers nobody reads.
    const before = rssMb(pid);
    let peak = before;
    const statuses = await slowReaders(base, '/openapi.json', 900, 2, async () => {
      for (let i = 0; i < 30; i += 1) { await new Promise((resolve) => setTimeout(resolve, 100)); peak = Math.max(peak, rssMb(pid)); }
    });
    console.log(`\nslow readers: 900 sockets × 2 unread /openapi.json: RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB; answers once read ${JSON.stringify(Object.fromEntries(statuses))}`);
    check(peak - before < 150, `RSS held for unread answers < 150 MB (${(peak - before).toFixed(0)} MB; the bound on unsent bodies is MAX_UNSENT_MB, 64 by default)`);
  }
  check(server.process.exitCode === null, 'the server is still up');

  if (phases.has('overwrite')) {
    // 6. `cp new.db served.db` under load, on copies in a temporary directory.
    const dir = mkdtempSync(join(tmpdir(), 'event-facts-overwrite-'));
    const original = args.db ?? join(dir, 'original.db');
    if (!args.db) buildVariant(original, 'original', SEED_DIR);
    const replacement = join(dir, 'replacement.db');
    buildVariant(replacement, 'replacement', SEED_DIR);
    const overwrite = await overwriteUnderLoad(dir, original, replacement);
    rmSync(dir, { recursive: true, force: true });
    console.log(`\noverwrite in place under load: statuses ${JSON.stringify(Object.fromEntries(overwrite.statuses))}, versions seen ${overwrite.versions.length}, rows under the wrong version ${overwrite.wrongRows}`);
    check(overwrite.bad === 0 && overwrite.wrongRows === 0 && overwrite.versions.length === 2, 'overwrite in place: only 200, or 503 (or 429) with Retry-After, no rows under the wrong version, then the new version');
  }
} finally {
  server.process.kill('SIGTERM');
  await server.exited;
}
process.exit(failed ? 1 : 0);
