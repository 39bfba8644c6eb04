import { Type } from '@sinclair/typebox';
import { IdRef, Nullable, Quantity } from '../../schemas/common.js';

const Personnel = Type.Ref(Quantity);

export const DeploymentStats = Type.Object({
  by_organization: Type.Array(Type.Object({
    organization_id: IdRef('The force.'),
    name: Type.String(),
    personnel: Personnel,
    deployments: Type.Integer({ description: 'Deployments of this force.' }),
    unstated: Type.Integer({ description: 'Of those, how many state no number.' }),
  }), { description: 'Personnel per force: the sum of its stated deployments, hedges combined.' }),
  stated_totals: Type.Array(Type.Object({
    deployment_id: IdRef('The deployment stated as a total.'),
    organization_id: IdRef('Whose total it is.'),
    stated: Personnel,
    sum_of_parts: Personnel,
    difference: Nullable(Type.Number({ description: 'stated minus sum_of_parts, on the stated numbers.' })),
    parts: Type.Array(Type.Object({ deployment_id: IdRef('A part'), organization_id: IdRef('Its force'), personnel: Personnel })),
  }), { description: 'Each total an article states, beside the sum of the parts it lists.' }),
  total: Type.Object({
    personnel: Personnel,
    deployments: Type.Integer({ description: 'Deployments not part of another one, so none is counted twice.' }),
    unstated: Type.Integer(),
  }),
}, { $id: 'DeploymentStats', description: 'Personnel by organization and in total, with stated totals beside the sums of their parts. Sums keep hedges: exact + exact is exact, lower bounds (more_than, at_least) add up to a lower bound, upper bounds likewise, any other mix is approximately.' });
