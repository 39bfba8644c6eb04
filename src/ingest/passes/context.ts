// What a pass module works on: the document, the facts proposed so far (typed with the row schemas of
// src/collections, less the fields the build fills in), and the few ways of adding to them that keep ids
// unique, citations single and inferred dates noted. extract() makes one context per article and hands
// it to each pass in the order src/ingest/pipeline.ts gives.
import type { Claim } from '../../collections/claims.js';
import type { Deployment } from '../../collections/deployments.js';
import type { Event } from '../../collections/events.js';
import type { Measure } from '../../collections/measures.js';
import type { Organization } from '../../collections/organizations.js';
import type { Person } from '../../collections/people.js';
import type { Place } from '../../collections/places.js';
import type { Protest } from '../../collections/protests.js';
import type { Statement } from '../../collections/statements.js';
import type { FoundDate } from '../dates.js';
import type { ArticleDocument } from '../document.js';
import { withoutDiacritics } from '../../lib/letters.js';
import { slugify } from '../input.js';
import type { Span } from '../text.js';

export interface Cite { source: string; quote: string }

/** The fields the build or the reviewer fills in, never a proposal. */
type Filled = 'note' | 'review' | 'reviewed_by' | 'reviewed_at' | 'challenges' | 'citations' | 'derived';
/**
 * A proposed row: the collection's row less what the build fills in, with its citations as quotes, what
 * was inferred (`derived`, `note`) and the ids of the rules that proposed it.
 */
export type Proposed<Row> = Omit<Row, Filled> & { derived?: boolean; note?: string; rules?: string[]; citations: Cite[] };

export type OrganizationDraft = Proposed<Organization>;
export type PersonDraft = Proposed<Person>;
export type PlaceDraft = Proposed<Place>;
export type EventDraft = Proposed<Event>;
export type DeploymentDraft = Proposed<Deployment>;
export type ProtestDraft = Proposed<Protest>;
export type MeasureDraft = Proposed<Measure>;
export type StatementDraft = Proposed<Statement>;
/** A claim extraction proposes: one side of a disagreement the article itself states (the build computes `status`). */
export type ClaimDraft = Omit<Proposed<Claim>, 'status'>;

/** The facts the passes propose, a typed list per collection; claims only where the article states two sides. */
export interface Drafts {
  people: PersonDraft[]; organizations: OrganizationDraft[]; places: PlaceDraft[]; events: EventDraft[];
  deployments: DeploymentDraft[]; protests: ProtestDraft[]; measures: MeasureDraft[]; statements: StatementDraft[]; claims: ClaimDraft[];
}
export type DraftKind = keyof Drafts;
type AnyDraft = Drafts[DraftKind][number];

/** A match of a pattern with its offset in the article. */
export type Found = RegExpExecArray & { pos: number };

export interface PassContext {
  readonly doc: ArticleDocument;
  readonly published: string;
  readonly facts: Drafts;
  /** Organizations by name key, alias key and lower-case acronym (orgKey in passes/entities.ts). */
  readonly orgByKey: Map<string, OrganizationDraft>;
  /** Places by lower-case name. */
  readonly placeByName: Map<string, PlaceDraft>;
  /** The event the article is about, once the events pass has found it. */
  mainEvent: EventDraft | undefined;
  /** A fresh id from a name ("drone-ban", then "drone-ban-2"). */
  newId(base: string): string;
  /** Adds a citation once; none when no quote was found. */
  addCitation(fact: { citations: Cite[] }, cite: Cite | null): void;
  /** Marks a fact derived and says in its note what was inferred (several inferences join with "; "). */
  infer(fact: { derived?: boolean; note?: string }, what: string): void;
  /** A fact takes a found date: an inferred one makes it derived, its note saying what was inferred. */
  inferDate(fact: { derived?: boolean; note?: string }, date: FoundDate): void;
  /** Every match of a pattern in the article (or a span of it), with its offset in the article. */
  matches(pattern: RegExp, within?: Span): Generator<Found>;
  /** The matches outside Title Case headings: rules that read names from capitals do not read a title. */
  matchesOutsideTitles(pattern: RegExp): Generator<Found>;
  /** Adds a rule's id to the fact's `rules`, once. */
  ruled(fact: { rules?: string[] }, ruleId: string): void;
}

/** More facts than any news article yields (the largest fixture gives under 50): a reviewer cannot check more. */
export const MAX_PROPOSALS = 2000;

/** How many facts the passes have proposed so far. */
export const proposalCount = (facts: Drafts) => Object.values(facts).reduce((n, list: unknown[]) => n + list.length, 0);

const globalCopies = new Map<string, RegExp>();
/**
 * The pattern with the g flag, compiled once per pattern and reset to search from the start; a fresh copy
 * when the cached one is mid-search (a loop over the same pattern inside another).
 */
function globalCopy(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const key = `${flags}/${pattern.source}`;
  const cached = globalCopies.get(key);
  if (cached && cached.lastIndex === 0) return cached;
  const re = new RegExp(pattern.source, flags);
  if (!cached) globalCopies.set(key, re);
  return re;
}


/** Names looked up with case and diacritics folded: "YAOUNDE" in a dateline and "Yaoundé" in the text are one place. */
class FoldedNames<T> extends Map<string, T> {
  private static key = (name: string) => withoutDiacritics(name).toLowerCase();
  override get(name: string) { return super.get(FoldedNames.key(name)); }
  override has(name: string) { return super.has(FoldedNames.key(name)); }
  override set(name: string, value: T) { return super.set(FoldedNames.key(name), value); }
}

export function createContext(doc: ArticleDocument, published: string): PassContext {
  const usedIds = new Set<string>();
  /** The next number to try after a slug already used, so that many facts of one name cost no rescans. */
  const nextSuffix = new Map<string, number>();
  const infer = (fact: { derived?: boolean; note?: string }, what: string) => {
    fact.derived = true;
    fact.note = fact.note ? `${fact.note}; ${what}` : what;
  };
  return {
    doc, published, mainEvent: undefined, orgByKey: new Map(), placeByName: new FoldedNames<PlaceDraft>(),
    facts: { people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [] },
    newId(base) {
      const slug = slugify(base, 8) || 'fact';
      let id = slug;
      let n = nextSuffix.get(slug) ?? 2;
      for (; usedIds.has(id); n++) id = `${slug}-${n}`;
      nextSuffix.set(slug, n);
      usedIds.add(id);
      return id;
    },
    addCitation(fact, cite) {
      if (cite && !fact.citations.some((c) => c.quote === cite.quote)) fact.citations.push(cite);
    },
    infer,
    inferDate(fact, date) {
      if (date.derived) infer(fact, date.note ?? `date of '${date.text}' inferred`);
    },
    *matches(pattern, within = { start: 0, end: doc.text.length }) {
      const body = within.start === 0 && within.end === doc.text.length ? doc.text : doc.text.slice(within.start, within.end);
      const re = globalCopy(pattern);
      try {
        for (let m; (m = re.exec(body));) {
          if (!m[0]) { re.lastIndex++; continue; }
          yield Object.assign(m, { pos: within.start + m.index });
        }
      } finally {
        re.lastIndex = 0;
      }
    },
    *matchesOutsideTitles(pattern) {
      for (const m of this.matches(pattern)) if (!doc.isTitle(doc.sentenceAt(m.pos))) yield m;
    },
    ruled(fact, ruleId) {
      const rules = fact.rules ??= [];
      if (!rules.includes(ruleId)) rules.push(ruleId);
    },
  };
}

export type { AnyDraft };
