import { Type, type Static } from '@sinclair/typebox';
import { CountryCode, Derived, Id, IdRef, Nullable, literals, FACT_TAIL, Words } from '../schemas/common.js';
import { ORGANIZATION_KINDS } from '../schemas/vocabulary.js';
import { organizationAliases, organizations as table } from '../db/schema.js';
import { country, oneOf } from '../db/filters.js';
import { text, texts, type FactCollection } from './types.js';

export const OrganizationKind = literals(ORGANIZATION_KINDS);

export const Organization = Type.Object({
  id: Id,
  name: Words(),
  acronym: Nullable(Type.String()),
  aliases: Type.Array(Words(), { description: 'Other names the articles use.' }),
  kind: OrganizationKind,
  country: Nullable(CountryCode),
  parent_id: Nullable(IdRef('The organization this one belongs to, when the articles say so.')),
  derived: Derived,
  ...FACT_TAIL,
}, { $id: 'Organization', description: 'A government body, agency, police force, mission, delegation, union, political group, club or association.' });
export type Organization = Static<typeof Organization>;

export const organizations: FactCollection = {
  name: 'organizations', type: 'organization', tag: 'Organizations',
  tagDescription: 'Governments, ministries, agencies, police forces, missions, delegations, unions, political groups, clubs, associations.',
  description: 'Governments, ministries, agencies, police forces, diplomatic missions, delegations, unions, political groups, sports clubs and associations (NGOs, federations).',
  schema: Organization, table,
  lists: { aliases: { table: organizationAliases, owner: 'organization_id', value: 'alias', ordered: true } },
  title: (o) => text(o.name),
  text: (o) => [text(o.name), text(o.acronym), ...texts(o.aliases)],
  statedTexts: (o) => [
    ['name', text(o.name)],
    ...(o.acronym ? [['acronym', text(o.acronym)] as [string, string]] : []),
    ...texts(o.aliases).map((alias, i): [string, string] => [`aliases[${i}]`, alias]),
  ],
  filters: {
    kind: oneOf(table.kind, ORGANIZATION_KINDS, 'Kind of organization.'),
    country: country(table.country, 'Country of the organization.'),
  },
  sortable: { id: table.id, name: table.name, acronym: table.acronym, kind: table.kind, country: table.country, parent_id: table.parent_id },
};
