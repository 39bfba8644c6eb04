// `npm run gazetteer`: writes the word lists ingest reads at run time, from two dev dependencies.
// - src/ingest/gazetteer.tsv from country-state-city: one line per place name, sorted, with its kind and
//   the countries that have a place of that name. Coordinates, time zones and duplicates are dropped:
//   ingest binary-searches ~2.6 MB of text instead of parsing ~9 MB of JSON.
// - src/ingest/words.tsv from compromise's lexicon: word → class (F first name, L last name, P place,
//   W other English word). Importing compromise itself costs ~0.7 s of CPU, a third of the time budget.
import { writeFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const assets = 'country-state-city/lib/assets';
const countries = require(`${assets}/country.json`) as Array<{ name: string; isoCode: string }>;
const states = require(`${assets}/state.json`) as Array<{ name: string; countryCode: string }>;
const cities = require(`${assets}/city.json`) as Array<[string, string, string, string, string]>;

/** name → kind → country codes. A name is kept once per kind; the first kind listed wins at lookup. */
const places = new Map<string, Map<string, Set<string>>>();
const add = (name: string, kind: string, country: string) => {
  // Names with digits or punctuation other than ' - . are rarely written that way in news text.
  if (name.length < 3 || /[\d()/,]/.test(name)) return;
  const kinds = places.get(name) ?? new Map<string, Set<string>>();
  places.set(name, kinds);
  const set = kinds.get(kind) ?? new Set<string>();
  kinds.set(kind, set);
  set.add(country);
};
for (const c of countries) add(c.name, 'country', c.isoCode);
for (const s of states) add(s.name.replace(/ (Province|Region|Oblast|County|Governorate|Department|Prefecture|District)$/, ''), 'region', s.countryCode);
for (const [name, country] of cities) add(name, 'city', country);

const lines = [...places].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, kinds]) => [name, ...[...kinds].map(([kind, set]) => `${kind}:${[...set].sort().join(',')}`)].join('\t'));
const out = fileURLToPath(new URL('../src/ingest/gazetteer.tsv', import.meta.url));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} place names written to ${out}`);

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
const classOf = (tags: string[]) => (tags.some((t) => /FirstName|MaleName|FemaleName/.test(t)) ? 'F'
  : tags.some((t) => /LastName|Person/.test(t)) ? 'L' : tags.some((t) => /City|Country|Region|Place/.test(t)) ? 'P' : 'W');
const words = Object.entries(lexicon).filter(([word]) => !word.includes(' '))
  .map(([word, tags]) => `${word}\t${classOf(Array.isArray(tags) ? tags : [tags])}`).sort();
const wordsOut = fileURLToPath(new URL('../src/ingest/words.tsv', import.meta.url));
writeFileSync(wordsOut, `${words.join('\n')}\n`);
console.log(`${words.length} lexicon words written to ${wordsOut}`);
