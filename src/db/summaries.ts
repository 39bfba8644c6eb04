// Readable titles. The build writes each row's title in words into `entities.title` (readableTitles); every
// title the API shows is read from there: `expand=` summaries, facet titles, `referenced_by`, annotations,
// `/v1/entities/{id}` and search hits, so they all agree.
import { inArray } from 'drizzle-orm';
import { FACT_COLLECTIONS } from '../collections/index.js';
import type { Item } from './columns.js';
import { entities } from './schema.js';
import type { Seed } from './seed.js';
import type { Db } from './store.js';
import type { EntityType } from '../schemas/vocabulary.js';

export interface EntitySummary { id: string; type: EntityType; title: string }

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Whether a name reads as plural, so that a verb after it agrees: one word, or a lowercase last word, ending
 * in a plural "s" ("Critics", "Trade unions", "Opposition parties"); a proper name of several capitalised
 * words ("United States") and words ending in "ss", "us" or "is" ("Paris") are singular.
 */
export function pluralName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return /[^isu]s$/i.test(last) && (words.length === 1 || last[0] === last[0]?.toLowerCase());
}

const IRREGULAR_PLURAL_VERBS: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do' };

/** A predicate in words, its leading verb agreeing with a plural subject ("points_to" → "point to", "criticizes" → "criticize"). */
export function predicateInWords(predicate: string, pluralSubject: boolean): string {
  const [verb = '', ...rest] = predicate.split('_');
  const agreed = !pluralSubject ? verb
    : IRREGULAR_PLURAL_VERBS[verb] ?? verb.replace(/ies$/, 'y').replace(/(ch|sh|x|ss|zz|o)es$/, '$1').replace(/([^s])s$/, '$1');
  return [agreed, ...rest].join(' ');
}

/**
 * Titles in words: a claim reads "subject predicate object" with the titles of what it names, not ids (`USB
 * organizes ICE OUT rally`, `Trade unions criticize …`), a deployment names its force (`Carabinieri: Military police`); a source keeps
 * its headline and every other row its collection's title. A claim about a deployment or another claim
 * reads that row's title in words too (a cycle of claims falls back to the collection's title).
 */
export function readableTitles(seed: Seed): Map<string, string> {
  const rows = new Map<string, { own: string; words?: () => string }>(seed.sources.map((source) => [source.id, { own: source.title }]));
  const readable = new Map<string, string>();
  const reading = new Set<string>();
  const titleOf = (id: unknown): string => {
    const row = rows.get(text(id));
    if (!row) return text(id);
    if (!row.words || reading.has(text(id))) return row.own;
    if (!readable.has(text(id))) {
      reading.add(text(id));
      readable.set(text(id), row.words());
      reading.delete(text(id));
    }
    return readable.get(text(id))!;
  };
  const inWords: Record<string, (item: Item) => string> = {
    claims: (claim) => {
      const subject = titleOf(claim.subject_id);
      return [subject, predicateInWords(text(claim.predicate), pluralName(subject)), claim.object_id ? titleOf(claim.object_id) : text(claim.value)].filter(Boolean).join(' ');
    },
    deployments: (deployment) => (deployment.role ? `${titleOf(deployment.organization_id)}: ${text(deployment.role)}` : titleOf(deployment.organization_id)),
  };
  for (const spec of FACT_COLLECTIONS) {
    const words = inWords[spec.name];
    for (const item of seed.facts.get(spec.name) ?? []) rows.set(item.id, { own: spec.title(item), ...(words && { words: () => words(item) }) });
  }
  return new Map([...rows.keys()].map((id) => [id, titleOf(id)]));
}

/** Summaries of the given ids, keyed by id; ids that name nothing are left out. */
export function summariesOf(db: Db, ids: Iterable<string>): Map<string, EntitySummary> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  const rows = db.select({ id: entities.id, type: entities.type, title: entities.title }).from(entities).where(inArray(entities.id, wanted)).all();
  return new Map(rows.map((row) => [row.id, row]));
}
