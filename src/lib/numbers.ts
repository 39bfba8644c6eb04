// Numbers as articles write them, in digits ("6,000", "3.5 million") or in words ("twenty-five hundred",
// "two hundred and fifty thousand"). One reader for the build's support checks (src/db/support.ts) and
// ingest's extraction (src/ingest), so that what ingest proposes is the number the build finds in its quote.

const UNITS = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALES = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9]]);
const SCALE_WORDS = ['hundred', ...SCALES.keys()];
/** "two hundred and fifty": `and` joins a number only after these. */
const AND_AFTER = new Set(['hundred', 'thousand', 'million', 'billion']);

/** A number as a passage writes it: its value and where it is in the passage. */
export interface NumberMention { value: number; start: number; end: number; text: string }

// Digits with optional thousands separators (comma, no-break or narrow no-break space) and decimals, not
// an ordinal ("the 6th" is a date, not a count), optionally followed by a scale word ("3.5 million").
const DIGITS = /(?<![\d.,])(\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(st|nd|rd|th)\b|\b)(?:[ \t\u00a0-]+(hundred|thousand|million|billion)\b)?/gi;
const NUMBER_WORD = new RegExp(`\\b(?:${[...UNITS.keys()].join('|')}|hundred|thousand|million|billion)\\b`, 'i');
const WORD = /[a-z]+/gi;

/** Every cardinal number in a passage, in digits ("6,000", "3.5 million") or in words ("two million", "sixty thousand"). */
export function numbersIn(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  // An exec loop, not matchAll: the build runs this on every quote of every fact with a number.
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    if (m[2]) continue;
    const digits = m[1]!.length > 3 ? m[1]!.replace(/[,\u00a0\u202f]/g, '') : m[1]!;
    found.push({ value: Number(digits) * (m[3] ? scaleOf(m[3]) : 1), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (!NUMBER_WORD.test(text)) return found;
  found.push(...numberWordsIn(text));
  return found.sort((a, b) => a.start - b.start);
}

/** Numbers written in words: "two million", "twenty-five", "two hundred and fifty thousand", "a million". */
function numberWordsIn(text: string): NumberMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  // Only spaces or a hyphen between the words of one number.
  const joined = (i: number) => /^[ \t\u00a0-]*$/.test(text.slice(words[i - 1]!.end, words[i]!.start));
  const found: NumberMention[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const { word } = words[i]!;
    const startsNumber = UNITS.has(word) || (word === 'a' && i + 1 < words.length && joined(i + 1) && (words[i + 1]!.word === 'hundred' || SCALES.has(words[i + 1]!.word)));
    if (!startsNumber) continue;
    let total = 0;
    let current = UNITS.get(word) ?? 1;
    let last = i;
    for (let j = i + 1; j < words.length && joined(j); j += 1) {
      const next = words[j]!.word;
      if (UNITS.has(next)) current += UNITS.get(next)!;
      else if (next === 'hundred') current *= 100;
      else if (SCALES.has(next)) { total += current * SCALES.get(next)!; current = 0; }
      else if (next === 'and' && AND_AFTER.has(words[j - 1]!.word) && j + 1 < words.length && joined(j + 1) && UNITS.has(words[j + 1]!.word)) continue;
      else break;
      last = j;
    }
    if (word === 'a' && last === i) continue;
    found.push({ value: total + current, start: words[i]!.start, end: words[last]!.end, text: text.slice(words[i]!.start, words[last]!.end) });
    i = last;
  }
  return found;
}

const scaleOf = (word: string) => (word.toLowerCase() === 'hundred' ? 100 : SCALES.get(word.toLowerCase())!);

const UNIT_WORDS = [...UNITS.keys()].sort((a, b) => b.length - a.length).join('|');
/**
 * A number phrase for a larger pattern, without capture groups: digits with an optional scale word, or
 * number words joined by spaces, hyphens or "and" ("twenty-five hundred", "two hundred and fifty", "a
 * thousand"). Its value is `parseNumber`'s, null where the words make no one number ("two and three").
 */
export const NUMBER_PHRASE = `(?:(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:[ \\t\\u00a0-]+(?:${SCALE_WORDS.join('|')}))?`
  + `|(?:${UNIT_WORDS})(?:[ \\t\\u00a0-]+(?:and[ \\t\\u00a0]+)?(?:${UNIT_WORDS}|${SCALE_WORDS.join('|')})){0,6}`
  // "a" is a number only before a scale word ("a hundred", "a thousand"): "a further five hundred officers" counts five hundred.
  + `|a(?:[ \\t\\u00a0-]+(?:and[ \\t\\u00a0]+)?(?:${UNIT_WORDS}|${SCALE_WORDS.join('|')})){1,6})`;

/** The value of a phrase that is one number and nothing else ("6,000", "twenty thousand"); null otherwise. */
export function parseNumber(phrase: string): number | null {
  const found = numbersIn(phrase);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === phrase.length ? found[0]!.value : null;
}

const SCALE_WORD = new RegExp(`\\b(?:${SCALE_WORDS.join('|')})\\b`, 'i');
/** Whether a number phrase has a scale word ("hundred", "thousand", …). */
export const hasScaleWord = (phrase: string) => SCALE_WORD.test(phrase);
