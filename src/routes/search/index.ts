import { createHash } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { StringEnum } from '../../schemas/common.js';
import { Links } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { notPrefilled } from '../../schemas/examples.js';
import { EnumParam, FORMATS, FormatParam, Limit, QueryString, TextParam, listValues } from '../../schemas/query.js';
import { ENTITY_TYPES, type EntityType } from '../../schemas/vocabulary.js';
import { CLOSE, NAME_START, OPEN, SEARCH_WINDOW, TIER_COUNT, WORD_START, searcher, type Position, type RawHit } from '../../db/search.js';
import { MAX_SUGGESTIONS, suggesterOf } from '../../db/suggest.js';
import { words } from '../../db/words.js';
import { perStore, type Store } from '../../db/store.js';
import { InvalidParameters } from '../../lib/problems.js';
import { checkCursorWithOffset, rejectInvalid } from '../paging.js';
import { NOT_MODIFIED, dataResponse, exampleValue } from '../collection.js';
import { PAGE_HEADERS } from '../../schemas/headers.js';

export const SearchHit = Type.Object({
  type: StringEnum(ENTITY_TYPES, { description: 'Entity type of the hit.' }),
  id: Type.String(),
  title: Type.String({ description: 'The row in words: a name, a headline, a claim as "subject predicate object" with names rather than ids.' }),
  snippet: Type.String({ description: 'The best matching passage as HTML-safe text: `&`, `<`, `>` and `"` are escaped, and `<mark>…</mark>` around matches is the only markup.' }),
}, { $id: 'SearchHit' });

const SearchMeta = Type.Object({
  total: Type.Integer({ description: `Hits across all pages, counted up to ${SEARCH_WINDOW.toLocaleString('en')} (see \`total_exact\`).` }),
  total_exact: Type.Boolean({ description: `false when more than ${SEARCH_WINDOW.toLocaleString('en')} rows match: \`total\` is then that bound, and pages go on through \`links.next\`.` }),
  limit: Type.Integer(),
  offset: Type.Integer(),
  suggestions: Type.Array(Type.String(), { description: `When nothing matches: up to ${MAX_SUGGESTIONS} queries with each misspelt word replaced by the closest indexed words (\`carabineri\` → "Carabinieri"), each of which finds something; otherwise empty.` }),
});

// Match markers FTS5 puts around hits are private-use characters, so the text can be HTML-escaped first and
// the markers turned into <mark> afterwards; marker characters already in the text are dropped.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** A snippet as safe HTML: the text escaped, `<mark>…</mark>` the only markup. */
export function escapeSnippet(raw: string): string {
  let inside = false;
  return raw.replace(/[&<>"\u{E000}\u{E001}]/gu, (char) => {
    if (char === OPEN || char === CLOSE) {
      // FTS5 always pairs its markers; a stray one (text that held the character) is dropped.
      if ((char === OPEN) === inside) return '';
      inside = !inside;
      return inside ? '<mark>' : '</mark>';
    }
    return HTML_ESCAPES[char]!;
  }) + (inside ? '</mark>' : '');
}

/** Where in a name its first (or, `within`, a later) word starting with `prefix` begins; 0 when none does. */
function wordStartAt(name: string, prefix: string, within: boolean): number {
  if (!within) return 0;
  for (const found of name.matchAll(/(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}]/gu)) {
    if (found.index > 0 && words(name.slice(found.index)).join('').startsWith(prefix)) return found.index;
  }
  return 0;
}

/** A name matched whole (`prefix` null) or by its first letters, at its start or at a later word's (`within`), with those marked. */
function markName(name: string, prefix: string | null, within = false): string {
  const clean = name.replace(/[\u{E000}\u{E001}]/gu, '');
  if (prefix === null) return escapeSnippet(`${OPEN}${clean}${CLOSE}`);
  const from = wordStartAt(clean, prefix, within);
  let seen = 0;
  let cut = from;
  for (const char of clean.slice(from)) {
    if (seen >= prefix.length) break;
    seen += words(char).join('').length;
    cut += char.length;
  }
  return escapeSnippet(`${clean.slice(0, from)}${OPEN}${clean.slice(from, cut)}${CLOSE}${clean.slice(cut)}`);
}

/** Cursors name a tier and a rank in it, and are bound to the query and the dataset version they came from. */
const fingerprint = (store: Store, params: object) => createHash('sha256').update(`${store.info.content_hash}\n${JSON.stringify(params)}`).digest('base64url').slice(0, 12);
const encodeCursor = (position: Position, print: string) => Buffer.from(`${position.tier}.${position.after}.${print}`).toString('base64url');
function decodeCursor(cursor: string, print: string): Position {
  const [tier, after, bound] = Buffer.from(cursor, 'base64url').toString().split('.');
  if (!/^\d$/.test(tier ?? '') || Number(tier) >= TIER_COUNT || !/^\d{1,15}$/.test(after ?? '') || bound === undefined) {
    throw new InvalidParameters([{ parameter: 'after', message: 'is not a search cursor: pass the `after` value of a links.next URL unchanged' }]);
  }
  if (bound !== print) throw new InvalidParameters([{ parameter: 'after', message: 'belongs to another search (other q or type) or to an earlier version of the dataset: start again from the first page' }]);
  return { tier: Number(tier), after: Number(after) };
}

function links(request: FastifyRequest, reply: FastifyReply, next: string | null, offset: number, limit: number, total: number) {
  const [path, query = ''] = request.url.split('?', 2) as [string, string?];
  const with_ = (set: Record<string, string>, drop: string) => {
    const params = new URLSearchParams(query);
    params.delete(drop);
    for (const [key, value] of Object.entries(set)) params.set(key, value);
    return `${path}?${params}`;
  };
  const nextUrl = next === null ? null : with_({ after: next }, 'offset');
  const byCursor = new URLSearchParams(query).has('after');
  const prevUrl = !byCursor && offset > 0 ? with_({ offset: String(Math.max(0, Math.min(offset - limit, total - limit))) }, 'after') : null;
  const link = [nextUrl && `<${nextUrl}>; rel="next"`, prevUrl && `<${prevUrl}>; rel="prev"`].filter(Boolean).join(', ');
  if (link) reply.header('link', link);
  reply.header('x-total-count', String(total));
  return { self: request.url, next: nextUrl, prev: prevUrl };
}

const statementsOf = perStore((store) => ({ search: searcher(store.sqlite), suggest: suggesterOf(store) }));

/** The cursor of the page after the first hit of the dataset's example query, when it has a second hit. */
function exampleCursor(store: Store, q: string | undefined): string | undefined {
  if (!q) return undefined;
  const { search } = statementsOf(store);
  const params = search.prepare({ text: q, types: null });
  const [first, second] = search.page(params, { tier: 0, after: 0 }, 0, 2);
  return first && second ? encodeCursor({ tier: first.tier, after: first.doc }, fingerprint(store, params)) : undefined;
}

const routes: FastifyPluginAsync = async (app) => {
  const exampleQ = exampleValue(app.store, 'search', 'q');
  const cursorExample = exampleCursor(app.store, exampleQ);
  app.get('/v1/search', {
    config: { formats: FORMATS, csvColumns: ['type', 'id', 'title', 'snippet'] },
    schema: {
      tags: ['Search'],
      operationId: 'search',
      summary: 'Full-text search',
      description: 'Searches sources and every entity (SQLite FTS5, case and diacritics folded, English stemming). All words and "quoted phrases" must match. A word matches its English forms (`protesters` finds "protests", `drones` finds "drone") and, from three letters on, the words it begins (`cyber` finds "cybersecurity"; up to 50 indexed words per prefix); two neighbouring words also match as one word and one word as two (`cyber security` finds "cybersecurity"). One or two letters answer as a type-ahead: entities whose name, alias or acronym starts with them, then those with a later word of a name starting with them (a surname), then rows holding them as a whole word. A quote without a partner is ordinary text; nothing is query syntax. A word repeated outside quotes counts once, with spaces or punctuation between the copies; at most 32 words, each word of a quoted or punctuation-joined phrase counted.\n\n'
        + 'Order: entities whose name, alias or acronym equals the query first; then (for one or two letters) names that start with it, then names with a later word that starts with it; then rows whose title holds every word (among the first 1,000 matches); then the rest. Within each, rows named by more other rows (articles: cited by more rows) come first, then shorter titles. The order is fixed when the database is built, so every page costs the same. '
        + `Page on with \`after\` (\`links.next\`); \`offset\` + \`limit\` may reach ${SEARCH_WINDOW.toLocaleString('en')}. When nothing matches, \`meta.suggestions\` proposes spellings that do.`,
      querystring: QueryString({
        q: TextParam('Words and "quoted phrases" to find, or the first letters of a name.', exampleQ),
        type: notPrefilled(EnumParam(ENTITY_TYPES, 'Only hits of this entity type.')),
        limit: Limit,
        offset: Type.Integer({ minimum: 0, maximum: SEARCH_WINDOW, default: 0, description: `Hits to skip; \`offset\` + \`limit\` at most ${SEARCH_WINDOW.toLocaleString('en')}. Beyond, page with \`after\`.`, examples: [0] }),
        // Described, not prefilled: Swagger UI would send a cursor on the first Execute, turning a plain search into
        // its second page, and into a 400 as soon as the explorer changes `q`.
        after: notPrefilled(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', description: 'Cursor: the `after` value of the previous page\'s `links.next`; the page starts after that page\'s last hit, at the same cost at any depth. Bound to the same `q` and `type` and to the dataset version; not with `offset`.', ...(cursorExample && { examples: [cursorExample] }) })),
        format: FormatParam,
      }, ['q']),
      response: { 200: dataResponse(Type.Object({ data: Type.Array(Type.Ref(SearchHit)), meta: SearchMeta, links: Links }, { description: 'Hits in order.' }), 'Hits in order.', PAGE_HEADERS), ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request, reply) => {
    const query = request.query as { q: string; type?: string[]; limit: number; offset: number; after?: string };
    if (query.offset + query.limit > SEARCH_WINDOW) throw new InvalidParameters([{ parameter: 'offset', message: `with limit=${query.limit} may be at most ${(SEARCH_WINDOW - query.limit).toLocaleString('en')} (offset + limit ≤ ${SEARCH_WINDOW.toLocaleString('en')}); page further with after= from links.next` }]);
    rejectInvalid(checkCursorWithOffset(query));
    const { search, suggest } = statementsOf(request.store);
    const types = query.type ? (listValues(query.type) as EntityType[]) : null;
    const params = search.prepare({ text: query.q, types });
    const print = fingerprint(request.store, params);
    const start = query.after === undefined ? { tier: 0, after: 0 } : decodeCursor(query.after, print);
    const hits = search.page(params, start, query.offset, query.limit + 1);
    const shown = hits.slice(0, query.limit);
    const last = shown.at(-1);
    const next = hits.length > query.limit && last ? encodeCursor({ tier: last.tier, after: last.doc }, print) : null;
    // A page read from the first hit that holds fewer than it asked for shows where the hits end: no count.
    const ended = query.after === undefined && hits.length <= query.limit && (hits.length > 0 || query.offset === 0);
    const { total, exact } = ended ? { total: query.offset + hits.length, exact: true } : search.total(params);
    const suggestions = total === 0 ? suggest(query.q).map((option) => option.join(' ')).filter((option) => search.page(search.prepare({ text: option, types }), { tier: 0, after: 0 }, 0, 1).length > 0) : [];
    const typed = params.prefix === null ? null : params.prefix.slice(1);
    const data = shown.map((hit: RawHit & { tier: number }) => ({
      type: hit.type, id: hit.id, title: hit.title,
      snippet: hit.marked ? escapeSnippet(hit.snippet) : markName(hit.snippet, hit.tier === NAME_START || hit.tier === WORD_START ? typed : null, hit.tier === WORD_START),
    }));
    return { data, meta: { total, total_exact: exact, limit: query.limit, offset: query.offset, suggestions }, links: links(request, reply, next, query.offset, query.limit, total) };
  });
};

export default routes;
