// Each rule's record on the held-out articles (src/ingest/rule-record.json, written by `npm run
// eval:extraction -- --record`): recorded over the held-out set as it stands, for rules that exist, and
// read back as written.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, NO_RULE, SCORED_KINDS } from '../src/ingest/evaluate.js';
import { MIN_PROPOSED_TO_JUDGE, oftenWrong, readRuleRecord, recordLookup, TRUSTED_PRECISION, writeRuleRecord } from '../src/ingest/rule-record.js';
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

  it('flags a rule as often wrong only past enough facts and below the precision target', () => {
    const score = (proposed: number, matched: number) => ({ rule: 'r', kind: 'places' as const, proposed, matched });
    expect(oftenWrong(score(MIN_PROPOSED_TO_JUDGE, 0))).toBe(true);
    expect(oftenWrong(score(MIN_PROPOSED_TO_JUDGE - 1, 0))).toBe(false);
    expect(oftenWrong(score(100, Math.ceil(100 * TRUSTED_PRECISION)))).toBe(false);
    expect(oftenWrong(score(100, Math.ceil(100 * TRUSTED_PRECISION) - 1))).toBe(true);
  });

  it('reads back as written, looked up by kind and rule', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rule-record-')), 'record.json');
    writeRuleRecord(record, file);
    const again = readRuleRecord(file)!;
    expect(again).toEqual(record);
    const first = record.rules[0]!;
    expect(recordLookup(again)(first.kind, first.rule)).toEqual(first);
    expect(recordLookup(again)(first.kind === 'people' ? 'places' : 'people', first.rule)).toBeUndefined();
    expect(recordLookup(undefined)(first.kind, first.rule)).toBeUndefined();
  });
});
