// The article as the extraction passes read it: its text, its sentences with the features each pass asks
// about (dates, whether it is a heading) computed once, indexes of its words and quotes, and the index of
// the entity mentions the passes have found so far (which later passes read: speakers, "about" lists,
// places near a number). Everything here is linear in the article or answers from an index.
import { readDates, type FoundDate } from './dates.js';
import type { Cite } from './passes/context.js';
import { SpanIndex, spanAt, WordIndex } from './spans.js';
import { QuoteIndex, sentences, uniqueQuote, type Sentence, type Span } from './text.js';

/** Most words of more than three letters capitalised. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/** The most characters of unpunctuated field lines read as text ("Moved: …\nSeconded: …"): a record's few fields. */
const FIELD_LINES_MAX = 300;

export type MentionType = 'person' | 'organization' | 'place' | 'event';
export type Mention = Span & { id: string; type: MentionType };

export class ArticleDocument {
  readonly sentences: Sentence[];
  /** The dates of each sentence by its index, relative dates read against the date the text last stated. */
  readonly dates = new Map<number, FoundDate[]>();
  /** Where each word starts: later mentions of a name are looked up, not searched for through the text once per name. */
  readonly words: WordIndex;
  /** Entity mentions in the order the passes found them. */
  readonly mentions: Mention[] = [];
  /** The same mentions by offset, for the questions asked of a stretch of text. */
  readonly mentionIndex = new SpanIndex<Mention>();
  private readonly quotes: QuoteIndex;
  /** Spans already taken by an entity name, so a place is not found inside an organization's name. */
  private readonly taken = new SpanIndex<Span>();
  private readonly headings = new Map<number, boolean>();
  /** The offset after each line break, in order: a line's start is a binary search, not a scan back through a long line. */
  private readonly lineStarts: number[] = [0];
  private readonly containsCache = new Map<string, boolean>();
  private readonly quoteStarts = new Map<string, number>();

  /** `written` is the article as written when `text` has words blanked (withdrawn by a correction): a quote is unique in it. */
  constructor(readonly text: string, readonly source: string, published: string, written = text) {
    this.sentences = sentences(text);
    this.quotes = new QuoteIndex(written);
    this.words = new WordIndex(text);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
    readDates(this.sentences, published).forEach((read, i) => this.dates.set(this.sentences[i]!.index, read.found));
  }

  /** Where the line holding the offset starts. */
  lineStart(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid; else high = mid - 1;
    }
    return this.lineStarts[low]!;
  }

  /**
   * Where a quote first occurs in the text, -1 if nowhere: remembered, since every fact's citations are looked up
   * again and again while later passes ask whether words are already counted.
   */
  quoteStart(quote: string): number {
    let at = this.quoteStarts.get(quote);
    if (at === undefined) this.quoteStarts.set(quote, at = this.text.indexOf(quote));
    return at;
  }

  sentenceAt(offset: number): Sentence {
    return spanAt(this.sentences, offset) ?? this.sentences.at(-1)!;
  }

  /** The shortest words around [start, end) that occur once in the article, as a citation; null if none do. */
  cite(start: number, end: number): Cite | null {
    const sentence = this.sentenceAt(start);
    const quote = uniqueQuote(this.quotes, sentence, start, end) ?? this.quoteWithNeighbours(sentence, start, end);
    return quote ? { source: this.source, quote } : null;
  }

  /**
   * A sentence that occurs twice ("Harbour Bridge." as an item of a key and again at the end of a later line) is
   * quoted with the words of its line's next sentence, else its previous one: a fact is never left without a quote
   * the article holds once.
   */
  private quoteWithNeighbours(sentence: Sentence, start: number, end: number): string | null {
    const sameLine = (a: Sentence | undefined, b: Sentence | undefined) => a && b && !this.text.slice(a.end, b.start).includes('\n');
    const next = this.sentences[sentence.index + 1];
    const previous = this.sentences[sentence.index - 1];
    for (const [first, last] of [[sentence, next], [previous, sentence]] as const) {
      if (!sameLine(first, last)) continue;
      const joined = { start: first!.start, end: last!.end, text: this.text.slice(first!.start, last!.end), index: first!.index };
      const quote = uniqueQuote(this.quotes, joined, start, end);
      if (quote) return quote;
    }
    return null;
  }

  /** Whether a quote occurs exactly once in the article. */
  unique(quote: string): boolean {
    return this.quotes.unique(quote);
  }

  /** A headline or section heading: Title Case words and no closing punctuation ("Italian Command and Limited ICE Role"). */
  isHeading(sentence: Sentence): boolean {
    let heading = this.headings.get(sentence.index);
    if (heading === undefined) this.headings.set(sentence.index, heading = this.looksLikeHeading(sentence));
    return heading;
  }

  /**
   * A heading in Title Case ("Harbour Mayor Lays Out Festival Plan"): a title, whose capitals say nothing
   * about which words are names, so no person or body is read from it.
   */
  isTitle(sentence: Sentence): boolean {
    return this.isHeading(sentence) && titleCase(sentence.text);
  }

  private looksLikeHeading(sentence: Sentence): boolean {
    // A list item closed by ";" or "," runs on into the next: a clause, never a heading.
    if (/[.!?:;,"”]$/.test(sentence.text)) return false;
    // A bulleted item ("- Officers: about 900 from the Harbour Police Service") is a line of a list, never a heading.
    if (/^[-•*]\s/u.test(sentence.text)) return false;
    // The first line is the headline, in title case or not ("Dutch to deploy 27,000 police as …").
    if (sentence.start === this.text.search(/\S/) && !this.text.slice(sentence.start, sentence.end).includes('\n')) return true;
    // A record's field, a word and a colon, is no heading ("Moved: Councillor Ada Moen", "Venue: Harbour Stadium, Lakeside"),
    // nor a few such lines run together; a long run of unpunctuated lines stays a heading, read for nothing.
    if (sentence.text.length <= FIELD_LINES_MAX && /^\p{Lu}\p{Ll}+:[^\S\n]+\S/u.test(sentence.text)) return false;
    return titleCase(sentence.text);
  }

  /** Whether the article contains the phrase anywhere, asked once per phrase: rules ask again for every match. */
  contains(phrase: string): boolean {
    let found = this.containsCache.get(phrase);
    if (found === undefined) this.containsCache.set(phrase, found = this.text.includes(phrase));
    return found;
  }

  /** Whether the offset opens an item of a bulleted list: only a bullet and spaces before it on its line. */
  isListItem(offset: number): boolean {
    // A bullet line's lead is a few characters: looking back further would scan a long line once per number.
    return /(?:^|\n)[^\S\n]*[-•*][^\S\n]*$/.test(this.text.slice(Math.max(0, offset - 16), offset));
  }

  /** Whether an offset lies between quotation marks in its sentence (a slogan, a quoted name). */
  quoted(offset: number): boolean {
    const before = this.text.slice(this.sentenceAt(offset).start, offset);
    return ((before.match(/"/g)?.length ?? 0) % 2 === 1) || (before.lastIndexOf('“') > before.lastIndexOf('”'));
  }

  isTaken(start: number, end: number): boolean {
    return this.taken.overlaps(start, end);
  }

  /** Marks a span as a name already read, without a mention (a venue before its city is known). */
  take(start: number, end: number): void {
    this.taken.add({ start, end });
  }

  mention(id: string, type: MentionType, start: number, end: number): void {
    const mention = { id, type, start, end };
    this.mentions.push(mention);
    this.mentionIndex.add(mention);
    // An event's name may hold places ("Paris 2024 Games"); other names hide the words inside them.
    if (type !== 'event') this.taken.add({ start, end });
  }

  /** Mentions inside the span, leaving out those nested in a longer one ("Milan" in "central Milan"). */
  mentionsIn(span: Span, type?: MentionType): Mention[] {
    const inside = this.mentionIndex.within(span.start, span.end);
    return inside.filter((m) => (!type || m.type === type) && !inside.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  }

  placesIn(span: Span): string[] {
    return [...new Set(this.mentionsIn(span, 'place').map((m) => m.id))];
  }
}
