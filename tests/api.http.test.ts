import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { useApp } from './helpers/app.js';

const t = useApp({ corsOrigins: ['*'] });

describe('output formats', () => {
  it('serves CSV with a header row and flattened nested values, by format= or Accept', async () => {
    const byParam = await t.get('/v1/deployments?format=csv&sort=-personnel');
    const byAccept = await t.get('/v1/deployments?sort=-personnel', { accept: 'text/csv' });
    expect(byParam.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(byAccept.body).toBe(byParam.body);
    const rows = parse(byParam.body, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(['id', 'organization_id', 'personnel.value', 'personnel.qualifier', 'role', 'place_ids', 'event_id', 'part_of_id', 'derived', 'note', 'review', 'reviewed_by', 'reviewed_at', 'challenges', 'citations']);
    expect(rows.map((r) => [r.id, r['personnel.value'], r['personnel.qualifier']])).toEqual([
      ['law-enforcement-deployment', '6000', 'approximately'],
      ['regular-police-deployment', '3000', 'more_than'],
      ['carabinieri-deployment', '2000', 'approximately'],
      ['guardia-di-finanza-deployment', '800', 'more_than'],
      ['ice-deployment', '', ''],
    ]);
    expect(rows[0]!.citations).toContain('quote: The plan involves the deployment of around 6,000 law-enforcement officers');
  });

  it('writes lists readably and an empty result as a header row', async () => {
    const rows = parse((await t.get('/v1/people?organization=us-delegation&format=csv')).body, { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]!.roles).toBe('title: Vice President, organization_id: , country: US | title: Leader of the US delegation, organization_id: us-delegation, country: US');
    const empty = await t.get('/v1/protests?from=2030-01-01&format=csv');
    expect(empty.body.trim()).toBe('id,name,organizer_ids,place_ids,date,date_precision,size.value,size.qualifier,derived,target,coincides_with_event_id,note,review,reviewed_by,reviewed_at,challenges,citations');
  });

  it('serves NDJSON: one JSON row per line', async () => {
    const r = await t.get('/v1/places?kind=city', { accept: 'application/x-ndjson' });
    expect(r.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = r.body.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['cortina-d-ampezzo', 'milan', 'minneapolis', 'paris', 'rome']);
  });

  it('answers 406 for an Accept it cannot serve, including CSV on a JSON-only route', async () => {
    for (const [url, accept] of [['/v1/people', 'text/html'], ['/v1/entities/ice', 'text/csv'], ['/v1', 'application/xml']] as const) {
      const r = await t.get(url, { accept });
      expect(r.status, url).toBe(406);
      expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    }
    expect((await t.get('/v1/people', { accept: 'text/html, application/json;q=0.5' })).status).toBe(200);
    expect((await t.get('/v1/people', { accept: '*/*' })).headers['content-type']).toContain('application/json');
  });
});

describe('caching', () => {
  it('gives each representation its own ETag and answers If-None-Match with 304', async () => {
    const json = await t.get('/v1/people?role=minister');
    const csv = await t.get('/v1/people?role=minister&format=csv');
    expect(json.headers.etag).toBeTruthy();
    expect(json.headers.etag).not.toBe(csv.headers.etag);
    const again = await t.get('/v1/people?role=minister', { 'if-none-match': json.headers.etag as string });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect((await t.get('/v1/people?role=minister&format=csv', { 'if-none-match': json.headers.etag as string })).status).toBe(200);
  });

  it('answers a HEAD request whose If-None-Match names the tag with 304, no body and no length', async () => {
    for (const url of ['/v1/places?limit=12', '/v1/events']) {
      const tag = (await t.app.inject({ method: 'HEAD', url })).headers.etag as string;
      for (let i = 0; i < 2; i++) {
        const r = await t.app.inject({ method: 'HEAD', url, headers: { 'if-none-match': tag } });
        expect([url, r.statusCode, r.body, r.headers['content-length']]).toEqual([url, 304, '', undefined]);
      }
    }
  });

  it('sets Vary: Accept and a Cache-Control that suits read-only data, and no-store on health checks', async () => {
    const r = await t.get('/v1/events');
    expect(r.headers.vary).toContain('Accept');
    expect(r.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect((await t.get('/healthz')).headers['cache-control']).toBe('no-store');
    expect((await t.get('/v1/nope')).headers['cache-control']).toBe('no-store');
  });
});

describe('methods', () => {
  it('answers HEAD on every GET route with the headers and no body', async () => {
    for (const url of ['/v1', '/v1/people', '/v1/people/jd-vance', '/v1/search?q=ice', '/v1/timeline', '/v1/stats/deployments', '/v1/entities/ice', '/healthz', '/openapi.json']) {
      const get = await t.app.inject({ method: 'GET', url });
      const head = await t.app.inject({ method: 'HEAD', url });
      expect(head.statusCode, url).toBe(200);
      expect(head.body, url).toBe('');
      expect(head.headers.etag, url).toBe(get.headers.etag);
      expect(head.headers['content-type'], url).toBe(get.headers['content-type']);
    }
  });

  it('answers writes with 405, Allow and a problem body', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of ['/v1/people', '/v1/people/jd-vance', '/v1/search', '/healthz']) {
        const r = await t.app.inject({ method, url });
        expect(r.statusCode, `${method} ${url}`).toBe(405);
        expect(r.headers.allow).toBe('GET, HEAD, OPTIONS');
        expect(r.json()).toMatchObject({ status: 405, title: 'Method Not Allowed', instance: url });
      }
    }
  });

  it('allows any origin for GET, answers preflight, and exposes paging headers', async () => {
    const r = await t.get('/v1/people', { origin: 'https://example.org' });
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['access-control-expose-headers']).toContain('Link');
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/v1/people', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
  });
});
