// Name comparison shared by resolution and its audit: what makes two spellings one name. Case, accents,
// hyphens and a leading "the" are folded ("Nuñez" = "Nunez", "Milan-Cortina" = "Milan Cortina"); a body's
// core name drops its country word and a trailing "in <place>" ("the American consulate" and "US consulate
// in Milan" share the core "consulate"); an event's tokens drop years and small words, so that name
// variants of one event ("Winter Olympics", "Milan-Cortina 2026 Winter Olympics") are subsets of each other.
import { orgKey } from '../extract.js';
import { FORCE_NOUNS, GROUP_NOUNS, NATIONALITIES } from '../lexicon.js';

/** Lowercase, without accents, hyphens, apostrophes or a leading "the": the form two spellings of one name share. */
export function fold(text: unknown): string {
  return String(text ?? '')
    .normalize('NFD').replace(/\p{M}/gu, '')
    .toLowerCase().replace(/[\u2010-\u2015-]/g, ' ').replace(/[’']s\b/g, '').replace(/[’'.]/g, '')
    .replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

export const sameName = (a: unknown, b: unknown) => a != null && b != null && fold(a) !== '' && fold(a) === fold(b);

const COUNTRY_CODES = new Set(Object.values(NATIONALITIES).map((code) => code.toLowerCase()));

/** A body's name without its country word and without a trailing "in <place>": "Italian interior ministry" → "interior ministry". */
export function coreName(name: unknown): string {
  const words = fold(orgKey(String(name ?? ''))).split(' ');
  const start = words.length > 1 && COUNTRY_CODES.has(words[0]!) ? 1 : 0;
  const at = words.indexOf('in', start + 1);
  return words.slice(start, at > 0 ? at : undefined).join(' ');
}

/** Words of a force or group named by what it is, not by a name ("police officers", "law enforcement", "critics"). */
const GENERIC_WORDS = new Set([...FORCE_NOUNS.flatMap((n) => n.split(' ')), ...GROUP_NOUNS.split('|').flatMap((n) => n.split(' ')),
  'law', 'enforcement', 'security', 'forces', 'force', 'riot', 'military', 'armed', 'uniformed', 'parties', 'opposition', 'federal', 'national', 'local', 'state',
  // Forces many cities or countries have under the same name ("Metropolitan Police", "Municipal Police", "Border Police",
  // "the Gendarmerie" of France, Madagascar or Jordan).
  'metropolitan', 'municipal', 'regional', 'provincial', 'border', 'traffic', 'tourist', 'gendarmerie',
  // Legislatures of that name in many countries ("the National Assembly" of Pakistan, Malawi or Ecuador, "Parliament").
  'assembly', 'parliament', 'senate', 'congress', 'legislature']);

/**
 * A body's name that every country's body of its kind may bear ("National Police", "Federal Police",
 * "Metropolitan Police", "police officers"): generic words only. Counter-examples: "Frankfurt Police",
 * "Civil Guard".
 */
export const genericName = (name: unknown) => fold(name).split(' ').every((w) => GENERIC_WORDS.has(w));

/** The place a body's name puts it in ("US consulate in Milan" → "milan"), or null. */
export function namedPlace(name: unknown): string | null {
  const words = fold(name).split(' ');
  const at = words.indexOf('in', 1);
  return at > 0 && at < words.length - 1 ? words.slice(at + 1).join(' ') : null;
}

const SMALL_WORDS = new Set(['of', 'and', 'in', 'at', 'for', 'on', 'a', 'an', 'the']);
/** The words that tell an event's name apart: folded, without years and small words. */
export function nameTokens(name: unknown): Set<string> {
  return new Set(fold(name).split(' ').filter((w) => w && !SMALL_WORDS.has(w) && !/^\d{4}$/.test(w)));
}

/** Whether one name's words are all among the other's ("Winter Olympics" of "Milan-Cortina Winter Olympics"). */
export function nameVariant(a: unknown, b: unknown): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (!x.size || !y.size) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((w) => large.has(w));
}

/** Head words of a competition's name, which alone name no competition of their own ("the Cup draw"). */
const COMPETITION_HEADS = new Set(['cup', 'championship', 'championships', 'tournament', 'trophy', 'league', 'series', 'tour', 'open', 'classic']);
/** A name that is a competition's head word alone ("Cup", "the Championships"): every cup and championship bears it. */
const bareHead = (name: unknown) => [...nameTokens(name)].every((w) => COMPETITION_HEADS.has(w));

/**
 * Whether two events' names may name one event: one's words all among the other's (nameVariant), but a bare
 * head word is a variant of no longer name. "the Cup" of one story is not the "Harbour Cup" of the next, nor
 * the "World Cup" of a third; only the Games' own generic names ("the Games", "the Winter Olympics") are
 * placed by the story instead. Counter-example: "Cup" and "the Cup" are one name.
 */
export const eventNameVariant = (a: unknown, b: unknown) => nameVariant(a, b) && bareHead(a) === bareHead(b);

/** The year a date starts with, or null. */
export const yearOf = (date: unknown) => (typeof date === 'string' && /^\d{4}/.test(date) ? date.slice(0, 4) : null);
