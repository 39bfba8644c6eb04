// Adding and finding the entities several passes share: an organization is found by its name, an alias
// or its acronym before a new one is made, so that "the IOC" and "International Olympic Committee (IOC)"
// are one body whichever pass reads it first.
import type { Organization } from '../../collections/organizations.js';
import { NATIONALITIES } from '../lexicon.js';
import type { OrganizationDraft, PassContext } from './context.js';

/** Keys already made: resolution asks for the same names' keys once per pair of bodies it compares. */
const orgKeys = new Map<string, string>();
/** Each nationality word as a whole word, compiled once: orgKey runs for every pair resolution compares. */
const NATIONALITY_WORDS: Array<[string, RegExp]> = Object.keys(NATIONALITIES).map((word) => [word, new RegExp(`(^|\\s)${word.replace(/\./g, '\\.')}(?=\\s|$)`)]);

/** A name's key for matching: nationality words become the country code ("American delegation" = "US delegation"). */
export function orgKey(name: string): string {
  let key = orgKeys.get(name);
  if (key === undefined) {
    key = name.replace(/’/g, "'").replace(/^the /i, '').trim();
    for (const [word, pattern] of NATIONALITY_WORDS) key = key.replace(pattern, `$1${NATIONALITIES[word]}`);
    orgKeys.set(name, key = key.toLowerCase().replace(/\s+/g, ' '));
  }
  return key;
}

/**
 * The mark of a force named only by generic nouns ("police officers"), followed by those words: no body, so
 * never proposed as an organization; resolution gives its facts a known body that fits or lists them as unresolved.
 */
export const GENERIC_FORCE = ':generic-force:';
export const isGenericForceId = (id: unknown): boolean => typeof id === 'string' && id.startsWith(GENERIC_FORCE);
/** The words a generic force mark stands for ("Police officers"). */
export const genericForceName = (id: string): string => id.slice(GENERIC_FORCE.length);

export type OrganizationKind = Organization['kind'];
export interface OrganizationFields { acronym?: string | null; kind: OrganizationKind; country: string | null; alias?: string }

/**
 * The body whose name, already read, holds the words at [start, end) and goes on after them: "officers of the
 * Police" read inside "officers of the Police Force" is the Police Force, not a body called "Police".
 */
function longerNameAt(x: PassContext, start: number, end: number): OrganizationDraft | undefined {
  const longer = x.doc.mentionsIn({ start, end: end + 80 }, 'organization').find((m) => m.start < end && m.end > end);
  const org = longer && orgById(x, longer.id);
  return org && org.name.startsWith(x.doc.text.slice(longer.start, end)) ? org : undefined;
}

/** The organization of that name, alias or acronym, made if the article has not named it yet; a mention either way. */
/**
 * A police force named by an office word after "Police" ("South African Police Service", "National Police
 * Agency", "Seoul Metropolitan Police Department"): the force, not an agency or a ministry. Counter-examples:
 * "Police Ministry", "Ministry of Police", "Police Complaints Authority", "Police Union" keep their own kind.
 */
// "the Lakeside Region Internal Affairs Department": a regional department of internal affairs is the region's police.
const POLICE_OFFICE = /\b(?:(?:Police|Gendarmerie|Constabulary)\s+(?:Service|Services|Agency|Office|Directorate|Department|Headquarters|Command)|Internal\s+Affairs\s+(?:Department|Directorate|Administration))$/u;
/** "the Lakeside City Administration", "the Hill District Administration": the local government of that place. */
const LOCAL_GOVERNMENT = /\b(?:City|Municipal|Town|District|Regional|Region|Provincial|County)\s+(?:Administration|Hall)$/u;
const kindOfName = (name: string, kind: OrganizationKind) => {
  if ((kind === 'agency' || kind === 'ministry') && POLICE_OFFICE.test(name)) return 'police_force';
  return kind === 'agency' && LOCAL_GOVERNMENT.test(name) ? 'government' : kind;
};

export function addOrganization(x: PassContext, name: string, fields: OrganizationFields, start: number, end: number, ruleId?: string): OrganizationDraft {
  const key = orgKey(name);
  let org = x.orgByKey.get(key) ?? (fields.acronym ? x.orgByKey.get(fields.acronym.toLowerCase()) : undefined) ?? longerNameAt(x, start, end);
  if (!org) {
    org = { id: x.newId(name), name, acronym: fields.acronym ?? null, aliases: [], kind: kindOfName(name, fields.kind), country: fields.country, parent_id: null, citations: [] };
    x.facts.organizations.push(org);
  }
  if (fields.acronym && !org.acronym) org.acronym = fields.acronym;
  if (fields.alias && fields.alias !== org.name && !org.aliases.includes(fields.alias)) org.aliases.push(fields.alias);
  x.orgByKey.set(key, org);
  if (fields.alias) x.orgByKey.set(orgKey(fields.alias), org);
  if (org.acronym) x.orgByKey.set(org.acronym.toLowerCase(), org);
  if (!org.citations.length) x.addCitation(org, x.doc.cite(start, end));
  if (ruleId) x.ruled(org, ruleId);
  x.doc.mention(org.id, 'organization', start, end);
  return org;
}

/** Another name of a body, known from now on under it too. */
export function addAlias(x: PassContext, org: OrganizationDraft, alias: string): void {
  if (org.aliases.includes(alias)) return;
  org.aliases.push(alias);
  x.orgByKey.set(orgKey(alias), org);
}

export function findOrg(x: PassContext, name: string): OrganizationDraft | undefined {
  return x.orgByKey.get(orgKey(name)) ?? x.orgByKey.get(name.toLowerCase());
}

export function orgById(x: PassContext, id: string): OrganizationDraft | undefined {
  return x.facts.organizations.find((o) => o.id === id);
}

/** The word a statement's id starts with for its speaker: a person's surname, a body's last word. */
export function speakerLabel(x: PassContext, id: string): string {
  const fact = x.facts.people.find((f) => f.id === id) ?? orgById(x, id);
  const name = (fact && 'acronym' in fact ? fact.name ?? fact.acronym : fact?.name) ?? id;
  return name.split(/\s+/).at(-1) ?? name;
}
