// A new fact's form filled from the words a reviewer selected in the article, so that adding what ingest
// missed is checking and correcting rather than typing. Only what the words state, read with the project's own
// readers: a number and its hedge as the build's support checks read them (ingest's counts over
// src/lib/numbers.ts), a date as ingest reads it (findDates, its note when a part is inferred), names as
// capitalised words, a title of office, an organization's or event's kind and a country from ingest's lexicon,
// a place's kind and country from its gazetteer, references by the names of known rows the words contain. A
// field the words do not state stays empty; the reviewer sees every value before the build checks it.
import { collectionByName, type FactCollection } from '../collections/index.js';
import type { Seed } from '../db/seed.js';
import { HEDGE_RE, qualifierOf } from '../ingest/counts.js';
import { findDates, isDayOfSaying, namesDay, PAST_SPEECH_BEFORE, readDates, spanOf, writtenDaysAhead, type FoundDate, type SentenceDates } from '../ingest/dates.js';
import { lookupPlace, wordClass } from '../ingest/gazetteer.js';
import { EVENT_WORDS, EVENT_WORD_PATTERN, GENDER_CUES, INCIDENT_WORDS, KNOWN_BODIES, KNOWN_EVENTS, LANDSCAPE_HEADS, NATIONALITIES, NOT_A_NAME_PART, PLACE_HEADS, RANK_PREFIXES, SPEECH_VERBS, TITLE_PATTERN, WHOLE_TITLE } from '../ingest/lexicon.js';
import { andJoinsTwoBodies, bodyKindOf, kindSaidToBe } from '../ingest/passes/organizations.js';
import { cueGender } from '../ingest/passes/speakers.js';
import { checksName, FROM_DAY, OBJECT_ENDS, phraseName, sealedOffName } from '../ingest/passes/measures.js';
import { CITY_SITE_KINDS, siteIn } from '../ingest/passes/places.js';
import { EVENT_RULES, MORE_GATHERING_WORDS, MORE_NAMED_HEADS } from '../ingest/rules/events.js';
import { actIncidentName, passiveIncidentName, thrownName, verdictName } from '../ingest/passes/event-details.js';
import { ceremonialActName } from '../ingest/passes/events.js';
import { BODY_ONLY_NOUNS } from '../ingest/rules/deployments.js';
import { MEASURE_RULES, type MeasureRule } from '../ingest/rules/measures.js';
import { ROLE_NOUN, TITLE_OF_VERB } from '../ingest/rules/people.js';
import { PLACE_RULES } from '../ingest/rules/places.js';
import { ORGANIZATION_RULES } from '../ingest/rules/organizations.js';
import { STATEMENT_RULES } from '../ingest/rules/statements.js';
import { accepts, escapeRegExp } from '../ingest/rules/rule.js';
import { spanAt } from '../ingest/spans.js';
import { capitalize, sentences, type Sentence } from '../ingest/text.js';
import { numbersIn } from '../lib/numbers.js';
import { controlFor, emptyRow } from './form.js';
import { bodyBySubject, bodyBySubjectWord, bodyOfIt, bodyOfTitle, datelineCity, ministryOfTitle, placesByHead, rowByHead, speakersBodies } from './head-words.js';
import { ACCORDING_TO, BODY_NAME, paraphraseText, protestName, protestTarget, requestIn } from './prefill-clauses.js';
import { NAMED_COLLECTIONS, namedIn, referenceTargets } from './lookup.js';
import { sentenceAround } from './rejections.js';

type Values = Record<string, unknown>;

/** The article the words were selected in: its publication day (relative dates are read against it) and its text. */
export interface SelectedIn { published: string | null | undefined; text?: string }

/** Capitalised words, joined by the small words names hold ("Palais des Nations", "Ministry of the Interior"); "and" joins two names. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|de|des|di|del|du|la|le|the|for|von|van|da)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*/gu;
/** Words between quotation marks: what a quote says verbatim. */
const QUOTED = /["“]([^"“”]{2,})["”]/u;
const DETERMINER = /^(?:the|a|an)\s+/i;
/** A possessive before a title set off by a comma: "Its secretary general, Lucia Condori". */
const POSSESSIVE = /^(?:its|their|his|her|our|whose)\s+/i;
/** Words opening a phrase that says where or whose, not a title: "of the Archdiocese", "at the ministry". */
const PREPOSITION = /^(?:of|at|in|from|for|with|on|by)\b/u;
/** A relative clause naming an office by its verb ("who chairs the union"), the verbs ingest's rule person.who-heads reads. */
const WHO_HOLDS = new RegExp(`^who\\s+(${Object.keys(TITLE_OF_VERB).join('|')})\\b`, 'u');
/** What ends a sentence, or opens a quotation: the next word is capitalised whatever it is. */
const SENTENCE_END = new Set([...'.!?:"“']);
/** The first word of a name and the spaces after it, when more words follow. */
const FIRST_WORD = /^(\S+)\s+(?=\S)/;
/** The most words a selection without capitals may have to be taken whole as a name ("no-fly zone", "fan zone"). */
const NAME_WORDS = 5;
/** The fewest words in quotation marks that make a statement a quote. */
const QUOTE_WORDS = 4;
/** A hedge ending where a number starts ("around 4,500"), read within the characters before it. */
const HEDGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${HEDGE_RE}$`, 'iu');
const HEDGE_REACH = 40;

/** Punctuation and spaces around a name or a title, which it does not include. */
const AROUND = new Set([...' \t\n,;:.–—-']);

/** The text without the spaces and punctuation at its ends (a loop: a regex anchored at the end is quadratic on long runs). */
function trimmed(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && AROUND.has(text[start]!)) start++;
  while (end > start && AROUND.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** A plural common word before "of" opening a sentence ("Hundreds of", "Members of the"): a count or a part, not a name's head ("Port of"). */
const PLURAL_OF = /^\p{Lu}\p{Ll}+[^s]s\s+of\s/u;

/** Small words that join a body's or a place's name, never a person's. */
const NOT_A_PERSON_JOIN = /\s(?:of|the|for)\s/gu;

/** A small word joining a body's or a place's name right before a run of capitals ("Chair of the Board"). */
const JOINED_BEFORE = /\s(?:of|the|for)$/u;

/** The words after the last small word joining a body's or a place's name ("Archdiocese of Cusco" → "Cusco"), or undefined. */
function afterLastJoin(run: string): string | undefined {
  const last = [...run.matchAll(NOT_A_PERSON_JOIN)].at(-1);
  return last && run.slice(last.index + last[0].length);
}
/** Honorifics before a person's name ("Mrs Holm"): no title of office. */
const HONORIFICS = new Set(Object.values(GENDER_CUES).flatMap((cue) => cue.honorifics.split('|')));

/** A small word a title joins its words by ("Chair of the Board"). */
const TITLE_JOIN = /^(?:of|the|for)$/u;

/**
 * The capitalised common words right before a person's name, which name what they are ("Archbishop Tomas
 * Ccori", "Chair of the Board Ana Ruiz"): a title when the lexicon's titles give none. Counter-example: "Mrs Ana
 * Ruiz" gives none (an honorific), nor "Lisbon's Ana Ruiz" (a place is no title).
 */
function titleBefore(before: string): string | undefined {
  const words = before.trimEnd().split(/\s+/);
  const titleWord = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && wordClass(word) === 'W' && !HONORIFICS.has(word) && !NOT_A_NAME_PART.test(word);
  let first = words.length;
  for (let at = words.length - 1; at >= 0 && (titleWord(words[at]!) || (first < words.length && TITLE_JOIN.test(words[at]!))); at--) {
    if (titleWord(words[at]!)) first = at;
  }
  return first < words.length ? words.slice(first).join(' ') : undefined;
}

/** An article a name may open with, capitalised inside a sentence ("An Garda Siochana", "The Hague"). */
const CAPITALISED_ARTICLE = /^(?:The|An)$/u;
/** Words of ingest's list that open the names of bodies and places as often as they stand before them ("Eastern Valley Transport Cooperative"). */
const REGION_WORD = /^(?:Central|Northern|Southern|Eastern|Western|Greater|Downtown)$/u;

/**
 * The words a name does not start with. A person's name starts with none of the common words or titles before
 * it ("Police Chief Karim Bouali"). A body's or a place's may ("Royal Netherlands Marechaussee", "Harbour City
 * Climate Alliance", "Police Scotland"), even opening a sentence: only a determiner, a preposition or a weekday
 * (ingest's list), a title, or a plural before "of" is cut there; inside a sentence, a capitalised article is the name's.
 */
function withoutLeadingWords(run: string, opening: boolean, ofPerson: boolean): string {
  let name = run;
  const lead = (word: string) => (NOT_A_NAME_PART.test(word) && !REGION_WORD.test(word) && (opening || !CAPITALISED_ARTICLE.test(word))) || (opening && (WHOLE_TITLE.test(word) || (ofPerson && wordClass(word) === 'W')));
  for (let first = FIRST_WORD.exec(name); first; first = FIRST_WORD.exec(name)) {
    if (lead(first[1]!)) name = name.slice(first[0].length);
    else if (opening && PLURAL_OF.test(name) && wordClass(first[1]!.slice(0, -1)) === 'W') name = name.slice(first[0].length).replace(/^of\s+(?:the\s+)?/, '');
    else break;
  }
  return name;
}

/**
 * The longest run of capitalised words that is not `taken` (another kind of row's name), or undefined.
 * `startsSentence`: whether the words start where a sentence of the article does (a selection inside a
 * sentence, "the Royal Netherlands Marechaussee", does not: its first capital is a name's).
 */
function longestName(text: string, taken: ReadonlySet<string>, startsSentence: boolean, ofPerson = false): { name: string; at: number } | undefined {
  let best: { name: string; at: number } | undefined;
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const before = text.slice(0, m.index).trimEnd();
    // Only where a sentence starts is a capital no sign of a name ("Activists", "Approximately"); "Place Neuve" keeps its "Place".
    const run = trimmed(m[0]);
    // A person's name joins no words by "of", "the" or "for", as "da" or "von" it may: only the words after the
    // last of them may name one, their common words cut as a title's ("Secretary of State Marco Rubio").
    const joined = ofPerson ? afterLastJoin(run) : undefined;
    const opening = joined !== undefined || (ofPerson && JOINED_BEFORE.test(before)) || (before ? SENTENCE_END.has(before.at(-1)!) : startsSentence || ofPerson);
    const cut = withoutLeadingWords(joined ?? run, opening, ofPerson);
    const words = cut.split(/\s+/);
    if (words.length === 1 && opening && wordClass(cut) === 'W') continue;
    // Nor is a demonym alone ("Italian"): it gives a country, not a name; nor what is left of a known row's name
    // once its first words are cut ("Park" of "the Central Park").
    if (!cut || taken.has(cut) || NATIONALITIES[cut] || insideTakenName(run, cut, taken) || tailOfTakenName(text.slice(0, m.index + m[0].length), cut, taken)) continue;
    // An ordinal in digits before the capitals is part of the name ("12th Avenue", "82nd Airborne Division").
    const ordinal = !ofPerson && cut === run ? ordinalBefore(text.slice(0, m.index)) : undefined;
    const name = ordinal ? `${ordinal} ${cut}` : cut;
    if (name.split(/\s+/).length > (best?.name.split(/\s+/).length ?? 0)) best = { name, at: ordinal ? before.length - ordinal.length : m.index + m[0].lastIndexOf(cut) };
  }
  return best;
}

/** Whether a known row's name of another kind ends the run and holds the words left of it: "Central Park" in "The Central Park" holds "Park". */
function insideTakenName(run: string, cut: string, taken: ReadonlySet<string>): boolean {
  const words = run.split(/\s+/);
  const left = cut.split(/\s+/).length;
  return words.some((_, i) => words.length - i > left && taken.has(words.slice(i).join(' ')));
}

/**
 * Whether the words up to a run end with a known row's name of another kind whose last words are the run's: "Virgin
 * of Socavon" of "the Sanctuary of the Virgin of Socavon", a known place, names no new event.
 */
function tailOfTakenName(upTo: string, cut: string, taken: ReadonlySet<string>): boolean {
  const before = upTo.trimEnd();
  return [...taken].some((name) => name.length > cut.length && name.endsWith(` ${cut}`) && before.endsWith(name));
}

/** An ordinal number in digits ending the text, set off by a space: "on 12th " gives "12th". */
function ordinalBefore(text: string): string | undefined {
  const rest = text.trimEnd();
  if (rest === text) return undefined;
  const word = rest.slice(rest.lastIndexOf(' ') + 1);
  return /^\d{1,4}(?:st|nd|rd|th)$/u.test(word) ? word : undefined;
}

/** The first of `keys` standing in `text` as whole words, with where. */
function firstWordOf(text: string, keys: Iterable<string>, caseless = false): string | undefined {
  const haystack = caseless ? text.toLowerCase() : text;
  let best: { key: string; at: number } | undefined;
  for (const key of keys) {
    const at = haystack.indexOf(caseless ? key.toLowerCase() : key);
    if (at < 0 || (best && at >= best.at)) continue;
    const before = haystack[at - 1];
    const after = haystack[at + key.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) best = { key, at };
  }
  return best?.key;
}

/** "A spokesman for the Federal Police": the lowercase words before "for", "of" or "at" a body, a role held by someone unnamed. */
const ROLE_BEFORE_BODY = /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+(?:for|of|at|with)\s/u;

/** A person the words name by role only: the title of office they give, else the role before a body; its body is filled as any reference. */
function roleOnly(words: string, title: string | undefined): Values {
  const role = title ?? ROLE_BEFORE_BODY.exec(trimmed(words))?.[1];
  return role ? { roles: [{ title: role, organization_id: null, country: null }] } : {};
}

/** The lowercase words of a role before the body it is held at, opening an apposition: "spokesman for the …". */
const ROLE_AT_BODY = /^((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+(?:for|of|at|with)\s+(?:the\s+)?\p{Lu}/u;
/** A speech verb, standing as a word: an attribution's, never a title. */
const SPEECH_WORD = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'u');

/**
 * The words beside a person's name that may say what they are: without an attribution's speech verb and what
 * stands beyond it ("said Petr Novotny" has none; "Petr Novotny said" neither), and, for a role held at a body
 * ("a spokesman for the Dukla Ostrava Supporters' Club"), the role's own words, its body read as any reference.
 */
function appositionSides(before: string, after: string): string[] {
  const verbBefore = [...before.matchAll(new RegExp(SPEECH_WORD.source, 'gu'))].at(-1);
  const verbAfter = SPEECH_WORD.exec(after);
  const sides = [verbBefore ? before.slice(verbBefore.index + verbBefore[0].length) : before, verbAfter ? after.slice(0, verbAfter.index) : after];
  return sides.map((side) => trimmed(side).replace(DETERMINER, '').replace(POSSESSIVE, '')).map((side) => ROLE_AT_BODY.exec(side)?.[1] ?? side);
}

/** A person: the name in capitals, the title of office beside it (the lexicon's, else the words set off by a comma). */
/** A title of the lexicon standing as whole words, its patterns read as ingest reads them ("Trade Minister": any one-word portfolio). */
const TITLE_IN_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE_PATTERN}(?![\\p{L}\\p{N}])`, 'u');

/** The level of government an office is of, written before its title ("National Police Chief", "Regional Governor"). */
const LEVEL_OF_OFFICE = /^(?:National|Regional|Provincial|State|Federal|County|District|Municipal)$/u;

/** A title of the lexicon opening some words, right after the one before it: a rank of two title words ("Chief Commissioner"). */
const TITLE_NEXT = new RegExp(`^\\s(${TITLE_PATTERN})(?![\\p{L}\\p{N}])`, 'u');

/**
 * The first title of the lexicon in some words, with a title standing right after it: "Chief Commissioner Victor
 * Brega" is titled "Chief Commissioner" (the lexicon holds "Chief" and "Commissioner", not the two together), and
 * not named "Commissioner Victor Brega".
 */
function titleIn(words: string): string | undefined {
  const found = TITLE_IN_WORDS.exec(words);
  if (!found) return undefined;
  const next = TITLE_NEXT.exec(words.slice(found.index + found[0].length));
  // "Deputy Inspector General": a grade right before the title is the title's; a status ("Acting Minister") is not;
  // "National Police Chief": so is the level of government the office is of.
  const grade = words.slice(0, found.index).trimEnd().split(/\s+/).at(-1) ?? '';
  const ofTitle = (RANK_PREFIX.test(grade) && grade !== 'Acting') || LEVEL_OF_OFFICE.test(grade);
  const title = ofTitle && /\s$/u.test(words.slice(0, found.index)) ? `${grade} ${found[0]}` : found[0];
  return next ? `${title} ${next[1]}` : title;
}

/** Small words an office set off by commas ends with when the body it is of is a row of its own ("clerk of the course for the"). */
const OFFICE_JOIN = new Set(['of', 'for', 'at', 'with', 'in', 'the']);

/** An office without the small words left at its end once the body's name is cut from it. */
function withoutTrailingJoin(office: string): string {
  const words = office.split(/\s+/);
  while (words.length > 1 && OFFICE_JOIN.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/** A body's name after "of the", "for the" or "at the" and before a comma and a capital: whose a role is, the name after it a person's. */
const BODY_BEFORE = /\b(?:of|for|at)\s+the\s+$/u;
const COMMA_AND_NAME = /^,\s*\p{Lu}/u;

/**
 * The words with the names no person is named by blanked out, same length: another kind of row's name of two
 * words or more ("International Ski and Snowboard Federation", whose "and" cuts it into two runs of capitals), and
 * a body's name set off after a role by "of the" before a comma and a name ("The race director of the
 * International Ski and Snowboard Federation, Markus Waldner"). Counter-example: "Secretary of State Marco Rubio"
 * has no comma after its capitals, and keeps them.
 */
function withoutBodyNames(words: string, taken: ReadonlySet<string>): string {
  const blank = (text: string, name: string) => text.split(name).join(' '.repeat(name.length));
  let out = [...taken].filter((name) => /\s/u.test(name) && words.includes(name)).sort((a, b) => b.length - a.length).reduce(blank, words);
  for (const m of words.matchAll(BODY_NAME)) {
    if (BODY_BEFORE.test(words.slice(0, m.index)) && COMMA_AND_NAME.test(words.slice(m.index + m[0].length))) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  }
  return out;
}

/** The first part of a hyphenated rank ("Sub-Delegate", "Vice-Chancellor", "Co-Chair"): the lexicon's rank prefixes, as its titles hold them. */
const RANK_PREFIX = new RegExp(`^(?:${RANK_PREFIXES.join('|')})$`, 'u');
/** Up to two capitalised words, then a capitalised word of two parts joined by a hyphen, then a capital: a title before a name. */
const HYPHENATED_TITLE = /(?<![\p{L}'’-])(?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}*)-(\p{Lu}\p{Ll}+)(?=\s+\p{Lu})/u;

/**
 * A title of office written with a hyphenated rank before a person's name, and the capitalised words before it
 * that qualify it ("Government Sub-Delegate Ana Ruiz", "Deputy Sub-Prefect Ivo Lenz", "Vice-Chancellor Ola
 * Berg"): the hyphen's first part a rank's prefix, or its last a title of the lexicon. Counter-example: "Jean-Pierre
 * Martin" and "Ana Smith-Jones" are names (neither part a rank nor a title).
 */
function hyphenatedTitle(words: string): string | undefined {
  const found = HYPHENATED_TITLE.exec(words);
  if (!found || !(RANK_PREFIX.test(found[1]!) || WHOLE_TITLE.test(found[2]!))) return undefined;
  return withoutLeadingSmallWords(found[0].trimStart());
}

/** A rank of a police or armed force alone, which says what a person is less than an office set off after the name. */
const RANK_ONLY = /^(?:(?:Senior|Police|Army)\s+)?(?:General|Colonel|Major|Captain|Lieutenant|Sergeant|Corporal|Commander|Commodore|Admiral|Brigadier|Inspector|Superintendent|Constable)$/u;

/** Up to three lowercase words ending in a role noun right before a rank or a name ("navy spokesman Commander …", "HPA spokeswoman Ada …"), not opening with a small word. */
const OFFICE_AGAINST_RANK = new RegExp(`(?:^|\\s)((?:(?!(?:the|a|an|of|and|to|by|said|says)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,2}${ROLE_NOUN})\\s+$`, 'u');

function person(words: string, taken: ReadonlySet<string>): Values {
  const title = hyphenatedTitle(words) ?? titleIn(words);
  const unnamed = withoutBodyNames(words, taken);
  const named = longestName(title ? unnamed.replace(title, ' '.repeat(title.length)) : unnamed, taken, true, true);
  if (!named) return roleOnly(words, title);
  const around = appositionSides(words.slice(0, named.at), words.slice(named.at + named.name.length));
  // "of the Archdiocese of Cusco" after a name says whose the person is, not what: no title.
  const office = (sides: string[]) => sides.map((side) => withoutTrailingJoin(side.trim())).find((side) => side && side.split(/\s+/).length <= 6 && /^\p{Ll}/u.test(side) && !PREPOSITION.test(side));
  // "Major Ermek Toktogulov, a National Guard spokesman": the office set off after the name (its body's name aside, a
  // reference of its own) says what the person is here; a rank before the name is the role only where none does.
  const officeAfter = office(appositionSides('', unnamed.slice(named.at + named.name.length)).slice(1));
  const apposition = office(around) ?? officeAfter;
  // "Gulnar Seitkali, who chairs the union": the office the relative clause's verb names, as ingest reads it (rule person.who-heads).
  const held = around.map((side) => WHO_HOLDS.exec(side)?.[1]).find((verb) => verb !== undefined);
  // "a navy spokesman, Captain Ivo Lenz": an office brought in by an article and set off before the name, where the rank is
  // all the title says ("its commander, Superintendent Paulo Matos" keeps the rank, the lexicon's title).
  const before = (title ? unnamed.replace(title, ' '.repeat(title.length)) : unnamed).slice(0, named.at);
  const officeBefore = DETERMINER.test(trimmed(before)) ? office(appositionSides(before, '').slice(0, 1)) : undefined;
  // "navy spokesman Commander Gayan Perera": the same office written straight before the rank, with no comma.
  const officeAgainstRank = title && RANK_ONLY.test(title) ? OFFICE_AGAINST_RANK.exec(words.slice(0, Math.max(0, words.lastIndexOf(title, named.at))))?.[1] : undefined;
  // "HPA spokeswoman Ada Moen": an office in lower case written straight before the name, maybe after a body's acronym.
  const officeAgainstName = OFFICE_AGAINST_RANK.exec(words.slice(0, named.at))?.[1];
  const role = (title && RANK_ONLY.test(title) ? officeAfter ?? officeBefore ?? officeAgainstRank : undefined) ?? title ?? (held ? TITLE_OF_VERB[held] : undefined) ?? apposition ?? officeAgainstName ?? titleBefore(words.slice(0, named.at));
  return { name: withoutRank(named.name), ...(role && { roles: [{ title: role, organization_id: null, country: null }] }) };
}

/** "its press secretary, Major Ada Moen": a rank opening a name of three words or more is no part of the name. */
function withoutRank(name: string): string {
  const [first, ...rest] = name.split(/\s+/u);
  return rest.length >= 2 && RANK_ONLY.test(first!) ? rest.join(' ') : name;
}

/** The words without the small words opening them that no name starts with ("across the historic centre" → "historic centre"). */
function withoutLeadingSmallWords(words: string): string {
  let rest = words;
  for (let first = FIRST_WORD.exec(rest); first && NOT_A_NAME_PART.test(capitalize(first[1]!)); first = FIRST_WORD.exec(rest)) rest = rest.slice(first[0].length);
  return rest;
}

/** Words that start where or when a gathering is, after the words that say what it is. */
const WHERE_OR_WHEN = /\s(?:at|in|on|from|near|outside|inside|between)\s/u;

/**
 * An event's name where its capitals name only other rows: the words before where or when it is, when they hold a
 * word for a gathering ("WBO featherweight title fight at the Bukom Boxing Arena on Saturday" is "WBO featherweight
 * title fight"). Counter-example: "Police at the Bukom Boxing Arena" names no gathering.
 */
function gatheringPhrase(words: string): string | undefined {
  const whole = withoutLeadingSmallWords(trimmed(words));
  const at = whole.search(WHERE_OR_WHEN);
  const head = at > 0 ? whole.slice(0, at) : undefined;
  return head && head.split(/\s+/u).length <= NAME_WORDS && !/[.;!?"“”,]/u.test(head) && firstWordOf(head, Object.keys(EVENT_WORDS), true) ? head : undefined;
}

/** The name of a body, place, event or measure: the words in capitals that name no other kind of row, else the whole short selection. */
function nameOf(words: string, undated: string, taken: ReadonlySet<string>, startsSentence: boolean): string | undefined {
  const named = longestName(undated, taken, startsSentence);
  if (named) return named.name;
  const whole = withoutLeadingSmallWords(trimmed(words));
  return whole.split(/\s+/).length <= NAME_WORDS && undated === words && !/[.;!?"“”]/.test(whole) && !taken.has(whole) && /\p{L}/u.test(whole) ? whole : undefined;
}

/**
 * The kind of a country's own society of a movement the lexicon knows ("Peruvian Red Cross", "Ruritanian Red
 * Crescent"), as ingest reads one: the movement's kind, the country left to the demonym before it.
 */
function nationalSocietyKind(name: string): string | undefined {
  const movement = Object.entries(KNOWN_BODIES).find(([known, body]) => body.national && name.endsWith(` ${known}`));
  return movement?.[1].kind;
}

/**
 * A city's or a town's government named by its hall ("Eastby City Hall"): added as a body, it is the body, not
 * the building (ingest reads the same name as a body only where a speech verb follows it).
 */
const NAMED_HALL = /\b(?:City|Town)\s+Hall$/u;

/** An event word a state's armed forces march in, and the words saying they do: a military parade is a state's ceremony, not a festival. */
const MARCHED_BY_TROOPS = /^(?:parade|procession)$/iu;
const MILITARY = /\b(?:military|soldiers|troops|army|armoured|tanks)\b/iu;

/**
 * A place's name with the lowercase landscape word written right after it, which names it with it ("Podkoren slope",
 * not "Podkoren"). Counter-example: "Podkoren said" keeps its name: only a word of the landscape list is taken.
 */
function withLandscapeHead(name: string, words: string): string {
  const at = words.indexOf(name);
  const next = at < 0 ? undefined : /^\s(\p{Ll}+)\b/u.exec(words.slice(at + name.length))?.[1];
  return next && LANDSCAPE_HEADS[next] ? `${name} ${next}` : name;
}

/**
 * A body's name with the lowercase word written right after it, which may be its head word ("the Citizens for
 * Ruritania movement": a movement, its name the capitalised words); the name alone when no word follows.
 */
function withLowercaseHead(name: string, words: string): string {
  const at = words.indexOf(name);
  const next = at < 0 ? undefined : /^\s(\p{Ll}+)\b/u.exec(words.slice(at + name.length))?.[1];
  return next ? `${name} ${next}` : name;
}

/**
 * A body whose name gives no kind, named as the one whose people only a civilian body gives ("paramedics of the
 * Emergency Aid Centre"): an `agency`, the kind ingest gives a body its head word does not type. Counter-example:
 * "officers of the …" may be any force's, and says no kind.
 */
function kindByMembers(name: string, words: string): string | undefined {
  const at = words.indexOf(name);
  const before = at < 0 ? [] : words.slice(0, at).toLowerCase().split(/\s+/u).filter(Boolean);
  if (before.at(-1) === 'the') before.pop();
  if (before.pop() !== 'of') return undefined;
  const members = before.join(' ');
  return BODY_ONLY_NOUNS.some((noun) => members === noun || members.endsWith(` ${noun}`)) ? 'agency' : undefined;
}

/** The kind and country a collection's own word lists give a name. */
function kindAndCountry(collection: string, name: string, words: string): Values {
  if (collection === 'organizations') {
    const known = KNOWN_BODIES[name];
    if (known) return { kind: known.kind, ...(known.country && { country: known.country }) };
    const government = accepts(ORGANIZATION_RULES.authorityOf, name) || NAMED_HALL.test(name);
    // A head word joined to another by a hyphen ("Directorate-General for Traffic") says the kind as it does alone.
    // "Clean Skies, a climate group": what the words say it is, as ingest reads it.
    const said = new RegExp(ORGANIZATION_RULES.namedThenAppositiveKind.pattern.source, 'u').exec(words.trim());
    const kind = bodyKindOf(name) ?? bodyKindOf(name.replaceAll('-', ' ')) ?? nationalSocietyKind(name) ?? (government ? 'government' : undefined)
      ?? bodyKindOf(withLowercaseHead(name, words)) ?? kindByMembers(name, words) ?? (said ? kindSaidToBe(said[0], said.groups!.kind!) : undefined);
    return kind ? { kind } : {};
  }
  if (collection === 'places') {
    // The word closing a name says what it is ("Mill Park", though a town is called so too); the word opening
    // it only when the gazetteer knows no such place ("Port of Tyne", "River Thames"; not "Port Elizabeth").
    const words = name.split(/\s+/);
    const closing = words.length > 1 ? PLACE_HEADS[words.at(-1)!] ?? LANDSCAPE_HEADS[words.at(-1)!.toLowerCase()] : undefined;
    const place = closing ? undefined : lookupPlace(name);
    // A city's country is not its name's: "Geneva" is a city in more than one country (the words may say which).
    if (place) return { kind: place.kind, ...(place.kind === 'country' && place.countries.length === 1 && { country: place.countries[0] }) };
    const kind = closing ?? (words.length > 1 ? PLACE_HEADS[words[0]!] : undefined);
    return kind ? { kind } : {};
  }
  if (collection === 'events') {
    const word = firstWordOf(words, Object.keys(EVENT_WORDS), true) ?? '';
    // A gathering word the lexicon leaves out ("concert"), in the words or the name the form gives, as ingest reads it.
    const gathering = firstWordOf(`${words} ${name}`, Object.keys(MORE_GATHERING_WORDS), true);
    // Or the capitalised head closing the name, as ingest reads it ("Balkan Film Awards" a ceremony).
    const kind = KNOWN_EVENTS[name] ?? (MARCHED_BY_TROOPS.test(word) && MILITARY.test(words) ? 'ceremony' : EVENT_WORDS[word]) ?? (gathering && MORE_GATHERING_WORDS[gathering]) ?? MORE_NAMED_HEADS[name.split(/\s+/).at(-1)!]
      ?? (NAMED_RALLY.test(name) ? 'games' : undefined);
    return kind ? { kind } : {};
  }
  return {};
}

/** "Lakeland Rally Eastland", "Rally Finland": a rally named in capitals on an event's form is a motor rally, a sport (a protest's rally is a protest's form). */
const NAMED_RALLY = /(?:^|\s)Rally(?:\s|$)/u;

/** The first number the words state outside their dates, with the hedge written just before it. */
function countIn(words: string, dates: FoundDate[]): Values[string] {
  const inDate = (at: number) => dates.some((d) => at >= d.index && at < d.index + d.text.length);
  const number = numbersIn(words).find((n) => !inDate(n.start));
  if (!number) return undefined;
  const hedge = HEDGE_BEFORE.exec(words.slice(Math.max(0, number.start - HEDGE_REACH), number.start))?.[1];
  return { value: Math.round(number.value), qualifier: qualifierOf(hedge) };
}

/** Units of time: "over the two days" says how long, no count of the event. */
const DURATION = /^(?:\p{Ll}+\s)?(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)$/u;
/** Where those counted come from ("skiers from 18 countries"): no count of the event itself. */
const ORIGINS = /^(?:countries|nations|states|cities|regions|continents)$/u;
const FROM_BEFORE = /\bfrom\s+$/u;

/** A noun for how many came, then "of" and maybe a hedge, before a number: "a crowd of about 15,000" counts the crowd. */
const COUNTED_BEFORE = /\b(?:an?|the)\s+(crowd|attendance|turnout|audience|gate)\s+of\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** How far before a number COUNTED_BEFORE reads, in characters. */
const COUNTED_BEFORE_REACH = 60;

/**
 * Every count the words give of something, as an event's figures: "an estimated 180 riders and as many as
 * 60,000 spectators" is riders ~180 and spectators up to 60,000; the metric is the plural noun after the
 * number, with a bare noun it joins by "of" ("14 heads of state"), past a name or two saying whose ("14 Dukla
 * fans" is fans), or the noun for how many came before it ("a crowd of about 15,000" is crowd). Counter-examples: "3,000 officers on 14 June" gives officers only (a date's numbers are no
 * figure); "200 soldiers of the army" gives soldiers; "75 skiers from 18 countries … over the two days" gives skiers
 * only (where they come from, and how long, count nothing of the event).
 */
function figuresIn(words: string, dates: FoundDate[]): Values[] {
  const inDate = (at: number) => dates.some((d) => at >= d.index && at < d.index + d.text.length);
  return numbersIn(words).filter((n) => !inDate(n.start)).flatMap((n) => {
    // A plural noun after the number: a regular one, or one of the irregular plurals crowds are counted in.
    // "heads of state", "members of parliament": a plural joined by "of" to a bare noun is one noun.
    // A capitalised word or two between them say whose ("14 Dukla fans", "200 US soldiers"): the noun is still counted.
    // One lowercase word may qualify the noun ("60 military vehicles", "25 new cameras"), a plural itself never
    // ("1,200 soldiers and 60 …" counts soldiers). A noun whose plural takes no -s is read by the verb after it
    // ("420 judoka have entered").
    const metric = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}((?:[a-z]*[a-rt-z]\s+)?[a-z]+s(?:\s+of\s+(?!the\b|a\b|an\b|their\b|its\b|his\b|her\b)[a-z]+)?|people|children|men|women|[a-z]{3,}(?=\s+(?:have|are|were|will|took|entered|competed)\b))\b/u.exec(words.slice(n.end))?.[1]
      ?? COUNTED_BEFORE.exec(words.slice(Math.max(0, n.start - COUNTED_BEFORE_REACH), n.start))?.[1];
    if (!metric || DURATION.test(metric) || (ORIGINS.test(metric) && FROM_BEFORE.test(words.slice(Math.max(0, n.start - 6), n.start)))) return [];
    const hedge = HEDGE_BEFORE.exec(words.slice(Math.max(0, n.start - HEDGE_REACH), n.start))?.[1];
    return [{ metric, value: Math.round(n.value), qualifier: qualifierOf(hedge) }];
  });
}

/** A time of day as articles write one: "4 p.m.", "18:30", "noon". */
const TIME_OF_DAY = String.raw`(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}[.:]\d{2}|noon|midnight)`;
/** A period of hours written before its day: "from 4 p.m. to 7 p.m. on ", "between 9 a.m. and noon on ". */
const HOURS_BEFORE_DAY = new RegExp(String.raw`\b(?:from\s+${TIME_OF_DAY}\s+(?:to|until|till)|between\s+${TIME_OF_DAY}\s+and)\s+${TIME_OF_DAY}\s+(?:on\s+)?(?:the\s+)?$`, 'iu');
/** How far before a day its hours may be written. */
const HOURS_REACH = 60;

/**
 * Whether the words state a period of hours on the one day found: it ends that day ("from 4 p.m. to 7 p.m. on
 * Thursday"). Counter-example: "from 6 p.m. on Wednesday" states its start only.
 */
const hoursOnDay = (words: string, date: FoundDate) => date.precision === 'day' && !date.end && HOURS_BEFORE_DAY.test(words.slice(Math.max(0, date.index - HOURS_REACH), date.index));

/**
 * Whether a measure's one day is the whole of it, as ingest dates a measure of one day (start and end that day):
 * "drones would be barred … on Friday". Counter-example: "a security perimeter … from noon on Friday" states its
 * start only (ingest's `FROM_DAY`, one source), read in the words and in the article's words just before them.
 */
function measureOfOneDay(words: string, date: FoundDate, text: string | undefined): boolean {
  const at = text?.indexOf(words) ?? -1;
  const before = `${at > 0 ? text!.slice(Math.max(0, at - HOURS_REACH), at) : ''}${words.slice(0, date.index)}`;
  return date.precision === 'day' && !date.end && !FROM_DAY.test(before.slice(-HOURS_REACH));
}

/**
 * A date's fields in the collection's names: `date` or `start`/`end`, its precision, and derived with ingest's
 * note when inferred; a period of hours on one day (`sameDay`) ends on it.
 */
function dateFields(fields: Set<string>, date: FoundDate, sameDay = false): Values {
  const at = fields.has('date') ? { date: date.start } : fields.has('start') ? { start: date.start, ...(fields.has('end') && { end: sameDay ? date.start : date.end }) } : undefined;
  if (!at) return {};
  return { ...at, date_precision: date.precision, ...(date.derived && { derived: true, note: date.note }) };
}

/** A period's fields: its start (none for "until Friday" alone) and end, derived with both notes when either day is counted. */
function spanFields({ start, end }: NonNullable<ReturnType<typeof spanOf>>): Values {
  const notes = [start?.note, end.note].filter((note): note is string => Boolean(note));
  return { start: start?.start ?? null, end: end.start, date_precision: 'day', ...(notes.length && { derived: true, note: notes.join('; ') }) };
}

/**
 * Reference fields set to the known rows the words name: a single one to the first named, a list to all; never
 * the row being added itself (a known row of the same collection under the same name).
 */
/** A clause closing the words that says who reported them (", the Ministry of Defence said on Monday."). */
const REPORTING_CLAUSE = new RegExp(`,\\s+[^,]{2,120}?\\s+(?:${SPEECH_VERBS})(?:\\s+(?:on|in|at|last)\\s+[^,.]{1,40})?\\s*[.!]?\\s*$`, 'iu');

/**
 * ", the main road to the arena,": an apposition describing a way by where it leads or what it passes names no
 * place of a measure on that way (closing the road does not close the arena).
 */
const WAY_DESCRIBED = /,\s+(?:the|a|an)\s+(?:(?:main|only|busiest|old|new|usual)\s+)?(?:road|street|route|way|avenue|highway|motorway|bridge|entrance|exit|station|line)\s+(?:to|from|into|past|towards|near|along|around|by|that|which)\s[^,]{1,80},/giu;

function references(seed: Seed, spec: FactCollection, words: string, fields: Set<string>, name?: string): Values {
  const found: Values = {};
  const itself = new Set((seed.facts.get(spec.name) ?? []).filter((item) => name !== undefined && spec.title(item) === name).map((item) => item.id));
  for (const field of fields) {
    // A body's parent, a place's container, a deployment's whole: naming both in one sentence does not say which holds which.
    const targets = referenceTargets(spec, field)?.filter((c) => c !== 'sources' && c !== spec.name);
    if (!targets?.length) continue;
    // The fact's own kind of row hides no name inside it: an event named after where it happened is no place's name.
    // A protest is not held at a place its target names ("against the Pirita Road closure"), as ingest reads it.
    const target = spec.name === 'protests' && field === 'place_ids' ? protestTarget(words) : undefined;
    const read = (text: string) => namedIn(seed, text, targets, spec.name).filter((id) => !itself.has(id));
    // "The Command will ban drones …, the Ministry said on Monday": a body that acts is named before the clause
    // that reports it; the body reporting is the fact's only when the words name no other.
    const acting = targets.length === 1 && targets[0] === 'organizations' && spec.name !== 'statements' ? read(words.replace(REPORTING_CLAUSE, '')) : [];
    const own = spec.name === 'measures' && field === 'place_ids' ? words.replace(WAY_DESCRIBED, ',') : words;
    const ids = acting.length ? acting : read(target ? own.replace(target, '') : own);
    if (!ids.length) continue;
    found[field] = controlFor(spec.schema.properties[field]!).type === 'ids' ? ids : ids[0];
  }
  return found;
}

/**
 * "bans drones over the route", "has banned street trading within …", "closes the bridge": the act before its
 * object, which ingest names as "drones banned".
 */
const ACT_BEFORE_OBJECT = /\b(ban(?:s|ning)?|(?:has|have|had)\s+banned|clos(?:e|es|ing))\s+(?:the\s+|all\s+)?([^,;:.]{2,80})/iu;

/** "filmed from a police helicopter": watching done from a means the surveillance rule names before its verb ("helicopter filming"). */
const WATCHED_FROM = /\b(film|watch|monitor)ed\s+(?:from|by)\s+(?:an?\s+|the\s+)?((?:[\p{Ll}-]+\s+){0,2}?(?:helicopters?|drones?))\b/u;

/** A verb of watching an area, and the means it is watched with after "with" in its clause ("will watch the roads with cameras and a helicopter"). */
const WATCH_VERB = /\b(?:watch|monitor|film|patrol|survey)(?:es|s|ed|ing)?\b/iu;
const WITH_MEANS = /\bwith\s+((?:[\p{L}\d-]+\s+){0,5}(?:cameras?|helicopters?|drones?|CCTV))\b/u;

/**
 * Watching done with means the surveillance rule names ("watch the approach roads with cameras and a helicopter"):
 * read as those means watching, named by them. Counter-example: "will watch the match with friends" names none.
 */
function watchedWith(words: string): MeasureReading[] {
  const verb = WATCH_VERB.exec(words);
  const clause = verb ? words.slice(verb.index + verb[0].length).split(/[,;.]/u)[0]! : '';
  const means = WITH_MEANS.exec(clause)?.[1];
  // "surveillance" before the means: a bare "cameras" is watching only as a surveillance rule reads it ("surveillance cameras").
  return means ? [{ text: `surveillance ${means} watching`, object: means, act: 'watch', named: capitalize(means) }] : [];
}

type MeasureReading = { text: string; object?: string; act?: 'ban' | 'closure' | 'watch'; named?: string; joined?: { kept: string; whole: string } };

/** Two lowercase words joined by "and" or "or" ("tickets and bags"): what is said of one is said of both. */
const JOINED_WORDS = /\b(\p{Ll}+)\s+(?:and|or)\s+(\p{Ll}+)\b/u;

/**
 * The words with two joined words read as one of them, each in turn ("check tickets and bags at the gates" as "check
 * bags at the gates", then "check tickets at the gates"), so that a rule reading one ("check bags at the") reads
 * the act; the name is then made of both. Counter-example: words with no such pair give no reading.
 */
function joinedReadings(words: string): MeasureReading[] {
  const m = JOINED_WORDS.exec(words);
  if (!m) return [];
  return [m[2]!, m[1]!].map((kept) => ({ text: words.slice(0, m.index) + kept + words.slice(m.index + m[0].length), joined: { kept, whole: m[0] } }));
}

/**
 * The words as the measure rules read them, and the clauses ingest reads the same acts in: "bans drones" as
 * "drones banned", "filmed from a police helicopter" as "police helicopter filming" (a surveillance rule's
 * order). Counter-example: "A camera crew filmed the march" names no means it is filmed from.
 */
function measureReadings(words: string): MeasureReading[] {
  const watched = WATCHED_FROM.exec(words);
  const watching: MeasureReading[] = watched ? [{ text: `${watched[2]} ${watched[1]}ing`, object: watched[2]!, act: 'watch' }] : watchedWith(words);
  const act = ACT_BEFORE_OBJECT.exec(words);
  if (!act) return [{ text: words }, ...watching, ...joinedReadings(words)];
  const object = act[2]!.split(OBJECT_ENDS)[0]!.trim();
  const kind = /ban/i.test(act[1]!) ? 'ban' : 'closure';
  return [{ text: words }, { text: `${object} ${kind === 'ban' ? 'banned' : 'closed'}`, object, act: kind }, ...watching, ...joinedReadings(words)];
}

/** Where the rule reads the text, when its pattern and every guard match there. */
function ruleAt(rule: MeasureRule, text: string): { at: number; match: string } | undefined {
  if (!accepts(rule, text)) return undefined;
  const m = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(text)!;
  return { at: m.index, match: m[0] };
}

/** What a measure of its kind is named by: the place closed, the thing banned, what is checked, else the rule's own words. */
function measureName(seed: Seed, rule: MeasureRule, found: { match: string; at: number }, words: string, reading: MeasureReading): string | undefined {
  const { match } = found;
  const singular = (noun: string) => noun.replace(/(?<=[^s])s$/u, '');
  if (reading.object && reading.act === 'ban') return capitalize(`${singular(reading.object)} ban`);
  if (reading.act === 'watch') return reading.named ?? capitalize(reading.text);
  const after = words.slice(found.at + match.length);
  const checks = reading.text === words ? checksName(match, after) ?? sealedOffName(match, after) : undefined;
  if (checks) return checks;
  if (rule.measureKind === 'closure') {
    const [place] = namedIn(seed, words, ['places']);
    const name = place ? collectionByName.get('places')!.title(seed.facts.get('places')!.find((p) => p.id === place)!) : reading.object ?? longestName(words, otherNames(seed, 'places'), false)?.name;
    return name ? `Closure of ${String(name).replace(DETERMINER, '')}` : undefined;
  }
  if (rule.measureKind === 'ban') {
    const banned = Object.values(rule.guards ?? {}).map((guard) => guard.exec(words)?.[0]).find(Boolean);
    return banned ? capitalize(`${banned.toLowerCase()} ban`) : undefined;
  }
  // A reading of one of two joined words names the act by both ("check tickets and bags").
  const both = reading.joined ? match.replace(new RegExp(`\\b${reading.joined.kept}\\b`, 'u'), reading.joined.whole) : match;
  return actName(both.replace(/["“”]/g, '').trim());
}

/** Small words a rule's match may close on, reading where its act happens: "at the", "on every". */
const CLOSING_DETERMINER = new Set(['the', 'every', 'each', 'all']);
const CLOSING_PREPOSITION = new Set(['at', 'on', 'in', 'to', 'from']);

/** The words without a preposition (and its determiner) closing them: "check bags at the" is "check bags". */
function withoutClosingWhere(match: string): string {
  const words = match.split(/\s+/u);
  if (words.length > 2 && CLOSING_DETERMINER.has(words.at(-1)!.toLowerCase()) && CLOSING_PREPOSITION.has(words.at(-2)!.toLowerCase())) words.pop();
  if (words.length > 1 && CLOSING_PREPOSITION.has(words.at(-1)!.toLowerCase())) words.pop();
  return words.join(' ');
}
/** A verb of checking and the one word of what it checks (or two joined: "tickets and bags"): named object first, as ingest names "check bags" ("Bag checks"). */
const CHECKING_VERB = /^(check|search|screen)(?:es|s|ing)?\s+(\p{Ll}+(?:\s+(?:and|or)\s+\p{Ll}+)?)$/iu;
const CHECKS_NOUN: Readonly<Record<string, string>> = { check: 'checks', search: 'searches', screen: 'screenings' };

/**
 * A measure named by its rule's words, without the small words closing the match ("check bags at the" is no
 * name), a verb of checking turned into its noun ("Bag checks", "Bag searches"). Counter-example: "Bag checks"
 * and "security screening" read as matched.
 */
function actName(match: string): string {
  const act = withoutClosingWhere(match);
  const checking = CHECKING_VERB.exec(act);
  if (!checking) return phraseName(act);
  // Each checked thing singular before the noun ("Ticket and bag checks").
  return capitalize(`${checking[2]!.replace(/(?<=[^s])s\b/gu, '')} ${CHECKS_NOUN[checking[1]!.toLowerCase()]!}`);
}

/**
 * A new measure's kind and name from the measure rules ingest reads (rules/measures.ts): the rule matching
 * earliest in the words, or in the clause ingest reads an act before its object as ("bans drones" is "drones
 * banned", an airspace restriction). Nothing when no rule reads the words.
 */
function measureKindAndName(seed: Seed, words: string): Values {
  for (const reading of measureReadings(words)) {
    const found = MEASURE_RULES.flatMap((rule) => {
      const at = ruleAt(rule, reading.text);
      return at ? [{ rule, ...at }] : [];
    }).sort((a, b) => a.at - b.at)[0];
    if (!found) continue;
    const name = measureName(seed, found.rule, found, words, reading);
    return { kind: found.rule.measureKind, ...(name && { name }) };
  }
  return bannedBySomeone(words);
}

/** The subject of an act of banning ("The City of Windhoek has banned …"): a body or a person, who bans a thing, not a kind of thing done. */
const BANNING_SUBJECT = /^\s*(?:the\s+)?\p{Lu}/u;

/**
 * A ban a named subject says it made ("The City of Windhoek has banned street trading within …", "has banned
 * street trading"), which the ban rule's list of things banned may not hold: a reviewer adding a measure from
 * those words means that ban, named by its object ("Street trading ban"). Counter-example: "supporters who have
 * banned the club's shirts" names no subject by name, and gives nothing.
 */
function bannedBySomeone(words: string): Values {
  const act = ACT_BEFORE_OBJECT.exec(words);
  if (!act || !/ban/iu.test(act[1]!) || (act.index > 0 && !BANNING_SUBJECT.test(words.slice(0, act.index)))) return {};
  const object = act[2]!.split(OBJECT_ENDS)[0]!.trim().replace(/(?<=[^s])s$/u, '');
  return object ? { kind: 'ban', name: capitalize(`${object} ban`) } : {};
}

/** "during the race": an event named by the word for its kind after "the". */
const EVENT_BY_WORD = new RegExp(`\\bthe\\s+(${EVENT_WORD_PATTERN})\\b`, 'iu');

/**
 * An event reference the words make by the word for its kind ("during the race"), when no name filled it: the
 * one event of that kind the article's own facts hold (none when it holds two, or the article is unknown). A force
 * counted in words that name no event is deployed for the article's one event, as ingest deploys it (its main
 * event); none when the article holds two, or the words count nothing.
 */
function eventsByWord(seed: Seed, spec: FactCollection, words: string, text: string | undefined, filled: Values): Values {
  const fields = Object.keys(spec.schema.properties).filter((field) => filled[field] === undefined && controlFor(spec.schema.properties[field]!).type !== 'ids'
    && referenceTargets(spec, field)?.length === 1 && referenceTargets(spec, field)![0] === 'events');
  const word = EVENT_BY_WORD.exec(words)?.[1]?.toLowerCase();
  const source = text === undefined ? undefined : seed.sources.find((s) => s.text === text)?.id;
  // Only words that count a force say a deployment: "They fear that businesses will lose trade" states no event.
  const counted = spec.name === 'deployments' && numbersIn(words).length > 0;
  if (!fields.length || (!word && !counted) || !source) return {};
  const events = (seed.facts.get('events') ?? []).filter((event) => (!word || event.kind === EVENT_WORDS[word])
    && (event.citations as Array<{ source_id: string }>).some((c) => c.source_id === source));
  return events.length === 1 ? Object.fromEntries(fields.map((field) => [field, events[0]!.id])) : {};
}

/** A body named again by "the" and the word for what it is, opening the words as their subject ("The municipality has closed …"). */
const SUBJECT_BY_HEAD = /^\s*[Tt]he\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})/u;

/**
 * A body reference the words make by their subject's head word ("The municipality has closed the avenue"), when
 * no name filled it: the one body cited by the article whose name has that head word, as ingest reads "the
 * prefecture said" (none when two have it, or the article is unknown). Counter-example: "The closure of the
 * municipality's avenue" names no body by its subject.
 */
function bodiesByHead(seed: Seed, spec: FactCollection, words: string, text: string | undefined, filled: Values): Values {
  const fields = emptyBodyFields(spec, filled);
  const head = SUBJECT_BY_HEAD.exec(words)?.[1];
  const body = fields.length && head ? bodyByHead(seed, head, text, words, true) : undefined;
  if (!body) return {};
  return Object.fromEntries(fields.map((field) => [field, controlFor(spec.schema.properties[field]!).type === 'ids' ? [body] : body]));
}

/** The fields of a collection a body fills by reference, empty in `filled` (a body's own parent aside). */
const emptyBodyFields = (spec: FactCollection, filled: Values) => Object.keys(spec.schema.properties).filter((field) => filled[field] === undefined && field !== 'parent_id'
  && referenceTargets(spec, field)?.length === 1 && referenceTargets(spec, field)![0] === 'organizations');

/**
 * A body reference the sentence of the words makes by its subject, when no name filled it, as a card offers it
 * first: "It" standing for a body named before ("It has also banned …" after "The City of Riga will close …"), or
 * a word of a body's name ("Police will check bags …"), of two such bodies the one the sentence's speaker speaks
 * for ("…, he added." after "the chief of the municipal police"). Counter-example: "Stewards will search cars"
 * names no body.
 */
function bodiesBySubject(seed: Seed, spec: FactCollection, words: string, text: string | undefined, filled: Values): Values {
  const fields = emptyBodyFields(spec, filled);
  const source = text === undefined ? undefined : seed.sources.find((s) => s.text === text)?.id;
  const at = source ? text!.indexOf(trimmed(words)) : -1;
  if (!fields.length || at < 0) return {};
  const sentence = sentenceAround(text!, at, at + trimmed(words).length);
  const body = bodyOfIt(seed, text!, sentence, source!) ?? bodyBySubjectWord(seed, sentence, source!, speakersBodies(seed, text!, sentence, source!));
  return body ? Object.fromEntries(fields.map((field) => [field, controlFor(spec.schema.properties[field]!).type === 'ids' ? [body] : body])) : {};
}

/**
 * Places the words name again by "the" and a head word ("Drones will be banned over the showgrounds"): the
 * article's one place with that head, added to a list of places the names filled, or set in an empty place
 * field, as "the municipality" is read for an operator. A new place's own container is not read so: its
 * words name where it is by name. Counter-example: "the city" names no place when the article cites two cities.
 */
function placesNamedByHead(seed: Seed, spec: FactCollection, words: string, text: string | undefined, filled: Values): Values {
  const source = text === undefined ? undefined : seed.sources.find((s) => s.text === text)?.id;
  const ids = source && spec.name !== 'places' ? placesByHead(seed, spec.name === 'measures' ? words.replace(WAY_DESCRIBED, ',') : words, source) : [];
  const fields = ids.length ? Object.keys(spec.schema.properties).filter((field) => referenceTargets(spec, field)?.length === 1 && referenceTargets(spec, field)![0] === 'places') : [];
  return Object.fromEntries(fields.flatMap((field): Array<[string, Values[string]]> => {
    if (controlFor(spec.schema.properties[field]!).type === 'ids') return [[field, [...new Set([...((filled[field] as string[] | undefined) ?? []), ...ids])]]];
    return filled[field] === undefined ? [[field, ids[0]!]] : [];
  }));
}

/**
 * The one body cited by the article whose name has the head word `head` ("army": Zambia Army), or undefined (none,
 * two the sentence of `words` does not tell apart, or no article).
 */
function bodyByHead(seed: Seed, head: string, text: string | undefined, words = '', subject = false): string | undefined {
  const source = text === undefined ? undefined : seed.sources.find((s) => s.text === text)?.id;
  const at = words && text ? text.indexOf(trimmed(words)) : -1;
  // Words not found in the article as selected (a sentence typed or pasted) are their own sentence.
  const sentence = at >= 0 ? sentenceAround(text!, at, at + trimmed(words).length) : words;
  if (!source) return undefined;
  return subject ? bodyBySubject(seed, head, source, sentence) : rowByHead(seed, 'organizations', head, source, sentence);
}

/** "an army spokesman", "the council's town clerk": a body's lowercase head word (or its possessive) before a person's role. */
const HEAD_BEFORE_ROLE = /^(?:the|a|an)\s+(\p{Ll}+)(?:['’]s)?\s+(\p{Ll}+(?:\s+\p{Ll}+)?)$/u;
/** "a spokeswoman for the inspectorate": a person's role, then "for" and a body's lowercase head word. */
const ROLE_FOR_HEAD = /^(?:the|a|an)\s+(\p{Ll}+(?:\s+\p{Ll}+)?)\s+for\s+the\s+(\p{Ll}+)$/u;
/** A speech verb closing the words ("…, an army spokesman said."). */
const CLOSING_VERB = new RegExp(`\\s+(?:${SPEECH_VERBS})$`, 'iu');

/**
 * A person named by their role after a body's head word, the one body of the article with that head word
 * ("an army spokesman": spokesman of the Zambia Army, as "the municipality" names the Municipality of Cusco
 * for an operator); read in the words, or the last clause of a sentence they close ("…, an army spokesman
 * said."). Counter-example: "a navy spokesman" in an article citing no body whose head word is "navy" gives none.
 */
function roleAfterBodyHead(seed: Seed, words: string, text: string | undefined): Values | undefined {
  const clause = trimmed(words.slice(words.lastIndexOf(',') + 1)).replace(CLOSING_VERB, '');
  const before = HEAD_BEFORE_ROLE.exec(clause);
  const after = before ? null : ROLE_FOR_HEAD.exec(clause);
  const [head, title] = before ? [before[1]!, before[2]!] : after ? [after[2]!, after[1]!] : [];
  const body = head ? bodyByHead(seed, head, text, words) : undefined;
  return body ? { roles: [{ title, organization_id: body, country: null }] } : undefined;
}

/** A body's possessive before a title ("the council's town clerk"): its head word, and the words after it. */
const BODY_POSSESSIVE = /^(?:the\s+)?(\p{Ll}+)['’]s\s+/u;

/**
 * A person's role whose title came after a body's possessive: the title without it, its body the one body of the
 * article with that head word ("the council's town clerk, Ruth Mulenga": town clerk of Lusaka City Council).
 */
function withoutBodyPossessive(seed: Seed, values: Values, text: string | undefined, words: string): Values {
  const [role] = (values.roles as Values[] | undefined) ?? [];
  const possessive = typeof role?.title === 'string' ? BODY_POSSESSIVE.exec(role.title) : null;
  if (role && !possessive && !role.organization_id) return withBodyOfApposition(seed, values, text, words);
  if (!role || !possessive) return values;
  const body = bodyByHead(seed, possessive[1]!, text, String(role.title));
  return { ...values, roles: [{ ...role, title: role.title!.toString().slice(possessive[0].length), organization_id: role.organization_id ?? body ?? null }] };
}

/** A body's possessive and a lowercase role set off by a comma before a title and a name: "the inspectorate's head, Chief …". */
const POSSESSIVE_APPOSITION = /^(?:the\s+)?(\p{Ll}+)['’]s\s+\p{Ll}+(?:\s+\p{Ll}+)?,\s+\p{Lu}/u;

/**
 * A person titled by a rank after the body's possessive and what they are there ("the inspectorate's head,
 * Chief Commissioner Victor Brega"): the rank stays the title, the possessive names the role's body, the one body
 * of the article with that head word (told apart by the one the sentence names, when two have it).
 */
function withBodyOfApposition(seed: Seed, values: Values, text: string | undefined, words: string): Values {
  const found = POSSESSIVE_APPOSITION.exec(trimmed(words));
  const body = found ? bodyByHead(seed, found[1]!, text, words) : undefined;
  const [role, ...rest] = values.roles as Values[];
  return body ? { ...values, roles: [{ ...role, organization_id: body }, ...rest] } : values;
}

/**
 * Places without one the words name only to locate another ("the Soweto Market in Katutura", "Ghent, Belgium"):
 * where the named place is, not a second place of the fact. Counter-example: "from Zoo Park to the Tintenpalast"
 * keeps both.
 */
function withoutLocatingPlaces(seed: Seed, ids: string[], words: string): string[] {
  const spec = collectionByName.get('places')!;
  const titles = new Map(ids.map((id) => [id, String(spec.title((seed.facts.get('places') ?? []).find((p) => p.id === id)!))]));
  return ids.filter((id) => !ids.some((other) => other !== id && [' in ', ', '].some((join) => words.includes(`${titles.get(other)}${join}${titles.get(id)}`))));
}

/** Words setting a country as the scope of a comparison ("the first such ban in Belgium"), the country after them. */
const SCOPE_BEFORE = /\b(?:first|only|largest|biggest)\s+(?:[^,.;:\s]+\s+){0,8}in\s+(?:the\s+)?$/iu;

/**
 * Places without a country that another named place lies in ("Ghent, Belgium" is Ghent), nor a country named
 * only as a comparison's scope ("the first such ban in Belgium"): it applies in the place, not the country.
 */
function withoutCountriesOnlyScoping(seed: Seed, ids: string[], words: string): string[] {
  const places = new Map((seed.facts.get('places') ?? []).map((p) => [p.id, p]));
  const spec = collectionByName.get('places')!;
  return ids.filter((id) => {
    const place = places.get(id);
    if (place?.kind !== 'country') return true;
    const inside = ids.some((other) => other !== id && (places.get(other)?.within_id === id || (place.country && places.get(other)?.country === place.country)));
    const at = words.indexOf(String(spec.title(place)));
    return !inside && !(at >= 0 && SCOPE_BEFORE.test(words.slice(0, at)));
  });
}

/**
 * A word that reports speech ("said", "told"): the speaker is named just before it, or just after ("said Monnet").
 * In lowercase, as a verb stands inside a sentence: a capitalised "States" is a name's ("United States Embassy").
 */
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'u');
/** Characters after a speech verb where its speaker may stand. */
const AFTER_VERB = 40;

/** Rows that may speak. */
const SPEAKERS = ['people', 'organizations'];
/** Words saying whose a person is, right before a body's name: "of the", "at", "for the". */
const AFFILIATION_BEFORE = /\b(?:of|at|for|from)\s+(?:the\s+)?$/u;

/**
 * Who is named last before a verb: a person rather than the body named after them as theirs ("Archbishop X of the
 * Archdiocese of Y asked …" is X's request). Counter-example: "X met the Red Cross, which said …" names the body
 * last without "of", so the body speaks.
 */
function lastNamedBefore(seed: Seed, before: string): string | undefined {
  const named = namedIn(seed, before, SPEAKERS);
  const [person, last] = named.slice(-2);
  const isPerson = (id: string | undefined) => (seed.facts.get('people') ?? []).some((row) => row.id === id);
  if (named.length < 2 || !isPerson(person) || isPerson(last)) return named.at(-1);
  const body = (seed.facts.get('organizations') ?? []).find((row) => row.id === last);
  const at = body ? before.lastIndexOf(String(collectionByName.get('organizations')!.title(body))) : -1;
  return at > 0 && AFFILIATION_BEFORE.test(before.slice(0, at)) ? person : last;
}

/**
 * A person of the article known by their role alone, whom an attribution names by it ("…, a spokesman for the
 * municipality said"): the one unnamed person cited by the article with that title, as ingest reads "the
 * spokesman said". Counter-example: "…, the Municipality of Cusco said" names no role.
 */
function unnamedByRole(seed: Seed, before: string, text: string | undefined): string | undefined {
  const role = ROLE_BEFORE_BODY.exec(before.slice(before.lastIndexOf(',') + 1).trim())?.[1]?.toLowerCase();
  const source = role && text !== undefined ? seed.sources.find((s) => s.text === text)?.id : undefined;
  if (!source) return undefined;
  const people = (seed.facts.get('people') ?? []).filter((person) => !person.name
    && (person.roles as Array<{ title: string | null }>).some((held) => held.title?.toLowerCase() === role)
    && (person.citations as Array<{ source_id: string }>).some((c) => c.source_id === source));
  return people.length === 1 ? people[0]!.id : undefined;
}

/** A pronoun closing the words before a speech verb ("…, she said"). */
const PRONOUN_BEFORE_VERB = /(?:^|[\s,])(?<pronoun>[Hh]e|[Ss]he)(?:\s+(?:also|later|then))?\s*$/u;

/**
 * The speaker a pronoun goes on from, as ingest reads it (statement.pronoun): the sentence just before gave its
 * words to an unnamed role of the pronoun's gender and names no person by name ("…, a spokeswoman for the brigade
 * said. The brigade …, she said."). Counter-example: a sentence before that names its speaker by name.
 */
function unnamedSpeakerJustBefore(seed: Seed, before: string, words: string, text: string | undefined): string | undefined {
  const pronoun = PRONOUN_BEFORE_VERB.exec(before)?.groups?.pronoun;
  const at = pronoun && text !== undefined ? text.indexOf(words.trim()) : -1;
  if (at < 0) return undefined;
  const all = sentencesOf(text!);
  const previous = all[all.findIndex((s) => s.end > at) - 1];
  const named = new Set((seed.facts.get('people') ?? []).filter((row) => row.name).map((row) => row.id));
  if (!previous || namedIn(seed, previous.text, ['people']).some((id) => named.has(id))) return undefined;
  const role = STATEMENT_RULES.genderCue.pattern.exec(previous.text);
  if (!role || cueGender(role[0]) !== (/^she$/i.test(pronoun!) ? 'female' : 'male')) return undefined;
  const verb = SPEECH_VERB.exec(previous.text.slice(role.index));
  return verb ? unnamedByRole(seed, previous.text.slice(0, role.index + verb.index), text) : undefined;
}

/**
 * A statement's speaker: the person or body named last before the speech verb (an unnamed person by the role
 * the attribution gives, or the one a pronoun goes on from), else just after it; before a request's verb only (after it stands whom it was made
 * to: "asked the municipality to reopen"); none without a verb.
 */
function speakerOf(seed: Seed, words: string, text: string | undefined): Values {
  // "…, according to Undersecretary of the Interior Daniela Araya.": the source after "according to" (ingest's rule).
  const source = ACCORDING_TO.exec(words.trim())?.groups?.speaker;
  if (source) return speakerNamed(lastNamedBefore(seed, source));
  const verb = SPEECH_VERB.exec(words);
  const request = verb ? undefined : requestIn(words);
  if (!verb) return request ? speakerNamed(lastNamedBefore(seed, words.slice(0, request.verbAt))) : {};
  const said = words.slice(0, verb.index);
  // "…, she added.": a person named before the words, never a body the words name ("The PDI will …, she added").
  if (PRONOUN_SPEAKER.test(said)) return speakerNamed(personBefore(seed, words, text));
  const before = unnamedByRole(seed, said, text) ?? unnamedSpeakerJustBefore(seed, said, words, text) ?? lastNamedBefore(seed, said);
  const after = namedIn(seed, words.slice(verb.index + verb[0].length, verb.index + verb[0].length + AFTER_VERB), SPEAKERS)[0];
  return speakerNamed(before ?? after);
}

const speakerNamed = (id: string | undefined): Values => (id ? { speaker_id: id } : {});

/** "…, she added": a pronoun right before the speech verb. */
const PRONOUN_SPEAKER = /(?:^|[\s,])(?:she|he)\s*$/iu;
/** How far back in the article a pronoun's person is looked for. */
const PRONOUN_REACH = 400;

/** "its secretary, Milan Babic": a title of "its" body. */
const ITS_TITLE = /^\s*[Ii]ts\s/u;

/**
 * The body "its" stands for in words opening with it ("its secretary, Milan Babic"): the last body the words'
 * sentence names before them ("Around 90 volunteers of the Red Cross of Novi Sad will …, its secretary, …"), as a
 * card offers it first. Counter-example: a sentence naming no body before the words gives none.
 */
function bodyOfIts(seed: Seed, words: string, text: string | undefined): string | undefined {
  const at = ITS_TITLE.test(words) && text ? text.indexOf(words.trim()) : -1;
  const sentence = at >= 0 ? spanAt(sentencesOf(text!), at) : undefined;
  if (!sentence) return undefined;
  return lastNamed(seed, text!.slice(sentence.start, at), 'organizations');
}

/** The last person the article names before the words (a pronoun's): none when the words are not found in it. */
function personBefore(seed: Seed, words: string, text: string | undefined): string | undefined {
  const at = text?.indexOf(words.trim()) ?? -1;
  if (!text || at < 0) return undefined;
  return lastNamed(seed, text.slice(Math.max(0, at - PRONOUN_REACH), at), 'people');
}

/**
 * The row of a collection the words name last, by its title's (or a person's surname's) last place in them, where
 * namedIn orders rows by where each is first named: a person named again after another is the one meant.
 */
function lastNamed(seed: Seed, words: string, collection: string): string | undefined {
  const title = collectionByName.get(collection)!.title;
  const rows = seed.facts.get(collection) ?? [];
  const lastAt = (id: string) => {
    const name = String(title(rows.find((row) => row.id === id)!) ?? '');
    return Math.max(words.lastIndexOf(name), collection === 'people' && name ? words.lastIndexOf(name.split(/\s+/u).at(-1)!) : -1);
  };
  return namedIn(seed, words, [collection]).map((id) => ({ id, at: lastAt(id) })).sort((a, b) => b.at - a.at)[0]?.id;
}

/** The names of known rows of the named collections but `own`: words a new row of `own` is not named by. */
function otherNames(seed: Seed, own: string): Set<string> {
  return new Set(NAMED_COLLECTIONS.filter((c) => c !== own).flatMap((c) => {
    const spec = collectionByName.get(c)!;
    return (seed.facts.get(c) ?? []).flatMap((item) => [spec.title(item), ...spec.text(item)]);
  }).filter((name): name is string => typeof name === 'string' && name !== ''));
}

/** The last article read, its sentences and their dates: one article's forms are filled one after another. */
let lastRead: { text: string; sentences: Sentence[]; published?: string; dates?: SentenceDates[] } | undefined;

function sentencesOf(text: string): Sentence[] {
  if (lastRead?.text !== text) lastRead = { text, sentences: sentences(text) };
  return lastRead.sentences;
}

function articleDates(text: string, published: string): { sentences: Sentence[]; dates: SentenceDates[] } {
  const all = sentencesOf(text);
  if (lastRead!.published !== published || !lastRead!.dates) Object.assign(lastRead!, { published, dates: readDates(all, published) });
  return { sentences: all, dates: lastRead!.dates! };
}

/** A weekday counted by ingest ("on Sunday", "next Saturday"), not a written date. */
const isWeekday = (date: FoundDate) => date.derived && /(?:sun|mon|tues|wednes|thurs|fri|satur)day$/i.test(date.text);

/**
 * The dates the selected words state, read as ingest reads them in the article: against the last day the
 * article stated before their sentence ("on Sunday" after "the marathon on April 12" counts forward), with the
 * tense of the whole sentence, and a weekday that a date written in the same sentence names ("on Sunday,
 * April 12", selected without the date) or, told in no past, in the article's coming week, taken as that date. Without the article, against the publication day.
 */
function datesOfSelection(words: string, article: { published: string; text?: string }): FoundDate[] {
  const at = article.text?.indexOf(words) ?? -1;
  if (!article.text || at < 0) return findDates(words, { published: article.published, anchor: null });
  const read = articleDates(article.text, article.published);
  const first = spanAt(read.sentences, at);
  const last = spanAt(read.sentences, at + words.length - 1);
  if (!first || !last) return findDates(words, { published: article.published, anchor: null });
  const context = { published: article.published, anchor: read.dates[first.index]!.anchor, written: writtenDaysAhead(article.text, article.published) };
  const offset = at - first.start;
  const inSentence = findDates(article.text.slice(first.start, last.end), context);
  return findDates(words, context).map((date) => {
    if (!isWeekday(date)) return date;
    const where = { ...date, index: date.index + offset };
    const same = inSentence.find((d) => d.index === where.index && d.text === date.text);
    if (same) return { ...same, index: date.index };
    const named = inSentence.find((d) => d.precision === 'day' && !isWeekday(d) && namesDay(d, where));
    if (!named) return date;
    return { ...named, derived: true, index: date.index, text: date.text, note: `date of '${date.text}' taken from '${named.text}' in the same sentence${named.note ? `; ${named.note}` : ''}` };
  });
}

/** The words with their dates blanked out, same length: "June" of a date is no name. */
const withoutDates = (words: string, dates: FoundDate[]) => dates.reduce((out, d) => out.slice(0, d.index) + ' '.repeat(d.text.length) + out.slice(d.index + d.text.length), words);

/** Whether the words start where one of the article's sentences does (unknown: as if they did). */
function startsSentence(words: string, text: string | undefined): boolean {
  const at = text?.indexOf(words.trimStart()) ?? -1;
  if (!text || at < 0) return true;
  // After a word, a number or a comma the words go on a sentence ("the Royal Netherlands Marechaussee"); after a
  // full stop, a line break, a dash opening a list item or a quotation mark they start one.
  const before = text.slice(Math.max(0, at - 3), at).trimEnd().at(-1);
  return before === undefined || !/[\p{L}\p{N},;)]/u.test(before) || spanAt(sentencesOf(text), at)?.start === at;
}

/**
 * A new site's container as ingest gives one to the sites it proposes (rule place.within-article-city): the city of
 * the article's dateline (read by ingest's own dateline rule), when the knowledge base holds it as a city and the
 * words name no other city. Counter-example: "the Museum of Paper Boats in Durres" names another city, and is within
 * none the form guesses; a city is within no city.
 */
function withinDatelineCity(seed: Seed, words: string, kind: unknown, article: { published: string; text?: string }): Values {
  if (typeof kind !== 'string' || !CITY_SITE_KINDS.has(kind) || !article.text) return {};
  const dateline = datelineCity(article.text, article.published);
  const cities = (seed.facts.get('places') ?? []).filter((row) => row.kind === 'city');
  const city = dateline && cities.find((row) => typeof row.name === 'string' && row.name.toLowerCase() === dateline.toLowerCase());
  if (!city) return {};
  const others = namedIn(seed, words, ['places']).filter((id) => id !== city.id && cities.some((row) => row.id === id));
  return others.length ? {} : { within_id: city.id };
}

/** A statement's kind, and its text: the quoted words of a quote, the clause reported of a paraphrase. */
function statementKindAndText(words: string, quote: string | undefined): Values {
  if (quote) return { kind: 'quote', text: quote };
  const text = paraphraseText(words);
  return { kind: 'paraphrase', ...(text && { text }) };
}

/** A protest's name as ingest makes it (its first place's name and its date), and its target where the words state one. */
function protestNameAndTarget(seed: Seed, words: string, values: Values): Values {
  const [placeId] = (values.place_ids as string[] | undefined) ?? [];
  const place = placeId ? seed.facts.get('places')?.find((row) => row.id === placeId) : undefined;
  const name = protestName(words, place ? collectionByName.get('places')!.title(place) : undefined, values.date as string | undefined);
  const target = protestTarget(words);
  return { ...(name && { name }), ...(target && { target }) };
}

/**
 * A statement's day is the day it was said, as ingest dates its own statements: a date right after the
 * speech verb ("he said on Thursday"), or opening the words ("On Monday, the minister said …"). A date inside
 * what was said ("a pass from Friday evening, he said") is not it.
 * Counter-example: "Drivers will need a pass from Friday, he said." gives no date.
 */
function dayOfSaying(words: string, dates: FoundDate[]): FoundDate | undefined {
  return dates.find((date) => /^(?:on\s*)?$/iu.test(words.slice(0, date.index).trim()) || PAST_SPEECH_BEFORE.test(words.slice(Math.max(0, date.index - 30), date.index)));
}

/** Ordinals that say which part of a named event is meant ("the ninth stage", "the final day", "the 3rd round"). */
const ORDINALS = '\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|opening|closing|last';
/** "the ninth stage of the Vuelta a Guatemala": a part of an event named by its ordinal, a lowercase noun and the event's name. */
const EVENT_PART = new RegExp(`\\b(${ORDINALS})\\s+(\\p{Ll}+)\\s+of\\s+the\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:a|de|del|di|du|la|of|the)\\s+)?\\p{Lu}[\\p{L}'’-]*)*)`, 'u');

/**
 * A new event named as a part of a named one ("the ninth stage of the Vuelta a Guatemala" is "Ninth stage of the
 * Vuelta a Guatemala"), not by the last capitalised word of the whole's name ("Vuelta"). Counter-example: "the
 * finish line in Central Park" names no part of an event.
 */
function eventPartName(words: string): string | undefined {
  const m = EVENT_PART.exec(words.charAt(0).toLowerCase() + words.slice(1));
  return m ? capitalize(`${m[1]} ${m[2]} of the ${m[3]}`) : undefined;
}

/** A country's possessive opening a name ("Guatemala's National Civil Police"): the country's words, and where the name goes on. */
const POSSESSIVE_OPENING = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})['’]s\s+(?=\p{Lu})/u;

/**
 * A name without the possessive of a country opening it, and that country's code: "Guatemala's National Civil
 * Police" is the National Civil Police of GT. Counter-example: "Quetzaltenango's Traffic Police" keeps its
 * possessive (a city's, which names no country).
 */
function withoutCountryPossessive(name: string): { name: string; country?: string } {
  const m = POSSESSIVE_OPENING.exec(name);
  if (!m) return { name };
  const place = NATIONALITIES[m[1]!] ? undefined : lookupPlace(m[1]!);
  const country = NATIONALITIES[m[1]!] ?? (place?.kind === 'country' && place.countries.length === 1 ? place.countries[0] : undefined);
  return country ? { name: name.slice(m[0].length), country } : { name };
}

/** An acronym in parentheses right after a name in the words: "National Civil Police (PNC)" gives PNC. */
function acronymAfter(words: string, name: string): string | undefined {
  const at = words.indexOf(name);
  return at < 0 ? undefined : /^\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,11})\)/u.exec(words.slice(at + name.length))?.[1];
}

/** A capitalised word, then whether another follows it: a demonym there opens a name ("Czech Police"), it is no adjective of a person. */
const CAPITALISED_WORD = /(?<![\p{L}-])\p{Lu}[\p{L}-]*/gu;
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

/**
 * The words with every capitalised word that opens a longer name blanked out, same length: a person's country is
 * not that of the body they speak for ("a spokesman for the Czech Police" states the police's). Counter-example:
 * "the Czech striker Petr Novotny" keeps "Czech", an adjective of the person.
 */
const withoutNamesOpenedByDemonyms = (words: string) => words.replace(CAPITALISED_WORD, (word: string, at: number) => (NATIONALITIES[word] && CAPITAL_NEXT.test(words.slice(at + word.length)) ? ' '.repeat(word.length) : word));

/** Capitalised words between a number and the plural noun it counts ("14 Dukla fans"): whose the counted are. */
const COUNTED_MODIFIER = /(?<=\d)\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?=\s\p{Ll}+s\b)/gu;

/**
 * The words with the names that only say whose a counted crowd is blanked out, same length: "Police detained 14
 * Dukla fans after a fight" names no event "Dukla". Counter-example: "the Dukla match" keeps its name.
 */
const withoutCountedModifiers = (words: string) => words.replace(COUNTED_MODIFIER, (modifier: string) => ' '.repeat(modifier.length))
  .replace(WAR_NAME, (war: string) => ' '.repeat(war.length));

/**
 * A war named in capitals ("Second World War", "the Cold War", "World War II"): a period something dates from (a
 * "Second World War artillery shell"), never an event of the contract's kinds, so never a new event's name.
 */
const WAR_NAME = /\b(?:\p{Lu}[\p{L}-]*\s){0,3}War\b(?:\s(?:I{1,2}|One|Two)\b)?/gu;

/** A building named by its holder's possessive and one head word ("Governor's Palace", "the Bishop's House"). */
const POSSESSIVE_BUILDING = /^(?:the\s+)?(?<owner>\p{Lu}\p{Ll}+)['’]s\s\p{Lu}\p{Ll}+$/u;

/**
 * A building its holder's possessive names, which ingest's venue rule reads by its head word but cuts down to
 * that word, as it cuts a city's possessive ("Bergen's Grieg Hall"): a venue of that whole name. Counter-example:
 * "Bergen's Hall" opens with a place the gazetteer knows, and names no building of Bergen's.
 */
function possessiveBuilding(words: string): { name: string; kind: 'venue' } | undefined {
  const m = POSSESSIVE_BUILDING.exec(words.trim());
  if (!m || lookupPlace(m.groups!.owner!) || !new RegExp(PLACE_RULES.venue.pattern.source, 'u').test(m[0])) return undefined;
  return { name: m[0].replace(/^the\s+/u, ''), kind: 'venue' };
}

/** A word for a stretch of a city's shore or front, after a name ("the Riva waterfront"). */
const SITE_AFTER_NAME = /^\s+(?:waterfront|promenade|quay|embankment|seafront)\b/u;
/** How many times a name is looked for in the article before a site word: each look is bounded. */
const NAME_LOOKS = 50;

/**
 * Whether a name the gazetteer knows as a city elsewhere is, in these words or the article, a site of the
 * article's city named with a site word ("the Riva waterfront"): a venue, not that city. Counter-example:
 * "Rijeka" with no site word after it anywhere is the city.
 */
function siteNamedLikeCity(name: string, words: string, text: string | undefined): boolean {
  if (lookupPlace(name)?.kind !== 'city') return false;
  return [words, text ?? ''].some((haystack) => {
    let at = haystack.indexOf(name);
    for (let looks = 0; at >= 0 && looks < NAME_LOOKS; looks++, at = haystack.indexOf(name, at + 1)) {
      if (SITE_AFTER_NAME.test(haystack.slice(at + name.length, at + name.length + 20))) return true;
    }
    return false;
  });
}

/** The name of a body, place, event or measure the words give, with the kind and country it says, and a body's acronym. */
function namedRow(seed: Seed, spec: FactCollection, words: string, read: { undated: string; quoted?: string; text?: string }): Values {
  const { undated, quoted } = read;
  // A body is not named by words in quotation marks: a slogan ("ICE OUT"), what was said.
  const sayable = spec.name === 'organizations' && quoted ? undated.replace(quoted, ' '.repeat(quoted.length)) : undated;
  // A measure is named by what the measure rules read in the words ("Drone ban"), not by the names beside it.
  const measure = spec.name === 'measures' ? measureKindAndName(seed, undated) : {};
  // A place is read as ingest reads a site: a lowercase head word is part of its name ("Cankarjev dom"), and says its kind.
  const site = spec.name === 'places' ? siteIn(undated) ?? possessiveBuilding(undated) : undefined;
  const part = spec.name === 'events' ? eventPartName(undated) : undefined;
  const unnamed = spec.name === 'events' ? withoutCountedModifiers(sayable) : sayable;
  const incident = spec.name === 'events' ? incidentIn(seed, unnamed) : undefined;
  const told = spec.name === 'events' ? toldEventIn(words, read.text) : undefined;
  const taken = otherNames(seed, spec.name);
  // A hall's name names its building and its city's government both: a place of that name does not hide the body.
  if (spec.name === 'organizations') for (const name of taken) if (NAMED_HALL.test(name)) taken.delete(name);
  const said = nameOf(words, unnamed, taken, startsSentence(words, read.text));
  // A performer's name ("the British band Glass Orchard opens its tour") names their concert, as ingest names one.
  const named = spec.name === 'events' && said && performerNamed(unnamed, said) ? `${said} concert` : said;
  // Capitals that name no gathering ("Army sappers … destroyed a … shell") do not outweigh the incident the words tell.
  const gathering = named && (KNOWN_EVENTS[named] || firstWordOf(named, Object.keys(EVENT_WORDS), true));
  const found = (measure.name as string | undefined) ?? site?.name ?? part ?? told?.name ?? (incident && !gathering ? incident : named) ?? incident
    ?? (spec.name === 'events' ? gatheringPhrase(unnamed) : undefined);
  // "the Ministry of Defence's spokesman": the possessive closing a body's name is the sentence's, as ingest reads it.
  const body = spec.name === 'organizations' && found ? withWordsAfterAnd(unnamed, withWordsBeforeAnd(unnamed, found)).replace(/['’]s$/u, '') : found;
  // A country's possessive before a body's or a place's name says its country, and is no part of the name.
  const owned: { name?: string; country?: string } = body && (spec.name === 'organizations' || spec.name === 'places') ? withoutCountryPossessive(body) : { name: body };
  const name = spec.name === 'places' && owned.name && !site ? withLandscapeHead(owned.name, words) : owned.name;
  const acronym = name && spec.name === 'organizations' ? acronymAfter(words, name) : undefined;
  const kinds = spec.name === 'places' && name && siteNamedLikeCity(name, words, read.text) ? { kind: 'venue' } : kindAndCountry(spec.name, name ?? '', words);
  return { ...(name && { name }), ...(owned.country && { country: owned.country }), ...(incident && name === incident && { kind: 'incident' }), ...kinds, ...(told && name === told.name && { kind: told.kind }), ...(site && { kind: site.kind }), ...measure, ...(acronym && { acronym }) };
}

/** Capitalised words, the most a name's first part before "and" is read back over. */
const WORDS_BEFORE_AND = 4;

/**
 * A body's name with the capitalised words joined to it by "and" when, as ingest reads them, they join one name
 * ("Lakeside Plantation and Farm Workers Union", "Police and Border Guard Board"); not after a body's whole
 * name, an acronym, or before a place (ingest's andJoinsTwoBodies).
 */
function withWordsBeforeAnd(words: string, name: string): string {
  const at = words.indexOf(name);
  const before = at > 0 ? words.slice(0, at).trimEnd().split(/\s+/) : [];
  if (before.pop() !== 'and' || !bodyKindOf(name)) return name;
  const first: string[] = [];
  while (before.length && first.length < WORDS_BEFORE_AND && /^\p{Lu}/u.test(before.at(-1)!) && !NOT_A_NAME_PART.test(before.at(-1)!)) first.unshift(before.pop()!);
  return first.length && !andJoinsTwoBodies(first.join(' '), name) ? `${first.join(' ')} and ${name}` : name;
}

/**
 * A body's name of what it is of, with the capitalised words "and" adds to that ("Ministry of Agriculture and
 * Maritime Fisheries"), as ingest's head-word rule reads a list after "of" (up to three words after "and").
 */
function withWordsAfterAnd(words: string, name: string): string {
  const at = words.indexOf(name);
  if (at < 0 || !name.includes(' of ')) return name;
  const after = words.slice(at + name.length).trimStart().split(/\s+/);
  if (after.shift() !== 'and') return name;
  const more: string[] = [];
  for (const word of after.slice(0, WORDS_BEFORE_AND)) {
    const bare = /[,.;:]$/u.test(word) ? word.slice(0, -1) : word;
    if (!/^\p{Lu}/u.test(bare) || NOT_A_NAME_PART.test(bare)) break;
    more.push(bare);
    if (bare !== word) break;
  }
  return more.length ? `${name} and ${more.join(' ')}` : name;
}

/** Ingest's rules of events told by one act, with the name and kind each gives: a verdict given, read or due, things thrown, people attacked, an act of state, what a crowd or vandals did. */
const TOLD_EVENTS: ReadonlyArray<{ pattern: RegExp; name: (groups: Record<string, string>, m: RegExpExecArray, rest: string) => string | undefined; kind: string }> = [
  ...[EVENT_RULES.verdict, EVENT_RULES.verdictDue].map((rule) => ({ pattern: rule.pattern, name: (g: Record<string, string>) => verdictName(g.accused!), kind: 'announcement' })),
  { pattern: EVENT_RULES.thrownAt.pattern, name: (g: Record<string, string>) => thrownName(g.what!, g.at!), kind: 'incident' },
  { pattern: EVENT_RULES.incidentPassive.pattern, name: (g: Record<string, string>) => passiveIncidentName(g), kind: 'incident' },
  { pattern: EVENT_RULES.ceremonialAct.pattern, name: (g: Record<string, string>) => ceremonialActName(g), kind: 'ceremony' },
  { pattern: EVENT_RULES.incidentAct.pattern, name: (_g: Record<string, string>, m: RegExpExecArray, rest: string) => actIncidentName(m, rest), kind: 'incident' },
].map((told) => ({ ...told, pattern: new RegExp(told.pattern.source, told.pattern.flags.replace('g', '')) }));

/**
 * An event one act tells, named as ingest names it, read in the words' sentence from where they start, so that
 * words stopping before the accused's name still name a verdict ("… on Friday, when judges read the verdict" of a
 * sentence going on "in the trial of former mayor Ada Holm"); the act's words must open inside the selection.
 * Counter-example: "the Palace of Justice" alone tells no verdict.
 */
function toldEventIn(words: string, text: string | undefined): { name: string; kind: string } | undefined {
  const at = text?.indexOf(words.trim()) ?? -1;
  const sentence = text && at >= 0 ? spanAt(sentencesOf(text), at) : undefined;
  const read = sentence ? text!.slice(at, sentence.end) : words;
  for (const told of TOLD_EVENTS) {
    const m = told.pattern.exec(read);
    const name = m && m.index < words.trim().length ? told.name(m.groups as Record<string, string>, m, read.slice(m.index + m[0].length)) : undefined;
    if (name) return { name, kind: told.kind };
  }
  return undefined;
}

/** A word for who performs, right before their name ("the British band Glass Orchard", "the singer Ada Holm"). */
const PERFORMER_BEFORE = /\b(?:band|singer|rapper|pianist|guitarist|violinist|conductor|composer|soprano|tenor|drummer|DJ|orchestra|choir|quartet)\s+$/u;

/**
 * Whether a name the words give is a performer's, said right after the word for what they are: an event told by
 * its performer is their concert. Counter-example: "the Glass Orchard Festival" has no performer word before it.
 */
const performerNamed = (words: string, name: string) => PERFORMER_BEFORE.test(words.slice(0, Math.max(0, words.indexOf(name))));

/** Nature's incidents the lexicon's incident words lack: an avalanche, a rockfall or a flood buries, blocks or sweeps away as a fire destroys. */
const NATURAL_HAZARDS = 'avalanches?|rockfalls?|rock\\s+falls?|mudslides?|floods?|storms?|tornado(?:es)?';
/** A word saying how large an incident was, between its article and its word ("a small avalanche", "a major fire"). */
const SIZE_WORDS = 'small|large|big|huge|massive|major|minor|serious|deadly|fatal|powerful|second|new';
/**
 * An incident by its word ("a fire that destroyed …", "an explosion at …"; a fire or a blaze is one too, and an
 * avalanche, a rockfall or a flood, maybe after a word of its size: "A small avalanche on Tuesday buried …"), the
 * word a noun of its own: followed by what it did, where, or the end of a clause, not by a noun it qualifies ("the
 * fire brigade", "the avalanche warning service").
 */
const INCIDENT_WORD = new RegExp(`\\b(?:a|an|the)\\s+(?:(?:${SIZE_WORDS})\\s+)?(${INCIDENT_WORDS}|fires?|blazes?|${NATURAL_HAZARDS})(?=\\s+(?:that|which|at|in|near|on|outside|inside|broke|destroyed|damaged|gutted|killed|injured|hurt|left|buried|blocked|hit|struck|swept|cut)\\b|[.,;]|$)`, 'iu');
/** The words joining an incident to where it happened, right before the place's name ("at the ", "in "). */
const WHERE_BEFORE = /\b(at|in|near|outside|inside|on)\s+(the\s+)?$/u;

/**
 * A new incident's name as ingest names one, by its word and where it happened ("a fire that destroyed 14 stalls
 * at the Soweto Market in Katutura" is "Fire at the Soweto Market"): the first place named after the word, with
 * the words joining them. Counter-example: "the fire brigade said" names no incident.
 */
function incidentIn(seed: Seed, words: string): string | undefined {
  const found = INCIDENT_WORD.exec(words);
  const ordnance = found ? undefined : ordnanceIn(words);
  if (!found && !ordnance) return harmedWhen(words);
  const what = found ? found[1]!.toLowerCase() : ordnance!.name;
  const after = words.slice(found ? found.index + found[0].length : ordnance!.end);
  const [place] = namedIn(seed, after, ['places']);
  const title = place ? String(collectionByName.get('places')!.title(seed.facts.get('places')!.find((p) => p.id === place)!)) : undefined;
  const at = title ? after.indexOf(title) : -1;
  const where = at < 0 ? null : WHERE_BEFORE.exec(after.slice(0, at));
  return capitalize(where ? `${what} ${where[0]}${title}` : what);
}

/** People hurt or killed "when" an act happened, the act after its article ("were hurt on Sunday when a crane tipped over …"). */
const HARMED_WHEN = /\b(?:were|was)\s+(?:killed|injured|hurt|wounded)\b[^.;]{1,40}?\bwhen\s+(?:a|an)\s+(?<act>[^.;,]{5,100})/u;

/**
 * An incident told by the people it hurt and the act that did ("Two stage workers were hurt on Sunday when a crane
 * tipped over on Augusta Deglava Street"): named by the act, its article dropped, as ingest names the incidents of
 * rule event.harm-when ("Crane tipped over on Augusta Deglava Street"), whatever day it is dated by.
 * Counter-example: "Two riders were hurt when the road was wet" names a thing already known ("the"), as likely a state as an act: none.
 */
function harmedWhen(words: string): string | undefined {
  const act = HARMED_WHEN.exec(words)?.groups?.act;
  return act ? capitalize(act.replace(/\s+/gu, ' ').trim()) : undefined;
}

/** Explosive ordnance, maybe after the one lowercase word saying what kind ("artillery shell", "unexploded bomb"). */
const ORDNANCE = /\b((?:\p{Ll}+\s)?(?:shell|bomb|grenade|mortar round|explosive device))\b/u;
/** What was done with it, the last such verb before it ("sappers destroyed a … shell"). */
const DONE_WITH_ORDNANCE = /\b(destroyed|defused|detonated|disarmed|found|discovered|removed)\b/gu;

/**
 * An incident of ordnance dealt with ("Army sappers on Monday destroyed a Second World War artillery shell that
 * builders had found near …"): named by the ordnance and the verb ("Artillery shell destroyed"), read where no
 * incident word stands. Counter-example: "a shell company" or "the bomb squad said" is done with by no verb.
 */
function ordnanceIn(words: string): { name: string; end: number } | undefined {
  const found = ORDNANCE.exec(words);
  const verb = found ? [...words.slice(0, found.index).matchAll(DONE_WITH_ORDNANCE)].at(-1) : undefined;
  return verb ? { name: `${found![1]!.toLowerCase()} ${verb[1]!}`, end: found!.index + found![0].length } : undefined;
}

/** Small words inside a name after which a known row's name is the name's, not where or by whom: "of the Americas", "a Guatemala", "de France". */
const JOINING_WORD = /\s(?:of|a|de|del|di|du|la)\s/u;

/**
 * The words with the part of a new event's own name after its first joining word blanked out, or the country closing
 * it: a country named in the race's name ("the Vuelta a Guatemala", "Rally Finland") is not where it is held. A name opened by a place ("Rotterdam
 * Marathon") keeps it: the city that names a race hosts it.
 */
function withoutNamesHeldByOwn(words: string, name: unknown): string {
  if (typeof name !== 'string') return words;
  const at = words.toLowerCase().indexOf(name.toLowerCase());
  const join = at < 0 ? null : JOINING_WORD.exec(name);
  // "Rally Finland", "Lakeland Rally Eastland": a country closing the name after its head word is the name's too.
  const country = at < 0 || join ? undefined : countryClosing(name);
  const cut = join ? join.index : country ? name.length - country.length : -1;
  if (cut < 0) return words;
  return words.slice(0, at + cut) + ' '.repeat(name.length - cut) + words.slice(at + name.length);
}

/** The country's name closing an event's name whose first word names no place ("Lakeland Rally Eastland": "Eastland"), if any. */
function countryClosing(name: string): string | undefined {
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  return words.length > 1 && !lookupPlace(words[0]!) && lookupPlace(last)?.kind === 'country' ? last : undefined;
}

/** "on", "at" or "in" right after an event's name, or in a clause after it saying it opens or is held: where it is held follows. */
// A plural name takes the plural verb: "the Lakeside Races, which open on Monday at …".
const HELD_AFTER_NAME = /^(?:,\s+(?:which|that)\s+(?:opens?|starts?|begins?|runs?|takes?\s+place|(?:is|are)\s+held|will\s+(?:open|start|begin|run|take\s+place|be\s+held))\b[^,;.]{0,80}?)?\s+(?:on|at|in)\s/u;

/**
 * An event's places without the place its name opens with, when the words name where it is held right after the
 * name ("the Soria Eclipse Festival on Monte Valonsadero" is on the hill; "the Tampere Air Show, which opens on
 * Saturday at Pirkkala Airport", at the airport): the city naming it is then no more than its name's.
 * Counter-example: "the Rotterdam Marathon on Sunday" names no place after, and keeps Rotterdam.
 */
function withoutPlaceOpeningName(seed: Seed, ids: string[], words: string, name: unknown): string[] {
  if (typeof name !== 'string' || !name) return ids;
  const at = words.indexOf(name);
  const after = at < 0 ? '' : words.slice(at + name.length);
  const held = HELD_AFTER_NAME.exec(after);
  if (!held || !namedIn(seed, after.slice(held[0].length).split(/[,;.]/u)[0]!, ['places']).length) return ids;
  const inName = new Set(namedIn(seed, name, ['places'], 'events'));
  return ids.filter((id) => !inName.has(id));
}

/**
 * An event's places without the sides it is played against ("which Tunisia will play against Egypt at the Sports
 * Palace": Egypt is the opponent, the match is held at the palace). Counter-example: "a march against the closure
 * in Lakeside" keeps Lakeside, named after no "against".
 */
function withoutSides(seed: Seed, ids: string[], words: string): string[] {
  const title = collectionByName.get('places')!.title;
  const nameOf = (id: string) => {
    const row = (seed.facts.get('places') ?? []).find((place) => place.id === id);
    return row ? String(title(row)) : '';
  };
  return ids.filter((id) => {
    const name = nameOf(id);
    return !name || !new RegExp(`\\b(?:against|versus|vs\\.?|v\\.?)\\s+(?:the\\s+)?${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(words);
  });
}

/**
 * The values a new fact of `spec` opens with, from the words selected in an article published on `published`:
 * only fields of the collection, only what the words state; the rest as a new form has them.
 */
/** The note of a row whose role's body was worked out from words that do not name it (docs/authoring.md). */
export const roleBodyNote = (title: string, body: string, quote: string) => `roles: the body of ${title}, ${body}, inferred from '${quote.slice(0, 80)}'`;

export function prefill(seed: Seed, spec: FactCollection, words: string, article: SelectedIn): Values {
  const fields = new Set(Object.keys(emptyRow(spec)));
  const quoted = QUOTED.exec(words)?.[1];
  const { published } = article;
  // A weekday or a date without its year is read against the publication date: none, no date is read.
  const dates = published ? datesOfSelection(words, { published, text: article.text }) : [];
  // Without a publication date the words' dates are still no names and no counts ("January", "28").
  const spans = published ? dates : findDates(words, { published: '1970-01-01', anchor: null });
  const undated = withoutDates(words, spans);
  const values: Values = {};
  // A few words in quotation marks inside reported speech ("on the ground") do not make it a quote.
  const quote = quoted && quoted.trim().split(/\s+/).length >= QUOTE_WORDS ? quoted.trim().replace(/,$/, '') : undefined;
  if (spec.name === 'statements') Object.assign(values, statementKindAndText(words, quote));
  else if (spec.name === 'people') Object.assign(values, roleAfterBodyHead(seed, undated, article.text) ?? withoutBodyPossessive(seed, person(undated, otherNames(seed, 'people')), article.text, undated));
  else if (fields.has('name')) Object.assign(values, namedRow(seed, spec, words, { undated, quoted, text: article.text }));
  // Names in quotation marks are words someone said or a slogan ("ICE OUT"), not who organised or did it.
  const unquoted = quoted ? words.replace(quoted, ' '.repeat(quoted.length)) : words;
  if (spec.name !== 'statements') Object.assign(values, references(seed, spec, spec.name === 'events' ? withoutNamesHeldByOwn(unquoted, values.name) : unquoted, fields, values.name as string | undefined));
  if (spec.name !== 'statements') Object.assign(values, eventsByWord(seed, spec, unquoted, article.text, values), bodiesByHead(seed, spec, unquoted, article.text, values));
  if (spec.name !== 'statements') Object.assign(values, bodiesBySubject(seed, spec, unquoted, article.text, values), placesNamedByHead(seed, spec, unquoted, article.text, values));
  if (Array.isArray(values.place_ids)) values.place_ids = withoutLocatingPlaces(seed, withoutCountriesOnlyScoping(seed, values.place_ids as string[], unquoted), unquoted);
  if (spec.name === 'events' && Array.isArray(values.place_ids)) values.place_ids = withoutSides(seed, withoutPlaceOpeningName(seed, values.place_ids as string[], unquoted, values.name), unquoted);
  else Object.assign(values, speakerOf(seed, unquoted, article.text), quoted && references(seed, spec, quoted, new Set(['about_ids'])));
  const roles = values.roles as Values[] | undefined;
  // A role's body: the ministry of a minister's portfolio the article names ("Culture Minister": its "Ministry of
  // Culture"), else the organization the words name, as for any reference.
  const source = article.text === undefined ? undefined : seed.sources.find((s) => s.text === article.text)?.id;
  const unheld = source && typeof roles?.[0]?.title === 'string' && !roles[0].organization_id ? roles[0].title : undefined;
  const ministry = unheld ? ministryOfTitle(seed, unheld, source!) : undefined;
  // A body the title names itself ("commander of the police administration", "Mayor") before any the words name.
  const titled = unheld && !ministry ? bodyOfTitle(seed, unheld, source!) : undefined;
  const [body] = ministry ? [ministry] : titled ? [titled.id] : namedIn(seed, words, ['organizations']);
  const its = body === undefined && roles?.[0] ? bodyOfIts(seed, words, article.text) : undefined;
  if (roles?.[0] && (body ?? its)) values.roles = [{ ...roles[0], ...(titled && { title: titled.title }), organization_id: body ?? its }];
  // "its head of operations, Ada Moen": the body "its" stands for is worked out, not stated, as a body picked on a card.
  const itsBody = its && (seed.facts.get('organizations') ?? []).find((o) => o.id === its);
  if (itsBody) Object.assign(values, { derived: true, note: roleBodyNote(String(roles![0]!.title ?? 'the role'), String(itsBody.name), words.trim()) });
  for (const field of fields) {
    if (controlFor(spec.schema.properties[field]!).type !== 'quantity') continue;
    const count = countIn(words, spans);
    if (count) values[field] = count;
  }
  if (fields.has('figures')) {
    const figures = figuresIn(words, spans);
    if (figures.length) values.figures = figures;
  }
  const span = fields.has('end') ? spanOf(words, dates, spec.name === 'events') : undefined;
  // A day of saying or issuing ("under a decree the ministry issued on Tuesday") dates what was said, never a measure, a
  // protest or a deployment; an event may be the announcement itself.
  const dated = spec.name === 'statements' ? dayOfSaying(words, dates) : spec.name === 'events' ? dates[0] : dates.find((date) => !isDayOfSaying(words, date));
  if (span) Object.assign(values, spanFields(span));
  else if (dated) Object.assign(values, dateFields(fields, dated, hoursOnDay(words, dated) || (spec.name === 'measures' && measureOfOneDay(words, dated, article.text))));
  if (spec.name === 'protests') Object.assign(values, protestNameAndTarget(seed, words, values));
  if (spec.name === 'places' && values.within_id === undefined && published) Object.assign(values, withinDatelineCity(seed, words, values.kind, { published, text: article.text }));
  if (fields.has('country') && values.country === undefined) {
    const nationality = firstWordOf(spec.name === 'people' ? withoutNamesOpenedByDemonyms(words) : words, Object.keys(NATIONALITIES));
    if (nationality) values.country = NATIONALITIES[nationality];
  }
  return Object.fromEntries(Object.entries(values).filter(([field]) => fields.has(field)));
}
