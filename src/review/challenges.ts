// Challenges (contract v1.2): a reviewed row lists in `challenges` the pending machine claims that contest it.
// Ingest writes such a claim about the row itself: `subject_id` the row's id, `predicate` the field it
// contests (`personnel`, `start`), `value` the other value as text (`approximately 2300`) or `object_id` the
// other id; a claim contesting a claim says the same subject and predicate with another object or value.
// A reviewer decides each one: keep the checked value (the claim is dismissed and recorded with the
// rejections), replace it (the claim's value and words become the row's, reviewed by the person), or
// record both as a disputed pair of claims, each with its words.
import { isMap, type YAMLMap } from 'yaml';
import { collectionByName, type FactCollection } from '../collections/index.js';
import type { Item } from '../db/columns.js';
import type { Seed } from '../db/seed.js';
import { numbersIn, parseNumber } from '../lib/numbers.js';
import { statesDate } from '../db/support.js';
import { slugify } from '../ingest/input.js';
import { QUALIFIERS } from '../schemas/vocabulary.js';
import { editableFields, markReviewed, readSeed, reviewTime } from './actions.js';
import { controlFor } from './form.js';
import { rejectionRecord, rejectionsFile, type Rejection } from './rejections.js';
import { changeSeed, ReviewError, type FactFiles, type FoundFact } from './seed-writer.js';

export const CHALLENGE_DECISIONS = ['keep', 'replace', 'dispute'] as const;
export type ChallengeDecision = (typeof CHALLENGE_DECISIONS)[number];

/** One pending challenge: the reviewed row, the machine claim contesting it, and the field it contests (null: none the app can name). */
export interface Challenge { fact: Item; collection: string; claim: Item; field: string | null }

export interface DecideOptions { reviewer: string; reason?: string; at?: string; /** The claim id, or its 1-based place in `challenges`; optional when there is one. */ challenge?: string }
export interface ChallengeOutcome { decision: ChallengeDecision; fact: string; challenge: string; field: string | null; disputedWith?: string }

const claimsOf = (seed: Seed) => new Map((seed.facts.get('claims') ?? []).map((c) => [c.id, c] as const));

/** The field of `spec`'s row `fact` that `claim` contests: its predicate when the claim is about the row, a claim's object otherwise. */
export function contestedField(spec: FactCollection, fact: Item | Record<string, unknown>, claim: Item | Record<string, unknown>): string | null {
  if (claim.subject_id === fact.id && editableFields(spec).includes(String(claim.predicate))) return String(claim.predicate);
  if (spec.name === 'claims' && claim.subject_id === fact.subject_id && claim.predicate === fact.predicate) return claim.object_id == null ? 'value' : 'object_id';
  return null;
}

/** Every pending challenge of the seed, in the order of the rows they contest. */
export function pendingChallenges(seed: Seed): Challenge[] {
  const claims = claimsOf(seed);
  return [...seed.facts].flatMap(([collection, items]) => items.flatMap((fact) => ((fact.challenges as string[] | undefined) ?? [])
    .map((id) => claims.get(id)).filter((claim): claim is Item => claim !== undefined)
    .map((claim) => ({ fact, collection, claim, field: contestedField(collectionByName.get(collection)!, fact, claim) }))));
}

/** A field's value as a claim states it: a hedged number in words (`approximately 2000`, as ingest writes it), a list comma-separated. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object' && 'value' in value && 'qualifier' in value) {
    const q = value as { value: number | null; qualifier: string | null };
    return `${q.qualifier?.replace('_', ' ') ?? ''} ${q.value ?? ''}`.trim();
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `approximately 2,300` as a quantity; a number the words do not make is refused. */
function quantityOf(text: string, claimId: string): { value: number | null; qualifier: string | null } {
  const lower = text.trim().toLowerCase();
  const qualifier = QUALIFIERS.find((q) => lower.startsWith(`${q.replace('_', ' ')} `)) ?? null;
  const rest = qualifier ? lower.slice(qualifier.length + 1).trim() : lower;
  const value = rest === '' ? null : parseNumber(rest);
  if (rest !== '' && value === null) throw new ReviewError(`challenge "${claimId}": "${text}" is not a number with an optional hedge`);
  return { value, qualifier };
}

function numberOf(text: string, claimId: string): number {
  const value = parseNumber(text.trim());
  if (value === null) throw new ReviewError(`challenge "${claimId}": "${text}" is not a number`);
  return value;
}

const PRECISION_BY_LENGTH: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

/** The fields a replace sets on the challenged row: the contested one from the claim's object or value, and a date's precision. */
export function replacement(spec: FactCollection, field: string, claim: Record<string, unknown>): Record<string, unknown> {
  const id = String(claim.id);
  if (spec.name === 'claims') return { object_id: claim.object_id ?? null, value: claim.value ?? null };
  const text = String(claim.object_id ?? claim.value ?? '');
  const control = controlFor(spec.schema.properties[field]!);
  const set: Record<string, unknown> = {};
  if (control.type === 'quantity') set[field] = quantityOf(text, id);
  else if (control.type === 'ids') set[field] = text.split(',').map((s) => s.trim()).filter(Boolean);
  else if (control.type === 'number') set[field] = numberOf(text, id);
  else if (control.type === 'choice' && control.values.join() === 'true,false') set[field] = text === 'true';
  else if (control.type === 'json' || control.type === 'objects') {
    try { set[field] = JSON.parse(text); } catch { throw new ReviewError(`challenge "${id}": "${text}" is not a value of ${field}`); }
  } else set[field] = text === '' && control.nullable ? null : text;
  const dates = spec.dates ? [spec.dates.start, spec.dates.end] : [];
  if (dates.includes(field) && 'date_precision' in spec.schema.properties && PRECISION_BY_LENGTH[text.length]) set.date_precision = PRECISION_BY_LENGTH[text.length];
  return set;
}

/** Rows whose `challenges` name the claim. */
function challengedBy(files: FactFiles, claimId: string): FoundFact[] {
  return files.all().flatMap((file) => (file.seq.items.filter(isMap) as YAMLMap[])
    .filter((node) => ((node.toJSON() as Item).challenges as string[] | undefined ?? []).includes(claimId))
    .map((node) => ({ file, node })));
}

/** The challenged row and the claim to decide on: `id` names either; `choice` picks among several challenges. */
function locate(files: FactFiles, id: string, choice?: string): { fact: FoundFact; claim: FoundFact } {
  const found = files.find(id);
  const own = (found.node.toJSON() as Item).challenges as string[] | undefined ?? [];
  const challenged = own.length ? [found] : challengedBy(files, id);
  if (!challenged.length) throw new ReviewError(`"${id}" has no pending challenge and challenges no row`);
  const fact = challenged[0]!;
  const pending = (fact.node.toJSON() as Item).challenges as string[];
  const claimId = own.length ? pickChallenge(id, pending, choice) : id;
  const claim = files.find(claimId);
  if (claim.file.collection.name !== 'claims' || claim.node.get('review') !== 'machine') throw new ReviewError(`challenge "${claimId}" is not a machine claim`);
  return { fact, claim };
}

function pickChallenge(id: string, pending: string[], choice?: string): string {
  if (choice === undefined) {
    if (pending.length === 1) return pending[0]!;
    throw new ReviewError(`"${id}" has ${pending.length} pending challenges; name one with --challenge (${pending.join(', ')})`);
  }
  const chosen = /^\d{1,4}$/.test(choice) ? pending[Number(choice) - 1] : pending.find((p) => p === choice);
  if (!chosen) throw new ReviewError(`"${choice}" is not a pending challenge of "${id}" (pending: ${pending.join(', ')})`);
  return chosen;
}

/** Takes the claim out of every row's `challenges`: it is pending no more. */
function settle(files: FactFiles, claimId: string): void {
  for (const row of challengedBy(files, claimId)) {
    const left = ((row.node.toJSON() as Item).challenges as string[]).filter((c) => c !== claimId);
    if (left.length) row.node.set('challenges', row.file.doc.createNode(left, { flow: true }));
    else row.node.delete('challenges');
    row.file.changed = true;
  }
}

/** Replace: the claim's value becomes the row's, its words join the row's citations, the claim goes; the row is reviewed by the person. */
function replaceWithClaim(fact: FoundFact, claim: FoundFact, field: string, files: FactFiles, reviewer: string, at: string): void {
  const claimItem = claim.node.toJSON() as Item;
  for (const [name, value] of Object.entries(replacement(fact.file.collection, field, claimItem))) fact.node.set(name, fact.file.doc.createNode(value, { flow: true }));
  const citations = (fact.node.toJSON() as Item).citations as Array<{ source: string; quote: string }>;
  const known = new Set(citations.map((c) => `${c.source}\n${c.quote}`));
  const added = (claimItem.citations as typeof citations).filter((c) => !known.has(`${c.source}\n${c.quote}`));
  fact.node.set('citations', fact.file.doc.createNode([...citations, ...added]));
  markReviewed(fact, reviewer, at);
  files.remove(claim);
}

// Ids as ingest makes them for a claim pair: the row, the field, the value.
const slug = (text: string) => slugify(text) || 'value';

/**
 * Dispute: the claim becomes one side, reviewed; the other side is the challenged claim itself, or, for a
 * row of another collection, a reviewed claim stating the row's checked value with the row's words.
 */
function recordDispute(fact: FoundFact, claim: FoundFact, field: string | null, files: FactFiles, reviewer: string, at: string): string {
  const item = fact.node.toJSON() as Item;
  let other = item.id;
  if (fact.file.collection.name === 'claims') {
    const disputed = new Set([...(item.disputed_by as string[]), String(claim.node.get('id'))]);
    fact.node.set('disputed_by', fact.file.doc.createNode([...disputed], { flow: true }));
    fact.file.changed = true;
  } else {
    if (!field) throw new ReviewError(`challenge "${String(claim.node.get('id'))}" names no field of "${item.id}" (predicate "${String(claim.node.get('predicate'))}"), so there is no checked value to set against it; keep or edit instead`);
    other = checkedSide(files, item, field, claim.file, reviewer, at);
    claim.node.set('disputed_by', claim.file.doc.createNode([...new Set([...((claim.node.toJSON() as Item).disputed_by as string[]), other])], { flow: true }));
  }
  markReviewed(claim, reviewer, at);
  return other;
}

/** The citations whose quote states a date or number value (a row's other words are about its other fields); all of them for other values, or when none does. */
export function wordsStating<C extends { quote: string }>(value: unknown, citations: C[]): C[] {
  const number = typeof value === 'number' ? value : (value as { value?: unknown } | null)?.value;
  const stating = typeof value === 'string' && /^\d{4}(?:-\d{2}){0,2}$/.test(value) ? citations.filter((c) => statesDate(c.quote, value))
    : typeof number === 'number' ? citations.filter((c) => numbersIn(c.quote).some((m) => m.value === number)) : citations;
  return stating.length ? stating : citations;
}

/** The reviewed claim stating a row's checked value of a field: the one the seed has, or a new one citing the row's words. */
function checkedSide(files: FactFiles, item: Item, field: string, claims: FoundFact['file'], reviewer: string, at: string): string {
  const isId = controlFor(files.find(item.id).file.collection.schema.properties[field]!).type === 'id';
  const text = valueText(item[field]);
  const existing = (claims.seq.items.filter(isMap) as YAMLMap[]).map((n) => n.toJSON() as Item)
    .find((c) => c.subject_id === item.id && c.predicate === field && (isId ? c.object_id === item[field] : c.value === text) && c.review !== 'machine');
  if (existing) return existing.id;
  const taken = new Set(files.all().flatMap((f) => (f.seq.items.filter(isMap) as YAMLMap[]).map((n) => String(n.get('id')))));
  const base = `${item.id}-${slug(field)}-${slug(text)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  claims.seq.items.push(claims.doc.createNode({
    id, subject_id: item.id, predicate: field, object_id: isId ? item[field] : null, value: isId ? null : text, disputed_by: [], derived: false,
    note: `The checked ${field} of ${item.id}, recorded as one side of a dispute in review.`,
    review: 'reviewed', reviewed_by: reviewer, reviewed_at: at,
    citations: wordsStating(item[field], item.citations as Array<{ source: string; quote: string }>).map(({ source, quote }) => ({ source, quote })),
  }));
  claims.changed = true;
  return id;
}

/** One reviewer's decision on one challenge; all or nothing, checked by the build like every review write. */
export function decideChallenge(seedDir: string, id: string, decision: ChallengeDecision, options: DecideOptions): ChallengeOutcome {
  if (!CHALLENGE_DECISIONS.includes(decision)) throw new ReviewError(`"${String(decision)}" is not a decision on a challenge (${CHALLENGE_DECISIONS.join(', ')})`);
  const at = options.at ?? reviewTime();
  return changeSeed(seedDir, (files, scratch) => {
    const { fact, claim } = locate(files, id, options.challenge);
    const factItem = fact.node.toJSON() as Item;
    const claimItem = claim.node.toJSON() as Item;
    const field = contestedField(fact.file.collection, factItem, claimItem);
    const outcome: ChallengeOutcome = { decision, fact: factItem.id, challenge: claimItem.id, field };
    settle(files, claimItem.id);
    if (decision === 'keep') {
      const texts = new Map(readSeed(scratch).sources.map((s) => [s.id, s] as const));
      const reason = options.reason?.trim() || `the checked ${field ?? 'value'} of ${factItem.id} stands`;
      const record: Rejection = { ...rejectionRecord(claim, texts, { reason, reviewer: options.reviewer, at }), dismissed_challenge_of: factItem.id };
      files.remove(claim);
      return { result: outcome, extras: [rejectionsFile(seedDir, [record])] };
    }
    if (decision === 'replace') {
      if (!field) throw new ReviewError(`challenge "${claimItem.id}" names no field of "${factItem.id}" (predicate "${String(claimItem.predicate)}"); edit the row instead`);
      replaceWithClaim(fact, claim, field, files, options.reviewer, at);
      return { result: outcome };
    }
    return { result: { ...outcome, disputedWith: recordDispute(fact, claim, field, files, options.reviewer, at) } };
  });
}
