import { claims } from '../../db/schema.js';
import { idIn, inList, oneOf } from '../../db/filters.js';
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
    object: idIn(claims.object_id, ENTITY_TYPES, 'Id of the object entity (claims whose object is a value never match).', 'ice'),
    status: oneOf(claims.status, CLAIM_STATUSES, 'Agreement between sources.'),
  },
  sortable: { id: claims.id, subject_id: claims.subject_id, predicate: claims.predicate, object_id: claims.object_id, value: claims.value, status: claims.status },
  exampleId: 'ice-works-in-diplomatic-offices',
  tryItOut: { status: ['disputed'] },
  load: factLoader('claims'),
});
