import { Type, type Static } from '@sinclair/typebox';
import { Id, IdRef, IdRefs, Nullable, Quantity, Derived, FACT_TAIL } from '../schemas/common.js';
import { deploymentPlaces, deployments as table } from '../db/schema.js';
import { atLeast, atMost, idIn } from '../db/filters.js';
import { inPlace } from '../db/places.js';
import { hasNo } from '../db/relations.js';
import { idList, text, type FactCollection } from './types.js';

export const Deployment = Type.Object({
  id: Id,
  organization_id: IdRef('The force deployed.'),
  personnel: Type.Ref(Quantity),
  role: Nullable(Type.String()),
  place_ids: IdRefs('Where the force is deployed, when stated.'),
  event_id: Nullable(IdRef('The event it secures.')),
  part_of_id: Nullable(IdRef('The stated total this contingent is a part of.')),
  derived: Derived,
  ...FACT_TAIL,
}, { $id: 'Deployment', description: 'A force count, hedge kept.' });
export type Deployment = Static<typeof Deployment>;

export const deployments: FactCollection = {
  name: 'deployments', type: 'deployment', tag: 'Deployments',
  tagDescription: 'Force counts, hedges kept.',
  description: 'Force counts with their hedges (`more_than`, `approximately`). Personnel filters compare the stated number; rows with no stated number never match them.',
  schema: Deployment, table,
  lists: { place_ids: idList(deploymentPlaces, 'deployment_id', 'place_id') },
  quantity: { field: 'personnel', value: 'personnel_value', qualifier: 'personnel_qualifier' },
  title: (d) => text(d.role) || text(d.organization_id),
  text: (d) => [text(d.role), text(d.organization_id)],
  filters: {
    organization: idIn(table.organization_id, ['organization'], 'Id of the force deployed.'),
    place: inPlace(table.id, deploymentPlaces, 'deployment_id', 'Id of a place it is deployed to.'),
    event: idIn(table.event_id, ['event'], 'Id of the event it secures.'),
    top_level: hasNo(table.part_of_id, 'Deployments that are not part of another one (`true`: summing their personnel counts no one twice), or only the parts (`false`).', 'true'),
    min_personnel: atLeast(table.personnel_value, 'Stated personnel at least this.'),
    max_personnel: atMost(table.personnel_value, 'Stated personnel at most this.'),
  },
  sortable: { id: table.id, organization_id: table.organization_id, personnel: table.personnel_value, role: table.role, event_id: table.event_id },
};
