// The shape of /v1/stats/deployments: each event's figures (what the build stores, one row per event) and
// the paged answer around them.
import { Type, type Static } from '@sinclair/typebox';
import { IdRef, Nullable, Quantity } from './common.js';

const Personnel = Type.Ref(Quantity);

const Derived = (what: string) => Type.Boolean({ description: `True when ${what} is inferred, not stated: a row counted in it is \`derived\` (its note says what).` });

const ByOrganization = (description: string) => Type.Array(Type.Object({
  organization_id: IdRef('The force.'),
  name: Type.String(),
  personnel: Personnel,
  deployments: Type.Integer({ description: 'Deployments of this force.' }),
  unstated: Type.Integer({ description: 'Of those, how many state no number.' }),
  derived: Derived('a count in this sum'),
  event_id: Type.Optional(Nullable(IdRef('The event these deployments secure; present when the answer covers several events.'))),
}), { description });

const StatedTotals = (description: string) => Type.Array(Type.Object({
  deployment_id: IdRef('The deployment stated as a total.'),
  organization_id: IdRef('Whose total it is.'),
  stated: Personnel,
  sum_of_parts: Personnel,
  difference: Nullable(Type.Number({ description: 'stated minus sum_of_parts, on the stated numbers.' })),
  derived: Derived('counting one of the parts under this total'),
  parts: Type.Array(Type.Object({ deployment_id: IdRef('A part'), organization_id: IdRef('Its force'), personnel: Personnel, derived: Derived('that it is a part') })),
}), { description });

const Total = (description: string) => Type.Object({
  personnel: Personnel,
  deployments: Type.Integer({ description: 'Deployments not part of another one, so none is counted twice.' }),
  unstated: Type.Integer(),
  derived: Derived('a count in this total'),
}, { description });

/** One event's figures: what the build computes and stores, and what `events` lists. */
export const EventStats = Type.Object({
  event_id: Nullable(IdRef('The event; null for deployments that secure no stated event.')),
  name: Nullable(Type.String()),
  by_organization: ByOrganization('Personnel per force: the sum of its stated deployments for this event, hedges combined.'),
  stated_totals: StatedTotals('Each total an article states for this event, beside the sum of the parts it lists.'),
  total: Total('The personnel of the event\'s deployments that are not part of another, so none is counted twice.'),
});
export type EventStats = Static<typeof EventStats>;
export type StatsTotal = EventStats['total'];

export const DeploymentStats = Type.Object({
  by_organization: ByOrganization('Personnel per force and event, hedges combined: the one event\'s forces when the answer matches one event, else the forces of the events on this page, each with its `event_id`.'),
  stated_totals: StatedTotals('Each total an article states, beside the sum of the parts it lists: the one event\'s, or those of the events on this page.'),
  total: Total('Over every event the query matches, on every page. Over one event: the personnel of the deployments that are not part of another. Over several, personnel is null (forces of different events are never added together) and the counts add up.'),
  events: Type.Array(EventStats, { description: 'The same figures per event secured (contract v1.2), in event id order, deployments of no stated event last: one page of them (`limit`, `offset`, `after`).' }),
}, { $id: 'DeploymentStats', description: 'Personnel by organization and in total, with stated totals beside the sums of their parts. Sums keep hedges: exact + exact is exact, lower bounds (more_than, at_least) add up to a lower bound, upper bounds likewise, any other mix is approximately.' });
