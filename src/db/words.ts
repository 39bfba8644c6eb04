// Word matching for `q`, `role` and /v1/search. User text is cut into words the way FTS5's unicode61
// tokenizer cuts documents, and each word becomes a quoted FTS5 string, so input is never query syntax.
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';
import { InvalidParameters } from '../lib/problems.js';
import { ENTITY_TYPES, type EntityType } from '../schemas/vocabulary.js';

/** The word table (ids only) behind `q` for rows of one entity type. */
export const qTable = (type: EntityType) => `q_${type}`;

/** Letters, digits, combining marks and private-use characters make words; everything else separates them (unicode61's default). */
const SEPARATORS = /[^\p{L}\p{N}\p{M}\p{Co}]+/u;

/** The words of a text as unicode61 would index them: split on separators, case and diacritics folded. */
export function words(text: string): string[] {
  return text.normalize('NFC').split(SEPARATORS).filter(Boolean)
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .filter(Boolean);
}

/**
 * Distinct words a query may hold: each prefix term costs a walk over the index's matching words, so a
 * thousand-character text of one-letter words would take seconds; 32 words is more than any question needs.
 */
export const MAX_WORDS = 32;

function limitWords(count: number, parameter: string): void {
  if (count > MAX_WORDS) throw new InvalidParameters([{ parameter, message: `holds ${count} distinct words or phrases; at most ${MAX_WORDS}` }]);
}

/** `"w1"* "w2"*`: every word of the text must start a word of the row. Null when the text has no words. */
export function allWordPrefixes(text: string, parameter = 'q'): string | null {
  const distinct = [...new Set(words(text))];
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
  /** Whole-word phrases, each a list of words, matched in order. */
  phrases: string[][];
  /** Single words, each matched as itself or as the start of a longer word, then stemmed. */
  words: string[];
}

/**
 * Reads search input: `"…"` pairs are phrases; a quote left without a partner is ordinary text (so it is
 * never an error); everything else is words. A chunk that holds several words (`d'Ampezzo`, `co-operation`)
 * is a phrase, as unicode61 indexed it.
 */
export function parseSearch(text: string): SearchTerms {
  const phrases: string[][] = [];
  const single: string[] = [];
  const quotes = [...text.matchAll(/"/g)].length;
  const balanced = quotes - (quotes % 2);
  let seen = 0;
  let rest = '';
  let inside = '';
  let open = false;
  for (const char of text) {
    if (char === '"' && seen < balanced) {
      seen += 1;
      if (open) { const phrase = words(inside); if (phrase.length) phrases.push(phrase); inside = ''; }
      open = !open;
      rest += ' ';
    } else if (open) inside += char;
    else rest += char;
  }
  for (const chunk of rest.split(/\s+/)) {
    const parts = words(chunk);
    if (parts.length === 1) single.push(parts[0]!);
    else if (parts.length > 1) phrases.push(parts);
  }
  return { phrases, words: [...new Set(single)] };
}

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
    limitWords(terms.phrases.length + terms.words.length, 'q');
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
