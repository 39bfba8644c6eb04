import { places } from '../../db/schema.js';
import { country, oneOf } from '../../db/filters.js';
import { insidePlace } from '../../db/places.js';
import { PLACE_KINDS } from '../../schemas/vocabulary.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Place } from './schema.js';

export default collectionRoutes({
  name: 'places',
  type: 'place',
  tag: 'Places',
  description: 'Countries, regions, cities, districts and venues; `within_id` points to the containing place.',
  itemSchema: Place,
  table: places,
  filters: {
    kind: oneOf(places.kind, PLACE_KINDS, 'Kind of place.'),
    country: country(places.country, 'Country the place is in.'),
    within: insidePlace(places.id, 'Id of a place containing it, directly or through other places (`italy` includes Milan and San Siro).', 'milan'),
  },
  sortable: { id: places.id, name: places.name, kind: places.kind, country: places.country, within_id: places.within_id },
  exampleId: 'san-siro-stadium',
  tryItOut: { within: ['milan'] },
  load: factLoader('places'),
});
