import { measurePlaces, measures } from '../../db/schema.js';
import { activeOn, oneOf } from '../../db/filters.js';
import { inPlace } from '../../db/places.js';
import { MEASURE_KINDS } from '../../schemas/vocabulary.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Measure } from './schema.js';

export default collectionRoutes({
  name: 'measures',
  type: 'measure',
  tag: 'Measures',
  description: 'Security measures with their period, places and operators where stated.',
  itemSchema: Measure,
  table: measures,
  filters: {
    kind: oneOf(measures.kind, MEASURE_KINDS, 'Kind of measure.'),
    place: inPlace(measures.id, measurePlaces, 'measure_id', 'Id of a place where it applies.', 'milan'),
    active_on: activeOn(measures.range_start, measures.range_end, 'Measures whose stated period includes this day; measures with no stated period never match'),
  },
  sortable: { id: measures.id, name: measures.name, kind: measures.kind, start: measures.range_start, end: measures.range_end },
  exampleId: 'red-zones',
  tryItOut: { kind: ['restricted_zone'] },
  load: factLoader('measures'),
});
