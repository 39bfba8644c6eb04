import { Type, type Static } from '@sinclair/typebox';
import { Citations, CountryCode, Id, IdRef, Nullable, Note, Review } from '../common.js';

export const Role = Type.Object({
  title: Type.String({ examples: ['Interior Minister'] }),
  organization_id: Nullable(IdRef('The organization the role belongs to, when the articles name it.')),
  country: Nullable(CountryCode),
});

export const Person = Type.Object({
  id: Id,
  name: Nullable(Type.String({ description: 'Null for a person the articles describe only by role.' })),
  roles: Type.Array(Role),
  country: Nullable(CountryCode),
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Person', description: 'A named or role-only person.' });
export type Person = Static<typeof Person>;
