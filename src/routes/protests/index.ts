import { protestOrganizers, protestPlaces, protests } from '../../db/schema.js';
import { hasChild, onOrAfter, onOrBefore } from '../../db/filters.js';
import { inPlace } from '../../db/places.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Protest } from './schema.js';

export default collectionRoutes({
  name: 'protests',
  type: 'protest',
  tag: 'Protests',
  description: 'Planned or held protests. `size` is how many took part or are expected, as the article states it, hedge kept (`about 2,000` is `approximately`); both null when unstated. `derived: true` marks a date worked out from the text ("the preceding Saturday").',
  itemSchema: Protest,
  table: protests,
  filters: {
    organizer: hasChild(protests.id, protestOrganizers, 'protest_id', 'organization_id', ['organization'], 'Id of an organizing organization.', 'usb'),
    place: inPlace(protests.id, protestPlaces, 'protest_id', 'Id of a place where it is held.', 'milan'),
    from: onOrAfter(protests.range_end, 'Protests on or after this day'),
    to: onOrBefore(protests.range_start, 'Protests on or before this day'),
  },
  sortable: { id: protests.id, name: protests.name, date: protests.range_start, target: protests.target },
  exampleId: 'ice-out-rally',
  tryItOut: { place: ['central-milan'] },
  load: factLoader('protests'),
});
