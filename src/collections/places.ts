import { Type, type Static } from '@sinclair/typebox';
import { CountryCode, Derived, Id, IdRef, Nullable, literals, FACT_TAIL, Words } from '../schemas/common.js';
import { PLACE_KINDS } from '../schemas/vocabulary.js';
import { places as table } from '../db/schema.js';
import { country, oneOf } from '../db/filters.js';
import { insidePlace } from '../db/places.js';
import { text, type FactCollection } from './types.js';

export const PlaceKind = literals(PLACE_KINDS);

export const Place = Type.Object({
  id: Id,
  name: Words(),
  kind: PlaceKind,
  country: Nullable(CountryCode),
  within_id: Nullable(IdRef('The place that contains this one.')),
  derived: Derived,
  ...FACT_TAIL,
}, { $id: 'Place', description: 'A country, region, city, district, venue or square.' });
export type Place = Static<typeof Place>;

export const places: FactCollection = {
  name: 'places', type: 'place', tag: 'Places',
  tagDescription: 'Countries, regions, cities, districts, venues and squares.',
  description: 'Countries, regions, cities, districts, venues and squares; `within_id` points to the containing place.',
  schema: Place, table, lists: {},
  title: (p) => text(p.name),
  text: (p) => [text(p.name)],
  statedTexts: (p) => [['name', text(p.name)]],
  filters: {
    kind: oneOf(table.kind, PLACE_KINDS, 'Kind of place.'),
    country: country(table.country, 'Country the place is in.'),
    within: insidePlace(table.id, 'Id of a place containing it, directly or through other places (a country includes its cities and their venues).'),
  },
  sortable: { id: table.id, name: table.name, kind: table.kind, country: table.country, within_id: table.within_id },
};
