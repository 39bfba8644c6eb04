import { statementAbout, statements } from '../../db/schema.js';
import { hasChild, idIn } from '../../db/filters.js';
import { ENTITY_TYPES } from '../../schemas/vocabulary.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Statement } from './schema.js';

export default collectionRoutes({
  name: 'statements',
  type: 'statement',
  tag: 'Statements',
  description: 'Who said what, quoted verbatim (`kind: quote`) or reported (`kind: paraphrase`).',
  itemSchema: Statement,
  table: statements,
  filters: {
    speaker: idIn(statements.speaker_id, ['person', 'organization'], 'Id of the person or organization speaking.', 'antonio-tajani'),
    about: hasChild(statements.id, statementAbout, 'statement_id', 'entity_id', ENTITY_TYPES, 'Id of an entity the statement is about.', 'ice'),
  },
  sortable: { id: statements.id, speaker_id: statements.speaker_id, kind: statements.kind, date: statements.range_start },
  exampleId: 'interior-ministry-italian-authority',
  tryItOut: { about: ['ice'] },
  load: factLoader('statements'),
});
