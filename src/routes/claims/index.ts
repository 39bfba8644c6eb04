import { citations, claims } from '../../db/schema.js';
import { hasChild, idIn, inList, oneOf } from '../../db/filters.js';
import { ENTITY_TYPES, CLAIM_STATUSES } from '../../schemas/vocabulary.js';
import { SubstringParam, listValues } from '../../schemas/query.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Claim } from './schema.js';

export default collectionRoutes({
  name: 'claims',
  type: 'claim',
  tag: 'Claims',
  description: 'Atomic facts `subject predicate object|value`. `corroborated`: two or more sources agree; `disputed`: sources disagree and `disputed_by` lists the other claims.',
  itemSchema: Claim,
  table: claims,
  filters: {
    subject: idIn(claims.subject_id, ENTITY_TYPES, 'Id of the subject entity.', 'ice'),
    predicate: { schema: SubstringParam('Exact predicate.', 'works_at'), where: (raw) => inList(claims.predicate, listValues(raw)) },
    source: hasChild(claims.id, citations, 'entity_id', 'source_id', ['source'], 'Id of a source that states it.', 'ice-role-public-backlash'),
    status: oneOf(claims.status, CLAIM_STATUSES, 'Agreement between sources.'),
  },
  sortable: { id: claims.id, subject_id: claims.subject_id, predicate: claims.predicate, object_id: claims.object_id, value: claims.value, status: claims.status },
  exampleId: 'ice-works-in-diplomatic-offices',
  load: factLoader('claims'),
});
