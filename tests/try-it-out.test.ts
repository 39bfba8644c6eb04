// What Swagger UI sends on each operation's first "Try it out → Execute": every parameter's example (or
// default) and nothing else. Each must answer 200, and each list a non-empty page. The browser test
// (tests/swagger-ui.browser.test.ts) clicks the same buttons in Chromium; this one runs everywhere, fast.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { useApp } from './helpers/app.js';

interface Parameter { name: string; in: 'query' | 'path'; required?: boolean; example?: unknown; examples?: Record<string, { value: unknown }>; schema?: { example?: unknown; default?: unknown } }
interface Operation { operationId: string; parameters?: Parameter[]; responses: Record<string, unknown> }

const spec = parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8')) as { paths: Record<string, { get: Operation }> };

/** Swagger UI's initial value of a parameter: first named example, example, schema example, then default. */
const prefill = (p: Parameter): unknown =>
  Object.values(p.examples ?? {})[0]?.value ?? p.example ?? p.schema?.example ?? p.schema?.default;

/** The URL Swagger UI builds: path ids substituted, arrays as repeated parameters (form, explode). */
function firstExecuteUrl(path: string, operation: Operation): string {
  let url = path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters ?? []) {
    const value = prefill(parameter);
    if (value === undefined) continue;
    if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    else for (const item of Array.isArray(value) ? value : [value]) query.append(parameter.name, String(item));
  }
  return query.size ? `${url}?${query}` : url;
}

const t = useApp();
const operations = Object.entries(spec.paths).map(([path, item]) => [item.get.operationId, path, item.get] as const);

describe('the first unedited Execute of every documented operation', () => {
  it('covers every operation', () => {
    expect(operations.length).toBeGreaterThanOrEqual(28);
  });

  it.each(operations)('%s answers 200 (lists: a non-empty page)', async (_id, path, operation) => {
    const url = firstExecuteUrl(path, operation);
    expect(url, 'every path parameter has an example').not.toContain('{');
    const r = await t.get(url);
    expect(r.status, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
    if (Array.isArray(r.json?.data)) expect(r.json.data.length, url).toBeGreaterThan(0);
  });

  it('error examples carry the type URI the server sends for their status', async () => {
    const sent = (await t.get('/v1/people?limit=501')).json;
    const documented = (spec.paths['/v1/people']!.get.responses['400'] as { content: Record<string, { example: { type: string } }> }).content['application/problem+json']!.example;
    expect(documented.type).toBe(sent.type);
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [status, response] of Object.entries(item.get.responses)) {
        const example = (response as { content?: Record<string, { example?: { status: number; type: string } }> }).content?.['application/problem+json']?.example;
        if (!example) continue;
        expect(example.status, `${path} ${status}`).toBe(Number(status));
        expect(example.type, `${path} ${status}`).toMatch(/^\/problems\/[a-z-]+$/);
      }
    }
  });
});
