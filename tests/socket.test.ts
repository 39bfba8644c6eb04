import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildSeedDatabase } from './helpers/db.js';

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = await buildApp({ dbPath: buildSeedDatabase() });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => { await app.close(); });

describe('over a real socket on 127.0.0.1', () => {
  it('serves JSON to fetch with CORS and revalidates with ETag', async () => {
    const first = await fetch(`${base}/v1/protests?sort=date`, { headers: { origin: 'https://app.example' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await first.json()) as { data: Array<{ id: string }> }).data.map((p) => p.id)).toEqual(['preceding-saturday-protests', 'ice-out-rally']);
    const again = await fetch(`${base}/v1/protests?sort=date`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves CSV to a curl-like client and a problem to a typo', async () => {
    const csv = await request(base).get('/v1/organizations?kind=police_force').set('Accept', 'text/csv');
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toBe('id,name,acronym,aliases,kind,country,parent_id,derived,note,review,reviewed_by,reviewed_at,challenges,citations');
    const typo = await request(base).get('/v1/organizations?knd=police_force');
    expect(typo.status).toBe(400);
    expect(typo.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(typo.body.errors[0].parameter).toBe('knd');
  });

  it('keeps the connection usable across requests and tags each with a request id', async () => {
    const a = await fetch(`${base}/healthz`);
    const b = await fetch(`${base}/healthz`);
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });
});
