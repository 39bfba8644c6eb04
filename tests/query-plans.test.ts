import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../src/db/build.js';
import { openStore, type Store } from '../src/db/store.js';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic.js';
import { filterQueries, referrerQueries } from './helpers/plans.js';
import { searchMatcher } from '../src/db/words.js';
import { timelineStatements } from '../src/routes/timeline/index.js';
import { tempDir } from './helpers/db.js';
import { chosen, commonValues, steadyOf } from '../src/db/steady-plan.js';

// The planner's choices depend on table statistics, so the plans are taken on a synthetic corpus large
// enough for indexes to matter (built through the real loader, ANALYZE included).
let store: Store;
beforeAll(() => {
  const dir = tempDir('event-facts-plans-');
  writeSyntheticCorpus({ articles: 2000, seed: 7, out: join(dir, 'seed') });
  buildDatabase({ dbPath: join(dir, 'facts.db'), seedDir: join(dir, 'seed') });
  store = openStore(join(dir, 'facts.db'));
});
afterAll(() => store?.close());

const planOf = (sql: string, params: unknown[]) =>
  (store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as Array<{ detail: string }>).map((r) => r.detail);

describe('every filter the contract names is answered from an index', () => {
  it('never scans a table without an index, and virtual tables only through their index', () => {
    const queries = filterQueries(store);
    expect(queries.length).toBeGreaterThan(60);
    for (const { label, sql, params } of queries) {
      for (const step of planOf(sql, params)) {
        expect(step, `${label}: ${sql}`).not.toMatch(/^SCAN \w+$/);
        if (/VIRTUAL TABLE/.test(step)) expect(step, label).toMatch(/VIRTUAL TABLE INDEX \d+:[LM]/);
      }
    }
  });

  it('counts every filtered total with an index search, never a scan', () => {
    for (const { label, sql, params } of filterQueries(store).filter((q) => q.label.endsWith('(total)'))) {
      const steps = planOf(sql, params);
      expect(steps.some((s) => s.startsWith('SEARCH')), `${label}: ${steps.join(' | ')}`).toBe(true);
      for (const step of steps) expect(step, label).not.toMatch(/^SCAN (?!q_\w+ VIRTUAL|role_index VIRTUAL)\w+/);
    }
  });

  it('reads a keyset page with a range search on the id', () => {
    for (const { label, sql, params } of filterQueries(store).filter((q) => q.label.includes('?after='))) {
      expect(planOf(sql, params).join(' | '), label).toMatch(/^SEARCH \w+ USING COVERING INDEX sqlite_autoindex_\w+ \(id>\?\)$/);
    }
  });

  it('answers the timeline\'s from/to with range searches on every dated table', () => {
    const { page, total } = timelineStatements(store.sqlite, { from: true, to: true });
    const bounds = { from: '2026-02-01', to: '2026-02-10' };
    for (const [statement, params] of [[page.source, { ...bounds, limit: 50, offset: 0, window: 50 }], [total.source, bounds]] as const) {
      const steps = (store.sqlite.prepare(`EXPLAIN QUERY PLAN ${statement}`).all(params) as Array<{ detail: string }>).map((r) => r.detail);
      const tables = steps.filter((s) => /^(?:SEARCH|SCAN) (?:events|protests|measures|statements)\b/.test(s));
      expect(tables.length, steps.join(' | ')).toBe(4);
      for (const step of tables) expect(step).toMatch(/^SEARCH \w+ USING (?:COVERING )?INDEX \w+_range_(start|end)_idx/);
    }
  });

  it('answers the timeline\'s place, source and review filters through indexes, never a scan', () => {
    const { page, total } = timelineStatements(store.sqlite, { from: false, to: false, place: true, source: true, review: true });
    const params = { place: JSON.stringify(['city-0']), source: JSON.stringify(['synthetic-article-0']), review: JSON.stringify(['machine']) };
    for (const [statement, bound] of [[page.source, { ...params, limit: 50, offset: 0, window: 50 }], [total.source, params]] as const) {
      const steps = (store.sqlite.prepare(`EXPLAIN QUERY PLAN ${statement}`).all(bound) as Array<{ detail: string }>).map((r) => r.detail);
      for (const step of steps) expect(step, steps.join(' | ')).not.toMatch(/^SCAN (?!json_each)\w+$/);
    }
  });

  it('covers the v1.1 filters: word q, role, place containment, source, object, derived, top_level', () => {
    const labels = new Set(filterQueries(store).map((q) => q.label.replace(/ \((page|total)\)$/, '')));
    for (const name of ['people?q=', 'people?role=', 'events?place=', 'places?within=', 'claims?source=', 'statements?source=', 'sources?source=', 'claims?object=', 'events?derived=', 'protests?derived=', 'deployments?top_level=']) {
      expect(labels, name).toContain(name);
    }
  });

  it('finds the rows that refer to an id (referenced_by) with an index search per field', () => {
    const queries = referrerQueries(store.db);
    expect(queries.length).toBeGreaterThan(15);
    for (const { label, sql, params } of queries) {
      const steps = planOf(sql, params);
      expect(steps.some((s) => /^SEARCH \w+ USING (?:COVERING )?INDEX \w+ \(\w+=\?/.test(s)), `${label}: ${steps.join(' | ')}`).toBe(true);
      for (const step of steps) expect(step, label).not.toMatch(/^SCAN/);
    }
  });

  it('expands a search word prefix through the vocabularies\' term index, not a scan of every term', () => {
    const plan = planOf(`SELECT term FROM q_measure_vocab WHERE term > ? AND term < ?`, ['cyber', 'cyber\u{10FFFF}']);
    expect(plan.join(' | ')).toMatch(/VIRTUAL TABLE INDEX [1-9]\d*:/);
    expect(searchMatcher(store.sqlite)('police')).toMatch(/^(?:"police"|\("police"(?: OR "police\w+")+\))$/);
  });

  it('answers search from the FTS5 index', () => {
    const search = planOf("SELECT entity_id FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index) LIMIT 50", ['"police"']);
    expect(search.join(' | ')).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
  });
});

describe('steady page statements (values hidden from the planner so that binding them does not re-plan)', () => {
  const steadyQueries = () => filterQueries(store).flatMap((q) => {
    const steady = steadyOf(store, { sql: q.sql, bindings: q.params });
    return steady ? [{ ...q, steady }] : [];
  });

  it('hide each equality and page bound, and keep the ordinary plan for the documented values', () => {
    const queries = steadyQueries();
    expect(queries.length).toBeGreaterThan(100);
    for (const { label, sql, params, steady } of queries) {
      expect(steady.statement.source, label).not.toMatch(/(?:=|limit|offset|in \() \?/);
      expect(planOf(steady.statement.source, params), label).toEqual(planOf(sql, params));
      if (label.endsWith('(total)')) expect(planOf(steady.statement.source, params).some((s) => s.startsWith('SEARCH')), label).toBe(true);
    }
  });

  it('leave a statement with a range bound as it is (it is re-planned on every binding anyway)', () => {
    const ranged = filterQueries(store).filter((q) => /[<>]=? \?/.test(q.sql));
    expect(ranged.length).toBeGreaterThan(0);
    for (const { label, sql, params } of ranged) expect(steadyOf(store, { sql, bindings: params }), label).toBeNull();
  });

  it('know a column\'s very common values from the statistics, and give them the ordinary statement', () => {
    // The corpus's claims name each force in the same number of claims and other subjects once: a skew.
    const counts = store.sqlite.prepare('SELECT subject_id AS value, count(*) AS n FROM claims GROUP BY subject_id ORDER BY n DESC').all() as Array<{ value: string; n: number }>;
    const average = Number((store.sqlite.prepare("SELECT stat FROM sqlite_stat1 WHERE idx = 'claims_subject_idx'").get() as { stat: string }).stat.split(' ')[1]);
    expect(counts[0]!.n).toBeGreaterThan(2 * average);
    const common = commonValues(store, 'claims', 'subject_id');
    // stat4 keeps a few dozen samples, the most frequent values among them (ties broken by position).
    expect(common.size).toBeGreaterThan(0);
    const countOf = new Map(counts.map((c) => [c.value, c.n]));
    for (const value of common) expect(countOf.get(value as string), String(value)).toBeGreaterThan(2 * average);
    const rare = counts.at(-1)!;
    expect(rare.n).toBeLessThanOrEqual(2 * average);
    expect(common.has(rare.value)).toBe(false);

    const { sql, params } = filterQueries(store).find((q) => q.label === 'claims?subject= (page)')!;
    const steady = steadyOf(store, { sql, bindings: params })!;
    const ordinary = store.sqlite.prepare(sql);
    const withSubject = (value: string) => params.map((p, i) => (i === steady.common[0]!.param ? value : p));
    expect(steady.common.map((c) => c.param)).toEqual([0]);
    expect(chosen(ordinary, steady, withSubject([...common][0] as string))).toBe(ordinary);
    expect(chosen(ordinary, steady, withSubject(rare.value))).toBe(steady.statement);
    expect(chosen(ordinary, steady, withSubject(rare.value)).pluck().all(...withSubject(rare.value))).toEqual(ordinary.pluck().all(...withSubject(rare.value)));
  });

  it('read booleans and numbers from the statistics as the statements bind them', () => {
    const rows = store.sqlite.prepare('SELECT derived AS value, count(*) AS n FROM claims GROUP BY derived').all() as Array<{ value: number; n: number }>;
    for (const value of commonValues(store, 'claims', 'derived')) expect(rows.map((r) => r.value)).toContain(value);
    const personnel = commonValues(store, 'deployments', 'personnel_value');
    for (const value of personnel) expect(typeof value).toBe('number');
  });
});
