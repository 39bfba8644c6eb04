// `npm run eval:extraction [-- --record] [-- --no-growth]`: scores extraction per kind against the gold
// annotations (tests/fixtures/gold, see src/ingest/evaluate.ts), the development and held-out sets
// apart, runs the growth run (scripts/lib/growth-run.ts), prints the tables and writes them into
// docs/evaluation.md between its generated markers. `--record` writes the figures as the floor that
// tests/ingest.eval.test.ts holds the held-out set to (tests/fixtures/gold/floor.json), and each rule's
// record on the held-out set, which the review app shows beside a fact's rules (src/ingest/rule-record.json).
// `npm run eval:extraction -- --articles <prefix>` scores only the articles whose name starts with the
// prefix (a blind round: `--articles blind13-`), per article and together, and writes nothing.
// `npm run eval:extraction -- --rules [--articles <prefix>]` scores each rule instead: how many of the facts
// it took part in proposing are gold facts, over the held-out set (or the articles named), worst first.
// `npm run eval:extraction -- --articles blind16- --first-score` also records the round's first score, per
// kind and per rule (src/ingest/first-scores.ts): once per round, before anything is fixed from it.
// `--articles <prefix> --differences` lists, per article and kind, the gold facts missed and the proposals
// not in the gold, each proposal with its rules and quote: where to look, fact by fact.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { differences, evaluate, loadGold, scoreArticle, scoreRules, SCORED_KINDS, SETS, total, type Evaluation, type Gold, type Score, type Scores } from '../src/ingest/evaluate.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { RULE_RECORD_FILE, writeRuleRecord } from '../src/ingest/rule-record.js';
import { readFirstScores, roundOf, unseenRuleScores, writeFirstScore, type FirstScore } from '../src/ingest/first-scores.js';
import { FIXTURE_SEED } from '../tests/helpers/paths.js';
import { growthRun, type GrowthReport } from './lib/growth-run.js';
import { readOptions } from './lib/options.js';

export const FLOOR_FILE = join(PROJECT_ROOT, 'tests/fixtures/gold/floor.json');
const DOC = join(PROJECT_ROOT, 'docs/evaluation.md');
const BEGIN = '<!-- generated:eval -->';
const END = '<!-- /generated:eval -->';

const pct = (x: number) => x.toFixed(2);
function table(scores: Scores, withAll = false): string {
  const row = (name: string, { gold, proposed, matched }: Pick<Score, 'gold' | 'proposed' | 'matched'>) =>
    `| ${name} | ${gold} | ${proposed} | ${matched} | ${pct(proposed ? matched / proposed : 0)} | ${pct(gold ? matched / gold : 0)} |`;
  const rows = SCORED_KINDS.map((k) => row(k, scores[k]));
  const sum = (field: 'gold' | 'proposed' | 'matched') => SCORED_KINDS.reduce((n, k) => n + scores[k][field], 0);
  if (withAll) rows.push(row('all kinds', { gold: sum('gold'), proposed: sum('proposed'), matched: sum('matched') }));
  return ['| kind | gold | proposed | matched | precision | recall |', '|---|--:|--:|--:|--:|--:|', ...rows].join('\n');
}

/** The gold articles whose name starts with a prefix; exits with a message when there are none. */
function articlesStarting(prefix: string): Gold[] {
  const chosen = loadGold().filter((gold) => gold.article.startsWith(prefix));
  if (chosen.length) return chosen;
  console.error(`no gold article's name starts with "${prefix}"`);
  process.exit(1);
}

/** Scores the articles whose name starts with a prefix, each (matched/gold/proposed per kind) and together. */
function scoreSubset(chosen: Gold[]): Scores {
  const scores = chosen.map((gold) => {
    const score = scoreArticle(gold);
    console.log(`${gold.article}: ${SCORED_KINDS.map((k) => `${k} ${score[k].matched}/${score[k].gold}/${score[k].proposed}`).join(', ')}`);
    return score;
  });
  const together = total(scores);
  console.log(`\n${chosen.length} articles (matched/gold/proposed above), together:\n${table(together, true)}`);
  return together;
}

/** The fields that tell a fact apart, on one line: `kind=ceremony start=2033-01-11 name=…`. */
const FIELDS_SHOWN = ['name', 'kind', 'start', 'date', 'value', 'qualifier', 'personnel', 'organization', 'organization_id', 'titles', 'roles', 'speaker', 'speaker_id', 'text'];
function oneLine(row: Record<string, unknown>): string {
  const shown = (value: unknown) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  };
  return FIELDS_SHOWN.filter((field) => row[field] !== undefined && row[field] !== null).map((field) => `${field}=${shown(row[field])}`).join(' ');
}

/** Each article's gold facts missed and proposals not in the gold, per kind. */
function listDifferences(chosen: Gold[]): void {
  for (const gold of chosen) {
    console.log(`\n== ${gold.article} (published ${gold.published})`);
    for (const { kind, missed, notInGold } of differences(gold)) {
      for (const row of missed) console.log(`  ${kind} missed: ${oneLine(row)}`);
      for (const fact of notInGold) {
        const quote = (fact.citations as Array<{ quote: string }>)[0]?.quote;
        console.log(`  ${kind} not in gold: ${oneLine(fact)} [${((fact.rules as string[] | undefined) ?? []).join(', ')}] "${quote}"`);
      }
    }
  }
}

/** Records a blind round's first score, per kind and per rule, on the rules of the commit checked out. */
function recordFirstScore(prefix: string, chosen: Gold[], kinds: Scores): void {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  try {
    const file = writeFirstScore({ round: roundOf(prefix), scored: new Date().toISOString().slice(0, 10), commit, articles: chosen.map((g) => g.article), kinds, rules: scoreRules(chosen) });
    console.log(`recorded the first score of ${roundOf(prefix)} in ${file}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

/** Each rule's proposals over some articles, the rules with the most wrong facts first. */
function scoreEachRule(golds: Gold[]): void {
  const scores = scoreRules(golds).sort((a, b) => b.proposed - b.matched - (a.proposed - a.matched) || a.kind.localeCompare(b.kind) || a.rule.localeCompare(b.rule));
  const rows = scores.map((s) => `| ${s.kind} | ${s.rule} | ${s.proposed} | ${s.proposed - s.matched} | ${pct(s.matched / s.proposed)} |`);
  console.log(`${golds.length} articles; a fact counts for every rule it lists.\n| kind | rule | proposed | not in gold | precision |\n|---|---|--:|--:|--:|\n${rows.join('\n')}`);
}

function growthSection(report: GrowthReport): string {
  const list = (items: string[]) => (items.length ? items.map((i) => `  - ${i}`).join('\n') : '  - none');
  const contest = (c: GrowthReport['contests'][number]) => `${c.article}: ${c.collection} ${c.subject} ${c.predicate}: ${c.value} (${c.challenge ? 'challenge' : 'dispute'} ${c.claim})`;
  return [
    `Growth run: ${report.ingested.length} articles ingested and accepted in date order into a copy of the fixture seed (${report.skipped.length} already in it: ${report.skipped.join(', ') || 'none'}).`,
    '',
    `- duplicates (one thing under two ids): ${report.duplicates.length}`,
    list(report.duplicates.map((d) => `${d.kind}: "${d.name}" as ${d.ids.join(' and ')}`)),
    `- false merges (a fact of the knowledge base corroborated by an article whose gold does not have it): ${report.falseMerges.length}`,
    list(report.falseMerges.map((m) => `${m.article}: ${m.kind} "${m.name}" (${m.id})`)),
    `- disputes and challenges between values that do not measure the same thing (not in the article's gold \`contests\`): ${report.unfounded.length} of ${report.contests.length}`,
    list(report.unfounded.map(contest)),
    `- contests the gold lists that were not raised: ${report.missed.length}`,
    list(report.missed.map((m) => `${m.article}: ${m.predicate}: ${m.value}`)),
    `- reviewed rows a machine changed (value or review state; new citations and challenges aside): ${report.reviewedChanged.length}`,
    list(report.reviewedChanged.map((c) => `${c.article}: ${c.collection} ${c.id}: ${c.fields.join(', ')}`)),
    `- challenges to reviewed rows: ${report.challenges.length}, not visible on the row in the built database: ${report.invisible.length}`,
    list(report.invisible.map(contest)),
    `- sentences listed as unresolved in the proposals (body or event not resolved, nothing invented): ${report.unresolved}`,
    `- proposals accept dropped (the merged seed failed the build's checks): ${report.dropped.length}`,
    list(report.dropped.map((d) => `${d.article}: ${d.what}: ${d.reason}`)),
  ].join('\n');
}

/** The blind rounds' recorded first scores, a round a row: precision and recall per kind, then overall. */
function firstScoresTable(rounds: FirstScore[]): string {
  if (!rounds.length) return 'First scores of blind rounds: none recorded yet (`--articles <prefix> --first-score`).';
  const cell = ({ gold, proposed, matched }: Pick<Score, 'gold' | 'proposed' | 'matched'>) => `${pct(proposed ? matched / proposed : 0)} / ${pct(gold ? matched / gold : 0)}`;
  const sum = (kinds: FirstScore['kinds'], field: 'gold' | 'proposed' | 'matched') => SCORED_KINDS.reduce((n, k) => n + kinds[k][field], 0);
  const rows = rounds.map(({ round, scored, commit, articles, kinds }) =>
    `| ${round} | ${scored} · ${commit} | ${articles.length} | ${SCORED_KINDS.map((k) => cell(kinds[k])).join(' | ')} | ${cell({ gold: sum(kinds, 'gold'), proposed: sum(kinds, 'proposed'), matched: sum(kinds, 'matched') })} |`);
  return [
    'First scores of blind rounds (precision / recall on articles no rule had seen; `--first-score` records them, src/ingest/first-scores.ts):',
    '',
    `| round | scored · rules of | articles | ${SCORED_KINDS.join(' | ')} | all kinds |`,
    `|---|---|--:|${SCORED_KINDS.map(() => '--:').join('|')}|--:|`,
    ...rows,
  ].join('\n');
}

function generated(evaluation: Evaluation, report: GrowthReport | null): string {
  return [
    BEGIN,
    `Generated by \`npm run eval:extraction\` on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    firstScoresTable(readFirstScores()),
    '',
    ...SETS.flatMap((set) => [`**${set}** (${evaluation.articles[set].length} articles: ${evaluation.articles[set].join(', ')})`, '', table(evaluation.bySet[set]), '']),
    ...(report ? [growthSection(report)] : ['Growth run: not run (`--no-growth`).']),
    END,
  ].join('\n');
}

function writeDoc(section: string): void {
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Extraction quality\n';
  const at = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const next = at >= 0 && end > at ? `${doc.slice(0, at)}${section}${doc.slice(end + END.length)}` : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(DOC, next);
}

/** The options as a set of the flags given, and the prefix of --articles. */
function readArguments(): Set<string> & { prefix?: string } {
  const { values } = readOptions(import.meta.url, { options: { record: { type: 'boolean' }, 'no-growth': { type: 'boolean' }, articles: { type: 'string' }, differences: { type: 'boolean' }, 'first-score': { type: 'boolean' }, rules: { type: 'boolean' } } });
  const flags: Set<string> & { prefix?: string } = new Set(Object.entries(values).filter(([, value]) => value === true).map(([name]) => `--${name}`));
  if (values.articles !== undefined) flags.add('--articles');
  flags.prefix = values.articles;
  return flags;
}

const args = readArguments();
const prefix = args.prefix;
if (args.has('--articles') && (!prefix || prefix.startsWith('--'))) {
  console.error('--articles needs a prefix of article names, e.g. --articles blind13-');
  process.exit(1);
}
if (args.has('--rules')) {
  scoreEachRule(prefix ? articlesStarting(prefix) : loadGold().filter((gold) => gold.set === 'held-out'));
  process.exit(0);
}
if (prefix) {
  const chosen = articlesStarting(prefix);
  const together = scoreSubset(chosen);
  if (args.has('--differences')) listDifferences(chosen);
  if (args.has('--first-score')) recordFirstScore(prefix, chosen, together);
  process.exit(0);
}
if (args.has('--first-score')) {
  console.error('--first-score needs the round\'s articles: --articles blind16- --first-score');
  process.exit(1);
}
const golds = loadGold();
const evaluation = evaluate(golds);
for (const set of SETS) console.log(`\n${set}:\n${table(evaluation.bySet[set])}`);
const report = args.has('--no-growth') ? null : growthRun(golds, process.env.SEED_DIR ?? FIXTURE_SEED);
if (report) console.log(`\n${growthSection(report)}`);
writeDoc(generated(evaluation, report));
console.log(`\nwrote the tables into ${DOC}`);
if (args.has('--record')) {
  const floor = Object.fromEntries(SETS.map((set) => [set, Object.fromEntries(SCORED_KINDS.map((k) => [k, { precision: Number(pct(evaluation.bySet[set][k].precision)), recall: Number(pct(evaluation.bySet[set][k].recall)) }]))]));
  writeFileSync(FLOOR_FILE, `${JSON.stringify(floor, null, 2)}\n`);
  console.log(`recorded the figures as the floor in ${FLOOR_FILE}`);
  const rounds = readFirstScores();
  writeRuleRecord({ recorded: new Date().toISOString().slice(0, 10), articles: evaluation.articles['held-out'].length, rules: evaluation.heldOutRules, unseenRounds: rounds.map((r) => r.round), unseen: unseenRuleScores(rounds) });
  console.log(`recorded each rule's figures on the held-out set in ${RULE_RECORD_FILE}`);
}
