// `npm start` and the other scripts that run dist/: compile (and with --bundle, bundle) src/ only when
// something tsc reads changed since the last build, so a restart with nothing changed skips tsc (about 20 s
// cold, 4 s incremental here).
// Plain JavaScript on purpose: it runs before anything is compiled, without tsx's start-up cost.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.build-stamp';
const BUNDLE_STAMP = 'dist/bundle/.build-stamp';
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
// The bundle also depends on how it is made.
const BUNDLE_INPUTS = [...INPUTS, 'scripts/bundle.mjs'];

/** The newest modification time of a file or of anything below a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** Runs `steps` when something `inputs` names changed since `stamp`, then stamps with the time they started. */
function rebuildIfStale(stamp, inputs, steps) {
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : -1;
  const changedAt = Math.max(...inputs.filter((input) => existsSync(input)).map(newest));
  if (changedAt < builtAt) return;
  const startedAt = new Date();
  steps();
  // Stamped with the time the build started: a source saved during the build is newer, so it rebuilds next time.
  writeFileSync(stamp, '');
  utimesSync(stamp, startedAt, startedAt);
}

rebuildIfStale(STAMP, INPUTS, () => execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' }));
// `--bundle` (npm start): also the bundled server (scripts/bundle.mjs), stamped apart, as scripts that run
// the tsc output alone leave it stale.
if (process.argv.includes('--bundle')) rebuildIfStale(BUNDLE_STAMP, BUNDLE_INPUTS, () => execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' }));
