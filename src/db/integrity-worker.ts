// A worker thread behind checkIntegrity(): hashes some segments of a file, or runs the full checks that name
// a refused file's damage, and posts the result, or the reason the file cannot be read at all (as a message:
// an error's class and text do not survive the thread).
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../lib/threads.js';
import { damageProblems, HASH_THREAD_NICE, segmentDigests, type IntegrityJob } from './integrity.js';

const job = workerData as IntegrityJob;
// The main thread answers meanwhile (liveness at start, the old version during a swap): it wins a shared core.
lowerThreadPriority(HASH_THREAD_NICE);
try {
  parentPort!.postMessage(job.kind === 'segments' ? { digests: segmentDigests(job.range) } : { problems: damageProblems(job.dbPath) });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
