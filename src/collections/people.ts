import { Type, type Static } from '@sinclair/typebox';
import { CountryCode, Derived, Id, IdRef, Nullable, FACT_TAIL, Words } from '../schemas/common.js';
import { people as table, personRoles } from '../db/schema.js';
import { country, hasChild, indexedWords } from '../db/filters.js';
import { text, type FactCollection } from './types.js';

export const Role = Type.Object({
  title: Words({ examples: ['Interior Minister'] }),
  organization_id: Nullable(IdRef('The organization the role belongs to, when the articles name it.')),
  country: Nullable(CountryCode),
});

export const Person = Type.Object({
  id: Id,
  name: Nullable(Type.String({ description: 'Null for a person the articles describe only by role.' })),
  roles: Type.Array(Role),
  country: Nullable(CountryCode),
  derived: Derived,
  ...FACT_TAIL,
}, { $id: 'Person', description: 'A named or role-only person.' });
export type Person = Static<typeof Person>;

export const people: FactCollection = {
  name: 'people', type: 'person', tag: 'People',
  tagDescription: 'Named and role-only persons with their roles.',
  description: 'Named or role-only persons (an official an article names only by title) with their roles.',
  schema: Person, table,
  lists: { roles: { table: personRoles, owner: 'person_id', value: ['title', 'organization_id', 'country'], ordered: true } },
  title: (p) => text(p.name) || (p.roles as Array<{ title: string }>).map((r) => r.title).join(', '),
  text: (p) => [text(p.name), ...(p.roles as Array<{ title: string }>).map((r) => r.title)],
  statedTexts: (p) => [
    ...(p.name ? [['name', text(p.name)] as [string, string]] : []),
    ...(p.roles as Array<{ title: string }>).map((r, i): [string, string] => [`roles[${i}].title`, r.title]),
  ],
  filters: {
    role: indexedWords('role', table.id, { table: 'role_index', owner: 'person_id' }, 'Words of a role title: each word must start a word of the title (case and accents ignored; `vice pres` finds "Vice President"); at most 32 distinct words in all.'),
    country: country(table.country, 'Country of the person.'),
    organization: hasChild(table.id, personRoles, 'person_id', 'organization_id', ['organization'], 'Id of an organization the person holds a role in.'),
  },
  sortable: { id: table.id, name: table.name, country: table.country },
};
