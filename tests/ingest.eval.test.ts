// The extraction figures against the gold annotations (tests/fixtures/gold) do not fall below the ones
// recorded in tests/fixtures/gold/floor.json by `npm run eval:extraction -- --record`; a rule that costs
// precision or recall on the held-out articles (or the development ones) fails here, kind by kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, GOLD_SETS, loadGold, SCORED_KINDS, SETS } from '../src/ingest/evaluate.js';

const floor = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/gold/floor.json'), 'utf8')) as Record<string, Record<string, { precision: number; recall: number }>>;
// The floor is written rounded to two decimals.
const ROUNDING = 0.005;

describe('extraction quality against the gold annotations', () => {
  const { bySet } = evaluate();
  it.each(SETS.flatMap((set) => SCORED_KINDS.map((kind) => [set, kind] as const)))('%s %s: precision and recall at or above the recorded floor', (set, kind) => {
    expect(bySet[set][kind].precision).toBeGreaterThanOrEqual(floor[set]![kind]!.precision - ROUNDING);
    expect(bySet[set][kind].recall).toBeGreaterThanOrEqual(floor[set]![kind]!.recall - ROUNDING);
  });

  it('every gold file names an article of the fixtures, a set and a publication date', () => {
    const golds = loadGold();
    expect(golds.length).toBeGreaterThanOrEqual(19);
    for (const gold of golds) {
      expect(() => readFileSync(join(import.meta.dirname, 'fixtures/ingest', gold.article))).not.toThrow();
      expect(GOLD_SETS).toContain(gold.set);
      expect(gold.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
