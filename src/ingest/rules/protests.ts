// How the protests pass finds protests: a protest word in a sentence that says it happens or is planned.
import { NUMBER_PHRASE } from '../../lib/numbers.js';
import { CROWD_NOUNS, PROTEST_WORDS } from '../lexicon.js';
import { HEDGE_PART } from './deployments.js';
import { compose, type Rule } from './rule.js';

export const PROTEST_RULES = {
  planned: {
    id: 'protest.planned', produces: 'protests',
    description: 'a protest word in a sentence with a verb saying it is held, planned or called; the pass also asks for a date or a place',
    pattern: compose('\\b{WORD}\\b', { WORD: PROTEST_WORDS }, 'i'),
    guards: {
      happens: /\b(?:organi[sz]ed|organi[sz]ing|called|held|hold|holding|staged|planned|plans?|will|would|took place|took part|take part|taking part|marched|gathered|joined|join|scheduled|announced|set for|are due|expects?|expected)\b/i,
    },
    examples: { match: ['Farmers have called a rally in Lyon on Friday.', 'A march is planned for Saturday.'], noMatch: ['The rally ended peacefully.', 'Farmers want higher prices.'] },
  },
} satisfies Record<string, Rule>;

/** A source's count of a crowd: "put the crowd at 8,000", "said 20,000", "estimated about 8,000 people". */
export const SIZE_ESTIMATE = {
  id: 'protest.size-estimate', produces: 'claims',
  description: 'a source\'s count of a protest\'s crowd ("police put the crowd at 8,000; organisers said 20,000"); two sources\' different counts of one crowd are a disputed pair of size claims, each citing its source\'s words',
  pattern: compose(`\\b(?:put (?:the )?(?:turnout|crowd|attendance|numbers?|figure|size)(?: of (?:the )?\\p{L}+)? at {PUT_HEDGE}? {PUT_NUMBER}\\b|(?:said|says|estimated|claimed|counted|reported) {SAID_HEDGE}? {SAID_NUMBER}(?: (?:${CROWD_NOUNS})\\b|(?![\\p{L}\\d]|\\s+\\p{L})))`,
    { PUT_HEDGE: HEDGE_PART, PUT_NUMBER: NUMBER_PHRASE, SAID_HEDGE: HEDGE_PART, SAID_NUMBER: NUMBER_PHRASE }, 'giu'),
  examples: {
    match: ['Police put the crowd at 8,000; organisers said 20,000.', 'The union said about 5,000 people took part.', 'Organisers put the turnout at more than 12,000.'],
    noMatch: ['Police said 300 officers were on duty.', 'The union said two marches were planned.'],
  },
} satisfies Rule;
