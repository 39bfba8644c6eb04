// A force counted in a sentence: the number, the hedge before it, and the words up to the force noun.
import { HEDGES } from '../../db/support.js';
import { NUMBER_PHRASE } from '../../lib/numbers.js';
import { FORCE_NOUNS } from '../lexicon.js';
import { compose, type Rule } from './rule.js';

/** The hedges the build's number check reads (src/db/support.ts), longest first so "no more than" beats "more than". */
export const HEDGE_PART = HEDGES.map(([phrase]) => phrase).sort((a, b) => b.length - a.length).join('|');
const FORCE_PART = `(?:\\p{L}[\\p{L}'’-]{0,40}\\s+){0,4}(?:${FORCE_NOUNS.map((f) => f.replace(/ /g, '\\s+')).join('|')})`;

export const DEPLOYMENT_COUNT: Rule = {
  id: 'deployment.count',
  produces: 'deployments',
  description: 'a hedged number of people of a force, up to four words between them ("some 4,500 National Police officers")',
  // Words between the number and the force start with a letter: "June 12 - Police" counts no one.
  pattern: compose('\\b{HEDGE}? {NUMBER} {FORCE}\\b', { HEDGE: HEDGE_PART, NUMBER: NUMBER_PHRASE, FORCE: FORCE_PART }, 'giu'),
  examples: {
    match: ['French authorities will deploy some 4,500 National Police officers.', 'Up to 800 gendarmes will patrol.', 'The police will deploy twenty-five hundred officers.'],
    noMatch: ['MADRID, June 12 - Police said the route was closed.', 'Officers will patrol the route.', 'The 12 stations of the line were closed.'],
  },
};

export const DEPLOYMENT_UNNUMBERED: Rule = {
  id: 'deployment.unnumbered',
  produces: 'deployments',
  description: 'a sentence that deploys a force without a number; the force is the body named after "agents from", "officers of"',
  pattern: /\b(?:be deployed|will deploy|to deploy|deploying|deployment of)\b/,
  examples: {
    match: ['Agents from the coast guard will be deployed along the shore.', 'The city plans the deployment of officers from the state police.'],
    noMatch: ['Officers patrolled the shore.'],
  },
};
