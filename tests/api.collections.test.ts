import { describe, expect, it } from 'vitest';
import { ids, useApp } from './helpers/app.js';

const t = useApp();

describe('collection filters narrow the seed data', () => {
  it('people?role=minister finds both ministers by a case-insensitive role substring', async () => {
    const r = await t.get('/v1/people?role=MINISTER');
    expect(r.status).toBe(200);
    expect(ids(r.json)).toEqual(['antonio-tajani', 'matteo-piantedosi']);
  });

  it('people?organization= and country= narrow; repeated and comma-separated values mean OR', async () => {
    expect(ids((await t.get('/v1/people?organization=us-delegation')).json)).toEqual(['jd-vance', 'marco-rubio']);
    expect(ids((await t.get('/v1/people?country=US&role=secretary')).json)).toEqual(['marco-rubio']);
    const or = ids((await t.get('/v1/people?role=mayor,vice')).json);
    expect(or).toEqual(ids((await t.get('/v1/people?role=mayor&role=vice')).json));
    expect(or).toEqual(['jd-vance', 'mayor-of-milan']);
  });

  it('organizations?kind=police_force lists the forces; country narrows', async () => {
    expect(ids((await t.get('/v1/organizations?kind=police_force')).json)).toEqual(['carabinieri', 'guardia-di-finanza', 'italian-law-enforcement', 'italian-regular-police']);
    const us = (await t.get('/v1/organizations?country=US')).json;
    expect(us.data.every((o: { country: string }) => o.country === 'US')).toBe(true);
    expect(ids((await t.get('/v1/organizations?kind=union,political_group&country=IT')).json)).toEqual(['italian-left-wing-groups', 'italian-opposition', 'italian-trade-unions', 'milan-local-leaders', 'usb']);
  });

  it('places?within= and kind= narrow', async () => {
    expect(ids((await t.get('/v1/places?within=milan')).json)).toEqual(['central-milan', 'san-siro-stadium']);
    expect(ids((await t.get('/v1/places?kind=country')).json)).toEqual(['italy', 'united-states']);
  });

  it('events by kind, place and date range', async () => {
    expect(ids((await t.get('/v1/events?kind=games')).json)).toEqual(['milan-cortina-2026', 'paris-2024']);
    expect(ids((await t.get('/v1/events?place=san-siro-stadium')).json)).toEqual(['opening-ceremony']);
    expect(ids((await t.get('/v1/events?from=2026-02-01&to=2026-02-28')).json)).toEqual(['milan-cortina-2026', 'opening-ceremony']);
    expect(ids((await t.get('/v1/events?to=2024-06-30')).json)).toEqual(['paris-2024']);
  });

  it('deployments?min_personnel / max_personnel compare the stated number', async () => {
    expect(ids((await t.get('/v1/deployments?min_personnel=1000')).json)).toEqual(['carabinieri-deployment', 'law-enforcement-deployment', 'regular-police-deployment']);
    expect(ids((await t.get('/v1/deployments?min_personnel=1000&max_personnel=3000')).json)).toEqual(['carabinieri-deployment', 'regular-police-deployment']);
    expect(ids((await t.get('/v1/deployments?organization=carabinieri,guardia-di-finanza')).json)).toEqual(['carabinieri-deployment', 'guardia-di-finanza-deployment']);
    expect(ids((await t.get('/v1/deployments?place=olympic-venues')).json)).toEqual(['law-enforcement-deployment']);
    expect((await t.get('/v1/deployments?event=milan-cortina-2026')).json.meta.total).toBe(5);
  });

  it('protests?from= / to= / organizer= / place=', async () => {
    expect(ids((await t.get('/v1/protests?from=2026-02-01')).json)).toEqual(['ice-out-rally']);
    expect(ids((await t.get('/v1/protests?to=2026-02-05')).json)).toEqual(['preceding-saturday-protests']);
    expect(ids((await t.get('/v1/protests?organizer=usb')).json)).toEqual(['ice-out-rally']);
    expect(ids((await t.get('/v1/protests?place=central-milan')).json)).toEqual(['ice-out-rally']);
  });

  it('measures?active_on= keeps measures whose stated period includes the day', async () => {
    expect(ids((await t.get('/v1/measures?active_on=2026-02-10')).json)).toEqual(['red-zones']);
    expect(ids((await t.get('/v1/measures?active_on=2026-02-22')).json)).toEqual(['red-zones']);
    expect(ids((await t.get('/v1/measures?active_on=2026-02-23')).json)).toEqual([]);
    expect(ids((await t.get('/v1/measures?place=milan')).json)).toEqual(['cybersecurity-control-room']);
    expect(ids((await t.get('/v1/measures?kind=restricted_zone')).json)).toEqual(['red-zones', 'restricted-access-areas']);
  });

  it('statements by speaker and about', async () => {
    expect(ids((await t.get('/v1/statements?speaker=antonio-tajani')).json)).toEqual(['tajani-ice-role-limited', 'tajani-no-street-enforcement']);
    expect(ids((await t.get('/v1/statements?about=us-consulate-milan')).json)).toEqual(['interior-ministry-ice-in-diplomatic-offices']);
    const quote = (await t.get('/v1/statements?speaker=italian-interior-ministry')).json.data.find((s: { kind: string }) => s.kind === 'quote');
    expect(quote.text).toBe('All security operations on Italian territory remain, as always, under the exclusive responsibility and direction of the Italian authorities.');
  });

  it('claims by status, subject, predicate and source; disputed claims name each other', async () => {
    const disputed = (await t.get('/v1/claims?status=disputed')).json.data as Array<{ id: string; disputed_by: string[] }>;
    expect(disputed.map((c) => c.id)).toEqual(['ice-assists-with-security-operations', 'ice-works-in-diplomatic-offices']);
    for (const claim of disputed) for (const other of claim.disputed_by) expect(disputed.find((c) => c.id === other)!.disputed_by).toContain(claim.id);
    expect(ids((await t.get('/v1/claims?subject=ice&predicate=works_at,assists_with')).json)).toEqual(['ice-assists-with-security-operations', 'ice-works-in-diplomatic-offices']);
    const corroborated = (await t.get('/v1/claims?status=corroborated')).json.data as Array<{ citations: Array<{ source_id: string }> }>;
    for (const claim of corroborated) expect(new Set(claim.citations.map((c) => c.source_id)).size).toBeGreaterThanOrEqual(2);
    const fromFirst = (await t.get('/v1/claims?source=ice-role-political-backlash&limit=500')).json.data as Array<{ citations: Array<{ source_id: string }> }>;
    expect(fromFirst.length).toBeGreaterThan(0);
    for (const claim of fromFirst) expect(claim.citations.some((c) => c.source_id === 'ice-role-political-backlash')).toBe(true);
  });

  it('q matches names, aliases and text case-insensitively, and literally', async () => {
    expect(ids((await t.get('/v1/organizations?q=military%20police')).json)).toEqual(['carabinieri']);
    expect(ids((await t.get('/v1/organizations?q=american')).json)).toEqual(['us-delegation']);
    expect(ids((await t.get('/v1/people?q=piant')).json)).toEqual(['matteo-piantedosi']);
    expect(ids((await t.get('/v1/organizations?q=%25')).json)).toEqual([]);
    expect(ids((await t.get('/v1/organizations?q=_')).json)).toEqual([]);
    expect(ids((await t.get('/v1/sources?q=red%20zones')).json)).toEqual(['ice-role-public-backlash']);
  });

  it('matches substrings shorter than a trigram too', async () => {
    expect(ids((await t.get('/v1/places?q=mi')).json)).toEqual(['central-milan', 'milan', 'minneapolis']);
    expect(ids((await t.get('/v1/people?role=vi')).json)).toEqual(['jd-vance']);
  });
});

describe('sorting and paging', () => {
  it('sorts by value, descending with -, ties and default by id', async () => {
    const bySize = (await t.get('/v1/deployments?sort=-personnel')).json.data as Array<{ personnel: { value: number | null } }>;
    expect(bySize.map((d) => d.personnel.value)).toEqual([6000, 3000, 2000, 800, null]);
    expect(ids((await t.get('/v1/protests?sort=-date')).json)).toEqual(['ice-out-rally', 'preceding-saturday-protests']);
    const byKind = (await t.get('/v1/organizations?sort=kind,-name&limit=3')).json.data as Array<{ kind: string; name: string }>;
    expect(byKind.map((o) => o.kind)).toEqual(['agency', 'agency', 'delegation']);
    expect(byKind[0]!.name.toLowerCase() > byKind[1]!.name.toLowerCase()).toBe(true);
    const all = ids((await t.get('/v1/places')).json);
    expect(all).toEqual([...all].sort());
  });

  it('pages with meta, links and an RFC 8288 Link header that walk the whole collection', async () => {
    const seen: string[] = [];
    let url: string | null = '/v1/organizations?limit=5&kind=police_force,agency,ministry,government,union,political_group,delegation,diplomatic_mission';
    let pages = 0;
    while (url) {
      const r = await t.get(url);
      expect(r.status).toBe(200);
      seen.push(...ids(r.json));
      expect(r.json.meta.limit).toBe(5);
      expect(r.json.links.self).toBe(url);
      if (r.json.links.next) expect(r.headers.link).toContain(`<${r.json.links.next}>; rel="next"`);
      if (r.json.links.prev) expect(r.headers.link).toContain(`rel="prev"`);
      expect(r.headers['x-total-count']).toBe('19');
      url = r.json.links.next;
      pages += 1;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual([...new Set(seen)].sort());
    expect(seen).toHaveLength(19);
    const last = await t.get('/v1/organizations?limit=5&offset=15');
    expect(last.json.links.next).toBeNull();
    expect(last.json.links.prev).toBe('/v1/organizations?limit=5&offset=10');
    const beyond = await t.get('/v1/organizations?offset=100');
    expect(beyond.json).toMatchObject({ data: [], meta: { total: 19, offset: 100 } });
  });
});

describe('keyset cursors', () => {
  it('walks a collection with after= and Link headers, the same rows as offset paging', async () => {
    const seen: string[] = [];
    let url: string | null = '/v1/claims?limit=7&after=a';
    while (url) {
      const r = await t.get(url);
      seen.push(...ids(r.json));
      expect(r.json.links.prev).toBeNull();
      if (r.json.links.next) expect(r.headers.link).toBe(`<${r.json.links.next}>; rel="next"`);
      url = r.json.links.next;
    }
    expect(seen).toEqual(ids((await t.get('/v1/claims?limit=500')).json));
  });

  it('keeps filters while paging and refuses a cursor with sort', async () => {
    const first = (await t.get('/v1/claims?status=corroborated&limit=3&after=a')).json;
    expect(first.links.next).toBe(`/v1/claims?status=corroborated&limit=3&after=${first.data[2].id}`);
    expect((await t.get('/v1/claims?after=a&sort=predicate')).json.errors).toEqual([{ parameter: 'after', message: 'works with the default order by id only; use offset with sort' }]);
    // A cursor and an offset together would skip rows unseen: refused on lists and stats as in search.
    for (const url of ['/v1/claims?after=a&offset=2', '/v1/stats/deployments?after=a&offset=1']) {
      const r = await t.get(url);
      expect(r.status, url).toBe(400);
      expect(r.json.errors, url).toEqual([{ parameter: 'offset', message: 'cannot be combined with after: the cursor already says where the page starts' }]);
    }
    expect((await t.get('/v1/claims?after=a&offset=0')).status).toBe(200);
  });
});

describe('item routes', () => {
  it('returns one row in a data envelope, with citations', async () => {
    const r = await t.get('/v1/deployments/carabinieri-deployment');
    expect(r.json.data).toMatchObject({ id: 'carabinieri-deployment', personnel: { value: 2000, qualifier: 'approximately' } });
    expect(r.json.data.citations[0].quote).toBe('Approximately 2,000 Carabinieri military police.');
  });

  it('gives a protest whose size the articles do not state a size of nulls, after its date fields', async () => {
    const r = await t.get('/v1/protests/ice-out-rally');
    expect(r.json.data.size).toEqual({ value: null, qualifier: null });
    expect(Object.keys(r.json.data).slice(4, 7)).toEqual(['date', 'date_precision', 'size']);
  });

  it('serves a source with its text, whose code points reproduce every citation', async () => {
    const source = (await t.get('/v1/sources/ice-role-public-backlash')).json.data;
    const text = [...source.text];
    expect(source.length).toBe(text.length);
    const claims = (await t.get('/v1/claims?source=ice-role-public-backlash&limit=500')).json.data as Array<{ citations: Array<{ source_id: string; start: number; end: number; quote: string }> }>;
    for (const c of claims.flatMap((claim) => claim.citations).filter((c) => c.source_id === source.id)) {
      expect(text.slice(c.start, c.end).join('')).toBe(c.quote);
    }
    expect((await t.get('/v1/sources')).json.data[0].text).toBeUndefined();
  });

  it('404s an unknown id and points to the right collection for an id of another type', async () => {
    const unknown = await t.get('/v1/people/nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toBe('No person has id "nobody".');
    const other = await t.get('/v1/people/carabinieri');
    expect(other.status).toBe(404);
    expect(other.json.detail).toBe('"carabinieri" is an organization, not a person: see /v1/entities/carabinieri.');
  });
});

describe('sorting by a name', () => {
  it('ignores case, as a reader expects, both ways; ties keep id order', async () => {
    const folded = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
    for (const [collection, field] of [['organizations', 'name'], ['places', 'name'], ['events', 'name'], ['sources', 'title']] as const) {
      const names = (await t.get(`/v1/${collection}?sort=${field}&limit=500`)).json.data.map((row: Record<string, string>) => row[field]!);
      expect(names, collection).toEqual([...names].sort(folded));
      const reversed = (await t.get(`/v1/${collection}?sort=-${field}&limit=500`)).json.data.map((row: Record<string, string>) => row[field]!);
      expect(reversed, collection).toEqual([...names].sort((a, b) => folded(b, a)));
    }
  });
});
