import { deploymentPlaces, deployments } from '../../db/schema.js';
import { atLeast, atMost, hasChild, idIn } from '../../db/filters.js';
import { collectionRoutes } from '../collection.js';
import { factLoader } from '../facts.js';
import { Deployment } from './schema.js';

export default collectionRoutes({
  name: 'deployments',
  type: 'deployment',
  tag: 'Deployments',
  description: 'Force counts with their hedges (`more_than`, `approximately`). Personnel filters compare the stated number; rows with no stated number never match them.',
  itemSchema: Deployment,
  table: deployments,
  filters: {
    organization: idIn(deployments.organization_id, ['organization'], 'Id of the force deployed.', 'carabinieri'),
    place: hasChild(deployments.id, deploymentPlaces, 'deployment_id', 'place_id', ['place'], 'Id of a place it is deployed to.', 'olympic-venues'),
    event: idIn(deployments.event_id, ['event'], 'Id of the event it secures.', 'milan-cortina-2026'),
    min_personnel: atLeast(deployments.personnel_value, 'Stated personnel at least this.'),
    max_personnel: atMost(deployments.personnel_value, 'Stated personnel at most this.'),
  },
  sortable: { id: deployments.id, organization_id: deployments.organization_id, personnel: deployments.personnel_value, role: deployments.role, event_id: deployments.event_id },
  exampleId: 'carabinieri-deployment',
  tryItOut: { event: ['milan-cortina-2026'] },
  load: factLoader('deployments'),
});
