// Build-time checks that a fact says no more than its quotes: every number occurs in a quote with the hedge
// the quote puts before it, every date is spelled out in a quote but for the parts a derived fact's note says
// are inferred (an inferred year still needs the day and month quoted), names, acronyms, aliases and role
// titles occur in a quote unless the note of a derived fact says they are inferred, and a statement given as
// a quote is word for word in its citations. Plain functions over a fact as written in the seed files (citations as `{ source, quote }`)
// and the article texts, so that code writing facts from a new article can run exactly the checks the build
// runs before it writes anything.
import { collectionByName } from '../collections/index.js';
import type { Item } from './columns.js';
import type { Qualifier } from '../schemas/vocabulary.js';
import { numbersIn, type NumberMention } from '../lib/numbers.js';

export { numbersIn, type NumberMention };

/** A fact as written in seed/facts/<collection>.yaml. */
export interface SeedFact {
  id: string;
  citations: ReadonlyArray<{ source: string; quote: string }>;
  [field: string]: unknown;
}

/** The text of an article by source id; undefined for an unknown source. */
export type ArticleText = (sourceId: string) => string | undefined;

/** Which checks to run beyond numbers, dates, quoted statements and derived notes. */
export interface SupportOptions {
  /**
   * Names, acronyms, aliases and role titles must occur in a quote (statedTextProblems). The build asks it of
   * every row a person wrote or reviewed; rows ingest proposed (`review: machine`) are served as unreviewed and
   * resolve names across articles ("Italian officials" to the Italian government), so a reviewer meets the
   * problem when accepting the row.
   */
  names?: boolean;
}

/**
 * Every support problem of one fact of a collection (`claims`, `events`, …). Each message names the field
 * and the value; the caller prefixes the file and the fact id. An empty list means the fact is supported.
 */
export function supportProblems(collection: string, fact: SeedFact, articleText: ArticleText, { names = false }: SupportOptions = {}): string[] {
  const shape = collectionShape(collection);
  if (!shape) return [`no collection "${collection}"`];
  const problems = numberProblems(fact, articleText);
  problems.push(
    ...dateProblems(fact, shape.dateFields, shape.canBeDerived), ...(names ? statedTextProblems(fact, shape.statedTexts) : []),
    ...quoteTextProblems(fact), ...derivedNoteProblems(fact), ...staleDateNoteProblems(fact, shape.dateFields),
  );
  // A row nothing names (a person with no name and no role) says nothing a reader can use.
  if (!shape.title(fact as Item).trim()) problems.push('nothing names it: give it a name (or, for a person, a role)');
  return problems;
}

interface CollectionShape { dateFields: string[]; canBeDerived: boolean; statedTexts: (fact: SeedFact) => Array<[string, string]>; title: (item: Item) => string }
const shapes = new Map<string, CollectionShape>();

/** What the checks need to know of a collection: its date fields, its stated texts and whether its rows can be derived. */
function collectionShape(collection: string) {
  if (!shapes.has(collection)) {
    const spec = collectionByName.get(collection);
    if (!spec) return undefined;
    const dateFields = spec.dates ? [spec.dates.start, spec.dates.end].filter((f): f is string => !!f) : [];
    shapes.set(collection, { dateFields, canBeDerived: 'derived' in spec.schema.properties, statedTexts: spec.statedTexts ?? (() => []), title: spec.title });
  }
  return shapes.get(collection);
}

// ---------------------------------------------------------------------------------------------------------
// What a derived fact's note says is inferred

export type DatePart = 'year' | 'month' | 'day';
const DATE_PART_WORDS: Record<string, readonly DatePart[]> = {
  year: ['year'], month: ['month'], day: ['day'], date: ['year', 'month', 'day'], dates: ['year', 'month', 'day'],
};
/** Words that end the subject of a clause: what comes before them is what the clause says is inferred. */
const SUBJECT_ENDS = new Set(['is', 'are', 'was', 'were', 'of', 'inferred', 'counted', 'taken', 'comes', 'come', 'from']);
/** A clause says something is inferred when it has one of these words ("taken from", "counted back from": ingest's notes). */
const INFERENCE_WORDS = ['inferred', 'taken', 'counted'];

/**
 * Where a note's clause ends: a semicolon or colon, or a full stop, before a space or at the end. Not the
 * point of an abbreviation before a number, as in the article's words a note quotes ("year of 'Aug. 15'
 * taken from the publication date …"), which would cut the date's words from the verb that says they are
 * inferred.
 */
const CLAUSE_END = /[;:](?:\s|$)|\.(?:\s+(?=[^\s\d])|$)/;

/**
 * The date parts a note says are inferred: those named in the subject of a clause that says it infers
 * ("The year is inferred: …", "The year and the operator are inferred", "date of 'Monday' counted back from …").
 * A note that names none excuses no part of any date; "date" names all three.
 */
export function inferredDateParts(note: unknown): Set<DatePart> {
  const parts = new Set<DatePart>();
  if (typeof note !== 'string') return parts;
  for (const clause of note.toLowerCase().split(CLAUSE_END)) {
    const words: string[] = clause.match(/[a-z_]+/g) ?? [];
    if (!INFERENCE_WORDS.some((word) => words.includes(word))) continue;
    for (const word of words) {
      if (SUBJECT_ENDS.has(word)) break;
      for (const part of DATE_PART_WORDS[word] ?? []) parts.add(part);
    }
  }
  return parts;
}

/** Lowercase, typographic quotes and dashes as plain ones, runs of spaces as one: how a name is looked for. */
const comparable = (text: string) => text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ');
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `words` occur in a passage as whole words (`ICE` in "the ICE deployment", not in "police"). */
export function occursAsWords(passage: string, words: string): boolean {
  const haystack = comparable(passage);
  const needle = comparable(words).trim();
  if (!needle) return true;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** Whether a derived fact's note names this value, in quotation marks, as inferred. */
function noteSaysInferred(fact: SeedFact, value: string): boolean {
  if (fact.derived !== true || typeof fact.note !== 'string') return false;
  const note = comparable(fact.note);
  return note.includes('inferred') && note.includes(`"${comparable(value).trim()}"`);
}

/**
 * Names, acronyms, aliases and role titles occur, as whole words (case, typographic quotes and dashes aside),
 * in one of the fact's quotes; a derived fact may have one its note names, in quotation marks, as inferred.
 */
export function statedTextProblems(fact: SeedFact, statedTexts: (fact: SeedFact) => Array<[string, string]>): string[] {
  return statedTexts(fact)
    .filter(([, value]) => !fact.citations.some(({ quote }) => occursAsWords(quote, value)) && !noteSaysInferred(fact, value))
    .map(([path, value]) => `${path} "${value}" does not occur in its quotes (quote the words that give it, or mark the fact derived: true and say in note that "${value}" is inferred, and from what)`);
}

/** A fact marked derived says in its note what was inferred. */
export function derivedNoteProblems(fact: SeedFact): string[] {
  return fact.derived === true && !(typeof fact.note === 'string' && fact.note.trim())
    ? ['derived is true but note is empty: say in note what was inferred']
    : [];
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Ingest's note of a counted weekday: "date of 'Saturday' counted back from the publication date 2026-02-26". */
const WEEKDAY_NOTE = /date of '(?:[a-z]+\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)' counted (forward|back) from [^;]*?(\d{4}-\d{2}-\d{2})/gi;
/** Ingest's note of an inferred year: "year of 'June 11' taken from the publication date 2026-03-01". */
const YEAR_NOTE = /year of '[^']*' taken (from|as the year after) the publication date (\d{4})-\d{2}-\d{2}/gi;
const DAY_MS = 86_400_000;

/**
 * The dates a note says it computed that none of the fact's dates is: a weekday counted forward or back from
 * a day (that day or within the week after it, or the week up to it), a year taken from the publication date. A reviewer
 * who corrects the date must correct the note too, or it tells the reader how a date no longer in the row was
 * made. Counter-example: "date of 'Saturday' counted back from … 2026-02-26" beside 2026-02-21 holds.
 */
export function staleDateNoteProblems(fact: SeedFact, dateFields: readonly string[]): string[] {
  if (fact.derived !== true || typeof fact.note !== 'string') return [];
  const dates = dateFields.map((field) => fact[field]).filter((value): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
  if (!dates.length) return [];
  const shown = dateFields.filter((field) => typeof fact[field] === 'string').map((field) => `${field} ${String(fact[field])}`).join(', ');
  const problems: string[] = [];
  for (const [said, weekday, direction, from] of fact.note.matchAll(WEEKDAY_NOTE)) {
    const counted = (date: string) => {
      const days = (Date.parse(date) - Date.parse(from!)) / DAY_MS;
      return new Date(date).getUTCDay() === WEEKDAY_NAMES.indexOf(weekday!.toLowerCase()) && (direction === 'forward' ? days >= 0 && days <= 7 : days <= 0 && days >= -7);
    };
    if (!dates.some(counted)) problems.push(`note: "${said}" gives none of the dates (${shown}): rewrite the note to say how the date was found, or clear it`);
  }
  for (const [said, how, year] of fact.note.matchAll(YEAR_NOTE)) {
    const inferred = Number(year) + (how === 'from' ? 0 : 1);
    if (!dates.some((date) => Number(date.slice(0, 4)) === inferred)) problems.push(`note: "${said}" gives the year ${inferred}, which none of the dates (${shown}) has: rewrite the note or clear it`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Numbers

/** Hedge words as they stand right before a number; the longest phrase that ends the words wins. */
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
const HEDGE_BY_PHRASE = new Map(HEDGES);

const SPACE = /[ \t\u00a0]/;
const LETTER = /[a-z]/i;

/**
 * The last few words of a text that ends in spaces, lowercased: letters only, each followed by spaces. A
 * scan from the end, where the equivalent regex anchored at `$` would retry from every position.
 */
function trailingWords(text: string, most: number): string[] {
  const words: string[] = [];
  for (let end = text.length; words.length < most;) {
    let wordEnd = end;
    while (wordEnd > 0 && SPACE.test(text[wordEnd - 1]!)) wordEnd -= 1;
    let start = wordEnd;
    while (start > 0 && LETTER.test(text[start - 1]!)) start -= 1;
    if (wordEnd === end || start === wordEnd) break;
    words.unshift(text.slice(start, wordEnd).toLowerCase());
    end = start;
  }
  return words;
}

/** The hedge in the words right before `at` in a passage, with the words; null when no word precedes it. */
export function hedgeBefore(text: string, at: number): { qualifier: Qualifier; words: string } | null {
  // The last three words are all a hedge can be; a short window keeps this cheap inside a long article.
  const words = trailingWords(text.slice(Math.max(0, at - 80), at), 3);
  if (!words.length) return null;
  for (let length = Math.min(3, words.length); length > 0; length -= 1) {
    const phrase = words.slice(-length).join(' ');
    const qualifier = HEDGE_BY_PHRASE.get(phrase);
    if (qualifier) return { qualifier, words: phrase };
  }
  return { qualifier: 'exactly', words: '' };
}

/** A number field of a fact: a quantity or figure `{ value, qualifier }`, or a plain number. */
interface NumberField { path: string; value: number; qualifier?: unknown }

/** The number fields of a fact, citations aside (the build calls this for every fact: no copies). */
/** The numbers a fact states (its quantities, figures and counts; its citations' offsets aside). */
export function statedNumbers(fact: SeedFact): number[] {
  return numberFields(fact, '').map((field) => field.value);
}

function numberFields(node: unknown, path: string, found: NumberField[] = []): NumberField[] {
  if (typeof node === 'number') found.push({ path, value: node });
  if (node === null || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index += 1) numberFields(node[index], `${path}[${index}]`, found);
    return found;
  }
  const object = node as Record<string, unknown>;
  if (typeof object.value === 'number' && 'qualifier' in object) {
    const label = typeof object.metric === 'string' ? ` (${object.metric})` : '';
    found.push({ path: `${path}${label}`, value: object.value, qualifier: object.qualifier });
    return found;
  }
  for (const key in object) {
    const value = object[key];
    if (value !== null && (typeof value === 'object' || typeof value === 'number') && !(path === '' && key === 'citations')) {
      numberFields(value, path ? `${path}.${key}` : key, found);
    }
  }
  return found;
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Every number of the fact (citations aside) occurs in one of its quotes, and a number with a qualifier
 * has the hedge the quote puts right before it (no hedge word: `exactly`). A number at the very start of
 * its quote is read with the article's words before the quote, so a quote cannot drop a hedge unnoticed.
 */
export function numberProblems(fact: SeedFact, articleText: ArticleText = () => undefined): string[] {
  const fieldsToCheck = numberFields(fact, '');
  if (!fieldsToCheck.length) return [];
  // Plain objects of one shape, no spreads: this runs for every fact with a number.
  const mentions: QuotedMention[] = [];
  for (const { source, quote } of fact.citations) {
    for (const m of numbersIn(quote)) mentions.push({ value: m.value, start: m.start, text: m.text, source, quote });
  }
  const problems: string[] = [];
  for (const field of fieldsToCheck) {
    const matches = mentions.filter((m) => sameNumber(m.value, field.value));
    if (!matches.length) {
      problems.push(`${field.path} ${field.value} does not occur in its quotes (in digits or words)`);
      continue;
    }
    if (field.qualifier === undefined || field.qualifier === null) continue;
    const hedges = matches.map((m) => hedgeOf(m, articleText));
    if (hedges.some((h) => !h.outside && h.hedge.qualifier === field.qualifier)) continue;
    const [m, { hedge, outside }] = [matches[0]!, hedges[0]!];
    problems.push(outside
      ? `${field.path} ${field.value}: its quote "${m.quote}" leaves out the hedge "${hedge.words}" the article puts before "${m.text}"; quote it`
      : `${field.path} ${field.value} has qualifier "${String(field.qualifier)}" but its quote says "${hedge.words ? `${hedge.words} ` : ''}${m.text}" (${hedge.qualifier})`);
  }
  return problems;
}

interface QuotedMention { value: number; start: number; text: string; source: string; quote: string }

/**
 * The hedge of a number in a quote: the quote's words before it, or, for a number the quote starts with, the
 * article's (`outside`: the quote left the hedge out).
 */
function hedgeOf(m: QuotedMention, articleText: ArticleText) {
  const inQuote = hedgeBefore(m.quote, m.start);
  if (inQuote) return { hedge: inQuote, outside: false };
  const text = articleText(m.source);
  const at = text?.indexOf(m.quote) ?? -1;
  const inArticle = at >= 0 ? hedgeBefore(text!, at + m.start) : null;
  return inArticle && inArticle.qualifier !== 'exactly'
    ? { hedge: inArticle, outside: true }
    : { hedge: { qualifier: 'exactly' as Qualifier, words: '' }, outside: false };
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
export function statesDate(passage: string, isoDate: string, inferred: ReadonlySet<DatePart> = NONE): boolean {
  const { iso, year, month, day } = datePatterns(isoDate);
  if (iso.test(passage)) return true;
  if (!inferred.has('year') && !year.test(passage)) return false;
  if (month && !inferred.has('month') && !month.test(passage)) return false;
  return !day || inferred.has('day') || day.some((pattern) => pattern.test(passage));
}
const NONE: ReadonlySet<DatePart> = new Set();

/** What joins a range's two days, whose month is written once: "11-13 July", "11 to 13 July", "July 11 through 13", "9 to Sunday, 11 May". */
const RANGE_TO = String.raw`(?:\s*[-–]\s*|\s+(?:to|and|until|till|through)\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;

interface DatePatterns { iso: RegExp; year: RegExp; month?: RegExp; day?: RegExp[] }
const compiledDates = new Map<string, DatePatterns>();

/** The patterns that find one date in a passage, compiled once per date (a build checks many facts per date). */
function datePatterns(isoDate: string): DatePatterns {
  const cached = compiledDates.get(isoDate);
  if (cached) return cached;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number?, number?];
  const name = month === undefined ? '' : `(?:${MONTHS[month - 1]})\\.?`;
  const patterns: DatePatterns = {
    iso: new RegExp(`(?<![\\d-])${isoDate}(?![\\d-])`),
    year: new RegExp(`(?<![\\d,.])${year}(?!\\d)`),
    ...(month !== undefined && { month: new RegExp(`\\b${name}(?![a-z])`) }),
    ...(day !== undefined && {
      day: [
        new RegExp(`(?<!\\d)${day}(?:st|nd|rd|th)\\b|\\b${ORDINAL_WORDS[day - 1]}\\b`, 'i'),
        new RegExp(`(?<![\\d,.])${day}(?:${RANGE_TO}\\d{1,2})?\\s+(?:of\\s+)?${name}(?![a-z])|\\b${name}\\s+(?:\\d{1,2}${RANGE_TO})?${day}(?!\\d)`),
      ],
    }),
  };
  compiledDates.set(isoDate, patterns);
  return patterns;
}

const partsOf = (isoDate: string): DatePart[] => (isoDate.length > 7 ? ['day', 'month', 'year'] : isoDate.length > 4 ? ['month', 'year'] : ['year']);
const listed = (words: string[]) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0] ?? '');

/**
 * Every date of the fact is stated, to its precision, in one of its quotes, but for the parts the note of a
 * derived fact says are inferred (see inferredDateParts): an inferred year still needs the day and month quoted.
 */
export function dateProblems(fact: SeedFact, dateFields: readonly string[], canBeDerived = true): string[] {
  const inferred = fact.derived === true ? inferredDateParts(fact.note) : NONE;
  const problems: string[] = [];
  for (const field of dateFields) {
    const value = fact[field];
    if (typeof value !== 'string') continue;
    const stated = partsOf(value).filter((part) => !inferred.has(part));
    if (!stated.length || fact.citations.some(({ quote }) => statesDate(quote, value, inferred))) continue;
    const how = !canBeDerived ? 'quote the words that do, or leave the date null'
      : inferred.size ? `the note says only the ${listed([...inferred])} ${inferred.size > 1 ? 'are' : 'is'} inferred; quote the words that state the rest, or say in note that it is inferred too`
        : fact.derived === true ? 'quote the words that do, or say in note which part is inferred ("The year is inferred: …", "The date is inferred: …")'
          : 'quote the words that do, or mark the fact derived: true and say in note what was inferred';
    problems.push(`${field} "${value}": no quote states its ${listed(stated)} (${how})`);
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
  // A line break is no word: a quotation printed over two lines (a subtitle's cue) is quoted word for word.
  const spaced = (text: string) => text.replace(/\s+/g, ' ');
  const words = spaced(fact.text.replace(/[.,;:]$/, ''));
  return fact.citations.some(({ quote }) => spaced(quote).includes(words))
    ? []
    : [`text "${fact.text}" is kind "quote" but does not occur word for word in its quotes`];
}
