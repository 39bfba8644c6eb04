// Blind rounds' first scores, kept as data: each round's articles scored once, on the rules as they stood
// before anything was fixed from them (`npm run eval:extraction -- --articles blind16- --first-score`), per
// kind and per rule. They are the honest figure for unseen news: the held-out set's figures are better
// than that, since each round's errors were fixed afterwards. A rule's record on unseen articles is its
// facts summed over the rounds that have a first score.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD_DIR, SCORED_KINDS, type RuleScore, type Score, type ScoredKind, type Scores } from './evaluate.js';

export const FIRST_SCORES_DIR = join(GOLD_DIR, 'first-scores');

type Counts = Pick<Score, 'gold' | 'proposed' | 'matched'>;
export interface FirstScore {
  round: string;
  /** The day it was scored and the commit whose rules scored it. */
  scored: string;
  commit: string;
  articles: string[];
  kinds: Record<ScoredKind, Counts>;
  rules: RuleScore[];
}

/** A round's name from the prefix its articles share: `blind16-` is round `blind16`. */
export const roundOf = (prefix: string) => prefix.replace(/[-_.]$/, '');

const fileOf = (round: string, dir: string) => join(dir, `${round}.json`);

/**
 * Writes a round's first score; refuses a round already scored, since a first score taken after fixes
 * would no longer measure unseen news. Written a rule a line, as the rule record is.
 */
export function writeFirstScore(score: Omit<FirstScore, 'kinds'> & { kinds: Scores }, dir = FIRST_SCORES_DIR): string {
  const file = fileOf(score.round, dir);
  if (existsSync(file)) throw new Error(`${file} exists: a round's first score is recorded once, before anything is fixed from it`);
  mkdirSync(dir, { recursive: true });
  const kinds = SCORED_KINDS.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify({ gold: score.kinds[k].gold, proposed: score.kinds[k].proposed, matched: score.kinds[k].matched })}`);
  const rules = score.rules.map(({ rule, kind, proposed, matched }) => `    ${JSON.stringify({ rule, kind, proposed, matched })}`);
  writeFileSync(file, [
    '{',
    `  "round": ${JSON.stringify(score.round)},`,
    `  "scored": ${JSON.stringify(score.scored)},`,
    `  "commit": ${JSON.stringify(score.commit)},`,
    `  "articles": ${JSON.stringify(score.articles)},`,
    `  "kinds": {\n${kinds.join(',\n')}\n  },`,
    `  "rules": [\n${rules.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n'));
  return file;
}

/** Every round's first score, in round order (blind9 before blind10). */
export function readFirstScores(dir = FIRST_SCORES_DIR): FirstScore[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FirstScore);
}

/** Each rule's facts summed over the rounds' first scores: its record on articles it was not tuned on. */
export function unseenRuleScores(rounds: FirstScore[]): RuleScore[] {
  const byRule = new Map<string, RuleScore>();
  for (const score of rounds.flatMap((round) => round.rules)) {
    const key = `${score.kind} ${score.rule}`;
    const sum = byRule.get(key) ?? { rule: score.rule, kind: score.kind, proposed: 0, matched: 0 };
    sum.proposed += score.proposed;
    sum.matched += score.matched;
    byRule.set(key, sum);
  }
  return [...byRule.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.rule.localeCompare(b.rule));
}
