// The article as sentences with offsets, and quotes chosen so that each occurs exactly once in it.

export interface Span { start: number; end: number }
export interface Sentence extends Span { text: string; index: number }

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Prof|Sen|Rep|Gov|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx)|\b(?:[A-Z]\.){1,3}[A-Z]?)\.$/;

/** Lines are sentence boundaries (headlines, list items); inside a line, . ! ? followed by space and a capital. */
const DATELINE = /^[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,\s*[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+)?)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]{1,2}\s+/u;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end), index: out.length });
  };
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  const lines: Span[] = [];
  for (let m; (m = lineBreak.exec(text));) { lines.push({ start: lineStart, end: m.index }); lineStart = m.index + m[0].length; }
  lines.push({ start: lineStart, end: text.length });
  for (const line of lines) {
    const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
    // A wire dateline ("MADRID, June 2 - ", "SYDNEY (Reuters) - ") is not part of the first sentence.
    const dateline = DATELINE.exec(text.slice(line.start, line.end));
    let start = line.start + (dateline?.[0].length ?? 0);
    const body = text.slice(line.start, line.end);
    for (let m; (m = boundary.exec(body));) {
      const end = line.start + m.index + m[0].length;
      if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 12), end))) continue;
      // A quotation of several sentences stays one sentence with its attribution: "A. B," she said.
      const sofar = text.slice(start, end);
      if ((sofar.match(/"/g)?.length ?? 0) % 2 === 1 || (sofar.match(/“/g)?.length ?? 0) > (sofar.match(/”/g)?.length ?? 0)) continue;
      push(start, end);
      start = end;
    }
    push(start, line.end);
  }
  return out;
}

export function occurrences(text: string, quote: string, limit = 2): number {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0 && count < limit; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

/**
 * The shortest stretch of the sentence around [start, end) that occurs exactly once in the article, grown a
 * word at a time on each side; the whole sentence (with its neighbour if need be) as a last resort.
 */
export function uniqueQuote(text: string, sentence: Sentence, start: number, end: number): string | null {
  let from = start;
  let to = end;
  const words = (s: string) => s.trim();
  for (let round = 0; round < 60; round++) {
    const quote = words(text.slice(from, to));
    if (quote && occurrences(text, quote) === 1) return quote;
    if (from <= sentence.start && to >= sentence.end) break;
    const left = text.lastIndexOf(' ', Math.max(sentence.start, from - 2));
    const right = text.indexOf(' ', Math.min(sentence.end, to + 1));
    if (round % 2 === 0 && to < sentence.end) to = right < 0 || right > sentence.end ? sentence.end : right;
    else if (from > sentence.start) from = left < sentence.start ? sentence.start : left + 1;
    else to = right < 0 || right > sentence.end ? sentence.end : right;
  }
  return occurrences(text, sentence.text) === 1 ? sentence.text : null;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
