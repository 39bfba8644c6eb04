// Server configuration from environment variables, with safe defaults; a bad value stops the start.
import { DEFAULT_RESPONSE_CACHE_BYTES } from './app.js';
import { DEFAULT_DB_PATH } from './lib/paths.js';
import { DEFAULT_LIMITS, type LimitOptions } from './plugins/limits.js';

export interface Config {
  host: string;
  port: number;
  dbPath: string;
  logLevel: string;
  corsOrigins: string[];
  limits: LimitOptions;
  trustProxy: boolean | string[];
  responseCacheBytes: number;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

/** TRUST_PROXY: unset/false, true (trust any proxy), or a comma list of proxy addresses/CIDRs. */
function trustProxy(raw: string | undefined): boolean | string[] {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return raw.split(',').map((a) => a.trim()).filter(Boolean);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be an integer 0–65535, got "${env.PORT}"`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dbPath: env.DATABASE_PATH ?? DEFAULT_DB_PATH,
    logLevel,
    corsOrigins: (env.CORS_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean),
    limits: {
      rateLimitMax: wholeNumber(env, 'RATE_LIMIT_MAX', DEFAULT_LIMITS.rateLimitMax),
      rateLimitWindowMs: wholeNumber(env, 'RATE_LIMIT_WINDOW_MS', DEFAULT_LIMITS.rateLimitWindowMs),
      maxEventLoopDelayMs: wholeNumber(env, 'MAX_EVENT_LOOP_DELAY_MS', DEFAULT_LIMITS.maxEventLoopDelayMs),
      pressureSampleIntervalMs: DEFAULT_LIMITS.pressureSampleIntervalMs,
      maxConnections: wholeNumber(env, 'MAX_CONNECTIONS', DEFAULT_LIMITS.maxConnections),
      maxConnectionsPerClient: wholeNumber(env, 'MAX_CONNECTIONS_PER_CLIENT', DEFAULT_LIMITS.maxConnectionsPerClient),
      maxInFlightPerClient: wholeNumber(env, 'MAX_IN_FLIGHT_PER_CLIENT', DEFAULT_LIMITS.maxInFlightPerClient),
      maxInFlightPerConnection: wholeNumber(env, 'MAX_IN_FLIGHT_PER_CONNECTION', DEFAULT_LIMITS.maxInFlightPerConnection),
      clientCpuBudgetMs: wholeNumber(env, 'CLIENT_CPU_BUDGET_MS', DEFAULT_LIMITS.clientCpuBudgetMs),
      maxQueueWaitMs: wholeNumber(env, 'MAX_QUEUE_WAIT_MS', DEFAULT_LIMITS.maxQueueWaitMs),
      maxUnsentBytes: wholeNumber(env, 'MAX_UNSENT_MB', DEFAULT_LIMITS.maxUnsentBytes / 2 ** 20) * 2 ** 20,
      maxUnsentBytesPerClient: wholeNumber(env, 'MAX_UNSENT_MB_PER_CLIENT', DEFAULT_LIMITS.maxUnsentBytesPerClient / 2 ** 20) * 2 ** 20,
    },
    trustProxy: trustProxy(env.TRUST_PROXY),
    responseCacheBytes: wholeNumber(env, 'RESPONSE_CACHE_MB', DEFAULT_RESPONSE_CACHE_BYTES / 1024 / 1024) * 1024 * 1024,
  };
}
