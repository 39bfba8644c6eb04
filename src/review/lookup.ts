// Search-as-you-type over the knowledge base by name, for the edit form's reference fields and the merge
// field: a reviewer types "carab" and picks "Carabinieri", never an id. Words are cut and folded as the API's
// `q` and /v1/search cut them (case and diacritics folded), and every typed word must start a word of the
// row's title, name, acronym or alias. The seed is small enough to scan per keystroke (thousands of rows).
import { FACT_COLLECTIONS, type FactCollection } from '../collections/index.js';
import type { Item } from '../db/columns.js';
import { referenceFields } from '../db/references.js';
import { entities } from '../db/schema.js';
import type { Seed } from '../db/seed.js';
import { words } from '../db/words.js';
import { calledAgainBy } from '../lib/personal-names.js';

export interface Match { id: string; title: string; type: string }

export const LOOKUP_LIMIT = 12;
/** Names searched per row: a long text field (a statement's words) is not a name. */
const NAME_LENGTH = 200;

/** The collections whose ids a reference field holds: one collection's, or every one's (and the articles') for an id of any type. */
/**
 * References into any entity that only some collections may fill: a statement's speaker is a person or an
 * organization (its collection's speaker filter, API.md), so its search offers no place or event.
 */
const NARROWER_TARGETS: Record<string, string[]> = { 'statements.speaker_id': ['people', 'organizations'] };

export function referenceTargets(spec: FactCollection, field: string): string[] | undefined {
  const reference = referenceFields(spec).find((r) => r.field === field && !r.objects);
  if (!reference) return undefined;
  const narrowed = NARROWER_TARGETS[`${spec.name}.${field}`];
  if (narrowed) return narrowed;
  if (reference.target === entities) return ['sources', ...FACT_COLLECTIONS.map((c) => c.name)];
  return FACT_COLLECTIONS.filter((c) => c.table === reference.target).map((c) => c.name);
}

/** The collections an id inside a list of objects points into: a person's `roles[].organization_id` into organizations. */
export function objectReferenceTargets(spec: FactCollection, field: string, key: string): string[] | undefined {
  const reference = referenceFields(spec).find((r) => r.field === field && r.objects && r.key === key);
  if (!reference) return undefined;
  if (reference.target === entities) return ['sources', ...FACT_COLLECTIONS.map((c) => c.name)];
  return FACT_COLLECTIONS.filter((c) => c.table === reference.target).map((c) => c.name);
}

/** `person`: the name a person row is known by ('' for one known by role): its other names are role titles. */
interface Candidate { id: string; title: string; type: string; collection: string; names: string[][]; raw: string[]; person?: string }

function candidates(seed: Seed, collections: string[]): Candidate[] {
  const wanted = new Set(collections);
  const sources = wanted.has('sources') ? seed.sources.map((s) => ({ id: s.id, title: s.title, type: 'source', collection: 'sources', names: [words(s.title)], raw: [s.title] })) : [];
  return [...sources, ...FACT_COLLECTIONS.filter((c) => wanted.has(c.name)).flatMap((spec) => (seed.facts.get(spec.name) ?? []).map((item: Item) => {
    const title = spec.title(item) || item.id;
    const names = [title, ...spec.text(item)].filter((n): n is string => typeof n === 'string' && n !== '' && n.length <= NAME_LENGTH);
    return { id: item.id, title, type: spec.type, collection: spec.name, names: names.map(words), raw: names, ...(spec.name === 'people' && { person: typeof item.name === 'string' ? item.name : '' }) };
  }))];
}

/**
 * How well a row's names answer the typed words, lower better: 0 a name is exactly them; a name starting with
 * them as whole words (1: "port" for "Port of Gothenburg") before one whose first word only starts with the
 * last typed word (2: "Portugal"); then the same two elsewhere in a name (3, 4); null no match.
 */
function rank(typed: string[], names: string[][]): number | null {
  let best: number | null = null;
  for (const name of names) {
    if (!typed.every((t) => name.some((w) => w.startsWith(t)))) continue;
    const exact = name.length === typed.length && typed.every((t, i) => name[i] === t);
    const leading = typed.every((t, i) => name[i]?.startsWith(t));
    const whole = leading ? typed.every((t, i) => name[i] === t) : typed.every((t) => name.includes(t));
    const score = exact ? 0 : (leading ? 1 : 3) + (whole ? 0 : 1);
    best = best === null ? score : Math.min(best, score);
  }
  return best;
}

/**
 * The rows of the given collections whose names match what was typed, best first; the rows `first` holds (those
 * the article beside the search cites) before any other, as the empty box lists them: "supp" beside an article
 * citing the Dukla Ostrava Supporters' Club gives it before another article's "Supporters".
 */
export function lookup(seed: Seed, query: string, collections: string[], limit = LOOKUP_LIMIT, first: ReadonlySet<string> = new Set()): Match[] {
  const typed = words(query).slice(0, 8);
  if (!typed.length) return [];
  const later = (c: Candidate) => (first.has(c.id) ? 0 : 1);
  return candidates(seed, collections)
    .map((c) => ({ c, score: rank(typed, c.names) }))
    .filter((m): m is { c: Candidate; score: number } => m.score !== null)
    .sort((a, b) => later(a.c) - later(b.c) || a.score - b.score || a.c.title.length - b.c.title.length || a.c.title.localeCompare(b.c.title))
    .slice(0, limit)
    .map(({ c }) => ({ id: c.id, title: c.title, type: c.type }));
}

/** Collections whose rows are named things a text names: what a new fact's references are read from. */
export const NAMED_COLLECTIONS = ['people', 'organizations', 'places', 'events'];
/** Ranks of a police or armed force ("Colonel", "Superintendent"), which the force's officers hold. */
export const RANK_WORDS = 'General|Colonel|Major|Captain|Lieutenant|Sergeant|Corporal|Inspector|Superintendent|Constable|Commissioner|Brigadier|Admiral|Commodore';
/** A rank alone ("General", "Lieutenant Colonel"), which an officer holds beside an office; a commissioner holds an office. */
const RANK_ONLY = new RegExp(`^(?!commissioner$)(?:(?:Lieutenant|Major|Brigadier|Rear|Vice)\\s+)?(?:${RANK_WORDS})$`, 'iu');

/**
 * Whether a person's role at `index` is a rank beside an office another role gives with its body ("General" beside
 * "Regional commander" of the army, from "the army's regional commander, General Ada Moen"). Reviewers differ on it: a
 * rank is the force's, so it may stand as a role of that body, or it is no office and is removed; its line says both
 * (the "no organization" mark, and the hint). Counter-example: "Colonel" as a person's only role is their title.
 */
export function rankBesideOffice(roles: unknown, index: number): boolean {
  const all = Array.isArray(roles) ? roles.filter((role): role is Record<string, unknown> => typeof role === 'object' && role !== null) : [];
  const role = all[index];
  return role !== undefined && typeof role.title === 'string' && RANK_ONLY.test(role.title.trim())
    && all.some((other, at) => at !== index && typeof other.organization_id === 'string' && !RANK_ONLY.test(String(other.title ?? '').trim()));
}

/** A personal name: two or more capitalised words (not a role standing for an unnamed person, "Mayor of Milan"). */
const PERSONAL_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+$/u;
/** Words of a selection read for names: a longer one is not a selection of a fact's words. */
const TEXT_WORDS = 400;

/**
 * The ids of the rows of `collections` whose names the text contains as whole words, in the order the text
 * names them. A name inside a longer one the text names is not named ("Geneva" in "Geneva Cantonal Police"),
 * and a one-word name counts only written as the row writes it ("Nice", not "nice"). A person's role title is
 * no longer name hiding the body it names: "a spokesman for the Harbour Rowing Club" names the club even when a
 * person holds the title "Spokesman for the Harbour Rowing Club". `own`: rows of this collection (the one a
 * fact is read for, whose name its words hold) hide nothing either: "a fight in the Long Market" names the
 * square though an event is named so.
 */
export function namedIn(seed: Seed, text: string, collections: string[], own?: string): string[] {
  const tokens = words(text).slice(0, TEXT_WORDS);
  const at = new Map<string, number[]>();
  tokens.forEach((token, i) => at.set(token, [...(at.get(token) ?? []), i]));
  const found: Array<{ id: string; start: number; end: number; wanted: boolean; hides: boolean }> = [];
  for (const c of candidates(seed, NAMED_COLLECTIONS)) {
    // A person named again by the last word of their name ("Monnet said"), or the first of a name written family
    // name first ("Kim Ha-eun", "Kim said"), as articles do after the first mention.
    const surname = c.collection === 'people' && PERSONAL_NAME.test(c.raw[0]!) ? calledAgainBy(c.raw[0]!) : undefined;
    if (surname) { c.names.push(words(surname)); c.raw.push(surname); }
    const hides = (n: number) => c.collection !== own && (c.person === undefined || (c.person !== '' && (c.raw[n] === c.person || c.raw[n] === surname)));
    c.names.forEach((name, n) => {
      if (!name.length || (name.length === 1 && !text.includes(c.raw[n]!))) return;
      // Every place the name stands, so that one inside a longer name ("the Lakeside Police … across Lakeside") is not its only one.
      for (const start of (at.get(name[0]!) ?? []).filter((i) => name.every((word, k) => tokens[i + k] === word))) {
        found.push({ id: c.id, start, end: start + name.length, wanted: collections.includes(c.collection), hides: hides(n) });
      }
    });
  }
  const inside = (a: typeof found[number]) => found.some((b) => b.hides && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start && b.id !== a.id);
  return [...new Set(found.filter((f) => f.wanted && !inside(f)).sort((a, b) => a.start - b.start).map((f) => f.id))];
}
