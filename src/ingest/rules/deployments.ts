// A force counted in a sentence: the number, the hedge before it, and the words up to the force noun.
import { HEDGES } from '../../db/support.js';
import { NUMBER_PHRASE } from '../../lib/numbers.js';
import { FORCE_NOUNS } from '../lexicon.js';
import { compose, type Rule } from './rule.js';

/** The hedges the build's number check reads (src/db/support.ts), longest first so "no more than" beats "more than". */
export const HEDGE_PART = HEDGES.map(([phrase]) => phrase).sort((a, b) => b.length - a.length).join('|');
/**
 * A count of time ("25 minutes on police advice"), of land, distance, weight or money ("30 hectares of scrub before
 * firefighters"), the part of another count ("nine people, five of them police officers") or of units ("two squadrons
 * of mobile gendarmes": how many people is unstated) counts no force; nor does one of vehicles, which carry people ("42
 * buses under police escort").
 */
const NOT_A_FORCE = '(?!(?:minutes?|hours?|days?|weeks?|months?|years?|hectares?|acres?|(?:kilo)?met(?:re|er)s?|km|miles?|feet|tonnes?|tons?|lit(?:re|er)s?|square|per\\s?cent|percent|euros?|dollars?|of\\s+them|squadrons?|compan(?:y|ies)|platoons?|battalions?|brigades?|units?|teams?|squads?|detachments?|contingents?|bus(?:es)?|coaches|cars?|vans?|trucks?|lorries|vehicles?|boats?|trains?)\\b)';
/** "up to 600 men of the Reserve Unit": men are a force only when a body's name follows. */
const MEN_OF_BODY = "men(?=\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu})";
// "1,900 teachers are members", "212 of our members": members of a union or a club, counted as such, are no force.
const FORCE_PART = `${NOT_A_FORCE}(?:\\p{L}[\\p{L}'’-]{0,40}\\s+){0,4}(?:${FORCE_NOUNS.map((f) => f.replace(/ /g, '\\s+')).join('|')}|${MEN_OF_BODY})(?<!\\b(?:are|is|were|was|become|became|our|their)\\s+members)`;

/** Things a force noun may describe ("police cameras", "police cars"): counted, they are no people. */
const THINGS = '(?:cameras?|cars?|vehicles?|vans?|boats?|horses?|dogs?|helicopters?|drones?|stations?|barriers?|headquarters)\\b';

export const DEPLOYMENT_COUNT: Rule = {
  id: 'deployment.count',
  produces: 'deployments',
  description: 'a hedged number of people of a force, up to four words between them ("some 4,500 National Police officers", "up to 600 men of the Reserve Unit", men only before a body\'s name); not a force noun that describes things ("400 police cameras"), nor members of the public, a count of time ("25 minutes on police advice") nor part of another count ("five of them police officers"), nor a guard of honour or a bearer party near the count ("500 soldiers lined the street as the guard of honour"), part of a ceremony',
  // Words between the number and the force start with a letter: "June 12 - Police" counts no one.
  // "members of the public" are the crowd, no force.
  // A count quoted as a source's words ("\"at least 1,500\" soldiers") is still a count of the force after it.
  // A clock time's minutes ("08:58 Police have closed …") are no number of their own.
  pattern: compose(`(?:["“](?=[\\p{L}\\d][^"”\\n]{0,30}["”]))?\\b{HEDGE}? (?<!\\d:){NUMBER}["”]? {FORCE}\\b(?!\\s+(?:${THINGS}))(?!\\s+of\\s+the\\s+public\\b)`, { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, FORCE: FORCE_PART }, 'giu'),
  examples: {
    match: ['French authorities will deploy some 4,500 National Police officers.', 'Up to 800 gendarmes will patrol.', 'The police will deploy twenty-five hundred officers.', 'They will be backed by up to 600 men of the Reserve Unit.', 'The general said "at least 1,500" soldiers of the Harbour Army are deployed.'],
    noMatch: ['MADRID, June 12 - Police said the route was closed.', 'Two men were arrested near the gate.', 'The gate was held shut for 25 minutes on police advice.', 'A fire burned about 30 hectares of scrub before firefighters put it out.', 'Nine people, five of them police officers, were hurt.', 'Officers will patrol the route.', 'The 12 stations of the line were closed.', 'More than 400 police cameras watch the route.', 'Up to 50,000 guests and members of the public are expected.', '08:58 Police have closed the bridge.'],
  },
};

/**
 * A count after "the" whose number the article gave before ("About 1,300 volunteers will help. … the 1,300
 * volunteers would staff 22 points", "The 1,800 were the officers around the park"): the count told before,
 * named again, never a new count. Counter-example: "The 300 officers of the harbour unit" with no 300 before it.
 */
export const DEPLOYMENT_TOLD_AGAIN: Rule = {
  id: 'deployment.told-again',
  produces: 'deployments',
  description: 'a number after "the" that the article gave before ("the 1,300 volunteers would staff the stands", "The 1,800 were the officers around the park"): the count told before, named again, so no new count is proposed from it',
  pattern: compose('\\b[Tt]he {NUMBER}\\b', { NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ['The organiser said the 1,300 volunteers would staff the stands.', 'The 1,800 were the officers around the park.'],
    noMatch: ['About 1,300 volunteers will staff the stands.'],
  },
};

/**
 * Counts that are background, not a deployment: a force's whole strength ("the Botswana Police Service, which has
 * roughly 9,600 officers", "a force of 9,600"), and a number a plan supposes ("the bid assumes it would need about
 * 8,000 officers"). Counter-examples: "the LOC, which has hired 1,200 stewards" and "the Red Cross, which had 40
 * volunteers at the ground" are deployments. A past operation's count ("in 2014, when nearly 13,000 police were
 * deployed") stays a deployment of that operation, as the gold files record it.
 */
export const DEPLOYMENT_BACKGROUND: Rule = {
  id: 'deployment.background-count',
  produces: 'deployments',
  description: 'a count that is no deployment: a force\'s whole strength ("…, which has roughly 9,600 officers", "a force of 9,600 officers") or a number a plan supposes ("assumes it would need about 8,000 officers"); "which has hired 1,200 stewards" and "which had 40 volunteers at the ground" are deployments',
  pattern: /\b(?:(?:which|that|it)\s+(?:has|numbers|employs)|a\s+(?:total\s+)?(?:strength|force|workforce)\s+of|(?:assumes?|estimates?|calculates?)\s+(?:that\s+)?(?:it|they|the\s+city|the\s+country)\s+(?:would|will|could|might)\s+(?:need|require))\s+(?:(?:roughly|about|around|some|nearly|almost|over|just\s+over|more\s+than|fewer\s+than|close\s+to)\s+)?$/u,
  examples: {
    match: ['the Botswana Police Service, which has roughly ', 'a force of ', 'the bid assumes it would need about '],
    noMatch: ['the police will deploy about ', 'the LOC, which has hired ', 'the Red Cross, which had ', 'the force would need more '],
  },
};

/** Words for the members of one body ("gendarmes" of a Gendarmerie, "carabinieri"): they name that body, so a force they name is never generic. */
export const BODY_MEMBERS: readonly string[] = ['gendarmes', 'carabinieri'];
/**
 * Force nouns for people a civilian body gives ("up to 200 volunteers", "250 paramedics"): counted only for a
 * body the sentence names as giving them, never as a force of their own nor for a police force nearby.
 */
export const BODY_ONLY_NOUNS: readonly string[] = ['volunteers', 'paramedics', 'doctors', 'nurses', 'medics', 'health workers', 'medical staff', 'rescuers', 'rescue workers'];
const GENERIC_NOUNS = FORCE_NOUNS.filter((f) => !BODY_MEMBERS.includes(f) && !BODY_ONLY_NOUNS.includes(f)).map((f) => f.replace(/ /g, '\\s+')).join('|');
/**
 * Who a count names with lowercase common words only, ending with a force noun that is no body's members'
 * name ("police officers", "private security guards"): no proper name, no nationality, so no body.
 * Counter-examples: "gendarmes", "Harbour Police officers", "Dutch police", and forces joined by "and"
 * ("police and soldiers"), a count of several together, a body named by those words.
 */
const LOWER_WORD = "\\p{Ll}[\\p{Ll}'’-]{0,40}\\s+";
export const GENERIC_FORCE_PART = `${NOT_A_FORCE}(?:(?!(?:and|${BODY_MEMBERS.join('|')})\\b)${LOWER_WORD}){0,4}(?:${GENERIC_NOUNS})`;

export const DEPLOYMENT_GENERIC_FORCE: Rule = {
  id: 'deployment.generic-force',
  produces: 'deployments',
  description: 'a count of a force named only by lowercase common words ("about 900 police officers", "300 private security guards"; not several joined by "and") with no body named in, after or near them, and a bare "officers" said to be on duty, deployed or stationed with no police force in the sentence ("about 120 officers had been on duty"): no organization is made; resolution gives the count the body of a known count of the same event, value and hedge, or lists its sentence as unresolved',
  pattern: compose('\\b{HEDGE}? {NUMBER} {GENERIC}\\b(?! (?:and|of|from|employed by|hired by|provided by) \\p{L})', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, GENERIC: GENERIC_FORCE_PART }, 'gu'),
  examples: {
    match: ['About 900 police officers will watch the regatta.', 'The organisers hired 300 private security guards for the fair.'],
    noMatch: ['Some 200 police and soldiers patrolled the quay.', 'The gate was held shut for 25 minutes on police advice.', 'Nine people, five of them police officers, were hurt.', 'About 900 gendarmes will watch the regatta.', 'About 900 Harbour Police officers will watch the regatta.', 'Some 40 officers from the Coast Guard patrolled the quay.', 'About 900 Danish police officers will watch the regatta.'],
  },
};

/** Lowercase common words ending with any force noun, a body's members' name included ("riot police", "gendarmes"). */
const LOWER_FORCE = `(?:${LOWER_WORD}){0,2}(?:${FORCE_NOUNS.filter((f) => !BODY_ONLY_NOUNS.includes(f)).map((f) => f.replace(/ /g, '\\s+')).join('|')})`;

export const DEPLOYMENT_GENERIC_TOGETHER: Rule = {
  id: 'deployment.generic-together',
  produces: 'deployments',
  description: 'a count of several forces together named only by lowercase words joined by "and" ("about 200 police and soldiers", "28,000 police and gendarmes"): no one body\'s; when the same or the next sentence names a body for each kind ("… the Swiss Armed Forces will support the Geneva Cantonal Police"), those bodies together under the article\'s words, else no body of its own, held like a generic force (no organization is made; resolution gives it a known count\'s body that fits or lists it as unresolved)',
  pattern: compose('\\b{HEDGE}? {NUMBER} {FIRST} and {SECOND}\\b(?! (?:of|from|employed by|hired by|provided by) \\p{L})', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, FIRST: LOWER_FORCE, SECOND: LOWER_FORCE }, 'gu'),
  examples: {
    match: ['Some 200 police and soldiers patrolled the quay.', 'About 28,000 police and gendarmes will be mobilised.', 'More than 3,500 police officers and stewards will be on duty.'],
    noMatch: ['Some 200 Harbour Police officers and soldiers patrolled the quay.', 'Some 200 police officers and their dogs patrolled the quay.', 'About 900 police officers will watch the regatta.'],
  },
};

export const DEPLOYMENT_MEMBERS: Rule = {
  id: 'deployment.members-name',
  produces: 'deployments',
  description: 'a count of a body\'s members by their name ("600 gendarmes", "about 2,000 will be carabinieri"): the body the article names whose name holds that word ("the Gendarmerie", "the Carabinieri"), else the known body the word names, of the nationality the sentence gives before the count ("Of the Turkish personnel, about 2,000 will be gendarmes": the Turkish Gendarmerie); never a body named by the plural',
  pattern: compose('\\b{HEDGE}? {NUMBER} (?:(?:will|would|are|were) (?:be )?)?{MEMBERS}\\b', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, MEMBERS: BODY_MEMBERS.join('|') }, 'gu'),
  examples: {
    match: ['The Gendarmerie will send 600 gendarmes to the pass.', 'Of the 900 officers, about 500 will be carabinieri.'],
    noMatch: ['The Gendarmerie will send 600 officers to the pass.', 'Gendarmes closed the pass.'],
  },
};

export const DEPLOYMENT_UNNUMBERED: Rule = {
  id: 'deployment.unnumbered',
  produces: 'deployments',
  description: 'a sentence that deploys a force without a number; the force is the body named after "agents from", "officers of"',
  pattern: /\b(?:be deployed|will deploy|to deploy|deploying|deployment of)\b/,
  examples: {
    match: ['Agents from the coast guard will be deployed along the shore.', 'The city plans the deployment of officers from the state police.'],
    noMatch: ['Officers patrolled the shore.'],
  },
};

/** Nouns for the members of a body counted as a force ("troops of the Army", "members of the Rapid Unit"). */
const MEMBER_NOUNS = 'members|troops|soldiers|officers|police officers|commandos|agents|personnel|reservists|gendarmes|marines|units|staff';
/** Words before a count that make it an addition to a force ("a further 900", "an extra 200", "the extra 120 officers arrived on Monday"). */
export const INCREMENT_WORDS = 'another|an extra|an additional|a further|the extra|the additional';

/**
 * Forces that join, back or support others, named by their members and no number ("will be joined by several
 * hundred members of the Rapid Unit (RU) and by troops of the Border Guard"): each body deployed, its count not
 * stated. A member noun with a number is a count (rule deployment.count).
 */
export const DEPLOYMENT_JOINED_BY: Rule = {
  id: 'deployment.joined-by',
  produces: 'deployments',
  description: 'forces that join, back, support or reinforce others, named by their members and a body, with no number ("will be joined by several hundred members of the Rapid Unit and by troops of the Border Guard", "backed by soldiers of the Army"): each body deployed, its count not stated ("several hundred" states none); a member noun with a number is a count of its own (rule deployment.count)',
  pattern: new RegExp(`\\b(?:joined|backed|supported|reinforced|assisted|bolstered|aided) (?:up )?by\\b(?=[^.;]{1,160}?\\b(?:${MEMBER_NOUNS}) (?:of|from)\\b)`, 'u'),
  examples: {
    match: ['The officers will be joined by several hundred members of the Rapid Unit and by troops of the Border Guard.', 'Police will be backed by soldiers of the Lakeside Army on the last night.'],
    noMatch: ['The plan was backed by the mayor.', 'Soldiers of the Lakeside Army will guard the bridge.'],
  },
};

/** Members of a body after a joining verb, with no number or a vague one ("several hundred members of the", "troops of the"). */
export const MEMBERS_OF_BODY = new RegExp(`(?<![\\d,.] ?)(?:\\b(?:several|a few|some) (?:hundred|thousand|dozen) |\\b(?:hundreds|thousands|dozens) of )?\\b(?:${MEMBER_NOUNS}) (?:of|from) (?:the )?$`, 'u');

/** A capitalised body of two or more words, maybe joined by "of (the)": "State Security Service", "Republican Guard of the Defence Force". */
const CAPITALISED_BODY = "\\p{Lu}[\\p{L}'’-]{1,40}(?:[^\\S\\n]+(?:of[^\\S\\n]+(?:the[^\\S\\n]+)?)?\\p{Lu}[\\p{L}'’-]{1,40}){1,5}";

/**
 * A body that opens its sentence, maybe with its name in brackets and an apposition, said to be on standby,
 * on duty or deployed, with no number ("The Special Response Unit (SRU), the force's tactical unit, will be on
 * standby near the finish"): a deployment of that body with no count.
 */
export const DEPLOYMENT_ON_STANDBY: Rule = {
  id: 'deployment.on-standby',
  produces: 'deployments',
  description: 'a body of two or more capitalised words opening its sentence, maybe with a bracket and an apposition, said to be on standby, on duty, on patrol or deployed, with no number ("The Special Response Unit (SRU), the force\'s tactical unit, will be on standby near the finish"): that body deployed, its count not stated; not a count given elsewhere for it',
  pattern: compose("^(?:The )?{BODY}(?: \\([^()]{1,80}\\))?(?:, [^,;.]{1,80},)? (?:will|would|is|are|was|were|has been|have been|had been) (?:be )?(?:kept )?(?:on standby|on duty|on patrol|deployed|posted|stationed|in reserve)\\b", {
    BODY: CAPITALISED_BODY,
  }, 'u'),
  examples: {
    match: ["The Special Response Unit (SRU), the force's tactical unit, will be on standby near the finish.", 'The Coast Guard will be deployed along the shore.'],
    noMatch: ['Officers will be on standby near the finish.', 'The Coast Guard said 300 officers would be on duty.', 'The Harbour Council will discuss the plan.', 'The Military Police Command will guard the palace.'],
  },
};

/**
 * A force given a security task, with no number, as the subject of any clause of its sentence ("Bouzid said the
 * Presidential Guard would take charge of the hall", "…, while the Protection Corps would guard the two
 * presidents"): that force deployed, its count not stated. The task is guarding, protecting, escorting or
 * securing, being in charge of or responsible for something, or keeping crews, units or engines ready; which
 * bodies are forces, the pass checks (a council never guards a square).
 */
export const DEPLOYMENT_TASKED_FORCE: Rule = {
  id: 'deployment.tasked-force',
  produces: 'deployments',
  description: 'a force named as the subject of a clause and given a security task with no number ("said the Presidential Guard would take charge of the hall", "while the Protection Corps would guard the two presidents", "A unit of the Armed Forces will help secure the square", "The Fire Service will keep two engines near the gate", "The Special Protection Agency is responsible for the two presidents"): that force deployed, its count not stated; only bodies that are forces (police, armed, guard, security, fire, rescue and ambulance services); not a task it will not do',
  pattern: compose("(?:^|\\b(?:said|says|added|announced|while|whereas|and)(?: that)? |; |, )(?:(?:[Aa]|[Oo]ne|[Tt]wo|[Ss]everal) units? of )?(?:the )?{BODY}(?: \\([^()]{1,80}\\))?(?:, [^,;.]{1,80},)? {TASK}\\b", {
    BODY: CAPITALISED_BODY,
    TASK: "(?:(?:will|would) (?:also )?(?:help )?(?:guard|protect|escort|secure|patrol|take charge of|be in charge of|be responsible for|provide (?:close )?protection|(?:keep|have|station|post) (?:[\\p{L}\\d,-]+ ){0,4}?(?:on standby|in reserve|engines|ambulances|crews|teams|units?|boats|helicopters|patrols))|(?:is|are) (?:also )?(?:responsible for|in charge of))",
  }, 'u'),
  examples: {
    match: ['Bouzid said the Presidential Guard would take charge of the hall during the ceremonies.', 'The police will provide 6,200 officers, while the Protection Corps would guard the two presidents.', 'A unit of the Lakeside Armed Forces will help secure the square while the vice president is present.', 'The Harbour Fire Service will keep two engines near the castle gate.', 'The State Special Protection Agency is responsible for the two presidents themselves.', 'The Special Reserve Force will have a unit on standby in the city.', 'The Military Police Command will guard the palace and its side streets.'],
    noMatch: ['The Presidential Guard would not publish its numbers.', 'Officers will guard the palace.', 'The Harbour Fire Service will keep its budget.', 'The Interior Ministry said 2,000 officers would guard the square.'],
  },
};

/**
 * The security of someone or something said to lie with a force, with no number ("close protection of the two
 * heads of state would be in the hands of the Republican Guard", "security inside the hall will be handled by the
 * Presidential Guard"): that force deployed, its count not stated.
 */
export const DEPLOYMENT_ENTRUSTED_FORCE: Rule = {
  id: 'deployment.entrusted-force',
  produces: 'deployments',
  description: 'the protection, security or policing of someone or something said to lie with a force, with no number ("close protection of the two heads of state would be in the hands of the Republican Guard", "security inside the hall will be handled by the Presidential Guard", "with support from the Mobile Police Command"): that force deployed, its count not stated; only bodies that are forces',
  pattern: compose("\\b(?:(?:[Pp]rotection|[Ss]ecurity|[Ss]afety|[Pp]olicing)\\b[^.;]{0,80}?\\b(?:in the hands of|entrusted to|handled by|provided by|the responsibility of|the job of)|with (?:the )?(?:support|help|backing) (?:from|of)) (?:the )?{BODY}\\b", { BODY: CAPITALISED_BODY }, 'u'),
  examples: {
    match: ['Close protection of the two heads of state would be in the hands of the Republican Guard of the Defence Force.', 'Security inside the hall will be handled by the Presidential Guard, the minister said.', 'More than 2,000 of ours on Friday, with support from the Mobile Police Command.'],
    noMatch: ['The plan was handled by the Harbour Council.', 'Tickets are in the hands of the Organising Committee.'],
  },
};

/**
 * People counted by the security work they do, not by a force ("more than 7,000 people will now work on the
 * security of the final"): all the forces together, named by no body; held like a generic force, so resolution
 * gives it a known total that fits or lists it as unresolved.
 */
export const DEPLOYMENT_SECURITY_WORKFORCE: Rule = {
  id: 'deployment.security-workforce',
  produces: 'deployments',
  description: 'people counted by the security work they do ("more than 7,000 people will now work on the security of the final", "about 3,000 people will be involved in security"): all the forces together, named by no body, held like a generic force (resolution gives it a known total that fits or lists it as unresolved); not people counted for anything else ("7,000 people will attend the final")',
  pattern: compose("\\b{HEDGE}? {NUMBER} people (?:(?:will|would|are|were) )?(?:(?:now|also|then) )?(?:be )?(?:work(?:ing)? on|involved in|working in|deployed (?:for|on)|responsible for) (?:the )?security\\b", { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ['More than 7,000 people will now work on the security of the final, the minister said.', 'About 3,000 people will be involved in security at the fair.'],
    noMatch: ['More than 7,000 people will attend the final.', 'About 3,000 people will work at the fair.'],
  },
};

export const DEPLOYMENT_PUT_AT: Rule = {
  id: 'deployment.put-at',
  produces: 'deployments',
  description: 'a count given as the value someone puts a number of forces named only by lowercase words at ("put the total number of police officers guarding the fair at some 3,400", "puts the number of soldiers on duty at about 900"): a force of no body, held like a generic force (resolution gives it a known count that fits, records it as its event\'s total or lists it as unresolved); not a number of anything else ("put the number of visitors at 90,000")',
  pattern: compose('\\bput(?:s|ting)? the (?:(?:total|overall|final) )?(?:number|count|figure) of {FORCE}(?<gap>(?: [\\p{Ll}\'’-]{1,40}){0,6}) at {HEDGE}? {NUMBER}\\b', { FORCE: GENERIC_FORCE_PART, HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ['The ministry put the total number of police officers guarding the fair at some 3,400.', 'The prefecture puts the number of riot police on duty at about 900.'],
    noMatch: ['The organisers put the number of visitors at 90,000.', 'The ministry put the total number of police officers at the fair in a statement.', 'Police put the crowd at about 6,000.'],
  },
};

/**
 * A second force counted after a first with "more from" and its name ("about 2,500 police officers …, with up to 600
 * more from the State Border Service guarding the approaches"): that body's own count, not an addition to the first.
 */
export const DEPLOYMENT_MORE_FROM_BODY: Rule = {
  id: 'deployment.more-from-body',
  produces: 'deployments',
  description: 'a count after "with" and "more from" (or "more of") a body the article names, after another force\'s count ("…, with up to 600 more from the State Border Service", "…, with 600 more from the Frontier Constabulary"): a deployment of that body with its own count and hedge; none when no body is named right after',
  pattern: compose('\\bwith {HEDGE}? {NUMBER} more (?:(?:officers|personnel|troops|agents|guards) )?(?:from|of) (?:the )?(?=\\p{Lu})', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ['About 2,500 police officers will be on duty, with up to 600 more from the State Border Service guarding the square.', 'He put the officers on duty at 3,500, with 600 more from the Frontier Constabulary.'],
    noMatch: ['About 2,500 police officers will be on duty, with 600 more from the reserve.', 'The city sent 300 more officers on Friday.'],
  },
};

export const DEPLOYMENT_CORRECTED: Rule = {
  id: 'deployment.corrected',
  produces: 'deployments',
  description: 'a body correcting its own count ("The ministry also corrected the number of doctors, nurses and paramedics on duty to 790, not the 650 it had announced"): the corrected count, of the body that corrects it (named in the sentence, or by "the <head word>" of a body named before), a new figure that contests the one it replaces; none when the body is not known',
  pattern: compose('\\bcorrect(?:ed|s|ing)? the (?:(?:total|overall) )?(?:number|count|figure) of (?<noun>(?:[\\p{L}-]+,? ){0,4}?(?:{FORCE})\\b(?:[\\p{L} -]{0,30}?)) to {HEDGE}? {NUMBER}\\b', { FORCE: FORCE_NOUNS.map((f) => f.replace(/ /g, '\\s+')).join('|'), HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ['The ministry also corrected the number of doctors, nurses and paramedics on duty to 790, not the 650 it had announced.', 'The agency corrected the figure of officers on duty to about 1,450.', 'Police also corrected the number of officers on duty on Monday to 1,380 from "some 1,000".'],
    noMatch: ['The ministry corrected the number of visitors to 90,000.', 'The ministry corrected the report on Monday.'],
  },
};

/** The note a count marked as an increment carries, which resolution reads on known rows too. */
export const INCREMENT_NOTE = 'An addition to the force, not its total: it contests no known count.';
/** The note of a count the article gives as the force's new total after an addition. */
export const NEW_TOTAL_NOTE = 'A new total of the force after an addition, as the article states it.';

export const DEPLOYMENT_INCREMENT: Rule = {
  id: 'deployment.increment',
  produces: 'deployments',
  description: 'a count added to a force, not its total ("300 more officers", "an extra 200 gendarmes", "the extra 120 officers arrived on Monday"): a count of its own that contests no total',
  pattern: compose(`\\b(?:(?:${INCREMENT_WORDS}) {NUMBER}|{COUNT} (?:more|additional|extra|further)) \\p{L}`, { NUMBER: NUMBER_PHRASE, COUNT: NUMBER_PHRASE }, 'giu'),
  examples: {
    match: ['The ministry will send 300 more gendarmes to the coast.', 'An extra 200 officers will patrol the station.', 'A further 150 soldiers arrived on Monday.', 'The extra 120 officers arrived from the reserve on Monday.'],
    noMatch: ['About 2,300 officers are now on duty.', 'More than 300 officers will patrol the piers.', 'The 300 officers worked more hours.'],
  },
};

export const DEPLOYMENT_NEW_TOTAL: Rule = {
  id: 'deployment.new-total',
  produces: 'deployments',
  description: 'the total a force reaches after an addition ("bringing the force to about 2,300", "bringing its total in the port to 900", "for a total of 900 officers"); the force is the one counted in the words or added to in the sentence',
  pattern: compose('\\b(?:(?:bringing|taking|raising|increasing|lifting|pushing) (?:the|its|their) (?:(?:force|police|contingent)[\'’]s )?(?:total|force|number|contingent|deployment|strength|presence)(?: (?:of|in|at|on)(?: \\p{L}+){1,3})? to|(?:for|to) a (?:new )?total of) {HEDGE}? {NUMBER}\\b',
    { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'giu'),
  examples: {
    match: ['The city sent 200 more officers, bringing the total to about 1,400.', 'Another 50 gendarmes arrived, for a total of 650 officers.', 'raising the number of police officers to 3,000', 'Spain will send 200 more officers, bringing the force\'s total to about 3,400.', 'The coast guard sends 80 more crew, bringing its total at the harbour to about 500.'],
    noMatch: ['The total cost rose to 3 million euros.', 'The fair is bringing its total in sales to record levels.', 'Bringing the team to Lyon took 300 hours.'],
  },
};

export const DEPLOYMENT_LABELLED: Rule = {
  id: 'deployment.labelled',
  produces: 'deployments',
  description: 'a count in a bulleted list under a label that names the force ("- Stewards at the pier: 300, provided by the Harbour Trust"), and the count of another day in the same item ("… and about 250 on Sunday")',
  pattern: compose('^[-•*] {LABEL}: {HEDGE}? {NUMBER}\\b(?![ \\t]*(?:%|per|km|kilomet|met|mile|minute|hour|day|year|a\\.m|p\\.m|[:.]\\d))', { LABEL: "\\p{L}[\\p{L}'’ -]{1,60}", HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gmu'),
  examples: {
    match: ['- Coast Guard crews: about 120 on Saturday', '- Stewards at the pier: 300, provided by the Harbour Trust'],
    noMatch: ['- Opening hours: 10 a.m. to 6 p.m.', 'Stewards at the pier: 300 in all.', '- Exclusion zone: 5 km around the pier'],
  },
};

/**
 * Bodies and their counts listed after a colon, each "<Body>, <number>" and parted by semicolons ("Deployed: Harbour
 * Police Service, 2,400; Coast Guard, 300; Fire Service, 150"): each body's own count, as the list states it.
 */
export const DEPLOYMENT_BODY_LIST: Rule = {
  id: 'deployment.body-list',
  produces: 'deployments',
  description: 'bodies and their counts listed after a colon, each "<Body>, <number>" and parted by semicolons ("Deployed: Harbour Police Service, 2,400; Coast Guard, 300; Fire Service, 150"): each body named there (one the article reads as a body) counts its own number, hedged as written; a list of one item, or of names that are no bodies, counts no one',
  pattern: compose("(?<=[:;][^\\S\\n]{0,3})(?<body>\\p{Lu}[\\p{L}'’ -]{1,80}?),[^\\S\\n]+{HEDGE}?[^\\S\\n]*(?<number>\\d{1,3}(?:,\\d{3})*|\\d+)(?=[^\\S\\n]*(?:[;.)\"”]|,[^\\S\\n]*[\"”]|$))", { HEDGE: HEDGE_PART }, 'gmu'),
  examples: {
    match: ['"Deployed: Harbour Police Service, 2,400; Coast Guard, 1,100; Fire Service, 150," it said.', 'Forces on duty: Lakeside Police, about 900; Eastby Gendarmerie, 300.'],
    noMatch: ['Deployed: the police and the army.', 'The 2,400 officers of the Harbour Police Service are ready.'],
  },
};

/** A place's name as a force's: one to three capitalised words ("Saxony", "Lower Saxony"). */
const PLACE_NAME = "\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40}){0,2}";

export const DEPLOYMENT_PLACE_FORCES: Rule = {
  id: 'deployment.place-forces',
  produces: 'deployments',
  description: 'after "the police forces of" (or "police units from"), a count in parentheses after each place named ("the police forces of Lorraine (90 officers) and Alsace (about 60)"): the police of that place, "<place> police", with that count',
  pattern: compose('\\b{NAME} \\({HEDGE}? {NUMBER}(?: (?:police )?officers)?\\)', { NAME: PLACE_NAME, HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  guards: { opens: /\bpolice (?:forces?|units?|services?|contingents?) (?:of|from)\b/i },
  examples: {
    match: ['Officers also come from the police forces of Lorraine (90 officers) and Alsace (about 60).', 'Two police units from Upper Styria (40 officers) will help.'],
    noMatch: ['The police forces of Lorraine and Alsace will help.', 'The team from Lorraine (12 players) arrived on Monday.'],
  },
};

export const DEPLOYMENT_PARTS_BY_PLACE: Rule = {
  id: 'deployment.parts-by-place',
  produces: 'deployments',
  description: 'a sentence opened by "Of the <force noun>," then counts each "in <Place>" ("Of the police officers, about 5,800 were in Lakeside Province, 4,300 in Hill Province and about 3,100 in Coast Province"): each a part of the last count of those people told before (its body, its event), placed where the item says',
  pattern: compose('{HEDGE}? {NUMBER} (?:(?:were|are|will be|would be|are to be) )?(?:in|at) (?:the )?{PLACE}', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, PLACE: PLACE_NAME }, 'gu'),
  guards: { opens: new RegExp(`^Of (?:the|these|those) (?<noun>(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${FORCE_NOUNS.join('|')})),\\s`, 'u') },
  examples: {
    match: ['Of the police officers, about 5,800 were in Lakeside Province, 4,300 in Hill Province and about 3,100 in Coast Province.'],
    noMatch: ['Of the voters, about 5,800 were in Lakeside Province.', 'About 5,800 officers were in Lakeside Province.'],
  },
};

/**
 * A part of a count placed in the same sentence ("9,000 officers were on duty across the capital, including 1,200
 * at the 14 checkpoints into the riverfront"): a part of that count, its body and event, placed where it says.
 */
export const DEPLOYMENT_INCLUDED_PART: Rule = {
  id: 'deployment.included-part',
  produces: 'deployments',
  description: 'a number after ", including", ", of whom" or ", among them", or after "and" with "of them" or "of those", and before a place preposition, in a sentence that counts a force before it ("9,000 officers were on duty across the capital, including 1,200 at the 14 checkpoints"): a part of that count (its body, its event), placed where the clause says; none when it is not smaller than the count, or counts something else ("including 300 sent by the army")',
  pattern: compose('(?:, (?:including|of whom|among them)|,? and) {HEDGE}? {NUMBER}(?<of> of (?:them|those))? (?:(?:were|are|will be|would be) )?(?:posted |stationed |deployed )?(?:at|in|on|around|along|near|inside|outside) ', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ['The police said 9,000 officers were on duty across the capital, including 1,200 at the 14 checkpoints into the riverfront.', 'About 3,000 officers will be on duty, of whom 800 will be stationed around the stadium.', 'Just over 1,100 officers across the city, and around 500 of those will be inside the arena itself.'],
    noMatch: ['About 3,000 officers will be on duty, including 300 sent by the army.', 'About 3,000 officers will be on duty at the stadium.'],
  },
};

/**
 * "1,600 officers will be posted at the stadium, among them 250 from the Rapid Intervention Unit": a part of the count
 * told before it, drawn from a body of its own; that body is the part's, never the whole count's.
 */
export const DEPLOYMENT_PART_FROM_BODY: Rule = {
  id: 'deployment.part-from-body',
  produces: 'deployments',
  description: 'a number after ", among them", ", including" or ", of whom", then "from" or "of" and a body ("1,600 officers will be posted at the stadium, among them 250 from the Rapid Intervention Unit"): a part of the count told before it in its sentence, of that body, with the count\'s event; the body is the part\'s, never the whole count\'s; none when the number is not smaller than the count',
  pattern: compose(', (?:including|among them|of whom) {HEDGE}? {NUMBER}(?: (?:officers|agents|soldiers|troops|police officers|gendarmes))? (?:from|of) (?:the )?(?=\\p{Lu})', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ['This time 1,600 officers will be posted at the stadium and along the road to it, among them 250 from the Rapid Intervention Unit, he said.', 'About 3,000 officers will be on duty, including 400 officers from the Border Guard.', '- Officers: about 900 from the Harbour Police Service, including 120 of the Special Mobile Force (SMF)'],
    noMatch: ['About 3,000 officers will be on duty, including 1,200 at the checkpoints.', 'About 3,000 officers will be on duty, including 120 of them at the gates.', 'About 3,000 officers will be on duty, among them many from other towns.'],
  },
};

/** "About 5,000 police officers will be on duty on Friday. Of those, some 3,000 will be at the stadium": a part of the count before. */
export const DEPLOYMENT_PART_OF_THOSE: Rule = {
  id: 'deployment.part-of-those',
  produces: 'deployments',
  description: 'a sentence opened by "Of those," or "Of them," and a number that will be or was somewhere ("About 5,000 police officers will be on duty on Friday. Of those, some 3,000 will be at the stadium and on the roads around it"): a part of the last count the sentence before told (its body, its event), placed where it says; none when it is not smaller than that count',
  pattern: compose('(?:^|(?<=[.!?]["”’]?\\s))Of (?:those|them|these), {HEDGE}? {NUMBER} (?:(?:will|would|are|were|was|are to) )?(?:be )?(?:posted |stationed |deployed |on duty )?(?:at|in|on|around|along|inside|outside|near)\\b', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gmu'),
  examples: {
    match: ['Of those, some 3,000 will be at the stadium and on the roads around it.', 'Of them, 800 were stationed around the arena.'],
    noMatch: ['Of those arrested, 30 were charged.', 'Of the voters, 3,000 were in the city.'],
  },
};

/** The question an answered count answers: a labelled line asking "How many <force noun> …" (rule deployment.answered-count). */
export const ASKED_HOW_MANY = new RegExp(`^(?:Q|\\p{Lu}[\\p{L}'’-]{0,40}):\\s.*\\bHow many (?<noun>(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:${FORCE_NOUNS.join('|')}))\\b`, 'u');

/**
 * An interview's answer that opens with a number, right after a question asking how many of a force ("Q: How many
 * officers will be on duty on Sunday?" / "ANDRADE: About 46,000 across the country"): a count of that force, of the
 * body the answering person speaks for (their title's body); none when no title names one.
 */
export const DEPLOYMENT_ANSWERED_COUNT: Rule = {
  id: 'deployment.answered-count',
  produces: 'deployments',
  description: 'an interview answer (a speaker\'s label and a colon) opening with a hedged number, right after a question "How many <force noun> …?": a count of that force, of the body the answering person\'s title names ("Spokesman of the National Police"); none when the person or the body is not known, nor when a force noun follows the number (rule deployment.count reads it)',
  pattern: compose('^(?<label>\\p{Lu}[\\p{L}\'’-]{0,40}):\\s+{HEDGE}? {NUMBER}\\b', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'iu'),
  examples: {
    match: ['ANDRADE: About 46,000 across the country, and some 7,500 of them in Quito.', 'A: Around 6,500 of our own.'],
    noMatch: ['ANDRADE: We will have enough.', 'About 46,000 across the country.'],
  },
};

export const DEPLOYMENT_BODY_SENDING: Rule = {
  id: 'deployment.body-sending',
  produces: 'deployments',
  description: 'a body named right before ", which is sending" (or "which will send", "which is contributing") and a bare number ("the Harbour Police, which is sending 400"): that body\'s count, the number with its hedge',
  pattern: compose(',? (?:which|who) (?:(?:is|are|will be) (?:sending|contributing|providing|deploying)|will (?:send|contribute|provide|deploy)) {HEDGE}? {NUMBER}\\b(?! (?:%|per|km|kilomet|met|mile|minute|hour|day|week|month|year|euro|dollar|pound|vehicle|car|boat|horse|dog)s?\\b)',
    { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'giu'),
  examples: {
    match: ['- the Harbour Police, which is sending 400;', 'The Coast Guard, which will send about 60, patrols the bay.'],
    noMatch: ['The Coast Guard, which is sending boats, patrols the bay.', 'The ministry, which is sending 40 vehicles, will pay.'],
  },
};

export const DEPLOYMENT_ON_DUTY: Rule = {
  id: 'deployment.on-duty',
  produces: 'deployments',
  description: 'a bare number a force puts, keeps or sends "on the streets", "on duty" or "on patrol" ("the Harbour Police will put some 900 on the streets"): the count of the police force the sentence names before it',
  pattern: compose('\\b(?:put|puts|putting|keep|keeps|keeping|send|sends|sending|have|has|deploy|deploys|deploying) {HEDGE}? {NUMBER} (?:on the streets|on duty|on patrol)\\b', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'giu'),
  examples: {
    match: ['The Harbour Police will put some 900 on the streets for the regatta.', 'The Coast Guard keeps about 60 on patrol at night.'],
    noMatch: ['The Harbour Police will put 900 officers on the streets.', 'The council will put 900 bins on the streets.'],
  },
};

/** Verbs by which a body gives people to an operation ("will provide", "is lending us", "would send"). */
const GIVING_VERBS = 'provides?|providing|provided|sends?|sending|sent|lends?|lending|lent|deploys?|deploying|deployed|puts?|putting|gives?|giving|gave'
  + '|contributes?|contributing|contributed|fields?|fielding|offers?|offering|offered|mobili[sz]es|mobili[sz]ing|mobili[sz]ed|has|have|had|having'
  + '|stations?|stationing|stationed|keeps?|keeping|kept|adds?|adding|added|posts?|posting|posted|assigns?|assigning|assigned|commits?|committing|committed';
/**
 * The body's own clause of an auxiliary and lowercase words, then ", with" and bare officers: "would carry most
 * of the load, with more than 900 officers". Counter-example: "police will patrol, with about 700 riot police"
 * names another force. (Where the gap is read alone, up to the count, its end stands for the count: the
 * deployments pass asks for bare officers then.)
 */
const CLAUSE_WITH = "\\s+(?:will|would|is|are|was|were|has|have|had)(?:\\s+\\p{Ll}[\\p{Ll}'’-]{0,30}){1,7},\\s+with(?=\\s[^;\\n]{0,30}\\b(?:officers|agents|personnel)\\b|\\s*$)";
/** "said its liaison team had grown to": the body's own contingent, said to have reached a new size. */
const GROWN_TO = "\\s+said\\s+its(?:\\s+\\p{Ll}[\\p{Ll}-]{0,30}){0,2}\\s+(?:team|contingent|force|unit|detachment|presence)\\s+(?:(?:has|had|have|would|will)\\s+)?(?:grown|risen|increased|gone\\s+up|been\\s+raised)\\s+to";

/**
 * The words between a body's name and the count it gives: an acronym in brackets and an apposition may
 * follow the name, then auxiliaries and a verb of giving ("…, the country's military police, will provide",
 * "said it would have", "is lending us", "…, which will station", "will keep", "which will now have"), or ", with" in a list of forces ("the Border Police, with up to 500")
 * or after the body's own clause of lowercase words ("the Harbour Police would carry most of the load, with more than 900 officers"),
 * or the body's contingent said to have grown to the count ("the Harbour Agency said its liaison team had grown to 12 officers").
 */
export const GIVING_GAP = "(?:\\s*\\([^()\\n]{1,40}\\))?(?:(?:,[^,\\n]{1,80},|,)?\\s+(?:(?:which|who|will|would|is|are|was|were|has|have|had|also|now|still|(?:said|says)\\s+(?:it|they)\\s+(?:will|would))\\s+){0,3}"
  + `(?:${GIVING_VERBS})(?:\\s+us)?|,\\s+with|${CLAUSE_WITH}|${GROWN_TO})\\s+`;
/** Nouns that say who a giving body's count is, without a body of their own ("officers", "volunteers"). */
const GIVEN_NOUNS = `(?:${LOWER_WORD}){0,2}(?:${FORCE_NOUNS.filter((f) => f !== 'members').map((f) => f.replace(/ /g, '\\s+')).join('|')})`;

export const DEPLOYMENT_SPEAKING_BODY: Rule = {
  id: 'deployment.speaking-body',
  produces: 'deployments',
  description: 'people who serve only under a body (volunteers, paramedics, doctors, nurses, medical staff) counted right after a body\'s "said", or "of its" / "of their" people after a body in the sentence ("The Red Cross said about 300 of its volunteers would …", "The Ministry of Health said some 650 doctors, nurses and paramedics would staff …"): that body\'s; a police force saying so gives none (it may report another\'s)',
  pattern: compose(`\\p{Lu}[\\p{L}'’-]{0,40}\\s+(?:said|says|announced)\\s+(?:that\\s+)?{HEDGE}? {NUMBER} (?:of (?:its|their) )?{NOUN}\\b`, { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, NOUN: `(?:[\\p{L}-]+\\s+){0,2}?(?:${[...BODY_ONLY_NOUNS].join('|')})` }, 'gu'),
  examples: {
    match: ['The Harbour Red Cross said about 300 of its volunteers would hand out water.', 'The Ministry of Health said some 650 doctors, nurses and paramedics would staff the posts.'],
    noMatch: ['The Harbour Red Cross said about 300 boats would be moored.', 'The ministry will pay 650 doctors.'],
  },
};

export const DEPLOYMENT_GIVING_BODY: Rule = {
  id: 'deployment.giving-body',
  produces: 'deployments',
  description: 'a count named only by lowercase words ("up to 200 volunteers", "40 spotters", "2,400 officers") that the body named right before it gives ("the Riflemen\'s Union will provide", "…, the country\'s military police, will provide", "the Border Police, with"): that body\'s, whatever its kind; a ministry or government sending officers is not their force',
  pattern: compose(`\\p{Lu}[\\p{L}'’-]{0,40}{GAP}(?:(?:${INCREMENT_WORDS}) )?{HEDGE}? {NUMBER} {NOUN}\\b`, { GAP: GIVING_GAP, HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, NOUN: GIVEN_NOUNS }, 'gu'),
  examples: {
    match: ['The Harbour Volunteers Union will provide up to 200 volunteers to help with traffic.', "- the Border Police, with up to 500 officers at the airport;",
      "The Royal Marechaussee, the country's military police, will provide more than 1,200 officers.", 'The Ambulance Service said it would have about 250 paramedics on duty.',
      'The County Sheriff\'s Office is lending us 80 deputies for the count.', 'The Harbour Red Cross, which will station some 300 volunteers at the site, said it was ready.',
      'The Lakeside Fire Brigade will keep 150 firefighters along the route.', 'Reinforcements joined the Harbour Police (HP), which will now have 1,900 officers on duty.',
      'He said the Harbour Police (HP) would carry most of the load, with more than 900 officers on the streets each day.',
      'The Harbour Agency said its liaison team had grown to 12 officers, from the eight announced on Monday.', 'The Harbour Police Service has sent a further 900 officers to the port.'],
    noMatch: ['The Harbour Union has 3,000 members.', 'The Harbour Trust will provide 40 boats.', 'Volunteers will provide about 200 meals.', 'The Harbour Club, which has 3,000 members, said it was ready.', 'The Harbour Trust opened the quay, with 40 boats on the water.', 'The Harbour Police will patrol the quay, with about 700 riot police on the roads.', 'The Harbour Agency said its fleet had grown to 12 boats.'],
  },
};

export const DEPLOYMENT_BODIES_TOGETHER: Rule = {
  id: 'deployment.bodies-together',
  produces: 'deployments',
  description: 'a count of the members of several bodies named together, the list closed by "and" ("some 5,400 officers of the Harbour Police, the Coast Guard and the city\'s local police"): no one body\'s count but all of theirs, held under the bodies together as the article names them; where its event has a known total of all forces, it is that total (resolution corroborates or contests it)',
  pattern: compose("\\b{HEDGE}? {NUMBER} (?:officers|members|personnel|staff|agents) (?:of|from) the \\p{Lu}[\\p{L}'’-]{0,40}(?: \\p{Lu}[\\p{L}'’-]{0,40}){0,4}(?:, the \\p{Lu}[\\p{L}'’-]{0,40}(?: \\p{Lu}[\\p{L}'’-]{0,40}){0,4}){0,3},? and the \\p{L}", { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ["In all, some 5,400 officers of the Harbour Police, the Coast Guard and the city's local police will be on duty.", 'About 700 officers of the Harbour Police and the Coast Guard patrolled the quay.'],
    noMatch: ['About 900 officers of the Harbour Police and their dogs patrolled the quay.', "The Harbour Police, the city's force, said 900 officers were ready.", 'About 900 officers of the Harbour Police patrolled the quay and the beach.'],
  },
};

export const DEPLOYMENT_BODY_PARENTHESES: Rule = {
  id: 'deployment.body-parentheses',
  produces: 'deployments',
  description: 'a count in parentheses right after a body\'s name, maybe after its acronym in brackets ("the Harbour Police (about 350)", "the Gendarmerie (1,100 officers)", "detectives of the Harbour Police (HP) (around 250 of them)"): that body\'s count; a year in parentheses counts no one',
  pattern: compose("\\p{Lu}[\\p{L}'’-]{0,40}(?: \\([A-Z]{2,6}\\))? \\((?!(?:1[89]|20)\\d\\d\\)){HEDGE}? {NUMBER}(?: (?:{NOUN}|of them))?\\)", { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, NOUN: GIVEN_NOUNS }, 'gu'),
  examples: {
    match: ['- the Harbour Local Police (about 350), which will handle traffic;', 'The Gendarmerie (1,100 officers) guards the pass.', '2. detectives of the Harbour Police (HP) (around 250 of them), who will work in plain clothes;'],
    noMatch: ['The Harbour Police (2019) closed the pier.', 'The Harbour Police (HP) closed the pier.', 'The Harbour Police (12 boats) closed the pier.'],
  },
};

/**
 * A second count of a force given as a part of a list of bodies ("about 70 of the Harbour Police (HP) and 25 of the
 * Mobile Force"): the number, then "of the" and a force's name, after another such count in the sentence.
 */
export const DEPLOYMENT_SHARE_OF_FORCE: Rule = {
  id: 'deployment.share-of-force',
  produces: 'deployments',
  description: 'a bare count right before "of the" and a police force\'s name, after "and" or a comma that follows another count of a body in the same sentence ("about 70 of the Harbour Police (HP) and 25 of the Mobile Force (MF)"): that force\'s own count; a count of a body that is no police force ("12 of the council\'s members"), or one with no count before it, is none',
  pattern: compose('(?<=\\b\\d[\\d,]*\\s+(?:[\\p{L}-]+\\s+){0,2}of\\s+the\\s+[^.;]{1,80}?(?:,|\\band)\\s+){HEDGE}? ?{NUMBER} of the (?=\\p{Lu})', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE }, 'gu'),
  examples: {
    match: ['Officers to be sent: about 70 of the Harbour Police Force (HPF) and 25 of the Mobile Force (MF), the commissioner said.'],
    noMatch: ['About 25 of the Mobile Force were sent.', 'Police sent 70 officers and the council 25 of the buses.'],
  },
};

export const DEPLOYMENT_RESPECTIVELY: Rule = {
  id: 'deployment.respectively',
  produces: 'deployments',
  description: 'two counts "respectively" of the two bodies the sentence names before them ("the Harbour Police and the police of Lakeland will each send spotters (ten and twelve officers respectively)"): the first count the first body\'s, the second the second\'s; "the police of <place>" is that place\'s police',
  pattern: compose('\\b{HEDGE}? {FIRST} and {SECOND} (?:{NOUN} )?respectively\\b', { HEDGE: HEDGE_PART, FIRST: NUMBER_PHRASE, SECOND: NUMBER_PHRASE, NOUN: GIVEN_NOUNS }, 'giu'),
  examples: {
    match: ['The Harbour Police and the Coast Guard will each send spotters (ten and twelve officers respectively).', 'The two forces sent 40 and 60 respectively.'],
    noMatch: ['The Harbour Police and the Coast Guard will each send ten officers.', 'The match ends at ten and twelve fans stayed.'],
  },
};
