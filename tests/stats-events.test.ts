// /v1/stats/deployments over several events (contract v1.2): forces of different events are never added
// together; each event's figures stand on their own and equal what ?event= answers for it alone.
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { tempDir } from './helpers/db.js';

let app: FastifyInstance;
beforeAll(async () => {
  const dir = tempDir('event-facts-stats-');
  writeSyntheticCorpus({ articles: 4, seed: 3, out: join(dir, 'seed') });
  buildDatabase({ dbPath: join(dir, 'facts.db'), seedDir: join(dir, 'seed') });
  app = await buildApp({ dbPath: join(dir, 'facts.db'), limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
});
afterAll(async () => { await app?.close(); });

const stats = async (query = '') => JSON.parse((await app.inject(`/v1/stats/deployments${query}`)).body).data;

describe('deployment statistics per event', () => {
  it('keeps each event apart: no personnel added across events, each event as ?event= answers it', async () => {
    const all = await stats();
    expect(all.events.length).toBe(4);
    expect(all.total.personnel).toEqual({ value: null, qualifier: null });
    expect(all.total.deployments).toBe(all.events.reduce((n: number, e: { total: { deployments: number } }) => n + e.total.deployments, 0));
    for (const event of all.events) {
      const alone = await stats(`?event=${event.event_id}`);
      expect(alone.events).toEqual([event]);
      expect(alone.total).toEqual(event.total);
      expect(alone.total.personnel.value).not.toBeNull();
      expect(alone.by_organization).toEqual(event.by_organization);
      expect(all.by_organization.filter((o: { event_id: string }) => o.event_id === event.event_id).map(({ event_id: _, ...o }: { event_id: string }) => o)).toEqual(event.by_organization);
    }
  });

  it('writes one block of rows per event in CSV, each with its own total', async () => {
    const all = await stats();
    const rows = parse((await app.inject('/v1/stats/deployments?format=csv')).body, { columns: true }) as Array<Record<string, string>>;
    const totals = rows.filter((r) => r.section === 'total');
    expect(totals.map((r) => r.event_id)).toEqual(all.events.map((e: { event_id: string }) => e.event_id));
    for (const [i, event] of all.events.entries()) expect(totals[i]!['personnel.value']).toBe(String(event.total.personnel.value));
  });
});
