// What resolution decides for one article, and the trust rule every decision goes through: a proposal adds
// a citation to a known fact only when it states the same thing; any other value for a fact a person
// reviewed is a pending challenge (a machine claim the reviewed row lists in `challenges`), never an edit;
// on a machine fact it is a disputed claim pair, as before. Facts whose body, event or speaker cannot be
// resolved are listed as unresolved with their sentence instead of being proposed against a guess.
import type { Item } from '../../db/columns.js';
import { FACT_KINDS, type Cite, type Fact, type FactKind, type Facts } from '../extract.js';
import { slugify } from '../input.js';

export interface Corroboration { collection: FactKind; id: string; citation: Cite }
export interface Update { collection: FactKind; id: string; set: Record<string, unknown> }
/** A claim contesting a reviewed row: accept adds the claim's id to the row's `challenges`. */
export interface Challenge { collection: FactKind; id: string; claim: string }
/** A sentence ingest could not attach to a known or new entity without guessing. */
export interface Unresolved { collection: FactKind; what: 'body' | 'event' | 'speaker'; mention: string; sentence: string; reason: string }
export interface KindSummary { proposed: number; matched: number; new: number; disputed: number; challenged: number; unresolved: number }

export type Kb = Map<string, Item[]>;
/** Unresolved entries given their whole sentence; later ones quote their mention only. */
const SENTENCES_LOOKED_UP = 200;
const kbCites = (item: Item): Cite[] => (item.citations as Array<{ source_id: string; quote: string }>).map((c) => ({ source: c.source_id, quote: c.quote }));
export const isReviewed = (item: Item) => item.review !== 'machine';

/** The sentence of an article a quote stands in, when the article is known and the sentence occurs once; else the quote. */
export function sentenceOf(text: string | undefined, quote: string): string {
  if (!text) return quote;
  const at = text.indexOf(quote);
  if (at < 0) return quote;
  let start = at;
  while (start > 0 && !(/[.!?\n]/.test(text[start - 1]!) && /\s/.test(text[start] ?? ''))) start--;
  let end = at + quote.length;
  while (end < text.length && !(/[.!?]/.test(text[end - 1]!) && /\s/.test(text[end]!)) && text[end] !== '\n') end++;
  const sentence = text.slice(start, end).trim();
  return text.indexOf(sentence) === text.lastIndexOf(sentence) ? sentence : quote;
}

export class Ledger {
  readonly facts: Facts = { people: [], organizations: [], places: [], events: [], deployments: [], protests: [], measures: [], statements: [], claims: [] };
  readonly citationsAdded: Corroboration[] = [];
  readonly updates: Update[] = [];
  readonly challenges: Challenge[] = [];
  readonly unresolved: Unresolved[] = [];
  readonly renames = new Map<string, string>();
  /** The claims this ledger wrote (their references are final ids already: known rows' or renamed proposals'). */
  readonly contests = new Set<Fact>();
  readonly summary: Record<FactKind, KindSummary>;
  private readonly taken: Set<string>;

  constructor(proposed: Facts, readonly kb: Kb, existingIds: Set<string>, readonly text?: string) {
    this.taken = new Set(existingIds);
    this.summary = Object.fromEntries(FACT_KINDS.map((k) => [k, { proposed: proposed[k].length, matched: 0, new: 0, disputed: 0, challenged: 0, unresolved: 0 }])) as Record<FactKind, KindSummary>;
  }

  items(kind: string): Item[] { return this.kb.get(kind) ?? []; }

  /** The known fact gains the proposal's citations it lacks (the proposal states the same thing). */
  corroborate(collection: FactKind, item: Item, fact: Fact, citations = fact.citations): void {
    const known = new Set(kbCites(item).map((c) => `${c.source}\n${c.quote}`));
    for (const citation of citations) {
      if (!known.has(`${citation.source}\n${citation.quote}`)) this.citationsAdded.push({ collection, id: item.id, citation });
    }
    this.summary[collection].matched++;
  }

  keep(collection: FactKind, fact: Fact): void {
    const id = this.freeId(fact.id);
    if (id !== fact.id) this.renames.set(fact.id, id);
    this.facts[collection].push({ ...fact, id });
    this.summary[collection].new++;
  }

  /** A field the known row lacks: filled on a machine row; on a reviewed row, a challenge a person decides. */
  fill(collection: FactKind, item: Item, field: string, value: string, citations: Cite[]): void {
    if (isReviewed(item)) this.contest(collection, item, field, null, value, citations);
    else this.updates.push({ collection, id: item.id, set: { [field]: value } });
  }

  /**
   * Another value for a known fact. On a reviewed row: one machine claim with the new value, citing the new
   * article's words and then the row's own, listed in the row's `challenges`; the row is not changed. On a
   * machine row: a disputed pair, the old value (citing the row) and the new one disputing it.
   */
  contest(collection: FactKind, subject: Item, predicate: string, oldValue: string | null, newValue: string, citations: Cite[]): void {
    // A value a pending claim already gives (an earlier article's challenge or dispute) gains the citation instead.
    const pending = this.items('claims').find((c) => c.review === 'machine' && c.subject_id === subject.id && c.predicate === predicate && c.value === newValue);
    if (pending) { this.corroborate('claims', pending, { id: pending.id, citations }); return; }
    const newId = this.freeId(`${subject.id}-${slugify(predicate)}-${slugify(newValue)}`);
    if (isReviewed(subject)) {
      const words = this.widen(citations);
      const note = `Challenges the reviewed ${predicate} of ${subject.id}${oldValue === null ? ' (unset there)' : ` (${oldValue})`}: the first citation is the new article's, the others the reviewed row's.`;
      this.push({ id: newId, subject_id: subject.id, predicate, object_id: null, value: newValue, disputed_by: [], derived: false, note, citations: [...words, ...kbCites(subject).filter((c) => !words.some((w) => w.quote === c.quote))] });
      this.challenges.push({ collection, id: subject.id, claim: newId });
      this.summary[collection].challenged++;
      return;
    }
    const existing = this.items('claims').find((c) => c.subject_id === subject.id && c.predicate === predicate && c.value === oldValue);
    const oldId = existing?.id ?? `${subject.id}-${slugify(predicate)}-${slugify(String(oldValue))}`;
    if (!existing && !this.facts.claims.some((c) => c.id === oldId)) {
      this.push({ id: oldId, subject_id: subject.id, predicate, object_id: null, value: oldValue, disputed_by: [], derived: false, citations: kbCites(subject) });
      this.taken.add(oldId);
    }
    this.push({ id: newId, subject_id: subject.id, predicate, object_id: null, value: newValue, disputed_by: [oldId], derived: false, citations });
    this.summary[collection].disputed++;
  }

  /** A new claim about a known or proposed row (its subject's id final already): a single value no other source contests yet. */
  state(subjectId: string, predicate: string, value: string, citations: Cite[], note: string): void {
    this.push({ id: this.freeId(`${subjectId}-${slugify(predicate)}-${slugify(value)}`), subject_id: subjectId, predicate, object_id: null, value, disputed_by: [], derived: false, note, citations });
    this.summary.claims.new++;
  }

  /**
   * Two values of one quantity that one article gives, the new one correcting the earlier ("14,200 officers,
   * rather than the "about 12,000" announced"), where no known fact holds the earlier: a disputed pair, each
   * citing the article's own words for it.
   */
  stateCorrected(subjectId: string, predicate: string, earlier: { value: string; citations: Cite[] }, value: string, citations: Cite[], note: string): void {
    const oldId = this.freeId(`${subjectId}-${slugify(predicate)}-${slugify(earlier.value)}`);
    this.push({ id: oldId, subject_id: subjectId, predicate, object_id: null, value: earlier.value, disputed_by: [], derived: false, note, citations: earlier.citations });
    this.push({ id: this.freeId(`${subjectId}-${slugify(predicate)}-${slugify(value)}`), subject_id: subjectId, predicate, object_id: null, value, disputed_by: [oldId], derived: false, note, citations });
    this.summary.claims.disputed++;
  }

  /** Sets a fact aside with its sentence: nothing known fits and nothing is invented. */
  setAside(collection: FactKind, fact: Fact, what: Unresolved['what'], mention: string, reason: string): void {
    const quote = fact.citations[0]?.quote ?? mention;
    // Finding a sentence scans the article: past a list no reviewer reads whole, the quote stands for it,
    // so that a hostile article with thousands of bare counts stays linear.
    const sentence = this.unresolved.length < SENTENCES_LOOKED_UP ? sentenceOf(this.text, quote) : quote;
    this.unresolved.push({ collection, what, mention, sentence, reason });
    this.summary[collection].unresolved++;
  }

  private push(claim: Fact): void {
    this.facts.claims.push(claim);
    this.contests.add(claim);
  }

  /** A challenge cites whole sentences, so its reader sees the words around the new value ("300 more …, bringing it to …"). */
  private widen(citations: Cite[]): Cite[] {
    return citations.map((c) => ({ source: c.source, quote: sentenceOf(this.text, c.quote) }));
  }

  private freeId(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
