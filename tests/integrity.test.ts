// A database damaged on disk is refused at start with the file named, instead of starting and failing on
// some requests (a damaged index page) or serving changed text under the build's content hash.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, DIGEST_KEY, DIGEST_PLACEHOLDER, SEGMENT_BYTES, sealFile } from '../src/db/integrity.js';
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
      'file: its bytes differ from the SHA-256 its build sealed it with',
    ]);
    const notADatabase = join(tempDir(), 'facts.db');
    writeFileSync(notADatabase, 'not a database'.repeat(500));
    await expect(checkIntegrity(notADatabase, { worker: true })).rejects.toThrow('file is not a database');
  });

  // It may listen first (liveness answers while the file is checked); that nothing else is answered meanwhile
  // is tests/start-checks.test.ts's.
  it('the server refuses to start on a damaged file, naming it', async () => {
    const path = copy();
    damageIndexPage(path, 'events_range_start_idx');
    const result = await runToExit({ DATABASE_PATH: path });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`cannot start: Database ${path} is damaged: quick_check`);
    expect(result.output).not.toContain('dataset checked');
  });
});

describe('the seal the build writes into the file', () => {
  /** Changes one byte of a stored row's text in the file: damage quick_check cannot see (a value, not a structure). */
  const changeStoredRowByte = (path: string) => {
    const file = readFileSync(path);
    const at = file.indexOf('"review":"reviewed"') + '"review":"revi'.length;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from('X'), 0, 1, at);
    closeSync(fd);
  };
  const SEAL_BROKEN = 'file: its bytes differ from the SHA-256 its build sealed it with';
  const SEAL_MISSING = 'file: it carries no seal of the current shape (changed since its build, or written by an older build or not by npm run db:build); rebuild it with npm run db:build';

  const sealOfFile = (path: string) => {
    const sqlite = new Database(path, { readonly: true });
    const seal = sqlite.prepare('SELECT value FROM dataset_info WHERE key = ?').pluck().get(DIGEST_KEY) as string;
    sqlite.close();
    const [offset, segmentMiB, sha256] = seal.split(':') as [string, string, string];
    return { seal, offset: Number(offset), segmentBytes: Number(segmentMiB) * 2 ** 20, sha256 };
  };
  /** The file's bytes with the seal's value blanked, as the build hashed them. */
  const blanked = (path: string, offset: number) => {
    const file = readFileSync(path);
    Buffer.from(DIGEST_PLACEHOLDER).copy(file, offset);
    return file;
  };
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();
  /** Seals a copy again with 1 MiB segments, so that a small file has several (the build's are 64 MiB). */
  const resealedInMiB = () => {
    const path = copy();
    const { offset } = sealOfFile(path);
    writeFileSync(path, blanked(path, offset));
    sealFile(path, 2 ** 20);
    return path;
  };

  it('holds the offset of the seal, the segment size and the SHA-256 of the segments\' SHA-256s, seal blanked', async () => {
    const path = copy();
    const { seal, offset, segmentBytes, sha256: sealed } = sealOfFile(path);
    expect(segmentBytes).toBe(SEGMENT_BYTES);
    expect(readFileSync(path).subarray(offset, offset + seal.length).toString()).toBe(seal);
    const file = blanked(path, offset);
    const segments = Array.from({ length: Math.ceil(file.length / segmentBytes) }, (_, i) => sha256(file.subarray(i * segmentBytes, (i + 1) * segmentBytes)));
    expect(sha256(Buffer.concat(segments)).toString('hex')).toBe(sealed);
    expect(await checkIntegrity(path, { worker: true })).toEqual([]);
  });

  it('checks a file of several segments on worker threads, and refuses one changed byte in any segment', async () => {
    const path = resealedInMiB();
    const { offset, sha256: sealed } = sealOfFile(path);
    const file = blanked(path, offset);
    expect(Math.ceil(file.length / 2 ** 20), 'segments').toBeGreaterThanOrEqual(2);
    const segments = Array.from({ length: Math.ceil(file.length / 2 ** 20) }, (_, i) => sha256(file.subarray(i * 2 ** 20, (i + 1) * 2 ** 20)));
    expect(sha256(Buffer.concat(segments)).toString('hex')).toBe(sealed);
    expect(await checkIntegrity(path, { worker: true })).toEqual([]);
    expect(openStore(path).info.content_hash).toMatch(/^[0-9a-f]{64}$/);
    // The last byte of the file: the last, partial segment, hashed by the last thread.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from([file[file.length - 1]! ^ 1]), 0, 1, file.length - 1);
    closeSync(fd);
    expect(await checkIntegrity(path, { worker: true })).toEqual([SEAL_BROKEN]);
  });

  it('refuses a seal of another shape (an older build\'s, without the segment size)', async () => {
    const path = copy();
    const { seal, offset, sha256: sealed } = sealOfFile(path);
    const older = `${String(offset).padStart(16, '0')}:${sealed}`.padEnd(seal.length, '0');
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from(older), 0, seal.length, offset);
    closeSync(fd);
    expect(await checkIntegrity(path, { worker: true })).toEqual([SEAL_MISSING]);
  });

  it('refuses one changed byte of a stored value, which the structural checks do not see', async () => {
    const path = copy();
    changeStoredRowByte(path);
    expect(() => openStore(path)).toThrow(`Database ${path} is damaged: ${SEAL_BROKEN}`);
    expect(await checkIntegrity(path, { worker: true })).toEqual([SEAL_BROKEN]);
  });

  it('names the damage the full checks find in a file that breaks its seal', () => {
    const path = copy();
    const page = damageIndexPage(path, 'events_range_start_idx');
    expect(() => openStore(path)).toThrow(`quick_check: Tree ${page} page ${page}: btreeInitPage() returns error code 11; quick_check: wrong # of entries in index events_range_start_idx; ${SEAL_BROKEN}`);
  });
});
