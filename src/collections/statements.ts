import { statementAbout, statements as table } from '../db/schema.js';
import { hasChild, idIn } from '../db/filters.js';
import { Statement } from '../schemas/rows/statements.js';
import { ENTITY_TYPES } from '../schemas/vocabulary.js';
import { idList, text, type FactCollection } from './types.js';

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
  filters: {
    speaker: idIn(table.speaker_id, ['person', 'organization'], 'Id of the person or organization speaking.'),
    about: hasChild(table.id, statementAbout, 'statement_id', 'entity_id', ENTITY_TYPES, 'Id of an entity the statement is about.'),
  },
  sortable: { id: table.id, speaker_id: table.speaker_id, kind: table.kind, date: table.range_start },
};
