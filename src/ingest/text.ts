// The article as sentences with offsets, and quotes chosen so that each occurs exactly once in it.

export interface Span { start: number; end: number }
export interface Sentence extends Span { text: string; index: number }

/** Ranks and church titles written short before a name ("Lt. Ada Moen", "Msgr. Ivo Lenz"): no sentence ends at their stop. */
export const RANK_ABBREVIATIONS = 'Lt|Capt|Sgt|Col|Gen|Maj|Cpl|Supt|Insp|Cmdr|Msgr|Mgr';
const ABBREVIATIONS = new RegExp(`(?:\\b(?:Mr|Mrs|Ms|Dr|St|${RANK_ABBREVIATIONS}|Prof|Sen|Rep|Gov|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx)|\\b(?:[A-Z]\\.){1,3}[A-Z]?)\\.$`, 'u');

/** Lines are sentence boundaries (headlines, list items); inside a line, . ! ? followed by space and a capital. */
const DATELINE = /^\p{Lu}[\p{Lu}.'’ -]{1,30}[\p{Lu}.](?:,\s*[A-Z][\p{L}.]+(?:\s+(?:(?:and|of|the)\s+)?[A-Z][\p{L}.]+){0,2})?(?:,\s*(?:[A-Z][a-z]{2,5}day,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]{1,2}\s+/u;

/**
 * The longest sentence kept whole. Real sentences stay far below it (the longest in the fixtures is under
 * 300 characters); it bounds the work of every per-sentence rule on text with no sentence ends at all or
 * with an unclosed quotation, which would otherwise merge the rest of the line into one sentence.
 */
export const MAX_SENTENCE = 1000;

/** Quote characters between two offsets, counted once as the scan moves forward. */
class QuoteBalance {
  private straight = 0;
  private opened = 0;
  private closed = 0;
  private at: number;
  constructor(private readonly text: string, from: number) { this.at = from; }
  restart(from: number): void { this.straight = 0; this.opened = 0; this.closed = 0; this.at = from; }
  /** Whether a quotation opened since the start is still open at `to`. */
  openAt(to: number): boolean {
    for (; this.at < to; this.at++) {
      const ch = this.text[this.at];
      if (ch === '"') this.straight++;
      else if (ch === '“') this.opened++;
      else if (ch === '”') this.closed++;
    }
    return this.straight % 2 === 1 || this.opened > this.closed;
  }
}

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    for (const piece of capped(text, start, end)) out.push({ ...piece, text: text.slice(piece.start, piece.end), index: out.length });
  };
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  const lines: Span[] = [];
  for (let m; (m = lineBreak.exec(text));) { lines.push({ start: lineStart, end: m.index }); lineStart = m.index + m[0].length; }
  lines.push({ start: lineStart, end: text.length });
  // Words a correction withdraws are blanked (src/ingest/retractions.ts): a run of spaces after a stop ends the sentence too.
  const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9]|[^\S\n]{3})/g;
  for (const line of lines) {
    // A wire dateline ("MADRID, June 2 - ", "SYDNEY (Reuters) - ") is not part of the first sentence.
    const dateline = DATELINE.exec(text.slice(line.start, Math.min(line.end, line.start + 200)));
    let start = line.start + (dateline?.[0].length ?? 0);
    const body = text.slice(line.start, line.end);
    const quotes = new QuoteBalance(text, start);
    boundary.lastIndex = 0;
    for (let m; (m = boundary.exec(body));) {
      const end = line.start + m.index + m[0].length;
      // A full stop inside the dateline ("Sept. 16") ends no sentence: the first one starts after the dateline.
      if (end <= start) continue;
      if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 12), end))) continue;
      // "at about 4:40 a.m. (0240 GMT) during a shift change": a time's parenthesis goes on with its sentence.
      if (/\b[ap]\.m\.$/u.test(text.slice(end - 5, end)) && /^\s+\(/u.test(text.slice(end, end + 4))) continue;
      // A quotation of several sentences stays one sentence with its attribution: "A. B," she said; up to
      // the length cap, so an unclosed quote does not swallow the rest of the line.
      if (quotes.openAt(end) && end - start < MAX_SENTENCE) continue;
      push(start, end);
      start = end;
      quotes.restart(start);
    }
    push(start, line.end);
  }
  return out;
}

/** [start, end) cut into pieces of at most MAX_SENTENCE characters, at the last space before the cap where there is one. */
function capped(text: string, start: number, end: number): Span[] {
  const pieces: Span[] = [];
  while (end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
    pieces.push({ start, end: cut });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) pieces.push({ start, end });
  return pieces;
}

export function occurrences(text: string, quote: string, limit = 2): number {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0 && count < limit; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

/**
 * Counts where a quote occurs in one article, through an index of its whitespace-separated words (by their
 * first letters) built once: a quote occurs only where its rarest word after a space does, so a check
 * costs that word's few places instead of a scan of the whole article, which made citing every fact of a
 * long article quadratic.
 */
export class QuoteIndex {
  private static readonly KEY = 4;
  private readonly places = new Map<string, number[]>();
  private readonly known = new Map<string, boolean>();
  constructor(readonly text: string) {
    for (const m of text.matchAll(/\S+/g)) {
      const key = m[0].slice(0, QuoteIndex.KEY);
      const list = this.places.get(key);
      if (list) list.push(m.index); else this.places.set(key, [m.index]);
    }
  }

  /** Occurrences of the quote, counting no further than `limit`. */
  count(quote: string, limit = 2): number {
    let rarest: { at: number[]; offset: number } | undefined;
    // A word after a space in the quote starts a word wherever the quote occurs; the last one may be cut
    // short, so it serves only when it is long enough to hold the whole key.
    for (const m of quote.matchAll(/\S+/g)) {
      if (m.index === 0 || (m.index + m[0].length === quote.length && m[0].length < QuoteIndex.KEY)) continue;
      const at = this.places.get(m[0].slice(0, QuoteIndex.KEY)) ?? [];
      if (!rarest || at.length < rarest.at.length) rarest = { at, offset: m.index };
    }
    if (!rarest) return occurrences(this.text, quote, limit);
    let count = 0;
    for (const at of rarest.at) if (this.text.startsWith(quote, at - rarest.offset) && ++count >= limit) break;
    return count;
  }

  /** Whether the quote occurs exactly once (remembered for long quotes, which are whole sentences asked again and again). */
  unique(quote: string): boolean {
    if (quote.length < 80) return quote.length > 0 && this.count(quote) === 1;
    let once = this.known.get(quote);
    if (once === undefined) this.known.set(quote, once = this.count(quote) === 1);
    return once;
  }
}

/**
 * The shortest stretch of the sentence around [start, end) that occurs exactly once in the article, grown a
 * word at a time on each side; the whole sentence as a last resort (Document.cite then tries its line's neighbours).
 */
export function uniqueQuote(quotes: QuoteIndex, sentence: Sentence, start: number, end: number): string | null {
  // Every stretch of a sentence that occurs twice occurs twice too: nothing inside it can be quoted.
  // The written words: a line break read as a space (src/ingest/subtitles.ts) is a line break in the article.
  const text = quotes.text;
  if (start >= sentence.start && end <= sentence.end && !quotes.unique(text.slice(sentence.start, sentence.end))) return null;
  let from = start;
  let to = end;
  const words = (s: string) => s.trim();
  for (let round = 0; round < 60; round++) {
    const quote = words(text.slice(from, to));
    if (quote && quotes.unique(quote)) return quote;
    if (from <= sentence.start && to >= sentence.end) break;
    const left = text.lastIndexOf(' ', Math.max(sentence.start, from - 2));
    const right = text.indexOf(' ', Math.min(sentence.end, to + 1));
    if (round % 2 === 0 && to < sentence.end) to = right < 0 || right > sentence.end ? sentence.end : right;
    else if (from > sentence.start) from = left < sentence.start ? sentence.start : left + 1;
    else to = right < 0 || right > sentence.end ? sentence.end : right;
  }
  const written = text.slice(sentence.start, sentence.end);
  return quotes.unique(written) ? written : null;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Where the clause around an offset starts and ends: ", and", ", but", ", while" and ";" part two clauses of a sentence. */
export function clauseAround(s: Sentence, at: number): { start: number; end: number } {
  const breaks = [...s.text.matchAll(/,\s+(?:and|but|while|whereas)\s|;\s/g)].map((b) => s.start + b.index);
  return { start: breaks.filter((b) => b < at).at(-1) ?? s.start, end: breaks.find((b) => b > at) ?? s.end };
}
