// The deployments pass: a hedged number of a force (rules/deployments.ts), the force resolved to the body
// the words name, listed contingents taken as parts of a stated total, and forces deployed without a number.
import { clauseInPastYear } from '../dates.js';
import { countOf, headcountOf, qualifierOf } from '../counts.js';
import { FORCE_NOUNS, HARM_WORDS, KNOWN_BODIES, NATIONALITIES, NATIONALITY_PATTERN } from '../lexicon.js';
import { BODY_MEMBERS, BODY_ONLY_NOUNS, DEPLOYMENT_BODIES_TOGETHER, DEPLOYMENT_CORRECTED, DEPLOYMENT_COUNT, DEPLOYMENT_ENTRUSTED_FORCE, DEPLOYMENT_PART_FROM_BODY, DEPLOYMENT_GIVING_BODY, DEPLOYMENT_SPEAKING_BODY, GIVING_GAP, DEPLOYMENT_GENERIC_FORCE, DEPLOYMENT_GENERIC_TOGETHER, DEPLOYMENT_INCREMENT, DEPLOYMENT_JOINED_BY, INCREMENT_WORDS, DEPLOYMENT_MEMBERS, MEMBERS_OF_BODY, GENERIC_FORCE_PART, DEPLOYMENT_NEW_TOTAL, DEPLOYMENT_MORE_FROM_BODY, DEPLOYMENT_ON_STANDBY, DEPLOYMENT_PUT_AT, DEPLOYMENT_SECURITY_WORKFORCE, DEPLOYMENT_TASKED_FORCE, DEPLOYMENT_TOLD_AGAIN, DEPLOYMENT_UNNUMBERED, DEPLOYMENT_BACKGROUND, INCREMENT_NOTE, NEW_TOTAL_NOTE } from '../rules/deployments.js';
import { capitalize, type Sentence } from '../text.js';
import type { DeploymentDraft, Found, OrganizationDraft, PassContext } from './context.js';
import { bodySending } from './body-sending.js';
import { partsByPlace, partsFromBodies, partsIncluded, partsOfThose } from './parts-by-place.js';
import { answeredCounts } from './answered-counts.js';
import { bodyByHead } from './speakers.js';
import { placeForces } from './place-forces.js';
import { respectiveCounts } from './respective-counts.js';
import { addOrganization, findOrg, GENERIC_FORCE, isGenericForceId, orgById, orgKey } from './entities.js';
import { labelledCounts } from './labelled-counts.js';
import { escapeRegExp } from '../rules/rule.js';

/** A counted force: the words counted, where they start, and the sentence. */
interface Counted { phrase: string; force: string; start: number; end: number; sentence: Sentence; together: boolean }

/** Words that make a quoted number a jibe rather than a count: "not even 500 officers", "fewer than 10,000 police". */
const RHETORICAL = /\b(?:not\s+even|barely|hardly|only|fewer\s+than|less\s+than|not\s+more\s+than)\s+$/i;
/** Who speaks against the operation: a critic's figure quoted is their jibe, not the force deployed. */
export const CRITIC = /\b(?:critics?|opposition|opponents?|activists?|campaigners?|protesters?|unions?|residents?)\b/i;

/**
 * A number inside quoted words, hedged as a jibe or said by a critic: not a force count. Counter-example:
 * "We will deploy about 2,000 officers," the commissioner said is the commissioner's count.
 */
function rhetorical(x: PassContext, m: Found): boolean {
  if (!x.doc.quoted(m.pos)) return false;
  const before = x.doc.text.slice(Math.max(0, m.pos - 16), m.pos + (m.groups!.hedge?.length ?? 0));
  return RHETORICAL.test(before) || CRITIC.test(x.doc.sentenceAt(m.pos).text);
}

/**
 * Words right before a count that say it counts no force on duty: members a body represents ("the union, which
 * represents about 1,400 crew members") and a part of people counted for something else ("Eleven people, among
 * them three police officers, were taken to hospital"). Counter-example: "5,000 officers, among them 400
 * gendarmes" is a part of a force.
 */
const NO_FORCE_BEFORE = /(?:\b(?:represents|represent|representing|represented|speaks\s+for|speak\s+for|speaking\s+for)|\b(?:people|persons|victims|casualties|spectators|fans|passengers|demonstrators|protesters|marchers),\s+(?:among\s+(?:them|whom)|including|of\s+whom))\s+$/i;

/** Who is counted, with the words that only describe them cut off; null when the match counts no force. */
function countedPhrase(x: PassContext, m: Found, force: string): string | null {
  // "2,500 of the officers", "additional officers", "450 of its staff": who is counted, not yet by whom.
  const phrase = force.replace(/\s+/g, ' ').replace(/^of\s+(?:the|these|those|its|their)\s+/i, '')
    .replace(/^(?:additional|extra|more|uniformed|armed|plain-clothes|specialist|specialised|specialized|mounted|riot|reserve)\s+/i, '')
    // "about 2,000 will be gendarmes": the count is of the force named after the copula.
    .replace(/^(?:will|would|are|were)\s+(?:be\s+)?(?=\S+$)/i, '');
  if (/\b(?:visitors|athletes|spectators|fans|people|protesters|demonstrators|activists|marchers|pilgrims|residents|passengers|supporters|years?|days?|hours?)\b/i.test(phrase)) return null;
  // "a Section 60 order allowing officers to search": a numbered label, or a verb before the force, counts no one.
  if (/\b(?:Section|Article|Route|Terminal|Gate|Platform|Zone|Level|Category|Chapter|Stage|Exit|Pier|Sector|Phase|Tier|Line|Flight|Road|Highway|Bus|Paragraph|No\.)\s+$/.test(x.doc.text.slice(Math.max(0, m.pos - 12), m.pos))) return null;
  if (/\b(?:\w+ing|\w+ed|to|for|with|by|from|that|who)\s+\S+$/i.test(phrase) && !/^(?:armed|uniformed|trained|specialised|specialized)\b/i.test(phrase)) return null;
  if (rhetorical(x, m)) return null;
  if (NO_FORCE_BEFORE.test(x.doc.text.slice(Math.max(0, m.pos - 40), m.pos))) return null;
  // A headline's figure is the body's, stated there with its hedge.
  return x.doc.isHeading(x.doc.sentenceAt(m.pos)) ? null : phrase;
}

/** Between two bodies of a list: ", the", ", and the", " and ". */
const LIST_JOIN = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?/;
/** A list's last part named by lowercase words ending in a force noun: "and the city's local police". */
const LAST_FORCE_WORDS = new RegExp(`^(?:\\p{Ll}[\\p{Ll}'’-]{0,40}\\s+){0,3}(?:${FORCE_NOUNS.map((f) => f.replace(/ /g, '\\s+')).join('|')})\\b`, 'u');

/** Bodies made of several named together (rule deployment.bodies-together), which their counts name. */
const BODIES_TOGETHER = new WeakSet<OrganizationDraft>();

/**
 * "officers of the National Police and the Civil Guard", "officers of the National Police, the Civil Guard
 * and the city's local police": a count of several bodies together is no one body's; it goes to the bodies
 * together, named as the article names them. Counter-example: "officers of the National Police and their
 * dogs" names one body.
 */
function together(x: PassContext, first: { id: string; start: number; end: number }): OrganizationDraft | undefined {
  const bodies = [orgById(x, first.id)];
  let end = first.end;
  let closed = false;
  for (let part = 0; part < 5 && !closed; part++) {
    const join = LIST_JOIN.exec(x.doc.text.slice(end, end + 16));
    if (!join) break;
    const at = end + join[0].length;
    const next = x.doc.mentionsIn({ start: at, end: at + 80 }, 'organization')[0];
    const last = join[0].includes('and') && bodies.length > 1 ? LAST_FORCE_WORDS.exec(x.doc.text.slice(at, at + 80)) : null;
    if (next?.start === at) { bodies.push(orgById(x, next.id)); end = next.end; } else if (last) { end = at + last[0].length; } else break;
    closed = join[0].includes('and');
  }
  // Only a list closed by "and": "the Harbour Police, the city's force, said" is one body and its apposition.
  if (!closed) return undefined;
  const country = bodies.every((b) => b?.country === bodies[0]?.country) ? bodies[0]?.country ?? null : null;
  const all = addOrganization(x, x.doc.text.slice(first.start, end), { kind: 'police_force', country }, first.start, end, DEPLOYMENT_COUNT.id);
  BODIES_TOGETHER.add(all);
  return all;
}

/** The body named right after the count ("1,200 stewards employed by Harbour Events Ltd"), or the nearest before for "its staff". */
function employerOf(x: PassContext, c: Counted): OrganizationDraft | undefined {
  const employer = /^\s+(?:employed by|hired by|provided by|from|of)\s+(?:the\s+)?/.exec(x.doc.text.slice(c.end));
  if (employer) {
    const after = x.doc.mentionsIn({ start: c.end + employer[0].length, end: c.end + employer[0].length + 80 }, 'organization')[0];
    if (after && after.start === c.end + employer[0].length) return together(x, after) ?? orgById(x, after.id);
  }
  return employedBySpeaker(x, c);
}

/** The body whose people a count is by its sentence's words (rule deployment.speaking-body): "of its volunteers", or a body's "said" right before them. */
function employedBySpeaker(x: PassContext, c: Counted): OrganizationDraft | undefined {
  // "The Red Cross said about 300 of its volunteers would …": the body named before "its" is theirs.
  if (/\b(?:its|their)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+$/u.test(c.force)) {
    const before = x.doc.mentionsIn({ start: c.sentence.start, end: c.start }, 'organization').at(-1);
    return before && orgById(x, before.id);
  }
  return speakingBody(x, c);
}

/** People who serve only under a body, maybe after two lowercase words ("doctors, nurses and paramedics"). */
const BODY_ONLY_PHRASE = new RegExp(`^(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${BODY_ONLY_NOUNS.join('|')})$`, 'u');

/**
 * "The Ministry of Health said some 650 doctors, nurses and paramedics would staff …": people who need a body
 * (volunteers, medical staff) counted right after a body's "said" are that body's; a police force reporting them
 * may be telling another's, so it gives none.
 */
function speakingBody(x: PassContext, c: Counted): OrganizationDraft | undefined {
  if (!BODY_ONLY_PHRASE.test(c.phrase)) return undefined;
  const body = x.doc.mentionsIn({ start: c.sentence.start, end: c.start }, 'organization').at(-1);
  const org = body && orgById(x, body.id);
  const between = body ? x.doc.text.slice(body.end, c.start) : '';
  return org && org.kind !== 'police_force' && !isGenericForceId(org.id) && /^\s+(?:said|says|announced)\s+(?:that\s+)?$/u.test(between) ? org : undefined;
}

/**
 * The police force the sentence names nearest the count ("the Coast Guard will contribute up to 300 agents"), one of
 * the count's own clause first: "the Harbour Police said it had deployed about 1,200 officers, and the Coast Guard
 * 400 more" counts the first's officers.
 */
function nearestForce(x: PassContext, c: Counted): OrganizationDraft | undefined {
  const distance = (m: { start: number; end: number }) => Math.min(Math.abs(m.start - c.start), Math.abs(m.end - c.start));
  // "…, among them 250 from the Rapid Intervention Unit": that body is the part's (rule deployment.part-from-body).
  const partBodies = [...x.matches(DEPLOYMENT_PART_FROM_BODY.pattern, c.sentence)].map((m) => m.pos + m[0].length);
  // "…, backed by about 40 Alberta Sheriffs": a body named right after another number is that count's own.
  const countsOwn = (o: { start: number }) => o.start !== c.end - c.force.length && /\d\s+$/u.test(x.doc.text.slice(Math.max(0, o.start - 4), o.start));
  const named = x.doc.mentionsIn(c.sentence, 'organization').filter((o) => orgById(x, o.id)?.kind === 'police_force' && !partBodies.includes(o.start) && !countsOwn(o)).sort((a, b) => distance(a) - distance(b));
  const between = (m: { start: number; end: number }) => x.doc.text.slice(Math.min(m.end, c.end), Math.max(m.start, c.start));
  const ownClause = named.filter((m) => between(m).search(CLAUSE_BREAK) < 0);
  const nearest = ownClause[0] ?? named[0];
  return nearest ? orgById(x, nearest.id) : undefined;
}

/** The words between a giving body's name and its count, up to the count (rule deployment.giving-body). */
const GIVING_WORDS = new RegExp(`^(?:${GIVING_GAP})$`, 'u');
/** The words before a count that make it an addition to a force (rule deployment.increment). */
const INCREMENT_ARTICLE = new RegExp(`\\s(?:${INCREMENT_WORDS})\\s+$`, 'u');
/** Bodies that send or pay for a force without being it: "the interior ministry will send 300 officers". */
const NOT_A_FORCE = new Set(['ministry', 'government']);

/**
 * The body named right before a count of lowercase words that gives it ("the Riflemen's Union will provide
 * up to 200 volunteers", "the Border Police, with up to 500 officers"), whatever its kind but a ministry's.
 */
function givingBody(x: PassContext, c: Counted): OrganizationDraft | undefined {
  if (!/^\p{Ll}/u.test(c.phrase) || /^members$/i.test(c.phrase)) return undefined;
  const body = x.doc.mentionsIn({ start: c.sentence.start, end: c.start }, 'organization').at(-1);
  const org = body && orgById(x, body.id);
  if (!org || isGenericForceId(org.id) || NOT_A_FORCE.has(org.kind)) return undefined;
  // "has sent a further 900 officers": the words that make the count an addition stand between the verb and it.
  const between = x.doc.text.slice(body.end, c.start).replace(INCREMENT_ARTICLE, ' ');
  // "… would carry most of the load, with 900 officers": after a clause of the body's own, bare officers only
  // ("… will patrol, with about 700 riot police" counts a force of its own).
  if (/\p{Ll},\s+with\s+$/u.test(between) && !/^(?:officers|agents|personnel)$/i.test(c.phrase)) return undefined;
  // "- FC Harbour: 1,150 stewards": a list item's label names whose count it is.
  return GIVING_WORDS.test(between) || (/^:\s+$/.test(between) && x.doc.isListItem(body.start)) ? org : undefined;
}

/** Capitalised words of a body's name, then a plain force noun: "Harbour Watch officers". */
const NAME_THEN_NOUN = new RegExp(`^(\\p{Lu}[\\p{L}'’-]{0,40}(?:\\s+\\p{Lu}[\\p{L}'’-]{0,40}){0,3})\\s+(?:${FORCE_NOUNS.filter((f) => !BODY_MEMBERS.includes(f)).join('|')})$`, 'u');
/** A plain force noun, then "from" or "of" and a body's name: "officers from the Ruritanian police". */
const NOUN_FROM_BODY = /^\p{Ll}+\s+(?:from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]{0,40}(?:\s+[\p{L}'’-]{1,40}){0,3})$/u;

/** A force named only by lowercase common words (rule deployment.generic-force), read from the counted words. */
const GENERIC_FORCE_WORDS = new RegExp(`^(?:${GENERIC_FORCE_PART})$`, 'u');
/** Several forces together named only by lowercase words (rule deployment.generic-together): "police and soldiers". */
const genericTogether = (x: PassContext, m: Found) => {
  const together = new RegExp(DEPLOYMENT_GENERIC_TOGETHER.pattern.source, 'uy');
  // From the number on: the record's hedge is read case-sensitively, its words must be lowercase.
  together.lastIndex = m.pos + m[0].indexOf(m.groups!.number!);
  return together.test(x.doc.text);
};

/**
 * A force named only by generic nouns is no body: it is held under a mark (GENERIC_FORCE and its words)
 * that the shape pass keeps out of the organizations, so that resolution gives its count the body of a
 * known count that fits or lists the sentence as unresolved. Later passes still see the words as a force
 * ("police officers said" is no person's statement).
 */
function genericForce(x: PassContext, label: string, start: number, end: number, mentioned = true): OrganizationDraft {
  let org = x.orgByKey.get(orgKey(label));
  if (!org) {
    org = { id: `${GENERIC_FORCE}${label}`, name: label, acronym: null, aliases: [], kind: 'police_force', country: null, parent_id: null, citations: [] };
    x.facts.organizations.push(org);
    x.orgByKey.set(orgKey(label), org);
  }
  if (mentioned) x.doc.mention(org.id, 'organization', start, end);
  return org;
}

/** What names a body of each kind of force a generic word counts: "police" a Police, "soldiers" Armed Forces or an Army. */
const FORCE_NAMES: Array<[RegExp, RegExp]> = [
  [/\b(?:police|officers|policemen)\b/, /\bPolice\b/],
  [/\b(?:soldiers|troops)\b/, /\b(?:Armed Forces|Army|Defen[cs]e Forces|Military)\b/],
  [/\bgendarm/, /\bGendarmerie\b/],
];

/**
 * Several generic forces together whose bodies the same or the next sentence names, one for each kind ("4,500
 * police officers and soldiers. Units of the Swiss Armed Forces will support the Geneva Cantonal Police"): those
 * bodies together (rule deployment.generic-together), named by the article's words for them. Undefined when a
 * kind has no body or more than one there.
 */
function namedTogether(x: PassContext, c: Counted): OrganizationDraft | undefined {
  const next = x.doc.sentences[c.sentence.index + 1];
  const nearby = x.doc.mentionsIn({ start: c.sentence.start, end: next?.end ?? c.sentence.end }, 'organization').map((m) => orgById(x, m.id)).filter((o): o is OrganizationDraft => !!o && !isGenericForceId(o.id));
  const bodies: OrganizationDraft[] = [];
  for (const part of c.phrase.split(' and ')) {
    const kind = FORCE_NAMES.find(([words]) => words.test(part));
    const fits = kind ? [...new Set(nearby.filter((o) => kind[1].test(o.name)))] : [];
    if (fits.length !== 1 || bodies.includes(fits[0]!)) return undefined;
    bodies.push(fits[0]!);
  }
  const name = capitalize(c.phrase);
  return findOrg(x, name) ?? addOrganization(x, name, { kind: 'police_force', country: bodies.every((b) => b.country === bodies[0]!.country) ? bodies[0]!.country : null, alias: c.phrase }, c.end - c.force.length, c.end, DEPLOYMENT_GENERIC_TOGETHER.id);
}

/** The body the article names whose name holds the members' word: "gendarmes" of "the Gendarmerie" (rule deployment.members-name). */
function bodyOfMembers(x: PassContext, members: string): OrganizationDraft | undefined {
  const stem = members.toLowerCase().replace(/[si]$/, '');
  // A generic count ("police officers and gendarmes") names no body, though its words hold the members' word.
  const bodies = x.facts.organizations.filter((o) => !isGenericForceId(o.id) && o.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(stem)) && o.name.toLowerCase() !== members.toLowerCase());
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** Words after a count that say the people are deployed: "… had been on duty", "… will be stationed at the quay". */
const ON_DUTY_AFTER = /^\s+(?:(?:will|would|are|were|have|has|had|be|been)\s+){0,3}(?:on\s+duty|on\s+patrol|on\s+the\s+streets|deployed|stationed|posted|sent|dispatched|assigned|brought\s+in|drafted\s+in)\b/i;

/**
 * Members counted whose body the article does not name: the known body their word names ("gendarmes" of a
 * Gendarmerie), of the nationality the sentence gives before them ("Of the Turkish personnel, about 2,000 will
 * be gendarmes": the Turkish Gendarmerie), never a body named by the plural.
 */
function membersBody(x: PassContext, c: Counted): OrganizationDraft | undefined {
  const stem = c.phrase.toLowerCase().replace(/[si]$/, '');
  const known = Object.entries(KNOWN_BODIES).find(([name]) => name.toLowerCase().startsWith(stem));
  if (!known) return undefined;
  const nationality = [...x.doc.text.slice(c.sentence.start, c.start).matchAll(new RegExp(`\\b(${NATIONALITY_PATTERN})\\b`, 'gu'))].at(-1)?.[1];
  const country = nationality ? NATIONALITIES[nationality] ?? null : known[1].country;
  const adjective = nationality && Object.entries(NATIONALITIES).find(([word, code]) => code === country && /(?:an|ish|ese|ch)$/.test(word))?.[0];
  const name = adjective ? `${adjective} ${known[0]}` : known[0];
  return findOrg(x, name) ?? addOrganization(x, name, { kind: known[1].kind, country, alias: c.phrase }, c.end - c.force.length, c.end, DEPLOYMENT_MEMBERS.id);
}

/**
 * Officers named by a nationality alone ("two Slovenian officers"): the one police force of that nationality
 * the article names ("the Slovenian Police", "the Italian State Police"), else that nation's police; never a
 * body named by the bare nationality.
 */
function nationalPolice(x: PassContext, c: Counted, nationality: string): OrganizationDraft {
  const forces = x.facts.organizations.filter((o) => o.kind === 'police_force' && !isGenericForceId(o.id) && o.name.startsWith(`${nationality} `));
  if (forces.length === 1) return forces[0]!;
  const name = `${nationality} police`;
  return findOrg(x, name) ?? addOrganization(x, name, { kind: 'police_force', country: NATIONALITIES[nationality] ?? null }, c.end - c.force.length, c.end, DEPLOYMENT_COUNT.id);
}

/** "The command says it deployed …": a subject named by "the" and a head word, saying what it did itself. */
const SUBJECT_SAYS_IT = /^(?<subject>(?:The|the)\s+[\p{Ll}-]+)\s+(?:said|says|announced|reported)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:deployed|sent|put|posted|mobilised|mobilized)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "The Harbour Police Command closed the roads. The command says it deployed more than 3,000 officers": the count
 * of the body its head word names, read before in the article (statement rule body-by-head finds the same body).
 */
function ownCountOfBodyByHead(x: PassContext, c: Counted): OrganizationDraft | undefined {
  const subject = SUBJECT_SAYS_IT.exec(x.doc.text.slice(c.sentence.start, c.start))?.groups!.subject;
  const id = subject ? bodyByHead(x, subject, c.sentence.start) : null;
  return id ? orgById(x, id) : undefined;
}

/** "Police had said last week that about 4,200 officers …": a figure reported as said before, which the article's own count replaces. */
const EARLIER_FIGURE = /\bhad\s+(?:said|announced|planned|expected|estimated)\b/i;

/** The force counted: a body named in the words, after them, or near them; else the words as a force of their own. */
function forceOf(x: PassContext, c: Counted): OrganizationDraft | undefined {
  const inside = x.doc.mentionsIn({ start: c.end - c.force.length, end: c.end }, 'organization');
  const org = (inside.length ? together(x, inside.at(-1)!) ?? orgById(x, inside[0]!.id) : undefined) ?? employerOf(x, c) ?? givingBody(x, c);
  if (org) return org;
  // "about 220 of its staff and volunteers" with no body read before "its": whose they are is not known, and they are no body of their own.
  if (/\b(?:its|their)\s/i.test(c.force)) return undefined;
  // Members of no body named are no force, nor are a civilian body's volunteers; words that say who is counted but not which force need a body nearby.
  if (/^members$/i.test(c.phrase) || BODY_ONLY_NOUNS.includes(c.phrase.toLowerCase())) return undefined;
  if (/^(?:officers?|agents|personnel|staff|security staff|spotters|troopers|deputies)$/i.test(c.phrase)) {
    // "about 120 officers had been on duty" with no body in the sentence: a force of no body, held as generic.
    const onDuty = ON_DUTY_AFTER.test(x.doc.text.slice(c.end, c.sentence.end)) && !EARLIER_FIGURE.test(x.doc.text.slice(c.sentence.start, c.start));
    // Not a mention: bare "officers" after a speaker's "said" are what is said, never who speaks.
    return nearestForce(x, c) ?? ownCountOfBodyByHead(x, c) ?? (onDuty ? genericForce(x, capitalize(c.phrase), c.end - c.force.length, c.end, false) : undefined);
  }
  const members = BODY_MEMBERS.includes(c.phrase.toLowerCase()) ? bodyOfMembers(x, c.phrase) ?? membersBody(x, c) : undefined;
  if (members) return members;
  if (c.together) return namedTogether(x, c) ?? genericForce(x, capitalize(c.phrase), c.end - c.force.length, c.end);
  if (GENERIC_FORCE_WORDS.test(c.phrase)) return genericForce(x, capitalize(c.phrase), c.end - c.force.length, c.end);
  // "1,100 Harbour Watch officers", "40 officers from the Ruritanian police": the body is the name, not the noun.
  const body = NAME_THEN_NOUN.exec(c.phrase)?.[1] ?? NOUN_FROM_BODY.exec(c.phrase)?.[1];
  const label = capitalize(body ?? c.phrase);
  if (body && NATIONALITIES[body]) return nationalPolice(x, c, body);
  const natMatch = new RegExp(`^(${NATIONALITY_PATTERN})\\s+`).exec(label);
  return findOrg(x, label) ?? findOrg(x, c.phrase)
    ?? addOrganization(x, label, { kind: 'police_force', country: natMatch ? NATIONALITIES[natMatch[1]!] ?? null : null, alias: body ? undefined : c.phrase }, c.end - c.force.length, c.end, DEPLOYMENT_COUNT.id);
}

/** Words that put a count in the future: "will deploy", "would send", "are to be on duty". */
const FUTURE_WORDS = /\b(?:will|would|shall|(?:is|are)\s+to|plans?\s+to|expects?\s+to)\b/i;

/**
 * Whether an event is dated before the article's publication (a past edition: "since it hosted the same summit
 * in December 2022").
 */
function pastEvent(x: PassContext, id: string): boolean {
  const start = x.facts.events.find((e) => e.id === id)?.start;
  return typeof start === 'string' && start < x.published.slice(0, start.length);
}

/**
 * The events a stretch of the article names; a past edition left out when the words before it put the count
 * in the future ("will deploy 3,000 officers …, the most since it hosted the summit in 2022"). Counter-example:
 * "in 2014, when the city hosted the summit and 13,000 police were deployed" is the count of 2014.
 */
function eventsNamed(x: PassContext, span: { start: number; end: number }): string[] {
  return x.doc.mentionsIn(span, 'event')
    .filter((m) => !pastEvent(x, m.id) || !FUTURE_WORDS.test(x.doc.text.slice(span.start, m.start)))
    .map((m) => m.id);
}

/** The event a sentence is about: the article's own if it names it, else the one it names, else the article's. */
function eventOfSentence(x: PassContext, sentence: Sentence): string | null {
  const named = eventsNamed(x, sentence);
  return (x.mainEvent && named.includes(x.mainEvent.id) ? x.mainEvent.id : named[0]) ?? x.mainEvent?.id ?? null;
}

/** Where clauses of a sentence meet: "…, while …", "…; …", "…, and …". */
const CLAUSE_BREAK = /;|,\s+(?:while|whereas|and|but)\s/g;

/**
 * The event of a count's own clause when that clause names one ("900 officers at the festival, while 400
 * gendarmes guard the parade": each its own), else the sentence's.
 */
function eventOfCount(x: PassContext, sentence: Sentence, at: number): string | null {
  let start = sentence.start;
  let end = sentence.end;
  for (const b of sentence.text.matchAll(CLAUSE_BREAK)) {
    const offset = sentence.start + b.index;
    if (offset < at) start = offset;
    else { end = offset; break; }
  }
  return eventsNamed(x, { start, end })[0] ?? (SUMS_UP.test(sentence.text) ? summedEvent(x, sentence) : undefined) ?? eventOfSentence(x, sentence);
}

/** A sentence that opens by summing up the counts told before it: "In all, some 5,400 officers …". */
const SUMS_UP = /^(?:In all|All told|Altogether|In total),/;

/** The event of the counts a summing sentence that names none sums up: the one of the count told just before it. */
function summedEvent(x: PassContext, sentence: Sentence): string | undefined {
  return eventsNamed(x, sentence).length ? undefined : x.facts.deployments.at(-1)?.event_id ?? undefined;
}

/** Words right after a count that say what happened to those people, not that they were deployed: "two officers were hurt". */
const HARMED = new RegExp(`^[^,.;]{0,60}\\b(?:${HARM_WORDS})\\b`, 'iu');
/** How far after a count HARMED reads: an act of the count's own clause ("and had arrested four people" is another). */
const HARM_REACH = 40;
/**
 * The count's own verb in the passive telling what befell them, the words between naming whom they are ("27 crew
 * members of a fishing trawler were rescued", "40 officers from the northern unit were injured"): people rescued,
 * missing or harmed are no force deployed. Counter-example: "300 officers were deployed after 12 people were
 * rescued" (another verb, and another subject, first).
 */
const BEFALLEN = new RegExp(`^(?:\\s+(?!(?:were|was|are|is|and|or|who|which|that|after|when|while|as|but)\\b)[^\\s,.;]+){0,8}?\\s+(?:were|was|are|is|have\\s+been|had\\s+been)\\s+(?:rescued|saved|evacuated|airlifted|missing|${HARM_WORDS})\\b`, 'iu');

/** "the 1,300 volunteers" after "about 1,300 volunteers" (rule deployment.told-again): the count told before, named again. */
function toldAgain(x: PassContext, m: Found, number: string): boolean {
  if (m.groups!.hedge) return false;
  const at = m.pos + m[0].indexOf(number);
  const again = [...x.matches(DEPLOYMENT_TOLD_AGAIN.pattern, { start: Math.max(0, at - 5), end: at + number.length })].some((t) => t.pos + t[0].length === at + number.length);
  return again && new RegExp(`(?<![\\d.,])${escapeRegExp(number)}(?![\\d])`).test(x.doc.text.slice(0, at - 4));
}

/** Where a clause of its own begins, for places: a clause break, or one giving a reason or a time ("…, because …"). */
const PLACE_CLAUSE_BREAK = /;|,\s+(?:while|whereas|and|but|because|after|since|when|before)\s/;

/**
 * Where a count's clause ends: its places are named before the next clause ("2,400 officers on duty for the
 * final, and another 200 officers have arrived from the coast": the coast is the 200's; "grown to 12
 * officers, because the airport asked for help": the airport is no place of theirs).
 */
function clauseEndAfter(c: Counted): number {
  const rest = c.sentence.text.slice(c.end - c.sentence.start);
  const found = rest.search(PLACE_CLAUSE_BREAK);
  return found < 0 ? c.sentence.end : c.end + found;
}

/** Whether a count is background (rule deployment.background-count): a force's whole strength, or a number a plan supposes. */
const backgroundCount = (x: PassContext, c: Counted) => DEPLOYMENT_BACKGROUND.pattern.test(x.doc.text.slice(Math.max(c.sentence.start, c.start - 80), c.start));

/**
 * A count whose force noun opens the body's name ("1,200 officers of the Police Administration of Montenegro", "70 of
 * the Harbour Police Force", read up to "Police"): its role is the words before "of" ("Officers"), none when there are
 * none, and its quote runs to the end of the body's name. Undefined when no name of the body goes on past the count.
 */
function countIntoBodyName(x: PassContext, c: Counted, org: OrganizationDraft, words: string): { role: string | null; end: number } | undefined {
  const name = x.doc.mentionsIn({ start: c.start, end: c.sentence.end }, 'organization').find((o) => o.id === org.id && o.start < c.end && o.end > c.end);
  if (!name) return undefined;
  const parts = words.split(/\s+/u);
  const of = parts.findIndex((word) => /^(?:of|from)$/iu.test(word));
  const noun = of > 0 ? parts.slice(0, of).join(' ') : undefined;
  return { role: noun ? capitalize(noun) : null, end: name.end };
}

/** Bodies whose members are people who join, not a force: "150 of its members held a vigil" is a crowd, no deployment. */
const CIVIL_KINDS: ReadonlySet<string> = new Set(['association', 'union', 'political_group', 'club']);
const membersOfCivilBody = (force: string, org: OrganizationDraft) => /\bmembers$/iu.test(force) && CIVIL_KINDS.has(org.kind);

/** A guard of honour or a bearer party is part of a ceremony, no security force ("500 soldiers lined the street as the guard of honour"). */
const CEREMONIAL_GUARD = /\b(?:guard\s+of\s+honou?r|honou?r\s+guard|bearer\s+party)\b/iu;

/**
 * Where a count's places end: at an event named and then described after a comma ("on duty across Lakeside for the
 * Lakeside Cup, a judo tournament at the Sports Palace"), whose description's places are the event's, not the force's.
 */
function placesEndBefore(x: PassContext, start: number, end: number): number {
  const described = x.doc.mentionsIn({ start, end }, 'event').find((e) => /^,\s+(?:a|an|the)\s/u.test(x.doc.text.slice(e.end, e.end + 6)));
  return described ? described.start : end;
}

function counted(x: PassContext, m: Found): { deployment: DeploymentDraft; listed: boolean } | null {
  const { hedge, number, force } = m.groups as { hedge?: string; number: string; force: string };
  const value = headcountOf(number);
  const phrase = value === null || HARMED.test(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + HARM_REACH)) || BEFALLEN.test(x.doc.text.slice(m.pos + m[0].length, x.doc.sentenceAt(m.pos).end)) || toldAgain(x, m, number) ? null : countedPhrase(x, m, force);
  if (value === null || phrase === null) return null;
  const c: Counted = { phrase, force, start: m.pos, end: m.pos + m[0].length, sentence: x.doc.sentenceAt(m.pos), together: genericTogether(x, m) };
  // "In 2028 about 3,800 officers worked the carnival; this year …": a count of a past year is background, no deployment.
  if (clauseInPastYear(c.sentence.text, c.start - c.sentence.start, x.published)) return null;
  if (backgroundCount(x, c) || CEREMONIAL_GUARD.test(x.doc.text.slice(Math.max(c.sentence.start, c.start - 40), Math.min(c.sentence.end, c.end + 120)))) return null;
  const org = forceOf(x, c);
  if (!org || membersOfCivilBody(force, org)) return null;
  const given = givingBody(x, c)?.id === org.id ? [DEPLOYMENT_GIVING_BODY.id] : employedBySpeaker(x, c) === org ? [DEPLOYMENT_SPEAKING_BODY.id] : [];
  const rest = phrase.replace(new RegExp(`^${escapeRegExp(org.name)}\\s*`, 'i'), '');
  const intoName = countIntoBodyName(x, c, org, rest || phrase);
  const clauseEnd = clauseEndAfter(c);
  const places = x.doc.placesIn({ start: c.end, end: placesEndBefore(x, c.end, clauseEnd) })
    .filter((id) => x.facts.places.find((p) => p.id === id)?.kind !== 'country' || /\bacross\b|\bin\b/.test(x.doc.text.slice(c.end, clauseEnd)));
  const deployment: DeploymentDraft = {
    id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(hedge) }, role: /^(?:from|of)\s/iu.test(phrase) ? null : intoName ? intoName.role : capitalize(rest || phrase),
    place_ids: places, event_id: eventOfCount(x, c.sentence, c.start), part_of_id: null,
    rules: [DEPLOYMENT_COUNT.id, ...given, ...(BODIES_TOGETHER.has(org) ? [DEPLOYMENT_BODIES_TOGETHER.id] : []), ...(isGenericForceId(org.id) ? [c.together ? DEPLOYMENT_GENERIC_TOGETHER.id : DEPLOYMENT_GENERIC_FORCE.id] : []), ...(BODY_MEMBERS.includes(phrase.toLowerCase()) && org.name.toLowerCase() !== phrase.toLowerCase() ? [DEPLOYMENT_MEMBERS.id] : [])], citations: [],
  };
  const listed = x.doc.isListItem(c.start);
  x.addCitation(deployment, x.doc.cite(c.start, listed ? c.sentence.end : intoName?.end ?? c.end));
  return deployment.citations.length ? { deployment, listed } : null;
}

/** Items of a bulleted list that add up to no more than an earlier stated total are parts of it. */
function listedParts(x: PassContext, found: Array<{ deployment: DeploymentDraft; listed: boolean }>): void {
  const value = (d: DeploymentDraft) => d.personnel.value ?? 0;
  const listed = found.filter((f) => f.listed).map((f) => f.deployment);
  const sum = listed.reduce((n, d) => n + value(d), 0);
  const total = found.find((f) => !f.listed && value(f.deployment) >= sum)?.deployment;
  if (!total) return;
  for (const d of listed) {
    d.part_of_id = total.id;
    x.infer(d, `part_of_id: a listed item, taken as part of the ${total.personnel.value} stated before, which the listed items (${sum} together) do not exceed`);
  }
}

/** A body deployed with no count stated, cited by its sentence (rules deployment.unnumbered, on-standby, joined-by). */
function addUncounted(x: PassContext, body: OrganizationDraft, s: { start: number; end: number }, rule: string, place_ids: string[], event_id: string | null): void {
  const deployment: DeploymentDraft = {
    id: x.newId(`${body.name} deployment`), organization_id: body.id, personnel: { value: null, qualifier: null }, role: null,
    place_ids, event_id, part_of_id: null, rules: [rule], citations: [],
  };
  x.addCitation(deployment, x.doc.cite(s.start, s.end));
  if (deployment.citations.length) x.facts.deployments.push(deployment);
}

/** A force deployed without a number: "agents from the border agency will be deployed". */
function unnumbered(x: PassContext): void {
  for (const s of x.doc.sentences) {
    if (!DEPLOYMENT_UNNUMBERED.pattern.test(s.text)) continue;
    if (x.facts.deployments.some((d) => d.citations.some((c) => s.text.includes(c.quote)))) continue;
    const m = /\b(?:agents|personnel|officers|troops|staff|staffers)\s+(?:from|of)\s+(?:the\s+)?/.exec(s.text);
    const org = m && x.doc.mentionsIn({ start: s.start + m.index, end: s.end }, 'organization')[0];
    if (!org || x.facts.deployments.some((d) => d.organization_id === org.id)) continue;
    addUncounted(x, orgById(x, org.id)!, s, DEPLOYMENT_UNNUMBERED.id, [], x.mainEvent?.id ?? null);
  }
}

/** Bodies whose members join or back a force, with no number (rule deployment.joined-by): each deployed, its count not stated. */
function joinedBy(x: PassContext): void {
  for (const s of x.doc.sentences) {
    const verb = DEPLOYMENT_JOINED_BY.pattern.exec(s.text);
    if (!verb || x.doc.isHeading(s)) continue;
    const from = s.start + verb.index + verb[0].length;
    for (const org of x.doc.mentionsIn({ start: from, end: s.end }, 'organization')) {
      const body = orgById(x, org.id);
      if (!body || isGenericForceId(body.id) || !MEMBERS_OF_BODY.test(x.doc.text.slice(from, org.start))) continue;
      if (x.facts.deployments.some((d) => d.organization_id === body.id)) continue;
      addUncounted(x, body, s, DEPLOYMENT_JOINED_BY.id, x.doc.placesIn(s), eventOfSentence(x, s));
    }
  }
}

/** A body opening its sentence said to be on standby or deployed, with no number (rule deployment.on-standby). */
function onStandby(x: PassContext): void {
  for (const s of x.doc.sentences) {
    if (x.doc.isHeading(s) || !DEPLOYMENT_ON_STANDBY.pattern.test(s.text)) continue;
    const org = x.doc.mentionsIn(s, 'organization').find((o) => o.start <= s.start + 4);
    const body = org && orgById(x, org.id);
    if (!body || isGenericForceId(body.id) || x.facts.deployments.some((d) => d.organization_id === body.id)) continue;
    addUncounted(x, body, s, DEPLOYMENT_ON_STANDBY.id, x.doc.placesIn(s), eventOfSentence(x, s));
  }
}

/** Names that make a body a force: armed, police, guard, security, fire, rescue and ambulance services. */
const FORCE_NAME = /\b(?:Army|Navy|Air Force|Command|Forces?|Corps|Battalion|Brigade|Regiment|Guard|Gendarmerie|Unit|Commando|Police|Squad|Security|Protection|Intelligence|Fire|Rescue|Ambulance|Emergency)\b/u;
/** Kinds of body that are never a force on duty, whatever their name: "the Ministry of Public Security" directs, it does not guard. */
const NEVER_FORCE = new Set(['ministry', 'government', 'political_group', 'union', 'club', 'association', 'delegation', 'diplomatic_mission']);
const isForce = (body: OrganizationDraft) => body.kind === 'police_force' || (!NEVER_FORCE.has(body.kind) && FORCE_NAME.test(body.name));

/** A deployment of the body or of bodies together that name it ("900 officers of the Harbour Police and the Coast Guard"). */
function deploysBody(x: PassContext, d: DeploymentDraft, body: OrganizationDraft): boolean {
  const org = orgById(x, d.organization_id);
  return d.organization_id === body.id || (!!org && BODIES_TOGETHER.has(org) && org.name.includes(body.name));
}

/** Forces given a task or entrusted with security, with no number (rules deployment.tasked-force, entrusted-force). */
function taskedForces(x: PassContext): void {
  for (const rule of [DEPLOYMENT_TASKED_FORCE, DEPLOYMENT_ENTRUSTED_FORCE]) {
    const pattern = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`);
    for (const s of x.doc.sentences) {
      if (x.doc.isHeading(s)) continue;
      for (const m of s.text.matchAll(pattern)) {
        const at = s.start + m.index + m[0].lastIndexOf(m.groups!.body!);
        const org = x.doc.mentionsIn({ start: at, end: at + m.groups!.body!.length }, 'organization')[0];
        const body = org && orgById(x, org.id);
        if (!body || isGenericForceId(body.id) || !isForce(body) || x.facts.deployments.some((d) => deploysBody(x, d, body))) continue;
        addUncounted(x, body, s, rule.id, x.doc.placesIn(s), eventOfSentence(x, s));
      }
    }
  }
}

/** People counted by the security work they do (rule deployment.security-workforce): all forces together, held as a generic force. */
function securityWorkforce(x: PassContext): void {
  for (const m of x.matches(DEPLOYMENT_SECURITY_WORKFORCE.pattern)) {
    const { hedge, number } = m.groups as { hedge?: string; number: string };
    const value = countOf(number);
    const s = x.doc.sentenceAt(m.pos);
    if (value === null || x.doc.isHeading(s) || x.doc.quoted(m.pos)) continue;
    // Named by the article's words without their auxiliaries: "people work on the security".
    const words = m[0].slice(m[0].indexOf(number) + number.length).replace(/\b(?:will|would|are|were|now|also|then|be)\s+/g, '').trim();
    const org = genericForce(x, capitalize(words), m.pos + m[0].length - words.length, m.pos + m[0].length, false);
    const deployment: DeploymentDraft = {
      id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(hedge) }, role: null,
      place_ids: [], event_id: eventOfCount(x, s, m.pos), part_of_id: null, rules: [DEPLOYMENT_SECURITY_WORKFORCE.id], citations: [],
    };
    x.addCitation(deployment, x.doc.cite(m.pos, m.pos + m[0].length));
    if (deployment.citations.length) x.facts.deployments.push(deployment);
  }
}

/**
 * A number of forces named only by lowercase words that someone puts at a value (rule deployment.put-at):
 * "The ministry put the total number of police officers guarding the fair at some 3,400", held like a generic force.
 */
function putAt(x: PassContext): void {
  for (const m of x.matches(DEPLOYMENT_PUT_AT.pattern)) {
    const { hedge, number, force } = m.groups as { hedge?: string; number: string; force: string };
    const value = countOf(number);
    const s = x.doc.sentenceAt(m.pos);
    if (value === null || x.doc.isHeading(s) || x.doc.quoted(m.pos)) continue;
    const at = m.pos + m[0].indexOf(force);
    const org = genericForce(x, capitalize(force.replace(/\s+/g, ' ')), at, at + force.length, false);
    const deployment: DeploymentDraft = {
      id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(hedge) }, role: null,
      place_ids: [], event_id: eventOfCount(x, s, m.pos), part_of_id: null, rules: [DEPLOYMENT_PUT_AT.id], citations: [],
    };
    x.addCitation(deployment, x.doc.cite(m.pos, m.pos + m[0].length));
    if (deployment.citations.length) x.facts.deployments.push(deployment);
  }
}

/** "…, with up to 600 more from the State Border Service" (rule deployment.more-from-body): that body's own count. */
function moreFromBody(x: PassContext): void {
  for (const m of x.matches(DEPLOYMENT_MORE_FROM_BODY.pattern)) {
    const { hedge, number } = m.groups as { hedge?: string; number: string };
    const value = countOf(number);
    const s = x.doc.sentenceAt(m.pos);
    const body = x.doc.mentionsIn({ start: m.pos + m[0].length, end: s.end }, 'organization')[0];
    const org = body?.start === m.pos + m[0].length ? orgById(x, body.id) : undefined;
    if (value === null || !org || isGenericForceId(org.id) || NOT_A_FORCE.has(org.kind) || x.doc.quoted(m.pos)) continue;
    if (x.facts.deployments.some((d) => d.organization_id === org.id && d.personnel.value === value)) continue;
    const deployment: DeploymentDraft = {
      id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(hedge) }, role: null,
      place_ids: [], event_id: eventOfCount(x, s, m.pos), part_of_id: null, rules: [DEPLOYMENT_MORE_FROM_BODY.id], citations: [],
    };
    x.addCitation(deployment, x.doc.cite(m.pos, body!.end));
    if (deployment.citations.length) x.facts.deployments.push(deployment);
  }
}

/**
 * "The ministry also corrected the number of doctors … to 790, not the 650 it had announced" (rule
 * deployment.corrected): the corrected count of the body that corrects it, named in the sentence before the
 * verb or by "the <head word>" of a body named before; a new figure, so trust contests the one it replaces.
 */
function correctedCounts(x: PassContext): void {
  for (const m of x.matches(DEPLOYMENT_CORRECTED.pattern)) {
    const { hedge, number } = m.groups as { hedge?: string; number: string };
    const value = countOf(number);
    const s = x.doc.sentenceAt(m.pos);
    if (value === null || x.doc.isHeading(s) || x.doc.quoted(m.pos)) continue;
    const subject = /^(?:(?:The|the)\s+)?[\p{L}-]+/u.exec(x.doc.text.slice(s.start, m.pos))?.[0];
    const id = x.doc.mentionsIn({ start: s.start, end: m.pos }, 'organization').at(-1)?.id ?? (subject && bodyByHead(x, subject, s.start));
    const org = id ? orgById(x, id) : undefined;
    if (!org || isGenericForceId(org.id)) continue;
    const deployment: DeploymentDraft = {
      id: x.newId(`${org.name} deployment`), organization_id: org.id, personnel: { value, qualifier: qualifierOf(hedge) }, role: capitalize(m.groups!.noun!.trim()),
      place_ids: [], event_id: eventOfCount(x, s, m.pos), part_of_id: null, rules: [DEPLOYMENT_CORRECTED.id], citations: [],
    };
    x.addCitation(deployment, x.doc.cite(m.pos, m.pos + m[0].length));
    if (deployment.citations.length) x.facts.deployments.push(deployment);
  }
}

/** Words before a number that make it an addition: "another 300", "an extra 200", "the extra 120". */
const ADDED_BEFORE = /\b(?:another|an\s+extra|an\s+additional|a\s+further|the\s+(?:extra|additional))\s+$/i;
/** Words between a number and its force that make it an addition: "300 more officers". */
const ADDED_AFTER = /^(?:more|additional|extra|further)\s/i;

/**
 * Marks what a count is, once, where the words are read: an addition ("300 more officers") or the new
 * total it brings the force to ("bringing the force to about 2,300 officers"). Resolution reads the mark,
 * not the quote again: a quote may hold both numbers.
 */
function marked(x: PassContext, m: Found, deployment: DeploymentDraft, totals: Found[]): void {
  const before = x.doc.text.slice(Math.max(0, m.pos - 24), m.pos);
  if (ADDED_AFTER.test(m.groups!.force!) || ADDED_BEFORE.test(before)) {
    x.ruled(deployment, DEPLOYMENT_INCREMENT.id);
    deployment.note = INCREMENT_NOTE;
  } else if (totals.some((t) => m.pos >= t.pos && m.pos < t.pos + t[0].length)) {
    x.ruled(deployment, DEPLOYMENT_NEW_TOTAL.id);
    deployment.note = NEW_TOTAL_NOTE;
  }
}

/**
 * A new total with no force noun after it ("300 more officers, bringing the total to about 2,300."): the
 * force is the one the same sentence adds to; with no addition in the sentence, nothing is counted.
 */
function bareTotals(x: PassContext, totals: Found[]): void {
  for (const t of totals) {
    const s = x.doc.sentenceAt(t.pos);
    const numberAt = t.pos + t[0].length - t.groups!.number!.length;
    if (x.facts.deployments.some((d) => d.citations.some((c) => x.doc.quoteStart(c.quote) <= numberAt && x.doc.quoteStart(c.quote) + c.quote.length > numberAt))) continue;
    const added = x.facts.deployments.find((d) => d.rules?.includes(DEPLOYMENT_INCREMENT.id) && d.citations.some((c) => s.text.includes(c.quote)));
    const value = countOf(t.groups!.number!);
    if (!added || value === null) continue;
    const total: DeploymentDraft = { ...added, id: x.newId(`${added.id} total`), personnel: { value, qualifier: qualifierOf(t.groups!.hedge) }, part_of_id: null,
      note: NEW_TOTAL_NOTE, rules: [DEPLOYMENT_NEW_TOTAL.id], citations: [] };
    x.addCitation(total, x.doc.cite(t.pos, t.pos + t[0].length));
    if (total.citations.length) x.facts.deployments.push(total);
  }
}

/** Two counts of one body, event, value and hedge, not placed in different places. */
const sameCount = (a: DeploymentDraft, b: DeploymentDraft) => a.organization_id === b.organization_id && a.event_id === b.event_id
  && a.personnel.value === b.personnel.value && a.personnel.qualifier === b.personnel.qualifier
  && (!a.place_ids.length || !b.place_ids.length || a.place_ids.join() === b.place_ids.join());

export function deployments(x: PassContext): void {
  const found: Array<{ deployment: DeploymentDraft; listed: boolean }> = [];
  const totals = [...x.matches(DEPLOYMENT_NEW_TOTAL.pattern)];
  for (const m of x.matches(DEPLOYMENT_COUNT.pattern)) {
    const one = counted(x, m);
    if (!one) continue;
    // The same count of the same body told twice ("… some 2,000 officers" in the lead and in a list) is one count.
    const told = x.facts.deployments.find((d) => sameCount(d, one.deployment));
    if (told) { x.addCitation(told, one.deployment.citations[0]!); continue; }
    marked(x, m, one.deployment, totals);
    found.push(one);
    x.facts.deployments.push(one.deployment);
  }
  listedParts(x, found);
  answeredCounts(x);
  // A labelled item's count is a total its own parts may name ("- Officers: about 900 from …, including 120 of …").
  labelledCounts(x, x.mainEvent?.id ?? null);
  partsByPlace(x);
  partsIncluded(x);
  partsFromBodies(x);
  partsOfThose(x);
  bareTotals(x, totals);
  placeForces(x, x.mainEvent?.id ?? null);
  bodySending(x, x.mainEvent?.id ?? null);
  respectiveCounts(x, x.mainEvent?.id ?? null);
  unnumbered(x);
  onStandby(x);
  taskedForces(x);
  joinedBy(x);
  securityWorkforce(x);
  putAt(x);
  moreFromBody(x);
  correctedCounts(x);
}
