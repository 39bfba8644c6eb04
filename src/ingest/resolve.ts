// Resolution of proposed facts against the knowledge base. An entity the knowledge base knows keeps its
// id (full name with case and accents folded, surname, acronym, alias, specific title, a generic name in
// the article's context); a fact it already has gains the new citation only when it states the same thing;
// another value for a fact becomes a challenge to a reviewed row or a disputed claim pair with a machine one
// (src/ingest/trust/ledger.ts). Never merged on a bare shared title: "Interior Minister" alone does not make
// two people one; never invented: a force named only "police" with no known count that fits is unresolved.
import type { Item } from '../db/columns.js';
import { REFERENCES, withoutReferencesTo } from './fact-references.js';
import { FACT_KINDS, genericForceName, isGenericForceId, orgKey, UNRESOLVED_SPEAKER, type Fact, type FactKind, type Facts } from './extract.js';
import { wordClass } from './gazetteer.js';
import { quantityText } from './counts.js';
import { GROUP_NOUNS, KNOWN_BODIES, PROTEST_WORDS } from './lexicon.js';
import { DEPLOYMENT_BODIES_TOGETHER, DEPLOYMENT_INCREMENT, DEPLOYMENT_NEW_TOTAL, INCREMENT_NOTE, NEW_TOTAL_NOTE } from './rules/deployments.js';
import { bodyInContext } from './trust/bodies.js';
import { articleContext, type ArticleContext } from './trust/context.js';
import { matchEvent } from './trust/events.js';
import { speakingForce, type ById } from './trust/speakers.js';
import { againstEventTotal, EVENT_TOTAL, recordEventTotals } from './trust/totals.js';
import { correctedCount, correctedEventTotal } from './trust/corrections.js';
import { Ledger, type Challenge, type Corroboration, type Kb, type KindSummary, type Unresolved, type Update } from './trust/ledger.js';
import { fold, genericName, sameName } from './trust/names.js';

export type { Challenge, Corroboration, KindSummary, Unresolved, Update };

export interface Resolution {
  facts: Facts;
  citations_added: Corroboration[];
  updates: Update[];
  /** Claims (in facts.claims) contesting reviewed rows, which list them in `challenges` once accepted. */
  challenges: Challenge[];
  /** Sentences whose body, event or speaker could not be resolved: listed for the reviewer, not proposed. */
  unresolved: Unresolved[];
  summary: Record<FactKind, KindSummary>;
}



const lower = (v: unknown) => String(v ?? '').toLowerCase().trim();
const conflict = (a: unknown, b: unknown) => a != null && b != null && a !== b;


function renameAll(facts: Facts, renames: Map<string, string>, skip: ReadonlySet<Fact> = new Set()): void {
  const map = (id: unknown) => (typeof id === 'string' ? renames.get(id) ?? id : id);
  for (const kind of FACT_KINDS) {
    for (const fact of facts[kind].filter((f) => !skip.has(f))) {
      for (const ref of REFERENCES.get(kind)!) {
        const value = fact[ref.field];
        if (ref.objects) for (const object of value as Array<Record<string, unknown>>) object[ref.key] = map(object[ref.key]);
        else fact[ref.field] = Array.isArray(value) ? [...new Set(value.map(map))] : map(value);
      }
    }
  }
  // A claim's subject and object may be a row of any collection, so no foreign key names them: they follow too
  // ("the coalition's 2,500" on a protest found to be a known one is a claim on the known protest).
  for (const claim of facts.claims.filter((f) => !skip.has(f))) {
    claim.subject_id = map(claim.subject_id);
    claim.object_id = map(claim.object_id);
  }
}

/**
 * A descriptive name, not a proper one ("Opposition parties", "Police officers"): several words with no
 * capital after the first, one ordinary English word, or an unnamed group ("Critics", "Residents of Paquis").
 */
const UNNAMED_GROUP = new RegExp(`^(?:${GROUP_NOUNS})\\b`, 'i');
const descriptive = (name: unknown) => {
  const text = String(name);
  if (UNNAMED_GROUP.test(text)) return true;
  if (/\s\p{Lu}/u.test(text) || /^\p{Lu}{2,}/u.test(text)) return false;
  return /\s/.test(text) || wordClass(text) === 'W';
};

/**
 * A government body named by its function only ("Interior Ministry", "the Ministry of Foreign Affairs", "City
 * Council"): every country has one, so with no country of its own it is a known body only through the
 * article's country (bodyInContext), never by the name alone. Counter-example: "Home Office" names one.
 */
const OFFICE_HEADS = new Set(['ministry', 'department', 'government', 'council', 'prefecture', 'cabinet']);
const OFFICE_WORDS = new Set([...OFFICE_HEADS, 'the', 'of', 'for', 'and', 'interior', 'foreign', 'affairs', 'defence', 'defense', 'justice',
  'home', 'health', 'finance', 'transport', 'culture', 'education', 'economy', 'public', 'security', 'national', 'federal', 'state', 'city', 'town', 'regional', 'local']);
const functionalBody = (name: unknown) => {
  const words = fold(String(name)).split(/\s+/);
  return words.some((w) => OFFICE_HEADS.has(w)) && words.every((w) => OFFICE_WORDS.has(w));
};

/** Whether two organizations share a name, alias or acronym. */
export function sharesName(org: Fact | Item, other: Fact | Item): boolean {
  const key = (n: unknown) => fold(orgKey(String(n)));
  const keys = new Set([org.name, ...(org.aliases as string[])].map(key));
  const acronym = org.acronym ? lower(org.acronym) : null;
  if (acronym && other.acronym && lower(other.acronym) === acronym) return true;
  return [other.name, ...(other.aliases as string[]), other.acronym].filter(Boolean).some((n) => keys.has(key(n)) || (acronym !== null && key(n) === acronym));
}

/** The names extraction gives a protest it finds no name for: "March in Central Paris on 2026-04-04". */
const MADE_UP_PROTEST_NAME = new RegExp(`^(?:${PROTEST_WORDS})(?: in .+?)?(?: on \\d{4}-\\d{2}-\\d{2})?$`, 'i');

export function matchOrganization(org: Fact, kb: Item[]): Item | undefined {
  // Descriptive names are shared by bodies of many countries: they merge only within one stated country.
  if ((descriptive(org.name) || functionalBody(org.name)) && !org.acronym && org.country == null) return undefined;
  // A shorter name that ends the full one ("Federal Police" of "Australian Federal Police") names the body
  // only where its country is known to be the same: other countries have a Federal Police too.
  const tails = (org.aliases as string[]).filter((alias) => String(org.name).endsWith(` ${alias}`));
  const withoutTails = { ...org, aliases: (org.aliases as string[]).filter((alias) => !tails.includes(alias)) };
  return kb.find((k) => !conflict(k.country, org.country)
    && (sharesName(withoutTails, k) || (k.country != null && k.country === org.country && sharesName(org, k))));
}

/**
 * A venue's name without the lowercase word for its kind after it: "the Metropolitano stadium" and "the
 * Metropolitano" are one venue. Counter-example: "Principality Stadium" keeps its capitalised word.
 */
const venueName = (place: Fact | Item) => (place.kind === 'venue' ? String(place.name).replace(/\s(?:stadium|arena|airport|station|hall|square|park|bridge)$/, '') : place.name);

/**
 * A known place of the same name, country and kind; a place inside a container of one country ("the National
 * Stadium" of Gaborone) is never the one inside a container of another ("the National Stadium" of Kingston), even
 * when neither venue states its country: `withinCountry` is the proposal's container's country, when known.
 */
export function matchPlace(place: Fact, kb: Item[], withinCountry: unknown = null): Item | undefined {
  const containerCountry = (id: unknown) => (id == null ? null : kb.find((p) => p.id === id)?.country ?? null);
  return kb.find((k) => sameName(venueName(k), venueName(place)) && !conflict(k.country, place.country)
    && (k.kind === place.kind || (k.kind !== 'country' && place.kind !== 'country')) && !conflict(containerCountry(k.within_id), withinCountry));
}

type Role = { title: string; organization_id: string | null; country: string | null };

/** A title that names what it is of ("Mayor of Milan"), unlike a bare "Interior Minister". */
const specificTitle = (title: string) => /\s(?:of|for)\s/i.test(title);

export function matchPerson(person: Fact, kb: Item[]): Item | undefined {
  const name = person.name ? String(person.name) : null;
  if (name) {
    const full = kb.find((k) => k.name && sameName(k.name, name) && !conflict(k.country, person.country));
    if (full) return full;
    const parts = fold(name).split(' ');
    const surname = parts.at(-1);
    const first = parts.length > 1 ? parts[0]! : null;
    const bySurname = kb.filter((k) => {
      if (!k.name || conflict(k.country, person.country)) return false;
      const kParts = fold(k.name).split(' ');
      if (kParts.at(-1) !== surname) return false;
      const kFirst = kParts[0]!;
      return first === null || kParts.length === 1 || kFirst === first || kFirst[0] === first.replace(/\./g, '') || first[0] === kFirst.replace(/\./g, '');
    });
    if (bySurname.length === 1) return bySurname[0];
  }
  // A role-only person in the knowledge base whom this article names, or who again appears by role.
  const titles = (person.roles as Role[]).filter((r) => specificTitle(r.title)).map((r) => lower(r.title));
  return kb.find((k) => !k.name && !conflict(k.country, person.country)
    && (k.roles as Role[]).some((r) => titles.includes(lower(r.title))));
}


/** Names that pending machine claims give role-only people (a challenge not yet decided): the person is already known. */
function pendingNames(claims: Item[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const c of claims) {
    if (c.review === 'machine' && c.predicate === 'name' && typeof c.value === 'string') names.set(String(c.subject_id), [...(names.get(String(c.subject_id)) ?? []), c.value]);
  }
  return names;
}

/**
 * A known role-only person this one is: by a name a pending claim gives them, or by a bare title the
 * article's places make specific ("Mayor" in a story that names Milan is the known "Mayor of Milan").
 */
function roleOnlyInContext(person: Fact, kb: Item[], pending: Map<string, string[]>, context: ArticleContext): Item | undefined {
  if (person.name) {
    const named = kb.filter((k) => !k.name && (pending.get(k.id) ?? []).some((n) => sameName(n, person.name)));
    if (named.length === 1) return named[0];
  }
  const bare = (person.roles as Role[]).filter((r) => !specificTitle(r.title)).map((r) => fold(r.title));
  const wanted = new Set(bare.flatMap((title) => [...context.placeNames].map((place) => `${title} of ${place}`)));
  const byTitle = kb.filter((k) => !k.name && !conflict(k.country, person.country) && (k.roles as Role[]).some((r) => wanted.has(fold(r.title))));
  return byTitle.length === 1 ? byTitle[0] : undefined;
}

function resolvePeople(proposed: Facts, ledger: Ledger, context: ArticleContext): void {
  const kb = ledger.items('people');
  const pending = pendingNames(ledger.items('claims'));
  for (const person of proposed.people) {
    const match = matchPerson(person, kb) ?? roleOnlyInContext(person, kb, pending, context);
    if (!match) { ledger.keep('people', person); continue; }
    ledger.renames.set(person.id, match.id);
    ledger.corroborate('people', match, person);
    const known = (pending.get(match.id) ?? []).some((n) => sameName(n, person.name));
    if (!match.name && person.name && !known) ledger.fill('people', match, 'name', String(person.name), person.citations);
  }
}

/**
 * A body of the article's country whose name ends with the generic name after a word saying whose it is
 * ("German Federal Police" for "Federal Police" in a story about Germany), when it is the only one.
 */
function namedByTail(org: Fact, inCountry: Item[]): Item | undefined {
  // A national society's full name may close with "Society" ("Ruritania Red Cross Society" for "Red Cross").
  const tails = [` ${fold(org.name)}`, ...(KNOWN_BODIES[String(org.name)]?.national ? [` ${fold(org.name)} society`] : [])];
  const ends = inCountry.filter((k) => tails.some((tail) => fold(k.name).endsWith(tail)));
  return ends.length === 1 ? ends[0] : undefined;
}

/**
 * A generic name with no country of its own ("National Police", "Federal Police") in a story about one
 * country: every country has such a body, so it is that country's known body, else a new body of that
 * country (the country inferred from the article, so `derived`). Counter-example: "National Police" in a
 * story about the Netherlands is not a known Spanish "National Police", nor one of no stated country.
 */
function resolveGenericBody(org: Fact, ledger: Ledger, country: string, inCountry: Item[]): void {
  const match = matchOrganization({ ...org, country }, inCountry) ?? namedByTail(org, inCountry);
  if (match) { ledger.renames.set(org.id, match.id); ledger.corroborate('organizations', match, org); return; }
  const note = `The country (${country}) is inferred: the article names the body without it, and it is the country the article is about.`;
  ledger.keep('organizations', { ...org, country, derived: true, note: org.note ? `${String(org.note)} ${note}` : note });
}

/**
 * A known body named bare whose country is only the lexicon's assumption ("Metropolitan Police": GB), in a
 * story about another country that names no place of that one: the name tells nothing of which country's
 * body it is ("the Metropolitan Police" of a Tokyo story), so it is read as a name of no country. Counter-
 * example: "officers of the Metropolitan Police from London" in an Irish story names London.
 */
function assumedAbroad(org: Fact, context: ArticleContext): boolean {
  const known = KNOWN_BODIES[String(org.name)];
  return known !== undefined && org.country != null && org.country === known.country && context.country != null
    && context.country !== org.country && !context.placeCountries.has(String(org.country));
}

/**
 * A movement's national society named bare ("the Red Cross"), with no country of its own: each country has
 * one, so it is a body of the article's country, never another country's society or one of no country.
 */
const bareNationalSociety = (org: Fact) => org.country == null && KNOWN_BODIES[String(org.name)]?.national === true;

/** Organizations reused or kept. */
function resolveOrganizations(proposed: Facts, ledger: Ledger, context: ArticleContext): void {
  for (const proposal of proposed.organizations) {
    const abroad = assumedAbroad(proposal, context);
    const org = abroad ? { ...proposal, country: null } : proposal;
    const kb = ledger.items('organizations');
    // A name given without its country ("the interior ministry") is looked up among the bodies of the article's country only.
    const inCountry = org.country == null && context.country != null ? kb.filter((k) => k.country === context.country) : [];
    if (org.country == null && context.country != null && (genericName(org.name) || abroad || bareNationalSociety(org))) { resolveGenericBody(org, ledger, context.country, inCountry); continue; }
    // With no country to tell, a national society named bare is no known one: kept, not merged.
    if (bareNationalSociety(org)) { ledger.keep('organizations', org); continue; }
    const match = matchOrganization(org, kb) ?? matchOrganization({ ...org, country: context.country }, inCountry) ?? bodyInContext(org, kb, context);
    if (match) { ledger.renames.set(org.id, match.id); ledger.corroborate('organizations', match, org); } else ledger.keep('organizations', org);
  }
}

function resolvePlaces(proposed: Facts, ledger: Ledger): void {
  const byId = new Map<unknown, Fact>(proposed.places.map((place) => [place.id, place]));
  for (const place of proposed.places) {
    const match = matchPlace(place, ledger.items('places'), byId.get(place.within_id)?.country ?? null);
    if (match) { ledger.renames.set(place.id, match.id); ledger.corroborate('places', match, place); } else ledger.keep('places', place);
  }
}

/**
 * Events reused by name and context (Games first, so that "the opening ceremony" finds the Games the
 * article means). A stated start that differs contests the known one; a start inferred (a weekday counted
 * from publication) contests nothing: only the name's citation corroborates.
 */
/**
 * An event with neither date nor place of its own whose name a known event of another edition bears
 * ("the Cup final" in a story that names none of the known final's places): it cannot be told from that
 * one, so it is listed as unresolved and not proposed, and facts that refer to it lose the reference.
 */
function ambiguousEdition(event: Fact, kb: Item[]): boolean {
  return event.start == null && (event.place_ids as string[]).length === 0 && kb.some((k) => k.kind === event.kind && sameName(k.name, event.name));
}

/** Words of a text folded and split on anything but letters and digits, between spaces: whole names are found in it. */
const spacedWords = (text: unknown) => ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * The known event an event named only in the headline is: a headline names it by its own words ("Harbour
 * Raises Lakeside Summit Police Figure" gives "Harbour Raises Lakeside Summit"), so it is the one known event
 * of the same start whose full name (case folded, two words or more) the article's body spells ("for the
 * Lakeside Trade summit that opens on Thursday"). Counter-examples: an event the body names too; a body that
 * names two such known events, or one of another start.
 */
function namedInBodyOnly(event: Fact, kb: Item[], text: string | undefined): Item | undefined {
  const newline = text?.indexOf('\n') ?? -1;
  if (!text || newline < 0 || event.start == null) return undefined;
  const body = spacedWords(text.slice(newline));
  const named = event.citations[0]?.quote;
  if (named === undefined || !text.slice(0, newline).includes(named) || body.includes(spacedWords(event.name))) return undefined;
  const known = kb.filter((k) => k.start === event.start && spacedWords(k.name).trim().includes(' ') && body.includes(spacedWords(k.name)));
  return known.length === 1 ? known[0] : undefined;
}

function resolveEvents(proposed: Facts, ledger: Ledger, context: ArticleContext, unresolved: Set<string>): void {
  const kb = ledger.items('events');
  const matches = new Map<string, Item | undefined>();
  for (const event of proposed.events.filter((e) => e.kind === 'games')) matches.set(event.id, matchEvent(event, kb, context, undefined, ledger.renames));
  const games = [...new Set([...matches.values()].filter((m): m is Item => !!m))];
  for (const [id, match] of matches) if (match) ledger.renames.set(id, match.id);
  for (const event of proposed.events) {
    const match = matches.has(event.id) ? matches.get(event.id) : matchEvent(event, kb, context, games.length === 1 ? games[0] : undefined, ledger.renames) ?? namedInBodyOnly(event, kb, ledger.text);
    if (!match && ambiguousEdition(event, kb)) {
      ledger.setAside('events', event, 'event', String(event.name), 'a known event of another date or place bears this name, and the article gives this one neither');
      unresolved.add(event.id);
      continue;
    }
    if (!match) { ledger.keep('events', event); continue; }
    ledger.renames.set(event.id, match.id);
    if (event.start == null || match.start == null || event.start === match.start) ledger.corroborate('events', match, event);
    else if (event.derived === true) ledger.corroborate('events', match, event, event.citations.slice(0, 1));
    else ledger.contest('events', match, 'start', String(match.start), String(event.start), event.citations);
  }
}

type Personnel = { value: number | null; qualifier: string | null };
const personnel = (fact: Fact | Item) => fact.personnel as Personnel;
const sameValue = (a: Personnel, b: Personnel) => a.value === b.value && a.qualifier === b.qualifier;
const disjoint = (a: unknown, b: unknown) => (a as string[]).length > 0 && (b as string[]).length > 0 && !(a as string[]).some((x) => (b as string[]).includes(x));

/**
 * An addition to a force, not its total: "300 more officers", "an extra 200 agents", as extraction marked it
 * (rule deployment.increment; a known row keeps its note). Never a rival of a total. Counter-example:
 * "bringing the force to about 2,300" is a new total, a challenge to the old one, though its sentence says "more".
 */
export const isIncrement = (fact: Fact | Item) => (fact.rules as string[] | undefined)?.includes(DEPLOYMENT_INCREMENT.id) === true || String(fact.note ?? '').includes(INCREMENT_NOTE);
/** The total a force reaches after an addition, as extraction marked it (rule deployment.new-total). */
const isNewTotal = (fact: Fact | Item) => (fact.rules as string[] | undefined)?.includes(DEPLOYMENT_NEW_TOTAL.id) === true || String(fact.note ?? '').includes(NEW_TOTAL_NOTE);

/**
 * The same quantity: the same body's force at the same event, in the same places (or none stated on either
 * side). Examples: a later "about 6,000" for the known 6,000 at the same Games; a new total of the same body
 * for the same Games. Counter-examples: 450 officers in one province against a national total (the places
 * differ), a count for no named event, a count of all forces together against one body's.
 */
const sameQuantity = (k: Item, d: Fact) => k.organization_id === d.organization_id && k.event_id != null && k.event_id === d.event_id
  && (k.place_ids as string[]).length === (d.place_ids as string[]).length && !disjoint(k.place_ids, d.place_ids);

/**
 * The known body a force named only by generic nouns is: one of the article's country that a person recorded
 * under these very words ("law enforcement officers" as an alias of the country's law enforcement), else the
 * body of the one known count of the same event with the same value and hedge. Undefined: nothing fits.
 */
function bodyOfGenericForce(deployment: Fact, ledger: Ledger, context: ArticleContext, kb: Item[]): string | undefined {
  const words: Fact = { id: String(deployment.organization_id), name: genericForceName(String(deployment.organization_id)), acronym: null, aliases: [], citations: [] };
  const named = context.country == null ? undefined : ledger.items('organizations').find((k) => k.country === context.country && sharesName(words, k));
  if (named) { ledger.corroborate('organizations', named, deployment); return named.id; }
  const fits = kb.filter((k) => k.event_id != null && k.event_id === deployment.event_id && sameValue(personnel(k), personnel(deployment)) && !disjoint(k.place_ids, deployment.place_ids));
  if (fits.length === 1) return String(fits[0]!.organization_id);
  return isIncrement(deployment) || isNewTotal(deployment) ? bodyAddedTo(deployment, ledger, context, kb) : undefined;
}

/** Words of a generic force that name what kind of force it is, not who they are ("police" of "police officers"). */
const FORCE_KIND_WORDS = new Set(['police', 'soldiers', 'troops', 'gendarmes', 'carabinieri', 'stewards', 'guards']);

/**
 * The body an addition or a new total of a generic force is of: "another 400 police officers …, bringing the
 * total to about 4,600" in a story about Hungary is the one body of the article's country, named by the same
 * kind of force ("Hungarian police"), that has a known count at the same event. Counter-examples: two such
 * bodies at the event ("State Police" and "Federal Police"), a story of no one country, a force of another kind.
 */
function bodyAddedTo(deployment: Fact, ledger: Ledger, context: ArticleContext, kb: Item[]): string | undefined {
  const kinds = fold(genericForceName(String(deployment.organization_id))).split(' ').filter((w) => FORCE_KIND_WORDS.has(w));
  if (context.country == null || deployment.event_id == null || !kinds.length) return undefined;
  const counted = new Set(kb.filter((k) => k.event_id === deployment.event_id && !isIncrement(k)).map((k) => k.organization_id));
  const bodies = ledger.items('organizations').filter((o) => counted.has(o.id) && o.country === context.country && kinds.some((w) => fold(o.name).split(' ').includes(w)));
  return bodies.length === 1 ? bodies[0]!.id : undefined;
}

/**
 * The known total a new total replaces: the largest known count (no addition) of the same body at the same
 * event, whatever places each sentence names ("200 more officers to Seville, bringing the force's total to
 * about 3,400" against the known "about 3,200 officers … the Plaza de Espana"): a new total is the force's
 * whole count for the event, and the body's smaller counts there are its parts ("About 350 of the officers
 * belong to the crowd unit"). Counter-example: an addition of the body is no total to replace.
 */
function replacedTotal(deployment: Fact, kb: Item[]): Item | undefined {
  if (!isNewTotal(deployment) || deployment.event_id == null || personnel(deployment).value == null) return undefined;
  const known = kb.filter((k) => k.organization_id === deployment.organization_id && k.event_id === deployment.event_id && !isIncrement(k) && personnel(k).value != null);
  return known.sort((a, b) => personnel(b).value! - personnel(a).value!)[0];
}

/** A generic count no body fits that may be its event's total (trust/totals.ts): of a stated number at an event, no addition. */
const totalOfEvent = (deployment: Fact) => deployment.event_id != null && personnel(deployment).value != null && !isIncrement(deployment);

/**
 * The listed parts of a total set aside are counts of their own: a part_of_id must name a row, or the build
 * refuses the parts ("- Some 4,200 officers of the national police" under a total of no body).
 */
function detachParts(proposed: Facts, totalId: string): void {
  for (const part of proposed.deployments.filter((d) => d.part_of_id === totalId)) {
    part.part_of_id = null;
    part.note = String(part.note ?? '').split('; ').filter((n) => !n.startsWith('part_of_id:')).join('; ') || undefined;
    if (!part.note) part.derived = false;
  }
}

/** Entities of one kind by final id: the known rows, then the article's proposals under the ids resolution gave them. */
function byFinalId(ledger: Ledger, kind: 'organizations' | 'people', proposed: Fact[]): ById {
  const all = new Map<unknown, Fact | Item>(proposed.map((f) => [ledger.renames.get(f.id) ?? f.id, f]));
  for (const item of ledger.items(kind)) all.set(item.id, item);
  return (id) => all.get(id);
}

/**
 * A body's count that says it corrects the figure known as its event's total ("10,400 officers of the National
 * Police …, not the "about 9,000" announced"): the same quantity, so the new value contests the total and is
 * no new deployment row. False when the sentence corrects no known total of the event.
 */
function contestsEventTotal(deployment: Fact, ledger: Ledger): boolean {
  const total = correctedEventTotal(deployment, ledger.items('claims'), EVENT_TOTAL, ledger.text);
  const event = total && ledger.items('events').find((e) => e.id === total.subject_id);
  if (!total || !event) return false;
  ledger.contest('events', event, EVENT_TOTAL, String(total.value), quantityText(personnel(deployment)), deployment.citations);
  return true;
}

function resolveDeployments(proposed: Facts, ledger: Ledger, context: ArticleContext): void {
  const kb = ledger.items('deployments');
  const unbodied: Fact[] = [];
  const knownTotals = kb.filter((k) => !isIncrement(k));
  const countryOf = (id: unknown) => ledger.items('organizations').find((o) => o.id === id)?.country;
  const organization = byFinalId(ledger, 'organizations', proposed.organizations);
  const forces = [...new Set(proposed.organizations.map((o) => ledger.renames.get(o.id) ?? o.id).filter((id) => organization(id)?.kind === 'police_force'))];
  const named = { organization, person: byFinalId(ledger, 'people', proposed.people), forces };
  for (const deployment of proposed.deployments) {
    if (isGenericForceId(deployment.organization_id)) {
      const corrected = correctedCount(deployment, knownTotals, countryOf, context.country, ledger.text);
      const body = bodyOfGenericForce(deployment, ledger, context, kb) ?? (corrected ? String(corrected.organization_id) : undefined) ?? speakingForce(deployment, proposed.statements, named);
      // A count of no body is no deployment row (set aside, or its event's total): its parts stand alone.
      if (!body) { unbodied.push(deployment); detachParts(proposed, deployment.id); continue; }
      deployment.organization_id = body;
    }
    // Several bodies counted together are all forces: the event's known total, if it has one.
    if ((deployment.rules as string[] | undefined)?.includes(DEPLOYMENT_BODIES_TOGETHER.id) && againstEventTotal(deployment, ledger)) continue;
    // An addition corroborates only the same addition, a total only a total.
    const equal = kb.find((k) => k.organization_id === deployment.organization_id && !conflict(k.event_id, deployment.event_id) && !disjoint(k.place_ids, deployment.place_ids)
      && sameValue(personnel(k), personnel(deployment)) && isIncrement(k) === isIncrement(deployment));
    if (equal) { ledger.renames.set(deployment.id, equal.id); ledger.corroborate('deployments', equal, deployment); continue; }
    if (isIncrement(deployment)) { ledger.keep('deployments', deployment); continue; }
    const rival = kb.find((k) => sameQuantity(k, deployment) && personnel(k).value != null && personnel(deployment).value != null && !isIncrement(k)) ?? replacedTotal(deployment, kb)
      ?? (personnel(deployment).value == null ? undefined : correctedCount(deployment, knownTotals, countryOf, context.country, ledger.text));
    if (rival) { ledger.renames.set(deployment.id, rival.id); ledger.contest('deployments', rival, 'personnel', quantityText(personnel(rival)), quantityText(personnel(deployment)), deployment.citations); continue; }
    if (contestsEventTotal(deployment, ledger)) continue;
    ledger.keep('deployments', deployment);
  }
  const left = recordEventTotals(unbodied.filter(totalOfEvent), proposed.deployments.filter((d) => !unbodied.includes(d) && !isIncrement(d)), ledger);
  for (const deployment of unbodied.filter((d) => !totalOfEvent(d) || left.includes(d))) {
    ledger.setAside('deployments', deployment, 'body', genericForceName(String(deployment.organization_id)), 'a force named only by generic nouns, and no known body or count of this event fits it');
  }
}

function resolveProtests(proposed: Facts, ledger: Ledger): void {
  const kb = ledger.items('protests');
  const overlaps = (a: unknown, b: unknown) => (a as string[]).some((x) => (b as string[]).includes(x));
  for (const protest of proposed.protests) {
    // A protest is the same one by its own name ("ICE OUT rally"), not by a name ingest made up ("March in
    // Lyon on …"): a union that marches twice marches on two dates, which is no dispute.
    const sameName = (k: Item) => lower(k.name) === lower(protest.name) && !MADE_UP_PROTEST_NAME.test(String(protest.name));
    const sameDay = (k: Item) => k.date != null && k.date === protest.date && (overlaps(k.organizer_ids, protest.organizer_ids) || overlaps(k.place_ids, protest.place_ids));
    const equal = kb.find((k) => sameDay(k) || (sameName(k) && (k.date === protest.date || protest.date == null)));
    // The proposal's claims ("police put the crowd at 600") are about the known protest now.
    if (equal) { ledger.corroborate('protests', equal, protest); if (equal.id !== protest.id) ledger.renames.set(String(protest.id), equal.id); continue; }
    const other = kb.find((k) => sameName(k) && k.date != null && protest.date != null && protest.derived !== true);
    if (other) { ledger.contest('protests', other, 'date', String(other.date), String(protest.date), protest.citations); continue; }
    ledger.keep('protests', protest);
  }
}

function resolveMeasures(proposed: Facts, ledger: Ledger): void {
  const shares = (a: unknown, b: unknown) => (a as string[]).some((id) => (b as string[]).includes(id));
  for (const measure of proposed.measures) {
    // The same name is not enough: a no-fly zone over Madrid is not Milan's. Same name and a shared place or operator.
    const equal = ledger.items('measures').find((k) => lower(k.name).replace(/s$/, '') === lower(measure.name).replace(/s$/, '')
      && (shares(measure.place_ids, k.place_ids) || shares(measure.operator_ids, k.operator_ids)));
    if (!equal) { ledger.keep('measures', measure); continue; }
    if (measure.start != null && equal.start != null && measure.start !== equal.start && measure.derived !== true) ledger.contest('measures', equal, 'start', String(equal.start), String(measure.start), measure.citations);
    else ledger.corroborate('measures', equal, measure);
  }
}

const words = (text: unknown) => new Set(fold(text).replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter((w) => w.length > 2));
function similarity(a: unknown, b: unknown): number {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

function resolveStatements(proposed: Facts, ledger: Ledger): void {
  for (const statement of proposed.statements) {
    if (statement.speaker_id === UNRESOLVED_SPEAKER) { ledger.setAside('statements', statement, 'speaker', 'he/she', 'a pronoun with no person of a compatible gender named before it (outside quoted words)'); continue; }
    if (isGenericForceId(statement.speaker_id)) { ledger.setAside('statements', statement, 'speaker', genericForceName(String(statement.speaker_id)), 'the speaker is a force named only by generic nouns'); continue; }
    const equal = ledger.items('statements').find((k) => k.speaker_id === statement.speaker_id && similarity(k.text, statement.text) >= 0.6);
    if (equal) ledger.corroborate('statements', equal, statement); else ledger.keep('statements', statement);
  }
}

export interface ResolveOptions {
  /** The article's text: unresolved sentences and challenges quote whole sentences from it. */
  text?: string;
}

export function resolve(proposed: Facts, kb: Kb, existingIds: Set<string>, options: ResolveOptions = {}): Resolution {
  const ledger = new Ledger(proposed, kb, existingIds, options.text);
  resolvePlaces(proposed, ledger);
  const context = articleContext(proposed, ledger.renames, ledger.items('places'));
  const setAsideEvents = new Set<string>();
  resolveOrganizations(proposed, ledger, context);
  resolvePeople(proposed, ledger, context);
  resolveEvents(proposed, ledger, context, setAsideEvents);
  // Events set aside are dropped before counts are resolved: a proposal's id may be a known row's too
  // ("cordillera-festival"), and a count left pointing at it would be read as of that row.
  withoutReferencesTo(proposed, (id) => setAsideEvents.has(String(id)));
  renameAll(proposed, ledger.renames);
  resolveDeployments(proposed, ledger, context);
  resolveProtests(proposed, ledger);
  resolveMeasures(proposed, ledger);
  resolveStatements(proposed, ledger);
  for (const claim of proposed.claims) ledger.keep('claims', claim);
  // Claims the ledger wrote point at known rows already: a proposal's id renamed away from a known id must not move them.
  renameAll(ledger.facts, ledger.renames, ledger.contests);
  withoutReferencesTo(ledger.facts, isGenericForceId);
  return { facts: ledger.facts, citations_added: ledger.citationsAdded, updates: ledger.updates, challenges: ledger.challenges, unresolved: ledger.unresolved, summary: ledger.summary };
}
