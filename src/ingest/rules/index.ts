// Every rule kept as data, for the parametrised test (tests/ingest.rules.test.ts) and the rule table in
// docs/ingest.md (`npm run docs`).
import { DEPLOYMENT_BODY_PARENTHESES, DEPLOYMENT_BODY_SENDING, DEPLOYMENT_COUNT, DEPLOYMENT_GIVING_BODY, DEPLOYMENT_RESPECTIVELY, DEPLOYMENT_GENERIC_FORCE, DEPLOYMENT_GENERIC_TOGETHER, DEPLOYMENT_INCREMENT, DEPLOYMENT_LABELLED, DEPLOYMENT_MEMBERS, DEPLOYMENT_NEW_TOTAL, DEPLOYMENT_ON_DUTY, DEPLOYMENT_PLACE_FORCES, DEPLOYMENT_UNNUMBERED } from './deployments.js';
import { EVENT_RULES } from './events.js';
import { MEASURE_RULES } from './measures.js';
import { ORGANIZATION_RULES } from './organizations.js';
import { PEOPLE_RULES } from './people.js';
import { PLACE_RULES } from './places.js';
import { PROTEST_RULES, SIZE_ESTIMATE } from './protests.js';
import { STATEMENT_RULES } from './statements.js';
import type { Rule } from './rule.js';
import { STRIKE_SIZE } from '../passes/crowds.js';
import { DEPLOYMENT_CORRECTION } from '../trust/corrections.js';

export const RULES: readonly Rule[] = [
  ...Object.values(ORGANIZATION_RULES), ...Object.values(PEOPLE_RULES), ...Object.values(EVENT_RULES), ...Object.values(PLACE_RULES),
  DEPLOYMENT_COUNT, DEPLOYMENT_INCREMENT, DEPLOYMENT_NEW_TOTAL, DEPLOYMENT_LABELLED, DEPLOYMENT_GENERIC_FORCE, DEPLOYMENT_GENERIC_TOGETHER, DEPLOYMENT_MEMBERS, DEPLOYMENT_UNNUMBERED,
  DEPLOYMENT_PLACE_FORCES, DEPLOYMENT_BODY_SENDING, DEPLOYMENT_ON_DUTY, DEPLOYMENT_CORRECTION,
  DEPLOYMENT_GIVING_BODY, DEPLOYMENT_BODY_PARENTHESES, DEPLOYMENT_RESPECTIVELY, ...Object.values(PROTEST_RULES), SIZE_ESTIMATE, STRIKE_SIZE, ...MEASURE_RULES, ...Object.values(STATEMENT_RULES),
];
