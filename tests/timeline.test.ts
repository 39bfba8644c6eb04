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
  Object.assign(target, { date: '2026-01', date_precision: 'month', derived: true, note: 'The date is inferred: its month from the publication date, not stated.' });
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

  it('narrows by type and review exactly as the rows say', async () => {
    const { data: all } = await get('/v1/timeline?limit=500') as { data: TimelineItem[] };
    for (const type of new Set(all.map((i) => i.type))) {
      const { data, meta } = await get(`/v1/timeline?type=${type}&limit=500`);
      expect(data.map((i: TimelineItem) => i.id)).toEqual(all.filter((i) => i.type === type).map((i) => i.id));
      expect(meta.total).toBe(data.length);
    }
    for (const review of ['reviewed', 'machine']) {
      const expected: string[] = [];
      for (const item of all) {
        const collection = DATED_COLLECTIONS.find((c) => c.type === item.type)!;
        if ((await get(`/v1/${collection.name}/${item.id}`)).data.review === review) expected.push(item.id);
      }
      expect((await get(`/v1/timeline?review=${review}&limit=500`)).data.map((i: TimelineItem) => i.id)).toEqual(expected);
    }
  });

  it('narrows by source and by place (with the places inside it) as each collection\'s own filters do', async () => {
    const { data: all } = await get('/v1/timeline?limit=500') as { data: TimelineItem[] };
    const idsOf = async (url: string) => new Set(((await get(url)).data as Array<{ id: string }>).map((r) => r.id));
    const { data: sources } = await get('/v1/sources');
    for (const { id: source } of sources as Array<{ id: string }>) {
      const citing = new Set<string>();
      for (const c of DATED_COLLECTIONS) for (const id of await idsOf(`/v1/${c.name}?source=${source}&limit=500`)) citing.add(id);
      const { data } = await get(`/v1/timeline?source=${source}&limit=500`);
      expect(data.map((i: TimelineItem) => i.id)).toEqual(all.filter((i) => citing.has(i.id)).map((i) => i.id));
    }
    const { data: places } = await get('/v1/places?limit=500');
    let nonEmpty = 0;
    for (const { id: place } of places as Array<{ id: string }>) {
      const inside = [place, ...await idsOf(`/v1/places?within=${place}&limit=500`)];
      const named = new Set<string>();
      for (const c of DATED_COLLECTIONS) {
        const url = c.name === 'statements' ? `/v1/statements?about=${inside.join(',')}&limit=500` : `/v1/${c.name}?place=${place}&limit=500`;
        for (const id of await idsOf(url)) named.add(id);
      }
      const { data } = await get(`/v1/timeline?place=${place}&limit=500`);
      expect(data.map((i: TimelineItem) => i.id), place).toEqual(all.filter((i) => named.has(i.id)).map((i) => i.id));
      if (data.length) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('answers an id of nothing, or of another type, with a 400 naming the parameter', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/v1/timeline?place=atlantis' });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.parse(unknown.body).errors[0]).toMatchObject({ parameter: 'place' });
    const { data: people } = await get('/v1/people?limit=1');
    const wrong = await app.inject({ method: 'GET', url: `/v1/timeline?source=${people[0].id}` });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.parse(wrong.body).errors[0].message).toContain('not a source');
    expect((await app.inject({ method: 'GET', url: '/v1/timeline?type=person' })).statusCode).toBe(400);
  });
});
