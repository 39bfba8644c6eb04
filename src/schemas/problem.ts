// RFC 9457 problem details: the body of every error response.
import { Type, type Static } from '@sinclair/typebox';
import { PROBLEM_TYPES } from '../lib/problems.js';

export const Problem = Type.Object({
  type: Type.String({ description: 'A URI reference naming the problem type: /problems/<name>, one name per status.', examples: ['/problems/invalid-parameter'] }),
  title: Type.String({ examples: ['Invalid query parameter'] }),
  status: Type.Integer({ examples: [400] }),
  detail: Type.String({ examples: ['limit must be <= 500'] }),
  instance: Type.String({ description: 'The request path and query that caused it.', examples: ['/v1/people?limit=abc'] }),
  errors: Type.Optional(Type.Array(Type.Object({
    parameter: Type.String({ examples: ['limit'] }),
    message: Type.String({ examples: ['must be an integer'] }),
  }), { description: 'One entry per bad parameter.' })),
}, { $id: 'Problem', description: 'RFC 9457 problem details.' });
export type Problem = Static<typeof Problem>;

const REASONS: Record<number, string> = {
  400: 'The request has an invalid parameter',
  404: 'No such resource',
  405: 'Method not allowed; the Allow header lists the allowed ones',
  406: 'None of the accepted media types can be served',
  414: 'The URL is too long',
  429: 'Too many requests; retry after the Retry-After header',
  500: 'An unexpected server fault (logged with the request id); no input causes one',
  503: 'The service is overloaded or not ready; retry after the Retry-After header',
};

/** Statuses any route can answer: URL too long, rate limited, server fault, overloaded. */
const ANY_ROUTE = [414, 429, 500, 503];

const problem = (status: number, title: string, detail: string, instance: string, errors?: Problem['errors']): Problem =>
  ({ type: `/problems/${PROBLEM_TYPES[status]}`, title, status, detail, instance, ...(errors && { errors }) });

/** What the server sends for each status (plugins/errors.ts builds the same bodies), shown as examples. */
const EXAMPLES: Record<number, Problem> = {
  400: problem(400, 'Invalid query parameter', 'limit: must be <= 500', '/v1/people?limit=501', [{ parameter: 'limit', message: 'must be <= 500' }]),
  404: problem(404, 'Not Found', 'No person has id "nobody".', '/v1/people/nobody'),
  406: problem(406, 'Not Acceptable', 'This resource is available as application/json, text/csv, application/x-ndjson; Accept was "application/xml".', '/v1/people'),
  414: problem(414, 'URI Too Long', 'The URL is longer than 8192 bytes.', '/v1/people?q=…'),
  429: problem(429, 'Too Many Requests', 'More than 1200 requests in 60 s from this client; retry in 1 minute.', '/v1/people'),
  500: problem(500, 'Internal Server Error', 'The server could not answer this request; it has been logged.', '/v1/people'),
  503: problem(503, 'Service Unavailable', 'The server is overloaded (eventLoopDelay); retry in 5 s.', '/v1/people'),
};

const RETRY_AFTER = { 'Retry-After': { type: 'integer', description: 'Seconds to wait before retrying.' } };

/** Response schemas for the given error statuses and those of every route, all problem+json. */
export function problemResponses(statuses: number[]) {
  return Object.fromEntries([...new Set([...statuses, ...ANY_ROUTE])].sort().map((status) => [status, {
    description: REASONS[status] ?? 'Error',
    ...((status === 429 || status === 503) && { headers: RETRY_AFTER }),
    content: { 'application/problem+json': { schema: Type.Ref(Problem), ...(EXAMPLES[status] && { example: EXAMPLES[status] }) } },
  }]));
}
