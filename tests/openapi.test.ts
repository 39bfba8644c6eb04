import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { useApp } from './helpers/app.js';

const t = useApp();
const committed = () => parse(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8'));

describe('openapi.yaml', () => {
  it('is identical to the spec the server serves (run `npm run openapi` after changing a route)', async () => {
    expect(committed()).toEqual((await t.get('/openapi.json')).json);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(committed());
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('documents every route with a summary, description, tag, and responses for 200 and its errors', () => {
    const spec = committed();
    for (const [path, operations] of Object.entries<Record<string, any>>(spec.paths)) {
      const get = operations.get;
      expect(get, path).toBeDefined();
      expect(get.summary, path).toBeTruthy();
      expect(get.description, path).toBeTruthy();
      expect(get.tags?.length, path).toBe(1);
      expect(Object.keys(get.responses), path).toEqual(expect.arrayContaining(['200', '400', '406']));
      for (const parameter of get.parameters ?? []) expect(parameter.description ?? parameter.schema?.description, `${path} ${parameter.name}`).toBeTruthy();
    }
  });
});
