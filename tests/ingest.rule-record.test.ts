// Each rule's record (src/ingest/rule-record.json, written by `npm run eval:extraction -- --record`): on the
// held-out set as it stands, for rules that exist, and on unseen articles as the blind rounds' recorded
// first scores sum it (tests/fixtures/gold/first-scores/); read back as written.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, NO_RULE, SCORED_KINDS } from '../src/ingest/evaluate.js';
import { doubtful, MIN_PROPOSED_TO_JUDGE, oftenWrong, readRuleRecord, recordInWords, recordLookup, DOUBTFUL_BELOW, writeRuleRecord } from '../src/ingest/rule-record.js';
import { readFirstScores, roundOf, unseenRuleScores, writeFirstScore } from '../src/ingest/first-scores.js';
import { RULES } from '../src/ingest/rules/index.js';

describe('the rules\' record on the held-out articles', () => {
  const record = readRuleRecord()!;

  it('is recorded over every held-out article (re-record after adding a blind round)', () => {
    expect(record.articles).toBe(loadGold().filter((gold) => gold.set === 'held-out').length);
    expect(record.recorded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names rules that exist, facts of scored kinds, and no more matched than proposed', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    const unknown = record.rules.filter((score) => !ids.has(score.rule)).map((score) => score.rule);
    expect(unknown).toEqual([]);
    expect(record.rules.map((score) => score.rule)).not.toContain(NO_RULE);
    for (const score of record.rules) {
      expect(SCORED_KINDS).toContain(score.kind);
      expect(score.matched).toBeLessThanOrEqual(score.proposed);
      expect(score.proposed).toBeGreaterThan(0);
    }
  });

  it('flags a rule as often wrong only past enough facts and when wrong at least one time in five', () => {
    const score = (proposed: number, matched: number) => ({ rule: 'r', kind: 'places' as const, proposed, matched });
    expect(oftenWrong(score(MIN_PROPOSED_TO_JUDGE, 0))).toBe(true);
    expect(oftenWrong(score(MIN_PROPOSED_TO_JUDGE - 1, 0))).toBe(false);
    expect(oftenWrong(score(100, Math.ceil(100 * DOUBTFUL_BELOW)))).toBe(false);
    expect(oftenWrong(score(100, Math.ceil(100 * DOUBTFUL_BELOW) - 1))).toBe(true);
  });

  it('holds each rule\'s facts summed over every recorded first score (re-record after recording one)', () => {
    const rounds = readFirstScores();
    expect(record.unseenRounds).toEqual(rounds.map((round) => round.round));
    expect(record.unseen).toEqual(unseenRuleScores(rounds));
  });

  it('judges a rule on unseen articles once it proposed enough there, else on held-out ones, and says both', () => {
    const score = (proposed: number, matched: number) => ({ rule: 'r', kind: 'places' as const, proposed, matched });
    const tuned = score(200, 198);
    expect(doubtful({ heldOut: tuned, unseen: score(10, 6) })).toBe(true);
    expect(doubtful({ heldOut: tuned, unseen: score(MIN_PROPOSED_TO_JUDGE - 1, 0) })).toBe(false);
    expect(doubtful({ heldOut: score(20, 10), unseen: score(MIN_PROPOSED_TO_JUDGE - 1, 0) })).toBe(true);
    expect(doubtful({ unseen: score(10, 10) })).toBe(false);
    expect(recordInWords({ heldOut: tuned, unseen: score(10, 6) })).toBe('right 6 of 10 times on unseen articles, 198 of 200 on held-out ones');
    expect(recordInWords({ heldOut: tuned })).toBe('right 198 of 200 times on held-out articles');
    expect(recordInWords({ unseen: score(3, 1) })).toBe('right 1 of 3 times on unseen articles');
  });

  it('reads back as written, looked up by kind and rule', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rule-record-')), 'record.json');
    writeRuleRecord(record, file);
    const again = readRuleRecord(file)!;
    expect(again).toEqual(record);
    const first = record.rules[0]!;
    expect(recordLookup(again)(first.kind, first.rule)?.heldOut).toEqual(first);
    expect(recordLookup(again)(first.kind === 'people' ? 'places' : 'people', first.rule)).toBeUndefined();
    expect(recordLookup(undefined)(first.kind, first.rule)).toBeUndefined();
  });
});

describe('a blind round\'s first score', () => {
  const dir = mkdtempSync(join(tmpdir(), 'first-scores-'));
  const kinds = Object.fromEntries(SCORED_KINDS.map((k) => [k, { gold: 4, proposed: 2, matched: 1, precision: 0.5, recall: 0.25 }])) as never;
  const round = (name: string, rules: Array<[string, number, number]>) => ({
    round: name, scored: '2026-12-05', commit: 'abc1234', articles: [`${name}-a.txt`], kinds,
    rules: rules.map(([rule, proposed, matched]) => ({ rule, kind: 'places' as const, proposed, matched })),
  });

  it('is written once per round, and rounds sum per rule in round order', () => {
    expect(roundOf('blind16-')).toBe('blind16');
    writeFirstScore(round('blind9', [['place.venue', 4, 3]]), dir);
    writeFirstScore(round('blind10', [['place.venue', 6, 3], ['place.part', 2, 0]]), dir);
    expect(() => writeFirstScore(round('blind10', []), dir)).toThrow('recorded once');
    const rounds = readFirstScores(dir);
    expect(rounds.map((r) => r.round)).toEqual(['blind9', 'blind10']);
    expect(rounds[1]!.kinds.places).toEqual({ gold: 4, proposed: 2, matched: 1 });
    expect(unseenRuleScores(rounds)).toEqual([
      { rule: 'place.part', kind: 'places', proposed: 2, matched: 0 },
      { rule: 'place.venue', kind: 'places', proposed: 10, matched: 6 },
    ]);
  });
});
