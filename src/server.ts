// Starts the API: reads config, builds the database from seed/ if the file is absent, listens, switches to
// a new build renamed onto DATABASE_PATH (or on SIGHUP) without dropping a request, and on SIGTERM/SIGINT
// stops accepting, lets in-flight requests finish and exits 0.
import { existsSync } from 'node:fs';
import { checkIntegrityAhead } from './db/integrity.js';
import { DEFAULT_DB_PATH } from './lib/paths.js';

const SHUTDOWN_TIMEOUT_MS = 10_000;

// The served file's seal check (hashing all of it, on worker threads) starts before anything else loads:
// loading the server's modules is most of its start-up, and the first data answer waits for the check. The
// check is taken over by the dataset if DATABASE_PATH (read again below, with the other settings) still
// names the same file when it opens it; otherwise it starts anew.
checkIntegrityAhead(process.env.DATABASE_PATH ?? DEFAULT_DB_PATH);
const [{ pino }, { buildApp, TIMEOUTS }, { readConfig }, { requestSummary }] = await Promise.all([
  import('pino'), import('./app.js'), import('./config.js'), import('./lib/logging.js'),
]);

async function main() {
  const config = readConfig();
  const log = pino({ level: config.logLevel, serializers: { req: requestSummary } });
  if (!existsSync(config.dbPath)) {
    log.info({ dbPath: config.dbPath }, 'database file absent: building it from seed/');
    // Loaded only when needed: the seed loader is not part of a normal start.
    const { buildDatabase } = await import('./db/build.js');
    const built = buildDatabase({ dbPath: config.dbPath, seedDir: process.env.SEED_DIR });
    log.info({ counts: built.counts, ms: Math.round(built.ms), content_hash: built.contentHash }, 'database built');
  }
  // The file's damage checks run in the background: liveness answers at once, the data once they pass.
  const app = await buildApp({ dbPath: config.dbPath, logger: log, corsOrigins: config.corsOrigins, limits: config.limits, trustProxy: config.trustProxy, responseCacheBytes: config.responseCacheBytes, queryWorkers: config.queryWorkers, queryWorkerIdleMs: config.queryWorkerIdleMs, watchDataset: true, dataset: { verifyInBackground: true } });
  // A damaged file was never served: nothing but liveness answered while it was checked.
  app.dataset.firstCheck.catch((error: Error) => {
    log.fatal(`cannot start: ${error.message}`);
    process.exit(1);
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: draining in-flight requests');
    setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    app.drain(TIMEOUTS.keepAlive + 1000).then(() => app.close()).then(() => process.exit(0), (error) => {
      app.log.error({ err: error }, 'error while closing');
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => { void app.dataset.reload('SIGHUP'); });

  await app.listen({ host: config.host, port: config.port });
}

main().catch((error: Error) => {
  pino().fatal(`cannot start: ${error.message}`);
  process.exit(1);
});
