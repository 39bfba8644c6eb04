import { organizations } from '../../db/schema.js';
import { country, oneOf } from '../../db/filters.js';
import { ORGANIZATION_KINDS } from '../../schemas/vocabulary.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Organization } from './schema.js';

export default collectionRoutes({
  name: 'organizations',
  type: 'organization',
  tag: 'Organizations',
  description: 'Governments, ministries, agencies, police forces, diplomatic missions, delegations, unions and political groups.',
  itemSchema: Organization,
  table: organizations,
  filters: {
    kind: oneOf(organizations.kind, ORGANIZATION_KINDS, 'Kind of organization.'),
    country: country(organizations.country, 'Country of the organization.'),
  },
  sortable: { id: organizations.id, name: organizations.name, acronym: organizations.acronym, kind: organizations.kind, country: organizations.country, parent_id: organizations.parent_id },
  exampleId: 'carabinieri',
  tryItOut: { kind: ['police_force'] },
  load: factLoader('organizations'),
});
