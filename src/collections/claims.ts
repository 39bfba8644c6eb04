import { Type, type Static } from '@sinclair/typebox';
import { Id, IdRef, IdRefs, Nullable, literals, Derived, FACT_TAIL, Words } from '../schemas/common.js';
import { CLAIM_STATUSES, ENTITY_TYPES } from '../schemas/vocabulary.js';
import { claimAsserters, claimDisputes, claims as table } from '../db/schema.js';
import { hasChild, idIn, oneOf } from '../db/filters.js';
import { idList, text, type FactCollection } from './types.js';

export const Claim = Type.Object({
  id: Id,
  subject_id: IdRef('The entity the claim is about.'),
  predicate: Words({ examples: ['organizes'] }),
  object_id: Nullable(IdRef('The entity on the other side, when the object is an entity.')),
  value: Nullable(Type.String({ description: 'The object as text, when it is not an entity.' })),
  status: literals(CLAIM_STATUSES, { description: 'corroborated: two or more sources agree; single_source; disputed: sources disagree.' }),
  disputed_by: IdRefs('Claims from other sources that contradict this one.'),
  asserted_by: IdRefs('Ids of the people or organizations whose words the claim reports (an official\'s assurance, a ministry\'s statement); empty only when the article states it in its own voice.'),
  derived: Derived,
  ...FACT_TAIL,
}, { $id: 'Claim', description: 'An atomic fact connecting entities.' });
export type Claim = Static<typeof Claim>;

export const claims: FactCollection = {
  name: 'claims', type: 'claim', tag: 'Claims',
  tagDescription: 'Atomic facts, corroborated, single-source or disputed.',
  description: 'Atomic facts `subject predicate object|value`. `corroborated`: two or more sources agree; `disputed`: sources disagree and `disputed_by` lists the other claims. `asserted_by` names whose words a claim reports (an official\'s assurance is attributed, never plain fact); `[]` when the article states it in its own voice.',
  schema: Claim, table,
  lists: { disputed_by: idList(claimDisputes, 'claim_id', 'disputed_by_id'), asserted_by: idList(claimAsserters, 'claim_id', 'entity_id') },
  computed: ['status'],
  facets: ['predicate'],
  title: (c) => [text(c.subject_id), text(c.predicate), text(c.object_id) || text(c.value)].join(' '),
  text: (c) => [text(c.predicate), text(c.value)],
  filters: {
    subject: idIn(table.subject_id, ENTITY_TYPES, 'Id of the subject entity.'),
    object: idIn(table.object_id, ENTITY_TYPES, 'Id of the object entity (claims whose object is a value never match).'),
    status: oneOf(table.status, CLAIM_STATUSES, 'Agreement between sources.'),
    asserted_by: hasChild(table.id, claimAsserters, 'claim_id', 'entity_id', ['person', 'organization'], 'Id of a person or organization: claims reported as their words (see `asserted_by`).'),
  },
  sortable: { id: table.id, subject_id: table.subject_id, predicate: table.predicate, object_id: table.object_id, value: table.value, status: table.status },
};
