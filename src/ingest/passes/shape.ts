// The last pass: every proposal's fields in one order, the seed's: its own fields, then `derived` (false
// where nothing was inferred, on the collections that have it), `note`, the ids of the rules that
// proposed it, and its citations. Forces named only by generic nouns leave the organizations here, and so does
// any fact no quote supports.
import { collectionByName } from '../../collections/index.js';
import type { AnyDraft, DraftKind, Drafts, PassContext } from './context.js';
import { isGenericForceId } from './entities.js';
import { withoutReferencesTo } from '../fact-references.js';
import type { Facts } from '../extract.js';

/** The collections whose rows say whether they are derived (their schema has `derived`). */
const HAS_DERIVED = new Set([...collectionByName].filter(([, spec]) => 'derived' in spec.schema.properties).map(([name]) => name));

function shaped<T extends AnyDraft>(kind: DraftKind, { citations, derived, note, rules, ...fields }: T): T {
  return { ...fields, ...(HAS_DERIVED.has(kind) && { derived: derived ?? false }), ...(note !== undefined && { note }), ...(rules?.length && { rules }), citations } as T;
}

/**
 * No fact without its quote: a rule that found words it cannot quote once (a name whose every sentence occurs twice)
 * proposes nothing, rather than a row the build refuses. References to it go too, and a fact that needs it (a count
 * of that body, a statement of that speaker) goes with it.
 */
function withoutUncited(facts: Drafts): void {
  const dropped = new Set<AnyDraft>(Object.values(facts).flat().filter((fact) => !fact.citations.length && !isGenericForceId(fact.id)));
  // Each round adds the facts that needed one dropped before; the facts' count bounds the rounds.
  for (let size = 0; dropped.size > size;) {
    size = dropped.size;
    const ids = new Set([...dropped].map((fact) => fact.id));
    for (const orphan of withoutReferencesTo(facts as unknown as Facts, (id) => ids.has(id as string))) dropped.add(orphan as AnyDraft);
  }
  for (const kind of Object.keys(facts) as DraftKind[]) (facts[kind] as AnyDraft[]) = facts[kind].filter((fact: AnyDraft) => !dropped.has(fact));
}

export function shape(x: PassContext): void {
  const facts: Drafts = x.facts;
  withoutUncited(facts);
  // A force named only by generic nouns is no body: its mark stays on the facts that refer to it, for resolution.
  facts.organizations = facts.organizations.filter((o) => !isGenericForceId(o.id));
  for (const kind of Object.keys(facts) as DraftKind[]) {
    (facts[kind] as AnyDraft[]) = facts[kind].map((fact: AnyDraft) => shaped(kind, fact));
  }
}
