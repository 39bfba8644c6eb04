// A query worker thread (see src/plugins/query-pool.ts): builds its own app over its own read-only
// connection to the served file, with the limits and the response cache off (the main thread applies
// them), and answers the main thread's cache misses one at a time through inject. It reopens the file when
// the main thread switches versions, or when a job names a version it does not serve yet. Its thread runs
// at a lower priority than the main one, so that the thread reading sockets and answering health checks
// and cached answers wins the core when both want it.
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { buildApp } from './app.js';
import { warmUp, warmUpUrls } from './query-warm-up.js';
import { handedToWorker } from './plugins/query-pool.js';
import { lowerThreadPriority } from './lib/threads.js';
import type { LimitOptions } from './plugins/limits.js';
import type { MainMessage, QueryJob, QueryWorkerData, WorkerMessage } from './plugins/query-pool.js';

/** Nice value of a query thread (0 is the main thread's): a waiting main thread gets most of a shared core. */
const QUERY_THREAD_NICE = 10;
/** Every bound is the main thread's to apply; the wait for a turn never expires here (jobs come one at a time). */
const NO_LIMITS: LimitOptions = {
  rateLimitMax: 0, rateLimitWindowMs: 60_000, maxEventLoopDelayMs: 0, pressureSampleIntervalMs: 250, maxConnections: 0,
  maxConnectionsPerClient: 0, maxInFlightPerClient: 0, maxInFlightPerConnection: 0, clientCpuBudgetMs: 0,
  maxQueueWaitMs: 3_600_000, maxUnsentBytes: 0, maxUnsentBytesPerClient: 0,
};
/** Request lines are the main thread's to log; a worker logs only what goes wrong. */
const QUIETEST_VERBOSE_LEVEL = 'warn';

const data = workerData as QueryWorkerData;
const levels = ['trace', 'debug', 'info'];
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

const checkedFiles = new Set([data.checkedFile]);
const app = await buildApp({
  dbPath: data.dbPath,
  dataset: { alreadyChecked: (fileId) => checkedFiles.has(fileId), checkWritesInPlace: false },
  logger: pino({ level: levels.includes(data.logLevel) ? QUIETEST_VERBOSE_LEVEL : data.logLevel }),
  cacheControl: data.cacheControl,
  responseCacheBytes: 0,
  limits: NO_LIMITS,
  docs: false,
  compileOnFirstUse: true,
});
// While warming up, a request the main thread would never hand over (bounded work: a stored row, a page of
// stored rows) is answered 204 before its handler: its serializer is then never compiled here (each route's
// is compiled on first use), which keeps the worker's memory to the routes it answers.
let warming = false;
app.addHook('preHandler', (request, reply, done) => {
  if (warming && !handedToWorker(request, reply)) return reply.code(204).send();
  done();
});
await app.ready();
const urls = await warmUpUrls(app);
warming = true;
await warmUp(app, urls);
warming = false;
// Only once it is up: at a low priority on a busy core, loading the app would take minutes, not a second.
lowerThreadPriority(QUERY_THREAD_NICE);

async function answer(job: QueryJob): Promise<void> {
  const started = performance.now();
  const response = await app.inject({ method: 'GET', url: job.url, headers: job.headers });
  const body = new Uint8Array(response.rawPayload);
  post({ type: 'answer', id: job.id, status: response.statusCode, headers: response.headers as Record<string, string | string[]>, body, workMs: performance.now() - started }, [body.buffer as ArrayBuffer]);
}

parentPort!.on('message', (message: MainMessage) => {
  if (message.type === 'reload') {
    checkedFiles.add(message.checkedFile);
    void app.dataset.reload('the main thread switched');
    return;
  }
  answer(message).catch((error: Error) => post({ type: 'failed', id: message.id, message: error.message }));
});
post({ type: 'ready' });
