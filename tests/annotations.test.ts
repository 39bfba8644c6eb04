// GET /v1/sources/{id}/annotations: every citation into one article, in text order, read as a frontend would
// (JSON) and as an analyst would (CSV through a real parser), checked against each collection's own rows.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import { useApp } from './helpers/app.js';

const t = useApp();

interface Annotation { start: number; end: number; quote: string; row: { id: string; type: string; title: string }; field: string }

describe('/v1/sources/{id}/annotations', () => {
  it('lists every citation of every row into the article, in text order, each quote the text it points at', async () => {
    const { json: sources } = await t.get('/v1/sources');
    for (const { id: source } of sources.data as Array<{ id: string }>) {
      const { status, json } = await t.get(`/v1/sources/${source}/annotations`);
      expect(status).toBe(200);
      const annotations = json.data as Annotation[];
      const { json: article } = await t.get(`/v1/sources/${source}`);
      const text = [...(article.data.text as string)];
      for (const a of annotations) expect(text.slice(a.start, a.end).join('')).toBe(a.quote);
      const order = annotations.map((a) => [a.start, a.end]);
      expect(order).toEqual([...order].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));

      // The same passages, collection by collection, through the collections' own source= filter.
      const expected: string[] = [];
      for (const c of FACT_COLLECTIONS) {
        const { json: rows } = await t.get(`/v1/${c.name}?source=${source}&limit=500&fields=citations`);
        for (const row of rows.data as Array<{ id: string; citations: Array<{ source_id: string; start: number; end: number }> }>) {
          for (const citation of row.citations.filter((x) => x.source_id === source)) expected.push(`${c.type} ${row.id} ${citation.start}-${citation.end}`);
        }
      }
      expect(annotations.map((a) => `${a.row.type} ${a.row.id} ${a.start}-${a.end}`).sort()).toEqual(expected.sort());
      expect(annotations.every((a) => a.field === 'citations' && a.row.title.length > 0)).toBe(true);
    }
  });

  it('answers the same rows as CSV that a real parser reads back', async () => {
    const { json: sources } = await t.get('/v1/sources?limit=1');
    const source = sources.data[0].id as string;
    const { json } = await t.get(`/v1/sources/${source}/annotations`);
    const csv = await t.get(`/v1/sources/${source}/annotations?format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const records = parse(csv.body, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => [Number(r.start), Number(r.end), r.quote, r['row.id'], r['row.type'], r['row.title']]))
      .toEqual((json.data as Annotation[]).map((a) => [a.start, a.end, a.quote, a.row.id, a.row.type, a.row.title]));
  });

  it('is a 404 problem for an unknown id, and points to /v1/entities for an id of another type', async () => {
    const missing = await t.get('/v1/sources/no-such-article/annotations');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const { json: people } = await t.get('/v1/people?limit=1');
    const person = people.data[0].id as string;
    const wrong = await t.get(`/v1/sources/${person}/annotations`);
    expect(wrong.status).toBe(404);
    expect(wrong.json.detail).toContain(`/v1/entities/${person}`);
  });
});
