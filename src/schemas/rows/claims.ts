import { Type, type Static } from '@sinclair/typebox';
import { Citations, Id, IdRef, IdRefs, Nullable, literals, Derived, Note, Review } from '../common.js';
import { CLAIM_STATUSES } from '../vocabulary.js';

export const Claim = Type.Object({
  id: Id,
  subject_id: IdRef('The entity the claim is about.'),
  predicate: Type.String({ examples: ['organizes'] }),
  object_id: Nullable(IdRef('The entity on the other side, when the object is an entity.')),
  value: Nullable(Type.String({ description: 'The object as text, when it is not an entity.' })),
  status: literals(CLAIM_STATUSES, { description: 'corroborated: two or more sources agree; single_source; disputed: sources disagree.' }),
  disputed_by: IdRefs('Claims from other sources that contradict this one.'),
  derived: Derived,
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Claim', description: 'An atomic fact connecting entities.' });
export type Claim = Static<typeof Claim>;
