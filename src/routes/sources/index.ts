import { sources } from '../../db/schema.js';
import { loadSources } from '../../db/sources.js';
import { collectionRoutes } from '../collection.js';
import { SourceItem, SourceSummary } from './schema.js';

export default collectionRoutes({
  name: 'sources',
  type: 'source',
  tag: 'Sources',
  description: 'The articles the facts come from. The item route adds the full `text` that citation offsets index into.',
  itemSchema: SourceItem,
  listSchema: SourceSummary,
  table: sources,
  filters: {},
  sortable: { id: sources.id, title: sources.title, published: sources.published, length: sources.length },
  exampleId: 'ice-role-public-backlash',
  load: loadSources,
});
