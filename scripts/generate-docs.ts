// `npm run docs`: rewrites the generated tables of docs/ (configuration, limits, facets, routes) from the code.
// `npm run docs -- --check` changes nothing and exits 1 naming the docs whose tables are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { GENERATED_DOCS, generatedTables, withTables } from './lib/docs-tables.js';

const check = process.argv.includes('--check');
const tables = await generatedTables();
const stale: string[] = [];
for (const doc of GENERATED_DOCS) {
  const path = join(PROJECT_ROOT, doc);
  const before = readFileSync(path, 'utf8');
  const after = withTables(before, tables);
  if (after === before) continue;
  stale.push(doc);
  if (!check) writeFileSync(path, after);
}
if (check && stale.length) {
  console.error(`stale generated tables in ${stale.join(', ')}: run \`npm run docs\``);
  process.exit(1);
}
console.log(stale.length ? `rewrote ${stale.join(', ')}` : 'generated tables are up to date');
