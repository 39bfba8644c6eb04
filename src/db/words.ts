// Word matching for `q`, `role` and /v1/search. User text is cut into words the way FTS5's unicode61
// tokenizer cuts documents, and each word becomes a quoted FTS5 string, so input is never query syntax.
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import DatabaseConstructor from 'better-sqlite3';
import type Database from 'better-sqlite3';
import { InvalidParameters } from '../lib/problems.js';
import { MAX_TERMS } from '../schemas/query.js';
import type { EntityType } from '../schemas/vocabulary.js';

/** The word table (ids only) behind `q` for rows of one entity type. */
export const qTable = (type: EntityType) => `q_${type}`;

/** Letters, digits, combining marks and private-use characters make words; everything else separates them (unicode61's default). */
const SEPARATORS = /[^\p{L}\p{N}\p{M}\p{Co}]+/u;

const ASCII = /^\p{ASCII}*$/u;

/**
 * The words of a text as unicode61 would index them: split on separators, case and diacritics folded;
 * compatibility forms (full-width letters, ligatures) are read as the letters the articles are written in.
 */
export function words(text: string): string[] {
  // ASCII needs no normalisation or diacritic folding (a third of a large build's word cutting).
  if (ASCII.test(text)) return text.split(SEPARATORS).filter(Boolean).map((word) => word.toLowerCase());
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

/** How a word is written in a word table's text when its English form (Porter stem) differs from it: a private-use character, which unicode61 reads as a letter and nobody types. */
export const FORM_MARK = '\u{E002}';

// Porter stems from SQLite's own porter tokenizer (fts3tokenize, the algorithm the search index's FTS5
// porter tokenizer implements), so collection `q`, `role` and /v1/search agree on what a word form is.
let stemmer: Database.Statement | undefined;
const stems = new Map<string, string>();
const STEM_CACHE = 50_000;

/** The English stem of a folded word (`rallies` → `ralli`, `ministers` → `minist`); words with digits are their own stem. */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  let known = stems.get(word);
  if (known === undefined) {
    if (!stemmer) {
      const memory = new DatabaseConstructor(':memory:');
      memory.exec("CREATE VIRTUAL TABLE porter USING fts3tokenize('porter')");
      stemmer = memory.prepare('SELECT token FROM porter WHERE input = ?').pluck();
    }
    const tokens = stemmer.all(word) as string[];
    known = tokens.length === 1 ? tokens[0]! : word;
    if (stems.size >= STEM_CACHE) stems.clear();
    stems.set(word, known);
  }
  return known;
}

/** A word table's text: the text itself, then the English forms of its words that differ from them (marked), so `unions` finds "union" and `rallies` "rally". */
export function withForms(text: string): string {
  const forms = new Set<string>();
  for (const word of words(text)) {
    const form = stem(word);
    if (form !== word) forms.add(FORM_MARK + form);
  }
  return forms.size ? `${text}\n${[...forms].join(' ')}` : text;
}

const knownWordStatements = new WeakMap<Database.Database, Database.Statement>();
/** Whether the dataset indexes this folded word (the `search_words` table the build writes). */
export function isKnownWord(sqlite: Database.Database, word: string): boolean {
  let statement = knownWordStatements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare('SELECT 1 FROM search_words WHERE word = ?').pluck();
    knownWordStatements.set(sqlite, statement);
  }
  return statement.get(word) !== undefined;
}

/** Splits of a word into two indexed words of at least three letters each (`cybersecurity` → cyber + security). */
export function compoundSplits(sqlite: Database.Database, word: string): Array<[string, string]> {
  const splits: Array<[string, string]> = [];
  if (word.length > MAX_COMPOUND) return splits;
  for (let at = MIN_PREFIX; at <= word.length - MIN_PREFIX && splits.length < 2; at += 1) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (isKnownWord(sqlite, head) && isKnownWord(sqlite, tail)) splits.push([head, tail]);
  }
  return splits;
}
/** Longer words are not tried as compounds: each split point costs two lookups. */
const MAX_COMPOUND = 40;

/**
 * An FTS5 expression requiring every word, where two neighbouring words also match as one (`cyber security`
 * finds "cybersecurity") and a word also matches as two neighbours (`cybersecurity` finds "cyber security"),
 * whenever the dataset knows the joined or split words. `term(word)` is what one word matches;
 * `split(head, tail)` what a word written apart matches.
 */
export function compoundExpression(sqlite: Database.Database, list: readonly string[], term: (word: string) => string, split: (head: string, tail: string) => string): string {
  const groups: string[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const word = list[i]!;
    const next = list[i + 1];
    const alternatives = [term(word), ...compoundSplits(sqlite, word).map(([head, tail]) => split(head, tail))];
    const single = alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
    if (next !== undefined && isKnownWord(sqlite, word + next)) {
      groups.push(`((${single} AND ${term(next)}) OR ${term(word + next)})`);
      i += 1;
    } else groups.push(single);
  }
  return groups.join(' AND ');
}

/** What one word of `q` or `role` matches in a word table: words it begins, and words of the same English form. */
function wordTerm(word: string): string {
  const form = stem(word);
  return [`"${word}"*`, `"${FORM_MARK}${form}"`, ...(form === word ? [] : [`"${form}"`])].join(' OR ');
}

/** Every word of the text starts a word of the row or shares its English form; compounds either way. Null when the text has no words. */
export function allWordForms(sqlite: Database.Database, text: string, parameter = 'q'): string | null {
  const distinct = distinctWords(text);
  limitWords(distinct.length, parameter);
  if (!distinct.length) return null;
  return compoundExpression(sqlite, distinct, (word) => `(${wordTerm(word)})`, (head, tail) => `("${head}" AND "${tail}"*)`);
}

/** Any of the texts, each read as {@link allWordForms}. Null when none has a word. */
export function anyOfWordForms(sqlite: Database.Database, texts: readonly string[], parameter: string): string | null {
  limitWords(new Set(texts.flatMap(words)).size, parameter);
  const groups = texts.map((text) => allWordForms(sqlite, text, parameter)).filter((group): group is string => group !== null);
  return groups.length ? groups.map((group) => `(${group})`).join(' OR ') : null;
}

/** Rows whose id an FTS5 table (ids only) maps to text matching `match`; a text without words matches nothing. */
export function matchingIds(owner: SQLiteColumn, index: { table: string; owner: string }, match: string | null): SQL {
  if (match === null) return sql`0`;
  return sql`${owner} IN (SELECT ${sql.identifier(index.owner)} FROM ${sql.identifier(index.table)} WHERE ${sql.identifier(index.table)} MATCH ${match})`;
}

/** `q`: every word of the text starts a word of the row's names, aliases, titles or text, or shares its English form (its type's word table). */
export const textMatch = (id: SQLiteColumn, type: EntityType, text: string, sqlite: Database.Database): SQL =>
  matchingIds(id, { table: qTable(type), owner: 'entity_id' }, allWordForms(sqlite, text));

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

/** Typographic double quotes delimit phrases like the straight one. */
const CURLY_DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;

/**
 * Reads search input: `"…"` pairs are phrases, kept word for word; a quote left without a partner is
 * ordinary text (so it is never an error); everything else is words. A chunk that holds several distinct
 * words (`d'Ampezzo`, `co-operation`) is a phrase, as unicode61 indexed it; a chunk that repeats a word
 * (`in-in-in`) is its distinct words, as if spaces stood between them.
 */
export function parseSearch(input: string): SearchTerms {
  const text = input.replace(CURLY_DOUBLE_QUOTES, '"');
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
 * the indexed words it begins (looked up in `search_words`); the stemming tokenizer then reduces each of
 * them to its stem, so `protesters` finds "protests" and `cyber` finds "cybersecurity". Neighbouring words
 * also match joined, and a word also matches split, where the dataset knows the other spelling.
 */
export function searchMatcher(sqlite: Database.Database): (text: string) => string | null {
  const longer = sqlite.prepare(`SELECT word FROM search_words WHERE word > @low AND word < @high ORDER BY word LIMIT ${MAX_EXPANSIONS}`).pluck();
  const term = (word: string) => {
    const forms = word.length >= MIN_PREFIX ? [word, ...(longer.all({ low: word, high: `${word}\u{10FFFF}` }) as string[])] : [word];
    return forms.length === 1 ? quoted(forms) : `(${forms.map((form) => quoted([form])).join(' OR ')})`;
  };
  return (text) => {
    const terms = parseSearch(text);
    limitWords(searchCost(terms), 'q');
    const groups = terms.phrases.map(quoted);
    if (terms.words.length) groups.push(compoundExpression(sqlite, terms.words, term, (head, tail) => quoted([head, tail])));
    return groups.length ? groups.join(' AND ') : null;
  };
}
