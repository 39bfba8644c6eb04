// The last pass: every proposal's fields in one order, the seed's: its own fields, then `derived` (false
// where nothing was inferred, on the collections that have it), `note`, the ids of the rules that
// proposed it, and its citations. Forces named only by generic nouns leave the organizations here.
import { collectionByName } from '../../collections/index.js';
import type { AnyDraft, DraftKind, Drafts, PassContext } from './context.js';
import { isGenericForceId } from './entities.js';

/** The collections whose rows say whether they are derived (their schema has `derived`). */
const HAS_DERIVED = new Set([...collectionByName].filter(([, spec]) => 'derived' in spec.schema.properties).map(([name]) => name));

function shaped<T extends AnyDraft>(kind: DraftKind, { citations, derived, note, rules, ...fields }: T): T {
  return { ...fields, ...(HAS_DERIVED.has(kind) && { derived: derived ?? false }), ...(note !== undefined && { note }), ...(rules?.length && { rules }), citations } as T;
}

export function shape(x: PassContext): void {
  const facts: Drafts = x.facts;
  // A force named only by generic nouns is no body: its mark stays on the facts that refer to it, for resolution.
  facts.organizations = facts.organizations.filter((o) => !isGenericForceId(o.id));
  for (const kind of Object.keys(facts) as DraftKind[]) {
    (facts[kind] as AnyDraft[]) = facts[kind].map((fact: AnyDraft) => shaped(kind, fact));
  }
}
