// Server configuration from environment variables, with safe defaults; a bad value stops the start.
import { DEFAULT_DB_PATH } from './lib/paths.js';

export interface Config {
  host: string;
  port: number;
  dbPath: string;
  logLevel: string;
  corsOrigins: string[];
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
  };
}
