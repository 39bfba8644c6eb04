// For `npm run attack`: the served file overwritten in place (`cp new.db served.db`, same inode) while 8
// clients keep asking, the way an operator's mistake would do it. Every answer must be a 200 whose rows
// belong to the version its Dataset-Version names, or a 503 with Retry-After (or a 429 with Retry-After: the
// 8 clients are one address, and fair sharing may turn part of their load away).
import { closeSync, copyFileSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './server-process.js';

export interface OverwriteResult { statuses: Map<number, number>; wrongRows: number; bad: number; versions: string[] }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Each asked with a new offset, so that it reaches SQL instead of the response cache. */
const URLS = ['/v1/sources?limit=1', '/v1/search?q=in&limit=1', '/v1/people?limit=1', '/v1/claims?limit=1&format=csv'];

/** Serves a copy of `original` from `dir`, copies `replacement` over it in 16 slow chunks under load, and counts the answers. */
export async function overwriteUnderLoad(dir: string, original: string, replacement: string): Promise<OverwriteResult> {
  const served = join(dir, 'served.db');
  copyFileSync(original, served);
  const server = await startServer({ DATABASE_PATH: served, LOG_LEVEL: 'warn', MAX_EVENT_LOOP_DELAY_MS: '0' }, { compiled: true });
  const totals = new Map<string, number>(); // version → /v1/sources total seen first for it
  const result: OverwriteResult = { statuses: new Map(), wrongRows: 0, bad: 0, versions: [] };
  let running = true;
  const client = async (n: number) => {
    for (let i = n; running; i += 8) {
      const url = URLS[i % URLS.length]!;
      const r = await fetch(`${server.base}${url}&offset=${i % 997}`).catch(() => null);
      const body = r ? await r.text() : '';
      const status = r?.status ?? 0;
      result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
      // 429 with Retry-After is fair sharing turning away part of one address's load (the 8 clients share one).
      if (status !== 200 && !((status === 503 || status === 429) && r?.headers.get('retry-after'))) result.bad += 1;
      if (status === 200 && url.startsWith('/v1/sources')) {
        const version = r!.headers.get('dataset-version')!;
        const total = (JSON.parse(body) as { meta: { total: number } }).meta.total;
        if (!totals.has(version)) { totals.set(version, total); result.versions.push(version); }
        if (totals.get(version) !== total) result.wrongRows += 1;
      }
    }
  };
  try {
    const clients = Array.from({ length: 8 }, (_, n) => client(n));
    await sleep(1000);
    const bytes = readFileSync(replacement);
    const fd = openSync(served, 'w');
    const chunk = Math.ceil(bytes.length / 16);
    for (let offset = 0; offset < bytes.length; offset += chunk) {
      writeSync(fd, bytes, offset, Math.min(chunk, bytes.length - offset), offset);
      await sleep(50);
    }
    closeSync(fd);
    await sleep(4000);
    running = false;
    await Promise.all(clients);
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
  }
  return result;
}
