// Generated-client check: TypeScript types from openapi.yaml (openapi-typescript) must let the program in
// tests/client/ compile under tsc --strict, and must reject the mistakes it marks with @ts-expect-error
// (a wrong enum value, an unknown sort or expand field, an un-narrowed entity), so types that decay to
// `string` or lose the discriminator fail here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/lib/paths.js';

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
