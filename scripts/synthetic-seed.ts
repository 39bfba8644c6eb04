// `npm run seed:synthetic -- --articles N [--seed S] [--out DIR]`: writes a synthetic corpus in the format
// of seed/ (see scripts/lib/synthetic.ts) to DIR, by default bench/out/synthetic-N.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { writeSyntheticCorpus } from './lib/synthetic.js';
import { readOptions } from './lib/options.js';

const { values: args } = readOptions(import.meta.url, {
  options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const articles = Number(args.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error('--articles must be a positive integer');
  process.exit(1);
}
const out = args.out ?? join(PROJECT_ROOT, 'bench/out', `synthetic-${articles}`);
const written = writeSyntheticCorpus({ articles, seed: Number(args.seed), out });
console.log(`wrote ${articles} articles and ${written.facts} facts (${written.citations} citations) to ${out}`);
