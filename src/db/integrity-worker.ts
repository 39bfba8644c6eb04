// The worker thread behind checkIntegrity(): opens the file read-only and posts the problems found, or the
// reason it cannot be read at all (as a message: an error's class and text do not survive the thread).
import { parentPort, workerData } from 'node:worker_threads';
import { checkIntegrity } from './integrity.js';

try {
  parentPort!.postMessage({ problems: await checkIntegrity((workerData as { dbPath: string }).dbPath, { worker: false }) });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
