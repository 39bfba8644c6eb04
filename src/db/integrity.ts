// Damage checks for a database file: SQLite's quick_check and every stored article against the SHA-256 and
// length recorded for it at build time (citation offsets point into that text). They read the whole file,
// seconds for a large one, so a server runs them on a worker thread and keeps answering meanwhile.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { moduleExtension, startModuleWorker } from '../lib/threads.js';

/** Errors quick_check reports at most: the first few name the damage well enough. */
const QUICK_CHECK_ERRORS = 5;

/**
 * quick_check covers every page and b-tree in one pass over the file, without integrity_check's slower
 * comparison of index entries against table rows. Returns the problems found; none means the file is sound.
 */
export function integrityProblems(sqlite: Database.Database): string[] {
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

/** The worker is TypeScript when this module is (tests, tsx). */
const fromSource = moduleExtension(import.meta.url) === 'ts';
const WORKER = new URL(`./integrity-worker.${moduleExtension(import.meta.url)}`, import.meta.url);
const startWorker = (workerData: { dbPath: string }) => startModuleWorker(WORKER, { workerData });

function checkInThisThread(dbPath: string): string[] {
  const sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return integrityProblems(sqlite);
  } finally {
    sqlite.close();
  }
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
