// The generated tables of docs/ match the code, and nothing the server reads or serves is left undocumented.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultQueryWorkers, ENV_VARIABLES, readConfig } from '../src/config.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import {
  blocksIn, collectionFacets, configTable, envReadsInSource, facetsTable, GENERATED_DOCS, limitsTable, passesTable, routesTable,
  rulesTable, servedApp, withTables, type ServedApp,
} from '../scripts/lib/docs-tables.js';
import { tempDir } from './helpers/db.js';

const doc = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');

let app: ServedApp;
let tables: Record<string, string>;
beforeAll(async () => {
  app = await servedApp();
  tables = { config: configTable(), limits: limitsTable(app.bodyLimit), facets: facetsTable(), routes: routesTable(app.paths), passes: passesTable(), rules: rulesTable() };
});

describe('generated tables', () => {
  it.each(GENERATED_DOCS)('%s holds the tables the code renders now (run `npm run docs`)', (path) => {
    expect(doc(path)).toBe(withTables(doc(path), tables));
  });

  it('every table is placed in a doc', () => {
    const placed = GENERATED_DOCS.flatMap((path) => blocksIn(doc(path)));
    expect(placed.sort()).toEqual(Object.keys(tables).sort());
  });

  it('rewrites a stale block and keeps the text around it', () => {
    const stale = 'before\n<!-- generated:config -->\n| old |\n<!-- /generated:config -->\nafter\n';
    expect(withTables(stale, { config: '| new |' })).toBe('before\n<!-- generated:config -->\n| new |\n<!-- /generated:config -->\nafter\n');
  });

  it('refuses a block without its closing marker or without a table', () => {
    expect(() => withTables('<!-- generated:config -->\n| old |\n', { config: '' })).toThrow('is not closed');
    expect(() => withTables('<!-- generated:nothing -->\n<!-- /generated:nothing -->\n', {})).toThrow('no generated table named "nothing"');
  });
});

describe('nothing undocumented', () => {
  it('every environment variable read under src/ is declared in src/config.ts and listed in docs/operations.md', () => {
    const declared = ENV_VARIABLES.map((variable) => variable.name);
    const operations = doc('docs/operations.md');
    for (const [name, files] of envReadsInSource()) expect(declared, `${name} read in ${files.join(', ')}`).toContain(name);
    for (const name of declared) expect(operations, name).toContain(`| \`${name}\` |`);
  });

  it('finds an environment variable read in any form', () => {
    const dir = tempDir('event-facts-env-');
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'a.ts'), "const a = process.env.FIRST_ONE; const b = env['SECOND']; const c = env.THIRD_3;\n");
    writeFileSync(join(dir, 'b.js'), 'process.env.NOT_TYPESCRIPT;\n');
    expect([...envReadsInSource(dir).keys()].sort()).toEqual(['FIRST_ONE', 'SECOND', 'THIRD_3']);
  });

  it('every route the server serves is listed in docs/API.md', () => {
    const api = doc('docs/API.md');
    const routes = Object.keys(app.paths);
    expect(routes).toContain('/v1/people/{id}');
    for (const route of routes) expect(api, route).toContain(`\`GET ${route}\``);
  });

  it('every facet of every collection is listed in its row of docs/API.md', () => {
    const api = doc('docs/API.md');
    for (const { collection, facets } of collectionFacets()) {
      const row = new RegExp(`^\\| ${collection} \\| (.*) \\|$`, 'm').exec(api)?.[1] ?? '';
      const listed = row === '—' ? [] : row.replaceAll('`', '').split(', ');
      expect(listed, collection).toEqual(facets);
    }
  });
});

describe('readConfig', () => {
  it('gives the documented defaults when nothing is set', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, logLevel: 'info', corsOrigins: ['*'], trustProxy: false, responseCacheBytes: 32 * 1024 * 1024 });
    expect(config.limits).toMatchObject({ rateLimitMax: 1200, rateLimitWindowMs: 60_000, maxEventLoopDelayMs: 1000, maxConnectionsPerClient: 64 });
  });

  it('starts no query worker on one core, and one per core up to two otherwise', () => {
    expect([1, 2, 3, 16].map((cores) => defaultQueryWorkers(cores))).toEqual([0, 2, 2, 2]);
    // The cores a process may use follow its CPU affinity: a server pinned to one core reads 0.
    const pinned = spawnSync('taskset', ['-c', '0', process.execPath, '--import', 'tsx', '--input-type=module', '-e',
      "const { readConfig } = await import('./src/config.ts'); console.log(readConfig({}).queryWorkers);"],
    { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(pinned.stderr).toBe('');
    expect(pinned.stdout.trim()).toBe('0');
    expect(readConfig({ QUERY_WORKERS: '3' }).queryWorkers).toBe(3);
  });

  it('reads lists and numbers, and names the variable of a bad value', () => {
    expect(readConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8', CORS_ORIGINS: 'https://a.example, https://b.example', RATE_LIMIT_MAX: '0' }))
      .toMatchObject({ trustProxy: ['10.0.0.1', '10.0.0.0/8'], corsOrigins: ['https://a.example', 'https://b.example'], limits: { rateLimitMax: 0 } });
    expect(() => readConfig({ PORT: '70000' })).toThrow('PORT must be an integer 0–65535, got "70000"');
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
    expect(() => readConfig({ MAX_CONNECTIONS: '1e3' })).toThrow('MAX_CONNECTIONS must be a whole number, got "1e3"');
  });
});
