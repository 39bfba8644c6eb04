// The statistics the build stores answer exactly what the route computed on every request before: the
// fixture seed, the fixture with deployments moved to another event and to none, and a synthetic corpus.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { copySeed, tempDir } from './helpers/db.js';
import { FIXTURE_SEED } from './helpers/paths.js';
import { deploymentStats } from './helpers/legacy-stats.js';

/** The fixture with one force of no stated event and one part of the stated total securing another event. */
function movedSeed(): string {
  const seed = copySeed();
  const file = join(seed, 'facts', 'deployments.yaml');
  const blocks = readFileSync(file, 'utf8').split(/^(?=- id: )/m);
  const moved = blocks.map((block) => {
    if (block.startsWith('- id: ice-deployment')) return block.replace('event_id: milan-cortina-2026', 'event_id: null');
    if (block.startsWith('- id: guardia-di-finanza-deployment')) return block.replace('event_id: milan-cortina-2026', 'event_id: paris-2024');
    return block;
  });
  writeFileSync(file, moved.join(''));
  return seed;
}

function syntheticSeed(): string {
  const out = join(tempDir('event-facts-stats-stored-'), 'seed');
  writeSyntheticCorpus({ articles: 30, seed: 5, out });
  return out;
}

const corpora: Array<[string, () => string]> = [['fixture seed', () => FIXTURE_SEED], ['moved events', movedSeed], ['synthetic corpus', syntheticSeed]];

describe.each(corpora)('stored statistics on the %s', (_, seedDir) => {
  let app: FastifyInstance;
  let sqlite: Database.Database;
  beforeAll(async () => {
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir: seedDir() });
    sqlite = new Database(dbPath, { readonly: true });
    app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
  });
  afterAll(async () => { sqlite?.close(); await app?.close(); });

  const answer = async (query: string) => {
    const response = await app.inject(`/v1/stats/deployments?${query}`);
    expect(response.statusCode, query).toBe(200);
    return JSON.parse(response.body).data;
  };
  const computed = (events: string[]) => JSON.parse(JSON.stringify(deploymentStats(sqlite, events)));

  it('answers what the per-request computation gave: every event, each event alone, and pairs', async () => {
    const all = computed([]);
    expect(all.events.length).toBeGreaterThan(0);
    expect(await answer('limit=500')).toEqual(all);
    const ids = all.events.map((e: { event_id: string | null }) => e.event_id).filter((id: string | null) => id !== null);
    for (const id of ids) expect(await answer(`event=${id}`), id).toEqual(computed([id]));
    for (const [a, b] of ids.slice(1).map((id: string, i: number) => [ids[i], id])) expect(await answer(`event=${a},${b}`)).toEqual(computed([a, b]));
  });
});
