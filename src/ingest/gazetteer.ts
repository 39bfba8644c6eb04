// Run-time word lists written by `npm run gazetteer` (scripts/build-gazetteer.ts): place names from
// country-state-city and word classes from compromise's lexicon. Each is read once, on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutDiacritics } from '../lib/letters.js';
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


let plainNames: Map<string, string> | undefined;

/**
 * The gazetteer's name that a name written without its diacritics stands for ("Sao Paulo" is "São Paulo"): an
 * index of the names that have any, built on the first name the gazetteer does not hold as written.
 */
function withDiacritics(name: string): string | undefined {
  if (!plainNames) {
    plainNames = new Map();
    gazetteer ??= readFileSync(join(PROJECT_ROOT, 'src/ingest/gazetteer.tsv'), 'utf8');
    for (const line of gazetteer.split('\n')) {
      const key = line.slice(0, line.indexOf('\t'));
      // eslint-disable-next-line no-control-regex -- any letter outside ASCII
      if (!/[^\x00-\x7F]/.test(key)) continue;
      const plain = withoutDiacritics(key);
      if (!plainNames.has(plain)) plainNames.set(plain, key);
    }
  }
  return plainNames.get(name);
}

/**
 * Names English-language news gives countries and large cities that the generated gazetteer (country-state-city)
 * holds under another name or a longer one ("Côte d'Ivoire" as "Ivory Coast", "Frankfurt am Main" as "Frankfurt",
 * "Hannover" as "Hanover"), or not at all: common exonyms and short forms, each line as the gazetteer writes one.
 * Kept here, by hand, so that regenerating the gazetteer keeps them.
 */
const NEWS_NAMES: Record<string, string> = {
  'Ivory Coast': 'country:CI', "Cote d'Ivoire": 'country:CI', 'North Macedonia': 'country:MK', Britain: 'country:GB', 'Great Britain': 'country:GB',
  Czechia: 'country:CZ', Turkiye: 'country:TR', Eswatini: 'country:SZ', Burma: 'country:MM', 'Timor-Leste': 'country:TL', 'Cabo Verde': 'country:CV',
  Gambia: 'country:GM', 'DR Congo': 'country:CD', 'Vatican City': 'country:VA', 'Hong Kong': 'region:CN', Macao: 'region:CN',
  Frankfurt: 'city:DE', Hanover: 'city:DE', Cologne: 'city:DE', Nuremberg: 'city:DE', Ghent: 'city:BE', Antwerp: 'city:BE', Louvain: 'city:BE',
  Gothenburg: 'city:SE', Seville: 'city:ES', Aarhus: 'city:DK', Tampere: 'city:FI', Thessaloniki: 'city:GR', Pristina: 'city:XK',
  Kiev: 'city:UA', 'St Petersburg': 'city:RU', Bangalore: 'city:IN', 'Abu Dhabi': 'city:AE', Ulaanbaatar: 'city:MN', 'Ulan Bator': 'city:MN',
  'Panama City': 'city:PA', Bogota: 'city:CO', Asuncion: 'city:PY',
  Fiji: 'country:FJ', Bahamas: 'country:BS', 'Papua New Guinea': 'country:PG', 'Trinidad and Tobago': 'country:TT', 'Antigua and Barbuda': 'country:AG',
  'Saint Kitts and Nevis': 'country:KN', 'Saint Vincent and the Grenadines': 'country:VC', 'Turks and Caicos Islands': 'country:TC', Palestine: 'country:PS',
};

/**
 * Entries already looked up, frozen since every caller shares them: a long article asks for the same few hundred
 * names thousands of times. Bounded, for the long-lived processes that ingest one article after another.
 */
const lookedUp = new Map<string, GazetteerEntry | null>();
const MOST_REMEMBERED = 50_000;

/**
 * The entry for a place name, exact or written without its diacritics ("Krakow"); a name that is a country is a
 * country, else a city, else a region.
 */
export function lookupPlace(name: string): GazetteerEntry | undefined {
  const known = lookedUp.get(name);
  if (known !== undefined) return known ?? undefined;
  const entry = readEntry(name);
  if (entry) {
    for (const countries of entry.byKind.values()) Object.freeze(countries);
    Object.freeze(entry);
  }
  if (lookedUp.size >= MOST_REMEMBERED) lookedUp.clear();
  lookedUp.set(name, entry ?? null);
  return entry;
}

function readEntry(name: string): GazetteerEntry | undefined {
  // A name all in ASCII may be one written without its diacritics: "Medellin" is a town of one country as written and
  // the city "Medellín" of others, so both lines count.
  // eslint-disable-next-line no-control-regex -- ASCII only
  const ascii = /^[\x00-\x7F]+$/.test(name);
  const lines = [NEWS_NAMES[name], findLine(name), ascii ? lookupWritten(name) : undefined].filter((line): line is string => line !== undefined);
  // "Asunción", which the gazetteer holds only as written in English ("Asuncion"): the name without its diacritics.
  if (!lines.length && !ascii) return lookupPlain(withoutDiacritics(name));
  if (!lines.length) return undefined;
  const kinds = new Map<GazetteerKind, string[]>();
  for (const part of lines.join('\t').split('\t')) {
    const [kind, codes] = part.split(':') as [GazetteerKind, string];
    kinds.set(kind, [...new Set([...(kinds.get(kind) ?? []), ...codes.split(',')])]);
  }
  for (const kind of ['country', 'city', 'region'] as const) {
    const countries = kinds.get(kind);
    if (countries) return { kind, countries, byKind: kinds };
  }
  return undefined;
}

/** A name written with diacritics the gazetteer holds only without them: its entry under the plain name, as written there. */
function lookupPlain(plain: string): GazetteerEntry | undefined {
  const line = NEWS_NAMES[plain] ?? findLine(plain);
  return line === undefined ? undefined : lookupPlace(plain);
}

function lookupWritten(name: string): string | undefined {
  const written = withDiacritics(name);
  return written ? findLine(written) : undefined;
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
  // compromise's lexicon writes names without accents ("jose", "tonci"): "José" and "Tonći" are the same first names.
  const lower = word.toLowerCase();
  return words.get(lower) ?? words.get(withoutDiacritics(lower));
}
