// The organizations pass: bodies named with an acronym, a head word, a nationality, a known name, or as
// a collective actor; then the same bodies wherever the article uses their acronym or alias. Runs first:
// a body's name hides the places inside it, and a person's title points at a body.
import { lookupPlace, wordClass } from '../gazetteer.js';
import { COMPANY_HEADS, KNOWN_BODIES, NATIONALITIES, NATIONALITY_PATTERN, NOT_A_NAME_PART, ORG_HEADS, PLACE_HEADS, SPEECH_VERBS, TITLE_PATTERN, VIEW_VERBS } from '../lexicon.js';
import { ORGANIZATION_RULES as R } from '../rules/organizations.js';
import { ROLE_NOUN } from '../rules/people.js';
import { parseNumber } from '../../lib/numbers.js';
import { capitalize } from '../text.js';
import type { Found, OrganizationDraft, PassContext } from './context.js';
import { datelinePlace, storyCountry } from './places.js';
import { addAlias, addOrganization, findOrg, orgById, orgKey, type OrganizationKind } from './entities.js';

const leadingNationality = (name: string) => {
  const m = new RegExp(`^(${NATIONALITY_PATTERN})\\b`).exec(name);
  return m ? NATIONALITIES[m[1]!] ?? null : null;
};

/** Words that make a group, a network or a campaign of a cause or of neighbours an NGO (`association`): "a climate group". */
const ASSOCIATION_WORDS = "climate|environmental|green|rights|human rights|residents['’]?|charity|aid|cycling|heritage";
/** Whether an acronym's letters appear in order among the words' initials ("Metropolitan Police Service (MPS)"). */
function strictlyFits(words: string[], acronym: string): boolean {
  let fits = 0;
  for (const ch of words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0])) if (ch === acronym[fits]) fits++;
  return fits >= acronym.replace(/[^A-Z]/g, '').length;
}

function fitsAcronym(words: string[], acronym: string): boolean {
  if (strictlyFits(words, acronym)) return true;
  const initials = words.filter((w, i) => /^[A-Z]/.test(w) && !(i === 0 && w === 'The')).map((w) => w[0]!);
  // "Congress of South African Trade Unions (COSATU)": every initial in order among the acronym's letters, the first first.
  let at = 0;
  for (const ch of initials) { at = acronym.indexOf(ch, at) + 1; if (at === 0) return false; }
  return initials.length >= 2 && initials[0] === acronym[0] && !lookupPlace(words.join(' '));
}

/** Each number word of a name as its digits ("Seven" → "7"), so an acronym's digits can be checked against them. */
const numberWords = (words: string[]) => words.map((w) => parseNumber(w.toLowerCase())).filter((n): n is number => n !== null).map(String);

/**
 * Whether a name in full is the one its bracketed acronym abbreviates: the acronym's letters among its initials
 * (rule organization.defined-acronym) and any digits one of its number words ("Bucharest Nine (B9)"); or, for
 * an acronym of the name in its own language ("Croatian Radiotelevision (HRT)"), a name holding a head word or
 * opening with a nationality.
 */
function abbreviates(words: string[], acronym: string): boolean {
  const digits = acronym.replace(/\D/g, '');
  if (digits) return numberWords(words).includes(digits) && strictlyFits(words, acronym);
  if (fitsAcronym(words, acronym)) return true;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  return /^[A-Z]{3,}$/.test(acronym) && capitals.length >= 2 && !lookupPlace(words.join(' '))
    && (words.some((w) => ORG_HEADS[w]) || !!NATIONALITIES[words[0]!] || (/^Cent(?:re|er)$/.test(words.at(-1)!) && !venueNamed(words)));
}

/** A building or ground known by an acronym ("Riverside Exhibition Centre (REC)"): a place, not a body. */
const VENUE_WORD = /^(?:Stadium|Arena|Hall|Airport|Park|Station|Palace|Building|Circuit)$/;
/**
 * A centre that is a building, by the word before "Centre" ("Exhibition Centre", "Conference Center"); any other
 * with an acronym is a body ("the Counter Terrorism Centre (CTC)", "the National Cyber Centre (NCC)").
 */
const VENUE_CENTRE = /\b(?:Conference|Convention|Congress|Exhibition|Expo|Trade|Fair|Sports?|Shopping|Arts|Community|Leisure|Media|Press|Cultural|Civic|Events?|Music|Aquatics?|Tennis|Performing|Visitors?|Heritage|Science|Medical|Business) Cent(?:er|re)\b/;
const venueNamed = (words: string[]) => words.some((w) => VENUE_WORD.test(w)) || VENUE_CENTRE.test(words.join(' '));

/** The last word of an occasion's name ("Harbour Leaders' Meeting", "Lakeside Nations Cup"): a gathering, not a body. */
const OCCASION_WORD = /^(?:Meeting|Summit|Games|Championships?|Cup|Marathon|Olympics|Olympiad|Festival|Carnival|Regatta|Tournament|Expo)$/;

/** People of a body before its name: a plural noun and "of (the)" ("Officers of the", "Members of"). */
const PEOPLE_OF = /^(?:Officers|Members|Agents|Troops|Soldiers|Staff|Employees|Workers|Units|Leaders|Delegates|Representatives|Volunteers|Fans|Supporters) of (?:the )?/;
/** A gathering of a body before its name ("the Summit of the Lake States Community (LSC)"): the acronym is the body's. */
const GATHERING_OF = /^(?:The )?(?:Summit|Meeting|Festival|Games) of (?:the )?/;

/** Reads names with their acronym; returns the acronyms of venues ("(REC)") and occasions ("(HLM)"), which name no body anywhere in the article. */
function definedAcronyms(x: PassContext): Set<string> {
  const venues = new Set<string>();
  for (const m of x.matches(R.definedAcronym.pattern)) {
    const { name: whole, acronym } = m.groups as { name: string; acronym: string };
    // "… according to the Harbour Football Association. The Lakeside Football Federation (LFF) said": the name is of the acronym's sentence.
    const sentenceStart = x.doc.sentenceAt(m.pos + whole.length).start;
    const named = sentenceStart > m.pos ? whole.slice(sentenceStart - m.pos).trimStart() : whole;
    if (!/^\p{Lu}/u.test(named)) continue;
    let words = named.split(/\s+/);
    if (!abbreviates(words, acronym)) continue;
    // "Deputy Commissioner of Police (DCOP) Ada Moen": a rank written out, its acronym, then its holder's name: a title, no body.
    if (TITLE_OF.test(named) && /^[^\S\n]+\p{Lu}\p{Ll}/u.test(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 3))) continue;
    // "Leaders of the Harbour Seven (H7)": a short acronym with digits starts the name at the last word of its first letter.
    if (/\d/.test(acronym)) words = words.slice(Math.max(0, words.map((w) => w[0]).lastIndexOf(acronym[0])));
    if (venueNamed(words) && !ORG_HEADS[words.at(-1)!]) { venues.add(acronym); continue; }
    // "the Harbour Leaders' Meeting (HLM)": an occasion, not a body, by its acronym too.
    if (OCCASION_WORD.test(words.at(-1)!)) { venues.add(acronym); continue; }
    // "Thames Valley Police and British Transport Police (BTP)": two bodies, the acronym the second's.
    const and = words.lastIndexOf('and');
    if (and > 0 && ORG_HEADS[words[and - 1]!] && words[and + 1]?.[0] === acronym[0] && fitsAcronym(words.slice(and + 1), acronym)) words = words.slice(and + 1);
    // "Officers of the State Committee (SC)", "Members of the Harbour Union (HU)": the people of a body open the sentence, not its name.
    const gathering = GATHERING_OF.exec(words.join(' '));
    if (gathering) words = words.slice(gathering[0].trim().split(/\s+/).length);
    const people = PEOPLE_OF.exec(words.join(' '));
    if (people && !ORG_HEADS[words[0]!] && words.length > people[0].split(/\s+/).length + 1) words = words.slice(people[0].trim().split(/\s+/).length);
    // "Guatemala's National Civil Police (PNC)": the country's possessive says whose body it is, not its name.
    const owner = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s$/u.exec(words[0] ?? '');
    const ownerPlace = owner ? lookupPlace(owner[1]!) : undefined;
    const ownerCountry = ownerPlace?.kind === 'country' && words.length > 1 ? ownerPlace.countries[0]! : null;
    const name = (ownerCountry ? words.slice(1) : words).join(' ').replace(/^The\s+/, '');
    const start = m.pos + m[0].lastIndexOf(name);
    const head = words.map((w) => ORG_HEADS[w]).filter(Boolean).at(-1);
    const org = addOrganization(x, name, { acronym, kind: head ?? 'agency', country: ownerCountry ?? leadingNationality(name) }, start, m.pos + m[0].length, R.definedAcronym.id);
    const bare = name.replace(new RegExp(`^(?:${NATIONALITY_PATTERN}|United States)\\s+`), '');
    if (bare !== name) addAlias(x, org, bare);
    for (const prefix of ['U.S.', 'US', 'UK', 'EU']) {
      if (!org.aliases.includes(`${prefix} ${acronym}`) && x.doc.contains(`${prefix} ${acronym}`)) org.aliases.push(`${prefix} ${acronym}`);
    }
  }
  return venues;
}

/**
 * What a named group is by the words before its name: an association, a campaign, a network, or a climate, rights,
 * residents' or charity group is an NGO (`association`); a movement, coalition, collective or plain group political.
 */
function groupKind(before: string): OrganizationKind {
  return new RegExp(`\\b(?:association|network|campaign(?: group)?|(?:${ASSOCIATION_WORDS}) (?:group|network|campaign))\\s+(?:(?:calling itself|called|known as)\\s+)?$`).test(before) ? 'association' : 'political_group';
}

function namedGroups(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.namedGroup.pattern)) {
    const name = m.groups!.name!.trim();
    const at = m.pos + m[0].indexOf(name);
    if (x.doc.isTaken(at, at + name.length)) continue;
    addOrganization(x, name, { kind: groupKind(x.doc.text.slice(Math.max(0, m.pos - 30), at)), country: null }, at, at + name.length, R.namedGroup.id);
  }
}

/** "the Citizens for Lakeside movement": the name before the word that says what the group is (rule organization.named-then-kind). */
/** "Student Grants Now, a student group, plans …" (rule organization.appositive-kind): a group named, then said to be one. */
function groupsSaidToBe(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.namedThenAppositiveKind.pattern)) {
    const { name, kind } = m.groups as { name: string; kind: string };
    const at = m.pos + m[0].indexOf(name);
    if (x.doc.isTaken(at, at + name.length)) continue;
    addOrganization(x, name, { kind: kindSaidToBe(m[0], kind), country: null }, at, at + name.length, R.namedThenAppositiveKind.id);
  }
}

/**
 * The kind of a group said to be one ("Clean Skies, a climate group", rule organization.appositive-kind): a campaign, a
 * charity, a network, an association or a society, or a group of a cause or of neighbours ("a climate group", "a residents' group") is an NGO
 * (`association`); any other group political. The review's forms read it too.
 */
export function kindSaidToBe(words: string, kind: string): OrganizationKind {
  const described = new RegExp(`\\b(?:${ASSOCIATION_WORDS})\\s+${kind}$`).test(words);
  return /^(?:campaign|charity|network|association|society)$/.test(kind) || described ? 'association' : 'political_group';
}

function groupsNamedThenKind(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.namedThenKind.pattern)) {
    const { name, kind } = m.groups as { name: string; kind: string };
    const at = m.pos + m[0].indexOf(name);
    if (x.doc.isTaken(at, at + name.length)) continue;
    addOrganization(x, name, { kind: groupKind(`${kind} `), country: null }, at, at + name.length, R.namedThenKind.id);
  }
}

/**
 * "paramedics of the Harbour Emergency Aid Centre", "the Regional Meteorological Centre said": the centre employs or
 * speaks, a body (rules organization.staff-of-centre, organization.speaking-centre).
 */
function centresOfStaff(x: PassContext): void {
  for (const rule of [R.staffOfCentre, R.speakingCentre]) {
    for (const m of x.matchesOutsideTitles(rule.pattern)) {
      const name = m.groups!.name!;
      const at = m.pos + m[0].lastIndexOf(name);
      if (!x.doc.isTaken(at, at + name.length)) addOrganization(x, name, { kind: 'agency', country: null }, at, at + name.length, rule.id);
    }
  }
}

/** Words before a known body's name that say nothing of which one it is ("The Gendarmerie", "Saturday's"). */
const NO_QUALIFIER = /^(?:The|A|An|This|That|Its|Their|Both|Every|Each)$/;

/**
 * A capitalised word right before a known body's name that names another body ("Military Gendarmerie",
 * "Vatican Gendarmerie"): not a determiner, a nationality (the same body, "Italian Carabinieri"), a
 * sentence's opening common word, or a headline's title case ("Italy Adds Carabinieri").
 */
function qualifierOf(x: PassContext, m: Found): string | null {
  const qualifier = m.groups!.qualifier;
  if (!qualifier || NO_QUALIFIER.test(qualifier) || NATIONALITIES[qualifier] || x.doc.isHeading(x.doc.sentenceAt(m.pos))) return null;
  if (m.pos === x.doc.sentenceAt(m.pos).start && wordClass(qualifier) === 'W') return null;
  return qualifier;
}

/** A capitalised head word right after a name, one space away ("Police Bureau"): the name goes on into a longer one. */
function headWordAfter(x: PassContext, end: number): string | undefined {
  const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(x.doc.text.slice(end, end + 30))?.[1];
  return next && ORG_HEADS[next] ? next : undefined;
}

function knownBodies(x: PassContext): void {
  for (const m of x.matches(R.knownBody.pattern)) {
    const known = m.groups!.name!;
    const body = KNOWN_BODIES[known]!;
    // "the Ruritanian Red Cross": a national society is a body of its own, of that nationality's country.
    const society = body.national && m.groups!.qualifier && NATIONALITIES[m.groups!.qualifier] ? m.groups!.qualifier : null;
    const qualifier = society ?? qualifierOf(x, m);
    const name = qualifier ? `${qualifier} ${known}` : known;
    const start = qualifier ? m.pos : m.pos + m[0].length - known.length;
    if (x.doc.isTaken(start, start + name.length)) continue;
    // "the Metropolitan Police Bureau", "the Harbour Red Cross Society": a head word after the name makes it another body's.
    const head = headWordAfter(x, m.pos + m[0].length);
    if (head) {
      const longer = addOrganization(x, `${name} ${head}`, { kind: ORG_HEADS[head]!, country: society ? NATIONALITIES[society]! : null }, start, m.pos + m[0].length + head.length + 1, R.knownBody.id);
      // The short name again in this article is the same body ("the Metropolitan Police Service … the Metropolitan Police"), with no alias that would tie it to the other.
      x.orgByKey.set(orgKey(name), longer);
      continue;
    }
    const existing = qualifier ? findOrg(x, name) : findOrg(x, name) ?? (body.name ? findOrg(x, body.name) : undefined);
    if (existing) { x.doc.mention(existing.id, 'organization', start, start + name.length); continue; }
    addOrganization(x, qualifier ? name : body.name ?? name, { kind: body.kind, country: society ? NATIONALITIES[society]! : qualifier ? null : body.country, acronym: body.name && !qualifier ? name : null }, start, start + name.length, R.knownBody.id);
  }
}

/** A government body named by its function only: "Interior Ministry", "Ministry of Foreign Affairs". */
const FUNCTION_ONLY = /^(?:(?:Interior|Foreign|Defen[cs]e|Justice|Home|Health|Finance|Transport) (?:Ministry|Department)|Ministry of (?:the )?\p{Lu}\p{L}+(?: Affairs)?|Government)$/u;
/** The adjective of a country's code ("ES" → "Spanish", "CH" → "Swiss"), from the nationality words: the first that is no country's name nor an abbreviation. */
const adjectiveOf = (code: string | undefined) => (code ? Object.entries(NATIONALITIES).find(([w, c]) => c === code && !/^[A-Z.\s]+$/.test(w) && lookupPlace(w)?.kind !== 'country')?.[0] : undefined);

/** A title of office right before a match: the capitalised words after it are a person's name. */
const TITLE_BEFORE = new RegExp(`\\b(?:${TITLE_PATTERN})\\s+$`);
/** A title of office and a capitalised word inside what a body is of, and all after them: a person named after the body. */
const TITLE_AND_NAME_IN_OF = new RegExp(`\\s(?:${TITLE_PATTERN})\\s+\\p{Lu}.*$`, 'u');
/** A title of office, then what follows it. */
const TITLE_OPENS = new RegExp(`^(?:${TITLE_PATTERN})\\s+(?=\\p{Lu})`, 'u');
/** The words before "of" are a title and a name of two or three words, none a head word ("Chief Inspector Ada Moen of …"): a person's; "General Directorate of …" is a body. */
function titleAndName(words: string): boolean {
  const title = TITLE_OPENS.exec(words)?.[0];
  const rest = title ? words.slice(title.length).split(/\s+/) : [];
  return rest.length >= 2 && rest.length <= 3 && !rest.some((w) => ORG_HEADS[w]);
}

/**
 * A noun after a body's name that makes it name something else: a competition ("the Champions League final"),
 * a building, which is a place (rule place.venue: "the National Council building"), or a law ("the Public Order Act").
 */
const NOT_A_BODY_AFTER = /^\s+(?:Act|Law|Bill|Ordinance|Decree|Code|final|match|game|season|title|fixture|semi-finals?|quarter-finals?|tie|trophy|draw|building|buildings|premises|compound)\b/;
/** A capitalised word after a body's name that makes the whole the name of a site, a day, a band or an occasion ("Old Town Police Station", "National Police Day", "the Coast Guard Summit", "the Lakeside Country Club Resort"). */
const NOT_A_BODY_NAME_AFTER = /^ (?:Station|Day|Week|Academy|Museum|Band|Stadium|Arena|Hall|Square|Street|Road|Avenue|Bridge|Cup|Trophy|Award|Medal|Building|Tower|Barracks|Meeting|Summit|Games|Championships?|Marathon|Olympics|Resort|Hotel|Marina|Grounds?|Course|House)\b/;

/** A word that names a competition, whose divisions and groups are its stages. */
const COMPETITION_WORD = /^(?:Championships?|Cup|Tournament|Games|Olympics|Trophy|Series)$/;

/** A body's name that is also its building's: a legislature's seat, a post office. */
const SEAT = /(?:\bParliament|\bAssembly|\bPost Office)$/;
/** Words placing something by a building ("outside the", "in front of the", "between the"). */
const WHERE_BEFORE = /\b(?:outside|opposite|near|beside|behind|between|in front of|next to|away from)\s+(?:the\s+)?$/;

/** " of the Ports", " of Ports": a body's name going on with what it is of. */
const OF_NAMED_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;
/** A head word for a unit of a larger body ("Guard", "Brigade"). */
const UNIT_HEAD = /^(?:Guard|Unit|Brigade|Division|Squad|Corps|Regiment|Battalion|Contingent)$/;
/** " of Malawi", " of the Gambia": a place closing a name that is already "of" something ("Bureau of Statistics of Malawi"). */
const OF_PLACE_AFTER = /^ of (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-]| \p{Lu})/u;
/** A title of office, maybe of a grade, and what it is of ("Commissioner of Police", "Deputy Superintendent of Police"), which a person's name follows. */
const TITLE_OF = new RegExp(`^(?:(?:Deputy|Assistant|Acting|Senior|Vice)\\s+)?(?:${TITLE_PATTERN})\\s+of\\s`);

/**
 * Whether "and" between capitalised words joins two bodies rather than the words of one name: after a body's whole
 * name ("Thames Valley Police and British Transport Police") or an acronym ("ICE and US Border Patrol"), or before a
 * place or a nationality ("An Garda Siochana and Dublin City Council"). Two places alone before a head word name
 * one body of both ("Devon and Cornwall Police"), and a head word alone names no body ("Police and Border Guard
 * Board", "Fire and Rescue Service"). `first`: the words before "and"; `rest`: the name's words after it.
 */
export function andJoinsTwoBodies(first: string, rest: string): boolean {
  const before = first.split(/\s+/).at(-1)!;
  const next = rest.split(/\s+/)[0]!;
  const ofTwoPlaces = lookupPlace(first) !== undefined && lookupPlace(next) !== undefined;
  // "Police and Council staff": a head word alone on both sides names two bodies by their kinds.
  const headAlone = ORG_HEADS[before] && (/\s/.test(first) || !/\s/.test(rest.trim()));
  return !!(headAlone || /^[A-Z]{2,}$/.test(before) || NATIONALITIES[next] || (lookupPlace(next) && !ofTwoPlaces));
}

/** The name a head-word match gives, its lead words ("The", "Saturday's") cut off; null when it is no body's name. */
function headedName(x: PassContext, m: Found): { name: string; start: number; end: number; head: string; country: string | null; alias?: string; owningBody?: { name: string; start: number } } | null {
  const { name: base } = m.groups as { name: string; of?: string };
  // "the Rowing Federation of Ruritania President Ada Moen": what the body is of ends before a title and a name.
  const of = (m.groups as { of?: string }).of?.replace(TITLE_AND_NAME_IN_OF, '');
  let name = `${base}${of ?? ''}`;
  // "the Harbour Police District": the head word is the body's, the ground its unit covers comes after it.
  const head = base.split(/\s+/).reverse().find((word) => ORG_HEADS[word]) ?? base.split(/\s+/).at(-1)!;
  if (of?.trim().startsWith('in ') && !/Embassy|Consulate|Delegation/.test(head)) name = base;
  // "the Harbour Unit of the Ministry of Ports": what it is of is another body, itself of something; the unit's name ends before it.
  const ofBody = of && ORG_HEADS[of.trim().split(/\s+/).at(-1)!];
  if (ofBody && OF_NAMED_AFTER.test(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 40))) name = base;
  // "the Presidential Guard of the Ruritania Defence Force": a unit of a body named by its country, each a body.
  const ofFirst = of ? /^\s*(?:of|for)\s+(?:the\s+)?(\S+)/.exec(of)?.[1] : undefined;
  if (ofBody && ofFirst && UNIT_HEAD.test(head) && (lookupPlace(ofFirst) || NATIONALITIES[ofFirst])) name = base;
  // "the Association of Fishing Crews of Malawi": a second "of" and a place the gazetteer knows still name the body.
  const ofPlace = name !== base && of?.trim().startsWith('of ') ? OF_PLACE_AFTER.exec(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 60)) : null;
  if (ofPlace && lookupPlace(ofPlace[1]!)) name += ofPlace[0];
  // "the Ministry of Defence's spokesman": the possessive closing the name is the sentence's, not the body's.
  name = name.replace(/['’]s$/u, '');
  let start = m.pos;
  // "pro-Palestinian Palestine Action Group": a word joined to the one before it is not the name's first;
  // "Belgium's Young Farmers Federation", "Opposition Green Party": an owner or a description before the name is no part of it.
  const lead = /^(?:(?:The|A|An|This|These|Its|Their|Both|Opposition|Ruling|Governing|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+)+/.exec(name)
    ?? (x.doc.text[start - 1] === '-' ? /^\S+\s+/.exec(name) : null);
  if (lead) { name = name.slice(lead[0].length); start += lead[0].length; }
  // "Fans of Bechem United FC", "Members of the Harbour Union": the people of a body, then its name.
  const peopleOf = PEOPLE_OF.exec(name);
  if (peopleOf && !ORG_HEADS[name.split(' ')[0]!]) { name = name.slice(peopleOf[0].length); start += peopleOf[0].length; }
  // "Chief Inspector Ada Moen of Harbour Police": after a title of office, the words before "of" are a person's name.
  const ofAt = name.indexOf(' of ');
  if (ofAt > 0 && (TITLE_BEFORE.test(x.doc.text.slice(Math.max(0, start - 40), start)) || titleAndName(name.slice(0, ofAt)))) { name = name.slice(ofAt + 4); start += ofAt + 4; }
  // "the National Police Agency's Special Police Corps": a unit named after the body it belongs to, each a body.
  const ownerBody = /^(\S.*?)['’]s\s+(?=\p{Lu})/u.exec(name);
  const owningBody = ownerBody && ORG_HEADS[ownerBody[1]!.split(/\s+/).at(-1)!] && /\s/.test(ownerBody[1]!) ? { name: ownerBody[1]!, start } : undefined;
  if (owningBody) { name = name.slice(ownerBody![0].length); start += ownerBody![0].length; }
  const owner = /^([A-Z]\p{L}+)['’]s\s+/u.exec(name);
  const ownerPlace = owner && lookupPlace(owner[1]!);
  // "Spain's Interior Ministry": a body named by its function only is the owner country's ("Spanish Interior Ministry").
  const rest = owner ? name.slice(owner[0].length) : name;
  const adjective = ownerPlace && ownerPlace.kind === 'country' && FUNCTION_ONLY.test(rest) ? adjectiveOf(ownerPlace.countries[0]) : undefined;
  const display = adjective ? `${adjective} ${rest}` : null;
  if (ownerPlace && !adjective) { name = rest; start += owner![0].length; }
  // "Norway's Civil Aviation Agency": the owner country is the body's.
  const ownerCountry = ownerPlace?.kind === 'country' ? ownerPlace.countries[0]! : null;
  // "Thames Valley Police and British Transport Police": two bodies, the match the last one (andJoinsTwoBodies).
  const endsName = (j: RegExpExecArray) => andJoinsTwoBodies(name.slice(0, j.index).trim(), name.slice(j.index + 4));
  // "the Junta of Castile and Leon": an "and" after the head word is inside what the body is of, joining no bodies.
  const headAt = name.lastIndexOf(head);
  const joined = [...name.matchAll(/\band\b/g)].filter((j) => j.index < headAt && endsName(j)).at(-1);
  if (joined) { const cut = joined.index + 4; name = name.slice(cut); start += cut; }
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  // "the Dawn Service", "a Memorial Service": a rite, not a body.
  if (head === 'Service' && /^(?:Dawn|Memorial|Remembrance|Commemorative|Thanksgiving|Funeral)$/.test(words.at(-2)!)) return null;
  // "the World Championship Division I", "the Harbour Cup Group B": a competition's stage or pool, not a body.
  if (/^(?:Division|Group|League|Conference)$/.test(head) && words.slice(0, -1).some((w) => COMPETITION_WORD.test(w))) return null;
  const after = x.doc.text.slice(start + name.length);
  // "National Police Commissioner Fannie Masemola": a title, not a body; so is "Commissioner of Police (CP) Ada Moen", or ", Ada Moen,".
  if (TITLE_OF.test(name) && /^,?[^\S\n]+(?:\(\p{Lu}{2,8}\)[^\S\n]+)?\p{Lu}/u.test(after)) return null;
  // "the Lakeside Chief Police Officer, Ada Moen,": one officer's title (officers in the plural may be a body's).
  if (/^\s+(?:Commissioner|Chief|Minister|Director|Spokes\w+|Commander|Secretary|Officer)\b/.test(after)) return null;
  // "SC Gagnoa", "FC Porto": a club's abbreviation before its name opens the next name, closing none.
  if (/^[FS]C$/.test(head) && /^[^\S\n]+\p{Lu}/u.test(after)) return null;
  if (NOT_A_BODY_AFTER.test(after) || NOT_A_BODY_NAME_AFTER.test(after)) return null;
  // "a rally outside the Harbour Parliament", "closed between the Old Town Post Office and the bridge": a building where something happens.
  if (SEAT.test(name) && WHERE_BEFORE.test(x.doc.text.slice(Math.max(0, start - 30), start))) return null;
  if (x.doc.isTaken(start, start + name.length) || x.doc.isHeading(x.doc.sentenceAt(start))) return null;
  // A sentence-initial common word is not part of the name ("Milan police" is, "Critics" is not), unless it opens a place's name ("New Zealand Police").
  // So does a compass word before a place ("Greater Leeds Transport Authority", "West Harbourshire Police").
  if (start === x.doc.sentenceAt(start).start && wordClass(words[0]!) === 'W' && !NATIONALITIES[words[0]!] && !lookupPlace(words.slice(0, 2).join(' ')) && !compassBeforePlace(words)) return null;
  return { name: display ?? name, start, end: start + name.length, head, country: ownerCountry, alias: display ? rest : undefined, owningBody };
}

/** A compass word and a place the gazetteer knows, opening a body's name ("Greater Leeds …", "South Kent …"). */
const compassBeforePlace = (words: string[]) => COMPASS_WORD.test(words[0]!) && words.length > 2 && lookupPlace(words[1]!) !== undefined;
const COMPASS_WORD = /^(?:Greater|Central|Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower)$/;

/**
 * An army, a navy or armed forces: no police force, and the contract has no kind for them, so the nearest, `agency`
 * ("Ruritanian Armed Forces"; "Special Forces" and "Security Forces" stay forces of the police kind).
 */
const ARMED = /\b(?:Armed Forces|Defen[cs]e Forces|Army|Navy|Air Force|armed forces|army|navy|air force|military)$/;

/**
 * The kind a body's name gives it by its head word, capitalised or not ("Harbour Police", "Austrian federal police"),
 * an army's being `agency`; what the review form opens a new body with too.
 */
export function bodyKindOf(name: string): OrganizationKind | undefined {
  const byWords = kindByWords(name) ?? kindByWords(capitalisedWords(name));
  if (byWords) return byWords;
  const head = name.split(/\s+/).reverse().map(capitalize).find((word) => ORG_HEADS[word]);
  return head ? ORG_HEADS[head] : undefined;
}

/** "the Northshire Constabulary and Leeds Port Police": the body named before "and", when the match was cut there. */
function bodyBeforeAnd(x: PassContext, m: Found, start: number): void {
  const text = x.doc.text.slice(m.pos, start);
  if (!text.endsWith(' and ')) return;
  const first = text.slice(0, -5).replace(/^(?:The|A|An|Its|Their|Both) /, '');
  const at = start - 5 - first.length;
  if (first.split(' ').length >= 2 && ORG_HEADS[first.split(' ').at(-1)!] && !x.doc.isTaken(at, at + first.length)) {
    addOrganization(x, first, { kind: ORG_HEADS[first.split(' ').at(-1)!] ?? 'agency', country: leadingNationality(first) }, at, at + first.length, R.headWord.id);
  }
}

function headedNames(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.headWord.pattern)) {
    const found = headedName(x, m);
    // "Thames Valley Police and British Transport Police (BTP)": the second body read before, the first is one still.
    const and = m[0].lastIndexOf(' and ') + 5;
    if (found) bodyBeforeAnd(x, m, found.start);
    else if (and > 5 && x.doc.isTaken(m.pos + and, m.pos + m[0].length)) bodyBeforeAnd(x, m, m.pos + and);
    // "the Government Delegation" after "the Government Delegation in Madrid": the same body.
    const placed = found && x.facts.organizations.find((o) => o.name.startsWith(`${found.name} in `));
    if (placed) { x.doc.mention(placed.id, 'organization', found!.start, found!.end); continue; }
    if (!found) continue;
    addHeaded(x, found);
    const owning = found.owningBody;
    if (owning && !x.doc.isTaken(owning.start, owning.start + owning.name.length)) {
      addOrganization(x, owning.name, { kind: ORG_HEADS[owning.name.split(/\s+/).at(-1)!] ?? 'agency', country: leadingNationality(owning.name) }, owning.start, owning.start + owning.name.length, R.headWord.id);
    }
    const of = m.groups!.of;
    // "the Rapid Unit of the Ministry of Ports": what the unit is of, left out of its name, is a body of its own.
    if (of && /^\s+(?:of|for)\s/.test(of) && found.end < m.pos + m[0].length) bodyOfUnit(x, m.pos + m[0].length - of.length + of.search(/\p{Lu}/u));
  }
}

/**
 * A service or office of patrols, guards or police ("Highway Patrol Service", "Border Guard Service", "the Coastal
 * Police Administration", "Police Administration of Montenegro"): a force of the police kind, whatever its head word.
 */
const PATROL_OFFICE = /\b(?:Patrol|Guard|Police)\s+(?:Service|Services|Command|Directorate|Department|Office|Administration|Headquarters)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]{0,40}(?:\s+\p{Lu}[\p{L}'’-]{0,40}){0,3})?$/u;
/**
 * A fire brigade or service ("Public Fire Brigade", "Fire and Rescue Service"), or a civil defence or rescue force
 * ("Malaysia Civil Defence Force", "Civil Protection Corps"): an emergency agency, not a police force.
 */
const FIRE_SERVICE = /\b(?:Fire(?:\s+and\s+Rescue)?|Civil\s+Defen[cs]e|Civil\s+Protection|Rescue)\s+(?:Brigade|Brigades|Service|Services|Department|Corps|Force|Forces|Unit)$/;

/** Words that join a body's name and stay lowercase when the rest is capitalised ("Police Administration of the Coast"). */
const JOINING_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la']);
/** A name written in lowercase ("the Almaty police department") as its capitalised form, which the kind's patterns read. */
const capitalisedWords = (name: string) => name.split(' ').map((word) => (JOINING_WORDS.has(word) ? word : capitalize(word))).join(' ');

/** A league of a sport or a level of play ("Caribbean Premier League", "National Basketball League"): a sports body, not a party. */
const SPORTS_LEAGUE = /\b(?:Premier|Super|Major|Champions|Football|Soccer|Basketball|Cricket|Rugby|Hockey|Baseball|Volleyball|Handball|Netball|Ice Hockey)\s+League\b/u;

/**
 * The kind a body's name gives by its words before its head word: an army an agency, a fire brigade an agency, a patrol or
 * police office a police force, a league of a sport an association.
 */
function kindByWords(name: string): OrganizationKind | undefined {
  if (SPORTS_LEAGUE.test(name)) return 'association';
  if (ARMED.test(name) || FIRE_SERVICE.test(name)) return 'agency';
  return PATROL_OFFICE.test(name) ? 'police_force' : undefined;
}

/** "Spain's Interior Ministry" is the Spanish Interior Ministry, also called by its function only, the article's words. */
function addHeaded(x: PassContext, found: NonNullable<ReturnType<typeof headedName>>): void {
  addOrganization(x, found.name, { kind: kindByWords(found.name) ?? ORG_HEADS[found.head] ?? 'agency', country: leadingNationality(found.name) ?? found.country, alias: found.alias }, found.start, found.end, R.headWord.id);
}

/** The body a head-word name starting at `at` names, if one does. */
function bodyOfUnit(x: PassContext, at: number): void {
  const inner = x.matches(R.headWord.pattern, { start: at, end: x.doc.sentenceAt(at).end }).next().value;
  const found = inner && inner.pos === at ? headedName(x, inner) : null;
  if (found) addHeaded(x, found);
}

/** The kind of a body named by its nationality and a lowercase noun ("Italian interior ministry"). */
function nationalKind(body: string): OrganizationKind {
  if (ARMED.test(body)) return 'agency';
  return /ministry/.test(body) ? 'ministry' : /police|guard|law enforcement/.test(body) ? 'police_force'
    : /delegation/.test(body) ? 'delegation' : /embassy|consulate|diplomatic/.test(body) ? 'diplomatic_mission' : 'government';
}

/** "Norway's" before a state body: the country's adjective ("Norwegian"), when the words name a country the gazetteer knows. */
function possessiveAdjective(country: string): string | undefined {
  const place = lookupPlace(country);
  return place?.kind === 'country' ? adjectiveOf(place.countries[0]) : undefined;
}

/** Words for some of a country's bodies, no one of them: the government only when the article names it so, or when they speak. */
const UNSPECIFIED = /authorities|officials/;
/** A speech verb in the clause after a subject, before any comma ("have confirmed that", "have defended the plan by noting that"): the subject speaks. */
const SPEAK_IN_CLAUSE = new RegExp(`^[^,;.]*?\\b(?:${SPEECH_VERBS}|${VIEW_VERBS}|noting|saying|adding|stressing|arguing|insisting)\\b`);

/** The one police body the article names with the country's adjective or name in it ("Royal Ruritanian Police", "Ruritania Police Service"), or after its possessive ("Ruritania's State Police"). */
function namedCountryPolice(x: PassContext, code: string): OrganizationDraft | undefined {
  const ofCountry = (word: string) => NATIONALITIES[word] === code || (lookupPlace(word)?.kind === 'country' && lookupPlace(word)!.countries[0] === code);
  // "Ruritania's State Police": the country given by its owner's possessive is the body's too.
  const named = x.facts.organizations.filter((o) => o.kind === 'police_force' && /\p{Lu}/u.test(o.name.split(/\s+/).at(-1)!) && (o.name.split(/\s+/).some(ofCountry) || o.country === code));
  // "the Royal Ruritania Police" beside "the Royal Ruritanian Air Force": a force of the police kind by its head word only is no police.
  const police = named.length > 1 ? named.filter((o) => /\bPolice\b/.test(o.name)) : named;
  return police.length === 1 ? police[0] : undefined;
}

/** A national force's name: a word of the whole state and one of police or security ("Public Security Directorate", "Sûreté nationale"). */
const NATIONAL_WORD = /\b(?:[Nn]ationale?|[Nn]acional|[Pp]ublic|[Ss]tate|[Ff]ederal)\b/;
const FORCE_WORD = /\b(?:Police|Policía|Polícia|Polizia|Security|Sécurité|Securite|Sûreté|Surete|Seguridad)\b/;

/**
 * "Jordanian police", "Morocco's national police" in a story about that country that names one national force of no
 * other country (the Public Security Directorate): that force, named generically (rule organization.national-body).
 * Counter-example: "Finnish police" in a story about Vietnam, a visiting force.
 */
function namedNationalForce(x: PassContext, code: string): OrganizationDraft | undefined {
  if (storyCountry(x) !== code) return undefined;
  const named = x.facts.organizations.filter((o) => (o.country === null || o.country === code) && NATIONAL_WORD.test(o.name) && FORCE_WORD.test(o.name));
  return named.length === 1 ? named[0] : undefined;
}

function nationalBodies(x: PassContext): void {
  const found = [...x.matchesOutsideTitles(R.nationalBody.pattern)];
  // The named bodies first: "Ruritanian authorities" is the Ruritanian government only when "the Ruritanian government" is named, before or after.
  for (const m of [...found.filter((f) => !UNSPECIFIED.test(f.groups!.body!)), ...found.filter((f) => UNSPECIFIED.test(f.groups!.body!))]) {
    if (x.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
    const { country: owner, body } = m.groups as { country?: string; body: string };
    const nationality = owner ? possessiveAdjective(owner) : m.groups!.nationality!;
    if (!nationality) continue;
    const code = NATIONALITIES[nationality] ?? null;
    const generic = UNSPECIFIED.test(body);
    const name = generic ? `${adjectiveOf(code ?? undefined) ?? nationality} government` : /diplomatic offices/.test(body) ? `${nationality} diplomatic offices` : `${nationality} ${body}`;
    // "Ruritanian police" in a story naming the Royal Ruritanian Police is that body.
    const same = generic ? findOrg(x, name) : /police$/.test(body) && code ? namedCountryPolice(x, code) ?? namedNationalForce(x, code) : undefined;
    if (same) { x.doc.mention(same.id, 'organization', m.pos, m.pos + m[0].length); continue; }
    if (generic && !SPEAK_IN_CLAUSE.test(x.doc.text.slice(m.pos + m[0].length, x.doc.sentenceAt(m.pos).end))) continue;
    // "Norway's embassy": the name the country's adjective makes is not the article's words, which stay an alias.
    const org = addOrganization(x, name, { kind: nationalKind(body), country: code, alias: owner ? m[0] : undefined }, m.pos, m.pos + m[0].length, R.nationalBody.id);
    // "Senegal's national police": a force of the whole state is called so by name too (its country kept apart, see resolution).
    if (/^(?:national|federal) police$/.test(body)) addAlias(x, org, body);
  }
}

/** Description words a person may be too ("Its organiser, Ana Lund,"): a body only before a name a body's or a firm's word closes, or an acronym. */
const PERSON_LIKE_HEAD = /(?:organi[sz]er|promoter|operator|contractor)$/;

/** The kind a description's last word gives the body it describes. */
function describedKind(description: string): OrganizationKind {
  if (/(?:police|guard)$/.test(description)) return 'police_force';
  if (/union$/.test(description)) return 'union';
  if (/(?:company|firm|organi[sz]er|promoter|contractor)$/.test(description)) return 'association';
  return 'agency';
}

/** Whether capitalised words after a description name a body, not a person or a place. */
function bodyLikeName(name: string, description: string): boolean {
  const words = name.split(/\s+/);
  if (wordClass(words[0]!) === 'F' || lookupPlace(name) || NATIONALITIES[words[0]!]) return false;
  return !PERSON_LIKE_HEAD.test(description) || /^[A-Z]{2,8}$/.test(words[0]!) || !!ORG_HEADS[words.at(-1)!] || COMPANY_HEADS.has(words.at(-1)!);
}

/** A post held in a body, just before the body's description ("the head of", "a spokeswoman for"): a person's title. */
const POST_OF = new RegExp(`\\b${ROLE_NOUN}\\s+(?:of|for|at|in)\\s+$`, 'u');

/** "Its organiser, Lago Eventos,", "Ruritania's national police, the Guardia Real,": the name is the body the description says (rule organization.described-before). */
function describedBefore(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.describedBefore.pattern)) {
    const { description, name } = m.groups as { description: string; name: string };
    const at = m.pos + m[0].lastIndexOf(name);
    if (x.doc.isTaken(m.pos, at + name.length) || !bodyLikeName(name, description)) continue;
    // "The head of the regional police, Ivo Lenz,": the name is the holder of a post in the body, a person.
    if (POST_OF.test(x.doc.text.slice(Math.max(0, m.pos - 40), m.pos))) continue;
    const owner = /^([A-Z][\p{L}-]+)['’]s\s/u.exec(description)?.[1];
    const code = owner ? NATIONALITIES[possessiveAdjective(owner) ?? ''] ?? null : null;
    addOrganization(x, name, { kind: describedKind(description), country: code }, at, at + name.length, R.describedBefore.id);
    // The description names the same body: no second one is read from its words ("Norway's national police"), its owner a place still.
    x.doc.take(m.pos + (owner ? owner.length + 3 : 0), at);
  }
}

/** Whether the first word of a name opening its sentence is a common word, which says nothing of a name ("Special Events said"). */
const opensWithCommonWord = (x: PassContext, at: number, name: string) => at === x.doc.sentenceAt(at).start && wordClass(name.split(/\s+/)[0]!) === 'W';

/** Firms by their last word (rule organization.company), broadcasters (organization.broadcaster), bodies named in a Romance language (organization.local-language-body). */
function namedByTheirWords(x: PassContext): void {
  const read = (rule: typeof R.company | typeof R.broadcaster | typeof R.localLanguageBody, kindOf: (name: string) => OrganizationKind) => {
    for (const m of x.matchesOutsideTitles(rule.pattern)) {
      const lead = /^(?:(?:The|A|An|Its|Their)\s+)+/.exec(m[0])?.[0].length ?? 0;
      // "by the Policía Municipal's count": the possessive is no part of the name.
      const name = m[0].slice(lead).replace(/['’]s$/u, '');
      const at = m.pos + lead;
      if (x.doc.isTaken(at, at + name.length) || name.split(/\s+/).length < 2 || opensWithCommonWord(x, at, name)) continue;
      // "the Policía Municipal de Lakeside … the Policía Municipal said": the body named in full before, named short.
      const longer = x.facts.organizations.find((o) => String(o.name).startsWith(`${name} `));
      if (longer) { x.doc.mention(longer.id, 'organization', at, at + name.length); continue; }
      addOrganization(x, name, { kind: kindOf(name), country: null }, at, at + name.length, rule.id);
    }
  };
  read(R.company, () => 'association');
  read(R.broadcaster, () => 'agency');
  read(R.localLanguageBody, localLanguageKind);
}

/** What a body named in a Romance language is, by its opening word. */
function localLanguageKind(name: string): OrganizationKind {
  const head = name.split(/\s+/)[0]!;
  if (/^(?:Guard|Pol|Brigada|Gendarmer|Questura)/.test(head)) return 'police_force';
  if (/^Minist/.test(head)) return 'ministry';
  if (/^(?:Sindicato|Federaci)/.test(head)) return 'union';
  if (/^(?:Asocia|Associa|Hermandad|Cofrad|Comit|Cruz)/.test(head)) return 'association';
  return /^(?:Ayuntamiento|Intendencia|Prefeitura|Municipalidad|Comune|Prefettura)$/.test(head) ? 'government' : 'agency';
}

function missionsIn(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.missionIn.pattern)) {
    if (x.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
    const { mission, city } = m.groups as { mission: string; city: string };
    // "the consulate in Milan": the nationality is the nearest one earlier in the sentence.
    const before = x.doc.text.slice(x.doc.sentenceAt(m.pos).start, m.pos);
    const natMatch = [...before.matchAll(new RegExp(`\\b(${NATIONALITY_PATTERN})\\b`, 'g'))].at(-1);
    const prefix = natMatch ? (NATIONALITIES[natMatch[1]!] === 'US' ? 'US' : natMatch[1]) : null;
    const name = `${prefix ? `${prefix} ` : ''}${mission} in ${city}`;
    addOrganization(x, name, { kind: 'diplomatic_mission', country: natMatch ? NATIONALITIES[natMatch[1]!] ?? null : null }, m.pos, m.pos + m[0].length, R.missionIn.id);
  }
}

function acronymsWithHead(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.acronymHead.pattern)) {
    if (x.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
    const { acronym, head, what } = m.groups as { acronym: string; head: string; what?: string };
    const force = /unit|squad/.test(head) || /\b(?:operations|police|intervention|tactical|security|rescue)\b/.test(what ?? '');
    addOrganization(x, acronym, { acronym, kind: head === 'union' ? 'union' : force ? 'police_force' : 'political_group', country: null, alias: m[0] }, m.pos, m.pos + m[0].length, R.acronymHead.id);
  }
}

function collectiveActors(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.collectiveActor.pattern)) {
    if (x.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
    const name = capitalize(m.groups!.group!.toLowerCase());
    const inCountry = new RegExp(`\\bin (${NATIONALITY_PATTERN})\\b`).exec(x.doc.text.slice(m.pos, x.doc.sentenceAt(m.pos).end));
    addOrganization(x, name, { kind: /union/.test(name) ? 'union' : 'political_group', country: inCountry ? NATIONALITIES[inCountry[1]!] ?? null : null }, m.pos, m.pos + m[0].length, R.collectiveActor.id);
  }
}

/** The police the article names by the name of the country a city is in ("Cyprus Police" for a city in Cyprus), else the one national force of that country it names ("National Civil Police" of Guatemala for Quetzaltenango). */
function countryPolice(x: PassContext, city: string): OrganizationDraft | undefined {
  const countries = lookupPlace(city)?.byKind.get('city') ?? [];
  const byName = x.facts.organizations.find((o) => {
    const at = o.name.indexOf(' Police');
    const country = at > 0 ? o.name.slice(0, at) : undefined;
    const entry = country && /^ Police(?: Force| Service)?$/.test(o.name.slice(at)) ? lookupPlace(country) : undefined;
    return o.kind === 'police_force' && entry?.kind === 'country' && countries.includes(entry.countries[0]!);
  });
  // "Quetzaltenango's police" in a story naming Guatemala's "National Civil Police": the one national force of the city's country.
  const national = x.facts.organizations.filter((o) => o.kind === 'police_force' && o.country !== null && countries.includes(o.country) && /\bNational\b/.test(o.name));
  return byName ?? (national.length === 1 ? national[0] : undefined);
}

/** A lowercase role noun and a capitalised name right after a body's words: they open a person's title ("… police commander Ada Moen"). */
const TITLE_BEFORE_NAME = /^[^\S\n]+(?:chief|commander|director|commissioner|superintendent|inspector|spokes(?:man|woman|person))[^\S\n]+\p{Lu}\p{Ll}/u;

/** A post before a body's words ("the head of the", "chief of"). */
const POST_BEFORE = /\b(?:head|chief|commander|director)\s+of\s+(?:the\s+)?$/;
/** A lowercase word for a unit after a body's words ("… police department"). */
const UNIT_NOUN_AFTER = /^[^\S\n]+(?:department|division|command|unit|district)\b/;

/** "Police Zone Ghent", "Police Scotland" (rule organization.police-of-place): a force named by "Police" and its place. */
function policeOfPlace(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.policeOfPlace.pattern)) {
    const place = m.groups!.place!;
    const entry = lookupPlace(place);
    // "Police Force", "Police Francis Turay": a town the gazetteer knows by a common word or a first name is no place here.
    if (!entry || place.split(/\s+/).some((word) => wordClass(word) === 'W' || wordClass(word) === 'F') || x.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
    addOrganization(x, m[0], { kind: 'police_force', country: entry.kind === 'country' ? entry.countries[0]! : null }, m.pos, m.pos + m[0].length, R.policeOfPlace.id);
  }
}

function placePolice(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.placePolice.pattern)) {
    const { place: before, level, unit, place_after: placeAfter } = m.groups as { place?: string; level?: string; unit?: string; place_after?: string };
    const place = (before ?? placeAfter)!;
    // "Many police officers": a word that opens no name is no town of that name.
    if (x.doc.isTaken(m.pos, m.pos + m[0].length) || (!lookupPlace(place) && !NATIONALITIES[place]) || NOT_A_NAME_PART.test(place)) continue;
    // "Leeds regional police commander Ada Moen": words of a person's title, which name no body by themselves.
    if (!unit && TITLE_BEFORE_NAME.test(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 60))) continue;
    // "the head of the Leeds city police department": a post named by the unit it heads, in lowercase: a person's title.
    if (!unit && POST_BEFORE.test(x.doc.text.slice(Math.max(0, m.pos - 30), m.pos)) && UNIT_NOUN_AFTER.test(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 20))) continue;
    // "Toronto police" in a story that names the Toronto Police Service is that force; "Limassol police" in one that
    // names its country's police by the country's name ("the Cyprus Police"), or its one national force, is that force.
    const named = !level && !unit && (x.facts.organizations.find((o) => o.name.startsWith(`${place} Police `)) ?? countryPolice(x, place));
    if (named) { x.doc.mention(named.id, 'organization', m.pos, m.pos + m[0].length); continue; }
    // "Catalonia's regional police": the article's words stay an alias, and the place before the possessive a place.
    const owner = before !== undefined && /^\S+['’]s\s/u.test(m[0]);
    const from = owner ? m.pos + place.length + 3 : m.pos;
    addOrganization(x, `${place}${level ? ` ${level}` : ''} police${unit ? ` ${unit}` : ''}`, { kind: 'police_force', country: NATIONALITIES[place] ?? null, alias: owner ? m[0] : undefined }, from, m.pos + m[0].length, R.placePolice.id);
  }
}

/**
 * "Leeds city council", "the Loire prefecture": a place's local authority, a government body of that place.
 * The place is one the gazetteer knows or a name that is no common word ("The prefecture" is none).
 */
function placeAuthorities(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.placeAuthority.pattern)) {
    const { place: words, authority } = m.groups as { place: string; authority: string };
    // "The Rio Verde state government": the longest run of the capitalised words before the authority that is a place.
    const parts = words.split(/\s+/);
    const place = parts.map((_, i) => parts.slice(i).join(' ')).find((p) => /\s/.test(p) && lookupPlace(p)) ?? (parts.length <= 2 ? words : parts.at(-1)!);
    const at = m.pos + words.length - place.length;
    if (x.doc.isTaken(at, m.pos + m[0].length) || (!lookupPlace(place) && wordClass(place) === 'W') || NATIONALITIES[place]) continue;
    addOrganization(x, `${place} ${authority}`, { kind: 'government', country: null }, at, m.pos + m[0].length, R.placeAuthority.id);
  }
}

/** The longest run of a name's first words the gazetteer knows as a place ("Buenos Aires" of "Buenos Aires Police"), else its first word. */
function knownPrefix(words: string): string {
  const parts = words.split(/\s+/);
  for (let n = parts.length; n > 1; n--) if (lookupPlace(parts.slice(0, n).join(' '))) return parts.slice(0, n).join(' ');
  return parts[0]!;
}

/** "the prefecture of the Loire department" (the Loire prefecture, also so named), "the City of Eastby", "the Capital City of Eastby". */
function authoritiesOf(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.authorityOf.pattern)) {
    const { prefecture, city, speaking } = m.groups as { prefecture?: string; city?: string; speaking?: string };
    const place = city ? knownPrefix(city) : (prefecture ?? speaking)!;
    const at = m.pos + m[0].indexOf(place);
    if (x.doc.isTaken(m.pos, at + place.length) || (!lookupPlace(place) && wordClass(place) === 'W') || NATIONALITIES[place]) continue;
    const name = prefecture ? `${place} prefecture` : `${/^(?:Capital City|Municipality)/u.exec(m[0])?.[0] ?? 'City'} of ${place}`;
    const org = addOrganization(x, name, { kind: 'government', country: null }, m.pos, city ? at + place.length : m.pos + m[0].length, R.authorityOf.id);
    if (prefecture) addAlias(x, org, `Prefecture of ${place}`);
  }
}

/** Acronyms of things and people everyone writes short ("reply to the SMS", "checked the ID"): no body's. */
const THING_ACRONYMS = /^(?:ID|IDs|SMS|GPS|PIN|ATM|TV|DNA|CCTV|VIP|VIPs|FAQ|PDF|USB|LED|ETA|CEO|MRI|ICU|AGM|PA|GP|GPs|QR|URL|HQ)$/;
/** Currencies written by their ISO 4217 code ("EUR 130", "a USD 5 fee"): money, no body. */
const CURRENCY_CODES = /^(?:EUR|USD|GBP|JPY|CHF|CNY|RMB|INR|AUD|CAD|NZD|ZAR|NGN|KES|GHS|EGP|MAD|BRL|MXN|ARS|CLP|COP|PEN|TRY|RUB|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|UAH|GEL|AED|SAR|QAR|ILS|PKR|BDT|LKR|THB|VND|IDR|MYR|PHP|SGD|HKD|TWD|KRW)$/;

/** A body named by an acronym alone at `at`, unless it is a numeral, a venue's, or the acronym of a body already named. */
function addAcronym(x: PassContext, acronym: string, at: number, venues: Set<string>, kind: OrganizationKind, ruleId: string): void {
  const letters = acronym.split(/[-\s]/)[0]!;
  // "WBF Europe": a branch named by its acronym and continent; the acronym is the whole body's, not the branch's.
  const branch = /\s/.test(acronym);
  // "District VIII", "Chapter IV": a roman numeral, not a body.
  if (NATIONALITIES[letters] || /^[IVXLC]+$/.test(letters) || THING_ACRONYMS.test(letters) || CURRENCY_CODES.test(letters) || x.doc.isTaken(at, at + acronym.length) || x.doc.quoted(at) || x.doc.isHeading(x.doc.sentenceAt(at))) return;
  if (findOrg(x, acronym) || venues.has(letters)) return;
  // "the KCB supporters" after "the final between KCB Lakeside and FC Nordby": a club called by the first word of its name.
  const club = x.facts.organizations.find((o) => o.kind === 'club' && o.name.startsWith(`${acronym} `));
  if (club) { x.doc.mention(club.id, 'organization', at, at + acronym.length); return; }
  // "the OSCE" after "the Organization for Security and Co-operation in Europe": that body's acronym.
  const expanded = !branch && x.facts.organizations.find((o) => !o.acronym && o.name.split(/\s+/).length >= letters.length && strictlyFits(o.name.split(/\s+/), letters));
  if (expanded) { expanded.acronym = acronym; x.orgByKey.set(acronym.toLowerCase(), expanded); x.doc.mention(expanded.id, 'organization', at, at + acronym.length); return; }
  addOrganization(x, acronym, { acronym: branch ? null : acronym, kind, country: null }, at, at + acronym.length, ruleId);
}

function acronymsAlone(x: PassContext, venues: Set<string>): void {
  for (const m of x.matches(R.acronymAlone.pattern)) {
    const acronym = (m.groups!.acronym ?? m.groups!.speaker)!;
    const at = m.pos + m[0].indexOf(acronym);
    // "the UN Framework Convention", "the DART line": the acronym is part of a longer name or names a thing, not a body.
    // "the LRT blue line": a word for what kind of line may stand between.
    if (m.groups!.acronym && /^\s+(?:[A-Z]\p{L}|(?:[a-z]{2,12}\s+)?(?:line|lines|station|stadium|arena|route|network|card|system|motorway|highway)\b)/u.test(x.doc.text.slice(at + acronym.length, at + acronym.length + 30))) continue;
    addAcronym(x, acronym, at, venues, 'agency', R.acronymAlone.id);
  }
}

/** What a body named by its acronym after a word for what it is is: "the union federation BSRB" is a union. */
const DESCRIBED_KIND: Record<string, OrganizationKind> = { union: 'union', federation: 'union', confederation: 'union', party: 'political_group', unit: 'police_force' };

/** "the union federation BSRB", "public broadcaster ERR", "UEFA, European football's governing body, said". */
function acronymsDescribed(x: PassContext, venues: Set<string>): void {
  for (const m of x.matches(R.acronymDescribed.pattern)) {
    const acronym = (m.groups!.acronym ?? m.groups!.described)!;
    const at = m.pos + m[0].indexOf(acronym);
    // "Toronto FC, which plays …, said": the capitals close a longer name.
    const before = x.doc.text.slice(Math.max(0, at - 40), at);
    if (/[^\S\n]$/.test(before) && /^\p{Lu}/u.test(before.trimEnd().split(/\s/).at(-1) ?? '')) continue;
    const kind = DESCRIBED_KIND[(m.groups!.what ?? '').toLowerCase()] ?? 'agency';
    addAcronym(x, acronym, at, venues, kind, R.acronymDescribed.id);
  }
}

/** The two sides of a match ("the final between Sevilla and Roma"): clubs, never a country's name (a national team). */
function matchSides(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.matchSides.pattern)) {
    for (const side of [m.groups!.home!, m.groups!.away!]) {
      const at = m.pos + m[0].indexOf(side, m[0].indexOf(' between '));
      if (x.doc.isTaken(at, at + side.length) || lookupPlace(side)?.kind === 'country' || NATIONALITIES[side]) continue;
      addOrganization(x, side, { kind: 'club', country: null }, at, at + side.length, R.matchSides.id);
    }
  }
}

/**
 * "Harbour United beat FC Nordby 2-1" (rule organization.result-sides): each side a club, as in matchSides, its name
 * without the words opening the sentence ("On Sunday"); a player ("Ada Holm beat Eva Berg 6-3") is none.
 */
function resultSides(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.resultSides.pattern)) {
    const { home, away } = m.groups as { home: string; away: string };
    // "Holm beat Berg 10-6": two single words may be two players' surnames as well as two clubs.
    if (!/\s/.test(home) && !/\s/.test(away)) continue;
    for (const [written, at] of [[home, m.pos], [away, m.pos + m[0].indexOf(away, home.length)]] as const) {
      const words = written.split(/\s+/);
      while (words.length > 1 && NOT_A_NAME_PART.test(words[0]!)) words.shift();
      const side = words.join(' ');
      const start = at + written.length - side.length;
      if (words.length > 1 && words.length <= 3 && wordClass(words[0]!) === 'F') continue;
      if (x.doc.isTaken(start, start + side.length) || lookupPlace(side)?.kind === 'country' || NATIONALITIES[side] || NOT_A_NAME_PART.test(side)) continue;
      // "Sporting" after "the final between Sporting CP and …": a club already read, without the letters closing its name.
      const known = x.facts.organizations.find((o) => o.kind === 'club' && o.name.startsWith(`${side} `) && /^\p{Lu}{2,4}$/u.test(o.name.slice(side.length + 1)));
      if (known) x.doc.mention(known.id, 'organization', start, start + side.length);
      else addOrganization(x, side, { kind: 'club', country: null }, start, start + side.length, R.resultSides.id);
    }
  }
}

/** Words in brackets that are a name in another language: two to eight words, the first capitalised, letters only ("Jefatura de Policia de Lago"). */
const LOCAL_NAME = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){1,7}$/u;

/**
 * "Lago Police Headquarters (Jefatura de Policia de Lago)": a name of two words or more in brackets right after a
 * body's name is that body's name in its language, an alias; no body or place is read from its words. An acronym of
 * that name after a comma ("(Polis Diraja Harbour, PDRH)") is the body's acronym.
 */
function localNamesInBrackets(x: PassContext): void {
  const { text } = x.doc;
  for (const m of x.doc.mentions.filter((n) => n.type === 'organization' && text.startsWith(' (', n.end))) {
    const close = text.indexOf(')', m.end + 2);
    const name = close > 0 ? text.slice(m.end + 2, close) : '';
    const org = orgById(x, m.id);
    // "Royal Harbour Police (Polis Diraja Harbour, PDRH)": the name in its language, then the acronym of that name.
    const acronymed = /^(.+), ([A-Z]{2,8})$/u.exec(name);
    const local = acronymed && !org?.acronym && fitsAcronym(acronymed[1]!.split(' '), acronymed[2]!) ? acronymed[1]! : name;
    if (!org || !LOCAL_NAME.test(local) || x.doc.isTaken(m.end + 2, close)) continue;
    addAlias(x, org, local);
    if (local !== name) { org.acronym = acronymed![2]!; x.orgByKey.set(org.acronym.toLowerCase(), org); }
    x.doc.take(m.end + 2, close);
  }
}

/** "German Federal Police (Bundespolizei)": the name in brackets is another name of the same body. */
function bracketedNames(x: PassContext): void {
  const { text, mentions } = x.doc;
  for (const org of [...x.facts.organizations]) {
    const first = mentions.find((m) => m.id === org.id);
    if (!first || text[first.start - 1] !== '(' || text[first.end] !== ')') continue;
    const outer = [...mentions].reverse().find((m) => m.type === 'organization' && m.end === first.start - 2 && m.id !== org.id);
    const target = outer && x.facts.organizations.find((o) => o.id === outer.id);
    if (!target) continue;
    target.aliases.push(org.name);
    if (!target.country && org.country) target.country = org.country;
    mergeInto(x, org, target);
  }
}

/** One body under the other's id from now on: the other's names become its aliases. */
function mergeInto(x: PassContext, org: OrganizationDraft, target: OrganizationDraft): void {
  x.facts.organizations = x.facts.organizations.filter((o) => o !== org);
  for (const [key, value] of x.orgByKey) if (value === org) x.orgByKey.set(key, target);
  for (const m of x.doc.mentions) if (m.id === org.id) m.id = target.id;
}

/**
 * "Budapest Police Headquarters (BRFK)", then "the BRFK": an acronym in brackets right after a body's name is
 * that body's, whatever its letters (a name translated, an acronym of the original language), whether or not the
 * acronym is named alone again.
 */
function bracketedAcronyms(x: PassContext): void {
  for (const org of x.facts.organizations.filter((o) => o.acronym && o.acronym === o.name)) {
    const at = x.doc.text.indexOf(`(${org.name})`);
    const outer = at > 0 ? x.doc.mentions.find((m) => m.type === 'organization' && m.id !== org.id && (m.end === at - 1 || m.end === at)) : undefined;
    const target = outer && orgById(x, outer.id);
    if (!target || target.acronym) continue;
    target.acronym = org.acronym;
    x.orgByKey.set(org.name.toLowerCase(), target);
    mergeInto(x, org, target);
  }
  // "Kuala Lumpur City Hall (DBKL) will close …": an acronym of the name in its own language, read as no body of its
  // own, cited with the name. One of the English name's initials is left as it was read.
  for (const mention of x.doc.mentions.filter((m) => m.type === 'organization')) {
    const acronym = BRACKETED_ACRONYM.exec(x.doc.text.slice(mention.end, mention.end + 12))?.[1];
    const org = acronym && !NATIONALITIES[acronym] && !THING_ACRONYMS.test(acronym) && !CURRENCY_CODES.test(acronym) && !lookupPlace(acronym) ? orgById(x, mention.id) : undefined;
    if (!org || org.acronym || fitsAcronym(org.name.split(/\s+/u), acronym!) || x.facts.organizations.some((o) => o.acronym === acronym)) continue;
    org.acronym = acronym!;
    x.orgByKey.set(acronym!.toLowerCase(), org);
    x.addCitation(org, x.doc.cite(mention.start, mention.end + acronym!.length + 3));
  }
}

/** An acronym in brackets right after a name: two to eight capitals, maybe a digit or an ampersand among them. */
const BRACKETED_ACRONYM = /^[^\S\n]\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u;

/**
 * "the Northland Coast Guard (NCG)" and later "Coast Guard spokesman Ada Moen": a name of head words that ends one
 * longer body's name in the same article is that body named short, no body of its own; with two such bodies
 * ("Eastby Harbour Police", "Westby Harbour Police") it stays apart, as it names neither, and so does a body the
 * longer one is "of" ("the Joint Command of the Armed Forces" and the Armed Forces). So is one that opens the name
 * of one body of a place the gazetteer knows ("the Armed Forces of Ruritania", then "the Armed Forces").
 */
function shortNamesOfLonger(x: PassContext): void {
  for (const org of x.facts.organizations.filter((o) => !o.acronym && o.rules?.includes(R.headWord.id) && /\s/.test(o.name))) {
    // "the Joint Command of the Armed Forces" is the command of the Armed Forces, another body.
    const longer = x.facts.organizations.filter((o) => o !== org && o.name.endsWith(` ${org.name}`) && !/\b(?:of|for)(?: the)?$/.test(o.name.slice(0, -org.name.length - 1)));
    // "the Armed Forces of Ruritania", then "the Armed Forces' boats": the body named without the country it is of.
    const ofPlace = x.facts.organizations.filter((o) => o !== org && o.name.startsWith(`${org.name} of `) && lookupPlace(o.name.slice(org.name.length + 4).replace(/^the /, '')));
    if (longer.length === 1) mergeInto(x, org, longer[0]!);
    else if (!longer.length && ofPlace.length === 1) mergeInto(x, org, ofPlace[0]!);
  }
}

/** Later mentions by acronym or alias. */
function laterMentions(x: PassContext): void {
  for (const org of x.facts.organizations) {
    for (const label of [org.acronym, ...org.aliases].filter((l): l is string => !!l && l.length > 1)) {
      for (const at of x.doc.words.find(label)) {
        if (!x.doc.isTaken(at, at + label.length)) x.doc.mention(org.id, 'organization', at, at + label.length);
      }
    }
  }
}

/** The last one-word city the sentence at `at` or the one before names, after "in", "at", "from", before it ("… in Kehl, the town hall said"). */
function cityNamedBefore(x: PassContext, at: number): string | undefined {
  const sentence = x.doc.sentenceAt(at);
  const from = x.doc.sentences[sentence.index - 1]?.start ?? sentence.start;
  // A city the words say something happens in, at or from, not a word of a street's name ("Avenida de la Constitucion").
  const words = x.doc.text.slice(from, at).match(/(?<=\b(?:in|at|from|to|near) )[A-Z][\p{L}-]{2,30}(?![\p{L}-]|\s+\p{Lu})/gu) ?? [];
  return words.reverse().find((w) => wordClass(w) !== 'W' && lookupPlace(w)?.kind === 'city');
}

/** "the city government", "the town hall said" (rule organization.local-government): the nearby or the dateline city's, its bare words an alias. */
/** What lies between a body's name and a description set off after it: its acronym in brackets maybe, a comma, "the" or "a". */
const APPOSITION_GAP = /^(?: \([^()\n]{1,80}\))?, (?:the|a|an) $/;

/** The body whose name stands right before the description starting at `at`, set off by a comma ("the Lago Urban Authority (LUA), the city government,"). */
function bodyDescribedAt(x: PassContext, at: number): OrganizationDraft | undefined {
  const before = x.doc.mentionsIn({ start: Math.max(0, at - 200), end: at }, 'organization').filter((n) => APPOSITION_GAP.test(x.doc.text.slice(n.end, at)));
  return before.length ? orgById(x, before.at(-1)!.id) : undefined;
}

function localGovernments(x: PassContext): void {
  const dateline = datelinePlace(x);
  for (const m of x.matchesOutsideTitles(R.localGovernment.pattern)) {
    const { level, body, hall, of_hall: ofHall } = m.groups as { level?: string; body?: string; hall?: string; of_hall?: string };
    const words = level ? `${level} ${body!}` : (hall ?? ofHall)!;
    const start = m.pos + m[0].lastIndexOf(words);
    const city = level ? dateline?.name : cityNamedBefore(x, m.pos) ?? dateline?.name;
    if (!city || x.doc.isTaken(start, m.pos + m[0].length) || (level && /provincial|regional/.test(level) && !dateline?.entry.byKind.has('region'))) continue;
    // "a city government spokeswoman": a person who speaks for the body, named by her role.
    if (/^\s+(?:spokes\w+|officials?|press officer)\b/.test(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 20))) continue;
    const described = bodyDescribedAt(x, start);
    if (described) { x.doc.mention(described.id, 'organization', start, start + words.length); continue; }
    // "Mexico City" and "the city government": the "Mexico City government", never "Mexico City city government".
    const name = new RegExp(`\\b${level ?? '-'}$`, 'i').test(city) ? `${city} ${body!}` : `${city} ${words}`;
    const org = addOrganization(x, name, { kind: 'government', country: null }, start, start + words.length, R.localGovernment.id);
    // The city is not in the quoted words: the name says what was inferred, so a reviewer's accept passes the build's checks.
    if (org.name === name) x.infer(org, `"${name}" is inferred: the ${words} of ${city}, ${level ? 'the city of the dateline' : 'the city the words name before it, else the dateline\'s'}`);
  }
}

/** "Eastby City Hall said" (rule organization.named-hall): the city's government, named as written; a hall that speaks is no venue. */
function namedHalls(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.namedHall.pattern)) {
    const name = m.groups!.name!;
    if (x.doc.isTaken(m.pos, m.pos + name.length)) continue;
    addOrganization(x, name, { kind: 'government', country: null }, m.pos, m.pos + name.length, R.namedHall.id);
  }
}

/** A name set off by a description of a body ("Harbour Control, the air traffic agency,"), a named emergency service, a district's own office. */
function describedBodies(x: PassContext): void {
  const named = (rule: typeof R.describedApposition | typeof R.namedService | typeof R.districtOffice, whole: boolean) => {
    for (const m of x.matchesOutsideTitles(rule.pattern)) {
      const lead = /^(?:(?:The|A|An|Its|Their)\s+)+/.exec(m[0])?.[0].length ?? 0;
      const name = whole ? m[0].slice(lead) : m.groups!.name!.slice(lead);
      const start = m.pos + lead;
      const first = name.split(/\s+/)[0]!;
      if (x.doc.isTaken(start, start + name.length) || lookupPlace(name) || wordClass(first) === 'F' || (rule !== R.namedService && NATIONALITIES[first])) continue;
      addOrganization(x, name, { kind: rule === R.districtOffice ? 'government' : 'agency', country: null }, start, start + name.length, rule.id);
    }
  };
  named(R.describedApposition, false);
  named(R.namedService, true);
  named(R.districtOffice, true);
}

/** Last words that make a name an event's, a site's or a force's, not a body speaking for itself. */
const NOT_A_SPEAKING_BODY = /^(?:Prix|Games|Festival|Marathon|Cup|Summit|Championships?|Open|Rally|Day|Week|Police|Army|Guard)$/;

/**
 * Whether a name opens with a country or the dateline's town and goes on with one or two words that name no person,
 * event or site. Other towns of the gazetteer are too many ("Van", "Police" are towns) to read a name's first word by.
 */
function placeNamedBody(x: PassContext, name: string): boolean {
  const words = name.split(/\s+/);
  const dateline = datelinePlace(x)?.name;
  const placeWords = [2, 1].find((n) => n < words.length && (lookupPlace(words.slice(0, n).join(' '))?.kind === 'country' || words.slice(0, n).join(' ') === dateline));
  if (!placeWords || words.length - placeWords > 2) return false;
  const rest = words.slice(placeWords);
  const last = rest.at(-1)!;
  return !rest.some((word) => wordClass(word) === 'F' || TITLE_WORD.test(word))
    && !NOT_A_SPEAKING_BODY.test(last) && (PLACE_HEADS[last] === undefined || last === 'Hall');
}
const TITLE_WORD = new RegExp(`^(?:${TITLE_PATTERN})$`);

/** "a spokesman for the Royal Household", "Qatar Rail said" (rules organization.spoken-for, place-named-speaker): bodies named by who speaks for them. */
function speakingBodies(x: PassContext): void {
  for (const rule of [R.spokenFor, R.placeNamedSpeaker]) {
    for (const m of x.matchesOutsideTitles(rule.pattern)) {
      const name = m.groups!.name!;
      const start = m.pos + m[0].lastIndexOf(name);
      if (x.doc.isTaken(start, start + name.length) || lookupPlace(name) || wordClass(name.split(/\s+/)[0]!) === 'F') continue;
      if (rule === R.placeNamedSpeaker && !placeNamedBody(x, name)) continue;
      addOrganization(x, name, { kind: 'agency', country: null }, start, start + name.length, rule.id);
    }
  }
}

/**
 * "the interior ministry", "Interior Ministry" in a story about one country (rule organization.function-body): that
 * country's body, its name made with the country's adjective (inferred, so derived with a note), the words an alias.
 */
function functionBodies(x: PassContext): void {
  // A wire story's dateline places it; without one, a country the text names is no sign of whose body it is.
  const code = datelinePlace(x) ? storyCountry(x) : null;
  const adjective = adjectiveOf(code ?? undefined);
  if (!code || !adjective) return;
  const note = `the country is the one the story is about (${datelinePlace(x) ? 'its dateline' : 'the one it names most'})`;
  for (const m of x.matchesOutsideTitles(R.functionBody.pattern)) {
    const words = m[0].replace(/^(?:The|the|Its|its)\s+/, '');
    const at = m.pos + m[0].length - words.length;
    if (x.doc.isTaken(at, at + words.length)) continue;
    const lower = words.toLowerCase();
    // "the federal police" in a story naming the country's one police force ("the Royal Ruritania Police") is that force.
    const force = /police$/.test(lower) ? namedCountryPolice(x, code) ?? namedNationalForce(x, code) : undefined;
    const named = findOrg(x, `${adjective} ${words}`) ?? x.facts.organizations.find((o) => o.name.toLowerCase() === lower || o.name.toLowerCase().endsWith(` ${lower}`)) ?? force;
    if (named) { x.doc.mention(named.id, 'organization', at, at + words.length); continue; }
    const kind = /police$/.test(words) ? 'police_force' : /government$/.test(words) ? 'government' : 'ministry';
    // "the national police" of a story about Ruritania is the Ruritanian police, as a nationality and "police" name it.
    const name = /^national police$/i.test(words) ? `${adjective} police` : `${adjective} ${words}`;
    const org = findOrg(x, name) ?? addOrganization(x, name, { kind, country: code, alias: words }, at, at + words.length, R.functionBody.id);
    if (!org.aliases.includes(words)) { addAlias(x, org, words); x.doc.mention(org.id, 'organization', at, at + words.length); }
    if (!org.derived) x.infer(org, `"${org.name}" inferred: ${note}`);
  }
  for (const org of x.facts.organizations.filter((o) => o.country === null && FUNCTION_ONLY.test(o.name.replace(/^(\p{Ll})/u, (c) => c.toUpperCase()).replace(/ (\p{Ll})/gu, (c) => c.toUpperCase())))) {
    const bare = org.name;
    org.name = `${adjective} ${bare}`;
    org.country = code;
    addAlias(x, org, bare);
    x.orgByKey.set(orgKey(org.name), org);
    x.infer(org, `"${org.name}" inferred: ${note}`);
    x.ruled(org, R.functionBody.id);
  }
}

export function organizations(x: PassContext): void {
  const venues = definedAcronyms(x);
  // Named groups before the known bodies, so that NATO inside "the coalition Stop NATO Den Haag" is no organiser of its own.
  namedGroups(x);
  groupsNamedThenKind(x);
  groupsSaidToBe(x);
  centresOfStaff(x);
  knownBodies(x);
  policeOfPlace(x);
  headedNames(x);
  describedBefore(x);
  nationalBodies(x);
  localNamesInBrackets(x);
  namedByTheirWords(x);
  missionsIn(x);
  acronymsWithHead(x);
  collectiveActors(x);
  placePolice(x);
  placeAuthorities(x);
  authoritiesOf(x);
  localGovernments(x);
  namedHalls(x);
  describedBodies(x);
  speakingBodies(x);
  functionBodies(x);
  // The clubs of a match before the acronyms alone: "the KCB supporters" is a club named in full elsewhere.
  matchSides(x);
  resultSides(x);
  acronymsAlone(x, venues);
  acronymsDescribed(x, venues);
  bracketedNames(x);
  bracketedAcronyms(x);
  shortNamesOfLonger(x);
  laterMentions(x);
}

export { orgKey };
