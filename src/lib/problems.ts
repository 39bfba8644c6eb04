// Errors that carry their HTTP status and become RFC 9457 problem+json responses in plugins/errors.ts.

export interface ParameterError { parameter: string; message: string }

export const PROBLEM_TYPES = {
  400: 'invalid-parameter',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  414: 'uri-too-long',
  417: 'expectation-failed',
  429: 'rate-limited',
  431: 'headers-too-large',
  503: 'unavailable',
  500: 'internal-error',
} as Record<number, string>;

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
  return new HttpProblem(400, 'Invalid query parameter', detail, { errors });
};

export const notFound = (detail: string) => new HttpProblem(404, 'Not Found', detail);

/** "a person", "an organization". */
export const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
