// Rows an article names again by the word saying what they are, as articles do after the first mention: "the
// union's secretary general" after "The Namibia Informal Traders' Union has called …", "over the showgrounds"
// after "the Ramatex Showgrounds". The word is read as the head of a name (its last word, or the one before "of"),
// and it names a row only when exactly one row of the article has that head: two unions make "the union's" no one's.
import { collectionByName } from '../collections/index.js';
import type { Seed } from '../db/seed.js';
import { ArticleDocument } from '../ingest/document.js';
import { createContext } from '../ingest/passes/context.js';
import { EVENT_WORDS } from '../ingest/lexicon.js';
import { datelinePlace } from '../ingest/passes/places.js';
import { cityGovernmentOf, mayorsCity } from '../ingest/passes/role-bodies.js';
import { MORE_GATHERING_WORDS, OCCASION_WORDS } from '../ingest/rules/events.js';
import { capitalize } from '../ingest/text.js';
import { namedIn } from './lookup.js';
import { sentenceAround } from './rejections.js';

/**
 * The word saying what a row is: the last of its name, or the one before "of" or "for" ("Municipality of Cusco",
 * "General Inspectorate for Emergency Situations").
 */
export function headOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.findIndex((word, i) => i > 0 && (word === 'of' || word === 'for'));
  return of > 0 ? words[of - 1]! : words.at(-1)!;
}

/** A city's or a town's government named by its hall or its council ("Chisinau City Hall", "Lusaka City Council"). */
const CITY_GOVERNMENT = /\b(City|Town)\s+(?:Hall|Council)$/u;

/**
 * The words a row of a collection answers to when named again: its head word, and for a body governing a city
 * by its hall or council, "city" or "town" too ("The city has also installed …" after "Chisinau City Hall has
 * banned …"). A place of that name is the building, and answers to its head word only.
 */
function headsOf(collection: string, name: string): string[] {
  const government = collection === 'organizations' ? CITY_GOVERNMENT.exec(name)?.[1]?.toLowerCase() : undefined;
  return government ? [headOf(name), government] : [headOf(name)];
}

/**
 * The one row of a collection cited by the article whose name has the head word `head`, or undefined (none, or
 * two). Where two have it, `sentence` (the words' own sentence) may name one of them by name, which is the one
 * meant: "The General Inspectorate for Emergency Situations will station …, a spokeswoman for the inspectorate
 * said." beside a General Police Inspectorate.
 */
export function rowByHead(seed: Seed, collection: string, head: string, sourceId: string, sentence = ''): string | undefined {
  const spec = collectionByName.get(collection)!;
  const cited = (seed.facts.get(collection) ?? []).filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === sourceId));
  const rows = cited.filter((row) => headsOf(collection, String(spec.title(row))).includes(head.toLowerCase()));
  const named = rows.length > 1 ? rows.filter((row) => sentence.includes(String(spec.title(row)))) : rows;
  if (named.length === 1) return named[0]!.id;
  return rows.length || collection !== 'organizations' ? undefined : bodyOfGenericHead(cited, head.toLowerCase(), sentence);
}

/**
 * Words saying only what kind of body one is, which no body's name needs to end in: "organisation", "group" or
 * "body" any kind, the others the kinds they name ("agency", "force", "charity", …).
 */
const GENERIC_HEADS: Readonly<Record<string, readonly string[] | undefined>> = {
  organisation: undefined, organization: undefined, group: undefined, body: undefined,
  agency: ['agency'], force: ['police_force'], police: ['police_force'], charity: ['association'], association: ['association'],
  society: ['association'], ministry: ['ministry'], government: ['government'], union: ['union'], club: ['club'], party: ['political_group'],
};

/**
 * The body a generic head word means ("a spokesman for the organisation", "the agency said"): the one body of
 * that kind the same sentence names, as a reader takes "the organisation" right after "The Ada Relief Society
 * will …". Counter-example: none when the sentence names two bodies of the kind, or none.
 */
function bodyOfGenericHead(cited: ReadonlyArray<Record<string, unknown>>, head: string, sentence: string): string | undefined {
  if (!(head in GENERIC_HEADS) || !sentence) return undefined;
  const kinds = GENERIC_HEADS[head];
  const named = cited.filter((row) => (!kinds || kinds.includes(String(row.kind))) && typeof row.name === 'string' && sentence.includes(row.name));
  return named.length === 1 ? String(named[0]!.id) : undefined;
}

/**
 * The body a sentence's subject names again by lowercase words of its name ending in its head word ("The
 * municipal police will check bags …" after "the Soria Municipal Police", "the city police"): the article's one
 * body whose name holds those words, its head last; else, as before, the one whose head is the subject's first
 * word ("The city has also installed …"). Counter-example: "The closure of …" names no body by "closure".
 */
export function bodyBySubject(seed: Seed, subject: string, sourceId: string, sentence = ''): string | undefined {
  const words = subject.toLowerCase().split(/\s+/);
  const title = collectionByName.get('organizations')!.title;
  const cited = (seed.facts.get('organizations') ?? []).filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === sourceId));
  for (let n = words.length; n >= 2; n--) {
    const named = words.slice(0, n);
    const rows = cited.filter((row) => {
      const name = String(title(row));
      return headOf(name) === named.at(-1) && named.slice(0, -1).every((word) => name.toLowerCase().split(/\s+/).includes(word));
    });
    const told = rows.length > 1 ? rows.filter((row) => sentence.includes(String(title(row)))) : rows;
    if (told.length === 1) return told[0]!.id;
  }
  return words.length > 1 && words[1] !== 'of' ? rowByHead(seed, 'organizations', words[0]!, sourceId, sentence) : undefined;
}

/** A body's possessive ("the force's", "The union's"): its head word. */
const POSSESSIVE_HEAD = /\b[Tt]he\s+(\p{Ll}+)['’]s\s/gu;
/** A body named again as a sentence's subject by "The" and its head word ("The city has also installed …"). */
const SUBJECT_HEAD = /(?:^|[.!?]\s+)The\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})/gu;
/** A row named again by "the" and its head word ("over the showgrounds", "the showgrounds' car parks"). */
const THE_HEAD = /\b[Tt]he\s+(\p{Ll}+)\b/gu;

/**
 * The rows some words name by a head word: bodies by a possessive ("the society's chief executive": the Windhoek
 * Show Society) or as a sentence's subject ("The city has also installed …": Chisinau City Hall), places by "the" and the word ("inside the showgrounds": the Ramatex Showgrounds), each the
 * article's one row with that head. Counter-example: "the fair's" names no body when no body's name ends "Fair".
 */
export function namedByHead(seed: Seed, words: string, sourceId: string): string[] {
  const bodies = [...[...words.matchAll(POSSESSIVE_HEAD)].map((m) => rowByHead(seed, 'organizations', m[1]!, sourceId, words)),
    ...[...words.matchAll(SUBJECT_HEAD)].map((m) => bodyBySubject(seed, m[1]!, sourceId, words))];
  return [...new Set([...bodies, ...placesByHead(seed, words, sourceId), ...eventsByHead(seed, words, sourceId)].filter((id): id is string => id !== undefined))];
}

/** Words naming a gathering, which close an event's name ("concert", "festival", "match"): ingest's lists of them. */
const GATHERING_WORDS = new Set([...Object.keys(EVENT_WORDS), ...Object.keys(MORE_GATHERING_WORDS), ...Object.keys(OCCASION_WORDS)].map((word) => word.toLowerCase()));

/** Whether some words hold a name as whole words. */
function holdsWords(words: string, name: string): boolean {
  for (let at = words.indexOf(name), looks = 0; at >= 0 && looks < 20; at = words.indexOf(name, at + 1), looks++) {
    if (!/[\p{L}\p{N}]/u.test(words[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(words[at + name.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * The article's events some words name without their whole name, when its name closes with a gathering word: by
 * "the" and that word ("at the stadium during the concert": the Glass Orchard concert, the article's one
 * concert), or by the capitalised words before it ("when the British band Glass Orchard opens its tour").
 * Counter-example: "the street" names no "Crane tipped over on Augusta Deglava Street" (no gathering word).
 */
export function eventsByHead(seed: Seed, words: string, sourceId: string): string[] {
  const title = collectionByName.get('events')!.title;
  const heads = [...words.matchAll(THE_HEAD)].map((m) => m[1]!.toLowerCase()).filter((head) => GATHERING_WORDS.has(head));
  const byHead = heads.map((head) => rowByHead(seed, 'events', head, sourceId));
  const byWords = (seed.facts.get('events') ?? []).filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === sourceId)).filter((row) => {
    const name = String(title(row));
    const head = headOf(name);
    const before = GATHERING_WORDS.has(head) ? name.slice(0, name.toLowerCase().lastIndexOf(head)).trim() : '';
    return /^\p{Lu}\S*(?:\s\p{Lu}\S*)*$/u.test(before) && holdsWords(words, before);
  }).map((row) => row.id);
  return [...new Set([...byHead, ...byWords].filter((id): id is string => id !== undefined))];
}

/** "the" and two lowercase words, the second maybe a head word after a word of the name ("around the sports palace"). */
const THE_TWO_WORDS = /\b[Tt]he\s+(\p{Ll}+)\s+(\p{Ll}+)\b/gu;

/**
 * The places some words name by "the" and a head word, each the article's one place with that head ("at the
 * showgrounds"), maybe after a lowercase word of its name ("around the sports palace": the El Menzah Sports Palace).
 */
export function placesByHead(seed: Seed, words: string, sourceId: string): string[] {
  const heads = [...[...words.matchAll(THE_HEAD)].map((m) => m[1]!), ...[...words.matchAll(THE_TWO_WORDS)].map((m) => m[2]!)];
  return [...new Set(heads.map((head) => rowByHead(seed, 'places', head, sourceId)).filter((id): id is string => id !== undefined))];
}

/** Verbs that follow a sentence's subject before what it does ("Police will check …", "The ministry has banned …"). */
const AUXILIARIES = new Set(['will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);
/** The most words of a subject before its verb ("The municipal police will …"). */
const SUBJECT_WORDS = 3;

/**
 * The body a sentence's subject names by a word of its name, the subject's last word before its verb: a bare
 * "Police will check bags …" after "the Tirana Police Directorate", "The directorate has …". The article's one
 * body with that word in its name (of two, the one in `prefer`), none when two have it or the subject names a place ("Tirana will host …" is no
 * "Municipality of Tirana"). Counter-example: "Stewards will search cars" names no body.
 */
export function bodyBySubjectWord(seed: Seed, sentence: string, sourceId: string, prefer: readonly string[] = []): string | undefined {
  const words = sentence.trim().split(/\s+/u).slice(0, SUBJECT_WORDS + 2);
  const verb = words.findIndex((word) => AUXILIARIES.has(word.toLowerCase()));
  const subject = words.slice(/^(?:the|a|an)$/iu.test(words[0] ?? '') ? 1 : 0, verb);
  const head = subject.at(-1)?.toLowerCase();
  if (verb < 1 || !head || subject.length > SUBJECT_WORDS || !/^\p{L}+$/u.test(head)) return undefined;
  const title = collectionByName.get('organizations')!.title;
  const places = collectionByName.get('places')!.title;
  if ((seed.facts.get('places') ?? []).some((row) => String(places(row)).toLowerCase() === subject.join(' ').toLowerCase())) return undefined;
  const rows = (seed.facts.get('organizations') ?? []).filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === sourceId)
    && String(title(row)).toLowerCase().split(/\s+/u).includes(head));
  // Two bodies with the word: the one the sentence's speaker speaks for ("Police will check bags …, he added." after
  // the chief of the municipal police) is the one meant.
  const told = rows.length > 1 ? rows.filter((row) => prefer.includes(row.id)) : rows;
  return told.length === 1 ? told[0]!.id : undefined;
}

/** A portfolio written before "Minister" or after "Minister of" ("Culture Minister", "Minister for Foreign Affairs"): up to two capitalised words. */
const PORTFOLIO_BEFORE = /((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+)\s+Minister\b/u;
const PORTFOLIO_AFTER = /\bMinister\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/u;

/**
 * The ministry of the portfolio a minister's title holds, among the bodies the article cites: "Culture Minister"
 * is the minister of the article's "Ministry of Culture" (or "Culture Ministry"), "Deputy Culture Minister" too.
 * Counter-example: "Prime Minister" holds no portfolio a ministry is named by, and gives none.
 */
export function ministryOfTitle(seed: Seed, title: string, sourceId: string): string | undefined {
  const portfolio = (PORTFOLIO_BEFORE.exec(title) ?? PORTFOLIO_AFTER.exec(title))?.[1]?.split(/\s+/u);
  if (!portfolio) return undefined;
  const name = collectionByName.get('organizations')!.title;
  const rows = (seed.facts.get('organizations') ?? []).filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === sourceId));
  // The portfolio's words from the last: "Deputy Culture" is the culture portfolio.
  for (let first = 0; first < portfolio.length; first++) {
    const words = portfolio.slice(first).join(' ');
    const of = new RegExp(`^(?:Ministry\\s+(?:of|for)\\s+(?:the\\s+)?${words}|${words}\\s+Ministry)$`, 'u');
    const found = rows.filter((row) => of.test(String(name(row))));
    if (found.length === 1) return found[0]!.id;
  }
  return undefined;
}

/** The city of an article's dateline, read by ingest's own dateline rule. */
export function datelineCity(text: string, published: string): string | undefined {
  return datelinePlace(createContext(new ArticleDocument(text, '', published), published))?.name;
}

/** "of the" and lowercase words closing a title ("commander of the police administration"): the body's words. */
const OF_THE_BODY = /\bof\s+the\s+(\p{Ll}+(?:\s\p{Ll}+){0,2})$/u;

/**
 * The body a title names, among the article's: its closing "of the" and words ending in a body's head word name
 * that body ("commander of the police administration": the Primorje-Gorski Kotar Police Administration, the title
 * then "Commander"); a mayor's is the government of the city the title names or the article's, as ingest reads it
 * (`cityGovernmentOf`: "City of Rijeka", "Rijeka City Council"). Counter-example: "Mayor" in an article whose
 * city has no such body gives none.
 */
export function bodyOfTitle(seed: Seed, title: string, sourceId: string): { id: string; title: string } | undefined {
  const of = OF_THE_BODY.exec(title);
  const words = of?.[1]!.split(' ');
  const body = words && (words.length === 1 ? rowByHead(seed, 'organizations', words[0]!, sourceId) : bodyBySubject(seed, of![1]!, sourceId));
  if (body) return { id: body, title: capitalize(title.slice(0, of!.index).trim()) };
  const source = seed.sources.find((s) => s.id === sourceId);
  const named = mayorsCity(title);
  const city = named === null ? undefined : named ?? (source?.published ? datelineCity(source.text, source.published) : undefined);
  if (!city) return undefined;
  const name = collectionByName.get('organizations')!.title;
  const governments = (seed.facts.get('organizations') ?? []).filter((row) => (row.citations as Array<{ source_id: string }>).some((c) => c.source_id === sourceId)
    && cityGovernmentOf({ name: String(name(row)), kind: String(row.kind) }, city));
  return governments.length === 1 ? { id: governments[0]!.id, title } : undefined;
}

interface Cited { source_id: string; quote: string }
const objectsOf = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : []);

/** The speakers of a sentence, as the article's statements citing it give them. */
function speakersOf(seed: Seed, text: string, sentence: string, sourceId: string): string[] {
  return (seed.facts.get('statements') ?? []).flatMap((statement) => {
    // Words not found in the article (a quote typed or pasted) are their own sentence, as for the fact's citations.
    const said = (statement.citations as Cited[]).some((c) => {
      const at = c.source_id === sourceId ? text.indexOf(c.quote) : -1;
      return c.source_id === sourceId && (at < 0 ? c.quote : sentenceAround(text, at, at + c.quote.length)) === sentence;
    });
    return said && typeof statement.speaker_id === 'string' ? [statement.speaker_id] : [];
  });
}

const isBody = (seed: Seed, id: string) => (seed.facts.get('organizations') ?? []).some((row) => row.id === id);

/**
 * The bodies the speaker of a sentence speaks for, as the article's statements citing that sentence give its
 * speaker (ingest reads "…, he added." as the person named before): a body speaking itself, or the bodies of a
 * person's roles ("the head of the Tirana Police Directorate, …"), a role without one by the body its title names
 * ("Chief of the municipal police": the Riga Municipal Police, as the person's card offers it).
 */
export function speakersBodies(seed: Seed, text: string, sentence: string, sourceId: string): string[] {
  const people = new Map((seed.facts.get('people') ?? []).map((row) => [row.id, row]));
  return speakersOf(seed, text, sentence, sourceId).flatMap((speaker) => (isBody(seed, speaker) ? [speaker]
    : objectsOf(people.get(speaker)?.roles).map((role) => (typeof role.organization_id === 'string' ? role.organization_id
      : typeof role.title === 'string' ? bodyOfTitle(seed, role.title, sourceId)?.id : undefined)).filter((id): id is string => id !== undefined)));
}

/** "It" opening a sentence as its subject: a body named before stands for it. */
const OPENED_BY_IT = /^It\s+(?!is\b|was\b|will\s+be\b)/u;
/** How far into a sentence a body's name may start and still open it ("The City of Riga will …"). */
const OPENING_REACH = 4;

/**
 * The body "It" stands for when it opens a sentence as its subject ("It has also banned …"), read as ingest reads
 * "It said" (statement.it-speaker): the body that spoke in the sentence before, else the body that sentence opens
 * with ("The City of Riga will close …"). Counter-examples: "It was the largest …" names no body (a state, not
 * an act), nor "It has …" after a sentence opened by no body.
 */
export function bodyOfIt(seed: Seed, text: string, sentence: string, sourceId: string): string | undefined {
  const at = OPENED_BY_IT.test(sentence) ? text.indexOf(sentence) : -1;
  const end = at > 0 ? text.slice(0, at).trimEnd().length : 0;
  if (end <= 0) return undefined;
  const before = sentenceAround(text, end - 1, end);
  const spoke = [...new Set(speakersOf(seed, text, before, sourceId).filter((id) => isBody(seed, id)))];
  if (spoke.length === 1) return spoke[0];
  const [first] = namedIn(seed, before, ['organizations']);
  const title = collectionByName.get('organizations')!.title;
  const row = first === undefined ? undefined : (seed.facts.get('organizations') ?? []).find((r) => r.id === first);
  return row && before.indexOf(String(title(row))) <= OPENING_REACH ? row.id : undefined;
}
