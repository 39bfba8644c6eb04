// `npx tsx scripts/review-prefill-figures.ts [seed-dir]`: how much of a checked fact the review app's new-fact
// form would have filled from its words. For every reviewed fact of the seed (seed/ unless told), its first
// quote is taken as the words a reviewer selects and src/review/prefill.ts fills a form from them, over the
// seed without that fact (it is the one being added). Each field the fact states is counted right (prefilled
// to the checked value), wrong (prefilled to another value: a correction) or left empty (typed or chosen by
// hand), and the fields prefilled that the fact leaves empty are counted as wrong too.
import { isDeepStrictEqual } from 'node:util';
import { FACT_COLLECTIONS } from '../src/collections/index.js';
import type { Item } from '../src/db/columns.js';
import { loadSeed, type Seed } from '../src/db/seed.js';
import { isCalendarDay } from '../src/lib/dates.js';
import { SEED_DIR } from '../src/lib/paths.js';
import { emptyRow } from '../src/review/form.js';
import { prefill } from '../src/review/prefill.js';

const seed = loadSeed(process.argv[2] ?? SEED_DIR);
const articles = new Map(seed.sources.map((s) => [s.id, { published: s.published && isCalendarDay(s.published) ? s.published : null, text: s.text }]));
/** What a fact states in a form's terms: its fields but those a new form leaves as they are (empty lists, nulls, not derived). */
const stated = (row: Record<string, unknown>, empty: Record<string, unknown>) => Object.keys(empty).filter((f) => row[f] !== undefined && !isDeepStrictEqual(row[f], empty[f]));
const without = (item: Item): Seed => ({ ...seed, facts: new Map([...seed.facts].map(([name, items]) => [name, items.filter((i) => i !== item)])) });

console.log('| collection | facts | fields stated | prefilled right | prefilled wrong | left to the reviewer |');
console.log('|---|---|---|---|---|---|');
const total = { facts: 0, stated: 0, right: 0, wrong: 0, empty: 0 };
for (const spec of FACT_COLLECTIONS.filter((c) => c.name !== 'claims')) {
  const counts = { facts: 0, stated: 0, right: 0, wrong: 0, empty: 0 };
  const empty = emptyRow(spec);
  for (const item of (seed.facts.get(spec.name) ?? []).filter((i) => i.review === 'reviewed')) {
    const [first] = item.citations as Array<{ source_id: string; quote: string }>;
    if (!first) continue;
    const filled = prefill(without(item), spec, first.quote, articles.get(first.source_id) ?? { published: null });
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
  for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += counts[key];
  console.log(`| ${spec.name} | ${counts.facts} | ${counts.stated} | ${counts.right} | ${counts.wrong} | ${counts.empty} |`);
}
console.log(`| all | ${total.facts} | ${total.stated} | ${total.right} | ${total.wrong} | ${total.empty} |`);
