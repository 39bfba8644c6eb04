import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { expectedMigration } from '../src/lib/paths.js';
import { ids, useApp } from './helpers/app.js';

const t = useApp();

describe('GET /v1', () => {
  it('lists every collection with its link and real row count, and the dataset build', async () => {
    const r = (await t.get('/v1')).json.data;
    expect(r.collections.map((c: { name: string }) => c.name)).toEqual(['sources', 'people', 'organizations', 'places', 'events', 'deployments', 'protests', 'measures', 'statements', 'claims']);
    for (const c of r.collections) {
      const page = (await t.get(`${c.href}?limit=1`)).json;
      expect(page.meta.total, c.name).toBe(c.count);
    }
    const db = new Database(t.dbPath, { readonly: true });
    expect(r.dataset.content_hash).toBe((db.prepare("SELECT value FROM dataset_info WHERE key = 'content_hash'").get() as { value: string }).value);
    db.close();
    expect(r.dataset.migration).toBe(expectedMigration().tag);
  });
});

describe('GET /v1/entities/{id}', () => {
  it('finds any id with its type, mentions and related claims', async () => {
    const ice = (await t.get('/v1/entities/ice')).json.data;
    expect(ice).toMatchObject({ id: 'ice', type: 'organization', title: 'United States Immigration and Customs Enforcement' });
    expect(ice.item.acronym).toBe('ICE');
    expect(new Set(ice.mentions.map((m: { source_id: string }) => m.source_id))).toEqual(new Set(['ice-role-political-backlash', 'ice-role-public-backlash']));
    const related = ice.related as Array<{ subject_id: string; object_id: string | null }>;
    expect(related.length).toBeGreaterThan(5);
    for (const claim of related) expect([claim.subject_id, claim.object_id]).toContain('ice');
    expect((await t.get('/v1/entities/mayor-of-milan')).json.data).toMatchObject({ type: 'person', title: 'Mayor of Milan' });
    expect((await t.get('/v1/entities/ice-out-rally')).json.data.type).toBe('protest');
    expect((await t.get('/v1/entities/ice-role-public-backlash')).json.data).toMatchObject({ type: 'source', mentions: [] });
  });
});

describe('GET /v1/search', () => {
  it('ranks hits, marks matches in the snippet and covers sources and entities', async () => {
    const r = (await t.get('/v1/search?q=carabinieri')).json;
    expect(r.data[0]).toMatchObject({ type: 'organization', id: 'carabinieri' });
    expect(r.data.map((h: { type: string }) => h.type)).toContain('source');
    for (const hit of r.data) expect(hit.snippet).toMatch(/<mark>carabinieri<\/mark>/i);
    expect(r.meta.total).toBe(r.data.length);
  });

  it('folds diacritics and case, and requires every word', async () => {
    expect(ids((await t.get('/v1/search?q=SAN%20SIRO&type=place')).json)).toEqual(['san-siro-stadium']);
    expect((await t.get('/v1/search?q=san%20siro%20zzzz')).json.data).toEqual([]);
  });

  it('treats FTS5 syntax as plain text and returns 200 with no hits when nothing matches', async () => {
    for (const q of ['"', 'ICE OR', 'NEAR(a b)', '*', 'ice AND "x', '-', '(', 'col:x']) {
      const r = await t.get(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
      expect(Array.isArray(r.json.data)).toBe(true);
    }
    expect((await t.get('/v1/search?q=zzzz')).json).toMatchObject({ data: [], meta: { total: 0 } });
  });

  it('needs q', async () => {
    expect((await t.get('/v1/search')).json.errors).toEqual([{ parameter: 'q', message: 'is required' }]);
  });
});

describe('GET /v1/timeline', () => {
  it('lists dated items in date order with their precision', async () => {
    const items = (await t.get('/v1/timeline')).json.data as Array<{ date: string; type: string; id: string; date_precision: string; derived: boolean }>;
    expect(items.map((i) => i.id)).toEqual(['paris-2024', 'ice-role-announcement', 'preceding-saturday-protests', 'opening-ceremony', 'ice-out-rally', 'milan-cortina-2026', 'red-zones']);
    expect(items[0]).toMatchObject({ date: '2024', date_precision: 'year' });
    expect(items.find((i) => i.id === 'preceding-saturday-protests')!.derived).toBe(true);
    expect(items.find((i) => i.id === 'red-zones')).toMatchObject({ type: 'measure', date: '2026-02-06', end: '2026-02-22' });
  });

  it('keeps items whose period overlaps from/to', async () => {
    expect(ids((await t.get('/v1/timeline?from=2026-02-10&to=2026-02-12')).json)).toEqual(['milan-cortina-2026', 'red-zones']);
    expect(ids((await t.get('/v1/timeline?from=2024-05-01&to=2024-05-31')).json)).toEqual(['paris-2024']);
    expect((await t.get('/v1/timeline?from=2026-02-10&to=2026-02-01')).status).toBe(400);
  });
});

describe('GET /v1/stats/deployments', () => {
  it('puts the stated total beside the sum of its parts, keeping qualifiers', async () => {
    const stats = (await t.get('/v1/stats/deployments')).json.data;
    expect(stats.stated_totals).toEqual([{
      deployment_id: 'law-enforcement-deployment',
      organization_id: 'italian-law-enforcement',
      stated: { value: 6000, qualifier: 'approximately' },
      sum_of_parts: { value: 5800, qualifier: 'approximately' },
      difference: 200,
      // Each part's membership in the stated total is inferred (the parts are derived rows), and says so.
      derived: true,
      parts: [
        { deployment_id: 'carabinieri-deployment', organization_id: 'carabinieri', personnel: { value: 2000, qualifier: 'approximately' }, derived: true },
        { deployment_id: 'guardia-di-finanza-deployment', organization_id: 'guardia-di-finanza', personnel: { value: 800, qualifier: 'more_than' }, derived: true },
        { deployment_id: 'regular-police-deployment', organization_id: 'italian-regular-police', personnel: { value: 3000, qualifier: 'more_than' }, derived: true },
      ],
    }]);
    expect(stats.total).toEqual({ personnel: { value: 6000, qualifier: 'approximately' }, deployments: 2, unstated: 1, derived: false });
    expect(stats.by_organization.find((o: { organization_id: string }) => o.organization_id === 'ice')).toMatchObject({ personnel: { value: null, qualifier: null }, unstated: 1 });
    expect((await t.get('/v1/stats/deployments?event=paris-2024')).json.data.total.deployments).toBe(0);
  });
});

describe('health', () => {
  it('reports liveness and readiness at the expected migration', async () => {
    expect((await t.get('/healthz')).json).toEqual({ status: 'ok' });
    expect((await t.get('/readyz')).json).toMatchObject({ status: 'ready', migration: expectedMigration().tag });
  });

  it('serves Swagger UI at /docs and the live spec at /openapi.json', async () => {
    const docs = await t.app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    expect((await t.get('/openapi.json')).json.openapi).toBe('3.1.0');
  });
});
