import { Type, type Static } from '@sinclair/typebox';
import { Citations, DatePrecision, Derived, Id, IdRefs, Nullable, PartialDate, Qualifier, literals, Note, Review } from '../common.js';
import { EVENT_KINDS } from '../vocabulary.js';

export const EventKind = literals(EVENT_KINDS);

export const Figure = Type.Object({
  metric: Type.String({ examples: ['visitors'] }),
  value: Type.Number(),
  qualifier: Qualifier,
});

export const Event = Type.Object({
  id: Id,
  name: Type.String(),
  kind: EventKind,
  start: Nullable(PartialDate),
  end: Nullable(PartialDate),
  date_precision: Nullable(DatePrecision),
  derived: Derived,
  place_ids: IdRefs('Where it takes place.'),
  figures: Type.Array(Figure, { description: 'Every figure the articles state about it.' }),
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Event', description: 'Something that happens: games, a festival, a summit, a ceremony, an announcement or an incident.' });
export type Event = Static<typeof Event>;
