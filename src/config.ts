// Server configuration from environment variables, with safe defaults; a bad value stops the start.
// Each variable is declared once (name, default, meaning, parse): readConfig reads the table, and
// `npm run docs` prints it into docs/operations.md.
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { DEFAULT_RESPONSE_CACHE_BYTES } from './app.js';
import { DEFAULT_DB_PATH, PROJECT_ROOT, SEED_DIR } from './lib/paths.js';
import { DEFAULT_LIMITS, type LimitOptions } from './plugins/limits.js';

export interface Config {
  host: string;
  port: number;
  dbPath: string;
  seedDir: string;
  logLevel: string;
  corsOrigins: string[];
  limits: LimitOptions;
  trustProxy: boolean | string[];
  responseCacheBytes: number;
  queryWorkers: number;
  queryWorkerIdleMs: number;
}

export interface EnvVariable<T> {
  readonly name: string;
  /** The value when the variable is unset. */
  readonly fallback: T;
  /** The default as the docs print it (Markdown), where the value itself depends on the machine or the checkout. */
  readonly shownDefault?: string;
  /** Markdown, one line. */
  readonly description: string;
  /** The value of the raw setting (undefined when unset); a bad value throws a message naming the variable. */
  readonly parse: (raw: string | undefined) => T;
}

const MIB = 1024 * 1024;
/**
 * Query threads by default: one per core the process may run on, at most two. A worker lets misses run beside
 * the main thread, so on one core (a container limited to one CPU, `taskset -c 0`) it runs nothing in
 * parallel and every miss pays the hop (the request cycle twice, a message each way: measured at 2-3x the CPU
 * of answering on the main thread, and a tail 4-6x longer); there the default is none. A CPU quota (`--cpus=1`)
 * is not an affinity and is not seen: such deployments set QUERY_WORKERS=0. More than two only
 * queue beside the main thread on the 2-core machines this is sized for, and each costs its own app and
 * connection in memory (~50 MB). `availableParallelism()` follows the CPU affinity mask, unlike `cpus()`.
 */
const MAX_DEFAULT_QUERY_WORKERS = 2;
export function defaultQueryWorkers(cores: number = availableParallelism()): number {
  return cores <= 1 ? 0 : Math.min(cores, MAX_DEFAULT_QUERY_WORKERS);
}
/**
 * Query workers start on demand and stop after a minute idle: ~45 MB each is most of the process's memory
 * above the main thread's, and loading one costs ~3 s of CPU, which a minute of idleness amortizes.
 */
const DEFAULT_QUERY_WORKER_IDLE_S = 60;
const DEFAULT_PORT = 3000;
const DEFAULT_LOG_LEVEL = 'info';
const ANY_ORIGIN = '*';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const commaList = (raw: string) => raw.split(',').map((item) => item.trim()).filter(Boolean);
const fromProjectRoot = (path: string) => relative(PROJECT_ROOT, path);

const text = (name: string, fallback: string, description: string, shownDefault?: string): EnvVariable<string> =>
  ({ name, fallback, description, shownDefault, parse: (raw) => raw ?? fallback });

/** Unset or empty means the default; anything but decimal digits is refused. */
const wholeNumber = (name: string, fallback: number, description: string, shownDefault?: string): EnvVariable<number> => ({
  name, fallback, description, shownDefault,
  parse: (raw) => {
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, got "${raw}"`);
    return Number(raw);
  },
});

/** Every environment variable the project reads, in the order the docs list them. */
export const ENVIRONMENT = {
  port: {
    name: 'PORT', fallback: DEFAULT_PORT, description: 'TCP port (`0`: any free port)',
    parse: (raw) => {
      const port = Number(raw ?? DEFAULT_PORT);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be an integer 0–65535, got "${raw}"`);
      return port;
    },
  } satisfies EnvVariable<number>,
  host: text('HOST', '127.0.0.1', 'interface to listen on (`0.0.0.0` in the Docker image)'),
  dbPath: text('DATABASE_PATH', DEFAULT_DB_PATH, 'the SQLite file served (and written by `npm run db:build`); built from `SEED_DIR` when absent',
    `\`${fromProjectRoot(DEFAULT_DB_PATH)}\``),
  seedDir: text('SEED_DIR', SEED_DIR, 'the seed the database is built from when the file is absent (server, `npm run db:build`), and the one `npm run ingest` reads and writes',
    `\`${fromProjectRoot(SEED_DIR)}/\``),
  logLevel: {
    name: 'LOG_LEVEL', fallback: DEFAULT_LOG_LEVEL, description: `pino level: ${LOG_LEVELS.map((level) => `\`${level}\``).join(' ')}`,
    parse: (raw) => {
      const level = raw ?? DEFAULT_LOG_LEVEL;
      if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
      return level;
    },
  } satisfies EnvVariable<string>,
  corsOrigins: {
    name: 'CORS_ORIGINS', fallback: [ANY_ORIGIN], description: 'comma-separated allowed origins, `*` for any',
    parse: (raw) => commaList(raw ?? ANY_ORIGIN),
  } satisfies EnvVariable<string[]>,
  rateLimitMax: wholeNumber('RATE_LIMIT_MAX', DEFAULT_LIMITS.rateLimitMax, 'requests per client IP per window; `0` turns rate limiting off'),
  rateLimitWindowMs: wholeNumber('RATE_LIMIT_WINDOW_MS', DEFAULT_LIMITS.rateLimitWindowMs, 'the rate-limit window, in milliseconds'),
  maxEventLoopDelayMs: wholeNumber('MAX_EVENT_LOOP_DELAY_MS', DEFAULT_LIMITS.maxEventLoopDelayMs,
    'event-loop lag above which requests are shed with 503; `0` turns it off'),
  maxConnections: wholeNumber('MAX_CONNECTIONS', DEFAULT_LIMITS.maxConnections,
    'open connections at once; new ones beyond it are closed; `0` turns the cap off', '`1000`, or `ulimit -n` − 64 if lower'),
  maxConnectionsPerClient: wholeNumber('MAX_CONNECTIONS_PER_CLIENT', DEFAULT_LIMITS.maxConnectionsPerClient,
    'open connections per client address; `0` turns it off (do so behind a proxy, where every connection comes from the proxy)'),
  maxInFlightPerClient: wholeNumber('MAX_IN_FLIGHT_PER_CLIENT', DEFAULT_LIMITS.maxInFlightPerClient,
    'requests one client address may have in flight at once, over all its connections; more get 429; `0` turns it off'),
  maxInFlightPerConnection: wholeNumber('MAX_IN_FLIGHT_PER_CONNECTION', DEFAULT_LIMITS.maxInFlightPerConnection,
    'pipelined requests one connection may have in flight; more get 429; `0` turns it off'),
  clientCpuBudgetMs: wholeNumber('CLIENT_CPU_BUDGET_MS', DEFAULT_LIMITS.clientCpuBudgetMs,
    'milliseconds of recent CPU (decayed over 10 s) one client may use before its uncached requests get 429; `0` turns it off'),
  maxQueueWaitMs: wholeNumber('MAX_QUEUE_WAIT_MS', DEFAULT_LIMITS.maxQueueWaitMs,
    'longest wait, in milliseconds, for a turn at the database before a 503; `0` turns it off'),
  maxUnsentMb: wholeNumber('MAX_UNSENT_MB', DEFAULT_LIMITS.maxUnsentBytes / MIB,
    'response bytes not yet taken by the kernel, in MiB over all clients, before new answers get 503; `0` turns it off'),
  maxUnsentMbPerClient: wholeNumber('MAX_UNSENT_MB_PER_CLIENT', DEFAULT_LIMITS.maxUnsentBytesPerClient / MIB,
    'the same per client address, before its new answers get 429; `0` turns it off'),
  trustProxy: {
    name: 'TRUST_PROXY', fallback: false, shownDefault: 'unset',
    description: '`true`, or a comma list of proxy addresses/CIDRs whose `X-Forwarded-For` is believed',
    parse: (raw) => {
      if (raw === undefined || raw === '' || raw === 'false') return false;
      if (raw === 'true') return true;
      return commaList(raw);
    },
  } satisfies EnvVariable<boolean | string[]>,
  responseCacheMb: wholeNumber('RESPONSE_CACHE_MB', DEFAULT_RESPONSE_CACHE_BYTES / MIB,
    'memory for replaying serialized responses; `0` turns the response cache off'),
  queryWorkers: wholeNumber('QUERY_WORKERS', defaultQueryWorkers(),
    'worker threads at most that run data queries (cache misses), each with its own read-only connection, so the main thread keeps answering health checks and cached answers; `0` runs queries on the main thread',
    'the cores the process may use, at most 2; 0 on one core'),
  queryWorkerIdleS: wholeNumber('QUERY_WORKER_IDLE_S', DEFAULT_QUERY_WORKER_IDLE_S,
    'seconds a query worker may stay idle before it stops; workers start on demand, when cache misses keep the main thread busy or queue for the workers up; `0` starts every worker with the server and keeps it'),
} as const;

export const ENV_VARIABLES: readonly EnvVariable<unknown>[] = Object.values(ENVIRONMENT);

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = <T>(variable: EnvVariable<T>): T => variable.parse(env[variable.name]);
  const port = read(ENVIRONMENT.port);
  const logLevel = read(ENVIRONMENT.logLevel);
  return {
    host: read(ENVIRONMENT.host),
    port,
    dbPath: read(ENVIRONMENT.dbPath),
    seedDir: read(ENVIRONMENT.seedDir),
    logLevel,
    corsOrigins: read(ENVIRONMENT.corsOrigins),
    limits: {
      rateLimitMax: read(ENVIRONMENT.rateLimitMax),
      rateLimitWindowMs: read(ENVIRONMENT.rateLimitWindowMs),
      maxEventLoopDelayMs: read(ENVIRONMENT.maxEventLoopDelayMs),
      pressureSampleIntervalMs: DEFAULT_LIMITS.pressureSampleIntervalMs,
      maxConnections: read(ENVIRONMENT.maxConnections),
      maxConnectionsPerClient: read(ENVIRONMENT.maxConnectionsPerClient),
      maxInFlightPerClient: read(ENVIRONMENT.maxInFlightPerClient),
      maxInFlightPerConnection: read(ENVIRONMENT.maxInFlightPerConnection),
      clientCpuBudgetMs: read(ENVIRONMENT.clientCpuBudgetMs),
      maxQueueWaitMs: read(ENVIRONMENT.maxQueueWaitMs),
      maxUnsentBytes: read(ENVIRONMENT.maxUnsentMb) * MIB,
      maxUnsentBytesPerClient: read(ENVIRONMENT.maxUnsentMbPerClient) * MIB,
    },
    trustProxy: read(ENVIRONMENT.trustProxy),
    responseCacheBytes: read(ENVIRONMENT.responseCacheMb) * MIB,
    queryWorkers: read(ENVIRONMENT.queryWorkers),
    queryWorkerIdleMs: read(ENVIRONMENT.queryWorkerIdleS) * 1000,
  };
}
