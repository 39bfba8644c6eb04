// RFC 9457 problem details: the body of every error response.
import { Type, type Static } from '@sinclair/typebox';

export const Problem = Type.Object({
  type: Type.String({ description: 'A URI reference naming the problem type.', examples: ['https://event-facts.dev/problems/invalid-parameter'] }),
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

/** Response schemas for the given error statuses and those of every route, all problem+json. */
export function problemResponses(statuses: number[]) {
  return Object.fromEntries([...new Set([...statuses, ...ANY_ROUTE])].sort().map((status) => [status, {
    description: REASONS[status] ?? 'Error',
    content: { 'application/problem+json': { schema: Type.Ref(Problem) } },
  }]));
}
