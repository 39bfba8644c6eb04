import { deploymentPlaces, deployments } from '../../db/schema.js';
import { atLeast, atMost, idIn } from '../../db/filters.js';
import { inPlace } from '../../db/places.js';
import { hasNo } from '../../db/relations.js';
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
    place: inPlace(deployments.id, deploymentPlaces, 'deployment_id', 'Id of a place it is deployed to.', 'olympic-venues'),
    event: idIn(deployments.event_id, ['event'], 'Id of the event it secures.', 'milan-cortina-2026'),
    top_level: hasNo(deployments.part_of_id, 'Deployments that are not part of another one (`true`: summing their personnel counts no one twice), or only the parts (`false`).', 'true'),
    min_personnel: atLeast(deployments.personnel_value, 'Stated personnel at least this.'),
    max_personnel: atMost(deployments.personnel_value, 'Stated personnel at most this.'),
  },
  sortable: { id: deployments.id, organization_id: deployments.organization_id, personnel: deployments.personnel_value, role: deployments.role, event_id: deployments.event_id },
  exampleId: 'carabinieri-deployment',
  tryItOut: { event: ['milan-cortina-2026'] },
  load: factLoader('deployments'),
});
