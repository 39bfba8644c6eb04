// `npm run bench:ingest:hostile [-- <KB> ...]`: wall time of the bundled ingest CLI (a fresh process per
// input, start-up included, on a fresh copy of the seed) on each generated hostile article
// (scripts/lib/hostile-articles.ts) at each size, 1 MB by default. The target is under 5 s per input on
// this machine; a run over the time limit is killed and reported as such.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; target ${TARGET_MS / 1000} s per input, killed at ${LIMIT_MS / 1000} s`);
let over = 0;
try {
  for (const bytes of sizes) {
    for (const [n, article] of hostileArticles(bytes).entries()) {
      const seedDir = join(mkdtempSync(join(work, 'seed-')), 'seed');
      cpSync(SEED_DIR, seedDir, { recursive: true });
      const file = join(work, `hostile-${n}.txt`);
      writeFileSync(file, article.text);
      const started = performance.now();
      const run = spawnSync(process.execPath, ['dist/ingest/cli.mjs', file, '--published', '2026-05-04', '--id', `hostile-${n}`], { cwd: PROJECT_ROOT, env: { ...process.env, SEED_DIR: seedDir }, encoding: 'utf8', timeout: LIMIT_MS });
      const ms = performance.now() - started;
      const outcome = run.signal ? `KILLED after ${LIMIT_MS / 1000} s` : run.status === 0 ? 'ok' : `exit ${run.status}: ${run.stderr.trim().split('\n')[0]}`;
      if (ms > TARGET_MS || run.signal) over++;
      console.log(`${String(Math.round(bytes / 1024)).padStart(5)} KB  ${article.name.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${outcome}`);
      rmSync(seedDir, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(over ? `${over} input(s) over ${TARGET_MS / 1000} s` : `every input under ${TARGET_MS / 1000} s`);
process.exitCode = over ? 1 : 0;
