// How the events pass finds named gatherings.
import { INCIDENT_WORDS, KNOWN_EVENTS } from '../lexicon.js';
import { compose, type Rule } from './rule.js';

const EVENT_HEADS = 'Olympics|Olympic Games|Paralympics|Paralympic Games|Games|World Cup|Championships|Grand Prix|Marathon|Festival|Carnival|Fair|Expo|Summit|Conference|Forum|Contest|Tour de [A-Z]\\p{L}+';

export const EVENT_RULES = {
  gathering: {
    id: 'event.named', produces: 'events',
    description: 'up to three capitalised words, a year, a season, then a word for a gathering ("Northern Lights Festival", "2030 Winter Games")',
    pattern: compose('\\b{NAME}\\b', {
      NAME: `(?:[A-Z][\\p{L}'’]{0,40}(?:-[A-Z][\\p{L}'’]{0,40})?[^\\S\\n]+){0,3}(?:(?:19|20)\\d{2}[^\\S\\n]+)?(?:Winter[^\\S\\n]+|Summer[^\\S\\n]+|Youth[^\\S\\n]+)?(?:${EVENT_HEADS})`,
    }, 'gu'),
    examples: { match: ['Crowds filled the Northern Lights Festival.', 'The 2030 Winter Games open in February.'], noMatch: ['Crowds filled the festival grounds.'] },
  },
  final: {
    id: 'event.final', produces: 'events',
    description: 'a match named by its competition ("the Regional Cup final", "Sunday\'s League final")',
    pattern: compose('\\b{NAME}\\b', { NAME: "(?:[A-Z][\\p{L}'’]{0,40}[^\\S\\n]+){1,3}final" }, 'gu'),
    examples: { match: ["Fans travelled to Sunday's Regional Shield final."], noMatch: ['Fans travelled to the final.'] },
  },
  lowercaseGathering: {
    id: 'event.described', produces: 'events',
    description: 'an unnamed gathering with one word saying what it is ("the trade summit", "the jazz festival")',
    pattern: compose('\\bthe\\s+{WORDS}{NAME}\\b', {
      WORDS: '(?:[\\p{L}-]+\\s+){0,3}?',
      NAME: '(?!(?:the|and|for|whole|entire|same|next|last|first|annual|other|this|that|week-long|two-day|three-day)\\s)[a-z]{3,}\\s+(?:summit|festival|carnival|conference|talks)',
    }, 'gu'),
    examples: { match: ['Delegates arrived for the trade summit.'], noMatch: ['Delegates arrived for the summit.'] },
  },
  knownEvent: {
    id: 'event.known', produces: 'events',
    description: 'an event known by one name (the list in the lexicon)',
    pattern: compose('\\b{NAME}\\b', { NAME: Object.keys(KNOWN_EVENTS).map((n) => n.replace(/'/g, "['’]")).join('|') }, 'g'),
    examples: { match: ['Security was tight at this year\'s Eurovision.'], noMatch: ['Security was tight at the song contest.'] },
  },
  bodyGathering: {
    id: 'event.body-gathering', produces: 'events',
    description: 'a body\'s acronym and what its gathering is ("the OSCE summit", "G20 talks")',
    pattern: compose('\\b{NAME}\\b', { NAME: '[A-Z][A-Z0-9]{1,5}\\s+(?:summit|talks|conference)' }, 'g'),
    examples: { match: ['Leaders meet at the OSCE summit.'], noMatch: ['Leaders meet at the summit.'] },
  },
  ceremony: {
    id: 'event.ceremony', produces: 'events',
    description: 'an opening or closing ceremony, of the article\'s own event when it has one',
    pattern: compose('\\b{WHICH} ceremony\\b', { WHICH: 'opening|closing' }, 'gi'),
    examples: { match: ['Tickets for the opening ceremony sold out.'], noMatch: ['Tickets for the ceremony sold out.'] },
  },
  announcement: {
    id: 'event.announcement', produces: 'events',
    description: 'an announcement made on a stated day',
    pattern: /\b(?:[Tt]he\s+)?announcement,?\s+(?:was\s+)?(?:made\s+)?on\s+/g,
    examples: { match: ['The announcement was made on 3 March.'], noMatch: ['The announcement surprised many.'] },
  },
  incident: {
    id: 'event.incident', produces: 'events',
    description: 'an incident word "in", "at" or "near" a place the article names',
    pattern: compose("\\b(?:the\\s+)?(?:recent\\s+|deadly\\s+|fatal\\s+)?{WHAT} (?:in|at|near) {PLACE}", { WHAT: INCIDENT_WORDS, PLACE: "[A-Z][\\p{L}'’-]{1,40}" }, 'gu'),
    examples: { match: ['The stabbing in Leeds shocked the city.'], noMatch: ['The stabbing shocked the city.'] },
  },
} satisfies Record<string, Rule>;
