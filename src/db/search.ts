// /v1/search over the index the build ranked (src/db/search-index.ts). Hits come in tiers, each read in
// rank order (rowid order) and cut at the page, so a page costs the same whatever the corpus size:
//   exact   rows whose name, alias or acronym equals the query;
//   prefix  (one- and two-letter queries) rows whose name, alias or acronym starts with it;
//   word    (one- and two-letter queries) rows with a later word of a name starting with it (a surname);
//   title   rows whose title holds every word, among the first SEARCH_CANDIDATES matches;
//   text    every other row holding every word.
// A row appears in its first tier only. Totals are counted up to SEARCH_WINDOW rows, in one statement, and
// only when the page does not already show where the hits end.
// Every rowid bound is CAST to INTEGER: better-sqlite3 binds a JS number as a REAL, and FTS5 then leaves the
// bound to SQLite's row-by-row check instead of seeking (an upper bound cost a scan of every match).
import type Database from 'better-sqlite3';
import { exactKey, prefixKey, TYPE_AHEAD_LETTERS, wordStartKey } from './search-index.js';
import { searchMatcher, words } from './words.js';
import type { EntityType } from '../schemas/vocabulary.js';

/** offset + limit may reach this far; totals are counted up to it (a count further costs what ranking did). */
export const SEARCH_WINDOW = 1_000;
/**
 * Title hits are looked for among this many first matches in rank order (the bounded candidate set); a
 * title hit ranked later counts with the text hits. An empty title tier then costs this many rows, not
 * every match.
 */
export const SEARCH_CANDIDATES = 1_000;
/** The first tier: rows whose name, alias or acronym equals the query. */
const EXACT = 0;
/** The type-ahead tiers: names starting with the query's letters, then names with a later word starting with them. */
export const NAME_START = 1;
export const WORD_START = 2;
/** How many tiers a cursor may name. */
export const TIER_COUNT = 5;

export interface SearchQuery { text: string; types: EntityType[] | null }
export interface RawHit { doc: number; type: EntityType; id: string; title: string; snippet: string; marked: boolean }
/** Where a page starts: a tier and the last rank read in it. */
export interface Position { tier: number; after: number }

interface Tier {
  rows(params: TierParams, after: number, limit: number, offset: number): RawHit[];
  count(params: TierParams, after: number, cap: number): number;
}
interface TierParams {
  exact: string; prefix: string | null; wordStart: string | null; match: string | null; types: string | null;
  /** FTS5 text of every match, and of matches whose title holds every word (type filter included). */
  all: string | null; titled: string | null;
  /** The rank of the SEARCH_CANDIDATES-th match: title hits are looked for up to it. */
  boundary: number;
}

// Match markers FTS5 puts around hits: private-use characters, turned into <mark> after escaping.
export const OPEN = '\u{E000}';
export const CLOSE = '\u{E001}';

const typeFilter = (column: string) => `(@types IS NULL OR ${column} IN (SELECT value FROM json_each(@types)))`;

function keyTier(sqlite: Database.Database, keyParam: 'exact' | 'prefix' | 'wordStart', excluded: string): Tier {
  const where = `k.key = @key AND k.doc > @after AND ${typeFilter('k.type')} ${excluded}`;
  const rows = sqlite.prepare(`SELECT k.doc, s.type, s.entity_id AS id, s.title, k.text AS snippet FROM search_keys k JOIN search_index s ON s.rowid = k.doc WHERE ${where} ORDER BY k.doc LIMIT @limit OFFSET @offset`);
  const count = sqlite.prepare(`SELECT COUNT(*) FROM (SELECT 1 FROM search_keys k WHERE ${where} LIMIT @cap)`).pluck();
  const bind = (params: TierParams, after: number) => ({ key: params[keyParam], exact: params.exact, prefix: params.prefix, types: params.types, after });
  return {
    rows: (params, after, limit, offset) => (params[keyParam] === null ? [] : (rows.all({ ...bind(params, after), limit, offset }) as RawHit[]).map((hit) => ({ ...hit, marked: false }))),
    count: (params, after, cap) => (params[keyParam] === null ? 0 : count.get({ ...bind(params, after), cap }) as number),
  };
}

function wordTier(sqlite: Database.Database, tierMatch: (params: TierParams) => string | null, within: string): Tier {
  const excluded = 'rowid NOT IN (SELECT doc FROM search_keys WHERE key = @exact OR key = @prefix OR key = @wordStart)';
  const where = `search_index MATCH @match AND rowid > CAST(@after AS INTEGER) AND ${excluded} AND ${within}`;
  const rows = sqlite.prepare(`SELECT rowid AS doc, type, entity_id AS id, title, snippet(search_index, -1, '${OPEN}', '${CLOSE}', '…', 16) AS snippet FROM search_index WHERE ${where} ORDER BY rowid LIMIT @limit OFFSET @offset`);
  const count = sqlite.prepare(`SELECT COUNT(*) FROM (SELECT 1 FROM search_index WHERE ${where} LIMIT @cap)`).pluck();
  const bind = (params: TierParams, after: number) => ({ match: tierMatch(params), exact: params.exact, prefix: params.prefix, wordStart: params.wordStart, titled: params.titled, boundary: params.boundary, after });
  return {
    rows: (params, after, limit, offset) => {
      const bound = bind(params, after);
      return bound.match === null ? [] : (rows.all({ ...bound, limit, offset }) as RawHit[]).map((hit) => ({ ...hit, marked: true }));
    },
    count: (params, after, cap) => {
      const bound = bind(params, after);
      return bound.match === null ? 0 : count.get({ ...bound, cap }) as number;
    },
  };
}

/** FTS5 text of a type filter on the indexed `type` column. */
const typeMatch = (types: string | null) => (types === null ? '' : ` AND ({type} : (${(JSON.parse(types) as string[]).map((t) => `"${t}"`).join(' OR ')}))`);

/**
 * The hits of every tier together, capped at @cap, as one statement. The tiers partition the rows with a key
 * (exact or prefix name) and the other rows matching every word (title hits are matches too), so their
 * total is the keyed rows plus the matches without a key, each counted up to the cap, whatever the tiers.
 * The first statement is for queries without words (only keys can hit).
 */
function totalStatements(sqlite: Database.Database): [Database.Statement, Database.Statement] {
  const keyed = `(SELECT COUNT(*) FROM (SELECT DISTINCT k.doc FROM search_keys k WHERE (k.key = @exact OR k.key = @prefix OR k.key = @wordStart) AND ${typeFilter('k.type')} LIMIT @cap))`;
  const unkeyed = '(SELECT COUNT(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH @all AND rowid NOT IN (SELECT doc FROM search_keys WHERE key = @exact OR key = @prefix OR key = @wordStart) LIMIT @cap))';
  return [sqlite.prepare(`SELECT ${keyed}`).pluck(), sqlite.prepare(`SELECT ${keyed} + ${unkeyed}`).pluck()];
}

export interface Searcher {
  /** The query's tier parameters (the FTS5 expression built once). */
  prepare(query: SearchQuery): TierParams;
  page(params: TierParams, start: Position, offset: number, limit: number): Array<RawHit & { tier: number }>;
  total(params: TierParams): { total: number; exact: boolean };
}

export function searcher(sqlite: Database.Database): Searcher {
  const matchOf = searchMatcher(sqlite);
  const tiers: Tier[] = [
    // In tier order: EXACT, NAME_START, WORD_START, title, text (TIER_COUNT in all).
    keyTier(sqlite, 'exact', ''),
    keyTier(sqlite, 'prefix', 'AND k.doc NOT IN (SELECT doc FROM search_keys WHERE key = @exact)'),
    keyTier(sqlite, 'wordStart', 'AND k.doc NOT IN (SELECT doc FROM search_keys WHERE key = @exact OR key = @prefix)'),
    wordTier(sqlite, (p) => p.titled, 'rowid <= CAST(@boundary AS INTEGER)'),
    wordTier(sqlite, (p) => p.all, 'rowid NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH @titled AND rowid <= CAST(@boundary AS INTEGER))'),
  ];
  const [keyedTotal, matchedTotal] = totalStatements(sqlite);
  const boundaryOf = sqlite.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH @all ORDER BY rowid LIMIT 1 OFFSET ${SEARCH_CANDIDATES - 1}`).pluck();
  const passage = sqlite.prepare(`SELECT snippet(search_index, -1, '${OPEN}', '${CLOSE}', '…', 16) FROM search_index WHERE search_index MATCH @match AND rowid = CAST(@doc AS INTEGER)`).pluck();
  /** An exact-name hit shows the passage that matched, like every word hit, rather than only its name. */
  const withPassage = (hit: RawHit, params: TierParams) => {
    const snippet = params.match === null ? undefined : passage.get({ match: params.match, doc: hit.doc }) as string | undefined;
    return snippet === undefined ? { ...hit, tier: EXACT } : { ...hit, snippet, marked: true, tier: EXACT };
  };
  return {
    prepare(query) {
      const letters = words(query.text).join('').length;
      const typeAhead = letters >= 1 && letters <= TYPE_AHEAD_LETTERS;
      const match = matchOf(query.text);
      const types = query.types ? JSON.stringify(query.types) : null;
      const all = match && `({title body} : (${match}))${typeMatch(types)}`;
      return {
        exact: exactKey(query.text),
        prefix: typeAhead ? prefixKey(query.text, letters) : null,
        wordStart: typeAhead ? wordStartKey(query.text, letters) : null,
        match, types, all,
        titled: match && `({title} : (${match}))${typeMatch(types)}`,
        boundary: all === null ? 0 : (boundaryOf.get({ all }) as number | undefined) ?? Number.MAX_SAFE_INTEGER,
      };
    },
    page(params, start, offset, limit) {
      const hits: Array<RawHit & { tier: number }> = [];
      let skip = offset;
      for (let tier = start.tier; tier < tiers.length && hits.length < limit; tier += 1) {
        const after = tier === start.tier ? start.after : 0;
        if (skip > 0) {
          const here = tiers[tier]!.count(params, after, skip);
          if (here < skip) { skip -= here; continue; }
        }
        for (const hit of tiers[tier]!.rows(params, after, limit - hits.length, skip)) hits.push(tier === EXACT ? withPassage(hit, params) : { ...hit, tier });
        skip = 0;
      }
      return hits;
    },
    total(params) {
      const counted = (params.all === null ? keyedTotal : matchedTotal).get({ exact: params.exact, prefix: params.prefix, wordStart: params.wordStart, types: params.types, all: params.all, cap: SEARCH_WINDOW + 1 }) as number;
      return counted > SEARCH_WINDOW ? { total: SEARCH_WINDOW, exact: false } : { total: counted, exact: true };
    },
  };
}
