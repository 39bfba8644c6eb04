import { sources as table } from '../db/schema.js';
import { SourceItem, SourceSummary } from '../schemas/rows/sources.js';
import type { SourceCollection } from './types.js';

export const sources: SourceCollection = {
  name: 'sources', type: 'source', tag: 'Sources',
  tagDescription: 'The articles, with the full text citation offsets point into.',
  description: 'The articles the facts come from. The item route adds the full `text` that citation offsets index into.',
  schema: SourceItem, listSchema: SourceSummary, table,
  filters: {},
  sortable: { id: table.id, title: table.title, published: table.published, length: table.length },
};
