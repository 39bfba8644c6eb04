import { Type, type Static } from '@sinclair/typebox';
import { Citations, Id, IdRef, IdRefs, Nullable, Quantity, Derived, Note, Review } from '../common.js';

export const Deployment = Type.Object({
  id: Id,
  organization_id: IdRef('The force deployed.'),
  personnel: Type.Ref(Quantity),
  role: Nullable(Type.String()),
  place_ids: IdRefs('Where the force is deployed, when stated.'),
  event_id: Nullable(IdRef('The event it secures.')),
  part_of_id: Nullable(IdRef('The stated total this contingent is a part of.')),
  derived: Derived,
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Deployment', description: 'A force count, hedge kept.' });
export type Deployment = Static<typeof Deployment>;
