import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import { facetsOf } from '../src/db/facets.js';
import { useApp } from './helpers/app.js';

const t = useApp();
type Counts = Array<{ value: string | boolean | null; count: number }>;

describe('facets= counts values over the filtered rows, before paging', () => {
  it('organizations?facets=kind agrees with the kind filter, most frequent first, whatever the page size', async () => {
    const r = (await t.get('/v1/organizations?facets=kind,country&limit=1')).json;
    const kinds = r.meta.facets.kind as Counts;
    expect(kinds.reduce((n, v) => n + v.count, 0)).toBe(r.meta.total);
    expect(r.data).toHaveLength(1);
    for (let i = 1; i < kinds.length; i += 1) expect(kinds[i - 1]!.count).toBeGreaterThanOrEqual(kinds[i]!.count);
    for (const { value, count } of kinds) expect((await t.get(`/v1/organizations?kind=${value}&limit=1`)).json.meta.total, String(value)).toBe(count);
    const countries = r.meta.facets.country as Counts;
    expect(countries.reduce((n, v) => n + v.count, 0)).toBe(r.meta.total);
  });

  it('counts only the rows the other filters keep', async () => {
    const r = (await t.get('/v1/events?place=milan&facets=kind,derived')).json;
    expect(r.meta.facets.kind).toEqual([{ value: 'ceremony', count: 1 }, { value: 'games', count: 1 }]);
    expect((r.meta.facets.derived as Counts).reduce((n, v) => n + v.count, 0)).toBe(2);
    const q = (await t.get('/v1/organizations?q=police&facets=kind')).json;
    expect((q.meta.facets.kind as Counts).reduce((n, v) => n + v.count, 0)).toBe(q.meta.total);
  });

  it('a list field counts each id it holds, matching the filter on that id', async () => {
    const r = (await t.get('/v1/statements?facets=about_ids,speaker_id')).json;
    const about = r.meta.facets.about_ids as Counts;
    expect(about.length).toBeGreaterThan(0);
    for (const { value, count } of about.slice(0, 5)) expect((await t.get(`/v1/statements?about=${value}&limit=1`)).json.meta.total).toBe(count);
    const speakers = r.meta.facets.speaker_id as Counts;
    expect(speakers.reduce((n, v) => n + v.count, 0)).toBe(r.meta.total);
  });

  it('leaves meta alone without facets=, and names the allowed fields for an unknown one', async () => {
    expect((await t.get('/v1/organizations')).json.meta.facets).toBeUndefined();
    const bad = await t.get('/v1/claims?facets=status,bogus');
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ parameter: 'facets', message: expect.stringContaining('subject_id, predicate, object_id, status') });
    expect((await t.get('/v1/sources?facets=kind')).status).toBe(400);
  });

  it('does not facet quantities: neither a deployment\'s personnel nor a protest\'s size', async () => {
    for (const [collection, field] of [['deployments', 'personnel'], ['protests', 'size']] as const) {
      const spec = FACT_COLLECTIONS.find((c) => c.name === collection)!;
      expect([...facetsOf(spec).keys()]).not.toContain(field);
      expect([...facetsOf(spec).keys()].some((key) => key.startsWith(`${field}_`))).toBe(false);
      expect((await t.get(`/v1/${collection}?facets=${field}`)).status).toBe(400);
    }
  });

  it('documents the facetable fields of each collection in OpenAPI', async () => {
    const spec = (await t.get('/openapi.json')).json;
    const facets = (path: string) => spec.paths[path].get.parameters.find((p: { name: string }) => p.name === 'facets');
    expect(facets('/v1/organizations').schema.items.description).toContain('One of: kind, country, parent_id');
    expect(facets('/v1/events').schema.items.description).toContain('place_ids');
    expect(facets('/v1/sources')).toBeUndefined();
  });
});

describe('every facet is a filter of the same name (contract v1.2)', () => {
  it('finds as many rows with a value as the facet counted for it, for every facet of every collection', async () => {
    for (const spec of FACT_COLLECTIONS) {
      const fields = [...facetsOf(spec).keys()];
      const { json } = await t.get(`/v1/${spec.name}?facets=${fields.join(',')}&limit=1`);
      for (const field of fields) {
        for (const { value, count } of (json.meta.facets[field] as Counts).filter((c) => c.value !== null).slice(0, 3)) {
          const filtered = await t.get(`/v1/${spec.name}?${field}=${encodeURIComponent(String(value))}&limit=1`);
          expect(filtered.status, `${spec.name}?${field}=${value}`).toBe(200);
          expect(filtered.json.meta.total, `${spec.name}?${field}=${value}`).toBe(count);
        }
      }
    }
  });

  it('a value a facet could never count is a 400 naming the filter; an open vocabulary answers 200 with suggestions instead', async () => {
    for (const spec of FACT_COLLECTIONS) {
      for (const [field, facet] of facetsOf(spec)) {
        const r = await t.get(`/v1/${spec.name}?${field}=zz-no-such-value`);
        if (facet.filter?.suggest) {
          expect(r.status, `${spec.name}?${field}=`).toBe(200);
          expect(r.json.meta, `${spec.name}?${field}=`).toMatchObject({ total: 0, suggestions: [], suggestions_for: field });
        } else {
          expect(r.status, `${spec.name}?${field}=`).toBe(400);
          expect(r.json.errors[0].parameter, `${spec.name}?${field}=`).toBe(field);
        }
      }
    }
  });

  it('facets and filters a yes/no field such as a measure\'s first_of_its_kind, unstated rows counted as null', async () => {
    const all = (await t.get('/v1/measures?limit=500&fields=first_of_its_kind')).json.data as Array<{ first_of_its_kind: boolean | null }>;
    const counts = (await t.get('/v1/measures?facets=first_of_its_kind&limit=1')).json.meta.facets.first_of_its_kind as Counts;
    for (const value of [true, false, null]) {
      const held = all.filter((m) => m.first_of_its_kind === value).length;
      expect(counts.find((c) => c.value === value)?.count ?? 0, String(value)).toBe(held);
      if (value !== null) expect((await t.get(`/v1/measures?first_of_its_kind=${value}&limit=1`)).json.meta.total, String(value)).toBe(held);
    }
    expect(counts.some((c) => c.value === true)).toBe(true);
    const csv = parseCsv((await t.get('/v1/measures?first_of_its_kind=true&fields=first_of_its_kind&format=csv')).body, { columns: true }) as Array<Record<string, string>>;
    expect(csv.map((row) => row.first_of_its_kind)).toEqual(all.filter((m) => m.first_of_its_kind === true).map(() => 'true'));
    const bad = await t.get('/v1/measures?first_of_its_kind=yes');
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual([{ parameter: 'first_of_its_kind', message: 'must be one of: true, false' }]);
  });

  it('checks the type of an id given to a reference facet\'s filter as its other name does (speaker_id as speaker)', async () => {
    const claimId = (await t.get('/v1/claims?limit=1&fields=id')).json.data[0].id as string;
    for (const name of ['speaker', 'speaker_id']) {
      const wrong = await t.get(`/v1/statements?${name}=${claimId}`);
      expect(wrong.status, name).toBe(400);
      expect(wrong.json.detail, name).toContain('claim');
    }
    const speaker = (await t.get('/v1/statements?limit=1')).json.data[0].speaker_id as string;
    expect((await t.get(`/v1/statements?speaker_id=${speaker}`)).json.meta.total).toBe((await t.get(`/v1/statements?speaker=${speaker}`)).json.meta.total);
  });

  it('names each id a reference facet counts by its row\'s title, and counts predicates', async () => {
    const { json } = await t.get('/v1/statements?facets=speaker_id');
    for (const entry of json.meta.facets.speaker_id as Array<{ value: string; title: string }>) {
      expect(entry.title).toBe((await t.get(`/v1/entities/${entry.value}`)).json.data.title);
    }
    const claims = await t.get('/v1/claims?facets=predicate');
    const predicates = claims.json.meta.facets.predicate as Counts;
    expect(predicates.length).toBeGreaterThan(1);
    expect(predicates.every((p) => typeof p.value === 'string' && !('title' in p))).toBe(true);
  });
});
