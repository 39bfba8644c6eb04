// Trust rules of ingest (issue 20): what a person checked stays checked, what is known is reused, and what
// cannot be resolved is listed, not guessed. Two follow-ups on the fixture seed's Games, ingested and
// accepted in date order into a copy of the seed, then served.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import type { Item } from '../src/db/columns.js';
import { loadSeed } from '../src/db/seed.js';
import { acceptProposals } from '../src/ingest/accept.js';
import type { Fact, Facts } from '../src/ingest/extract.js';
import { resolve } from '../src/ingest/resolve.js';
import { ingestArticle, proposalsPath } from '../src/ingest/ingest.js';
import { challengesToReviewed, duplicates, reviewedChanges } from '../src/ingest/trust/audit.js';
import { coreName, fold, nameVariant } from '../src/ingest/trust/names.js';
import { copySeed, tempDir } from './helpers/db.js';
import { FIXTURE_SEED, INGEST_FIXTURES_DIR } from './helpers/paths.js';

const fixture = (name: string) => join(INGEST_FIXTURES_DIR, name);

describe('names compared as one', () => {
  it('folds case, accents, hyphens and a leading "the"; a body\'s core drops its country word and its place', () => {
    expect(fold('Tomás Ibáñez')).toBe(fold('TOMAS IBANEZ'));
    expect(fold('the Milan-Cortina Games')).toBe('milan cortina games');
    expect(coreName('Italian interior ministry')).toBe(coreName('the interior ministry'));
    expect(coreName('US consulate in Milan')).toBe(coreName('American consulate'));
    expect(coreName('Austrian police')).not.toBe(coreName('Federal Police'));
    expect(nameVariant('Winter Olympics', 'Milan-Cortina 2026 Winter Olympics')).toBe(true);
    expect(nameVariant('Paris 2024 Games', 'Milan-Cortina Winter Olympics')).toBe(false);
  });
});

describe('growing the knowledge base without making a checked fact worse', () => {
  const seedDir = copySeed();
  const before = loadSeed(seedDir).facts;
  const weekOne = ingestArticle({ file: fixture('growth-milan-week-one.txt'), published: '2026-02-10', id: 'week-one', seedDir });

  it('reuses the known Games, ceremony, bodies and count under the article\'s generic names', () => {
    const { facts, citations_added: cited } = weekOne.resolution;
    // "the Winter Olympics" (dated by a weekday that belongs to a march) and "the opening ceremony" are the known rows.
    expect(facts.events).toEqual([]);
    expect(cited).toEqual(expect.arrayContaining([
      expect.objectContaining({ collection: 'events', id: 'milan-cortina-2026' }),
      expect.objectContaining({ collection: 'events', id: 'opening-ceremony' }),
      // "some 6,000 law enforcement officers": the known body and its known count of the same Games.
      expect.objectContaining({ collection: 'organizations', id: 'italian-law-enforcement' }),
      expect.objectContaining({ collection: 'deployments', id: 'law-enforcement-deployment' }),
    ]));
    // An inferred date contests nothing: no claim on the Games' start.
    expect(facts.claims.filter((c) => c.subject_id === 'milan-cortina-2026')).toEqual([]);
  });

  it('a new total challenges the reviewed count with both articles\' words; the increment is no rival; a province\'s count is unresolved', () => {
    const { facts, challenges, unresolved } = weekOne.resolution;
    const total = facts.claims.find((c) => c.subject_id === 'carabinieri-deployment')!;
    expect(total).toMatchObject({ predicate: 'personnel', value: 'approximately 2250', disputed_by: [] });
    const quotes = (total.citations as Array<{ source: string; quote: string }>);
    expect(quotes[0]).toMatchObject({ source: 'week-one', quote: expect.stringMatching(/250 more Carabinieri.*bringing the force to about 2,250 officers/) });
    expect(quotes.slice(1).map((c) => c.quote)).toContain('Approximately 2,000 Carabinieri military police.');
    expect(challenges).toContainEqual({ collection: 'deployments', id: 'carabinieri-deployment', claim: total.id });
    // "250 more Carabinieri" is an addition: kept as its own count, contesting nothing.
    expect(facts.deployments).toEqual([expect.objectContaining({ organization_id: 'carabinieri', personnel: { value: 250, qualifier: 'exactly' }, note: expect.stringContaining('not its total') })]);
    expect(facts.claims.map((c) => c.value)).not.toContain('exactly 250');
    // "450 police officers" of one province: no body named and no known count fits, so nothing is invented.
    expect(facts.organizations.map((o) => o.name)).not.toContain('Police officers');
    expect(unresolved).toEqual([expect.objectContaining({ collection: 'deployments', what: 'body', sentence: expect.stringMatching(/^In the province of Sondrio, 450 police officers/) })]);
    const written = parse(readFileSync(proposalsPath(seedDir, 'week-one'), 'utf8'));
    expect(written.unresolved).toHaveLength(1);
    expect(written.challenges).toEqual(challenges);
  });

  it('the name of a reviewed role-only person is a challenge; accept leaves reviewed rows as they were and lists the challenges on them', () => {
    expect(weekOne.resolution.updates).toEqual([]);
    expect(weekOne.resolution.challenges).toContainEqual({ collection: 'people', id: 'mayor-of-milan', claim: 'mayor-of-milan-name-giuseppe-carli' });
    const result = acceptProposals(seedDir, 'week-one');
    expect(result.challenges).toBe(2);
    const after = loadSeed(seedDir).facts;
    expect(reviewedChanges(before, after)).toEqual([]);
    const deployment = after.get('deployments')!.find((d) => d.id === 'carabinieri-deployment')!;
    expect(deployment).toMatchObject({ review: 'reviewed', personnel: { value: 2000, qualifier: 'approximately' }, challenges: ['carabinieri-deployment-personnel-approximately-2250'] });
    expect(after.get('people')!.find((p) => p.id === 'mayor-of-milan')).toMatchObject({ name: null, review: 'reviewed', challenges: ['mayor-of-milan-name-giuseppe-carli'] });
    expect(challengesToReviewed(before, after).map((c) => c.claim).sort()).toEqual(['carabinieri-deployment-personnel-approximately-2250', 'mayor-of-milan-name-giuseppe-carli']);
  });

  it('serves the challenge on the reviewed row, which a reader filtering on checked facts sees', async () => {
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir });
    const app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
    try {
      const rows = (await app.inject('/v1/deployments?review=reviewed&challenged=true')).json().data as Array<{ id: string; challenges: string[] }>;
      expect(rows.map((r) => [r.id, r.challenges])).toEqual([['carabinieri-deployment', ['carabinieri-deployment-personnel-approximately-2250']]]);
      const claim = (await app.inject('/v1/claims/carabinieri-deployment-personnel-approximately-2250')).json().data;
      expect(claim).toMatchObject({ subject_id: 'carabinieri-deployment', review: 'machine', value: 'approximately 2250' });
    } finally {
      await app.close();
    }
  });

  it('a later article reuses the prefect without accents, the mayor the pending challenge names, and the consulate named by its country', () => {
    const closing = ingestArticle({ file: fixture('growth-milan-closing.txt'), published: '2026-02-20', id: 'closing', seedDir });
    const { facts, citations_added: cited } = closing.resolution;
    expect(facts.people.filter((p) => /Ibanez|Carli/.test(String(p.name)))).toEqual([]);
    expect(cited.map((c) => c.id)).toEqual(expect.arrayContaining(['tomas-ibanez', 'mayor-of-milan', 'us-consulate-milan']));
    // The closing ceremony is another event of the same Games, not the opening one.
    expect(facts.events.map((e) => e.kind)).toContain('ceremony');
    expect(cited.filter((c) => c.id === 'opening-ceremony')).toEqual([]);
    acceptProposals(seedDir, 'closing');
    expect(duplicates(loadSeed(seedDir).facts)).toEqual([]);
  });

  it('accept refuses an update of a reviewed row written into the proposals by hand', () => {
    const dir = copySeed();
    ingestArticle({ file: fixture('growth-milan-closing.txt'), published: '2026-02-20', id: 'closing', seedDir: dir });
    const path = proposalsPath(dir, 'closing');
    const doc = parse(readFileSync(path, 'utf8'));
    doc.updates = [{ collection: 'events', id: 'milan-cortina-2026', set: { start: '2026-02-07' } }];
    writeFileSync(path, stringify(doc));
    const result = acceptProposals(dir, 'closing');
    expect(result.dropped).toEqual([expect.objectContaining({ what: 'update of events "milan-cortina-2026"', reason: expect.stringContaining('challenge') })]);
    expect(loadSeed(dir).facts.get('events')!.find((e) => e.id === 'milan-cortina-2026')).toMatchObject({ start: '2026-02-06', review: 'reviewed' });
  });
});

describe('generic names resolved in the article\'s context', () => {
  const seed = loadSeed(FIXTURE_SEED);
  const ids = new Set([...seed.facts.values()].flatMap((items) => items.map((i) => i.id)));
  const cite = [{ source: 'new-article', quote: 'words' }];
  const facts = (partial: Partial<Facts>): Facts => ({ people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [], ...partial });
  const place = (id: string, name: string, kind: string, country: string): Fact => ({ id, name, kind, country, within_id: null, citations: cite });
  const ministry: Fact = { id: 'interior-ministry', name: 'Interior ministry', acronym: null, aliases: [], kind: 'ministry', country: null, parent_id: null, citations: cite };
  const games = (start: string | null, derived = false): Fact => ({ id: 'games', name: 'Games', kind: 'games', start, end: null, date_precision: start ? 'day' : null, derived, note: derived ? 'inferred' : null, place_ids: [], figures: [], citations: cite });

  it('"the interior ministry" is the known one of the country the story is about, and no other country\'s', () => {
    const italian = resolve(facts({ places: [place('italy-2', 'Italy', 'country', 'IT'), place('rome-2', 'Rome', 'city', 'IT')], organizations: [ministry] }), seed.facts, ids);
    expect(italian.facts.organizations).toEqual([]);
    expect(italian.citations_added).toContainEqual({ collection: 'organizations', id: 'italian-interior-ministry', citation: cite[0] });
    const austrian = resolve(facts({ places: [place('austria', 'Austria', 'country', 'AT')], organizations: [ministry] }), seed.facts, ids);
    expect(austrian.facts.organizations.map((o) => o.id)).toEqual(['interior-ministry']);
  });

  it('a generic body name with no country is the known body of the story\'s country, else a new one of that country', () => {
    const body = (id: string, name: string, country: string, aliases: string[] = []): Item => ({ id, name, acronym: null, aliases, kind: 'police_force', country, parent_id: null, review: 'machine', citations: [] });
    const grown = new Map(seed.facts);
    grown.set('organizations', [...seed.facts.get('organizations')!, body('spanish-national-police', 'National Police', 'ES'),
      body('australian-federal-police', 'Australian Federal Police', 'AU', ['Federal Police']), body('german-federal-police', 'German Federal Police', 'DE')]);
    const known = new Set([...ids, 'spanish-national-police', 'australian-federal-police', 'german-federal-police']);
    const named = (id: string, name: string): Fact => ({ id, name, acronym: null, aliases: [], kind: 'police_force', country: null, parent_id: null, citations: cite });
    const dutch = resolve(facts({ places: [place('rotterdam', 'Rotterdam', 'city', 'NL')], organizations: [named('national-police', 'National Police')] }), grown, known);
    expect(dutch.citations_added).toEqual([]);
    expect(dutch.facts.organizations).toEqual([expect.objectContaining({ name: 'National Police', country: 'NL', derived: true, note: expect.stringContaining('inferred') })]);
    const spanish = resolve(facts({ places: [place('seville', 'Seville', 'city', 'ES')], organizations: [named('national-police', 'National Police')] }), grown, known);
    expect([spanish.facts.organizations, spanish.citations_added.map((c) => c.id)]).toEqual([[], ['spanish-national-police']]);
    // Another country's alias does not name the German body: the one body of Germany whose name ends with it does.
    const german = resolve(facts({ places: [place('frankfurt', 'Frankfurt', 'city', 'DE')], organizations: [named('federal-police', 'Federal Police')] }), grown, known);
    expect([german.facts.organizations, german.citations_added.map((c) => c.id)]).toEqual([[], ['german-federal-police']]);
    // Many cities have a "Metropolitan Police": a known British one is not the one of a story about Thailand.
    grown.set('organizations', [...grown.get('organizations')!, body('metropolitan-police', 'Metropolitan Police', 'GB')]);
    const thai = resolve(facts({ places: [place('bangkok', 'Bangkok', 'city', 'TH')], organizations: [named('metropolitan-police', 'Metropolitan Police')] }), grown, new Set([...known, 'metropolitan-police']));
    expect(thai.citations_added).toEqual([]);
    expect(thai.facts.organizations).toEqual([expect.objectContaining({ name: 'Metropolitan Police', country: 'TH', derived: true })]);
  });

  it('a value a pending challenge already gives gains the new citation, not a second claim', () => {
    const count = (value: number): Fact => ({ id: 'd', organization_id: 'carabinieri', personnel: { value, qualifier: 'approximately' }, role: null, place_ids: [], event_id: 'milan-cortina-2026', part_of_id: null, citations: cite });
    const first = resolve(facts({ deployments: [count(2250)] }), seed.facts, ids);
    const claim = { ...first.facts.claims[0]!, review: 'machine', citations: [{ source_id: 'earlier', quote: 'about 2,250' }] };
    const grown = new Map(seed.facts);
    grown.set('claims', [...seed.facts.get('claims')!, claim]);
    const again = resolve(facts({ deployments: [count(2250)] }), grown, new Set([...ids, claim.id]));
    expect([again.facts.claims, again.challenges]).toEqual([[], []]);
    expect(again.citations_added).toEqual([{ collection: 'claims', id: claim.id, citation: cite[0] }]);
  });

  it('"the Games" are the known Games of a place the story names; a stated other start challenges the reviewed one, an inferred one does not', () => {
    const milan = [place('milan-2', 'Milan', 'city', 'IT')];
    expect(resolve(facts({ places: milan, events: [games(null)] }), seed.facts, ids).citations_added).toContainEqual({ collection: 'events', id: 'milan-cortina-2026', citation: cite[0] });
    const inferred = resolve(facts({ places: milan, events: [games('2026-02-07', true)] }), seed.facts, ids);
    expect([inferred.facts.events, inferred.facts.claims, inferred.challenges]).toEqual([[], [], []]);
    const stated = resolve(facts({ places: milan, events: [games('2026-02-07')] }), seed.facts, ids);
    expect(stated.challenges).toEqual([{ collection: 'events', id: 'milan-cortina-2026', claim: 'milan-cortina-2026-start-2026-02-07' }]);
    // Named nowhere near a known Games' places, "the Games" stay the article's own.
    const elsewhere = resolve(facts({ places: [place('oslo', 'Oslo', 'city', 'NO')], events: [games(null)] }), seed.facts, ids);
    expect(elsewhere.facts.events.map((e) => e.id)).toEqual(['games']);
  });

  it('a competition\'s bare head word and a named competition are never one event, either way round', () => {
    const cup = (id: string, name: string, start: string | null): Fact => ({ ...games(start), id, name });
    const grown = new Map(seed.facts);
    grown.set('events', [...seed.facts.get('events')!, { ...cup('cup', 'Cup', null), review: 'machine', challenges: [] } as Item]);
    const named = resolve(facts({ events: [cup('harbour-cup', 'Harbour Cup', '2026-05-02')] }), grown, new Set([...ids, 'cup']));
    expect([named.facts.events.map((e) => e.id), named.citations_added]).toEqual([['harbour-cup'], []]);
    grown.set('events', [...seed.facts.get('events')!, { ...cup('harbour-cup', 'Harbour Cup', '2026-05-02'), review: 'machine', challenges: [] } as Item]);
    const bare = resolve(facts({ events: [cup('cup', 'Cup', '2026-06-10')] }), grown, new Set([...ids, 'harbour-cup']));
    expect([bare.facts.events.map((e) => e.id), bare.citations_added]).toEqual([['cup'], []]);
  });
});

describe('the growth audit judges apart from resolution', () => {
  const row = (fields: Record<string, unknown> & { id: string }): Item => ({ review: 'machine', citations: [], challenges: [], ...fields });
  it('finds one thing under two ids, and leaves two things with one generic name apart', () => {
    const kb = new Map([
      ['people', [row({ id: 'a', name: 'Laurent Nuñez', roles: [], country: null }), row({ id: 'b', name: 'Laurent Nunez', roles: [], country: null }), row({ id: 'c', name: null, roles: [{ title: 'Mayor of Lyon' }], country: null }), row({ id: 'd', name: 'Ana Ruiz', roles: [{ title: 'Mayor of Lyon' }], country: null })]],
      ['organizations', [row({ id: 'p1', name: 'Police officers', kind: 'police_force', country: null }), row({ id: 'p2', name: 'Police officers', kind: 'police_force', country: null }), row({ id: 'm1', name: 'Italian interior ministry', kind: 'ministry', country: 'IT' }), row({ id: 'm2', name: 'Interior ministry', kind: 'ministry', country: 'IT' })]],
      ['events', [row({ id: 'g1', name: 'Milan-Cortina Winter Olympics', kind: 'games', start: '2026-02-06' }), row({ id: 'g2', name: 'Winter Olympics', kind: 'games', start: '2026-02-07' }), row({ id: 'g3', name: 'Paris 2024 Games', kind: 'games', start: '2024' }),
        // A bare "Cup" is no duplicate of every cup; "the Cup" and "Cup" are one name.
        row({ id: 'cup', name: 'Cup', kind: 'games', start: null }), row({ id: 'world-cup', name: 'World Cup', kind: 'games', start: null }), row({ id: 'the-cup', name: 'the Cup', kind: 'games', start: null })]],
    ]);
    expect(duplicates(kb).map((d) => d.ids)).toEqual([['a', 'b'], ['c', 'd'], ['m1', 'm2'], ['g1', 'g2'], ['cup', 'the-cup']]);
  });
});

describe('one crowd counted by two sources, ingested and served', () => {
  it('is a disputed pair of size claims on the protest, each citing its source, which the build accepts and serves', async () => {
    const seedDir = copySeed();
    const file = join(tempDir(), 'lyon-march.txt');
    writeFileSync(file, 'Farmers March in Lyon\n\nAbout 4,000 people joined the march through Lyon on Saturday, police said; the Rural Action Union put the turnout at 15,000.\n');
    const ingested = ingestArticle({ file, published: '2026-05-04', id: 'lyon-march', seedDir });
    const [protest] = ingested.resolution.facts.protests;
    expect(ingested.resolution.facts.claims.map((c) => [c.subject_id, c.value, (c.disputed_by as string[]).length])).toEqual([
      [protest!.id, 'approximately 4000', 0], [protest!.id, 'exactly 15000', 1],
    ]);
    acceptProposals(seedDir, 'lyon-march');
    const dbPath = join(tempDir(), 'facts.db');
    buildDatabase({ dbPath, seedDir });
    const app = await buildApp({ dbPath, limits: { rateLimitMax: 0, maxEventLoopDelayMs: 0 } });
    try {
      const rows = (await app.inject(`/v1/claims?subject=${protest!.id}`)).json().data as Array<{ value: string; status: string; asserted_by: string[] }>;
      expect(rows.map((r) => [r.value, r.status, r.asserted_by]).sort()).toEqual([['approximately 4000', 'disputed', []], ['exactly 15000', 'disputed', ['rural-action-union']]]);
    } finally {
      await app.close();
    }
  });
});

describe('a force named only by generic nouns', () => {
  // Written for this test: counts of forces the words do not name; a known count fits the second one.
  const ingestText = (seedDir: string, id: string, text: string) => {
    const file = join(tempDir(), `${id}.txt`);
    writeFileSync(file, text);
    return ingestArticle({ file, published: '2026-02-12', id, seedDir });
  };

  it('becomes no organization: with no known count that fits, its sentence is listed as unresolved and accept builds', () => {
    const seedDir = copySeed();
    const { resolution, proposalsFile } = ingestText(seedDir, 'fair', 'Harbour Days Fair Opens in Bergen\n\nBERGEN - About 300 private security guards and 120 riot police will watch the Harbour Days Fair in Bergen on Saturday, the organisers said.\n');
    const names = resolution.facts.organizations.map((o) => String(o.name).toLowerCase());
    for (const words of ['private security guards', 'riot police', 'police']) expect(names).not.toContain(words);
    expect(resolution.facts.deployments).toEqual([]);
    expect(resolution.unresolved.map((u) => [u.collection, u.what, u.mention])).toEqual([['deployments', 'body', 'Private security guards'], ['deployments', 'body', 'Police']]);
    expect(resolution.unresolved[0]!.sentence).toContain('About 300 private security guards and 120 riot police');
    const written = parse(readFileSync(proposalsFile, 'utf8'));
    expect(written.unresolved).toHaveLength(2);
    expect(JSON.stringify(written)).not.toContain(':generic-force:');
    expect(acceptProposals(seedDir, 'fair').dropped).toEqual([]);
  });

  it('takes the body of the one known count of the same event, value and hedge', () => {
    const { resolution } = ingestText(copySeed(), 'games', 'Olympic Security Holds in Milan\n\nMILAN - Some 6,000 police officers remain on duty at the Winter Olympics, the ministry said on Tuesday.\n');
    expect(resolution.facts.organizations.map((o) => o.name)).not.toContain('Police officers');
    expect(resolution.facts.deployments).toEqual([]);
    expect(resolution.unresolved).toEqual([]);
    expect(resolution.citations_added).toContainEqual(expect.objectContaining({ collection: 'deployments', id: 'law-enforcement-deployment' }));
  });
});
