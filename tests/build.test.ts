import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../src/db/build.js';
import { SeedError } from '../src/db/seed.js';
import { buildSeedDatabase, copySeed, tempDir } from './helpers/db.js';

let dbPath: string;
let db: Database.Database;
const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

beforeAll(() => {
  dbPath = buildSeedDatabase();
  db = new Database(dbPath, { readonly: true, fileMustExist: true });
});

describe('database build from seed/', () => {
  it('reproduces every citation quote from its article text by code-point offsets', () => {
    const texts = new Map(all<{ id: string; text: string }>('SELECT id, text FROM sources').map((s) => [s.id, [...s.text]]));
    const citations = all<{ entity_id: string; source_id: string; start: number; end: number; quote: string }>('SELECT * FROM citations');
    expect(citations.length).toBeGreaterThan(100);
    for (const c of citations) {
      expect(texts.get(c.source_id)!.slice(c.start, c.end).join(''), `${c.entity_id} ${c.quote}`).toBe(c.quote);
    }
  });

  it('counts code points, not UTF-16 units, past the em-dash in the second article', () => {
    const text = one<{ text: string }>("SELECT text FROM sources WHERE id = 'ice-role-public-backlash'").text;
    const c = one<{ start: number; end: number; quote: string }>("SELECT * FROM citations WHERE quote LIKE '%control room—a first%'");
    expect([...text].slice(c.start, c.end).join('')).toBe(c.quote);
    expect(one<{ length: number }>("SELECT length FROM sources WHERE id = 'ice-role-public-backlash'").length).toBe([...text].length);
  });

  it('gives every fact row at least one citation', () => {
    const uncited = all<{ id: string }>(`SELECT id FROM entities WHERE type != 'source' AND id NOT IN (SELECT entity_id FROM citations)`);
    expect(uncited).toEqual([]);
  });

  it('records the three police forces with their hedged numbers as parts of the stated total', () => {
    const rows = all<{ organization_id: string; personnel_value: number; personnel_qualifier: string; part_of_id: string | null }>(
      'SELECT organization_id, personnel_value, personnel_qualifier, part_of_id FROM deployments WHERE personnel_value IS NOT NULL ORDER BY personnel_value DESC');
    expect(rows).toEqual([
      { organization_id: 'italian-law-enforcement', personnel_value: 6000, personnel_qualifier: 'approximately', part_of_id: null },
      { organization_id: 'italian-regular-police', personnel_value: 3000, personnel_qualifier: 'more_than', part_of_id: 'law-enforcement-deployment' },
      { organization_id: 'carabinieri', personnel_value: 2000, personnel_qualifier: 'approximately', part_of_id: 'law-enforcement-deployment' },
      { organization_id: 'guardia-di-finanza', personnel_value: 800, personnel_qualifier: 'more_than', part_of_id: 'law-enforcement-deployment' },
    ]);
  });

  it('dates the protests, deriving "the preceding Saturday" before the 6 February rally', () => {
    const protests = all<{ id: string; date: string; derived: number }>('SELECT id, date, derived FROM protests ORDER BY date');
    expect(protests).toEqual([
      { id: 'preceding-saturday-protests', date: '2026-01-31', derived: 1 },
      { id: 'ice-out-rally', date: '2026-02-06', derived: 0 },
    ]);
    const saturday = new Date('2026-01-31T00:00:00Z');
    expect(saturday.getUTCDay()).toBe(6);
    expect((Date.parse('2026-02-06') - saturday.getTime()) / 86_400_000).toBeLessThan(7);
    expect(all('SELECT organization_id FROM protest_organizers WHERE protest_id = ?', 'ice-out-rally')).toEqual([{ organization_id: 'usb' }]);
  });

  it('gives the red zones the 6–22 February period', () => {
    expect(one('SELECT start, end, date_precision FROM measures WHERE id = ?', 'red-zones')).toEqual({ start: '2026-02-06', end: '2026-02-22', date_precision: 'day' });
  });

  it('keeps the unnamed mayor of Milan as a role-only person', () => {
    expect(one('SELECT name, country FROM people WHERE id = ?', 'mayor-of-milan')).toEqual({ name: null, country: 'IT' });
    expect(one('SELECT title FROM person_roles WHERE person_id = ?', 'mayor-of-milan')).toEqual({ title: 'Mayor of Milan' });
  });

  it('marks the two articles\' accounts of where ICE works and what it does as disputed against each other', () => {
    const disputes = all<{ claim_id: string; disputed_by_id: string }>('SELECT * FROM claim_disputes ORDER BY claim_id');
    expect(disputes).toEqual([
      { claim_id: 'ice-role-protect-american-delegation', disputed_by_id: 'ice-role-security-cooperation' },
      { claim_id: 'ice-role-security-cooperation', disputed_by_id: 'ice-role-protect-american-delegation' },
      { claim_id: 'ice-works-in-diplomatic-offices', disputed_by_id: 'ice-works-in-security-operations' },
      { claim_id: 'ice-works-in-security-operations', disputed_by_id: 'ice-works-in-diplomatic-offices' },
    ]);
    for (const { claim_id } of disputes) {
      expect(one<{ status: string }>('SELECT status FROM claims WHERE id = ?', claim_id).status).toBe('disputed');
    }
  });

  it('marks a claim corroborated exactly when two sources cite it and it is not disputed', () => {
    const claims = all<{ id: string; status: string; sources: number; disputes: number }>(`
      SELECT c.id, c.status, COUNT(DISTINCT ci.source_id) AS sources,
             (SELECT COUNT(*) FROM claim_disputes d WHERE d.claim_id = c.id) AS disputes
      FROM claims c JOIN citations ci ON ci.entity_id = c.id GROUP BY c.id`);
    for (const c of claims) {
      const expected = c.disputes ? 'disputed' : c.sources >= 2 ? 'corroborated' : 'single_source';
      expect(c.status, c.id).toBe(expected);
    }
    expect(claims.filter((c) => c.status === 'corroborated').length).toBeGreaterThanOrEqual(5);
  });

  it('keeps unstated values null: ICE personnel, Minneapolis country, statement dates', () => {
    expect(one('SELECT personnel_value, personnel_qualifier FROM deployments WHERE id = ?', 'ice-deployment')).toEqual({ personnel_value: null, personnel_qualifier: null });
    expect(one('SELECT country FROM places WHERE id = ?', 'minneapolis')).toEqual({ country: null });
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM statements WHERE date IS NOT NULL').n).toBe(0);
  });

  it('records the build in dataset_info and leaves no side files next to the database', () => {
    const info = Object.fromEntries(all<{ key: string; value: string }>('SELECT * FROM dataset_info').map((r) => [r.key, r.value]));
    expect(info.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(info.counts!).organizations).toBe(one<{ n: number }>('SELECT COUNT(*) AS n FROM organizations').n);
    expect(one<{ journal_mode: string }>('PRAGMA journal_mode').journal_mode).toBe('delete');
    expect(readdirSync(dirname(dbPath))).toEqual(['facts.db']);
  });

  it('is deterministic: two builds give the same content hash and the same rows', () => {
    const a = buildDatabase({ dbPath: join(tempDir(), 'a.db') });
    const b = buildDatabase({ dbPath: join(tempDir(), 'b.db') });
    expect(a.contentHash).toBe(b.contentHash);
    const dump = (path: string) => {
      const d = new Database(path, { readonly: true });
      const rows = d.prepare('SELECT * FROM citations ORDER BY entity_id, position').all();
      d.close();
      return rows;
    };
    expect(dump(a.dbPath)).toEqual(dump(b.dbPath));
  });
});

describe('a broken seed', () => {
  function buildOver(seedDir: string) {
    const dir = tempDir();
    const target = join(dir, 'facts.db');
    buildDatabase({ dbPath: target });
    const before = { bytes: readFileSync(target), mtime: statSync(target).mtimeMs };
    let error: unknown;
    try {
      buildDatabase({ dbPath: target, seedDir });
    } catch (e) {
      error = e;
    }
    expect(readFileSync(target).equals(before.bytes)).toBe(true);
    expect(statSync(target).mtimeMs).toBe(before.mtime);
    expect(readdirSync(dir)).toEqual(['facts.db']);
    expect(error).toBeInstanceOf(SeedError);
    return (error as Error).message;
  }

  const edit = (seedDir: string, file: string, from: string, to: string) => {
    const path = join(seedDir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };

  it('fails on a misquote, naming the file, the fact and the quote, and leaves the old database untouched', () => {
    const seed = copySeed();
    edit(seed, 'facts/deployments.yaml', 'Approximately 2,000 Carabinieri military police.', 'Approximately 2,500 Carabinieri military police.');
    const message = buildOver(seed);
    expect(message).toContain('facts/deployments.yaml fact "carabinieri-deployment"');
    expect(message).toContain('quote not found in source "ice-role-public-backlash": "Approximately 2,500 Carabinieri military police."');
  });

  it('fails on a quote that occurs more than once in its article', () => {
    const seed = copySeed();
    edit(seed, 'facts/places.yaml', 'quote: The U.S. Embassy in Rome', 'quote: ICE');
    expect(buildOver(seed)).toMatch(/facts\/places\.yaml fact "rome": quote occurs more than once .*"ICE"/);
  });

  it('fails on a reference to an id that does not exist, naming table, row and id', () => {
    const seed = copySeed();
    edit(seed, 'facts/protests.yaml', 'organizer_ids: [usb]', 'organizer_ids: [usb-union]');
    expect(buildOver(seed)).toContain('protest_organizers row "ice-out-rally": organization_id = "usb-union" refers to no row of organizations');
  });

  it('fails on a value outside the schema and on an impossible date', () => {
    const seed = copySeed();
    edit(seed, 'facts/deployments.yaml', 'qualifier: more_than }\n  role: Tax police', 'qualifier: roughly }\n  role: Tax police');
    edit(seed, 'facts/protests.yaml', 'date: "2026-01-31"', 'date: "2026-02-30"');
    const message = buildOver(seed);
    expect(message).toContain('facts/deployments.yaml fact "guardia-di-finanza-deployment": /personnel/qualifier');
    expect(message).toContain('facts/protests.yaml fact "preceding-saturday-protests": date "2026-02-30" is not a calendar date');
  });

  it('fails on an id used twice across types', () => {
    const seed = copySeed();
    edit(seed, 'facts/places.yaml', 'id: rome', 'id: usb');
    expect(buildOver(seed)).toContain('id "usb" is used twice: in facts/organizations.yaml and in facts/places.yaml');
  });

  it('never creates a database when there was none', () => {
    const seed = copySeed();
    edit(seed, 'facts/events.yaml', 'during the upcoming Milan-Cortina Winter Olympics', 'during the Milan-Cortina Winter Olympics');
    const target = join(tempDir(), 'new.db');
    expect(() => buildDatabase({ dbPath: target, seedDir: seed })).toThrow(/facts\/events\.yaml fact "milan-cortina-2026": quote not found/);
    expect(existsSync(target)).toBe(false);
  });
});
