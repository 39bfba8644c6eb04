// How the protests pass finds protests: a protest word in a sentence that says it happens or is planned.
import { PROTEST_WORDS } from '../lexicon.js';
import { compose, type Rule } from './rule.js';

export const PROTEST_RULES = {
  planned: {
    id: 'protest.planned', produces: 'protests',
    description: 'a protest word in a sentence with a verb saying it is held, planned or called; the pass also asks for a date or a place',
    pattern: compose('\\b{WORD}\\b', { WORD: PROTEST_WORDS }, 'i'),
    guards: {
      happens: /\b(?:organi[sz]ed|organi[sz]ing|called|held|hold|holding|staged|planned|plans?|will|would|took place|marched|gathered|joined|join|scheduled|announced|set for|are due|expects?|expected)\b/i,
    },
    examples: { match: ['Farmers have called a rally in Lyon on Friday.', 'A march is planned for Saturday.'], noMatch: ['The rally ended peacefully.', 'Farmers want higher prices.'] },
  },
} satisfies Record<string, Rule>;
