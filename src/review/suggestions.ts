// References offered in one click on an article's cards: for a reference a fact leaves empty (a field, or
// the id inside an item of a list of objects, as a role's organization), the rows of the target collection
// that the same article cites (the city its venues lie in, the event its forces are deployed for, the body a
// spokesman speaks for), those the fact's own citations name first (the body a director general's sentence
// names), then those that already fill the same reference for other rows, then in the article's order. A reviewer who would otherwise click the field, type part of a name and pick it from the
// search list (three actions and a dozen characters) clicks the name.
// A reference the knowledge base (almost) never fills is not offered, read from the reviewed rows themselves:
// where checked rows of a collection (of the same kind, when it has kinds) leave one empty, as an
// organization's parent, its emptiness is no sign of a mistake. Filled now and then (a measure's place), or
// with too few checked rows to tell, it is offered: a line of names costs less than a missed reference.
import { collectionByName, FACT_COLLECTIONS, type FactCollection } from '../collections/index.js';
import type { Item } from '../db/columns.js';
import { referenceFields } from '../db/references.js';
import { entities } from '../db/schema.js';
import type { Seed } from '../db/seed.js';
import { PLACE_HEADS } from '../ingest/lexicon.js';
import { PLACE_KINDS } from '../schemas/vocabulary.js';
import { editableFields } from './actions.js';
import { shownTitle } from './form.js';
import { bodyBySubjectWord, bodyOfIt, bodyOfTitle, ministryOfTitle, namedByHead, speakersBodies } from './head-words.js';
import { NAMED_COLLECTIONS, namedIn } from './lookup.js';
import { sentenceAround } from './rejections.js';

/** One name a reviewer can put in an empty reference of a fact. */
export interface Suggestion { id: string; title: string }
/** Per empty reference worth filling, by its path (`within_id`, `roles.0.organization_id`), the article's rows that could fill it. */
export type Suggestions = Map<string, Suggestion[]>;

/** At most this many names per reference: past it, the search list is as quick. */
export const SUGGESTIONS_PER_FIELD = 4;
/** A reference counts as seldom filled when fewer than this share of the reviewed rows (or items) compared fill it… */
const SELDOM = 0.1;
/** …and at least this many were compared (fewer say nothing: it is offered). */
const ENOUGH_ROWS = 5;

interface Cited { source_id: string; start: number; quote: string }
const citationsOf = (item: Item) => item.citations as Cited[];
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);
const kindOf = (item: Item) => (typeof item.kind === 'string' ? item.kind : '');
const objectsOf = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : []);

/** A reference a reviewer sets: a field of ids or one id, or (`key`) the id field of each item of a list of objects. */
interface Reference { field: string; key?: string; targets: FactCollection[] }

/** A collection's references a reviewer sets (not ids of any type, which would offer every row of the article). */
function pickableReferences(spec: FactCollection): Reference[] {
  const editable = new Set(editableFields(spec));
  return referenceFields(spec).filter((r) => r.target !== entities && editable.has(r.field))
    .map((r) => ({ field: r.field, ...(r.objects && { key: r.key }), targets: FACT_COLLECTIONS.filter((c) => c.table === r.target) }));
}

/** The values a reference holds in a row: the field's ids, or the ids of its items' key. */
const valuesOf = (row: Item, { field, key }: Reference): unknown[] => (key === undefined
  ? (Array.isArray(row[field]) ? row[field] as unknown[] : [row[field]])
  : objectsOf(row[field]).map((object) => object[key]));

/**
 * Whether reviewed rows like this one (same collection and kind; the collection alone when the kind has too
 * few) seldom fill a reference: for a list of objects, the share of their items that do.
 */
function seldomFilled(reviewed: Item[], item: Item, reference: Reference): boolean {
  const sameKind = reviewed.filter((row) => kindOf(row) === kindOf(item));
  const rows = sameKind.length >= ENOUGH_ROWS ? sameKind : reviewed;
  const filled = reference.key === undefined
    ? rows.map((row) => !isEmpty(row[reference.field]))
    : rows.flatMap((row) => valuesOf(row, reference).map((value) => !isEmpty(value)));
  return filled.length >= ENOUGH_ROWS && filled.filter(Boolean).length / filled.length < SELDOM;
}

/** The empty places of a reference in a row, by path: the field itself, or each item whose key is empty. */
function emptySlots(item: Item, reference: Reference): string[] {
  const { field, key } = reference;
  if (key === undefined) return isEmpty(item[field]) ? [field] : [];
  return objectsOf(item[field]).flatMap((object, index) => (isEmpty(object[key]) ? [`${field}.${index}.${key}`] : []));
}

/** How often each id fills each reference of each collection across the knowledge base: a city that holds other places' `within_id` is likelier to hold this one's than a venue is. */
function referenceUse(seed: Seed): Map<string, number> {
  const used = new Map<string, number>();
  for (const spec of FACT_COLLECTIONS) {
    for (const reference of pickableReferences(spec)) {
      const name = `${spec.name}.${reference.field}.${reference.key ?? ''}`;
      for (const row of seed.facts.get(spec.name) ?? []) {
        for (const id of valuesOf(row, reference)) if (typeof id === 'string') used.set(`${name}\n${id}`, (used.get(`${name}\n${id}`) ?? 0) + 1);
      }
    }
  }
  return used;
}

type CitedRow = Suggestion & { type: string; first: number };

/**
 * Each article's rows per collection, in the article's order (its first words: the dateline's city, the lede's
 * event), in one pass over the knowledge base; `only` keeps one article's.
 */
function citedByArticle(seed: Seed, only?: string): Map<string, Map<string, CitedRow[]>> {
  const byArticle = new Map<string, Map<string, CitedRow[]>>();
  const titles = new Map(FACT_COLLECTIONS.flatMap((spec) => (seed.facts.get(spec.name) ?? []).map((row) => [row.id, spec.title(row) || row.id] as const)));
  for (const spec of FACT_COLLECTIONS) {
    for (const row of seed.facts.get(spec.name) ?? []) {
      const first = new Map<string, number>();
      for (const c of citationsOf(row)) if (only === undefined || c.source_id === only) first.set(c.source_id, Math.min(first.get(c.source_id) ?? c.start, c.start));
      for (const [source, start] of first) {
        const rows = byArticle.get(source) ?? byArticle.set(source, new Map()).get(source)!;
        const list = rows.get(spec.name) ?? rows.set(spec.name, []).get(spec.name)!;
        list.push({ id: row.id, title: shownTitle(spec, row, (id) => titles.get(id)), type: spec.type, first: start });
      }
    }
  }
  for (const rows of byArticle.values()) for (const list of rows.values()) list.sort((a, b) => a.first - b.first);
  return byArticle;
}

/** The rows of some collections that an article cites, in its order: what an empty search box beside it lists first. */
export function articleRows(seed: Seed, sourceId: string, collections: string[], limit: number): Array<Suggestion & { type: string }> {
  const cited = citedByArticle(seed, sourceId).get(sourceId);
  return collections.flatMap((name) => cited?.get(name) ?? []).sort((a, b) => a.first - b.first).slice(0, limit).map(({ id, title, type }) => ({ id, title, type }));
}

/** A sentence opened by a possessive that stands for a body named before ("Its secretary general, …"). */
const OPENED_BY_POSSESSIVE = /^(?:Its|Their)\s/u;

/**
 * The rows the sentences of a fact's own citations of an article name: what its words refer to, offered before
 * the others (2, the one named first before the rest). The whole sentence, as "its director general, Mutale Banda" says whose he is by its subject.
 * A sentence opened by "Its" or "Their" names its body in the sentence before, whose rows come next (1): "Its
 * secretary general, Marta Xicara, said …" after "The Market Vendors' Union has called a protest …".
 * Counter-example: "…, its director, Sofia Ramirez, said." names its body in its own sentence, nothing before.
 * A row named again by its head word ("The union's secretary general, …", "over the showgrounds") comes after
 * those (1.5): "within five kilometres of the stadium and Embassy Park" offers the park first.
 * Rows of the fact's own collection hide no names inside theirs (`own`): a fight named after the square it
 * happened in names the square.
 */
function namedInOwnCitations(seed: Seed, item: Item, sourceId: string, own: string): Map<string, number> {
  const text = seed.sources.find((source) => source.id === sourceId)?.text ?? '';
  const named = new Map<string, number>();
  for (const c of citationsOf(item).filter((cited) => cited.source_id === sourceId)) {
    const at = text.indexOf(c.quote);
    const sentence = at < 0 ? c.quote : sentenceAround(text, at, at + c.quote.length);
    const start = at < 0 ? -1 : text.lastIndexOf(sentence, at);
    const end = start > 0 && OPENED_BY_POSSESSIVE.test(sentence) ? text.slice(0, start).trimEnd().length : 0;
    const before = end > 0 ? sentenceAround(text, end - 1, end) : '';
    for (const id of namedIn(seed, before, NAMED_COLLECTIONS, own)) named.set(id, Math.max(named.get(id) ?? 0, 1));
    // Of the rows the sentence names, the one named first comes first ("will close the Riva waterfront …, and has
    // banned parking on Kresimirova Street": the Riva), ahead of rows merely filling other facts: 2 to 2.5 by order.
    const inSentence = namedIn(seed, sentence, NAMED_COLLECTIONS, own);
    inSentence.forEach((id, i) => named.set(id, Math.max(named.get(id) ?? 0, 2 + (inSentence.length - i) / (inSentence.length + 1) / 2)));
    // Named again by a head word only, or by a word of its name as the subject ("Police will check bags …"), or
    // the body its speaker speaks for: after the rows the sentence names by name, before the sentence before's,
    // and before the rows that merely fill other facts of the article.
    const speakers = speakersBodies(seed, text, sentence, sourceId);
    const again = [...namedByHead(seed, sentence, sourceId), bodyBySubjectWord(seed, sentence, sourceId, speakers), ...speakers];
    for (const id of again) if (id !== undefined) named.set(id, Math.max(named.get(id) ?? 0, 1.5));
    // "It has also banned …": the body "It" stands for is the sentence's own subject, offered as one it names.
    const it = at < 0 ? undefined : bodyOfIt(seed, text, sentence, sourceId);
    if (it) named.set(it, Math.max(named.get(it) ?? 0, 2));
    // The event's own name said again in those words is no place it is held at ("at the Soria Eclipse Festival on
    // Monte Valonsadero" holds it on the hill, not in the city its name opens with).
    if (own !== 'events' || at < 0 || start < 0) continue;
    const described = withoutOwnName(describedAfter(text.slice(at + withoutClosingMarks(c.quote).length, start + sentence.length)), String(collectionByName.get(own)!.title(item)));
    for (const id of namedIn(seed, described, ['places'], own)) named.set(id, 3);
  }
  // A minister's role is held at the ministry of the title's portfolio, a role the title names the body of ("commander
  // of the police administration", a mayor's city government) at that body, before any other body the sentence names.
  if (own === 'people') for (const role of objectsOf(item.roles)) {
    const ministry = typeof role.title === 'string' ? ministryOfTitle(seed, role.title, sourceId) ?? bodyOfTitle(seed, role.title, sourceId)?.id : undefined;
    if (ministry) named.set(ministry, 3);
  }
  return named;
}

/** Some words with a name blanked out wherever it stands in them, same length. */
const withoutOwnName = (words: string, name: string) => (name ? words.split(name).join(' '.repeat(name.length)) : words);

/** A quote without the punctuation and spaces closing it ("Vitranc Cup," is "Vitranc Cup"): a loop, as a regex anchored at the end is quadratic. */
function withoutClosingMarks(quote: string): string {
  let end = quote.length;
  while (end > 0 && ' \t\n,;:.'.includes(quote[end - 1]!)) end--;
  return quote.slice(0, end);
}

/**
 * The words right after an event's quote that describe it: the rest of its clause, or the apposition set off by a
 * comma after its name (", the World Cup giant slalom and slalom races on the Podkoren slope"), where the place it
 * is held is named first, before a place the rest of the sentence names for something else ("officers on duty in
 * Kranjska Gora … for the Vitranc Cup"). Counter-example: "the Cup, said the mayor of Kranjska Gora" ends at its
 * comma.
 */
function describedAfter(rest: string): string {
  const apposition = /^,\s+(?:the|a|an)\s/u.test(rest);
  const stop = rest.indexOf(',', apposition ? 1 : 0);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** A place's kinds from the largest: a container is of the same kind or a larger one (a district holds no city). */
const PLACE_RANK = new Map<string, number>(PLACE_KINDS.map((kind, rank) => [kind, kind === 'square' ? PLACE_KINDS.indexOf('venue') : rank]));

/**
 * A region named by a feature of the land or water ("Han River", "Kotor Bay", "Rock Islands Lagoon", lexicon place_heads
 * of kind region): the contract has no smaller kind for it, yet it may run through a city or a district, which may
 * then hold it. Counter-example: "Lombardy", a region named by no such word, lies within no city.
 */
const featureOfLand = (row: Item) => kindOf(row) === 'region' && PLACE_HEADS[String(row.name ?? '').split(/\s+/u).at(-1) ?? ''] === 'region';

/**
 * Whether a row could hold a reference of a row of its own collection (a place's `within_id`, a body's
 * `parent_id`) without a circle: not when it lies inside that row already (a country's card does not offer its
 * cities). For places, not a smaller kind nor another country's place, and no country holds a country: Moldova
 * is within none of the places its article names, Romania within neither Ukraine nor a Moldovan town. For a
 * deployment's `part_of_id`, only a larger one of the same event (couldBeWhole).
 */
function couldContain(rows: Map<string, Item>, item: Item, field: string, candidate: string): boolean {
  const seen = new Set<string>();
  for (let at: unknown = candidate; typeof at === 'string' && !seen.has(at); at = rows.get(at)?.[field]) {
    if (at === item.id) return false;
    seen.add(at);
  }
  if (field === 'part_of_id') return couldBeWhole(item, rows.get(candidate));
  if (field !== 'within_id') return true;
  const other = rows.get(candidate);
  const rank = (row: Item) => (featureOfLand(row) ? PLACE_RANK.get('venue')! : PLACE_RANK.get(kindOf(row)) ?? PLACE_KINDS.length);
  if (!other || rank(other) > rank(item) || (kindOf(item) === 'country' && kindOf(other) === 'country')) return false;
  return !(item.country && other.country && item.country !== other.country);
}

/** A count's value, when the row states one. */
const countOf = (value: unknown) => (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'number' ? (value as { value: number }).value : undefined);

/**
 * Whether a deployment could be the whole another is part of: more people than the part when both counts are
 * stated, and for the same event when both name one. Counter-example: 120 soldiers are no part of 60 Red Cross
 * volunteers, nor 1,100 police officers of 120 soldiers.
 */
function couldBeWhole(part: Item, whole: Item | undefined): boolean {
  if (!whole) return false;
  const [partCount, wholeCount] = [countOf(part.personnel), countOf(whole.personnel)];
  if (partCount !== undefined && wholeCount !== undefined && wholeCount <= partCount) return false;
  return !(typeof part.event_id === 'string' && typeof whole.event_id === 'string' && part.event_id !== whole.event_id);
}

/**
 * What a page offers its facts, by the article a fact is read on: per empty reference the knowledge base does
 * not seldom fill, that article's rows that could fill it (the fact itself aside). The knowledge base is read
 * once per page, whatever the number of articles its facts come from.
 */
export function suggestionsIn(seed: Seed): (sourceId: string) => (spec: FactCollection, item: Item) => Suggestions {
  const cited = citedByArticle(seed);
  const used = referenceUse(seed);
  const reviewed = new Map(FACT_COLLECTIONS.map((spec) => [spec.name, (seed.facts.get(spec.name) ?? []).filter((row) => row.review === 'reviewed')]));
  const byId = new Map(FACT_COLLECTIONS.map((spec) => [spec.name, new Map((seed.facts.get(spec.name) ?? []).map((row) => [row.id, row]))]));
  return (sourceId) => (spec, item) => {
    const offered: Suggestions = new Map();
    const rowsOf = cited.get(sourceId);
    let ownNamed: Map<string, number> | undefined;
    for (const reference of pickableReferences(spec)) {
      const slots = emptySlots(item, reference);
      if (!slots.length || seldomFilled(reviewed.get(spec.name)!, item, reference)) continue;
      ownNamed ??= namedInOwnCitations(seed, item, sourceId, spec.name);
      const own = (id: string) => ownNamed!.get(id) ?? 0;
      const use = (id: string) => used.get(`${spec.name}.${reference.field}.${reference.key ?? ''}\n${id}`) ?? 0;
      const inward = reference.key === undefined && reference.targets.some((target) => target.name === spec.name);
      const rows = reference.targets.flatMap((target) => rowsOf?.get(target.name) ?? [])
        .filter((row) => row.id !== item.id && (!inward || couldContain(byId.get(spec.name)!, item, reference.field, row.id)))
        .sort((a, b) => own(b.id) - own(a.id) || use(b.id) - use(a.id) || a.first - b.first).slice(0, SUGGESTIONS_PER_FIELD).map(({ id, title }) => ({ id, title }));
      if (rows.length) for (const slot of slots) offered.set(slot, rows);
    }
    return offered;
  };
}

/**
 * The fields an edit sets when a reviewer picks `id` for the reference at `path` of a row: the field (a list
 * of one for a list of ids), or the list of objects with that item's key set and the other items as they are.
 * Undefined when the path names no reference of the collection or no item of the row.
 */
export function pickedFields(spec: FactCollection, row: Item, path: string, id: string): Record<string, unknown> | undefined {
  const [field = '', index, key, ...rest] = path.split('.');
  const reference = pickableReferences(spec).find((r) => r.field === field && r.key === key);
  if (!reference || rest.length || (key === undefined && index !== undefined)) return undefined;
  if (key === undefined) return { [field]: referenceFields(spec).some((r) => r.field === field && r.list) ? [id] : id };
  const items = objectsOf(row[field]);
  const at = Number(index);
  if (!/^\d+$/.test(index ?? '') || at >= items.length) return undefined;
  return { [field]: items.map((object, i) => (i === at ? { ...object, [key]: id } : object)) };
}
