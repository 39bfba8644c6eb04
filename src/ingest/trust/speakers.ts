// The force a count of police belongs to when the police give it themselves: "About 1,200 police officers
// will be on duty, the Harbour County Police said" and "About 200 police officers were on duty for the march,
// State Police spokesman <name> said" count the speaking force's own officers. Only for a count of no known
// event: at an event, a count named by generic nouns is compared as the event's total (trust/totals.ts),
// whoever announces it, so that a later article's total contests it.
// Counter-examples: a ministry, a mayor or a prefect as the speaker (no force: "officers" may be any force's);
// a spokesman whose role names no body ("Police spokesman <name>"); soldiers or stewards counted by the
// police; several forces together ("police and gendarmes"); a sentence given to two speakers.
import type { Item } from '../../db/columns.js';
import { genericForceName, type Fact } from '../extract.js';
import { DEPLOYMENT_GENERIC_TOGETHER } from '../rules/deployments.js';
import { fold } from './names.js';

/** Words a police force's own members go by: "police officers", "officers", "riot police". */
const POLICE_MEMBERS = new Set(['police', 'officers', 'officer', 'policemen', 'policewomen', 'riot', 'uniformed']);

type Role = { organization_id: string | null };
/** Entities by their final id (a known row's, or a proposal's once renamed). */
export type ById = (id: unknown) => Fact | Item | undefined;

const membersOfPolice = (count: Fact) => !(count.rules as string[] | undefined)?.includes(DEPLOYMENT_GENERIC_TOGETHER.id)
  && fold(genericForceName(String(count.organization_id))).split(' ').every((w) => POLICE_MEMBERS.has(w));

/** The police force a speaker is, or speaks for by a role that names it. */
function forceOf(speakerId: unknown, organization: ById, person: ById): string | undefined {
  const isForce = (id: unknown) => organization(id)?.kind === 'police_force';
  if (isForce(speakerId)) return String(speakerId);
  const forces = [...new Set(((person(speakerId)?.roles ?? []) as Role[]).map((r) => r.organization_id).filter(isForce))];
  return forces.length === 1 ? String(forces[0]) : undefined;
}

/**
 * The police force that gives a count of police for no known event in the very sentence of the count (the
 * article's one statement quoting it), or undefined.
 */
export function speakingForce(count: Fact, statements: Fact[], organization: ById, person: ById): string | undefined {
  const quote = count.citations[0]?.quote;
  if (count.event_id != null || !quote || !membersOfPolice(count)) return undefined;
  const saying = statements.filter((s) => s.citations.some((c) => c.source === count.citations[0]!.source && c.quote.includes(quote)));
  const speakers = new Set(saying.map((s) => s.speaker_id));
  return speakers.size === 1 ? forceOf([...speakers][0], organization, person) : undefined;
}
