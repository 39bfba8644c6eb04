// Response envelopes: `{ data, meta, links }` for collections and `{ data }` for single items.
import { Type, type TSchema } from '@sinclair/typebox';
import { Nullable } from './common.js';

export const Meta = Type.Object({
  total: Type.Integer({ description: 'Rows matching the query, across all pages.' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const Links = Type.Object({
  self: Type.String({ examples: ['/v1/people?limit=2&offset=0'] }),
  next: Nullable(Type.String({ description: 'The next page, or null on the last page.' })),
  prev: Nullable(Type.String({ description: 'The previous page, or null on the first page.' })),
});

export const ListEnvelope = <T extends TSchema>(item: T, description: string) =>
  Type.Object({ data: Type.Array(item), meta: Meta, links: Links }, { description });

export const ItemEnvelope = <T extends TSchema>(item: T, description: string) => Type.Object({ data: item }, { description });
