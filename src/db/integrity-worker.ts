// The worker thread behind checkIntegrity(): opens the file read-only and posts the problems found, or the
// reason it cannot be read at all (as a message: an error's class and text do not survive the thread).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { integrityProblems } from './integrity.js';

try {
  const sqlite = new Database((workerData as { dbPath: string }).dbPath, { readonly: true, fileMustExist: true });
  try {
    parentPort!.postMessage({ problems: integrityProblems(sqlite) });
  } finally {
    sqlite.close();
  }
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
