// A database damaged on disk is refused at start with the file named, instead of starting and failing on
// some requests (a damaged index page) or serving changed text under the build's content hash.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../src/db/integrity.js';
import { DatabaseUnusableError, openStore } from '../src/db/store.js';
import { timelineStatements } from '../src/routes/timeline/index.js';
import { runToExit } from '../scripts/lib/server-process.js';
import { buildSeedDatabase, tempDir } from './helpers/db.js';
import { changeArticleByte, damageIndexPage } from './helpers/damage.js';

const seedDb = buildSeedDatabase();
const copy = () => {
  const path = join(tempDir(), 'facts.db');
  copyFileSync(seedDb, path);
  return path;
};

describe('integrity checks when a database is opened', () => {
  it('opens an undamaged build', () => {
    const store = openStore(copy());
    expect(store.info.content_hash).toMatch(/^[0-9a-f]{64}$/);
    store.close();
  });

  it('refuses a file with one damaged index page that the timeline would otherwise fail on', () => {
    const path = copy();
    const page = damageIndexPage(path, 'events_range_start_idx');
    // What a server without the check met on /v1/timeline: the damage surfaces only when the index is read.
    const raw = new Database(path, { readonly: true });
    expect(() => timelineStatements(raw, { from: false, to: false }).page.all({ limit: 50, offset: 0, window: 50 })).toThrow(/malformed/);
    raw.close();
    expect(() => openStore(path)).toThrow(DatabaseUnusableError);
    expect(() => openStore(path)).toThrow(`Database ${path} is damaged: quick_check: Tree ${page} page ${page}: btreeInitPage() returns error code 11`);
  });

  it('refuses a file where one byte of article text changed, naming the article', () => {
    const path = copy();
    const article = changeArticleByte(path, 'stirred significant political debate');
    expect(article).toBe('ice-role-political-backlash');
    expect(() => openStore(path)).toThrow(`Database ${path} is damaged: article ice-role-political-backlash: text does not match its recorded sha256/length`);
  });

  it('finds the same damage on a worker thread (how the compiled server runs the checks)', async () => {
    const path = copy();
    expect(await checkIntegrity(path, { worker: true })).toEqual([]);
    const page = damageIndexPage(path, 'events_range_start_idx');
    expect(await checkIntegrity(path, { worker: true })).toEqual([
      `quick_check: Tree ${page} page ${page}: btreeInitPage() returns error code 11`,
      'quick_check: wrong # of entries in index events_range_start_idx',
    ]);
    const notADatabase = join(tempDir(), 'facts.db');
    writeFileSync(notADatabase, 'not a database'.repeat(500));
    await expect(checkIntegrity(notADatabase, { worker: true })).rejects.toThrow('file is not a database');
  });

  it('the server refuses to start on a damaged file, naming it', async () => {
    const path = copy();
    damageIndexPage(path, 'events_range_start_idx');
    const result = await runToExit({ DATABASE_PATH: path });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`cannot start: Database ${path} is damaged: quick_check`);
    expect(result.output).not.toContain('Server listening');
  });
});
