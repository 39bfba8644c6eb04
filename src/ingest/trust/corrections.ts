// A count that says which earlier figure it corrects ("about 1,500 officers …, not the 1,200 it gave on the
// day", "… rather than the "about 1,200" announced"): the known count of that value is the one it replaces,
// so the two are one quantity and the new value contests the old one, whatever names the two articles give
// the force; a force named only by generic nouns is the body of the count it corrects. Counter-examples:
// "not the 1,200" with no known count of 1,200 of the article's country at the same event, or with two such
// counts; a comparison that is no correction ("up from the 4,500 announced last week" names no body's figure).
import type { Item } from '../../db/columns.js';
import { NUMBER_PHRASE } from '../../lib/numbers.js';
import type { Qualifier } from '../../schemas/vocabulary.js';
import { countOf, qualifierOf } from '../counts.js';
import type { Fact } from '../extract.js';
import { HEDGE_PART } from '../rules/deployments.js';
import { compose, type Rule } from '../rules/rule.js';
import { sentenceOf } from './ledger.js';

export const DEPLOYMENT_CORRECTION = {
  id: 'deployment.correction', produces: 'claims',
  description: 'a count followed in its clause by ", (and) not the <earlier figure>" or "rather than (instead of) the <earlier figure>", the figure maybe in quotation marks ("deployed about 1,500 officers for the march, not the 1,200 it gave on the day"): the known count of that earlier value, of the same body or a body of the article\'s country at the same event, is the count it corrects, so the new value contests it',
  pattern: compose('(?:,(?:[^\\S\\n]+and)?[^\\S\\n]+not|\\brather[^\\S\\n]+than|\\binstead[^\\S\\n]+of)[^\\S\\n]+the ["“]?{HEDGE}? {OLD}\\b', { HEDGE: HEDGE_PART, OLD: NUMBER_PHRASE }, 'giu'),
  examples: {
    match: ['The regional police deployed about 1,500 officers for the march, not the 1,200 it gave on the day.', 'About 4,200 officers will be on duty, not the 3,000 announced on Monday.',
      'They had 900 officers on duty, not the "some 700" announced on Monday.', 'In all, 900 officers were on duty rather than the "about 700" given last week.',
      'The force said 900 officers had been on duty during the fair, and not the "about 700" announced before it.'],
    noMatch: ['About 4,200 officers will be on duty, up from the 3,000 announced on Monday.', 'About 4,200 officers will be on duty, not all of them armed.', 'The officers will guard the park rather than the stations.'],
  },
} satisfies Rule;

type Personnel = { value: number | null; qualifier: string | null };
const personnel = (fact: Fact | Item) => fact.personnel as Personnel;

/** An earlier figure a count's sentence says it corrects: its value and hedge, and the article's words for it. */
export interface EarlierFigure { value: number; qualifier: Qualifier; quote: string }

/** The earlier figure a count's sentence says it corrects, read after the count's own words; null when none. */
export function correctedFigure(deployment: Fact, text: string | undefined): EarlierFigure | null {
  const quote = deployment.citations[0]?.quote;
  if (!text || !quote) return null;
  const sentence = sentenceOf(text, quote);
  const after = sentence.slice(sentence.indexOf(quote) + quote.length);
  const pattern = new RegExp(DEPLOYMENT_CORRECTION.pattern.source, 'iu');
  const found = pattern.exec(after);
  // Only the clause right after the count: a "not the" past the next count is that count's.
  if (!found || /\d/.test(after.slice(0, found.index))) return null;
  const { hedge, old } = found.groups as { hedge?: string; old: string };
  const value = countOf(old);
  // The words from the hedge on: the build finds the number with its hedge in them.
  return value === null ? null : { value, qualifier: qualifierOf(hedge), quote: found[0].slice(found[0].lastIndexOf(hedge ?? old)) };
}

const correctedValue = (deployment: Fact, text: string | undefined) => correctedFigure(deployment, text)?.value ?? null;

/**
 * The known count a deployment corrects by its own words: the one known count (no addition) of the stated
 * earlier value at the same event (or none on both sides), of the same body or of a body of the article's country.
 */
export function correctedCount(deployment: Fact, kb: Item[], bodyCountry: (id: unknown) => unknown, country: string | null, text: string | undefined): Item | undefined {
  const old = correctedValue(deployment, text);
  if (old === null) return undefined;
  const fits = kb.filter((k) => personnel(k).value === old && (k.event_id ?? null) === (deployment.event_id ?? null)
    && (k.organization_id === deployment.organization_id || (country !== null && bodyCountry(k.organization_id) === country)));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The known total of forces at the deployment's event (a claim of `predicate` on the event) whose value is
 * the earlier figure the deployment's sentence says it corrects; undefined when none, or more than one.
 */
export function correctedEventTotal(deployment: Fact, claims: Item[], predicate: string, text: string | undefined): Item | undefined {
  if (deployment.event_id == null) return undefined;
  const old = correctedValue(deployment, text);
  if (old === null) return undefined;
  const fits = claims.filter((c) => c.subject_id === deployment.event_id && c.predicate === predicate && Number(String(c.value).split(' ').at(-1)) === old);
  return fits.length === 1 ? fits[0] : undefined;
}
