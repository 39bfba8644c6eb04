// The timeline merges every dated collection of the registry; each item must say what its own row says.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { DATED_COLLECTIONS } from '../src/collections/index.js';
import { buildDatabase } from '../src/db/build.js';
import { copySeed, tempDir } from './helpers/db.js';

interface TimelineItem { type: string; id: string; date: string; derived: boolean; date_precision: string }

let app: FastifyInstance;
let derivedStatement: string;

beforeAll(async () => {
  // A statement dated only by its month, inferred: the case the timeline once reported as stated.
  const seedDir = copySeed();
  const file = join(seedDir, 'facts', 'statements.yaml');
  const statements = parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  const target = statements[0]!;
  derivedStatement = target.id as string;
  Object.assign(target, { date: '2026-01', date_precision: 'month', derived: true, note: 'The month is inferred from the publication date, not stated.' });
  writeFileSync(file, stringify(statements));
  const dbPath = join(tempDir(), 'facts.db');
  buildDatabase({ dbPath, seedDir });
  app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
});
afterAll(async () => { await app?.close(); });

const get = async (url: string) => JSON.parse((await app.inject({ method: 'GET', url })).body);

describe('/v1/timeline', () => {
  it('lists the dated rows of every dated collection, each with its own row\'s derived flag', async () => {
    const { data, meta } = await get('/v1/timeline?limit=500') as { data: TimelineItem[]; meta: { total: number } };
    expect(data.length).toBe(meta.total);
    expect(new Set(data.map((item) => item.type))).toEqual(new Set(DATED_COLLECTIONS.filter((c) => data.some((i) => i.type === c.type)).map((c) => c.type)));
    for (const item of data) {
      const collection = DATED_COLLECTIONS.find((c) => c.type === item.type)!;
      const { data: row } = await get(`/v1/${collection.name}/${item.id}`);
      expect(item.derived, `${item.type} ${item.id}`).toBe(row.derived ?? false);
      expect(item.date_precision).toBe(row.date_precision);
    }
  });

  it('says an inferred statement date is derived, as /v1/statements does', async () => {
    const { data } = await get('/v1/timeline?limit=500') as { data: TimelineItem[] };
    const item = data.find((i) => i.id === derivedStatement);
    expect(item).toMatchObject({ type: 'statement', date: '2026-01', date_precision: 'month', derived: true });
    const { data: rows } = await get('/v1/statements?derived=true');
    expect(rows.map((r: { id: string }) => r.id)).toContain(derivedStatement);
  });
});
