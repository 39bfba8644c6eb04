// `npm run bench:ingest`: wall time of `npm run ingest` on a 5 KB article, start-up included (a fresh
// process per run, the way a user runs it), then of --accept, then the build of the grown seed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../src/db/build.js';
import { PROJECT_ROOT, SEED_DIR } from '../src/lib/paths.js';

const FIXTURES = ['paris-marathon.txt', 'paris-marathon-followup.txt', 'harbour-festival.txt', 'markup-and-formulas.txt'];
const RUNS = 3;
const work = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
const article = join(work, 'five-kb.txt');
writeFileSync(article, FIXTURES.map((f) => readFileSync(join(PROJECT_ROOT, 'tests/fixtures/ingest', f), 'utf8').trim()).join('\n\n'));
const bytes = readFileSync(article).length;

function freshSeed(): string {
  const dir = join(mkdtempSync(join(work, 'seed-')), 'seed');
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}

/** Wall and CPU (user + system) seconds of one process, from bash's `time`: CPU time is what a busy machine does not inflate. */
function timed(command: string[], args: string[], seedDir: string): { wall: number; cpu: number } {
  const line = [...command, ...args].map((a) => `'${a}'`).join(' ');
  const run = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time ${line} > /dev/null`], { cwd: PROJECT_ROOT, env: { ...process.env, SEED_DIR: seedDir }, encoding: 'utf8' });
  const [wall, user, sys] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
  if (run.status !== 0) throw new Error(`ingest failed: ${run.stderr}`);
  return { wall: wall * 1000, cpu: (user + sys) * 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const NPM_INGEST = ['npm', 'run', '--silent', 'ingest', '--'];
const report = (label: string, runs: Array<{ wall: number; cpu: number }>) =>
  console.log(`${label}: wall median ${median(runs.map((r) => r.wall)).toFixed(0)} ms, CPU median ${median(runs.map((r) => r.cpu)).toFixed(0)} ms (runs: ${runs.map((r) => `${r.wall.toFixed(0)}/${r.cpu.toFixed(0)}`).join(', ')} wall/CPU ms)`);
console.log(`article: ${bytes} bytes; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine`);
// What the user types: npm's start-up, the esbuild bundle of the CLI (~0.1 s) and the ingest itself.
report('npm run ingest -- <5 KB article>, fresh process, start-up included', Array.from({ length: RUNS }, () => timed(NPM_INGEST, [article, '--published', '2026-05-04', '--id', 'bench-article'], freshSeed())));
// The bundled CLI alone, without npm and the bundling step.
report('node dist/ingest/cli.mjs (bundle already built)', Array.from({ length: RUNS }, () => timed([process.execPath, 'dist/ingest/cli.mjs'], [article, '--published', '2026-05-04', '--id', 'bench-article'], freshSeed())));
const seedDir = freshSeed();
timed(NPM_INGEST, [article, '--published', '2026-05-04', '--id', 'bench-article'], seedDir);
const accept = timed(NPM_INGEST, ['--accept', 'bench-article'], seedDir);
console.log(`npm run ingest -- --accept (the check build of the merged seed included): wall ${accept.wall.toFixed(0)} ms, CPU ${accept.cpu.toFixed(0)} ms`);
const build = buildDatabase({ dbPath: join(work, 'grown.db'), seedDir });
console.log(`db build of the grown seed: ${build.ms.toFixed(0)} ms, ${JSON.stringify(build.counts)}`);
