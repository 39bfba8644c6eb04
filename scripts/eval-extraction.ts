// `npm run eval:extraction`: re-extracts the seed articles with their annotations withheld and prints
// precision and recall per kind against the hand annotations (see src/ingest/evaluate.ts).
import { loadSeed } from '../src/db/seed.js';
import { SEED_DIR } from '../src/lib/paths.js';
import { evaluate, SCORED_KINDS, type Score } from '../src/ingest/evaluate.js';

const TARGETED = new Set(['people', 'organizations', 'places', 'deployments', 'protests', 'statements']);
const seed = loadSeed(process.env.SEED_DIR ?? SEED_DIR);
const { perSource, total } = evaluate(seed);
const pct = (x: number) => x.toFixed(2);
const row = (kind: string, s: Score) => `| ${kind.padEnd(13)} | ${String(s.gold).padStart(4)} | ${String(s.proposed).padStart(8)} | ${String(s.matched).padStart(7)} | ${pct(s.precision).padStart(9)} | ${pct(s.recall).padStart(6)} | ${TARGETED.has(kind) ? (s.recall >= 0.8 && s.precision >= 0.9 ? 'met' : 'missed') : '-'} |`;
console.log('| kind          | gold | proposed | matched | precision | recall | target (R>=0.8, P>=0.9) |');
console.log('|---------------|-----:|---------:|--------:|----------:|-------:|---|');
for (const kind of SCORED_KINDS) console.log(row(kind, total[kind]));
for (const [source, scores] of Object.entries(perSource)) {
  console.log(`\n${source}: ${SCORED_KINDS.map((k) => `${k} P ${pct(scores[k].precision)} R ${pct(scores[k].recall)}`).join('; ')}`);
}
