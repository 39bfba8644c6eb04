// Each extraction rule's record on the held-out articles, as `npm run eval:extraction -- --record` last
// measured it (src/ingest/rule-record.json, written with the floor): how many facts the rule took part in
// proposing and how many of them the gold has. The review app shows it beside a fact's rule ids, so a
// reviewer reads first what rules that are often wrong proposed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/paths.js';
import type { RuleScore } from './evaluate.js';

export const RULE_RECORD_FILE = join(PROJECT_ROOT, 'src/ingest/rule-record.json');

/** Below this share of gold facts a rule is flagged as often wrong (the precision target)... */
export const TRUSTED_PRECISION = 0.9;
/** ...once it has proposed at least this many facts: fewer say little either way. */
export const MIN_PROPOSED_TO_JUDGE = 5;

export interface RuleRecord { recorded: string; articles: number; rules: RuleScore[] }

/** Written a rule a line, so that a change to the rules shows in a diff as the lines of the rules it moved. */
export function writeRuleRecord({ recorded, articles, rules }: RuleRecord, file = RULE_RECORD_FILE): void {
  const lines = rules.map(({ rule, kind, proposed, matched }) => `    ${JSON.stringify({ rule, kind, proposed, matched })}`);
  writeFileSync(file, `{\n  "recorded": ${JSON.stringify(recorded)},\n  "articles": ${articles},\n  "rules": [\n${lines.join(',\n')}\n  ]\n}\n`);
}

/** The record as last written, or none (a checkout where it was never recorded). */
export function readRuleRecord(file = RULE_RECORD_FILE): RuleRecord | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RuleRecord) : undefined;
}

/** A rule's record for facts of one kind, looked up by kind and id. */
export function recordLookup(record: RuleRecord | undefined): (kind: string, rule: string) => RuleScore | undefined {
  const byKey = new Map((record?.rules ?? []).map((score) => [`${score.kind} ${score.rule}`, score]));
  return (kind, rule) => byKey.get(`${kind} ${rule}`);
}

/** Whether a rule's record says its facts are often not gold facts. */
export const oftenWrong = (score: RuleScore) => score.proposed >= MIN_PROPOSED_TO_JUDGE && score.matched / score.proposed < TRUSTED_PRECISION;
