import { Type, type Static } from '@sinclair/typebox';
import { DatePrecision, Derived, Id, IdRef, IdRefs, Nullable, PartialDate, literals, FACT_TAIL, Words } from '../schemas/common.js';
import { STATEMENT_KINDS, ENTITY_TYPES } from '../schemas/vocabulary.js';
import { statementAbout, statements as table } from '../db/schema.js';
import { hasChild, idIn } from '../db/filters.js';
import { idList, text, type FactCollection } from './types.js';

export const Statement = Type.Object({
  id: Id,
  speaker_id: IdRef('Who said it: a person or an organization.'),
  kind: literals(STATEMENT_KINDS, { description: 'quote: the article prints the words verbatim; paraphrase: it reports them.' }),
  text: Words(),
  date: Nullable(PartialDate),
  date_precision: Nullable(DatePrecision),
  derived: Derived,
  about_ids: IdRefs('Entities the statement is about.'),
  ...FACT_TAIL,
}, { $id: 'Statement', description: 'Who said what.' });
export type Statement = Static<typeof Statement>;

const bySpeaker = idIn(table.speaker_id, ['person', 'organization'], 'Id of the person or organization speaking.');

export const statements: FactCollection = {
  name: 'statements', type: 'statement', tag: 'Statements',
  tagDescription: 'Who said what.',
  description: 'Who said what, quoted verbatim (`kind: quote`) or reported (`kind: paraphrase`).',
  schema: Statement, table,
  lists: { about_ids: idList(statementAbout, 'statement_id', 'entity_id') },
  dates: { start: 'date' },
  titleColumn: 'text',
  title: (s) => text(s.text),
  text: (s) => [text(s.text)],
  // `speaker_id` (the facet's name) and `speaker` are one filter: a speaker is a person or an organization,
  // so an id of another type is a 400 under either name.
  filters: {
    speaker: bySpeaker,
    speaker_id: bySpeaker,
    about: hasChild(table.id, statementAbout, 'statement_id', 'entity_id', ENTITY_TYPES, 'Id of an entity the statement is about.'),
  },
  sortable: { id: table.id, speaker_id: table.speaker_id, kind: table.kind, date: table.range_start },
};
