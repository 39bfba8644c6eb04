// `npx tsx scripts/review-prefill-figures.ts [seed-dir]`: how much of a checked fact the review app's new-fact
// form would have filled from its words. For every reviewed fact of the seed (seed/ unless told), its first
// quote is taken as the words a reviewer selects and src/review/prefill.ts fills a form from them, over the
// seed without that fact (it is the one being added). Each field the fact states is counted right (prefilled
// to the checked value), wrong (prefilled to another value: a correction) or left empty (typed or chosen by
// hand), and the fields prefilled that the fact leaves empty are counted as wrong too. The last three columns
// count the same with the references a form carries over from the facts added before from the same article.
import { isDeepStrictEqual } from 'node:util';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import type { Item } from '../src/db/columns.js';
import { loadSeed, type Seed } from '../src/db/seed.js';
import { isCalendarDay } from '../src/lib/dates.js';
import { SEED_DIR } from '../src/lib/paths.js';
import { emptyRow } from '../src/review/form.js';
import { ChosenReferences } from '../src/review/carry-over.js';
import { prefill } from '../src/review/prefill.js';

const seed = loadSeed(process.argv[2] ?? SEED_DIR);
const articles = new Map(seed.sources.map((s) => [s.id, { published: s.published && isCalendarDay(s.published) ? s.published : null, text: s.text }]));
/** What a fact states in a form's terms: its fields but those a new form leaves as they are (empty lists, nulls, not derived). */
const stated = (row: Record<string, unknown>, empty: Record<string, unknown>) => Object.keys(empty).filter((f) => row[f] !== undefined && !isDeepStrictEqual(row[f], empty[f]));
const without = (item: Item): Seed => ({ ...seed, facts: new Map([...seed.facts].map(([name, items]) => [name, items.filter((i) => i !== item)])) });

type Counts = { facts: number; stated: number; right: number; wrong: number; empty: number };
const zero = (): Counts => ({ facts: 0, stated: 0, right: 0, wrong: 0, empty: 0 });
/** Counts one form's values against the checked fact. */
function tally(counts: Counts, item: Item, filled: Record<string, unknown>, empty: Record<string, unknown>): void {
  const fields = stated(item, empty);
  counts.facts++;
  counts.stated += fields.length;
  for (const field of fields) {
    if (!(field in filled)) counts.empty++;
    else if (isDeepStrictEqual(filled[field], item[field])) counts.right++;
    else counts.wrong++;
  }
  counts.wrong += Object.keys(filled).filter((f) => !fields.includes(f) && !isDeepStrictEqual(filled[f], empty[f])).length;
}
const row = (name: string, c: Counts, k: Counts) => `| ${name} | ${c.facts} | ${c.stated} | ${c.right} | ${c.wrong} | ${c.empty} | ${k.right} | ${k.wrong} | ${k.empty} |`;

// The second three columns: the same forms with the references carried over from the facts added before from the
// same article (src/review/carry-over.ts), the facts added in the seed's order, collection by collection.
console.log('| collection | facts | fields stated | prefilled right | prefilled wrong | left to the reviewer | with carried references: right | wrong | left |');
console.log('|---|---|---|---|---|---|---|---|---|');
const total = zero();
const totalCarried = zero();
const chosen = new ChosenReferences();
for (const spec of FACT_COLLECTIONS.filter((c) => c.name !== 'claims')) {
  const counts = zero();
  const carried = zero();
  const empty = emptyRow(spec);
  for (const item of (seed.facts.get(spec.name) ?? []).filter((i) => i.review === 'reviewed')) {
    const [first] = item.citations as Array<{ source_id: string; quote: string }>;
    if (!first) continue;
    const filled = prefill(without(item), spec, first.quote, articles.get(first.source_id) ?? { published: null });
    tally(counts, item, filled, empty);
    tally(carried, item, { ...chosen.carried(first.source_id, spec, filled), ...filled }, empty);
    // Saved as checked: what the reviewer chose is the fact's own references.
    chosen.remember(first.source_id, spec, item);
  }
  for (const key of Object.keys(total) as Array<keyof Counts>) { total[key] += counts[key]; totalCarried[key] += carried[key]; }
  console.log(row(spec.name, counts, carried));
}
console.log(row('all', total, totalCarried));
