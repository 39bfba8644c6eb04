// Word matching for `q`, `role` and /v1/search. User text is cut into words the way FTS5's unicode61
// tokenizer cuts documents, and each word becomes a quoted FTS5 string, so input is never query syntax.
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';
import { InvalidParameters } from '../lib/problems.js';
import { MAX_TERMS } from '../schemas/query.js';
import { ENTITY_TYPES, type EntityType } from '../schemas/vocabulary.js';

/** The word table (ids only) behind `q` for rows of one entity type. */
export const qTable = (type: EntityType) => `q_${type}`;

/** Letters, digits, combining marks and private-use characters make words; everything else separates them (unicode61's default). */
const SEPARATORS = /[^\p{L}\p{N}\p{M}\p{Co}]+/u;

/**
 * The words of a text as unicode61 would index them: split on separators, case and diacritics folded;
 * compatibility forms (full-width letters, ligatures) are read as the letters the articles are written in.
 */
export function words(text: string): string[] {
  return text.normalize('NFKC').split(SEPARATORS).filter(Boolean)
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .filter(Boolean);
}

/**
 * Caps a query at MAX_TERMS words: each prefix term costs a walk over the index's matching words, and each
 * word of a phrase a walk over its position list, so a thousand-character text of one-letter words would
 * take seconds. Repeats of a word count once, except inside a phrase (where they are part of what is asked).
 */
function limitWords(count: number, parameter: string): void {
  if (count > MAX_TERMS) throw new InvalidParameters([{ parameter, message: `holds ${count} distinct words or phrase words; at most ${MAX_TERMS}` }]);
}

/** The distinct words of a text, as {@link words} cuts them: what a text costs outside phrases. */
export const distinctWords = (text: string): string[] => [...new Set(words(text))];

/** `"w1"* "w2"*`: every word of the text must start a word of the row. Null when the text has no words. */
export function allWordPrefixes(text: string, parameter = 'q'): string | null {
  const distinct = distinctWords(text);
  limitWords(distinct.length, parameter);
  const terms = distinct.map((word) => `"${word}"*`);
  return terms.length ? terms.join(' ') : null;
}

/** Any of the texts, each read as {@link allWordPrefixes}. Null when none has a word. */
export function anyOfWordPrefixes(texts: readonly string[], parameter: string): string | null {
  limitWords(new Set(texts.flatMap(words)).size, parameter);
  const groups = texts.map((text) => allWordPrefixes(text, parameter)).filter((group): group is string => group !== null);
  return groups.length ? groups.map((group) => `(${group})`).join(' OR ') : null;
}

/** Rows whose id an FTS5 table (ids only) maps to text matching `match`; a text without words matches nothing. */
export function matchingIds(owner: SQLiteColumn, index: { table: string; owner: string }, match: string | null): SQL {
  if (match === null) return sql`0`;
  return sql`${owner} IN (SELECT ${sql.identifier(index.owner)} FROM ${sql.identifier(index.table)} WHERE ${sql.identifier(index.table)} MATCH ${match})`;
}

/** `q`: every word of the text starts a word of the row's names, aliases, titles or text (its type's word table). */
export const textMatch = (id: SQLiteColumn, type: EntityType, text: string): SQL =>
  matchingIds(id, { table: qTable(type), owner: 'entity_id' }, allWordPrefixes(text));

/** Search words shorter than this match whole words only: a one- or two-letter prefix matches too much to rank. */
export const MIN_PREFIX = 3;
/** A word prefix expands to at most this many indexed words (alphabetically first). */
export const MAX_EXPANSIONS = 50;

export interface SearchTerms {
  /** Whole-word phrases, each a list of words, matched in order (repeats included); no phrase twice. */
  phrases: string[][];
  /** Single words, each matched as itself or as the start of a longer word, then stemmed; no word twice. */
  words: string[];
}

/**
 * Reads search input: `"…"` pairs are phrases, kept word for word; a quote left without a partner is
 * ordinary text (so it is never an error); everything else is words. A chunk that holds several distinct
 * words (`d'Ampezzo`, `co-operation`) is a phrase, as unicode61 indexed it; a chunk that repeats a word
 * (`in-in-in`) is its distinct words, as if spaces stood between them.
 */
export function parseSearch(text: string): SearchTerms {
  const phrases = new Map<string, string[]>();
  const single = new Set<string>();
  const addPhrase = (phrase: string[]) => { if (phrase.length) phrases.set(phrase.join(' '), phrase); };
  const quotes = [...text.matchAll(/"/g)].length;
  const balanced = quotes - (quotes % 2);
  let seen = 0;
  let rest = '';
  let inside = '';
  let open = false;
  for (const char of text) {
    if (char === '"' && seen < balanced) {
      seen += 1;
      if (open) { addPhrase(words(inside)); inside = ''; }
      open = !open;
      rest += ' ';
    } else if (open) inside += char;
    else rest += char;
  }
  for (const chunk of rest.split(/\s+/)) {
    const parts = words(chunk);
    const distinct = new Set(parts);
    if (parts.length > 1 && distinct.size === parts.length) addPhrase(parts);
    else for (const part of distinct) single.add(part);
  }
  return { phrases: [...phrases.values()], words: [...single] };
}

/** What a search asks the index for: every word of every phrase, and every single word. */
export const searchCost = (terms: SearchTerms) => terms.phrases.reduce((sum, phrase) => sum + phrase.length, 0) + terms.words.length;

const quoted = (parts: string[]) => `"${parts.join(' ').replace(/"/g, '""')}"`;

/**
 * The FTS5 MATCH text for /v1/search: every phrase and every word must match. A word matches itself and
 * the indexed words it begins (looked up in the `q` tables' vocabularies); the stemming tokenizer then
 * reduces each of them to its stem, so `protesters` finds "protests" and `cyber` finds "cybersecurity".
 */
export function searchMatcher(sqlite: Database.Database): (text: string) => string | null {
  const vocabularies = ENTITY_TYPES.map((type) => `SELECT term FROM (SELECT term FROM ${qTable(type)}_vocab WHERE term > @low AND term < @high LIMIT ${MAX_EXPANSIONS})`);
  const longer = sqlite.prepare(`${vocabularies.join(' UNION ')} ORDER BY term LIMIT ${MAX_EXPANSIONS}`).pluck();
  return (text) => {
    const terms = parseSearch(text);
    limitWords(searchCost(terms), 'q');
    const groups = [
      ...terms.phrases.map(quoted),
      ...terms.words.map((word) => {
        const forms = word.length >= MIN_PREFIX ? [word, ...(longer.all({ low: word, high: `${word}\u{10FFFF}` }) as string[])] : [word];
        return forms.length === 1 ? quoted(forms) : `(${forms.map((form) => quoted([form])).join(' OR ')})`;
      }),
    ];
    return groups.length ? groups.join(' AND ') : null;
  };
}
