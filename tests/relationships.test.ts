import { describe, expect, it } from 'vitest';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import { tableFilters } from '../src/db/relations.js';
import { ids, useApp } from './helpers/app.js';

const t = useApp();
const all = async (url: string) => (await t.get(`${url}${url.includes('?') ? '&' : '?'}limit=500`)).json.data as Array<Record<string, any>>;
const SOURCES = ['ice-role-political-backlash', 'ice-role-public-backlash'];

describe('place filters include everything inside the place, transitively', () => {
  it('protests?place=milan includes the ICE OUT rally in central Milan (issue #10 reproduction)', async () => {
    expect(ids((await t.get('/v1/protests?place=milan')).json)).toContain('ice-out-rally');
  });

  it('events?place=milan includes the opening ceremony at San Siro', async () => {
    expect(ids((await t.get('/v1/events?place=milan')).json)).toEqual(['milan-cortina-2026', 'opening-ceremony']);
  });

  it('places?within= follows within_id up any number of levels, never including the place itself', async () => {
    const inItaly = ids((await t.get('/v1/places?within=italy')).json);
    expect(inItaly).toEqual(expect.arrayContaining(['milan', 'central-milan', 'san-siro-stadium']));
    expect(inItaly).not.toContain('italy');
    expect(ids((await t.get('/v1/places?within=milan')).json)).toEqual(['central-milan', 'san-siro-stadium']);
    // Every place inside Italy reaches Italy by walking within_id.
    const byId = new Map((await all('/v1/places')).map((p) => [p.id, p]));
    for (const id of inItaly) {
      let at = byId.get(id)!.within_id;
      while (at && at !== 'italy') at = byId.get(at)!.within_id;
      expect(at, id).toBe('italy');
    }
  });

  it('a row in a place inside the asked one is found by every place filter', async () => {
    for (const name of ['events', 'deployments', 'protests', 'measures']) {
      const inItaly = new Set(ids((await t.get(`/v1/${name}?place=italy&limit=500`)).json));
      const within = ids((await t.get('/v1/places?within=italy&limit=500')).json);
      for (const row of await all(`/v1/${name}`)) {
        if ((row.place_ids as string[]).some((p) => p === 'italy' || within.includes(p))) expect(inItaly.has(row.id), `${name} ${row.id}`).toBe(true);
        else expect(inItaly.has(row.id), `${name} ${row.id}`).toBe(false);
      }
    }
  });
});

describe('source= on every collection', () => {
  it('keeps exactly the rows with a citation from that source, in every fact collection', async () => {
    for (const { name } of FACT_COLLECTIONS) {
      const rows = await all(`/v1/${name}`);
      for (const source of SOURCES) {
        const expected = rows.filter((r) => r.citations.some((c: { source_id: string }) => c.source_id === source)).map((r) => r.id);
        expect(ids((await t.get(`/v1/${name}?source=${source}&limit=500`)).json), `${name}?source=${source}`).toEqual(expected);
      }
    }
  });

  it('answers "what does article A say that B does not" for statements in one call each', async () => {
    const a = ids((await t.get(`/v1/statements?source=${SOURCES[0]}&limit=500`)).json);
    const b = ids((await t.get(`/v1/statements?source=${SOURCES[1]}&limit=500`)).json);
    expect(a.length).toBeGreaterThan(0);
    expect(new Set([...a, ...b]).size).toBe((await t.get('/v1/statements?limit=1')).json.meta.total);
  });

  it('on sources, names the source itself', async () => {
    expect(ids((await t.get(`/v1/sources?source=${SOURCES[1]}`)).json)).toEqual([SOURCES[1]]);
  });
});

describe('claims?object=, derived=, deployments?top_level=', () => {
  it('claims?object= keeps the claims whose object is that entity', async () => {
    const expected = (await all('/v1/claims')).filter((c) => c.object_id === 'ice').map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids((await t.get('/v1/claims?object=ice')).json)).toEqual(expected);
  });

  it('derived=true|false splits every collection that has the column', async () => {
    for (const name of ['events', 'protests']) {
      const rows = await all(`/v1/${name}`);
      expect(ids((await t.get(`/v1/${name}?derived=true`)).json)).toEqual(rows.filter((r) => r.derived).map((r) => r.id));
      expect(ids((await t.get(`/v1/${name}?derived=false`)).json)).toEqual(rows.filter((r) => !r.derived).map((r) => r.id));
    }
    expect(ids((await t.get('/v1/protests?derived=true')).json)).toEqual(['ice-out-rally', 'preceding-saturday-protests']);
    expect((await t.get('/v1/sources?derived=true')).status).toBe(400);
  });

  it('offers derived= on any table that has the column, so a collection gaining it gets the filter', () => {
    const withFlag = sqliteTable('with_flag', { id: text('id').primaryKey(), derived: integer('derived', { mode: 'boolean' }).notNull() });
    const without = sqliteTable('without', { id: text('id').primaryKey() });
    expect(Object.keys(tableFilters(withFlag, false))).toEqual(['source', 'derived']);
    expect(Object.keys(tableFilters(without, false))).toEqual(['source']);
  });

  it('top_level=true sums to the stated total, not 11,800', async () => {
    const top = await all('/v1/deployments?top_level=true');
    expect(top.every((d) => d.part_of_id === null)).toBe(true);
    const stated = top.reduce((sum, d) => sum + (d.personnel.value ?? 0), 0);
    expect(stated).toBe(6000);
    const parts = await all('/v1/deployments?top_level=false');
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((d) => d.part_of_id !== null)).toBe(true);
    expect(top.length + parts.length).toBe((await t.get('/v1/deployments')).json.meta.total);
  });
});

describe('/v1/entities/{id} referenced_by', () => {
  it('everything about San Siro in one call: the ceremony held there and the claim naming it', async () => {
    const { referenced_by } = (await t.get('/v1/entities/san-siro-stadium')).json.data;
    expect(referenced_by.events).toEqual([{ id: 'opening-ceremony', title: expect.any(String), field: 'place_ids' }]);
    expect(referenced_by.claims.map((r: { field: string }) => r.field)).toContain('object_id');
  });

  it('every entry really names the id in that field, and no row naming it is missed', async () => {
    for (const id of ['milan', 'ice', 'carabinieri', 'milan-cortina-2026', 'law-enforcement-deployment', SOURCES[0]]) {
      const entity = (await t.get(`/v1/entities/${id}`)).json.data;
      for (const { name } of FACT_COLLECTIONS) {
        const holds = (row: Record<string, any>) => Object.entries(row).flatMap(([field, value]) => {
          if (field === 'id') return [];
          if (field === 'citations') return value.some((c: { source_id: string }) => c.source_id === id) ? [field] : [];
          const values = Array.isArray(value) ? value : [value];
          return values.some((v) => v === id || (v && typeof v === 'object' && Object.values(v).includes(id))) ? [field] : [];
        });
        const expected = (await all(`/v1/${name}`)).flatMap((row) => holds(row).map((field) => `${row.id} ${field}`));
        const entries = (entity.referenced_by[name] ?? []) as Array<{ id: string; field: string; via?: string }>;
        const got = entries.filter((r) => r.via === undefined).map((r) => `${r.id} ${r.field}`);
        expect(got.sort(), `${id} in ${name}`).toEqual(expected.sort());
        if (expected.length) expect(entity.referenced_by_counts[name]).toBe(entries.length);
      }
    }
  });
});

describe('/v1/entities/{id} of a place: what happens in the places it contains', () => {
  it('a page for Milan in one call: the rally in central Milan and the ceremony at San Siro, each with via', async () => {
    const { referenced_by } = (await t.get('/v1/entities/milan')).json.data;
    expect(referenced_by.protests).toContainEqual({ id: 'ice-out-rally', title: expect.any(String), field: 'place_ids', via: 'central-milan' });
    expect(referenced_by.events).toContainEqual({ id: 'opening-ceremony', title: expect.any(String), field: 'place_ids', via: 'san-siro-stadium' });
    expect(referenced_by.claims).toContainEqual({ id: 'ice-out-rally-in-central-milan', title: expect.any(String), field: 'object_id', via: 'central-milan' });
  });

  it('lists exactly the rows naming a place strictly inside, through any depth, and not twice for a row naming the place itself', async () => {
    const inside = new Set(ids((await t.get('/v1/places?within=italy&limit=500')).json));
    expect(inside).toContain('san-siro-stadium');
    const { referenced_by } = (await t.get('/v1/entities/italy')).json.data;
    for (const { name } of FACT_COLLECTIONS) {
      const rows = await all(`/v1/${name}`);
      const naming = (row: Record<string, any>, field: string, place: string) => [row[field]].flat().some((v) => v === place || (v && typeof v === 'object' && Object.values(v).includes(place)));
      const expected = rows.flatMap((row) => Object.keys(row).filter((f) => f !== 'id' && f !== 'citations' && !naming(row, f, 'italy'))
        .flatMap((field) => [...inside].filter((place) => naming(row, field, place)).map((place) => `${row.id} ${field} ${place}`)));
      const got = ((referenced_by[name] ?? []) as Array<{ id: string; field: string; via?: string }>).filter((r) => r.via).map((r) => `${r.id} ${r.field} ${r.via}`);
      expect(got.sort(), name).toEqual(expected.sort());
    }
    expect((await t.get('/v1/entities/ice')).json.data.referenced_by.claims.every((r: { via?: string }) => r.via === undefined)).toBe(true);
  });
});

describe('bad relationship input is a 400 naming the parameter', () => {
  it.each([
    ['/v1/organizations?facets=bogus', 'facets'],
    ['/v1/events?derived=maybe', 'derived'],
    ['/v1/deployments?top_level=1', 'top_level'],
    ['/v1/claims?object=no-such-thing', 'object'],
    ['/v1/statements?source=no-such-source', 'source'],
    ['/v1/statements?source=carabinieri', 'source'],
    ['/v1/protests?place=carabinieri', 'place'],
  ])('%s', async (url, parameter) => {
    const r = await t.get(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.json.errors.map((e: { parameter: string }) => e.parameter)).toEqual([parameter]);
  });
});
