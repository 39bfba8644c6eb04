// One readable title per row, wherever the API shows one: /v1/entities/{id}, search hits, expand= summaries,
// referenced_by, facet titles and annotations all agree, and a claim reads "subject predicate object" with
// names rather than ids. Read from the fixture database's own rows.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { pluralName, predicateInWords } from '../src/db/summaries.js';
import { useApp } from './helpers/app.js';

// First requests of each route compile their statements and schemas: on a loaded machine they alone can spend
// the per-client query-time budget, which is not what this file tests.
const t = useApp();

interface Summary { id: string; type: string; title: string }
interface Claim { id: string; predicate: string; value: string | null; subject: Summary; object: Summary | null; citations: Array<{ source_id: string }> }
interface Annotation { row: Summary }

const known = new Map<string, string>();
/** A row's title as /v1/entities/{id} gives it, asked once per id. */
async function titleOf(id: string): Promise<string> {
  if (!known.has(id)) known.set(id, (await t.get(`/v1/entities/${id}`)).json.data.title as string);
  return known.get(id)!;
}

let claims: Claim[];
/** Every claim's title as the annotations of every source give it (every claim cites a source). */
const annotated = new Map<string, string>();
let sourceIds: string[];
beforeAll(async () => {
  claims = (await t.get('/v1/claims?limit=500&expand=subject_id,object_id')).json.data as Claim[];
  sourceIds = ((await t.get('/v1/sources?fields=id')).json.data as Array<{ id: string }>).map((s) => s.id);
  for (const source of sourceIds) {
    for (const { row } of (await t.get(`/v1/sources/${source}/annotations`)).json.data as Annotation[]) annotated.set(row.id, row.title);
  }
});

describe('claim titles are readable text', () => {
  it('read the subject\'s title, the predicate in words and the object\'s title or value, the same in annotations', () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const expected = [claim.subject.title, predicateInWords(claim.predicate, pluralName(claim.subject.title)), claim.object?.title ?? claim.value ?? ''].filter(Boolean).join(' ');
      expect(annotated.get(claim.id), claim.id).toBe(expected);
      expect(expected, claim.id).not.toContain(`${claim.subject.id} `);
    }
  });

  it('make the verb agree with a plural subject, and only with one', () => {
    const titled = (id: string) => annotated.get(id) ?? '';
    const plural = claims.filter((c) => pluralName(c.subject.title) && /s$/.test(c.predicate.split('_')[0]!));
    expect(plural.length, 'a fixture claim whose subject is plural').toBeGreaterThan(0);
    for (const claim of plural) expect(titled(claim.id), claim.id).not.toContain(` ${claim.predicate.split('_')[0]} `);
    expect(['Critics', 'Trade unions', 'Opposition parties', 'Left-wing groups'].every(pluralName)).toBe(true);
    expect(['United States', 'Paris', 'Carabinieri', 'Matteo Piantedosi', 'USB', 'Police Service of Northern Ireland'].some(pluralName)).toBe(false);
    expect(['points_to', 'criticizes', 'has_hub', 'is_part_of', 'watches', 'carries', 'held_at'].map((p) => predicateInWords(p, true)))
      .toEqual(['point to', 'criticize', 'have hub', 'are part of', 'watch', 'carry', 'held at']);
    expect(predicateInWords('points_to', false)).toBe('points to');
  });

  it('are the same on /v1/entities/{id}, in referenced_by, search hits, expand= and facets', async () => {
    const some = [...claims.filter((c) => c.subject.type === 'deployment').slice(0, 2), ...claims.slice(0, 3)];
    for (const claim of some) {
      expect(await titleOf(claim.id), claim.id).toBe(annotated.get(claim.id));
      const referrers = (await t.get(`/v1/entities/${claim.subject.id}`)).json.data.referenced_by.claims as Array<{ id: string; title: string }>;
      expect(referrers.find((r) => r.id === claim.id)?.title, `referenced_by ${claim.id}`).toBe(annotated.get(claim.id));
      const hits = (await t.get(`/v1/search?q=${encodeURIComponent(annotated.get(claim.id)!)}&type=claim&limit=500`)).json.data as Array<{ id: string; title: string }>;
      expect(hits.find((h) => h.id === claim.id)?.title, `search ${claim.id}`).toBe(annotated.get(claim.id));
    }
    const disputed = (await t.get('/v1/claims?status=disputed&expand=disputed_by&facets=disputed_by&limit=500')).json;
    expect(disputed.data.length).toBeGreaterThan(0);
    for (const row of disputed.data as Array<{ disputing_claims: Summary[] }>) {
      for (const summary of row.disputing_claims) expect(summary.title, `expand ${summary.id}`).toBe(annotated.get(summary.id));
    }
    for (const entry of disputed.meta.facets.disputed_by as Array<{ value: string; title: string }>) expect(entry.title).toBe(annotated.get(entry.value));
  });

  it('come out as the annotations CSV row.title column, read by a real parser', async () => {
    const csv = await t.get(`/v1/sources/${sourceIds[0]}/annotations?format=csv`);
    const rows = parse(csv.body, { columns: true }) as Array<Record<string, string>>;
    const claimRows = rows.filter((row) => row['row.type'] === 'claim');
    expect(claimRows.length).toBeGreaterThan(0);
    for (const row of claimRows) expect(row['row.title'], row['row.id']).toBe(annotated.get(row['row.id']!));
  });
});
