// How the people pass finds people: a title before or after a name, a name that speaks, a role alone.
import { NATIONALITY_PATTERN, SPEECH_VERBS, TITLE_PATTERN } from '../lexicon.js';
import { compose, type Rule } from './rule.js';

const NAME_TOKEN = "[A-Z][\\p{Ll}\\p{Lu}'’-]{0,40}\\p{L}|[A-Z]{1,3}|(?:[A-Z]\\.){1,2}";
/** Two or three capitalised words, a particle allowed between them ("Ana de Souza"); never across a line break. */
export const NAME = `(?:${NAME_TOKEN})(?:[^\\S\\n]+(?:(?:de|di|da|van|von|del|della|al|bin|le|la)[^\\S\\n]+)?(?:${NAME_TOKEN})){1,2}`;
const LOWER_TITLES = 'mayor|governor|prefect|minister|president|spokes(?:man|woman|person)|chief|commissioner|director|ambassador|commander|head|secretary|prosecutor|senator|leader|organi[sz]er|coordinator';
const CAP_WORDS = "[A-Z][\\p{L}'’-]{0,40}(?:\\s+[A-Z][\\p{L}'’-]{0,40}){0,3}";

export const PEOPLE_RULES = {
  titled: {
    id: 'person.titled', produces: 'people',
    description: 'a capitalised title of office, maybe with a nationality, then a name ("Transport Minister Ola Berg")',
    pattern: compose('\\b{STATUS}? {NATIONALITY}? {TITLE} {NAME}', {
      STATUS: 'former|acting|deputy|outgoing|interim|Former|Acting|Deputy', NATIONALITY: NATIONALITY_PATTERN,
      TITLE: `${TITLE_PATTERN}(?:\\s+of\\s+Police)?`, NAME,
    }, 'gu'),
    examples: { match: ['Transport Minister Ola Berg opened the bridge.', 'Former Mayor Rita Lang spoke first.'], noMatch: ['The transport minister opened the bridge.'] },
  },
  appositive: {
    id: 'person.appositive', produces: 'people',
    description: 'a name, a comma, then a lowercase title ("Ola Berg, the harbour master\'s spokesman,"); the first word must be a known first name',
    pattern: compose('\\b{NAME},\\s+(?:(?:the|a|an)\\s+)?{NATIONALITY}? {TITLE}', {
      NAME, NATIONALITY: NATIONALITY_PATTERN,
      TITLE: `(?:[a-z-]+\\s+){0,2}(?:${LOWER_TITLES})(?:\\s+(?:of|for)\\s+(?:the\\s+)?${CAP_WORDS})?`,
    }, 'gu'),
    examples: { match: ['Maria Lind, a spokeswoman for the port, declined to comment.'], noMatch: ['The port, a hub for ferries, was closed.'] },
  },
  titleFirst: {
    id: 'person.title-first', produces: 'people',
    description: 'a lowercase title after "the", "its" or a possessive, then the name set off by commas or speaking ("the city\'s mayor, Jan Holm,")',
    pattern: compose('\\b{OWNER}{TITLE}(?:\\s+of\\s+{PLACE})?(?:,\\s+{NAME},|\\s+{SPEAKER}(?=\\s+(?:{VERBS})\\b))', {
      OWNER: "(?:the|The|its|Its|their|Their)\\s+(?:(?:city|country|state|region|[A-Z][\\p{L}]+)['’]s\\s+)?|[A-Z][\\p{L}]+['’]s\\s+",
      TITLE: '(?:[a-z-]+\\s+){0,2}(?:mayor|governor|prefect|minister|senator|president|spokes(?:man|woman|person)|chief|commissioner|director|ambassador|commander|secretary|prosecutor|delegate|superintendent)',
      PLACE: "[A-Z][\\p{L}'’-]{1,40}", NAME, SPEAKER: NAME, VERBS: SPEECH_VERBS,
    }, 'gu'),
    examples: { match: ["The city's mayor, Jan Holm, welcomed the plan.", 'Its spokeswoman Ada Moen said the gates open at six.'], noMatch: ['The mayor welcomed the plan.'] },
  },
  titleAfterWord: {
    id: 'person.title-after-word', produces: 'people',
    description: 'a capitalised word and a lowercase title, then a name that speaks or is set off by a comma ("Harbour commander Ivo Lenz said")',
    pattern: compose("(?<![\\p{L}'’-][^\\S\\n]?)\\b{TITLE} {NAME}(?=\\s+(?:{VERBS})\\b|,)", {
      TITLE: '[A-Z][\\p{L}]+\\s+(?:[a-z-]+\\s+)?(?:commander|prefect|chief|director|superintendent|inspector|spokes(?:man|woman|person))',
      NAME, VERBS: SPEECH_VERBS,
    }, 'gu'),
    examples: { match: ['Harbour commander Ivo Lenz said the pier was safe.'], noMatch: ['The harbour commander said the pier was safe.'] },
  },
  surnameFirst: {
    id: 'person.surname-title', produces: 'people',
    description: 'a surname alone set off by "the" and a title ("Lenz, the commander, said")',
    pattern: compose("(?<![\\p{L}'’-][^\\S\\n]?)\\b{SURNAME},\\s+the\\s+{TITLE},", {
      SURNAME: "[A-Z][\\p{Ll}'’-]{1,40}[\\p{Ll}]", TITLE: TITLE_PATTERN.toLowerCase(),
    }, 'gu'),
    examples: { match: ['Lenz, the commander, said the pier was safe.'], noMatch: ['Lenz said the pier was safe.'] },
  },
  roleOnly: {
    id: 'person.role-only', produces: 'people',
    description: 'a person known by role and place only ("the mayor of Bergen"), named when a name follows',
    pattern: compose('\\b(?:the|The) {NATIONALITY}? {ROLE} of {PLACE}', {
      NATIONALITY: NATIONALITY_PATTERN,
      ROLE: 'mayor|governor|prefect|police chief|police commissioner|interior minister|foreign minister|prime minister|president|ambassador|regional president',
      PLACE: "[A-Z][\\p{L}'’-]{1,40}(?:\\s+[A-Z][\\p{L}'’-]{1,40})?",
    }, 'gu'),
    examples: { match: ['The mayor of Bergen cut the ribbon.'], noMatch: ['The mayor cut the ribbon.'] },
  },
  orgSpokesperson: {
    id: 'person.body-title-after-verb', produces: 'people',
    description: 'a speech verb, then a body\'s name, a title and a name ("…, said Transit Authority spokeswoman Lena Park.")',
    pattern: compose('\\b(?:{VERBS}) (?:the )?{BODY} {TITLE} {NAME}', {
      VERBS: 'said|says|added|told reporters', BODY: `(?:[A-Z][\\p{L}'’-]{0,40}|[A-Z]{2,6})(?:[^\\S\\n]+[A-Z][\\p{L}'’-]{0,40}){0,3}`,
      TITLE: 'spokes(?:man|woman|person)|chief|director|commander|head|secretary', NAME,
    }, 'gu'),
    examples: { match: ['The line reopens on Friday, said Transit Authority spokeswoman Lena Park.'], noMatch: ['The line reopens on Friday, said a spokeswoman.'] },
  },
  counterpart: {
    id: 'person.counterpart', produces: 'people',
    description: 'a counterpart of the person named before, set off by commas ("his Danish counterpart, Lars Holm,"); the title is that person\'s',
    pattern: compose('\\b(?:his|her|their) {NATIONALITY}? counterpart,\\s+{NAME},', { NATIONALITY: NATIONALITY_PATTERN, NAME }, 'gu'),
    examples: { match: ['The minister met his Danish counterpart, Lars Holm, on Monday.'], noMatch: ['The minister met his counterpart on Monday.'] },
  },
  interviewed: {
    id: 'person.interviewed', produces: 'people',
    description: 'the person an introduction says was interviewed, with the title before the name ("spoke to harbour master Jan Holm about")',
    pattern: compose("\\b(?:spoke to|spoke with|talked to|talked with|interviewed|sat down with)\\s+(?:the\\s+)?{TITLE}{NAME}(?=\\s+(?:about|on|for|at|in|after|before)\\b|[,.])", {
      TITLE: "(?:[\\p{L}'’-]+\\s+){0,4}?", NAME,
    }, 'gu'),
    examples: { match: ['The agency spoke to harbour master Jan Holm about the plan.'], noMatch: ['The agency spoke to the harbour master about the plan.'] },
  },
  speaking: {
    id: 'person.speaking', produces: 'people',
    description: 'a first name and a surname before a speech verb, or after "according to"',
    pattern: compose('\\b{NAME}(?:,[^,]{1,60},)?\\s+(?:{VERBS})\\b|\\baccording to {SOURCE}', { NAME, VERBS: SPEECH_VERBS, SOURCE: NAME }, 'gu'),
    examples: { match: ['Karin Dahl said the queue was long.', 'The queue was long, according to Karin Dahl.'], noMatch: ['The queue was long.'] },
  },
} satisfies Record<string, Rule>;
