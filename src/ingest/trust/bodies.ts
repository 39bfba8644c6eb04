// Bodies named by what they are rather than by a name. Examples: "the interior ministry" in a story about
// Italy is the known Italian interior ministry; "the American consulate" in a story that names Milan is the
// known "US consulate in Milan"; "law-enforcement officers" is the alias "law enforcement officers".
// Counter-examples: "the interior ministry" in a story about Austria is not Italy's; "the American consulate"
// in a Florence story is not the one in Milan; "police" or "officers" alone never name a body: they take the
// body of a known count that fits (same event, value and hedge), or stay unresolved.
import type { Item } from '../../db/columns.js';
import type { Fact } from '../extract.js';
import { FORCE_NOUNS } from '../lexicon.js';
import type { ArticleContext } from './context.js';
import { coreName, namedPlace } from './names.js';

/**
 * Words of a force named by what it is: "police officers", "law enforcement agents", "security forces".
 * Members' names of one body ("gendarmes" of the Gendarmerie, "carabinieri") name that body, so are not among them.
 */
const BODY_MEMBERS = new Set(['gendarmes', 'carabinieri']);
const FORCE_WORDS = new Set([...FORCE_NOUNS.filter((n) => !BODY_MEMBERS.has(n)).flatMap((n) => n.split(' ')), 'law', 'enforcement', 'security', 'forces', 'force', 'riot', 'uniformed', 'armed', 'local', 'extra', 'additional']);

/** A force named only by generic nouns ("Police officers", "Law enforcement officers"), with no acronym and no country. */
export function isGenericForce(org: Fact): boolean {
  return !org.acronym && org.country == null && coreName(org.name).split(' ').every((w) => FORCE_WORDS.has(w));
}

/** The one known body of the article's country with the same core name, in a place the article names if its name gives one. */
export function bodyInContext(org: Fact, kb: Item[], context: ArticleContext): Item | undefined {
  const country = org.country ?? context.country;
  if (country == null) return undefined;
  const core = coreName(org.name);
  const candidates = kb.filter((k) => k.country === country && k.kind === org.kind && coreName(k.name) === core
    && (namedPlace(k.name) === null || context.placeNames.has(namedPlace(k.name)!)));
  return candidates.length === 1 ? candidates[0] : undefined;
}
