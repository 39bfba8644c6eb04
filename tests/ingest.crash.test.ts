// An accept killed half way leaves nothing behind that the next run does not remove, and an interrupted
// one-step ingest says which command finishes it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../src/ingest/ingest.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { copySeed, tempDir } from './helpers/db.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures/ingest', name);
/** The CLI in one process (tsx as a loader, no npm or shell in between), so that its pid is the one killed. */
const cli = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
const checkDirs = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith('ingest-check-'));

/** Starts `--accept <id>` and kills it (SIGKILL) once its check build exists; false when it finished first. */
async function killDuringCheck(seedDir: string, id: string, tmp: string): Promise<boolean> {
  const env = { ...process.env, SEED_DIR: seedDir, TMPDIR: tmp };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--accept', id], { cwd: PROJECT_ROOT, env, stdio: 'ignore' });
  const exited = new Promise((done) => child.once('exit', done));
  for (let poll = 0; poll < 3000 && child.exitCode === null; poll++) {
    if (checkDirs(tmp).some((name) => name.startsWith(`ingest-check-${child.pid}-`))) {
      child.kill('SIGKILL');
      await exited;
      return true;
    }
    await sleep(10);
  }
  await exited;
  return false;
}

describe('an accept killed during its check build', () => {
  it('leaves a check build behind that the next accept removes, and the next accept succeeds', async () => {
    let killed = false;
    let seedDir = '';
    let tmp = '';
    // The kill must land while the check build exists; on a fast run the accept may finish first, so try again.
    for (let attempt = 0; attempt < 3 && !killed; attempt++) {
      seedDir = copySeed();
      tmp = tempDir('ingest-tmp-');
      ingestArticle({ file: fixture('paris-marathon.txt'), published: '2026-04-02', id: 'paris-marathon-plan', seedDir });
      killed = await killDuringCheck(seedDir, 'paris-marathon-plan', tmp);
    }
    expect(killed).toBe(true);
    expect(checkDirs(tmp)).toHaveLength(1);
    // Another process's check build in progress (this test's pid runs) is not the dead one's to remove.
    const running = join(tmp, `ingest-check-${process.pid}-inprogress`);
    mkdirSync(running);
    const again = cli(['--accept', 'paris-marathon-plan'], { SEED_DIR: seedDir, TMPDIR: tmp });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(checkDirs(tmp)).toEqual([`ingest-check-${process.pid}-inprogress`]);
    expect(readdirSync(join(seedDir, 'proposals'))).toEqual([]);
  }, 300_000);
});

describe('a one-step ingest interrupted before its accept finished', () => {
  it('is refused as already ingested, with the command that finishes it; that command then accepts it', () => {
    const seedDir = copySeed();
    const tmp = tempDir('ingest-tmp-');
    // What a crash between the two steps leaves: the article and its proposals written, nothing accepted.
    ingestArticle({ file: fixture('harbour-festival.txt'), published: '2026-05-04', id: 'hamburg-festival', seedDir });
    const rerun = cli([fixture('harbour-festival.txt'), '--published', '2026-05-04', '--accept'], { SEED_DIR: seedDir, TMPDIR: tmp });
    expect(rerun.status).toBe(1);
    expect(rerun.stderr).toMatch(/already ingested as source "hamburg-festival"/);
    const command = /npm run ingest -- --accept (\S+)/.exec(rerun.stderr);
    expect(command?.[1]).toBe('hamburg-festival');
    const finish = cli(['--accept', command![1]!], { SEED_DIR: seedDir, TMPDIR: tmp });
    expect(finish.status).toBe(0);
    expect(existsSync(join(seedDir, 'proposals', 'hamburg-festival.yaml'))).toBe(false);
    expect(checkDirs(tmp)).toEqual([]);
  }, 300_000);

  it('an article accepted in full is refused without naming any command', () => {
    const seedDir = copySeed();
    const tmp = tempDir('ingest-tmp-');
    const file = join(tempDir(), 'note.txt');
    writeFileSync(file, 'Security Notice For The Spring Fair\n\nAbout 200 officers of the Lyon police will patrol the fair on Saturday.\n');
    expect(cli([file, '--published', '2026-05-04', '--accept'], { SEED_DIR: seedDir, TMPDIR: tmp }).status).toBe(0);
    const rerun = cli([file, '--published', '2026-05-04', '--accept'], { SEED_DIR: seedDir, TMPDIR: tmp });
    expect(rerun.status).toBe(1);
    expect(rerun.stderr).toMatch(/already ingested/);
    expect(rerun.stderr).not.toMatch(/--accept/);
  }, 300_000);
});
