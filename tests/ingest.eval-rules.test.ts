// `npm run eval:extraction -- --rules`: each rule's proposals scored against the gold. The per-rule counts
// must add up to the per-kind scores of the same articles, whatever the rules are today.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_DIR, differences, loadGold, NO_RULE, scoreArticle, scoreRules, SCORED_KINDS, type Gold } from '../src/ingest/evaluate.js';

// The three shortest held-out articles: enough facts of several kinds, quick to extract.
const golds = loadGold()
  .filter((gold) => gold.set === 'held-out')
  .sort((a, b) => statSync(join(ARTICLE_DIR, a.article)).size - statSync(join(ARTICLE_DIR, b.article)).size)
  .slice(0, 3);

const sumOf = (golds: Gold[], kind: string, field: 'proposed' | 'matched') =>
  golds.map((gold) => scoreArticle(gold)[kind as (typeof SCORED_KINDS)[number]][field]).reduce((a, b) => a + b, 0);

describe('scoring each rule', () => {
  const rules = scoreRules(golds);

  it('every proposal names the rules that proposed it', () => {
    expect(rules.length).toBeGreaterThan(3);
    expect(rules.filter((score) => score.rule === NO_RULE)).toEqual([]);
  });

  it.each(SCORED_KINDS)('%s: a rule proposes no more than its kind, and the matched facts are all credited', (kind) => {
    const ofKind = rules.filter((score) => score.kind === kind);
    for (const score of ofKind) {
      expect(score.matched).toBeLessThanOrEqual(score.proposed);
      expect(score.proposed).toBeLessThanOrEqual(sumOf(golds, kind, 'proposed'));
    }
    expect(ofKind.reduce((n, score) => n + score.matched, 0)).toBeGreaterThanOrEqual(sumOf(golds, kind, 'matched'));
    expect(ofKind.reduce((n, score) => n + score.proposed, 0)).toBeGreaterThanOrEqual(sumOf(golds, kind, 'proposed'));
  });

  it('a kind left out of the gold makes every rule of that kind wrong, and no other', () => {
    const withoutPlaces = golds.map((gold) => ({ ...gold, places: [] }));
    const places = scoreRules(withoutPlaces).filter((score) => score.kind === 'places');
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((score) => score.matched === 0)).toBe(true);
    const others = (scores: typeof rules) => scores.filter((score) => score.kind !== 'places');
    expect(others(scoreRules(withoutPlaces))).toEqual(others(rules));
  });
});

describe('listing the differences (--differences)', () => {
  it.each(golds.map((gold) => [gold.article, gold] as const))('%s: the gold facts missed and the proposals not in the gold are what the scores leave out', (_, gold) => {
    const scores = scoreArticle(gold);
    for (const { kind, missed, notInGold } of differences(gold)) {
      expect(missed.length, kind).toBe(scores[kind].gold - scores[kind].matched);
      expect(notInGold.length, kind).toBe(scores[kind].proposed - scores[kind].matched);
      for (const row of missed) expect(gold[kind], kind).toContain(row);
      for (const fact of notInGold) expect(fact.citations.length, kind).toBeGreaterThan(0);
    }
  });
});
