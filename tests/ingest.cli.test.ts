// The ingest command as a user runs it: a real process, its exit code and output, then the API over the
// grown knowledge base (an article with markup and formula text stays text).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { copySeed, snapshot, tempDir } from './helpers/db.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures/ingest', name);
/** `npm run ingest -- …` exactly as README gives it; npm's own config warnings are not the command's output. */
const ingest = (seedDir: string, ...args: string[]) => ingestWith({}, seedDir, ...args);
const ingestWith = (env: Record<string, string>, seedDir: string, ...args: string[]) => {
  const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', ...args], {
    cwd: PROJECT_ROOT, env: { ...process.env, ...env, SEED_DIR: seedDir }, encoding: 'utf8', timeout: 60_000,
  });
  return { ...run, stderr: run.stderr.split('\n').filter((line) => !line.startsWith('npm warn')).join('\n') };
};

describe('npm run ingest', () => {
  it('prints its usage on stdout and exits 0 for --help, writing nothing', () => {
    const seedDir = copySeed();
    const run = ingest(seedDir, '--help');
    expect([run.status, run.stderr.trim()]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^usage: npm run ingest -- <article\.txt> --published <YYYY-MM-DD>/);
    expect(readdirSync(seedDir)).not.toContain('proposals');
  });

  it('exits 1 with one clear line and writes nothing for a bad --published', () => {
    const seedDir = copySeed();
    const before = readdirSync(join(seedDir, 'articles'));
    const run = ingest(seedDir, fixture('paris-marathon.txt'), '--published', '2026-13-01');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('ingest: --published "2026-13-01" is not a calendar date (YYYY-MM-DD)');
    expect(readdirSync(join(seedDir, 'articles'))).toEqual(before);
    expect(readdirSync(seedDir)).not.toContain('proposals');
  });

  it('undoes the ingest when the accept of the one-step form fails: exit 1 and the seed as it was', () => {
    const seedDir = copySeed();
    const before = snapshot(seedDir);
    // Accept checks the merged seed by building it in a temporary directory; one that cannot be created fails it.
    const run = ingestWith({ TMPDIR: join(tempDir(), 'missing') }, seedDir, fixture('paris-marathon.txt'), '--published', '2026-04-02', '--accept');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ingest: accept failed, so the ingest was undone and the seed is unchanged:\n.*ENOENT/);
    expect(snapshot(seedDir)).toEqual(before);
  });

  it('refuses to run while another ingest holds the seed, and takes over a lock its dead holder left', () => {
    const seedDir = copySeed();
    writeFileSync(join(seedDir, '.ingest.lock'), String(process.pid));
    const before = snapshot(seedDir);
    const refused = ingest(seedDir, fixture('paris-marathon.txt'), '--published', '2026-04-02');
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`ingest: another ingest (pid ${process.pid}) is changing ${seedDir}; try again when it has finished`);
    expect(snapshot(seedDir)).toEqual(before);
    // A pid no process has (above the kernel's pid_max) is a holder that died.
    writeFileSync(join(seedDir, '.ingest.lock'), '99999999');
    const run = ingest(seedDir, fixture('paris-marathon.txt'), '--published', '2026-04-02');
    expect(run.status).toBe(0);
    expect(readdirSync(seedDir)).not.toContain('.ingest.lock');
  });

  it('ingests and accepts in one step; markup and formula text stay text through the API', async () => {
    const seedDir = copySeed();
    const run = ingest(seedDir, fixture('markup-and-formulas.txt'), '--published', '2026-05-12', '--id', 'lyon-notice', '--accept');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/kind\s+proposed\s+matched existing\s+new\s+disputed\s+challenged\s+unresolved/);
    // "Around 1,200 police officers": no body named, no known count fits, so no deployment; the final's count of
    // forces on duty, a claim on the event (src/ingest/trust/totals.ts).
    expect(run.stdout).toMatch(/deployments\s+1\s+0\s+0\s+0\s+0\s+0/);
    expect(run.stdout).toMatch(/claims\s+0\s+0\s+1\s+0\s+0\s+0/);
    expect(run.stdout).toContain('Accepted "lyon-notice"');

    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir });
    const app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
    try {
      const text = readFileSync(fixture('markup-and-formulas.txt'), 'utf8');
      const source = (await app.inject('/v1/sources/lyon-notice')).json().data;
      expect(source.text).toBe(text);
      const title = '=HYPERLINK("http://example.test","Stadium Security Notice") Posted With Odd Characters <script>alert("x")</script>';
      expect(source.title).toBe(title);
      // CSV: the title a spreadsheet would run as a formula gets a leading ', the rest of the text as it is.
      const csv = parseCsv((await app.inject('/v1/sources?format=csv')).body, { columns: true }) as Array<{ id: string; title: string }>;
      expect(csv.find((row) => row.id === 'lyon-notice')!.title).toBe(`'${title}`);
      // Search: the snippet is HTML-safe text, the article's markup escaped and <mark> the only markup.
      const hit = (await app.inject('/v1/search?q=alert')).json().data.find((h: { id: string }) => h.id === 'lyon-notice');
      expect(hit.snippet).toContain('&lt;script&gt;<mark>alert</mark>(&quot;x&quot;)&lt;/script&gt;');
      expect(hit.snippet).not.toContain('<script>');
      const hits = parseCsv((await app.inject('/v1/search?q=alert&format=csv')).body, { columns: true }) as Array<{ id: string; snippet: string }>;
      expect(hits.find((h) => h.id === 'lyon-notice')!.snippet).toMatch(/^'=HYPERLINK\(/);
      const index = (await app.inject('/v1')).json().data;
      // The unresolved count adds no deployment; the bag checks are the article's machine measure.
      expect(index.collections.find((c: { name: string }) => c.name === 'deployments')).toMatchObject({ count: 5, by_review: { reviewed: 5, machine: 0 } });
      expect(index.collections.find((c: { name: string }) => c.name === 'measures').by_review.machine).toBe(1);
      const machine = (await app.inject('/v1/measures?review=machine')).json();
      expect(machine.data).toEqual([expect.objectContaining({ review: 'machine' })]);
      expect(machine.data[0].citations[0]).toMatchObject({ source_id: 'lyon-notice' });
      expect((await app.inject('/v1/deployments?review=reviewed')).json().meta.total).toBe(5);
      expect((await app.inject('/v1/people?review=robot')).statusCode).toBe(400);
    } finally {
      await app.close();
    }
  }, 120_000);
});
