// Response headers every successful data response carries, declared in OpenAPI so clients can rely on them.
const header = (description: string, type: 'string' | 'integer' = 'string') => ({ type, description });

/** On every 200 of a data route (and the ETag on its 304). */
export const DATA_HEADERS = {
  ETag: header('Validator of this representation (JSON, CSV and NDJSON differ); send it back in If-None-Match for a 304.'),
  'Cache-Control': header('How long the response may be reused; the data is read-only between builds.'),
};

/** On every 200 of a paginated route, beside the envelope's meta and links. */
export const PAGE_HEADERS = {
  ...DATA_HEADERS,
  Link: header('RFC 8288 links to the next and previous pages (rel="next", rel="prev"), when there are any.'),
  'X-Total-Count': header('Rows matching the query across all pages (meta.total).', 'integer'),
};
