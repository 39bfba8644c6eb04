// What a reviewer does to the seed, shared by the CLI and the app: list machine facts, accept, reject, edit,
// merge, publish. Each write is one changeSeed call: checked by the build's checks, all or nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isNode, isScalar, parseDocument, visit, type YAMLMap } from 'yaml';
import { collectionByName, FACT_COLLECTIONS, type FactCollection } from '../collections/index.js';
import type { Item } from '../db/columns.js';
import { buildDatabase, type BuildResult } from '../db/build.js';
import { builtReviewCounts } from '../db/store.js';
import { loadSeed, SeedError, type Seed } from '../db/seed.js';
import { referenceFields } from '../db/references.js';
import { occursAsWords, staleDateNoteProblems, statedNumbers, supportProblems, type SeedFact } from '../db/support.js';
import { numbersIn } from '../lib/numbers.js';
import { Id, SLUG_PATTERN } from '../schemas/common.js';
import { findDates, writtenDaysAhead, type FoundDate } from '../ingest/dates.js';
import { withSeedLock } from '../ingest/ingest.js';
import { IngestError, slugify } from '../ingest/input.js';
import { rejectionRecord, rejectionsFile, sentenceAround } from './rejections.js';
import { changeSeed, ReviewError, reviewersProblems, type ExtraFile, type FactFiles, type FoundFact } from './seed-writer.js';

export { ReviewError } from './seed-writer.js';

/**
 * One machine fact waiting for review: `source` is the article its first citation quotes; `contests`, on a
 * machine claim that challenges a reviewed row, that row's id (decided by a challenge action, not accepted).
 */
export interface PendingFact { id: string; collection: string; source: string; review: 'machine'; contests?: string }

/** Fields review keeps to itself: a reviewer edits values and quotes, not the bookkeeping (nor which rules proposed the fact). */
const NOT_EDITABLE = new Set(['id', 'review', 'reviewed_by', 'reviewed_at', 'challenges', 'rules']);

/** UTC to the second: what reviewed_at holds. */
export const reviewTime = (now = new Date()) => now.toISOString().replace(/\.\d+Z$/, 'Z');

/** The reviewer's name: `--as`, else git's user.name; a review without a name is refused. */
export function reviewerName(given?: string): string {
  if (given?.trim()) return given.trim();
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name) return name;
  } catch { /* no git, or no name set: refused below */ }
  throw new ReviewError('who is reviewing? give --as <name> or set git config user.name');
}

/** The seed as the build reads it, each machine fact with the rules that proposed it, or a ReviewError with the build's problems. */
export function readSeed(seedDir: string): Seed {
  try {
    return loadSeed(seedDir, { keepRules: true });
  } catch (error) {
    if (error instanceof SeedError) throw new ReviewError(`the seed in ${seedDir} does not build; fix it first`, error.problems);
    throw error;
  }
}

/** Each pending challenge's claim id, with the id of the row it contests. */
export function challengeTargets(seed: Seed): Map<string, string> {
  return new Map([...seed.facts.values()].flat().flatMap((item) => ((item.challenges as string[] | undefined) ?? []).map((claim) => [claim, item.id] as const)));
}

export function pendingFacts(seed: Seed, source?: string): PendingFact[] {
  const targets = challengeTargets(seed);
  return [...seed.facts].flatMap(([collection, items]) => items
    .filter((item) => item.review === 'machine')
    .map((item) => ({ item, sources: (item.citations as Array<{ source_id: string }>).map((c) => c.source_id) }))
    .filter(({ sources }) => source === undefined || sources.includes(source))
    .map(({ item, sources }) => ({
      id: item.id, collection, source: sources[0] ?? '', review: 'machine' as const,
      ...(targets.has(item.id) && { contests: targets.get(item.id) }),
    })));
}

export function markReviewed(found: FoundFact, reviewer: string, at: string): void {
  found.node.set('review', 'reviewed');
  found.node.set('reviewed_by', reviewer);
  found.node.set('reviewed_at', at);
  found.file.changed = true;
}

/** Accept: each fact becomes `review: reviewed` with who and when. All or none. */
export function acceptFacts(seedDir: string, ids: string[], reviewer: string, at = reviewTime()): string[] {
  if (!ids.length) throw new ReviewError('name at least one fact id to accept');
  return changeSeed(seedDir, (files) => {
    for (const id of ids) {
      const found = files.find(id);
      if (found.node.get('review') !== 'machine') throw new ReviewError(`"${id}" is not a machine fact (already reviewed)`);
      markReviewed(found, reviewer, at);
    }
    return { result: ids };
  });
}

/** What a reject does to the other facts naming the fact: removes the references to it, or rejects them with it. */
export type NamingFacts = 'detach' | 'reject';
export interface RejectOptions { reason?: string; reviewer: string; at?: string; naming?: NamingFacts }

/** The reference fields of a row that name `id`: a main column, a list of ids, an id inside a list of objects. */
function referencesTo(spec: FactCollection, item: Record<string, unknown>, id: string): Array<{ field: string; key?: string; required: boolean }> {
  return referenceFields(spec).map((r) => ({ field: r.field, key: r.objects ? r.key : undefined, required: !r.list && r.value.notNull })).filter(({ field, key }) => {
    const value = item[field];
    return value === id || (Array.isArray(value) && value.some((v: unknown) => (key ? (v as Record<string, unknown> | null)?.[key] === id : v === id)));
  });
}

/**
 * The facts whose references name `id`, with whether each is a machine fact and whether its references may be emptied
 * (a deployment's body may not): what a refused reject offers to detach or reject with it.
 */
export function factsNaming(seed: Seed, id: string): NamingFact[] {
  return [...seed.facts].flatMap(([name, items]) => {
    const spec = FACT_COLLECTIONS.find((c) => c.name === name);
    return spec ? items.flatMap((item) => {
      const references = item.id === id ? [] : referencesTo(spec, item, id);
      return references.length ? [{ id: item.id, machine: item.review === 'machine', required: references.filter((r) => r.required).map((r) => r.field) }] : [];
    }) : [];
  });
}
export interface NamingFact { id: string; machine: boolean; required: string[] }

/** A field's value without `id`: a single reference emptied, a list without it, an object's id emptied. */
function detached(value: unknown, id: string, key?: string): unknown {
  if (value === id) return null;
  if (!Array.isArray(value)) return value;
  return key ? value.map((o: Record<string, unknown>) => (o?.[key] === id ? { ...o, [key]: null } : o)) : value.filter((v) => v !== id);
}

/** The facts naming `id` in the files, each with the references to it removed when `detach`. */
function namingFacts(files: FactFiles, id: string, detach: boolean): FoundFact[] {
  const found: FoundFact[] = [];
  for (const file of files.all()) {
    for (const node of file.seq.items.filter(isMap) as YAMLMap[]) {
      const item = node.toJSON() as Record<string, unknown>;
      const references = item.id === id ? [] : referencesTo(file.collection, item, id);
      if (!references.length) continue;
      found.push({ file, node });
      if (!detach) continue;
      for (const { field, key } of references) node.set(field, file.doc.createNode(detached(item[field], id, key), { flow: true }));
      file.changed = true;
    }
  }
  return found;
}

/**
 * Reject: the fact leaves seed/facts and is recorded in seed/rejections.yaml, so ingest does not propose it
 * again. `naming`: the facts that name it either lose those references (a required one is then refused by the
 * checks) or are rejected with it, each recorded with the same reason; in the same checked write.
 */
export function rejectFact(seedDir: string, id: string, options: RejectOptions) {
  return changeSeed(seedDir, (files, scratch) => {
    const found = files.find(id);
    const texts = new Map(readSeed(scratch).sources.map((s) => [s.id, s] as const));
    const naming = options.naming ? namingFacts(files, id, options.naming === 'detach') : [];
    const rejected = [found, ...(options.naming === 'reject' ? naming : [])];
    const at = options.at ?? reviewTime();
    const records = rejected.map((fact) => rejectionRecord(fact, texts, { ...options, at }));
    for (const fact of rejected) files.remove(fact);
    return { result: records[0]!, extras: [rejectionsFile(seedDir, records)] };
  });
}

/** A note's parts, each saying why one field holds its value ("within_id: the gazetteer puts …; date: …"). */
const FIELD_NOTE_PART = /; (?=[a-z_]{2,40}: )/u;
/**
 * A part of a note explaining how a date was counted, as ingest and the form write one ("date of 'Tuesday' counted
 * back from the publication date …", "dates of 'this weekend' taken as …", "year of 'March' taken from …", "The
 * date is inferred: …"): stale once the day it explains is emptied. A day changed to another is noted anew from the
 * cited words (renotedDates), else keeps it, for the build to refuse at the note (the reviewer says how it was counted).
 */
const DATE_NOTE = /^(?:the\s+)?(?:end\s+)?(?:date|dates|year)\b/iu;
/** The fields a date note explains: the day a fact starts or is dated on. */
const DATED_BY = new Set(['start', 'date']);

/**
 * Drops from a fact's note the parts explaining a field the edit changed ("within_id: the gazetteer puts Katutura
 * in this country …" once the reviewer picks another container), unless the reviewer wrote the note too; a note
 * left empty leaves nothing derived, as ingest drops a part-of note it no longer stands by.
 */
function withoutStaleNotes(found: FoundFact, before: Record<string, unknown>, values: Record<string, unknown>): void {
  const note = before.note;
  if (typeof note !== 'string' || (values.note !== undefined && values.note !== note)) return;
  const changed = Object.keys(values).filter((field) => field !== 'note' && JSON.stringify(values[field] ?? null) !== JSON.stringify(before[field] ?? null));
  const kept = note.split(FIELD_NOTE_PART).filter((part) => !changed.some((field) => part.startsWith(`${field}: `)) && !(DATE_NOTE.test(part) && changed.some((field) => DATED_BY.has(field) && values[field] === null)));
  if (kept.length === note.split(FIELD_NOTE_PART).length) return;
  found.node.set('note', kept.length ? kept.join('; ') : null);
  // A derived flag the edit left as it was (a form posts it unchanged) goes with the last note explaining it.
  if (!kept.length && (values.derived === undefined || values.derived === before.derived) && before.derived === true) found.node.set('derived', false);
}

/**
 * A day an edit set whose note, left as it was, does not say how it was found: the note tells how another day was
 * counted ("date of 'Saturday' counted forward from … 2026-07-10" beside a start set to 2026-07-10), or nothing of an
 * end typed where there was none. The note then says how the cited words give the day, read as ingest reads dates
 * ("date of 'Friday' counted forward from the publication date …"), in place of the stale part or beside the rest; a
 * day the words write in full needs no note. Counter-example: a day none of the quotes gives keeps the note, and a
 * stale one is refused by the build at its field, so the reviewer says how that day was found.
 */
function renotedDates(found: FoundFact, before: Record<string, unknown>, values: Record<string, unknown>, seedDir: string): void {
  const dates = found.file.collection.dates;
  const fields = dates ? [dates.start, dates.end].filter((field): field is string => !!field) : [];
  const row = found.node.toJSON() as SeedFact & { citations: SeedCitation[] };
  const changed = fields.filter((field) => typeof values[field] === 'string' && values[field] !== before[field]);
  if (!changed.length || (values.note !== undefined && values.note !== before.note)) return;
  const read = datesOfQuotes(row.citations, seedDir);
  const given = changed.map((field) => read.find((date) => date.start === values[field] && !date.end));
  const stale = staleDateNoteProblems(row, fields).length > 0;
  if (stale && given.some((date) => !date)) return;
  // A day the sentence writes just past a quote cut short ("from Friday" of "from Friday evening until Sunday"): quoted.
  const widened = row.citations.map((citation, i) => given.filter((date) => date?.citation === i).reduce((quote, date) => date!.quoteThrough ?? quote, citation.quote));
  if (widened.some((quote, i) => quote !== row.citations[i]!.quote)) found.node.set('citations', found.file.doc.createNode(row.citations.map((c, i) => ({ ...c, quote: widened[i]! }))));
  const notes = [...new Set(given.filter((date) => date?.derived && date.note).map((date) => date!.note!))];
  const otherParts = typeof row.note === 'string' ? row.note.split(FIELD_NOTE_PART).filter((part) => !stale || !DATE_NOTE.test(part)) : [];
  const added = notes.filter((note) => !otherParts.includes(note));
  if (!stale && !added.length) return;
  const note = [...added, ...otherParts].join('; ');
  found.node.set('note', note || null);
  found.node.set('derived', note !== '');
}

/**
 * The dates the sentences of a fact's quotes give, each read in its article as ingest reads dates, with the citation
 * it was read beside and, for a date the sentence writes outside the quote, the quote carried through its words.
 */
function datesOfQuotes(citations: SeedCitation[], seedDir: string): Array<FoundDate & { citation: number; quoteThrough?: string }> {
  const sources = new Map(readSeed(seedDir).sources.map((source) => [source.id, source]));
  return citations.flatMap(({ source, quote }, citation) => {
    const article = sources.get(source);
    const at = article?.text.indexOf(quote) ?? -1;
    if (!article?.published || at < 0) return [];
    const sentence = sentenceAround(article.text, at, at + quote.length);
    const from = article.text.indexOf(sentence);
    return findDates(sentence, { published: article.published, anchor: null, written: writtenDaysAhead(article.text, article.published) }).map((date) => {
      const [start, end] = [from + date.index, from + date.index + date.text.length];
      const inside = start >= at && end <= at + quote.length;
      return { ...date, citation, ...(!inside && { quoteThrough: article.text.slice(Math.min(at, start), Math.max(at + quote.length, end)) }) };
    });
  });
}

/**
 * The citations an edit left standing for a number it removed ("45 volunteers", a figure taken out of an event): a
 * quote holding a number the row no longer states, and none it still states, goes with it, so no highlight of the
 * article says the row rests on words that state none of it. Kept when it is the row's last citation, or when the
 * row's own checks (its names, dates, notes) need it.
 */
function withoutRemovedNumbersQuotes(found: FoundFact, before: Record<string, unknown>, seedDir: string): void {
  const row = found.node.toJSON() as SeedFact & { citations: SeedCitation[] };
  const kept = statedNumbers(row);
  const removed = statedNumbers(before as unknown as SeedFact).filter((value) => !kept.includes(value));
  if (!removed.length || row.citations.length < 2) return;
  const states = (quote: string, values: number[]) => numbersIn(quote).some((m) => values.includes(m.value));
  const left = row.citations.filter(({ quote }) => !states(quote, removed) || states(quote, kept));
  if (!left.length || left.length === row.citations.length) return;
  const texts = new Map(readSeed(seedDir).sources.map((source) => [source.id, source.text]));
  const problems = (citations: SeedCitation[]) => supportProblems(found.file.collection.name, { ...row, citations }, (id) => texts.get(id), { names: true }).length;
  if (problems(left) <= problems(row.citations)) found.node.set('citations', found.file.doc.createNode(left));
}

/**
 * A name ingest made of a fact's date and first place ("Protest in Eyre Square on 2026-07-23") follows the date and
 * the first place an edit changes, unless the edit sets the name too: the row never states in its title a day or a
 * place it no longer holds.
 */
function nameFollowingDateAndPlace(found: FoundFact, before: Record<string, unknown>, values: Record<string, unknown>, titleOf: (id: string) => string | undefined): void {
  const name = before.name;
  if (typeof name !== 'string' || (values.name !== undefined && values.name !== name)) return;
  let followed = name;
  for (const field of DATED_BY) {
    const [was, now] = [before[field], values[field]];
    if (typeof was === 'string' && typeof now === 'string' && was !== now) followed = followed.replace(was, now);
  }
  // "Protest in Eyre Square on …" names its first place: the name follows the first place an edit leaves, or loses it.
  const [wasPlace, nowPlace] = [firstId(before.place_ids), values.place_ids === undefined ? firstId(before.place_ids) : firstId(values.place_ids)];
  const wasTitle = wasPlace ? titleOf(wasPlace) : undefined;
  if (wasTitle && wasPlace !== nowPlace && followed.includes(` in ${wasTitle}`)) {
    const nowTitle = nowPlace ? titleOf(nowPlace) : undefined;
    followed = followed.replace(` in ${wasTitle}`, nowTitle ? ` in ${nowTitle}` : '');
  }
  if (followed !== name) found.node.set('name', followed);
}

const firstId = (ids: unknown): string | undefined => (Array.isArray(ids) && typeof ids[0] === 'string' ? ids[0] : undefined);

/**
 * A quote widened, in place, to a name or title the edit set that stands in no quote, where the article writes it
 * around that quote or right beside it: "National Trade Union" cited and the name made "National Trade Union
 * Confederation", which the article writes in full, quotes the full name; "Chief Commissioner Victor Brega" cited
 * and the title made "head", which the sentence writes just before ("the inspectorate's head, Chief Commissioner
 * Victor Brega"), quotes "head, Chief Commissioner Victor Brega". The citation keeps no shorter twin. Counter-example:
 * a title the article writes in another clause or sentence widens nothing, and is refused as before.
 */
function widenedQuotes(found: FoundFact, seedDir: string): void {
  const row = found.node.toJSON() as Item & { citations: SeedCitation[] };
  const citations = row.citations;
  const unquoted = (found.file.collection.statedTexts?.(row) ?? []).map(([, value]) => value)
    .filter((value) => value && !citations.some(({ quote }) => occursAsWords(quote, value)));
  if (!unquoted.length) return;
  const texts = new Map(readSeed(seedDir).sources.map((source) => [source.id, source.text]));
  let widened = false;
  const quotes = citations.map((citation) => {
    let quote = citation.quote;
    for (const value of unquoted) if (!occursAsWords(quote, value)) quote = widenedTo(texts.get(citation.source) ?? '', quote, value) ?? quote;
    widened ||= quote !== citation.quote;
    return { ...citation, quote };
  });
  if (widened) found.node.set('citations', found.file.doc.createNode(quotes));
}

/** What may stand between a quote and a value written beside it: a few words of the same clause ("head, "). */
const BESIDE = /^[\p{L}'’ ,]{0,30}$/u;

/**
 * The article's words from `value` through `quote` (or from `quote` through `value`), where it writes them
 * together: `value` holding the quote, or standing right before or after it in the same clause; else undefined.
 */
function widenedTo(text: string, quote: string, value: string): string | undefined {
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    const before = text.lastIndexOf(value, at);
    const after = text.indexOf(value, end);
    const around = before >= 0 && before + value.length >= end ? text.slice(before, before + value.length) : undefined;
    if (around !== undefined) return around;
    if (before >= 0 && BESIDE.test(text.slice(before + value.length, at)) && occursAsWords(text.slice(before, end), value)) return text.slice(before, end);
    if (after >= 0 && BESIDE.test(text.slice(end, after)) && occursAsWords(text.slice(at, after + value.length), value)) return text.slice(at, after + value.length);
  }
  return undefined;
}

/**
 * Edit: sets the given fields (values as the seed schema takes them) and marks the fact reviewed by the editor.
 * `id` among them renames the fact (empty: an id made anew from its title, as a new fact's): every reference
 * and challenge naming it follows in the same checked write, as a merge rewrites them. Answers the fact's id.
 */
export function editFact(seedDir: string, id: string, set: Record<string, unknown>, reviewer: string, at = reviewTime()): string {
  return changeSeed(seedDir, (files, scratch) => {
    const found = files.find(id);
    const fields = editableFields(found.file.collection);
    const { id: wanted, ...values } = set;
    const before = found.node.toJSON() as Record<string, unknown>;
    for (const [field, value] of Object.entries(values)) {
      if (!fields.includes(field)) throw new ReviewError(`"${field}" is not an editable field of ${found.file.collection.name} (editable: id, ${fields.join(', ')})`);
      found.node.set(field, found.file.doc.createNode(value));
    }
    withoutStaleNotes(found, before, values);
    renotedDates(found, before, values, seedDir);
    withoutRemovedNumbersQuotes(found, before, seedDir);
    nameFollowingDateAndPlace(found, before, values, (placeId) => { try { return String(files.find(placeId).node.get('name')); } catch { return undefined; } });
    widenedQuotes(found, seedDir);
    markReviewed(found, reviewer, at);
    if (wanted === undefined || wanted === id) return { result: id };
    if (typeof wanted !== 'string') throw new ReviewError('id: an id is text (lowercase letters, digits and hyphens)', ['id: an id is text (lowercase letters, digits and hyphens)']);
    const renamed = renameFact(files, readSeed(scratch), found, { from: id, wanted, proposed: idsInProposals(seedDir) });
    return { result: renamed, extras: renamed === id ? [] : renamedExamples(seedDir, scratch, id, renamed) };
  });
}

/**
 * dataset.yaml with its examples naming `to` where they named `from`: written into the scratch copy, whose
 * checks read it, and returned as the file to place beside the facts; none when no example names it.
 */
function renamedExamples(seedDir: string, scratch: string, from: string, to: string): ExtraFile[] {
  const path = join(seedDir, 'dataset.yaml');
  if (!existsSync(path)) return [];
  const before = readFileSync(path, 'utf8');
  const examples = parseDocument(before).get('examples', true);
  const ranges: Array<[number, number]> = [];
  if (isNode(examples)) {
    visit(examples, {
      // `q` is words to search for, not an id: "carabinieri" stays a word when the row is renamed.
      Pair: (_key, pair) => (isScalar(pair.key) && pair.key.value === 'q' ? visit.SKIP : undefined),
      Scalar: (_key, node) => { if (node.value === from && node.range) ranges.push([node.range[0], node.range[1]]); },
    });
  }
  if (!ranges.length) return [];
  // Replaced in the text itself, last first, so the file keeps its comments and its own layout.
  const text = ranges.sort((a, b) => b[0] - a[0]).reduce((out, [at, end]) => out.slice(0, at) + to + out.slice(end), before);
  writeFileSync(join(scratch, 'dataset.yaml'), text);
  return [[path, text]];
}

/** Gives a fact a new id (`wanted`, or made from its title when empty) and points every reference to it there; the ids made from its id follow. */
function renameFact(files: FactFiles, seed: Seed, found: FoundFact, rename: { from: string; wanted: string; proposed: ReadonlySet<string> }): string {
  const { from, wanted, proposed } = rename;
  const row = { ...(found.node.toJSON() as Record<string, unknown>), id: wanted };
  const to = newFactId(seed, found.file.collection, row, from);
  if (to === from) return from;
  found.node.set('id', to);
  found.file.changed = true;
  rewriteReferences(files, from, to);
  const taken = new Set([to, ...seed.sources.map((s) => s.id), ...[...seed.facts.values()].flat().map((i) => i.id)]);
  for (const made of idsMadeFrom(seed, from, proposed)) {
    const followed = `-${made.id}-`.replace(`-${from}-`, `-${to}-`).slice(1, -1);
    if (taken.has(followed) || followed.length > ID_LENGTH) continue;
    taken.add(followed);
    const node = files.find(made.id);
    node.node.set('id', followed);
    node.file.changed = true;
    rewriteReferences(files, made.id, followed);
  }
  return to;
}

const sourcesOf = (item: Item) => new Set((item.citations as Array<{ source_id: string }>).map((c) => c.source_id));

/**
 * Every id-like word of the articles waiting in proposals/ (the ids their proposals name, which a rename would
 * leave dangling at accept) and of dataset.yaml (the documented examples): ids named outside the facts' articles.
 */
export function idsInProposals(seedDir: string): Set<string> {
  const dir = join(seedDir, 'proposals');
  const files = [...(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)) : []), join(seedDir, 'dataset.yaml')].filter((path) => existsSync(path));
  return new Set(files.flatMap((path) => readFileSync(path, 'utf8').match(/[a-z0-9]+(?:-[a-z0-9]+)*/gu) ?? []));
}

/**
 * Whether a fact's id concerns its article alone, so that it may follow a corrected name: the fact cites one
 * article, every fact naming it cites that article only, and neither an article waiting in proposals/ nor an
 * example of dataset.yaml names it.
 * Counter-example: a body that a checked deployment of another article names keeps its id.
 */
export function idKeptToItsArticle(seed: Seed, item: Item, proposed: ReadonlySet<string>): boolean {
  const own = sourcesOf(item);
  if (own.size !== 1 || proposed.has(item.id)) return false;
  return [...seed.facts].every(([name, items]) => {
    const spec = collectionByName.get(name);
    return !spec || items.every((other) => other.id === item.id || !referencesTo(spec, other, item.id).length || [...sourcesOf(other)].every((s) => own.has(s)));
  });
}

/** Rows titled by the rows they name rather than a name of their own: a deployment (its body and event), a person named by role alone (role and body). */
const titledByReferences = (collection: string, item: Item) => collection === 'deployments' || (collection === 'people' && !item.name);

/**
 * The rows ingest proposed whose id was made from the id of a row they name, as a deployment's from its body's
 * (`guatemala-s-national-civil-police-deployment`) or an unnamed spokeswoman's from her body's: renamed with it
 * while their id concerns their article alone. Counter-examples: a protest named "Demonstration in Mill Park"
 * follows its own name, not its place's id; a statement's id is made from its words.
 */
function idsMadeFrom(seed: Seed, from: string, proposed: ReadonlySet<string>): Item[] {
  return [...seed.facts].flatMap(([name, items]) => {
    const spec = collectionByName.get(name);
    return spec ? items.filter((item) => item.id !== from && titledByReferences(name, item) && Array.isArray(item.rules) && item.rules.length > 0
      && `-${item.id}-`.includes(`-${from}-`) && referencesTo(spec, item, from).length && idKeptToItsArticle(seed, item, proposed)) : [];
  });
}

/** A citation as the seed writes it: the article's id and its exact words. */
export interface SeedCitation { source: string; quote: string }

/**
 * Remove one citation: the fact keeps its others and becomes reviewed by the remover (an edit). A fact
 * needs at least one citation (the seed schema's `minItems: 1`), so removing its last is refused: reject
 * the fact instead. The build checks judge the rest (a number only the removed words stated).
 */
export function removeCitation(seedDir: string, id: string, citation: SeedCitation, reviewer: string, at = reviewTime()): void {
  changeSeed(seedDir, (files) => {
    const found = files.find(id);
    const citations = (found.node.toJSON() as { citations: SeedCitation[] }).citations;
    const index = citations.findIndex((c) => c.source === citation.source && c.quote === citation.quote);
    if (index < 0) throw new ReviewError(`"${id}" has no citation of "${citation.source}" quoting "${citation.quote}" (reload the page: it may have changed)`);
    if (citations.length === 1) throw new ReviewError(`"${id}" has only this citation, and a fact needs at least one: reject the fact instead, or add another citation first`);
    found.node.set('citations', found.file.doc.createNode(citations.filter((_, i) => i !== index)));
    markReviewed(found, reviewer, at);
    return { result: undefined };
  });
}

const SLUG = new RegExp(SLUG_PATTERN);
const ID_LENGTH = Id.maxLength!;

/** The most words of a made id: a body and an event ("ghent-police-at-omloop-het-nieuwsblad-2026"). */
const ID_WORDS = 12;

/**
 * What a row titled by another row's id or by its role alone is told apart by: a deployment without a role by
 * its body and event (`<body>-at-<event>`), else by its body as ingest names one (`<body>-deployment`), never
 * `<body>-2` beside the body's own id nor its role alone; a person without a name by
 * role and body. Empty for every other row: its title names it.
 */
function idWords(seed: Seed, spec: FactCollection, row: Record<string, unknown>): string {
  const id = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  if (spec.name === 'statements' && id(row.speaker_id) && id(row.text)) {
    // As ingest names its statements: the speaker's last word of name, then the words' first five.
    const speaker = [...(seed.facts.get('people') ?? []), ...(seed.facts.get('organizations') ?? [])].find((item) => item.id === row.speaker_id);
    const name = typeof speaker?.name === 'string' ? speaker.name : id(row.speaker_id);
    return `${name.split(/\s+/).at(-1)} ${id(row.text).split(/\s+/).slice(0, 5).join(' ')}`;
  }
  if (spec.name === 'deployments' && id(row.organization_id)) {
    // As ingest names its deployments (`<body>-deployment`), never the body's own id with "-2".
    return !id(row.role) && id(row.event_id) ? `${id(row.organization_id)} at ${id(row.event_id)}` : `${id(row.organization_id)} deployment`;
  }
  const [role] = (row.roles as Array<{ title?: unknown; organization_id?: unknown }> | undefined) ?? [];
  if (spec.name === 'people' && !id(row.name) && role && id(role.title)) return [id(role.title), id(role.organization_id)].filter(Boolean).join(' ');
  return '';
}

/**
 * The id a new row gets, or a renamed row (`self`, its present id, not counted as taken): the one given
 * (refused when taken, since ids are unique across all types, or not a slug), else its title as a slug (its
 * kind and first quote when untitled), made unique.
 */
export function newFactId(seed: Seed, spec: FactCollection, row: Record<string, unknown>, self?: string): string {
  const taken = new Set([...seed.sources.map((s) => s.id), ...[...seed.facts.values()].flat().map((i) => i.id)].filter((id) => id !== self));
  const given = typeof row.id === 'string' ? row.id.trim() : '';
  if (given) {
    if (!SLUG.test(given) || given.length > ID_LENGTH) throw new ReviewError(`the id "${given.slice(0, ID_LENGTH)}" is not an id: lowercase letters and digits, words joined by single hyphens`, [`id: "${given.slice(0, ID_LENGTH)}" is not lowercase letters and digits joined by single hyphens`]);
    if (taken.has(given)) throw new ReviewError(`the id "${given}" is taken: choose another, or leave it empty to make one from the name`, [`id: "${given}" is taken`]);
    return given;
  }
  const titled = idWords(seed, spec, row) || (() => { try { return spec.title(row as Item); } catch { return ''; } })();
  const quote = (row.citations as Array<{ quote?: string }> | undefined)?.[0]?.quote ?? '';
  // Room for a "-2" when it is taken.
  const base = slugify(titled || `${spec.type} ${quote}`, ID_WORDS).slice(0, ID_LENGTH - 3).replace(/-$/, '') || spec.type;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Add a fact the machine missed: a row of `collection` in the seed's shape (citations as `{ source, quote }`),
 * written as reviewed by the person; its id derived from its title when it has none. Checked by the build
 * like every write: quotes found once, the values stated by them, references known.
 */
export function addFact(seedDir: string, collection: string, row: Record<string, unknown>, reviewer: string, at = reviewTime()): string {
  const spec = FACT_COLLECTIONS.find((c) => c.name === collection);
  if (!spec) throw new ReviewError(`"${collection}" is not a collection (one of ${FACT_COLLECTIONS.map((c) => c.name).join(', ')})`);
  const fields = editableFields(spec);
  const unknown = Object.keys(row).filter((f) => f !== 'id' && !fields.includes(f));
  if (unknown.length) throw new ReviewError(`not fields a reviewer sets on ${collection}: ${unknown.join(', ')} (fields: id, ${fields.join(', ')})`);
  const citations = row.citations as SeedCitation[] | undefined;
  if (!Array.isArray(citations) || !citations.some((c) => c?.quote)) throw new ReviewError('a new fact needs at least one citation', ['/citations/0 a new fact needs the article\'s words that state it: select them in the article and use them as its quote']);
  return changeSeed(seedDir, (files, scratch) => {
    const id = newFactId(readSeed(scratch), spec, row);
    const file = files.file(spec);
    // Fields in the schema's order, review bookkeeping before the citations, as the seed files write them.
    const ordered = Object.fromEntries(Object.keys(spec.schema.properties).filter((f) => f === 'id' || (f in row && f !== 'citations')).map((f) => [f, f === 'id' ? id : row[f]]));
    file.seq.items.push(file.doc.createNode({ ...ordered, review: 'reviewed', reviewed_by: reviewer, reviewed_at: at, citations }));
    file.changed = true;
    return { result: id };
  });
}

/** The fields of a collection a reviewer may change: the seed's fields but bookkeeping and computed ones. */
export function editableFields(spec: FactCollection): string[] {
  return Object.keys(spec.schema.properties).filter((f) => !NOT_EDITABLE.has(f) && !(spec.computed ?? []).includes(f));
}

/** A field's value with every `from` id replaced by `to`; the same value when nothing names `from`. */
function renamed(value: unknown, from: string, to: string, key?: string): unknown {
  if (value === from) return to;
  if (!Array.isArray(value)) return value;
  if (key) return value.map((o: Record<string, unknown>) => (o?.[key] === from ? { ...o, [key]: to } : o));
  return [...new Set(value.map((v) => (v === from ? to : v)))];
}

function rewriteReferences(files: FactFiles, from: string, to: string): number {
  let rewritten = 0;
  for (const file of files.all()) {
    const fields = [...referenceFields(file.collection).map((r) => ({ field: r.field, key: r.objects ? r.key : undefined })), { field: 'challenges', key: undefined }];
    for (const node of file.seq.items.filter(isMap) as YAMLMap[]) {
      const item = node.toJSON() as Record<string, unknown>;
      for (const { field, key } of fields) {
        const value = renamed(item[field], from, to, key);
        if (JSON.stringify(value) === JSON.stringify(item[field])) continue;
        node.set(field, file.doc.createNode(value, { flow: true }));
        file.changed = true;
        rewritten++;
      }
    }
  }
  return rewritten;
}

/** Adds what the duplicate knew to the kept row: citations it lacks, and its names as aliases where the collection has them. */
function absorb(kept: FoundFact, duplicate: FoundFact): void {
  const keptItem = kept.node.toJSON() as Record<string, unknown>;
  const dupItem = duplicate.node.toJSON() as Record<string, unknown>;
  const citations = keptItem.citations as Array<{ source: string; quote: string }>;
  const key = (c: { source: string; quote: string }) => `${c.source}\n${c.quote}`;
  const known = new Set(citations.map(key));
  const added = (dupItem.citations as typeof citations).filter((c) => !known.has(key(c)));
  if (added.length) kept.node.set('citations', kept.file.doc.createNode([...citations, ...added]));
  if ('aliases' in kept.file.collection.schema.properties) {
    const names = [dupItem.name, ...((dupItem.aliases as string[] | undefined) ?? [])].filter((n): n is string => typeof n === 'string' && n !== '');
    const aliases = (keptItem.aliases as string[] | undefined) ?? [];
    const seen = new Set([keptItem.name, ...aliases].map((n) => String(n).toLowerCase()));
    const more = names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
    if (more.length) kept.node.set('aliases', kept.file.doc.createNode([...aliases, ...more], { flow: true }));
  }
  kept.file.changed = true;
}

/** Merge: "this entity is that one": references to the duplicate point at the kept row, which keeps its citations and names; the duplicate goes. */
export function mergeFacts(seedDir: string, duplicateId: string, intoId: string): { rewritten: number } {
  if (duplicateId === intoId) throw new ReviewError('a fact cannot be merged into itself');
  return changeSeed(seedDir, (files) => {
    const duplicate = files.find(duplicateId);
    const kept = files.find(intoId);
    if (duplicate.file !== kept.file) {
      throw new ReviewError(`"${duplicateId}" is in ${duplicate.file.collection.name} and "${intoId}" in ${kept.file.collection.name}: only rows of one collection merge`);
    }
    absorb(kept, duplicate);
    files.remove(duplicate);
    return { result: { rewritten: rewriteReferences(files, duplicateId, intoId) } };
  });
}

type Counts = Record<string, Record<string, number>>;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const factsIn = (byState: Record<string, number> | undefined, state?: string) => (byState ? (state ? byState[state] ?? 0 : sum(Object.values(byState))) : 0);
const factsOf = (counts: Counts, state?: string) => sum(Object.values(counts).map((byState) => factsIn(byState, state)));
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** What a publish built, and what changed since the file it replaced: facts by review state, collections whose count moved. */
export function publishSummary(before: Counts | undefined, after: Counts): string {
  const now = `${factsOf(after)} facts (${factsOf(after, 'reviewed')} reviewed, ${factsOf(after, 'machine')} machine)`;
  if (!before) return `${now}; no earlier publish to compare with`;
  const changes = ['', 'reviewed', 'machine'].map((state) => `${signed(factsOf(after, state || undefined) - factsOf(before, state || undefined))} ${state || 'facts'}`);
  const moved = Object.keys(after).map((c) => [c, factsIn(after[c]) - factsIn(before[c])] as const).filter(([, n]) => n !== 0).map(([c, n]) => `${c} ${signed(n)}`);
  return `${now}; since the last publish ${changes.join(', ')}${moved.length ? ` (${moved.join(', ')})` : ''}`;
}

/**
 * Publish: builds the database from the seed and renames it onto dbPath, where a running API with the watch
 * on switches to it; answers what it built and what changed since the file it replaced.
 */
export function publish(seedDir: string, dbPath: string): BuildResult & { summary: string } {
  try {
    const before = builtReviewCounts(dbPath);
    const built = withSeedLock(seedDir, () => buildDatabase({ dbPath, seedDir }));
    return { ...built, summary: publishSummary(before, built.reviewCounts) };
  } catch (error) {
    if (error instanceof SeedError) throw new ReviewError('the seed does not build, nothing was published', reviewersProblems(error.problems));
    if (error instanceof IngestError) throw new ReviewError(error.message);
    throw error;
  }
}
