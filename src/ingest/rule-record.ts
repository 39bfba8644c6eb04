// Each extraction rule's record, as `npm run eval:extraction -- --record` last measured it
// (src/ingest/rule-record.json, written with the floor): how many facts the rule took part in proposing and
// how many of them the gold has, on the held-out articles (which the rules were since tuned on) and on
// unseen ones (the blind rounds' first scores, src/ingest/first-scores.ts). The review app shows both beside
// a fact's rule ids, so a reviewer reads first what rules that are often wrong proposed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/paths.js';
import type { RuleScore } from './evaluate.js';

export const RULE_RECORD_FILE = join(PROJECT_ROOT, 'src/ingest/rule-record.json');

/**
 * Below this share of gold facts a rule is flagged as often wrong: wrong at least one time in five. Not the
 * precision target (0.9): most proposals come from rules right 80-90 times in 100, so a flag below 0.9 marked
 * about half the lines of an article, most of them right, and told a reviewer nothing about where to look.
 */
export const DOUBTFUL_BELOW = 0.8;
/** ...once it has proposed at least this many facts: fewer say little either way. */
export const MIN_PROPOSED_TO_JUDGE = 5;

export interface RuleRecord {
  recorded: string;
  articles: number;
  rules: RuleScore[];
  /** The blind rounds whose first scores make up `unseen`, and each rule's facts summed over them. */
  unseenRounds: string[];
  unseen: RuleScore[];
}

/** A rule's two records for facts of one kind; either may be missing. */
export interface RuleRecords { heldOut?: RuleScore; unseen?: RuleScore }

/** Written a rule a line, so that a change to the rules shows in a diff as the lines of the rules it moved. */
export function writeRuleRecord({ recorded, articles, rules, unseenRounds, unseen }: RuleRecord, file = RULE_RECORD_FILE): void {
  const lines = (scores: RuleScore[]) => scores.map(({ rule, kind, proposed, matched }) => `    ${JSON.stringify({ rule, kind, proposed, matched })}`).join(',\n');
  writeFileSync(file, `{\n  "recorded": ${JSON.stringify(recorded)},\n  "articles": ${articles},\n  "rules": [\n${lines(rules)}\n  ],\n`
    + `  "unseenRounds": ${JSON.stringify(unseenRounds)},\n  "unseen": [\n${lines(unseen)}\n  ]\n}\n`);
}

/** The record as last written, or none (a checkout where it was never recorded). */
export function readRuleRecord(file = RULE_RECORD_FILE): RuleRecord | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RuleRecord) : undefined;
}

/** A rule's records for facts of one kind, looked up by kind and id; undefined when it has neither. */
export function recordLookup(record: RuleRecord | undefined): (kind: string, rule: string) => RuleRecords | undefined {
  const keyed = (scores: RuleScore[] = []) => new Map(scores.map((score) => [`${score.kind} ${score.rule}`, score]));
  const heldOut = keyed(record?.rules);
  const unseen = keyed(record?.unseen);
  return (kind, rule) => {
    const key = `${kind} ${rule}`;
    return heldOut.has(key) || unseen.has(key) ? { heldOut: heldOut.get(key), unseen: unseen.get(key) } : undefined;
  };
}

const judged = (score: RuleScore | undefined): score is RuleScore => score !== undefined && score.proposed >= MIN_PROPOSED_TO_JUDGE;

/** Whether a rule's record says its facts are often not gold facts. */
export const oftenWrong = (score: RuleScore) => judged(score) && score.matched / score.proposed < DOUBTFUL_BELOW;

/**
 * Whether a rule is often wrong, judged on unseen articles once it proposed enough there (the honest
 * figure), else on the held-out ones.
 */
export const doubtful = ({ heldOut, unseen }: RuleRecords) => (judged(unseen) ? oftenWrong(unseen) : heldOut !== undefined && oftenWrong(heldOut));

/** A rule's records in words, unseen articles first: "right 10 of 14 times on unseen articles, 205 of 211 on held-out ones". */
export function recordInWords({ heldOut, unseen }: RuleRecords): string {
  const onUnseen = unseen && `right ${unseen.matched} of ${unseen.proposed} times on unseen articles`;
  if (!heldOut) return onUnseen ?? '';
  return onUnseen ? `${onUnseen}, ${heldOut.matched} of ${heldOut.proposed} on held-out ones` : `right ${heldOut.matched} of ${heldOut.proposed} times on held-out articles`;
}
