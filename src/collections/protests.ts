import { Type, type Static } from '@sinclair/typebox';
import { DatePrecision, Derived, Id, IdRef, IdRefs, Nullable, PartialDate, Quantity, FACT_TAIL, Words } from '../schemas/common.js';
import { protestOrganizers, protestPlaces, protests as table } from '../db/schema.js';
import { hasChild, onOrAfter, onOrBefore } from '../db/filters.js';
import { inPlace } from '../db/places.js';
import { idList, text, type FactCollection } from './types.js';

export const Protest = Type.Object({
  id: Id,
  name: Words(),
  organizer_ids: IdRefs('Organizations that organise it.'),
  place_ids: IdRefs('Where it is held.'),
  date: Nullable(PartialDate),
  date_precision: Nullable(DatePrecision),
  size: Type.Ref(Quantity, { description: 'How many took part or are expected, as the article states it; both null when unstated.' }),
  derived: Derived,
  target: Nullable(Type.String({ description: 'What it protests against.' })),
  coincides_with_event_id: Nullable(IdRef('An event it is timed to coincide with.')),
  ...FACT_TAIL,
}, { $id: 'Protest', description: 'A planned or held protest.' });
export type Protest = Static<typeof Protest>;

export const protests: FactCollection = {
  name: 'protests', type: 'protest', tag: 'Protests',
  tagDescription: 'Planned or held protests.',
  description: 'Planned or held protests. `size` is how many took part or are expected, as the article states it, hedge kept (`about 2,000` is `approximately`); both null when unstated. `derived: true` marks a date worked out from the text ("the preceding Saturday").',
  schema: Protest, table,
  lists: {
    organizer_ids: idList(protestOrganizers, 'protest_id', 'organization_id'),
    place_ids: idList(protestPlaces, 'protest_id', 'place_id'),
  },
  dates: { start: 'date' },
  quantity: { field: 'size', value: 'size_value', qualifier: 'size_qualifier' },
  titleColumn: 'name',
  title: (p) => text(p.name),
  text: (p) => [text(p.name), text(p.target)],
  filters: {
    organizer: hasChild(table.id, protestOrganizers, 'protest_id', 'organization_id', ['organization'], 'Id of an organizing organization.'),
    place: inPlace(table.id, protestPlaces, 'protest_id', 'Id of a place where it is held.'),
    from: onOrAfter(table.range_end, 'Protests on or after this day'),
    to: onOrBefore(table.range_start, 'Protests on or before this day'),
  },
  sortable: { id: table.id, name: table.name, date: table.range_start, target: table.target },
};
