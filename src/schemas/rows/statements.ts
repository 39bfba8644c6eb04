import { Type, type Static } from '@sinclair/typebox';
import { Citations, DatePrecision, Derived, Id, IdRef, IdRefs, Nullable, PartialDate, literals, Note, Review } from '../common.js';
import { STATEMENT_KINDS } from '../vocabulary.js';

export const Statement = Type.Object({
  id: Id,
  speaker_id: IdRef('Who said it: a person or an organization.'),
  kind: literals(STATEMENT_KINDS, { description: 'quote: the article prints the words verbatim; paraphrase: it reports them.' }),
  text: Type.String(),
  date: Nullable(PartialDate),
  date_precision: Nullable(DatePrecision),
  derived: Derived,
  about_ids: IdRefs('Entities the statement is about.'),
  note: Note,
  review: Review,
  citations: Citations,
}, { $id: 'Statement', description: 'Who said what.' });
export type Statement = Static<typeof Statement>;
