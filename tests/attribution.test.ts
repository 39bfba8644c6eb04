// Who says so (contract v1.2): claims carry `asserted_by`, the people or organizations whose words they report;
// `claims?asserted_by=` filters them and `facets=asserted_by` counts them with titles. Over the fixture seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { ids, useApp } from './helpers/app.js';

const t = useApp();

type Claim = { id: string; asserted_by: string[]; disputed_by: string[]; status: string; citations: Array<{ source_id: string }> };
const allClaims = async () => (await t.get('/v1/claims?limit=500')).json.data as Claim[];

describe('asserted_by on claims', () => {
  it('names whose words a claim reports, and is [] for the article\'s own voice', async () => {
    const claims = new Map((await allClaims()).map((c) => [c.id, c]));
    expect(claims.get('ice-works-in-diplomatic-offices')!.asserted_by).toEqual(['italian-interior-ministry']);
    expect(claims.get('ice-no-street-enforcement')!.asserted_by).toEqual(['antonio-tajani']);
    expect(claims.get('ice-deployment-diplomatic-agreement')!.asserted_by).toEqual(['italian-government', 'us-embassy-rome']);
    expect(claims.get('usb-organizes-ice-out-rally')!.asserted_by).toEqual([]);
    for (const claim of claims.values()) expect(Array.isArray(claim.asserted_by), claim.id).toBe(true);
  });

  it('names each side of a dispute: who asserts it and in which source', async () => {
    const claims = new Map((await allClaims()).map((c) => [c.id, c]));
    const disputed = [...claims.values()].filter((c) => c.status === 'disputed');
    expect(disputed.length).toBeGreaterThan(0);
    for (const claim of disputed) {
      expect(claim.asserted_by.length, claim.id).toBeGreaterThan(0);
      for (const other of claim.disputed_by.map((id) => claims.get(id)!)) {
        expect(other.asserted_by.length, other.id).toBeGreaterThan(0);
        expect(other.asserted_by).not.toEqual(claim.asserted_by);
        expect(other.citations.map((c) => c.source_id)).not.toEqual(claim.citations.map((c) => c.source_id));
      }
    }
  });

  it('does not corroborate an assurance two speakers word differently', async () => {
    const claims = new Map((await allClaims()).map((c) => [c.id, c]));
    expect(claims.get('ice-no-street-enforcement')!.status).toBe('single_source');
    expect(claims.get('ice-not-in-public-security-roles')!.status).toBe('single_source');
  });
});

describe('claims?asserted_by=', () => {
  it('keeps exactly the claims asserted by one of the ids (comma or repeated: OR)', async () => {
    const claims = await allClaims();
    for (const query of ['antonio-tajani', 'italian-interior-ministry', 'antonio-tajani,italian-interior-ministry']) {
      const wanted = query.split(',');
      const expected = claims.filter((c) => c.asserted_by.some((id) => wanted.includes(id))).map((c) => c.id);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(ids((await t.get(`/v1/claims?asserted_by=${query}&limit=500`)).json), query).toEqual(expected);
    }
    expect(ids((await t.get('/v1/claims?asserted_by=antonio-tajani&asserted_by=italian-interior-ministry')).json))
      .toEqual(ids((await t.get('/v1/claims?asserted_by=antonio-tajani,italian-interior-ministry')).json));
  });

  it('is also a facet, each id with its title and as many rows as the filter finds', async () => {
    const { meta } = (await t.get('/v1/claims?facets=asserted_by&limit=1')).json;
    const facet = meta.facets.asserted_by as Array<{ value: string; count: number; title: string }>;
    expect(facet).toContainEqual({ value: 'italian-interior-ministry', count: expect.any(Number), title: 'Italian interior ministry' });
    expect(facet).toContainEqual({ value: 'antonio-tajani', count: expect.any(Number), title: 'Antonio Tajani' });
    for (const { value, count } of facet) expect((await t.get(`/v1/claims?asserted_by=${value}&limit=1`)).json.meta.total, value).toBe(count);
  });

  it('answers 400 naming the parameter for an id of the wrong type, an unknown id, or a malformed one', async () => {
    for (const value of ['milan', 'no-such-speaker', 'Not_A_Slug']) {
      const r = await t.get(`/v1/claims?asserted_by=${value}`);
      expect(r.status, value).toBe(400);
      expect(r.json.errors.map((e: { parameter: string }) => e.parameter), value).toContain('asserted_by');
    }
  });

  it('says a value is empty rather than repeating the parameter\'s description', async () => {
    for (const url of ['/v1/claims?asserted_by=', '/v1/claims?asserted_by=italian-government,,', '/v1/timeline?place=', '/v1/search?q=ice&after=']) {
      const r = await t.get(url);
      expect(r.status, url).toBe(400);
      expect(r.json.errors.map((e: { message: string }) => e.message), url).toContain('has an empty value: give one, or leave the parameter out');
    }
  });

  it('says a single-valued parameter given twice is given twice, not that it is no integer', async () => {
    for (const url of ['/v1/people?limit=1&limit=2', '/v1/claims?offset=0&offset=5']) {
      const r = await t.get(url);
      expect(r.status, url).toBe(400);
      expect(r.json.errors.map((e: { message: string }) => e.message), url).toEqual(['is given more than once: give it once']);
    }
    expect((await t.get('/v1/people?limit=abc')).json.errors[0].message).toBe('must be an integer');
  });

  it('reads back from CSV with a real parser: one row per claim, the asserters in one cell', async () => {
    const json = (await t.get('/v1/claims?asserted_by=italian-government')).json;
    const r = await t.get('/v1/claims?asserted_by=italian-government&format=csv');
    expect(r.status).toBe(200);
    const rows = parseCsv(r.body, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.id)).toEqual(ids(json));
    expect(rows.every((row) => row.asserted_by!.split(' | ').includes('italian-government'))).toBe(true);
    expect(rows.find((row) => row.id === 'ice-deployment-diplomatic-agreement')?.asserted_by).toBe('italian-government | us-embassy-rome');
  });

  it('has a documented example that answers a non-empty page', async () => {
    // Swagger UI shows an optional filter's example in its description (prefilled, examples would AND together).
    const spec = parseYaml(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8')) as { paths: Record<string, { get: { parameters: Array<{ name: string; description: string }> } }> };
    const parameter = spec.paths['/v1/claims']!.get.parameters.find((p) => p.name === 'asserted_by')!;
    const example = /Example: `([^`]+)`/.exec(parameter.description)?.[1];
    expect(example).toBeDefined();
    const r = await t.get(`/v1/claims?asserted_by=${example}`);
    expect(r.status).toBe(200);
    expect(r.json.data.length).toBeGreaterThan(0);
  });

  it('shows on the page of the person or organization: referenced_by lists the claims asserted_by names it', async () => {
    const { referenced_by } = (await t.get('/v1/entities/antonio-tajani')).json.data;
    expect(referenced_by.claims).toContainEqual({ id: 'ice-no-street-enforcement', title: expect.any(String), field: 'asserted_by' });
  });
});
