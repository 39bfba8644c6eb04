import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './helpers/app.js';
import { assertMatchesSpec } from './helpers/spec.js';

const t = useApp();

function expectProblem(r: { status: number; headers: Record<string, unknown>; json: any; body: string }, status: number) {
  expect(r.status).toBe(status);
  expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(r.json).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  expect(r.body).not.toMatch(/SQLITE|SELECT |sqlite3|\.ts:\d+|node_modules|at \w+ \(/);
}

const EVERY_LIMIT_ROUTE = ['/v1/people', '/v1/claims', '/v1/search?q=ice', '/v1/timeline', '/v1/sources'];

describe('hostile numbers never reach SQLite', () => {
  it.each(['Infinity', '-Infinity', '1e400', '1e9', '-1', '0x10', ' 1', '1.5', '9007199254740993', '99999999999999999999', 'NaN', '', '+1', '01', '1_000', '١'])('limit=%j is a 400 on every paged route', async (value) => {
    for (const route of EVERY_LIMIT_ROUTE) {
      const url = `${route}${route.includes('?') ? '&' : '?'}limit=${encodeURIComponent(value)}`;
      const r = await t.get(url);
      expectProblem(r, 400);
      expect(r.json.errors[0].parameter).toBe('limit');
    }
  });

  it('the same for offset and personnel bounds', async () => {
    for (const url of ['/v1/people?offset=Infinity', '/v1/people?offset=1e3', '/v1/deployments?min_personnel=1e400', '/v1/deployments?max_personnel=-5', '/v1/deployments?min_personnel=0x10']) {
      expectProblem(await t.get(url), 400);
    }
  });
});

describe('unknown, repeated, array-style and prototype-polluting parameters', () => {
  it.each(['nmae=x', 'limit[]=1', '__proto__[x]=1', '__proto__=1', 'constructor=', 'prototype=1', 'hasOwnProperty=1', 'toString=1', 'LIMIT=1', 'limit%00=1'])('%s is a 400 that names the allowed parameters', async (query) => {
    const r = await t.get(`/v1/people?${query}`);
    expectProblem(r, 400);
    expect(r.json.errors[0].message).toContain('allowed: role, country, organization, source, derived, review, challenged, id, q, sort, limit, offset, after, facets, fields, format');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a repeated scalar parameter is a 400, a repeated filter means OR', async () => {
    expectProblem(await t.get('/v1/people?limit=1&limit=2'), 400);
    expectProblem(await t.get('/v1/search?q=ice&q=usb'), 400);
    expect((await t.get('/v1/people?country=IT&country=US')).json.meta.total).toBe(6);
  });

  it('empty values are rejected rather than ignored', async () => {
    for (const url of ['/v1/people?q=', '/v1/people?country=', '/v1/people?format=', '/v1/people?sort=', '/v1/protests?from=']) expectProblem(await t.get(url), 400);
  });
});

describe('text', () => {
  it('q matches % and _ literally and quotes FTS5 syntax', async () => {
    expect((await t.get('/v1/people?q=%25%25')).json.data).toEqual([]);
    expect((await t.get('/v1/places?q=d%27amp')).json.data.map((p: { id: string }) => p.id)).toEqual(['cortina-d-ampezzo']);
    expect((await t.get('/v1/search?q=%22%20OR%20*')).status).toBe(200);
  });

  it.each(['%00', 'a%00b', '%01', '%1F', '%7F', 'line%0Abreak', 'tab%09'])('control characters (%s) are a 400', async (raw) => {
    for (const url of [`/v1/people?q=${raw}`, `/v1/search?q=${raw}`, `/v1/people?role=${raw}`, `/v1/claims?predicate=${raw}`]) expectProblem(await t.get(url), 400);
  });

  it('a 5,000-character value is answered with a 400, not a crash', async () => {
    const long = 'a'.repeat(5000);
    for (const url of [`/v1/people?q=${long}`, `/v1/search?q=${long}`, `/v1/people?role=${long}`]) {
      const r = await t.get(url);
      expectProblem(r, 400);
    }
    expect((await t.get(`/v1/people?q=${'a'.repeat(1000)}`)).status).toBe(200);
  });

  it.each(['%FF', '%C0%AF', '%E0%A4%A', '%', '%ZZ', '%ED%A0%80'])('invalid percent-encoded UTF-8 (%s) is a 400', async (raw) => {
    const r = await t.get(`/v1/people?q=${raw}`);
    expectProblem(r, 400);
    expect(r.json.errors[0].message).toBe('is not valid percent-encoded UTF-8');
  });

  it('non-ASCII text is fine', async () => {
    expect((await t.get('/v1/search?q=%C3%A8%20%E2%80%94%20%F0%9F%98%80')).status).toBe(200);
    expect((await t.get('/v1/people?q=%E2%80%94')).status).toBe(200);
  });
});

describe('dates', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-00-10', 'yesterday', '2026-2-6', '26-02-06', '2026-02-06T00:00:00Z', '2025-02-29'])('from=%s is a 400', async (value) => {
    expectProblem(await t.get(`/v1/protests?from=${value}`), 400);
    expectProblem(await t.get(`/v1/measures?active_on=${value}`), 400);
  });

  it('a leap day is a real date', async () => {
    expect((await t.get('/v1/timeline?from=2024-02-29')).status).toBe(200);
  });

  it('from after to is a 400 on every route that has both', async () => {
    for (const url of ['/v1/protests?from=2026-02-10&to=2026-02-01', '/v1/events?from=2026-02-10&to=2026-02-01', '/v1/timeline?from=2026-02-10&to=2026-02-01']) expectProblem(await t.get(url), 400);
  });
});

describe('paths', () => {
  it.each(['/v1/people/%2e%2e%2fetc%2fpasswd', '/v1/people/..%2F..%2Fdata', '/v1/people/%2e%2e', '/v1/people/a%00b', `/v1/people/${'a'.repeat(300)}`, '/v1/people/UPPER', '/v1/people/-x-'])('%s is a 404 problem', async (url) => {
    expectProblem(await t.get(url), 404);
  });

  it('a malformed path encoding is a 400 problem', async () => {
    const r = await t.app.inject('/v1/people/%E0%A4%A');
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('a URL over 8,192 bytes is a 414 problem', async () => {
    const r = await t.get(`/v1/people?q=${'a'.repeat(9000)}`);
    expectProblem(r, 414);
  });
});

describe('methods and negotiation', () => {
  it('writes are 405 with Allow on every route, unknown Accept is 406', async () => {
    for (const url of ['/v1', '/v1/claims', '/v1/claims/usb-political-leaning', '/v1/timeline', '/v1/stats/deployments', '/v1/entities/usb', '/openapi.json']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
        const r = await t.app.inject({ method, url, payload: method === 'DELETE' ? undefined : { x: 1 } });
        expect(r.statusCode, `${method} ${url}`).toBe(405);
        expect(r.headers.allow).toBe('GET, HEAD, OPTIONS');
        assertMatchesSpec(method, url, { status: r.statusCode, headers: r.headers, body: r.body });
      }
      expectProblem(await t.get(url, { accept: 'image/png' }), 406);
    }
  });
});

describe('limits enforced by the HTTP parser, over a real socket', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
  });

  const raw = (request: string) => new Promise<{ status: number; headers: Record<string, string>; body: string }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => { data += chunk; });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      resolve({ status: Number(statusLine!.split(' ')[1]), headers: Object.fromEntries(lines.map((l) => [l.split(':')[0]!.toLowerCase(), l.slice(l.indexOf(':') + 1).trim()])), body });
    });
  });

  it('a URL larger than the header buffer is still a 414 problem', async () => {
    const r = await raw(`GET /v1/people?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(r.status).toBe(414);
    expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(r.body)).toMatchObject({ status: 414, title: 'URI Too Long' });
  });

  it('over-large headers are a 431 problem', async () => {
    const r = await raw(`GET /v1/people HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
    expect(r.status).toBe(431);
    expect(JSON.parse(r.body)).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
  });

  it('a request that is not HTTP is a 400 problem', async () => {
    const r = await raw('NONSENSE\r\n\r\n');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).status).toBe(400);
  });
});
