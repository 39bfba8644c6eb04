// Spans of the article (entity mentions, names already taken) kept sorted by start offset, so that asking
// what lies inside or across a stretch of text costs a binary search and the spans near it, not a scan
// of every span found so far: on a long article the scans made extraction quadratic.
import type { Span } from './text.js';

export class SpanIndex<T extends Span> {
  private readonly items: T[] = [];
  /** The longest span added: a span overlapping [start, end) starts no earlier than start - longest. */
  private longest = 0;

  get size(): number { return this.items.length; }

  /** Adds a span after those with the same start, so equal starts keep the order they were added in. */
  add(item: T): void {
    this.items.splice(this.firstStartingAfter(item.start), 0, item);
    this.longest = Math.max(this.longest, item.end - item.start);
  }

  /** Whether any span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (let i = this.firstStartingAtOrAfter(start - this.longest); i < this.items.length && this.items[i]!.start < end; i++) {
      if (this.items[i]!.end > start) return true;
    }
    return false;
  }

  /** The spans lying wholly inside [start, end), by start offset. */
  within(start: number, end: number): T[] {
    const inside: T[] = [];
    for (let i = this.firstStartingAtOrAfter(start); i < this.items.length && this.items[i]!.start < end; i++) {
      if (this.items[i]!.end <= end) inside.push(this.items[i]!);
    }
    return inside;
  }

  /** The nearest span starting before `offset` that satisfies `test`, searching backwards. */
  lastBefore(offset: number, test: (item: T) => boolean): T | undefined {
    for (let i = this.firstStartingAtOrAfter(offset) - 1; i >= 0; i--) if (test(this.items[i]!)) return this.items[i];
    return undefined;
  }

  private firstStartingAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.items[mid]!.start < offset) lo = mid + 1; else hi = mid; }
    return lo;
  }

  private firstStartingAfter(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.items[mid]!.start <= offset) lo = mid + 1; else hi = mid; }
    return lo;
  }
}

/** The sentence (or any sorted, non-overlapping span) holding an offset, by binary search; the last one past the end. */
export function spanAt<T extends Span>(spans: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid]!.start) hi = mid - 1;
    else if (offset >= spans[mid]!.end) lo = mid + 1;
    else return spans[mid];
  }
  return undefined;
}

const WORD_CHAR = /\w/;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** The start offsets of every run of word characters (\w, as a pattern's \b sees words), by the run. */
export class WordIndex {
  private readonly starts = new Map<string, number[]>();
  constructor(private readonly text: string) {
    for (const m of text.matchAll(/\w+/g)) {
      const list = this.starts.get(m[0]);
      if (list) list.push(m.index); else this.starts.set(m[0], [m.index]);
    }
  }

  /** Where `phrase` occurs as /\bphrase\b/ would find it, in text order; a phrase that does not start with a word character is searched for. */
  find(phrase: string): number[] {
    const lead = /^\w+/.exec(phrase)?.[0];
    const end = (at: number) => isWordChar(this.text[at + phrase.length - 1]) !== isWordChar(this.text[at + phrase.length]);
    if (lead === undefined) {
      const found: number[] = [];
      for (let at = this.text.indexOf(phrase); at >= 0 && phrase; at = this.text.indexOf(phrase, at + 1)) {
        if (isWordChar(this.text[at - 1]) !== isWordChar(this.text[at]) && end(at)) found.push(at);
      }
      return found;
    }
    return (this.starts.get(lead) ?? []).filter((at) => this.text.startsWith(phrase, at) && end(at));
  }
}
