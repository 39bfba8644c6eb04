import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../src/db/build.js';
import { SeedError } from '../src/db/seed.js';
import { buildSeedDatabase, copySeed, tempDir } from './helpers/db.js';
import { FIXTURE_SEED } from './helpers/paths.js';

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

  it('dates the protests, deriving the rally\'s year and "the preceding Saturday" before it', () => {
    const protests = all<{ id: string; date: string; derived: number }>('SELECT id, date, derived FROM protests ORDER BY date');
    expect(protests).toEqual([
      { id: 'preceding-saturday-protests', date: '2026-01-31', derived: 1 },
      { id: 'ice-out-rally', date: '2026-02-06', derived: 1 },
    ]);
    const saturday = new Date('2026-01-31T00:00:00Z');
    expect(saturday.getUTCDay()).toBe(6);
    expect((Date.parse('2026-02-06') - saturday.getTime()) / 86_400_000).toBeLessThan(7);
    expect(all('SELECT organization_id FROM protest_organizers WHERE protest_id = ?', 'ice-out-rally')).toEqual([{ organization_id: 'usb' }]);
  });

  it('keeps protest sizes null: neither article says how many take part', () => {
    expect(all('SELECT id, size_value, size_qualifier FROM protests ORDER BY id')).toEqual([
      { id: 'ice-out-rally', size_value: null, size_qualifier: null },
      { id: 'preceding-saturday-protests', size_value: null, size_qualifier: null },
    ]);
  });

  it('gives the red zones the 6–22 February period, derived (the article gives no year)', () => {
    expect(one('SELECT start, end, date_precision, derived FROM measures WHERE id = ?', 'red-zones')).toEqual({ start: '2026-02-06', end: '2026-02-22', date_precision: 'day', derived: 1 });
  });

  it('says in note what was inferred wherever a row is derived', () => {
    const tables = ['events', 'protests', 'measures', 'deployments', 'statements', 'claims'];
    const derived = tables.flatMap((table) => all<{ id: string; note: string | null }>(`SELECT id, note FROM ${table} WHERE derived = 1`));
    expect(derived.map((r) => r.id).sort()).toEqual([
      'carabinieri-deployment', 'cybersecurity-control-room', 'guardia-di-finanza-deployment', 'ice-deployment-diplomatic-agreement', 'ice-out-rally',
      'italy-diplomatic-agreement', 'milan-hosts-largest-contingent', 'opening-ceremony', 'preceding-saturday-protests', 'red-zones',
      'regular-police-deployment', 'us-embassy-diplomatic-agreement',
    ]);
    for (const row of derived) expect(row.note, row.id).toMatch(/\w{3,}/);
  });

  it('keeps the unnamed mayor of Milan as a role-only person', () => {
    expect(one('SELECT name, country FROM people WHERE id = ?', 'mayor-of-milan')).toEqual({ name: null, country: 'IT' });
    expect(one('SELECT title FROM person_roles WHERE person_id = ?', 'mayor-of-milan')).toEqual({ title: 'Mayor of Milan' });
  });

  it('marks the two articles\' accounts of ICE\'s part in the security operations as disputed against each other', () => {
    const disputes = all<{ claim_id: string; disputed_by_id: string }>('SELECT * FROM claim_disputes ORDER BY claim_id');
    expect(disputes).toEqual([
      { claim_id: 'ice-assists-with-security-operations', disputed_by_id: 'ice-works-in-diplomatic-offices' },
      { claim_id: 'ice-works-in-diplomatic-offices', disputed_by_id: 'ice-assists-with-security-operations' },
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
    const a = buildDatabase({ dbPath: join(tempDir(), 'a.db'), seedDir: FIXTURE_SEED });
    const b = buildDatabase({ dbPath: join(tempDir(), 'b.db'), seedDir: FIXTURE_SEED });
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
    buildDatabase({ dbPath: target, seedDir: FIXTURE_SEED });
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

  it('fails on a number that none of its quotes states, in digits or in words', () => {
    const seed = copySeed();
    edit(seed, 'facts/deployments.yaml', 'personnel: { value: 2000, qualifier: approximately }', 'personnel: { value: 2500, qualifier: approximately }');
    edit(seed, 'facts/events.yaml', 'metric: expected_visitors, value: 2000000,', 'metric: expected_visitors, value: 3000000,');
    const message = buildOver(seed);
    expect(message).toContain('facts/deployments.yaml fact "carabinieri-deployment": personnel 2500 does not occur in its quotes');
    expect(message).toContain('facts/events.yaml fact "milan-cortina-2026": figures[0] (expected_visitors) 3000000 does not occur in its quotes');
    expect(message).toMatch(/^The seed is invalid \(2 problems\)/);
  });

  it('fails on a protest size that none of its quotes states, as on a deployment\'s personnel', () => {
    const seed = copySeed();
    edit(seed, 'facts/protests.yaml', 'date_precision: day\n  size: { value: null, qualifier: null }', 'date_precision: day\n  size: { value: 5000, qualifier: approximately }');
    const message = buildOver(seed);
    expect(message).toContain('facts/protests.yaml fact "ice-out-rally": size 5000 does not occur in its quotes');
    expect(message).toMatch(/^The seed is invalid \(1 problem\)/);
  });

  it('fails on a qualifier that disagrees with the hedge its quote puts before the number', () => {
    const seed = copySeed();
    edit(seed, 'facts/deployments.yaml', 'personnel: { value: 800, qualifier: more_than }', 'personnel: { value: 800, qualifier: approximately }');
    edit(seed, 'facts/events.yaml', 'metric: athletes, value: 3500, qualifier: approximately', 'metric: athletes, value: 3500, qualifier: exactly');
    edit(seed, 'facts/events.yaml', 'metric: expected_visitors, value: 2000000, qualifier: approximately', 'metric: expected_visitors, value: 2000000, qualifier: more_than');
    const message = buildOver(seed);
    expect(message).toContain('facts/deployments.yaml fact "guardia-di-finanza-deployment": personnel 800 has qualifier "approximately" but its quote says "over 800" (more_than)');
    expect(message).toContain('facts/events.yaml fact "milan-cortina-2026": figures[1] (athletes) 3500 has qualifier "exactly" but its quote says "roughly 3,500" (approximately)');
    expect(message).toContain('facts/events.yaml fact "milan-cortina-2026": figures[0] (expected_visitors) 2000000 has qualifier "more_than" but its quote says "approximately two million" (approximately)');
  });

  it('fails on a quote that starts at the number and leaves out the hedge before it', () => {
    const seed = copySeed();
    edit(seed, 'facts/deployments.yaml', 'quote: The plan involves the deployment of around 6,000 law-enforcement officers across Olympic sites', 'quote: 6,000 law-enforcement officers across Olympic sites');
    expect(buildOver(seed)).toContain('facts/deployments.yaml fact "law-enforcement-deployment": personnel 6000: its quote "6,000 law-enforcement officers across Olympic sites" leaves out the hedge "around" the article puts before "6,000"; quote it');
  });

  it('fails on a date that no quote states to its day, month and year unless the fact is derived', () => {
    const seed = copySeed();
    edit(seed, 'facts/events.yaml', 'start: "2026-01-28"', 'start: "2026-01-29"');
    edit(seed, 'facts/events.yaml', 'date_precision: day\n  derived: true\n  place_ids: [san-siro-stadium]', 'date_precision: day\n  derived: false\n  place_ids: [san-siro-stadium]');
    const message = buildOver(seed);
    expect(message).toContain('facts/events.yaml fact "ice-role-announcement": start "2026-01-29": no quote states its day, month and year');
    expect(message).toContain('facts/events.yaml fact "opening-ceremony": start "2026-02-06": no quote states its day, month and year (quote the words that do, or mark the fact derived: true');
  });

  it('fails on a date whose quote gives no year, and on a derived fact with no note', () => {
    const seed = copySeed();
    edit(seed, 'facts/events.yaml', 'quote: The announcement, made on January 28, 2026', 'quote: The announcement, made on January 28');
    edit(seed, 'facts/protests.yaml', "  note: 'The date and the target are inferred. The date: \"the preceding Saturday\"", "  # note: 'The date and the target are inferred. The date: \"the preceding Saturday\"");
    const message = buildOver(seed);
    expect(message).toContain('facts/events.yaml fact "ice-role-announcement": start "2026-01-28": no quote states its day, month and year');
    expect(message).toContain('facts/protests.yaml fact "preceding-saturday-protests": derived is true but note is empty');
  });

  it('excuses only the date part the note says is inferred: an inferred year still needs the quoted day and month', () => {
    const seed = copySeed();
    edit(seed, 'facts/measures.yaml', 'end: "2026-02-22"', 'end: "2026-02-23"');
    expect(buildOver(seed)).toContain('facts/measures.yaml fact "red-zones": end "2026-02-23": no quote states its day and month (the note says only the year is inferred');
  });

  it('fails on a derived date whose note does not say which part is inferred', () => {
    const seed = copySeed();
    edit(seed, 'facts/events.yaml', "note: 'The date is inferred: the ICE OUT rally", "note: 'It is inferred: the ICE OUT rally");
    expect(buildOver(seed)).toContain('facts/events.yaml fact "opening-ceremony": start "2026-02-06": no quote states its day, month and year (quote the words that do, or say in note which part is inferred');
  });

  it('names the parts still unquoted when the note says only some are inferred', () => {
    const seed = copySeed();
    edit(seed, 'facts/events.yaml', "note: 'The date is inferred: the ICE OUT rally", "note: 'The day is inferred: the ICE OUT rally");
    expect(buildOver(seed)).toContain('facts/events.yaml fact "opening-ceremony": start "2026-02-06": no quote states its month and year (the note says only the day is inferred');
  });

  it('fails on a name, an alias or a role title that no quote of its row gives', () => {
    const seed = copySeed();
    edit(seed, 'facts/people.yaml', '{ title: Interior Minister,', '{ title: Senator,');
    edit(seed, 'facts/organizations.yaml', 'aliases: [Carabinieri military police]', 'aliases: [Carabinieri paratroopers]');
    edit(seed, 'facts/places.yaml', 'name: Cortina d\'Ampezzo', 'name: Cortina');
    edit(seed, 'facts/organizations.yaml', 'name: Guardia di Finanza\n', 'name: Guardia\n');
    const message = buildOver(seed);
    expect(message).toContain('facts/people.yaml fact "matteo-piantedosi": roles[0].title "Senator" does not occur in its quotes');
    expect(message).toContain('facts/organizations.yaml fact "carabinieri": aliases[0] "Carabinieri paratroopers" does not occur in its quotes');
    // A name must occur as whole words: "Guardia" is in "Guardia di Finanza", "Cortina" in "Cortina d'Ampezzo".
    expect(message).not.toContain('"guardia-di-finanza": name');
    expect(message).not.toContain('"cortina-d-ampezzo": name');
  });

  it('excuses a text value only when the note of a derived row names it as inferred', () => {
    const seed = copySeed();
    edit(seed, 'facts/places.yaml', 'note: \'The name "Northern regions of Italy", its country', 'note: \'Its country');
    expect(buildOver(seed)).toContain('facts/places.yaml fact "northern-italy": name "Northern regions of Italy" does not occur in its quotes');
  });

  it('fails on a claim asserted by a row that is no person or organization', () => {
    const seed = copySeed();
    edit(seed, 'facts/claims.yaml', 'asserted_by: [antonio-tajani]\n  derived: false\n  note: \'Foreign Minister', 'asserted_by: [milan]\n  derived: false\n  note: \'Foreign Minister');
    expect(buildOver(seed)).toContain('facts/claims.yaml fact "ice-no-street-enforcement": asserted_by "milan" is a row of places, not a person or organization');
  });

  it('fails on a statement of kind quote whose text is not word for word in its quotes', () => {
    const seed = copySeed();
    edit(seed, 'facts/statements.yaml', 'text: All security operations on Italian territory remain, as always,', 'text: All security operations on Italian territory remain, as ever,');
    edit(seed, 'facts/statements.yaml', 'id: tajani-ice-role-limited\n  speaker_id: antonio-tajani\n  kind: paraphrase', 'id: tajani-ice-role-limited\n  speaker_id: antonio-tajani\n  kind: quote');
    const message = buildOver(seed);
    expect(message).toContain('facts/statements.yaml fact "interior-ministry-italian-authority": text "All security operations on Italian territory remain, as ever, under the exclusive responsibility and direction of the Italian authorities." is kind "quote" but does not occur word for word in its quotes');
    expect(message).toContain('facts/statements.yaml fact "tajani-ice-role-limited": text "The involvement of U.S. ICE personnel is strictly limited to areas of cooperation and diplomatic protection." is kind "quote"');
  });

  it('never creates a database when there was none', () => {
    const seed = copySeed();
    edit(seed, 'facts/events.yaml', 'during the upcoming Milan-Cortina Winter Olympics', 'during the Milan-Cortina Winter Olympics');
    const target = join(tempDir(), 'new.db');
    expect(() => buildDatabase({ dbPath: target, seedDir: seed })).toThrow(/facts\/events\.yaml fact "milan-cortina-2026": quote not found/);
    expect(existsSync(target)).toBe(false);
  });
});
