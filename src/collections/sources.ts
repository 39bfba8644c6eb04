import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, PartialDate } from '../schemas/common.js';
import { sources as table } from '../db/schema.js';
import type { SourceCollection } from './types.js';

export const SourceSummary = Type.Object({
  id: Id,
  title: Type.String({ description: 'The headline on the first line of the article.' }),
  headlines: Type.Array(Type.String(), { description: 'Further headlines printed in the article.' }),
  published: Nullable(PartialDate),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the UTF-8 text.' }),
  length: Type.Integer({ description: 'Length of the text in Unicode code points.' }),
}, { $id: 'Source', description: 'A news article the facts are drawn from.' });

export const SourceItem = Type.Composite([SourceSummary, Type.Object({
  text: Type.String({ description: 'The full article text that citation offsets index into.' }),
})], { $id: 'SourceWithText' });

export type SourceSummary = Static<typeof SourceSummary>;

export const sources: SourceCollection = {
  name: 'sources', type: 'source', tag: 'Sources',
  tagDescription: 'The articles, with the full text citation offsets point into.',
  description: 'The articles the facts come from. The item route adds the full `text` that citation offsets index into.',
  schema: SourceItem, listSchema: SourceSummary, table,
  filters: {},
  sortable: { id: table.id, title: table.title, published: table.published, length: table.length },
};
