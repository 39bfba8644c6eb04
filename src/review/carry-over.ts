// The references a new fact's form starts with when the words selected do not name them: those the reviewer
// last chose on the same article's page (a fact added, or edited, there). Adding a second deployment of the
// same event, or a seventh street within the same city, is then a check rather than a search; the form shows
// what it carried over and one key clears it, and nothing is written until Save (where the build checks
// judge it as any value typed). Kept by the running app, not in the seed: the seed does not say which of an
// article's reviewed facts a person chose and which they accepted as the machine proposed them.
import type { FactCollection } from '../collections/index.js';
import { controlFor } from './form.js';
import { referenceTargets } from './lookup.js';

/** What a carried single reference may point at: the event, the body, the container a run of added facts share. */
const CARRIED_TARGETS = new Set(['events', 'organizations', 'places']);
/**
 * What a carried list may point at: the bodies running or organising one measure after another. Not places: where
 * each measure or force stands is its own (over the seed's checked facts a carried place list was never right,
 * scripts/review-prefill-figures.ts).
 */
const CARRIED_LIST_TARGETS = new Set(['organizations']);

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);

/**
 * The reference fields of a collection that carry over, each with the collections it points into: one event,
 * body or containing place (`event_id`, `organization_id`, `within_id`), or a list of bodies (`operator_ids`);
 * a speaker, the rows a statement is about, or a list of places change from fact to fact.
 */
function carriedFields(spec: FactCollection): Array<{ field: string; key: string }> {
  return Object.keys(spec.schema.properties).flatMap((field) => {
    const type = controlFor(spec.schema.properties[field]!).type;
    const allowed = type === 'id' ? CARRIED_TARGETS : type === 'ids' ? CARRIED_LIST_TARGETS : undefined;
    const targets = allowed && referenceTargets(spec, field);
    return allowed && targets?.length && targets.every((t) => allowed.has(t)) ? [{ field, key: `${field} ${targets.join()}` }] : [];
  });
}

/** The references last chosen on each article's page of one running app, by field and the collections it points into. */
export class ChosenReferences {
  private readonly bySource = new Map<string, Map<string, unknown>>();

  /** Remembers the references a fact saved from an article's page holds (`event_id`, `within_id`, `operator_ids`, …). */
  remember(source: string, spec: FactCollection, row: Record<string, unknown>): void {
    const chosen = this.bySource.get(source) ?? new Map<string, unknown>();
    for (const { field, key } of carriedFields(spec)) if (!isEmpty(row[field])) chosen.set(key, row[field]);
    this.bySource.set(source, chosen);
  }

  /** The reference fields of a new `spec` fact left empty in `values`, each set to the last value chosen for the same field on the article. */
  carried(source: string, spec: FactCollection, values: Record<string, unknown>): Record<string, unknown> {
    const chosen = this.bySource.get(source);
    if (!chosen) return {};
    return Object.fromEntries(carriedFields(spec).filter(({ field, key }) => isEmpty(values[field]) && chosen.has(key)).map(({ field, key }) => [field, chosen.get(key)]));
  }
}
