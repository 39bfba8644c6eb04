// The word lists the extraction rules read, loaded from the data file src/ingest/lexicon.yaml and checked
// against the shape below when ingest starts (a bad entry fails with its path, not with a wrong match later).
// The constants are the lists as the rules use them: alternations ("said|says|…") and lookup tables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../lib/paths.js';
import { EVENT_KINDS, ORGANIZATION_KINDS, PLACE_KINDS } from '../schemas/vocabulary.js';

const Words = Type.Array(Type.String({ minLength: 1 }), { minItems: 1 });
const OrganizationKind = Type.Union(ORGANIZATION_KINDS.map((k) => Type.Literal(k)));
const EventKind = Type.Union(EVENT_KINDS.map((k) => Type.Literal(k)));
const PlaceKind = Type.Union(PLACE_KINDS.map((k) => Type.Literal(k)));
const Country = Type.String({ pattern: '^[A-Z]{2}$' });

const Lexicon = Type.Object({
  nationalities: Type.Record(Type.String(), Country),
  nations_within: Type.Record(Type.String(), Country),
  place_modifiers: Words,
  titles: Words,
  rank_prefixes: Words,
  org_heads: Type.Record(Type.String(), OrganizationKind),
  place_heads: Type.Record(Type.String(), PlaceKind),
  landscape_heads: Type.Record(Type.String(), PlaceKind),
  known_bodies: Type.Record(Type.String(), Type.Object({
    kind: OrganizationKind, country: Type.Union([Country, Type.Null()]), name: Type.Optional(Type.String()), national: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false })),
  force_nouns: Words, speech_verbs: Words, view_verbs: Words, reporting_verbs: Words, group_nouns: Words,
  known_events: Type.Record(Type.String(), EventKind), fixed_days: Type.Record(Type.String(), Type.String({ pattern: '^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$' })), event_words: Type.Record(Type.String(), EventKind),
  protest_words: Words, incident_words: Words, crowd_nouns: Words, harm_words: Words, company_heads: Words,
  gender_cues: Type.Record(Type.Union([Type.Literal('female'), Type.Literal('male')]), Type.Object({ honorifics: Words, roles: Words }, { additionalProperties: false })),
}, { additionalProperties: false });
type Lexicon = Static<typeof Lexicon>;

export const LEXICON_FILE = join(PROJECT_ROOT, 'src/ingest/lexicon.yaml');

/** The lexicon file, parsed and checked; throws naming the first entry that does not fit. */
export function loadLexicon(file = LEXICON_FILE): Lexicon {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (Value.Check(Lexicon, data)) return data;
  const error = Value.Errors(Lexicon, data).First();
  throw new Error(`${file}: ${error ? `${error.path || '/'} ${error.message}` : 'not a lexicon'}`);
}

const lexicon = loadLexicon();
const alternation = (words: readonly string[]) => words.join('|');

/** Demonyms and country words → ISO 3166-1 alpha-2. */
export const NATIONALITIES: Record<string, string> = lexicon.nationalities;
export const NATIONALITY_PATTERN = Object.keys(NATIONALITIES).sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/\./g, '\\.')).join('|');

/** Nations inside a state that news names as countries ("England", "Wales"), with the state's code. */
export const NATIONS_WITHIN: Record<string, string> = lexicon.nations_within;
/** Lowercase nouns that make a place name before them a description of something else ("Leeds supporters", "the Lyon court"). */
export const PLACE_MODIFIERS = alternation(lexicon.place_modifiers);
/** The first parts of a hyphenated rank ("Sub-Delegate", "Vice-Chancellor"), one list for the titles that hold them and the review's forms. */
export const RANK_PREFIXES: readonly string[] = lexicon.rank_prefixes;
/** Titles of office, longest first in the file so "Vice President" wins over "President"; the rank prefixes put in where a title holds them. */
export const TITLES: readonly string[] = lexicon.titles.map((title) => title.replaceAll('{RANK_PREFIXES}', alternation(RANK_PREFIXES)));
// A title may be one to come ("President-elect"): the suffix stays part of it, so no office is stated he does not hold yet.
export const TITLE_PATTERN = `(?:(?:${alternation(TITLES)})(?:-elect\\b)?)`;
/** Words that are one title whole ("Chief Executive Officer", "Minister"). */
export const WHOLE_TITLE = new RegExp(`^${TITLE_PATTERN}$`, 'u');

/** Words that close an organization's name, with the kind they give it. */
export const ORG_HEADS: Lexicon['org_heads'] = lexicon.org_heads;
/** The last words of companies' names ("Harbour Productions"): a name ending in one is a firm's, never a person's. */
export const COMPANY_HEADS: ReadonlySet<string> = new Set(lexicon.company_heads);
/**
 * Capitalised words that can stand next to a name without being part of it ("At Harbour Park", "The Royal
 * Netherlands Marechaussee"), as a sentence's first word or before the name; a pattern of one whole word.
 */
export const NOT_A_NAME_PART = /^(?:The|A|An|In|At|On|From|To|For|Of|And|But|By|With|As|Its|Their|His|Her|Our|This|That|These|Those|When|While|After|Before|During|Since|Until|Outside|Inside|Near|Across|Around|Central|Northern|Southern|Eastern|Western|Greater|Downtown|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|If|Some|Many|Both|All|Every|Each|Any|Another|Several|Either|Neither)$/;
/** Words that close (or open) a place's name, with the contract's place kind they give it ("Erasmus Bridge" a venue, "River Thames" a region). */
export const PLACE_HEADS: Lexicon['place_heads'] = lexicon.place_heads;
export type PlaceKind = Lexicon['place_heads'][string];
/** Lowercase words of a mountain landscape closing a place's name ("the Podkoren slope"), which the place heads lack, with the kind they give it. */
export const LANDSCAPE_HEADS: Lexicon['landscape_heads'] = lexicon.landscape_heads;
/**
 * The kind of site a place's name says it is by the word closing it, else by the word opening it ("Mill Square" a
 * square, "the Wold peninsula" a region, "Barrio Alto" a district); undefined for a one-word name or no such word.
 */
export function placeHeadKind(name: string): PlaceKind | undefined {
  const words = name.split(/\s+/);
  return words.length > 1 ? PLACE_HEADS[words.at(-1)!] ?? PLACE_HEADS[words[0]!] : undefined;
}
/** Security bodies commonly named without a head word, with their kind and country. */
export const KNOWN_BODIES: Lexicon['known_bodies'] = lexicon.known_bodies;
/** Nouns for a body of security personnel, as counted in a deployment. */
export const FORCE_NOUNS: readonly string[] = lexicon.force_nouns;
export const SPEECH_VERBS = alternation(lexicon.speech_verbs);
/** Verbs that report a view rather than an utterance ("critics argue that", "they fear that"): read before a that-clause only. */
export const VIEW_VERBS = alternation(lexicon.view_verbs);
/** Verbs that report words even without "that": "said the plan was ready". */
export const REPORTING_VERBS = alternation(lexicon.reporting_verbs);
/** Unnamed groups an article lets speak ("Critics argue that …"): a statement's speaker, kept as a group. */
export const GROUP_NOUNS = alternation(lexicon.group_nouns);
/** Events known by one name, with their kind (names that carry no head word such as "Festival" or "Games"). */
export const KNOWN_EVENTS: Lexicon['known_events'] = lexicon.known_events;
/** Known events held on one day of the calendar every year ("New Year's Eve": 12-31), by month and day. */
export const FIXED_DAYS: Lexicon['fixed_days'] = lexicon.fixed_days;
/** Lowercase words that say what a gathering is ("carnival", "state visit"), with the kind they give it. */
export const EVENT_WORDS: Lexicon['event_words'] = lexicon.event_words;
/** The event words as an alternation, longest first so "ministerial meeting" wins over a shorter word. */
export const EVENT_WORD_PATTERN = Object.keys(EVENT_WORDS).sort((a, b) => b.length - a.length).join('|');
export const PROTEST_WORDS = alternation(lexicon.protest_words);
export const INCIDENT_WORDS = alternation(lexicon.incident_words);
/** Nouns for the people who take part in a protest, as counted in its size ("about 2,000 demonstrators"). */
export const CROWD_NOUNS = alternation(lexicon.crowd_nouns);
/** Words that count people for something other than taking part ("arrested 30 protesters"). */
export const HARM_WORDS = alternation(lexicon.harm_words);

export type Gender = 'female' | 'male';
/** Honorifics and role words that say a person's gender ("Mrs", "spokeswoman"), as alternations per gender. */
export const GENDER_CUES: Record<Gender, { honorifics: string; roles: string }> = {
  female: { honorifics: alternation(lexicon.gender_cues.female.honorifics), roles: alternation(lexicon.gender_cues.female.roles) },
  male: { honorifics: alternation(lexicon.gender_cues.male.honorifics), roles: alternation(lexicon.gender_cues.male.roles) },
};
