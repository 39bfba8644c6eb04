import { people, personRoles } from '../../db/schema.js';
import { country, hasChild, indexedWords } from '../../db/filters.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Person } from './schema.js';

export default collectionRoutes({
  name: 'people',
  type: 'person',
  tag: 'People',
  description: 'Named or role-only persons (the mayor of Milan has no name in the articles) with their roles.',
  itemSchema: Person,
  table: people,
  filters: {
    role: indexedWords('role', people.id, { table: 'role_index', owner: 'person_id' }, 'Words of a role title: each word must start a word of the title (case and accents ignored; `vice pres` finds "Vice President"); at most 32 distinct words in all.', 'minister'),
    country: country(people.country, 'Country of the person.'),
    organization: hasChild(people.id, personRoles, 'person_id', 'organization_id', ['organization'], 'Id of an organization the person holds a role in.', 'us-delegation'),
  },
  sortable: { id: people.id, name: people.name, country: people.country },
  exampleId: 'matteo-piantedosi',
  tryItOut: { role: ['minister'] },
  load: factLoader('people'),
});
