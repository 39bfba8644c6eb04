import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/app.js';

const t = useApp();

function expectProblem(r: { status: number; headers: Record<string, unknown>; json: any }, status: number) {
  expect(r.status).toBe(status);
  expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(Object.keys(r.json).sort()).toEqual(expect.arrayContaining(['detail', 'instance', 'status', 'title', 'type']));
  expect(r.json.status).toBe(status);
  expect(JSON.stringify(r.json)).not.toMatch(/at .*\.(?:ts|js):\d+|SQLITE|SELECT /);
}

describe('400 problem bodies', () => {
  it('names an unknown parameter and the allowed ones', async () => {
    const r = await t.get('/v1/people?nmae=tajani');
    expectProblem(r, 400);
    expect(r.json.errors).toEqual([{ parameter: 'nmae', message: 'unknown parameter; allowed: role, country, organization, source, derived, review, challenged, id, q, sort, limit, offset, after, facets, fields, format' }]);
  });

  it.each([
    ['/v1/people?limit=abc', 'limit', 'must be an integer'],
    ['/v1/people?limit=0', 'limit', 'must be >= 1'],
    ['/v1/people?limit=501', 'limit', 'must be <= 500'],
    ['/v1/people?offset=-1', 'offset', 'must be >= 0'],
    ['/v1/protests?from=2026-02-30', 'from', 'must be a real calendar date written YYYY-MM-DD'],
    ['/v1/timeline?to=yesterday', 'to', 'must be a real calendar date written YYYY-MM-DD'],
    ['/v1/deployments?min_personnel=many', 'min_personnel', 'must be an integer'],
  ])('%s → %s %s', async (url, parameter, message) => {
    const r = await t.get(url);
    expectProblem(r, 400);
    expect(r.json.errors).toEqual([{ parameter, message }]);
    expect(r.json.instance).toBe(url);
  });

  it('rejects an unknown sort field or enum value and says what is allowed', async () => {
    const sort = await t.get('/v1/deployments?sort=size');
    expectProblem(sort, 400);
    expect(sort.json.errors[0]).toEqual({ parameter: 'sort', message: 'must be one of: id, -id, organization_id, -organization_id, personnel, -personnel, role, -role, event_id, -event_id' });
    const kind = await t.get('/v1/organizations?kind=army');
    expect(kind.json.errors[0]).toMatchObject({ parameter: 'kind' });
    expect(kind.json.errors[0].message).toContain('must be one of: government, ministry, agency');
    expect((await t.get('/v1/people?format=xml')).json.errors[0].parameter).toBe('format');
  });

  it('rejects ids in filters that name nothing or the wrong type', async () => {
    const r = await t.get('/v1/deployments?organization=carabinieri,carabineri&place=milan-cortina-2026');
    expectProblem(r, 400);
    expect(r.json.errors).toEqual([
      { parameter: 'organization', message: 'no organization has id "carabineri"' },
      { parameter: 'place', message: '"milan-cortina-2026" is an event, not a place' },
    ]);
  });

  it('rejects a range whose start is after its end', async () => {
    expect((await t.get('/v1/protests?from=2026-03-01&to=2026-02-01')).json.errors).toEqual([{ parameter: 'from', message: 'must not be after to (2026-03-01 > 2026-02-01)' }]);
    expect((await t.get('/v1/deployments?min_personnel=3000&max_personnel=100')).status).toBe(400);
  });

  it('reports every bad parameter at once', async () => {
    const r = await t.get('/v1/people?limit=x&offset=y&bogus=1');
    expect(r.json.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['bogus', 'limit', 'offset']);
  });
});

describe('404 problem bodies', () => {
  it('for unknown routes, unknown ids and ids that cannot exist', async () => {
    expectProblem(await t.get('/v2/people'), 404);
    expectProblem(await t.get('/v1/entities/nobody'), 404);
    expectProblem(await t.get('/v1/places/Not_A_Slug'), 404);
  });
});
