import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { ListEnvelope } from '../../schemas/envelope.js';
import { problemResponses } from '../../schemas/problem.js';
import { EnumParam, FORMATS, FormatParam, Limit, Offset, QueryString, TextParam, listValues } from '../../schemas/query.js';
import { ENTITY_TYPES } from '../../schemas/vocabulary.js';
import { perStore } from '../../db/store.js';
import { NOT_MODIFIED, dataResponse } from '../collection.js';
import { paginate } from '../paging.js';

export const SearchHit = Type.Object({
  type: Type.String({ description: 'Entity type of the hit.', examples: ['organization'] }),
  id: Type.String({ examples: ['carabinieri'] }),
  title: Type.String(),
  snippet: Type.String({ description: 'The best matching passage, matches wrapped in <mark>…</mark>.' }),
}, { $id: 'SearchHit' });

/** Every word of the user's text as a quoted FTS5 string: matched literally, never parsed as query syntax. */
export function ftsQuery(text: string): string | null {
  const words = text.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`);
  return words.length ? words.join(' ') : null;
}

const routes: FastifyPluginAsync = async (app) => {
  const where = `search_index MATCH @match AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))`;
  const statementsOf = perStore(({ sqlite }) => ({
    hits: sqlite.prepare(`
      SELECT type, entity_id AS id, title, snippet(search_index, -1, '<mark>', '</mark>', '…', 16) AS snippet
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
      description: 'Searches sources and every entity (SQLite FTS5, diacritics folded). All words must match; each word is matched literally (no query syntax). Ranked by BM25, titles weighted above text.',
      querystring: QueryString({
        q: TextParam('Words to find.', 'carabinieri'),
        type: EnumParam(ENTITY_TYPES, 'Only hits of this entity type.'),
        limit: Limit,
        offset: Offset,
        format: FormatParam,
      }, ['q']),
      response: { 200: dataResponse(ListEnvelope(Type.Ref(SearchHit), 'Ranked hits.'), 'Ranked hits.'), ...NOT_MODIFIED, ...problemResponses([400, 406]) },
    },
  }, async (request, reply) => {
    const query = request.query as { q: string; type?: string[]; limit: number; offset: number };
    const match = ftsQuery(query.q);
    const types = query.type ? JSON.stringify(listValues(query.type)) : null;
    const params = { match, types, limit: query.limit, offset: query.offset };
    const { hits, total } = statementsOf(request.store);
    const data = match ? hits.all(params) : [];
    const count = match ? (total.get(params) as number) : 0;
    return { data, ...paginate(request, reply, { total: count, limit: query.limit, offset: query.offset }) };
  });
};

export default routes;
