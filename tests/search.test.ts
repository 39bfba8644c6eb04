// /v1/search as people type (contract v1.2): type-ahead from the first letter, exact names first, readable
// titles, suggestions for misspellings, word forms and compounds in collection q= and role=, and paging by
// cursor with a bounded offset. Expectations are read from the fixture rows themselves.
import { parse as parseCsv } from 'csv-parse/sync';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SEARCH_WINDOW } from '../src/db/search.js';
import { editDistance } from '../src/db/suggest.js';
import { words } from '../src/db/words.js';
import { ids, useApp } from './helpers/app.js';

interface Hit { type: string; id: string; title: string; snippet: string }
interface Page { data: Hit[]; meta: { total: number; total_exact: boolean; suggestions: string[]; offset: number; limit: number }; links: { next: string | null; prev: string | null } }

const t = useApp();
const search = async (q: string, extra = '') => (await t.get(`/v1/search?q=${encodeURIComponent(q)}${extra}`)).json as Page;
/** Names, aliases and acronyms of every named row of the fixture database, as written. */
function namedRows(): Array<{ id: string; type: string; names: string[] }> {
  const db = new Database(t.dbPath, { readonly: true });
  const rows: Array<{ id: string; type: string; names: string[] }> = [];
  for (const [table, type] of [['people', 'person'], ['organizations', 'organization'], ['places', 'place'], ['events', 'event'], ['protests', 'protest'], ['measures', 'measure']] as const) {
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
    for (const row of db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, string | null>>) {
      const aliases = columns.includes('aliases') && row.aliases ? JSON.parse(row.aliases) as string[] : [];
      rows.push({ id: row.id!, type, names: [row.name, columns.includes('acronym') ? row.acronym : null, ...aliases].filter((n): n is string => !!n) });
    }
  }
  db.close();
  return rows;
}

describe('type-ahead from the first letter', () => {
  it('one and two letters list exactly the named rows whose name, alias or acronym starts with them, first', async () => {
    const named = namedRows();
    for (const prefix of ['m', 'Mi', 'u', 'ca', 'I']) {
      const folded = words(prefix).join('');
      const expected = named.filter((row) => row.names.some((name) => words(name).join('').startsWith(folded))).map((row) => row.id).sort();
      expect(expected.length, prefix).toBeGreaterThan(0);
      const page = await search(prefix, '&limit=500');
      const leading = page.data.slice(0, expected.length);
      expect(leading.map((hit) => hit.id).sort(), prefix).toEqual(expected);
      for (const hit of leading) expect(hit.snippet.toLowerCase(), `${prefix} ${hit.id}`).toMatch(new RegExp(`^<mark>${folded.split('').join('[^a-z0-9<]*')}`));
    }
  });

  it('a later word of a name counts too (a surname), listed after the names that start with the letters, its word marked', async () => {
    // Names, acronyms and aliases as the API gives them (aliases live in a table of their own).
    const named: Array<{ id: string; names: string[] }> = [];
    for (const collection of ['people', 'organizations', 'places', 'events', 'protests', 'measures']) {
      for (const row of (await t.get(`/v1/${collection}?limit=500`)).json.data as Array<{ id: string; name: string | null; acronym?: string | null; aliases?: string[] }>) {
        named.push({ id: row.id, names: [row.name, row.acronym, ...(row.aliases ?? [])].filter((n): n is string => !!n) });
      }
    }
    /** The name's folded letters from each of its words on. */
    const fromEachWord = (name: string) => words(name).map((_, i) => words(name).slice(i).join(''));
    for (const prefix of ['P', 'Pi', 'p', 'Ol']) {
      const folded = words(prefix).join('');
      const whole = named.filter((row) => row.names.some((name) => words(name).join('').startsWith(folded))).map((row) => row.id);
      const within = named.filter((row) => !whole.includes(row.id) && row.names.some((name) => fromEachWord(name).slice(1).some((rest) => rest.startsWith(folded)))).map((row) => row.id);
      expect(within.length, prefix).toBeGreaterThan(0);
      const page = await search(prefix, '&limit=500');
      expect(page.data.slice(whole.length, whole.length + within.length).map((hit) => hit.id).sort(), prefix).toEqual(within.sort());
      for (const hit of page.data.slice(whole.length, whole.length + within.length)) {
        expect(hit.snippet.toLowerCase(), `${prefix} ${hit.id}`).toMatch(new RegExp(`^[^<]*[^a-z0-9<]<mark>${folded.split('').join('[^a-z0-9<]*')}`));
      }
    }
    expect((await search('Pi')).data.map((hit) => hit.id)).toContain('matteo-piantedosi');
    expect((await search('Pi')).data[0]!.snippet).toBe('Matteo <mark>Pi</mark>antedosi');
  });

  it('honours type=', async () => {
    const page = await search('m', '&type=place');
    expect(page.data.length).toBeGreaterThan(0);
    expect(new Set(page.data.map((hit) => hit.type))).toEqual(new Set(['place']));
  });
});

describe('ranking and titles', () => {
  it('an entity whose name, alias or acronym equals the query ranks first', async () => {
    for (const row of namedRows()) {
      for (const name of row.names) {
        const page = await search(name);
        const first = page.data.findIndex((hit) => hit.id === row.id);
        // Several rows may share a name: the row is among those listed before any other hit.
        const sharing = namedRows().filter((other) => other.names.some((n) => words(n).join(' ') === words(name).join(' '))).length;
        expect(first, `${name} → ${row.id}`).toBeGreaterThanOrEqual(0);
        expect(first, `${name} → ${row.id}`).toBeLessThan(sharing);
      }
    }
  });

  it('claim titles read subject, predicate and object in words, not ids', async () => {
    const claims = (await t.get('/v1/claims?limit=500')).json.data as Array<{ id: string; subject_id: string; predicate: string; object_id: string | null; value: string | null }>;
    const titleOf = async (id: string) => (await t.get(`/v1/entities/${id}`)).json.data.title as string;
    const claim = claims.find((c) => c.object_id && c.predicate.includes('_'))!;
    const hit = (await search(claim.predicate.replace(/_/g, ' '), '&type=claim&limit=500')).data.find((h) => h.id === claim.id)!;
    expect(hit.title).toBe(`${await titleOf(claim.subject_id)} ${claim.predicate.replace(/_/g, ' ')} ${await titleOf(claim.object_id!)}`);
    expect(hit.title).not.toContain(claim.subject_id);
  });
});

describe('suggestions when nothing matches', () => {
  it('a misspelt name suggests the name as written, and each suggestion finds that row', async () => {
    for (const [typo, row] of [['carabineri', 'carabinieri'], ['Piantadosi', 'matteo-piantedosi']] as const) {
      const page = await search(typo);
      expect(page.data, typo).toEqual([]);
      expect(page.meta.total).toBe(0);
      expect(page.meta.suggestions.length, typo).toBeGreaterThan(0);
      const found = await search(page.meta.suggestions[0]!);
      expect(found.data.map((hit) => hit.id), typo).toContain(row);
    }
  });

  it('suggests nothing when the query matches, or when no indexed word is close', async () => {
    expect((await search('carabinieri')).meta.suggestions).toEqual([]);
    expect((await search('zzzzqqq')).meta.suggestions).toEqual([]);
  });

  it('a collection q= that finds nothing suggests spellings that find rows of that collection under the same filters', async () => {
    const list = async (path: string) => (await t.get(path)).json as { data: Array<{ id: string }>; meta: { total: number; suggestions?: string[] } };
    const page = await list('/v1/people?q=Piantadosi');
    expect(page.data).toEqual([]);
    expect(page.meta.suggestions?.length).toBeGreaterThan(0);
    const found = await list(`/v1/people?q=${encodeURIComponent(page.meta.suggestions![0]!)}`);
    expect(found.data.map((row) => row.id)).toContain('matteo-piantedosi');
    // The same word under a filter no row of it meets: no suggestion that would find nothing.
    expect((await list('/v1/people?q=Piantadosi&review=machine')).meta.suggestions).toEqual([]);
    // A q that matches carries no suggestions at all; a word close to nothing suggests nothing.
    expect((await list('/v1/people?q=Piantedosi')).meta.suggestions).toBeUndefined();
    expect((await list('/v1/organizations?q=zzzzqqq')).meta.suggestions).toEqual([]);
  });

  it('a misspelt predicate or role suggests the closest values in use, each of which finds rows, naming the parameter', async () => {
    const list = async (path: string) => (await t.get(path)).json as { data: Array<{ id: string }>; meta: { total: number; suggestions?: string[]; suggestions_for?: string } };
    const predicates = ((await t.get('/v1/claims?facets=predicate&limit=1')).json.meta.facets.predicate as Array<{ value: string }>).map((p) => p.value);
    const predicate = predicates.find((p) => p.length >= 6 && !p.includes('_'))!;
    const typo = `${predicate.slice(0, -2)}${predicate.at(-1)}${predicate.at(-2)}`;
    for (const [path, parameter, expected] of [
      [`/v1/claims?predicate=${typo}`, 'predicate', predicate],
      [`/v1/claims?predicate=${predicate.toUpperCase()}`, 'predicate', predicate],
      [`/v1/claims?predicate=${encodeURIComponent(predicates.find((p) => p.includes('_'))!.replace(/_/g, ' '))}`, 'predicate', predicates.find((p) => p.includes('_'))!],
      ['/v1/people?role=ministre', 'role', 'minister'],
    ] as const) {
      for (const narrowed of ['', '&fields=id']) {
        const page = await list(`${path}${narrowed}`);
        expect(page.meta.total, path).toBe(0);
        expect(page.meta.suggestions_for, path).toBe(parameter);
        expect(page.meta.suggestions?.[0], path).toBe(expected);
      }
      for (const suggestion of (await list(path)).meta.suggestions!) {
        expect((await list(`${path.slice(0, path.indexOf('?'))}?${parameter}=${encodeURIComponent(suggestion)}`)).meta.total, suggestion).toBeGreaterThan(0);
      }
    }
    // A value in use under filters no row meets, and a value close to nothing, suggest nothing; a match carries no suggestions.
    expect((await list(`/v1/claims?predicate=${predicate}&status=disputed&subject=${encodeURIComponent('ice')}&review=machine`)).meta).toMatchObject({ suggestions: [], suggestions_for: 'predicate' });
    expect((await list('/v1/claims?predicate=zzzzqqq')).meta.suggestions).toEqual([]);
    expect((await list(`/v1/claims?predicate=${predicate}`)).meta.suggestions).toBeUndefined();
  });

  it('edit distance counts swaps as one edit and stops past the bound', () => {
    expect(editDistance('carabineri', 'carabinieri', 2)).toBe(1);
    expect(editDistance('piantadosi', 'piantedosi', 2)).toBe(1);
    expect(editDistance('abcd', 'acbd', 1)).toBe(1);
    expect(editDistance('milan', 'rome', 2)).toBe(Infinity);
  });
});

describe('collection q= and role= with word forms, compounds and typographic variants', () => {
  it('plural and singular, both ways', async () => {
    expect(ids((await t.get('/v1/protests?q=rallies')).json)).toContain('ice-out-rally');
    expect(ids((await t.get('/v1/measures?q=drones')).json)).toContain('drone-surveillance');
    expect(ids((await t.get('/v1/organizations?q=unions')).json)).toContain('usb');
    const ministers = ids((await t.get('/v1/people?role=ministers')).json);
    expect(ministers).toEqual(ids((await t.get('/v1/people?role=minister')).json));
    expect(ministers.length).toBeGreaterThan(0);
  });

  it('prefixes still match and a word still does not match inside another', async () => {
    expect(ids((await t.get('/v1/organizations?q=carab')).json)).toEqual(['carabinieri']);
    expect(ids((await t.get('/v1/organizations?q=ice')).json)).toEqual(['ice']);
  });

  it('compounds written apart or together, in q= and in search', async () => {
    const together = ids((await t.get('/v1/measures?q=cybersecurity')).json);
    expect(together).toContain('cybersecurity-control-room');
    expect(ids((await t.get(`/v1/measures?q=${encodeURIComponent('cyber security')}`)).json)).toEqual(together);
    expect((await search('cyber security')).data.map((hit) => hit.id)).toContain('cybersecurity-control-room');
  });

  it('curly and straight apostrophes and quotes, and dashes, read the same', async () => {
    expect(ids((await t.get(`/v1/places?q=${encodeURIComponent('Cortina d’Ampezzo')}`)).json)).toEqual(ids((await t.get(`/v1/places?q=${encodeURIComponent("Cortina d'Ampezzo")}`)).json));
    expect(ids((await t.get(`/v1/places?q=${encodeURIComponent('Cortina d’Ampezzo')}`)).json)).toEqual(['cortina-d-ampezzo']);
    expect((await search('“red zones”')).data.map((h) => h.id)).toEqual((await search('"red zones"')).data.map((h) => h.id));
    expect(ids((await t.get(`/v1/events?q=${encodeURIComponent('Milan–Cortina')}`)).json)).toEqual(ids((await t.get('/v1/events?q=Milan-Cortina')).json));
  });
});

describe('paging: after= cursor and bounded offset', () => {
  it('pages by cursor give the offset pages\' rows, in order, without repeats', async () => {
    const all = (await search('milan', '&limit=500')).data.map((hit) => hit.id);
    expect(all.length).toBeGreaterThan(6);
    const seen: string[] = [];
    let url: string | null = '/v1/search?q=milan&limit=3';
    while (url) {
      const page = (await t.get(url)).json as Page;
      seen.push(...page.data.map((hit) => hit.id));
      if (seen.length < all.length) expect(page.links.next).toContain('after=');
      url = page.links.next;
    }
    expect(seen).toEqual(all);
    expect((await search('milan', '&limit=3&offset=3')).data.map((hit) => hit.id)).toEqual(all.slice(3, 6));
  });

  it('a bad, foreign or combined cursor is a 400 naming the parameter', async () => {
    const next = (await search('milan', '&limit=2')).links.next!;
    const cursor = new URL(next, 'http://x').searchParams.get('after')!;
    for (const [url, parameter] of [
      ['/v1/search?q=milan&after=not-a-cursor', 'after'],
      [`/v1/search?q=rome&after=${cursor}`, 'after'],
      [`/v1/search?q=milan&after=${cursor}&offset=2`, 'offset'],
      ['/v1/search?q=milan&after=', 'after'],
    ] as const) {
      const r = await t.get(url);
      expect(r.status, url).toBe(400);
      expect(r.json.errors[0].parameter, url).toBe(parameter);
    }
  });

  it('the total counted for a full page equals the hits a page that holds them all lists', async () => {
    for (const [q, extra] of [['milan', ''], ['police', ''], ['ma', ''], ['m', ''], ['milan', '&type=place'], ['carabinieri', ''], ['minister', '&type=person']] as const) {
      const everything = await search(q, `${extra}&limit=500`);
      expect(everything.data.length, q).toBeGreaterThan(1);
      const counted = await search(q, `${extra}&limit=1`);
      expect(counted.meta, `${q}${extra}`).toMatchObject({ total: everything.data.length, total_exact: true });
      expect((await search(q, `${extra}&limit=1&offset=1`)).meta.total, `${q}${extra}`).toBe(everything.data.length);
      const cursor = new URL(counted.links.next!, 'http://x').search;
      expect(((await t.get(`/v1/search${cursor}`)).json as Page).meta.total, `${q}${extra} after=`).toBe(everything.data.length);
    }
  });

  it('Swagger UI does not prefill a cursor: the example is in the description, and answers 200 with the prefilled q', async () => {
    const spec = (await t.get('/openapi.json')).json as { paths: Record<string, { get: { parameters: Array<{ name: string; description?: string; schema: { examples?: unknown[] }; example?: unknown; examples?: unknown }> } }> };
    const parameters = spec.paths['/v1/search']!.get.parameters;
    const after = parameters.find((p) => p.name === 'after')!;
    expect([after.schema.examples, after.example, after.examples]).toEqual([undefined, undefined, undefined]);
    const cursor = /Example: `([^`]+)`/.exec(after.description ?? '')?.[1];
    const q = parameters.find((p) => p.name === 'q')!;
    const exampleQ = (q.schema.examples?.[0] ?? q.example) as string;
    expect(cursor && exampleQ).toBeTruthy();
    expect((await t.get(`/v1/search?q=${encodeURIComponent(exampleQ)}&after=${cursor}`)).status).toBe(200);
  });

  it(`offset + limit may reach ${SEARCH_WINDOW}; past it a 400 names offset`, async () => {
    expect((await t.get(`/v1/search?q=milan&offset=${SEARCH_WINDOW - 50}&limit=50`)).status).toBe(200);
    for (const url of [`/v1/search?q=milan&offset=${SEARCH_WINDOW - 49}&limit=50`, `/v1/search?q=milan&offset=${SEARCH_WINDOW + 1}`]) {
      const r = await t.get(url);
      expect(r.status, url).toBe(400);
      expect(r.json.errors[0].parameter).toBe('offset');
    }
  });

  it('CSV of a cursor page holds the JSON page\'s rows', async () => {
    const next = (await search('milan', '&limit=2')).links.next!;
    const json = (await t.get(next)).json as Page;
    const csv = parseCsv((await t.get(`${next}&format=csv`)).body, { columns: true }) as Array<Record<string, string>>;
    expect(csv.map((row) => row.id)).toEqual(json.data.map((hit) => hit.id));
    expect(csv.map((row) => row.title)).toEqual(json.data.map((hit) => hit.title));
  });
});
