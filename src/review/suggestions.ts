// References offered in one click on an article's cards: for a reference field a fact leaves empty, the rows
// of the target collection that the same article cites (the city its venues lie in, the event its forces
// are deployed for, the body its closures are run by), those that already fill the same field for other rows
// first, then in the article's order. A reviewer who would otherwise click the field, type
// part of a name and pick it from the search list (three actions and a dozen characters) clicks the name.
// Only fields the knowledge base usually fills are offered, read from the reviewed rows themselves: where
// checked rows of a collection (of the same kind, when it has kinds) mostly leave a field empty, as an
// organization's parent or a country's `within_id`, its emptiness is no sign of a mistake.
import { FACT_COLLECTIONS, type FactCollection } from '../collections/index.js';
import type { Item } from '../db/columns.js';
import { referenceFields } from '../db/references.js';
import { entities } from '../db/schema.js';
import type { Seed } from '../db/seed.js';
import { editableFields } from './actions.js';

/** One name a reviewer can put in an empty reference field of a fact. */
export interface Suggestion { id: string; title: string }
/** The empty reference fields of a fact worth filling, each with the article's rows that could fill it. */
export type Suggestions = Map<string, Suggestion[]>;

/** At most this many names per field: past it, the search list is as quick. */
export const SUGGESTIONS_PER_FIELD = 4;
/** A field counts as usually filled when at least this share of the reviewed rows compared fill it… */
const USUALLY = 0.5;
/** …and at least this many reviewed rows were compared (fewer say nothing). */
const ENOUGH_ROWS = 5;

interface Cited { source_id: string; start: number }
const citationsOf = (item: Item) => item.citations as Cited[];
const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && !value.length);
const kindOf = (item: Item) => (typeof item.kind === 'string' ? item.kind : '');

/** A collection's reference fields a reviewer sets, by id lists or single ids (not ids inside objects, not ids of any type). */
function pickableFields(spec: FactCollection): Array<{ field: string; targets: FactCollection[] }> {
  const editable = new Set(editableFields(spec));
  return referenceFields(spec).filter((r) => !r.objects && r.target !== entities && editable.has(r.field))
    .map((r) => ({ field: r.field, targets: FACT_COLLECTIONS.filter((c) => c.table === r.target) }));
}

/** Whether reviewed rows like this one (same collection and kind; the collection alone when the kind has too few) mostly fill a field. */
function usuallyFilled(reviewed: Item[], item: Item, field: string): boolean {
  const sameKind = reviewed.filter((row) => kindOf(row) === kindOf(item));
  const compared = sameKind.length >= ENOUGH_ROWS ? sameKind : reviewed;
  if (compared.length < ENOUGH_ROWS) return false;
  return compared.filter((row) => !isEmpty(row[field])).length / compared.length >= USUALLY;
}

/** How often each id fills each reference field across the knowledge base: a city that holds other places' `within_id` is likelier to hold this one's than a venue is. */
function fieldUse(seed: Seed): Map<string, number> {
  const used = new Map<string, number>();
  for (const spec of FACT_COLLECTIONS) {
    for (const { field } of pickableFields(spec)) {
      for (const row of seed.facts.get(spec.name) ?? []) {
        const value = row[field];
        for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') used.set(`${field}\n${id}`, (used.get(`${field}\n${id}`) ?? 0) + 1);
      }
    }
  }
  return used;
}

/** Each collection's rows citing the article, in the article's order (its first words: the dateline's city, the lede's event). */
function citedRows(seed: Seed, sourceId: string): Map<string, Array<Suggestion & { first: number }>> {
  return new Map(FACT_COLLECTIONS.map((spec) => [spec.name, (seed.facts.get(spec.name) ?? []).flatMap((row) => {
    const starts = citationsOf(row).filter((c) => c.source_id === sourceId).map((c) => c.start);
    return starts.length ? [{ id: row.id, title: spec.title(row) || row.id, first: Math.min(...starts) }] : [];
  }).sort((a, b) => a.first - b.first)]));
}

/**
 * What an article's page offers its facts: per empty reference field the knowledge base usually fills, the
 * article's rows that could fill it (the fact itself aside). Reads the seed once per page.
 */
export function articleSuggestions(seed: Seed, sourceId: string): (spec: FactCollection, item: Item) => Suggestions {
  const cited = citedRows(seed, sourceId);
  const used = fieldUse(seed);
  const reviewed = new Map(FACT_COLLECTIONS.map((spec) => [spec.name, (seed.facts.get(spec.name) ?? []).filter((row) => row.review === 'reviewed')]));
  return (spec, item) => {
    const offered: Suggestions = new Map();
    for (const { field, targets } of pickableFields(spec)) {
      if (!isEmpty(item[field]) || !usuallyFilled(reviewed.get(spec.name)!, item, field)) continue;
      const use = (id: string) => used.get(`${field}\n${id}`) ?? 0;
      // The rows that already fill this field elsewhere first, then the article's order.
      const rows = targets.flatMap((target) => cited.get(target.name) ?? []).filter((row) => row.id !== item.id)
        .sort((a, b) => use(b.id) - use(a.id) || a.first - b.first).slice(0, SUGGESTIONS_PER_FIELD);
      if (rows.length) offered.set(field, rows.map(({ id, title }) => ({ id, title })));
    }
    return offered;
  };
}

/** Whether a field takes a list of ids (a suggestion then sets a list of one). */
export const takesList = (spec: FactCollection, field: string) => referenceFields(spec).some((r) => r.field === field && r.list);
