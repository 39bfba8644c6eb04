// Run-time word lists written by `npm run gazetteer` (scripts/build-gazetteer.ts): place names from
// country-state-city and word classes from compromise's lexicon. Each is read once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/paths.js';

export type GazetteerKind = 'country' | 'region' | 'city';
/** `kind` and `countries` of the first kind the name has (country, city, region); `byKind` all of them. */
export interface GazetteerEntry { kind: GazetteerKind; countries: string[]; byKind: Map<GazetteerKind, string[]> }

let gazetteer: string | undefined;

/**
 * Binary search over the sorted lines of the file, read as one string: no index to build at start-up
 * (filling a Map with 130k names cost ~0.3 s of CPU).
 */
function findLine(name: string): string | undefined {
  gazetteer ??= readFileSync(join(PROJECT_ROOT, 'src/ingest/gazetteer.tsv'), 'utf8');
  const text = gazetteer;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
    const tab = text.indexOf('\t', start);
    const end = text.indexOf('\n', start);
    const key = text.slice(start, tab);
    if (key === name) return text.slice(tab + 1, end < 0 ? text.length : end);
    if (key < name) low = end < 0 ? text.length : end + 1;
    else high = start;
  }
  return undefined;
}

/** The entry for an exact place name; a name that is a country is a country, else a city, else a region. */
export function lookupPlace(name: string): GazetteerEntry | undefined {
  const raw = findLine(name);
  if (!raw) return undefined;
  const kinds = new Map(raw.split('\t').map((part) => {
    const [kind, codes] = part.split(':') as [GazetteerKind, string];
    return [kind, codes.split(',')];
  }));
  for (const kind of ['country', 'city', 'region'] as const) {
    const countries = kinds.get(kind);
    if (countries) return { kind, countries, byKind: kinds };
  }
  return undefined;
}

/** F first name, L last name, P place, W other English word. */
export type WordClass = 'F' | 'L' | 'P' | 'W';
let words: Map<string, WordClass> | undefined;

export function wordClass(word: string): WordClass | undefined {
  if (!words) {
    words = new Map();
    for (const line of readFileSync(join(PROJECT_ROOT, 'src/ingest/words.tsv'), 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) words.set(line.slice(0, tab), line.slice(tab + 1) as WordClass);
    }
  }
  return words.get(word.toLowerCase());
}
