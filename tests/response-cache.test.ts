import { describe, expect, it } from 'vitest';
import { useApp } from './helpers/app.js';

describe('response cache', () => {
  const t = useApp();

  it('replays a served response, per URL and Accept, without touching the database again', async () => {
    const json = await t.get('/v1/deployments?organization=carabinieri');
    const csv = await t.get('/v1/deployments?organization=carabinieri', { accept: 'text/csv' });
    t.app.store.sqlite.close();
    const jsonAgain = await t.get('/v1/deployments?organization=carabinieri');
    const csvAgain = await t.get('/v1/deployments?organization=carabinieri', { accept: 'text/csv' });
    expect(jsonAgain.status).toBe(200);
    expect(jsonAgain.body).toBe(json.body);
    expect(jsonAgain.headers.etag).toBe(json.headers.etag);
    expect(jsonAgain.headers['x-total-count']).toBe('1');
    expect(jsonAgain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(csvAgain.body).toBe(csv.body);
    expect(csvAgain.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect((await t.get('/v1/deployments?organization=carabinieri', { 'if-none-match': json.headers.etag as string })).status).toBe(304);
    expect((await t.get('/v1/deployments?organization=guardia-di-finanza')).status).toBe(500);
  });
});

describe('response cache, text beyond ASCII', () => {
  const t = useApp();

  it('replays a page holding non-ASCII text byte for byte, its Content-Length the bytes\' count', async () => {
    const first = await t.get('/v1/claims?limit=100');
    expect(Buffer.byteLength(first.body)).toBeGreaterThan(first.body.length);
    const again = await t.get('/v1/claims?limit=100');
    expect(again.body).toBe(first.body);
    expect(Number(again.headers['content-length'])).toBe(Buffer.byteLength(first.body));
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});

describe('response cache turned off', () => {
  const t = useApp({ responseCacheBytes: 0 });

  it('queries the database every time', async () => {
    expect((await t.get('/v1/places?kind=city')).status).toBe(200);
    t.app.store.sqlite.close();
    expect((await t.get('/v1/places?kind=city')).status).toBe(500);
  });
});
