// Errors that carry their HTTP status and become RFC 9457 problem+json responses in plugins/errors.ts, and
// the one table of what each status means: its problem type, its title and the reason the docs give.

export interface ParameterError { parameter: string; message: string }

interface ProblemKind { type: string; title: string; reason: string }

/** Every status the API answers with a problem. A status missing here is typed `http-<status>`. */
export const PROBLEMS: Record<number, ProblemKind> = {
  400: { type: 'invalid-parameter', title: 'Bad Request', reason: 'The request has an invalid parameter' },
  404: { type: 'not-found', title: 'Not Found', reason: 'No such resource' },
  405: { type: 'method-not-allowed', title: 'Method Not Allowed', reason: 'Method not allowed; the Allow header lists the allowed ones' },
  406: { type: 'not-acceptable', title: 'Not Acceptable', reason: 'None of the accepted media types can be served' },
  408: { type: 'http-408', title: 'Request Timeout', reason: 'The request did not arrive in time' },
  413: { type: 'http-413', title: 'Content Too Large', reason: 'The request body is too large' },
  414: { type: 'uri-too-long', title: 'URI Too Long', reason: 'The URL is too long' },
  415: { type: 'http-415', title: 'Unsupported Media Type', reason: 'The request body has a media type the API does not read' },
  417: { type: 'expectation-failed', title: 'Expectation Failed', reason: 'The Expect header cannot be met' },
  429: { type: 'rate-limited', title: 'Too Many Requests', reason: 'Too many requests; retry after the Retry-After header' },
  431: { type: 'headers-too-large', title: 'Request Header Fields Too Large', reason: 'The request headers are too large' },
  500: { type: 'internal-error', title: 'Internal Server Error', reason: 'An unexpected server fault (logged with the request id); no input causes one' },
  503: { type: 'unavailable', title: 'Service Unavailable', reason: 'The service is overloaded or not ready; retry after the Retry-After header' },
};

/** The title of a status: the table's, or a generic one for the class. */
export const titleOf = (status: number) => PROBLEMS[status]?.title ?? (status < 500 ? 'Client Error' : 'Internal Server Error');

/** The title of a problem listing invalid query parameters. */
export const INVALID_PARAMETER_TITLE = 'Invalid query parameter';

const MAX_INSTANCE = 512;

/** The one factory of problem bodies: what the error handler sends and what the OpenAPI examples show. */
export function problemBody(status: number, title: string, detail: string, instance: string, errors?: ParameterError[]) {
  return {
    type: `/problems/${PROBLEMS[status]?.type ?? `http-${status}`}`,
    title,
    status,
    detail,
    instance: instance.length > MAX_INSTANCE ? `${instance.slice(0, MAX_INSTANCE)}…` : instance,
    ...(errors && { errors }),
  };
}

/**
 * Input the data layer cannot answer (too many words in a text parameter): it names the parameters and says
 * nothing of HTTP; the error handler answers it as a 400.
 */
export class InvalidParameters extends Error {
  constructor(readonly errors: ParameterError[]) {
    super(errors.map((e) => `${e.parameter}: ${e.message}`).join('; '));
    this.name = 'InvalidParameters';
  }
}

export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: { errors?: ParameterError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

/** Parameter errors one problem lists; beyond them the detail only counts the rest. */
export const MAX_LISTED_ERRORS = 10;
const MAX_MESSAGE = 200;
const clip = (text: string) => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text);

/** The first few parameter errors (each clipped) and a detail that summarises all of them: an error body stays small whatever the input. */
export function summarizeErrors(all: ParameterError[]): { detail: string; errors: ParameterError[] } {
  const errors = all.slice(0, MAX_LISTED_ERRORS).map((e) => ({ parameter: clip(e.parameter), message: clip(e.message) }));
  const listed = errors.map((e) => `${e.parameter}: ${e.message}`).join('; ');
  const rest = all.length - errors.length;
  return { detail: rest > 0 ? `${all.length} invalid values; the first ${errors.length}: ${listed}; and ${rest} more` : listed, errors };
}

export const badRequest = (all: ParameterError[]) => {
  const { detail, errors } = summarizeErrors(all);
  return new HttpProblem(400, INVALID_PARAMETER_TITLE, detail, { errors });
};

export const notFound = (detail: string) => new HttpProblem(404, titleOf(404), detail);

/** "a person", "an organization". */
export const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
