import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { useApp } from './helpers/app.js';
import { assertMatchesSpec } from './helpers/spec.js';

const t = useApp();

interface Parameter { name: string; in: 'query' | 'path'; schema: Record<string, any> }
const spec = parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8'));
const routes = Object.entries<Record<string, { parameters?: Parameter[] }>>(spec.paths).map(([path, ops]) => ({ path, parameters: ops.get?.parameters ?? [] }));

const ALLOWED = new Set([200, 304, 400, 404, 405, 406, 414]);
const JUNK = ['', '%', '%FF', '%00', '%E0%A4%A', '[]', '__proto__', 'Infinity', '1e400', '-1', '0x10', '%20', "'", '"', ';DROP TABLE people;--', '*', 'NEAR(', '\\', '%25', '_', '..%2F', '%C0%AF'];

const encoded = (arb: fc.Arbitrary<string>) => arb.map(encodeURIComponent);
const junk = fc.oneof(fc.constantFrom(...JUNK), encoded(fc.string({ unit: 'grapheme', maxLength: 40 })), encoded(fc.string({ unit: 'binary', maxLength: 20 })));

/** Values a parameter's schema suggests, plus anything at all. */
function valueFor(schema: Record<string, any>): fc.Arbitrary<string> {
  const item = schema.type === 'array' ? schema.items ?? {} : schema;
  const plausible: fc.Arbitrary<string>[] = [];
  const examples = [...(schema.examples ?? []), ...(item.examples ?? [])].flat().map(String);
  if (examples.length) plausible.push(fc.constantFrom(...examples));
  if (item.anyOf) plausible.push(fc.constantFrom(...item.anyOf.map((s: { const: string }) => String(s.const))));
  if (item.type === 'integer') plausible.push(fc.integer({ min: -10, max: 2000 }).map(String));
  if (item.format === 'date') plausible.push(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
  return fc.oneof(...plausible.map((p) => ({ arbitrary: p, weight: 3 })), { arbitrary: junk, weight: 2 }, { arbitrary: stress(schema, plausible), weight: 1 });
}

const BLANKS = ['%20', '+', '%C2%A0', '%E2%80%A8', '%EF%BB%BF', '%E2%80%8B', '%20%20'];

/** Inputs that multiply work: a word repeated hundreds of times, blank values, long OR lists (with repeats). */
function stress(schema: Record<string, any>, plausible: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  const blank = fc.constantFrom(...BLANKS);
  const word = plausible.length ? fc.oneof(...plausible) : fc.stringMatching(/^[a-z]{1,8}$/);
  const repeated = fc.tuple(word, fc.integer({ min: 2, max: 300 })).map(([w, n]) => Array.from({ length: n }, () => w).join('+'));
  const many = fc.array(fc.oneof(word, fc.stringMatching(/^[a-z]{1,8}$/), blank), { minLength: 2, maxLength: 150 });
  return schema.type === 'array' ? fc.oneof(blank, many.map((values) => values.join(',')), many.map((values) => values.join('+'))) : fc.oneof(blank, repeated, many.map((values) => values.join('+')));
}

const request = fc.constantFrom(...routes).chain((route) => {
  const query = route.parameters.filter((p) => p.in === 'query');
  const path = route.parameters.filter((p) => p.in === 'path');
  const pairs = query.length ? fc.subarray(query).chain((chosen) => fc.tuple(...chosen.map((p) => valueFor(p.schema).map((v) => `${p.name}=${v}`)))) : fc.constant([] as string[]);
  const unknown = fc.option(fc.tuple(fc.oneof(fc.constantFrom('nmae', 'limit[]', '__proto__[x]', 'constructor'), encoded(fc.string({ minLength: 1, maxLength: 8 }))), junk).map(([k, v]) => `${k}=${v}`), { freq: 4 });
  const ids = fc.tuple(...path.map(() => fc.oneof(fc.constantFrom('ice', 'carabinieri', 'red-zones', 'nobody', 'ice-out-rally'), junk.filter((j) => j.length > 0 && !j.includes('/')))));
  return fc.tuple(pairs, unknown, ids).map(([p, extra, pathValues]) => {
    let url = route.path;
    path.forEach((parameter, i) => { url = url.replace(`{${parameter.name}}`, pathValues[i]!); });
    const all = extra ? [...p, extra] : p;
    return all.length ? `${url}?${all.join('&')}` : url;
  });
});

// The work is bounded by the number of requests, not by a clock: 300 cover every route several times with
// each kind of input (plausible, junk, stress) and take seconds, even on a loaded machine. For a deeper
// search run it alone with more, e.g. FC_RUNS=5000 FC_SEED=$RANDOM npx vitest run tests/property.test.ts.
const RUNS = Number(process.env.FC_RUNS ?? 300);

describe('random requests to every route', () => {
  it('answer only documented statuses, as problem+json when they fail, never leaking internals', async () => {
    await fc.assert(fc.asyncProperty(request, async (url) => {
      const r = await t.app.inject({ method: 'GET', url });
      expect(ALLOWED.has(r.statusCode), `${url} → ${r.statusCode}`).toBe(true);
      if (r.statusCode >= 400) {
        expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        const body = r.json();
        expect(body.status).toBe(r.statusCode);
        for (const field of ['type', 'title', 'detail', 'instance']) expect(typeof body[field]).toBe('string');
      }
      expect(r.body).not.toMatch(/SQLITE_|SqliteError|near ".*": syntax error|\.ts:\d+:\d+|at Object\.|node_modules/);
      assertMatchesSpec('GET', url, { status: r.statusCode, headers: r.headers, body: r.body });
    }), { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20260206) });
  });
});
