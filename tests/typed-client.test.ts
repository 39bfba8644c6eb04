// Generated-client check: TypeScript types from openapi.yaml (openapi-typescript) must let the program in
// tests/client/ compile under tsc --strict, and must reject the mistakes it marks with @ts-expect-error
// (a wrong enum value, an unknown sort or expand field, an un-narrowed entity), so types that decay to
// `string` or lose the discriminator fail here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { buildSeedDatabase } from './helpers/db.js';

const CLIENT_DIR = join(PROJECT_ROOT, 'tests', 'client');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('a client generated from openapi.yaml', () => {
  it('compiles a strict program that lists with filters, expands, pages by links.next, reads an item and a problem', async () => {
    const types = astToString(await openapiTS(pathToFileURL(join(PROJECT_ROOT, 'openapi.yaml')), { silent: true }));
    expect(types).toContain('status?: ("corroborated" | "single_source" | "disputed")[]');
    mkdirSync(join(CLIENT_DIR, 'generated'), { recursive: true });
    writeFileSync(join(CLIENT_DIR, 'generated', 'api.d.ts'), types);
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(CLIENT_DIR, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 120_000);
});

describe('openapi-fetch against a running server (what the docs tell a frontend to expect)', () => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl = '';
  beforeAll(async () => {
    app = await buildApp({ dbPath: buildSeedDatabase(), limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } } as Parameters<typeof buildApp>[0]);
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => { await app?.close(); });

  // The runtime is untyped here: the compile test above checks the types against the same document.
  const client = () => createClient<Record<string, Record<string, unknown>>>({ baseUrl });

  it('reads every field of a default row, and gets neither data nor error on a 304: the status says it', async () => {
    const first = await client().GET('/v1/people' as never, {} as never) as { data?: { data: Array<Record<string, unknown>> }; response: Response };
    expect(first.response.status).toBe(200);
    for (const row of first.data!.data) expect(Object.keys(row)).toEqual(expect.arrayContaining(['id', 'name', 'roles', 'country', 'derived', 'note', 'citations']));
    const etag = first.response.headers.get('ETag')!;
    const again = await client().GET('/v1/people' as never, { headers: { 'If-None-Match': etag } } as never) as { data?: unknown; error?: unknown; response: Response };
    expect(again.response.status).toBe(304);
    expect(again.data).toBeUndefined();
    expect(again.error || undefined).toBeUndefined();
  });

  it('answers a fields= request with partial rows, which the client passes through as JSON', async () => {
    const { data, response } = await client().GET('/v1/people' as never, { params: { query: { fields: ['name'] } } } as never) as { data: { data: Array<Record<string, unknown>> }; response: Response };
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    for (const row of data.data) expect(Object.keys(row)).toEqual(['id', 'name']);
  });
});
