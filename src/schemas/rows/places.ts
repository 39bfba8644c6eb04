import { Type, type Static } from '@sinclair/typebox';
import { Citations, CountryCode, Id, IdRef, Nullable, literals, Note, Review } from '../common.js';
import { PLACE_KINDS } from '../vocabulary.js';

export const PlaceKind = literals(PLACE_KINDS);

export const Place = Type.Object({
  id: Id,
  name: Type.String(),
  kind: PlaceKind,
  country: Nullable(CountryCode),
  within_id: Nullable(IdRef('The place that contains this one.')),
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Place', description: 'A country, region, city, district or venue.' });
export type Place = Static<typeof Place>;
