// /v1/stats/deployments over several events (contract v1.2): forces of different events are never added
// together; each event's figures stand on their own and equal what ?event= answers for it alone. The answer
// is paged by event like every list (limit, offset, after; meta.total, Link), in JSON, NDJSON and CSV.
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import type { EventStats } from '../src/schemas/stats.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { tempDir } from './helpers/db.js';

const ARTICLES = 12;
let app: FastifyInstance;
beforeAll(async () => {
  const dir = tempDir('event-facts-stats-');
  writeSyntheticCorpus({ articles: ARTICLES, seed: 3, out: join(dir, 'seed') });
  buildDatabase({ dbPath: join(dir, 'facts.db'), seedDir: join(dir, 'seed') });
  app = await buildApp({ dbPath: join(dir, 'facts.db'), limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
});
afterAll(async () => { await app?.close(); });

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });
const stats = async (query = '') => JSON.parse((await get(`/v1/stats/deployments${query}`)).body);
const ids = (events: EventStats[]) => events.map((e) => e.event_id);
const readCsv = (body: string) => parse(body, { columns: true }) as Array<Record<string, string>>;

describe('deployment statistics per event', () => {
  it('keeps each event apart: no personnel added across events, each event as ?event= answers it', async () => {
    const all = (await stats('?limit=500')).data;
    expect(all.events.length).toBe(ARTICLES);
    expect(all.total.personnel).toEqual({ value: null, qualifier: null });
    expect(all.total.deployments).toBe(all.events.reduce((n: number, e: EventStats) => n + e.total.deployments, 0));
    for (const event of all.events as EventStats[]) {
      const alone = (await stats(`?event=${event.event_id}`)).data;
      expect(alone.events).toEqual([event]);
      expect(alone.total).toEqual(event.total);
      expect(alone.total.personnel.value).not.toBeNull();
      expect(alone.by_organization).toEqual(event.by_organization);
      expect(all.by_organization.filter((o: { event_id: string }) => o.event_id === event.event_id).map(({ event_id: _, ...o }: { event_id: string }) => o)).toEqual(event.by_organization);
    }
  });

  it('writes one block of rows per event in CSV, each with its own total, read back by a CSV parser', async () => {
    const all = (await stats('?limit=500')).data;
    const rows = readCsv((await get('/v1/stats/deployments?format=csv&limit=500')).body);
    const totals = rows.filter((r) => r.section === 'total');
    expect(totals.map((r) => r.event_id)).toEqual(ids(all.events));
    for (const [i, event] of (all.events as EventStats[]).entries()) expect(totals[i]!['personnel.value']).toBe(String(event.total.personnel.value));
    const forces = rows.filter((r) => r.section === 'organization');
    expect(forces.map((r) => [r.event_id, r.organization_id, r['personnel.value'], r.deployments]))
      .toEqual(all.by_organization.map((o: EventStats['by_organization'][number] & { event_id: string }) => [o.event_id, o.organization_id, String(o.personnel.value ?? ''), String(o.deployments)]));
  });
});

describe('paging by event', () => {
  /** Follows links.next from a first page, checking the Link header says the same; returns every page. */
  async function walk(first: string) {
    const pages: Array<{ data: { events: EventStats[] }; meta: { total: number } }> = [];
    let url: string | null = first;
    while (url !== null && pages.length <= ARTICLES) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      const body = JSON.parse(response.body);
      expect(response.headers['x-total-count']).toBe(String(body.meta.total));
      expect(String(response.headers.link ?? '').includes(`<${body.links.next}>; rel="next"`)).toBe(body.links.next !== null);
      pages.push(body);
      url = body.links.next;
    }
    return pages;
  }

  it('lists every event exactly once over all pages, by offset and by cursor, with meta.total the number of events', async () => {
    const everyEvent = ids((await stats('?limit=500')).data.events);
    for (const first of ['/v1/stats/deployments?limit=5', '/v1/stats/deployments?limit=5&after=a']) {
      const pages = await walk(first);
      expect(pages.map((p) => p.data.events.length), first).toEqual([5, 5, 2]);
      expect(pages.flatMap((p) => ids(p.data.events)), first).toEqual(everyEvent);
      expect(pages.every((p) => p.meta.total === ARTICLES)).toBe(true);
    }
    const second = await stats('?limit=5&offset=5');
    expect(second.links.prev).toBe('/v1/stats/deployments?limit=5&offset=0');
    expect(ids((await stats(`?after=${everyEvent[4]}&limit=5`)).data.events)).toEqual(everyEvent.slice(5, 10));
  });

  it('pages the events a filter names, and states totals over all of them whatever the page', async () => {
    const chosen = ids((await stats('?limit=500')).data.events).slice(2, 6) as string[];
    const all = (await stats(`?event=${chosen.join(',')}&limit=500`));
    const page = await stats(`?event=${chosen.join(',')}&limit=2&offset=2`);
    expect(page.meta).toEqual({ total: 4, limit: 2, offset: 2 });
    expect(ids(page.data.events)).toEqual(chosen.slice(2));
    expect(page.data.total).toEqual(all.data.total);
    expect(page.data.by_organization.map((o: { event_id: string }) => o.event_id)).toEqual(chosen.slice(2));
    const past = await stats(`?event=${chosen.join(',')}&offset=10`);
    expect(past.data).toMatchObject({ events: [], by_organization: [], stated_totals: [], total: all.data.total });
  });

  it('has a default page of 50 events and refuses bad paging and filter values with a problem naming the parameter', async () => {
    expect((await stats()).meta).toEqual({ total: ARTICLES, limit: 50, offset: 0 });
    for (const [query, parameter] of [['limit=0', 'limit'], ['limit=501', 'limit'], ['limit=abc', 'limit'], ['offset=-1', 'offset'], ['after=Not%20a%20slug', 'after'],
      ['event=no-such-event', 'event'], ['event=force-0', 'event'], ['format=xml', 'format'], ['sort=name', 'sort']] as const) {
      const response = await get(`/v1/stats/deployments?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type'], query).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(response.body).errors.map((e: { parameter: string }) => e.parameter), query).toContain(parameter);
    }
    expect((await get('/v1/stats/deployments', { accept: 'text/html' })).statusCode).toBe(406);
  });

  it('serves a page as NDJSON (one event a line) and CSV (the page\'s events only)', async () => {
    const json = await stats('?limit=4&offset=4');
    const ndjson = await get('/v1/stats/deployments?limit=4&offset=4', { accept: 'application/x-ndjson' });
    expect(ndjson.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(ndjson.headers['x-total-count']).toBe(String(ARTICLES));
    expect(ndjson.body.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(json.data.events);
    const csv = await get('/v1/stats/deployments?limit=4&offset=4&format=csv');
    expect(csv.headers.link).toContain('offset=8');
    const rows = readCsv(csv.body);
    expect([...new Set(rows.map((r) => r.event_id))]).toEqual(ids(json.data.events));
    expect(rows.length).toBe(json.data.events.reduce((n: number, e: EventStats) => n + e.by_organization.length + e.stated_totals.length + 1, 0));
  });
});
