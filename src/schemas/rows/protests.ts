import { Type, type Static } from '@sinclair/typebox';
import { Citations, DatePrecision, Derived, Id, IdRef, IdRefs, Nullable, PartialDate, Note, Quantity, Review } from '../common.js';

export const Protest = Type.Object({
  id: Id,
  name: Type.String(),
  organizer_ids: IdRefs('Organizations that organise it.'),
  place_ids: IdRefs('Where it is held.'),
  date: Nullable(PartialDate),
  date_precision: Nullable(DatePrecision),
  size: Type.Ref(Quantity, { description: 'How many took part or are expected, as the article states it; both null when unstated.' }),
  derived: Derived,
  target: Nullable(Type.String({ description: 'What it protests against.' })),
  coincides_with_event_id: Nullable(IdRef('An event it is timed to coincide with.')),
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Protest', description: 'A planned or held protest.' });
export type Protest = Static<typeof Protest>;
