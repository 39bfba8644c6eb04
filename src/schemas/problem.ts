// RFC 9457 problem details: the body of every error response.
import { Type, type Static } from '@sinclair/typebox';
import { INVALID_PARAMETER_TITLE, PROBLEMS, problemBody, titleOf } from '../lib/problems.js';

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

/** Statuses any route can answer: URL too long, rate limited, server fault, overloaded. */
const ANY_ROUTE = [414, 429, 500, 503];


/** What the server sends for each status (plugins/errors.ts builds the same bodies), shown as examples. */
const EXAMPLES: Record<number, Problem> = {
  400: problemBody(400, INVALID_PARAMETER_TITLE, 'limit: must be <= 500', '/v1/people?limit=501', [{ parameter: 'limit', message: 'must be <= 500' }]),
  404: problemBody(404, titleOf(404), 'No person has id "nobody".', '/v1/people/nobody'),
  406: problemBody(406, titleOf(406), 'This resource is available as application/json, text/csv, application/x-ndjson; Accept was "application/xml".', '/v1/people'),
  414: problemBody(414, titleOf(414), 'The URL is longer than 8192 bytes.', '/v1/people?q=…'),
  429: problemBody(429, titleOf(429), 'More than 1200 requests in 60 s from this client; retry in 1 minute.', '/v1/people'),
  500: problemBody(500, titleOf(500), 'The server could not answer this request; it has been logged.', '/v1/people'),
  503: problemBody(503, titleOf(503), 'The server is overloaded (eventLoopDelay); retry in 5 s.', '/v1/people'),
};

const RETRY_AFTER = { 'Retry-After': { type: 'integer', description: 'Seconds to wait before retrying.' } };

/** Response schemas for the given error statuses and those of every route, all problem+json. */
export function problemResponses(statuses: number[]) {
  return Object.fromEntries([...new Set([...statuses, ...ANY_ROUTE])].sort().map((status) => [status, {
    description: PROBLEMS[status]?.reason ?? 'Error',
    ...((status === 429 || status === 503) && { headers: RETRY_AFTER }),
    content: { 'application/problem+json': { schema: Type.Ref(Problem), ...(EXAMPLES[status] && { example: EXAMPLES[status] }) } },
  }]));
}
