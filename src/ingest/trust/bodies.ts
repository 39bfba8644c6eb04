// Bodies named by what they are rather than by a name. Examples: "the interior ministry" in a story about
// Italy is the known Italian interior ministry; "the American consulate" in a story that names Milan is the
// known "US consulate in Milan"; "law-enforcement officers" is the alias "law enforcement officers".
// Counter-examples: "the interior ministry" in a story about Austria is not Italy's; "the American consulate"
// in a Florence story is not the one in Milan; "police" or "officers" alone never name a body (extraction marks
// them, rule deployment.generic-force): they take the body of a known count that fits, or stay unresolved.
import type { Item } from '../../db/columns.js';
import type { Fact } from '../extract.js';
import type { ArticleContext } from './context.js';
import { coreName, namedPlace } from './names.js';

/** The one known body of the article's country with the same core name, in a place the article names if its name gives one. */
export function bodyInContext(org: Fact, kb: Item[], context: ArticleContext): Item | undefined {
  const country = org.country ?? context.country;
  if (country == null) return undefined;
  const core = coreName(org.name);
  const candidates = kb.filter((k) => k.country === country && k.kind === org.kind && coreName(k.name) === core
    && (namedPlace(k.name) === null || context.placeNames.has(namedPlace(k.name)!)));
  return candidates.length === 1 ? candidates[0] : undefined;
}
