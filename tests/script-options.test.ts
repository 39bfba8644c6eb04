// The scripts' command lines (scripts/lib/options.ts): `--help` prints the usage from the script's opening
// comment and exits 0; a mistyped option exits 1 with one message and the usage line, not a stack trace, and
// does none of the script's work.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/lib/paths.js';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });

describe('script options', () => {
  it('--help prints the opening comment and exits 0', () => {
    const result = run('synthetic-seed', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^`npm run seed:synthetic -- --articles N/);
    expect(result.stdout).toContain('writes a synthetic corpus');
  });

  it.each(['synthetic-seed', 'eval-extraction', 'bench'])('%s: an unknown option exits 1 with a message and the usage', (script) => {
    const result = run(script, '--no-such-option');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--no-such-option'");
    expect(result.stderr).toMatch(/usage: `npm run [\w:]+/);
    expect(result.stderr).not.toContain('    at ');
    expect(result.stdout).toBe('');
  });

  it('a value the script refuses exits 1 with its reason', () => {
    const result = run('synthetic-seed', '--articles', 'many');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('--articles must be a positive integer');
  });
});
