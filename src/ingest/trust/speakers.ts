// The force a count of police belongs to when the police give it themselves: "About 1,200 police officers
// will be on duty, the Harbour County Police said" and "About 200 police officers were on duty for the march,
// State Police spokesman <name> said" count the speaking force's own officers, and so does "police spokesman
// <name> said" in a story that names one police force only. Only for a count of no known event: at an event,
// a count named by generic nouns is compared as the event's total (trust/totals.ts), whoever announces it, so
// that a later article's total contests it.
// Counter-examples: a ministry, a mayor or a prefect as the speaker (no force: "officers" may be any force's);
// a police spokesman in a story of two police forces; soldiers or stewards counted by the police; several
// forces together ("police and gendarmes"); a sentence given to two speakers.
import type { Item } from '../../db/columns.js';
import { genericForceName, type Fact } from '../extract.js';
import { DEPLOYMENT_GENERIC_TOGETHER } from '../rules/deployments.js';
import { fold } from './names.js';

/** Words a police force's own members go by: "police officers", "officers", "riot police". */
const POLICE_MEMBERS = new Set(['police', 'officers', 'officer', 'policemen', 'policewomen', 'riot', 'uniformed']);

type Role = { title: string; organization_id: string | null };
/** Entities by their final id (a known row's, or a proposal's once renamed). */
export type ById = (id: unknown) => Fact | Item | undefined;
/** What the article names: its organizations and people by final id, and the ids of the police forces it names. */
export interface Named { organization: ById; person: ById; forces: string[] }

/** A title that says its holder speaks for the police without naming which: "Police spokeswoman". */
const POLICE_VOICE = new Set(['police', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'officer']);
const speaksForPolice = (role: Role) => role.organization_id == null && fold(role.title).split(' ').includes('police')
  && fold(role.title).split(' ').every((w) => POLICE_VOICE.has(w));

const membersOfPolice = (count: Fact) => !(count.rules as string[] | undefined)?.includes(DEPLOYMENT_GENERIC_TOGETHER.id)
  && fold(genericForceName(String(count.organization_id))).split(' ').every((w) => POLICE_MEMBERS.has(w));

/** The police force a speaker is, speaks for by a role that names it, or by a police title in a story of one force. */
function forceOf(speakerId: unknown, named: Named): string | undefined {
  const isForce = (id: unknown) => named.organization(id)?.kind === 'police_force';
  if (isForce(speakerId)) return String(speakerId);
  const roles = (named.person(speakerId)?.roles ?? []) as Role[];
  const forces = [...new Set(roles.map((r) => r.organization_id).filter(isForce))];
  if (forces.length === 1) return String(forces[0]);
  return !forces.length && roles.some(speaksForPolice) && named.forces.length === 1 ? named.forces[0] : undefined;
}

/**
 * The police force that gives a count of police in the very sentence of the count (the article's one
 * statement quoting it), or undefined. At an event, only a force that speaks itself ("About 5,500 police
 * officers will be on duty for the Cup, the national police service said"); a spokesman's count at an event
 * may be the event's total of all forces, and stays so.
 */
export function speakingForce(count: Fact, statements: Fact[], named: Named): string | undefined {
  const quote = count.citations[0]?.quote;
  if (!quote || !membersOfPolice(count)) return undefined;
  const saying = statements.filter((s) => s.citations.some((c) => c.source === count.citations[0]!.source && c.quote.includes(quote)));
  const speakers = new Set(saying.map((s) => s.speaker_id));
  if (speakers.size !== 1) return undefined;
  const [speaker] = speakers;
  // At an event only the force itself speaking counts its own officers; a person of a force may give the event's total of all.
  if (count.event_id != null) return named.organization(speaker)?.kind === 'police_force' ? String(speaker) : undefined;
  return forceOf(speaker, named);
}
