// A worker thread behind checkIntegrity(): hashes some segments of a file, or runs the full checks that name
// a refused file's damage, and posts the result, or the reason the file cannot be read at all (as a message:
// an error's class and text do not survive the thread).
import { parentPort, workerData } from 'node:worker_threads';
import { damageProblems, segmentDigests, type IntegrityJob } from './integrity.js';

const job = workerData as IntegrityJob;
try {
  parentPort!.postMessage(job.kind === 'segments' ? { digests: segmentDigests(job.range) } : { problems: damageProblems(job.dbPath) });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
