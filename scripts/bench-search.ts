// `npm run bench:search -- --seed-dir DIR [--label NAME] [--repeats 30] [--rebuild]`
// What a search costs when nobody asked it before: builds (or reuses) bench/out/<label>.db, opens the app
// in this process with the response cache off, and for each question prints the first (cold) answer's
// time and p50/p99 over the repeats, all uncached. In-process (app.inject) rather than over a socket: the
// figure is the route's own cost, comparable across runs on a shared machine; `npm run bench` measures
// throughput over HTTP.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { readOptions } from './lib/options.js';

const { values: args } = readOptions(import.meta.url, {
  options: {
    'seed-dir': { type: 'string' },
    label: { type: 'string', default: 'seed' },
    repeats: { type: 'string', default: '30' },
    rebuild: { type: 'boolean', default: false },
  },
});
const repeats = Number(args.repeats);
const outDir = join(PROJECT_ROOT, 'bench/out');
mkdirSync(outDir, { recursive: true });
const dbPath = join(outDir, `${args.label}.db`);
if (args.rebuild || !existsSync(dbPath)) {
  const result = buildDatabase({ dbPath, seedDir: args['seed-dir'] });
  console.log(`built ${dbPath}: ${result.factRows} fact rows in ${(result.ms / 1000).toFixed(1)} s`);
}

const app = await buildApp({ dbPath, responseCacheBytes: 0, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0, clientCpuBudgetMs: 0 } });
// Wall time and this process's CPU time per request: on a shared machine the CPU time is the steadier figure.
const get = async (url: string) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const response = await app.inject({ url });
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, status: response.statusCode, body: response.body };
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** The deepest offset search accepts (a 400 names the bound), or a deep one when offset is unbounded. */
async function deepestOffset(word: string): Promise<number> {
  const probe = await get(`/v1/search?q=${word}&offset=100000000`);
  if (probe.status === 400) {
    const bound = /at most (\d[\d,]*)/.exec(probe.body)?.[1];
    if (bound) return Number(bound.replace(/,/g, '')) - 50;
  }
  const total = (JSON.parse((await get(`/v1/search?q=${word}&limit=1`)).body) as { meta: { total: number } }).meta.total;
  return Math.max(0, Math.min(49_000, total - 50));
}

/** The cursor of the page after the deepest offset: what a client paging on with `after=` sends. */
async function cursorAt(word: string, offset: number): Promise<string | null> {
  const response = await get(`/v1/search?q=${word}&offset=${offset}`);
  if (response.status !== 200) return null;
  const next = (JSON.parse(response.body) as { links: { next: string | null } }).links.next;
  const after = next && new URL(next, 'http://x').searchParams.get('after');
  return after ?? null;
}

const word = 'police';
const deep = await deepestOffset(word);
const cursor = await cursorAt(word, deep);
const questions: Array<[string, string]> = [
  ['search, common word (police)', `/v1/search?q=${word}`],
  ['search, commonest word (report)', '/v1/search?q=report'],
  ['search, two common words', '/v1/search?q=summit%20police'],
  ['search, rare word', '/v1/search?q=carabinieri'],
  ['search, exact name', '/v1/search?q=force%201%20police'],
  [`search, offset ${deep}`, `/v1/search?q=${word}&offset=${deep}`],
  ...(cursor ? [[`search, after= (past offset ${deep})`, `/v1/search?q=${word}&after=${encodeURIComponent(cursor)}`] as [string, string]] : []),
  ['type-ahead, 1 letter', '/v1/search?q=f'],
  ['type-ahead, 2 letters', '/v1/search?q=ma'],
  ['misspelt, suggestions', '/v1/search?q=polise'],
  ['collection q=, plural', '/v1/organizations?q=forces'],
  ['collection role=, singular', '/v1/people?role=minister'],
  ['collection role=, plural', '/v1/people?role=ministers'],
];

console.log(`${args.label}: uncached, in-process, ${repeats} repeats after the first`);
console.log('| question | status | total | first (cold) ms | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, url] of questions) {
  const first = await get(url);
  const total = (JSON.parse(first.body) as { meta?: { total?: number } }).meta?.total ?? '';
  const runs = [];
  for (let i = 0; i < repeats; i += 1) runs.push(await get(url));
  const wall = runs.map((run) => run.ms).sort((a, b) => a - b);
  const cpu = runs.map((run) => run.cpuMs).sort((a, b) => a - b);
  const cells = [percentile(wall, 50), percentile(wall, 99), percentile(cpu, 50), percentile(cpu, 99)].map((ms) => ms.toFixed(1));
  console.log(`| ${name} | ${first.status} | ${total} | ${first.ms.toFixed(1)} | ${cells.join(' | ')} |`);
}
await app.close();
