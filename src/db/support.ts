// Build-time checks that a fact says no more than its quotes: every number occurs in a quote with the hedge
// the quote puts before it, every date is spelled out in a quote unless the fact is marked derived (and a
// derived fact says in its note what was inferred), and a statement given as a quote is word for word in
// its citations. Plain functions over a fact as written in the seed files (citations as `{ source, quote }`)
// and the article texts, so that code writing facts from a new article can run exactly the checks the build
// runs before it writes anything.
import { collectionByName } from './collections.js';
import type { Qualifier } from '../schemas/vocabulary.js';

/** A fact as written in seed/facts/<collection>.yaml. */
export interface SeedFact {
  id: string;
  citations: ReadonlyArray<{ source: string; quote: string }>;
  [field: string]: unknown;
}

/** The text of an article by source id; undefined for an unknown source. */
export type ArticleText = (sourceId: string) => string | undefined;

/**
 * Every support problem of one fact of a collection (`claims`, `events`, …). Each message names the field
 * and the value; the caller prefixes the file and the fact id. An empty list means the fact is supported.
 */
export function supportProblems(collection: string, fact: SeedFact, articleText: ArticleText): string[] {
  const spec = collectionByName.get(collection);
  if (!spec) return [`no collection "${collection}"`];
  const dateFields = spec.dates ? [spec.dates.start, spec.dates.end].filter((f): f is string => !!f) : [];
  return [
    ...numberProblems(fact, articleText),
    ...dateProblems(fact, dateFields, 'derived' in spec.schema.properties),
    ...quoteTextProblems(fact),
    ...derivedNoteProblems(fact),
  ];
}

/** A fact marked derived says in its note what was inferred. */
export function derivedNoteProblems(fact: SeedFact): string[] {
  return fact.derived === true && !(typeof fact.note === 'string' && fact.note.trim())
    ? ['derived is true but note is empty: say in note what was inferred']
    : [];
}

// ---------------------------------------------------------------------------------------------------------
// Numbers

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** "two hundred and fifty": `and` joins a number only after these. */
const AND_AFTER = new Set(['hundred', 'thousand', 'million', 'billion']);

/** A number as a passage writes it: its value and where it is in the passage. */
export interface NumberMention { value: number; start: number; end: number; text: string }

// Digits with optional thousands separators (comma, no-break or narrow no-break space) and decimals, an
// ordinal suffix (to skip: "the 6th" is a date, not a count), or a word.
const TOKEN = /(\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(st|nd|rd|th)?\b|[A-Za-z]+/g;

/** Every cardinal number in a passage, in digits ("6,000", "3.5 million") or in words ("two million", "sixty thousand"). */
export function numbersIn(text: string): NumberMention[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, digits: m[1], ordinal: !!m[2] }));
  const found: NumberMention[] = [];
  const mention = (from: number, to: number, value: number) => found.push({ value, start: tokens[from]!.start, end: tokens[to]!.end, text: text.slice(tokens[from]!.start, tokens[to]!.end) });
  // Only spaces or a hyphen between the words of one number ("twenty-five", "two million").
  const joined = (i: number) => /^[\s-]*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.digits !== undefined) {
      if (token.ordinal) continue;
      let value = Number(token.digits.replace(/[,\u00a0\u202f]/g, ''));
      let last = i;
      const scale = tokens[i + 1] && joined(i + 1) ? SCALES[tokens[i + 1]!.text.toLowerCase()] : undefined;
      if (scale) { value *= scale; last = i + 1; }
      mention(i, last, value);
      i = last;
      continue;
    }
    const word = token.text.toLowerCase();
    const startsNumber = word in UNITS || (word === 'a' && tokens[i + 1] && joined(i + 1) && ['hundred', 'thousand', 'million', 'billion'].includes(tokens[i + 1]!.text.toLowerCase()));
    if (!startsNumber) continue;
    let total = 0;
    let current = word === 'a' ? 1 : UNITS[word]!;
    let last = i;
    for (let j = i + 1; j < tokens.length && joined(j); j += 1) {
      const next = tokens[j]!.text.toLowerCase();
      if (next in UNITS) current += UNITS[next]!;
      else if (next === 'hundred') current *= 100;
      else if (next in SCALES) { total += current * SCALES[next]!; current = 0; }
      else if (next === 'and' && AND_AFTER.has(tokens[j - 1]!.text.toLowerCase()) && tokens[j + 1] && joined(j + 1) && tokens[j + 1]!.text.toLowerCase() in UNITS) continue;
      else break;
      last = j;
    }
    if (word === 'a' && last === i) continue;
    mention(i, last, total + current);
    i = last;
  }
  return found;
}

/** Hedge words as they stand right before a number, longest first where one ends another. */
export const HEDGES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['no more than', 'up_to'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['in excess of', 'more_than'],
  ['a minimum of', 'at_least'], ['a maximum of', 'up_to'], ['as many as', 'up_to'], ['an estimated', 'approximately'],
  ['more than', 'more_than'], ['upwards of', 'more_than'], ['at least', 'at_least'], ['fewer than', 'fewer_than'],
  ['less than', 'fewer_than'], ['just under', 'fewer_than'], ['up to', 'up_to'], ['at most', 'up_to'],
  ['around', 'approximately'], ['approximately', 'approximately'], ['about', 'approximately'], ['roughly', 'approximately'],
  ['some', 'approximately'], ['circa', 'approximately'], ['estimated', 'approximately'],
  ['over', 'more_than'], ['above', 'more_than'], ['nearly', 'fewer_than'], ['almost', 'fewer_than'],
  ['under', 'fewer_than'], ['below', 'fewer_than'], ['exactly', 'exactly'], ['precisely', 'exactly'],
];

/** The hedge in the words right before `at` in a passage, with the words; null when no word precedes it. */
export function hedgeBefore(text: string, at: number): { qualifier: Qualifier; words: string } | null {
  const words = text.slice(0, at).match(/(?:[A-Za-z]+[ \t\u00a0]+){1,3}$/)?.[0].trim().toLowerCase().split(/\s+/);
  if (!words) return null;
  for (const [phrase, qualifier] of HEDGES) {
    if (words.slice(-phrase.split(' ').length).join(' ') === phrase) return { qualifier, words: phrase };
  }
  return { qualifier: 'exactly', words: '' };
}

/** A number field of a fact: a quantity or figure `{ value, qualifier }`, or a plain number. */
interface NumberField { path: string; value: number; qualifier?: unknown }

function numberFields(node: unknown, path: string): NumberField[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => numberFields(item, `${path}[${index}]`));
  if (node === null || typeof node !== 'object') return typeof node === 'number' ? [{ path, value: node }] : [];
  const object = node as Record<string, unknown>;
  if (typeof object.value === 'number' && 'qualifier' in object) {
    const label = typeof object.metric === 'string' ? ` (${object.metric})` : '';
    return [{ path: `${path}${label}`, value: object.value, qualifier: object.qualifier }];
  }
  return Object.entries(object).flatMap(([key, value]) => numberFields(value, path ? `${path}.${key}` : key));
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Every number of the fact (citations aside) occurs in one of its quotes, and a number with a qualifier
 * has the hedge the quote puts right before it (no hedge word: `exactly`). A number at the very start of
 * its quote is read with the article's words before the quote, so a quote cannot drop a hedge unnoticed.
 */
export function numberProblems(fact: SeedFact, articleText: ArticleText = () => undefined): string[] {
  const { citations, ...fields } = fact;
  const fieldsToCheck = numberFields(fields, '');
  if (!fieldsToCheck.length) return [];
  const mentions = citations.flatMap(({ source, quote }) => numbersIn(quote).map((m) => {
    let hedge = hedgeBefore(quote, m.start);
    if (!hedge) {
      const text = articleText(source);
      const at = text?.indexOf(quote) ?? -1;
      hedge = at >= 0 ? hedgeBefore(text!, at + m.start) : null;
      if (hedge && hedge.qualifier !== 'exactly') return { ...m, quote, hedge, outside: true };
    }
    return { ...m, quote, hedge: hedge ?? { qualifier: 'exactly' as Qualifier, words: '' }, outside: false };
  }));
  const problems: string[] = [];
  for (const field of fieldsToCheck) {
    const matches = mentions.filter((m) => sameNumber(m.value, field.value));
    if (!matches.length) {
      problems.push(`${field.path} ${field.value} does not occur in its quotes (in digits or words)`);
      continue;
    }
    if (field.qualifier === undefined || field.qualifier === null) continue;
    if (matches.some((m) => !m.outside && m.hedge.qualifier === field.qualifier)) continue;
    const m = matches[0]!;
    problems.push(m.outside
      ? `${field.path} ${field.value}: its quote "${m.quote}" leaves out the hedge "${m.hedge.words}" the article puts before "${m.text}"; quote it`
      : `${field.path} ${field.value} has qualifier "${String(field.qualifier)}" but its quote says "${m.hedge.words ? `${m.hedge.words} ` : ''}${m.text}" (${m.hedge.qualifier})`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Dates

const MONTHS = [
  'January|Jan', 'February|Feb', 'March|Mar', 'April|Apr', 'May', 'June|Jun',
  'July|Jul', 'August|Aug', 'September|Sept|Sep', 'October|Oct', 'November|Nov', 'December|Dec',
];
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh',
  'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first',
];

/**
 * Whether a passage states an ISO date (`2026-02-06`, `2026-02`, `2026`) to its precision, year included:
 * "6th of February 2026", "February 6, 2026", "6 February 2026", "from the 6th to the 22nd of February 2026".
 * A day counts when written as an ordinal ("6th", "sixth") or as a number next to the month name; the ISO
 * form itself ("2026-02-06") counts too.
 */
export function statesDate(passage: string, isoDate: string): boolean {
  if (new RegExp(`(?<![\\d-])${isoDate}(?![\\d-])`).test(passage)) return true;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number?, number?];
  if (!new RegExp(`(?<![\\d,.])${year}(?!\\d)`).test(passage)) return false;
  if (month === undefined) return true;
  const name = `(?:${MONTHS[month - 1]})\\.?`;
  if (!new RegExp(`\\b${name}(?![a-z])`).test(passage)) return false;
  if (day === undefined) return true;
  const ordinal = new RegExp(`(?<!\\d)${day}(?:st|nd|rd|th)\\b|\\b${ORDINAL_WORDS[day - 1]}\\b`, 'i');
  const next = new RegExp(`(?<![\\d,.])${day}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:of\\s+)?${name}(?![a-z])|\\b${name}\\s+(?:\\d{1,2}\\s*[-–]\\s*)?${day}(?!\\d)`);
  return ordinal.test(passage) || next.test(passage);
}

/** Every date of the fact is stated, to its precision, in one of its quotes, or the fact is marked derived. */
export function dateProblems(fact: SeedFact, dateFields: readonly string[], canBeDerived = true): string[] {
  if (fact.derived === true) return [];
  const problems: string[] = [];
  for (const field of dateFields) {
    const value = fact[field];
    if (typeof value !== 'string') continue;
    if (fact.citations.some(({ quote }) => statesDate(quote, value))) continue;
    problems.push(`${field} "${value}": no quote states its ${value.length > 7 ? 'day, month and year' : value.length > 4 ? 'month and year' : 'year'} (${
      canBeDerived ? 'quote the words that do, or mark the fact derived: true and say in note what was inferred' : 'quote the words that do, or leave the date null'})`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Quoted statements

/**
 * A fact of kind `quote` (a statement the article prints in quotation marks) has its text word for word in
 * a quote, but for a closing full stop, comma, colon or semicolon: `"Safety comes first," she said` prints
 * the sentence "Safety comes first." with a comma.
 */
export function quoteTextProblems(fact: SeedFact): string[] {
  if (fact.kind !== 'quote' || typeof fact.text !== 'string') return [];
  const words = fact.text.replace(/[.,;:]$/, '');
  return fact.citations.some(({ quote }) => quote.includes(words))
    ? []
    : [`text "${fact.text}" is kind "quote" but does not occur word for word in its quotes`];
}
