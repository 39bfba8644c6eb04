// The audit of a growing knowledge base, judged apart from resolution (so a resolution bug cannot hide
// itself): one thing under two ids, reviewed rows changed by a machine, contests (disputes and challenges)
// an article's gold does not list, and challenges a reader of the reviewed row cannot see.
import type { Item } from '../../db/columns.js';
import { coreName, eventNameVariant, fold, genericName, namedPlace, nameVariant, sameName, yearOf } from './names.js';
import { orgKey } from '../extract.js';
import type { Contest } from '../evaluate.js';
import { NUMBER_PHRASE, parseNumber } from '../../lib/numbers.js';

export type Kb = Map<string, Item[]>;
export interface Duplicate { kind: string; ids: [string, string]; name: string }
export interface ReviewedChange { collection: string; id: string; fields: string[] }
/** A contest an accept made; `sides`: the values of the claims it disputes (the other side of a disputed pair). */
export interface ContestMade { collection: string; subject: string; claim: string; predicate: string; value: string; sides: string[]; challenge: boolean }

const conflict = (a: unknown, b: unknown) => a != null && b != null && a !== b;
const titles = (p: Item) => (p.roles as Array<{ title: string }>).map((r) => fold(r.title));
const specific = (title: string) => / (?:of|for) /.test(title);

/** Names a role-only person is given by pending machine claims ("name" challenges not yet decided). */
function pendingNames(kb: Kb): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const claim of kb.get('claims') ?? []) {
    if (claim.review === 'machine' && claim.predicate === 'name' && typeof claim.value === 'string') {
      names.set(String(claim.subject_id), [...(names.get(String(claim.subject_id)) ?? []), claim.value]);
    }
  }
  return names;
}

function samePerson(a: Item, b: Item, pending: Map<string, string[]>): boolean {
  if (conflict(a.country, b.country)) return false;
  if (a.name && b.name) return sameName(a.name, b.name);
  const [roleOnly, other] = a.name ? [b, a] : [a, b];
  if (!other.name) return titles(a).some((t) => specific(t) && titles(b).includes(t));
  if ((pending.get(roleOnly.id) ?? []).some((n) => sameName(n, other.name))) return true;
  return titles(roleOnly).some((t) => specific(t) && titles(other).includes(t));
}

function sameBody(a: Item, b: Item): boolean {
  if (conflict(a.country, b.country) || a.kind !== b.kind) return false;
  const core = coreName(a.name);
  if (!core || core !== coreName(b.name)) return false;
  if (conflict(namedPlace(a.name), namedPlace(b.name))) return false;
  // "Police officers" or "Federal Police" of two articles are one body only within one stated country; a
  // body of no stated country is another's only under the very same name ("Interior Ministry" of a French
  // story is not "Italian interior ministry").
  if (a.country != null && a.country === b.country) return true;
  return !genericName(core) && (a.country == null) !== (b.country == null) && sameName(orgKey(String(a.name)), orgKey(String(b.name)));
}

function sameEvent(a: Item, b: Item): boolean {
  if (a.kind !== b.kind || conflict(yearOf(a.start), yearOf(b.start))) return false;
  if (sameName(a.name, b.name)) return !conflict(a.start, b.start);
  const [aHead, aOf] = fold(a.name).split(' of ');
  const [bHead, bOf] = fold(b.name).split(' of ');
  // "Opening ceremony" alone says of what only in its article's context: compared only when both name their event.
  if (a.kind === 'ceremony') return aHead === bHead && !!aOf && !!bOf && nameVariant(aOf, bOf) && !conflict(a.start, b.start);
  return a.kind === 'games' && eventNameVariant(a.name, b.name);
}

/** Pairs of entities of one kind that are one thing under two ids. */
export function duplicates(kb: Kb): Duplicate[] {
  const pending = pendingNames(kb);
  const same: Record<string, (a: Item, b: Item) => boolean> = {
    people: (a, b) => samePerson(a, b, pending),
    organizations: sameBody,
    places: (a, b) => sameName(a.name, b.name) && !conflict(a.country, b.country) && (a.kind === b.kind || (a.kind !== 'country' && b.kind !== 'country')),
    events: sameEvent,
  };
  const found: Duplicate[] = [];
  for (const [kind, isSame] of Object.entries(same)) {
    const items = kb.get(kind) ?? [];
    items.forEach((a, i) => items.slice(i + 1).forEach((b) => {
      if (isSame(a, b)) found.push({ kind, ids: [a.id, b.id], name: String(a.name ?? (a.roles as Array<{ title: string }>)[0]?.title ?? a.id) });
    }));
  }
  return found;
}

/** Fields of a row that a corroboration or a challenge may change without changing what the row says. */
const GROWS = new Set(['citations', 'challenges']);

/** Reviewed rows of `before` whose value or review state `after` changed (a new citation or challenge is no change). */
export function reviewedChanges(before: Kb, after: Kb): ReviewedChange[] {
  const changes: ReviewedChange[] = [];
  for (const [collection, items] of before) {
    const now = new Map((after.get(collection) ?? []).map((i) => [i.id, i]));
    for (const row of items.filter((i) => i.review !== 'machine')) {
      const next = now.get(row.id);
      if (!next) { changes.push({ collection, id: row.id, fields: ['(removed)'] }); continue; }
      const fields = [...new Set([...Object.keys(row), ...Object.keys(next)])]
        .filter((f) => !GROWS.has(f) && JSON.stringify(row[f] ?? null) !== JSON.stringify(next[f] ?? null));
      if (fields.length) changes.push({ collection, id: row.id, fields });
    }
  }
  return changes;
}

/**
 * The contests an accept made: new claims that dispute another (`disputed_by`) or that a row lists in its
 * `challenges`, with the collection of the row they contest. The other side of a new disputed pair (the
 * old value restated) is not a contest of its own.
 */
export function contestsMade(before: Kb, after: Kb): ContestMade[] {
  const known = new Set((before.get('claims') ?? []).map((c) => c.id));
  const collectionOf = new Map([...after].flatMap(([collection, items]) => items.map((i) => [i.id, collection] as const)));
  const listed = new Set([...after.values()].flatMap((items) => items.flatMap((i) => (i.challenges as string[] | undefined) ?? [])));
  const claims = after.get('claims') ?? [];
  const valueOf = new Map(claims.map((c) => [c.id, String(c.value)] as const));
  return claims.filter((c) => !known.has(c.id) && ((c.disputed_by as string[]).length > 0 || listed.has(c.id)))
    .map((c) => ({
      collection: collectionOf.get(String(c.subject_id)) ?? '?', subject: String(c.subject_id), claim: c.id, predicate: String(c.predicate), value: String(c.value),
      sides: (c.disputed_by as string[]).flatMap((id) => valueOf.get(id) ?? []), challenge: listed.has(c.id),
    }));
}

/**
 * Whether a contest made is the one the gold lists: its predicate, and the gold's value on either side of the pair (the
 * gold writes one crowd's two counts with either side as "the contest"; which side a claim holds is no error).
 */
const isListed = (m: ContestMade, e: Contest) => e.predicate === m.predicate && [m.value, ...m.sides].some((value) => sameValue(value, e.value));

/** A count's number in a contest's value ("about 2,000", "approximately 2000"), whatever its hedge's words. */
const countIn = (value: string) => { const m = NUMBER_IN_VALUE.exec(value); return m ? parseNumber(m[0]) : null; };
const NUMBER_IN_VALUE = new RegExp(NUMBER_PHRASE, 'u');
/** Two values of a contest are one when they count the same number (the gold's "about 2,000" is a claim's "approximately 2000"), else when their words are. */
function sameValue(a: string, b: string): boolean {
  const [x, y] = [countIn(a), countIn(b)];
  return x !== null && y !== null ? x === y : fold(a) === fold(b);
}

/** Contests the article's gold does not list: between values that do not measure the same thing. */
export const unfounded = (made: ContestMade[], expected: Contest[] = []) => made.filter((m) => !expected.some((e) => isListed(m, e)));

/** Contests the gold lists that the article did not raise. */
export const missed = (made: ContestMade[], expected: Contest[] = []) => expected.filter((e) => !made.some((m) => isListed(m, e)));

/**
 * New machine claims whose subject was a reviewed row before the accept: each one a challenge to it,
 * whether or not resolution made it one (a disputed pair written against a reviewed row is one too). The
 * old value restated as the other side of a new pair challenges nothing.
 */
export function challengesToReviewed(before: Kb, after: Kb): ContestMade[] {
  const reviewed = new Map([...before].flatMap(([collection, items]) => items.filter((i) => i.review !== 'machine').map((i) => [i.id, collection] as const)));
  const known = new Set((before.get('claims') ?? []).map((c) => c.id));
  const fresh = (after.get('claims') ?? []).filter((c) => !known.has(c.id));
  const restated = new Set(fresh.flatMap((c) => c.disputed_by as string[]));
  return fresh.filter((c) => reviewed.has(String(c.subject_id)) && !(restated.has(c.id) && !(c.disputed_by as string[]).length))
    .map((c) => ({ collection: reviewed.get(String(c.subject_id))!, subject: String(c.subject_id), claim: c.id, predicate: String(c.predicate), value: String(c.value), sides: [], challenge: true }));
}
