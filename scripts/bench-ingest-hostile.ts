// `npm run bench:ingest:hostile [-- <KB> ...]`: wall time of the bundled ingest CLI (a fresh process per
// input, start-up included, on a fresh copy of the seed) on each generated hostile article
// (scripts/lib/hostile-articles.ts) at each size, 1 MB by default. The target is under 5 s per input on
// this machine; a run over the time limit is killed and reported as such.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, SEED_DIR } from '../src/lib/paths.js';
import { hostileArticles } from './lib/hostile-articles.js';

const TARGET_MS = 5000;
const LIMIT_MS = Number(process.env.HOSTILE_LIMIT_MS ?? 60_000);
// 1 MB is the largest article the input check accepts.
const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['1024']).map((kb) => Number(kb) * 1024);
const bundle = spawnSync('npx', ['esbuild', 'src/ingest/cli.ts', '--bundle', '--platform=node', '--format=esm', '--packages=external', '--log-level=warning', '--outfile=dist/ingest/cli.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
if (bundle.status !== 0) throw new Error('esbuild failed');

const work = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`load average ${load()} (${cpus().length} cores); target ${TARGET_MS / 1000} s wall per input, killed at ${LIMIT_MS / 1000} s`);
let over = 0;
try {
  for (const bytes of sizes) {
    for (const [n, article] of hostileArticles(bytes).entries()) {
      const seedDir = join(mkdtempSync(join(work, 'seed-')), 'seed');
      cpSync(SEED_DIR, seedDir, { recursive: true });
      const file = join(work, `hostile-${n}.txt`);
      writeFileSync(file, article.text);
      // bash's `time` gives the CPU time (user + system) too: on a shared machine the wall time also counts other work.
      const line = [process.execPath, 'dist/ingest/cli.mjs', file, '--published', '2026-05-04', '--id', `hostile-${n}`].map((a) => `'${a}'`).join(' ');
      const run = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time ${line} > /dev/null 2> /dev/null`], { cwd: PROJECT_ROOT, env: { ...process.env, SEED_DIR: seedDir }, encoding: 'utf8', timeout: LIMIT_MS });
      const [wall, user, sys] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) as [number, number, number];
      const outcome = run.signal || run.error ? `KILLED after ${LIMIT_MS / 1000} s` : run.status === 0 ? 'ok' : `exit ${run.status}`;
      if (run.signal || run.error || wall * 1000 > TARGET_MS) over++;
      const seconds = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-').padStart(6);
      console.log(`${String(Math.round(bytes / 1024)).padStart(5)} KB  ${article.name.padEnd(44)} wall ${seconds(wall)} s  CPU ${seconds(user + sys)} s  ${outcome}`);
      rmSync(seedDir, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${over ? `${over} input(s) over ${TARGET_MS / 1000} s wall` : `every input under ${TARGET_MS / 1000} s wall`}; load average now ${load()}`);
process.exitCode = over ? 1 : 0;
