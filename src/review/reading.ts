// The reading view's pieces: an article cut into its paragraphs, each machine fact placed under the paragraph
// its first citation of the article falls in, and the one line a fact is read as there. The line is derived
// from the collection's schema (one source of truth for every kind): the title the card shows, then the fields
// that make the fact right or wrong, each as a reader reads it: a quantity with its hedge and what it counts,
// references by their rows' titles, dates with their precision, short values, long texts cut.
import type { FactCollection } from '../collections/index.js';
import { FACT_COLLECTIONS } from '../collections/index.js';
import type { Item } from '../db/columns.js';
import type { Seed } from '../db/seed.js';
import { shownTitle, type TitleOf } from './form.js';
import { html, type Html } from './html.js';
import { findDates, isDayOfSaying, type FoundDate } from '../ingest/dates.js';
import { EVENT_WORD_PATTERN } from '../ingest/lexicon.js';
import { numbersIn } from '../lib/numbers.js';
import { mayorsCity } from '../ingest/passes/role-bodies.js';
import { bodyBySubjectWord, bodyOfIt, namedByHead, speakersBodies } from './head-words.js';
import { NAMED_COLLECTIONS, namedIn, objectReferenceTargets, RANK_WORDS, rankBesideOffice, referenceTargets } from './lookup.js';
import { sentenceAround } from './rejections.js';

/** A paragraph of an article, in code points (as citations count). */
export interface Paragraph { start: number; end: number }

/**
 * The article's paragraphs as the text has them: runs of lines between blank lines; a text with no blank line
 * at all (one paragraph a line) by its lines. Blank lines belong to none.
 */
export function paragraphs(text: string): Paragraph[] {
  const chars = [...text];
  const lines: Array<Paragraph & { blank: boolean }> = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i] !== '\n') continue;
    const end = i > start && chars[i - 1] === '\r' ? i - 1 : i;
    lines.push({ start, end, blank: chars.slice(start, end).every((c) => /\s/.test(c)) });
    start = i + 1;
  }
  const split = lines.some((line) => line.blank);
  const out: Paragraph[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    const last = out[out.length - 1];
    const joined = split && last && !lines.some((l) => l.blank && l.start >= last.end && l.end <= line.start);
    if (joined) last.end = line.end;
    else out.push({ start: line.start, end: line.end });
  }
  return out;
}

interface Cited { source_id: string; start?: number }

/** The paragraph (its index) holding the start of a fact's first citation of the article; undefined when none does. */
export function paragraphOf(paras: Paragraph[], item: Item, sourceId: string): number | undefined {
  const first = (item.citations as Cited[]).find((c) => c.source_id === sourceId);
  if (typeof first?.start !== 'number') return undefined;
  const at = paras.findIndex((p) => first.start! >= p.start && first.start! < p.end);
  return at < 0 ? undefined : at;
}

/** Fields a line leaves to the card: bookkeeping, the note, and what another field says with it. */
const LEFT_TO_THE_CARD = new Set(['id', 'citations', 'review', 'rules', 'reviewed_by', 'reviewed_at', 'challenges', 'derived', 'note', 'date_precision']);
/** Characters of a text field, and of the title, a line shows before cutting it. */
const TEXT_CUT = 90;
/** References of one field a line names before "+ n more". */
const REFERENCES_SHOWN = 3;
/** A field is one the kind normally fills when at least this share of its reviewed rows fill it… */
const NORMALLY = 0.5;
/** …over at least this many rows (fewer say nothing: the line names no empty field of that kind). */
const ENOUGH_ROWS = 5;

export const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);
export const isQuantity = (value: unknown): value is { value: number | null; qualifier: string | null } => typeof value === 'object' && value !== null && 'value' in value && 'qualifier' in value;
/** A count the fact leaves unstated (a protest's size of no value): empty, as a line reads it. */
const unstatedCount = (value: unknown) => isQuantity(value) && value.value === null;
export const cut = (text: string, limit = TEXT_CUT) => ([...text].length > limit ? `${[...text].slice(0, limit - 1).join('').trimEnd()}…` : text);
/** A field's name as a line labels it: `within_id` is "within", `place_ids` "place". */
const label = (field: string) => field.replace(/_ids?$/, '').replaceAll('_', ' ');

/** Whether a field is one a fact of this kind normally fills: most reviewed rows of its kind (of its collection, where it has no kinds) do. */
export type NormallyFilled = (spec: FactCollection, item: Item, field: string) => boolean;

export function normallyFilled(seed: Seed): NormallyFilled {
  const reviewed = new Map(FACT_COLLECTIONS.map((spec) => [spec.name, (seed.facts.get(spec.name) ?? []).filter((row) => row.review === 'reviewed')]));
  return (spec, item, field) => {
    // A kind's own rows, where the collection has kinds: a country is within nothing though most places are within one.
    const rows = (reviewed.get(spec.name) ?? []).filter((row) => !('kind' in spec.schema.properties) || row.kind === item.kind);
    return rows.length >= ENOUGH_ROWS && rows.filter((row) => !isEmpty(row[field])).length / rows.length >= NORMALLY;
  };
}

/** Whether a fact's own cited words state a value for one of its empty fields (`key`: the id inside an item of a list of objects, a role's body). */
export type StatedInWords = (spec: FactCollection, item: Item, field: string, key?: string, title?: string) => boolean;

/** Titles any body may give ("spokesman", "director"): a body the words name fits them. */
const TITLES_OF_ANY_BODY = /\b(?:spokes(?:man|woman|person)|director|president|chair(?:man|woman|person)?|head|chief|secretary|commander|manager|coordinator|leader|organi[sz]er|founder|official)\b/iu;
/** A rank of a police or armed force ("Colonel", "Lieutenant Colonel"), which the force's officers hold: it fits a police force or an armed body. */
const RANK = new RegExp(`\\b(?:${RANK_WORDS})\\b`, 'u');
const ARMED_BODY = /\b(?:Army|Armed|Forces|Guard|Navy|Air Force|Military|Gendarmerie|Police)\b/u;
/**
 * The words of a name long enough to say what it is, by their first six letters ("minist" of Minister and Ministry,
 * "cultur" of Culture); four would make "Interior" and "Internal" one word.
 */
const stems = (name: string) => new Set(name.toLowerCase().split(/\P{L}+/u).filter((word) => word.length >= 4).map((word) => word.slice(0, 6)));

/** A bishop's title and the see it heads, whose words share no six letters: "Archbishop" and the "Archdiocese of …". */
const SEE_OF: Record<string, string> = { archbi: 'archdi', bishop: 'dioces' };

/**
 * Whether a role's title fits a body its words name: a title any body gives, a mayor and a government, or a title and a
 * name sharing a word ("Interior Minister" and the "Ministry of Interior", "Police Director" and the "Police
 * Administration"). Counter-example: "Pope" and "Interior Minister" fit no police force their sentence names.
 */
function fitsTitle(title: string, body: Item): boolean {
  if (TITLES_OF_ANY_BODY.test(title) || (mayorsCity(title) !== null && body.kind === 'government')) return true;
  if (RANK.test(title) && (body.kind === 'police_force' || ARMED_BODY.test(String(body.name ?? '')))) return true;
  const own = stems(String(body.name ?? ''));
  return [...stems(title)].some((stem) => own.has(stem) || own.has(SEE_OF[stem] ?? ''));
}

/**
 * What the sentences a fact cites of an article state that the fact may leave out: a reference field is stated
 * when those sentences name a row of its target collections (by name, or again by a head word: "the municipal
 * police"), other than the fact itself and rows of its own collection (what holds a place or a body, or what a
 * deployment is part of, is no row its words name beside it); an event also when they hold the day an event of the
 * article starts ("will be on duty on Thursday", the opening that Thursday), and a deployment's also when the article
 * has one event only; a date when they hold a date; a count
 * left unstated when they hold a number outside their dates. Counter-example: a
 * deployment's "part of" is never stated by words naming no deployment, however often reviewed deployments fill it.
 */
export function statedInWords(seed: Seed, source: { id: string; text: string; published?: string | null }): StatedInWords {
  const collectionOf = new Map(FACT_COLLECTIONS.flatMap((spec) => (seed.facts.get(spec.name) ?? []).map((row) => [row.id, spec.name] as const)));
  const sentences = new Map<string, string>();
  const named = new Map<string, Set<string>>();
  const sentencesOf = (item: Item) => {
    if (!sentences.has(item.id)) {
      const quotes = (item.citations as Array<{ source_id: string; quote: string }>).filter((c) => c.source_id === source.id).map((c) => c.quote);
      const around = quotes.map((quote) => ({ quote, at: source.text.indexOf(quote) })).filter((q) => q.at >= 0).map((q) => sentenceAround(source.text, q.at, q.at + q.quote.length));
      sentences.set(item.id, [...new Set(around)].join(' '));
    }
    return sentences.get(item.id)!;
  };
  // What a statement is about is named in its own words, not in the sentence that names its speaker ("The mayor of
  // Podgorica, Ivana Radulovic, said buses would run …" is about no place).
  const ownWords = (spec: FactCollection, item: Item, field: string) => spec.name === 'statements' && field === 'about_ids' && typeof item.text === 'string';
  const namedBy = (spec: FactCollection, item: Item, field: string) => {
    const own = ownWords(spec, item, field);
    const key = own ? `${item.id} text` : item.id;
    if (!named.has(key)) {
      const words = own ? String(item.text) : sentencesOf(item);
      // By name, by a head word, or by a word of its name as the sentence's subject ("Police will check bags …").
      // Two bodies with that word: the one the sentence's speaker speaks for. "It" opening a sentence: the body it stands for.
      // What a statement is about is optional: only a row its words call by name asks for it, never "the city" or
      // "the event" (a mark there asked for an action the right state does not need).
      const byHead = !own && words;
      const bySubject = byHead ? bodyBySubjectWord(seed, words, source.id, speakersBodies(seed, source.text, words, source.id)) : undefined;
      const it = byHead ? bodyOfIt(seed, source.text, words, source.id) : undefined;
      named.set(key, new Set([...namedIn(seed, words, NAMED_COLLECTIONS, spec.name), ...(byHead ? namedByHead(seed, words, source.id) : []), ...[bySubject, it].filter((id) => id !== undefined)].filter((id) => id !== item.id)));
    }
    return named.get(key)!;
  };
  const datesOf = (item: Item) => (source.published ? findDates(sentencesOf(item), { published: source.published, anchor: null }) : []);
  const articleEvents = (seed.facts.get('events') ?? []).filter((event) => citesSource(event, source.id));
  const eventDays = new Set(articleEvents.map((event) => event.start).filter((day) => typeof day === 'string'));
  const rowOf = new Map(FACT_COLLECTIONS.flatMap((spec) => (seed.facts.get(spec.name) ?? []).map((row) => [row.id, row] as const)));
  return (spec, item, field, key, title) => {
    const targets = (key === undefined ? referenceTargets(spec, field) : objectReferenceTargets(spec, field, key))?.filter((target) => target !== spec.name);
    if (targets) {
      return [...namedBy(spec, item, field)].some((id) => targets.includes(collectionOf.get(id) ?? '') && (title === undefined || fitsTitle(title, rowOf.get(id)!)) && !(spec.name === 'protests' && heldApart(item, rowOf.get(id)!)))
        || (targets.includes('events') && datesOf(item).some((date) => date.precision === 'day' && eventDays.has(date.start)))
        // An article of one event: what a force is deployed for (a protest or a ban may concern something else), and
        // the event words name ("during the contest") when its days may meet theirs.
        || (spec.name === 'deployments' && targets.includes('events') && articleEvents.length === 1)
        || (targets.includes('events') && articleEvents.length === 1 && THE_EVENT.test(sentencesOf(item)) && !(spec.name === 'protests' && heldApart(item, articleEvents[0]!)));
    }
    // A count: a number the words hold outside their dates ("about 1,500 teachers", not "May 23").
    if (unstatedCount(item[field])) {
      const dates = datesOf(item);
      return numbersIn(sentencesOf(item)).some((n) => !dates.some((d) => n.start >= d.index && n.start < d.index + d.text.length));
    }
    // An end is stated when the words give a span: a range ("from Thursday, August 20, to Sunday, August 23") or
    // two days other than a day of saying ("between Thursday and Sunday").
    if (spec.dates?.end === field) return statesSpan(sentencesOf(item), datesOf(item));
    // An article without a publication day cannot read "on Monday": its dates are left to the kind's usual fields.
    if (spec.dates?.start !== field) return false;
    return !source.published || datesOf(item).length > 0;
  };
}

/** "the contest", "the summit": words for an event by its kind, which name an article's one event. */
const THE_EVENT = new RegExp(`\\bthe (?:${EVENT_WORD_PATTERN})\\b`, 'iu');

/**
 * A protest and a dated event whose days do not meet: a sit-in on the Monday before a contest "during the contest"
 * wanted is not timed to coincide with it. Counter-example: either undated, or a day inside the event's span.
 */
function heldApart(item: Item, row: Item): boolean {
  const day = typeof item.date === 'string' ? item.date : undefined;
  const start = typeof row.start === 'string' ? row.start : undefined;
  if (!day || !start || day.length < 10 || start.length < 10) return false;
  const end = typeof row.end === 'string' && row.end.length >= 10 ? row.end : start;
  return day < start || day > end;
}

/** Whether words state a span of days: a range, or two different days none of which is the day something was said. */
function statesSpan(words: string, dates: FoundDate[]): boolean {
  const days = dates.filter((date) => date.precision === 'day' && !isDayOfSaying(words, date));
  return days.some((date) => date.end) || new Set(days.map((date) => date.start)).size > 1;
}

const citesSource = (item: Item, sourceId: string) => (item.citations as Array<{ source_id: string }>).some((c) => c.source_id === sourceId);

/** A hedged number as a reader reads it: "approximately 2,500", "more than 40". */
const hedged = (q: { value: number | null; qualifier: string | null }) => `${q.qualifier && q.qualifier !== 'exactly' ? `${q.qualifier.replace('_', ' ')} ` : ''}${q.value === null ? 'unstated' : q.value.toLocaleString('en')}`;

function referencesLine(ids: string[], titleOf: TitleOf): string {
  const named = ids.slice(0, REFERENCES_SHOWN).map((id) => titleOf(id) ?? id);
  return `${named.join(', ')}${ids.length > REFERENCES_SHOWN ? ` + ${ids.length - REFERENCES_SHOWN} more` : ''}`;
}

/** An item of a list of objects (a figure, a role): its quantity first, then its other values, references by title. */
function objectLine(spec: FactCollection, field: string, object: Record<string, unknown>, titleOf: TitleOf): string {
  const quantity = isQuantity(object) ? [hedged(object)] : [];
  const rest = Object.entries(object).filter(([key, value]) => !isEmpty(value) && !(quantity.length && (key === 'value' || key === 'qualifier')))
    .map(([key, value]) => (objectReferenceTargets(spec, field, key) && typeof value === 'string' ? titleOf(value) ?? value : cut(String(value), 40)));
  return [...quantity, ...rest].join(' ');
}

/** A date field with the row's precision: "2026-08-27 (day)". */
const dated = (item: Item, field: string) => `${String(item[field])}${typeof item.date_precision === 'string' ? ` (${item.date_precision})` : ''}`;

/**
 * The references inside a list's items (a role's body) that an item leaves empty where the fact's own words name a
 * row for it, marked as an empty field is ("no organization" beside "Culture Minister" when its sentence names the
 * ministry). Counter-example: a role whose sentence names no body is not marked.
 */
function itemsMissing(spec: FactCollection, item: Item, field: string, items: unknown[], context: LineContext): string[] {
  const objects = items.filter((object): object is Record<string, unknown> => typeof object === 'object' && object !== null);
  const missing = objects.flatMap((object) => Object.entries(object).filter(([key, v]) => isEmpty(v) && objectReferenceTargets(spec, field, key))
    // A role's body is missing only when a body the words name fits its title.
    .filter(([key]) => context.stated(spec, item, field, key, typeof object.title === 'string' ? object.title : undefined)).map(([key]) => key));
  return [...new Set(missing)];
}

/** One field of a line, or undefined when the line leaves it off (empty and not normally filled, false, the title's own words). */
function linePart(spec: FactCollection, item: Item, field: string, context: LineContext): Html | undefined {
  const value = item[field];
  const references = referenceTargets(spec, field);
  if (isEmpty(value)) {
    // A reference is missing when the fact's words name a row for it; a date when they hold one and the kind normally has one.
    // An empty end is missing beside a start when the words give a span, whatever the kind's other rows fill.
    const endOfSpan = spec.dates?.end === field && !isEmpty(item[spec.dates.start]) && context.stated(spec, item, field);
    const missing = references ? context.stated(spec, item, field) : endOfSpan || (spec.dates?.start === field && context.normally(spec, item, field) && context.stated(spec, item, field));
    return missing ? html`<span class="missing">no ${label(field)}</span>` : undefined;
  }
  if (value === false || (typeof value === 'string' && value === spec.title(item))) return undefined;
  const named = (text: string) => html`<span class="part"><span class="key">${label(field)}</span> ${text}</span>`;
  if (value === true) return html`<span class="part"><span class="key">${label(field)}</span></span>`;
  if (references) return named(referencesLine(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [String(value)], context.titleOf));
  // An unstated count its words hold a number for is marked as an empty field is: a crowd's size, a force's
  // personnel are what their rows are for, whatever the reviewed rows of the kind fill.
  if (unstatedCount(value) && context.stated(spec, item, field)) return html`<span class="missing">no ${label(field)}</span>`;
  if (isQuantity(value)) return named(hedged(value));
  if (spec.dates && (spec.dates.start === field || spec.dates.end === field)) return named(dated(item, field));
  if (Array.isArray(value)) {
    const shown = value.map((v) => (typeof v === 'object' && v !== null ? objectLine(spec, field, v as Record<string, unknown>, context.titleOf) : String(v)));
    const missing = itemsMissing(spec, item, field, value, context);
    const ranks = field === 'roles' ? value.map((role, index) => (rankBesideOffice(value, index) ? (role as { title: string }).title : '')).filter(Boolean) : [];
    return html`${named(cut(shown.join('; ')))}${missing.map((key) => html` <span class="missing">no ${label(key)}</span>`)}${ranks.map((rank) => html` <span class="missing">${rank} is a rank beside an office: give it the office's body, or remove it</span>`)}`;
  }
  return named(cut(String(value)));
}

/** What a line needs beside the fact: titles of the rows it names, which empty fields a kind normally fills and which its words state. */
export interface LineContext {
  titleOf: TitleOf; normally: NormallyFilled; stated: StatedInWords;
  /** Whether a place or body is named only in sentences that state no fact (namedInPassing): marked on its line. */
  inPassing?: (kind: string, item: Item) => boolean;
}

/** Collections whose rows say that something happened, was done or was said: a sentence one of them cites is no background. */
const STATING = new Set(['events', 'deployments', 'protests', 'measures', 'statements', 'claims']);
/** Kinds a background sentence names in passing ("Supporters are expected to travel from Penang and Johor"). */
const NAMED_IN_PASSING = new Set(['places', 'organizations']);

/**
 * Places and bodies of the article named only in sentences that no fact of a stating kind cites, and no place a
 * place so named lies in: the rows the first-use tests most often rejected (background sentences), marked on their
 * lines so a reader checks them first. A row is judged by its sentences, not by its rule's record ("often wrong").
 */
export function namedInPassing(source: { id: string; text: string }, facts: Array<{ spec: { name: string }; item: Item }>): (kind: string, item: Item) => boolean {
  const sentencesOf = (item: Item) => (item.citations as Array<{ source_id: string; quote: string }>)
    .filter((c) => c.source_id === source.id).map((c) => ({ quote: c.quote, at: source.text.indexOf(c.quote) }))
    .filter((c) => c.at >= 0).map((c) => sentenceAround(source.text, c.at, c.at + c.quote.length));
  const stating = new Set(facts.filter((f) => STATING.has(f.spec.name)).flatMap((f) => sentencesOf(f.item)));
  const inStating = (item: Item) => sentencesOf(item).some((sentence) => stating.has(sentence));
  // A place that one named where a fact is stated lies in (the dateline's city and country of the arena) is no background.
  const places = new Map(facts.filter((f) => f.spec.name === 'places').map((f) => [f.item.id, f.item]));
  const containing = new Set<string>();
  for (const place of [...places.values()].filter(inStating)) {
    for (let up = place.within_id, steps = 0; typeof up === 'string' && steps < 10; up = places.get(up)?.within_id, steps++) containing.add(up);
  }
  return (kind, item) => {
    if (!NAMED_IN_PASSING.has(kind) || !stating.size || containing.has(item.id)) return false;
    return sentencesOf(item).length > 0 && !inStating(item);
  };
}

/** A fact's summary on its line: its kind, the title the card shows, then its fields in the schema's order. */
export function lineSummary(spec: FactCollection, item: Item, context: LineContext): Html {
  const parts = Object.keys(spec.schema.properties).filter((field) => !LEFT_TO_THE_CARD.has(field))
    .map((field) => linePart(spec, item, field, context)).filter((part): part is Html => part !== undefined);
  return html`<span class="kind k-${spec.name}">${spec.type}</span> <b class="line-title">${cut(shownTitle(spec, item, context.titleOf))}</b>${parts.map((part) => html` · ${part}`)}`;
}
