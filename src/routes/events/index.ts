import { eventPlaces, events } from '../../db/schema.js';
import { onOrAfter, onOrBefore, oneOf } from '../../db/filters.js';
import { inPlace } from '../../db/places.js';
import { EVENT_KINDS } from '../../schemas/vocabulary.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Event } from './schema.js';

export default collectionRoutes({
  name: 'events',
  type: 'event',
  tag: 'Events',
  description: 'The Games, ceremonies, announcements, incidents and earlier Games, with dates and stated figures.',
  itemSchema: Event,
  table: events,
  filters: {
    kind: oneOf(events.kind, EVENT_KINDS, 'Kind of event.'),
    place: inPlace(events.id, eventPlaces, 'event_id', 'Id of a place where it takes place.', 'milan'),
    from: onOrAfter(events.range_end, 'Events ending on or after this day'),
    to: onOrBefore(events.range_start, 'Events starting on or before this day'),
  },
  sortable: { id: events.id, name: events.name, kind: events.kind, start: events.range_start, end: events.range_end, date_precision: events.date_precision },
  exampleId: 'milan-cortina-2026',
  tryItOut: { kind: ['games'] },
  load: factLoader('events'),
});
