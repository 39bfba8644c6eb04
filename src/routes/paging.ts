// What every paginated route shares: links and the Link header, range checks, and id-filter checks.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { entities } from '../db/schema.js';
import type { Db } from '../db/store.js';
import type { Statement } from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { RANGE_PAIRS, type Filter } from '../db/filters.js';
import { badRequest, withArticle, type ParameterError } from '../lib/problems.js';
import { listValues } from '../schemas/query.js';
import type { EntityType } from '../schemas/vocabulary.js';

export interface Page { total: number; limit: number; offset: number }

function pageUrl(request: FastifyRequest, set: Record<string, string>): string {
  const [path, query = ''] = request.url.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(set)) params.set(key, value);
  return `${path}?${params}`;
}

/**
 * Envelope `meta` and `links`, plus the same next/prev as an RFC 8288 Link header and X-Total-Count.
 * A page read with a keyset cursor links onwards with the cursor (`nextAfter`); it has no prev link.
 */
export function paginate(request: FastifyRequest, reply: FastifyReply, page: Page, nextAfter?: string) {
  const byCursor = (request.query as { after?: string } | undefined)?.after !== undefined;
  const next = byCursor
    ? (nextAfter !== undefined ? pageUrl(request, { after: nextAfter }) : null)
    : page.offset + page.limit < page.total ? pageUrl(request, { offset: String(page.offset + page.limit) }) : null;
  const prev = !byCursor && page.offset > 0 ? pageUrl(request, { offset: String(Math.max(0, Math.min(page.offset - page.limit, page.total - page.limit))) }) : null;
  if (next !== null || prev !== null) reply.header('link', [next && `<${next}>; rel="next"`, prev && `<${prev}>; rel="prev"`].filter(Boolean).join(', '));
  reply.header('x-total-count', String(page.total));
  return { meta: page, links: { self: request.url, next, prev } };
}

/** A page starts at a cursor or at an offset, never both: applied together, rows would be skipped unseen. */
export function checkCursorWithOffset(query: { after?: unknown; offset?: number }): ParameterError[] {
  return query.after !== undefined && (query.offset ?? 0) > 0
    ? [{ parameter: 'offset', message: 'cannot be combined with after: the cursor already says where the page starts' }]
    : [];
}

export function checkRanges(query: Record<string, unknown>): ParameterError[] {
  const errors: ParameterError[] = [];
  for (const [low, high] of RANGE_PAIRS) {
    const a = query[low] as string | number | undefined;
    const b = query[high] as string | number | undefined;
    if (a !== undefined && b !== undefined && a > b) errors.push({ parameter: low, message: `must not be after ${high} (${String(a)} > ${String(b)})` });
  }
  return errors;
}

/**
 * The type of an id, per open database: a compiled statement, and the types already found. A dataset never
 * changes while open, so a found type stays true; only ids that exist are kept, and at most
 * KNOWN_TYPES_MAX of them, so unknown ids sent by clients cannot grow it.
 */
interface TypeLookup { statement: Statement; known: Map<string, EntityType> }
const typeLookups = new WeakMap<Db, TypeLookup>();
const KNOWN_TYPES_MAX = 4096;

function typeLookupOf(db: Db): TypeLookup {
  let lookup = typeLookups.get(db);
  if (!lookup) {
    lookup = { statement: db.$client.prepare(`SELECT type FROM ${getTableName(entities)} WHERE id = ?`).pluck(), known: new Map() };
    typeLookups.set(db, lookup);
  }
  return lookup;
}

/** An id's type: remembered, else one indexed lookup (cheaper than a JSON list joined in SQL for a filter's few ids). */
function typeOf(lookup: TypeLookup, id: string): EntityType | undefined {
  let type = lookup.known.get(id);
  if (type === undefined) {
    type = lookup.statement.get(id) as EntityType | undefined;
    if (type !== undefined && lookup.known.size < KNOWN_TYPES_MAX) lookup.known.set(id, type);
  }
  return type;
}

/** Ids given to id filters must exist and be of the expected type. */
export function checkReferences(db: Db, filters: Record<string, Pick<Filter, 'refersTo'>>, query: Record<string, unknown>): ParameterError[] {
  const errors: ParameterError[] = [];
  // for-in, not Object.entries: a collection has a few dozen filters, and this runs on every request.
  for (const name in filters) {
    const filter = filters[name]!;
    if (!filter.refersTo || query[name] === undefined) continue;
    const lookup = typeLookupOf(db);
    for (const id of listValues(query[name])) {
      const type = typeOf(lookup, id);
      if (!type) errors.push({ parameter: name, message: `no ${filter.refersTo.join(' or ')} has id "${id}"` });
      else if (!filter.refersTo.includes(type)) errors.push({ parameter: name, message: `"${id}" is ${withArticle(type)}, not ${withArticle(filter.refersTo.join(' or '))}` });
    }
  }
  return errors;
}

export function rejectInvalid(errors: ParameterError[]): void {
  if (errors.length) throw badRequest(errors);
}
