// `npm start` compiles only when a source changed: a restart with nothing changed skips tsc.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { tempDir } from './helpers/db.js';

/** A one-file project laid out like this one, with the real script and the real compiler. */
function tinyProject(): string {
  const dir = tempDir('event-facts-stale-');
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(PROJECT_ROOT, 'scripts/build-if-stale.mjs'), join(dir, 'scripts/build-if-stale.mjs'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true, types: [] }, include: ['src'] }));
  writeFileSync(join(dir, 'tsconfig.build.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: false, outDir: 'dist', rootDir: 'src' }, include: ['src'] }));
  writeFileSync(join(dir, 'src/main.ts'), 'export const answer: number = 41;\n');
  return dir;
}

const run = (dir: string, ...args: string[]) => execFileSync(process.execPath, ['scripts/build-if-stale.mjs', ...args], { cwd: dir, encoding: 'utf8' });
const compiledAt = (dir: string) => statSync(join(dir, 'dist/main.js')).mtimeMs;

/** A stand-in for scripts/bundle.mjs that counts its runs in dist/bundle/runs (the real one bundles src/server.ts). */
function countingBundler(dir: string, version: number): void {
  writeFileSync(join(dir, 'scripts/bundle.mjs'), [
    `// version ${version}`,
    "import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';",
    "mkdirSync('dist/bundle', { recursive: true });",
    "const runs = existsSync('dist/bundle/runs') ? Number(readFileSync('dist/bundle/runs', 'utf8')) : 0;",
    "writeFileSync('dist/bundle/runs', String(runs + 1));",
  ].join('\n'));
}
const bundleRuns = (dir: string) => Number(readFileSync(join(dir, 'dist/bundle/runs'), 'utf8'));

describe('build-if-stale', () => {
  it('compiles a fresh checkout, skips an unchanged one, and compiles again after a source changes', () => {
    const dir = tinyProject();
    run(dir);
    const first = compiledAt(dir);
    run(dir);
    expect(compiledAt(dir)).toBe(first);
    writeFileSync(join(dir, 'src/main.ts'), 'export const answer: number = 42;\n');
    run(dir);
    expect(compiledAt(dir)).toBeGreaterThan(first);
  }, 120_000);

  it('with --bundle, bundles again after the bundling script itself changed, and only then', () => {
    const dir = tinyProject();
    countingBundler(dir, 1);
    run(dir, '--bundle');
    run(dir, '--bundle');
    expect(bundleRuns(dir)).toBe(1);
    countingBundler(dir, 2);
    run(dir, '--bundle');
    expect(bundleRuns(dir)).toBe(2);
    const compiled = compiledAt(dir);
    writeFileSync(join(dir, 'src/main.ts'), 'export const answer: number = 42;\n');
    run(dir, '--bundle');
    expect(bundleRuns(dir)).toBe(3);
    expect(compiledAt(dir)).toBeGreaterThan(compiled);
  }, 120_000);

  it('fails like tsc on a type error, and leaves no stamp so the next start tries again', () => {
    const dir = tinyProject();
    writeFileSync(join(dir, 'src/main.ts'), 'export const answer: number = "forty-two";\n');
    expect(() => run(dir)).toThrow();
    expect(() => statSync(join(dir, 'dist/.build-stamp'))).toThrow();
  }, 120_000);
});
