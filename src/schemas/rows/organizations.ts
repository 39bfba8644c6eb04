import { Type, type Static } from '@sinclair/typebox';
import { Citations, CountryCode, Id, IdRef, Nullable, literals, Note, Review } from '../common.js';
import { ORGANIZATION_KINDS } from '../vocabulary.js';

export const OrganizationKind = literals(ORGANIZATION_KINDS);

export const Organization = Type.Object({
  id: Id,
  name: Type.String(),
  acronym: Nullable(Type.String()),
  aliases: Type.Array(Type.String(), { description: 'Other names the articles use.' }),
  kind: OrganizationKind,
  country: Nullable(CountryCode),
  parent_id: Nullable(IdRef('The organization this one belongs to, when the articles say so.')),
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Organization', description: 'A government body, agency, police force, mission, delegation, union or political group.' });
export type Organization = Static<typeof Organization>;
