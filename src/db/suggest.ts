// Suggestions for a search that found nothing: the closest indexed words to each unknown word of the query
// (`carabineri` → Carabinieri, `Piantadosi` → Piantedosi), by edit distance over the words that share the
// misspelt word's first letter and nearly its length. The word list is bounded by the dataset's vocabulary;
// a misspelt first letter is not corrected (what keeps the candidates few).
import type Database from 'better-sqlite3';
import { isKnownWord, words } from './words.js';
import { perStore } from './store.js';

/** Suggestions offered at most. */
export const MAX_SUGGESTIONS = 5;
/** Candidate words read at most per misspelt word. */
const MAX_CANDIDATES = 20_000;
/** Words shorter than this are not corrected: too many words are one letter away. */
const MIN_CORRECTED = 4;

/** Edits allowed: one for short words, two from six letters, three from twelve. */
export const allowedEdits = (length: number) => (length < 6 ? 1 : length < 12 ? 2 : 3);

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), or Infinity
 * once it exceeds `max`. Written by hand: a library's distance computes the whole table, and this one stops
 * at the first row beyond `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return Infinity;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= max ? previous[b.length]! : Infinity;
}

interface Candidate { word: string; display: string; docs: number }

export function suggester(sqlite: Database.Database): (text: string) => string[][] {
  const candidates = sqlite.prepare(`SELECT word, display, docs FROM search_words WHERE word >= @low AND word < @high AND length(word) BETWEEN @shortest AND @longest LIMIT ${MAX_CANDIDATES}`);
  const displayOf = sqlite.prepare('SELECT display FROM search_words WHERE word = ?').pluck();
  const corrections = (word: string): string[] => {
    const edits = allowedEdits(word.length);
    const found = (candidates.all({ low: word[0], high: `${word[0]}\u{10FFFF}`, shortest: word.length - edits, longest: word.length + edits }) as Candidate[])
      .filter((c) => !/\d/.test(c.word))
      .map((c) => ({ ...c, distance: editDistance(word, c.word, edits) }))
      .filter((c) => c.distance !== Infinity)
      .sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.word < b.word ? -1 : 1));
    return found.slice(0, MAX_SUGGESTIONS).map((c) => c.display);
  };
  /** For each suggestion, its words: the query's words with every unknown one replaced by a close known one. */
  return (text) => {
    const list = [...new Set(words(text))];
    const unknown = list.filter((word) => word.length >= MIN_CORRECTED && !/\d/.test(word) && !isKnownWord(sqlite, word));
    if (!unknown.length) return [];
    const fixes = new Map(unknown.map((word) => [word, corrections(word)]));
    if ([...fixes.values()].some((options) => !options.length)) return [];
    const written = (word: string) => (displayOf.get(word) as string | undefined) ?? word;
    // The first unknown word's alternatives, each with every other unknown word at its closest.
    const [first] = unknown;
    return fixes.get(first!)!.map((option) => list.map((word) => (word === first ? option : fixes.get(word)?.[0] ?? written(word))));
  };
}

/** A value of an open vocabulary (a claim's predicate) and how many rows hold it. */
export interface KnownValue { value: string; rows: number }

/**
 * The known values closest to one that names nothing (`organises` → organizes), compared on their folded
 * words (`first of its kind` or `Organizes` → first_of_its_kind, organizes): within the edit distance a word of that length is
 * allowed, then those with a word starting with one of the given words (`deploy` → deploys_to); closest
 * first, then the most used. Empty when the value is known: its empty answer is the other filters' doing.
 */
export function closestValues(given: string, known: KnownValue[]): string[] {
  const folded = words(given).join(' ');
  if (!folded || known.some((k) => k.value === given)) return [];
  const edits = allowedEdits(folded.length);
  const starts = words(given).filter((word) => word.length >= 3);
  const scored = known.flatMap((k) => {
    const distance = editDistance(folded, words(k.value).join(' '), edits);
    if (distance !== Infinity) return [{ ...k, score: distance }];
    return words(k.value).some((word) => starts.some((start) => word.startsWith(start))) ? [{ ...k, score: edits + 1 }] : [];
  });
  return scored.sort((a, b) => a.score - b.score || b.rows - a.rows || (a.value < b.value ? -1 : 1)).slice(0, MAX_SUGGESTIONS).map((k) => k.value);
}

/** One suggester per served dataset, shared by the search route and collection `q=`: its statements are prepared once. */
export const suggesterOf = perStore(({ sqlite }) => suggester(sqlite));
