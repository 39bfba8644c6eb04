import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { ListEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { notPrefilled } from '../../schemas/examples.js';
import { EnumParam, FORMATS, FormatParam, Limit, Offset, QueryString, TextParam, listValues } from '../../schemas/query.js';
import { ENTITY_TYPES } from '../../schemas/vocabulary.js';
import { searchMatcher } from '../../db/words.js';
import { perStore } from '../../db/store.js';
import { NOT_MODIFIED, dataResponse, exampleValue } from '../collection.js';
import { PAGE_HEADERS } from '../../schemas/headers.js';
import { paginate } from '../paging.js';

export const SearchHit = Type.Object({
  type: Type.String({ description: 'Entity type of the hit.', examples: ['organization'] }),
  id: Type.String(),
  title: Type.String(),
  snippet: Type.String({ description: 'The best matching passage as HTML-safe text: `&`, `<`, `>` and `"` are escaped, and `<mark>…</mark>` around matches is the only markup.' }),
}, { $id: 'SearchHit' });

// Match markers FTS5 puts around hits: private-use characters, so the text can be HTML-escaped first and
// the markers turned into <mark> afterwards; marker characters already in the text are dropped.
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
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

const routes: FastifyPluginAsync = async (app) => {
  const where = `search_index MATCH @match AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))`;
  const statementsOf = perStore(({ sqlite }) => ({
    matchOf: searchMatcher(sqlite),
    hits: sqlite.prepare(`
      SELECT type, entity_id AS id, title, snippet(search_index, -1, '${OPEN}', '${CLOSE}', '…', 16) AS snippet
      FROM search_index WHERE ${where}
      ORDER BY bm25(search_index, 0, 0, 4.0, 1.0), entity_id LIMIT @limit OFFSET @offset`),
    total: sqlite.prepare(`SELECT COUNT(*) AS n FROM search_index WHERE ${where}`).pluck(),
  }));

  app.get('/v1/search', {
    config: { formats: FORMATS, csvColumns: ['type', 'id', 'title', 'snippet'] },
    schema: {
      tags: ['Search'],
      operationId: 'search',
      summary: 'Full-text search',
      description: 'Searches sources and every entity (SQLite FTS5, case and diacritics folded, English stemming). All words and "quoted phrases" must match. A word matches its English forms (`protesters` finds "protests", `drones` finds "drone") and, from three letters on, the words it begins (`cyber` finds "cybersecurity"; up to 50 indexed words per prefix). A quote without a partner is ordinary text; nothing is query syntax. A word repeated outside quotes counts once, with spaces or punctuation between the copies; at most 32 words, each word of a quoted or punctuation-joined phrase counted. Ranked by BM25, titles weighted above text.',
      querystring: QueryString({
        q: TextParam('Words and "quoted phrases" to find.', exampleValue(app.store, 'search', 'q')),
        type: notPrefilled(EnumParam(ENTITY_TYPES, 'Only hits of this entity type.')),
        limit: Limit,
        offset: Offset,
        format: FormatParam,
      }, ['q']),
      response: { 200: dataResponse(ListEnvelope(Type.Ref(SearchHit), 'Ranked hits.'), 'Ranked hits.', PAGE_HEADERS), ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request, reply) => {
    const query = request.query as { q: string; type?: string[]; limit: number; offset: number };
    const { matchOf, hits, total } = statementsOf(request.store);
    const match = matchOf(query.q);
    const types = query.type ? JSON.stringify(listValues(query.type)) : null;
    const params = { match, types, limit: query.limit, offset: query.offset };
    const data = match ? (hits.all(params) as Array<{ snippet: string }>).map((hit) => ({ ...hit, snippet: escapeSnippet(hit.snippet) })) : [];
    const count = match ? (total.get(params) as number) : 0;
    return { data, ...paginate(request, reply, { total: count, limit: query.limit, offset: query.offset }) };
  });
};

export default routes;
