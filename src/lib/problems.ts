// Errors that carry their HTTP status and become RFC 9457 problem+json responses in plugins/errors.ts.

export interface ParameterError { parameter: string; message: string }

export const PROBLEM_TYPES = {
  400: 'invalid-parameter',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  414: 'uri-too-long',
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

export const badRequest = (errors: ParameterError[]) =>
  new HttpProblem(400, 'Invalid query parameter', errors.map((e) => `${e.parameter}: ${e.message}`).join('; '), { errors });

export const notFound = (detail: string) => new HttpProblem(404, 'Not Found', detail);

/** "a person", "an organization". */
export const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
