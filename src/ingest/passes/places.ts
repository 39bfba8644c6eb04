// The places pass: venues, then gazetteer names inside runs of capitalised words (a place inside a longer
// proper name is not one), countries before cities so a city goes to the country the article names or
// talks about most, then districts and the parts of a place ("central Oslo").
import { lookupPlace, wordClass, type GazetteerEntry } from '../gazetteer.js';
import { withoutDiacritics } from '../../lib/letters.js';
import { EVENT_WORDS, KNOWN_BODIES, KNOWN_EVENTS, NATIONALITIES, NATIONS_WITHIN, NOT_A_NAME_PART, ORG_HEADS, PLACE_MODIFIERS, SPEECH_VERBS, WHOLE_TITLE, placeHeadKind, type PlaceKind } from '../lexicon.js';
import { PLACE_RULES as R } from '../rules/places.js';
import { capitalize } from '../text.js';
import type { Found, PassContext, PlaceDraft } from './context.js';
import { escapeRegExp } from '../rules/rule.js';

interface Candidate { name: string; at: number; kind: string; countries: string[]; byKind: Map<string, string[]>; rule?: string; length?: number }
interface Venue { name: string; at: number; from: number; city: string | undefined; kind: PlaceKind; rule?: string }

const isCommonWord = (word: string) => wordClass(word) === 'W';

function addPlace(x: PassContext, name: string, fields: Pick<PlaceDraft, 'kind' | 'country' | 'within_id'>, start: number, end: number, rule: string): PlaceDraft {
  let place = x.placeByName.get(name.toLowerCase());
  if (!place) {
    place = { id: x.newId(name), name, ...fields, citations: [] };
    x.facts.places.push(place);
    x.placeByName.set(name.toLowerCase(), place);
    x.addCitation(place, x.doc.cite(start, end));
  }
  x.ruled(place, rule);
  x.doc.mention(place.id, 'place', start, end);
  return place;
}

/** A compass word, which opens a venue's own name ("Western Springs Park") unless it is the part of the place whose venue follows ("Central Oslo's …"). */
const COMPASS = /^(?:Central|Northern|Southern|Eastern|Western|Greater|Downtown)$/;

/** "At Harbour Park" is Harbour Park: the capitalised words that open a sentence or stand next to a name are cut. */
function withoutLead(name: string): string {
  let rest = name;
  for (let lead = /^(\S+)\s+(\S+)/u.exec(rest); lead && NOT_A_NAME_PART.test(lead[1]!); lead = /^(\S+)\s+(\S+)/u.exec(rest)) {
    if (COMPASS.test(lead[1]!) && !(/['’]s$/.test(lead[2]!) && lookupPlace(lead[2]!.slice(0, -2)))) break;
    rest = rest.slice(lead[1]!.length).trimStart();
  }
  return rest;
}

/** A church named by its denomination only: the body of believers, no building. */
const DENOMINATION = /^(?:(?<owner>\p{Lu}\p{L}+)\s+)?(?:Catholic|Orthodox|Anglican|Lutheran|Protestant|Evangelical|Methodist|Baptist|Reformed)\s+Church$/u;
/** Whether a venue's name is a church named by its denomination only, maybe after a nationality or a rite ("the Georgian Orthodox Church", "the Roman Catholic Church"). */
function denominationOnly(name: string): boolean {
  const owner = DENOMINATION.exec(name)?.groups;
  return owner !== undefined && (owner.owner === undefined || NATIONALITIES[owner.owner] !== undefined || /^(?:Roman|Eastern|Coptic|Maronite|Syriac|Georgian|Armenian|Ethiopian|Serbian|Romanian|Bulgarian)$/.test(owner.owner));
}

/** A speech verb right after a name, maybe after "has" or "have". */
const SPEAKS_NEXT = new RegExp(`^[^\\S\\n]+(?:(?:has|have)[^\\S\\n]+)?(?:${SPEECH_VERBS})\\b`, 'u');

/** "St. Mark's Square": a saint's possessive, no owner's. */
const SAINTLY = /^(?:St|Ste|Sv)\.?\s/;

/**
 * Whether the owner before a venue's possessive is a place, which then is no part of the venue's name: a name the
 * article gives again, other than before this venue ("Tórshavn's West Harbour" in a story datelined TÓRSHAVN).
 * Counter-examples: "Devil's Tower Road", "Barr's Bay Park", named after someone, whatever town the gazetteer
 * knows by that name.
 */
function placeNamedElsewhere(x: PassContext, owner: string, venue: string): boolean {
  const { folded, answers } = possessivesOf(x);
  const key = `${owner}\n${venue}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  // Past so many distinct possessives (a hostile article), each scan of the whole text would make the pass quadratic:
  // the owner is then cut off, as before this reading.
  if (answers.size >= MAX_POSSESSIVES_READ) return true;
  const count = (words: string) => folded.match(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(withoutDiacritics(words))}(?![\\p{L}\\d])`, 'giu'))?.length ?? 0;
  // In any case and spelling: a dateline is in capitals.
  const answer = count(owner) > count(`${owner}'s ${venue}`) + count(`${owner}’s ${venue}`);
  answers.set(key, answer);
  return answer;
}

/** How many distinct possessives before a venue are looked up in an article's whole text. */
const MAX_POSSESSIVES_READ = 50;

/** Each document's text with diacritics folded, made once, and the possessives read in it so far. */
const POSSESSIVES = new WeakMap<object, { folded: string; answers: Map<string, boolean> }>();
function possessivesOf(x: PassContext): { folded: string; answers: Map<string, boolean> } {
  let read = POSSESSIVES.get(x.doc);
  if (read === undefined) POSSESSIVES.set(x.doc, read = { folded: withoutDiacritics(x.doc.text), answers: new Map() });
  return read;
}

/** Streets whose names other languages write first, and which take house numbers after the name. */
const NUMBERED_STREET = /^(?:Avenida|Calle|Carrera|Jirón|Jiron|Paseo|Rua|Rue|Via|Viale|Corso)$/u;

/**
 * "Avenida de la Paz 98": a house number after a street's name is an address's, no part of the name; "Calle 50" keeps
 * its own, as do a square named after a day ("Place du 14 Janvier 2011") and a numbered road ("Route Nationale 8").
 */
function withoutHouseNumber(name: string): string {
  const words = name.split(/\s+/u);
  const house = words.length > 2 && NUMBERED_STREET.test(words[0]!) && /^\d{1,4}$/u.test(words.at(-1)!) && /^\p{Lu}/u.test(words.at(-2)!);
  return house ? name.slice(0, name.lastIndexOf(' ')) : name;
}

/** Venues first, so that "Harbour Square" is not taken for a town called Harbour; their names are held back until the cities are known. */
function findVenues(x: PassContext): Venue[] {
  const venues: Venue[] = [];
  // A Title Case headline's capitals say nothing about which words are names ("… And Shuts Seafront Avenue").
  for (const m of x.matchesOutsideTitles(R.venue.pattern)) {
    let name = withoutHouseNumber(withoutLead(m.groups!.name!.trim()));
    // "Den Haag's Bingoal stadium": the owner before a possessive is no part of the venue's name; before a head word
    // alone it is ("the Governor's Palace", "the People's Hall").
    const possessive = Math.max(name.lastIndexOf("'s "), name.lastIndexOf('’s '));
    const owner = SAINTLY.test(name) || !/\s/.test(name.slice(possessive + 3)) ? -1 : possessive;
    let city = owner > 0 ? name.slice(0, owner) : m.groups!.city;
    if (owner > 0) name = name.slice(owner + 3);
    // "Barr's Bay Park": an owner before the name that is no place the article names is part of the name.
    const named = city && owner <= 0 ? new RegExp(`${escapeRegExp(city)}['’]s ${escapeRegExp(name)}$`, 'u').exec(m[0]) : null;
    if (named && !placeNamedElsewhere(x, city!, name)) [name, city] = [named[0], undefined];
    const at = m.pos + m[0].indexOf(name);
    // "The Park", "At the station": a venue word needs a name of its own before it.
    if (!/\s/.test(name) || /^\p{Ll}/u.test(name) || x.doc.isTaken(at, at + name.length)) continue;
    // "Queen Street station", "Riverside Centre Oslo": a station named after a street, or a longer name, not this venue.
    const after = x.doc.text.slice(at + name.length, at + name.length + 12);
    if (/^[^\S\n]+\p{Lu}/u.test(after) || (/Street$/.test(name) && /^[^\S\n]+stations?\b/.test(after))) continue;
    // "Port of Eastby said …": a port that speaks is its port authority, a body, no site.
    if (/^Port\s/.test(name) && SPEAKS_NEXT.test(after + x.doc.text.slice(at + name.length + 12, at + name.length + 30))) continue;
    // "the rock band Sunrise Road", "the club Harbour Park": a name a noun says is no place.
    if (/\b(?:band|group|singer|club|team|firm|company|label|duo|trio|album|song)\s+$/.test(x.doc.text.slice(Math.max(0, at - 12), at))) continue;
    // "the Catholic Church", "the Lutheran Church": a denomination, no building.
    if (denominationOnly(name)) continue;
    // "the Moss Hill district", "the Lund and Moss Hill areas": a district, read by rule place.district.
    if (/^[^\S\n]+(?:districts?|areas|neighbou?rhoods?)\b/.test(after)) continue;
    // "Damon Hill", "Sally Field", "Ada Lane", "Vincenzo Arena": a first name before a head word that is a surname too names a person.
    if (/^\S+ (?:Hill|Field|Grove|Lane|Arena)$/u.test(name) && wordClass(name.split(' ')[0]!) === 'F') continue;
    // "Fort Worth", "Mount Vernon", "Port of Spain": a town the gazetteer knows, read as a town below.
    if (/^(?:Fort|Mont|Mount|Monte|Port)\s/.test(name) && lookupPlace(name)) continue;
    // "Town Hall" alone is every town's: a place only with the town's name ("Kensington Town Hall").
    if (/^(?:Town|City) Hall$/.test(name)) continue;
    // "Congress Square (Kongresni trg)": the same square in the local language, no place of its own.
    if (localNameOf(venues, x.doc.text, at)) { x.doc.take(at, at + name.length); continue; }
    // "the Wold Bridge border crossing", "the Park Road gate": a site named after a street or bridge is that place, where the words point.
    name = /^.*?\b(?:Bridge|Road|Street|Avenue|Square)(?=\s+(?:border\s+|road\s+)?(?:crossing|gate)$)/u.exec(name)?.[0] ?? name;
    venues.push({ name, at, from: m.pos, city, kind: placeHeadKind(name) ?? 'venue' });
    x.doc.take(at, at + name.length);
  }
  return venues;
}

/**
 * "Karlsplatz", "Museumplein", "Storgatan" (rule place.compound-site): a one-word site of another language, maybe after
 * a word of its name; never a common English word, a town the gazetteer knows, a nationality, or words already read.
 */
function compoundSites(x: PassContext, venues: Venue[]): void {
  for (const m of x.matchesOutsideTitles(R.compoundSite.pattern)) {
    const word = m.groups!.word!;
    const name = withoutLead(m[0]);
    const at = m.pos + m[0].length - name.length;
    // A word the English lexicon knows as a common word or a first or last name ("Brigade", "Hattie") is none.
    const known = wordClass(word);
    if (x.doc.isTaken(at, at + name.length) || (known && known !== 'P') || NATIONALITIES[word] || lookupPlace(word) || lookupPlace(name)) continue;
    // "Harbour Square (Havnetorget)": the venue before it in another language, no place of its own.
    if (venues.some((v) => localNameOf([v], x.doc.text, at))) { x.doc.take(at, at + name.length); continue; }
    venues.push({ name, at, from: at, city: undefined, kind: placeHeadKind(name) ?? 'venue', rule: R.compoundSite.id });
    x.doc.take(at, at + name.length);
  }
}

interface PairedSite { name: string; start: number; end: number }

/** "the Holm and Moen bridges" (rule place.paired-sites): two sites, each named with the word in the singular; their words held from the gazetteer. */
function pairedSites(x: PassContext): PairedSite[] {
  const sites: PairedSite[] = [];
  for (const m of x.matchesOutsideTitles(R.pairedSites.pattern)) {
    const { first, second, modifier, sites: plural } = m.groups as { first: string; second: string; modifier?: string; sites: string };
    const own = withoutLead(first);
    const start = m.pos + first.length - own.length;
    const end = m.pos + m[0].length;
    if (x.doc.isTaken(start, end) || NOT_A_NAME_PART.test(own)) continue;
    const head = `${modifier ? `${modifier} ` : ''}${plural.replace(/s$/, '')}`;
    sites.push({ name: `${own} ${head}`, start, end }, { name: `${second} ${head}`, start, end });
    x.doc.take(start, end);
  }
  return sites;
}

/** Whether the venue at `at` stands in brackets right after another one: its name in another language. */
function localNameOf(venues: Venue[], text: string, at: number): boolean {
  const previous = venues.at(-1);
  return text[at - 1] === '(' && previous !== undefined && /^\s*$/.test(text.slice(previous.at + previous.name.length, at - 1));
}

/**
 * A locative word before a one-word town, or before the list it ends ("in Leeds", "from Leeds and York",
 * "in Leeds, York and Hull"), maybe with a compass word between ("in western Leeds"): every town of the list has the cue of the first.
 */
const LOCATIVE_CUE = /\b(?:in|at|from|to|near|across|of|outside|around|between|via|past|towards?|above|below|beyond|through|throughout|inside|along)\s+(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|rural|coastal)\s+)?(?:[A-Z][\p{L}'’-]{1,40},\s+){0,4}(?:[A-Z][\p{L}'’-]{1,40},?\s+and\s+)?$/iu;

/** "Duesseldorf" is how "Düsseldorf" is written without umlauts: the gazetteer has the name with them. */
const withUmlauts = (name: string) => name.replace(/([AOUaou])e/g, (_, vowel: string) => ({ A: 'Ä', O: 'Ö', U: 'Ü', a: 'ä', o: 'ö', u: 'ü' })[vowel]!);

/** A month's name, which towns share ("March", "May"): in news it dates, never places. */
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A locative word right before "<Town> City" that makes it a place, not a club ("in Eastby City", never "beat Eastby City"). */
const TOWN_CITY_CUE = /\b(?:in|near|outside|around)\s+$/;

/**
 * Whether a one-word name is the surname of a person the article names (a person read, or a first name right before
 * the same word elsewhere), not after a word that places something in a town ("the murder of Holm" after "Ada
 * Holm"; "in Holm" stays the town).
 */
function surnameAt(x: PassContext, name: string, at: number): boolean {
  if (/\b(?:in|at|from|to|near|outside|around)\s+$/.test(x.doc.text.slice(Math.max(0, at - 12), at))) return false;
  let known = surnames.get(x);
  if (!known) surnames.set(x, known = new Map());
  // Read once per name: every mention of a name asked again over all its mentions was quadratic in how often it recurs.
  let surname = known.get(name);
  if (surname === undefined) known.set(name, surname = namedAsSurname(x, name));
  return surname;
}

/** Whether a word is the surname of a person read, or follows a first name somewhere in the article. */
function namedAsSurname(x: PassContext, name: string): boolean {
  if (x.facts.people.some((p) => typeof p.name === 'string' && p.name.split(/\s+/).length > 1 && p.name.endsWith(` ${name}`))) return true;
  for (const at of x.doc.words.find(name)) {
    const first = /(\p{Lu}\p{Ll}+)\s+$/u.exec(x.doc.text.slice(Math.max(0, at - 30), at))?.[1];
    if (first && wordClass(first) === 'F') return true;
  }
  return false;
}

/** Each article's answers of namedAsSurname, by name (the people pass has run, so they do not change). */
const surnames = new WeakMap<PassContext, Map<string, boolean>>();

/** The gazetteer entry of the longest name starting at word i (up to four words), and how many words it has. */
function longestPlace(x: PassContext, words: string[], offsets: number[], i: number): { candidate: Candidate; n: number } | null {
  for (let n = Math.min(4, words.length - i); n >= 1; n--) {
    const name = words.slice(i, i + n).join(' ').replace(/['’]s$/, '');
    const at = offsets[i]!;
    // "England", "Wales": nations inside a state, which news names as countries.
    const within = NATIONS_WITHIN[name];
    const entry = within ? { kind: 'country' as const, countries: [within], byKind: new Map() } : lookupPlace(name) ?? lookupPlace(withUmlauts(name));
    if (!entry || x.doc.isTaken(at, at + name.length)) continue;
    // "the Philippines", "Laos": a country's name the word list takes for a plural common word is the country still.
    if (n === 1 && ((isCommonWord(name) && entry.kind !== 'country') || MONTH.test(name) || NATIONALITIES[name] && entry.kind !== 'country')) continue;
    if (n === 1 && entry.kind !== 'country' && wordClass(name) !== 'P' && !LOCATIVE_CUE.test(x.doc.text.slice(Math.max(0, at - 120), at))) continue;
    if (n === 1 && entry.kind !== 'country' && surnameAt(x, name, at)) continue;
    // "in Eastby City": a town the gazetteer knows by its bare name, named with "City" (rule place.town-city).
    if (words[i + n] === 'City' && entry.byKind.has('city') && TOWN_CITY_CUE.test(x.doc.text.slice(Math.max(0, at - 12), at))) {
      return { candidate: { name: `${name} City`, at, kind: 'city', countries: entry.byKind.get('city')!, byKind: new Map([['city', entry.byKind.get('city')!]]), rule: R.townCity.id }, n: n + 1 };
    }
    return { candidate: { name, at, kind: entry.kind, countries: entry.countries, byKind: entry.byKind }, n };
  }
  return null;
}

/** A lowercase noun after a place name that makes the name describe people or a body ("Leeds supporters"). */
const MODIFIER_AFTER = new RegExp(`^[^\\S\\n]+(?:${PLACE_MODIFIERS})\\b`);
/** A speech verb right after a country's name: the country's government speaking ("Norway has said it will not attend"). */
const SPEAKS_AFTER = new RegExp(`^[^\\S\\n]+(?:has\\s+|have\\s+)?(?:${SPEECH_VERBS})\\b`);

/**
 * A place name that describes what follows it rather than saying where anything is: a noun for people or a
 * body right after it ("Leeds supporters", "the Lyon administrative court"), a country followed by a speech
 * verb (its government speaking: "Norway has said"), or, as a possessive, the name of a person the article
 * names ("Norway's Ada Moen"). Counter-example: "fans gathered in Leeds".
 */
function describesOther(x: PassContext, words: string[], offsets: number[], i: number, n: number): boolean {
  const last = i + n - 1;
  const end = offsets[last]! + words[last]!.length;
  if (/['’]s$/.test(words[last]!)) {
    const person = x.doc.mentionsIn({ start: end, end: end + 80 }, 'person')[0];
    return !!person && /^\s+$/.test(x.doc.text.slice(end, person.start));
  }
  const after = x.doc.text.slice(end, end + 40);
  const country = lookupPlace(words.slice(i, i + n).join(' '))?.kind === 'country';
  return i + n === words.length && (MODIFIER_AFTER.test(after) || (country && SPEAKS_AFTER.test(after)));
}

/**
 * Where a town's name names no town: whose police force it is ("the police of Upper Vale", rule place.force-of), what a
 * site is named after ("the Porte de Norway", rule place.named-after), a street named short at a corner: their offsets.
 */
function namesOfNoTown(x: PassContext): Set<number> {
  const owners = [...x.matches(R.forceOf.pattern), ...x.matches(R.namedAfter.pattern)].map((m) => m.pos + m[0].length - m.groups!.place!.length);
  // "the corner of Holm and Moen": streets named short, no towns (rule place.street-corner).
  const corners = [...x.matches(R.streetCorner.pattern)].flatMap((m) => [m.pos + m[0].indexOf(m.groups!.first!), m.pos + m[0].length - m.groups!.second!.length]);
  return new Set([...owners, ...corners]);
}

/** Parts of the world named by a direction and a continent: no town of the first word's name is meant. */
const WORLD_REGION = /^(?:Central|Latin|South|North|Southeast|Southern|Northern|East|West|Eastern|Western|Middle) (?:America|Asia|Africa|Europe|East)$/u;

/** Gazetteer names in one run of capitalised words, left to right, a possessive ending a segment ("Norway's Coast …"). */
function placesInRun(x: PassContext, m: Found, owners: Set<number>): Candidate[] {
  const words = m[0].split(/\s+/);
  // Each word's offset, found once: searching the run for each phrase again was quadratic in its length.
  const offsets: number[] = [];
  for (let i = 0, from = 0; i < words.length; i++) { from = m[0].indexOf(words[i]!, from); offsets.push(m.pos + from); from += words[i]!.length; }
  const out: Candidate[] = [];
  let segment: Candidate[] = [];
  let partOfLongerName = false;
  const closeSegment = () => {
    // "Harbour City Rovers", "Oslo Police Choir": a place inside a longer proper name is not a place.
    if (!partOfLongerName) out.push(...segment);
    segment = [];
    partOfLongerName = false;
  };
  for (let i = 0; i < words.length;) {
    // "Central America", "Southeast Asia": a part of the world, not a town named by its first word.
    // A country whose name has that shape ("South Africa") is the country still.
    const pair = `${words[i]} ${words[i + 1] ?? ''}`.replace(/['’]s$/, '');
    if (WORLD_REGION.test(pair) && lookupPlace(pair)?.kind !== 'country') { i += 2; continue; }
    const found = longestPlace(x, words, offsets, i);
    // A place name describing what follows is no place, nor part of a longer name (rule place.description).
    if (found) { if (!describesOther(x, words, offsets, i, found.n) && !owners.has(found.candidate.at)) segment.push(found.candidate); } else {
      const word = words[i]!.replace(/['’]s$/, '');
      // A lowercase particle joining the run ("de", "es") is part of a name only with the words around it.
      if (!/^\p{Ll}/u.test(word) && !NOT_A_NAME_PART.test(word) && !NATIONALITIES[word] && !WHOLE_TITLE.test(word) && !x.doc.isTaken(offsets[i]!, offsets[i]! + word.length)) partOfLongerName = true;
    }
    const step = found?.n ?? 1;
    const last = words[i + step - 1]!;
    i += step;
    if (/['’]s$/.test(last)) closeSegment();
  }
  closeSegment();
  return out;
}

/** A nationality word that names a language ("English version", "in French"), which says nothing of a country. */
const LANGUAGE_BEFORE = /\b(?:in|into|speak|speaks|spoke|speaking)\s+$/;
const LANGUAGE_AFTER = /^\s+(?:version|translation|subtitles|language|edition|speakers?|text)\b/;

/** How often the article calls a country by its adjective, counted once per country, languages left out. */
function countryWeights(text: string): (code: string) => number {
  const weights = new Map<string, number>();
  // "WHO IS WITH US": a line in capitals spells every word so, "us" too.
  const lineOf = (at: number) => { const end = text.indexOf('\n', at); return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end); };
  const inCapitalsLine = (m: RegExpExecArray) => !/\p{Ll}/u.test(m[0]) && !/\p{Ll}/u.test(lineOf(m.index));
  const asNationality = (m: RegExpExecArray) => !LANGUAGE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
    && !LANGUAGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) && !inCapitalsLine(m);
  return (code) => {
    let n = weights.get(code);
    if (n === undefined) {
      weights.set(code, n = Object.entries(NATIONALITIES).filter(([, c]) => c === code)
        .reduce((sum, [word]) => sum + [...text.matchAll(new RegExp(`\\b${word.replace(/\./g, '\\.')}\\b`, 'g'))].filter(asNationality).length, 0));
    }
    return n;
  };
}

/** "in Eastby City", then "Eastby": the bare name is that town named again (rule place.town-city). */
function townsNamedAgain(candidates: Candidate[]): void {
  const towns = new Map(candidates.filter((c) => c.rule === R.townCity.id).map((c) => [c.name.slice(0, -' City'.length), c]));
  for (const c of candidates) {
    // "Mexico City", then "Mexico": a country's name is the country, not the city named after it.
    const town = c.rule === R.townCity.id || c.kind === 'country' ? undefined : towns.get(c.name);
    if (town) Object.assign(c, { ...town, at: c.at, length: c.name.length });
  }
}

/** The longest name a particle's town may open with: a bound on how far back each particle is read. */
const LONGEST_SHORT_FORM = 60;

/**
 * Each word the text writes before a particle and a capitalised word, with the first such longer name
 * ("Santiago" → "Santiago de Cuba"). One pass over the text for every name at once, not one per name: an article
 * of many distinct names would otherwise be read once per name.
 */
function namesBeforeParticles(text: string): Map<string, string> {
  const longer = new Map<string, string>();
  for (const m of text.matchAll(/ (?:de|del|do|da|di) \p{Lu}\p{Ll}{2,20}(?!\p{L})/gu)) {
    const token = text.slice(Math.max(0, m.index - LONGEST_SHORT_FORM), m.index).split(/\s/).at(-1)!;
    // A name starts wherever no letter stands before it, as `(?<!\p{L})` would read it.
    for (let start = 0; start < token.length; start++) {
      if (start > 0 && /\p{L}/u.test(token[start - 1]!)) continue;
      const name = token.slice(start);
      if (!longer.has(name)) longer.set(name, name + m[0]);
    }
  }
  return longer;
}

/**
 * "Santiago de Cuba", then "Santiago": a bare name the article also writes as the start of a longer town's name,
 * joined by a particle, is that town (the gazetteer's, in its own country), never another town of the bare name.
 */
function shortFormsOfTowns(x: PassContext, candidates: Candidate[]): void {
  const written = namesBeforeParticles(x.doc.text);
  const longer = new Map<string, Candidate | null>();
  for (const c of candidates) {
    if (c.kind === 'country' || /\s/.test(c.name)) continue;
    if (!longer.has(c.name)) {
      const full = written.get(c.name);
      const entry = full ? lookupPlace(full) : undefined;
      const cities = entry?.byKind.get('city');
      longer.set(c.name, full && entry && cities ? { name: full, at: c.at, kind: 'city', countries: cities, byKind: new Map([['city', cities]]) } : null);
    }
    const town = longer.get(c.name);
    if (town) Object.assign(c, { ...town, at: c.at, length: c.name.length });
  }
}

function placeCandidates(x: PassContext, candidates: Candidate[]): void {
  townsNamedAgain(candidates);
  shortFormsOfTowns(x, candidates);
  const countries = new Map<string, PlaceDraft>();
  // A nation within a state ("Wales") gives its cities a country only when the state itself is not named.
  for (const c of candidates.filter((c) => c.kind === 'country')) {
    const place = addPlace(x, c.name, { kind: 'country', country: c.countries[0]!, within_id: null }, c.at, c.at + c.name.length, c.rule ?? R.capitalisedRun.id);
    if (c.name in NATIONS_WITHIN) x.ruled(place, R.nationWithin.id);
    if (!(c.name in NATIONS_WITHIN) || !countries.has(c.countries[0]!)) countries.set(c.countries[0]!, place);
  }
  // A name several countries share goes to the country the article talks about most (names and adjectives,
  // a name inside a body's name too: "the Nigeria Security and Civil Defence Corps" says which Lagos).
  const weight = storyCountryWeights(x.doc.text);
  const talksAboutCountries = countries.size > 0 || [...new Set(Object.values(NATIONALITIES))].some((code) => weight(code) > 0);
  const standsOut = (codes: string[]) => {
    const weights = codes.map(weight);
    const best = Math.max(...weights);
    return best > 0 && weights.filter((w) => w === best).length === 1 ? codes[weights.indexOf(best)]! : null;
  };
  const countrySpans = candidates.filter((c) => c.kind === 'country').map((c) => ({ start: c.at, end: c.at + c.name.length }));
  // "Trinidad" inside "Trinidad and Tobago" is the country's name, no town of its own.
  for (const c of candidates.filter((c) => c.kind !== 'country' && !countrySpans.some((n) => n.start <= c.at && c.at + c.name.length <= n.end && n.end - n.start > c.name.length))) {
    // A name that is a city in one country and a region in another: every country the name has counts.
    const cities = c.byKind.get('city') ?? [];
    const all = [...new Set([...cities, ...(c.byKind.get('region') ?? [])])];
    const named = all.filter((code) => countries.has(code));
    const country = named.length === 1 ? named[0]! : named.length > 1 ? standsOut(named) : all.length === 1 ? all[0]! : standsOut(all);
    // Only abroad, in a country the article never names nor calls by its adjective, while it does talk about others: a name's part, not a place.
    // The dateline's city is where the story is filed from, whatever else it names.
    if (country && !countries.has(country) && weight(country) === 0 && talksAboutCountries && c.rule !== R.dateline.id) continue;
    const within = country && countries.has(country) ? countries.get(country)!.id : null;
    const kind = country ? (cities.includes(country) ? 'city' : 'region') : c.kind === 'region' ? 'region' : 'city';
    const place = addPlace(x, c.name, { kind, country, within_id: within }, c.at, c.at + (c.length ?? c.name.length), c.rule ?? R.capitalisedRun.id);
    // Places have no `derived`: the note says where within_id comes from.
    if (within && place.within_id === within && place.note === undefined) {
      place.note = `within_id: the gazetteer puts ${c.name} in ${all.length > 1 ? 'several countries; this is the one the article talks about' : 'this country, which the article names'}`;
    }
  }
}

/** Whether the words at `at` are read only as the name of the district's own authority ("the Old Harbour district office"): the district is a place too. */
function ownAuthorityAt(x: PassContext, name: string, at: number): boolean {
  const bodies = x.doc.mentionsIn({ start: at, end: at + name.length + 40 }, 'organization').filter((m) => m.start <= at && m.end > at);
  return bodies.length > 0 && bodies.every((m) => x.doc.text.slice(m.start, m.end).startsWith(`${name} district `) && m.start === at);
}

/** The names of a list ("Vika, Nine Mile and Moss") with where each starts in the article. */
function listedNames(list: string, at: number): Array<{ name: string; at: number }> {
  let from = 0;
  return list.split(/,? and |, /u).map((name) => {
    from = list.indexOf(name, from);
    return { name, at: at + from };
  });
}

function partsAndDistricts(x: PassContext, venues: Venue[]): void {
  // "central Oslo" is Oslo named again (rule place.part).
  for (const m of x.matches(R.part.pattern)) {
    const base = x.placeByName.get(m.groups!.base!.toLowerCase());
    if (base) x.doc.mention(base.id, 'place', m.pos, m.pos + m[0].length);
  }
  for (const m of x.matches(R.district.pattern)) {
    const { name: named, first, second, numbered, list } = m.groups as Record<string, string | undefined>;
    const name = named ?? numbered;
    // "the Lund and Moss Hill areas", "the settlements of Vika, Nine Mile and Moss": districts, each cited by its own name.
    const names = name ? [{ name, at: m.pos }] : list ? listedNames(list, m.pos + m[0].length - list.length) : [{ name: first!, at: m.pos }, { name: second!, at: m.pos + m[0].indexOf(second!, first!.length) }];
    for (const d of names) {
      const own = withoutLead(d.name);
      d.at += d.name.length - own.length;
      d.name = own;
      if ((x.doc.isTaken(d.at, d.at + d.name.length) && !ownAuthorityAt(x, d.name, d.at)) || isCommonWord(d.name) || NOT_A_NAME_PART.test(d.name) || NATIONALITIES[d.name]) continue;
      addPlace(x, d.name, { kind: 'district', country: null, within_id: null }, d.at, name ? m.pos + m[0].length : d.at + d.name.length, R.district.id);
    }
  }
  const names = new Set(venues.map((v) => v.name.toLowerCase()));
  for (const v of venues) {
    // "Circular Quay station" in a story that names Circular Quay: the place it is named after, cited again.
    const after = / (?:main |central |metro |railway |underground |train )?station$/.exec(v.name);
    if (after && names.has(v.name.slice(0, after.index).toLowerCase())) v.name = v.name.slice(0, after.index);
    const end = v.at + v.name.length;
    // "the Lakeside Sports Palace … the Sports Palace": a venue named short after "the" is the one whose name ends so.
    const longer = /\b[Tt]he\s+$/u.test(x.doc.text.slice(Math.max(0, v.at - 5), v.at)) ? venues.find((o) => o.name.endsWith(` ${v.name}`)) : undefined;
    const own = longer ?? v;
    const city = own.city ? x.placeByName.get(own.city.toLowerCase()) : undefined;
    addPlace(x, own.name, { kind: own.kind, country: city?.country ?? null, within_id: city?.id ?? null }, v.from, end, v.rule ?? R.venue.id);
  }
  for (const m of x.matches(R.venues.pattern)) addPlace(x, `${capitalize(m.groups!.of!)} venues`, { kind: 'venue', country: null, within_id: null }, m.pos, m.pos + m[0].length, R.venues.id);
}

/** Lowercase words inside a place's name written in capitals ("ESCH-SUR-ALZETTE" is Esch-sur-Alzette, "PORT OF SPAIN" Port of Spain, "PORT-AU-PRINCE" Port-au-Prince). */
const LOWER_PARTICLES = /^(?:sur|sous|on|upon|of|le|la|les|de|del|der|am|an|im|en|in|by|au|aux|du|des|da|do|dos|di)$/;

/** The names a city written in capitals may have: each word capitalised, and with its particles in lowercase. */
function titleCased(capitals: string): string[] {
  const word = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
  const plain = capitals.split(/([\s-])/).map((part) => (/^[\s-]$/.test(part) ? part : word(part))).join('');
  return [plain, plain.split(/([\s-])/).map((part) => (LOWER_PARTICLES.test(part.toLowerCase()) ? part.toLowerCase() : part)).join('')];
}

/** The gazetteer's city or region written in capitals in the wire dateline (rule place.dateline), where it is. */
export function datelinePlace(x: PassContext): { name: string; at: number; entry: GazetteerEntry } | undefined {
  const m = datelineMatch(x);
  if (!m) return undefined;
  // "Eastby, Friday, May 4, 2035": a place in title case heads a line only as the gazetteer knows it.
  const titled = m.groups!.titled;
  const titledEntry = titled ? lookupPlace(titled) : undefined;
  if (titled) return titledEntry && titledEntry.kind !== 'country' ? { name: titled, at: m.pos, entry: titledEntry } : undefined;
  const name = titleCased(m.groups!.city!).find((n) => lookupPlace(n));
  const entry = name && lookupPlace(name);
  if (entry) return entry.kind !== 'country' ? { name: spelledInText(x.doc.text, name), at: m.pos, entry } : undefined;
  // "DUSHANBE, Tajikistan, March 20": a city the gazetteer does not know, in the country the dateline names.
  const country = m.groups!.country ? lookupPlace(m.groups!.country) : undefined;
  const cityName = titleCased(m.groups!.city!)[0]!;
  if (country?.kind === 'country') return { name: spelledInText(x.doc.text, cityName), at: m.pos, entry: { kind: 'city', countries: country.countries, byKind: new Map([['city', country.countries]]) } };
  // "NOUAKCHOTT, Dec 21": a dateline names a city even where the gazetteer has none of that name, when the text
  // writes the name again; its country is the one the story names or calls by its adjective most, if one leads.
  const spelled = spelledInText(x.doc.text, cityName);
  // So does "HARGEISA, Somaliland," though the gazetteer knows no country of that name.
  if (!new RegExp(`(?<!\\p{L})${escapeRegExp(spelled)}(?!\\p{L})`, 'u').test(x.doc.text.slice(m.pos + m[0].length))) return undefined;
  const code = leadingCountry(x.doc.text, []);
  const countries = code ? [code] : [];
  return { name: spelled, at: m.pos, entry: { kind: 'city', countries, byKind: new Map([['city', countries]]) } };
}

/** The most lines but a byline before a dateline: a headline, a standfirst under it, a desk's line ("Last updated: …"). */
const LINES_BEFORE_DATELINE = 3;

/** A byline: "By Ada Holm", "By a Caribbean correspondent", "From our staff in Lakeside". */
const BYLINE = /^(?:By|From)\s+\S/u;

/** A name as the text spells it elsewhere, with its diacritics and the case after a hyphen ("Yaounde" from a dateline in capitals is the text's "Yaoundé"). */
function spelledInText(text: string, name: string): string {
  const plain = withoutDiacritics(name);
  const words = plain.split(/\s+/).length;
  const pattern = new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){${words - 1}}(?![\\p{L}])`, 'gu');
  // "POINTE-A-PITRE" title-cased is "Pointe-A-Pitre": the case of a letter after a hyphen is the text's ("Pointe-a-Pitre").
  const folded = (name: string) => withoutDiacritics(name).replace(/-\p{L}/gu, (part) => part.toLowerCase());
  for (const m of text.matchAll(pattern)) if (m[0] !== plain && folded(m[0]) === folded(plain)) return m[0];
  return name;
}

/** How often the article calls a country by its adjective or names it, anywhere in its text. */
function storyCountryWeights(text: string, names = countryNames(text)): (code: string) => number {
  const adjectives = countryWeights(text);
  return (code) => adjectives(code) + (names.get(code) ?? 0);
}

/**
 * Country names in the text, one word or two ("New Zealand"): each capitalised word is tried, so a country after
 * another capitalised word ("The Nigeria Security and Civil Defence Corps") counts too.
 */
function countryNames(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const words = [...text.matchAll(/\b\p{Lu}\p{Ll}+/gu)];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const pair = next && next.index === word.index + word[0].length + 1 ? `${word[0]} ${next[0]}` : undefined;
    const pairPlace = pair ? lookupPlace(pair) : undefined;
    const [name, place] = pairPlace?.kind === 'country' ? [pair!, pairPlace] : [word[0], lookupPlace(word[0])];
    if (name === pair) i++;
    if (place?.kind === 'country' && !NATIONALITIES[name]) counts.set(place.countries[0]!, (counts.get(place.countries[0]!) ?? 0) + 1);
  }
  return counts;
}

/**
 * The country a story is about: its dateline city's when the gazetteer gives it one country, else the one it names
 * (or calls by its adjective) most, among the dateline city's countries if it has any; null on a tie or when it names none.
 * Country names count as well as adjectives here: a story may call its country only by name ("Belgium").
 */
export function storyCountry(x: PassContext): string | null {
  // Read once per article: each role without a body may ask, and counting names scans the whole text.
  if (!storyCountries.has(x.doc)) storyCountries.set(x.doc, countryOfStory(x));
  return storyCountries.get(x.doc)!;
}

const storyCountries = new WeakMap<PassContext['doc'], string | null>();

function countryOfStory(x: PassContext): string | null {
  const dateline = datelinePlace(x);
  // A dateline name the gazetteer has as a city in one country and a region in another ("Antwerp") is either.
  const cities = [...new Set([...(dateline?.entry.byKind.get('city') ?? []), ...(dateline?.entry.byKind.get('region') ?? [])])];
  if (cities.length === 1) return cities[0]!;
  // A dateline city of several countries ("Madrid", also a town in the US) is the one of them the story names most.
  return leadingCountry(x.doc.text, cities);
}

/** The country among `among` (any, when empty) the text names or calls by its adjective most; null on a tie or when it names none. */
function leadingCountry(text: string, among: string[]): string | null {
  const names = countryNames(text);
  const weight = storyCountryWeights(text, names);
  const codes = among.length ? among : [...new Set([...Object.values(NATIONALITIES), ...names.keys()])];
  const ranked = codes.map((code) => [code, weight(code)] as const).filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

/** The city a mission's or a delegation's name says it is in (rule place.mission-city), inside the body's name. */
function missionCities(x: PassContext): Candidate[] {
  const cities: Candidate[] = [];
  for (const m of x.matches(R.missionCity.pattern)) {
    const end = m.pos + m[0].length;
    const at = end - m.groups!.city!.length;
    const entry = lookupPlace(m.groups!.city!);
    const inBody = x.doc.mentionsIn({ start: Math.max(0, m.pos - 80), end }, 'organization').some((n) => n.start <= m.pos && n.end === end);
    if (entry && entry.kind === 'city' && inBody) cities.push({ name: m.groups!.city!, at, kind: entry.kind, countries: entry.countries, byKind: entry.byKind, rule: R.missionCity.id });
  }
  return cities;
}

/** The city a mayor is of (rule place.office-city), inside a person's title. */
function officeCities(x: PassContext): Candidate[] {
  return [...x.matches(R.officeCity.pattern)].flatMap((m) => {
    const name = m.groups!.place!;
    const entry = lookupPlace(name);
    // A name the gazetteer has as a city in one country and a region in another ("Antwerp") is the city here.
    const countries = entry?.kind === 'city' ? entry.countries : entry?.byKind.get('city');
    const at = m.pos + m[0].length - name.length;
    return countries ? [{ name, at, kind: 'city' as const, countries, byKind: new Map([['city', countries]]), rule: R.officeCity.id }] : [];
  });
}

/** The city of the wire dateline, and the country it names: places even as one word with no locative cue. */
function datelineCity(x: PassContext): Candidate[] {
  const found = datelinePlace(x);
  if (!found) return [...datelineCountry(x), ...itemDatelines(x)];
  const city: Candidate = { name: found.name, at: found.at, kind: found.entry.kind, countries: found.entry.countries, byKind: found.entry.byKind, rule: R.dateline.id };
  // "PORT OF SPAIN, Trinidad and Tobago, April 13": the country the dateline names, whole.
  const m = x.matches(R.dateline.pattern).next().value;
  const name = m?.groups!.country;
  const country = name ? lookupPlace(name) : undefined;
  if (!m || !name || country?.kind !== 'country') return [city, ...itemDatelines(x)];
  return [city, { name, at: m.pos + m[0].indexOf(name, m.groups!.city?.length ?? 0), kind: 'country', countries: country.countries, byKind: country.byKind, rule: R.dateline.id }, ...itemDatelines(x)];
}

/** The wire dateline (rule place.dateline), when only the headline, maybe a standfirst and a desk's line, and maybe a byline ("By a staff correspondent"), stand before it. */
/** Each article's dateline, read once: every body named by its town asks for it again. */
const datelines = new WeakMap<PassContext['doc'], Found | null>();

function datelineMatch(x: PassContext): Found | undefined {
  if (!datelines.has(x.doc)) {
    const m: Found | undefined = x.matches(R.dateline.pattern).next().value ?? undefined;
    const leads = m && x.doc.text.slice(0, m.pos).split('\n').filter((line) => line.trim() && !BYLINE.test(line)).length <= LINES_BEFORE_DATELINE;
    datelines.set(x.doc, leads ? m : null);
  }
  return datelines.get(x.doc) ?? undefined;
}

/** "GIBRALTAR, June 8": a dateline naming a country (a city-state), the country as a place. */
function datelineCountry(x: PassContext): Candidate[] {
  const m = datelineMatch(x);
  if (!m) return [];
  const name = m.groups!.titled ?? titleCased(m.groups!.city!).find((n) => lookupPlace(n));
  const entry = name ? lookupPlace(name) : undefined;
  return name && entry?.kind === 'country' ? [{ name, at: m.pos, kind: 'country', countries: entry.countries, byKind: entry.byKind, rule: R.dateline.id }] : [];
}

/** A paragraph opening with a city in capitals and a dash, as each item of a column of briefs does ("DOUALA - The derby …"). */
const ITEM_DATELINE = /^(?<city>[A-Z][A-Z'’-]+(?:[^\S\n][A-Z][A-Z'’-]+){0,2})[^\S\n]+[-–—]{1,2}[^\S\n]/gmu;

/** The cities of a column's item datelines the gazetteer knows, after the article's first line. */
function itemDatelines(x: PassContext): Candidate[] {
  const firstLineEnd = x.doc.text.indexOf('\n');
  return [...x.matches(ITEM_DATELINE)].filter((m) => m.pos > firstLineEnd).flatMap((m) => {
    const name = titleCased(m.groups!.city!).find((n) => lookupPlace(n)?.kind === 'city');
    const entry = name && lookupPlace(name);
    return entry ? [{ name: spelledInText(x.doc.text, name), at: m.pos, kind: entry.kind, countries: entry.countries, byKind: entry.byKind, rule: R.dateline.id }] : [];
  });
}

/**
 * The site a few words name by the venue rule or as "the Old Town", with its kind: what the review form opens a new
 * place with, read as ingest reads it ("Cankarjev dom" whole, "Old Town" a district).
 */
export function siteIn(words: string): { name: string; kind: PlaceKind } | undefined {
  const town = new RegExp(R.oldTown.pattern.source, 'u').exec(words);
  if (town) return { name: town[0], kind: 'district' };
  const m = new RegExp(R.venue.pattern.source, 'u').exec(words);
  if (!m) return undefined;
  let name = withoutLead(m.groups!.name!.trim());
  const owner = SAINTLY.test(name) ? -1 : Math.max(name.lastIndexOf("'s "), name.lastIndexOf('’s '));
  if (owner > 0) name = name.slice(owner + 3);
  return /\s/.test(name) && !/^\p{Ll}/u.test(name) ? { name, kind: placeHeadKind(name) ?? 'venue' } : undefined;
}

/** "the Old Town" (rule place.old-town): a district, its words held from the gazetteer, whose towns of that name are elsewhere. */
function oldTowns(x: PassContext): Array<{ name: string; at: number }> {
  const found: Array<{ name: string; at: number }> = [];
  for (const m of x.matches(R.oldTown.pattern)) {
    if (x.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
    found.push({ name: m[0], at: m.pos });
    x.doc.take(m.pos, m.pos + m[0].length);
  }
  return found;
}

/**
 * "the Tivoli park" and, later, "in Tivoli": the bare name is the venue again, not a town the gazetteer knows by it.
 * Returns the candidates kept, and mentions the others as their venue once it is added.
 */
function venueNamesAgain(x: PassContext, candidates: Candidate[], venues: Venue[]): Candidate[] {
  const bare = new Set(venues.map((v) => {
    const head = / (?:park|lake|gate|courtyard)$/u.exec(v.name);
    return head ? v.name.slice(0, head.index) : undefined;
  }));
  return candidates.filter((c) => !bare.has(c.name) || c.kind === 'country');
}

function mentionBareVenues(x: PassContext, candidates: Candidate[], kept: Candidate[]): void {
  for (const c of candidates.filter((c) => !kept.includes(c))) {
    const venue = x.facts.places.find((p) => p.kind !== 'country' && p.name.startsWith(`${c.name} `));
    if (venue) x.doc.mention(venue.id, 'place', c.at, c.at + c.name.length);
  }
}

/**
 * "the showgrounds" in a story that names one "Ramatex Showgrounds", "the stadium" in one naming one "City Stadium":
 * the named venue again, by its head word in lower case after "the", when no other place of the article ends so.
 */
function venuesByHeadWord(x: PassContext): void {
  const byHead = new Map<string, PlaceDraft[]>();
  for (const p of x.facts.places.filter((p) => p.kind === 'venue' || p.kind === 'square')) {
    const head = p.name.split(/\s+/).at(-1)!;
    if (p.name.includes(' ') && /^\p{Lu}\p{Ll}{3,}$/u.test(head)) byHead.set(head.toLowerCase(), [...(byHead.get(head.toLowerCase()) ?? []), p]);
  }
  for (const [head, [venue, ...others]] of byHead) {
    if (others.length) continue;
    for (const m of x.matches(new RegExp(`\\bthe[^\\S\\n]+(${head})\\b`, 'gu'))) {
      const at = m.pos + m[0].length - head.length;
      if (!x.doc.isTaken(at, at + head.length)) x.doc.mention(venue!.id, 'place', at, at + head.length);
    }
  }
}

/** The city an article is about: its dateline's, else the one city it names. */
function articleCity(x: PassContext): PlaceDraft | undefined {
  const dateline = datelinePlace(x);
  const named = dateline ? x.placeByName.get(dateline.name.toLowerCase()) : undefined;
  if (named) return named.kind === 'city' ? named : undefined;
  const cities = x.facts.places.filter((p) => p.kind === 'city');
  return cities.length === 1 ? cities[0] : undefined;
}

/**
 * "the stadium in Brenvik" (rule place.site-locality): a neighbourhood of the dateline's city that the gazetteer does
 * not know; its words held from the gazetteer, and added once the city is, to go within it.
 */
function siteLocalities(x: PassContext): Array<{ name: string; at: number }> {
  if (!datelinePlace(x)) return [];
  const found: Array<{ name: string; at: number }> = [];
  for (const m of x.matchesOutsideTitles(R.siteLocality.pattern)) {
    const name = m.groups!.name!;
    const at = m.pos + m[0].length - name.length;
    const words = name.split(/\s+/);
    if (x.doc.isTaken(at, at + name.length) || words.some((w) => NOT_A_NAME_PART.test(w) || NATIONALITIES[w] || WHOLE_TITLE.test(w))) continue;
    if (lookupPlace(name) || words.some((w) => lookupPlace(w))) continue;
    found.push({ name, at });
    x.doc.take(at, at + name.length);
  }
  return found;
}

/** "the abandoned village of Masany" (rule place.settlement-of): a settlement the gazetteer may not know, a city of no stated country. */
function settlements(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.settlementOf.pattern)) {
    const name = m.groups!.name!;
    const at = m.pos + m[0].length - name.length;
    if (x.doc.isTaken(at, at + name.length) || name.split(/\s+/).some((w) => NOT_A_NAME_PART.test(w) || NATIONALITIES[w] || WHOLE_TITLE.test(w))) continue;
    addPlace(x, name, { kind: 'city', country: lookupPlace(name)?.countries[0] ?? null, within_id: null }, at, at + name.length, R.settlementOf.id);
  }
}

/** Kinds of site that lie within a city: with none named, within the article's city (the review's forms put new ones so too). */
export const CITY_SITE_KINDS: ReadonlySet<string> = new Set(['venue', 'square', 'district']);

/** Sites with no city of their own go within the article's city (rule place.within-article-city), or the city their name opens with. */
function withinArticleCity(x: PassContext): void {
  const articleWide = articleCity(x);
  const items = itemDatelines(x).map((c) => ({ at: c.at, city: x.placeByName.get(c.name) })).filter((i) => i.city?.kind === 'city');
  const cities = x.facts.places.filter((p) => p.kind === 'city');
  for (const place of x.facts.places.filter((p) => p.within_id === null && CITY_SITE_KINDS.has(p.kind))) {
    const opening = cities.find((c) => place.name.startsWith(`${c.name} `));
    const first = x.doc.mentions.find((m) => m.id === place.id);
    // In a column of briefs, a site is in the city of its item's dateline.
    const item = first && items.filter((i) => i.at < first.start).at(-1);
    const city = item?.city ?? articleWide;
    const sentence = first && x.doc.sentenceAt(first.start);
    const others = sentence ? x.doc.mentionsIn(sentence, 'place').map((m) => m.id).filter((id) => cities.some((c) => c.id === id)) : [];
    const within = opening ?? (city && (others.length === 0 || others.includes(city.id)) ? city : undefined);
    if (!within) continue;
    place.within_id = within.id;
    place.country ??= within.country;
    const about = item ? 'its item\'s dateline' : datelinePlace(x) ? 'its dateline' : 'the one city it names';
    place.note ??= `within_id: ${opening ? `its name opens with ${within.name}` : `${within.name}, the city the article is about (${about}); the words name no other city with it`}`;
    x.ruled(place, R.articleCity.id);
  }
}

/** The last words of holidays and seasons, which routes and periods run between ("from Christmas Eve to New Year's Day"). */
const HOLIDAY = /\b(?:Day|Eve|Christmas|Easter|Ramadan|Eid|Diwali|Hanukkah|Week|Weekend|Year)$/;
/** Lowercase event words in capitals ("Festival", "Carnival"), whose name is an event's. */
const EVENT_HEAD = new Set(Object.keys(EVENT_WORDS).map((w) => w.toLowerCase()));

/**
 * Whether capitalised words a route or "the" names could be a site of their own: no weekday, month, holiday, title,
 * nationality, acronym, common word or first name alone, no body's or event's head word, no words already read
 * (a person, a body, a place) nor inside an event's name, no body named short by its last words, no surname of a person the article names, no town the gazetteer knows.
 */
function ownSiteName(x: PassContext, name: string, at: number): boolean {
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  if (words.some((w) => NOT_A_NAME_PART.test(w) || WHOLE_TITLE.test(w) || NATIONALITIES[w.replace(/['’]s$/, '')] || MONTH.test(w) || /^\p{Lu}{2,}$/u.test(w))) return false;
  if (HOLIDAY.test(name) || ORG_HEADS[last] || EVENT_HEAD.has(last.toLowerCase()) || KNOWN_EVENTS[name] || KNOWN_BODIES[name]) return false;
  if (words.length === 1 && (wordClass(name) !== undefined || surnameAt(x, name, at))) return false;
  if (x.doc.isTaken(at, at + name.length) || x.doc.mentionsIn({ start: at, end: at + name.length }, 'event').length) return false;
  // "the Paris Police Prefecture", then "the Prefecture": a body the article names, named short.
  if (x.facts.organizations.some((o) => typeof o.name === 'string' && o.name.endsWith(` ${name}`))) return false;
  return !lookupPlace(name) && !x.placeByName.has(name.toLowerCase());
}

/** Sites named by the ends of a route (rule place.route-ends) or after "the" (rule place.the-site), added as venues once the other places are read. */
function namedSites(x: PassContext): void {
  const found: Array<{ name: string; at: number; rule: string }> = [];
  for (const m of x.matchesOutsideTitles(R.routeEnds.pattern)) {
    if (!R.routeEnds.guards.route.test(x.doc.text.slice(x.doc.sentenceAt(m.pos).start, x.doc.sentenceAt(m.pos).end))) continue;
    const second = m.pos + m[0].length - m.groups!.second!.length;
    const first = m.pos + m[0].indexOf(m.groups!.first!, 4);
    found.push({ name: m.groups!.first!, at: first, rule: R.routeEnds.id }, { name: m.groups!.second!, at: second, rule: R.routeEnds.id });
  }
  for (const m of x.matchesOutsideTitles(R.theSite.pattern)) found.push({ name: m.groups!.name!, at: m.pos + m[0].length - m.groups!.name!.length, rule: R.theSite.id });
  for (const f of found.filter((f) => ownSiteName(x, f.name, f.at))) {
    // "the Harbour Domain", then "the Domain": a site already read, named short.
    const longer = x.facts.places.find((p) => p.kind !== 'country' && p.name.split(/\s+/).length > 1 && (p.name.startsWith(`${f.name} `) || p.name.endsWith(` ${f.name}`)));
    if (longer) { x.doc.mention(longer.id, 'place', f.at, f.at + f.name.length); continue; }
    // "the Mourne Mountains": a site whose last word the lexicon gives a kind is of that kind, else a venue.
    addPlace(x, f.name, { kind: placeHeadKind(f.name) ?? 'venue', country: null, within_id: null }, f.at, f.at + f.name.length, f.rule);
  }
}

/** "the A5 motorway", "The RN1 through the gorges will close" (rule place.road-code): a road known by its code. */
function roadCodes(x: PassContext): void {
  for (const m of x.matchesOutsideTitles(R.roadCode.pattern)) {
    const s = x.doc.sentenceAt(m.pos);
    const { code, road } = m.groups as { code: string; road?: string };
    const afterThe = /\b[Tt]he[^\S\n]+$/u.test(x.doc.text.slice(Math.max(s.start, m.pos - 5), m.pos));
    if ((!road && !afterThe) || !R.roadCode.guards!.traffic!.test(s.text) || x.doc.isTaken(m.pos, m.pos + m[0].length)) continue;
    addPlace(x, `${code}${road ?? ''}`, { kind: 'venue', country: null, within_id: null }, m.pos, m.pos + m[0].length, R.roadCode.id);
  }
}

export function places(x: PassContext): void {
  const venues = findVenues(x);
  compoundSites(x, venues);
  const paired = pairedSites(x);
  const towns = oldTowns(x);
  const localities = siteLocalities(x);
  const candidates: Candidate[] = [...datelineCity(x), ...missionCities(x), ...officeCities(x)];
  const owners = namesOfNoTown(x);
  for (const m of x.matches(R.capitalisedRun.pattern)) candidates.push(...placesInRun(x, m, owners));
  const kept = venueNamesAgain(x, candidates, venues);
  placeCandidates(x, kept);
  partsAndDistricts(x, venues);
  mentionBareVenues(x, candidates, kept);
  for (const t of towns) addPlace(x, t.name, { kind: 'district', country: null, within_id: null }, t.at, t.at + t.name.length, R.oldTown.id);
  for (const l of localities) addPlace(x, l.name, { kind: 'district', country: null, within_id: null }, l.at, l.at + l.name.length, R.siteLocality.id);
  settlements(x);
  for (const p of paired) {
    const place = addPlace(x, p.name, { kind: placeHeadKind(p.name) ?? 'venue', country: null, within_id: null }, p.start, p.end, R.pairedSites.id);
    // A name in the singular the text never writes is no words of it: derived, the note saying from what.
    if (!new RegExp(`(?<!\\p{L})${escapeRegExp(p.name)}(?!\\p{L})`, 'u').test(x.doc.text) && !place.derived) x.infer(place, `name "${p.name}" inferred from '${x.doc.text.slice(p.start, p.end)}', each name with the site's word in the singular`);
  }
  namedSites(x);
  roadCodes(x);
  venuesByHeadWord(x);
  withinArticleCity(x);
}
