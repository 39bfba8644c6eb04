// Damage checks for a database file. The build seals each file with the SHA-256 of its own bytes, kept in
// its dataset_info (`file_digest`: where the value sits and the digest of the file with that value blanked).
// A file is checked by hashing it, one sequential read at hashing speed (~1.5 GB/s here, where quick_check
// walks every b-tree several times slower), and must match to the byte. A file without a seal is refused:
// every build since the current migration writes one, so a missing seal means a changed file (a flipped byte
// in the seal's own key looks like that). A refused file also gets SQLite's quick_check and every stored
// article against the SHA-256 and length recorded for it at build time, so the log names the damage. A
// server runs them on a worker thread.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { moduleExtension, startModuleWorker } from '../lib/threads.js';

/** Errors quick_check reports at most: the first few name the damage well enough. */
const QUICK_CHECK_ERRORS = 5;

/**
 * quick_check covers every page and b-tree in one pass over the file, without integrity_check's slower
 * comparison of index entries against table rows; then every article against its recorded hash.
 */
function fullCheckProblems(sqlite: Database.Database): string[] {
  const checked = (sqlite.pragma(`quick_check(${QUICK_CHECK_ERRORS})`) as Array<{ quick_check: string }>).map((r) => r.quick_check);
  if (checked.length !== 1 || checked[0] !== 'ok') {
    // One line per problem for the log: SQLite prefixes the first with a header line.
    return checked.map((message) => `quick_check: ${message.replace('*** in database main ***', '').replace(/\s+/g, ' ').trim()}`);
  }
  const problems: string[] = [];
  const articles = sqlite.prepare('SELECT id, sha256, length, text FROM sources').iterate() as IterableIterator<{ id: string; sha256: string; length: number; text: string }>;
  for (const article of articles) {
    const sha256 = createHash('sha256').update(article.text, 'utf8').digest('hex');
    if (sha256 !== article.sha256 || [...article.text].length !== article.length) {
      problems.push(`article ${article.id}: text does not match its recorded sha256/length`);
    }
  }
  return problems;
}

/** The key of the seal in dataset_info, and what its value holds until the build has hashed the file. */
export const DIGEST_KEY = 'file_digest';
const OFFSET_DIGITS = 16;
/** `<byte offset of the value, 16 digits>:<sha256 hex>`; the build inserts this placeholder of the same length. */
export const DIGEST_PLACEHOLDER = `${'-'.repeat(OFFSET_DIGITS)}:${'pending-seal'.padEnd(64, '-')}`;
const PLACEHOLDER_BYTES = Buffer.from(DIGEST_PLACEHOLDER);

/** Bytes read per call while hashing: large sequential reads keep the hash, not the system calls, the cost. */
const HASH_CHUNK_BYTES = 8 * 2 ** 20;

/**
 * SHA-256 of a file read sequentially in large chunks, with the bytes at `blankAt` hashed as the placeholder;
 * without `blankAt` (the build sealing the file), also where the placeholder occurs.
 */
function digestOf(path: string, blankAt?: number): { sha256: string; found: number[] } {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
  const found: number[] = [];
  let tail = Buffer.alloc(0);
  const fd = openSync(path, 'r');
  try {
    let position = 0;
    for (let read = readSync(fd, buffer, 0, HASH_CHUNK_BYTES, position); read > 0; read = readSync(fd, buffer, 0, HASH_CHUNK_BYTES, position)) {
      const chunk = buffer.subarray(0, read);
      if (blankAt !== undefined && blankAt < position + read && blankAt + PLACEHOLDER_BYTES.length > position) {
        PLACEHOLDER_BYTES.copy(chunk, Math.max(0, blankAt - position), Math.max(0, position - blankAt));
      }
      hash.update(chunk);
      if (blankAt === undefined) {
        // Sealing: the placeholder may straddle two chunks, so the end of the previous one is searched with this one.
        const window = Buffer.concat([tail, chunk]);
        for (let at = window.indexOf(PLACEHOLDER_BYTES); at >= 0; at = window.indexOf(PLACEHOLDER_BYTES, at + 1)) found.push(position - tail.length + at);
        tail = Buffer.from(chunk.subarray(Math.max(0, read - PLACEHOLDER_BYTES.length + 1)));
      }
      position += read;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), found };
}

/** Seals a finished build file: its SHA-256 (placeholder in place) written over the placeholder, same length. */
export function sealFile(path: string): void {
  const { sha256, found } = digestOf(path);
  if (found.length !== 1) throw new Error(`cannot seal ${path}: the digest placeholder occurs ${found.length} times`);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.from(`${String(found[0]).padStart(OFFSET_DIGITS, '0')}:${sha256}`), 0, PLACEHOLDER_BYTES.length, found[0]);
  } finally {
    closeSync(fd);
  }
}

const sealOf = (sqlite: Database.Database) => sqlite.prepare('SELECT value FROM dataset_info WHERE key = ?').pluck().get(DIGEST_KEY) as string | undefined;

/** Whether a file's bytes are those its build sealed; undefined for a file without a seal (an older build). */
function sealHolds(seal: string | undefined, path: string): boolean | undefined {
  if (seal === undefined) return undefined;
  const [offset, sha256] = seal.split(':');
  return seal.length === PLACEHOLDER_BYTES.length && digestOf(path, Number(offset)).sha256 === sha256;
}

const SEAL_BROKEN = 'file: its bytes differ from the SHA-256 its build sealed it with';
const SEAL_MISSING = 'file: it carries no seal from its build (changed since, or not written by npm run db:build)';

/** The full checks name the damage; the seal's verdict comes last. */
const refusal = (problems: string[], sealed: false | undefined) => [...problems, sealed === false ? SEAL_BROKEN : SEAL_MISSING];

/**
 * Problems found in the file; none means it is sound. A sealed file whose bytes match its seal is exactly
 * what its build wrote and checked, so it needs nothing more.
 */
export function integrityProblems(sqlite: Database.Database, path = sqlite.name): string[] {
  const sealed = sealHolds(sealOf(sqlite), path);
  return sealed === true ? [] : refusal(fullCheckProblems(sqlite), sealed);
}

/** The worker is TypeScript when this module is (tests, tsx). */
const fromSource = moduleExtension(import.meta.url) === 'ts';
const WORKER = new URL(`./integrity-worker.${moduleExtension(import.meta.url)}`, import.meta.url);
const startWorker = (workerData: { dbPath: string }) => startModuleWorker(WORKER, { workerData });

/** The checks with at most one descriptor on the file at a time: the seal is read, the connection closed, then the file hashed. */
function checkInThisThread(dbPath: string): string[] {
  const withConnection = <T>(use: (sqlite: Database.Database) => T): T => {
    const sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return use(sqlite);
    } finally {
      sqlite.close();
    }
  };
  const sealed = sealHolds(withConnection(sealOf), dbPath);
  return sealed === true ? [] : refusal(withConnection(fullCheckProblems), sealed);
}

/**
 * Runs integrityProblems over its own read-only connection; rejects if the file cannot be read at all. On a
 * worker thread by default for the compiled server; from source (tests, tsx) in this thread unless asked,
 * since a worker would first spend seconds loading tsx to check a seed file that takes milliseconds.
 */
export async function checkIntegrity(dbPath: string, { worker = !fromSource } = {}): Promise<string[]> {
  if (!worker) return checkInThisThread(dbPath);
  return new Promise((resolve, reject) => {
    const thread = startWorker({ dbPath });
    thread.once('message', (result: { problems: string[] } | { error: string }) => {
      if ('error' in result) reject(new Error(result.error));
      else resolve(result.problems);
    });
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`integrity check exited with code ${code}`)));
  });
}
