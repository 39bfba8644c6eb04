import { Type, type Static } from '@sinclair/typebox';
import { DatePrecision, Id, IdRefs, Nullable, PartialDate, literals, Derived, FACT_TAIL, Words } from '../schemas/common.js';
import { MEASURE_KINDS } from '../schemas/vocabulary.js';
import { measureOperators, measurePlaces, measures as table } from '../db/schema.js';
import { activeOn, oneOf } from '../db/filters.js';
import { inPlace } from '../db/places.js';
import { idList, text, type FactCollection } from './types.js';

export const MeasureKind = literals(MEASURE_KINDS);

export const Measure = Type.Object({
  id: Id,
  name: Words(),
  kind: MeasureKind,
  description: Nullable(Type.String()),
  place_ids: IdRefs('Where it applies, when stated.'),
  start: Nullable(PartialDate),
  end: Nullable(PartialDate),
  date_precision: Nullable(DatePrecision),
  operator_ids: IdRefs('Who runs it, when stated.'),
  first_of_its_kind: Nullable(Type.Boolean({ description: 'True when an article calls it a first; null when unstated.' })),
  derived: Derived,
  ...FACT_TAIL,
}, { $id: 'Measure', description: 'A security measure.' });
export type Measure = Static<typeof Measure>;

export const measures: FactCollection = {
  name: 'measures', type: 'measure', tag: 'Measures',
  tagDescription: 'Security measures and their periods.',
  description: 'Security measures with their period, places and operators where stated.',
  schema: Measure, table,
  lists: {
    place_ids: idList(measurePlaces, 'measure_id', 'place_id'),
    operator_ids: idList(measureOperators, 'measure_id', 'organization_id'),
  },
  dates: { start: 'start', end: 'end' },
  titleColumn: 'name',
  title: (m) => text(m.name),
  text: (m) => [text(m.name), text(m.description)],
  filters: {
    kind: oneOf(table.kind, MEASURE_KINDS, 'Kind of measure.'),
    place: inPlace(table.id, measurePlaces, 'measure_id', 'Id of a place where it applies.'),
    active_on: activeOn(table.range_start, table.range_end, 'Measures whose stated period includes this day; measures with no stated period never match'),
  },
  sortable: { id: table.id, name: table.name, kind: table.kind, start: table.range_start, end: table.range_end },
};
