// Numbers as the passes count them: a hedge and a number, read the way the build's support checks read
// them (src/db/support.ts, src/lib/numbers.ts), so that a proposed count passes the build's number check.
import { HEDGES } from '../db/support.js';
import { hasScaleWord, NUMBER_PHRASE, parseNumber } from '../lib/numbers.js';
import type { Qualifier } from '../schemas/vocabulary.js';
import { PROTEST_WORDS } from './lexicon.js';

const HEDGE_BY_PHRASE = new Map<string, Qualifier>(HEDGES);
/** An optional hedge and the space after it, the hedge as a capture group; longest first so "no more than" beats "more than". */
export const HEDGE_RE = `(?:(${[...HEDGE_BY_PHRASE.keys()].sort((a, b) => b.length - a.length).join('|')})\\s+)?`;
/** A number, digits or words, as one capture group. */
export const NUMBER_RE = `(${NUMBER_PHRASE})`;

/** A word that names a protest ("rally", "march"); its first group is the word. */
export const PROTEST_WORD = new RegExp(`\\b(${PROTEST_WORDS})\\b`, 'i');

/**
 * A count: "6,000" → 6000, "1.5 million" → 1500000, "twenty-five hundred" → 2500. In words it counts only
 * with a scale word ("two thousand"): "one of them", "two officers were hurt" are seldom a force's size.
 */
export function countOf(phrase: string): number | null {
  if (/^\p{L}/u.test(phrase) && !hasScaleWord(phrase)) return null;
  return wholeCount(parseNumber(phrase));
}

/** People come whole: "2.2" (a clause's number, a rate) counts no one; "1.5 million" does, its scale word making it whole. */
const wholeCount = (value: number | null) => (value === null || !Number.isInteger(value) ? null : value);

/**
 * A count of the people a noun right after it names ("twelve spotters", "eight liaison officers", "2,400
 * officers"): the noun says who is counted, so numbers in words count without a scale word; "one" counts no force.
 */
export function headcountOf(phrase: string): number | null {
  const value = wholeCount(parseNumber(phrase));
  return value === null || value < 2 ? null : value;
}

/** The qualifier of a number by the hedge matched before it, as the build reads it: none is `exactly`. */
export function qualifierOf(hedge: string | undefined): Qualifier {
  return hedge ? HEDGE_BY_PHRASE.get(hedge.toLowerCase().replace(/\s+/g, ' ')) ?? 'exactly' : 'exactly';
}

/** A quantity as a claim's value writes it: "approximately 2250", "more than 300" (resolution's disputes and extraction's alike). */
export const quantityText = (q: { value: number | null; qualifier: string | null }) => `${q.qualifier ?? ''} ${q.value ?? ''}`.trim().replace(/_/g, ' ');
