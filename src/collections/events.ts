import { Type, type Static } from '@sinclair/typebox';
import { DatePrecision, Derived, Id, IdRefs, Nullable, PartialDate, Qualifier, literals, FACT_TAIL, Words } from '../schemas/common.js';
import { EVENT_KINDS } from '../schemas/vocabulary.js';
import { eventFigures, eventPlaces, events as table } from '../db/schema.js';
import { onOrAfter, onOrBefore, oneOf } from '../db/filters.js';
import { inPlace } from '../db/places.js';
import { idList, text, type FactCollection } from './types.js';

export const EventKind = literals(EVENT_KINDS);

export const Figure = Type.Object({
  metric: Words({ examples: ['visitors'] }),
  value: Type.Number(),
  qualifier: Qualifier,
});

export const Event = Type.Object({
  id: Id,
  name: Words(),
  kind: EventKind,
  start: Nullable(PartialDate),
  end: Nullable(PartialDate),
  date_precision: Nullable(DatePrecision),
  derived: Derived,
  place_ids: IdRefs('Where it takes place.'),
  figures: Type.Array(Figure, { description: 'Every figure the articles state about it.' }),
  ...FACT_TAIL,
}, { $id: 'Event', description: 'Something that happens: games, a festival, a summit, a ceremony, an announcement or an incident.' });
export type Event = Static<typeof Event>;

export const events: FactCollection = {
  name: 'events', type: 'event', tag: 'Events',
  tagDescription: 'Games, festivals, summits, ceremonies, announcements and incidents.',
  description: 'Games, festivals, summits, ceremonies, announcements, incidents and earlier editions, with dates and stated figures.',
  schema: Event, table,
  lists: {
    place_ids: idList(eventPlaces, 'event_id', 'place_id'),
    figures: { table: eventFigures, owner: 'event_id', value: ['metric', 'value', 'qualifier'], ordered: true, csvKey: 'metric' },
  },
  dates: { start: 'start', end: 'end' },
  titleColumn: 'name',
  title: (e) => text(e.name),
  text: (e) => [text(e.name)],
  filters: {
    kind: oneOf(table.kind, EVENT_KINDS, 'Kind of event.'),
    place: inPlace(table.id, eventPlaces, 'event_id', 'Id of a place where it takes place.'),
    from: onOrAfter(table.range_end, 'Events ending on or after this day'),
    to: onOrBefore(table.range_start, 'Events starting on or before this day'),
  },
  sortable: { id: table.id, name: table.name, kind: table.kind, start: table.range_start, end: table.range_end, date_precision: table.date_precision },
};
