// The people pass: people named with a title before or after the name, by a name that speaks, or by a
// role alone; then later mentions by surname. Reads the organizations, so a title can point at a body
// ("Interior Minister" → the interior ministry) and a body's name is never read as a person's.
import { lookupPlace, wordClass } from '../gazetteer.js';
import { COMPANY_HEADS, KNOWN_EVENTS, NATIONALITIES, NATIONALITY_PATTERN, NOT_A_NAME_PART, ORG_HEADS, PLACE_HEADS, TITLE_PATTERN, WHOLE_TITLE } from '../lexicon.js';
import { isRankOnly, NAME, NAME_PREFIX, PEOPLE_RULES as R, TITLE_OF_VERB } from '../rules/people.js';
import { capitalize } from '../text.js';
import type { OrganizationDraft, PassContext, PersonDraft } from './context.js';
import { STATEMENT_RULES } from '../rules/statements.js';
import { bodyByHead } from './speakers.js';
import { escapeRegExp } from '../rules/rule.js';
import { calledAgainBy } from '../../lib/personal-names.js';

/** A word that makes a name a body's or a firm's, never a person's: "Agency", "Police", "Productions", "GmbH". */
const bodyWord = (word: string) => ORG_HEADS[word] !== undefined || COMPANY_HEADS.has(word);

type Role = PersonDraft['roles'][number];

/** A title of office opening a name of two more words ("Bishop Ada Moen" read again where a description follows it). */
const LEADING_TITLE = new RegExp(`^${TITLE_PATTERN}\\s+(?=\\S+\\s+\\S)`, 'u');
/** A name without the rank, courtesy title or title of office written before it ("Brigadier", "Sir", "Bishop"): the mention still covers them. */
const ownName = (written: string) => written.replace(NAME_PREFIX, '').replace(LEADING_TITLE, '');
const isFirstName = (word: string) => wordClass(word) === 'F';
const firstWord = (name: string) => name.split(/\s+/)[0]!;

/** People by lower-case name, role-only ones by "role:<title>", and named ones by "surname:<surname>". */
type PersonIndex = Map<string, PersonDraft>;

/** Where a person is cited, and, when the title cited after the name may name a place of its own, where the mention of them ends. */
interface PersonSpan { start: number; end: number; rule: string; mentionEnd?: number }

function addPerson(x: PassContext, index: PersonIndex, written: string | null, role: Role | null, country: string | null, span: PersonSpan): PersonDraft {
  const name = written ? ownName(written) : null;
  const key = name ? name.toLowerCase() : `role:${role!.title.toLowerCase()}`;
  let person = index.get(key);
  if (!person) {
    person = { id: x.newId(name ?? role!.title), name, roles: [], country, citations: [] };
    x.facts.people.push(person);
    index.set(key, person);
    if (name) index.set(`surname:${calledAgainBy(name).toLowerCase()}`, person);
  }
  if (role && !person.roles.some((r) => r.title.toLowerCase() === role.title.toLowerCase())) {
    // "Colonel Ada Moen" read first, "the region's police director, Colonel Ada Moen," after: the office leads, the rank follows.
    if (!isRankOnly(role.title) && person.roles.length && person.roles.every((r) => isRankOnly(r.title))) person.roles.unshift(role);
    else person.roles.push(role);
  }
  if (!person.country && country) person.country = country;
  x.addCitation(person, x.doc.cite(span.start, span.end));
  x.ruled(person, span.rule);
  x.doc.mention(person.id, 'person', span.start, span.mentionEnd ?? span.end);
  return person;
}

/** The organization a title of office belongs to, when the article names it ("Interior Minister" → the interior ministry). */
function roleOrganization(x: PassContext, title: string): OrganizationDraft | undefined {
  const area = /(Interior|Foreign|Defen[cs]e|Justice|Sports?)\s+Minister|Minister of (?:the )?(\w+)/i.exec(title);
  const field = area?.[1] ?? area?.[2];
  if (field) return x.facts.organizations.find((o) => new RegExp(`${field}\\s+ministry|ministry of (?:the )?${field}`, 'i').test(o.name));
  if (/Secretary of State/i.test(title)) return x.facts.organizations.find((o) => /State Department/i.test(o.name));
  return undefined;
}

/** Up to three capitalised words that go on right after a name. */
const WORDS_AFTER = /^(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){1,3}/u;
/** Words that close a site's or a court's name and are nobody's surname ("Park", "Hall" and "Port" are some people's). */
const SITE_LAST_WORD = /^(?:Gardens?|Bridge|Street|Square|Avenue|Boulevard|Road|Circle|Stadium|Arena|Airport|Station|Tunnel|Quay|Plaza|Cent(?:re|er)|Cathedral|Church|Mosque|Shrine|Mausoleum|Hospital|Court|Courts|Tribunal|Museum|Palace|Market|Lake|Memorial|Barracks|School|College|University|Institute|Academy|Hotel|Cup|Trophy|Prize|Games|Festival|Marathon)$/;
/** A royal title: the one name after it is a first name, so a site's word after that is no surname ("King Olav Park"). */
const ROYAL = /^(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Sheikh|Emir)$/;

/**
 * Whether a name is or goes on into a site's, a body's or an event's name ("Queen Ada Convention Center", "King Olav
 * Memorial Bridge", "Queen Ada Gardens", "King Olav Park", "President Lund Cup"): named after a person, not one.
 */
function namesASite(x: PassContext, title: string, name: string, end: number): boolean {
  const own = name.split(/\s+/).slice(1);
  const last = own.at(-1)!;
  const words = WORDS_AFTER.exec(x.doc.text.slice(end, end + 120))?.[0].trim().split(/\s+/) ?? [];
  return own.some((word) => SITE_LAST_WORD.test(word)) || (ROYAL.test(title) && PLACE_HEADS[last] !== undefined)
    || words.some((word) => PLACE_HEADS[word] !== undefined || bodyWord(word) || SITE_LAST_WORD.test(word));
}


/** Whether words are one title whole: "Chief Executive Officer", read as "Chief" and a name "Executive Officer", is no person. */
const wholeTitle = (words: string) => WHOLE_TITLE.test(words);

function titled(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.titled.pattern)) {
    const g = m.groups as { status?: string; nationality?: string; title: string; name: string };
    const name = g.name.replace(/['’]s$/, '');
    // "Justice Across Borders": a name never opens with a preposition or a determiner; the words name a body.
    if (NOT_A_NAME_PART.test(firstWord(name))) continue;
    const nameStart = m.pos + m[0].lastIndexOf(g.name);
    if (x.doc.isTaken(nameStart, nameStart + name.length)) continue;
    if (name.split(/\s+/).some((w) => bodyWord(w) || lookupPlace(w)?.kind === 'country') || namesASite(x, g.title, name, nameStart + name.length)) continue;
    if (titleGoesOn(x, g.title, name, nameStart + name.length) || wholeTitle(`${g.title} ${name}`)) continue;
    const code = g.nationality ? NATIONALITIES[g.nationality] ?? null : null;
    const title = `${g.status ? `${capitalize(g.status.toLowerCase())} ` : ''}${g.title}`;
    const org = roleOrganization(x, g.title);
    const country = code ?? org?.country ?? null;
    addPerson(x, index, name, { title, organization_id: org?.id ?? null, country }, country, { start: m.pos, end: nameStart + name.length, rule: R.titled.id });
  }
}

/**
 * A monarch by the one name they reign by: a known first name, a regnal number, a hyphened name or a realm that is a
 * country tells a person from a street or a firm named after one ("King Street", "Queen Anne").
 */
function monarchs(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.monarch.pattern)) {
    const g = m.groups as { title: string; name: string; number?: string; realm?: string };
    const name = g.number ? `${g.name} ${g.number}` : g.name;
    const nameStart = m.pos + g.title.length + m[0].slice(g.title.length).search(/\S/u);
    const realm = g.realm ? lookupPlace(g.realm) : undefined;
    const country = realm?.kind === 'country' ? realm.countries[0] ?? null : null;
    if (index.has(name.toLowerCase()) || x.doc.isTaken(nameStart, nameStart + name.length)) continue;
    if (!(isFirstName(g.name) || g.number || g.name.includes('-') || country) || bodyWord(g.name) || namesASite(x, g.title, `${g.title} ${name}`, nameStart + name.length)) continue;
    addPerson(x, index, name, { title: g.title, organization_id: null, country }, country, { start: m.pos, end: nameStart + name.length, rule: R.monarch.id });
  }
}

/**
 * "the Minister for National Food Security and Research, Ada Moen,": a portfolio's words after "Minister for" that
 * go on with "and" and a capital are the title's, no name, unless the first is a known first name ("Transport
 * Minister Ola Berg and Mayor Rita Lang").
 */
function titleGoesOn(x: PassContext, title: string, name: string, end: number): boolean {
  return /\s(?:of|for)\s/.test(title) && !isFirstName(firstWord(name)) && /^\s+and\s+\p{Lu}/u.test(x.doc.text.slice(end, end + 30));
}

/** After a title, two capitalised words are a name even when the first is also a word ("Christian"), never a place, a nationality or words no name opens with ("On Monday"). */
const nameAfterTitle = (name: string) => !NOT_A_NAME_PART.test(firstWord(name)) && (isFirstName(firstWord(name)) || (/\s/.test(name) && (wordClass(firstWord(name)) !== 'P' || placeNamedFirstName(name)) && !NATIONALITIES[firstWord(name)]));

/**
 * A first word that names a place but, set off after a title, opens a person's name ("its secretary, Milan Babic,"):
 * the whole is no place the gazetteer knows and the words after it name no place ("the mayor, Buenos Aires," is none).
 */
const placeNamedFirstName = (name: string) => !lookupPlace(name) && name.split(/\s+/u).slice(1).every((word) => wordClass(word) !== 'P' && PLACE_HEADS[word] === undefined);

/** A title that says which named body it is of: "head of the Northern Prefecture", "spokeswoman for Harbour Watch". */
const OF_NAMED_BODY = /\s(?:of|for)\s+(?:the\s+)?\p{Lu}/u;

/** A possessive or a group's noun right after a title's capitals: what the title is of goes on past them ("the Harbour fans' club"). */
const OF_GOES_ON = /^[^\S\n]+(?:\p{Ll}[\p{L}-]*['’]|(?:supporters|fans|members|association|group|club|union|federation|movement)\b)/u;

/** "Lund Chief, the chief of Lund": a name opening with the place its title is of is a title of that place, not a person's name. */
const namedAfterOwnPlace = (name: string, title: string) => new RegExp(`\\s(?:of|for)\\s+(?:the\\s+)?${firstWord(name).replace(/\P{L}/gu, '')}\\b`, 'u').test(title);

/**
 * Whether a name's words are already read as something other than this person. A person already read with a rank or
 * title ("Brigadier Ada Moen, a police commander,", "Police spokeswoman Brigadier Ada Moen") gains the other role.
 */
const takenByOther = (x: PassContext, index: PersonIndex, name: string, start: number) =>
  x.doc.isTaken(start, start + name.length) && !index.has(ownName(name).toLowerCase());

/** A saint's title opening a name ("San Gennaro", "St. Mary", "São Jorge"). */
const SAINT = /^(?:San|Santa|Santo|São|Sao|Saint|Sainte|St\.?|Ste\.?)\s/u;

/** An office's words ("Public Relations Officer"), which a title set off after them describes, not a person's name. */
const OFFICE_LAST = /\s(?:Officer|Director|Secretary|Manager|Spokes(?:man|woman|person)|Commissioner|Coordinator|Superintendent|Inspector|Chair(?:man|woman|person)?)$/u;

/** "said Mr Tan, who …", "Mr Tan, a rider,": an honorific and one name is a later mention, never a new person. */
const HONORIFIC_AND_SURNAME = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+\S+$/u;

function appositives(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.appositive.pattern)) {
    const g = m.groups as { name: string; determiner?: string; owner?: string; nationality?: string; title: string };
    // "the city's head of …", "a spokeswoman for …" set off after a name say it is one even when its first word is also a common word.
    // So does a title of a named body ("Ada Moen, head of the Harbour Police,"), whose holder can only be a person.
    const described = (g.determiner ?? g.owner) !== undefined || OF_NAMED_BODY.test(g.title);
    // "… and Los Altos Airport, an army spokeswoman said": a name ending in a place's head word is where, not who.
    // "… for New Year's Eve, the chief told reporters": a known event's name or a site's is when or where, not who.
    // "the Feast of San Gennaro, the Archbishop of Naples,": a saint's name is a feast's, a church's or a town's, not the titled one's.
    const placeName = PLACE_HEADS[g.name.split(/\s+/).at(-1)!] !== undefined || KNOWN_EVENTS[g.name.replace(/’/g, "'")] !== undefined || SAINT.test(g.name);
    const named = !placeName && (isFirstName(firstWord(g.name)) || (described && nameAfterTitle(g.name) && !g.name.split(/\s+/).some((w) => bodyWord(w)) && !OFFICE_LAST.test(g.name)));
    if (takenByOther(x, index, g.name, m.pos) || !named || namedAfterOwnPlace(g.name, g.title) || HONORIFIC_AND_SURNAME.test(g.name)) continue;
    const code = g.nationality ? NATIONALITIES[g.nationality] ?? null : null;
    // "a spokesman for the Harbour supporters' club": the capitals are only the start of what the title is of, so no body is said.
    const of = OF_GOES_ON.test(x.doc.text.slice(m.pos + m[0].length, m.pos + m[0].length + 40)) ? /\s(?:of|for)\s/.exec(g.title) : null;
    // An age before the title describes the person, not the office: "a 23-year-old coordinator" is a coordinator.
    const title = inFull(x, (of ? g.title.slice(0, of.index) : g.title).replace(/^\d{1,3}-year-old\s+/, ''), m.pos);
    const person = addPerson(x, index, g.name, { title: capitalize(title), organization_id: null, country: code }, code, { start: m.pos, end: m.pos + m[0].length, rule: R.appositive.id });
    if (title !== g.title.replace(/^\d{1,3}-year-old\s+/, '')) x.ruled(person, R.titleBodyInFull.id);
  }
}

/**
 * A title whose body is named by fewer words than the article gave it before (rule person.title-body-in-full:
 * "a spokeswoman for the Authority" after "the Lakeside Harbour Authority"): the title with the body's full name,
 * the last before `before` that ends with those words after "the", never through a possessive ("Eastland's Harbour
 * Authority"); else the title as written.
 */
function inFull(x: PassContext, title: string, before: number): string {
  const body = R.titleBodyInFull.pattern.exec(title)?.groups!.body;
  if (!body) return title;
  // The full name is written after "the" ("the Lakeside Harbour Authority"), so a sentence's first word ("More Harbour Authority staff …") is none of it.
  const fuller = new RegExp(`(?<=\\b[Tt]he[^\\S\\n])(?:\\p{Lu}[\\p{L}'’-]*(?<!['’]s)[^\\S\\n]){1,3}${escapeRegExp(body)}(?![\\p{L}])`, 'gu');
  const full = [...x.doc.text.slice(0, before).matchAll(fuller)].at(-1)?.[0];
  return full && full !== body ? title.slice(0, title.length - body.length) + full : title;
}

/** The organization whose name lies in a span of the article (a title's body), if the organizations pass found one. */
function organizationIn(x: PassContext, start: number, end: number): OrganizationDraft | undefined {
  const mention = x.doc.mentionsIn({ start, end }, 'organization')[0];
  return mention ? x.facts.organizations.find((o) => o.id === mention.id) : undefined;
}

/** A title of a body named by a lowercase head word after "of the" ("the head of the directorate"): the head word. */
const OF_THE_HEAD = /^\s+(?:of|for)\s+the\s+(\p{Ll}+)$/u;

function titlesFirst(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.titleFirst.pattern)) {
    const g = m.groups as { owner: string; title: string; of?: string; name?: string; speaker?: string };
    const name = (g.name ?? g.speaker)!;
    const nameStart = m.pos + m[0].lastIndexOf(name);
    if (takenByOther(x, index, name, nameStart) || !nameAfterTitle(name) || name.split(/\s+/).some(bodyWord)) continue;
    // "The president of the Harbour Electoral Board (HEB)": the body's acronym is no part of the title.
    const fullTitle = capitalize(`${g.title}${g.of ?? ''}`.replace(/\s+/g, ' ').replace(/ \([A-Z]{2,8}\)$/, ''));
    const titleStart = m.pos + g.owner.length;
    // "the municipality's traffic director": the body the possessive's head word names again, when one fits.
    const ownerHead = /^[Tt]he\s+(\p{Ll}+)['’]s\s+$/u.exec(g.owner)?.[1];
    // "The head of the directorate": a body named before by that head word is the title's, and the title is "Head".
    const ofHead = ownerHead ? undefined : OF_THE_HEAD.exec(g.of ?? '')?.[1];
    const headBody = ownerHead || ofHead ? bodyByHead(x, `the ${ownerHead ?? ofHead}`, m.pos) : null;
    const org = organizationIn(x, titleStart, titleStart + `${g.title}${g.of ?? ''}`.length) ?? (headBody ? x.facts.organizations.find((o) => o.id === headBody) : undefined);
    const title = org && ofHead && org.id === headBody ? capitalize(g.title) : fullTitle;
    // "Norway's Fisheries Minister": the possessive names the country the title is of.
    const owner = /^([A-Z]\p{L}+)['’]s\s+$/u.exec(g.owner)?.[1];
    const place = owner ? lookupPlace(owner) : undefined;
    const country = org?.country ?? (place?.kind === 'country' ? place.countries[0]! : null);
    // "the delegate in Andalusia, Ada Moen": the place the title is in stays a place of its own.
    const start = g.of && /^\s+in\s/.test(g.of) ? nameStart : m.pos;
    addPerson(x, index, name, { title, organization_id: org?.id ?? null, country }, country, { start, end: nameStart + name.length, rule: R.titleFirst.id });
  }
}

function titlesAfterWord(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.titleAfterWord.pattern)) {
    const { title, name } = m.groups as { title: string; name: string };
    const nameStart = m.pos + m[0].lastIndexOf(name);
    if (x.doc.isTaken(nameStart, nameStart + name.length) || !isFirstName(firstWord(name)) && wordClass(firstWord(name)) !== undefined) continue;
    addPerson(x, index, name, { title: capitalize(title.replace(/\s+/g, ' ')), organization_id: null, country: null }, null, { start: m.pos, end: nameStart + name.length, rule: R.titleAfterWord.id });
  }
}

/** "said police spokeswoman Ada Moen", "Ferry Union general secretary Ivo Lenz told": the title as written, its body's name included unless the article names that body (then it is the role's organization). */
function lowercaseTitles(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.lowercaseTitle.pattern)) {
    const { body, title, rank, name } = m.groups as { body?: string; title: string; rank?: string; name: string };
    const nameStart = m.pos + m[0].lastIndexOf(name);
    if (takenByOther(x, index, name, nameStart) || !nameAfterTitle(name)) continue;
    if (name.split(/\s+/).some((w) => bodyWord(w) || lookupPlace(w)?.kind === 'country')) continue;
    const org = organizationIn(x, m.pos, nameStart);
    const country = org?.country ?? null;
    // "ECZ chairperson", "Ministry of Foreign Affairs spokeswoman": a body the article names is the role's organization, not words of its title.
    const bodyIsOrg = body && org && x.doc.mentionsIn({ start: m.pos, end: m.pos + body.length }, 'organization').some((e) => e.id === org.id);
    const role = { title: capitalize(`${body && !bodyIsOrg ? `${body} ` : ''}${title}`.replace(/\s+/g, ' ')), organization_id: org?.id ?? null, country };
    const person = addPerson(x, index, name, role, country, { start: m.pos, end: nameStart + name.length, rule: R.lowercaseTitle.id });
    const rankTitle = rank?.trim().replace(/\s+/g, ' ');
    if (rankTitle && !person.roles.some((r) => r.title === rankTitle)) person.roles.push({ title: rankTitle, organization_id: null, country: null });
  }
}

/** "…," said Ada Moen, a ferry skipper: the description after the comma is the title, its body's name the organization. */
function namedAfterVerb(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.namedAfterVerb.pattern)) {
    const { name, title, of } = m.groups as { name: string; title?: string; of?: string };
    const nameStart = m.pos + m[0].indexOf(name);
    if (x.doc.isTaken(nameStart, nameStart + name.length) || HONORIFIC_AND_SURNAME.test(name)) continue;
    if (name.split(/\s+/).some((w) => bodyWord(w) || lookupPlace(w)?.kind === 'country' || NATIONALITIES[w])) continue;
    const org = of ? organizationIn(x, m.pos + m[0].length - of.length, m.pos + m[0].length) : undefined;
    const role = title ? { title: capitalize(`${title}${of ?? ''}`.replace(/\s+/g, ' ')), organization_id: org?.id ?? null, country: org?.country ?? null } : null;
    addPerson(x, index, name, role, role?.country ?? null, { start: nameStart, end: m.pos + m[0].length, rule: R.namedAfterVerb.id });
  }
}

function surnamesFirst(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.surnameFirst.pattern)) {
    const { surname, title } = m.groups as { surname: string; title: string };
    if (x.doc.isTaken(m.pos, m.pos + surname.length) || wordClass(surname) === 'W' || lookupPlace(surname)) continue;
    const known = index.get(`surname:${surname.toLowerCase()}`);
    addPerson(x, index, known?.name ?? surname, { title: capitalize(title), organization_id: null, country: null }, null, { start: m.pos, end: m.pos + m[0].length - 1, rule: R.surnameFirst.id });
  }
}

/** The one named person whose title is this role ("Interior Minister" for "interior minister"), if exactly one is. */
function onlyHolder(x: PassContext, ...titles: string[]): PersonDraft | undefined {
  const wanted = new Set(titles.map((t) => t.toLowerCase()));
  const holders = x.facts.people.filter((p) => p.name && p.roles.some((r) => wanted.has(r.title.toLowerCase())));
  return holders.length === 1 ? holders[0] : undefined;
}

function rolesOnly(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.roleOnly.pattern)) {
    const g = m.groups as { nationality?: string; role: string; place: string };
    const title = `${capitalize(g.role)} of ${g.place}`;
    const named = new RegExp(`^,?\\s+(${NAME})`, 'u').exec(x.doc.text.slice(m.pos + m[0].length));
    const placeEntry = lookupPlace(g.place);
    const country = (g.nationality ? NATIONALITIES[g.nationality] : undefined) ?? (placeEntry && placeEntry.countries.length === 1 ? placeEntry.countries[0]! : null);
    const role = { title, organization_id: null, country };
    // "the interior minister of Hesse" in an article that names one Interior Minister (or Mayor of Hesse, "Ada Moen, the mayor of Hesse,") elsewhere is that person.
    const holder = named && isFirstName(firstWord(named[1]!)) ? named[1]! : onlyHolder(x, g.role, title)?.name ?? null;
    const end = holder === named?.[1] ? m.pos + m[0].length + named![0].length : m.pos + m[0].length;
    addPerson(x, index, holder, role, country, { start: m.pos, end, rule: R.roleOnly.id });
  }
}

function bodyTitles(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.orgSpokesperson.pattern)) {
    const { body, title, name } = m.groups as { body: string; title: string; name: string };
    const nameStart = m.pos + m[0].lastIndexOf(name);
    const bodyStart = m.pos + m[0].indexOf(body);
    if (x.doc.isTaken(nameStart, nameStart + name.length)) continue;
    // The body is one the article names (its mention lies in the words), else the title stands alone.
    const org = x.doc.mentionsIn({ start: bodyStart, end: bodyStart + body.length }, 'organization')[0];
    const organization = org ? x.facts.organizations.find((o) => o.id === org.id) : undefined;
    const country = organization?.country ?? null;
    addPerson(x, index, name, { title: capitalize(title), organization_id: organization?.id ?? null, country }, country, { start: bodyStart, end: nameStart + name.length, rule: R.orgSpokesperson.id });
  }
}

/** "his Danish counterpart, Lars Holm,": the title of the person named before, in another country when one is given. */
function counterparts(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.counterpart.pattern)) {
    const { nationality, name } = m.groups as { nationality?: string; name: string };
    const nameStart = m.pos + m[0].lastIndexOf(name);
    if (x.doc.isTaken(nameStart, nameStart + name.length) || !isFirstName(firstWord(name))) continue;
    const before = x.doc.mentionIndex.lastBefore(m.pos, (mention) => mention.type === 'person');
    // The other person's title without their nationality ("French Interior Minister" → "German Interior Minister").
    const base = x.facts.people.find((p) => p.id === before?.id)?.roles[0]?.title.replace(new RegExp(`^(?:${NATIONALITY_PATTERN})\\s+`), '');
    const title = base && nationality ? `${nationality} ${base}` : base;
    const country = nationality ? NATIONALITIES[nationality] ?? null : null;
    addPerson(x, index, name, title ? { title, organization_id: null, country } : null, country, { start: m.pos, end: nameStart + name.length, rule: R.counterpart.id });
  }
}

/** "Ada Moen became President of Eastland" (rule person.became): the office the verb gives, a known first name first. */
function became(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.became.pattern)) {
    const { name, title } = m.groups as { name: string; title: string };
    if (takenByOther(x, index, name, m.pos) || !isFirstName(firstWord(name)) || name.split(/\s+/).some((w) => bodyWord(w) || lookupPlace(w)?.kind === 'country')) continue;
    // "became President of the United States": the country in the office stays a place of its own.
    addPerson(x, index, name, { title: capitalize(title.replace(/\s+/g, ' ')), organization_id: null, country: null }, null, { start: m.pos, end: m.pos + m[0].length, rule: R.became.id, mentionEnd: m.pos + name.length });
  }
}

/** "Ada Moen, who chairs the union," (rule person.who-heads): a person titled by the office the verb names, of the body the clause names. */
function whoHeads(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.whoHeads.pattern)) {
    const { name, verb, body } = m.groups as { name: string; verb: string; body: string };
    const nameStart = m.pos + m[0].indexOf(name);
    // Only a person chairs or heads something "who" does: a name of no body's word, its first name known or not.
    if (x.doc.isTaken(nameStart, nameStart + name.length) || !nameAfterTitle(name) || name.split(/\s+/).some(bodyWord)) continue;
    const bodyAt = m.pos + m[0].lastIndexOf(body);
    const org = organizationIn(x, bodyAt, bodyAt + body.length) ?? x.facts.organizations.find((o) => o.id === bodyByHead(x, body, m.pos));
    addPerson(x, index, name, { title: TITLE_OF_VERB[verb]!, organization_id: org?.id ?? null, country: org?.country ?? null }, org?.country ?? null, { start: nameStart, end: nameStart + name.length, rule: R.whoHeads.id });
  }
}

function interviewed(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.interviewed.pattern)) {
    const { title, name } = m.groups as { title: string; name: string };
    const nameStart = m.pos + m[0].lastIndexOf(name);
    if (x.doc.isTaken(nameStart, nameStart + name.length) || wordClass(firstWord(name)) === 'P' || NATIONALITIES[firstWord(name)]) continue;
    const role = title.trim() ? { title: capitalize(title.trim()), organization_id: null, country: null } : null;
    addPerson(x, index, name, role, null, { start: nameStart - title.length, end: nameStart + name.length, rule: R.interviewed.id });
  }
}

/** "Ada Moen, fish trader, survivor" above a quoted paragraph (rule person.caption): a person of that title. */
function captions(x: PassContext, index: PersonIndex): void {
  for (const m of x.matches(R.caption.pattern)) {
    const name = m.groups!.name!;
    const start = m.pos + m[0].indexOf(name);
    if (x.doc.isTaken(start, start + name.length) || lookupPlace(name) || name.split(/\s+/).some((w) => bodyWord(w))) continue;
    addPerson(x, index, name, { title: capitalize(m.groups!.role!.trim()), organization_id: null, country: null }, null, { start, end: start + name.length, rule: R.caption.id });
  }
}

/** The word right before an offset on its line, with its punctuation ("Rue", "Oslo."); empty when none or no space between. */
function wordBefore(x: PassContext, at: number): string {
  const lead = x.doc.text.slice(Math.max(0, at - 30), at);
  return /[^\S\n]$/.test(lead) ? lead.trimEnd().split(/\s/).at(-1)! : '';
}

/** "Dr Maya Lind": a name after a courtesy or academic title, whatever its first word (rule person.honorific). */
function honorifics(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.honorific.pattern)) {
    const name = m.groups!.name!;
    const start = m.pos + m[0].length - name.length;
    if (x.doc.isTaken(start, start + name.length) || lookupPlace(name) || name.split(/\s+/).some((w) => bodyWord(w) || lookupPlace(w)?.kind === 'country')) continue;
    // "Rue Dr Eugène Laurent", "the Prof. Ada Moen Hall": inside a capitalised name, the person is who a site is named after.
    if (/^\p{Lu}.*[^.!?:;,"”]$/u.test(wordBefore(x, m.pos)) || /^[^\S\n]+\p{Lu}/u.test(x.doc.text.slice(start + name.length, start + name.length + 3))) continue;
    // "Sir Ada Moen Way": a first name, a surname and a site's head word name the site, not a person.
    const words = name.split(/\s+/);
    if (words.length >= 3 && PLACE_HEADS[words.at(-1)!] === 'venue') continue;
    addPerson(x, index, name, null, null, { start, end: start + name.length, rule: R.honorific.id });
  }
}

function speakers(x: PassContext, index: PersonIndex): void {
  for (const m of x.matchesOutsideTitles(R.speaking.pattern)) {
    const name = (m.groups!.name ?? m.groups!.source)!;
    const start = m.pos + m[0].indexOf(name);
    // "Rekha Tandel, who speaks for the fishers, told …": "who" says a person is named, whatever the first name.
    const who = /^,\s*who\s/u.test(x.doc.text.slice(start + name.length, start + name.length + 8));
    if (x.doc.isTaken(start, start + name.length) || (!isFirstName(firstWord(name)) && !who)) continue;
    // A surname may be a town's name too ("Graham Lane", "Ada Moen"): only a country's, a place's whole name, or one closed
    // by a site's word ("Albert Market") is none.
    if (lookupPlace(name) || SITE_LAST_WORD.test(name.split(/\s+/).at(-1)!) || name.split(/\s+/).some((w) => bodyWord(w) || lookupPlace(w)?.kind === 'country')) continue;
    // "Ben Salah told reporters" after "Mourad Ben Salah": a surname of two words names the person it closes.
    const named = x.facts.people.find((p) => p.name?.endsWith(` ${name}`));
    if (named) { x.doc.mention(named.id, 'person', start, start + name.length); continue; }
    addPerson(x, index, name, null, null, { start, end: start + name.length, rule: R.speaking.id });
  }
}

/** Small words of a title written in capitals that stay lowercase in the usual case ("MINISTER OF THE INTERIOR"). */
const TITLE_SMALL_WORDS = /^(?:of|the|for|and|in|on|at|to)$/u;

/** Words written in capitals in the usual case: each word and each part after a hyphen capitalised, small words of a title not. */
const fromCapitals = (words: string) => words.toLowerCase().split(/(\s+)/u)
  .map((word, i) => (i > 0 && TITLE_SMALL_WORDS.test(word) ? word : word.replace(/(^|[-'’])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase()))).join('');

/**
 * A transcript's speaker labels in capitals (rule person.transcript-label): "THE MINISTER OF TRANSPORT (Ada Moen):"
 * is Ada Moen, Minister of Transport; "MRS. ADA MOEN:" is Ada Moen, spelt as the article writes her name in the
 * usual case elsewhere ("Mrs. Ada McLean" for "MRS. ADA MCLEAN"), else with each word capitalised.
 */
function transcriptLabels(x: PassContext, index: PersonIndex): void {
  // Each label's spelling searched once, and for so many labels only: a hostile article may hold thousands.
  const spellings = new Map<string, string>();
  const spelling = (capitals: string) => spellings.get(capitals)
    ?? (spellings.size < MAX_LABELS_SPELT ? spellings.set(capitals, spelledElsewhere(x, capitals) ?? fromCapitals(capitals)).get(capitals)! : fromCapitals(capitals));
  for (const m of x.matches(R.transcriptLabel.pattern)) {
    const { role, named, capitals } = m.groups as { role?: string; named?: string; capitals?: string };
    const written = named ?? capitals!;
    const start = m.pos + m[0].indexOf(written);
    const name = named ?? spelling(capitals!);
    if (name.split(/\s+/u).some(bodyWord)) continue;
    const title = role ? { title: fromCapitals(role), organization_id: null, country: null } : null;
    addPerson(x, index, name, title, null, { start: role ? m.pos : start, end: start + written.length, rule: R.transcriptLabel.id });
  }
}

/** A transcript's list of speakers (rule person.cast-list): each line's person, with the title after the comma. */
function castList(x: PassContext, index: PersonIndex): void {
  for (const m of x.matches(R.castList.pattern)) {
    const { name, title } = m.groups as { name: string; title: string };
    const start = m.pos + m[0].indexOf(name);
    addPerson(x, index, name, { title: title.trim(), organization_id: null, country: null }, null, { start, end: m.pos + m[0].length, rule: R.castList.id });
  }
}

/** A line-up's or a ratings piece's lines (rule person.listed-line): each line's person, each part of the words after the comma a role. */
function listedLines(x: PassContext, index: PersonIndex): void {
  for (const m of x.matches(R.listedLine.pattern)) {
    const { name, roles } = m.groups as { name: string; roles: string };
    const [first, ...more] = roles.split(/,\s+/);
    const end = m.pos + name.length + 2 + roles.length;
    const person = addPerson(x, index, name, { title: first!, organization_id: null, country: null }, null, { start: m.pos, end, rule: R.listedLine.id });
    for (const title of more) if (!person.roles.some((r) => r.title === title)) person.roles.push({ title, organization_id: null, country: null });
  }
}

/** How many distinct labels in capitals are looked up in the article's text; more are only recased. */
const MAX_LABELS_SPELT = 100;

/** The same words written in the usual case somewhere in the article ("Ada McLean" for "ADA MCLEAN"), if they are. */
function spelledElsewhere(x: PassContext, capitals: string): string | undefined {
  const words = new RegExp(`(?<!\\p{L})${capitals.split(/\s+/u).map(escapeRegExp).join('[^\\S\\n]+')}(?!\\p{L})`, 'giu');
  return [...x.doc.text.matchAll(words)].map((found) => found[0]).find((found) => found !== found.toUpperCase());
}

/** A speech verb right after a word: "Tan told reporters", "Azman said". */
const SPEAKS_AFTER = /^[^\S\n]+(?:said|says|told|tells|added|adds|asked|explained|insisted|warned|noted|replied)\b/u;

/**
 * Later mentions by surname ("Berg said", "Kim said"), and by the first word of a name before a speech verb where
 * names are said so again ("Tan Chee Keong" is "Tan told reporters", "Azman Rashid" is "Azman said"), when that
 * word opens no other person's name and is no one's surname.
 */
function laterMentions(x: PassContext): void {
  const named = x.facts.people.filter((p): p is typeof p & { name: string } => !!p.name);
  const surnames = new Set(named.map((p) => calledAgainBy(p.name)));
  const firstWords = named.map((p) => p.name.split(/\s+/u)[0]!);
  for (const person of named) {
    const surname = calledAgainBy(person.name);
    for (const at of x.doc.words.find(surname)) {
      if (!x.doc.isTaken(at, at + surname.length)) x.doc.mention(person.id, 'person', at, at + surname.length);
    }
    const first = person.name.split(/\s+/u)[0]!;
    if (first === surname || surnames.has(first) || firstWords.filter((w) => w === first).length > 1) continue;
    for (const at of x.doc.words.find(first)) {
      const end = at + first.length;
      // "Achta Mahamat said": the word closing another name is not the first word of this one.
      const before = x.doc.text.slice(Math.max(0, at - 30), at);
      const closesAName = before !== before.trimEnd() && /^\p{Lu}\p{L}/u.test(before.trimEnd().split(/\s/u).at(-1) ?? '');
      if (!closesAName && !x.doc.isTaken(at, end) && SPEAKS_AFTER.test(x.doc.text.slice(end, end + 20))) x.doc.mention(person.id, 'person', at, end);
    }
  }
}

/**
 * The signature closing a release (rule person.signature): the person of its first line, their title of the body
 * on its last. Read only in an article whose first lines say it is a release (statement.release-heading).
 */
function signature(x: PassContext, index: PersonIndex): void {
  const opening = x.doc.text.split('\n').filter((line) => line.trim()).slice(0, 3).join('\n');
  if (!STATEMENT_RULES.releaseHeading.pattern.test(opening)) return;
  const from = Math.max(0, x.doc.text.length - 300);
  const m = R.signature.pattern.exec(x.doc.text.slice(from));
  if (!m) return;
  const { name, title, body } = m.groups as { name: string; title: string; body: string };
  const start = from + m.index + m[0].indexOf(name);
  if (x.doc.isTaken(start + name.length - name.replace(NAME_PREFIX, '').length, start + name.length) || name.split(/\s+/).some(bodyWord)) return;
  const org = organizationIn(x, from + m.index + m[0].lastIndexOf(body), from + m.index + m[0].lastIndexOf(body) + body.length);
  const role = { title: `${title.trim()} of the ${body.trim()}`, organization_id: org?.id ?? null, country: org?.country ?? null };
  addPerson(x, index, name, role, role.country, { start, end: start + name.length, rule: R.signature.id });
}

/** A letter's signature after its salutation (rule person.letter-signature): the writer, titled of the body on the line after the name. */
function letterSignature(x: PassContext, index: PersonIndex): void {
  const salutation = STATEMENT_RULES.letter.pattern.exec(x.doc.text);
  if (!salutation) return;
  const from = salutation.index + salutation[0].length;
  const m = x.matches(R.letterSignature.pattern, { start: from, end: x.doc.text.length }).next().value;
  if (!m) return;
  const { name, title, body } = m.groups as { name: string; title: string; body: string };
  const bodyAt = m.pos + m[0].lastIndexOf(body);
  const org = organizationIn(x, bodyAt, bodyAt + body.length);
  const role = { title: `${title.trim()} of the ${body.trim()}`, organization_id: org?.id ?? null, country: org?.country ?? null };
  addPerson(x, index, name, role, role.country, { start: m.pos, end: m.pos + name.length, rule: R.letterSignature.id });
}

export function people(x: PassContext): void {
  const index: PersonIndex = new Map();
  titled(x, index);
  monarchs(x, index);
  appositives(x, index);
  titlesFirst(x, index);
  titlesAfterWord(x, index);
  lowercaseTitles(x, index);
  surnamesFirst(x, index);
  rolesOnly(x, index);
  bodyTitles(x, index);
  namedAfterVerb(x, index);
  counterparts(x, index);
  whoHeads(x, index);
  became(x, index);
  interviewed(x, index);
  honorifics(x, index);
  captions(x, index);
  speakers(x, index);
  signature(x, index);
  transcriptLabels(x, index);
  castList(x, index);
  listedLines(x, index);
  letterSignature(x, index);
  laterMentions(x);
}
