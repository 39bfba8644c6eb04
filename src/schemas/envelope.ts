// Response envelopes: `{ data, meta, links }` for collections and `{ data }` for single items.
import { Type, type TSchema } from '@sinclair/typebox';
import { Nullable } from './common.js';

export const FacetCounts = Type.Record(Type.String(), Type.Array(Type.Object({
  value: Nullable(Type.Union([Type.String(), Type.Boolean()], { description: 'A value of the field; null counts the rows without one.' })),
  count: Type.Integer({ description: 'Rows matching the query with this value.' }),
  title: Type.Optional(Type.String({ description: 'For a field holding ids: the named row\'s readable title.' })),
})), {
  description: 'Only with `facets=`: for each asked field, its values over all rows matching the query (not only this page), most frequent first, ties by value; at most 50 per field. A list field counts each id it holds.',
  examples: [{ kind: [{ value: 'police_force', count: 4 }, { value: 'government', count: 2 }] }],
});

export const Meta = Type.Object({
  total: Type.Integer({ description: 'Rows matching the query, across all pages.' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
  facets: Type.Optional(FacetCounts),
  suggestions: Type.Optional(Type.Array(Type.String(), { description: 'Only when nothing matches and `q` or an open-vocabulary or word filter (`predicate`, `role`) was given: values for the parameter `suggestions_for` names, each with a misspelt word or value replaced by the closest known ones (`q=carabineri` → "Carabinieri", `predicate=organises` → "organizes"), that find rows here under the same other parameters; may be empty.' })),
  suggestions_for: Type.Optional(Type.String({ description: 'With `suggestions`: the parameter they are values of (`q`, else the first such filter given that has suggestions).', examples: ['predicate'] })),
});

export const Links = Type.Object({
  self: Type.String({ examples: ['/v1/people?limit=2&offset=0'] }),
  next: Nullable(Type.String({ description: 'The next page, or null on the last page.' })),
  prev: Nullable(Type.String({ description: 'The previous page, or null on the first page.' })),
});

export const ListEnvelope = <T extends TSchema>(item: T, description: string) =>
  Type.Object({ data: Type.Array(item), meta: Meta, links: Links }, { description });

export const ItemEnvelope = <T extends TSchema>(item: T, description: string) => Type.Object({ data: item }, { description });
