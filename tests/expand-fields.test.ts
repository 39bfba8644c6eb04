// expand=, fields= and id= on collection routes, in JSON, NDJSON and CSV (read back with a real CSV parser),
// and their bad input. Every response is also checked against openapi.yaml by the harness.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ids, useApp } from './helpers/app.js';

const t = useApp();

const carabinieri = { id: 'carabinieri', type: 'organization', title: 'Carabinieri' };

describe('expand', () => {
  it('adds a summary sibling for each expanded reference, keeping the id field', async () => {
    const r = await t.get('/v1/deployments?id=carabinieri-deployment,law-enforcement-deployment&expand=organization_id,place_ids,part_of_id');
    expect(r.status).toBe(200);
    const [carabinieriRow, total] = r.json.data;
    expect(carabinieriRow).toMatchObject({
      organization_id: 'carabinieri', organization: carabinieri,
      place_ids: [], places: [],
      part_of_id: 'law-enforcement-deployment', part_of: { id: 'law-enforcement-deployment', type: 'deployment', title: 'Italian law enforcement agencies: Law-enforcement officers across Olympic sites' },
    });
    expect(total).toMatchObject({ places: [{ id: 'olympic-venues', type: 'place', title: 'Olympic venues' }], part_of: null });
    expect(carabinieriRow).not.toHaveProperty('event');
  });

  it('summarises references of any type, titled as /v1/entities titles them', async () => {
    const r = await t.get('/v1/claims/mayor-opposes-ice?expand=subject_id,object_id');
    expect(r.json.data.subject).toEqual({ id: 'mayor-of-milan', type: 'person', title: 'Mayor of Milan' });
    expect(r.json.data.object).toEqual({ id: 'ice', type: 'organization', title: (await t.get('/v1/entities/ice')).json.data.title });
    const statement = await t.get('/v1/statements/interior-ministry-ice-in-diplomatic-offices?expand=about_ids,speaker_id');
    expect(statement.json.data.about.map((s: { id: string }) => s.id)).toEqual(statement.json.data.about_ids);
    expect(statement.json.data.speaker.title).toBe('Italian interior ministry');
  });

  it('expands a claim\'s asserted_by and disputed_by like any reference, with fields= and in CSV', async () => {
    const asserted = (await t.get('/v1/claims?limit=500')).json.data.filter((c: { asserted_by: string[] }) => c.asserted_by.length) as Array<{ id: string; asserted_by: string[] }>;
    expect(asserted.length).toBeGreaterThan(0);
    const claim = asserted[0]!;
    const r = await t.get(`/v1/claims/${claim.id}?expand=asserted_by&fields=asserted_by`);
    expect(r.status).toBe(200);
    const summaries = await Promise.all(claim.asserted_by.map(async (id) => {
      const entity = (await t.get(`/v1/entities/${id}`)).json.data;
      return { id, type: entity.type, title: entity.title };
    }));
    expect(r.json.data).toEqual({ id: claim.id, asserted_by: claim.asserted_by, asserters: summaries });
    expect(summaries.every((s) => s.type === 'person' || s.type === 'organization')).toBe(true);

    const disputed = (await t.get('/v1/claims?status=disputed&expand=disputed_by&limit=1')).json.data[0];
    expect(disputed.disputing_claims.map((s: { id: string; type: string }) => [s.id, s.type])).toEqual(disputed.disputed_by.map((id: string) => [id, 'claim']));

    const csv = await t.get(`/v1/claims?asserted_by=${claim.asserted_by[0]}&expand=asserted_by&fields=asserted_by&format=csv`);
    const rows = parse(csv.body, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(['id', 'asserted_by', 'asserters.title']);
    expect(rows.find((row) => row.id === claim.id)!['asserters.title']).toBe(summaries.map((s) => s.title).join(' | '));
    expect(rows).toHaveLength(Number(csv.headers['x-total-count']));
  });

  it('comes out in NDJSON and as <sibling>.title columns in CSV', async () => {
    const ndjson = await t.get('/v1/deployments?expand=organization_id&format=ndjson');
    const lines = ndjson.body.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.find((row) => row.id === 'carabinieri-deployment').organization).toEqual(carabinieri);

    const csv = await t.get('/v1/deployments?expand=organization_id,place_ids&format=csv');
    const rows = parse(csv.body, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['organization_id', 'organization.title', 'place_ids', 'places.title']));
    const header = Object.keys(rows[0]!);
    expect(header.indexOf('organization.title')).toBe(header.indexOf('organization_id') + 1);
    expect(rows.find((row) => row.id === 'carabinieri-deployment')!['organization.title']).toBe('Carabinieri');
    expect(rows.find((row) => row.id === 'law-enforcement-deployment')!['places.title']).toBe('Olympic venues');
    expect(rows).toHaveLength(Number(csv.headers['x-total-count']));
  });
});

describe('fields', () => {
  it('returns only the named top-level fields, and always the id', async () => {
    const r = await t.get('/v1/people?fields=name,country&country=US&limit=2');
    expect(r.json.data).toEqual([
      { id: 'donald-trump', name: 'Donald Trump', country: 'US' },
      { id: 'jd-vance', name: 'JD Vance', country: 'US' },
    ]);
    expect(r.json.meta.total).toBe(3);
  });

  it('combines with expand: the sibling of an expanded field is kept', async () => {
    const r = await t.get('/v1/deployments/carabinieri-deployment?fields=personnel&expand=organization_id');
    expect(r.json.data).toEqual({ id: 'carabinieri-deployment', organization: carabinieri, personnel: { value: 2000, qualifier: 'approximately' } });
  });

  it('selects NDJSON keys and CSV columns the same way', async () => {
    const ndjson = await t.get('/v1/places?fields=name&within=milan&format=ndjson');
    expect(ndjson.body.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { id: 'central-milan', name: 'Central Milan' },
      { id: 'san-siro-stadium', name: 'San Siro stadium' },
    ]);
    const csv = await t.get('/v1/deployments?fields=personnel&format=csv');
    const records = parse(csv.body) as string[][];
    expect(records[0]).toEqual(['id', 'personnel.value', 'personnel.qualifier']);
    expect(records).toHaveLength(1 + Number(csv.headers['x-total-count']));
  });

  it('selects a protest\'s size like a deployment\'s personnel: a nested quantity in JSON, two columns in CSV', async () => {
    const json = await t.get('/v1/protests?fields=size');
    expect(json.json.data).toEqual([
      { id: 'ice-out-rally', size: { value: null, qualifier: null } },
      { id: 'preceding-saturday-protests', size: { value: null, qualifier: null } },
    ]);
    const records = parse((await t.get('/v1/protests?fields=size&format=csv')).body) as string[][];
    expect(records).toEqual([['id', 'size.value', 'size.qualifier'], ['ice-out-rally', '', ''], ['preceding-saturday-protests', '', '']]);
  });
});

describe('id (batch read)', () => {
  it('returns exactly the rows asked for, repeated or comma-separated', async () => {
    expect(ids((await t.get('/v1/people?id=marco-rubio,jd-vance')).json)).toEqual(['jd-vance', 'marco-rubio']);
    expect(ids((await t.get('/v1/people?id=marco-rubio&id=jd-vance&sort=-name')).json)).toEqual(['marco-rubio', 'jd-vance']);
  });
});

describe('bad input names the parameter and what it accepts', () => {
  it.each([
    ['/v1/deployments?expand=role', 'expand', 'must be one of: organization_id, place_ids, event_id, part_of_id'],
    ['/v1/claims?expand=subject_id,predicate', 'expand', 'must be one of: subject_id, object_id, disputed_by, asserted_by'],
    ['/v1/people?fields=nme', 'fields', 'must be one of: id, name, roles, country, derived, note, review, reviewed_by, reviewed_at, challenges, citations'],
    ['/v1/people/jd-vance?fields=height', 'fields', 'must be one of: id, name, roles, country, derived, note, review, reviewed_by, reviewed_at, challenges, citations'],
    [`/v1/people?id=${Array.from({ length: 101 }, (_, i) => `p${i}`).join(',')}`, 'id', 'takes at most 100 values (101 distinct given)'],
    ['/v1/people?id=carabinieri', 'id', '"carabinieri" is an organization, not a person'],
    ['/v1/people?id=nobody', 'id', 'no person has id "nobody"'],
  ])('%s', async (url, parameter, message) => {
    const r = await t.get(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(r.json.errors).toEqual([{ parameter, message }]);
  });

  it('a collection without reference fields has no expand parameter', async () => {
    const r = await t.get('/v1/people?expand=name');
    expect(r.json.errors[0]).toMatchObject({ parameter: 'expand', message: expect.stringContaining('unknown parameter; allowed:') });
  });
});

describe('304 Not Modified', () => {
  it('carries the ETag and no Content-Type or Content-Length of its own', async () => {
    const first = await t.get('/v1/people?fields=name');
    const again = await t.app.inject({ url: '/v1/people?fields=name', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['content-type']).toBeUndefined();
    expect(again.headers['content-length']).toBeUndefined();
    expect(again.body).toBe('');
  });
});
