// What a pass module may use: the document, the facts found so far, and the few ways of adding to them
// that keep ids unique, citations single and inferred dates noted. Extraction provides it.
import type { FoundDate } from '../dates.js';
import type { ArticleDocument } from '../document.js';
import type { Cite, Fact, Facts } from '../extract.js';
import type { Span } from '../text.js';

export interface PassContext {
  readonly doc: ArticleDocument;
  readonly facts: Facts;
  /** A fresh id from a name ("drone-ban", then "drone-ban-2"). */
  newId(base: string): string;
  /** Adds a citation once; none when no quote was found. */
  addCitation(fact: Fact, cite: Cite | null): void;
  /** A fact takes a found date: an inferred one makes it derived, its note saying what was inferred. */
  inferDate(fact: Fact, date: FoundDate): void;
  /** Every match of a pattern in the article (or a span of it), with its offset in the article. */
  matches(pattern: RegExp, within?: Span): Generator<RegExpExecArray & { pos: number }>;
}
