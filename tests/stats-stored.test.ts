// The statistics the build stores hold against the deployment rows themselves, read with plain queries: every
// event's forces, totals and stated totals add up, hedges combine as the number rules say, and forces of
// different events are never added together. On the fixture seed, the fixture with deployments moved to
// another event and to none (a stated total with a part in another event), and a synthetic corpus.
// (Until this branch the route computed them per request; a test compared every answer with that
// computation (commit c92c2e2) before the per-request code was removed.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { combineQualifiers } from '../src/lib/quantities.js';
import type { EventStats } from '../src/schemas/stats.js';
import type { Qualifier } from '../src/schemas/vocabulary.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { copySeed, tempDir } from './helpers/db.js';
import { FIXTURE_SEED } from './helpers/paths.js';

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

interface Deployment { id: string; event_id: string | null; organization_id: string; personnel_value: number | null; personnel_qualifier: Qualifier | null; part_of_id: string | null; derived: number }

/** The hedged sum of some rows as the number rules state it: null when none states a number. */
function hedgedSum(rows: Deployment[]) {
  const stated = rows.filter((r) => r.personnel_value !== null);
  if (!stated.length) return { value: null, qualifier: null };
  return { value: stated.reduce((n, r) => n + r.personnel_value!, 0), qualifier: combineQualifiers(stated.map((r) => r.personnel_qualifier!)) };
}

const corpora: Array<[string, () => string, number]> = [['fixture seed', () => FIXTURE_SEED, 1], ['moved events', movedSeed, 3], ['synthetic corpus', syntheticSeed, 30]];

describe.each(corpora)('stored statistics on the %s', (_, seedDir, eventCount) => {
  let app: FastifyInstance;
  let rows: Deployment[];
  beforeAll(async () => {
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir: seedDir() });
    const sqlite = new Database(dbPath, { readonly: true });
    rows = sqlite.prepare('SELECT id, event_id, organization_id, personnel_value, personnel_qualifier, part_of_id, derived FROM deployments').all() as Deployment[];
    sqlite.close();
    app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
  });
  afterAll(async () => { await app?.close(); });

  const answer = async (query: string) => {
    const response = await app.inject(`/v1/stats/deployments?${query}`);
    expect(response.statusCode, query).toBe(200);
    return JSON.parse(response.body);
  };

  it('lists every event with deployments once, in id order, deployments of no stated event last', async () => {
    const { data, meta } = await answer('limit=500');
    const events = [...new Set(rows.map((r) => r.event_id))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
    expect(events.length).toBe(eventCount);
    expect(data.events.map((e: EventStats) => e.event_id)).toEqual(events);
    expect(meta.total).toBe(eventCount);
  });

  it('adds up each force and each total from the event\'s own deployments, hedges combined', async () => {
    const { data } = await answer('limit=500');
    for (const event of data.events as EventStats[]) {
      const own = rows.filter((r) => r.event_id === event.event_id);
      const forces = [...new Set(own.map((r) => r.organization_id))];
      expect(event.by_organization.map((o) => o.organization_id).sort()).toEqual(forces.sort());
      for (const force of event.by_organization) {
        const its = own.filter((r) => r.organization_id === force.organization_id);
        expect(force, `${event.event_id} ${force.organization_id}`).toMatchObject({
          personnel: hedgedSum(its), deployments: its.length, unstated: its.filter((r) => r.personnel_value === null).length, derived: its.some((r) => r.derived === 1),
        });
      }
      const topLevel = own.filter((r) => r.part_of_id === null);
      expect(event.total).toEqual({ personnel: hedgedSum(topLevel), deployments: topLevel.length, unstated: topLevel.filter((r) => r.personnel_value === null).length, derived: topLevel.some((r) => r.derived === 1) });
    }
  });

  it('puts each stated total beside the sum of its parts, derived when a part is', async () => {
    const { data } = await answer('limit=500');
    const totals = (data.events as EventStats[]).flatMap((e) => e.stated_totals.map((t) => ({ ...t, event_id: e.event_id })));
    expect(totals.map((t) => t.deployment_id).sort()).toEqual([...new Set(rows.flatMap((r) => (r.part_of_id ? [r.part_of_id] : [])))].sort());
    for (const total of totals) {
      const stated = rows.find((r) => r.id === total.deployment_id)!;
      const parts = rows.filter((r) => r.part_of_id === stated.id).sort((a, b) => (a.id < b.id ? -1 : 1));
      const sum = hedgedSum(parts);
      expect(total.event_id).toBe(stated.event_id);
      expect(total.stated).toEqual({ value: stated.personnel_value, qualifier: stated.personnel_qualifier });
      expect(total.sum_of_parts).toEqual(sum);
      expect(total.difference).toBe(stated.personnel_value !== null && sum.value !== null ? stated.personnel_value - sum.value : null);
      expect(total.derived).toBe(parts.some((p) => p.derived === 1));
      expect(total.parts.map((p) => [p.deployment_id, p.personnel.value, p.derived])).toEqual(parts.map((p) => [p.id, p.personnel_value, p.derived === 1]));
    }
  });

  it('gives every grouping a derived flag: forces, stated totals, their parts and every total', async () => {
    const { data } = await answer('limit=500');
    const groupings = (stats: Pick<EventStats, 'by_organization' | 'stated_totals' | 'total'>) => [
      ...stats.by_organization, ...stats.stated_totals, ...stats.stated_totals.flatMap((t) => t.parts), stats.total,
    ];
    for (const grouping of [...groupings(data), ...(data.events as EventStats[]).flatMap(groupings)]) expect(typeof grouping.derived, JSON.stringify(grouping)).toBe('boolean');
  });

  it('never adds forces of different events: several events have no total personnel, one event is its own answer', async () => {
    const { data } = await answer('limit=500');
    const events = data.events as EventStats[];
    if (events.length > 1) {
      expect(data.total).toEqual({
        personnel: { value: null, qualifier: null }, deployments: events.reduce((n, e) => n + e.total.deployments, 0), unstated: events.reduce((n, e) => n + e.total.unstated, 0), derived: events.some((e) => e.total.derived),
      });
      const two = events.filter((e) => e.event_id !== null).slice(0, 2);
      expect((await answer(`event=${two.map((e) => e.event_id).join(',')}`)).data.total.derived).toBe(two.some((e) => e.total.derived));
      expect(data.by_organization).toEqual(events.flatMap((e) => e.by_organization.map((o) => ({ ...o, event_id: e.event_id }))));
      expect(data.stated_totals).toEqual(events.flatMap((e) => e.stated_totals));
    } else {
      expect(data).toEqual({ by_organization: events[0]!.by_organization, stated_totals: events[0]!.stated_totals, total: events[0]!.total, events });
    }
    for (const event of events.filter((e) => e.event_id !== null)) {
      const alone = (await answer(`event=${event.event_id}`)).data;
      expect(alone).toEqual({ by_organization: event.by_organization, stated_totals: event.stated_totals, total: event.total, events: [event] });
    }
  });
});
