import { Type, type Static } from '@sinclair/typebox';
import { Citations, DatePrecision, Id, IdRefs, Nullable, PartialDate, literals, Derived, Note, Review } from '../common.js';
import { MEASURE_KINDS } from '../vocabulary.js';

export const MeasureKind = literals(MEASURE_KINDS);

export const Measure = Type.Object({
  id: Id,
  name: Type.String(),
  kind: MeasureKind,
  description: Nullable(Type.String()),
  place_ids: IdRefs('Where it applies, when stated.'),
  start: Nullable(PartialDate),
  end: Nullable(PartialDate),
  date_precision: Nullable(DatePrecision),
  operator_ids: IdRefs('Who runs it, when stated.'),
  first_of_its_kind: Nullable(Type.Boolean({ description: 'True when an article calls it a first; null when unstated.' })),
  derived: Derived,
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Measure', description: 'A security measure.' });
export type Measure = Static<typeof Measure>;
