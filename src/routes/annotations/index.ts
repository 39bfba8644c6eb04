// GET /v1/sources/{id}/annotations: every passage of one article that a fact cites, in text order, with the
// row that cites it: what a reader needs to highlight a whole article in one call.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { perStore } from '../../db/store.js';
import { summariesOf } from '../../db/summaries.js';
import { notFound, withArticle } from '../../lib/problems.js';
import { DATA_HEADERS } from '../../schemas/headers.js';
import { problemResponses } from '../../schemas/problem.js';
import { FORMATS, FormatParam, QueryString } from '../../schemas/query.js';
import { StringEnum } from '../../schemas/common.js';
import { EntitySummary } from '../expand.js';
import { IdParam, NOT_MODIFIED, dataResponse } from '../collection.js';

export const Annotation = Type.Object({
  start: Type.Integer({ minimum: 0, description: 'Start offset in Unicode code points into the source text.' }),
  end: Type.Integer({ minimum: 0, description: 'End offset (exclusive) in code points.' }),
  quote: Type.String({ description: 'The cited words: the text from start to end.' }),
  row: Type.Ref(EntitySummary, { description: 'The row that cites this passage.' }),
  field: StringEnum(['citations'], { description: 'The field of the row holding the citation (every citation is a row\'s own today).' }),
}, { $id: 'Annotation', description: 'One cited passage of an article and the row citing it.' });

const CSV_COLUMNS = ['start', 'end', 'quote', 'row.id', 'row.type', 'row.title', 'field'];

const routes: FastifyPluginAsync = async (app) => {
  const statementsOf = perStore(({ sqlite }) => ({
    source: sqlite.prepare('SELECT type FROM entities WHERE id = ?').pluck(),
    citations: sqlite.prepare('SELECT start, "end", quote, entity_id AS id FROM citations WHERE source_id = ? ORDER BY start, "end", entity_id, position'),
  }));

  app.get('/v1/sources/:id/annotations', {
    config: { formats: FORMATS, csvColumns: CSV_COLUMNS },
    schema: {
      tags: ['Sources'],
      operationId: 'getSourceAnnotations',
      summary: 'Every cited passage of one article',
      description: 'Every citation into the article, ordered by `start` (then `end` and row id), each with the row that cites it as `{ id, type, title }`: one call to highlight a whole article. Not paged: an article\'s citations are bounded by its length.',
      params: IdParam(app.store.info.metadata.examples.sources?.id),
      querystring: QueryString({ format: FormatParam }),
      response: {
        200: dataResponse(Type.Object({ data: Type.Array(Type.Ref(Annotation)) }, { description: 'The article\'s cited passages in text order.' }), 'The article\'s cited passages in text order.', DATA_HEADERS),
        ...NOT_MODIFIED,
        ...problemResponses([400, 404, 406]),
      },
    },
  }, async (request) => {
    const { id } = request.params as { id: string };
    const prepared = statementsOf(request.store);
    const type = prepared.source.get(id) as string | undefined;
    if (type !== 'source') throw notFound(type ? `"${id}" is ${withArticle(type)}, not a source: see /v1/entities/${id}.` : `No source has id "${id}".`);
    const rows = prepared.citations.all(id) as Array<{ start: number; end: number; quote: string; id: string }>;
    const summaries = summariesOf(request.store.db, rows.map((r) => r.id));
    return { data: rows.map(({ id: rowId, ...passage }) => ({ ...passage, row: summaries.get(rowId)!, field: 'citations' as const })) };
  });
};

export default routes;
